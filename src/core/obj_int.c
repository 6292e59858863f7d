/* src/core/obj_int.c - int (Objects/longobject.c semantics).
 *
 * Values that fit int64_t are stored in `small` and computed with overflow
 * checks; larger ones carry a magnitude of base-2^32 digits (little endian)
 * and a sign.  The representation is canonical: anything that fits int64_t
 * is small, so equality and hashing need no normalisation.  The bignum
 * algorithms are the schoolbook ones (division: shift-subtract per bit),
 * ample for what a lesson computes (factorial(1000), fib(10000)).
 *
 * Conversions to float round once, as CPython's do: float(int) and int / int
 * are correctly rounded (half to even) from the exact binary value, and int()
 * of text applies CPython 3.11's 4300-digit limit where it does. */
#include "core/obj_int.h"

#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "core/exc.h"
#include "core/format.h"
#include "core/heap.h"
#include "core/obj_bool.h"
#include "core/obj_bytearray.h"
#include "core/obj_bytes.h"
#include "core/obj_float.h"
#include "core/obj_misc.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"

enum { SMALL_MIN = -5, SMALL_MAX = 256, MAX_STR_DIGITS = 4300 };

static rv_obj_t *small_ints[SMALL_MAX - SMALL_MIN + 1];

/******************************************************************************/
/* magnitudes                                                                 */

typedef struct mag {
    uint32_t *d;
    size_t n;      /* significant digits (no leading zeros); 0 for zero */
    int sign;      /* -1, 0, 1 */
    uint32_t local[3];
} mag_t;

static void mag_trim(mag_t *m)
{
    while (m->n && m->d[m->n - 1] == 0)
        m->n--;
    if (!m->n)
        m->sign = 0;
}

/* A view of o's value as sign and magnitude (borrowed digits). */
static void mag_of(rv_obj_t *o, mag_t *m)
{
    rv_int_t *i = RV_INT(o);
    if (i->ndigits) {
        m->d = i->digits;
        m->n = i->ndigits;
        m->sign = i->sign;
        return;
    }
    int64_t v = i->small;
    uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    m->local[0] = (uint32_t)u;
    m->local[1] = (uint32_t)(u >> 32);
    m->d = m->local;
    m->n = 2;
    m->sign = v < 0 ? -1 : 1;
    mag_trim(m);
}

static uint32_t *digits_new(size_t n)
{
    return rv_calloc(n ? n : 1, sizeof(uint32_t));
}

/* Builds an int from digits (taken over) and a sign. */
static rv_obj_t *from_digits(uint32_t *d, size_t n, int sign)
{
    while (n && d[n - 1] == 0)
        n--;
    if (n <= 2) {
        uint64_t u = n == 0 ? 0 : n == 1 ? d[0] : ((uint64_t)d[1] << 32 | d[0]);
        if (sign >= 0 && u <= (uint64_t)INT64_MAX) {
            rv_free(d);
            return rv_int_from_i64((int64_t)u);
        }
        if (sign < 0 && u <= (uint64_t)INT64_MAX + 1) {
            rv_free(d);
            return rv_int_from_i64(u == (uint64_t)INT64_MAX + 1 ? INT64_MIN : -(int64_t)u);
        }
    }
    rv_int_t *i = rv_obj_alloc(&rv_int_type, sizeof(rv_int_t));
    i->digits = d;
    i->ndigits = n;
    i->sign = sign < 0 ? -1 : 1;
    return &i->ob;
}

rv_obj_t *rv_int_from_magnitude(uint32_t *digits, size_t n, int sign)
{
    return from_digits(digits, n, sign);
}

static int cmp_mag(const uint32_t *a, size_t an, const uint32_t *b, size_t bn)
{
    if (an != bn)
        return an < bn ? -1 : 1;
    for (size_t i = an; i-- > 0;)
        if (a[i] != b[i])
            return a[i] < b[i] ? -1 : 1;
    return 0;
}

static uint32_t *add_mag(const uint32_t *a, size_t an, const uint32_t *b, size_t bn, size_t *rn)
{
    if (an < bn) {
        const uint32_t *t = a;
        a = b;
        b = t;
        size_t tn = an;
        an = bn;
        bn = tn;
    }
    uint32_t *r = digits_new(an + 1);
    uint64_t carry = 0;
    for (size_t i = 0; i < an; i++) {
        carry += (uint64_t)a[i] + (i < bn ? b[i] : 0);
        r[i] = (uint32_t)carry;
        carry >>= 32;
    }
    r[an] = (uint32_t)carry;
    *rn = an + 1;
    return r;
}

/* |a| - |b| with |a| >= |b|. */
static uint32_t *sub_mag(const uint32_t *a, size_t an, const uint32_t *b, size_t bn, size_t *rn)
{
    uint32_t *r = digits_new(an);
    int64_t borrow = 0;
    for (size_t i = 0; i < an; i++) {
        int64_t v = (int64_t)a[i] - (i < bn ? b[i] : 0) - borrow;
        borrow = v < 0;
        r[i] = (uint32_t)(v + (borrow ? ((int64_t)1 << 32) : 0));
    }
    *rn = an;
    return r;
}

static uint32_t *mul_mag(const uint32_t *a, size_t an, const uint32_t *b, size_t bn, size_t *rn)
{
    uint32_t *r = digits_new(an + bn);
    for (size_t i = 0; i < an; i++) {
        uint64_t carry = 0;
        for (size_t j = 0; j < bn; j++) {
            carry += (uint64_t)a[i] * b[j] + r[i + j];
            r[i + j] = (uint32_t)carry;
            carry >>= 32;
        }
        r[i + bn] = (uint32_t)carry;
    }
    *rn = an + bn;
    return r;
}

/* Divides in place by a small divisor; returns the remainder. */
static uint32_t divmod_small(uint32_t *a, size_t n, uint32_t div)
{
    uint64_t rem = 0;
    for (size_t i = n; i-- > 0;) {
        uint64_t cur = rem << 32 | a[i];
        a[i] = (uint32_t)(cur / div);
        rem = cur % div;
    }
    return (uint32_t)rem;
}

static size_t bitlen_mag(const uint32_t *a, size_t n)
{
    if (!n)
        return 0;
    uint32_t top = a[n - 1];
    size_t b = 0;
    while (top) {
        b++;
        top >>= 1;
    }
    return (n - 1) * 32 + b;
}

