/* src/trace/trace.h - the trace of a run: one snapshot per event, stored as
 * changes, encoded: each step is a run of varints in one growing log
 * (store.c), about 45 bytes a step on a loop over ints.  The structs
 * below (rv_step_rec_t, rv_obj_rec_t) are what a reader decodes a step
 * into (rv_step_reader_t, the cursor), not what is kept.
 *
 * Recording: the heap tells the tracer which objects were touched (see
 * rv_touch in core/object.h) and which were created since the last event;
 * only those are re-recorded, and of an object's references only the part
 * from the first one that changed is stored (appending to a 100,000-item
 * list stores one reference, not 100,001).  Reference counts, the listing
 * order, reprs of containers, `change` and `unreachable` are derived when a
 * snapshot is rebuilt, so a step costs time and memory in proportion to
 * what changed, not to the heap.
 *
 * Rebuilding: a cursor replays the steps in order and produces the full
 * snapshot of spec/snapshot-format.md for each. */
#ifndef RV_TRACE_TRACE_H
#define RV_TRACE_TRACE_H

#include <signal.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/buf.h"
#include "base/idmap.h"
#include "lang/vm/vm.h"

typedef enum rv_ref_kind {
    RV_REF_INDEX,   /* list/tuple item: label is the index */
    RV_REF_KEY,     /* a dict key (counted, drawn with its value entry) */
    RV_REF_VALUE,   /* a dict value: key holds the key's id */
    RV_REF_MEMBER,  /* set member: no label */
    RV_REF_NAMED,   /* attribute, cell, default: label is a name */
} rv_ref_kind_t;

/* Field order keeps the padding out: a trace holds millions of these. */
typedef struct rv_ref_rec {
    uint64_t target;
    uint64_t key;          /* RV_REF_VALUE */
    size_t index;          /* RV_REF_INDEX */
    const char *label;     /* RV_REF_VALUE: the key's repr; RV_REF_NAMED: the name (pooled) */
    rv_ref_kind_t kind;
    bool weak;             /* a weak reference: drawn dashed, not counted in the
                              target's refcount, keeps nothing reachable */
} rv_ref_rec_t;

typedef enum rv_value_kind {
    RV_VAL_NONE,    /* not an atomic value */
    RV_VAL_NULL, RV_VAL_BOOL, RV_VAL_INT, RV_VAL_BIGINT, RV_VAL_FLOAT, RV_VAL_STR
} rv_value_kind_t;

/* How a snapshot writes an object's repr: stored text, or built from the
 * reprs of what it refers to (a container's repr changes when an item
 * does, without the container being touched; so does an exception's,
 * `ValueError([1, 2])`, when its args' items do). */
typedef enum rv_repr_kind {
    RV_REPR_TEXT, RV_REPR_LIST, RV_REPR_TUPLE, RV_REPR_DICT, RV_REPR_SET,
    RV_REPR_FROZENSET, RV_REPR_KEYS, RV_REPR_VALUES, RV_REPR_ITEMS, RV_REPR_EXC,
    /* repr holds the text around the items, which go where RV_REPR_HOLE is:
     * "deque([\1], maxlen=3)", "defaultdict(<class 'list'>, {\1})", and
     * a set or frozenset subclass's "Bag({\1})" ("Bag()" when empty, with
     * no hole). */
    RV_REPR_DEQUE, RV_REPR_DEFAULTDICT, RV_REPR_NAMED_SET
} rv_repr_kind_t;

#define RV_REPR_HOLE '\1'

/* The state of one object at one step (immutable once recorded). */
/* Field order keeps the padding out: one per recorded object state. */
typedef struct rv_obj_rec {
    uint64_t id;
    const char *type;      /* pooled */
    size_t size;
    char *repr;            /* RV_REPR_TEXT: the first repr_limit + 8 bytes;
                              DEQUE, DEFAULTDICT: the text around the items */
    int64_t vint;
    double vfloat;
    char *vtext;           /* RV_VAL_BIGINT digits / RV_VAL_STR text */
    size_t nrefs;          /* references in this state */
    size_t refs_from;      /* the first refs_from are the previous state's */
    size_t nstored;        /* references stored here, replacing the previous */
    rv_ref_rec_t *refs;    /* state's: refs[i] is reference pos[i], or */
    size_t *pos;           /* refs_from + i when pos is NULL */
    rv_repr_kind_t repr_kind;
    rv_value_kind_t vkind;
    bool mutable_;
    bool inline_;          /* drawn inside its referrer by default */
    bool repr_cut;         /* repr holds only the start of the text */
    bool vbool;
} rv_obj_rec_t;

