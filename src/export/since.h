/* src/export/since.h - a shown step's changes measured from the step shown
 * before it, when the steps between them are hidden.
 *
 * A snapshot marks its objects against the snapshot recorded just before
 * it (spec/snapshot-format.md).  When the steps between two shown ones are
 * hidden (a loop's iterations under --steps statements, the unmarked lines
 * under --steps marked), the reader last saw an earlier state, so the
 * marks must be measured from that one:
 *
 *   new       listed now, not listed by the step shown before (even if a
 *             hidden step listed it, and whatever the hidden steps did to it)
 *   mutated   listed by both, and its references differ now (an append
 *             undone by a pop before the shown step is no change)
 *   freed     shown by the step shown before (listed or as a ghost) and
 *             deallocated since; an object born and freed in the hidden
 *             steps is not named
 *
 * The step shown before is kept (rv_since_keep) only when the step after
 * it is hidden, so showing every step costs nothing here. */
#ifndef RV_EXPORT_SINCE_H
#define RV_EXPORT_SINCE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/idmap.h"
#include "trace/trace.h"

/* An object as the kept step listed it: its references are in refs[from,
 * from + nrefs) of rv_since_t. */
typedef struct rv_since_obj {
    const rv_obj_rec_t *rec;   /* the record its state came from */
    size_t from, nrefs;
} rv_since_obj_t;

typedef struct rv_since {
    bool kept;                 /* a step is kept and the steps after it hidden */
    rv_idmap_t listed;         /* id -> index + 1 into objs: what it listed */
    rv_idmap_t ghosts;         /* ids it showed as unreachable */
    rv_since_obj_t *objs;
    size_t nobjs, capobjs;
    rv_ref_rec_t *refs;        /* copies: the cursor's change under it */
    size_t nrefs, caprefs;
    uint64_t *freed;           /* what it showed and the hidden steps freed */
    const char **freed_types;  /* (pooled type names: they outlive the walk) */
    size_t nfreed, capfreed;
} rv_since_t;

void rv_since_init(rv_since_t *c);
void rv_since_free(rv_since_t *c);
/* After showing s: keeps what it showed when the next step is hidden
 * (next_hidden), else forgets any kept step. */
void rv_since_keep(rv_since_t *c, const rv_snapshot_t *s, bool next_hidden);
/* A hidden step after the kept one: collects what it freed. */
void rv_since_hide(rv_since_t *c, const rv_snapshot_t *s);
/* Whether a step is kept, so the next shown one needs rv_since_apply. */
bool rv_since_active(const rv_since_t *c);
/* Measures the shown snapshot s from the kept step: sets each object's
 * `change` (in the cursor's array, which is rebuilt at the next step) and
 * points s->freed at what was freed since.  s is the caller's copy of the
 * cursor's snapshot; it is valid while c is unchanged. */
void rv_since_apply(rv_since_t *c, rv_snapshot_t *s);
/* Whether reference k of o (marked mutated by rv_since_apply) differs from
 * what the kept step had there; set members count as changed when the
 * kept step's set did not have them. */
bool rv_since_ref_changed(const rv_since_t *c, const rv_snap_obj_t *o, size_t k);

#endif
