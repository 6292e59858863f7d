/* src/cli/main.c - the refviz command: options, dispatch and exit codes.
 *
 * Exit status: 0 ok; 1 the program raised (SyntaxError, an unsupported
 * construct and the step limit included; any requested trace is still
 * written); 2 usage; 3 I/O or render failure. */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <signal.h>
#include <unistd.h>

#include "base/alloc.h"
#include "base/buf.h"
#include "cli/show.h"
#include "config.h"
#include "core/object.h"
#include "engine/engine.h"
#include "export/export.h"
#include "export/view.h"
#include "lang/parse/coding.h"
#include "lang/parse/tokenize.h"
#include "lesson/lesson.h"
#include "trace/delta.h"
#include "trace/file.h"
#include "trace/session.h"

/* The step limit when a trace is recorded: a runaway loop then stops
 * after about a second, 20 MB of JSON (a million steps took 13 s and
 * 200 MB), while the longest lesson takes a few hundred steps.  Without
 * recording there is no default limit: refviz run behaves as python3. */
#define RECORDED_MAX_STEPS 100000
/* A full JSON trace repeats every object at every step: a long run over a
 * growing heap would write without bound (a list grown for 100,000 steps
 * is 14 GB of it). */
#define DEFAULT_MAX_OUTPUT ((size_t)1 << 30)
/* A delta trace written to a file while the program runs costs bounded
 * memory and tens of bytes a step (a loop over ints: about 85; n-body:
 * about 190), so its default is higher: the tutorial's two-million-step
 * loop fits, and a runaway loop stops after about 10-20 s and under 1 GB. */
#define STREAMED_MAX_STEPS 5000000
#define STR(x) #x
#define XSTR(x) STR(x)

static const char usage_text[] =
    "Usage: refviz COMMAND [OPTIONS] ...\n"
    "\n"
    "See how Python manages references: refviz runs a Python program on its own\n"
    "model of CPython's object model and records the reference graph after every\n"
    "statement.\n"
    "\n"
    "Commands:\n"
    "  lesson NAME          walk through a lesson, step by step\n"
    "  lesson list          list the lessons\n"
    "  check LESSON         check a lesson: header, narration, expected output\n"
    "  run FILE.py          run a program (FILE.py, or - for standard input)\n"
    "  run -c CODE          run CODE, as python3 -c does\n"
    "  trace show FILE      draw a recorded trace (delta, JSON or JSON Lines) in\n"
    "                       any format run writes: text, svg, png, html ...\n"
    "  trace expand FILE    turn a delta trace (run --format delta) into the JSON\n"
    "                       trace --format json writes\n"
    "  help [COMMAND]       show help for refviz or for one command\n"
    "\n"
    "Options:\n"
    "  -h, --help           show this help and exit\n"
    "  -V, --version        show the version and exit\n"
    "\n"
    "Run 'refviz help COMMAND' for the options of a command.\n";

#define VIEW_HELP                                                                         \
    "      --step N         show only the Nth shown step (from 1)\n"                         \
    "      --heap MODE      inline (default: int, float, bool, None and short str in\n"      \
    "                       the cells that refer to them) or all (every object a node)\n"   \
    "      --max-items N    items of a container shown before eliding (default 12)\n"     \
    "      --max-depth N    references followed from a frame (default 6)\n"                 \
    "      --max-frames N   a deeper call stack shows its first two frames, how many\n"    \
    "                       are left out, and the innermost (default 6; 0: all)\n"       \
    "      --theme THEME    light (default), dark or contrast (high contrast)\n"          \
    "      --transparent    diagrams without a background\n"                              \
    "      --legend         draw what shapes, words and colours mean\n"                   \
    "      --detail LEVEL   object headers: minimal (type), normal (type and id, the\n"   \
    "                       default) or full (also refcount and size)\n"                  \
    "      --show-classes   draw __class__ references, methods, modules and library\n"    \
    "                       bookkeeping (dataclass fields, enum maps) as objects\n"     \
    "      --layout slide   a 16:9 slide per step: the code with the current line, the\n" \
    "                       narration, the output so far and the diagram\n"               \
    "      --fit WxH        fill a page of W by H pixels (slides: 1920x1080)\n"            \
    "      --scale S        zoom the drawing (0.1 to 10)\n"                                \
    "      --dpi N          png resolution (default 144)\n"                                \
    "      --json           with -o DIR: also the trace, as DIR/trace.json\n"

/* How a program says what to show, for run and lesson users alike. */
#define STEPS_HELP                                                                        \
    "\n"                                                                                   \
    "Comments in the program choose and explain steps (see refviz-lesson(5)):\n"           \
    "  x = f(y)  #@         show this statement's steps (--steps marked): its step,\n"      \
    "                       a def's calls, a return's returns, its exceptions\n"          \
    "  #: Some text.        narration for the next statement, shown with its steps\n"     \
    "                       (a def's or class's: with the definition, not its calls)\n"  \
    "  #? Which refer to x's list? = x, y ~ z\n"                                           \
    "                       a question the HTML page asks before the next statement\n"   \
    "                       shows (names that refer to one object ~ ones that do not)\n"

/* The text on a terminal: one step a page (export/pager.h has the keys). */
#define PAGER_HELP                                                                        \
    "      --no-pager       text on a terminal: every step at once, as when piped\n"     \
    "                       (REFVIZ_PAGER=0 or TERM=dumb does the same)\n"

#define PAGER_KEYS                                                                        \
    "Keys: space, Enter, Right or j the next step; b, Left or k the one before;\n"      \
    "g or Home the first, G or End the last; a number then Enter that step;\n"          \
    "Down/Up and PgDn/PgUp scroll a tall step; ? the keys; q or Esc quit.\n"

