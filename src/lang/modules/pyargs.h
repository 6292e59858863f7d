/* src/lang/modules/pyargs.h - argument binding for library functions that
 * CPython writes in Python (random.Random's methods): the same rules and
 * messages as a call of a program function ("Random.randint() missing 1
 * required positional argument: 'b'"), for signatures without *args and
 * **kwargs.
 *
 * OWNERSHIP: as in core/object.h; the bound arguments are borrowed. */
#ifndef RV_LANG_MODULES_PYARGS_H
#define RV_LANG_MODULES_PYARGS_H

#include "core/object.h"

typedef struct rv_pysig {
    const char *qualname;     /* "Random.randint": the messages name it */
    const char *const *names; /* the positional parameters, then the keyword-only ones */
    size_t npos;              /* positional-or-keyword parameters (self included) */
    size_t nrequired;         /* the first nrequired of them have no default */
    size_t nkwonly;           /* keyword-only parameters, each with a default */
} rv_pysig_t;

/* Binds a call (positional arguments args[0..nargs), the keyword values
 * after them, named by kwnames) as CPython 3.11's initialize_locals does,
 * with its TypeErrors in its order: unexpected or repeated keywords, too
 * many positional arguments, missing ones.  out[i] gets the argument for
 * names[i], or NULL where the parameter takes its default. */
int rv_pyargs_bind(const rv_pysig_t *sig, rv_obj_t *const *args, size_t nargs,
                   rv_obj_t *kwnames, rv_obj_t **out);

#endif
