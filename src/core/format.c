/* src/core/format.c - the format-spec mini-language (format(), f-strings,
 * str.format) and printf-style `%` formatting, after CPython 3.11's
 * Python/formatter_unicode.c and Objects/unicodeobject.c. */
#include "core/format.h"

#include <inttypes.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "base/alloc.h"
#include "base/buf.h"
#include "core/exc.h"
#include "core/obj_bool.h"
#include "core/obj_dict.h"
#include "core/obj_float.h"
#include "core/obj_int.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"

/******************************************************************************/
/* A width or precision: digits, as CPython's Py_ssize_t, which refuses a
 * number that does not fit rather than wrapping. */
static int parse_count(const char **pp, const char *e, intptr_t *out)
{
    const char *p = *pp;
    intptr_t n = 0;
    for (; p < e && *p >= '0' && *p <= '9'; p++) {
        if (n > (INTPTR_MAX - (*p - '0')) / 10) {
            rv_err_format(&rv_exc_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        n = n * 10 + (*p - '0');
    }
    *pp = p;
    *out = n;
    return 0;
}

/* refviz's memory bound on one formatted field: CPython allocates any
 * width or precision that fits a Py_ssize_t (format(1, '1000000000d') is a
 * gigabyte) and raises MemoryError only when the allocation fails.  A
 * field wider than this is a bomb in a teaching tool, so it raises that
 * MemoryError up front (docs/differences.md). */
#define FIELD_MAX ((intptr_t)1 << 26)

static int check_field(intptr_t n)
{
    if (n > FIELD_MAX) {
        rv_err_nomem();
        return -1;
    }
    return 0;
}

/* spec parsing                                                               */

static bool is_align(uint32_t c)
{
    return c == '<' || c == '>' || c == '^' || c == '=';
}

int rv_fmtspec_parse(rv_obj_t *spec, rv_fmtspec_t *out)
{
    memset(out, 0, sizeof *out);
    out->fill = ' ';
    out->width = -1;
    out->precision = -1;
    const char *p = rv_str_utf8(spec), *e = p + rv_str_nbytes(spec);
    if (p < e) {
        const char *q = p;
        uint32_t first = rv_utf8_decode(&q);
        if (q < e && is_align((uint32_t)*q)) {
            out->fill = first;
            out->align = *q;
            p = q + 1;
        } else if (is_align(first)) {
            out->align = (char)first;
            p = q;
        }
    }
    if (p < e && (*p == '+' || *p == '-' || *p == ' '))
        out->sign = *p++;
    if (p < e && *p == '#') {
        out->alt = true;
        p++;
    }
    if (p < e && *p == '0') {
        out->zero = true;
        if (!out->align) {
            out->fill = '0';
            out->align = '=';
        }
        p++;
    }
    if (p < e && *p >= '0' && *p <= '9' && parse_count(&p, e, &out->width) != 0)
        return -1;
    if (p < e && (*p == ',' || *p == '_'))
        out->grouping = *p++;
    if (p < e && *p == '.') {
        p++;
        if (p >= e || *p < '0' || *p > '9') {
            rv_err_format(&rv_exc_ValueError, "Format specifier missing precision");
            return -1;
        }
        if (parse_count(&p, e, &out->precision) != 0)
            return -1;
    }
    if (e - p > 1) {
        rv_err_format(&rv_exc_ValueError, "Invalid format specifier");
        return -1;
    }
    if (p < e)
        out->type = *p;
    return 0;
}

/* Pads body (len code points) per the spec; for '=' the sign/prefix of
 * length `lead` bytes stays in front of the padding. */
static rv_obj_t *pad(const rv_fmtspec_t *s, const char *body, size_t nbytes, size_t len,
                     char default_align, size_t lead)
{
    if (check_field(s->width) < 0)
        return NULL;
    rv_buf_t b = RV_BUF_INIT;
    size_t width = s->width > 0 ? (size_t)s->width : 0;
    size_t fillc = width > len ? width - len : 0;
    char align = s->align ? s->align : default_align;
    size_t left = align == '>' ? fillc : align == '^' ? fillc / 2 : align == '=' ? fillc : 0;
    size_t right = fillc - left;
    if (align == '=')
        rv_buf_add(&b, body, lead);
    for (size_t i = 0; i < left; i++)
        rv_buf_add_utf8(&b, s->fill);
    if (align == '=')
        rv_buf_add(&b, body + lead, nbytes - lead);
    else
        rv_buf_add(&b, body, nbytes);
    for (size_t i = 0; i < right; i++)
        rv_buf_add_utf8(&b, s->fill);
    rv_obj_t *r = rv_str_from_buf(&b);
    rv_buf_free(&b);
    return r;
}

/* Inserts grouping separators into the digit run digits[0..n). */
static void group(rv_buf_t *out, const char *digits, size_t n, char sep, size_t every)
{
    for (size_t i = 0; i < n; i++) {
        if (i && sep && (n - i) % every == 0)
            rv_buf_addc(out, sep);
        rv_buf_addc(out, digits[i]);
    }
}

static int unknown_code(char type, const char *tname)
{
    rv_err_format(&rv_exc_ValueError, "Unknown format code '%c' for object of type '%s'", type,
                  tname);
    return -1;
}

/******************************************************************************/
/* int, float, str                                                            */

rv_obj_t *rv_float_format(rv_obj_t *o, rv_obj_t *spec);

static rv_obj_t *int_as_float(rv_obj_t *o, rv_obj_t *spec)
{
    double d;
    if (rv_int_to_double(o, &d) < 0)
        return NULL;
    rv_obj_t *f = rv_float_from_double(d);
    rv_obj_t *r = rv_float_format(f, spec);
    rv_decref(f);
    return r;
}

rv_obj_t *rv_int_format(rv_obj_t *o, rv_obj_t *spec)
{
    if (rv_str_len(spec) == 0)
        return rv_str(o);
    rv_fmtspec_t s;
    if (rv_fmtspec_parse(spec, &s) < 0)
        return NULL;
    char t = s.type ? s.type : 'd';
    if (strchr("eEfFgG%", t))
        return int_as_float(o, spec);
    if (!strchr("bcdoxXn", t))
        return unknown_code(t, "int") < 0 ? NULL : NULL;
    if (s.precision >= 0) {
        rv_err_format(&rv_exc_ValueError, "Precision not allowed in integer format specifier");
        return NULL;
    }
    if (check_field(s.width) < 0)
        return NULL;
    rv_buf_t body = RV_BUF_INIT;
    if (t == 'c') {
        int64_t v;
        if (!rv_int_fits_i64(o, &v) || v < 0 || v > 0x10FFFF) {
            rv_err_format(&rv_exc_OverflowError, "%%c arg not in range(0x110000)");
            return NULL;
        }
        rv_buf_add_utf8(&body, (unsigned long)v);
        rv_obj_t *r = pad(&s, body.data, body.len, 1, '<', 0);
        rv_buf_free(&body);
        return r;
    }
    int base = t == 'b' ? 2 : t == 'o' ? 8 : (t == 'x' || t == 'X') ? 16 : 10;
    rv_buf_t digits = RV_BUF_INIT;
    /* Decimal goes through _PyLong_Format and its 4300-digit limit. */
    if (base == 10 && rv_int_abs_to_decimal(o, &digits) < 0) {
        rv_buf_free(&digits);
        rv_buf_free(&body);
        return NULL;
    }
    if (base != 10)
        rv_int_abs_to_base(o, base, &digits);
    if (t == 'X')
        for (size_t i = 0; i < digits.len; i++)
            if (digits.data[i] >= 'a' && digits.data[i] <= 'f')
                digits.data[i] = (char)(digits.data[i] - 32);
    if (rv_int_sign(o) < 0)
        rv_buf_addc(&body, '-');
    else if (s.sign == '+' || s.sign == ' ')
        rv_buf_addc(&body, s.sign);
    if (s.alt && base != 10) {
        rv_buf_addc(&body, '0');
        rv_buf_addc(&body, t == 'b' ? 'b' : t == 'o' ? 'o' : t == 'X' ? 'X' : 'x');
    }
    size_t lead = body.len;
    size_t every = base == 10 ? 3 : 4;
    if (s.align == '=' && s.fill == '0' && s.width > 0) {
        /* Zero padding goes inside the grouping, as CPython does. */
        size_t target = (size_t)s.width > lead ? (size_t)s.width - lead : 0;
        size_t n = digits.len;
        size_t shown = s.grouping ? n + (n - 1) / every : n;
        size_t zeros = 0;
        while (shown < target) {
            zeros++;
            shown = s.grouping ? n + zeros + (n + zeros - 1) / every : n + zeros;
        }
        if (zeros) {
            /* Prepend them in one copy: one at a time is quadratic. */
            rv_buf_t z = RV_BUF_INIT;
            for (size_t i = 0; i < zeros; i++)
                rv_buf_addc(&z, '0');
            rv_buf_add(&z, digits.data, digits.len);
            rv_buf_free(&digits);
            digits = z;
        }
    }
    group(&body, digits.data, digits.len, s.grouping, every);
    rv_buf_free(&digits);
    size_t len = body.len; /* all ASCII */
    rv_obj_t *r = pad(&s, body.data, body.len, len, '>', lead);
    rv_buf_free(&body);
    return r;
}

static void add_float_digits(rv_buf_t *b, const char *text, char grouping)
{
    const char *dot = text;
    while (*dot && *dot >= '0' && *dot <= '9')
        dot++;
    group(b, text, (size_t)(dot - text), grouping, 3);
    rv_buf_adds(b, dot);
}

rv_obj_t *rv_float_format(rv_obj_t *o, rv_obj_t *spec)
{
    double v = rv_float_value(o);
    if (rv_str_len(spec) == 0)
        return rv_str(o);
    rv_fmtspec_t s;
    if (rv_fmtspec_parse(spec, &s) < 0)
        return NULL;
    char t = s.type;
    if (t && !strchr("eEfFgGn%", t))
        return unknown_code(t, "float") < 0 ? NULL : NULL;
    if (check_field(s.width) < 0 || check_field(s.precision) < 0)
        return NULL;
    int prec = s.precision >= 0 ? (int)s.precision : 6;
    /* %f of a double has at most 309 digits before the point. */
    size_t cap = (size_t)prec + 400;
    char *text = rv_malloc(cap);
    double x = fabs(v);
    bool neg = signbit(v) && !isnan(v);
    if (isinf(x) || isnan(x)) {
        snprintf(text, cap, "%s", isnan(x) ? "nan" : "inf");
        if (t && strchr("EFG", t))
            for (char *c = text; *c; c++)
                *c = (char)(*c - 32);
        if (t == '%')
            strcat(text, "%");
    } else if (!t) {
        if (s.precision < 0) {
            rv_buf_t r = RV_BUF_INIT;
            rv_float_repr_into(&r, x);
            snprintf(text, cap, "%s", rv_buf_cstr(&r));
            rv_buf_free(&r);
        } else {
            /* Like 'g', but keeping at least one digit after the point. */
            int p = prec ? prec : 1;
            snprintf(text, cap, "%.*g", p, x);
            if (!strpbrk(text, ".e"))
                strcat(text, ".0");
            else if (strchr(text, 'e') && !strchr(text, '.')) {
                /* 1e+16 stays as is */
            }
        }
    } else if (t == '%') {
        snprintf(text, cap, "%.*f%%", prec, x * 100.0);
    } else if (t == 'n') {
        snprintf(text, cap, "%.*g", prec ? prec : 1, x);
    } else {
        char fmt[16];
        if ((t == 'g' || t == 'G') && prec == 0)
            prec = 1;
        snprintf(fmt, sizeof fmt, "%%%s.*%c", s.alt ? "#" : "", t);
        snprintf(text, cap, fmt, prec, x);
    }
    rv_buf_t body = RV_BUF_INIT;
    if (neg)
        rv_buf_addc(&body, '-');
    else if (s.sign == '+' || s.sign == ' ')
        rv_buf_addc(&body, s.sign);
    size_t lead = body.len;
    if (s.align == '=' && s.fill == '0' && s.width > 0 && !s.grouping) {
        size_t n = strlen(text);
        for (size_t i = lead + n; i < (size_t)s.width; i++)
            rv_buf_addc(&body, '0');
        lead = body.len;
    }
    add_float_digits(&body, text, s.grouping);
    rv_free(text);
    rv_obj_t *r = pad(&s, body.data, body.len, body.len, '>', lead);
    rv_buf_free(&body);
    return r;
}

rv_obj_t *rv_str_format_spec(rv_obj_t *o, rv_obj_t *spec)
{
    if (rv_str_len(spec) == 0)
        return rv_incref(o);
    rv_fmtspec_t s;
    if (rv_fmtspec_parse(spec, &s) < 0)
        return NULL;
    if (s.type && s.type != 's')
        return unknown_code(s.type, "str") < 0 ? NULL : NULL;
    if (s.sign) {
        rv_err_format(&rv_exc_ValueError, "Sign not allowed in string format specifier");
        return NULL;
    }
    if (s.align == '=') {
        rv_err_format(&rv_exc_ValueError, "'=' alignment not allowed in string format specifier");
        return NULL;
    }
    size_t len = rv_str_len(o), nbytes = rv_str_nbytes(o);
    /* format_string_internal's fast path: with nothing to pad or cut, the
     * str is written whole into a writer that holds nothing else, which
     * returns that very object (format(s, '>2') is s, even for a str
     * subclass's instance). */
    if ((s.width < 0 || (size_t)s.width <= len) && (s.precision < 0 || (size_t)s.precision >= len))
        return rv_incref(o);
    if (s.precision >= 0 && (size_t)s.precision < len) {
        const char *p = rv_str_utf8(o);
        for (intptr_t i = 0; i < s.precision; i++)
            rv_utf8_decode(&p);
        nbytes = (size_t)(p - rv_str_utf8(o));
        len = (size_t)s.precision;
    }
    return pad(&s, rv_str_utf8(o), nbytes, len, '<', 0);
}

/******************************************************************************/
/* printf-style: fmt % args                                                   */

/* CPython builds a formatting result in a _PyUnicodeWriter, which returns
 * the one str written into it, unchanged, when nothing else was written
 * (_PyUnicodeWriter_WriteStr's "readonly" buffer; empty strs write
 * nothing).  PyUnicode_Format allows that for its last conversion only
 * (the writer stops over-allocating there), and str.format for a last
 * replacement field: '%s' % s, '%5s' % (s,) when len(s) >= 5 and
 * '{}'.format(s) are s itself.  Returns the new reference to return, or
 * NULL when the output must be copied. */
static rv_obj_t *writer_whole(const rv_buf_t *out, rv_obj_t *piece, bool last)
{
    if (!last || out->len != 0 || rv_str_len(piece) == 0)
        return NULL;
    return rv_incref(piece);
}

/* A %-conversion's width or precision digits, refused past max as
 * PyUnicode_Format refuses them ("width too big", "precision too big")
 * rather than wrapping. */
static int percent_count(const char **pp, const char *e, intptr_t max, const char *msg,
                         intptr_t *out)
{
    intptr_t n = 0;
    const char *p = *pp;
    for (; p < e && *p >= '0' && *p <= '9'; p++) {
        if (n > (max - (*p - '0')) / 10) {
            rv_err_format(&rv_exc_ValueError, "%s", msg);
            return -1;
        }
        n = n * 10 + (*p - '0');
    }
    *pp = p;
    *out = n;
    return 0;
}

/* The argument a '*' width or precision takes: an int that fits a C
 * ssize_t (width) or int (precision), with CPython's OverflowError text. */
static int star_arg(rv_obj_t *args, bool tuple, size_t nargs, size_t *argi, intptr_t max,
                    const char *ctype, intptr_t *out)
{
    rv_obj_t *w = tuple && *argi < nargs ? rv_tuple_get_borrow(args, (*argi)++) : NULL;
    int64_t v;
    if (!w || !rv_isinstance(w, &rv_int_type)) {
        rv_err_format(&rv_exc_TypeError, "* wants int");
        return -1;
    }
    if (!rv_int_fits_i64(w, &v) || v > max || v < -max) {
        rv_err_format(&rv_exc_OverflowError, "Python int too large to convert to C %s", ctype);
        return -1;
    }
    *out = (intptr_t)v;
    return 0;
}

rv_obj_t *rv_str_percent(rv_obj_t *fmt, rv_obj_t *args)
{
    const char *p = rv_str_utf8(fmt), *e = p + rv_str_nbytes(fmt);
    bool tuple = RV_IS(args, rv_tuple_type);
    bool mapping = !tuple && RV_IS(args, rv_dict_type);
    size_t nargs = tuple ? rv_tuple_len(args) : 1, argi = 0;
    rv_buf_t out = RV_BUF_INIT;
    rv_obj_t *whole = NULL; /* writer_whole's result */
    while (p < e) {
        if (*p != '%') {
            rv_buf_addc(&out, *p++);
            continue;
        }
        const char *start = p++;
        rv_obj_t *arg = NULL, *key_arg = NULL;
        if (p < e && *p == '(') {
            const char *k = ++p;
            while (p < e && *p != ')')
                p++;
            rv_obj_t *key = rv_str_from_utf8(k, (size_t)(p - k));
            p++;
            key_arg = rv_getitem(args, key);
            rv_decref(key);
            if (!key_arg)
                goto fail;
        }
        char flags[8] = "";
        size_t nf = 0;
        while (p < e && strchr("-+ #0", *p) && nf < 6)
            flags[nf++] = *p++;
        flags[nf] = '\0';
        intptr_t width = -1, prec = -1;
        if (p < e && *p == '*') {
            p++;
            if (star_arg(args, tuple, nargs, &argi, INTPTR_MAX, "ssize_t", &width) < 0)
                goto fail;
            if (width < 0) {
                /* PyUnicode_Format: a negative * width left-aligns. */
                if (!strchr(flags, '-') && nf < 6)
                    flags[nf++] = '-', flags[nf] = '\0';
                width = width == INTPTR_MIN ? INTPTR_MAX : -width;
            }
        } else if (p < e && *p >= '0' && *p <= '9' &&
                   percent_count(&p, e, INTPTR_MAX, "width too big", &width) < 0)
            goto fail;
        if (p < e && *p == '.') {
            p++;
            prec = 0;
            if (p < e && *p == '*') {
                p++;
                if (star_arg(args, tuple, nargs, &argi, INT_MAX, "int", &prec) < 0)
                    goto fail;
                if (prec < 0)
                    prec = 0;
            } else if (percent_count(&p, e, INT_MAX, "precision too big", &prec) < 0)
                goto fail;
        }
        if (p >= e) {
            rv_err_format(&rv_exc_ValueError, "incomplete format");
            goto fail;
        }
        char c = *p++;
        if (c == '%') {
            rv_buf_addc(&out, '%');
            continue;
        }
        if (key_arg)
            arg = key_arg;
        else if (tuple) {
            if (argi >= nargs) {
                rv_err_format(&rv_exc_TypeError, "not enough arguments for format string");
                goto fail;
            }
            arg = rv_incref(rv_tuple_get_borrow(args, argi++));
        } else {
            if (argi >= 1) {
                rv_err_format(&rv_exc_TypeError, "not enough arguments for format string");
                goto fail;
            }
            argi++;
            arg = rv_incref(args);
        }
        rv_obj_t *piece = NULL;
        rv_buf_t spec = RV_BUF_INIT;
        bool left = strchr(flags, '-') != NULL;
        bool digits = RV_IS(arg, rv_int_type) && width < 0 && prec < 0;
        if (c == 's' || c == 'r' || c == 'a') {
            rv_obj_t *sv = c == 's' ? rv_str(arg) : c == 'r' ? rv_repr(arg) : rv_ascii(arg);
            if (sv) {
                rv_buf_printf(&spec, "%s", left ? "<" : ">");
                if (width >= 0)
                    rv_buf_printf(&spec, "%" PRIdPTR, width);
                if (prec >= 0)
                    rv_buf_printf(&spec, ".%" PRIdPTR, prec);
                rv_obj_t *sp = rv_str_from_buf(&spec);
                piece = rv_str_format_spec(sv, sp);
                rv_decref(sp);
                rv_decref(sv);
            }
        } else if (strchr("diuxXoeEfFgGc", c)) {
            bool is_num = rv_isinstance(arg, &rv_int_type) || RV_IS(arg, rv_float_type);
            if (!is_num) {
                rv_err_format(&rv_exc_TypeError, "%%%c format: %s is required, not %s", c,
                              strchr("xXoc", c) ? "an integer" : "a real number",
                              arg->type->name);
                rv_decref(arg);
                rv_buf_free(&spec);
                goto fail;
            }
            rv_obj_t *num = rv_incref(arg);
            if (strchr("diuxXoc", c) && RV_IS(arg, rv_float_type)) {
                if (strchr("xXoc", c)) {
                    rv_err_format(&rv_exc_TypeError, "%%%c format: an integer is required, not float", c);
                    rv_decref(num);
                    rv_decref(arg);
                    rv_buf_free(&spec);
                    goto fail;
                }
                rv_decref(num);
                num = rv_int_from_double(rv_float_value(arg));
            }
            char t = (c == 'i' || c == 'u') ? 'd' : c;
            rv_buf_printf(&spec, "%s%s%s%s", left ? "<" : "", strchr(flags, '+') ? "+" : strchr(flags, ' ') ? " " : "",
                          strchr(flags, '#') ? "#" : "", (strchr(flags, '0') && !left) ? "0" : "");
            if (width >= 0)
                rv_buf_printf(&spec, "%" PRIdPTR, width);
            if (prec >= 0 && !strchr("dxXoc", t))
                rv_buf_printf(&spec, ".%" PRIdPTR, prec);
            else if (strchr("eEfFgG", t) && prec < 0)
                rv_buf_adds(&spec, ".6");
            rv_buf_addc(&spec, t);
            rv_obj_t *sp = rv_str_from_buf(&spec);
            piece = num ? rv_format(num, sp) : NULL;
            rv_decref(sp);
            rv_xdecref(num);
        } else {
            rv_err_format(&rv_exc_ValueError, "unsupported format character '%c' (0x%x) at index %zu",
                          c, (unsigned)(unsigned char)c, (size_t)(p - 1 - rv_str_utf8(fmt)));
            rv_decref(arg);
            rv_buf_free(&spec);
            goto fail;
        }
        (void)start;
        rv_buf_free(&spec);
        rv_decref(arg);
        if (!piece)
            goto fail;
        /* unicode_format_arg_output writes s, r and a whole unless it pads
         * or cuts (then piece is new) or has a sign flag (which it ignores
         * for them, copying the text); an int's digits without a width or
         * precision go into the writer directly. */
        if ((c == 's' || c == 'r' || c == 'a') && !digits && !strchr(flags, '+') &&
            !strchr(flags, ' '))
            whole = writer_whole(&out, piece, p == e);
        if (!whole)
            rv_buf_add(&out, rv_str_utf8(piece), rv_str_nbytes(piece));
        rv_decref(piece);
    }
    if (tuple && argi < nargs && !mapping) {
        rv_err_format(&rv_exc_TypeError, "not all arguments converted during string formatting");
        goto fail;
    }
    if (!tuple && !mapping && argi == 0) {
        rv_err_format(&rv_exc_TypeError, "not all arguments converted during string formatting");
        goto fail;
    }
    if (whole) {
        rv_buf_free(&out); /* empty, but it may hold what it reserved */
        return whole;
    }
    rv_obj_t *r = rv_str_from_buf(&out);
    rv_buf_free(&out);
    return r;
fail:
    rv_xdecref(whole);
    rv_buf_free(&out);
    return NULL;
}

/******************************************************************************/
/* str.format                                                                 */

typedef struct fmtstate {
    rv_obj_t *const *args;
    size_t nargs;
    rv_obj_t *kwnames;
    int auto_index;   /* -1: manual numbering in use */
    bool manual;
    int depth;
} fmtstate_t;

static rv_obj_t *format_string(fmtstate_t *st, const char *p, const char *e);

/* A field name is an index only when it is all digits ('{0a}' is a
 * keyword, as in CPython's get_integer). */
static bool all_digits(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return false;
    return n > 0;
}

static rv_obj_t *lookup_field(fmtstate_t *st, const char *name, size_t n)
{
    size_t head = 0;
    while (head < n && name[head] != '.' && name[head] != '[')
        head++;
    rv_obj_t *obj = NULL;
    if (head == 0) {
        if (st->manual) {
            rv_err_format(&rv_exc_ValueError,
                          "cannot switch from manual field specification to automatic field "
                          "numbering");
            return NULL;
        }
        size_t i = (size_t)st->auto_index++;
        if (i >= st->nargs) {
            rv_err_format(&rv_exc_IndexError,
                          "Replacement index %zu out of range for positional args tuple", i);
            return NULL;
        }
        obj = rv_incref(st->args[i]);
    } else if (all_digits(name, head)) {
        if (st->auto_index > 0) {
            rv_err_format(&rv_exc_ValueError,
                          "cannot switch from automatic field numbering to manual field "
                          "specification");
            return NULL;
        }
        st->manual = true;
        size_t i = 0;
        for (size_t k = 0; k < head; k++) {
            if (i > ((size_t)INTPTR_MAX - (size_t)(name[k] - '0')) / 10) {
                rv_err_format(&rv_exc_ValueError, "Too many decimal digits in format string");
                return NULL;
            }
            i = i * 10 + (size_t)(name[k] - '0');
        }
        if (i >= st->nargs) {
            rv_err_format(&rv_exc_IndexError,
                          "Replacement index %zu out of range for positional args tuple", i);
            return NULL;
        }
        obj = rv_incref(st->args[i]);
    } else {
        size_t nkw = st->kwnames ? rv_tuple_len(st->kwnames) : 0;
        rv_obj_t *key = rv_str_from_utf8(name, head);
        for (size_t k = 0; k < nkw && !obj; k++)
            if (rv_str_equal(rv_tuple_get_borrow(st->kwnames, k), key))
                obj = rv_incref(st->args[st->nargs + k]);
        if (!obj)
            rv_err_set_obj(&rv_exc_KeyError, key);
        rv_decref(key);
        if (!obj)
            return NULL;
    }
    size_t i = head;
    while (obj && i < n) {
        if (name[i] == '.') {
            size_t j = ++i;
            while (j < n && name[j] != '.' && name[j] != '[')
                j++;
            rv_obj_t *attr = rv_str_from_utf8(name + i, j - i);
            rv_obj_t *next = rv_getattr(obj, attr);
            rv_decref(attr);
            rv_decref(obj);
            obj = next;
            i = j;
        } else {
            size_t j = ++i;
            while (j < n && name[j] != ']')
                j++;
            bool digits = j > i;
            for (size_t k = i; k < j; k++)
                digits &= name[k] >= '0' && name[k] <= '9';
            rv_obj_t *key = digits ? rv_int_from_text(name + i, j - i, 10)
                                   : rv_str_from_utf8(name + i, j - i);
            rv_obj_t *next = key ? rv_getitem(obj, key) : NULL;
            rv_xdecref(key);
            rv_decref(obj);
            obj = next;
            i = j + 1;
        }
    }
    return obj;
}

static rv_obj_t *format_string(fmtstate_t *st, const char *p, const char *e)
{
    if (++st->depth > 2) {
        st->depth--;
        rv_err_format(&rv_exc_ValueError, "Max string recursion exceeded");
        return NULL;
    }
    rv_buf_t out = RV_BUF_INIT;
    rv_obj_t *whole = NULL; /* writer_whole's result: the last field's piece */
    while (p < e) {
        char c = *p;
        if (c == '}') {
            if (p + 1 < e && p[1] == '}') {
                rv_buf_addc(&out, '}');
                p += 2;
                continue;
            }
            rv_err_format(&rv_exc_ValueError, "Single '}' encountered in format string");
            goto fail;
        }
        if (c != '{') {
            rv_buf_addc(&out, c);
            p++;
            continue;
        }
        if (p + 1 < e && p[1] == '{') {
            rv_buf_addc(&out, '{');
            p += 2;
            continue;
        }
        /* A field: {name!conv:spec}, with nested braces in the spec. */
        const char *q = ++p;
        int nest = 1;
        while (q < e && nest) {
            if (*q == '{')
                nest++;
            else if (*q == '}')
                nest--;
            if (nest)
                q++;
        }
        if (q >= e) {
            rv_err_format(&rv_exc_ValueError,
                          nest ? "expected '}' before end of string"
                               : "Single '{' encountered in format string");
            goto fail;
        }
        const char *name_end = p;
        while (name_end < q && *name_end != '!' && *name_end != ':')
            name_end++;
        char conv = 0;
        const char *spec_start = name_end;
        if (name_end < q && *name_end == '!') {
            conv = name_end + 1 < q ? name_end[1] : 0;
            spec_start = name_end + 2;
            if (!conv || (conv != 'r' && conv != 's' && conv != 'a')) {
                rv_err_format(&rv_exc_ValueError, "Unknown conversion specifier %c", conv ? conv : '?');
                goto fail;
            }
        }
        /* The field's object first, then its spec's nested fields, as
         * render_field does: '{:{}}' takes the object from the first
         * automatic number and the width from the second. */
        rv_obj_t *obj = lookup_field(st, p, (size_t)(name_end - p));
        if (!obj)
            goto fail;
        rv_obj_t *spec = NULL;
        if (spec_start < q && *spec_start == ':')
            spec = format_string(st, spec_start + 1, q);
        else
            spec = rv_str_from_cstr("");
        if (!spec) {
            rv_decref(obj);
            goto fail;
        }
        if (conv) {
            rv_obj_t *cv = conv == 's' ? rv_str(obj) : conv == 'r' ? rv_repr(obj) : rv_ascii(obj);
            rv_decref(obj);
            obj = cv;
        }
        rv_obj_t *piece = obj ? rv_format(obj, spec) : NULL;
        /* render_field: an exact int's or float's own formatter writes its
         * text into the writer; any other result is written whole. */
        bool written = obj && (RV_IS(obj, rv_int_type) || RV_IS(obj, rv_float_type));
        rv_xdecref(obj);
        rv_decref(spec);
        if (!piece)
            goto fail;
        p = q + 1;
        if (!written)
            whole = writer_whole(&out, piece, p == e);
        if (!whole)
            rv_buf_add(&out, rv_str_utf8(piece), rv_str_nbytes(piece));
        rv_decref(piece);
    }
    st->depth--;
    if (whole) {
        rv_buf_free(&out); /* empty, but it may hold what it reserved */
        return whole;
    }
    rv_obj_t *r = rv_str_from_buf(&out);
    rv_buf_free(&out);
    return r;
fail:
    st->depth--;
    rv_buf_free(&out);
    return NULL;
}

rv_obj_t *rv_str_dot_format(rv_obj_t *fmt, rv_obj_t *const *args, size_t nargs,
                            rv_obj_t *kwnames)
{
    fmtstate_t st = { .args = args, .nargs = nargs, .kwnames = kwnames };
    const char *p = rv_str_utf8(fmt);
    return format_string(&st, p, p + rv_str_nbytes(fmt));
}