static const char run_help_text[] =
    "Usage: refviz run [OPTIONS] FILE.py|-\n"
    "       refviz run [OPTIONS] -c CODE\n"
    "\n"
    "Run a Python program like python3 would: its output on stdout, a traceback\n"
    "on stderr and exit status 1 on an uncaught exception.  With --format, write\n"
    "the trace of reference-graph snapshots or the diagrams of its steps instead;\n"
    "the program's output is then only inside them.\n"
    "\n"
    "With --format text on a terminal (standard input and output, no -o), the\n"
    "steps are shown one at a time, wrapped to the window, as refviz lesson does.\n"
    PAGER_KEYS
    "\n"
    "Options:\n"
    "  -c, --code CODE      run CODE instead of a file\n"
    "  -f, --format FMT     json (the trace as one document: every snapshot), jsonl\n"
    "                       (a header line, then one snapshot per line), delta (a\n"
    "                       line per step with only what changed: long runs; see\n"
    "                       refviz trace expand), text (each\n"
    "                       shown step: code, what changed, frames, objects), dot,\n"
    "                       or svg, png, pdf (one file per shown step in the\n"
    "                       directory -o names; -o FILE.pdf: a page per step),\n"
    "                       html (one self-contained page stepping through them:\n"
    "                       keys, predict mode, notes; see refviz(1));\n"
    "                       without --format, -o FILE.svg|png|pdf|dot|json|html\n"
    "                       picks it\n"
    "  -o, --output PATH    write to PATH instead of stdout\n"
    "      --final          keep only the last snapshot\n"
    "      --steps MODE     the steps text and diagrams show: lines (default: each\n"
    "                       line run, each call, each return with its value),\n"
    "                       statements (each top-level statement's step, and the\n"
    "                       last) or marked (the lines marked #@; the default when\n"
    "                       the program has such marks)\n"
    VIEW_HELP
    PAGER_HELP
    "      --engine ENGINE  auto (default: refviz's model when it supports all the\n"
    "                       program uses, else CPython), model, or cpython (the\n"
    "                       machine's python3, 3.11 or later, with refviz's tracer)\n"
    "      --no-trace       record nothing (fastest; only the program's output)\n"
    "      --max-steps N    stop after N steps (0: no limit); by default no limit\n"
    "                       without --format or --stats, " XSTR(STREAMED_MAX_STEPS) " for\n"
    "                       --format delta -o FILE, else " XSTR(RECORDED_MAX_STEPS) "\n"
    "      --max-memory SIZE  stop when the recorded trace holds SIZE bytes (K, M, G:\n"
    "                       512M, 4G; 0: no limit); by default a quarter of the\n"
    "                       machine's memory.  What was recorded is written.\n"
    "      --max-output SIZE  stop writing a json or jsonl trace once it holds SIZE\n"
    "                       bytes (default 1G; 0: no limit); the steps written\n"
    "                       stay a valid trace (--format delta has no limit)\n"
    "      --max-heap SIZE  raise MemoryError in the program between statements once\n"
    "                       refviz's memory (objects and trace) passes SIZE; end\n"
    "                       refviz (exit 3) at half as much again (default half\n"
    "                       the machine's memory; 0: no limit)\n"
    "      --stats          record the trace and report its size and the time\n"
    "                       taken on stderr (for benchmarks)\n"
    "  -h, --help           show this help and exit\n"
    STEPS_HELP
    "\n"
    "Example: refviz run fact.py --format text, with fact.py:\n"
    "    def fact(n):\n"
    "        if n <= 1:\n"
    "            return 1\n"
    "        return n * fact(n - 1)  #@\n"
    "    #: fact(3) calls fact(2), which calls fact(1): three frames.\n"
    "    r = fact(3)  #@\n"
    "shows the two marked lines' steps: each return from line 4 with its frame's\n"
    "Return value, then r bound, with the narration.  Without the #@ marks it\n"
    "shows every step (--steps lines).\n";

static const char check_help_text[] =
    "Usage: refviz check LESSON\n"
    "\n"
    "Parse and run a lesson (a NAME or a FILE.py) and report what is wrong with it:\n"
    "a missing title or summary, narration not attached to a statement that runs,\n"
    "output that differs from its '# expect:' comments, an error.  Exit status 0\n"
    "when it is fine, 1 when it is not.\n";

static const char lesson_help_text[] =
    "Usage: refviz lesson [OPTIONS] NAME|FILE.py\n"
    "       refviz lesson list\n"
    "\n"
    "Walk through a lesson: for each shown step, its narration, the code with the\n"
    "current line marked, what changed, the frames and objects, and the output so\n"
    "far.  NAME is looked up in $REFVIZ_LESSON_PATH, the source tree's lessons/\n"
    "and the installed lessons.\n"
    "\n"
    "On a terminal (standard input and output, no -o) the steps are shown one at\n"
    "a time, wrapped to the window; piped or redirected, they are printed at once.\n"
    PAGER_KEYS
    "\n"
    "Options:\n"
    "  -f, --format FMT     text (default), json, jsonl, or dot, svg, png, pdf (one\n"
    "                       file per step in the directory -o names:\n"
    "                       step-01.svg ...; dot without -o: every graph on stdout),\n"
    "                       or html: one self-contained page for a lecture, with\n"
    "                       keys, predict mode, #? questions and notes (-o\n"
    "                       FILE.html picks it)\n"
    "  -o, --output PATH    write to PATH instead of stdout\n"
    "      --final          show only the last step\n"
    "      --steps MODE     the steps shown: marked (default when the lesson marks\n"
    "                       lines with #@: those lines), statements (default\n"
    "                       otherwise: each top-level statement's step, and the\n"
    "                       last) or lines (each line run, call and return)\n"
    VIEW_HELP
    PAGER_HELP
    "      --max-steps N    stop after N steps (default " XSTR(RECORDED_MAX_STEPS) "; 0: no limit)\n"
    "  -h, --help           show this help and exit\n"
    STEPS_HELP;