/* a << k (new digits, an + k / 32 + 1 of them). */
static uint32_t *lshift_mag(const uint32_t *a, size_t an, size_t k, size_t *rn)
{
    size_t words = k / 32, bits = k % 32;
    *rn = an + words + 1;
    uint32_t *r = digits_new(*rn);
    for (size_t i = 0; i < an; i++) {
        uint64_t v = (uint64_t)a[i] << bits;
        r[i + words] |= (uint32_t)v;
        r[i + words + 1] |= (uint32_t)(v >> 32);
    }
    return r;
}

/* a >> k (new digits); *lost is set when a nonzero bit was shifted out, the
 * "inexact" flag of CPython's rounding. */
static uint32_t *rshift_mag(const uint32_t *a, size_t an, size_t k, size_t *rn, bool *lost)
{
    size_t words = k / 32, bits = k % 32;
    *rn = an > words ? an - words : 0;
    uint32_t *r = digits_new(*rn);
    for (size_t i = 0; i < *rn; i++) {
        uint64_t v = a[i + words] | (i + words + 1 < an ? (uint64_t)a[i + words + 1] << 32 : 0);
        r[i] = (uint32_t)(v >> bits);
    }
    for (size_t i = 0; i < words && i < an && !*lost; i++)
        *lost = a[i] != 0;
    if (bits && words < an && (a[words] & (((uint32_t)1 << bits) - 1)))
        *lost = true;
    return r;
}

/* The value of a magnitude below 2**64 (the low two digits). */
static uint64_t low_u64(const uint32_t *a, size_t n)
{
    return (n > 0 ? a[0] : 0) | (n > 1 ? (uint64_t)a[1] << 32 : 0);
}

/* Truncating division of magnitudes: q = a / b, r = a % b (shift-subtract). */
static void divmod_mag(const uint32_t *a, size_t an, const uint32_t *b, size_t bn, uint32_t **q,
                       size_t *qn, uint32_t **r, size_t *rn)
{
    uint32_t *quot = digits_new(an);
    uint32_t *rem = digits_new(bn + 1);
    size_t remn = 0;
    if (bn == 1) {
        memcpy(quot, a, an * sizeof *a);
        rem[0] = divmod_small(quot, an, b[0]);
        *q = quot;
        *qn = an;
        *r = rem;
        *rn = 1;
        return;
    }
    for (size_t bit = bitlen_mag(a, an); bit-- > 0;) {
        /* rem = rem * 2 + bit */
        uint32_t carry = (a[bit / 32] >> (bit % 32)) & 1;
        for (size_t i = 0; i < remn; i++) {
            uint32_t next = rem[i] >> 31;
            rem[i] = rem[i] << 1 | carry;
            carry = next;
        }
        if (carry)
            rem[remn++] = carry;
        if (cmp_mag(rem, remn, b, bn) >= 0) {
            int64_t borrow = 0;
            for (size_t i = 0; i < remn; i++) {
                int64_t v = (int64_t)rem[i] - (i < bn ? b[i] : 0) - borrow;
                borrow = v < 0;
                rem[i] = (uint32_t)(v + (borrow ? ((int64_t)1 << 32) : 0));
            }
            while (remn && rem[remn - 1] == 0)
                remn--;
            quot[bit / 32] |= (uint32_t)1 << (bit % 32);
        }
    }
    *q = quot;
    *qn = an;
    *r = rem;
    *rn = remn;
}

/******************************************************************************/
/* construction and conversion                                                */

rv_obj_t *rv_int_from_i64(int64_t v)
{
    if (v >= SMALL_MIN && v <= SMALL_MAX && small_ints[v - SMALL_MIN])
        return rv_incref(small_ints[v - SMALL_MIN]);
    rv_int_t *i = rv_obj_alloc(&rv_int_type, sizeof(rv_int_t));
    i->small = v;
    return &i->ob;
}

rv_obj_t *rv_int_from_u64(uint64_t v)
{
    if (v <= (uint64_t)INT64_MAX)
        return rv_int_from_i64((int64_t)v);
    uint32_t *d = digits_new(2);
    d[0] = (uint32_t)v;
    d[1] = (uint32_t)(v >> 32);
    return from_digits(d, 2, 1);
}

void rv_int_init_cache(void)
{
    for (int v = SMALL_MIN; v <= SMALL_MAX; v++) {
        if (!small_ints[v - SMALL_MIN]) {
            rv_int_t *i = rv_obj_alloc(&rv_int_type, sizeof(rv_int_t));
            i->small = v;
            small_ints[v - SMALL_MIN] = &i->ob;
        }
    }
}

void rv_int_finalize_cache(void)
{
    for (int v = SMALL_MIN; v <= SMALL_MAX; v++)
        rv_clearref(&small_ints[v - SMALL_MIN]);
}

bool rv_int_fits_i64(rv_obj_t *o, int64_t *out)
{
    if (RV_INT(o)->ndigits)
        return false;
    *out = RV_INT(o)->small;
    return true;
}

int rv_int_to_i64(rv_obj_t *o, int64_t *out)
{
    if (rv_int_fits_i64(o, out))
        return 0;
    rv_err_format(&rv_exc_OverflowError, "Python int too large to convert to C long");
    return -1;
}

int rv_int_sign(rv_obj_t *o)
{
    rv_int_t *i = RV_INT(o);
    if (i->ndigits)
        return i->sign;
    return i->small < 0 ? -1 : i->small > 0;
}

int rv_int_cmp(rv_obj_t *a, rv_obj_t *b)
{
    if (!RV_INT(a)->ndigits && !RV_INT(b)->ndigits) {
        int64_t x = RV_INT(a)->small, y = RV_INT(b)->small;
        return x < y ? -1 : x > y;
    }
    mag_t x, y;
    mag_of(a, &x);
    mag_of(b, &y);
    if (x.sign != y.sign)
        return x.sign < y.sign ? -1 : 1;
    int c = cmp_mag(x.d, x.n, y.d, y.n);
    return x.sign < 0 ? -c : c;
}

size_t rv_int_bit_length(rv_obj_t *o)
{
    mag_t m;
    mag_of(o, &m);
    return bitlen_mag(m.d, m.n);
}

rv_obj_t *rv_int_from_words(const uint32_t *words, size_t n)
{
    uint32_t *d = digits_new(n);
    if (n)
        memcpy(d, words, n * sizeof *d);
    return from_digits(d, n, 1);
}

