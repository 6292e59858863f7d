/* src/export/export.h - writing a trace out.  Every format takes the same
 * input: the recorded trace and what is known about the run. */
#ifndef RV_EXPORT_EXPORT_H
#define RV_EXPORT_EXPORT_H

/* The face diagrams are measured and drawn in (Graphviz's fontname; the
 * HTML page's CSS): Graphviz resolves "Helvetica" to the machine's sans
 * (DejaVu Sans here), a browser to a narrower Arial look-alike, and the
 * pieces of a header, placed by measured widths, drift apart.  Verdana
 * has DejaVu Sans's widths where DejaVu is missing. */
#define RV_DOT_FONT "DejaVu Sans,Verdana,sans-serif"

#include <stdio.h>

#include "export/theme.h"
#include "export/view.h"
#include "trace/trace.h"

/* How diagrams are drawn (text ignores it). */
typedef struct rv_draw_options {
    const rv_theme_t *theme;  /* NULL: light */
    bool transparent;         /* no background */
    bool legend;              /* what shapes, words and colours mean */
    bool slide;               /* code, narration and output beside the graph */
    double scale;             /* drawing zoom (0: 1) */
    unsigned dpi;             /* png resolution (0: 144, or 96 with a fit) */
    unsigned fit_w, fit_h;    /* pixels of a page the drawing fills (0: natural) */
    const char *source;       /* the program, to head a function by its def line */
} rv_draw_options_t;

extern const rv_draw_options_t rv_draw_defaults;

typedef struct rv_export_error {
    const char *type;      /* "IndexError", "SyntaxError", "unsupported", ... */
    const char *message;
    int line;
} rv_export_error_t;

/* A question the HTML page asks before it shows a step (refviz-lesson(5):
 * the #? marker): the learner ticks the choices that refer to the object
 * asked about; which ones do was found in the trace. */
typedef struct rv_export_question {
    const char *text;
    const char *const *choices;
    const bool *correct;         /* per choice */
    size_t nchoices;
} rv_export_question_t;

typedef struct rv_export_input {
    const rv_trace_t *trace;
    const char *name;            /* source name: lesson name or file stem */
    const char *path;            /* as given on the command line */
    const char *code;            /* the whole source */
    const char *lesson_title;    /* NULL for a plain script */
    const char *lesson_summary;
    const rv_export_error_t *error; /* NULL when the program finished */
    const rv_view_options_t *view;  /* diagrams: NULL for the defaults */
    const size_t *shown;         /* per step: 0 if diagrams leave it out, else its
                                    number among the planned steps (NULL: all) */
    size_t nplanned;             /* how many steps the plan has */
    const bool *planned;         /* per step: whether the plan has it (NULL: the
                                    shown ones).  A step is marked against the
                                    planned step before it, so --step N looks as
                                    it does among all the planned steps. */
    const char *const *narration;   /* per step: the lesson's text, or NULL */
    /* Per step: the question asked before it, or NULL (NULL: none). */
    const rv_export_question_t *const *questions;
    /* Per source line (index line - 1), nlines of them: the lesson's own
     * comments (header, narration, a lone #@), which the pager's code
     * excerpt leaves out (NULL: none). */
    const bool *lesson_comment;
    size_t nlines;
    bool color;                  /* text: ANSI colours */
    const rv_draw_options_t *draw; /* diagrams: NULL for the defaults */
    /* json, jsonl: no step is started once the output holds max_bytes
     * (0: no limit), and *steps_cut (when not NULL) is set to how many
     * were left out.  A full trace repeats every object at every step: a
     * long run over a growing heap would write without bound. */
    size_t max_bytes;
    size_t *steps_cut;
} rv_export_input_t;

/* Calls fn for each shown step with its view (nth: its number among the
 * planned steps) and what it changed in words; stops at a non-zero return,
 * which it returns. */
typedef int (*rv_step_fn)(const rv_export_input_t *in, const rv_view_t *v, size_t nth,
                          const char *desc, void *ctx);
int rv_export_walk(const rv_export_input_t *in, rv_step_fn fn, void *ctx);
/* The same over every planned step, shown or not (--step and --final
 * leave steps out of what is drawn, not out of the layout). */
