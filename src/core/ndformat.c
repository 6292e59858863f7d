/* src/core/ndformat.c - NumPy 1.24's array and scalar printing.
 *
 * Mirrors numpy/core/arrayprint.py with the default print options:
 *
 *   repr:  "array(" + body + ")" or "array(" + body + ", dtype=NAME)"
 *   str:   body
 *
 * The body is built by recurse() exactly as _formatArray's recurser does:
 * the last axis lays its elements out on lines of at most `width`
 * characters (the width shrinks by one per nesting level for the closing
 * bracket, and by the suffix "," or ")" of repr), outer axes put their
 * sub-arrays on separate lines, with one blank line more per axis beyond
 * the second.  Arrays of more than 1000 elements are summarized: an axis
 * longer than 6 shows its first and last 3 entries around "...".
 *
 * Every element is printed by one formatter chosen from the dtype and
 * fitted to the elements shown (fmt_prepare): ints right-aligned to a
 * common width (IntegerFormat), bools as " True"/"False" (BoolFormat), and
 * floats by FloatingFormat: the shortest digits that read back to the same
 * value (NumPy's Dragon4 "unique" mode) cut at 8 fractional digits, padded
 * to common integer and fraction widths; scientific notation for all when a
 * non-zero magnitude is >= 1e8 or < 1e-4 or max/min > 1e3; there every
 * element is rounded to the longest of those digit counts (Dragon4's
 * min_digits goes on with the exact value's digits, not zeros).
 *
 * Shortest digits: the least p whose closest p-digit decimal (printf's
 * correctly rounded "%.*e") strtod (strtof for float32) reads back to the
 * value, found by bisection; where the value's interval is lopsided (a
 * power of two) the p-digit decimal on the other side may be the one, so
 * p is searched one by one.  Dragon4 accepts the interval's ends by the
 * parser's round-half-even rule, as strtod does (np.float64(1e23) prints
 * 1e+23). */
#include "core/ndformat.h"

#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { LINE_WIDTH = 75, THRESHOLD = 1000, EDGE_ITEMS = 3, PRECISION = 8 };

/* ---- dtypes ------------------------------------------------------------ */

static const struct {
    const char *name;
    int size;
} dtype_info[] = {
    [RV_ND_BOOL] = { "bool", 1 },       [RV_ND_INT8] = { "int8", 1 },
    [RV_ND_INT16] = { "int16", 2 },     [RV_ND_INT32] = { "int32", 4 },
    [RV_ND_INT64] = { "int64", 8 },     [RV_ND_UINT8] = { "uint8", 1 },
    [RV_ND_UINT16] = { "uint16", 2 },   [RV_ND_UINT32] = { "uint32", 4 },
    [RV_ND_UINT64] = { "uint64", 8 },   [RV_ND_FLOAT32] = { "float32", 4 },
    [RV_ND_FLOAT64] = { "float64", 8 },
};

const char *rv_nd_dtype_name(rv_nd_dtype_t dtype)
{
    return dtype_info[dtype].name;
}

int rv_nd_dtype_itemsize(rv_nd_dtype_t dtype)
{
    return dtype_info[dtype].size;
}

static bool is_float(rv_nd_dtype_t t)
{
    return t == RV_ND_FLOAT32 || t == RV_ND_FLOAT64;
}

/* The elements are read with memcpy: a view's strides need not keep them
 * aligned. */
static int64_t load_int(rv_nd_dtype_t t, const unsigned char *p)
{
    switch (t) {
    case RV_ND_BOOL: return *p != 0;
    case RV_ND_INT8: { int8_t v; memcpy(&v, p, 1); return v; }
    case RV_ND_INT16: { int16_t v; memcpy(&v, p, 2); return v; }
    case RV_ND_INT32: { int32_t v; memcpy(&v, p, 4); return v; }
    case RV_ND_INT64: { int64_t v; memcpy(&v, p, 8); return v; }
    case RV_ND_UINT8: return *p;
    case RV_ND_UINT16: { uint16_t v; memcpy(&v, p, 2); return v; }
    case RV_ND_UINT32: { uint32_t v; memcpy(&v, p, 4); return v; }
    default: return 0;
    }
}

