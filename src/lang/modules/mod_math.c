/* src/lang/modules/mod_math.c - the math module (CPython's Modules/mathmodule.c):
 * its constants, the float functions, and the module's function table (the
 * integer functions are in mod_math_int.c).
 *
 * Results are libm's, with CPython's decisions around them: math_1 turns a
 * NaN from a non-NaN argument into ValueError "math domain error" and an
 * infinity from a finite one into OverflowError "math range error" (exp,
 * cosh, sinh, expm1, exp2) or the domain error (a pole: log(0),
 * atanh(1)); pow, fmod, ldexp, frexp, modf and ulp decide IEEE special
 * values themselves before calling libm, as CPython does.  hypot and dist
 * and fsum are in mod_math_sum.c.
 * Arguments are converted as PyFloat_AsDouble converts them (an int too
 * large for a float is OverflowError, a program class's __float__ or
 * __index__ is called); every message is CPython's.  gamma and lgamma are
 * not modelled (calling them is refused). */
#include <float.h>
#include <limits.h>
#include <math.h>
#include <string.h>

#include "core/exc.h"
#include "core/obj_bool.h"
#include "core/obj_float.h"
#include "core/obj_int.h"
#include "core/obj_misc.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"
#include "lang/objects/class.h"
#include "lang/modules/mod_math.h"
#include "lang/modules/modargs.h"
#include "lang/modules/modules_int.h"

/* Py_MATH_PI and Py_MATH_E (C11 has no M_PI). */
#define PI 3.141592653589793238462643383279502884197
#define E 2.718281828459045235360287471352662498

/******************************************************************************/
/* argument conversion                                                        */

rv_obj_t *rv_math_call_special(rv_obj_t *o, const char *name, bool *found)
{
    *found = false;
    if (!rv_is_heap_type(o->type))
        return NULL;
    rv_obj_t *attr = rv_class_lookup_cstr(o->type, name);
    if (!attr)
        return NULL;
    *found = true;
    rv_obj_t *bound = rv_descr_bind(attr, o, (rv_type_t *)o->type);
    if (!bound)
        return NULL;
    rv_obj_t *r = rv_call0(bound);
    rv_decref(bound);
    return r;
}

rv_obj_t *rv_math_index(rv_obj_t *o)
{
    if (RV_IS(o, rv_int_type))
        return rv_incref(o);
    if (o->type->pynumber) { /* NumPy's integers have __index__ */
        rv_obj_t *v = o->type->pynumber(o);
        if (RV_IS(v, rv_int_type))
            return v;
        rv_decref(v);
    }
    if (rv_isinstance(o, &rv_int_type)) {
        /* A subclass (bool) is copied to a plain int (PyNumber_Index). */
        rv_obj_t *zero = rv_int_from_i64(0);
        rv_obj_t *r = rv_int_binop(RV_OP_ADD, o, zero);
        rv_decref(zero);
        return r;
    }
    bool found;
    rv_obj_t *r = rv_math_call_special(o, "__index__", &found);
    if (!found) {
        rv_err_format(&rv_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                      o->type->name);
        return NULL;
    }
    if (r && !rv_isinstance(r, &rv_int_type)) {
        rv_err_format(&rv_exc_TypeError, "__index__ returned non-int (type %s)", r->type->name);
        rv_decref(r);
        return NULL;
    }
    return r;
}

int rv_math_as_double(rv_obj_t *o, double *out)
{
    if (RV_IS(o, rv_float_type)) {
        *out = rv_float_value(o);
        return 0;
    }
    if (rv_isinstance(o, &rv_int_type))
        return rv_int_to_double(o, out);
    bool found;
    rv_obj_t *r = rv_math_call_special(o, "__float__", &found);
    if (found) {
        if (!r)
            return -1;
        if (!RV_IS(r, rv_float_type)) {
            rv_err_format(&rv_exc_TypeError, "%s.__float__ returned non-float (type %s)",
                          o->type->name, r->type->name);
            rv_decref(r);
            return -1;
        }
        *out = rv_float_value(r);
        rv_decref(r);
        return 0;
    }
    if (rv_is_heap_type(o->type) && rv_class_lookup_cstr(o->type, "__index__")) {
        rv_obj_t *i = rv_math_index(o);
        if (!i)
            return -1;
        int rc = rv_int_to_double(i, out);
        rv_decref(i);
        return rc;
    }
    rv_err_format(&rv_exc_TypeError, "must be real number, not %s", o->type->name);
    return -1;
}

