/* src/lang/modules/mod_math_sum.c - the math module's exact sums: hypot and dist
 * (CPython 3.11's vector_norm: each square exact, a compensated sum, a
 * corrected square root) and fsum (CPython's msum: Shewchuk's exact
 * partials, then half-even rounding across them), so that their results
 * are python3's to the last bit. */
#include <float.h>
#include <math.h>

#include "base/alloc.h"
#include "core/exc.h"
#include "core/obj_float.h"
#include "core/obj_misc.h"
#include "core/obj_tuple.h"
#include "lang/modules/mod_math.h"

/******************************************************************************/
/* hypot and dist: CPython 3.11's vector_norm                                 */

/* A double-length value hi + lo. */
typedef struct dl {
    double hi, lo;
} dl_t;

/* Fast two-sum; requires |a| >= |b|. */
static dl_t dl_fast_sum(double a, double b)
{
    double x = a + b;
    return (dl_t){ x, (a - x) + b };
}

/* The exact product: fma gives the rounding error of x * y. */
static dl_t dl_mul(double x, double y)
{
    double z = x * y;
    return (dl_t){ z, fma(x, y, -z) };
}

/* sqrt(sum(v * v)) for the n magnitudes in vec, max the largest of them:
 * scaled by a power of two so that the largest is in [0.5, 1), squared
 * exactly, summed with a running 1.0 (so the two-sum's order holds) and two
 * compensation terms, then the square root corrected by one Newton step in
 * double length. */
static double vector_norm(size_t n, double *vec, double max, bool found_nan)
{
    if (isinf(max))
        return max;
    if (found_nan)
        return NAN;
    if (max == 0.0 || n <= 1)
        return max;
    int max_e;
    frexp(max, &max_e);
    if (max_e < -1023) {
        /* ldexp(1.0, -max_e) would overflow: make subnormals normal. */
        for (size_t i = 0; i < n; i++)
            vec[i] /= DBL_MIN;
        return DBL_MIN * vector_norm(n, vec, max / DBL_MIN, found_nan);
    }
    double scale = ldexp(1.0, -max_e), csum = 1.0, frac1 = 0.0, frac2 = 0.0;
    dl_t pr, sm;
    for (size_t i = 0; i < n; i++) {
        double x = vec[i] * scale;
        pr = dl_mul(x, x);
        sm = dl_fast_sum(csum, pr.hi);
        csum = sm.hi;
        frac1 += pr.lo;
        frac2 += sm.lo;
    }
    double h = sqrt(csum - 1.0 + (frac1 + frac2));
    pr = dl_mul(-h, h);
    sm = dl_fast_sum(csum, pr.hi);
    csum = sm.hi;
    frac1 += pr.lo;
    frac2 += sm.lo;
    double x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    return h / scale;
}

rv_obj_t *rv_math_hypot(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    if (rv_arg_no_kw("math.hypot", kw) < 0)
        return NULL;
    double *v = rv_malloc((nargs ? nargs : 1) * sizeof *v), max = 0.0;
    bool found_nan = false;
    for (size_t i = 0; i < nargs; i++) {
        if (rv_math_as_double(args[i], &v[i]) < 0) {
            rv_free(v);
            return NULL;
        }
        v[i] = fabs(v[i]);
        found_nan |= isnan(v[i]);
        if (v[i] > max)
            max = v[i];
    }
    double r = vector_norm(nargs, v, max, found_nan);
    rv_free(v);
    return rv_float_from_double(r);
}

/* dist(p, q): both made tuples first (PySequence_Tuple), then the
 * coordinates' differences are converted pairwise. */
rv_obj_t *rv_math_dist(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    if (rv_math_two_args("math.dist", nargs, kw) < 0)
        return NULL;
    rv_obj_t *p = rv_tuple_from_iterable(args[0]);
    rv_obj_t *q = p ? rv_tuple_from_iterable(args[1]) : NULL;
    rv_obj_t *r = NULL;
    double *v = NULL, max = 0.0;
    bool found_nan = false;
    if (!q)
        goto out;
    size_t n = rv_tuple_len(p);
    if (rv_tuple_len(q) != n) {
        rv_err_format(&rv_exc_ValueError, "both points must have the same number of dimensions");
        goto out;
    }
    v = rv_malloc((n ? n : 1) * sizeof *v);
    for (size_t i = 0; i < n; i++) {
        double px, qx;
        if (rv_math_as_double(rv_tuple_get_borrow(p, i), &px) < 0 ||
            rv_math_as_double(rv_tuple_get_borrow(q, i), &qx) < 0)
            goto out;
        v[i] = fabs(px - qx);
        found_nan |= isnan(v[i]);
        if (v[i] > max)
            max = v[i];
    }
    r = rv_float_from_double(vector_norm(n, v, max, found_nan));
out:
    rv_free(v);
    rv_xdecref(p);
    rv_xdecref(q);
    return r;
}

