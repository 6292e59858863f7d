#include "base/buf.h"

#include <stdio.h>
#include <string.h>

#include "base/alloc.h"

void rv_buf_init(rv_buf_t *b)
{
    b->data = NULL;
    b->len = 0;
    b->cap = 0;
}

void rv_buf_free(rv_buf_t *b)
{
    rv_free(b->data);
    rv_buf_init(b);
}

void rv_buf_reserve(rv_buf_t *b, size_t extra)
{
    size_t need = b->len + extra + 1;
    if (need <= b->cap)
        return;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < need)
        cap *= 2;
    b->data = rv_realloc(b->data, cap);
    b->cap = cap;
}

void rv_buf_add(rv_buf_t *b, const void *data, size_t n)
{
    rv_buf_reserve(b, n);
    if (n)
        memcpy(b->data + b->len, data, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void rv_buf_adds(rv_buf_t *b, const char *s)
{
    rv_buf_add(b, s, strlen(s));
}

void rv_buf_addc(rv_buf_t *b, char c)
{
    rv_buf_reserve(b, 1);
    b->data[b->len++] = c;
    b->data[b->len] = '\0';
}

void rv_buf_vprintf(rv_buf_t *b, const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (n < 0)
        return;
    rv_buf_reserve(b, (size_t)n);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    b->len += (size_t)n;
}

void rv_buf_printf(rv_buf_t *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    rv_buf_vprintf(b, fmt, ap);
    va_end(ap);
}

void rv_buf_add_utf8(rv_buf_t *b, unsigned long cp)
{
    char s[4];
    size_t n;
    if (cp < 0x80) {
        s[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        s[0] = (char)(0xC0 | (cp >> 6));
        s[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        s[0] = (char)(0xE0 | (cp >> 12));
        s[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        s[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        s[0] = (char)(0xF0 | (cp >> 18));
        s[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        s[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        s[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    rv_buf_add(b, s, n);
}

void rv_buf_truncate(rv_buf_t *b, size_t len)
{
    if (len < b->len) {
        b->len = len;
        b->data[len] = '\0';
    }
}

char *rv_buf_steal(rv_buf_t *b, size_t *len)
{
    if (!b->data)
        rv_buf_reserve(b, 0), b->data[0] = '\0';
    char *d = b->data;
    if (len)
        *len = b->len;
    rv_buf_init(b);
    return d;
}

const char *rv_buf_cstr(rv_buf_t *b)
{
    if (!b->data) {
        rv_buf_reserve(b, 0);
        b->data[0] = '\0';
    }
    return b->data;
}

void rv_buf_add_markup(rv_buf_t *b, const char *s)
{
    for (; *s; s++) {
        switch (*s) {
        case '&':
            rv_buf_adds(b, "&amp;");
            break;
        case '<':
            rv_buf_adds(b, "&lt;");
            break;
        case '>':
            rv_buf_adds(b, "&gt;");
            break;
        case '"':
            rv_buf_adds(b, "&quot;");
            break;
        default:
            rv_buf_addc(b, *s);
            break;
        }
    }
}