/* METH_O: "math.sqrt() takes no keyword arguments", "... exactly one
 * argument (2 given)". */
int rv_math_one_arg(const char *qualname, size_t nargs, rv_obj_t *kwnames)
{
    if (rv_arg_no_kw(qualname, kwnames) < 0)
        return -1;
    return rv_arg_count(qualname, nargs, 1, 1);
}

/* METH_FASTCALL with two positional arguments: the keyword message names
 * math.f, the count message f ("pow expected 2 arguments, got 1"). */
int rv_math_two_args(const char *qualname, size_t nargs, rv_obj_t *kwnames)
{
    if (rv_arg_no_kw(qualname, kwnames) < 0)
        return -1;
    return rv_arg_count(qualname + strlen("math."), nargs, 2, 2);
}

static int two_doubles(const char *qualname, rv_obj_t *const *args, size_t nargs,
                       rv_obj_t *kwnames, double *x, double *y)
{
    if (rv_math_two_args(qualname, nargs, kwnames) < 0 || rv_math_as_double(args[0], x) < 0 ||
        rv_math_as_double(args[1], y) < 0)
        return -1;
    return 0;
}

static rv_obj_t *domain_error(void)
{
    rv_err_format(&rv_exc_ValueError, "math domain error");
    return NULL;
}

static rv_obj_t *range_error(void)
{
    rv_err_format(&rv_exc_OverflowError, "math range error");
    return NULL;
}

/******************************************************************************/
/* math_1: the one-argument libm functions                                    */

/* CPython's math_1: can_overflow tells a range error (exp(1000)) from a
 * pole (atanh(1.0), log(0.0)), both an infinity from a finite argument. */
static rv_obj_t *math_1(const char *qualname, rv_obj_t *const *args, size_t nargs,
                        rv_obj_t *kwnames, double (*func)(double), bool can_overflow)
{
    double x;
    if (rv_math_one_arg(qualname, nargs, kwnames) < 0 || rv_math_as_double(args[0], &x) < 0)
        return NULL;
    double r = func(x);
    if (isnan(r) && !isnan(x))
        return domain_error();
    if (isinf(r) && isfinite(x))
        return can_overflow ? range_error() : domain_error();
    return rv_float_from_double(r);
}

