/* src/cli/show.h - from a trace to what the user asked for: the steps to
 * show (--steps, --step, --final), the view and drawing options, and the
 * file or files written in one of the formats.  `refviz run`, `refviz
 * lesson` and `refviz trace show` all end here, so a recorded trace is
 * drawn exactly as the run that recorded it. */
#ifndef RV_CLI_SHOW_H
#define RV_CLI_SHOW_H

#include <stdbool.h>
#include <stddef.h>

#include "export/export.h"
#include "lesson/lesson.h"

/* The CLI's exit statuses (refviz(1), EXIT STATUS). */
enum { EXIT_OK = 0, EXIT_RAISED = 1, EXIT_USAGE = 2, EXIT_IO = 3, EXIT_ENGINE = 4 };

/* What to write and how to draw it: the options run, lesson and trace
 * show share. */
typedef struct rv_show_opts {
    const char *cmd;        /* "run", "lesson" or "trace show", for messages */
    const char *format;     /* json, jsonl, delta, text, dot, svg, png, pdf, html */
    const char *output;     /* -o, or NULL for stdout */
    bool final;             /* --final */
    size_t step;            /* --step N; 0: every shown step */
    bool json;              /* --json: also DIR/trace.json */
    bool no_pager;          /* --no-pager */
    const char *heap;       /* --heap, or NULL for the program's or "inline" */
    const char *detail;     /* --detail, or NULL for the program's or "normal" */
    bool show_classes;      /* --show-classes (or the program's "# show: classes") */
    rv_draw_options_t draw; /* --theme, --legend, --layout, --scale, --dpi, --fit */
    rv_view_options_t view;
    size_t max_output;      /* --max-output: json and jsonl stop there (0: none) */
} rv_show_opts_t;

/* A trace and what is known of its run. */
typedef struct rv_show_input {
    const rv_trace_t *trace;
    const char *name, *path, *code;
    const char *lesson_title;      /* NULL unless `refviz lesson` ran it */
    const char *lesson_summary;
    const rv_export_error_t *error;
    /* The program's lesson comments (#@, #:, #?, the header), parsed from
     * code: they choose and explain the steps. */
    const rv_lesson_t *lesson;
    rv_steps_t steps;              /* which steps text and diagrams show */
    /* Per step: the narration a trace file carries (NULL: the lesson's). */
    const char *const *narration;
} rv_show_input_t;

/* Whether format is drawn as images (svg, png, pdf). */
bool rv_show_is_image(const char *format);
/* Whether the output is only pictures or text of what a view shows, no
 * trace (the recorder of a final picture may then leave out what is not
 * shown: rv_trace_options_t.elide_items).  REFVIZ_ELIDE=0 says no, so
 * that tests can compare the two. */
bool rv_show_draws_only(const rv_show_opts_t *o);
/* The format an output file's extension names, or NULL. */
const char *rv_show_format_of(const char *path);
/* Plans the shown steps and writes the output; says what went wrong on
 * stderr and returns an exit status. */
int rv_show(const rv_show_opts_t *o, const rv_show_input_t *in);

#endif