/* An object's full state, materialized from its records: the recorder and
 * each cursor keep one per object they know (src/trace/state.c). */
typedef struct rv_state_obj {
    const rv_obj_rec_t *rec;   /* the latest record: &own */
    rv_obj_rec_t own;          /* a copy of it: the trace keeps records
                                  encoded (store.c), not as structs */
    char digits[24];           /* an int's repr, which the encoding leaves
                                  out when it is the value's digits */
    rv_ref_rec_t *refs;        /* all nrefs references */
    size_t nrefs, cap;
    /* A cursor's bookkeeping, by snapshot number + 1 (0: never): */
    size_t listed;             /* the last snapshot that listed it */
    size_t prev_listed;        /* the one before (for `change`) */
    size_t pos;                /* its position in that snapshot */
    size_t counted;            /* the snapshot `refcount` counts for */
    size_t refcount;
    size_t watched;            /* the last snapshot that showed it (listed or
                                  unreachable): it may be freed or a ghost next */
    size_t in_repr;            /* being written by the repr under way (its
                                  Py_ReprEnter mark: a flag, not a search) */
} rv_state_obj_t;

typedef struct rv_state {
    rv_idmap_t map;            /* id -> rv_state_obj_t */
    rv_state_obj_t **blocks;   /* the objects, allocated a block at a time */
    size_t nblocks, capblocks, used;
    rv_state_obj_t *free_list; /* dropped ones, linked through .rec */
} rv_state_t;

void rv_state_init(rv_state_t *st);
void rv_state_free(rv_state_t *st);
const rv_state_obj_t *rv_state_get(const rv_state_t *st, uint64_t id);
/* Applies a record; returns whether the references changed (set members
 * compared as a set). */
bool rv_state_apply(rv_state_t *st, const rv_obj_rec_t *rec);
/* Forgets id's state; false if it had none. */
bool rv_state_drop(rv_state_t *st, uint64_t id);

typedef struct rv_var_rec {
    const char *name;      /* pooled */
    uint64_t id;
} rv_var_rec_t;

/* Field order keeps the padding out: one per frame per step. */
typedef struct rv_frame_rec {
    const char *function;  /* pooled */
    rv_var_rec_t *vars;    /* owned, unless shared */
    size_t nvars;
    uint64_t frame;        /* the frame's identity (its object id, never
                              reused): two steps show the same frame when
                              they have the same one.  Depth does not tell:
                              a generator's frame is resumed wherever next()
                              is called, and a frame returning makes room
                              for another call at its depth. */
    uint64_t globals;      /* a module frame: the id of the dict its
                              variables are the entries of (0: none) */
    int line;
    bool shared;           /* vars are the step before's (a frame below the
                              active one rarely changes: deep recursion
                              stays linear in memory) */
    bool yields;           /* a generator suspending, not returning */
    bool has_return;       /* the innermost frame of a `return` step: */
    uint64_t ret;          /* the id of the value returned or yielded, reached
                              right after the vars as if one more */
} rv_frame_rec_t;

typedef struct rv_step_rec {
    int line;
    rv_event_t event;
    size_t stdout_len;
    rv_frame_rec_t *frames;
    size_t nframes;
    rv_obj_rec_t **changed;   /* states recorded at this step */
    size_t nchanged;
    uint64_t *freed;          /* recorded objects freed since the last step */
    size_t nfreed;
    uint64_t new_from;        /* objects with ids from this one on were created
                                 since the previous step */
    size_t nnew;              /* records of objects with ids from new_from on */
} rv_step_rec_t;

/* What random access needs of a step without decoding it (lessons, pages
 * and --steps look at lines and events). */
typedef struct rv_step_head {
    int32_t line;
    uint16_t nframes;         /* saturates at 65535 */
    uint8_t event;
} rv_step_head_t;

typedef struct rv_trace_options {
    size_t max_steps;         /* 0: no limit */
    size_t repr_limit;        /* bytes of repr kept (default 200) */
    bool final_only;          /* keep only the last snapshot */
    size_t elide_items;       /* with final_only, for a picture that shows at
                                 most this many items of a container (0: off):
                                 of a longer list, tuple, set or deque the
                                 recorder keeps only the plain values (ints,
                                 strs, ...) the picture shows and its repr
                                 needs (trace/elide.h).  Every reference is
                                 kept, so refcounts stay exact; the trace is
                                 not a whole one and is written as no trace. */
    bool record;              /* false: --no-trace (still captures stdout) */
    size_t record_budget;     /* recording stops once events x live objects
                                 passes this, and the program runs on
                                 unrecorded (0: never) */
    bool echo_stdout;         /* also write program output to stdout */
    size_t max_memory;        /* the program is stopped, as by max_steps, once
                                 the recorded trace holds this many bytes
                                 (0: no limit) */
    void (*on_commit)(void *ctx); /* called after each step is stored */
    void (*on_restart)(void *ctx); /* the run starts again (another engine
                                      takes over): what was stored is gone */
    void *commit_ctx;
} rv_trace_options_t;

