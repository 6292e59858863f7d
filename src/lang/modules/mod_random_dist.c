/* src/lang/modules/mod_random_dist.c - random.Random's real-valued
 * distributions, as Lib/random.py (3.11) computes them.
 *
 * What random.py computes from random() alone is computed here in
 * doubles: Python's float arithmetic is IEEE double arithmetic, and
 * math's log, exp, sqrt, cos, sin and acos are the C library's, so the
 * bits are CPython's when the operations are the same and in the same
 * order (the expressions below keep random.py's association).  What
 * involves the arguments goes through the objects' own operations
 * (mu + z * sigma, a + (b - a) * u, x * beta), so ints, floats and program
 * classes combine as they do in CPython, errors included, and at the same
 * point of the draws.  The less common distributions, whose intermediate
 * values depend on their arguments, take ints and floats only. */
#include <math.h>

#include "core/exc.h"
#include "core/obj_bool.h"
#include "core/obj_float.h"
#include "core/obj_int.h"
#include "core/obj_misc.h"
#include "core/obj_str.h"
#include "lang/modules/mod_math.h"
#include "lang/modules/mod_random.h"
#include "lang/modules/pyargs.h"

#define PI 3.141592653589793238462643383279502884 /* math.pi */
#define E 2.718281828459045235360287471352662498  /* math.e */
#define TWOPI (2.0 * PI)

static double uniform01(rv_random_t *r)
{
    return rv_mt_random(&r->mt);
}

/* a op float(b) and float(a) op b: new references. */
static rv_obj_t *op_of(rv_binop_t op, rv_obj_t *a, double b)
{
    rv_obj_t *f = rv_float_from_double(b);
    rv_obj_t *res = rv_binop(op, a, f);
    rv_decref(f);
    return res;
}

static rv_obj_t *op_fo(rv_binop_t op, double a, rv_obj_t *b)
{
    rv_obj_t *f = rv_float_from_double(a);
    rv_obj_t *res = rv_binop(op, f, b);
    rv_decref(f);
    return res;
}

/* a op b, dropping the caller's reference to b (NULL passes through). */
static rv_obj_t *op_steal_b(rv_binop_t op, rv_obj_t *a, rv_obj_t *b)
{
    if (!b)
        return NULL;
    rv_obj_t *res = rv_binop(op, a, b);
    rv_decref(b);
    return res;
}

static int cmp_f(rv_obj_t *a, rv_cmpop_t op, double b)
{
    rv_obj_t *f = rv_float_from_double(b);
    int res = rv_richcompare_bool(a, f, op);
    rv_decref(f);
    return res;
}

static int domain_error(void)
{
    rv_err_format(&rv_exc_ValueError, "math domain error");
    return -1;
}

/* math.sqrt(x) of any real number. */
static int sqrt_of(rv_obj_t *x, double *out)
{
    double v;
    if (rv_math_as_double(x, &v) < 0)
        return -1;
    if (v < 0)
        return domain_error();
    *out = sqrt(v);
    return 0;
}

/* x ** y of two floats, with Python's errors (rv_float_pow). */
static int pow_ff(double x, double y, double *out)
{
    rv_obj_t *p = rv_float_pow(x, y);
    if (!p)
        return -1;
    *out = rv_float_value(p);
    rv_decref(p);
    return 0;
}

/* `mu + z * sigma`, z owned by the caller. */
static rv_obj_t *mu_plus(rv_obj_t *mu, rv_obj_t *z, rv_obj_t *sigma)
{
    return op_steal_b(RV_OP_ADD, mu, rv_binop(RV_OP_MUL, z, sigma));
}

/* Binds the call, the instance in *r; defaults (NULL) stay NULL. */
static int bind(const rv_pysig_t *sig, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw,
                rv_obj_t **p, rv_random_t **r)
{
    if (rv_pyargs_bind(sig, args, nargs, kw, p) < 0)
        return -1;
    *r = rv_random_self(sig->qualname, p[0]);
    return *r ? 0 : -1;
}

/* The parameters with float defaults (mu=0.0, sigma=1.0, ...): the
 * defaults made as objects, new references in p. */
