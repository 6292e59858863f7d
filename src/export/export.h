/* src/export/export.h - writing a trace out.  Every format takes the same
 * input: the recorded trace and what is known about the run. */
#ifndef RV_EXPORT_EXPORT_H
#define RV_EXPORT_EXPORT_H

#include <stdio.h>

#include "export/view.h"
#include "trace/trace.h"

typedef struct rv_export_error {
    const char *type;      /* "IndexError", "SyntaxError", "unsupported", ... */
    const char *message;
    int line;
} rv_export_error_t;

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
    const char *const *narration;   /* per step: the lesson's text, or NULL */
    bool color;                  /* text: ANSI colours */
} rv_export_input_t;

/* The whole trace as one JSON document (spec/snapshot-format.md).
 * Returns 0, or -1 when writing failed. */
int rv_export_json(const rv_export_input_t *in, FILE *out);
/* A header line, then one snapshot per line. */
int rv_export_jsonl(const rv_export_input_t *in, FILE *out);
/* The shown steps as text: code, narration, what changed, frames and
 * objects with references as "->", the output so far. */
int rv_export_text(const rv_export_input_t *in, FILE *out);

#endif
