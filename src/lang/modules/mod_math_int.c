/* src/lang/modules/mod_math_int.c - the math module's integer functions: isqrt,
 * factorial, gcd, lcm, comb and perm, exact on ints of any size.
 *
 * Arguments go through operator.index (rv_math_index), so floats are
 * refused ("'float' object cannot be interpreted as an integer") and bools
 * count as 0 and 1.  Values that fit in 64 bits are computed in C; larger
 * ones with int's own arithmetic (rv_int_binop).  isqrt follows the
 * algorithm CPython's comments describe; the others are not CPython's (its
 * factorial and gcd are faster), but the results are exact integers, so
 * they are the same; the messages, and which argument is checked first,
 * are CPython's. */
#include <math.h>
#include <stdint.h>

#include "core/exc.h"
#include "core/obj_int.h"
#include "core/obj_misc.h"
#include "lang/modules/mod_math.h"

static rv_obj_t *int_op(rv_binop_t op, rv_obj_t *a, rv_obj_t *b)
{
    return rv_int_binop(op, a, b);
}

/* int_op on a and b, dropping the caller's reference to a (a steal). */
static rv_obj_t *int_op_steal(rv_binop_t op, rv_obj_t *a, rv_obj_t *b)
{
    rv_obj_t *r = a ? int_op(op, a, b) : NULL;
    rv_xdecref(a);
    return r;
}

/* abs(n): n itself unless it is negative (int.__abs__). */
static rv_obj_t *int_abs_steal(rv_obj_t *n)
{
    if (!n || rv_int_sign(n) >= 0)
        return n;
    rv_obj_t *r = rv_unop(RV_UOP_NEG, n);
    rv_decref(n);
    return r;
}

static int sign_check(rv_obj_t *n, const char *what)
{
    if (rv_int_sign(n) >= 0)
        return 0;
    rv_err_format(&rv_exc_ValueError, "%s must be a non-negative integer", what);
    return -1;
}

/******************************************************************************/
/* isqrt                                                                      */

static uint64_t isqrt_u64(uint64_t n)
{
    uint64_t r = (uint64_t)sqrt((double)n);
    while (r > UINT32_MAX || r * r > n)
        r--;
    while (r < UINT32_MAX && (r + 1) * (r + 1) <= n)
        r++;
    return r;
}

/* int_op(op, a, k) for a shift count k. */
static rv_obj_t *shift_by(rv_binop_t op, rv_obj_t *a, uint64_t k)
{
    rv_obj_t *count = rv_int_from_u64(k);
    rv_obj_t *r = int_op(op, a, count);
    rv_decref(count);
    return r;
}

/* The square root of n's top 2d bits from that of its top 2e bits, by
 * doubling the precision each step (the algorithm CPython's math.isqrt
 * documents): with c = (bits - 1) // 2 and d = c >> s for s down to 0,
 *     a = (a << (d - e - 1)) + (n >> (2c - e - d + 1)) // a
 * keeps (a - 1)**2 < n >> 2(c - d) < (a + 1)**2, and at d = c, a is the
 * root or one too big.  Each division is half the size of the next, so
 * the whole costs about one division of the final size, where Newton's
 * iteration on all of n from 2**ceil(bits/2) took a full-size division
 * per bit of precision (math.isqrt of a 10**6-bit int: 15 s, now 1). */
static rv_obj_t *isqrt_big(rv_obj_t *n)
{
    uint64_t c = (rv_int_bit_length(n) - 1) / 2, d = 0;
    rv_obj_t *a = rv_int_from_i64(1);
    for (int s = 63 - __builtin_clzll(c); a && s >= 0; s--) {
        uint64_t e = d;
        d = c >> s;
        rv_obj_t *top = shift_by(RV_OP_RSHIFT, n, 2 * c - e - d + 1);
        rv_obj_t *q = top ? int_op(RV_OP_FLOORDIV, top, a) : NULL;
        rv_obj_t *hi = q ? shift_by(RV_OP_LSHIFT, a, d - e - 1) : NULL;
        rv_xdecref(top);
        rv_decref(a);
        a = hi ? int_op(RV_OP_ADD, hi, q) : NULL;
        rv_xdecref(hi);
        rv_xdecref(q);
    }
    rv_obj_t *sq = a ? int_op(RV_OP_MUL, a, a) : NULL;
    if (!sq) {
        rv_xdecref(a);
        return NULL;
    }
    if (rv_int_cmp(sq, n) > 0) {
        rv_obj_t *one = rv_int_from_i64(1);
        rv_obj_t *b = int_op(RV_OP_SUB, a, one);
        rv_decref(one);
        rv_decref(a);
        a = b;
    }
    rv_decref(sq);
    return a;
}

