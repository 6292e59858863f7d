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

/* Python calls nest C calls in refviz's evaluator, so a program runs on a
 * thread whose stack is big enough for CPython's recursion limits: this
 * calls fn(arg) on a new thread with a RV_SESSION_STACK stack (reserved,
 * not used, until a program recurses) and the evaluator's stack guard
 * (rv_stack_guard_set) margin bytes short of its end, so that a stack
 * about to overflow is a RecursionError.  When no such thread can be made
 * it calls fn(arg) on the calling thread, guarded at a conservative depth.
 * The CLI runs every command this way, and fuzz_run every input. */
#define RV_SESSION_STACK ((size_t)512 << 20)
void rv_session_on_big_stack(void (*fn)(void *arg), void *arg, size_t margin);

#endif
