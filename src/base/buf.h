/* src/base/buf.h - a growable byte buffer, always NUL-terminated.
 *
 * Used for reprs, generated source text, JSON and DOT output.  The buffer
 * owns its memory; rv_buf_steal hands it to the caller. */
#ifndef RV_BASE_BUF_H
#define RV_BASE_BUF_H

#include <stdarg.h>
#include <stddef.h>

typedef struct rv_buf {
    char *data;
    size_t len;
    size_t cap;
} rv_buf_t;

#define RV_BUF_INIT { NULL, 0, 0 }

void rv_buf_init(rv_buf_t *b);
void rv_buf_free(rv_buf_t *b);
void rv_buf_reserve(rv_buf_t *b, size_t extra);
void rv_buf_add(rv_buf_t *b, const void *data, size_t n);
void rv_buf_adds(rv_buf_t *b, const char *s);
void rv_buf_addc(rv_buf_t *b, char c);
void rv_buf_printf(rv_buf_t *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void rv_buf_vprintf(rv_buf_t *b, const char *fmt, va_list ap);
/* Appends the UTF-8 encoding of code point cp. */
void rv_buf_add_utf8(rv_buf_t *b, unsigned long cp);
/* Appends s with &, <, > and " escaped: text for XML, HTML and Graphviz's
 * HTML-like labels, in element content or in a quoted attribute. */
void rv_buf_add_markup(rv_buf_t *b, const char *s);
void rv_buf_truncate(rv_buf_t *b, size_t len);
/* Returns the data (never NULL) and leaves the buffer empty. */
char *rv_buf_steal(rv_buf_t *b, size_t *len);
/* The current contents as a C string (never NULL). */
const char *rv_buf_cstr(rv_buf_t *b);

#endif
