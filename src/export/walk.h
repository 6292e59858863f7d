/* src/export/walk.h - the shown steps of a trace, one view at a time, for
 * a renderer that pulls them (the pager renders a step when it is asked
 * for; rv_export_walk in export.h pushes them all). */
#ifndef RV_EXPORT_WALK_H
#define RV_EXPORT_WALK_H

#include "export/describe.h"
#include "export/export.h"
#include "export/since.h"

typedef struct rv_export_walker {
    const rv_export_input_t *in;
    const rv_view_options_t *opt;
    bool plan;                /* every planned step, numbered among them */
    size_t count;             /* planned steps passed (plan) */
    bool planned_one;         /* a planned step has been passed */
    rv_describer_t d;
    rv_since_t since;         /* marks since the planned step before */
    rv_trace_cursor_t cur;
    rv_buf_t desc;
    rv_snapshot_t snap;       /* the view's snapshot: the cursor's, marked anew */
    rv_view_t view;
    const rv_snapshot_t *current; /* the cursor's snapshot of the view; NULL: none */
} rv_export_walker_t;

/* A walker over the shown steps; with plan, over every planned step (the
 * ones --step N and --final leave out too), numbered among the planned. */
void rv_export_walker_init(rv_export_walker_t *w, const rv_export_input_t *in, bool plan);
/* Moves to the next step: its view, its number among the planned steps and
 * what it changed in words stay valid until the next call.  Returns false
 * after the last one. */
bool rv_export_walker_next(rv_export_walker_t *w, const rv_view_t **v, size_t *nth,
                           const char **desc);
void rv_export_walker_free(rv_export_walker_t *w);

#endif