#define MATH_1(name, func, can_overflow)                                                  \
    static rv_obj_t *math_##name(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,    \
                                 rv_obj_t *kwnames)                                       \
    {                                                                                     \
        return math_1("math." #name, args, nargs, kwnames, func, can_overflow);           \
    }

MATH_1(acos, acos, false)
MATH_1(acosh, acosh, false)
MATH_1(asin, asin, false)
MATH_1(asinh, asinh, false)
MATH_1(atan, atan, false)
MATH_1(atanh, atanh, false)
MATH_1(cbrt, cbrt, false)
MATH_1(cos, cos, false)
MATH_1(cosh, cosh, true)
MATH_1(exp, exp, true)
MATH_1(exp2, exp2, true)
MATH_1(expm1, expm1, true)
MATH_1(fabs, fabs, false)
MATH_1(log1p, log1p, false)
MATH_1(sin, sin, false)
MATH_1(sinh, sinh, true)
MATH_1(sqrt, sqrt, false)
MATH_1(tan, tan, false)
MATH_1(tanh, tanh, false)

/* math_1a (erf, erfc): libm's result, whatever it is. */
static rv_obj_t *math_1a(const char *qualname, rv_obj_t *const *args, size_t nargs,
                         rv_obj_t *kwnames, double (*func)(double))
{
    double x;
    if (rv_math_one_arg(qualname, nargs, kwnames) < 0 || rv_math_as_double(args[0], &x) < 0)
        return NULL;
    return rv_float_from_double(func(x));
}

static rv_obj_t *math_erf(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    return math_1a("math.erf", args, nargs, kw, erf);
}

static rv_obj_t *math_erfc(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    return math_1a("math.erfc", args, nargs, kw, erfc);
}

/* Py_MATH_PI / 180 and its inverse, as CPython computes them. */
static rv_obj_t *scale(const char *qualname, rv_obj_t *const *args, size_t nargs,
                       rv_obj_t *kwnames, double factor)
{
    double x;
    if (rv_math_one_arg(qualname, nargs, kwnames) < 0 || rv_math_as_double(args[0], &x) < 0)
        return NULL;
    return rv_float_from_double(x * factor);
}

static rv_obj_t *math_degrees(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    return scale("math.degrees", args, nargs, kw, 180.0 / PI);
}

static rv_obj_t *math_radians(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    return scale("math.radians", args, nargs, kw, PI / 180.0);
}

/* isfinite, isinf, isnan. */
static rv_obj_t *classify(const char *qualname, rv_obj_t *const *args, size_t nargs,
                          rv_obj_t *kwnames, int which)
{
    double x;
    if (rv_math_one_arg(qualname, nargs, kwnames) < 0 || rv_math_as_double(args[0], &x) < 0)
        return NULL;
    return rv_bool_from(which == 0 ? isfinite(x) : which == 1 ? isinf(x) : isnan(x));
}

static rv_obj_t *math_isfinite(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    return classify("math.isfinite", args, nargs, kw, 0);
}

static rv_obj_t *math_isinf(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    return classify("math.isinf", args, nargs, kw, 1);
}

static rv_obj_t *math_isnan(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    return classify("math.isnan", args, nargs, kw, 2);
}

/******************************************************************************/
/* floor, ceil, trunc: ints, exact for any float                              */

/* math_floor and math_ceil: a float directly; an int is its own floor
 * (int.__floor__ returns it; a bool gives the int of its value); a program
 * class's __floor__/__ceil__ is called; anything else goes through
 * PyFloat_AsDouble. */
static rv_obj_t *round_to_int(const char *qualname, const char *special, rv_obj_t *const *args,
                              size_t nargs, rv_obj_t *kwnames, double (*func)(double))
{
    if (rv_math_one_arg(qualname, nargs, kwnames) < 0)
        return NULL;
    rv_obj_t *x = args[0];
    double d;
    if (RV_IS(x, rv_float_type))
        return rv_int_from_double(func(rv_float_value(x)));
    if (rv_isinstance(x, &rv_int_type))
        return rv_math_index(x);
    bool found;
    rv_obj_t *r = rv_math_call_special(x, special, &found);
    if (found)
        return r;
    if (rv_math_as_double(x, &d) < 0)
        return NULL;
    return rv_int_from_double(func(d));
}

static rv_obj_t *math_floor(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    return round_to_int("math.floor", "__floor__", args, nargs, kw, floor);
}

static rv_obj_t *math_ceil(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    return round_to_int("math.ceil", "__ceil__", args, nargs, kw, ceil);
}

/* math_trunc: only __trunc__, no float conversion. */
static rv_obj_t *math_trunc(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    if (rv_math_one_arg("math.trunc", nargs, kw) < 0)
        return NULL;
    rv_obj_t *x = args[0];
    if (RV_IS(x, rv_float_type))
        return rv_int_from_double(trunc(rv_float_value(x)));
    if (rv_isinstance(x, &rv_int_type))
        return rv_math_index(x);
    bool found;
    rv_obj_t *r = rv_math_call_special(x, "__trunc__", &found);
    if (!found)
        rv_err_format(&rv_exc_TypeError, "type %s doesn't define __trunc__ method",
                      x->type->name);
    return r;
}

/******************************************************************************/
/* two-argument functions                                                     */

/* CPython's math_2 (atan2, copysign): a NaN from non-NaN arguments is a
 * domain error, an infinity from finite ones a range error. */
static rv_obj_t *math_2(const char *qualname, rv_obj_t *const *args, size_t nargs,
                        rv_obj_t *kwnames, double (*func)(double, double))
{
    double x, y;
    if (two_doubles(qualname, args, nargs, kwnames, &x, &y) < 0)
        return NULL;
    double r = func(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y))
        return domain_error();
    if (isinf(r) && isfinite(x) && isfinite(y))
        return range_error();
    return rv_float_from_double(r);
}

