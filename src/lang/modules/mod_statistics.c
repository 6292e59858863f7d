/* src/lang/modules/mod_statistics.c - the statistics module (CPython's
 * Lib/statistics.py): the means (mean, fmean, geometric_mean,
 * harmonic_mean) and the spread (variance, pvariance, stdev, pstdev); the
 * medians, mode and quantiles are in mod_statistics_order.c.  Its
 * functions are Python in CPython, in frames a program's trace does not
 * show; here they compute what those frames do.
 *
 * mean and the variances are exact, as statistics.py's _sum and _ss are
 * with Fractions: every int, bool or float is its exact ratio n/d
 * (float.as_integer_ratio), the sums are kept as one ratio of ints, and
 * the result is converted as _convert does: an int when every value was
 * an int (or bool) and the result is whole, otherwise the correctly
 * rounded float of the ratio (int true division).  stdev and pstdev take
 * the square root as _float_sqrt_of_frac does (round-to-odd integer square
 * root, then one division).  A NaN or infinity in the data is summed
 * apart, as the partials[None] of statistics.py are.
 *
 * Data of other numeric types (Fraction, Decimal, a program's number
 * class) is refused: refviz models neither fractions nor decimal.  A
 * non-number gives _exact_ratio's TypeError. */
#include <math.h>
#include <string.h>

#include "core/exc.h"
#include "core/obj_bool.h"
#include "core/obj_dict.h"
#include "core/obj_float.h"
#include "core/obj_int.h"
#include "core/obj_list.h"
#include "core/obj_misc.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"
#include "lang/modules/mod_math.h"
#include "lang/modules/mod_statistics.h"
#include "lang/modules/modargs.h"
#include "lang/modules/modules_int.h"
#include "lang/objects/class.h"

/* statistics.StatisticsError(ValueError). */
rv_type_t rv_statistics_error_type = { .name = "statistics.StatisticsError" };

rv_obj_t *rv_statistics_error(const char *msg)
{
    rv_err_format(&rv_statistics_error_type, "%s", msg);
    return NULL;
}

rv_obj_t *rv_statistics_unsupported(const char *what)
{
    rv_obj_t *msg = rv_str_from_cstr(what);
    rv_err_set_obj(&rv_exc_RefvizUnsupported, msg);
    rv_decref(msg);
    return NULL;
}

/******************************************************************************/
/* exact arithmetic on ints                                                   */

/* a op b on ints, both references stolen; NULL in, NULL out. */
static rv_obj_t *op(rv_binop_t o, rv_obj_t *a, rv_obj_t *b)
{
    rv_obj_t *r = a && b ? rv_int_binop(o, a, b) : NULL;
    rv_xdecref(a);
    rv_xdecref(b);
    return r;
}

static rv_obj_t *I(int64_t v)
{
    return rv_int_from_i64(v);
}

static rv_obj_t *R(rv_obj_t *o)
{
    return rv_incref(o);
}

/* A ratio n/d of ints, d > 0. */
typedef struct ratio {
    rv_obj_t *n, *d;
} ratio_t;

static void ratio_clear(ratio_t *r)
{
    rv_clearref(&r->n);
    rv_clearref(&r->d);
}

/* float.as_integer_ratio of a finite double (float_as_integer_ratio). */
static int float_ratio(double x, ratio_t *out)
{
    int e;
    double m = frexp(x, &e);
    for (int i = 0; i < 300 && m != floor(m); i++) {
        m *= 2.0;
        e--;
    }
    rv_obj_t *n = rv_int_from_double(m);
    if (e >= 0) {
        out->n = op(RV_OP_LSHIFT, n, I(e));
        out->d = I(1);
    } else {
        out->n = n;
        out->d = op(RV_OP_LSHIFT, I(1), I(-e));
    }
    return out->n && out->d ? 0 : -1;
}

/* Fraction's normalisation: n and d divided by their gcd. */
static int reduce_ratio(ratio_t *r)
{
    rv_obj_t *args[2] = { r->n, r->d };
    rv_obj_t *g = rv_math_gcd(NULL, args, 2, NULL);
    if (!g)
        return -1;
    r->n = op(RV_OP_FLOORDIV, r->n, R(g));
    r->d = op(RV_OP_FLOORDIV, r->d, g);
    return r->n && r->d ? 0 : -1;
}

