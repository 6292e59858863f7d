/* src/core/ndformat.h - NumPy 1.24's printing of arrays and scalars.
 *
 * The text repr(a) and str(a) give for an ndarray under NumPy's default
 * print options (numpy/core/arrayprint.py: linewidth 75, threshold 1000,
 * edgeitems 3, precision 8, floatmode 'maxprec', suppress False), and the
 * repr/str of one NumPy scalar.  The caller describes the array by a
 * layout (dtype, shape, byte strides, address of element [0,...,0]); the
 * functions only read the data and append text, so they know nothing of
 * objects or of the interpreter. */
#ifndef RV_CORE_NDFORMAT_H
#define RV_CORE_NDFORMAT_H

#include <stdint.h>

#include "base/buf.h"

typedef enum {
    RV_ND_BOOL,
    RV_ND_INT8,
    RV_ND_INT16,
    RV_ND_INT32,
    RV_ND_INT64,
    RV_ND_UINT8,
    RV_ND_UINT16,
    RV_ND_UINT32,
    RV_ND_UINT64,
    RV_ND_FLOAT32,
    RV_ND_FLOAT64
} rv_nd_dtype_t;

#define RV_ND_MAXDIMS 32

typedef struct rv_nd_layout {
    rv_nd_dtype_t dtype;
    int ndim;                    /* 0..32 */
    const int64_t *shape;        /* ndim entries */
    const int64_t *strides;      /* bytes, ndim entries, may be negative or 0 */
    const unsigned char *data;   /* address of element [0,...,0], native byte order */
} rv_nd_layout_t;

/* Appends what repr(a) / str(a) print in NumPy 1.24 with default print
 * options. */
void rv_ndformat_repr(rv_buf_t *out, const rv_nd_layout_t *a);
void rv_ndformat_str(rv_buf_t *out, const rv_nd_layout_t *a);

/* repr/str of one NumPy scalar (np.int64(3) prints 3, np.float64(0.1) 0.1,
 * np.True_ True); elem points at one element in native byte order, not
 * necessarily aligned.  In NumPy 1.24 repr and str of these scalars agree,
 * so repr (nonzero or 0) changes nothing today. */
void rv_ndformat_scalar(rv_buf_t *out, rv_nd_dtype_t dtype, const void *elem, int repr);

/* NumPy's name of the dtype: "bool", "int8", ..., "float64". */
const char *rv_nd_dtype_name(rv_nd_dtype_t dtype);

/* The size in bytes of one element of dtype. */
int rv_nd_dtype_itemsize(rv_nd_dtype_t dtype);

#endif
