/* src/trace/store.h - the trace's storage, shared by the recorders (the
 * model's record.c, the CPython engine's load.c).  Everything returned
 * lives as long as the trace and is freed with it (rv_trace_free). */
#ifndef RV_TRACE_STORE_H
#define RV_TRACE_STORE_H

#include "trace/trace.h"

/* The pooled copy of s: equal names are one pointer. */
const char *rv_trace_intern(rv_trace_t *t, const char *s);
/* n bytes (8-aligned) that live as long as the trace. */
void *rv_trace_alloc(rv_trace_t *t, size_t n);
/* A NUL-terminated copy of s[0..len). */
char *rv_trace_text(rv_trace_t *t, const char *s, size_t len);
/* An uninitialised state record. */
rv_obj_rec_t *rv_trace_new_rec(rv_trace_t *t);
/* Starts a step: the zeroed step to fill (its frames, their vars and its
 * freed list malloc'd; the trace takes them), valid until the next
 * rv_trace_new_step or rv_trace_commit_step, which stores it (the step
 * before uncommitted is committed first).  Set its new_from before adding
 * records. */
rv_step_rec_t *rv_trace_new_step(rv_trace_t *t);
/* Adds a record to the step being built: encoded against the object's
 * state in t->current, then applied to it.  r's texts must live as long
 * as the trace (rv_trace_text), but an int's repr that is its digits; r
 * itself and its refs and pos may be the caller's scratch. */
void rv_trace_add_rec(rv_trace_t *t, const rv_obj_rec_t *r);
/* Stores the step being built (nothing if none). */
void rv_trace_commit_step(rv_trace_t *t);
/* Frees the log's blocks before block blk (a streaming writer has read
 * them: no reader may go over them again). */
void rv_trace_drop_log(rv_trace_t *t, size_t blk);
/* The last step committed, or NULL. */
const rv_step_rec_t *rv_trace_last_step(const rv_trace_t *t);
/* Frame i of s (the step being built) shares the vars of the last step
 * committed when they are the same, freeing its own. */
void rv_trace_share_vars(rv_trace_t *t, rv_step_rec_t *s, size_t i);

#endif