size_t rv_int_abs_words(rv_obj_t *o, uint32_t **words)
{
    mag_t m;
    mag_of(o, &m);
    size_t n = m.n ? m.n : 1;
    *words = digits_new(n);
    if (m.n)
        memcpy(*words, m.d, m.n * sizeof **words);
    return n;
}

size_t rv_int_cpython_digits(rv_obj_t *o)
{
    return (rv_int_bit_length(o) + 29) / 30;
}

/* _PyLong_Frexp: |m| == *frac * 2**exp with 0.5 <= *frac < 1, *frac rounded
 * once, half to even, to DBL_MANT_DIG bits.  The top DBL_MANT_DIG + 2 bits
 * are kept, the lowest of them or'ed with every bit below (a sticky bit),
 * so that the two extra bits decide the rounding exactly. */
static void mag_frexp(const mag_t *m, double *frac, size_t *exp)
{
    enum { KEEP = DBL_MANT_DIG + 2 };
    size_t bits = bitlen_mag(m->d, m->n);
    uint32_t *x;
    size_t xn;
    bool lost = false;
    if (bits <= KEEP)
        x = lshift_mag(m->d, m->n, KEEP - bits, &xn);
    else
        x = rshift_mag(m->d, m->n, bits - KEEP, &xn, &lost);
    uint64_t top = low_u64(x, xn) | lost;
    rv_free(x);
    /* Round half to even at bit 2: add 0, -1, -2, +1, 0, -1, +2, +1 by the
     * low three bits (CPython's half_even_correction). */
    static const int correction[8] = { 0, -1, -2, 1, 0, -1, 2, 1 };
    top = (uint64_t)((int64_t)top + correction[top & 7]);
    double f = ldexp((double)top, -KEEP); /* exact: top has at most 55 bits */
    if (f == 1.0) { /* rounding carried into a new bit */
        f = 0.5;
        bits++;
    }
    *frac = f;
    *exp = bits;
}

/* PyLong_AsDouble. */
int rv_int_to_double(rv_obj_t *o, double *out)
{
    if (!RV_INT(o)->ndigits) {
        /* int64 -> double is one correctly rounded conversion (half even). */
        *out = (double)RV_INT(o)->small;
        return 0;
    }
    mag_t m;
    mag_of(o, &m);
    double frac;
    size_t exp;
    mag_frexp(&m, &frac, &exp);
    if (exp > DBL_MAX_EXP) {
        rv_err_format(&rv_exc_OverflowError, "int too large to convert to float");
        return -1;
    }
    double v = ldexp(frac, (int)exp);
    *out = m.sign < 0 ? -v : v;
    return 0;
}

rv_obj_t *rv_int_from_double(double d)
{
    if (isinf(d)) {
        rv_err_format(&rv_exc_OverflowError, "cannot convert float infinity to integer");
        return NULL;
    }
    if (isnan(d)) {
        rv_err_format(&rv_exc_ValueError, "cannot convert float NaN to integer");
        return NULL;
    }
    d = trunc(d);
    if (d >= -9.2e18 && d <= 9.2e18)
        return rv_int_from_i64((int64_t)d);
    int sign = d < 0 ? -1 : 1;
    double x = fabs(d);
    /* Dividing by 2**32 is exact for doubles: peel the digits off. */
    size_t n = 0, cap = 4;
    uint32_t *digits = digits_new(cap);
    while (x > 0) {
        if (n == cap) {
            cap *= 2;
            digits = rv_realloc(digits, cap * sizeof *digits);
        }
        digits[n++] = (uint32_t)fmod(x, 4294967296.0);
        x = floor(x / 4294967296.0);
    }
    return from_digits(digits, n, sign);
}

/* log2 of a power-of-two base (2, 4, 8, 16, 32), else 0. */
static int base_bits(int base)
{
    return base == 2 ? 1 : base == 4 ? 2 : base == 8 ? 3 : base == 16 ? 4 : base == 32 ? 5 : 0;
}

/* The digits of m (nonzero) in base 2**bits, read straight from its bits:
 * linear, where dividing by the base again and again was quadratic (hex()
 * of a million-bit int took seconds). */
static void to_pow2_base(const mag_t *m, int bits, rv_buf_t *out)
{
    static const char digit_chars[] = "0123456789abcdefghijklmnopqrstuv";
    size_t total = bitlen_mag(m->d, m->n);
    size_t ndig = (total + (size_t)bits - 1) / (size_t)bits;
    for (size_t k = ndig; k-- > 0;) {
        size_t bit = k * (size_t)bits;
        unsigned v = 0;
        for (int j = bits; j-- > 0;) {
            size_t b = bit + (size_t)j;
            v = v << 1 | (b / 32 < m->n ? (m->d[b / 32] >> (b % 32)) & 1u : 0u);
        }
        rv_buf_addc(out, digit_chars[v]);
    }
}

void rv_int_abs_to_base(rv_obj_t *o, int base, rv_buf_t *out)
{
    mag_t m;
    mag_of(o, &m);
    if (!m.n) {
        rv_buf_addc(out, '0');
        return;
    }
    if (base_bits(base)) {
        to_pow2_base(&m, base_bits(base), out);
        return;
    }
    uint32_t *work = digits_new(m.n);
    memcpy(work, m.d, m.n * sizeof *work);
    size_t n = m.n;
    rv_buf_t rev = RV_BUF_INIT;
    static const char digit_chars[] = "0123456789abcdef";
    uint32_t chunk = base == 10 ? 1000000000u : base == 16 ? 0x10000000u : base == 8 ? 0x40000000u : 0x80000000u;
    int per = base == 10 ? 9 : base == 16 ? 7 : base == 8 ? 10 : 31;
    while (n) {
        uint32_t r = divmod_small(work, n, chunk);
        while (n && work[n - 1] == 0)
            n--;
        for (int k = 0; k < per && (n || r); k++) {
            rv_buf_addc(&rev, digit_chars[r % (uint32_t)base]);
            r /= (uint32_t)base;
        }
        if (n)
            while (rev.len % (size_t)per)
                rv_buf_addc(&rev, '0');
    }
    for (size_t i = rev.len; i-- > 0;)
        rv_buf_addc(out, rev.data[i]);
    rv_buf_free(&rev);
    rv_free(work);
}

