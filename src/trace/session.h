/* src/trace/session.h - one traced run of a program: set up the
 * interpreter, attach the tracer, run, and keep what is needed to export
 * and report afterwards (the trace survives the interpreter). */
#ifndef RV_TRACE_SESSION_H
#define RV_TRACE_SESSION_H

#include "lang/vm/interp.h"
#include "trace/trace.h"

typedef struct rv_session {
    rv_trace_t trace;
    rv_outcome_t outcome;
    char *error_type;      /* NULL when the program finished */
    char *error_message;
    int error_line;
    char *report;          /* what to print on stderr (traceback, ...), or NULL */
    int status;            /* the exit status python3 would give: 0, 1 for an
                              uncaught exception, SystemExit's code */
    char *engine_error;    /* the engine itself failed (the CPython engine's
                              python3 or tracer), or NULL */
} rv_session_t;

/* Runs src: filename is the script as given, "<string>" or "<stdin>";
 * tracebacks show it as python3 does (rv_script_path), refviz's own
 * messages as given.  The interpreter is set up and torn down inside; the
 * session keeps the trace and the error report. */
void rv_session_run(rv_session_t *s, const char *filename, const char *src, size_t len,
                    const rv_trace_options_t *opt);
void rv_session_free(rv_session_t *s);

#endif