static rv_obj_t *math_atan2(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    return math_2("math.atan2", args, nargs, kw, atan2);
}

static rv_obj_t *math_copysign(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                               rv_obj_t *kw)
{
    return math_2("math.copysign", args, nargs, kw, copysign);
}

static rv_obj_t *math_remainder(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                rv_obj_t *kw)
{
    return math_2("math.remainder", args, nargs, kw, remainder);
}

static rv_obj_t *math_fmod(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    double x, y;
    if (two_doubles("math.fmod", args, nargs, kw, &x, &y) < 0)
        return NULL;
    if (isinf(y) && isfinite(x))
        return rv_float_from_double(x);
    double r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y))
        return domain_error();
    return rv_float_from_double(r);
}

static rv_obj_t *math_nextafter(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                rv_obj_t *kw)
{
    double x, y;
    if (two_doubles("math.nextafter", args, nargs, kw, &x, &y) < 0)
        return NULL;
    return rv_float_from_double(nextafter(x, y));
}

/* math_pow: IEEE special values decided here, libm for finite ** finite;
 * a NaN result is a domain error, an infinite one a domain error for
 * 0 ** negative and a range error otherwise. */
static double pow_special(double x, double y)
{
    if (isnan(x))
        return y == 0.0 ? 1.0 : x;
    if (isnan(y))
        return x == 1.0 ? 1.0 : y;
    if (isinf(x)) {
        bool odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
        if (y > 0.0)
            return odd_y ? x : fabs(x);
        if (y == 0.0)
            return 1.0;
        return odd_y ? copysign(0.0, x) : 0.0;
    }
    if (fabs(x) == 1.0)
        return 1.0;
    if (y > 0.0 && fabs(x) > 1.0)
        return y;
    if (y < 0.0 && fabs(x) < 1.0)
        return -y;
    return 0.0;
}

static rv_obj_t *math_pow(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    double x, y;
    if (two_doubles("math.pow", args, nargs, kw, &x, &y) < 0)
        return NULL;
    if (!isfinite(x) || !isfinite(y))
        return rv_float_from_double(pow_special(x, y));
    double r = pow(x, y);
    if (isnan(r))
        return domain_error();
    if (isinf(r))
        return x == 0.0 ? domain_error() : range_error();
    return rv_float_from_double(r);
}

/* math_ldexp: the exponent must be an int; one past C's int range
 * overflows or underflows outright. */
static rv_obj_t *math_ldexp(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    double x, r;
    if (rv_math_two_args("math.ldexp", nargs, kw) < 0 || rv_math_as_double(args[0], &x) < 0)
        return NULL;
    if (!rv_isinstance(args[1], &rv_int_type)) {
        rv_err_format(&rv_exc_TypeError, "Expected an int as second argument to ldexp.");
        return NULL;
    }
    int64_t e;
    if (!rv_int_fits_i64(args[1], &e))
        e = rv_int_sign(args[1]) < 0 ? INT64_MIN : INT64_MAX;
    if (x == 0.0 || !isfinite(x))
        r = x;
    else if (e > INT_MAX)
        return range_error();
    else if (e < INT_MIN)
        r = copysign(0.0, x);
    else {
        r = ldexp(x, (int)e);
        if (isinf(r))
            return range_error();
    }
    return rv_float_from_double(r);
}

