/* src/trace/file.h - a trace file read back, whichever format refviz wrote
 * it in: a delta trace (docs/delta-format.md, read by delta.c), the full
 * JSON trace (spec/snapshot-format.md, one document) or its JSON Lines
 * form (a header line, then a snapshot a line; both read by load.c).  The
 * format is told by the first line.  `refviz trace show` draws what is
 * read, `refviz trace expand` writes it as the full trace.
 *
 * The full JSON document is read a step at a time (the array "steps" is
 * cut into its elements as the bytes arrive), so its memory is the
 * trace's, not the text's. */
#ifndef RV_TRACE_FILE_H
#define RV_TRACE_FILE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "trace/trace.h"

typedef enum rv_trace_format {
    RV_TRACE_DELTA, RV_TRACE_JSON, RV_TRACE_JSONL
} rv_trace_format_t;

typedef struct rv_trace_file {
    rv_trace_t trace;
    rv_trace_format_t format;
    /* The header's and the error's (owned strings; NULL when absent: a
     * trace written by another tool may lack the source code). */
    char *name, *path, *code;
    bool has_lesson;          /* recorded by `refviz lesson` */
    char *lesson_title, *lesson_summary;
    bool has_error;
    char *error_type, *error_message;
    int error_line;
    char **narration;         /* per step (nnarration of them), or NULL */
    size_t nnarration;
    char err[400];            /* why the file was refused */
} rv_trace_file_t;

/* Reads a trace from in; label names it in messages.  Returns 0, or -1
 * with f->err saying why (a read error, a file cut short, a line that is
 * not the format's).  Free f either way. */
int rv_trace_file_read(rv_trace_file_t *f, FILE *in, const char *label);
void rv_trace_file_free(rv_trace_file_t *f);
/* Makes the trace its last snapshot alone, as `refviz run --final`
 * records a run: every object listed new, nothing freed before it, its
 * narration kept.  A trace recorded with --final is left as it is. */
void rv_trace_file_keep_last(rv_trace_file_t *f);
/* "delta", "JSON" or "JSON Lines". */
const char *rv_trace_format_name(rv_trace_format_t format);

#endif
