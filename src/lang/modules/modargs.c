/* src/lang/modules/modargs.c - argument parsing shared by the library
 * modules (see modargs.h): Argument Clinic's keyword parser, the binding
 * of a function CPython writes in Python, and clinic's converters. */
#include "lang/modules/modargs.h"

#include "base/buf.h"
#include "core/exc.h"
#include "core/obj_int.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"
#include "lang/modules/mod_math.h"
#include "lang/objects/class.h"

int rv_clinic_parse(const rv_clinic_t *c, rv_obj_t *const *args, size_t nargs,
                    rv_obj_t *kwnames, rv_obj_t **out)
{
    size_t nkw = kwnames ? rv_tuple_len(kwnames) : 0, nparams = 0;
    while (c->names[nparams])
        out[nparams++] = NULL;
    if (nargs + nkw > nparams) {
        rv_err_format(&rv_exc_TypeError, "%s() takes at most %zu %sargument%s (%zu given)",
                      c->fname, nparams, nargs == 0 ? "keyword " : "", nparams == 1 ? "" : "s",
                      nargs + nkw);
        return -1;
    }
    size_t minposonly = c->nposonly < c->nreq ? c->nposonly : c->nreq;
    if (nargs > c->npos || nargs < minposonly) {
        size_t n = nargs > c->npos ? c->npos : minposonly;
        bool exact = nargs > c->npos ? c->nreq >= c->npos : minposonly >= c->npos;
        rv_err_format(&rv_exc_TypeError, "%s() takes %s %zu positional argument%s (%zu given)",
                      c->fname, exact ? "exactly" : nargs > c->npos ? "at most" : "at least", n,
                      n == 1 ? "" : "s", nargs);
        return -1;
    }
    for (size_t i = 0; i < nargs; i++)
        out[i] = args[i];
    size_t used = 0;
    for (size_t i = nargs > c->nposonly ? nargs : c->nposonly; i < nparams; i++) {
        for (size_t k = 0; k < nkw; k++)
            if (rv_str_eq_cstr(rv_tuple_get_borrow(kwnames, k), c->names[i]))
                out[i] = args[nargs + k];
        if (out[i])
            used++;
        else if (i < c->nreq) {
            rv_err_format(&rv_exc_TypeError, "%s() missing required argument '%s' (pos %zu)",
                          c->fname, c->names[i], i + 1);
            return -1;
        }
    }
    if (used == nkw)
        return 0;
    for (size_t k = 0; k < nkw; k++) {
        rv_obj_t *name = rv_tuple_get_borrow(kwnames, k);
        for (size_t i = c->nposonly; i < nargs; i++)
            if (rv_str_eq_cstr(name, c->names[i])) {
                rv_err_format(&rv_exc_TypeError,
                              "argument for %s() given by name ('%s') and position (%zu)",
                              c->fname, c->names[i], i + 1);
                return -1;
            }
    }
    for (size_t k = 0; k < nkw; k++) {
        rv_obj_t *name = rv_tuple_get_borrow(kwnames, k);
        bool known = false;
        for (size_t i = c->nposonly; i < nparams; i++)
            known |= rv_str_eq_cstr(name, c->names[i]);
        if (!known) {
            rv_err_format(&rv_exc_TypeError, "'%s' is an invalid keyword argument for %s()",
                          rv_str_utf8(name), c->fname);
            return -1;
        }
    }
    return 0;
}

