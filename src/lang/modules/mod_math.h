/* src/lang/modules/mod_math.h - what the parts of the math module share:
 * mod_math.c (the float functions, the module table), mod_math_sum.c
 * (hypot, dist, fsum) and mod_math_int.c (the integer functions: isqrt,
 * factorial, gcd, lcm, comb, perm).
 *
 * OWNERSHIP: as in core/object.h. */
#ifndef RV_LANG_MOD_MATH_H
#define RV_LANG_MOD_MATH_H

#include "core/object.h"

/* PyFloat_AsDouble: a float's value; an int's (OverflowError "int too large
 * to convert to float"); for an instance of a program class, its
 * __float__ (which must return a float) or else its __index__; otherwise
 * TypeError "must be real number, not T". */
int rv_math_as_double(rv_obj_t *o, double *out);

/* PyNumber_Index: o itself when it is an int (a bool becomes the int of
 * its value), or what a program class's __index__ returns; TypeError
 * "'T' object cannot be interpreted as an integer" otherwise.  New
 * reference to an exact int. */
rv_obj_t *rv_math_index(rv_obj_t *o);

/* Calls o's special method `name` when o is an instance of a program class
 * whose class defines it: *found says whether it did (the result is then
 * the call's, NULL on error); NULL and *found false otherwise. */
rv_obj_t *rv_math_call_special(rv_obj_t *o, const char *name, bool *found);

/* Argument counts as CPython checks them: METH_O ("math.sqrt() takes
 * exactly one argument (2 given)") and two positional arguments ("pow
 * expected 2 arguments, got 1"); neither takes keywords ("math.pow() takes
 * no keyword arguments").  qualname is "math.f". */
int rv_math_one_arg(const char *qualname, size_t nargs, rv_obj_t *kwnames);
int rv_math_two_args(const char *qualname, size_t nargs, rv_obj_t *kwnames);

/* hypot, dist and fsum (mod_math_sum.c). */
rv_obj_t *rv_math_hypot(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw);
rv_obj_t *rv_math_dist(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw);
rv_obj_t *rv_math_fsum(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw);

/* The integer functions (mod_math_int.c), in the module table. */
rv_obj_t *rv_math_isqrt(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw);
rv_obj_t *rv_math_factorial(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw);
rv_obj_t *rv_math_gcd(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw);
rv_obj_t *rv_math_lcm(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw);
rv_obj_t *rv_math_comb(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw);
rv_obj_t *rv_math_perm(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw);

#endif