static const char trace_help_text[] =
    "Usage: refviz trace show [OPTIONS] FILE|-\n"
    "       refviz trace expand [-o OUT] [--format json|jsonl] FILE|-\n"
    "\n"
    "Read a trace refviz wrote (FILE, or - for standard input): a delta trace\n"
    "(run --format delta), a JSON trace (--format json) or JSON Lines (--format\n"
    "jsonl); the first line tells which.\n"
    "\n"
    "trace show writes it in any format run writes, as run would have written\n"
    "it: text (the default; a step at a time on a terminal), dot, svg, png, pdf,\n"
    "html, json, jsonl or delta, with the same step choice and view options.\n"
    "The program's name, code, lesson title, narration, output and error come\n"
    "from the file.  --steps statements and marked, #? questions and --layout\n"
    "slide need the program's code: a file without it takes --steps lines.  A\n"
    "JSON trace does not say which objects a step created, which frame is a\n"
    "resumed generator's or whether it yields: text and diagrams drawn from one\n"
    "may word those steps otherwise (a delta trace has all of it).\n"
    "\n"
    "trace expand writes a delta trace as the full trace: exactly what --format\n"
    "json (or jsonl) writes for the same run (trace show -f json does the same\n"
    "for any trace).\n"
    "\n"
    "Options of trace show:\n"
    "  -f, --format FMT     text, json, jsonl, delta, dot, or svg, png, pdf (one\n"
    "                       file per shown step in the directory -o names; -o\n"
    "                       FILE.pdf: a page per step), html; without --format,\n"
    "                       -o FILE.svg|png|pdf|dot|json|html picks it, else text\n"
    "  -o, --output PATH    write to PATH instead of stdout\n"
    "      --final          show only the last step\n"
    "      --max-output SIZE  stop a json or jsonl trace at SIZE bytes, as run does\n"
    "                       (default 1G; 0: no limit)\n"
    "      --steps MODE     lines, statements or marked, as for run (default: marked\n"
    "                       when the code marks lines with #@, else statements for a\n"
    "                       lesson's trace and lines for a program's)\n"
    VIEW_HELP
    PAGER_HELP
    "\n"
    "Options of trace expand:\n"
    "  -f, --format FMT     json (default) or jsonl\n"
    "  -o, --output PATH    write to PATH instead of stdout\n"
    "      --max-output SIZE  as for trace show\n"
    "\n"
    "  -h, --help           show this help and exit\n"
    "\n"
    "Example: refviz run loop.py --format delta -o loop.delta, then\n"
    "refviz trace show loop.delta --final --format svg -o last.svg\n";

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
    char *text = rv_buf_steal(&b, len);
    /* latin-1, cp1252 or ascii as its coding comment says: UTF-8 from here
     * on, for the parser, tracebacks and traces alike. */
    rv_source_decode(&text, len);
    *len = rv_source_newlines(text, *len);
    return text;
}

typedef struct run_opts {
    rv_show_opts_t show;    /* what to write and how to draw it */
    const char *code;
    bool no_trace;
    bool stats;
    bool lesson;            /* refviz lesson (else refviz run) */
    size_t max_steps;
    bool max_steps_set;     /* --max-steps given (else the default applies) */
    size_t max_memory;      /* --max-memory, in bytes (0: none) */
    bool max_memory_set;    /* (else a quarter of the machine's memory) */
    size_t max_heap;        /* --max-heap, in bytes (0: none) */
    bool max_heap_set;      /* (else half of the machine's memory) */
    rv_engine_t engine;     /* --engine (run; a lesson always runs on the model) */
    rv_steps_t steps;       /* --steps */
    bool steps_set;         /* (else the command's default, rv_lesson_default_steps) */
} run_opts_t;

