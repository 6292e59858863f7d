/* src/core/obj_float.c - float (Objects/floatobject.c): an IEEE double with
 * CPython's shortest round-trip repr, Python's modulo and floor division,
 * float_pow's special cases, _Py_HashDouble, float(text) by Python's grammar
 * (not C's), and round() correctly rounded through the decimal text. */
#include "core/obj_float.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/alloc.h"
#include "core/exc.h"
#include "core/format.h"
#include "core/heap.h"
#include "core/obj_bool.h"
#include "core/obj_bytes.h"
#include "core/obj_int.h"
#include "core/obj_misc.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"

rv_obj_t *rv_float_from_double(double v)
{
    rv_float_t *f = rv_obj_alloc(&rv_float_type, sizeof(rv_float_t));
    f->value = v;
    return &f->ob;
}

/* When the nearest prec-digit decimal in tmp ("[-]d.ddde[+-]XX") does not
 * read back to v, the prec-digit decimal one unit further towards v may:
 * the interval of reals that round to v is not centred on v when v is a
 * power of two (2.0 ** -44 is 5.684341886080802e-14, whose nearest
 * 16-digit decimal ...801e-14 falls just outside).  Rewrites tmp to it
 * when it does, in the same layout. */
static bool neighbour_reads_back(char *tmp, double v)
{
    bool neg = tmp[0] == '-';
    const char *p = tmp + neg;
    unsigned long long m = 0;
    int ndig = 0;
    for (; *p && *p != 'e'; p++)
        if (*p != '.') {
            m = m * 10 + (unsigned long long)(*p - '0');
            ndig++;
        }
    int exp = atoi(p + 1) - (ndig - 1); /* v ~ m * 10**exp */
    double back = strtod(tmp, NULL);
    m = (back < v) != neg ? m + 1 : m - 1;
    char cand[64];
    snprintf(cand, sizeof cand, "%s%llue%d", neg ? "-" : "", m, exp);
    if (strtod(cand, NULL) != v)
        return false;
    char digits[32];
    int n = snprintf(digits, sizeof digits, "%llu", m);
    snprintf(tmp, 64, "%s%c.%se%+03d", neg ? "-" : "", digits[0], n > 1 ? digits + 1 : "0",
             exp + n - 1);
    return true;
}

/* float_repr (repr style 'short'): the shortest digits that read back to
 * the same double (Gay's mode 0), laid out positionally when
 * -4 <= exponent < 16. */
void rv_float_repr_into(rv_buf_t *b, double v)
{
    if (isnan(v)) {
        rv_buf_adds(b, "nan");
        return;
    }
    if (isinf(v)) {
        rv_buf_adds(b, v > 0 ? "inf" : "-inf");
        return;
    }
    char tmp[64];
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(tmp, sizeof tmp, "%.*e", prec - 1, v);
        if (strtod(tmp, NULL) == v || neighbour_reads_back(tmp, v))
            break;
    }
    /* tmp: [-]d.ddde[+-]XX -> digits and decimal exponent. */
    char digits[32];
    size_t nd = 0;
    const char *p = tmp;
    bool neg = *p == '-';
    if (neg)
        p++;
    for (; *p && *p != 'e'; p++)
        if (*p != '.')
            digits[nd++] = *p;
    int exp = atoi(p + 1);
    while (nd > 1 && digits[nd - 1] == '0')
        nd--;
    if (neg)
        rv_buf_addc(b, '-');
    if (exp >= -4 && exp < 16) {
        if (exp < 0) {
            rv_buf_adds(b, "0.");
            for (int i = 0; i < -exp - 1; i++)
                rv_buf_addc(b, '0');
            rv_buf_add(b, digits, nd);
        } else {
            for (int i = 0; i <= exp; i++)
                rv_buf_addc(b, (size_t)i < nd ? digits[i] : '0');
            rv_buf_addc(b, '.');
            if ((size_t)exp + 1 < nd)
                rv_buf_add(b, digits + exp + 1, nd - (size_t)exp - 1);
            else
                rv_buf_addc(b, '0');
        }
        return;
    }
    rv_buf_addc(b, digits[0]);
    if (nd > 1) {
        rv_buf_addc(b, '.');
        rv_buf_add(b, digits + 1, nd - 1);
    }
    rv_buf_printf(b, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
}