/* n/d as float(Fraction(n, d)): int true division, correctly rounded. */
static rv_obj_t *ratio_float(const ratio_t *r)
{
    return rv_int_binop(RV_OP_TRUEDIV, r->n, r->d);
}

/* _convert(Fraction(n, d), T): T int keeps a whole value an int. */
static rv_obj_t *ratio_convert(ratio_t *r, bool is_float)
{
    if (reduce_ratio(r) < 0)
        return NULL;
    int64_t d;
    if (!is_float && rv_int_fits_i64(r->d, &d) && d == 1)
        return R(r->n);
    return ratio_float(r);
}

/******************************************************************************/
/* _sum and _ss: exact sums                                                   */

/* The sums of statistics.py's partials: sx = sum of x, sxx = sum of x*x
 * (for _ss), exact; special the float sum of the NaNs and infinities
 * (partials[None]), if any. */
typedef struct sums {
    ratio_t sx, sxx;
    double special;
    bool has_special, is_float, squares;
    size_t count;
} sums_t;

static void sums_clear(sums_t *s)
{
    ratio_clear(&s->sx);
    ratio_clear(&s->sxx);
}

/* acc += n/d, where both denominators are powers of two (as_integer_ratio
 * of floats, 1 of ints): the larger one is a multiple of the other. */
static int add_ratio(ratio_t *acc, rv_obj_t *n, rv_obj_t *d)
{
    if (!acc->n) {
        acc->n = R(n);
        acc->d = R(d);
        return 0;
    }
    int c = rv_int_cmp(acc->d, d);
    if (c == 0) {
        acc->n = op(RV_OP_ADD, acc->n, R(n));
    } else if (c < 0) {
        rv_obj_t *k = op(RV_OP_FLOORDIV, R(d), R(acc->d));
        acc->n = op(RV_OP_ADD, op(RV_OP_MUL, acc->n, k), R(n));
        rv_setref(&acc->d, d);
    } else {
        rv_obj_t *k = op(RV_OP_FLOORDIV, R(acc->d), R(d));
        acc->n = op(RV_OP_ADD, acc->n, op(RV_OP_MUL, R(n), k));
    }
    return acc->n ? 0 : -1;
}

/* _exact_ratio(x) added to the sums; a float's type makes the result a
 * float (_coerce). */
static int sums_add(sums_t *s, rv_obj_t *x)
{
    ratio_t r = { NULL, NULL };
    if (RV_IS(x, rv_int_type) || RV_IS(x, rv_bool_type)) {
        r.n = R(x);
        r.d = I(1);
    } else if (RV_IS(x, rv_float_type)) {
        s->is_float = true;
        double v = rv_float_value(x);
        if (!isfinite(v)) {
            s->special = s->has_special ? s->special + v : v;
            s->has_special = true;
            s->count++;
            return 0;
        }
        if (float_ratio(v, &r) < 0)
            return -1;
    } else if (rv_is_heap_type(x->type) || rv_isinstance(x, &rv_int_type) ||
               rv_isinstance(x, &rv_float_type)) {
        rv_statistics_unsupported("statistics of data other than int, bool and float (refviz "
                    "models neither fractions nor decimal)");
        return -1;
    } else {
        /* _exact_ratio raises it handling x.numerator's AttributeError,
         * its __context__. */
        rv_obj_t *attr = rv_getattr_cstr(x, "numerator");
        if (attr) {
            rv_decref(attr);
            rv_statistics_unsupported("statistics of data with a numerator attribute");
            return -1;
        }
        rv_obj_t *ctx = rv_err_fetch();
        rv_obj_t *msg = rv_str_printf("can't convert type '%s' to numerator/denominator",
                                      rv_type_name(x->type));
        rv_obj_t *exc = rv_exc_new(&rv_exc_TypeError, &msg, 1);
        rv_decref(msg);
        ((rv_exc_t *)exc)->context = ctx;
        rv_err_set_exc(exc);
        rv_decref(exc);
        return -1;
    }
    s->count++;
    int rc = add_ratio(&s->sx, r.n, r.d);
    if (rc == 0 && s->squares) {
        rv_obj_t *n2 = op(RV_OP_MUL, R(r.n), R(r.n)), *d2 = op(RV_OP_MUL, R(r.d), R(r.d));
        rc = n2 && d2 ? add_ratio(&s->sxx, n2, d2) : -1;
        rv_xdecref(n2);
        rv_xdecref(d2);
    }
    ratio_clear(&r);
    return rc;
}