static uint64_t load_uint64(const unsigned char *p)
{
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
}

static double load_float(rv_nd_dtype_t t, const unsigned char *p)
{
    if (t == RV_ND_FLOAT32) {
        float v;
        memcpy(&v, p, 4);
        return v;
    }
    double v;
    memcpy(&v, p, 8);
    return v;
}

/* ---- decimal digits of a float -------------------------------------- */

/* |x| = 0.d[0] d[1] ... d[n-1] * 10^(exp+1), i.e. d[0] is the digit of
 * 10^exp; no trailing zeros except for zero itself ("0", exp 0). */
typedef struct dec {
    char d[40];
    int n;
    int exp;
} dec_t;

/* Reads the digits of printf's "%e" text (sign already absent). */
static void dec_from_e(const char *s, dec_t *out)
{
    out->n = 0;
    for (; *s && *s != 'e'; s++)
        if (*s >= '0' && *s <= '9')
            out->d[out->n++] = *s;
    out->exp = *s == 'e' ? atoi(s + 1) : 0;
    while (out->n > 1 && out->d[out->n - 1] == '0')
        out->n--;
    if (out->n == 1 && out->d[0] == '0')
        out->exp = 0;
    out->d[out->n] = '\0';
}

static bool reads_back(const char *text, double x, bool f32)
{
    if (f32)
        return strtof(text, NULL) == (float)x;
    return strtod(text, NULL) == x;
}

/* The p-digit decimal one unit in the last place from the one in e_text
 * (up when up), as "%e" text in buf; false when it would lose a digit. */
static bool neighbour(const char *e_text, int p, bool up, char *buf, size_t size)
{
    dec_t d;
    dec_from_e(e_text, &d);
    char dig[40];
    memset(dig, '0', (size_t)p);
    memcpy(dig, d.d, (size_t)d.n);
    int exp = d.exp;
    int i = p - 1;
    if (up) {
        while (i >= 0 && dig[i] == '9')
            dig[i--] = '0';
        if (i < 0)
            return false;
        dig[i]++;
    } else {
        while (i >= 0 && dig[i] == '0')
            dig[i--] = '9';
        if (i < 0)
            return false;
        dig[i]--;
        if (dig[0] == '0')
            return false;
    }
    snprintf(buf, size, "%c.%.*se%d", dig[0], p - 1, dig + 1, exp);
    return true;
}

/* True when x is a power of two above the smallest normal: its interval
 * of values that read back to it is twice as wide above as below. */
static bool lopsided(double x, bool f32)
{
    if (f32) {
        float f = (float)x;
        uint32_t bits;
        memcpy(&bits, &f, 4);
        return (bits & 0x7fffffu) == 0 && ((bits >> 23) & 0xffu) > 1;
    }
    uint64_t bits;
    memcpy(&bits, &x, 8);
    return (bits & 0xfffffffffffffull) == 0 && ((bits >> 52) & 0x7ffu) > 1;
}

/* Does the closest p-digit decimal to x read back to x?  Leaves it in buf. */
static bool closest_reads_back(double x, bool f32, int p, char *buf, size_t size)
{
    snprintf(buf, size, "%.*e", p - 1, x);
    return reads_back(buf, x, f32);
}

/* The shortest digits that read back to x (finite, as double or float),
 * when there are at most pmax of them; false when there are more. */
