/* src/export/walk.h - the shown steps of a trace, one view at a time, for
 * a renderer that pulls them (the pager renders a step when it is asked
 * for; rv_export_walk in export.h pushes them all). */
#ifndef RV_EXPORT_WALK_H
#define RV_EXPORT_WALK_H

#include "export/describe.h"
#include "export/export.h"

typedef struct rv_export_walker {
    const rv_export_input_t *in;
    const rv_view_options_t *opt;
    /* Ids the hidden steps since the last shown one marked new or
     * mutated, and the ids the last shown step listed (walk.c says why). */
    rv_idmap_t changed, shown_ids;
    bool first;               /* no step shown yet */
    rv_describer_t d;
    rv_trace_cursor_t cur;
    rv_buf_t desc;
    rv_view_t view;
    const rv_snapshot_t *current; /* the view's snapshot; NULL: no view */
} rv_export_walker_t;

void rv_export_walker_init(rv_export_walker_t *w, const rv_export_input_t *in);
/* Moves to the next shown step: its view, its number among the planned
 * steps and what it changed in words stay valid until the next call.
 * Returns false after the last one. */
bool rv_export_walker_next(rv_export_walker_t *w, const rv_view_t **v, size_t *nth,
                           const char **desc);
void rv_export_walker_free(rv_export_walker_t *w);

#endif