static const char *base_name(const char *path)
{
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

static bool parse_detail(const char *arg, rv_detail_t *out)
{
    static const char *const names[] = { "minimal", "normal", "full" };
    for (size_t i = 0; i < 3; i++)
        if (strcmp(arg, names[i]) == 0) {
            if (out)
                *out = (rv_detail_t)i;
            return true;
        }
    return false;
}

static bool parse_scale(const char *arg, double *out)
{
    char *end;
    errno = 0;
    double v = strtod(arg, &end);
    if (errno || end == arg || *end || !(v >= 0.1 && v <= 10)) {
        fprintf(stderr, "refviz: --scale: '%s' is not a zoom from 0.1 to 10\n", arg);
        return false;
    }
    *out = v;
    return true;
}

static bool parse_bounded(const char *opt, const char *arg, unsigned lo, unsigned hi,
                          unsigned *out)
{
    char *end;
    errno = 0;
    unsigned long v = strtoul(arg, &end, 10);
    if (errno || *end || !isdigit((unsigned char)arg[0]) || v < lo || v > hi) {
        fprintf(stderr, "refviz: %s: '%s' is not a number from %u to %u\n", opt, arg, lo, hi);
        return false;
    }
    *out = (unsigned)v;
    return true;
}

/* --fit WxH, in pixels: 1920x1080 for a 16:9 projector. */
static bool parse_fit(const char *arg, rv_draw_options_t *d)
{
    unsigned w, h;
    char x, extra;
    if (sscanf(arg, "%u%c%u%c", &w, &x, &h, &extra) != 3 || (x != 'x' && x != 'X') || w < 64 ||
        h < 64 || w > 20000 || h > 20000) {
        fprintf(stderr, "refviz: --fit: '%s' is not WIDTHxHEIGHT in pixels (64 to 20000), "
                        "e.g. 1920x1080\n", arg);
        return false;
    }
    d->fit_w = w;
    d->fit_h = h;
    return true;
}

static bool parse_count(const char *opt, const char *arg, size_t *out)
{
    char *end;
    errno = 0;
    /* Digits only: strtoull would skip leading blanks and accept a sign,
     * so " -1" would wrap to a huge count (no limit at all for --max-steps). */
    unsigned long long v = strtoull(arg, &end, 10);
    if (errno || *end || !isdigit((unsigned char)arg[0])) {
        fprintf(stderr, "refviz: %s needs a number, not '%s'\n", opt, arg);
        fprintf(stderr, "Try 'refviz --help' for more information.\n");
        return false;
    }
    *out = (size_t)v;
    return true;
}

/* A size in bytes: digits with an optional K, M or G (powers of 1024). */
static bool parse_size(const char *opt, const char *arg, size_t *out)
{
    char *end;
    errno = 0;
    unsigned long long v = strtoull(arg, &end, 10);
    int shift = *end == 'K' || *end == 'k'   ? 10
                : *end == 'M' || *end == 'm' ? 20
                : *end == 'G' || *end == 'g' ? 30
                                             : 0;
    if (shift)
        end++;
    if (errno || *end || arg[0] == '-' || !arg[0] || end == arg ||
        (shift && v > (SIZE_MAX >> shift))) {
        fprintf(stderr, "refviz: %s needs a size (bytes, or with K, M or G), not '%s'\n", opt,
                arg);
        fprintf(stderr, "Try 'refviz --help' for more information.\n");
        return false;
    }
    *out = (size_t)v << shift;
    return true;
}

/* The default memory limit of a recorded trace: a quarter of the
 * machine's memory, so that a long run stops with its trace written
 * rather than exhausting the machine (1 GiB if it cannot be told). */
/* The machine's memory divided by div (1 GiB when unknown). */
static size_t machine_share(size_t div)
{
    long pages = sysconf(_SC_PHYS_PAGES), page = sysconf(_SC_PAGESIZE);
    if (pages <= 0 || page <= 0)
        return (size_t)1 << 30;
    return (size_t)pages / div * (size_t)page;
}

static size_t default_max_memory(void)
{
    return machine_share(4);
}

/* Options of run, lesson and trace show (cmd).  Returns -1 after a usage
 * error, 1 after printing help, 0 otherwise; optind is then at the first
 * operand. */
static int parse_opts(int argc, char **argv, run_opts_t *o, const char *cmd)
{
    static const struct option longopts[] = {
        { "code", required_argument, NULL, 'c' },
        { "format", required_argument, NULL, 'f' },
        { "output", required_argument, NULL, 'o' },
        { "final", no_argument, NULL, 'F' },
        { "no-trace", no_argument, NULL, 'N' },
        { "max-steps", required_argument, NULL, 'M' },
        { "stats", no_argument, NULL, 'S' },
        { "step", required_argument, NULL, 's' },
        { "steps", required_argument, NULL, 'P' },
        { "heap", required_argument, NULL, 'H' },
        { "max-items", required_argument, NULL, 'I' },
        { "max-depth", required_argument, NULL, 'D' },
        { "theme", required_argument, NULL, 'T' },
        { "transparent", no_argument, NULL, 'R' },
        { "legend", no_argument, NULL, 'L' },
        { "detail", required_argument, NULL, 'E' },
        { "show-classes", no_argument, NULL, 'C' },
        { "layout", required_argument, NULL, 'Y' },
        { "scale", required_argument, NULL, 'Z' },
        { "dpi", required_argument, NULL, 0x101 },
        { "fit", required_argument, NULL, 'W' },
        { "max-frames", required_argument, NULL, 0x103 },
        { "json", no_argument, NULL, 'J' },
        { "no-pager", no_argument, NULL, 0x102 },
        { "engine", required_argument, NULL, 0x104 },
        { "max-memory", required_argument, NULL, 0x105 },
        { "max-heap", required_argument, NULL, 0x106 },
        { "max-output", required_argument, NULL, 0x107 },
        { "help", no_argument, NULL, 'h' },
        { NULL, 0, NULL, 0 },
    };
    bool lesson = strcmp(cmd, "lesson") == 0, show = strcmp(cmd, "trace show") == 0;
    o->show.cmd = cmd;
    int c;
    optind = 1;
    opterr = 0;
    /* The leading ':' makes getopt report a missing argument as ':', so the
     * message can name the option as typed rather than its internal letter. */
    while ((c = getopt_long(argc, argv, lesson || show ? ":f:o:h" : ":c:f:o:h", longopts, NULL)) !=
           -1) {
        bool ok = true;
        /* What records a run means nothing to a trace already recorded. */
        if (show && (c == 'N' || c == 'S' || c == 'M' || c == 0x104 || c == 0x105 || c == 0x106)) {
            usage_error("trace show: %s is for recording a run; the trace is already recorded",
                        argv[optind - 1]);
            return -1;
        }
        switch (c) {
        case 'c':
            o->code = optarg;
            break;
        case 'f':
            o->show.format = optarg;
            break;
        case 'o':
            o->show.output = optarg;
            break;
        case 'F':
            o->show.final = true;
            break;
        case 'N':
            o->no_trace = true;
            ok = !lesson;
            break;
        case 'S':
            o->stats = true;
            ok = !lesson;
            break;
        case 'M':
            ok = parse_count("--max-steps", optarg, &o->max_steps);
            o->max_steps_set = true;
            break;
        case 's':
            ok = parse_count("--step", optarg, &o->show.step);
            if (ok && o->show.step == 0) {
                usage_error("%s: --step counts from 1", cmd);
                return -1;
            }
            break;
        case 'P':
            if (!rv_lesson_steps_parse(optarg, &o->steps)) {
                usage_error("--steps is 'lines', 'statements' or 'marked', not '%s'", optarg);
                return -1;
            }
            o->steps_set = true;
            break;
        case 'H':
            o->show.heap = optarg;
            if (strcmp(optarg, "all") != 0 && strcmp(optarg, "inline") != 0) {
                usage_error("--heap is 'all' or 'inline', not '%s'", optarg);
                return -1;
            }
            break;
        case 'I':
            ok = parse_count("--max-items", optarg, &o->show.view.max_items);
            break;
        case 'D':
            ok = parse_count("--max-depth", optarg, &o->show.view.max_depth);
            break;
        case 'T':
            o->show.draw.theme = rv_theme_find(optarg);
            if (!o->show.draw.theme) {
                usage_error("--theme is light, dark or contrast, not '%s'", optarg);
                return -1;
            }
            break;
        case 'R':
            o->show.draw.transparent = true;
            break;
        case 'L':
            o->show.draw.legend = true;
            break;
        case 'E':
            o->show.detail = optarg;
            if (!parse_detail(optarg, NULL)) {
                usage_error("--detail is minimal, normal or full, not '%s'", optarg);
                return -1;
            }
            break;
        case 'C':
            o->show.show_classes = true;
            break;
        case 'Y':
            if (strcmp(optarg, "slide") != 0 && strcmp(optarg, "graph") != 0) {
                usage_error("--layout is graph or slide, not '%s'", optarg);
                return -1;
            }
            o->show.draw.slide = strcmp(optarg, "slide") == 0;
            break;
        case 'Z':
            ok = parse_scale(optarg, &o->show.draw.scale);
            break;
        case 0x101:
            ok = parse_bounded("--dpi", optarg, 24, 1200, &o->show.draw.dpi);
            break;
        case 'W':
            ok = parse_fit(optarg, &o->show.draw);
            break;
        case 0x103:
            ok = parse_count("--max-frames", optarg, &o->show.view.max_frames);
            break;
        case 'J':
            o->show.json = true;
            break;
        case 0x102:
            o->show.no_pager = true;
            break;
        case 0x104:
            if (!rv_engine_parse(optarg, &o->engine)) {
                usage_error("--engine is auto, model or cpython, not '%s'", optarg);
                return -1;
            }
            if (lesson && o->engine != RV_ENGINE_MODEL) {
                usage_error("%s: lessons always run on refviz's model (--engine model)", "lesson");
                return -1;
            }
            break;
        case 0x105:
            ok = parse_size("--max-memory", optarg, &o->max_memory);
            o->max_memory_set = true;
            break;
        case 0x106:
            ok = parse_size("--max-heap", optarg, &o->max_heap);
            o->max_heap_set = true;
            break;
        case 0x107:
            ok = parse_size("--max-output", optarg, &o->show.max_output);
            break;
        case 'h':
            fputs(show ? trace_help_text : lesson ? lesson_help_text : run_help_text, stdout);
            return 1;
        case ':':
            fprintf(stderr, "refviz: %s: option '%s' needs an argument\n", cmd, argv[optind - 1]);
            fprintf(stderr, "Try 'refviz --help' for more information.\n");
            return -1;
        default:
            /* An unknown short option is reported through optopt (it may
             * sit inside a group such as -xq); a long one as typed. */
            if (optopt > ' ' && optopt < 0x7f && strncmp(argv[optind - 1], "--", 2) != 0)
                fprintf(stderr, "refviz: %s: unrecognized option '-%c'\n", cmd, optopt);
            else
                fprintf(stderr, "refviz: %s: unrecognized option '%s'\n", cmd, argv[optind - 1]);
            fprintf(stderr, "Try 'refviz --help' for more information.\n");
            return -1;
        }
        if (!ok) {
            if (c == 'N' || c == 'S')
                usage_error("lesson: unrecognized option '%s'", argv[optind - 1]);
            return -1;
        }
    }
    static const char *const formats[] = { "json", "jsonl", "delta", "text", "dot", "svg", "png",
                                           "pdf", "html" };
    if (!o->show.format && o->show.output)
        o->show.format = rv_show_format_of(o->show.output);
    /* run without --format writes the program's output, not to -o: an -o
     * whose name picks no format was ignored, the output on the terminal. */
    if (!o->show.format && o->show.output && strcmp(cmd, "run") == 0) {
        usage_error("run: -o '%s' picks no format: add --format, or name a FILE.svg, .png, "
                    ".pdf, .dot, .json, .jsonl, .delta or .html",
                    o->show.output);
        return -1;
    }
    bool known = !o->show.format;
    for (size_t i = 0; i < sizeof formats / sizeof formats[0] && !known; i++)
        known = strcmp(o->show.format, formats[i]) == 0;
    if (!known) {
        fprintf(stderr,
                "refviz: %s: unknown format '%s' (json, jsonl, delta, text, dot, svg, png, pdf or "
                "html)\n",
                cmd, o->show.format);
        fprintf(stderr, "Try 'refviz --help' for more information.\n");
        return -1;
    }
    if (o->show.format && !rv_show_is_image(o->show.format) &&
        ((o->show.draw.slide && strcmp(o->show.format, "dot") != 0) || o->show.draw.fit_w)) {
        usage_error("%s: --layout slide and --fit draw diagrams: add --format svg, png, pdf "
                    "(or dot for a slide's graph)", cmd);
        return -1;
    }
    if (o->show.format && rv_show_is_image(o->show.format) && !o->show.output) {
        usage_error("%s: --format svg, png and pdf need -o DIR (or -o FILE with --step or --final)",
                    cmd);
        return -1;
    }
    if (o->show.json && !(o->show.format && (rv_show_is_image(o->show.format) || strcmp(o->show.format, "dot") == 0) &&
                     o->show.output && !o->show.step && !o->show.final)) {
        usage_error("%s: --json writes DIR/trace.json beside the steps of --format svg, png, "
                    "pdf or dot -o DIR", cmd);
        return -1;
    }
    if (o->no_trace && (o->show.format || o->stats)) {
        usage_error("run: %s", o->show.format ? "--no-trace records nothing, so --format has nothing to write"
                                         : "--no-trace records nothing, so --stats has nothing to report");
        return -1;
    }
    return 0;
}

/* A delta trace written while the program runs (export.h). */
typedef struct stream {
    rv_delta_writer_t dw;
    rv_export_input_t in;
    const rv_lesson_t *lesson;
    FILE *out;
    bool to_file;
} stream_t;

static const char *stream_narrate(void *ctx, size_t i)
{
    const stream_t *st = ctx;
    return rv_lesson_step_narration(st->lesson, st->in.trace, i);
}

static void stream_pump(void *ctx)
{
    rv_delta_pump(&((stream_t *)ctx)->dw);
}

/* CPython takes over a run the model began: its trace starts again. */
static void stream_restart(void *ctx)
{
    stream_t *st = ctx;
    rv_delta_discard(&st->dw);
    fflush(st->out);
    if (ftruncate(fileno(st->out), 0) == 0)
        rewind(st->out);
}

static void stream_signal(int sig)
{
    rv_trace_signalled = sig;
}

/* Opens the output of a streamed delta trace; false (said) if it cannot. */
static bool stream_open(stream_t *st, const run_opts_t *o)
{
    st->out = stdout;
    st->to_file = o->show.output && strcmp(o->show.output, "-") != 0;
    if (st->to_file && !(st->out = fopen(o->show.output, "w"))) {
        fprintf(stderr, "refviz: error: cannot write '%s': %s\n", o->show.output, strerror(errno));
        return false;
    }
    return true;
}

/* Ends a streamed delta trace; returns an exit status. */
static int stream_close(stream_t *st)
{
    int r = rv_delta_end(&st->dw);
    if (st->to_file && fclose(st->out) != 0)
        r = -1;
    else if (!st->to_file && fflush(stdout) != 0)
        r = -1;
    if (r < 0) {
        fprintf(stderr, "refviz: error: writing the output failed%s%s\n", errno ? ": " : "",
                errno ? strerror(errno) : "");
        return EXIT_IO;
    }
    return EXIT_OK;
}

/* Runs src and writes what was asked; narration and shown steps come
 * from its lesson comments (a script's #@ markers and #: lines too). */
static int present(const run_opts_t *o, const char *name, const char *path, const char *src,
                   size_t len, const rv_lesson_t *lesson)
{
    /* run: every line unless the program marks its own; lesson: the
     * top-level statements unless it marks. */
    rv_steps_t otherwise = o->lesson ? RV_STEPS_STATEMENTS : RV_STEPS_LINES;
    rv_steps_t steps = o->steps_set ? o->steps : rv_lesson_default_steps(lesson, otherwise);
    if (steps == RV_STEPS_MARKED && !lesson->nmarked) {
        usage_error("%s: --steps marked: the program marks no line; add #@ at the end of the "
                    "lines to show, or choose --steps lines or --steps statements",
                    o->lesson ? "lesson" : "run");
        return EXIT_USAGE;
    }
    bool final_only = o->show.final && !o->lesson;
    rv_trace_options_t topt = {
        .max_steps = o->max_steps,
        .final_only = final_only,
        .elide_items = final_only && rv_show_draws_only(&o->show)
                           ? rv_view_items_shown(&o->show.view) : 0,
        .record = o->show.format != NULL || o->stats,
        .echo_stdout = o->show.format == NULL,
        .max_memory = o->max_memory_set ? o->max_memory : default_max_memory(),
    };
    /* All of refviz's memory, the trace's (a quarter, above) included:
     * a loop growing a list forever stops with MemoryError. */
    rv_alloc_set_budget(o->max_heap_set ? o->max_heap : machine_share(2));
    rv_session_t s;
    /* --format delta is written while the program runs: a run stopped
     * by a limit, a signal or a crash keeps what was written, and the
     * trace's memory stays bounded. */
    stream_t stream = { 0 };
    bool streaming = o->show.format && strcmp(o->show.format, "delta") == 0 && o->show.output &&
                     strcmp(o->show.output, "-") != 0;
    if (streaming) {
        if (!stream_open(&stream, o))
            return EXIT_IO;
        stream.lesson = lesson;
        stream.in = (rv_export_input_t){
            .trace = &s.trace,
            .name = name,
            .path = path,
            .code = src,
            .lesson_title = o->lesson ? lesson->title : NULL,
            .lesson_summary = o->lesson ? lesson->summary : NULL,
        };
        stream.dw = (rv_delta_writer_t){ .in = &stream.in, .out = stream.out,
                                         .narrate = stream_narrate, .narrate_ctx = &stream };
        topt.on_commit = stream_pump;
        topt.on_restart = stream_restart;
        topt.commit_ctx = &stream;
        /* interrupted, the program stops at its next step and the trace
         * ends as a limit's does */
        signal(SIGINT, stream_signal);
        signal(SIGTERM, stream_signal);
    }
    clock_t t0 = clock();
    rv_engine_run(&s, o->lesson ? RV_ENGINE_MODEL : o->engine, path, src, len, &topt);
    clock_t t1 = clock();
    /* The program's own output went to stdout: a full disk or a closed
     * descriptor must not pass for success (python3 does not let it). */
    errno = 0;
    bool out_failed = (fflush(stdout) != 0 || ferror(stdout)) && !o->show.format;
    int out_errno = errno;
    if (s.report)
        fputs(s.report, stderr);
    if (s.engine_error) {
        fprintf(stderr, "refviz: error: --engine cpython: %s\n", s.engine_error);
        rv_session_free(&s);
        return EXIT_ENGINE;
    }
    if (o->stats) {
        const rv_trace_t *t = &s.trace;
        fprintf(stderr, "refviz: stats: %zu steps, %zu snapshots, %zu object states, "
                        "%.1f MiB of trace, %.3f s to run and record\n",
                t->events, t->nsteps, t->nrecs, (double)rv_trace_bytes(t) / (1024.0 * 1024.0),
                (double)(t1 - t0) / CLOCKS_PER_SEC);
    }
    int status = s.status;
    if (out_failed) {
        fprintf(stderr, "refviz: error: cannot write the program's output: %s\n",
                out_errno ? strerror(out_errno) : "write error");
        status = EXIT_IO;
    }
    if (streaming) {
        signal(SIGINT, SIG_DFL);
        signal(SIGTERM, SIG_DFL);
        rv_export_error_t err = { s.error_type, s.error_message, s.error_line };
        stream.in.error = s.error_type ? &err : NULL;
        int w = stream_close(&stream);
        if (w != EXIT_OK)
            status = w;
    } else if (o->show.format) {
        rv_export_error_t err = { s.error_type, s.error_message, s.error_line };
        rv_show_input_t in = {
            .trace = &s.trace,
            .name = name,
            .path = path,
            .code = src,
            .lesson_title = o->lesson ? lesson->title : NULL,
            .lesson_summary = o->lesson ? lesson->summary : NULL,
            .error = s.error_type ? &err : NULL,
            .lesson = lesson,
            .steps = steps,
        };
        int w = rv_show(&o->show, &in);
        if (w != EXIT_OK)
            status = w;
    }
    rv_session_free(&s);
    return status;
}

static run_opts_t default_opts(void)
{
    run_opts_t o = { .max_steps = RECORDED_MAX_STEPS,
                     .show = { .view = rv_view_defaults, .draw = rv_draw_defaults,
                               .max_output = DEFAULT_MAX_OUTPUT } };
    return o;
}

static int cmd_run(int argc, char **argv)
{
    run_opts_t o = default_opts();
    int p = parse_opts(argc, argv, &o, "run");
    if (p)
        return p < 0 ? EXIT_USAGE : EXIT_OK;
    /* Run like python3: when nothing is recorded, a long program costs no
     * memory, so only an explicit --max-steps stops it. */
    if (!o.max_steps_set && !o.show.format && !o.stats)
        o.max_steps = 0;
    if (!o.max_steps_set && o.show.format && strcmp(o.show.format, "delta") == 0 && o.show.output &&
        strcmp(o.show.output, "-") != 0)
        o.max_steps = STREAMED_MAX_STEPS;
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
        len = rv_source_newlines(src, strlen(src));
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
    /* A script's #@ markers and #: narration work as in a lesson. */
    rv_lesson_t markers;
    rv_lesson_parse(&markers, base_name(path), path, src, len);
    int status = present(&o, o.code ? "<string>" : base_name(path), path, src, len, &markers);
    rv_lesson_free(&markers);
    rv_free(src);
    return status;
}

/* The first max bytes of path if it is a regular file, else NULL: a FIFO
 * is opened without blocking and refused, as is a link to a device, and a
 * huge file is not read whole (lesson list needs only the header). */
static char *read_regular_head(const char *path, size_t max, size_t *len)
{
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return NULL;
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        close(fd);
        return NULL;
    }
    rv_buf_t b = RV_BUF_INIT;
    char chunk[65536];
    while (b.len < max) {
        size_t want = max - b.len < sizeof chunk ? max - b.len : sizeof chunk;
        ssize_t n = read(fd, chunk, want);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        rv_buf_add(&b, chunk, (size_t)n);
    }
    close(fd);
    char *text = rv_buf_steal(&b, len);
    rv_source_decode(&text, len);
    *len = rv_source_newlines(text, *len);
    return text;
}