rv_obj_t *rv_math_isqrt(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    if (rv_arg_no_kw("math.isqrt", kw) < 0 || rv_arg_count("math.isqrt", nargs, 1, 1) < 0)
        return NULL;
    rv_obj_t *n = rv_math_index(args[0]);
    if (!n)
        return NULL;
    rv_obj_t *r;
    int64_t v;
    if (rv_int_sign(n) < 0) {
        rv_err_format(&rv_exc_ValueError, "isqrt() argument must be nonnegative");
        r = NULL;
    } else if (rv_int_fits_i64(n, &v)) {
        r = rv_int_from_u64(isqrt_u64((uint64_t)v));
    } else {
        r = isqrt_big(n);
    }
    rv_decref(n);
    return r;
}

/******************************************************************************/
/* products of ranges: factorial, perm, comb                                  */

/* lo * (lo + 1) * ... * hi (1 when hi < lo), by halves so that the big
 * multiplications are balanced; a short range whose product fits in 64 bits
 * is multiplied in C. */
static rv_obj_t *range_prod(uint64_t lo, uint64_t hi)
{
    if (hi < lo)
        return rv_int_from_i64(1);
    uint64_t acc = 1, i;
    for (i = lo; i <= hi && acc <= UINT64_MAX / i; i++)
        acc *= i;
    if (i > hi)
        return rv_int_from_u64(acc);
    uint64_t mid = lo + (hi - lo) / 2;
    rv_obj_t *a = range_prod(lo, mid);
    rv_obj_t *b = a ? range_prod(mid + 1, hi) : NULL;
    rv_obj_t *r = b ? int_op(RV_OP_MUL, a, b) : NULL;
    rv_xdecref(a);
    rv_xdecref(b);
    return r;
}

rv_obj_t *rv_math_factorial(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    if (rv_arg_no_kw("math.factorial", kw) < 0 ||
        rv_arg_count("math.factorial", nargs, 1, 1) < 0)
        return NULL;
    rv_obj_t *n = rv_math_index(args[0]);
    if (!n)
        return NULL;
    int64_t v;
    bool fits = rv_int_fits_i64(n, &v);
    int sign = rv_int_sign(n);
    rv_decref(n);
    if (!fits && sign > 0) {
        rv_err_format(&rv_exc_OverflowError, "factorial() argument should not exceed %lld",
                      (long long)INT64_MAX);
        return NULL;
    }
    if (sign < 0) {
        rv_err_format(&rv_exc_ValueError, "factorial() not defined for negative values");
        return NULL;
    }
    return range_prod(2, (uint64_t)v);
}

/* n * (n - 1) * ... * (n - k + 1) for an n of any size and k >= 0. */
static rv_obj_t *falling_big(rv_obj_t *n, uint64_t k)
{
    rv_obj_t *r = rv_int_from_i64(1);
    for (uint64_t i = 0; r && i < k; i++) {
        rv_obj_t *d = rv_int_from_u64(i);
        rv_obj_t *f = int_op(RV_OP_SUB, n, d);
        rv_decref(d);
        r = f ? int_op_steal(RV_OP_MUL, r, f) : NULL;
        rv_xdecref(f);
    }
    return r;
}

/* perm (comb false) or comb of n and k, 0 <= k, n of any size, k already
 * known to fit: the falling product, divided by k! for comb. */
static rv_obj_t *perm_comb(rv_obj_t *n, uint64_t k, bool comb)
{
    int64_t nv;
    rv_obj_t *r = rv_int_fits_i64(n, &nv) ? range_prod((uint64_t)nv - k + 1, (uint64_t)nv)
                                          : falling_big(n, k);
    if (!comb || !r)
        return r;
    rv_obj_t *f = range_prod(2, k);
    r = f ? int_op_steal(RV_OP_FLOORDIV, r, f) : NULL;
    rv_xdecref(f);
    return r;
}

/* Both arguments through operator.index, then their signs (math_comb_impl
 * and math_perm_impl check in this order). */
static int two_indexes(rv_obj_t *const *args, rv_obj_t **n, rv_obj_t **k)
{
    *n = rv_math_index(args[0]);
    *k = *n ? rv_math_index(args[1]) : NULL;
    if (*k && sign_check(*n, "n") == 0 && sign_check(*k, "k") == 0)
        return 0;
    rv_xdecref(*n);
    rv_xdecref(*k);
    return -1;
}

