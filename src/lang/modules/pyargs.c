/* src/lang/modules/pyargs.c - binding a call to a Python signature for the
 * library functions modelled in C (pyargs.h).  The messages are those of
 * CPython 3.11's initialize_locals, missing_arguments and
 * too_many_positional (also in vm.c for program functions). */
#include "lang/modules/pyargs.h"

#include <stdio.h>
#include <string.h>

#include "base/buf.h"
#include "core/exc.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"

/* missing_arguments: "'a'", "'a' and 'b'", "'a', 'b', and 'c'". */
static void missing(const rv_pysig_t *sig, rv_obj_t **out, size_t from, size_t to)
{
    rv_buf_t names;
    rv_buf_init(&names);
    size_t n = 0, total = 0;
    for (size_t i = from; i < to; i++)
        total += !out[i];
    for (size_t i = from; i < to; i++) {
        if (out[i])
            continue;
        if (n > 0)
            rv_buf_adds(&names, total == 2 ? " and " : n + 1 == total ? ", and " : ", ");
        rv_buf_printf(&names, "'%s'", sig->names[i]);
        n++;
    }
    rv_err_format(&rv_exc_TypeError, "%s() missing %zu required positional argument%s: %s",
                  sig->qualname, total, total == 1 ? "" : "s", rv_buf_cstr(&names));
    rv_buf_free(&names);
}

static void too_many(const rv_pysig_t *sig, rv_obj_t **out, size_t given)
{
    size_t kwonly_given = 0;
    for (size_t i = sig->npos; i < sig->npos + sig->nkwonly; i++)
        kwonly_given += out[i] != NULL;
    char takes[64], kwsig[96] = "";
    bool plural;
    if (sig->nrequired < sig->npos) {
        plural = true;
        snprintf(takes, sizeof takes, "from %zu to %zu", sig->nrequired, sig->npos);
    } else {
        plural = sig->npos != 1;
        snprintf(takes, sizeof takes, "%zu", sig->npos);
    }
    if (kwonly_given)
        snprintf(kwsig, sizeof kwsig, " positional argument%s (and %zu keyword-only argument%s)",
                 given != 1 ? "s" : "", kwonly_given, kwonly_given != 1 ? "s" : "");
    rv_err_format(&rv_exc_TypeError, "%s() takes %s positional argument%s but %zu%s %s given",
                  sig->qualname, takes, plural ? "s" : "", given, kwsig,
                  given == 1 && !kwonly_given ? "was" : "were");
}

int rv_pyargs_bind(const rv_pysig_t *sig, rv_obj_t *const *args, size_t nargs,
                   rv_obj_t *kwnames, rv_obj_t **out)
{
    size_t total = sig->npos + sig->nkwonly;
    for (size_t i = 0; i < total; i++)
        out[i] = i < nargs && i < sig->npos ? args[i] : NULL;
    size_t nkw = kwnames ? rv_tuple_len(kwnames) : 0;
    for (size_t k = 0; k < nkw; k++) {
        rv_obj_t *name = rv_tuple_get_borrow(kwnames, k);
        size_t j = 0;
        while (j < total && !rv_str_eq_cstr(name, sig->names[j]))
            j++;
        if (j == total) {
            rv_err_format(&rv_exc_TypeError, "%s() got an unexpected keyword argument '%s'",
                          sig->qualname, rv_str_utf8(name));
            return -1;
        }
        if (out[j]) {
            rv_err_format(&rv_exc_TypeError, "%s() got multiple values for argument '%s'",
                          sig->qualname, sig->names[j]);
            return -1;
        }
        out[j] = args[nargs + k];
    }
    if (nargs > sig->npos) {
        too_many(sig, out, nargs);
        return -1;
    }
    for (size_t i = nargs; i < sig->nrequired; i++)
        if (!out[i]) {
            missing(sig, out, nargs, sig->nrequired);
            return -1;
        }
    return 0;
}