/* How much of each lesson `lesson list` reads for its title. */
#define LIST_HEAD_MAX (256 * 1024)

static int lesson_list(void)
{
    char **paths;
    size_t n = rv_lesson_list(&paths);
    for (size_t i = 0; i < n; i++) {
        size_t len = 0;
        char *src = read_regular_head(paths[i], LIST_HEAD_MAX, &len);
        const char *b = base_name(paths[i]);
        rv_lesson_t l;
        rv_lesson_parse(&l, b, paths[i], src ? src : "", len);
        printf("%-24.*s %s\n", (int)(strlen(b) - 3), b, l.title ? l.title : "");
        rv_lesson_free(&l);
        rv_free(src);
        rv_free(paths[i]);
    }
    rv_free(paths);
    return EXIT_OK;
}

/* Finds, reads and parses a lesson; on failure reports and returns the
 * exit status (else EXIT_OK, and the caller frees l and *src). */
static int load_lesson(const char *arg, rv_lesson_t *l, char **src, size_t *len)
{
    char err[512];
    char *path = rv_lesson_find(arg, err, sizeof err);
    if (!path) {
        fprintf(stderr, "refviz: error: %s\n", err);
        return EXIT_USAGE;
    }
    FILE *f = fopen(path, "rb");
    *src = f ? read_stream(f, len) : NULL;
    if (f)
        fclose(f);
    if (!*src) {
        fprintf(stderr, "refviz: error: cannot read '%s': %s\n", path, strerror(errno));
        rv_free(path);
        return EXIT_IO;
    }
    const char *b = base_name(path);
    char *name = rv_strndup(b, strlen(b) > 3 ? strlen(b) - 3 : strlen(b));
    rv_lesson_parse(l, name, path, *src, *len);
    rv_free(name);
    rv_free(path);
    return EXIT_OK;
}

