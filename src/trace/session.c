/* src/trace/session.c - see session.h. */
#include "trace/session.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "core/exc.h"
#include "core/heap.h"
#include "core/obj_int.h"
#include "core/obj_str.h"

static void discard_output(const char *data, size_t len, void *ctx)
{
    (void)data;
    (void)len;
    (void)ctx;
}

/* What the finalizers run at exit (__del__ methods, the finally blocks of
 * generators still suspended) may still do: the step limit's remainder.
 * Once it is spent every further event fails at once, so that one looping
 * finalizer cannot hang refviz after the program is done. */
typedef struct exit_budget {
    size_t left;
    size_t limit; /* the --max-steps it is the rest of */
    bool spent;
} exit_budget_t;

static int exit_event(rv_event_t ev, rv_frame_t *f, int line, rv_obj_t *value, void *ctx)
{
    (void)ev;
    (void)f;
    (void)line;
    (void)value;
    exit_budget_t *b = ctx;
    if (!b->spent && b->left) {
        b->left--;
        return 0;
    }
    b->spent = true;
    rv_err_format(&rv_exc_RefvizLimit, "stopped after %zu steps", b->limit);
    return -1;
}

#ifdef RV_SELFCHECK
/* Budgets of the selfcheck's forced recording (events x live objects) and
 * of its replay (objects listed): an ordinary test program's whole run fits
 * in both. */
#define SELFCHECK_RECORD_BUDGET 50000000
#define SELFCHECK_REPLAY_BUDGET 10000000
#endif

/* What python3 does with an uncaught SystemExit (Py_HandleSystemExit):
 * None exits 0, an int exits with it (the low byte, as the OS keeps it),
 * anything else is printed on stderr and exits 1. */
static int exit_status(rv_obj_t *exc, rv_buf_t *report)
{
    rv_obj_t *code = rv_exc_exit_code(exc);
    int status = 0;
    int64_t v;
    if (code == rv_None) {
        status = 0;
    } else if (rv_isinstance(code, &rv_int_type)) {
        status = rv_int_fits_i64(code, &v) ? (int)(v & 0xff) : 255;
    } else {
        rv_obj_t *text = rv_str(code);
        if (text)
            rv_buf_printf(report, "%s\n", rv_str_utf8(text));
        rv_err_clear();
        rv_xdecref(text);
        status = 1;
    }
    rv_decref(code);
    return status;
}