/* _sum(data) (squares false) or the one pass of _ss (squares true). */
static int sums_of(rv_obj_t *data, bool squares, sums_t *s)
{
    memset(s, 0, sizeof *s);
    s->squares = squares;
    rv_obj_t *it = rv_iter(data);
    if (!it)
        return -1;
    rv_obj_t *x;
    while ((x = rv_next(it))) {
        int rc = sums_add(s, x);
        rv_decref(x);
        if (rc < 0)
            break;
    }
    rv_decref(it);
    if (rv_err_occurred()) {
        sums_clear(s);
        return -1;
    }
    if (!s->sx.n) {
        s->sx.n = I(0);
        s->sx.d = I(1);
    }
    if (squares && !s->sxx.n) {
        s->sxx.n = I(0);
        s->sxx.d = I(1);
    }
    return 0;
}

/* The sum of squared deviations _ss(data, c) leaves: exact in *ss, or a
 * float NaN/infinity in *special (has_special).  With c, the sum of
 * (x - c) * (x - c); otherwise (count*sxx - sx*sx) / count. */
typedef struct ss {
    ratio_t ss;
    double special;
    bool has_special, is_float;
    size_t count;
} ss_t;

static int sum_squares(rv_obj_t *data, rv_obj_t *c, ss_t *out)
{
    memset(out, 0, sizeof *out);
    sums_t s;
    if (c && c != rv_None) {
        memset(&s, 0, sizeof s);
        rv_obj_t *it = rv_iter(data), *x;
        if (!it)
            return -1;
        while ((x = rv_next(it))) {
            rv_obj_t *dev = rv_binop(RV_OP_SUB, x, c);
            rv_decref(x);
            rv_obj_t *sq = dev ? rv_binop(RV_OP_MUL, dev, dev) : NULL;
            rv_xdecref(dev);
            int rc = sq ? sums_add(&s, sq) : -1;
            rv_xdecref(sq);
            if (rc < 0)
                break;
        }
        rv_decref(it);
        if (rv_err_occurred()) {
            sums_clear(&s);
            return -1;
        }
        out->ss.n = s.sx.n ? s.sx.n : I(0);
        out->ss.d = s.sx.d ? s.sx.d : I(1);
    } else {
        if (sums_of(data, true, &s) < 0)
            return -1;
        rv_obj_t *cnt = rv_int_from_u64(s.count ? s.count : 1);
        /* (count*sxx - sx*sx) / count over sxx.d * sx.d**2 */
        rv_obj_t *sxd2 = op(RV_OP_MUL, R(s.sx.d), R(s.sx.d));
        rv_obj_t *num = op(RV_OP_SUB, op(RV_OP_MUL, op(RV_OP_MUL, R(cnt), R(s.sxx.n)), R(sxd2)),
                           op(RV_OP_MUL, op(RV_OP_MUL, R(s.sx.n), R(s.sx.n)), R(s.sxx.d)));
        out->ss.n = num;
        out->ss.d = op(RV_OP_MUL, op(RV_OP_MUL, R(s.sxx.d), sxd2), cnt);
        sums_clear(&s);
        if (!out->ss.n || !out->ss.d) {
            ratio_clear(&out->ss);
            return -1;
        }
    }
    out->special = s.special;
    out->has_special = s.has_special;
    out->is_float = s.is_float;
    out->count = s.count;
    return 0;
}

/******************************************************************************/
/* averages                                                                   */

int rv_statistics_bind(const char *fname, const char *const *names, size_t npos, size_t nreq,
                       rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames, rv_obj_t **out)
{
    const rv_pysig_t sig = { fname, names, npos, nreq, false };
    return rv_pysig_bind(&sig, args, nargs, kwnames, out);
}

/* mean(data): _convert(total / n, T). */
static rv_obj_t *st_mean(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    static const char *const names[] = { "data", NULL };
    rv_obj_t *data;
    sums_t s;
    if (rv_statistics_bind("mean", names, 1, 1, args, nargs, kw, &data) < 0 ||
        sums_of(data, false, &s) < 0)
        return NULL;
    rv_obj_t *r = NULL;
    if (s.count < 1)
        rv_statistics_error("mean requires at least one data point");
    else if (s.has_special)
        r = rv_float_from_double(s.special / (double)s.count);
    else {
        s.sx.d = op(RV_OP_MUL, s.sx.d, rv_int_from_u64(s.count));
        r = s.sx.d ? ratio_convert(&s.sx, s.is_float) : NULL;
    }
    sums_clear(&s);
    return r;
}