/******************************************************************************/
/* frexp, modf, ulp, isclose                                                  */

static rv_obj_t *float_pair(double a, double b)
{
    rv_obj_t *x = rv_float_from_double(a), *y = rv_float_from_double(b);
    rv_obj_t *t = rv_tuple_pack(2, x, y);
    rv_decref(x);
    rv_decref(y);
    return t;
}

static rv_obj_t *math_frexp(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    double x;
    if (rv_math_one_arg("math.frexp", nargs, kw) < 0 || rv_math_as_double(args[0], &x) < 0)
        return NULL;
    int e = 0;
    if (isfinite(x) && x != 0.0)
        x = frexp(x, &e);
    rv_obj_t *m = rv_float_from_double(x), *ei = rv_int_from_i64(e);
    rv_obj_t *t = rv_tuple_pack(2, m, ei);
    rv_decref(m);
    rv_decref(ei);
    return t;
}

static rv_obj_t *math_modf(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    double x;
    if (rv_math_one_arg("math.modf", nargs, kw) < 0 || rv_math_as_double(args[0], &x) < 0)
        return NULL;
    if (isinf(x))
        return float_pair(copysign(0.0, x), x);
    if (isnan(x))
        return float_pair(x, x);
    double ipart;
    double frac = modf(x, &ipart);
    return float_pair(frac, ipart);
}

static rv_obj_t *math_ulp(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    double x;
    if (rv_math_one_arg("math.ulp", nargs, kw) < 0 || rv_math_as_double(args[0], &x) < 0)
        return NULL;
    if (isnan(x))
        return rv_float_from_double(x);
    x = fabs(x);
    if (isinf(x))
        return rv_float_from_double(x);
    double up = nextafter(x, INFINITY);
    /* The largest float: its ulp is the step below it. */
    if (isinf(up))
        return rv_float_from_double(x - nextafter(x, -INFINITY));
    return rv_float_from_double(up - x);
}

static rv_obj_t *math_isclose(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    static const char *const names[] = { "a", "b", "rel_tol", "abs_tol", NULL };
    static const rv_clinic_t c = { "isclose", names, 0, 2, 2 };
    rv_obj_t *p[4];
    double a, b, rel_tol = 1e-09, abs_tol = 0.0;
    if (rv_clinic_parse(&c, args, nargs, kw, p) < 0 || rv_math_as_double(p[0], &a) < 0 ||
        rv_math_as_double(p[1], &b) < 0 || (p[2] && rv_math_as_double(p[2], &rel_tol) < 0) ||
        (p[3] && rv_math_as_double(p[3], &abs_tol) < 0))
        return NULL;
    if (rel_tol < 0.0 || abs_tol < 0.0) {
        rv_err_format(&rv_exc_ValueError, "tolerances must be non-negative");
        return NULL;
    }
    if (a == b)
        return rv_bool_from(true);
    if (isinf(a) || isinf(b))
        return rv_bool_from(false);
    double diff = fabs(b - a);
    return rv_bool_from(diff <= fabs(rel_tol * b) || diff <= fabs(rel_tol * a) ||
                        diff <= abs_tol);
}

/******************************************************************************/
/* log, log2, log10                                                           */

/* m_log and friends: libm on positive finite arguments; log(0) is -inf and
 * a negative argument NaN, which math_1 reports as the domain error. */
typedef double (*log_fn)(double);

/* x = m * 2**e with m in [0.5, 1) rounded half-even to 53 bits from the
 * int's top bits and a sticky bit for the rest (CPython's _PyLong_Frexp),
 * for an int too large for a float. */
