/* src/cli/show.c - see show.h.  The outline: the lesson comments plan the
 * steps (--steps), --step and --final keep one of them, the #? questions
 * find their steps, the view options take the program's header where the
 * command line says nothing, and write_output sends the trace to the
 * format's exporter: one file, a directory of step files, or the pager. */
#include "cli/show.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/alloc.h"
#include "base/outfile.h"
#include "export/pager.h"

static const char *base_name(const char *path)
{
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

bool rv_show_is_image(const char *format)
{
    return strcmp(format, "svg") == 0 || strcmp(format, "png") == 0 ||
           strcmp(format, "pdf") == 0;
}

bool rv_show_draws_only(const rv_show_opts_t *o)
{
    const char *env = getenv("REFVIZ_ELIDE");
    return o->format && !o->json && !(env && strcmp(env, "0") == 0) &&
           (rv_show_is_image(o->format) || strcmp(o->format, "text") == 0 ||
            strcmp(o->format, "dot") == 0);
}

const char *rv_show_format_of(const char *path)
{
    static const char *const known[] = { "svg", "png", "pdf", "dot", "json", "jsonl", "html",
                                         "delta" };
    const char *dot = strrchr(base_name(path), '.');
    for (size_t i = 0; dot && i < sizeof known / sizeof known[0]; i++)
        if (strcmp(dot + 1, known[i]) == 0)
            return known[i];
    return NULL;
}

static void parse_detail(const char *arg, rv_detail_t *out)
{
    static const char *const names[] = { "minimal", "normal", "full" };
    for (size_t i = 0; i < 3; i++)
        if (strcmp(arg, names[i]) == 0)
            *out = (rv_detail_t)i;
}

/* Numbers the planned steps in shown[] (0: left out) and keeps only the
 * --step N'th or, with --final, the last.  Returns the plan's size, or 0
 * after an error. */
static size_t select_steps(const rv_show_opts_t *o, const bool *planned, size_t *shown,
                           size_t nsteps)
{
    size_t count = 0, last = SIZE_MAX;
    for (size_t i = 0; i < nsteps; i++)
        if (planned[i]) {
            shown[i] = ++count;
            last = i;
        }
    if (o->step && o->step > count) {
        fprintf(stderr, "refviz: error: --step %zu: there are %zu steps to show\n", o->step,
                count);
        return 0;
    }
    for (size_t i = 0; i < nsteps; i++)
        if (shown[i] && ((o->step && shown[i] != o->step) || (o->final && i != last)))
            shown[i] = 0;
    return count;
}

/* Whether -o names the one file the diagrams go to (else a directory for
 * a file per step): standard output, or a path that is not an existing
 * directory nor ends in '/' and either has a diagram's extension or is
 * given with --step or --final.  An existing directory always gets a file
 * per step, however many steps are shown. */
static bool names_one_file(const rv_show_opts_t *o)
{
    const char *p = o->output;
    if (strcmp(p, "-") == 0)
        return true;
    struct stat st;
    size_t n = strlen(p);
    if ((n && p[n - 1] == '/') || (stat(p, &st) == 0 && S_ISDIR(st.st_mode)))
        return false;
    const char *ext = rv_show_format_of(p);
    return o->step || o->final || (ext && strcmp(ext, "json") != 0);
}

/* --json: the trace as DIR/trace.json beside the step files (created as
 * they are, without following a link planted there). */
static int write_trace_beside(const rv_show_opts_t *o, const rv_export_input_t *in)
{
    rv_outfile_t f;
    FILE *out = rv_outfile_open(&f, o->output, "trace.json");
    int r = out ? rv_export_json(in, out) : -1;
    if (out)
        r = r == 0 ? rv_outfile_commit(&f) : (rv_outfile_abort(&f), -1);
    if (r != 0)
        fprintf(stderr, "refviz: error: cannot write '%s/trace.json': %s\n", o->output,
                errno ? strerror(errno) : "write error");
    return r == 0 ? EXIT_OK : EXIT_IO;
}

/* Writes the trace or the diagrams of its shown steps. */
static int write_output(const rv_show_opts_t *o, const rv_export_input_t *in)
{
    /* dot -o - is dot without -o: every graph on standard output. */
    if (rv_show_is_image(o->format) ||
        (strcmp(o->format, "dot") == 0 && o->output && strcmp(o->output, "-") != 0)) {
        size_t nshown = 0;
        for (size_t i = 0; i < in->trace->nsteps; i++)
            nshown += in->shown[i] != 0;
        bool one_file = names_one_file(o);
        /* Several steps go into a directory, which a file's name would
         * make silently; a pdf takes them as pages. */
        if (one_file && nshown > 1 && strcmp(o->format, "pdf") != 0) {
            if (strcmp(o->output, "-") == 0)
                fprintf(stderr, "refviz: %s: -o - writes one step to standard output, but %zu "
                                "steps are shown: add --step N or --final for one step, or -o "
                                "DIR for a file per step\n", o->cmd, nshown);
            else
                fprintf(stderr, "refviz: %s: -o %s names one file, but %zu steps are shown: add "
                                "--step N or --final for one step, -o DIR for a file per step, "
                                "or -o FILE.pdf for one page per step\n", o->cmd, o->output,
                        nshown);
            fprintf(stderr, "Try 'refviz --help' for more information.\n");
            return EXIT_USAGE;
        }
        if (rv_export_image(in, o->format, o->output, one_file) != 0)
            return EXIT_IO;
        return o->json ? write_trace_beside(o, in) : EXIT_OK;
    }
    FILE *out = stdout;
    bool to_file = o->output && strcmp(o->output, "-") != 0;
    if (to_file) {
        out = fopen(o->output, "w");
        if (!out) {
            fprintf(stderr, "refviz: error: cannot write '%s': %s\n", o->output, strerror(errno));
            return EXIT_IO;
        }
    }
    rv_export_input_t local = *in;
    local.color = !to_file && isatty(fileno(stdout)) && !getenv("NO_COLOR");
    bool paged = strcmp(o->format, "text") == 0 && !o->output && !o->no_pager && rv_pager_wanted();
    int r = paged                            ? rv_export_text_paged(&local)
            : strcmp(o->format, "jsonl") == 0 ? rv_export_jsonl(&local, out)
            : strcmp(o->format, "delta") == 0 ? rv_export_delta(&local, out)
            : strcmp(o->format, "text") == 0 ? rv_export_text(&local, out)
            : strcmp(o->format, "dot") == 0  ? rv_export_dot(&local, out)
            : strcmp(o->format, "html") == 0 ? rv_export_html(&local, out)
                                             : rv_export_json(&local, out);
    if (to_file && fclose(out) != 0)
        r = -1;
    else if (!to_file && fflush(stdout) != 0)
        r = -1;
    if (r < 0) {
        fprintf(stderr, "refviz: error: writing the output failed%s%s\n", errno ? ": " : "",
                errno ? strerror(errno) : "");
        return EXIT_IO;
    }
    return EXIT_OK;
}

/* A json trace stopped by --max-output: says so and how to go further;
 * returns the exit status (a limit's). */
static int report_cut(const rv_show_opts_t *o, size_t cut, size_t nsteps)
{
    bool expanding = strcmp(o->cmd, "trace expand") == 0;
    fprintf(stderr, "refviz: the %s trace stops after step %zu of %zu: it reached %zu MiB "
                    "(raise the limit with --max-output SIZE, or --max-output 0 for none%s)\n",
            o->json ? "json" : o->format, nsteps - cut, nsteps, o->max_output >> 20,
            expanding ? "" : "; --format delta -o FILE writes every step in a fraction of "
                             "the space");
    return EXIT_RAISED;
}

int rv_show(const rv_show_opts_t *o, const rv_show_input_t *si)
{
    const rv_trace_t *t = si->trace;
    const rv_lesson_t *lesson = si->lesson;
    size_t n = t->nsteps, cut = 0;
    bool *planned = rv_calloc(n ? n : 1, sizeof *planned);
    size_t *shown = rv_calloc(n ? n : 1, sizeof *shown);
    const char **narration = rv_calloc(n ? n : 1, sizeof *narration);
    rv_lesson_plan(lesson, t, si->steps, planned, narration);
    if (si->narration)
        for (size_t i = 0; i < n; i++)
            narration[i] = si->narration[i];
    size_t nplanned = select_steps(o, planned, shown, n);
    /* The lesson's #? questions, each at the first shown step of its
     * statement (lesson/question.c), for the HTML page. */
    rv_quiz_t *quiz = NULL;
    size_t nquiz = lesson->nquestions ? rv_lesson_quiz(lesson, t, shown, &quiz, NULL, NULL) : 0;
    rv_export_question_t *asked = rv_calloc(nquiz ? nquiz : 1, sizeof *asked);
    const rv_export_question_t **questions = rv_calloc(n ? n : 1, sizeof *questions);
    for (size_t k = 0; k < nquiz; k++) {
        asked[k] = (rv_export_question_t){ quiz[k].q->text, (const char *const *)quiz[k].choices,
                                           quiz[k].correct, quiz[k].nchoices };
        questions[quiz[k].step] = &asked[k];
    }
    rv_view_options_t view = o->view;
    const char *heap = o->heap ? o->heap : lesson->heap ? lesson->heap : "inline";
    view.heap_all = strcmp(heap, "all") == 0;
    const char *detail = o->detail ? o->detail : lesson->detail ? lesson->detail : "normal";
    parse_detail(detail, &view.detail);
    view.show_classes = o->show_classes || (lesson->show && strstr(lesson->show, "classes"));
    rv_draw_options_t draw = o->draw;
    draw.source = si->code;
    /* A slide is a projector's page unless told otherwise. */
    if (draw.slide && !draw.fit_w && (draw.scale == 0 || draw.scale == 1)) {
        draw.fit_w = 1920;
        draw.fit_h = 1080;
    }
    rv_export_input_t in = {
        .trace = t,
        .name = si->name,
        .path = si->path,
        .code = si->code,
        .lesson_title = si->lesson_title,
        .lesson_summary = si->lesson_summary,
        .error = si->error,
        .view = &view,
        .shown = shown,
        .planned = planned,
        .nplanned = nplanned,
        .narration = narration,
        .questions = questions,
        .lesson_comment = lesson->comment,
        .nlines = lesson->nlines,
        .draw = &draw,
        .max_bytes = o->max_output,
        .steps_cut = &cut,
    };
    int status = nplanned || !n ? write_output(o, &in) : EXIT_USAGE;
    if (status == EXIT_OK && cut)
        status = report_cut(o, cut, n);
    rv_free(planned);
    rv_free(shown);
    rv_free(narration);
    rv_free(questions);
    rv_free(asked);
    rv_lesson_quiz_free(quiz, nquiz);
    return status;
}