static void with_defaults(rv_obj_t **p, size_t n, const double *defaults)
{
    for (size_t i = 0; i < n; i++)
        p[i] = p[i] ? rv_incref(p[i]) : rv_float_from_double(defaults[i]);
}

static void drop(rv_obj_t **p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        rv_xdecref(p[i]);
}

/* The distributions below take ints and floats only. */
static bool all_real(const char *qualname, rv_obj_t *const *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!rv_isinstance(p[i], &rv_int_type) && !rv_isinstance(p[i], &rv_float_type)) {
            rv_obj_t *msg = rv_str_printf("%s() with an argument of type %s", qualname,
                                          p[i]->type->name);
            rv_err_set_obj(&rv_exc_RefvizUnsupported, msg);
            rv_decref(msg);
            return false;
        }
    return true;
}

/******************************************************************************/
/* uniform, triangular                                                        */

/* uniform(a, b): a + (b - a) * self.random() */
RV_RANDOM_METHOD(uniform)
{
    static const char *const names[] = { "self", "a", "b" };
    static const rv_pysig_t sig = { "Random.uniform", names, 3, 3, 0 };
    rv_obj_t *p[3];
    rv_random_t *r;
    if (bind(&sig, args, nargs, kwnames, p, &r) < 0)
        return NULL;
    rv_obj_t *width = rv_binop(RV_OP_SUB, p[2], p[1]);
    if (!width)
        return NULL;
    rv_obj_t *scaled = op_of(RV_OP_MUL, width, uniform01(r));
    rv_decref(width);
    return op_steal_b(RV_OP_ADD, p[1], scaled);
}

/* c = (mode - low) / (high - low), or 0.5 for no mode; NULL with *low_ret
 * set when a ZeroDivisionError makes triangular return low. */
static rv_obj_t *triangular_c(rv_obj_t *low, rv_obj_t *high, rv_obj_t *mode, bool *low_ret)
{
    *low_ret = false;
    if (!mode || mode == rv_None)
        return rv_float_from_double(0.5);
    rv_obj_t *num = rv_binop(RV_OP_SUB, mode, low);
    rv_obj_t *den = num ? rv_binop(RV_OP_SUB, high, low) : NULL;
    rv_obj_t *c = den ? rv_binop(RV_OP_TRUEDIV, num, den) : NULL;
    rv_xdecref(num);
    rv_xdecref(den);
    if (!c && rv_err_matches(&rv_exc_ZeroDivisionError)) {
        rv_err_clear();
        *low_ret = true;
    }
    return c;
}

RV_RANDOM_METHOD(triangular)
{
    static const char *const names[] = { "self", "low", "high", "mode" };
    static const rv_pysig_t sig = { "Random.triangular", names, 4, 1, 0 };
    static const double defaults[] = { 0.0, 1.0 };
    rv_obj_t *p[4];
    rv_random_t *r;
    if (bind(&sig, args, nargs, kwnames, p, &r) < 0)
        return NULL;
    rv_obj_t *b[2] = { p[1], p[2] }, *res = NULL;
    with_defaults(b, 2, defaults);
    rv_obj_t *low = b[0], *high = b[1];
    double u = uniform01(r);
    bool low_ret;
    rv_obj_t *c = triangular_c(low, high, p[3], &low_ret);
    if (!c) {
        if (low_ret)
            res = rv_incref(low);
        goto done;
    }
    rv_obj_t *uobj = rv_float_from_double(u);
    int above = rv_richcompare_bool(uobj, c, RV_GT);
    rv_decref(uobj);
    if (above < 0)
        goto done;
    if (above) {
        u = 1.0 - u;
        rv_obj_t *c2 = op_fo(RV_OP_SUB, 1.0, c);
        rv_decref(c);
        if (!(c = c2))
            goto done;
        low = b[1];
        high = b[0];
    }
    double root;
    rv_obj_t *uc = op_fo(RV_OP_MUL, u, c);
    int rc = uc ? sqrt_of(uc, &root) : -1;
    rv_xdecref(uc);
    if (rc < 0)
        goto done;
    rv_obj_t *span = rv_binop(RV_OP_SUB, high, low);
    rv_obj_t *step = span ? op_of(RV_OP_MUL, span, root) : NULL;
    rv_xdecref(span);
    res = op_steal_b(RV_OP_ADD, low, step);
done:
    rv_xdecref(c);
    drop(b, 2);
    return res;
}

