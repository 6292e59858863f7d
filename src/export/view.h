/* src/export/view.h - what a diagram of one snapshot shows, shared by the
 * text and Graphviz renderers.
 *
 * Atomic values (int, float, bool, None, short str) are drawn inside the
 * cell that refers to them unless every object is to be drawn as its own
 * node; containers longer than max_items show their first items, one from
 * the middle and their last ones, saying how many are hidden; references
 * deeper than max_depth from a frame are cut with a mark.  Only what is
 * shown is walked, so a million-item list costs what its shown items cost. */
#ifndef RV_EXPORT_VIEW_H
#define RV_EXPORT_VIEW_H

#include <stdbool.h>
#include <stddef.h>

#include "trace/trace.h"

/* How much a diagram's object header says: the type; its id too; its id,
 * refcount and size. */
typedef enum rv_detail { RV_DETAIL_MINIMAL, RV_DETAIL_NORMAL, RV_DETAIL_FULL } rv_detail_t;

typedef struct rv_view_options {
    bool heap_all;        /* every object as its own node (identity lessons) */
    /* The interpreter's plumbing: instances' __class__ references, a
     * class's methods as function objects, modules as objects.  Off (the
     * teaching default), a class lists its methods by name, modules are
     * drawn in the cell that refers to them, and no __class__ is drawn. */
    bool show_classes;
    rv_detail_t detail;
    size_t max_items;     /* items of a container shown (default 12) */
    size_t max_depth;     /* references followed from a frame (default 6) */
    size_t max_str;       /* bytes of a repr shown in a cell (default 40) */
    /* Frames of a deeper stack than this (default 6; 0: all) show the
     * first two, a gap saying how many are left out, and the innermost. */
    size_t max_frames;
} rv_view_options_t;

extern const rv_view_options_t rv_view_defaults;

/* The most items a container shows, whatever --max-items says. */
#define RV_VIEW_MAX_ITEMS 100000

/* The row a returning frame shows its return value in (Python Tutor's). */
#define RV_VIEW_RETURN_LABEL "Return value"

/* One reference as a diagram shows it. */
typedef struct rv_view_ref {
    const rv_ref_rec_t *ref;  /* NULL: the "N hidden" gap */
    size_t hidden;            /* the gap's count */
    const rv_snap_obj_t *target;
    bool inline_value;        /* drawn as the target's repr in the cell */
    bool method;              /* a class's function, listed by name only */
    bool changed;             /* set since prev (the object was mutated) */
} rv_view_ref_t;

/* The objects drawn as nodes, in first-reached order. */
typedef struct rv_view {
    const rv_snapshot_t *snap;
    const rv_view_options_t *opt;
    const rv_snap_obj_t **nodes;
    bool *cut;                /* node i's references were not followed */
    size_t nnodes, cap;
    rv_idmap_t drawn;         /* id -> node index + 1 */
    const rv_step_rec_t *prev; /* the step the reader saw before: the planned
                                  one before (the first planned step: the one
                                  recorded before; NULL for step 0) */
    /* Set when steps between prev and this one are hidden: what prev
     * showed, which the change marks compare with (rv_since_apply).  NULL:
     * the snapshot's own marks, against the step recorded before it. */
    const struct rv_since *since;
    /* Ghosts: objects prev showed that are gone (freed) or alive but
     * unreachable from any frame (a cycle, the interpreter). */
    const rv_state_obj_t **unreachable;
    size_t nunreachable;
    size_t *freed;            /* indices into snap->freed */
    size_t nfreed;
} rv_view_t;

void rv_view_build(rv_view_t *v, const rv_snapshot_t *s, const rv_view_options_t *opt);
/* Records the step v is compared with (for rebinding marks) and picks the
 * ghosts to draw: atomic values drawn inline are not ghosted. */
void rv_view_set_prev(rv_view_t *v, const rv_step_rec_t *prev);
/* Frame f of v's step as prev had it (the same frame, wherever it was on
 * the stack), or NULL if prev did not have it: a call entered it since, or
 * it is a generator's frame that was suspended. */
const rv_frame_rec_t *rv_view_prev_frame(const rv_view_t *v, size_t f);
/* Whether variable k of frame f was bound or rebound since prev. */
bool rv_view_rebound(const rv_view_t *v, size_t f, size_t k);
void rv_view_free(rv_view_t *v);
/* Where frame f is drawn among the shown frames (0 is <module>), counting
 * the gap as one; SIZE_MAX when it is left out. */
size_t rv_view_frame_slot(const rv_view_t *v, size_t f);
/* How many frames the gap stands for (0: none left out), and its slot. */
size_t rv_view_frames_hidden(const rv_view_t *v, size_t *slot);
/* Whether a type is one of the atomic values drawn inline (int, float,
 * bool, str, NoneType). */
bool rv_view_atomic_type(const char *type);
/* Whether o is drawn inside the cells that refer to it. */
bool rv_view_is_inline(const rv_view_t *v, const rv_snap_obj_t *o);
/* The snapshot object with that id (NULL if not listed). */
const rv_snap_obj_t *rv_view_object(const rv_view_t *v, uint64_t id);
/* The references of o to show (dict keys are labels of their values):
 * fills out[] (room for rv_view_refs_room items) and returns the count. */
size_t rv_view_refs_room(const rv_view_options_t *opt);
/* Items a container shows at most: at least its first, middle and last
 * item, and no more than a diagram can hold (see trace/elide.h). */
size_t rv_view_items_shown(const rv_view_options_t *opt);
size_t rv_view_refs(const rv_view_t *v, const rv_snap_obj_t *o, rv_view_ref_t *out);
/* How many references o has, those a final picture's recording left out
 * included. */
size_t rv_view_ref_count(const rv_snap_obj_t *o);
/* A cell's label: "0" for an index, the key's repr, an attribute name. */
void rv_view_ref_label(const rv_view_ref_t *r, char *buf, size_t size);
/* o's repr cut to max_str bytes (at a character boundary) with "…". */
void rv_view_short_repr(const rv_view_t *v, const rv_snap_obj_t *o, rv_buf_t *out);

#endif