/* fmean(data, weights=None): fsum(data) / n, n counted as the data is
 * read when it has no len(). */
static rv_obj_t *st_fmean(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    static const char *const names[] = { "data", "weights", NULL };
    rv_obj_t *p[2];
    if (rv_statistics_bind("fmean", names, 2, 1, args, nargs, kw, p) < 0)
        return NULL;
    if (p[1] && p[1] != rv_None)
        return rv_statistics_unsupported("statistics.fmean() with weights");
    size_t n;
    rv_obj_t *data = NULL;
    if (RV_IS(p[0], rv_list_type) || RV_IS(p[0], rv_tuple_type)) {
        data = R(p[0]);
    } else {
        data = rv_list_from_iterable(p[0]);
        if (!data)
            return NULL;
    }
    rv_len(data, &n);
    rv_obj_t *total = rv_math_fsum(NULL, &data, 1, NULL);
    rv_decref(data);
    if (!total)
        return NULL;
    double t = rv_float_value(total);
    rv_decref(total);
    if (n == 0)
        return rv_statistics_error("fmean requires at least one data point");
    return rv_float_from_double(t / (double)n);
}

/* Raises StatisticsError(msg) from None, cause the exception it replaces
 * (pending): its __context__. */
rv_obj_t *rv_statistics_error_from_none(const char *msg)
{
    rv_obj_t *ctx = rv_err_fetch();
    rv_obj_t *text = rv_str_from_cstr(msg);
    rv_obj_t *exc = rv_exc_new(&rv_statistics_error_type, &text, 1);
    rv_decref(text);
    ((rv_exc_t *)exc)->context = ctx;
    ((rv_exc_t *)exc)->suppress_context = true;
    rv_err_set_exc(exc);
    rv_decref(exc);
    return NULL;
}

/* geometric_mean(data): exp(fmean(map(log, data))), where a ValueError
 * (a value not positive: math.log's; no data: fmean's StatisticsError)
 * becomes one StatisticsError. */
static rv_obj_t *st_geometric_mean(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                   rv_obj_t *kw)
{
    static const char *const names[] = { "data", NULL };
    static const char *const msg = "geometric mean requires a non-empty dataset containing "
                                   "positive numbers";
    rv_obj_t *data;
    if (rv_statistics_bind("geometric_mean", names, 1, 1, args, nargs, kw, &data) < 0)
        return NULL;
    rv_obj_t *it = rv_iter(data), *x;
    if (!it)
        return NULL;
    rv_obj_t *logs = rv_list_new(0);
    while ((x = rv_next(it))) {
        double v;
        int rc = 0;
        if (rv_isinstance(x, &rv_int_type) && rv_int_to_double(x, &v) < 0) {
            rv_err_clear();
            rv_statistics_unsupported("statistics.geometric_mean() of an int too large "
                                      "for a float");
            rc = -1;
        } else if (rv_math_as_double(x, &v) < 0) {
            rc = -1;
        } else if (!(v > 0.0) && !isnan(v)) {
            rv_err_format(&rv_exc_ValueError, "math domain error");
            rc = -1;
        } else {
            rv_obj_t *l = rv_float_from_double(log(v));
            rv_list_append(logs, l);
            rv_decref(l);
        }
        rv_decref(x);
        if (rc < 0)
            break;
    }
    rv_decref(it);
    rv_obj_t *r = NULL;
    if (!rv_err_occurred()) {
        size_t n = rv_list_len(logs);
        rv_obj_t *total = rv_math_fsum(NULL, &logs, 1, NULL);
        if (total && n == 0)
            rv_statistics_error("fmean requires at least one data point");
        else if (total)
            r = rv_float_from_double(exp(rv_float_value(total) / (double)n));
        rv_xdecref(total);
    }
    rv_decref(logs);
    if (!r && rv_err_matches(&rv_exc_ValueError))
        rv_statistics_error_from_none(msg);
    return r;
}

/* harmonic_mean(data, weights=None): n / sum(1 / x), exact as _sum makes
 * it; a zero in the data makes it 0, a negative value an error. */