typedef struct rv_trace {
    rv_trace_options_t opt;
    size_t nsteps;            /* steps stored, the one being built included */
    /* The steps, encoded one after the other (varints, store.c) in blocks
     * of the log; a step never spans two blocks.  Readers decode them in
     * order (rv_step_reader_t): a step costs what changed in it. */
    unsigned char **log;
    size_t *log_used, nlog, caplog;
    size_t log_bytes;         /* bytes the steps take in it */
    bool log_dropped;         /* a streaming writer freed blocks it read */
    rv_step_head_t **heads;   /* per step, in chunks of RV_HEAD_CHUNK */
    size_t nheads_chunks;
    rv_step_rec_t build;      /* the step being built (rv_trace_new_step) */
    bool building;
    rv_step_rec_t last;       /* the last step committed, decoded (owned) */
    bool has_last;
    rv_buf_t enc_recs;        /* the building step's records, encoded */
    size_t enc_nrecs;
    const char **names;       /* pooled names the encoding refers to by number */
    size_t nnames, capnames;
    rv_idmap_t name_ix;       /* pooled pointer -> number + 1 */
    rv_buf_t out;             /* everything the program printed */
    /* recording state */
    rv_state_t current;       /* every recorded live object's state */
    rv_idmap_t dirty;         /* id -> rv_obj_t *: touched since the last event */
    rv_idmap_t cell_holders;  /* id -> rv_obj_t *: recorded functions and
                                 generators whose references go through
                                 cells (see record.c) */
    rv_idmap_t repr_holders;  /* id -> rv_obj_t *: recorded instances whose
                                 repr a library __repr__ makes of their
                                 attributes' reprs (a dataclass's, a
                                 namedtuple's): re-recorded at every
                                 snapshot, as an attribute's change does
                                 not touch them */
    bool cells_touched;       /* a cell was written since the last event */
    uint64_t first_new_id;    /* objects from this id on are new since then */
    uint64_t temp_from;       /* while a snapshot is taken: its first temporary id */
    const void *last_type;    /* the type of the last state made, and its */
    const char *last_type_name; /* pooled name */
    uint64_t *pending_freed;
    size_t npending, cappending;
    bool withholding;         /* weakref callbacks run: the first nwithheld */
    size_t nwithheld;         /* pending ids wait until they are over */
    size_t events;            /* events seen (steps taken, even if not kept) */
    size_t selfcheck_wait;    /* selfcheck builds: events before the next check */
    bool selfcheck_now;       /* selfcheck builds: this event is checked */
    int stop_line;            /* where a limit stopped the program */
    bool stop_memory;         /* the limit was max_memory (else max_steps) */
    size_t stop_events;       /* the steps run when it stopped */
    bool stop_signal;         /* a signal stopped it (rv_trace_signalled) */
    size_t nrecs;             /* object states recorded */
    /* Loaders' states (load.c, delta.c) come from blocks */
    rv_obj_rec_t **rec_blocks;
    size_t nrec_blocks, caprec_blocks, rec_used;
    /* Where the states' texts and references live: they last as long as
     * the trace, so they are carved from blocks freed together. */
    char **arena;
    size_t narena, caparena;
    char *arena_cur;          /* the block being filled */
    size_t arena_used, arena_bytes;
    rv_buf_t scratch_repr, scratch_vtext; /* a candidate state's texts */
    char **pool;              /* interned names: open-addressing table */
    size_t npool, cappool;
} rv_trace_t;

/* Set by a signal handler (SIGINT, SIGTERM while a trace is streamed): the
 * recorder stops the program at its next event as a limit does, so the
 * trace so far is written whole. */
extern volatile sig_atomic_t rv_trace_signalled;

void rv_trace_init(rv_trace_t *t, const rv_trace_options_t *opt);
void rv_trace_free(rv_trace_t *t);
/* Installs the tracer as the VM's hook and output sink and the heap's free
 * hook; rv_trace_detach removes them. */
void rv_trace_attach(rv_trace_t *t);
void rv_trace_detach(rv_trace_t *t);
/* The memory the recorded trace holds (steps, states, names), in bytes. */
size_t rv_trace_bytes(const rv_trace_t *t);
/* The same, counted as it grows (no walk over the steps): what the memory
 * limit compares. */
