/* src/export/layout.h - where a step's diagram goes on the page.
 *
 * Stable layout: the union of the planned steps' graphs (every frame and
 * object any of them shows, every reference) is laid out once with dot.
 * Each step is then drawn with its nodes pinned where the union put them,
 * in boxes of their union size with the table at the box's top left, and
 * its own edges routed between them by nop2 (curved splines: the spline
 * router that avoids nodes aborts on some of these graphs in Graphviz
 * 2.42).  Objects keep their places from step to step, and `--step N`
 * draws exactly what step N of the sequence draws.  The canvas is then cut
 * to what the step shows, its top left kept, unless a page size is asked
 * for (--fit, slides), which every step then shares.  Past a budget of
 * union size times steps, each step is laid out on its own by dot. */
#ifndef RV_EXPORT_LAYOUT_H
#define RV_EXPORT_LAYOUT_H

#include <graphviz/gvc.h>

#include "base/buf.h"
#include "export/export.h"

typedef struct rv_layout {
    GVC_t *gvc;                 /* borrowed */
    const rv_draw_options_t *d; /* borrowed */
    Agraph_t *merged;           /* the union, laid out; NULL: none */
    boxf bb;                    /* the union's canvas */
    size_t nmerged;             /* its nodes */
} rv_layout_t;

void rv_layout_init(rv_layout_t *l, GVC_t *gvc, const rv_draw_options_t *d);
/* Builds and measures the union of in's planned steps (none for a single
 * step, or past the budget for nshown steps drawn).  Returns 0 or -1. */
int rv_layout_plan(rv_layout_t *l, const rv_export_input_t *in, size_t nshown);
/* The graph of a step (a slide with --layout slide), to agclose; desc is
 * what it changed, title its SVG title (may be NULL). */
Agraph_t *rv_layout_graph(const rv_export_input_t *in, const rv_view_t *v, size_t nth,
                          const char *title, const char *desc);
/* The narration, then what changed: a step's <desc>. */
void rv_layout_describe(const rv_export_input_t *in, const rv_view_t *v, const char *desc,
                        rv_buf_t *out);
/* Lays g out where the union has its nodes and sets its canvas, cut to
 * what it shows when `cut`.  Returns 0, or -1 (nothing to free then). */
int rv_layout_step(rv_layout_t *l, Agraph_t *g, bool cut);
void rv_layout_free(rv_layout_t *l);

#endif