int rv_export_walk_plan(const rv_export_input_t *in, rv_step_fn fn, void *ctx);

/* The whole trace as one JSON document (spec/snapshot-format.md).
 * Returns 0, or -1 when writing failed. */
int rv_export_json(const rv_export_input_t *in, FILE *out);
/* A header line, then one snapshot per line. */
int rv_export_jsonl(const rv_export_input_t *in, FILE *out);
/* The delta trace (docs/delta-format.md): a header line, a line per step
 * with what changed, a keyframe line every RV_DELTA_KEYFRAME_EVERY steps
 * or more, an end line.  `refviz trace expand` turns it back into the
 * JSON trace. */
#define RV_DELTA_KEYFRAME_EVERY 10000
int rv_export_delta(const rv_export_input_t *in, FILE *out);

/* The delta trace written while the program runs: rv_delta_pump after
 * each step the recorder stores (rv_trace_options_t.on_commit) writes the
 * steps stored since, and frees the trace's log behind them (the trace
 * then has only their heads: nothing else may read its steps), so the
 * writer's memory stays bounded; rv_delta_end writes the rest and the end
 * line.  in (and what it points to) must outlive the writer; its
 * narration is not used: narrate gives step i's, or NULL. */
typedef struct rv_delta_writer {
    const rv_export_input_t *in;
    FILE *out;
    const char *(*narrate)(void *ctx, size_t step);
    void *narrate_ctx;
    bool started, failed;
    void *priv;               /* export/delta.c's state */
} rv_delta_writer_t;

void rv_delta_pump(rv_delta_writer_t *dw);
/* Returns 0, or -1 when writing failed. */
int rv_delta_end(rv_delta_writer_t *dw);
/* Forgets what was written (the caller empties the file): the next pump
 * starts again with the header. */
void rv_delta_discard(rv_delta_writer_t *dw);
/* The shown steps as text: code, narration, what changed, frames and
 * objects with references as "->", the output so far. */
int rv_export_text(const rv_export_input_t *in, FILE *out);
/* The same steps one page at a time in the interactive pager (export/pager.h:
 * standard input and output are a terminal), wrapped to its width.  Returns
 * 0, or -1 when the terminal could not be used or written. */
int rv_export_text_paged(const rv_export_input_t *in);
/* The classroom stepper: one self-contained HTML page with the shown
 * steps' diagrams, code, narration and output (export/html.c). */
int rv_export_html(const rv_export_input_t *in, FILE *out);
/* One Graphviz digraph per shown step (deterministic: golden-tested). */
int rv_export_dot(const rv_export_input_t *in, FILE *out);
/* Each shown step rendered in-process by libgvc to svg, png or pdf (or
 * written as dot).  one_file: into the file `path` (- for stdout), which
 * for a pdf of several steps has a page per step (the caller refuses
 * several steps of another format); else into the directory `path` as
 * step-01.FMT, step-02.FMT ..., each created afresh without following a
 * link planted there (base/outfile.h), and the step files of that format
 * numbered beyond in->nplanned, left by an earlier run, removed. */
int rv_export_image(const rv_export_input_t *in, const char *format, const char *path,
                    bool one_file);

/* One rendered step, for rv_export_images. */
typedef struct rv_step {
    const rv_export_input_t *in;
    const rv_view_t *view;
    size_t nth;              /* its number among the planned steps */
    const char *title;       /* "NAME: step N, line L (trace step S)" */
    const char *desc;        /* the narration, then what changed */
    const char *changes;     /* what changed, in words */
} rv_step_t;
/* Receives an image (svg: with <title> and <desc>) of len bytes; a
 * non-zero return stops the export and is returned. */
typedef int (*rv_image_fn)(const rv_step_t *step, const char *data, size_t len, void *ctx);
/* The shown steps rendered as by rv_export_image (the same layout: objects
 * keep their places from step to step), each handed to fn in memory. */
int rv_export_images(const rv_export_input_t *in, const char *format, rv_image_fn fn, void *ctx);

#endif
