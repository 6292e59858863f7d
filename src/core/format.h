/* src/core/format.h - the format-spec mini-language shared by int, float and
 * str (format(), f-strings, str.format).  Mirrors CPython's
 * Python/formatter_unicode.c: parse_internal_render_format_spec. */
#ifndef RV_CORE_FORMAT_H
#define RV_CORE_FORMAT_H

#include <stdbool.h>
#include <stdint.h>

#include "core/object.h"

typedef struct rv_fmtspec {
    uint32_t fill;       /* code point, default ' ' */
    char align;          /* '<' '>' '^' '=' or 0 when not given */
    char sign;           /* '+' '-' ' ' or 0 */
    bool alt;            /* '#' */
    bool zero;           /* '0' before the width */
    intptr_t width;      /* -1: none */
    char grouping;       /* ',' '_' or 0 */
    intptr_t precision;  /* -1: none */
    char type;           /* presentation type or 0 */
} rv_fmtspec_t;

/* Parses spec (a str).  Raises ValueError with CPython's texts ("Invalid
 * format specifier", ...) and returns -1 on a bad spec. */
int rv_fmtspec_parse(rv_obj_t *spec, rv_fmtspec_t *out);

/* The `format` slots of int, float and str: format(o, spec). */
rv_obj_t *rv_int_format(rv_obj_t *o, rv_obj_t *spec);
rv_obj_t *rv_float_format(rv_obj_t *o, rv_obj_t *spec);
rv_obj_t *rv_str_format_spec(rv_obj_t *o, rv_obj_t *spec);
/* fmt % args (printf-style formatting, CPython's unicode_format). */
rv_obj_t *rv_str_percent(rv_obj_t *fmt, rv_obj_t *args);
/* fmt.format(*args, **kwargs) (CPython's string.Formatter rules: auto and
 * manual numbering, attribute and index lookups, conversions !r !s !a,
 * nested specs). */
rv_obj_t *rv_str_dot_format(rv_obj_t *fmt, rv_obj_t *const *args, size_t nargs,
                            rv_obj_t *kwnames);

#endif
