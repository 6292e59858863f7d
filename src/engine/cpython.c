/* src/engine/cpython.c - see cpython.h. */
#define _POSIX_C_SOURCE 200809L
#include "engine/cpython.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "base/alloc.h"
#include "base/buf.h"
#include "trace/load.h"

/* The tracer writes its stream to this descriptor of the child. */
#define TRACE_FD 3

static bool readable(const char *path)
{
    return access(path, R_OK) == 0;
}

/* The tracer: REFVIZ_TRACER, else the source tree's (a build run in
 * place), else the installed one. */
static bool find_tracer(char *out, size_t size)
{
    const char *env = getenv("REFVIZ_TRACER");
    const char *const candidates[] = { RV_SRCDIR "/share/tracer/refviz_trace.py",
                                       RV_PKGDATADIR "/tracer/refviz_trace.py" };
    if (env && *env) {
        snprintf(out, size, "%s", env);
        return readable(out);
    }
    for (size_t i = 0; i < sizeof candidates / sizeof candidates[0]; i++) {
        if (readable(candidates[i])) {
            snprintf(out, size, "%s", candidates[i]);
            return true;
        }
    }
    snprintf(out, size, "%s", candidates[1]);
    return false;
}

/* Starts argv[0] (searched in PATH) with `feed` on its stdin if not NULL,
 * and its stdout (to_fd 1) or descriptor TRACE_FD (to_fd 3) on a pipe
 * whose read end goes to *from (if from is not NULL); quiet: its stderr
 * to /dev/null.  Returns the pid, or -1. */
static pid_t spawn(char *const argv[], const char *feed, size_t feedlen, int to_fd, int *from,
                   bool quiet)
{
    int out[2] = { -1, -1 }, in[2] = { -1, -1 };
    if ((from && pipe(out) < 0) || (feed && pipe(in) < 0))
        return -1;
    fflush(stdout);
    fflush(stderr);
    pid_t pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        if (feed) {
            dup2(in[0], 0);
            close(in[0]);
            close(in[1]);
        }
        if (from) {
            close(out[0]);
            if (out[1] != to_fd) {
                dup2(out[1], to_fd);
                close(out[1]);
            }
        }
        if (quiet) {
            int null = open("/dev/null", O_WRONLY);
            if (null >= 0)
                dup2(null, 2);
        }
        execvp(argv[0], argv);
        if (!quiet)
            fprintf(stderr, "refviz: error: cannot run %s: %s\n", argv[0], strerror(errno));
        _exit(127);
    }
    if (from) {
        close(out[1]);
        *from = out[0];
    }
    if (feed) {
        close(in[0]);
        /* A program longer than a pipe's buffer is written while python3
         * reads it: it reads all of its program before running any. */
        void (*old)(int) = signal(SIGPIPE, SIG_IGN);
        for (size_t done = 0; done < feedlen;) {
            ssize_t w = write(in[1], feed + done, feedlen - done);
            if (w <= 0 && errno != EINTR)
                break;
            done += w > 0 ? (size_t)w : 0;
        }
        close(in[1]);
        signal(SIGPIPE, old);
    }
    return pid;
}

/* The exit status python3 would give: its code, or 128 + the signal. */
static int wait_status(pid_t pid)
{
    int st;
    while (waitpid(pid, &st, 0) < 0)
        if (errno != EINTR)
            return 127;
    return WIFEXITED(st) ? WEXITSTATUS(st) : WIFSIGNALED(st) ? 128 + WTERMSIG(st) : 127;
}

bool rv_cpython_find(rv_cpython_t *py, char *err, size_t errsize)
{
    memset(py, 0, sizeof *py);
    const char *env = getenv("REFVIZ_PYTHON");
    snprintf(py->python, sizeof py->python, "%s", env && *env ? env : "python3");
    char *argv[] = { py->python, "-c",
                     "import sys; print(sys.implementation.name, *sys.version_info[:2])", NULL };
    int fd;
    pid_t pid = spawn(argv, NULL, 0, 1, &fd, true);
    if (pid < 0) {
        snprintf(err, errsize, "cannot start %s: %s", py->python, strerror(errno));
        return false;
    }
    char text[128];
    size_t n = 0;
    ssize_t r;
    while (n + 1 < sizeof text && (r = read(fd, text + n, sizeof text - 1 - n)) != 0)
        if (r > 0)
            n += (size_t)r;
        else if (errno != EINTR)
            break;
    text[n] = '\0';
    close(fd);
    int status = wait_status(pid);
    char impl[32] = "";
    if (status != 0 || sscanf(text, "%31s %d %d", impl, &py->major, &py->minor) != 3) {
        snprintf(err, errsize, "no python3 to run it (%s %s)", py->python,
                 status == 127 ? "was not found" : "did not start");
        return false;
    }
    if (strcmp(impl, "cpython") != 0 || py->major != 3 || py->minor < 11) {
        snprintf(err, errsize, "%s is %s %d.%d; the CPython engine needs CPython 3.11 or later",
                 py->python, impl, py->major, py->minor);
        return false;
    }
    if (!find_tracer(py->tracer, sizeof py->tracer)) {
        snprintf(err, errsize, "the tracer %s is missing (reinstall refviz)", py->tracer);
        return false;
    }
    return true;
}

/******************************************************************************/
/* running                                                                    */

/* A run without a trace: python3 itself, as `python3 FILE` would run. */
static void run_plain(rv_session_t *s, const rv_cpython_t *py, const char *filename,
                      const char *src, size_t len)
{
    bool from_stdin = strcmp(filename, "<stdin>") == 0;
    bool code = strcmp(filename, "<string>") == 0;
    char *argv[] = { (char *)py->python, code ? "-c" : (char *)(from_stdin ? "-" : filename),
                     code ? (char *)src : NULL, NULL };
    pid_t pid = spawn(argv, from_stdin ? src : NULL, len, 1, NULL, false);
    s->status = pid < 0 ? 127 : wait_status(pid);
}

