/* src/lang/parse/coding.h - a source file's encoding, as python3 reads it
 * (PEP 263): UTF-8 unless a `# -*- coding: NAME -*-` comment on the first
 * line, or on the second after a first line of only a comment or nothing,
 * names another.
 *
 * The file reader (rv_source_decode) turns latin-1, cp1252 and ascii text
 * into UTF-8 once, so that everything after it (the parser, tracebacks,
 * traces) sees UTF-8; the parser (rv_source_check) then reports what
 * python3 reports about the bytes it was given: "Non-UTF-8 code ..." for
 * undeclared bytes that are not UTF-8, "encoding problem: NAME" for an
 * unknown name or bytes the declared encoding cannot decode. */
#ifndef RV_LANG_PARSE_CODING_H
#define RV_LANG_PARSE_CODING_H

#include <stdbool.h>
#include <stddef.h>

#include "lang/parse/ast.h"

typedef enum rv_coding {
    RV_CODING_NONE,    /* no declaration: UTF-8 */
    RV_CODING_UTF8,
    RV_CODING_LATIN1,
    RV_CODING_ASCII,
    RV_CODING_CP1252,
    RV_CODING_OTHER,   /* python3 knows it; refviz does not decode it */
    RV_CODING_UNKNOWN, /* python3's "encoding problem" */
} rv_coding_t;

/* The declared encoding of src; name (cap bytes) receives the name as
 * python3's messages give it. */
rv_coding_t rv_source_coding(const char *src, size_t len, char *name, size_t cap);

/* Decodes a file's bytes (*src, *len: rv_malloc'd, NUL-terminated) to
 * UTF-8 when they declare latin-1, cp1252 or ascii.  Returns false, leaving
 * them as they are, when they cannot be decoded (the parser then says why). */
bool rv_source_decode(char **src, size_t *len);

/* What python3 says about a file's bytes before tokenizing them, as err
 * (bare: no location lines; or unsupported); filename is the one its
 * messages name.  Returns 0, or -1 with err set. */
int rv_source_check(const char *src, size_t len, const char *filename, rv_syntax_error_t *err);

/* codecs.c: python3's encoding names, normalised, sorted. */
extern const char *const rv_coding_known[];
extern const size_t rv_coding_nknown;

#endif
