/* src/core/obj_bytearray.h - bytearray: a mutable sequence of bytes whose
 * allocation grows as CPython 3.11's PyByteArray_Resize grows it (visible
 * in sys.getsizeof), and which cannot be resized while a memoryview (or
 * any buffer) exports its data.  Ownership as in src/core/object.h. */
#ifndef RV_CORE_OBJ_BYTEARRAY_H
#define RV_CORE_OBJ_BYTEARRAY_H

#include "core/object.h"

typedef struct rv_bytearray {
    rv_obj_t ob;
    size_t len;
    size_t alloc;          /* CPython's ob_alloc (0: no block) */
    size_t start;          /* ob_start - ob_bytes: del b[:k] advances it */
    unsigned char *block;  /* ob_bytes: alloc bytes (NULL when alloc is 0) */
    size_t exports;        /* ob_exports: live buffer views */
} rv_bytearray_t;

#define RV_BYTEARRAY(o) ((rv_bytearray_t *)(o))

extern rv_type_t rv_bytearray_type, rv_bytearray_iter_type;

/* PyByteArray_FromStringAndSize: exactly n bytes copied from p (zeroes when
 * p is NULL), allocated n + 1 (nothing when n is 0). */
rv_obj_t *rv_bytearray_from(const void *p, size_t n);
static inline size_t rv_bytearray_len(const rv_obj_t *o) { return RV_BYTEARRAY(o)->len; }
/* The bytes (valid until the next resize). */
static inline unsigned char *rv_bytearray_data(const rv_obj_t *o)
{
    const rv_bytearray_t *b = RV_BYTEARRAY(o);
    return b->block ? b->block + b->start : (unsigned char *)"";
}
/* PyByteArray_Resize: -1 with BufferError "Existing exports of data: object
 * cannot be re-sized" while exported, unless the size stays. */
int rv_bytearray_resize(rv_obj_t *o, size_t n);

#endif