typedef struct args {
    char *v[24];
    size_t n;
    char num[2][24];
} args_t;

static void add(args_t *a, const char *s)
{
    if (a->n + 1 < sizeof a->v / sizeof a->v[0])
        a->v[a->n++] = (char *)s;
    a->v[a->n] = NULL;
}

static void tracer_args(args_t *a, const rv_cpython_t *py, const char *filename, const char *src,
                        const rv_trace_options_t *opt)
{
    add(a, py->python);
    add(a, py->tracer);
    add(a, "--format");
    add(a, "stream");
    add(a, "--trace-fd");
    add(a, "3");
    snprintf(a->num[0], sizeof a->num[0], "%zu", opt->repr_limit ? opt->repr_limit : 200);
    add(a, "--repr-limit");
    add(a, a->num[0]);
    if (opt->max_steps) {
        snprintf(a->num[1], sizeof a->num[1], "%zu", opt->max_steps);
        add(a, "--max-steps");
        add(a, a->num[1]);
    }
    if (opt->final_only)
        add(a, "--final");
    if (opt->echo_stdout)
        add(a, "--echo");
    /* -c and standard input both run the text itself. */
    if (strcmp(filename, "<string>") == 0 || strcmp(filename, "<stdin>") == 0) {
        add(a, "-c");
        add(a, src);
    } else {
        add(a, "--");
        add(a, filename);
    }
}

/* Feeds the stream's lines to the loader; false on a refused line. */
static bool read_stream(int fd, rv_trace_loader_t *l, char *err, size_t errsize)
{
    rv_buf_t b = RV_BUF_INIT;
    char chunk[65536];
    bool ok = true;
    size_t start = 0;
    for (;;) {
        ssize_t r = read(fd, chunk, sizeof chunk);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            break;
        rv_buf_add(&b, chunk, (size_t)r);
        char *nl;
        while (ok && (nl = memchr(b.data + start, '\n', b.len - start)) != NULL) {
            size_t n = (size_t)(nl - (b.data + start));
            if (rv_loader_line(l, b.data + start, n) < 0) {
                snprintf(err, errsize, "%s", l->err);
                ok = false;
            }
            start += n + 1;
        }
        if (!ok)
            break;
        /* Keep only the unfinished line. */
        if (start) {
            memmove(b.data, b.data + start, b.len - start);
            rv_buf_truncate(&b, b.len - start);
            start = 0;
        }
    }
    if (ok && b.len > start) {
        snprintf(err, errsize, "the stream ends inside a line");
        ok = false;
    }
    rv_buf_free(&b);
    return ok;
}

static void take_error(rv_session_t *s, rv_trace_loader_t *l, const char *filename)
{
    if (l->stopped_line) {
        rv_buf_t report = RV_BUF_INIT;
        s->error_type = rv_strdup("limit");
        s->error_line = l->stopped_line;
        rv_buf_printf(&report, "stopped after %zu steps", s->trace.opt.max_steps);
        s->error_message = rv_buf_steal(&report, NULL);
        rv_buf_printf(&report,
                      "refviz: %s at %s:%d (raise the limit with --max-steps N, or "
                      "--max-steps 0 for none)\n",
                      s->error_message, filename, s->error_line);
        s->report = rv_buf_steal(&report, NULL);
        rv_buf_free(&report);
        s->status = 1;
        return;
    }
    if (!l->error_type)
        return;
    s->error_type = l->error_type;
    s->error_message = l->error_message;
    s->error_line = l->error_line;
    l->error_type = l->error_message = NULL;
}

void rv_cpython_run(rv_session_t *s, const rv_cpython_t *py, const char *filename,
                    const char *src, size_t len, const rv_trace_options_t *opt)
{
    memset(s, 0, sizeof *s);
    rv_trace_options_t o = *opt;
    /* Reprs come cut by the tracer: the trace keeps them whole. */
    size_t limit = o.repr_limit ? o.repr_limit : 200;
    o.repr_limit = SIZE_MAX / 4;
    rv_trace_init(&s->trace, &o);
    s->trace.opt.repr_limit = o.repr_limit;
    if (!opt->record) {
        run_plain(s, py, filename, src, len);
        return;
    }
    rv_trace_options_t to = *opt;
    to.repr_limit = limit;
    args_t a = { .n = 0 };
    tracer_args(&a, py, filename, src, &to);
    int fd;
    pid_t pid = spawn(a.v, NULL, 0, TRACE_FD, &fd, false);
    if (pid < 0) {
        s->engine_error = rv_strdup("cannot start python3");
        return;
    }
    rv_trace_loader_t l;
    rv_loader_init(&l, &s->trace);
    char err[300];
    bool ok = read_stream(fd, &l, err, sizeof err);
    if (!ok)
        kill(pid, SIGKILL);
    close(fd);
    s->status = wait_status(pid);
    rv_buf_t msg = RV_BUF_INIT;
    if (!ok)
        rv_buf_printf(&msg, "the tracer's stream is malformed: %s", err);
    else if (!l.ended)
        rv_buf_printf(&msg, "python3 stopped before the end of its trace (exit status %d)",
                      s->status);
    if (msg.len)
        s->engine_error = rv_buf_steal(&msg, NULL);
    rv_buf_free(&msg);
    take_error(s, &l, filename);
    rv_loader_free(&l);
}