size_t rv_trace_bytes_quick(const rv_trace_t *t);
/* The steps of --steps statements: one per top-level statement of the
 * program `code` — the module frame's step after it completed, so a loop
 * is shown once, after its last iteration — and the last step.  shown[]
 * has a slot per step. */
void rv_trace_top_steps(const rv_trace_t *t, const char *code, bool *shown);

#define RV_HEAD_CHUNK 65536
/* Step i's line, event and number of frames. */
const rv_step_head_t *rv_trace_head(const rv_trace_t *t, size_t i);

/* ---- reading the stored steps ------------------------------------------- */

/* A decoded step and the storage its lists use. */
typedef struct rv_step_buf {
    rv_step_rec_t step;
    size_t capframes, capfreed, capchanged;
    rv_obj_rec_t *recs;
    char (*digits)[24];
    rv_ref_rec_t *refs;
    size_t *pos;
    size_t caprefs, cappos;
} rv_step_buf_t;

/* Decodes the steps in order.  A step is decoded against the state of its
 * objects as of the step before (the caller's, which it applies the
 * step's records to before asking for the next): a record that changed
 * only references takes its other fields from there.  The step returned
 * and the one before stay valid until the next call. */
typedef struct rv_step_reader {
    const rv_trace_t *t;
    size_t next, blk, off;
    rv_step_buf_t buf[2];
    int cur;                  /* buf[cur] holds the last step decoded */
} rv_step_reader_t;

void rv_step_reader_init(rv_step_reader_t *r, const rv_trace_t *t);
/* The next step, or NULL after the last. */
const rv_step_rec_t *rv_step_reader_next(rv_step_reader_t *r, const rv_state_t *st);
/* The step before the one last returned, or NULL. */
const rv_step_rec_t *rv_step_reader_prev(const rv_step_reader_t *r);
void rv_step_reader_free(rv_step_reader_t *r);

/* A copy of a step's frames (the rest is left out), and its release. */
void rv_step_copy_frames(rv_step_rec_t *dst, const rv_step_rec_t *src);
void rv_step_free_frames(rv_step_rec_t *s);

/* ---- rebuilt snapshots ---------------------------------------------------- */

typedef enum rv_change { RV_CHANGE_SAME, RV_CHANGE_NEW, RV_CHANGE_MUTATED } rv_change_t;

typedef struct rv_snap_obj {
    const rv_obj_rec_t *rec;       /* type, size, value */
    const rv_ref_rec_t *refs;      /* all its references */
    size_t nrefs;
    const char *repr;              /* cut at the repr limit, ending in "..." */
    size_t refcount;
    rv_change_t change;
} rv_snap_obj_t;

typedef struct rv_snapshot {
    size_t step;
    const rv_step_rec_t *rec;      /* line, event, frames */
    const char *stdout_text;
    size_t stdout_len;
    rv_snap_obj_t *objects;
    size_t nobjects;
    size_t stamp;                  /* step + 1: the `listed` of its objects */
    const rv_state_t *state;       /* every live object's state (unreachable ones too) */
    const rv_idmap_t *mutated;     /* id -> the record that changed its references */
    uint64_t *freed;
    const char **freed_types;      /* the type of each freed object */
    size_t nfreed;
    uint64_t *unreachable;
    size_t nunreachable;
    size_t mem_bytes;
} rv_snapshot_t;

typedef struct rv_trace_cursor {
    const rv_trace_t *t;
    size_t next;
    rv_step_reader_t reader;
    rv_state_t state;     /* every object's state as of the current step */
    rv_idmap_t mutated;   /* ids whose references changed at this step */
    uint64_t *watched;    /* ids the previous snapshot showed (listed or
                             unreachable) */
    rv_state_obj_t **listed_so; /* the state of each listed object */
    size_t nwatched, capwatched;
    size_t nwatched_listed; /* the first ones, which it listed */
    rv_buf_t reprs;       /* this snapshot's derived reprs */
    size_t *repr_at;      /* offset of each object's repr in reprs */
    rv_snapshot_t snap;
    size_t capobjects, capunreach, capfreed;
} rv_trace_cursor_t;

void rv_cursor_init(rv_trace_cursor_t *c, const rv_trace_t *t);
/* The next snapshot (valid until the next call), or NULL after the last. */
const rv_snapshot_t *rv_cursor_next(rv_trace_cursor_t *c);
void rv_cursor_free(rv_trace_cursor_t *c);

/* Whether reference k of object id is one this step changed (set or
 * added; for a mutated object only). */
bool rv_snapshot_ref_changed(const rv_snapshot_t *s, uint64_t id, size_t k);

/* The position of object id in a snapshot's object list, or -1. */
long rv_snapshot_find(const rv_snapshot_t *s, uint64_t id);

#endif