/* CPython's _MAX_STR_DIGITS_ERROR_FMT_TO_STR. */
static int too_many_digits_to_str(void)
{
    rv_err_format(&rv_exc_ValueError,
                  "Exceeds the limit (%d digits) for integer string conversion; use "
                  "sys.set_int_max_str_digits() to increase the limit",
                  MAX_STR_DIGITS);
    return -1;
}

/* long_to_decimal_string_internal: more than 4300 digits is an error,
 * decided early from the size when it surely is, else after converting
 * (10**4300 - 1 passes, 10**4300 does not). */
int rv_int_abs_to_decimal(rv_obj_t *o, rv_buf_t *out)
{
    if (!RV_INT(o)->ndigits) {
        int64_t v = RV_INT(o)->small;
        rv_buf_printf(out, "%llu", v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v);
        return 0;
    }
    /* bits * log10(2) bounds the digit count from below. */
    if ((double)rv_int_bit_length(o) * 0.30103 > MAX_STR_DIGITS + 1)
        return too_many_digits_to_str();
    size_t start = out->len;
    rv_int_abs_to_base(o, 10, out);
    if (out->len - start > MAX_STR_DIGITS) {
        rv_buf_truncate(out, start);
        return too_many_digits_to_str();
    }
    return 0;
}

int rv_int_to_decimal(rv_obj_t *o, rv_buf_t *out)
{
    size_t start = out->len;
    if (rv_int_sign(o) < 0)
        rv_buf_addc(out, '-');
    if (rv_int_abs_to_decimal(o, out) < 0) {
        rv_buf_truncate(out, start);
        return -1;
    }
    return 0;
}

static int digit_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 99;
}

/* PyLong_FromUnicodeObject's message quotes the text with "%.200R": its
 * repr, cut after 200 characters. */
static rv_obj_t *invalid_literal(const char *s, size_t n, int base)
{
    rv_obj_t *str = rv_str_from_utf8(s, n);
    rv_buf_t b = RV_BUF_INIT;
    rv_str_repr_into(&b, str);
    rv_decref(str);
    size_t chars = 0, cut = 0;
    while (cut < b.len && chars < 200) {
        cut++;
        while (cut < b.len && ((unsigned char)b.data[cut] & 0xC0) == 0x80)
            cut++;
        chars++;
    }
    rv_buf_truncate(&b, cut);
    rv_err_format(&rv_exc_ValueError, "invalid literal for int() with base %d: %s", base,
                  rv_buf_cstr(&b));
    rv_buf_free(&b);
    return NULL;
}

