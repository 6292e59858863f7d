/* src/trace/load.h - a trace recorded from another engine's snapshots: the
 * lines of the CPython engine's stream (share/tracer/refviz_trace.py
 * --format stream), stored as changes like the model's own recording, so
 * that every export, the pager and the HTML page read it unchanged.
 *
 * The stream is one JSON object per line:
 *   a header   {"format": "refviz-trace", "version": 1, "python": "3.11", ...}
 *   snapshots  {"step", "line", "event", "stdout": what was printed since
 *               the last one, "frames", "objects": the states that are new
 *               or changed since the stream last sent them (no refcount nor
 *               change: the cursor derives both), "freed"}
 *   an end     {"end": true, "error": null or {...}, "steps": N,
 *               "stopped": the line a step limit stopped at, or null}
 * Frames may carry "frame" (an identity) and "yields"; without them a
 * frame's identity is inferred from the step before.
 *
 * The same loader reads the snapshots of the full trace format
 * (spec/snapshot-format.md: a --format json trace's steps, a jsonl file's
 * lines; `refviz trace show`), whose header the caller reads: there
 * "stdout" is all printed so far and every listed object is sent (those
 * unchanged since they were last stored are passed over), and each
 * step's narration is kept.  That format does not say which objects a
 * step created (the loader takes ids above every one listed before), nor
 * which frame is which (inferred as above: a resumed generator's frame is
 * a new one), nor whether a generator yields or returns (returns). */
#ifndef RV_TRACE_LOAD_H
#define RV_TRACE_LOAD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "trace/trace.h"

typedef struct rv_trace_loader {
    rv_trace_t *t;
    bool header_seen;
    bool ended;               /* the end line was read */
    char python[16];          /* the header's "python" ("3.11") */
    char *error_type;         /* the end line's error (owned), or NULL */
    char *error_message;
    int error_line;
    int stopped_line;         /* where a step limit stopped it, or 0 */
    uint64_t max_id;          /* ids above it are first seen at a later step */
    uint64_t next_frame;      /* inferred frame identities */
    rv_ref_rec_t *refs;       /* scratch: one object's references */
    size_t caprefs;
    bool full;                /* the full format's snapshots (rv_loader_init_full) */
    char **narration;         /* full: per step, the narration (owned), or NULL */
    size_t capnarration;
    char err[256];            /* why a line was refused */
} rv_trace_loader_t;

void rv_loader_init(rv_trace_loader_t *l, rv_trace_t *t);
/* A loader whose every line is a snapshot of the full format. */
void rv_loader_init_full(rv_trace_loader_t *l, rv_trace_t *t);
/* Reads one line (its newline excluded).  Returns 0, or -1 with l->err set
 * when the line is not the protocol's (the trace so far is kept). */
int rv_loader_line(rv_trace_loader_t *l, const char *line, size_t len);
void rv_loader_free(rv_trace_loader_t *l);

#endif