static rv_obj_t *st_harmonic_mean(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                  rv_obj_t *kw)
{
    static const char *const names[] = { "data", "weights", NULL };
    static const char *const errmsg = "harmonic mean does not support negative values";
    rv_obj_t *p[2];
    if (rv_statistics_bind("harmonic_mean", names, 2, 1, args, nargs, kw, p) < 0)
        return NULL;
    if (p[1] && p[1] != rv_None)
        return rv_statistics_unsupported("statistics.harmonic_mean() with weights");
    rv_obj_t *data = rv_list_from_iterable(p[0]);
    if (!data)
        return NULL;
    size_t n = rv_list_len(data);
    rv_obj_t *r = NULL, *zero = I(0), *one = I(1);
    sums_t s;
    memset(&s, 0, sizeof s);
    if (n < 1) {
        rv_statistics_error("harmonic_mean requires at least one data point");
        goto done;
    }
    if (n == 1) {
        rv_obj_t *x = rv_list_get_borrow(data, 0);
        if (!(RV_IS(x, rv_int_type) || RV_IS(x, rv_bool_type) || RV_IS(x, rv_float_type))) {
            if (rv_is_heap_type(x->type))
                rv_statistics_unsupported("statistics of data other than int, bool and float");
            else
                rv_err_format(&rv_exc_TypeError, "unsupported type");
            goto done;
        }
        int neg = rv_richcompare_bool(x, zero, RV_LT);
        if (neg > 0)
            rv_statistics_error(errmsg);
        else if (neg == 0)
            r = R(x);
        goto done;
    }
    for (size_t i = 0; i < n; i++) {
        rv_obj_t *x = rv_list_get_borrow(data, i);
        int neg = rv_richcompare_bool(x, zero, RV_LT);
        if (neg != 0) {
            if (neg > 0)
                rv_statistics_error(errmsg);
            goto done;
        }
        rv_obj_t *q = rv_binop(RV_OP_TRUEDIV, one, x);
        if (!q) {
            if (rv_err_matches(&rv_exc_ZeroDivisionError)) {
                rv_err_clear();
                r = I(0);
            }
            goto done;
        }
        int rc = sums_add(&s, q);
        rv_decref(q);
        if (rc < 0)
            goto done;
    }
    if (s.has_special) {
        r = rv_float_from_double((double)n / s.special);
    } else if (rv_int_sign(s.sx.n) <= 0) {
        rv_statistics_error("Weighted sum must be positive");
    } else {
        /* _convert(n / total, T) */
        ratio_t q = { op(RV_OP_MUL, rv_int_from_u64(n), R(s.sx.d)), R(s.sx.n) };
        if (q.n)
            r = ratio_convert(&q, s.is_float);
        ratio_clear(&q);
    }
done:
    sums_clear(&s);
    rv_decref(zero);
    rv_decref(one);
    rv_decref(data);
    return r;
}

/******************************************************************************/
/* spread                                                                     */

/* _float_sqrt_of_frac(n, m): the correctly rounded square root of n/m. */
static rv_obj_t *sqrt_of_ratio(ratio_t *r)
{
    int64_t q = ((int64_t)rv_int_bit_length(r->n) - (int64_t)rv_int_bit_length(r->d) - 109);
    q = q >= 0 ? q / 2 : -((-q + 1) / 2); /* floor division */
    rv_obj_t *n, *m, *den;
    if (q >= 0) {
        n = R(r->n);
        m = op(RV_OP_LSHIFT, R(r->d), I(2 * q));
        den = I(1);
    } else {
        n = op(RV_OP_LSHIFT, R(r->n), I(-2 * q));
        m = R(r->d);
        den = op(RV_OP_LSHIFT, I(1), I(-q));
    }
    /* _integer_sqrt_of_frac_rto: a = isqrt(n // m); a | (a*a*m != n) */
    rv_obj_t *quot = op(RV_OP_FLOORDIV, R(n), R(m));
    rv_obj_t *a = quot ? rv_math_isqrt(NULL, &quot, 1, NULL) : NULL;
    rv_xdecref(quot);
    rv_obj_t *num = NULL, *res = NULL;
    if (a) {
        rv_obj_t *sq = op(RV_OP_MUL, op(RV_OP_MUL, R(a), R(a)), R(m));
        if (sq) {
            num = op(RV_OP_OR, R(a), I(rv_int_cmp(sq, n) != 0));
            rv_decref(sq);
        }
        if (num && q >= 0)
            num = op(RV_OP_LSHIFT, num, I(q));
    }
    if (num && den)
        res = rv_int_binop(RV_OP_TRUEDIV, num, den);
    rv_xdecref(a);
    rv_xdecref(num);
    rv_xdecref(den);
    rv_xdecref(n);
    rv_xdecref(m);
    return res;
}

