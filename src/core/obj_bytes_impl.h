/* src/core/obj_bytes_impl.h - what bytes (obj_bytes.c), bytearray
 * (obj_bytearray.c), memoryview (obj_memoryview.c) and their shared methods
 * (obj_bytes_methods.c, CPython's bytes_methods.c and stringlib) share;
 * not for other modules. */
#ifndef RV_CORE_OBJ_BYTES_IMPL_H
#define RV_CORE_OBJ_BYTES_IMPL_H

#include "core/obj_bytes.h"

/* refviz's cap on one bytes or bytearray (CPython would try, and maybe
 * exhaust memory; refviz raises MemoryError instead). */
#define RV_BYTES_MAX ((size_t)1 << 31)

/* The methods tables (bottom of obj_bytes_methods.c). */
extern const rv_method_t rv_bytes_methods[], rv_bytearray_methods[];

/* A new object of self's kind (bytes or bytearray) holding n bytes from p:
 * what the shared methods return.  For bytes, PyBytes_FromStringAndSize
 * (cached when n <= 1); for bytearray, an exact-size copy. */
rv_obj_t *rv_byteslike_new(const rv_obj_t *self, const void *p, size_t n);
/* The same for a result CPython builds with STRINGLIB_NEW(NULL, n): a new
 * bytes even when n is 1. */
rv_obj_t *rv_byteslike_new_uncached(const rv_obj_t *self, const void *p, size_t n);
/* self's data as the methods see it (bytes or bytearray). */
const unsigned char *rv_byteslike_data(const rv_obj_t *self, size_t *n);

/* _Py_bytes_contains: `item in` n bytes at p. 1, 0 or -1. */
int rv_bytes_contains_in(const unsigned char *p, size_t n, rv_obj_t *item);
/* bytearray's repr text (the b'...' part): ' is always escaped. */
void rv_bytearray_repr_into(rv_buf_t *b, const unsigned char *p, size_t n);

/* stringlib find of the needle in the haystack, -1 if absent. */
intptr_t rv_bytes_find_in(const unsigned char *h, size_t hn, const unsigned char *n, size_t nn);
/* Rich comparison of two byte strings (memcmp order, then length). */
rv_obj_t *rv_bytes_compare(const unsigned char *a, size_t an, const unsigned char *b, size_t bn,
                           rv_cmpop_t op);
/* Whether o is a built-in sequence whose own repetition decides `o * x`
 * (str, list, tuple, bytes, bytearray). */
bool rv_is_sequence_type(const rv_obj_t *o);
/* The `%` operator of bytes and bytearray, which refviz does not model. */
rv_obj_t *rv_bytes_percent_unsupported(void);
/* Raises RefvizUnsupported(what). */
void rv_bytes_unsupported(const char *what);

/* bytes.hex(sep, bytes_per_sep) of n bytes at p (memoryview.hex too);
 * fname names the method in argument errors. */
rv_obj_t *rv_bytes_hex(const unsigned char *p, size_t n, const char *fname,
                       rv_obj_t *const *args, size_t nargs, rv_obj_t *kw);

/* The methods only bytearray has (obj_bytearray.c), for its table. */
rv_obj_t *rv_bytearray_m_append(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                rv_obj_t *kw);
rv_obj_t *rv_bytearray_m_extend(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                rv_obj_t *kw);
rv_obj_t *rv_bytearray_m_insert(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                rv_obj_t *kw);
rv_obj_t *rv_bytearray_m_pop(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                             rv_obj_t *kw);
rv_obj_t *rv_bytearray_m_remove(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                rv_obj_t *kw);
rv_obj_t *rv_bytearray_m_clear(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                               rv_obj_t *kw);
rv_obj_t *rv_bytearray_m_reverse(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                 rv_obj_t *kw);
rv_obj_t *rv_bytearray_m_copy(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                              rv_obj_t *kw);
rv_obj_t *rv_bytearray_m_alloc(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                               rv_obj_t *kw);

/* The iterators of bytes, bytearray and memoryview (bytes_iterator,
 * bytearray_iterator, memory_iterator: each reads its sequence's current
 * bytes); type is one of the three. */
rv_obj_t *rv_byteseq_iter_new(rv_type_t *type, rv_obj_t *seq);

#endif