static bool shortest_upto(double x, bool f32, int pmax, dec_t *out)
{
    char buf[64], other[64];
    x = fabs(x);
    if (x == 0) {
        strcpy(out->d, "0");
        out->n = 1;
        out->exp = 0;
        return true;
    }
    int maxp = f32 ? 9 : 17;
    if (pmax > maxp)
        pmax = maxp;
    if (lopsided(x, f32)) {
        for (int p = 1; p <= pmax; p++) {
            if (closest_reads_back(x, f32, p, buf, sizeof buf)) {
                dec_from_e(buf, out);
                return true;
            }
            /* The closest p-digit decimal misses; the one on the other
             * side of x may still be inside the wider half. */
            bool up = strtod(buf, NULL) < x;
            if (neighbour(buf, p, up, other, sizeof other) && reads_back(other, x, f32)) {
                dec_from_e(other, out);
                return true;
            }
        }
        return false;
    }
    /* On a symmetric interval, if the closest p-digit decimal reads back,
     * so does the closest (p+1)-digit one: search for the least p. */
    if (pmax < 1 || !closest_reads_back(x, f32, pmax, buf, sizeof buf))
        return false;
    int lo = 1, hi = pmax;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (closest_reads_back(x, f32, mid, buf, sizeof buf))
            hi = mid;
        else
            lo = mid + 1;
    }
    closest_reads_back(x, f32, hi, buf, sizeof buf);
    dec_from_e(buf, out);
    return true;
}

static void shortest(double x, bool f32, dec_t *out)
{
    if (!shortest_upto(x, f32, 17, out)) {
        char buf[64];
        snprintf(buf, sizeof buf, "%.*e", f32 ? 8 : 16, fabs(x));
        dec_from_e(buf, out);
    }
}

/* Number of digits after the decimal point in positional notation. */
static int dec_frac_digits(const dec_t *d)
{
    int f = d->n - 1 - d->exp;
    return f > 0 ? f : 0;
}

/* Reads the digits of printf's "%f" text ("123.4500", sign absent). */
static void dec_from_f(const char *s, dec_t *out)
{
    const char *dot = strchr(s, '.');
    out->n = 0;
    out->exp = (dot ? (int)(dot - s) : (int)strlen(s)) - 1;
    bool leading = true;
    for (; *s && out->n < (int)sizeof out->d - 1; s++) {
        if (*s == '.')
            continue;
        if (leading && *s == '0') {
            out->exp--;
            continue;
        }
        leading = false;
        out->d[out->n++] = *s;
    }
    if (out->n == 0) {
        out->d[out->n++] = '0';
        out->exp = 0;
    }
    while (out->n > 1 && out->d[out->n - 1] == '0')
        out->n--;
    out->d[out->n] = '\0';
}

/* Dragon4 in unique mode with a cutoff: the shortest digits, unless they
 * need more than `prec` fractional digits (positional) or significant
 * digits after the first (scientific); then x correctly rounded there. */
static void digits_cut(double x, bool f32, bool scientific, int prec, dec_t *out)
{
    char buf[400];
    if (scientific) {
        if (shortest_upto(x, f32, prec + 1, out))
            return;
        snprintf(buf, sizeof buf, "%.*e", prec, fabs(x));
        dec_from_e(buf, out);
    } else {
        /* At most prec fractional digits: prec + exp10 + 1 digits in all
         * (one more for a log10 that errs). */
        int exp10 = x == 0 ? 0 : (int)floor(log10(fabs(x)));
        if (shortest_upto(x, f32, prec + exp10 + 2, out) && dec_frac_digits(out) <= prec)
            return;
        snprintf(buf, sizeof buf, "%.*f", prec, fabs(x));
        dec_from_f(buf, out);
    }
}

/* Positional text of d: integer part and fraction (no trailing zeros). */
static void dec_positional(const dec_t *d, rv_buf_t *ip, rv_buf_t *fp)
{
    if (d->exp < 0) {
        rv_buf_addc(ip, '0');
        for (int i = 0; i < -d->exp - 1; i++)
            rv_buf_addc(fp, '0');
        rv_buf_add(fp, d->d, (size_t)d->n);
        return;
    }
    for (int i = 0; i <= d->exp; i++)
        rv_buf_addc(ip, i < d->n ? d->d[i] : '0');
    if (d->n > d->exp + 1)
        rv_buf_add(fp, d->d + d->exp + 1, (size_t)(d->n - d->exp - 1));
}

static void add_spaces(rv_buf_t *b, long n)
{
    for (long i = 0; i < n; i++)
        rv_buf_addc(b, ' ');
}

