/* src/lang/vm/interp.h - running a program: parse, compile, execute, and the
 * texts python3 prints for an uncaught exception or a syntax error. */
#ifndef RV_LANG_INTERP_H
#define RV_LANG_INTERP_H

#include <stdbool.h>

#include "base/buf.h"
#include "lang/parse/ast.h"
#include "lang/compile/code.h"

typedef enum rv_outcome {
    RV_RUN_OK,
    RV_RUN_EXCEPTION,    /* an uncaught Python exception */
    RV_RUN_SYNTAX,       /* SyntaxError / IndentationError before running */
    RV_RUN_UNSUPPORTED,  /* a construct outside the subset */
} rv_outcome_t;

typedef struct rv_run {
    rv_outcome_t outcome;
    rv_obj_t *exc;             /* the uncaught exception (owned), or NULL */
    rv_syntax_error_t syntax;  /* RV_RUN_SYNTAX, or an unsupported construct found by the parser */
    int line;                  /* where it stopped (innermost user frame) */
    char *what;                /* unsupported: what (owned) */
} rv_run_t;

/* Sets up the core and the interpreter (builtins, modules). */
/* Objects of the program are numbered from here on; the interpreter's own
 * (builtins, types) come before. */
#define RV_FIRST_PROGRAM_ID 1000
void rv_interp_init(void);
void rv_interp_finalize(void);

/* Parses, compiles and runs src.  Output goes to the VM's output sink; the
 * tracer's hook (if set) sees every event.  Returns the outcome; run->exc
 * holds the uncaught exception, to release with rv_run_release. */
rv_outcome_t rv_interp_run(const char *filename, const char *src, size_t len, rv_run_t *run);
void rv_run_release(rv_run_t *run);

/* Whether the model can run src, found without running it: it parses and
 * compiles, every module it imports and every name it imports from one is
 * modelled, and it calls neither input() nor open().  RV_RUN_UNSUPPORTED
 * sets run->what and run->line; RV_RUN_SYNTAX is a real syntax error (the
 * model reports it as python3 does).  Needs rv_interp_init; release run. */
rv_outcome_t rv_interp_check(const char *filename, const char *src, size_t len, rv_run_t *run);

/* The file name CPython 3.11 gives the code of `python3 filename` (its
 * co_filename, shown by tracebacks): made absolute by prefixing the working
 * directory, not normalized.  "<string>" (-c) and "<stdin>" stay.  Owned. */
char *rv_script_path(const char *filename);
/* The text python3 writes to stderr for an uncaught exception. */
void rv_format_traceback(rv_obj_t *exc, const char *src, rv_buf_t *out);
/* exc's own traceback and line, without the exceptions chained to it (and
 * without source lines), as PyErr_WriteUnraisable prints it. */
void rv_format_unraisable(rv_obj_t *exc, rv_buf_t *out);
/* The text python3 writes for a SyntaxError / IndentationError. */
void rv_format_syntax_error(const rv_syntax_error_t *e, const char *filename, const char *src,
                            rv_buf_t *out);
/* "ValueError: message" (or just the type name when str(exc) is empty). */
void rv_format_exception_only(rv_obj_t *exc, rv_buf_t *out);

#endif
