/* src/trace/delta.h - reading a delta trace (docs/delta-format.md, written
 * by export/delta.c) back into a trace: the steps and object states as the
 * recorder stored them, so that every export (the JSON trace, text,
 * diagrams, the HTML page) reads it as it reads a recorded run, and
 * `refviz trace expand` writes exactly the JSON trace of the run. */
#ifndef RV_TRACE_DELTA_H
#define RV_TRACE_DELTA_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "trace/trace.h"

typedef struct rv_delta_reader {
    rv_trace_t *t;            /* filled step by step (rv_trace_init'ed by the caller) */
    bool header_seen, ended;
    /* the header's and end line's (owned strings, NULL when absent) */
    char *name, *path, *code, *lesson_title, *lesson_summary;
    bool has_lesson;
    char *error_type, *error_message;
    int error_line;
    bool has_error;
    size_t nsteps_declared;
    char **narration;         /* per step, or NULL */
    size_t capnarration;
    size_t capchanged;
    size_t line_len;          /* the line being read's length */
    char err[256];            /* why a line was refused */
} rv_delta_reader_t;

/* A step's new_from as the delta format assumes it when a step line does
 * not say (docs/delta-format.md, "nf"): the step before's, plus one for
 * each object the step before recorded first (those it created that
 * lived), so a step line says it only when objects were made that died
 * unrecorded.  0 for the first step. */
uint64_t rv_delta_default_new_from(const rv_step_rec_t *prev);

/* The record of dict g (a module frame's globals, as the state st has
 * it before the step) that rebinding the n variables in rebound (names
 * with their new ids) implies: their values under the keys of the same
 * names replaced, stored as the recorder stores such a change
 * (docs/delta-format.md, "Globals").  False when it implies none.
 * out's refs and pos are malloc'd (rv_delta_implied_free). */
bool rv_delta_implied_globals(const rv_state_t *st, uint64_t g, const rv_var_rec_t *rebound,
                              size_t n, rv_obj_rec_t *out);
void rv_delta_implied_free(rv_obj_rec_t *r);

void rv_delta_reader_init(rv_delta_reader_t *d, rv_trace_t *t);
/* Reads one line (without its newline); returns 0, or -1 with d->err set. */
int rv_delta_reader_line(rv_delta_reader_t *d, const char *line, size_t len);
void rv_delta_reader_free(rv_delta_reader_t *d);

#endif