/* _Py_HashDouble: equal to the hash of an equal int. */
int64_t rv_hash_double(double v)
{
    const uint64_t P = ((uint64_t)1 << 61) - 1;
    if (isinf(v))
        return v > 0 ? 314159 : -314159;
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & P) | x >> (61 - 28);
        m *= 268435456.0;
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= P)
            x -= P;
    }
    e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
    x = ((x << e) & P) | x >> (61 - e);
    int64_t h = (int64_t)x * sign;
    return h == -1 ? -2 : h;
}

int rv_number_as_double(rv_obj_t *o, double *out, bool *is_number)
{
    *is_number = true;
    if (RV_IS(o, rv_float_type)) {
        *out = rv_float_value(o);
        return 0;
    }
    if (rv_isinstance(o, &rv_int_type))
        return rv_int_to_double(o, out);
    if (o->type->pynumber) {
        rv_obj_t *v = o->type->pynumber(o);
        int r = rv_number_as_double(v, out, is_number);
        rv_decref(v);
        return r;
    }
    *is_number = false;
    return -1;
}

/* Py_ISSPACE: the text is ASCII by now (Unicode spaces became ' '). */
static bool is_space(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* The end of the number at p by _Py_dg_strtod's grammar, p itself when
 * there is none: [sign] digits [. [digits]] or [sign] . digits, then
 * e [sign] digits (an 'e' without digits is not part of it).  No hex, no
 * leading space: only what Python's float() reads. */
static const char *scan_decimal(const char *p, const char *e)
{
    const char *q = p;
    if (q < e && (*q == '+' || *q == '-'))
        q++;
    const char *digits = q;
    while (q < e && is_digit(*q))
        q++;
    bool any = q > digits;
    if (q < e && *q == '.') {
        const char *frac = ++q;
        while (q < e && is_digit(*q))
            q++;
        any |= q > frac;
    }
    if (!any)
        return p;
    if (q < e && (*q == 'e' || *q == 'E')) {
        const char *x = q + 1;
        if (x < e && (*x == '+' || *x == '-'))
            x++;
        if (x < e && is_digit(*x)) {
            while (x < e && is_digit(*x))
                x++;
            q = x;
        }
    }
    return q;
}

/* Whether [p, e) starts with the lower-case word w in any case. */
static bool starts_with_word(const char *p, const char *e, const char *w)
{
    size_t n = strlen(w);
    return (size_t)(e - p) >= n && strncasecmp(p, w, n) == 0;
}

/* _Py_parse_inf_or_nan: [sign] "inf", "infinity" or "nan" in any case; the
 * end of the match (p when none) and its value.  Nothing may follow:
 * "nan(123)" is C's, not Python's. */
static const char *scan_inf_or_nan(const char *p, const char *e, double *v)
{
    const char *q = p;
    double sign = 1.0;
    if (q < e && (*q == '+' || *q == '-'))
        sign = *q++ == '-' ? -1.0 : 1.0;
    if (starts_with_word(q, e, "inf")) {
        q += starts_with_word(q, e, "infinity") ? 8 : 3;
        *v = copysign(INFINITY, sign);
    } else if (starts_with_word(q, e, "nan")) {
        q += 3;
        *v = copysign(NAN, sign);
    } else {
        return p;
    }
    return q;
}

/* float_from_string_inner on ASCII text without underscores: white space
 * around, and in between exactly one number.  The digits are then read
 * by strtod, which rounds correctly, as _Py_dg_strtod does. */
static bool parse_float(char *s, size_t n, double *out)
{
    char *p = s, *e = s + n;
    while (p < e && is_space(*p))
        p++;
    while (e > p && is_space(e[-1]))
        e--;
    const char *end = scan_decimal(p, e);
    if (end == p)
        end = scan_inf_or_nan(p, e, out);
    else if (end == e) {
        *e = '\0';
        *out = strtod(p, NULL);
    }
    return end != p && end == e;
}

/* PyFloat_FromString: other scripts' digits and spaces become ASCII, then
 * underscores go (_Py_string_to_number_with_underscores: only between two
 * digits), and the rest must be one number. */
rv_obj_t *rv_float_from_text(const char *s, size_t n)
{
    rv_buf_t ascii = RV_BUF_INIT;
    rv_buf_reserve(&ascii, n); /* data even for "", with room for a NUL */
    rv_utf8_decimal_to_ascii(s, n, &ascii);
    char *t = ascii.data;
    size_t k = 0;
    bool ok = true;
    for (size_t i = 0; i < ascii.len && ok; i++) {
        if (t[i] == '_')
            ok = i > 0 && i + 1 < ascii.len && is_digit(t[i - 1]) && is_digit(t[i + 1]);
        else
            t[k++] = t[i];
    }
    double v = 0;
    ok = ok && parse_float(t, k, &v);
    rv_buf_free(&ascii);
    if (!ok) {
        rv_obj_t *str = rv_str_from_utf8(s, n);
        rv_buf_t b = RV_BUF_INIT;
        rv_str_repr_into(&b, str);
        rv_decref(str);
        rv_err_format(&rv_exc_ValueError, "could not convert string to float: %s",
                      rv_buf_cstr(&b));
        rv_buf_free(&b);
        return NULL;
    }
    return rv_float_from_double(v);
}

/* PyFloat_FromString of a bytes-like x: ASCII only (no other script's
 * digits), and an error that shows x by its repr. */
static rv_obj_t *from_bytes(rv_obj_t *x, const unsigned char *p, size_t n)
{
    bool ascii = true;
    for (size_t i = 0; i < n && ascii; i++)
        ascii = p[i] && p[i] < 0x80;
    rv_obj_t *r = ascii ? rv_float_from_text((const char *)p, n) : NULL;
    if (r || (ascii && !rv_err_matches(&rv_exc_ValueError)))
        return r;
    rv_err_clear();
    rv_obj_t *repr = rv_repr(x);
    if (!repr)
        return NULL;
    rv_err_format(&rv_exc_ValueError, "could not convert string to float: %s", rv_str_utf8(repr));
    rv_decref(repr);
    return NULL;
}

/******************************************************************************/
/* arithmetic                                                                 */

/* DOUBLE_IS_ODD_INTEGER. */
static bool is_odd_integer(double v)
{
    return fmod(fabs(v), 2.0) == 1.0;
}

/* float_pow: the special cases are decided here, in CPython's order, not
 * left to the C library (its pow flags 0.0 ** -inf as a division by zero,
 * and some libms get (-1.0) ** huge integers wrong). */
rv_obj_t *rv_float_pow(double x, double y)
{
    if (y == 0) /* x ** 0 is 1, even nan ** 0 */
        return rv_float_from_double(1.0);
    if (isnan(x)) /* nan ** y is nan unless y == 0 */
        return rv_float_from_double(x);
    if (isnan(y)) /* x ** nan is nan unless x == 1 */
        return rv_float_from_double(x == 1.0 ? 1.0 : y);
    if (isinf(y)) {
        /* |x| < 1: x ** inf is 0, x ** -inf inf; |x| > 1 the other way
         * round (x infinite included); |x| == 1 gives 1. */
        double ax = fabs(x);
        if (ax == 1.0)
            return rv_float_from_double(1.0);
        return rv_float_from_double((y > 0) == (ax > 1.0) ? INFINITY : 0.0);
    }
    if (isinf(x)) /* inf for y > 0, 0 for y < 0, signed when y is odd */
        return rv_float_from_double(y > 0 ? (is_odd_integer(y) ? x : fabs(x))
                                          : (is_odd_integer(y) ? copysign(0.0, x) : 0.0));
    if (x == 0) {
        if (y < 0) {
            rv_err_format(&rv_exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
            return NULL;
        }
        return rv_float_from_double(is_odd_integer(y) ? x : 0.0); /* -0.0 ** 3 is -0.0 */
    }
    bool negate = false;
    if (x < 0) {
        if (y != floor(y)) {
            /* CPython's result is a complex number. */
            rv_obj_t *msg = rv_str_from_cstr("complex numbers");
            rv_err_set_obj(&rv_exc_RefvizUnsupported, msg);
            rv_decref(msg);
            return NULL;
        }
        x = -x;
        negate = is_odd_integer(y);
    }
    if (x == 1.0) /* (-1) ** huge integer too */
        return rv_float_from_double(negate ? -1.0 : 1.0);
    double r = pow(x, y);
    if (isinf(r)) { /* overflow (_Py_ADJUST_ERANGE1); underflow to 0 is fine */
        rv_err_format(&rv_exc_OverflowError, "(34, 'Numerical result out of range')");
        return NULL;
    }
    return rv_float_from_double(negate ? -r : r);
}

static rv_obj_t *float_binop(rv_binop_t op, rv_obj_t *a, rv_obj_t *b)
{
    if (!RV_IS(a, rv_float_type) && !RV_IS(b, rv_float_type))
        return rv_incref(rv_NotImplemented);
    double x = 0, y = 0;
    bool na = true, nb = true;
    if (rv_number_as_double(a, &x, &na) < 0 || rv_number_as_double(b, &y, &nb) < 0) {
        if (!na || !nb)
            return rv_incref(rv_NotImplemented);
        return NULL;
    }
    switch (op) {
    case RV_OP_ADD:
        return rv_float_from_double(x + y);
    case RV_OP_SUB:
        return rv_float_from_double(x - y);
    case RV_OP_MUL:
        return rv_float_from_double(x * y);
    case RV_OP_TRUEDIV:
        if (y == 0) {
            rv_err_format(&rv_exc_ZeroDivisionError, "float division by zero");
            return NULL;
        }
        return rv_float_from_double(x / y);
    case RV_OP_FLOORDIV:
    case RV_OP_MOD: {
        if (y == 0) {
            rv_err_format(&rv_exc_ZeroDivisionError,
                          op == RV_OP_MOD ? "float modulo" : "float floor division by zero");
            return NULL;
        }
        /* float_divmod */
        double mod = fmod(x, y);
        double div = (x - mod) / y;
        if (mod) {
            if ((y < 0) != (mod < 0)) {
                mod += y;
                div -= 1.0;
            }
        } else {
            mod = copysign(0.0, y);
        }
        double floordiv;
        if (div) {
            floordiv = floor(div);
            if (div - floordiv > 0.5)
                floordiv += 1.0;
        } else {
            floordiv = copysign(0.0, x / y);
        }
        return rv_float_from_double(op == RV_OP_MOD ? mod : floordiv);
    }
    case RV_OP_POW:
        return rv_float_pow(x, y);
    default:
        return rv_incref(rv_NotImplemented);
    }
}

static rv_obj_t *float_unop(rv_unop_t op, rv_obj_t *a)
{
    double x = rv_float_value(a);
    if (op == RV_UOP_NEG)
        return rv_float_from_double(-x);
    if (op == RV_UOP_POS)
        return rv_incref(a);
    return rv_incref(rv_NotImplemented);
}

static rv_obj_t *cmp_result(int c, rv_cmpop_t op)
{
    bool r;
    switch (op) {
    case RV_LT: r = c < 0; break;
    case RV_LE: r = c <= 0; break;
    case RV_EQ: r = c == 0; break;
    case RV_NE: r = c != 0; break;
    case RV_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return rv_bool_from(r);
}

static rv_obj_t *float_richcompare(rv_obj_t *a, rv_obj_t *b, rv_cmpop_t op)
{
    if (!RV_IS(a, rv_float_type))
        return rv_incref(rv_NotImplemented);
    double x = rv_float_value(a);
    if (RV_IS(b, rv_float_type)) {
        double y = rv_float_value(b);
        if (isnan(x) || isnan(y))
            return rv_bool_from(op == RV_NE);
        return cmp_result(x < y ? -1 : x > y, op);
    }
    if (rv_isinstance(b, &rv_int_type)) {
        /* The int's exact comparison, reflected. */
        rv_obj_t *r = rv_richcompare(b, a, op == RV_LT   ? RV_GT
                                           : op == RV_LE ? RV_GE
                                           : op == RV_GT ? RV_LT
                                           : op == RV_GE ? RV_LE
                                                         : op);
        return r;
    }
    return rv_incref(rv_NotImplemented);
}

/******************************************************************************/
/* round()                                                                    */

rv_obj_t *rv_float_round(rv_obj_t *x, rv_obj_t *ndigits)
{
    double v = rv_float_value(x);
    if (!ndigits) {
        double r = nearbyint(v); /* ties to even (default rounding mode) */
        return rv_int_from_double(r);
    }
    int64_t n;
    if (!rv_int_fits_i64(ndigits, &n))
        n = rv_int_sign(ndigits) < 0 ? -400 : 400;
    if (!isfinite(v) || v == 0)
        return rv_float_from_double(v);
    if (n > 323)
        return rv_float_from_double(v);
    if (n < -308)
        return rv_float_from_double(copysign(0.0, v));
    /* double_round: format to n decimals (correctly rounded, half-even on
     * the exact binary value) and read back. */
    char buf[512];
    if (n >= 0) {
        snprintf(buf, sizeof buf, "%.*f", (int)n, v);
        return rv_float_from_double(strtod(buf, NULL));
    }
    double scale = pow(10.0, (double)-n);
    double y = v / scale;
    double r = nearbyint(y);
    if (fabs(y - r) == 0.5)
        r = 2.0 * nearbyint(y / 2.0);
    return rv_float_from_double(r * scale);
}

rv_obj_t *rv_int_round(rv_obj_t *x, rv_obj_t *ndigits)
{
    if (!ndigits || rv_int_sign(ndigits) >= 0)
        return rv_unop(RV_UOP_POS, x);
    /* 10**-ndigits past twice |x| rounds it to 0: said before computing a
     * power of ten that would not fit in memory (round(12345, -10**10)). */
    int64_t nd;
    if (!rv_int_fits_i64(ndigits, &nd) ||
        (double)-nd > (double)rv_int_bit_length(x) * 0.30103 + 2)
        return rv_int_from_i64(0);
    /* Round half to even at 10**-ndigits. */
    rv_obj_t *ten = rv_int_from_i64(10), *neg = rv_unop(RV_UOP_NEG, ndigits);
    rv_obj_t *pw = rv_binop(RV_OP_POW, ten, neg);
    rv_decref(ten);
    rv_decref(neg);
    if (!pw)
        return NULL;
    rv_obj_t *q = rv_binop(RV_OP_FLOORDIV, x, pw), *r = rv_binop(RV_OP_MOD, x, pw);
    rv_obj_t *two = rv_int_from_i64(2);
    rv_obj_t *r2 = rv_binop(RV_OP_MUL, r, two);
    int c = rv_int_cmp(r2, pw);
    rv_obj_t *q2 = rv_binop(RV_OP_MOD, q, two);
    if (c > 0 || (c == 0 && rv_int_sign(q2) != 0)) {
        rv_obj_t *one = rv_int_from_i64(1);
        rv_obj_t *t = rv_binop(RV_OP_ADD, q, one);
        rv_decref(one);
        rv_decref(q);
        q = t;
    }
    rv_obj_t *res = rv_binop(RV_OP_MUL, q, pw);
    rv_decref(q);
    rv_decref(r);
    rv_decref(two);
    rv_decref(r2);
    rv_decref(q2);
    rv_decref(pw);
    return res;
}

/******************************************************************************/
/* slots                                                                      */

static rv_obj_t *float_repr(rv_obj_t *o)
{
    rv_buf_t b = RV_BUF_INIT;
    rv_float_repr_into(&b, rv_float_value(o));
    rv_obj_t *s = rv_str_from_buf(&b);
    rv_buf_free(&b);
    return s;
}

static int float_hash(rv_obj_t *o, int64_t *out)
{
    double v = rv_float_value(o);
    *out = isnan(v) ? (int64_t)o->id : rv_hash_double(v);
    return 0;
}

static int float_truth(rv_obj_t *o)
{
    return rv_float_value(o) != 0.0;
}

static size_t float_size(rv_obj_t *o)
{
    (void)o;
    return 24;
}

static rv_obj_t *float_make(rv_type_t *type, rv_obj_t *const *args, size_t nargs,
                            rv_obj_t *kwnames)
{
    (void)type;
    if (rv_arg_no_kw("float", kwnames) < 0 || rv_arg_count("float", nargs, 0, 1) < 0)
        return NULL;
    if (nargs == 0)
        return rv_float_from_double(0.0);
    rv_obj_t *x = args[0];
    if (RV_IS(x, rv_float_type))
        return rv_incref(x);
    if (rv_isinstance(x, &rv_str_type))
        return rv_float_from_text(rv_str_utf8(x), rv_str_nbytes(x));
    rv_buffer_t v;
    int has = rv_buffer_get(x, &v);
    if (has < 0)
        return NULL;
    if (has) {
        rv_obj_t *r = from_bytes(x, v.data, v.len);
        rv_buffer_release(&v);
        return r;
    }
    double d;
    bool num;
    if (rv_number_as_double(x, &d, &num) == 0)
        return rv_float_from_double(d);
    if (num)
        return NULL;
    rv_err_format(&rv_exc_TypeError, "float() argument must be a string or a real number, not '%s'",
                  x->type->name);
    return NULL;
}

static rv_obj_t *m_is_integer(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    if (rv_arg_no_kw("is_integer", kw) < 0 || rv_arg_count("is_integer", nargs, 0, 0) < 0)
        return NULL;
    double v = rv_float_value(self);
    return rv_bool_from(isfinite(v) && v == floor(v));
}

/* float.as_integer_ratio: the exact fraction, in lowest terms. */
static rv_obj_t *m_as_integer_ratio(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                    rv_obj_t *kw)
{
    if (rv_arg_no_kw("as_integer_ratio", kw) < 0 ||
        rv_arg_count("as_integer_ratio", nargs, 0, 0) < 0)
        return NULL;
    double v = rv_float_value(self);
    if (isinf(v)) {
        rv_err_format(&rv_exc_OverflowError, "cannot convert Infinity to integer ratio");
        return NULL;
    }
    if (isnan(v)) {
        rv_err_format(&rv_exc_ValueError, "cannot convert NaN to integer ratio");
        return NULL;
    }
    int e;
    double m = frexp(v, &e);
    for (int i = 0; i < 300 && m != floor(m); i++) {
        m *= 2.0;
        e--;
    }
    rv_obj_t *num = rv_int_from_double(m), *one = rv_int_from_i64(1);
    rv_obj_t *shift = rv_int_from_i64(e < 0 ? -e : e);
    rv_obj_t *den = rv_int_from_i64(1);
    rv_obj_t *t = rv_binop(RV_OP_LSHIFT, e < 0 ? den : num, shift);
    if (e < 0) {
        rv_decref(den);
        den = t;
    } else {
        rv_decref(num);
        num = t;
    }
    rv_decref(shift);
    rv_decref(one);
    rv_obj_t *pair = rv_tuple_pack(2, num, den);
    rv_decref(num);
    rv_decref(den);
    return pair;
}

static rv_obj_t *float_getattr(rv_obj_t *o, rv_obj_t *name)
{
    if (rv_str_eq_cstr(name, "real"))
        return rv_float_from_double(rv_float_value(o));
    if (rv_str_eq_cstr(name, "imag"))
        return rv_float_from_double(0.0);
    const rv_method_t *m = rv_type_find_method(o->type, rv_str_utf8(name));
    if (m)
        return rv_builtin_new(m, o);
    rv_err_format(&rv_exc_AttributeError, "'%s' object has no attribute '%s'", o->type->name,
                  rv_str_utf8(name));
    return NULL;
}

static const rv_method_t float_methods[] = {
    { "is_integer", m_is_integer, 0 },
    { "as_integer_ratio", m_as_integer_ratio, 0 },
    { NULL, NULL, 0 },
};

rv_type_t rv_float_type = {
    .name = "float",
    .flags = RV_TF_BASETYPE | RV_TF_INLINE,
    .release = rv_obj_free,
    .repr = float_repr,
    .format = rv_float_format,
    .hash = float_hash,
    .richcompare = float_richcompare,
    .truth = float_truth,
    .binop = float_binop,
    .unop = float_unop,
    .getattr = float_getattr,
    .methods = float_methods,
    .size = float_size,
    .make = float_make,
};