/* Py_ISSPACE: the text is ASCII by now (Unicode spaces became ' '). */
static bool is_space(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

/* The run of base-b digits at p, single underscores allowed between them,
 * as PyLong_FromString scans it: the end of the run, or NULL at a doubled
 * or trailing underscore.  *count gets the digits, underscores not counted
 * (the 4300-digit limit counts digits). */
static const char *scan_digits(const char *p, const char *e, int b, size_t *count)
{
    char prev = 0;
    size_t k = 0;
    for (; p < e && (digit_value(*p) < b || *p == '_'); p++) {
        if (*p == '_' && prev == '_')
            return NULL;
        k += *p != '_';
        prev = *p;
    }
    *count = k;
    return prev == '_' ? NULL : p;
}

/* The value of the digits in [p, e) of base 2**bits, underscores skipped:
 * each digit's bits placed directly, from the last digit up (linear, where
 * multiplying by the base digit by digit was quadratic). */
static rv_obj_t *pow2_digits_value(const char *p, const char *e, int bits, int sign)
{
    size_t count = 0;
    for (const char *q = p; q < e; q++)
        count += *q != '_';
    size_t n = (count * (size_t)bits + 31) / 32 + 1;
    uint32_t *d = digits_new(n);
    size_t bit = 0;
    for (const char *q = e; q-- > p;) {
        if (*q == '_')
            continue;
        uint32_t v = (uint32_t)digit_value(*q);
        for (int j = 0; j < bits; j++, bit++)
            if ((v >> j) & 1u)
                d[bit / 32] |= 1u << (bit % 32);
    }
    return from_digits(d, n, sign);
}

/* The value of the base-b digits in [p, e), underscores skipped. */
static rv_obj_t *digits_value(const char *p, const char *e, int b, int sign)
{
    if (base_bits(b))
        return pow2_digits_value(p, e, base_bits(b), sign);
    uint32_t *d = digits_new(1);
    size_t dn = 1, cap = 1;
    for (; p < e; p++) {
        if (*p == '_')
            continue;
        uint64_t carry = (uint64_t)digit_value(*p);
        for (size_t i = 0; i < dn; i++) {
            carry += (uint64_t)d[i] * (uint64_t)b;
            d[i] = (uint32_t)carry;
            carry >>= 32;
        }
        if (carry) {
            if (dn == cap) {
                cap *= 2;
                d = rv_realloc(d, cap * sizeof *d);
            }
            d[dn++] = (uint32_t)carry;
        }
    }
    return from_digits(d, dn, sign);
}

/* 16, 8 or 2 when [p, e) starts with 0x, 0o or 0b (any case), else 0. */
static int prefix_base(const char *p, const char *e)
{
    if (e - p < 2 || p[0] != '0')
        return 0;
    switch (p[1]) {
    case 'x': case 'X': return 16;
    case 'o': case 'O': return 8;
    case 'b': case 'B': return 2;
    default: return 0;
    }
}

/* PyLong_FromString on the ASCII text [p, e); messages quote s (the text
 * as given) and the base as given. */
static rv_obj_t *parse_int(const char *p, const char *e, int base, const char *s, size_t n)
{
    while (p < e && is_space(*p))
        p++;
    int sign = 1;
    if (p < e && (*p == '+' || *p == '-'))
        sign = *p++ == '-' ? -1 : 1;
    int prefix = prefix_base(p, e), b = base;
    bool error_if_nonzero = false;
    if (b == 0) {
        b = prefix ? prefix : 10;
        /* "old" C-style octal (010) is invalid, but 0, 00, 0_0 are zero */
        error_if_nonzero = !prefix && p < e && *p == '0';
    }
    if (prefix && prefix == b) {
        p += 2;
        if (p < e && *p == '_') /* one underscore allowed after the prefix */
            p++;
    }
    if (p < e && *p == '_')
        return invalid_literal(s, n, base);
    size_t count;
    const char *start = p, *end = scan_digits(p, e, b, &count);
    if (!end)
        return invalid_literal(s, n, base);
    /* Only bases that are not powers of two convert in quadratic time, and
     * only they are limited (CPython 3.11's PyLong_FromString). */
    if ((b & (b - 1)) != 0 && count > MAX_STR_DIGITS) {
        rv_err_format(&rv_exc_ValueError,
                      "Exceeds the limit (%d digits) for integer string conversion: value "
                      "has %zu digits; use sys.set_int_max_str_digits() to increase the "
                      "limit",
                      MAX_STR_DIGITS, count);
        return NULL;
    }
    rv_obj_t *v = digits_value(start, end, b, sign);
    if ((error_if_nonzero && rv_int_sign(v) != 0) || end == start) {
        rv_decref(v);
        return invalid_literal(s, n, base);
    }
    while (end < e && is_space(*end))
        end++;
    if (end != e) {
        rv_decref(v);
        return invalid_literal(s, n, base);
    }
    return v;
}

rv_obj_t *rv_int_from_text(const char *s, size_t n, int base)
{
    for (size_t i = 0; i < n; i++) {
        if ((unsigned char)s[i] >= 0x80) {
            /* PyLong_FromUnicodeObject: other scripts' digits and spaces. */
            rv_buf_t t = RV_BUF_INIT;
            rv_utf8_decimal_to_ascii(s, n, &t);
            rv_obj_t *v = parse_int(t.data, t.data + t.len, base, s, n);
            rv_buf_free(&t);
            return v;
        }
    }
    return parse_int(s, s + n, base, s, n);
}

/******************************************************************************/
/* arithmetic                                                                 */

static rv_obj_t *add_signed(const mag_t *x, const mag_t *y)
{
    size_t rn;
    uint32_t *r;
    if (!x->n)
        return from_digits(memcpy(digits_new(y->n), y->d, y->n * 4), y->n, y->sign);
    if (!y->n)
        return from_digits(memcpy(digits_new(x->n), x->d, x->n * 4), x->n, x->sign);
    if (x->sign == y->sign) {
        r = add_mag(x->d, x->n, y->d, y->n, &rn);
        return from_digits(r, rn, x->sign);
    }
    int c = cmp_mag(x->d, x->n, y->d, y->n);
    if (c == 0)
        return rv_int_from_i64(0);
    if (c > 0) {
        r = sub_mag(x->d, x->n, y->d, y->n, &rn);
        return from_digits(r, rn, x->sign);
    }
    r = sub_mag(y->d, y->n, x->d, x->n, &rn);
    return from_digits(r, rn, y->sign);
}

/* Floor division and modulo (Python's signs) of big values. */
static int floor_divmod(rv_obj_t *a, rv_obj_t *b, rv_obj_t **q, rv_obj_t **r)
{
    mag_t x, y;
    mag_of(a, &x);
    mag_of(b, &y);
    uint32_t *qd, *rd;
    size_t qn, rn;
    divmod_mag(x.d, x.n ? x.n : 1, y.d, y.n, &qd, &qn, &rd, &rn);
    if (!x.n) {
        qd[0] = 0;
        rd[0] = 0;
    }
    rv_obj_t *quot = from_digits(qd, qn, x.sign * y.sign);
    rv_obj_t *rem = from_digits(rd, rn ? rn : 1, x.sign);
    if (rv_int_sign(rem) != 0 && rv_int_sign(rem) != y.sign) {
        rv_obj_t *one = rv_int_from_i64(1);
        rv_obj_t *q2 = rv_int_binop(RV_OP_SUB, quot, one);
        rv_obj_t *r2 = rv_int_binop(RV_OP_ADD, rem, b);
        rv_decref(one);
        rv_decref(quot);
        rv_decref(rem);
        quot = q2;
        rem = r2;
    }
    if (q)
        *q = quot;
    else
        rv_decref(quot);
    if (r)
        *r = rem;
    else
        rv_decref(rem);
    return 0;
}

/* Two's-complement digits of x over k digits. */
static void to_twos(const mag_t *x, uint32_t *out, size_t k)
{
    for (size_t i = 0; i < k; i++)
        out[i] = i < x->n ? x->d[i] : 0;
    if (x->sign < 0) {
        uint64_t carry = 1;
        for (size_t i = 0; i < k; i++) {
            carry += (uint32_t)~out[i];
            out[i] = (uint32_t)carry;
            carry >>= 32;
        }
    }
}

static rv_obj_t *bitwise(rv_binop_t op, rv_obj_t *a, rv_obj_t *b)
{
    mag_t x, y;
    mag_of(a, &x);
    mag_of(b, &y);
    size_t k = (x.n > y.n ? x.n : y.n) + 1;
    uint32_t *u = digits_new(k), *v = digits_new(k), *r = digits_new(k);
    to_twos(&x, u, k);
    to_twos(&y, v, k);
    for (size_t i = 0; i < k; i++)
        r[i] = op == RV_OP_AND ? (u[i] & v[i]) : op == RV_OP_OR ? (u[i] | v[i]) : (u[i] ^ v[i]);
    int sign = 1;
    if (r[k - 1] >> 31) {
        sign = -1;
        uint64_t carry = 1;
        for (size_t i = 0; i < k; i++) {
            carry += (uint32_t)~r[i];
            r[i] = (uint32_t)carry;
            carry >>= 32;
        }
    }
    rv_free(u);
    rv_free(v);
    return from_digits(r, k, sign);
}

static rv_obj_t *shift(rv_obj_t *a, rv_obj_t *b, bool left)
{
    if (rv_int_sign(b) < 0) {
        rv_err_format(&rv_exc_ValueError, "negative shift count");
        return NULL;
    }
    int64_t s;
    if (!rv_int_fits_i64(b, &s) || s > (1 << 26)) {
        if (!left)
            return rv_int_from_i64(rv_int_sign(a) < 0 ? -1 : 0);
        rv_err_format(&rv_exc_OverflowError, "too many digits in integer");
        return NULL;
    }
    mag_t x;
    mag_of(a, &x);
    if (!x.n)
        return rv_int_from_i64(0);
    if (left) {
        size_t rn;
        uint32_t *r = lshift_mag(x.d, x.n, (size_t)s, &rn);
        return from_digits(r, rn, x.sign);
    }
    /* Right shift floors: -1 >> 1 == -1, as a floor division by 2**s. */
    rv_obj_t *one = rv_int_from_i64(1);
    rv_obj_t *p = shift(one, b, true);
    rv_decref(one);
    if (!p)
        return NULL;
    rv_obj_t *q;
    floor_divmod(a, p, &q, NULL);
    rv_decref(p);
    return q;
}

/* (2**k)**e for e >= 0 as one shift, or NULL (no error set) for another
 * base: squaring a base of millions of digits digit by digit took a
 * minute for 2 ** 10**7.  Past shift's 2**26 bits, MemoryError, as for
 * other results refviz will not build (docs/differences.md). */
static rv_obj_t *pow_of_two(rv_obj_t *a, rv_obj_t *b)
{
    if (rv_int_sign(a) <= 0)
        return NULL;
    size_t k = rv_int_bit_length(a) - 1;
    rv_obj_t *one = rv_int_from_i64(1);
    rv_obj_t *low = rv_int_binop(RV_OP_SUB, a, one);
    rv_obj_t *both = low ? bitwise(RV_OP_AND, a, low) : NULL;
    bool single_bit = both && rv_int_sign(both) == 0;
    rv_xdecref(low);
    rv_xdecref(both);
    int64_t e;
    if (!single_bit || k == 0 || !rv_int_fits_i64(b, &e)) {
        rv_decref(one);
        return NULL;
    }
    if ((uint64_t)e > ((uint64_t)1 << 26) / k) {
        rv_decref(one);
        rv_err_nomem();
        return NULL;
    }
    rv_obj_t *count = rv_int_from_i64((int64_t)k * e);
    rv_obj_t *r = shift(one, count, true);
    rv_decref(count);
    rv_decref(one);
    return r;
}

static rv_obj_t *int_pow(rv_obj_t *a, rv_obj_t *b)
{
    if (rv_int_sign(b) < 0) {
        /* long_pow hands a negative exponent to float_pow. */
        double x, y;
        if (rv_int_to_double(a, &x) < 0 || rv_int_to_double(b, &y) < 0)
            return NULL;
        return rv_float_pow(x, y);
    }
    rv_obj_t *quick = pow_of_two(a, b);
    if (quick || rv_err_occurred())
        return quick;
    rv_obj_t *result = rv_int_from_i64(1), *base = rv_incref(a), *e = rv_incref(b);
    rv_obj_t *one = rv_int_from_i64(1);
    while (rv_int_sign(e) > 0) {
        rv_obj_t *bit = bitwise(RV_OP_AND, e, one);
        if (rv_int_sign(bit)) {
            rv_obj_t *t = rv_int_binop(RV_OP_MUL, result, base);
            rv_decref(result);
            result = t;
        }
        rv_decref(bit);
        rv_obj_t *ne = shift(e, one, false);
        rv_decref(e);
        e = ne;
        if (rv_int_sign(e) > 0) {
            rv_obj_t *sq = rv_int_binop(RV_OP_MUL, base, base);
            rv_decref(base);
            base = sq;
        }
    }
    rv_decref(one);
    rv_decref(base);
    rv_decref(e);
    return result;
}

/* long_true_divide: a / b correctly rounded, whatever the sizes.  With
 * a_bits - b_bits known, a is shifted so that the integer quotient
 * x = a * 2**-shift // b has DBL_MANT_DIG + 2 or 3 bits (fewer for a
 * subnormal result, which then rounds once too); the extra bits, and
 * whether the shift or the division lost anything, round x half to even,
 * and ldexp(x, shift) is then exact unless it overflows. */
static rv_obj_t *true_divide(rv_obj_t *a, rv_obj_t *b)
{
    mag_t x, y;
    mag_of(a, &x);
    mag_of(b, &y);
    if (!y.n) {
        rv_err_format(&rv_exc_ZeroDivisionError, "division by zero");
        return NULL;
    }
    bool negate = (x.sign < 0) != (y.sign < 0);
    if (!x.n)
        return rv_float_from_double(negate ? -0.0 : 0.0);
    int64_t a_bits = (int64_t)bitlen_mag(x.d, x.n), b_bits = (int64_t)bitlen_mag(y.d, y.n);
    if (a_bits <= DBL_MANT_DIG && b_bits <= DBL_MANT_DIG) {
        /* Both exact as doubles: one correctly rounded division. */
        double q = (double)low_u64(x.d, x.n) / (double)low_u64(y.d, y.n);
        return rv_float_from_double(negate ? -q : q);
    }
    int64_t diff = a_bits - b_bits;
    if (diff > DBL_MAX_EXP)
        goto overflow;
    if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1)
        return rv_float_from_double(negate ? -0.0 : 0.0);
    int64_t shift = (diff > DBL_MIN_EXP ? diff : DBL_MIN_EXP) - DBL_MANT_DIG - 2;
    bool inexact = false;
    uint32_t *sh, *qd, *rd;
    size_t shn, qn, rn;
    if (shift <= 0)
        sh = lshift_mag(x.d, x.n, (size_t)-shift, &shn);
    else
        sh = rshift_mag(x.d, x.n, (size_t)shift, &shn, &inexact);
    while (shn && sh[shn - 1] == 0)
        shn--;
    divmod_mag(sh, shn, y.d, y.n, &qd, &qn, &rd, &rn);
    while (rn && rd[rn - 1] == 0)
        rn--;
    inexact |= rn != 0;
    while (qn && qd[qn - 1] == 0)
        qn--;
    int64_t x_bits = (int64_t)bitlen_mag(qd, qn);
    uint64_t q = low_u64(qd, qn); /* below 2**57 */
    rv_free(sh);
    rv_free(qd);
    rv_free(rd);
    /* Round away extra_bits (2 or 3) bits, half to even; the inexact flag
     * counts as a bit below them all. */
    int64_t extra_bits = (x_bits > DBL_MIN_EXP - shift ? x_bits : DBL_MIN_EXP - shift) -
                         DBL_MANT_DIG;
    uint64_t mask = (uint64_t)1 << (extra_bits - 1);
    uint64_t low = q | inexact;
    if ((low & mask) && (low & (3 * mask - 1)))
        low += mask;
    double dx = (double)(low & ~(2 * mask - 1)); /* exact */
    if (shift + x_bits >= DBL_MAX_EXP &&
        (shift + x_bits > DBL_MAX_EXP || dx == ldexp(1.0, (int)x_bits)))
        goto overflow;
    double r = ldexp(dx, (int)shift);
    return rv_float_from_double(negate ? -r : r);
overflow:
    rv_err_format(&rv_exc_OverflowError, "integer division result too large for a float");
    return NULL;
}

