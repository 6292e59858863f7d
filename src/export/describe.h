/* src/export/describe.h - what a step changed, in words: for the terminal,
 * for screen readers (an SVG's <title>/<desc>) and for the text output.
 *
 *   "b now refers to the same list as a."
 *   "list #727 was changed in place; a[0] and b[0] refer to it."
 *   "list #728 was freed."
 *
 * A step is described against the step noted before it: the walk notes
 * each shown step after describing it, and skips the hidden ones after
 * it, so a step is described against the one the reader saw last. */
#ifndef RV_EXPORT_DESCRIBE_H
#define RV_EXPORT_DESCRIBE_H

#include "base/buf.h"
#include "export/view.h"

typedef struct rv_describer {
    rv_idmap_t unreachable;  /* ids unreachable in the noted snapshot */
    const rv_step_rec_t *prev; /* the noted step (NULL: none yet): */
    rv_step_rec_t noted;       /* its frames, copied (the cursor's go on) */
    bool skipped;            /* steps after it were skipped, and */
    uint64_t new_from;       /* objects from this id on are new since it */
} rv_describer_t;

void rv_describer_init(rv_describer_t *d);
void rv_describer_free(rv_describer_t *d);
/* Appends one sentence per line describing what v's snapshot changed
 * since the noted step, which must be v's prev (rv_view_set_prev). */
void rv_describe(rv_describer_t *d, const rv_view_t *v, rv_buf_t *out);
/* Remembers s as the snapshot the next step is described against (after
 * rv_describe, or instead). */
void rv_describe_note(rv_describer_t *d, const rv_snapshot_t *s);
/* Passes over s: the next step is still described against the noted one. */
void rv_describe_skip(rv_describer_t *d, const rv_snapshot_t *s);

#endif