/* variance (0), pvariance (1), stdev (2), pstdev (3). */
static rv_obj_t *spread(int which, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    static const char *const fnames[] = { "variance", "pvariance", "stdev", "pstdev" };
    static const char *const xbar[] = { "data", "xbar", NULL };
    static const char *const mu[] = { "data", "mu", NULL };
    static const char *const msgs[] = { "variance requires at least two data points",
                                        "pvariance requires at least one data point",
                                        "stdev requires at least two data points",
                                        "pstdev requires at least one data point" };
    bool sample = which == 0 || which == 2;
    rv_obj_t *p[2];
    ss_t ss;
    if (rv_statistics_bind(fnames[which], sample ? xbar : mu, 2, 1, args, nargs, kw, p) < 0 ||
        sum_squares(p[0], p[1], &ss) < 0)
        return NULL;
    rv_obj_t *r = NULL;
    size_t n = sample ? ss.count - 1 : ss.count;
    if (ss.count < (sample ? 2u : 1u)) {
        rv_statistics_error(msgs[which]);
    } else if (ss.has_special) {
        /* The sum is a float: variance divides it; the square root asks
         * the float for its numerator. */
        if (which < 2)
            r = rv_float_from_double(ss.special / (double)n);
        else
            rv_err_format(&rv_exc_AttributeError,
                          "'float' object has no attribute 'numerator'");
    } else {
        ss.ss.d = op(RV_OP_MUL, ss.ss.d, rv_int_from_u64(n));
        if (ss.ss.d) {
            if (which < 2)
                r = ratio_convert(&ss.ss, ss.is_float);
            else if (reduce_ratio(&ss.ss) == 0)
                r = sqrt_of_ratio(&ss.ss);
        }
    }
    ratio_clear(&ss.ss);
    return r;
}

static rv_obj_t *st_variance(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    return spread(0, args, nargs, kw);
}

static rv_obj_t *st_pvariance(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                              rv_obj_t *kw)
{
    return spread(1, args, nargs, kw);
}

static rv_obj_t *st_stdev(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    return spread(2, args, nargs, kw);
}

static rv_obj_t *st_pstdev(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    return spread(3, args, nargs, kw);
}

/******************************************************************************/
/* the module                                                                 */

static const rv_method_t statistics_functions[] = {
    { "mean", st_mean, RV_METH_PYFUNC },
    { "fmean", st_fmean, RV_METH_PYFUNC },
    { "geometric_mean", st_geometric_mean, RV_METH_PYFUNC },
    { "harmonic_mean", st_harmonic_mean, RV_METH_PYFUNC },
    { "median", rv_statistics_median, RV_METH_PYFUNC },
    { "median_low", rv_statistics_median_low, RV_METH_PYFUNC },
    { "median_high", rv_statistics_median_high, RV_METH_PYFUNC },
    { "mode", rv_statistics_mode, RV_METH_PYFUNC },
    { "multimode", rv_statistics_multimode, RV_METH_PYFUNC },
    { "quantiles", rv_statistics_quantiles, RV_METH_PYFUNC },
    { "variance", st_variance, RV_METH_PYFUNC },
    { "pvariance", st_pvariance, RV_METH_PYFUNC },
    { "stdev", st_stdev, RV_METH_PYFUNC },
    { "pstdev", st_pstdev, RV_METH_PYFUNC },
    { NULL, NULL, 0 },
};

static const char *const statistics_values[] = { "StatisticsError", NULL };

static void statistics_init(rv_obj_t *m)
{
    rv_module_exc_type_init(&rv_statistics_error_type, &rv_exc_ValueError);
    rv_module_set_value(m, "StatisticsError", &rv_statistics_error_type.ob);
}

const rv_module_def_t rv_mod_statistics = {
    .name = "statistics",
    .functions = statistics_functions,
    .values = statistics_values,
    .init = statistics_init,
};
