/* src/core/obj_ndarray.h - numpy.ndarray (numpy/core/src/multiarray), the
 * layout and the object; the operations Python reaches (indexing,
 * arithmetic, reductions, methods) are the numpy module's
 * (src/lang/modules/numpy), which fills this type's protocol slots when the
 * module is first imported.
 *
 * An array is a dtype, a shape, byte strides and the address of element
 * [0,...,0] inside a buffer (obj_ndbuffer.h).  An array that allocated its
 * buffer owns its data (base None, flags.owndata); a view made from it
 * (basic slicing, reshape, .T) refers to the same buffer and to the owning
 * array as its base, as NumPy 1.24 collapses a view of a view to the array
 * that owns the memory.  Both references are drawn: "data" to the buffer,
 * "base" to the base.
 *
 * sys.getsizeof as NumPy's array_sizeof: 96 + 16 per dimension, plus the
 * data's bytes when the array owns them (a view does not count them).
 * Ownership as in src/core/object.h. */
#ifndef RV_CORE_OBJ_NDARRAY_H
#define RV_CORE_OBJ_NDARRAY_H

#include "core/ndformat.h"
#include "core/obj_ndbuffer.h"
#include "core/object.h"

#define RV_ND_MAXDIM 32

typedef struct rv_ndarray {
    rv_obj_t ob;
    rv_nd_dtype_t dtype;
    int ndim;
    int64_t shape[RV_ND_MAXDIM];
    int64_t strides[RV_ND_MAXDIM]; /* bytes; negative for reversed views */
    rv_obj_t *buffer;              /* the data block, always set */
    size_t offset;                 /* byte of element [0,...,0] in it */
    rv_obj_t *base;                /* the owning array of a view; NULL: owns */
} rv_ndarray_t;

#define RV_NDARRAY(o) ((rv_ndarray_t *)(o))

extern rv_type_t rv_ndarray_type;

/* A new C-contiguous, zero-filled array that owns its data. */
rv_obj_t *rv_ndarray_new(rv_nd_dtype_t dtype, int ndim, const int64_t *shape);
/* A view of a's buffer with its own shape, strides and data offset (bytes
 * from the start of the buffer); its base is a's owner. */
rv_obj_t *rv_ndarray_view(rv_obj_t *a, int ndim, const int64_t *shape, const int64_t *strides,
                          size_t offset);
/* A C-contiguous copy of a that owns its data, cast to dtype. */
rv_obj_t *rv_ndarray_copy_as(rv_obj_t *a, rv_nd_dtype_t dtype);

static inline unsigned char *rv_ndarray_data(const rv_obj_t *a)
{
    return RV_NDBUFFER(RV_NDARRAY(a)->buffer)->data + RV_NDARRAY(a)->offset;
}
int64_t rv_ndarray_size(const rv_obj_t *a); /* the number of elements */
bool rv_ndarray_c_contiguous(const rv_obj_t *a);
bool rv_ndarray_f_contiguous(const rv_obj_t *a);
void rv_ndarray_layout(const rv_obj_t *a, rv_nd_layout_t *out);
/* Called before writing into a's elements: the buffer (and so every
 * array drawn over it) is re-recorded by the tracer. */
void rv_ndarray_touch_data(rv_obj_t *a);

/* The elements of an array in C order. */
typedef struct rv_nditer {
    int ndim;
    const int64_t *shape, *strides;
    int64_t idx[RV_ND_MAXDIM];
    unsigned char *p;
    int64_t left;
} rv_nditer_t;
void rv_nditer_init(rv_nditer_t *it, const rv_obj_t *a);
/* Same, over a layout broadcast to the given shape (strides of the
 * broadcast dimensions are 0). */
void rv_nditer_init_raw(rv_nditer_t *it, unsigned char *data, int ndim, const int64_t *shape,
                        const int64_t *strides);
/* The next element's address, or NULL after the last. */
unsigned char *rv_nditer_next(rv_nditer_t *it);

#endif