static int cmd_lesson(int argc, char **argv)
{
    run_opts_t o = default_opts();
    int p = parse_opts(argc, argv, &o, "lesson");
    if (p)
        return p < 0 ? EXIT_USAGE : EXIT_OK;
    if (optind + 1 != argc) {
        usage_error("lesson: %s", optind == argc ? "missing lesson NAME (or 'list')"
                                                 : "too many arguments");
        return EXIT_USAGE;
    }
    if (strcmp(argv[optind], "list") == 0)
        return lesson_list();
    rv_lesson_t l;
    char *src;
    size_t len;
    int status = load_lesson(argv[optind], &l, &src, &len);
    if (status != EXIT_OK)
        return status;
    /* A file that cannot be a lesson (refviz check lists every problem). */
    if (l.refusal) {
        fprintf(stderr, "refviz: error: %s:%s (refviz check %s lists every problem)\n", l.path,
                l.refusal + strlen("line "), l.path);
        rv_lesson_free(&l);
        rv_free(src);
        return EXIT_USAGE;
    }
    if (!o.show.format)
        o.show.format = "text";
    o.lesson = true;
    status = present(&o, l.name, l.path, src, len, &l);
    rv_lesson_free(&l);
    rv_free(src);
    return status;
}

/* refviz check LESSON: runs it and reports what is wrong with it. */
static int cmd_check(int argc, char **argv)
{
    if (argc != 2 || argv[1][0] == '-') {
        if (argc == 2 && (strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0)) {
            fputs(check_help_text, stdout);
            return EXIT_OK;
        }
        usage_error("check: %s", argc < 2 ? "missing LESSON" : "takes one LESSON");
        return EXIT_USAGE;
    }
    rv_lesson_t l;
    char *src;
    size_t len;
    int status = load_lesson(argv[1], &l, &src, &len);
    if (status != EXIT_OK)
        return status;
    rv_trace_options_t topt = { .max_steps = RECORDED_MAX_STEPS, .record = true };
    rv_session_t s;
    rv_session_run(&s, l.path, src, len, &topt);
    rv_buf_t report = RV_BUF_INIT;
    size_t n = rv_lesson_check(&l, &s.trace, &report);
    if (s.report) {
        n++;
        rv_buf_adds(&report, s.report);
    }
    if (n)
        printf("%s: %zu problem%s\n%s", l.path, n, n == 1 ? "" : "s", rv_buf_cstr(&report));
    else
        printf("%s: ok (%zu steps, %zu narrations)\n", l.path, s.trace.nsteps, l.nnarrations);
    rv_buf_free(&report);
    rv_session_free(&s);
    rv_lesson_free(&l);
    rv_free(src);
    return n ? EXIT_RAISED : EXIT_OK;
}