/* The exponent as NumPy writes it: sign and at least `width` digits. */
static void add_exponent(rv_buf_t *b, int exp, int width)
{
    rv_buf_printf(b, "e%c%0*d", exp < 0 ? '-' : '+', width, exp < 0 ? -exp : exp);
}

static int exponent_len(int exp)
{
    char tmp[16];
    return snprintf(tmp, sizeof tmp, "%02d", exp < 0 ? -exp : exp);
}

/* ---- the element formatter (arrayprint's *Format classes) ------------ */

typedef struct fmt {
    rv_nd_dtype_t dtype;
    int int_width;      /* IntegerFormat: "%{w}d" */
    bool bool_pad;      /* BoolFormat: " True" except in 0-d arrays */
    /* FloatingFormat */
    bool exp_format;
    int precision;      /* cutoff; in scientific also the exact width */
    int pad_left, pad_right, exp_size;
} fmt_t;

/* Walks the elements that are printed (the corners of a summarized array)
 * and calls fn on each. */
typedef void (*visit_fn)(void *ctx, const unsigned char *p);

static void visit(const rv_nd_layout_t *a, bool summarize, int axis,
                  const unsigned char *p, visit_fn fn, void *ctx)
{
    if (axis == a->ndim) {
        fn(ctx, p);
        return;
    }
    int64_t len = a->shape[axis], stride = a->strides[axis];
    bool cut = summarize && len > 2 * EDGE_ITEMS;
    for (int64_t i = 0; i < len; i++) {
        if (cut && i == EDGE_ITEMS)
            i = len - EDGE_ITEMS;
        visit(a, summarize, axis + 1, p + i * stride, fn, ctx);
    }
}

typedef struct int_range {
    rv_nd_dtype_t dtype;
    bool any;
    int64_t lo, hi;
    uint64_t ulo, uhi;
} int_range_t;

static void visit_int(void *ctx, const unsigned char *p)
{
    int_range_t *r = ctx;
    if (r->dtype == RV_ND_UINT64) {
        uint64_t v = load_uint64(p);
        if (!r->any || v < r->ulo)
            r->ulo = v;
        if (!r->any || v > r->uhi)
            r->uhi = v;
    } else {
        int64_t v = load_int(r->dtype, p);
        if (!r->any || v < r->lo)
            r->lo = v;
        if (!r->any || v > r->hi)
            r->hi = v;
    }
    r->any = true;
}

typedef struct float_scan {
    rv_nd_dtype_t dtype;
    fmt_t *f;
    int pass;
    bool any_nonzero, any_finite, any_nonfinite, neg_inf;
    double max_abs, min_abs;
    int frac_max, int_max, exp_max;
} float_scan_t;

/* Pass 0: the magnitudes that choose the notation (FloatingFormat's
 * fillFormat); pass 1: the widths of the digits of every finite value. */
static void visit_float(void *ctx, const unsigned char *p)
{
    float_scan_t *s = ctx;
    double x = load_float(s->dtype, p);
    bool f32 = s->dtype == RV_ND_FLOAT32;
    if (!isfinite(x)) {
        s->any_nonfinite = true;
        if (isinf(x) && x < 0)
            s->neg_inf = true;
        return;
    }
    if (s->pass == 0) {
        double m = fabs(x);
        s->any_finite = true;
        if (m != 0) {
            if (!s->any_nonzero || m > s->max_abs)
                s->max_abs = m;
            if (!s->any_nonzero || m < s->min_abs)
                s->min_abs = m;
            s->any_nonzero = true;
        }
        return;
    }
    dec_t d;
    digits_cut(x, f32, s->f->exp_format, PRECISION, &d);
    int sign = signbit(x) ? 1 : 0;
    if (s->f->exp_format) {
        int frac = d.n - 1;
        int el = exponent_len(d.exp);
        if (frac > s->frac_max)
            s->frac_max = frac;
        if (1 + sign > s->int_max)
            s->int_max = 1 + sign;
        if (el > s->exp_max)
            s->exp_max = el;
    } else {
        int frac = dec_frac_digits(&d);
        int il = (d.exp < 0 ? 1 : d.exp + 1) + sign;
        if (frac > s->frac_max)
            s->frac_max = frac;
        if (il > s->int_max)
            s->int_max = il;
    }
}

