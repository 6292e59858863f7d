/* src/core/obj_str_impl.h - what obj_str.c (representation and slots) and
 * obj_str_methods.c (the Python-visible methods) share; not for other
 * modules. */
#ifndef RV_CORE_OBJ_STR_IMPL_H
#define RV_CORE_OBJ_STR_IMPL_H

#include "core/obj_str.h"

/* The methods table of rv_str_type (bottom of obj_str_methods.c). */
extern const rv_method_t rv_str_methods[];

/* A str from UTF-8 whose code-point length and largest code point the caller
 * already knows (skips the scan; the caches still apply). */
rv_obj_t *rv_str_from_parts(const char *p, size_t nbytes, size_t len, uint32_t maxchar);

/* Byte offset of code point `index` (0..len): O(1) for ASCII. */
size_t rv_str_offset(const rv_obj_t *s, size_t index);

/* Code-point length of UTF-8 bytes. */
size_t rv_utf8_count(const char *p, size_t nbytes);

/* CPython's unicode_result_unchanged: an exact str is returned itself, an
 * instance of a subclass as an exact copy. */
rv_obj_t *rv_str_unchanged(rv_obj_t *s);

/* refviz's cap on one string (CPython would try, and maybe exhaust memory;
 * refviz raises MemoryError instead of aborting). */
#define RV_STR_MAX_BYTES ((size_t)1 << 31)
/* -1 with MemoryError when a result of nbytes would pass the cap. */
int rv_str_check_size(size_t nbytes);


#endif