/******************************************************************************/
/* normalvariate, gauss, lognormvariate, expovariate                         */

/* Kinderman and Monahan's ratio of uniforms: z of mean 0 and deviation 1. */
static double normal_z(rv_random_t *r)
{
    const double nv_magicconst = 4 * exp(-0.5) / sqrt(2.0);
    for (;;) {
        double u1 = uniform01(r);
        double u2 = 1.0 - uniform01(r);
        double z = nv_magicconst * (u1 - 0.5) / u2;
        double zz = z * z / 4.0;
        if (zz <= -log(u2))
            return z;
    }
}

static rv_obj_t *normal(rv_random_t *r, rv_obj_t *mu, rv_obj_t *sigma)
{
    rv_obj_t *z = rv_float_from_double(normal_z(r));
    rv_obj_t *res = mu_plus(mu, z, sigma);
    rv_decref(z);
    return res;
}

RV_RANDOM_METHOD(normalvariate)
{
    static const char *const names[] = { "self", "mu", "sigma" };
    static const rv_pysig_t sig = { "Random.normalvariate", names, 3, 1, 0 };
    static const double defaults[] = { 0.0, 1.0 };
    rv_obj_t *p[3];
    rv_random_t *r;
    if (bind(&sig, args, nargs, kwnames, p, &r) < 0)
        return NULL;
    with_defaults(p + 1, 2, defaults);
    rv_obj_t *res = normal(r, p[1], p[2]);
    drop(p + 1, 2);
    return res;
}

/* gauss: Box-Muller gives two values; the second waits in gauss_next. */
RV_RANDOM_METHOD(gauss)
{
    static const char *const names[] = { "self", "mu", "sigma" };
    static const rv_pysig_t sig = { "Random.gauss", names, 3, 1, 0 };
    static const double defaults[] = { 0.0, 1.0 };
    rv_obj_t *p[3];
    rv_random_t *r;
    if (bind(&sig, args, nargs, kwnames, p, &r) < 0)
        return NULL;
    rv_obj_t *z = r->gauss_next;
    r->gauss_next = NULL;
    if (!z) {
        double x2pi = uniform01(r) * TWOPI;
        double g2rad = sqrt(-2.0 * log(1.0 - uniform01(r)));
        z = rv_float_from_double(cos(x2pi) * g2rad);
        r->gauss_next = rv_float_from_double(sin(x2pi) * g2rad);
    }
    with_defaults(p + 1, 2, defaults);
    rv_obj_t *res = mu_plus(p[1], z, p[2]);
    rv_decref(z);
    drop(p + 1, 2);
    return res;
}

/* lognormvariate(mu, sigma): math.exp(self.normalvariate(mu, sigma)) */
RV_RANDOM_METHOD(lognormvariate)
{
    static const char *const names[] = { "self", "mu", "sigma" };
    static const rv_pysig_t sig = { "Random.lognormvariate", names, 3, 3, 0 };
    rv_obj_t *p[3];
    rv_random_t *r;
    if (bind(&sig, args, nargs, kwnames, p, &r) < 0)
        return NULL;
    rv_obj_t *n = normal(r, p[1], p[2]);
    double x;
    int rc = n ? rv_math_as_double(n, &x) : -1;
    rv_xdecref(n);
    if (rc < 0)
        return NULL;
    double y = exp(x);
    if (isinf(y) && isfinite(x)) {
        rv_err_format(&rv_exc_OverflowError, "math range error");
        return NULL;
    }
    return rv_float_from_double(y);
}

/* expovariate(lambd): -log(1.0 - self.random()) / lambd */
RV_RANDOM_METHOD(expovariate)
{
    static const char *const names[] = { "self", "lambd" };
    static const rv_pysig_t sig = { "Random.expovariate", names, 2, 2, 0 };
    rv_obj_t *p[2];
    rv_random_t *r;
    if (bind(&sig, args, nargs, kwnames, p, &r) < 0)
        return NULL;
    return op_fo(RV_OP_TRUEDIV, -log(1.0 - uniform01(r)), p[1]);
}