static bool is_int(rv_obj_t *o)
{
    return rv_isinstance(o, &rv_int_type);
}

rv_obj_t *rv_int_binop(rv_binop_t op, rv_obj_t *a, rv_obj_t *b)
{
    if (!is_int(a) || !is_int(b))
        return rv_incref(rv_NotImplemented);
    int64_t x = 0, y = 0, r;
    bool small = rv_int_fits_i64(a, &x) && rv_int_fits_i64(b, &y);
    switch (op) {
    case RV_OP_ADD:
    case RV_OP_SUB:
        if (small && !(op == RV_OP_ADD ? __builtin_add_overflow(x, y, &r)
                                       : __builtin_sub_overflow(x, y, &r)))
            return rv_int_from_i64(r);
        {
            mag_t m, n;
            mag_of(a, &m);
            mag_of(b, &n);
            if (op == RV_OP_SUB)
                n.sign = -n.sign;
            return add_signed(&m, &n);
        }
    case RV_OP_MUL:
        if (small && !__builtin_mul_overflow(x, y, &r))
            return rv_int_from_i64(r);
        {
            mag_t m, n;
            mag_of(a, &m);
            mag_of(b, &n);
            if (!m.n || !n.n)
                return rv_int_from_i64(0);
            size_t rn;
            uint32_t *d = mul_mag(m.d, m.n, n.d, n.n, &rn);
            return from_digits(d, rn, m.sign * n.sign);
        }
    case RV_OP_FLOORDIV:
    case RV_OP_MOD:
        if (rv_int_sign(b) == 0) {
            rv_err_format(&rv_exc_ZeroDivisionError, op == RV_OP_MOD
                                                          ? "integer modulo by zero"
                                                          : "integer division or modulo by zero");
            return NULL;
        }
        if (small && !(x == INT64_MIN && y == -1)) {
            int64_t q = x / y, m = x % y;
            if (m != 0 && ((m < 0) != (y < 0))) {
                q -= 1;
                m += y;
            }
            return rv_int_from_i64(op == RV_OP_MOD ? m : q);
        }
        {
            rv_obj_t *q = NULL, *m = NULL;
            floor_divmod(a, b, op == RV_OP_FLOORDIV ? &q : NULL, op == RV_OP_MOD ? &m : NULL);
            return op == RV_OP_MOD ? m : q;
        }
    case RV_OP_TRUEDIV:
        return true_divide(a, b);
    case RV_OP_POW:
        return int_pow(a, b);
    case RV_OP_LSHIFT:
        if (small && y >= 0 && y < 62 && x >= -((int64_t)1 << (62 - y)) &&
            x < ((int64_t)1 << (62 - y)))
            return rv_int_from_i64(x * ((int64_t)1 << y));
        return shift(a, b, true);
    case RV_OP_RSHIFT:
        if (small && y >= 0)
            return rv_int_from_i64(y >= 63 ? (x < 0 ? -1 : 0) : x >> y);
        return shift(a, b, false);
    case RV_OP_AND:
    case RV_OP_OR:
    case RV_OP_XOR:
        if (small)
            return rv_int_from_i64(op == RV_OP_AND ? (x & y) : op == RV_OP_OR ? (x | y) : (x ^ y));
        return bitwise(op, a, b);
    default:
        return rv_incref(rv_NotImplemented);
    }
}

