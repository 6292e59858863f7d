/* src/core/obj_ndscalar.h - NumPy's scalar types (numpy.int64,
 * numpy.float64, numpy.bool_ ...): what indexing an array down to one
 * element and reductions return.  One static type per dtype, sharing their
 * slots; the numpy module fills the arithmetic and comparison slots (they
 * compute as 0-d arrays do).  getsizeof is 24 + itemsize (np.bool_ 25,
 * np.int64 and np.float64 32), as NumPy 1.24 reports.
 * Ownership as in src/core/object.h. */
#ifndef RV_CORE_OBJ_NDSCALAR_H
#define RV_CORE_OBJ_NDSCALAR_H

#include "core/obj_nddtype.h"

typedef struct rv_ndscalar {
    rv_obj_t ob;
    rv_nd_dtype_t dtype;
    unsigned char data[8];
} rv_ndscalar_t;

#define RV_NDSCALAR(o) ((rv_ndscalar_t *)(o))

extern rv_type_t rv_ndscalar_types[RV_ND_NTYPES];

bool rv_ndscalar_check(const rv_obj_t *o);
/* The scalar holding the element at p (of dtype). */
rv_obj_t *rv_ndscalar_new(rv_nd_dtype_t dtype, const unsigned char *p);
rv_obj_t *rv_ndscalar_from_val(rv_nd_dtype_t dtype, rv_nd_val_t v);
/* The Python int, float or bool of the same value (a.tolist(), a.item()). */
rv_obj_t *rv_nd_val_to_py(rv_nd_dtype_t dtype, const unsigned char *p);

#endif
