/* src/lang/modules/modargs.h - argument parsing the library modules share,
 * each with the messages CPython gives for that kind of function:
 * Argument Clinic's keyword parser (C functions with keywords), the
 * binding of a function CPython writes in Python (heapq.nlargest), and
 * the converters clinic generates (list, Py_ssize_t).
 *
 * OWNERSHIP: as in core/object.h; the out[] arrays hold borrowed references
 * (the arguments themselves). */
#ifndef RV_LANG_MODULES_MODARGS_H
#define RV_LANG_MODULES_MODARGS_H

#include <stdint.h>

#include "core/object.h"

/* What the argument clinic's keyword parser (_PyArg_UnpackKeywords) makes
 * of f(pos..., *, kw...) with `nposonly` positional-only parameters first,
 * `npos` positional ones in all and `nreq` of them required. */
typedef struct rv_clinic {
    const char *fname;
    const char *const *names; /* every parameter, NULL-terminated */
    size_t nposonly, npos, nreq;
} rv_clinic_t;

/* out[] gets each parameter of c->names (NULL when absent), or -1 with
 * CPython's message ("bisect_left() missing required argument 'x' (pos 2)"). */
int rv_clinic_parse(const rv_clinic_t *c, rv_obj_t *const *args, size_t nargs,
                    rv_obj_t *kwnames, rv_obj_t **out);

/* _PyArg_CheckPositional: "cycle expected 1 argument, got 0", "islice
 * expected at least 2 arguments, got 1" (also for one argument, where
 * rv_arg_count words METH_O's message). */
int rv_arg_positional(const char *fname, size_t nargs, size_t min, size_t max);

/* The signature of a function CPython writes in Python: `npos`
 * positional-or-keyword parameters (the first `nreq` required), then, if
 * `varargs`, *args, then keyword-only ones with defaults; names[] lists
 * the named parameters in that order, NULL-terminated. */
typedef struct rv_pysig {
    const char *fname;
    const char *const *names;
    size_t npos, nreq;
    bool varargs;
} rv_pysig_t;

/* Binds as CPython binds a Python function's arguments: out[] gets each
 * named parameter (NULL when absent: the caller supplies its default);
 * with varargs, the extra positional arguments are args[s->npos..nargs).
 * Messages as ceval's: "nlargest() missing 1 required positional
 * argument: 'iterable'", "... takes from 2 to 3 positional arguments but
 * 4 were given", "... got an unexpected keyword argument 'k'", "... got
 * multiple values for argument 'n'". */
int rv_pysig_bind(const rv_pysig_t *s, rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames,
                  rv_obj_t **out);

/* _PyArg_BadArgument: TypeError "f() argument 2 must be list, not tuple"
 * (argnum 0: "argument", for a function of one parameter; None is named
 * "None", any other object by its type's tp_name). */
void rv_arg_bad_type(const char *fname, int argnum, const char *expected, const rv_obj_t *o);

/* Clinic's Py_ssize_t converter: o.__index__() (TypeError "'float' object
 * cannot be interpreted as an integer"), OverflowError "Python int too
 * large to convert to C ssize_t" beyond 64 bits. */
int rv_arg_ssize(rv_obj_t *o, int64_t *out);

/* PyNumber_AsSsize_t(o, OverflowError): as rv_arg_ssize, but the overflow
 * message is "cannot fit 'int' into an index-sized integer". */
int rv_arg_index_ssize(rv_obj_t *o, int64_t *out);

/* Whether o has __index__ (an int, or a program class defining it):
 * CPython's _PyIndex_Check. */
bool rv_arg_has_index(const rv_obj_t *o);

#endif
