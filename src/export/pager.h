/* src/export/pager.h - a walk-through in the terminal, one step at a time.
 *
 * Each page (a step's text) is drawn on a cleared screen under a status
 * line (the title, "step 3/9", the main keys), wrapped to the window's
 * width; a page taller than the window scrolls within itself, and the
 * last row then says which lines are shown.  Keys:
 *
 *   space Enter Right j   next step        b Left k   previous step
 *   g Home                first step       G End      last step
 *   NUMBER Enter          that step        Down Up    scroll a line
 *   PgDn PgUp             scroll a screen  ? h        the keys
 *   ^L                    redraw           q Esc      quit
 *
 * The state and the key handling are separate from the terminal
 * (export/term.h) so that the unit tests can drive them. */
#ifndef RV_EXPORT_PAGER_H
#define RV_EXPORT_PAGER_H

#include <stdbool.h>
#include <stddef.h>

#include "base/buf.h"

/* What the pager shows.  The source owns everything it points to. */
typedef struct rv_pager_source {
    const char *title;        /* on the status line */
    size_t npages;            /* at least 1 */
    const size_t *numbers;    /* per page, its step number ("step N/total") */
    size_t total;
    /* Page k's text: lines ending in '\n', with SGR colours and
     * RV_WRAP_HANG marks (export/wrap.h); valid until the pager returns. */
    const char *(*page)(void *ctx, size_t k);
    /* Whether page k can be had at once (else the pager first says it is
     * working on it); NULL: always. */
    bool (*ready)(void *ctx, size_t k);
    void *ctx;
} rv_pager_source_t;

typedef struct rv_pager {
    const rv_pager_source_t *src;
    size_t rows, cols;        /* the window */
    size_t page;              /* the page shown */
    size_t top;               /* its first line on the screen */
    bool help;                /* the keys are shown instead of the page */
    bool quit;
    bool relayout;            /* the page must be wrapped again */
    char typed[10];           /* a step number being typed (ntyped digits) */
    size_t ntyped;
    char message[96];         /* for the last row until the next key ("" none) */
    rv_buf_t lines;           /* the page wrapped, */
    size_t *starts;           /* where each of its nlines lines starts */
    size_t nlines, cap;
} rv_pager_t;

/* Whether to page: rv_term_interactive() and $REFVIZ_PAGER is not "0". */
bool rv_pager_wanted(void);
/* Shows src until the user quits.  Returns 0, or -1 when the terminal
 * could not be set up or written to. */
int rv_pager_run(const rv_pager_source_t *src);

/* The parts rv_pager_run is made of, for the unit tests. */
void rv_pager_init(rv_pager_t *p, const rv_pager_source_t *src, size_t rows, size_t cols);
void rv_pager_free(rv_pager_t *p);
/* Wraps the page (or the keys) to the width when relayout is set. */
void rv_pager_layout(rv_pager_t *p);
/* Acts on a key of export/term.h (after RV_KEY_RESIZE, rows and cols must
 * already be the new size). */
void rv_pager_key(rv_pager_t *p, int key);
/* Appends the whole screen, as escape sequences, to out. */
void rv_pager_draw(const rv_pager_t *p, rv_buf_t *out);

#endif