static void fmt_prepare_float(fmt_t *f, const rv_nd_layout_t *a, bool summarize)
{
    float_scan_t s = { .dtype = a->dtype, .f = f };
    visit(a, summarize, 0, a->data, visit_float, &s);
    if (s.any_nonzero) {
        /* NumPy divides in the array's own precision (a float32 ratio may
         * overflow to inf); the comparisons with 1e8 and 1e-4 are made
         * with the Python floats, in double. */
        double ratio = a->dtype == RV_ND_FLOAT32 ? (double)((float)s.max_abs / (float)s.min_abs)
                                                 : s.max_abs / s.min_abs;
        if (s.max_abs >= 1e8 || s.min_abs < 1e-4 || ratio > 1000.)
            f->exp_format = true;
    }
    f->precision = PRECISION;
    f->exp_size = -1;
    if (!s.any_finite) {
        f->pad_left = f->pad_right = 0;
    } else {
        s.pass = 1;
        s.any_nonfinite = false;
        visit(a, summarize, 0, a->data, visit_float, &s);
        f->pad_left = s.int_max;
        if (f->exp_format) {
            f->exp_size = s.exp_max;
            f->precision = s.frac_max;
            f->pad_right = f->exp_size + 2 + f->precision;
        } else {
            f->pad_right = s.frac_max;
        }
    }
    if (s.any_nonfinite) {
        int offset = f->pad_right + 1;
        int nanlen = 3, inflen = 3 + (s.neg_inf ? 1 : 0);
        if (nanlen - offset > f->pad_left)
            f->pad_left = nanlen - offset;
        if (inflen - offset > f->pad_left)
            f->pad_left = inflen - offset;
    }
}

static void fmt_prepare(fmt_t *f, const rv_nd_layout_t *a, bool summarize)
{
    memset(f, 0, sizeof *f);
    f->dtype = a->dtype;
    if (a->dtype == RV_ND_BOOL) {
        f->bool_pad = a->ndim > 0;
    } else if (is_float(a->dtype)) {
        fmt_prepare_float(f, a, summarize);
    } else {
        int_range_t r = { .dtype = a->dtype };
        visit(a, summarize, 0, a->data, visit_int, &r);
        char tmp[32];
        int w1, w2;
        if (a->dtype == RV_ND_UINT64) {
            w1 = snprintf(tmp, sizeof tmp, "%llu", (unsigned long long)r.ulo);
            w2 = snprintf(tmp, sizeof tmp, "%llu", (unsigned long long)r.uhi);
        } else {
            w1 = snprintf(tmp, sizeof tmp, "%lld", (long long)r.lo);
            w2 = snprintf(tmp, sizeof tmp, "%lld", (long long)r.hi);
        }
        f->int_width = w1 > w2 ? w1 : w2;
    }
}

