/* src/export/term.h - the terminal the pager draws on: keys read one at a
 * time (raw mode), the alternate screen, the window size, and signal
 * handlers that leave the terminal as they found it on every way out.
 *
 * Raw mode keeps ISIG, so ^C, ^\ and ^Z still send their signals: SIGINT,
 * SIGTERM, SIGHUP and SIGQUIT restore the terminal and then end refviz as
 * the signal would have; ^Z restores it, stops, and takes it back when
 * continued; SIGWINCH is reported as a key.  The handlers need global
 * state, so there is one terminal session at a time. */
#ifndef RV_EXPORT_TERM_H
#define RV_EXPORT_TERM_H

#include <stdbool.h>
#include <stddef.h>

/* What rv_term_key returns: 1..127 an ASCII byte typed (control keys
 * included: ^L is 12), else one of these. */
enum {
    RV_KEY_NONE = 0,     /* nothing to act on (a sequence not known) */
    RV_KEY_ENTER = 256,
    RV_KEY_ESC,
    RV_KEY_BACKSPACE,
    RV_KEY_UP,
    RV_KEY_DOWN,
    RV_KEY_LEFT,
    RV_KEY_RIGHT,
    RV_KEY_HOME,
    RV_KEY_END,
    RV_KEY_PGUP,
    RV_KEY_PGDN,
    RV_KEY_RESIZE,       /* the window changed size */
    RV_KEY_REDRAW,       /* continued after ^Z: the screen must be drawn again */
    RV_KEY_EOF,          /* the terminal is gone */
};

/* Whether standard input and output are a terminal that understands
 * ANSI sequences ($TERM set and not "dumb"). */
bool rv_term_interactive(void);
/* Raw mode, the alternate screen, no cursor, no automatic margins, and the
 * signal handlers.  Returns 0, or -1 (nothing changed). */
int rv_term_open(void);
/* Restores everything rv_term_open changed (the screen the user had
 * before, the terminal modes, the signal handlers). */
void rv_term_close(void);
/* The window's size: TIOCGWINSZ, else $LINES and $COLUMNS, else 24x80. */
void rv_term_size(size_t *rows, size_t *cols);
/* Waits for the next key (or event). */
int rv_term_key(void);
/* Writes all of s.  Returns 0, or -1 on error. */
int rv_term_write(const char *s, size_t n);
/* The key at the start of buf (len > 0) in *key; returns the bytes it
 * takes, or 0 when buf is the start of an escape sequence whose rest has
 * not come yet.  Exposed for the unit tests. */
size_t rv_term_decode(const char *buf, size_t len, int *key);

#endif
