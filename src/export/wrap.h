/* src/export/wrap.h - text laid out for a terminal a given number of
 * columns wide, for the pager.
 *
 * Lines are broken at spaces, never inside a word: only a word wider than
 * a whole line is cut.  A continuation line is indented like the line's
 * leading spaces, or to the column of an RV_WRAP_HANG mark (the code
 * column of a source line, the value column of "name -> #12"); the mark
 * itself is not shown.  Widths are display columns.  ANSI colour
 * sequences (SGR: ESC [ ... m) take no room and are never cut; a colour
 * open at a break is closed before it and reopened after the indent.
 * Other control characters are shown as ^X (so a program's output cannot
 * move the cursor), tabs are expanded to stops every 8 columns. */
#ifndef RV_EXPORT_WRAP_H
#define RV_EXPORT_WRAP_H

#include <stddef.h>
#include <stdint.h>

#include "base/buf.h"

/* The hanging-indent mark (ASCII unit separator); the first in a line
 * counts, later ones are dropped. */
#define RV_WRAP_HANG "\x1f"

/* The columns a code point takes: 2 for East Asian wide and fullwidth
 * characters and emoji, 0 for combining marks and zero-width format
 * characters, else 1.  An approximation of wcwidth(3) that needs no
 * locale (src/core/ucd.h has no width data). */
int rv_wrap_cp_width(uint32_t cp);
/* The columns s[0..len) takes (SGR sequences and the mark take none). */
size_t rv_wrap_width(const char *s, size_t len);
/* The length in bytes of the longest prefix of s[0..len) that takes at
 * most cols columns, cut between characters. */
size_t rv_wrap_fit(const char *s, size_t len, size_t cols);
/* Appends text (lines separated by '\n') wrapped to width columns to out,
 * every line ending in '\n'; returns the number of lines appended. */
size_t rv_wrap(const char *text, size_t len, size_t width, rv_buf_t *out);

#endif