/******************************************************************************/
/* vonmisesvariate                                                            */

/* Fisher's algorithm (Statistical Analysis of Circular Data, 1993). */
RV_RANDOM_METHOD(vonmisesvariate)
{
    static const char *const names[] = { "self", "mu", "kappa" };
    static const rv_pysig_t sig = { "Random.vonmisesvariate", names, 3, 3, 0 };
    rv_obj_t *p[3];
    rv_random_t *r;
    if (bind(&sig, args, nargs, kwnames, p, &r) < 0 || !all_real(sig.qualname, p + 1, 2))
        return NULL;
    rv_obj_t *mu = p[1], *kappa = p[2];
    int tiny = cmp_f(kappa, RV_LE, 1e-6);
    if (tiny < 0)
        return NULL;
    if (tiny)
        return rv_float_from_double(TWOPI * uniform01(r));
    rv_obj_t *sobj = op_fo(RV_OP_TRUEDIV, 0.5, kappa);
    if (!sobj)
        return NULL;
    double s = rv_float_value(sobj);
    rv_decref(sobj);
    double rr = s + sqrt(1.0 + s * s), z;
    for (;;) {
        double u1 = uniform01(r);
        z = cos(PI * u1);
        double d = z / (rr + z);
        double u2 = uniform01(r);
        if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * exp(d))
            break;
    }
    double q = 1.0 / rr;
    double f = (q + z) / (1.0 + q * z);
    double u3 = uniform01(r);
    if (f < -1.0 || f > 1.0) {
        domain_error();
        return NULL;
    }
    rv_obj_t *theta = op_of(u3 > 0.5 ? RV_OP_ADD : RV_OP_SUB, mu, acos(f));
    if (!theta)
        return NULL;
    rv_obj_t *res = op_of(RV_OP_MOD, theta, TWOPI);
    rv_decref(theta);
    return res;
}

/******************************************************************************/
/* gammavariate, betavariate                                                  */

/* Cheng's algorithm (Applied Statistics 26, 1977), for alpha > 1. */
static double gamma_cheng(rv_random_t *r, double alpha)
{
    const double log4 = log(4.0), sg_magicconst = 1.0 + log(4.5);
    double ainv = sqrt(2.0 * alpha - 1.0);
    double bbb = alpha - log4;
    double ccc = alpha + ainv;
    for (;;) {
        double u1 = uniform01(r);
        if (!(1e-7 < u1 && u1 < 0.9999999))
            continue;
        double u2 = 1.0 - uniform01(r);
        double v = log(u1 / (1.0 - u1)) / ainv;
        double x = alpha * exp(v);
        double z = u1 * u1 * u2;
        double rr = bbb + ccc * v - x;
        if (rr + sg_magicconst - 4.5 * z >= 0.0 || rr >= log(z))
            return x;
    }
}

/* Algorithm GS (Kennedy and Gentle), for 0 < alpha < 1; -1 on an error of
 * a power. */
static int gamma_gs(rv_random_t *r, double alpha, double *out)
{
    for (;;) {
        double u = uniform01(r);
        double b = (E + alpha) / E;
        double p = b * u, x;
        if (p <= 1.0) {
            if (pow_ff(p, 1.0 / alpha, &x) < 0)
                return -1;
        } else {
            x = -log((b - p) / alpha);
        }
        double u1 = uniform01(r);
        bool accept;
        if (p > 1.0) {
            double t;
            if (pow_ff(x, alpha - 1.0, &t) < 0)
                return -1;
            accept = u1 <= t;
        } else {
            accept = u1 <= exp(-x);
        }
        if (accept) {
            *out = x;
            return 0;
        }
    }
}

