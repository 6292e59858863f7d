/* src/base/jsonnum.h - whether a text is one JSON number.
 *
 * A float's repr is written into JSON traces as the number's value, and a
 * trace read back (src/trace/delta.c) or loaded from anywhere may carry a
 * repr that is anything: the writer (src/export/json.c) and the delta
 * reader both ask this one question, and must agree on the answer.  It
 * lives here because trace/ may not call export/. */
#ifndef RV_BASE_JSONNUM_H
#define RV_BASE_JSONNUM_H

#include <stdbool.h>

/* Whether s (NUL-terminated) is exactly one JSON number (RFC 8259):
 * -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?  No white space, no sign
 * '+', no leading zeros, no "inf" or "nan". */
bool rv_jsonnum_check(const char *s);

#endif
