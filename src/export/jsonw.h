/* src/export/jsonw.h - a buffered JSON writer for the trace formats that
 * stream (json.c, delta.c): no document tree, the bytes of cJSON's
 * unformatted printing (strings escaped as its print_string_ptr, numbers
 * as its print_number), so that what it writes is what cJSON would. */
#ifndef RV_EXPORT_JSONW_H
#define RV_EXPORT_JSONW_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

typedef struct rv_jw {
    char *buf;
    size_t len, cap;
    FILE *out;
    int err;                 /* -1 once a write failed */
    size_t flushed;          /* bytes written out so far */
} rv_jw_t;

void rv_jw_init(rv_jw_t *w, FILE *out);
/* Flushes, frees the buffer; returns 0, or -1 when a write failed. */
int rv_jw_end(rv_jw_t *w);
void rv_jw_flush(rv_jw_t *w);
/* Flushes when a good amount is buffered (call between records). */
void rv_jw_maybe_flush(rv_jw_t *w);
void rv_jw_reserve(rv_jw_t *w, size_t n);

static inline void rv_jw_add(rv_jw_t *w, const char *s, size_t n)
{
    rv_jw_reserve(w, n);
    memcpy(w->buf + w->len, s, n);
    w->len += n;
}

static inline void rv_jw_c(rv_jw_t *w, char c)
{
    rv_jw_reserve(w, 1);
    w->buf[w->len++] = c;
}

static inline void rv_jw_lit(rv_jw_t *w, const char *s)
{
    rv_jw_add(w, s, strlen(s));
}

/* A JSON string of s[0..n), stopping at a NUL as cJSON's C strings do. */
void rv_jw_str_n(rv_jw_t *w, const char *s, size_t n);
void rv_jw_str(rv_jw_t *w, const char *s);
/* The same, but a NUL is written as \u0000 rather than ending the text. */
void rv_jw_bytes(rv_jw_t *w, const char *s, size_t n);
void rv_jw_num(rv_jw_t *w, double d);
void rv_jw_uint(rv_jw_t *w, uint64_t v);
/* [id,id,...] */
void rv_jw_ids(rv_jw_t *w, const uint64_t *ids, size_t n);
/* ,"key": (or "key": when first) */
void rv_jw_key(rv_jw_t *w, const char *key, bool first);

#endif