static rv_obj_t *gamma(rv_random_t *r, rv_obj_t *alpha, rv_obj_t *beta)
{
    int bad = cmp_f(alpha, RV_LE, 0.0);
    if (!bad)
        bad = cmp_f(beta, RV_LE, 0.0);
    if (bad < 0)
        return NULL;
    if (bad) {
        rv_err_format(&rv_exc_ValueError, "gammavariate: alpha and beta must be > 0.0");
        return NULL;
    }
    int big = cmp_f(alpha, RV_GT, 1.0), one = big ? 0 : cmp_f(alpha, RV_EQ, 1.0);
    if (big < 0 || one < 0)
        return NULL;
    double x;
    if (one)
        return op_fo(RV_OP_MUL, -log(1.0 - uniform01(r)), beta);
    double a;
    if (rv_math_as_double(alpha, &a) < 0)
        return NULL;
    if (big)
        x = gamma_cheng(r, a);
    else if (gamma_gs(r, a, &x) < 0)
        return NULL;
    return op_fo(RV_OP_MUL, x, beta);
}

RV_RANDOM_METHOD(gammavariate)
{
    static const char *const names[] = { "self", "alpha", "beta" };
    static const rv_pysig_t sig = { "Random.gammavariate", names, 3, 3, 0 };
    rv_obj_t *p[3];
    rv_random_t *r;
    if (bind(&sig, args, nargs, kwnames, p, &r) < 0 || !all_real(sig.qualname, p + 1, 2))
        return NULL;
    return gamma(r, p[1], p[2]);
}

/* betavariate(alpha, beta): y / (y + gammavariate(beta, 1.0)) of
 * y = gammavariate(alpha, 1.0), or 0.0 when y is 0. */
RV_RANDOM_METHOD(betavariate)
{
    static const char *const names[] = { "self", "alpha", "beta" };
    static const rv_pysig_t sig = { "Random.betavariate", names, 3, 3, 0 };
    rv_obj_t *p[3];
    rv_random_t *r;
    if (bind(&sig, args, nargs, kwnames, p, &r) < 0 || !all_real(sig.qualname, p + 1, 2))
        return NULL;
    rv_obj_t *fone = rv_float_from_double(1.0);
    rv_obj_t *y = gamma(r, p[1], fone), *res = NULL;
    int nonzero = y ? rv_truth(y) : -1;
    if (nonzero == 0) {
        res = rv_float_from_double(0.0);
    } else if (nonzero > 0) {
        rv_obj_t *g = gamma(r, p[2], fone);
        rv_obj_t *sum = g ? rv_binop(RV_OP_ADD, y, g) : NULL;
        rv_xdecref(g);
        res = op_steal_b(RV_OP_TRUEDIV, y, sum);
    }
    rv_xdecref(y);
    rv_decref(fone);
    return res;
}

/******************************************************************************/
/* paretovariate, weibullvariate                                              */

/* paretovariate(alpha): u ** (-1.0 / alpha), u = 1.0 - self.random() */
RV_RANDOM_METHOD(paretovariate)
{
    static const char *const names[] = { "self", "alpha" };
    static const rv_pysig_t sig = { "Random.paretovariate", names, 2, 2, 0 };
    rv_obj_t *p[2];
    rv_random_t *r;
    if (bind(&sig, args, nargs, kwnames, p, &r) < 0)
        return NULL;
    double u = 1.0 - uniform01(r);
    rv_obj_t *e = op_fo(RV_OP_TRUEDIV, -1.0, p[1]);
    if (!e)
        return NULL;
    rv_obj_t *res = op_fo(RV_OP_POW, u, e);
    rv_decref(e);
    return res;
}

/* weibullvariate(alpha, beta): alpha * (-log(u)) ** (1.0 / beta) */
RV_RANDOM_METHOD(weibullvariate)
{
    static const char *const names[] = { "self", "alpha", "beta" };
    static const rv_pysig_t sig = { "Random.weibullvariate", names, 3, 3, 0 };
    rv_obj_t *p[3];
    rv_random_t *r;
    if (bind(&sig, args, nargs, kwnames, p, &r) < 0)
        return NULL;
    double u = 1.0 - uniform01(r);
    double nl = -log(u);
    rv_obj_t *e = op_fo(RV_OP_TRUEDIV, 1.0, p[2]);
    rv_obj_t *pw = e ? op_fo(RV_OP_POW, nl, e) : NULL;
    rv_xdecref(e);
    return op_steal_b(RV_OP_MUL, p[1], pw);
}
