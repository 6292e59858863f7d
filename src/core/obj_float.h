/* src/core/obj_float.h - float: an IEEE double with CPython's repr,
 * arithmetic errors, hash and rounding. */
#ifndef RV_CORE_OBJ_FLOAT_H
#define RV_CORE_OBJ_FLOAT_H

#include "base/buf.h"
#include "core/object.h"

typedef struct rv_float {
    rv_obj_t ob;
    double value;
} rv_float_t;

rv_obj_t *rv_float_from_double(double v);
static inline double rv_float_value(const rv_obj_t *o) { return ((const rv_float_t *)o)->value; }
/* float(s): Python's grammar only (no hex, no nan(...)); ValueError "could
 * not convert string to float: 'x'". */
rv_obj_t *rv_float_from_text(const char *s, size_t n);
/* repr(float): shortest text that round-trips, CPython's exponent rules. */
void rv_float_repr_into(rv_buf_t *b, double v);
/* CPython's _Py_HashDouble. */
int64_t rv_hash_double(double v);
/* Converts int, bool or float to double; 0 on success, -1 with TypeError
 * when o is none of them (the caller usually returns NotImplemented). */
int rv_number_as_double(rv_obj_t *o, double *out, bool *is_number);

/* x ** y as float_pow computes it: IEEE special cases decided before the C
 * pow (0.0 ** -inf is inf, (-1.0) ** inf is 1.0), ZeroDivisionError "0.0
 * cannot be raised to a negative power", OverflowError on overflow, and
 * RefvizUnsupported where CPython's result would be complex. */
rv_obj_t *rv_float_pow(double x, double y);

/* round(x[, ndigits]) for floats and ints (CPython's double_round and
 * long_round: half to even). */
rv_obj_t *rv_float_round(rv_obj_t *x, rv_obj_t *ndigits);
rv_obj_t *rv_int_round(rv_obj_t *x, rv_obj_t *ndigits);

#endif
