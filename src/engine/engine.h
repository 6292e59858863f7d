/* src/engine/engine.h - which engine runs a program: refviz's model of
 * CPython (lang/, recorded by trace/record.c), or CPython itself with the
 * project's tracer (engine/cpython.c).  Both fill an rv_session_t, so
 * everything after the run is the same. */
#ifndef RV_ENGINE_ENGINE_H
#define RV_ENGINE_ENGINE_H

#include <stdbool.h>
#include <stddef.h>

#include "trace/session.h"

typedef enum rv_engine {
    RV_ENGINE_AUTO,     /* the model when it supports the program, else CPython */
    RV_ENGINE_MODEL,
    RV_ENGINE_CPYTHON,
} rv_engine_t;

/* "auto", "model" or "cpython". */
bool rv_engine_parse(const char *name, rv_engine_t *out);

/* Runs src with engine e.  auto runs the model unless it finds, before
 * running, something the model lacks (lang/vm/interp.h rv_interp_check),
 * or the model stops on one before the program printed anything; then
 * CPython, saying so in one line on stderr.  When CPython cannot run, the
 * model's own "unsupported" error stands, with a line saying why CPython
 * could not take over.  Notes and errors of the engines go to stderr;
 * s->engine_error is set when the engine asked for could not run. */
void rv_engine_run(rv_session_t *s, rv_engine_t e, const char *filename, const char *src,
                   size_t len, const rv_trace_options_t *opt);

#endif