static void fmt_float(const fmt_t *f, double x, rv_buf_t *out)
{
    bool f32 = f->dtype == RV_ND_FLOAT32;
    if (!isfinite(x)) {
        const char *t = isnan(x) ? "nan" : x < 0 ? "-inf" : "inf";
        add_spaces(out, f->pad_left + f->pad_right + 1 - (long)strlen(t));
        rv_buf_adds(out, t);
        return;
    }
    dec_t d;
    const char *sign = signbit(x) ? "-" : "";
    if (f->exp_format) {
        /* Dragon4 with min_digits: past the shortest digits it goes on
         * with the exact value's, so every element is x correctly rounded
         * to the common precision (3.0106359e+01, not 3.0106360e+01). */
        char buf[64];
        snprintf(buf, sizeof buf, "%.*e", f->precision, fabs(x));
        dec_from_e(buf, &d);
        add_spaces(out, f->pad_left - 1 - (long)strlen(sign));
        rv_buf_adds(out, sign);
        rv_buf_addc(out, d.d[0]);
        rv_buf_addc(out, '.');
        rv_buf_add(out, d.d + 1, (size_t)(d.n - 1));
        for (int i = d.n - 1; i < f->precision; i++)
            rv_buf_addc(out, '0');
        add_exponent(out, d.exp, f->exp_size);
        return;
    }
    digits_cut(x, f32, false, f->precision, &d);
    if (d.n < d.exp + 1) {
        /* With min_digits 0 Dragon4 does not stop before the units digit:
         * a float32 above 2**24 prints all its integer digits, 99999992.
         * where its shortest digits are 9999999e1. */
        char buf[400];
        snprintf(buf, sizeof buf, "%.0f", fabs(x));
        dec_from_f(buf, &d);
    }
    rv_buf_t ip = RV_BUF_INIT, fp = RV_BUF_INIT;
    dec_positional(&d, &ip, &fp);
    add_spaces(out, f->pad_left - (long)(ip.len + strlen(sign)));
    rv_buf_adds(out, sign);
    rv_buf_add(out, ip.data, ip.len);
    rv_buf_addc(out, '.');
    rv_buf_add(out, fp.data, fp.len);
    add_spaces(out, f->pad_right - (long)fp.len);
    rv_buf_free(&ip);
    rv_buf_free(&fp);
}

static void fmt_elem(const fmt_t *f, const unsigned char *p, rv_buf_t *out)
{
    switch (f->dtype) {
    case RV_ND_BOOL:
        rv_buf_adds(out, *p ? (f->bool_pad ? " True" : "True") : "False");
        break;
    case RV_ND_FLOAT32:
    case RV_ND_FLOAT64:
        fmt_float(f, load_float(f->dtype, p), out);
        break;
    case RV_ND_UINT64:
        rv_buf_printf(out, "%*llu", f->int_width, (unsigned long long)load_uint64(p));
        break;
    default:
        rv_buf_printf(out, "%*lld", f->int_width, (long long)load_int(f->dtype, p));
        break;
    }
}

/* ---- layout (_formatArray) ------------------------------------------- */

typedef struct ctx {
    const rv_nd_layout_t *a;
    fmt_t fmt;
    bool summarize;
    const char *sep;    /* ", " or " " */
} ctx_t;

static size_t rstrip_len(const char *s, size_t n)
{
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\n'))
        n--;
    return n;
}

/* _extendLine: puts word on the line, first breaking the line when it
 * would pass width (unless the line holds nothing but its indent). */
static void extend_line(rv_buf_t *s, rv_buf_t *line, const char *word, size_t wlen,
                        long width, long indent)
{
    bool wrap = (long)(line->len + wlen) > width;
    if ((long)line->len <= indent)
        wrap = false;
    if (wrap) {
        rv_buf_add(s, line->data, rstrip_len(line->data, line->len));
        rv_buf_addc(s, '\n');
        rv_buf_truncate(line, 0);
        add_spaces(line, indent);
    }
    rv_buf_add(line, word, wlen);
}

/* An axis as printed: its entries, or under summarization its first and
 * last EDGE_ITEMS around a "..." slot. */
typedef struct slots {
    int64_t len, stride, count;
    bool summary;
} slots_t;

static slots_t axis_slots(const ctx_t *c, int axis)
{
    slots_t sl = { c->a->shape[axis], c->a->strides[axis], c->a->shape[axis], false };
    if (c->summarize && sl.len > 2 * EDGE_ITEMS) {
        sl.summary = true;
        sl.count = 2 * EDGE_ITEMS + 1;
    }
    return sl;
}

static bool slot_is_dots(const slots_t *sl, int64_t k)
{
    return sl->summary && k == EDGE_ITEMS;
}

static int64_t slot_index(const slots_t *sl, int64_t k)
{
    return sl->summary && k > EDGE_ITEMS ? sl->len - (sl->count - k) : k;
}

static void recurse(const ctx_t *c, int axis, const unsigned char *p, long hang,
                    long width, rv_buf_t *out);

/* The last axis: the elements on lines that stop short of width, leaving
 * room for the separator or the closing bracket. */