static rv_obj_t *int_unop(rv_unop_t op, rv_obj_t *a)
{
    int64_t x = 0;
    bool small = rv_int_fits_i64(a, &x);
    switch (op) {
    case RV_UOP_POS:
        if (RV_IS(a, rv_int_type))
            return rv_incref(a);
        return rv_int_from_i64(x);
    case RV_UOP_NEG:
        if (small && x != INT64_MIN)
            return rv_int_from_i64(-x);
        {
            mag_t m;
            mag_of(a, &m);
            return from_digits(memcpy(digits_new(m.n), m.d, m.n * 4), m.n, -m.sign);
        }
    case RV_UOP_INVERT:
        if (small)
            return rv_int_from_i64(~x);
        {
            rv_obj_t *one = rv_int_from_i64(1);
            rv_obj_t *n = int_unop(RV_UOP_NEG, a);
            rv_obj_t *r = rv_int_binop(RV_OP_SUB, n, one);
            rv_decref(one);
            rv_decref(n);
            return r;
        }
    }
    return rv_incref(rv_NotImplemented);
}

/******************************************************************************/
/* slots                                                                      */

static void int_release(rv_obj_t *o)
{
    rv_free(RV_INT(o)->digits);
    rv_obj_free(o);
}

static rv_obj_t *int_repr(rv_obj_t *o)
{
    rv_buf_t b = RV_BUF_INIT;
    if (rv_int_to_decimal(o, &b) < 0) {
        rv_buf_free(&b);
        return NULL;
    }
    /* long_to_decimal_string makes a new str even for one digit: str(0)
     * is not str(0), where one-character results of other paths are
     * CPython's cached singletons. */
    rv_obj_t *s = rv_str_new_uncached(b.data, b.len);
    rv_buf_free(&b);
    return s;
}

/* long_hash: the value modulo 2**61 - 1, with the sign; -1 becomes -2. */
static int int_hash(rv_obj_t *o, int64_t *out)
{
    const uint64_t P = ((uint64_t)1 << 61) - 1;
    mag_t m;
    mag_of(o, &m);
    unsigned __int128 h = 0;
    for (size_t i = m.n; i-- > 0;)
        h = ((h << 32) + m.d[i]) % P;
    int64_t r = (int64_t)h;
    if (m.sign < 0)
        r = -r;
    if (r == -1)
        r = -2;
    *out = r;
    return 0;
}

static rv_obj_t *compare_result(int c, rv_cmpop_t op)
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

