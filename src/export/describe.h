/* src/export/describe.h - what a step changed, in words: for the terminal,
 * for screen readers (an SVG's <title>/<desc>) and for the text output.
 *
 *   "b now refers to the same list as a."
 *   "list #727 was changed in place; a[0] and b[0] refer to it."
 *   "list #728 was freed."
 *
 * A describer is fed every snapshot in order (rv_describe_note for the ones
 * not shown) because a step is described against the one before it. */
#ifndef RV_EXPORT_DESCRIBE_H
#define RV_EXPORT_DESCRIBE_H

#include "base/buf.h"
#include "export/view.h"

typedef struct rv_describer {
    rv_idmap_t unreachable;  /* ids unreachable in the previous snapshot */
    const rv_step_rec_t *prev;
} rv_describer_t;

void rv_describer_init(rv_describer_t *d);
void rv_describer_free(rv_describer_t *d);
/* Appends one sentence per line describing what v's snapshot changed. */
void rv_describe(rv_describer_t *d, const rv_view_t *v, rv_buf_t *out);
/* Remembers s as the previous snapshot (after rv_describe, or instead). */
void rv_describe_note(rv_describer_t *d, const rv_snapshot_t *s);

#endif