rv_obj_t *rv_math_comb(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    rv_obj_t *n, *k;
    if (rv_arg_no_kw("math.comb", kw) < 0 || rv_arg_count("comb", nargs, 2, 2) < 0 ||
        two_indexes(args, &n, &k) < 0)
        return NULL;
    rv_obj_t *r = NULL;
    /* comb(n, k) == comb(n, n - k): the smaller one is the loop count. */
    rv_obj_t *rest = int_op(RV_OP_SUB, n, k);
    if (!rest)
        goto out;
    if (rv_int_sign(rest) < 0) {
        r = rv_int_from_i64(0);
        goto out;
    }
    rv_obj_t *m = rv_int_cmp(rest, k) < 0 ? rest : k;
    int64_t kv;
    if (!rv_int_fits_i64(m, &kv)) {
        rv_err_format(&rv_exc_OverflowError, "min(n - k, k) must not exceed %lld",
                      (long long)INT64_MAX);
        goto out;
    }
    r = perm_comb(n, (uint64_t)kv, true);
out:
    rv_xdecref(rest);
    rv_decref(n);
    rv_decref(k);
    return r;
}

rv_obj_t *rv_math_perm(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    if (rv_arg_no_kw("math.perm", kw) < 0 || rv_arg_count("perm", nargs, 1, 2) < 0)
        return NULL;
    if (nargs == 1 || args[1] == rv_None)
        return rv_math_factorial(self, args, 1, NULL);
    rv_obj_t *n, *k;
    if (two_indexes(args, &n, &k) < 0)
        return NULL;
    rv_obj_t *r = NULL;
    int64_t kv;
    if (rv_int_cmp(k, n) > 0)
        r = rv_int_from_i64(0);
    else if (!rv_int_fits_i64(k, &kv))
        rv_err_format(&rv_exc_OverflowError, "k must not exceed %lld", (long long)INT64_MAX);
    else
        r = perm_comb(n, (uint64_t)kv, false);
    rv_decref(n);
    rv_decref(k);
    return r;
}

/******************************************************************************/
/* gcd and lcm                                                                */

/* gcd(|a|, |b|), a new int (Euclid; in C when both fit). */
static rv_obj_t *gcd2(rv_obj_t *a, rv_obj_t *b)
{
    int64_t x, y;
    if (rv_int_fits_i64(a, &x) && rv_int_fits_i64(b, &y)) {
        uint64_t u = x < 0 ? -(uint64_t)x : (uint64_t)x, v = y < 0 ? -(uint64_t)y : (uint64_t)y;
        while (v) {
            uint64_t t = u % v;
            u = v;
            v = t;
        }
        return rv_int_from_u64(u);
    }
    rv_obj_t *u = int_abs_steal(rv_incref(a)), *v = int_abs_steal(rv_incref(b));
    while (u && v && rv_int_sign(v) != 0) {
        rv_obj_t *t = int_op(RV_OP_MOD, u, v);
        rv_decref(u);
        u = v;
        v = t;
    }
    rv_xdecref(v);
    return u;
}

/* lcm(|a|, |b|): |a // gcd * b|, 0 when either is 0. */
static rv_obj_t *lcm2(rv_obj_t *a, rv_obj_t *b)
{
    if (rv_int_sign(a) == 0 || rv_int_sign(b) == 0)
        return rv_int_from_i64(0);
    rv_obj_t *g = gcd2(a, b);
    rv_obj_t *f = g ? int_op(RV_OP_FLOORDIV, a, g) : NULL;
    rv_xdecref(g);
    rv_obj_t *r = f ? int_op(RV_OP_MUL, f, b) : NULL;
    rv_xdecref(f);
    return int_abs_steal(r);
}

/* math_gcd and math_lcm: every argument is converted, even once the result
 * is settled (gcd 1, lcm 0); one argument gives its absolute value. */
static rv_obj_t *fold(const char *qualname, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw,
                      bool lcm)
{
    if (rv_arg_no_kw(qualname, kw) < 0)
        return NULL;
    if (nargs == 0)
        return rv_int_from_i64(lcm ? 1 : 0);
    rv_obj_t *res = rv_math_index(args[0]);
    if (nargs == 1)
        return int_abs_steal(res);
    for (size_t i = 1; res && i < nargs; i++) {
        rv_obj_t *x = rv_math_index(args[i]);
        if (!x) {
            rv_clearref(&res);
            break;
        }
        int64_t v;
        bool settled = rv_int_fits_i64(res, &v) && v == (lcm ? 0 : 1);
        rv_obj_t *r = settled ? rv_incref(res) : lcm ? lcm2(res, x) : gcd2(res, x);
        rv_decref(x);
        rv_decref(res);
        res = r;
    }
    return res;
}

rv_obj_t *rv_math_gcd(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    return fold("math.gcd", args, nargs, kw, false);
}

rv_obj_t *rv_math_lcm(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    return fold("math.lcm", args, nargs, kw, true);
}
