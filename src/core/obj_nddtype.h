/* src/core/obj_nddtype.h - NumPy's dtype objects (numpy.dtype[int64] ...)
 * and the element arithmetic the array code shares: loading an element of
 * any dtype into one value, storing it back with NumPy's casts.
 *
 * The eleven dtype objects are singletons, as NumPy's builtin descriptors
 * are (a.dtype is np.dtype('int64')): each is made the first time it is
 * asked for (an object made at start-up would renumber every program's
 * ids) and never freed.  Ownership as in src/core/object.h. */
#ifndef RV_CORE_OBJ_NDDTYPE_H
#define RV_CORE_OBJ_NDDTYPE_H

#include "core/ndformat.h"
#include "core/object.h"

#define RV_ND_NTYPES 11

typedef struct rv_nddtype {
    rv_obj_t ob;
    rv_nd_dtype_t dtype;
} rv_nddtype_t;

/* One element, widened: f for float dtypes, i for the others (bool 0/1;
 * uint64 keeps its bits, so values past 2**63 are not modelled). */
typedef struct rv_nd_val {
    bool isf;
    int64_t i;
    double f;
} rv_nd_val_t;

static inline double rv_nd_val_f(rv_nd_val_t v)
{
    return v.isf ? v.f : (double)v.i;
}

/* 'b' bool, 'i' signed, 'u' unsigned, 'f' float: dtype.kind. */
char rv_nd_kind(rv_nd_dtype_t t);
rv_nd_val_t rv_nd_load(rv_nd_dtype_t t, const unsigned char *p);
/* Casts v to t as NumPy's unsafe casting does (float to int truncates,
 * ints wrap, anything nonzero is True). */
void rv_nd_store(rv_nd_dtype_t t, unsigned char *p, rv_nd_val_t v);
rv_nd_val_t rv_nd_int(int64_t i);
rv_nd_val_t rv_nd_float(double f);

/* The dtype object (borrowed; a singleton). */
rv_obj_t *rv_nddtype_get_borrow(rv_nd_dtype_t t);
bool rv_nddtype_check(const rv_obj_t *o);
/* A dtype from NumPy's names: "int64", "float", "bool", "i8", "f8" ...;
 * false when the name is not one of the eleven. */
bool rv_nd_dtype_from_name(const char *name, rv_nd_dtype_t *out);

#endif