/******************************************************************************/
/* fsum: Shewchuk's exact partials (CPython's msum)                           */

typedef struct partials {
    double *p;
    size_t n, cap;
} partials_t;

/* Adds x to the partials, which stay non-overlapping and increasing in
 * magnitude; returns the new top (x plus what it absorbed). */
static double partials_add(partials_t *ps, double x)
{
    size_t i = 0;
    for (size_t j = 0; j < ps->n; j++) {
        double y = ps->p[j];
        if (fabs(x) < fabs(y)) {
            double t = x;
            x = y;
            y = t;
        }
        double hi = x + y, lo = y - (hi - x);
        if (lo != 0.0)
            ps->p[i++] = lo;
        x = hi;
    }
    ps->n = i;
    return x;
}

/* The partials' sum correctly rounded: summed from the top until a step is
 * inexact, then half-even rounding across the partials left below (so that
 * fsum([1e-16, 1, 1e16]) rounds up). */
static double partials_sum(const partials_t *ps)
{
    size_t n = ps->n;
    if (n == 0)
        return 0.0;
    double hi = ps->p[--n], lo = 0.0;
    while (n > 0) {
        double x = hi, y = ps->p[--n];
        hi = x + y;
        lo = y - (hi - x);
        if (lo != 0.0)
            break;
    }
    if (n > 0 && ((lo < 0.0 && ps->p[n - 1] < 0.0) || (lo > 0.0 && ps->p[n - 1] > 0.0))) {
        double y = lo * 2.0, x = hi + y;
        if (y == x - hi)
            hi = x;
    }
    return hi;
}

/* The items' exact sum; infinities and NaNs are summed apart (inf + -inf is
 * ValueError), a finite sum that overflows is OverflowError. */
static int fsum_items(rv_obj_t *it, double *out)
{
    partials_t ps = { rv_malloc(32 * sizeof(double)), 0, 32 };
    double special_sum = 0.0, inf_sum = 0.0;
    rv_obj_t *item;
    int rc = -1;
    while ((item = rv_next(it))) {
        double x;
        int bad = rv_math_as_double(item, &x);
        rv_decref(item);
        if (bad < 0)
            goto out;
        double xsave = x;
        x = partials_add(&ps, x);
        if (x == 0.0)
            continue;
        if (!isfinite(x)) {
            /* From an inf or nan summand, or an intermediate overflow. */
            if (isfinite(xsave)) {
                rv_err_format(&rv_exc_OverflowError, "intermediate overflow in fsum");
                goto out;
            }
            if (isinf(xsave))
                inf_sum += xsave;
            special_sum += xsave;
            ps.n = 0;
            continue;
        }
        if (ps.n == ps.cap) {
            ps.cap *= 2;
            ps.p = rv_realloc(ps.p, ps.cap * sizeof(double));
        }
        ps.p[ps.n++] = x;
    }
    if (rv_err_occurred())
        goto out;
    if (special_sum != 0.0) {
        if (isnan(inf_sum)) {
            rv_err_format(&rv_exc_ValueError, "-inf + inf in fsum");
            goto out;
        }
        *out = special_sum;
    } else {
        *out = partials_sum(&ps);
    }
    rc = 0;
out:
    rv_free(ps.p);
    return rc;
}

rv_obj_t *rv_math_fsum(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    if (rv_math_one_arg("math.fsum", nargs, kw) < 0)
        return NULL;
    rv_obj_t *it = rv_iter(args[0]);
    if (!it)
        return NULL;
    double sum;
    int rc = fsum_items(it, &sum);
    rv_decref(it);
    return rc < 0 ? NULL : rv_float_from_double(sum);
}
