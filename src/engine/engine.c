/* src/engine/engine.c - see engine.h. */
#include "engine/engine.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "base/alloc.h"
#include "engine/cpython.h"
#include "lang/vm/interp.h"

bool rv_engine_parse(const char *name, rv_engine_t *out)
{
    static const char *const names[] = { "auto", "model", "cpython" };
    for (size_t i = 0; i < 3; i++)
        if (strcmp(name, names[i]) == 0) {
            *out = (rv_engine_t)i;
            return true;
        }
    return false;
}

/* What the model lacks, found without running: NULL when nothing is
 * (a syntax error included: the model reports it as python3 does).  The
 * check sets up an interpreter of its own, in a child process: the run
 * that follows must start from a fresh one, its object ids numbered from
 * the start as in any run. */
static char *model_lacks(const char *filename, const char *src, size_t len, int *line)
{
    int fd[2];
    if (pipe(fd) < 0)
        return NULL;
    fflush(stdout);
    fflush(stderr);
    pid_t pid = fork();
    if (pid < 0) {
        close(fd[0]);
        close(fd[1]);
        return NULL;
    }
    if (pid == 0) {
        close(fd[0]);
        rv_interp_init();
        rv_run_t run;
        if (rv_interp_check(filename, src, len, &run) == RV_RUN_UNSUPPORTED) {
            char head[32];
            int n = snprintf(head, sizeof head, "%d ", run.line);
            if (write(fd[1], head, (size_t)n) < 0 || write(fd[1], run.what, strlen(run.what)) < 0)
                _exit(1);
        }
        _exit(0);
    }
    close(fd[1]);
    rv_buf_t b = RV_BUF_INIT;
    char chunk[4096];
    ssize_t r;
    while ((r = read(fd[0], chunk, sizeof chunk)) != 0) {
        if (r > 0)
            rv_buf_add(&b, chunk, (size_t)r);
        else if (errno != EINTR)
            break;
    }
    close(fd[0]);
    while (waitpid(pid, NULL, 0) < 0 && errno == EINTR)
        ;
    char *what = NULL;
    const char *text = rv_buf_cstr(&b);
    char *rest;
    long l = strtol(text, &rest, 10);
    if (b.len && *rest == ' ') {
        *line = (int)l;
        what = rv_strdup(rest + 1);
    }
    rv_buf_free(&b);
    return what;
}

/* Runs on CPython, or sets engine_error. */
static void run_cpython(rv_session_t *s, const char *filename, const char *src, size_t len,
                        const rv_trace_options_t *opt, const rv_cpython_t *py)
{
    if (py->minor != 11)
        fprintf(stderr,
                "refviz: note: python3 is %d.%d: sizes, reprs and steps follow it, not "
                "CPython 3.11, which refviz models\n",
                py->major, py->minor);
    rv_cpython_run(s, py, filename, src, len, opt);
}

static void say_takeover(const rv_cpython_t *py, const char *what, const char *filename, int line)
{
    fprintf(stderr, "refviz: running on CPython %d.%d: the model lacks %s at %s:%d\n", py->major,
            py->minor, what, filename, line);
}

/* Adds a line to what the session prints on stderr after the run. */
static void add_note(rv_session_t *s, const char *fmt, const char *arg)
{
    rv_buf_t b = RV_BUF_INIT;
    if (s->report)
        rv_buf_adds(&b, s->report);
    rv_buf_printf(&b, fmt, arg);
    rv_free(s->report);
    s->report = rv_buf_steal(&b, NULL);
    rv_buf_free(&b);
}

void rv_engine_run(rv_session_t *s, rv_engine_t e, const char *filename, const char *src,
                   size_t len, const rv_trace_options_t *opt)
{
    rv_cpython_t py;
    char err[512];
    if (e == RV_ENGINE_CPYTHON) {
        if (!rv_cpython_find(&py, err, sizeof err)) {
            memset(s, 0, sizeof *s);
            rv_trace_init(&s->trace, opt);
            s->engine_error = rv_strdup(err);
            return;
        }
        run_cpython(s, filename, src, len, opt, &py);
        return;
    }
    /* auto: python3 is looked for once, when the model lacks something. */
    int found = -1;
    if (e == RV_ENGINE_AUTO) {
        int line = 0;
        char *what = model_lacks(filename, src, len, &line);
        if (what && (found = rv_cpython_find(&py, err, sizeof err))) {
            say_takeover(&py, what, filename, line);
            rv_free(what);
            run_cpython(s, filename, src, len, opt, &py);
            return;
        }
        rv_free(what);
    }
    rv_session_run(s, filename, src, len, opt);
    if (e != RV_ENGINE_AUTO || s->outcome != RV_RUN_UNSUPPORTED)
        return;
    if (found < 0)
        found = rv_cpython_find(&py, err, sizeof err);
    /* Found only by running: CPython takes over unless the program's
     * output is on the terminal already. */
    bool printed = opt->echo_stdout && s->trace.out.len > 0;
    if (found && !printed) {
        char *what = rv_strdup(s->error_message);
        int line = s->error_line;
        rv_session_free(s);
        if (opt->on_restart)
            opt->on_restart(opt->commit_ctx);
        say_takeover(&py, what, filename, line);
        rv_free(what);
        run_cpython(s, filename, src, len, opt, &py);
    } else if (found) {
        add_note(s, "refviz: note: %s runs it on CPython\n", "--engine cpython");
    } else {
        add_note(s, "refviz: note: CPython cannot run it instead: %s\n", err);
    }
}