int rv_arg_positional(const char *fname, size_t nargs, size_t min, size_t max)
{
    if (nargs < min) {
        rv_err_format(&rv_exc_TypeError, "%s expected %s%zu argument%s, got %zu", fname,
                      min == max ? "" : "at least ", min, min == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs > max) {
        rv_err_format(&rv_exc_TypeError, "%s expected %s%zu argument%s, got %zu", fname,
                      min == max ? "" : "at most ", max, max == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

/* ceval's initialize_locals, for the signatures rv_pysig_t describes:
 * keywords are bound before the positional count is checked, as there. */
int rv_pysig_bind(const rv_pysig_t *s, rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames,
                  rv_obj_t **out)
{
    size_t nparams = 0;
    while (s->names[nparams])
        out[nparams++] = NULL;
    size_t npos = nargs < s->npos ? nargs : s->npos;
    for (size_t i = 0; i < npos; i++)
        out[i] = args[i];
    size_t nkw = kwnames ? rv_tuple_len(kwnames) : 0;
    for (size_t k = 0; k < nkw; k++) {
        rv_obj_t *name = rv_tuple_get_borrow(kwnames, k);
        size_t i = 0;
        while (i < nparams && !rv_str_eq_cstr(name, s->names[i]))
            i++;
        if (i == nparams) {
            rv_err_format(&rv_exc_TypeError, "%s() got an unexpected keyword argument '%s'",
                          s->fname, rv_str_utf8(name));
            return -1;
        }
        if (out[i]) {
            rv_err_format(&rv_exc_TypeError, "%s() got multiple values for argument '%s'",
                          s->fname, s->names[i]);
            return -1;
        }
        out[i] = args[nargs + k];
    }
    if (nargs > s->npos && !s->varargs) {
        if (s->nreq < s->npos)
            rv_err_format(&rv_exc_TypeError,
                          "%s() takes from %zu to %zu positional arguments but %zu %s given",
                          s->fname, s->nreq, s->npos, nargs, nargs == 1 ? "was" : "were");
        else
            rv_err_format(&rv_exc_TypeError,
                          "%s() takes %zu positional argument%s but %zu %s given", s->fname,
                          s->npos, s->npos == 1 ? "" : "s", nargs, nargs == 1 ? "was" : "were");
        return -1;
    }
    size_t missing = 0;
    for (size_t i = 0; i < s->nreq; i++)
        missing += !out[i];
    if (!missing)
        return 0;
    /* format_missing: "'a'", "'a' and 'b'", "'a', 'b', and 'c'". */
    rv_buf_t b;
    rv_buf_init(&b);
    size_t n = 0;
    for (size_t i = 0; i < s->nreq; i++) {
        if (out[i])
            continue;
        if (n > 0)
            rv_buf_adds(&b, missing == 2 ? " and " : n + 1 == missing ? ", and " : ", ");
        rv_buf_printf(&b, "'%s'", s->names[i]);
        n++;
    }
    rv_err_format(&rv_exc_TypeError, "%s() missing %zu required positional argument%s: %s",
                  s->fname, missing, missing == 1 ? "" : "s", rv_buf_cstr(&b));
    rv_buf_free(&b);
    return -1;
}

void rv_arg_bad_type(const char *fname, int argnum, const char *expected, const rv_obj_t *o)
{
    const char *got = o == rv_None ? "None" : o->type->name;
    if (argnum)
        rv_err_format(&rv_exc_TypeError, "%s() argument %d must be %s, not %s", fname, argnum,
                      expected, got);
    else
        rv_err_format(&rv_exc_TypeError, "%s() argument must be %s, not %s", fname, expected,
                      got);
}

static int index_to_ssize(rv_obj_t *o, int64_t *out, const char *overflow)
{
    rv_obj_t *i = rv_math_index(o);
    if (!i)
        return -1;
    bool fits = rv_int_fits_i64(i, out);
    rv_decref(i);
    if (!fits) {
        rv_err_format(&rv_exc_OverflowError, "%s", overflow);
        return -1;
    }
    return 0;
}

int rv_arg_ssize(rv_obj_t *o, int64_t *out)
{
    return index_to_ssize(o, out, "Python int too large to convert to C ssize_t");
}

int rv_arg_index_ssize(rv_obj_t *o, int64_t *out)
{
    return index_to_ssize(o, out, "cannot fit 'int' into an index-sized integer");
}

bool rv_arg_has_index(const rv_obj_t *o)
{
    if (rv_isinstance(o, &rv_int_type))
        return true;
    return rv_is_heap_type(o->type) && rv_class_lookup_cstr(o->type, "__index__");
}