/* Reads the trace file path (- for standard input) into tf; on failure
 * says why and returns the exit status (tf then needs no freeing). */
static int load_trace(const char *path, rv_trace_file_t *tf)
{
    struct stat st;
    bool is_stdin = strcmp(path, "-") == 0;
    if (!is_stdin && stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
        fprintf(stderr, "refviz: error: '%s' is a directory, not a trace file\n", path);
        return EXIT_IO;
    }
    FILE *f = is_stdin ? stdin : fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "refviz: error: cannot open '%s': %s\n", path, strerror(errno));
        return EXIT_IO;
    }
    int r = rv_trace_file_read(tf, f, path);
    if (f != stdin)
        fclose(f);
    if (r < 0) {
        fprintf(stderr, "refviz: error: %s\n", tf->err);
        rv_trace_file_free(tf);
        return EXIT_IO;
    }
    return EXIT_OK;
}

/* Writes a trace read from a file through the path run's output takes:
 * the program's lesson comments come from the code the file carries. */
static int show_trace_file(run_opts_t *o, rv_trace_file_t *tf, const char *file)
{
    const char *code = tf->code ? tf->code : "";
    const char *name = tf->name ? tf->name : "", *path = tf->path ? tf->path : "";
    rv_lesson_t lesson;
    rv_lesson_parse(&lesson, name, path, code, strlen(code));
    rv_steps_t otherwise = tf->has_lesson ? RV_STEPS_STATEMENTS : RV_STEPS_LINES;
    rv_steps_t steps = o->steps_set ? o->steps : rv_lesson_default_steps(&lesson, otherwise);
    int status = EXIT_OK;
    /* What the choice of steps and a slide read in the code. */
    if (!code[0] && (steps != RV_STEPS_LINES || o->show.draw.slide)) {
        fprintf(stderr, "refviz: error: %s: the trace does not carry the program's code, which %s "
                        "needs%s\n", file,
                o->show.draw.slide ? "--layout slide" :
                steps == RV_STEPS_MARKED ? "--steps marked" : "--steps statements",
                o->show.draw.slide ? "" : ": add --steps lines");
        status = EXIT_USAGE;
    } else if (steps == RV_STEPS_MARKED && !lesson.nmarked) {
        usage_error("trace show: --steps marked: the program marks no line (#@); choose --steps "
                    "lines or --steps statements", NULL);
        status = EXIT_USAGE;
    }
    if (status == EXIT_OK) {
        /* --final keeps the last snapshot alone, as run --final records
         * it; a trace recorded so means its last snapshot. */
        if (o->show.final)
            rv_trace_file_keep_last(tf);
        if (tf->trace.opt.final_only)
            o->show.final = true;
        size_t n = tf->trace.nsteps;
        const char **narration = rv_calloc(n ? n : 1, sizeof *narration);
        for (size_t i = 0; i < n && i < tf->nnarration; i++)
            narration[i] = tf->narration[i];
        rv_export_error_t err = { tf->error_type ? tf->error_type : "",
                                  tf->error_message ? tf->error_message : "", tf->error_line };
        rv_show_input_t in = {
            .trace = &tf->trace,
            .name = name,
            .path = path,
            .code = code,
            .lesson_title = tf->has_lesson ? (tf->lesson_title ? tf->lesson_title : "") : NULL,
            .lesson_summary = tf->has_lesson ? tf->lesson_summary : NULL,
            .error = tf->has_error ? &err : NULL,
            .lesson = &lesson,
            .steps = steps,
            .narration = narration,
        };
        status = rv_show(&o->show, &in);
        rv_free(narration);
    }
    rv_lesson_free(&lesson);
    return status;
}