void rv_session_run(rv_session_t *s, const char *filename, const char *src, size_t len,
                    const rv_trace_options_t *opt)
{
    memset(s, 0, sizeof *s);
    rv_trace_options_t o = *opt;
#ifdef RV_SELFCHECK
    /* Selfcheck builds (the tests') always record and check, so that every
     * test program exercises the recorder, and replay the trace below.  A
     * run that asked for no trace (the tutorial's million-step loop) is
     * recorded for its first steps only, fewer on a bigger heap: every
     * test program's whole run fits, and the sanitizer job stays within its
     * time.  REFVIZ_SELFCHECK=0 runs as a release build does (the sanitizers
     * still watch): checking at every step of a program that nests a
     * structure 10,000 deep is quadratic. */
    const char *check = getenv("REFVIZ_SELFCHECK");
    rv_selfcheck_enabled = !check || strcmp(check, "0") != 0;
    if (rv_selfcheck_enabled && !o.record) {
        o.record = true;
        o.record_budget = SELFCHECK_RECORD_BUDGET;
    }
#endif
    rv_trace_init(&s->trace, &o);
    rv_interp_init();
    rv_trace_attach(&s->trace);
    rv_run_t run;
    char *shown = rv_script_path(filename);
    s->outcome = rv_interp_run(shown, src, len, &run);
    rv_buf_t report = RV_BUF_INIT;
    switch (s->outcome) {
    case RV_RUN_OK:
        break;
    case RV_RUN_SYNTAX:
        s->error_type = rv_strdup(run.syntax.tab           ? "TabError"
                                  : run.syntax.indentation ? "IndentationError"
                                                           : "SyntaxError");
        s->error_message = rv_strdup(run.syntax.msg);
        s->error_line = run.syntax.line;
        rv_format_syntax_error(&run.syntax, shown, src, &report);
        break;
    case RV_RUN_UNSUPPORTED:
        s->error_type = rv_strdup("unsupported");
        s->error_message = rv_strdup(run.what);
        s->error_line = run.line;
        rv_buf_printf(&report, "refviz: unsupported: %s (%s:%d)\n", run.what, filename, run.line);
        break;
    case RV_RUN_EXCEPTION: {
        s->error_line = run.line;
        if (RV_IS(run.exc, rv_exc_RefvizLimit)) {
            rv_obj_t *msg = rv_exc_message(run.exc);
            s->error_type = rv_strdup("limit");
            s->error_line = run.line = s->trace.stop_line;
            s->error_message = rv_strdup(msg ? rv_str_utf8(msg) : "");
            if (s->trace.stop_signal)
                rv_buf_printf(&report, "refviz: %s at %s:%d; the steps before are in the trace\n",
                              s->error_message, filename, run.line);
            else if (s->trace.stop_memory)
                rv_buf_printf(&report,
                              "refviz: %s at %s:%d; the steps before are in the trace (raise "
                              "the limit with --max-memory SIZE, e.g. 8G, or --max-memory 0 "
                              "for none)\n",
                              s->error_message, filename, run.line);
            else
                rv_buf_printf(&report,
                              "refviz: %s at %s:%d (raise the limit with --max-steps N, or "
                              "--max-steps 0 for none)\n",
                              s->error_message, filename, run.line);
            rv_xdecref(msg);
            break;
        }
        s->error_type = rv_strdup(rv_type_name(run.exc->type));
        rv_obj_t *msg = rv_exc_message(run.exc);
        if (!msg)
            rv_err_clear();
        s->error_message = rv_strdup(msg ? rv_str_utf8(msg) : "");
        rv_xdecref(msg);
        if (RV_IS(run.exc, rv_exc_SystemExit))
            s->status = exit_status(run.exc, &report);
        else
            rv_format_traceback(run.exc, src, &report);
        break;
    }
    }
    /* No snapshot follows: what the release frees is no news to the trace.
     * Finalizers of objects still alive at exit (__del__, a suspended
     * generator's finally blocks) run during the release, as python3 runs
     * them at shutdown: what they print goes to stdout when the program's
     * output does, but with a trace format it comes after the last
     * snapshot, so it has no place in the trace, and the trace's own output
     * must stay clean.  They share the step limit with the program. */
    rv_trace_detach(&s->trace);
    rv_vm_set_output(o.echo_stdout ? NULL : discard_output, NULL);
    exit_budget_t budget = { .limit = o.max_steps };
    if (o.max_steps) {
        budget.left = s->trace.events < o.max_steps ? o.max_steps - s->trace.events : 0;
        rv_vm_set_trace(exit_event, &budget);
    }
    rv_run_release(&run);
    rv_free(shown);
    rv_interp_finalize();
    rv_vm_set_trace(NULL, NULL);
    rv_vm_set_output(NULL, NULL);
    fflush(stdout);
    if (budget.spent && !s->trace.stop_line) {
        rv_buf_printf(&report,
                      "refviz: stopped after %zu steps while finalizing the objects alive at exit "
                      "(a __del__ method or a generator's finally block) (raise the limit with "
                      "--max-steps N, or --max-steps 0 for none)\n",
                      o.max_steps);
        if (!s->error_type) {
            s->error_type = rv_strdup("limit");
            s->error_message = rv_strdup("stopped while finalizing at exit");
        }
    }
#ifdef RV_SELFCHECK
    /* The replay lists every object of every step: it stops once it has
     * listed SELFCHECK_REPLAY_BUDGET. */
    rv_trace_cursor_t c;
    rv_cursor_init(&c, &s->trace);
    const rv_snapshot_t *snap;
    size_t listed = 0;
    /* (a streamed trace's steps are gone: only its writer read them) */
    while (rv_selfcheck_enabled && !s->trace.log_dropped && listed <= SELFCHECK_REPLAY_BUDGET &&
           (snap = rv_cursor_next(&c)) != NULL)
        listed += snap->nobjects;
    rv_cursor_free(&c);
#endif
    if (report.len)
        s->report = rv_buf_steal(&report, NULL);
    rv_buf_free(&report);
    if (!s->status && !(s->error_type && strcmp(s->error_type, "SystemExit") == 0))
        s->status = s->error_type ? 1 : 0;
}

void rv_session_free(rv_session_t *s)
{
    rv_trace_free(&s->trace);
    rv_free(s->error_type);
    rv_free(s->error_message);
    rv_free(s->report);
    rv_free(s->engine_error);
}

typedef struct big_stack_call {
    void (*fn)(void *arg);
    void *arg;
    size_t margin;
} big_stack_call_t;

static void *big_stack_thread(void *arg)
{
    big_stack_call_t *c = arg;
    char base = 0;
    rv_stack_guard_set(&base, RV_SESSION_STACK - c->margin);
    c->fn(c->arg);
    return NULL;
}

void rv_session_on_big_stack(void (*fn)(void *arg), void *arg, size_t margin)
{
    big_stack_call_t c = { fn, arg, margin };
    pthread_attr_t attr;
    pthread_t thread;
    if (pthread_attr_init(&attr) != 0)
        goto here;
    if (pthread_attr_setstacksize(&attr, RV_SESSION_STACK) == 0 &&
        pthread_create(&thread, &attr, big_stack_thread, &c) == 0) {
        pthread_join(thread, NULL);
        pthread_attr_destroy(&attr);
        return;
    }
    pthread_attr_destroy(&attr);
here:;
    /* The process stack (8 MB by default), with room to spare. */
    char base = 0;
    rv_stack_guard_set(&base, (size_t)6 << 20);
    fn(arg);
}