static rv_obj_t *int_richcompare(rv_obj_t *a, rv_obj_t *b, rv_cmpop_t op)
{
    if (is_int(a) && is_int(b))
        return compare_result(rv_int_cmp(a, b), op);
    if (is_int(a) && RV_IS(b, rv_float_type)) {
        /* Exact comparison with a float, as float_richcompare does it. */
        double f = rv_float_value(b);
        if (isnan(f))
            return rv_bool_from(op == RV_NE);
        if (isinf(f))
            return compare_result(f > 0 ? -1 : 1, op);
        double fl = floor(f);
        rv_obj_t *fi = rv_int_from_double(fl);
        if (!fi)
            return NULL;
        int c = rv_int_cmp(a, fi);
        rv_decref(fi);
        if (c == 0 && f != fl)
            c = -1; /* a == floor(f) < f */
        return compare_result(c, op);
    }
    return rv_incref(rv_NotImplemented);
}

static int int_truth(rv_obj_t *o)
{
    return rv_int_sign(o) != 0;
}

static size_t int_size(rv_obj_t *o)
{
    /* long_sizeof (3.11): 24 + 4 bytes per 30-bit digit, at least one. */
    size_t d = rv_int_cpython_digits(o);
    return 24 + 4 * (d ? d : 1);
}

static rv_obj_t *int_make(rv_type_t *type, rv_obj_t *const *args, size_t nargs,
                          rv_obj_t *kwnames)
{
    (void)type;
    if (rv_arg_no_kw("int", kwnames) < 0 || rv_arg_count("int", nargs, 0, 2) < 0)
        return NULL;
    if (nargs == 0)
        return rv_int_from_i64(0);
    rv_obj_t *x = args[0];
    if (nargs == 2) {
        bool bytes = RV_IS(x, rv_bytes_type) || RV_IS(x, rv_bytearray_type);
        if (!rv_isinstance(x, &rv_str_type) && !bytes) {
            rv_err_format(&rv_exc_TypeError, "int() can't convert non-string with explicit base");
            return NULL;
        }
        int64_t base;
        if (!is_int(args[1]) || !rv_int_fits_i64(args[1], &base) ||
            (base != 0 && (base < 2 || base > 36))) {
            rv_err_format(&rv_exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
            return NULL;
        }
        if (bytes) {
            rv_buffer_t v;
            rv_buffer_get(x, &v);
            rv_obj_t *r = rv_int_from_ascii_bytes(v.data, v.len, (int)base);
            rv_buffer_release(&v);
            return r;
        }
        return rv_int_from_text(rv_str_utf8(x), rv_str_nbytes(x), (int)base);
    }
    if (RV_IS(x, rv_int_type))
        return rv_incref(x);
    if (is_int(x))
        return rv_int_from_i64(RV_INT(x)->small);
    if (RV_IS(x, rv_float_type))
        return rv_int_from_double(rv_float_value(x));
    if (rv_isinstance(x, &rv_str_type))
        return rv_int_from_text(rv_str_utf8(x), rv_str_nbytes(x), 10);
    rv_buffer_t v;
    int has = rv_buffer_get(x, &v);
    if (has < 0)
        return NULL;
    if (has) {
        rv_obj_t *r = rv_int_from_ascii_bytes(v.data, v.len, 10);
        rv_buffer_release(&v);
        return r;
    }
    if (x->type->pynumber) {
        rv_obj_t *num = x->type->pynumber(x);
        rv_obj_t *r = RV_IS(num, rv_float_type) ? rv_int_from_double(rv_float_value(num))
                                                 : rv_int_binop(RV_OP_ADD, num, rv_False);
        rv_decref(num);
        return r;
    }
    rv_err_format(&rv_exc_TypeError,
                  "int() argument must be a string, a bytes-like object or a real number, not "
                  "'%s'",
                  x->type->name);
    return NULL;
}

static rv_obj_t *int_bit_length(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                rv_obj_t *kwnames)
{
    if (rv_arg_no_kw("bit_length", kwnames) < 0 || rv_arg_count("bit_length", nargs, 0, 0) < 0)
        return NULL;
    return rv_int_from_u64(rv_int_bit_length(self));
}

static rv_obj_t *int_conjugate(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                               rv_obj_t *kwnames)
{
    if (rv_arg_no_kw("conjugate", kwnames) < 0 || rv_arg_count("conjugate", nargs, 0, 0) < 0)
        return NULL;
    return int_unop(RV_UOP_POS, self);
}

static const char *const int_attrs[] = { "real", "imag", "numerator", "denominator", NULL };

static rv_obj_t *int_getattr(rv_obj_t *o, rv_obj_t *name)
{
    if (rv_str_eq_cstr(name, "real") || rv_str_eq_cstr(name, "numerator"))
        return int_unop(RV_UOP_POS, o);
    if (rv_str_eq_cstr(name, "imag"))
        return rv_int_from_i64(0);
    if (rv_str_eq_cstr(name, "denominator"))
        return rv_int_from_i64(1);
    const rv_method_t *m = rv_type_find_method(o->type, rv_str_utf8(name));
    if (m)
        return rv_builtin_new(m, o);
    rv_err_format(&rv_exc_AttributeError, "'%s' object has no attribute '%s'", o->type->name,
                  rv_str_utf8(name));
    return NULL;
}

/* Built-in ints have no writable attributes (getset descriptors). */
static int int_setattr(rv_obj_t *o, rv_obj_t *name, rv_obj_t *value)
{
    (void)value;
    for (size_t i = 0; int_attrs[i]; i++) {
        if (rv_str_eq_cstr(name, int_attrs[i])) {
            rv_err_format(&rv_exc_AttributeError, "attribute '%s' of '%s' objects is not writable",
                          int_attrs[i], o->type->name);
            return -1;
        }
    }
    rv_err_format(&rv_exc_AttributeError, "'%s' object has no attribute '%s'", o->type->name,
                  rv_str_utf8(name));
    return -1;
}

static const rv_method_t int_methods[] = {
    { "bit_length", int_bit_length, 0 },
    { "conjugate", int_conjugate, 0 },
    { "from_bytes", rv_int_m_from_bytes, RV_METH_CLASS },
    { "to_bytes", rv_int_m_to_bytes, 0 },
    { NULL, NULL, 0 },
};

rv_type_t rv_int_type = {
    .name = "int",
    .flags = RV_TF_BASETYPE | RV_TF_INLINE,
    .release = int_release,
    .repr = int_repr,
    .format = rv_int_format,
    .hash = int_hash,
    .richcompare = int_richcompare,
    .truth = int_truth,
    .binop = rv_int_binop,
    .unop = int_unop,
    .getattr = int_getattr,
    .setattr = int_setattr,
    .methods = int_methods,
    .size = int_size,
    .make = int_make,
};
