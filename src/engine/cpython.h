/* src/engine/cpython.h - the CPython engine: runs a program under the
 * machine's own python3 with the tracer this project ships
 * (share/tracer/refviz_trace.py), which streams the same snapshots the
 * model records; src/trace/load.c stores them, so a session from either
 * engine exports alike. */
#ifndef RV_ENGINE_CPYTHON_H
#define RV_ENGINE_CPYTHON_H

#include <stdbool.h>
#include <stddef.h>

#include "trace/session.h"

typedef struct rv_cpython {
    char python[4096];    /* the interpreter to run (REFVIZ_PYTHON, else python3) */
    char tracer[4096];    /* the tracer's path */
    int major, minor;     /* its version */
} rv_cpython_t;

/* Finds python3 (3.11 or later) and the tracer.  On failure returns false
 * with why in err: no python3, too old, no tracer. */
bool rv_cpython_find(rv_cpython_t *py, char *err, size_t errsize);

/* Runs src (the file `filename`, "<string>" for -c, "<stdin>") under
 * py.  Fills s as rv_session_run does: the trace (when opt->record), the
 * uncaught error, and status, the exit status python3 would give.  What
 * the program and python3 write to stderr goes straight to stderr. */
void rv_cpython_run(rv_session_t *s, const rv_cpython_t *py, const char *filename,
                    const char *src, size_t len, const rv_trace_options_t *opt);

#endif