static void layout_row(const ctx_t *c, int axis, const unsigned char *p, long hang,
                       long width, rv_buf_t *s)
{
    slots_t sl = axis_slots(c, axis);
    size_t seplen = strlen(c->sep), sep_strip = rstrip_len(c->sep, seplen);
    long elem_width = width - (long)(sep_strip > 1 ? sep_strip : 1);
    rv_buf_t line = RV_BUF_INIT, word = RV_BUF_INIT;
    add_spaces(&line, hang);
    for (int64_t k = 0; k < sl.count; k++) {
        rv_buf_truncate(&word, 0);
        if (slot_is_dots(&sl, k))
            rv_buf_adds(&word, "...");
        else
            recurse(c, axis + 1, p + slot_index(&sl, k) * sl.stride, hang + 1, width - 1, &word);
        extend_line(s, &line, word.data, word.len, elem_width, hang);
        if (k < sl.count - 1)
            rv_buf_add(&line, c->sep, seplen);
    }
    rv_buf_add(s, line.data, line.len);
    rv_buf_free(&line);
    rv_buf_free(&word);
}

/* An outer axis: one sub-array per line, with a blank line more between
 * them for every axis below the next. */
static void layout_block(const ctx_t *c, int axis, const unsigned char *p, long hang,
                         long width, rv_buf_t *s)
{
    slots_t sl = axis_slots(c, axis);
    rv_buf_t line_sep = RV_BUF_INIT;
    rv_buf_add(&line_sep, c->sep, rstrip_len(c->sep, strlen(c->sep)));
    for (int i = axis + 1; i < c->a->ndim; i++)
        rv_buf_addc(&line_sep, '\n');
    for (int64_t k = 0; k < sl.count; k++) {
        add_spaces(s, hang);
        if (slot_is_dots(&sl, k))
            rv_buf_adds(s, "...");
        else
            recurse(c, axis + 1, p + slot_index(&sl, k) * sl.stride, hang + 1, width - 1, s);
        if (k < sl.count - 1)
            rv_buf_add(s, line_sep.data, line_sep.len);
    }
    rv_buf_free(&line_sep);
}

/* _formatArray's recurser: appends the text of the sub-array at p (from
 * axis on), whose lines after the first are indented by hang spaces. */
static void recurse(const ctx_t *c, int axis, const unsigned char *p, long hang,
                    long width, rv_buf_t *out)
{
    if (axis == c->a->ndim) {
        fmt_elem(&c->fmt, p, out);
        return;
    }
    /* Built with the indent on its first line too, which is then cut. */
    rv_buf_t s = RV_BUF_INIT;
    if (axis == c->a->ndim - 1)
        layout_row(c, axis, p, hang, width, &s);
    else
        layout_block(c, axis, p, hang, width, &s);
    rv_buf_addc(out, '[');
    rv_buf_add(out, s.data + hang, s.len - (size_t)hang);
    rv_buf_addc(out, ']');
    rv_buf_free(&s);
}

static int64_t layout_size(const rv_nd_layout_t *a)
{
    int64_t n = 1;
    for (int i = 0; i < a->ndim; i++)
        n *= a->shape[i];
    return n;
}

/* array2string for a non-empty array: prefix is "array(" or "", suffix
 * the text that follows the body on its last line. */
static void array2string(rv_buf_t *out, const rv_nd_layout_t *a, const char *sep,
                         const char *prefix, const char *suffix)
{
    ctx_t c = { .a = a, .sep = sep, .summarize = layout_size(a) > THRESHOLD };
    fmt_prepare(&c.fmt, a, c.summarize);
    long width = LINE_WIDTH - (long)strlen(suffix);
    recurse(&c, 0, a->data, 1 + (long)strlen(prefix), width, out);
}

/* dtype_is_implied: the dtypes Python's own literals give. */
static bool dtype_implied(rv_nd_dtype_t t)
{
    return t == RV_ND_INT64 || t == RV_ND_FLOAT64 || t == RV_ND_BOOL;
}

