/* src/export/jsonw.c - see jsonw.h. */
#include "export/jsonw.h"

#include <float.h>
#include <math.h>
#include <stdlib.h>

#include "base/alloc.h"

enum { FLUSH_AT = 1 << 16 };

void rv_jw_init(rv_jw_t *w, FILE *out)
{
    memset(w, 0, sizeof *w);
    w->out = out;
}

void rv_jw_flush(rv_jw_t *w)
{
    if (w->len && fwrite(w->buf, 1, w->len, w->out) != w->len)
        w->err = -1;
    w->flushed += w->len;
    w->len = 0;
}

void rv_jw_maybe_flush(rv_jw_t *w)
{
    if (w->len >= FLUSH_AT)
        rv_jw_flush(w);
}

int rv_jw_end(rv_jw_t *w)
{
    rv_jw_flush(w);
    rv_free(w->buf);
    w->buf = NULL;
    w->cap = 0;
    return w->err || ferror(w->out) ? -1 : 0;
}

void rv_jw_reserve(rv_jw_t *w, size_t n)
{
    if (w->len + n <= w->cap)
        return;
    w->cap = w->cap * 2 > w->len + n ? w->cap * 2 : w->len + n + FLUSH_AT;
    w->buf = rv_realloc(w->buf, w->cap);
}

/* print_string_ptr: ", \ and the control characters escaped (\b \f \n \r
 * \t by name, the others as \u00xx), every other byte as it is. */
static void put_str(rv_jw_t *w, const char *s, size_t n, bool stop_at_nul)
{
    static const char hex[] = "0123456789abcdef";
    rv_jw_c(w, '"');
    size_t i = 0, from = 0;
    for (; i < n && (s[i] || !stop_at_nul); i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 32 && c != '"' && c != '\\')
            continue;
        rv_jw_add(w, s + from, i - from);
        from = i + 1;
        char esc[7] = { '\\', 0 };
        switch (c) {
        case '"': esc[1] = '"'; break;
        case '\\': esc[1] = '\\'; break;
        case '\b': esc[1] = 'b'; break;
        case '\f': esc[1] = 'f'; break;
        case '\n': esc[1] = 'n'; break;
        case '\r': esc[1] = 'r'; break;
        case '\t': esc[1] = 't'; break;
        default:
            memcpy(esc + 1, "u00", 3);
            esc[4] = hex[c >> 4];
            esc[5] = hex[c & 15];
            break;
        }
        rv_jw_lit(w, esc);
    }
    rv_jw_add(w, s + from, i - from);
    rv_jw_c(w, '"');
}

void rv_jw_str_n(rv_jw_t *w, const char *s, size_t n)
{
    put_str(w, s, n, true);
}

void rv_jw_str(rv_jw_t *w, const char *s)
{
    put_str(w, s, SIZE_MAX, true);
}

void rv_jw_bytes(rv_jw_t *w, const char *s, size_t n)
{
    put_str(w, s, n, false);
}

/* print_number: "%1.15g", or "%1.17g" when that does not read back within
 * DBL_EPSILON (an integer below 10^15 in magnitude is its digits, -0.0
 * "-0"); NaN and infinities as null. */
void rv_jw_num(rv_jw_t *w, double d)
{
    if (d == floor(d) && fabs(d) < 1e15) {
        char text[24], *p = text + sizeof text;
        bool neg = d < 0;
        uint64_t u = (uint64_t)(neg ? -d : d);
        do
            *--p = (char)('0' + u % 10);
        while (u /= 10);
        if (neg || signbit(d))
            *--p = '-';
        rv_jw_add(w, p, (size_t)(text + sizeof text - p));
        return;
    }
    if (isnan(d) || isinf(d)) {
        rv_jw_lit(w, "null");
        return;
    }
    char text[32];
    snprintf(text, sizeof text, "%1.15g", d);
    double back = strtod(text, NULL);
    double big = fabs(back) > fabs(d) ? fabs(back) : fabs(d);
    if (!(fabs(back - d) <= big * DBL_EPSILON))
        snprintf(text, sizeof text, "%1.17g", d);
    rv_jw_lit(w, text);
}

void rv_jw_uint(rv_jw_t *w, uint64_t v)
{
    rv_jw_num(w, (double)v);
}

void rv_jw_ids(rv_jw_t *w, const uint64_t *ids, size_t n)
{
    rv_jw_c(w, '[');
    for (size_t i = 0; i < n; i++) {
        if (i)
            rv_jw_c(w, ',');
        rv_jw_uint(w, ids[i]);
    }
    rv_jw_c(w, ']');
}

void rv_jw_key(rv_jw_t *w, const char *key, bool first)
{
    if (!first)
        rv_jw_c(w, ',');
    rv_jw_c(w, '"');
    rv_jw_lit(w, key);
    rv_jw_lit(w, "\":");
}