static int int_frexp(rv_obj_t *n, double *m, int64_t *e)
{
    size_t bits = rv_int_bit_length(n);
    size_t drop = bits - (DBL_MANT_DIG + 2);
    rv_obj_t *sh = rv_int_from_u64(drop);
    rv_obj_t *top = rv_int_binop(RV_OP_RSHIFT, n, sh);
    rv_obj_t *back = top ? rv_int_binop(RV_OP_LSHIFT, top, sh) : NULL;
    rv_decref(sh);
    if (!back) {
        rv_xdecref(top);
        return -1;
    }
    int64_t t;
    rv_int_fits_i64(top, &t);
    bool sticky = rv_int_cmp(back, n) != 0;
    rv_decref(top);
    rv_decref(back);
    *m = ldexp((double)(uint64_t)(t | sticky), -(DBL_MANT_DIG + 2));
    *e = (int64_t)bits;
    return 0;
}

/* loghelper: a positive int is taken apart when it is too large for a
 * float (log(m) + log(2) * e); anything else goes through math_1. */
static rv_obj_t *log_of(rv_obj_t *arg, log_fn func)
{
    if (!rv_isinstance(arg, &rv_int_type)) {
        double x;
        if (rv_math_as_double(arg, &x) < 0)
            return NULL;
        double r = func(x);
        if (isnan(r) && !isnan(x))
            return domain_error();
        if (isinf(r) && isfinite(x))
            return domain_error();
        return rv_float_from_double(r);
    }
    if (rv_int_sign(arg) <= 0)
        return domain_error();
    double x;
    if (rv_int_to_double(arg, &x) == 0)
        return rv_float_from_double(func(x));
    if (!rv_err_matches(&rv_exc_OverflowError))
        return NULL;
    rv_err_clear();
    int64_t e;
    if (int_frexp(arg, &x, &e) < 0)
        return NULL;
    return rv_float_from_double(func(x) + func(2.0) * (double)e);
}

static rv_obj_t *math_log(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    if (rv_arg_no_kw("log", kw) < 0)
        return NULL;
    if (nargs < 1 || nargs > 2) {
        rv_err_format(&rv_exc_TypeError, "math.log requires 1 to 2 arguments");
        return NULL;
    }
    rv_obj_t *num = log_of(args[0], log);
    if (!num || nargs == 1)
        return num;
    rv_obj_t *den = log_of(args[1], log);
    rv_obj_t *r = den ? rv_binop(RV_OP_TRUEDIV, num, den) : NULL;
    rv_decref(num);
    rv_xdecref(den);
    return r;
}

static rv_obj_t *math_log2(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    if (rv_math_one_arg("math.log2", nargs, kw) < 0)
        return NULL;
    return log_of(args[0], log2);
}

static rv_obj_t *math_log10(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    if (rv_math_one_arg("math.log10", nargs, kw) < 0)
        return NULL;
    return log_of(args[0], log10);
}

/******************************************************************************/
/* prod                                                                       */

/* prod(iterable, /, *, start=1): start * each item in turn, by the `*`
 * operator (any type); CPython's int and float fast paths give the same
 * values. */
static rv_obj_t *math_prod(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    static const char *const names[] = { "iterable", "start", NULL };
    static const rv_clinic_t c = { "prod", names, 1, 1, 1 };
    rv_obj_t *p[2];
    if (rv_clinic_parse(&c, args, nargs, kw, p) < 0)
        return NULL;
    rv_obj_t *it = rv_iter(p[0]);
    if (!it)
        return NULL;
    rv_obj_t *result = p[1] ? rv_incref(p[1]) : rv_int_from_i64(1), *item;
    while (result && (item = rv_next(it))) {
        rv_obj_t *r = rv_binop(RV_OP_MUL, result, item);
        rv_decref(item);
        rv_decref(result);
        result = r;
    }
    rv_decref(it);
    if (result && rv_err_occurred())
        rv_clearref(&result);
    return result;
}

/******************************************************************************/
/* gamma, lgamma: not modelled                                                */