void rv_ndformat_repr(rv_buf_t *out, const rv_nd_layout_t *a)
{
    int64_t size = layout_size(a);
    bool skipdtype = dtype_implied(a->dtype) && size > 0;
    size_t start = out->len;
    rv_buf_adds(out, "array(");
    if (size > 0) {
        array2string(out, a, ", ", "array(", skipdtype ? ")" : ",");
    } else if (a->ndim == 1) {
        rv_buf_adds(out, "[]");
    } else {
        rv_buf_adds(out, "[], shape=(");
        for (int i = 0; i < a->ndim; i++)
            rv_buf_printf(out, i ? ", %lld" : "%lld", (long long)a->shape[i]);
        rv_buf_adds(out, a->ndim == 1 ? ",)" : ")");
    }
    if (skipdtype) {
        rv_buf_addc(out, ')');
        return;
    }
    rv_buf_addc(out, ',');
    /* The dtype goes on a line of its own when it would pass the width. */
    const char *text = out->data + start;
    const char *nl = strrchr(text, '\n');
    size_t last_line = out->len - (nl ? (size_t)(nl + 1 - out->data) : start);
    const char *name = rv_nd_dtype_name(a->dtype);
    size_t dtype_len = strlen("dtype=)") + strlen(name);
    if (last_line + dtype_len + 1 > LINE_WIDTH)
        rv_buf_adds(out, "\n      ");
    else
        rv_buf_addc(out, ' ');
    rv_buf_printf(out, "dtype=%s)", name);
}

void rv_ndformat_str(rv_buf_t *out, const rv_nd_layout_t *a)
{
    if (a->ndim == 0) {
        rv_ndformat_scalar(out, a->dtype, a->data, 0);
        return;
    }
    if (layout_size(a) == 0) {
        rv_buf_adds(out, "[]");
        return;
    }
    array2string(out, a, " ", "", "");
}

/* ---- scalars ---------------------------------------------------------- */

/* The repr of np.float64/np.float32 (scalartypes.c's float repr in 1.24):
 * the shortest digits, positional with at least one fractional digit for 0
 * and 1e-4 <= |x| < 1e16, otherwise scientific with no trailing zeros and
 * an exponent of at least two digits. */
static void scalar_float(rv_buf_t *out, double x, bool f32)
{
    if (isnan(x)) {
        rv_buf_adds(out, "nan");
        return;
    }
    if (isinf(x)) {
        rv_buf_adds(out, x < 0 ? "-inf" : "inf");
        return;
    }
    dec_t d;
    shortest(x, f32, &d);
    if (signbit(x))
        rv_buf_addc(out, '-');
    double m = fabs(x);
    if (m == 0 || (m >= 1e-4 && m < 1e16)) {
        rv_buf_t ip = RV_BUF_INIT, fp = RV_BUF_INIT;
        dec_positional(&d, &ip, &fp);
        rv_buf_add(out, ip.data, ip.len);
        rv_buf_addc(out, '.');
        if (fp.len)
            rv_buf_add(out, fp.data, fp.len);
        else
            rv_buf_addc(out, '0');
        rv_buf_free(&ip);
        rv_buf_free(&fp);
        return;
    }
    rv_buf_addc(out, d.d[0]);
    if (d.n > 1) {
        rv_buf_addc(out, '.');
        rv_buf_add(out, d.d + 1, (size_t)(d.n - 1));
    }
    add_exponent(out, d.exp, 2);
}

void rv_ndformat_scalar(rv_buf_t *out, rv_nd_dtype_t dtype, const void *elem, int repr)
{
    (void)repr;
    const unsigned char *p = elem;
    if (dtype == RV_ND_BOOL)
        rv_buf_adds(out, *p ? "True" : "False");
    else if (is_float(dtype))
        scalar_float(out, load_float(dtype, p), dtype == RV_ND_FLOAT32);
    else if (dtype == RV_ND_UINT64)
        rv_buf_printf(out, "%llu", (unsigned long long)load_uint64(p));
    else
        rv_buf_printf(out, "%lld", (long long)load_int(dtype, p));
}
