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
/* A zeroed step appended to the trace (the pointer moves when the next is
 * added). */
rv_step_rec_t *rv_trace_new_step(rv_trace_t *t);
/* Frame i of s (the last step) shares the vars of the step before when
 * they are the same, freeing its own. */
void rv_trace_share_vars(rv_trace_t *t, rv_step_rec_t *s, size_t i);

#endif