/* CPython computes them with its own Lanczos approximation, whose last bits
 * libm's tgamma and lgamma do not promise to match: the names exist (so a
 * program can refer to them), calling one is refused as unsupported. */
static rv_obj_t *unmodelled(const char *qualname)
{
    rv_obj_t *msg = rv_str_printf("%s() (refviz does not model it)", qualname);
    rv_err_set_obj(&rv_exc_RefvizUnsupported, msg);
    rv_decref(msg);
    return NULL;
}

static rv_obj_t *math_gamma(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    return unmodelled("math.gamma");
}

static rv_obj_t *math_lgamma(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    return unmodelled("math.lgamma");
}

/******************************************************************************/
/* the module                                                                 */

/* In CPython's order (math_methods): the module's dict keeps it. */
static const rv_method_t math_functions[] = {
    { "acos", math_acos, 0 },
    { "acosh", math_acosh, 0 },
    { "asin", math_asin, 0 },
    { "asinh", math_asinh, 0 },
    { "atan", math_atan, 0 },
    { "atan2", math_atan2, 0 },
    { "atanh", math_atanh, 0 },
    { "cbrt", math_cbrt, 0 },
    { "ceil", math_ceil, 0 },
    { "copysign", math_copysign, 0 },
    { "cos", math_cos, 0 },
    { "cosh", math_cosh, 0 },
    { "degrees", math_degrees, 0 },
    { "dist", rv_math_dist, 0 },
    { "erf", math_erf, 0 },
    { "erfc", math_erfc, 0 },
    { "exp", math_exp, 0 },
    { "exp2", math_exp2, 0 },
    { "expm1", math_expm1, 0 },
    { "fabs", math_fabs, 0 },
    { "factorial", rv_math_factorial, 0 },
    { "floor", math_floor, 0 },
    { "fmod", math_fmod, 0 },
    { "frexp", math_frexp, 0 },
    { "fsum", rv_math_fsum, 0 },
    { "gamma", math_gamma, 0 },
    { "gcd", rv_math_gcd, 0 },
    { "hypot", rv_math_hypot, 0 },
    { "isclose", math_isclose, 0 },
    { "isfinite", math_isfinite, 0 },
    { "isinf", math_isinf, 0 },
    { "isnan", math_isnan, 0 },
    { "isqrt", rv_math_isqrt, 0 },
    { "lcm", rv_math_lcm, 0 },
    { "ldexp", math_ldexp, 0 },
    { "lgamma", math_lgamma, 0 },
    { "log", math_log, 0 },
    { "log1p", math_log1p, 0 },
    { "log10", math_log10, 0 },
    { "log2", math_log2, 0 },
    { "modf", math_modf, 0 },
    { "pow", math_pow, 0 },
    { "radians", math_radians, 0 },
    { "remainder", math_remainder, 0 },
    { "sin", math_sin, 0 },
    { "sinh", math_sinh, 0 },
    { "sqrt", math_sqrt, 0 },
    { "tan", math_tan, 0 },
    { "tanh", math_tanh, 0 },
    { "trunc", math_trunc, 0 },
    { "prod", math_prod, 0 },
    { "perm", rv_math_perm, 0 },
    { "comb", rv_math_comb, 0 },
    { "nextafter", math_nextafter, 0 },
    { "ulp", math_ulp, 0 },
    { NULL, NULL, 0 },
};

static const char *const math_values[] = { "pi", "e", "tau", "inf", "nan", NULL };

static void math_init(rv_obj_t *m)
{
    const double values[] = { PI, E, 2.0 * PI, INFINITY, NAN };
    for (size_t i = 0; math_values[i]; i++) {
        rv_obj_t *v = rv_float_from_double(values[i]);
        rv_module_set_value(m, math_values[i], v);
        rv_decref(v);
    }
}

const rv_module_def_t rv_mod_math = {
    .name = "math",
    .functions = math_functions,
    .values = math_values,
    .init = math_init,
};