static int trace_show(int argc, char **argv)
{
    run_opts_t o = default_opts();
    int p = parse_opts(argc, argv, &o, "trace show");
    if (p)
        return p < 0 ? EXIT_USAGE : EXIT_OK;
    if (optind + 1 != argc) {
        usage_error("trace show: %s", optind == argc ? "missing FILE (a trace, or - for standard "
                                                       "input)"
                                                     : "too many arguments");
        return EXIT_USAGE;
    }
    if (!o.show.format)
        o.show.format = "text";
    rv_trace_file_t tf;
    int status = load_trace(argv[optind], &tf);
    if (status != EXIT_OK)
        return status;
    status = show_trace_file(&o, &tf, argv[optind]);
    rv_trace_file_free(&tf);
    return status;
}

static int trace_expand(int argc, char **argv)
{
    static const struct option longopts[] = {
        { "format", required_argument, NULL, 'f' },
        { "output", required_argument, NULL, 'o' },
        { "max-output", required_argument, NULL, 0x107 },
        { "help", no_argument, NULL, 'h' },
        { NULL, 0, NULL, 0 },
    };
    run_opts_t o = default_opts();
    o.show.cmd = "trace expand";
    o.show.format = "json";
    o.steps = RV_STEPS_LINES;
    o.steps_set = true;
    int c;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "f:o:h", longopts, NULL)) != -1) {
        switch (c) {
        case 'f':
            o.show.format = optarg;
            break;
        case 'o':
            o.show.output = optarg;
            break;
        case 0x107:
            if (!parse_size("--max-output", optarg, &o.show.max_output))
                return EXIT_USAGE;
            break;
        case 'h':
            fputs(trace_help_text, stdout);
            return EXIT_OK;
        default:
            usage_error("trace expand: unrecognized option or missing argument ('%s')",
                        argv[optind - 1]);
            return EXIT_USAGE;
        }
    }
    if (strcmp(o.show.format, "json") != 0 && strcmp(o.show.format, "jsonl") != 0) {
        usage_error("trace expand: --format is json or jsonl, not '%s' (trace show writes the "
                    "others)", o.show.format);
        return EXIT_USAGE;
    }
    if (optind + 1 != argc) {
        usage_error("trace expand: %s", optind == argc ? "missing FILE" : "too many arguments");
        return EXIT_USAGE;
    }
    rv_trace_file_t tf;
    int status = load_trace(argv[optind], &tf);
    if (status != EXIT_OK)
        return status;
    if (tf.format != RV_TRACE_DELTA) {
        fprintf(stderr, "refviz: error: %s: a %s trace, not a refviz-delta one: it is expanded "
                        "already (trace show -f json|jsonl converts it)\n",
                argv[optind], rv_trace_format_name(tf.format));
        status = EXIT_IO;
    } else {
        status = show_trace_file(&o, &tf, argv[optind]);
    }
    rv_trace_file_free(&tf);
    return status;
}

static int cmd_trace(int argc, char **argv)
{
    if (argc >= 2 && (strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0)) {
        fputs(trace_help_text, stdout);
        return EXIT_OK;
    }
    if (argc >= 2 && strcmp(argv[1], "show") == 0)
        return trace_show(argc - 1, argv + 1);
    if (argc >= 2 && strcmp(argv[1], "expand") == 0)
        return trace_expand(argc - 1, argv + 1);
    usage_error("trace: %s", argc < 2 ? "missing subcommand (show or expand)"
                                     : "unknown subcommand (show or expand)");
    return EXIT_USAGE;
}

static int run_command(int argc, char **argv)
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
    if (strcmp(cmd, "lesson") == 0)
        return cmd_lesson(argc - 1, argv + 1);
    if (strcmp(cmd, "check") == 0)
        return cmd_check(argc - 1, argv + 1);
    if (strcmp(cmd, "trace") == 0)
        return cmd_trace(argc - 1, argv + 1);
    if (strcmp(cmd, "help") == 0) {
        if (argc == 2) {
            fputs(usage_text, stdout);
            return EXIT_OK;
        }
        if (strcmp(argv[2], "run") == 0 || strcmp(argv[2], "lesson") == 0 ||
            strcmp(argv[2], "check") == 0 || strcmp(argv[2], "trace") == 0) {
            fputs(strcmp(argv[2], "run") == 0      ? run_help_text
                  : strcmp(argv[2], "lesson") == 0 ? lesson_help_text
                  : strcmp(argv[2], "trace") == 0  ? trace_help_text
                                                   : check_help_text,
                  stdout);
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

/* The command runs on a big stack (rv_session_on_big_stack), so that
 * CPython's recursion limits fit. */
#define STACK_MARGIN ((size_t)4 << 20)

typedef struct command {
    int argc;
    char **argv;
    int status;
} command_t;

static void command_call(void *arg)
{
    command_t *c = arg;
    c->status = run_command(c->argc, c->argv);
}

int main(int argc, char **argv)
{
    command_t c = { argc, argv, EXIT_FAILURE };
    rv_session_on_big_stack(command_call, &c, STACK_MARGIN);
    return c.status;
}
