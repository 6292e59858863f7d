/* src/lang/modules/contextlib.c - contextlib.suppress (Lib/contextlib.py), the
 * context manager refviz offers to show the with statement's protocol.  It
 * is a Python class in CPython: an instance holds `_exceptions` in its
 * __dict__, drawn here as a named reference. */
#include "lang/modules/contextlib.h"

#include <string.h>

#include "core/exc.h"
#include "core/heap.h"
#include "core/obj_bool.h"
#include "core/obj_misc.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"

typedef struct suppress {
    rv_obj_t ob;
    rv_obj_t *exceptions; /* tuple */
} suppress_t;

static void suppress_clear(rv_obj_t *o)
{
    rv_clearref(&((suppress_t *)o)->exceptions);
}

static void suppress_traverse(rv_obj_t *o, rv_visit_fn visit, void *ctx)
{
    suppress_t *s = (suppress_t *)o;
    /* Not drawn: an instance of a library class shows no references
     * (the spec's refs by kind). */
    rv_edge_t e = { .kind = RV_EDGE_HIDDEN };
    if (s->exceptions)
        visit(s->exceptions, &e, ctx);
}

static int suppress_hash(rv_obj_t *o, int64_t *out)
{
    *out = (int64_t)o->id;
    return 0;
}

static size_t suppress_size(rv_obj_t *o)
{
    (void)o;
    return 56; /* an instance of a class with a __dict__, CPython 3.11 */
}

static rv_obj_t *suppress_make(rv_type_t *type, rv_obj_t *const *args, size_t nargs,
                               rv_obj_t *kwnames)
{
    if (kwnames && rv_tuple_len(kwnames)) {
        rv_err_format(&rv_exc_TypeError, "suppress.__init__() got an unexpected keyword argument '%s'",
                      rv_str_utf8(rv_tuple_get_borrow(kwnames, 0)));
        return NULL;
    }
    rv_obj_t *t = rv_tuple_from_array(args, nargs);
    if (!t)
        return NULL;
    suppress_t *s = rv_obj_alloc(type, sizeof(suppress_t));
    s->exceptions = t;
    return &s->ob;
}

static rv_obj_t *suppress_enter(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                rv_obj_t *kwnames)
{
    (void)self;
    (void)args;
    if (rv_arg_no_kw("__enter__", kwnames) < 0 || rv_arg_count("__enter__", nargs, 0, 0) < 0)
        return NULL;
    return rv_incref(rv_None);
}

/* issubclass(exctype, self._exceptions), with issubclass's checks. */
static int suppresses(suppress_t *s, rv_obj_t *exctype)
{
    if (!rv_isinstance(exctype, &rv_type_type)) {
        rv_err_format(&rv_exc_TypeError, "issubclass() arg 1 must be a class");
        return -1;
    }
    size_t n = rv_tuple_len(s->exceptions);
    for (size_t i = 0; i < n; i++) {
        rv_obj_t *t = rv_tuple_get_borrow(s->exceptions, i);
        if (!rv_isinstance(t, &rv_type_type)) {
            rv_err_format(&rv_exc_TypeError,
                          "issubclass() arg 2 must be a class, a tuple of classes, or a union");
            return -1;
        }
        if (rv_type_is_subtype((rv_type_t *)exctype, (rv_type_t *)t) || exctype == t)
            return 1;
    }
    return 0;
}

static rv_obj_t *suppress_exit(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                               rv_obj_t *kwnames)
{
    static const char *const params[] = { "exctype", "excinst", "exctb" };
    if (kwnames && rv_tuple_len(kwnames)) {
        rv_err_format(&rv_exc_TypeError,
                      "suppress.__exit__() got an unexpected keyword argument '%s'",
                      rv_str_utf8(rv_tuple_get_borrow(kwnames, 0)));
        return NULL;
    }
    if (nargs > 3) {
        rv_err_format(&rv_exc_TypeError,
                      "suppress.__exit__() takes 4 positional arguments but %zu were given",
                      nargs + 1);
        return NULL;
    }
    if (nargs < 3) {
        size_t missing = 3 - nargs;
        if (missing == 1)
            rv_err_format(&rv_exc_TypeError,
                          "suppress.__exit__() missing 1 required positional argument: '%s'",
                          params[2]);
        else if (missing == 2)
            rv_err_format(&rv_exc_TypeError,
                          "suppress.__exit__() missing 2 required positional arguments: "
                          "'%s' and '%s'", params[1], params[2]);
        else
            rv_err_format(&rv_exc_TypeError,
                          "suppress.__exit__() missing 3 required positional arguments: "
                          "'exctype', 'excinst', and 'exctb'");
        return NULL;
    }
    /* 3.11: return exctype is not None and issubclass(exctype, ...) */
    if (args[0] == rv_None)
        return rv_bool_from(false);
    int r = suppresses((suppress_t *)self, args[0]);
    if (r < 0)
        return NULL;
    return rv_bool_from(r);
}

static const rv_method_t suppress_methods[] = {
    { "__enter__", suppress_enter, 0 },
    { "__exit__", suppress_exit, 0 },
    { NULL, NULL, 0 },
};

rv_type_t rv_suppress_type = {
    .name = "suppress",
    .ext = "contextlib", /* its module, for repr(suppress) */
    .flags = RV_TF_GC | RV_TF_MUTABLE | RV_TF_PYCLASS | RV_TF_ABCMETA | RV_TF_BASETYPE,
    .clear = suppress_clear,
    .release = rv_obj_free,
    .traverse = suppress_traverse,
    .repr = rv_default_repr,
    .hash = suppress_hash,
    .size = suppress_size,
    .methods = suppress_methods,
    .make = suppress_make,
};
