/* src/cli/main.c - the refviz command: options, dispatch and exit codes.
 *
 * Exit status: 0 ok; 1 the program raised (SyntaxError, an unsupported
 * construct and the step limit included; any requested trace is still
 * written); 2 usage; 3 I/O or render failure. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/alloc.h"
#include "base/buf.h"
#include "config.h"
#include "export/export.h"
#include "trace/session.h"

enum { EXIT_OK = 0, EXIT_RAISED = 1, EXIT_USAGE = 2, EXIT_IO = 3 };

static const char usage_text[] =
    "Usage: refviz COMMAND [OPTIONS] ...\n"
    "\n"
    "See how Python manages references: refviz runs a Python program on its own\n"
    "model of CPython's object model and records the reference graph after every\n"
    "statement.\n"
    "\n"
    "Commands:\n"
    "  run FILE.py          run a program (FILE.py, or - for standard input)\n"
    "  run -c CODE          run CODE, as python3 -c does\n"
    "  help [COMMAND]       show help for refviz or for one command\n"
    "\n"
    "Options:\n"
    "  -h, --help           show this help and exit\n"
    "  -V, --version        show the version and exit\n"
    "\n"
    "Run 'refviz help run' for the options of run.\n";

static const char run_help_text[] =
    "Usage: refviz run [OPTIONS] FILE.py|-\n"
    "       refviz run [OPTIONS] -c CODE\n"
    "\n"
    "Run a Python program like python3 would: its output on stdout, a traceback\n"
    "on stderr and exit status 1 on an uncaught exception.  With --format, write\n"
    "the trace of reference-graph snapshots instead; the program's output is then\n"
    "only inside the trace.\n"
    "\n"
    "Options:\n"
    "  -c, --code CODE      run CODE instead of a file\n"
    "  -f, --format FMT     write the trace: json (one document) or jsonl (a header\n"
    "                       line, then one snapshot per line)\n"
    "  -o, --output FILE    write the trace to FILE instead of stdout\n"
    "      --final          keep only the last snapshot\n"
    "      --no-trace       record nothing (fastest; only the program's output)\n"
    "      --max-steps N    stop after N steps (default 1000000; 0: no limit)\n"
    "      --stats          record the trace and report its size and the time\n"
    "                       taken on stderr (for benchmarks)\n"
    "  -h, --help           show this help and exit\n";

static void usage_error(const char *fmt, const char *arg)
{
    fprintf(stderr, "refviz: ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\nTry 'refviz --help' for more information.\n");
}

static char *read_stream(FILE *f, size_t *len)
{
    rv_buf_t b = RV_BUF_INIT;
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        rv_buf_add(&b, chunk, n);
    if (ferror(f)) {
        rv_buf_free(&b);
        return NULL;
    }
    return rv_buf_steal(&b, len);
}

typedef struct run_opts {
    const char *code;
    const char *format;
    const char *output;
    bool final;
    bool no_trace;
    bool stats;
    size_t max_steps;
} run_opts_t;

static const char *base_name(const char *path)
{
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

static int write_trace(const run_opts_t *o, rv_session_t *s, const char *name, const char *path,
                       const char *src)
{
    rv_export_error_t err = { s->error_type, s->error_message, s->error_line };
    rv_export_input_t in = {
        .trace = &s->trace,
        .name = name,
        .path = path,
        .code = src,
        .error = s->error_type ? &err : NULL,
    };
    FILE *out = stdout;
    if (o->output && strcmp(o->output, "-") != 0) {
        out = fopen(o->output, "w");
        if (!out) {
            fprintf(stderr, "refviz: error: cannot write '%s': %s\n", o->output, strerror(errno));
            return EXIT_IO;
        }
    }
    int r = strcmp(o->format, "jsonl") == 0 ? rv_export_jsonl(&in, out) : rv_export_json(&in, out);
    if (out != stdout && fclose(out) != 0)
        r = -1;
    else if (out == stdout && fflush(stdout) != 0)
        r = -1;
    if (r < 0) {
        fprintf(stderr, "refviz: error: writing the trace failed\n");
        return EXIT_IO;
    }
    return EXIT_OK;
}

static int cmd_run(int argc, char **argv)
{
    static const struct option longopts[] = {
        { "code", required_argument, NULL, 'c' },
        { "format", required_argument, NULL, 'f' },
        { "output", required_argument, NULL, 'o' },
        { "final", no_argument, NULL, 'F' },
        { "no-trace", no_argument, NULL, 'N' },
        { "max-steps", required_argument, NULL, 'M' },
        { "stats", no_argument, NULL, 'S' },
        { "help", no_argument, NULL, 'h' },
        { NULL, 0, NULL, 0 },
    };
    run_opts_t o = { .max_steps = 1000000 };
    int c;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "+c:f:o:h", longopts, NULL)) != -1) {
        switch (c) {
        case 'c':
            o.code = optarg;
            break;
        case 'f':
            o.format = optarg;
            break;
        case 'o':
            o.output = optarg;
            break;
        case 'F':
            o.final = true;
            break;
        case 'N':
            o.no_trace = true;
            break;
        case 'S':
            o.stats = true;
            break;
        case 'M': {
            char *end;
            errno = 0;
            unsigned long long v = strtoull(optarg, &end, 10);
            if (errno || *end || optarg[0] == '-' || !optarg[0]) {
                usage_error("run: --max-steps needs a number, not '%s'", optarg);
                return EXIT_USAGE;
            }
            o.max_steps = (size_t)v;
            break;
        }
        case 'h':
            fputs(run_help_text, stdout);
            return EXIT_OK;
        default:
            if (optopt && optopt != '?')
                usage_error("run: option '-%c' needs an argument or is unknown", (char[]){ (char)optopt, 0 });
            else
                usage_error("run: unrecognized option '%s'", argv[optind - 1]);
            return EXIT_USAGE;
        }
    }
    if (o.format && strcmp(o.format, "json") != 0 && strcmp(o.format, "jsonl") != 0) {
        usage_error("run: unknown format '%s' (run supports json and jsonl)", o.format);
        return EXIT_USAGE;
    }
    if (o.no_trace && (o.format || o.stats)) {
        usage_error("run: %s", o.format ? "--no-trace records nothing, so --format has nothing to write"
                                        : "--no-trace records nothing, so --stats has nothing to report");
        return EXIT_USAGE;
    }
    const char *path;
    char *src;
    size_t len;
    if (o.code) {
        if (optind != argc) {
            usage_error("run: unexpected argument '%s' after -c CODE", argv[optind]);
            return EXIT_USAGE;
        }
        path = "<string>";
        src = rv_strdup(o.code);
        len = strlen(src);
    } else {
        if (optind + 1 != argc) {
            usage_error("run: %s", optind == argc ? "missing FILE.py (or -c CODE)"
                                                  : "too many arguments");
            return EXIT_USAGE;
        }
        path = argv[optind];
        FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
        if (!f) {
            fprintf(stderr, "refviz: error: cannot open '%s': %s\n", path, strerror(errno));
            return EXIT_IO;
        }
        src = read_stream(f, &len);
        if (f != stdin)
            fclose(f);
        if (!src) {
            fprintf(stderr, "refviz: error: cannot read '%s'\n", path);
            return EXIT_IO;
        }
        if (strcmp(path, "-") == 0)
            path = "<stdin>";
    }

    rv_trace_options_t topt = {
        .max_steps = o.max_steps,
        .final_only = o.final,
        .record = o.format != NULL || o.stats,
        .echo_stdout = o.format == NULL,
    };
    rv_session_t s;
    clock_t t0 = clock();
    rv_session_run(&s, path, src, len, &topt);
    clock_t t1 = clock();
    fflush(stdout);
    if (o.stats) {
        const rv_trace_t *t = &s.trace;
        fprintf(stderr, "refviz: stats: %zu steps, %zu snapshots, %zu object states, "
                        "%.1f MiB of trace, %.3f s to run and record\n",
                t->events, t->nsteps, t->nrecs, (double)rv_trace_bytes(t) / (1024.0 * 1024.0),
                (double)(t1 - t0) / CLOCKS_PER_SEC);
    }
    if (s.report)
        fputs(s.report, stderr);
    int status = s.error_type ? EXIT_RAISED : EXIT_OK;
    if (o.format) {
        int w = write_trace(&o, &s, o.code ? "<string>" : base_name(path), path, src);
        if (w != EXIT_OK)
            status = w;
    }
    rv_session_free(&s);
    rv_free(src);
    return status;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fputs(usage_text, stderr);
        return EXIT_USAGE;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "-h") == 0 || strcmp(cmd, "--help") == 0) {
        fputs(usage_text, stdout);
        return EXIT_OK;
    }
    if (strcmp(cmd, "-V") == 0 || strcmp(cmd, "--version") == 0) {
        printf("refviz %s (models CPython 3.11)\n", PACKAGE_VERSION);
        return EXIT_OK;
    }
    if (strcmp(cmd, "run") == 0)
        return cmd_run(argc - 1, argv + 1);
    if (strcmp(cmd, "help") == 0) {
        if (argc == 2) {
            fputs(usage_text, stdout);
            return EXIT_OK;
        }
        if (strcmp(argv[2], "run") == 0) {
            fputs(run_help_text, stdout);
            return EXIT_OK;
        }
        usage_error("help: unknown command '%s'", argv[2]);
        return EXIT_USAGE;
    }
    if (cmd[0] == '-')
        usage_error("unrecognized option '%s'", cmd);
    else
        usage_error("unknown command '%s'", cmd);
    return EXIT_USAGE;
}
