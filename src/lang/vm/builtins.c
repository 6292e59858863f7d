/* src/lang/vm/builtins.c - the builtins module: functions, the built-in types
 * and exception classes under their Python names.
 *
 * refviz never touches the user's files, network or terminal input from a
 * program: input() and open() raise the unsupported error. */
#include <math.h>
#include <string.h>

#include "base/alloc.h"
#include "core/exc.h"
#include "core/heap.h"
#include "core/obj_bool.h"
#include "core/obj_bytearray.h"
#include "core/obj_bytes.h"
#include "core/obj_memoryview.h"
#include "core/obj_dict.h"
#include "core/obj_float.h"
#include "core/obj_int.h"
#include "core/obj_iter.h"
#include "core/obj_list.h"
#include "core/obj_misc.h"
#include "core/obj_set.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"
#include "lang/vm/builtins_int.h"
#include "lang/objects/class.h"
#include "lang/vm/vm.h"

static rv_obj_t *builtins_module;

/******************************************************************************/
/* keyword arguments                                                          */

/* Picks keyword arguments by name into out[] (NULL when absent); any other
 * keyword is an error in CPython's wording for `fname`. */
int rv_kwargs(const char *fname, rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames,
              const char *const *allowed, rv_obj_t **out)
{
    size_t nallowed = 0;
    while (allowed[nallowed])
        out[nallowed++] = NULL;
    size_t nkw = kwnames ? rv_tuple_len(kwnames) : 0;
    for (size_t k = 0; k < nkw; k++) {
        rv_obj_t *name = rv_tuple_get_borrow(kwnames, k);
        size_t i;
        for (i = 0; i < nallowed; i++)
            if (rv_str_eq_cstr(name, allowed[i]))
                break;
        if (i == nallowed) {
            rv_err_format(&rv_exc_TypeError, "%s() got an unexpected keyword argument '%s'",
                          fname, rv_str_utf8(name));
            return -1;
        }
        out[i] = args[nargs + k];
    }
    return 0;
}

static int unsupported(const char *what)
{
    rv_obj_t *msg = rv_str_from_cstr(what);
    rv_err_set_obj(&rv_exc_RefvizUnsupported, msg);
    rv_decref(msg);
    return -1;
}

/******************************************************************************/
/* output                                                                     */

static int check_sep(const char *what, rv_obj_t *v)
{
    if (v && v != rv_None && !rv_isinstance(v, &rv_str_type)) {
        rv_err_format(&rv_exc_TypeError, "%s must be None or a string, not %s", what,
                      v->type->name);
        return -1;
    }
    return 0;
}

static rv_obj_t *b_print(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames)
{
    static const char *const kw[] = { "sep", "end", "file", "flush", NULL };
    rv_obj_t *opt[4];
    if (rv_kwargs("print", args, nargs, kwnames, kw, opt) < 0)
        return NULL;
    if (check_sep("sep", opt[0]) < 0 || check_sep("end", opt[1]) < 0)
        return NULL;
    if (opt[2] && opt[2] != rv_None) {
        unsupported("print() to a file");
        return NULL;
    }
    /* CPython's builtin_print writes as it goes: each separator, then each
     * argument as soon as str() gave it, so what a program __str__ sees
     * printed (and what stays printed when one fails) is the output so far. */
    for (size_t i = 0; i < nargs; i++) {
        if (i) {
            if (opt[0] && opt[0] != rv_None)
                rv_vm_write(rv_str_utf8(opt[0]), rv_str_nbytes(opt[0]));
            else
                rv_vm_write(" ", 1);
        }
        rv_obj_t *s = rv_str(args[i]);
        if (!s)
            return NULL;
        rv_vm_write(rv_str_utf8(s), rv_str_nbytes(s));
        rv_decref(s);
    }
    if (opt[1] && opt[1] != rv_None)
        rv_vm_write(rv_str_utf8(opt[1]), rv_str_nbytes(opt[1]));
    else
        rv_vm_write("\n", 1);
    return rv_incref(rv_None);
}

static rv_obj_t *b_input(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames)
{
    unsupported("input() (refviz programs do not read the terminal)");
    return NULL;
}

static rv_obj_t *b_open(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames)
{
    unsupported("open() (refviz programs do not access files)");
    return NULL;
}

/******************************************************************************/
/* object inspection                                                          */

#define ONE_ARG(name)                                                   \
    if (rv_arg_no_kw(name, kwnames) < 0 || rv_arg_count(name, nargs, 1, 1) < 0) \
        return NULL

static rv_obj_t *b_len(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames)
{
    ONE_ARG("len");
    size_t n;
    if (rv_len(args[0], &n) < 0)
        return NULL;
    return rv_int_from_u64(n);
}

static rv_obj_t *b_id(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames)
{
    ONE_ARG("id");
    return rv_int_from_u64(args[0]->id);
}

static rv_obj_t *b_repr(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames)
{
    ONE_ARG("repr");
    return rv_repr(args[0]);
}

/* repr() with every non-ASCII character escaped (\\xNN, \\uNNNN, \\UNNNNNNNN). */
static rv_obj_t *b_ascii(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames)
{
    ONE_ARG("ascii");
    return rv_ascii(args[0]);
}

static rv_obj_t *b_hash(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames)
{
    ONE_ARG("hash");
    int64_t h;
    if (rv_hash(args[0], &h) < 0)
        return NULL;
    return rv_int_from_i64(h);
}

static rv_obj_t *b_callable(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                            rv_obj_t *kwnames)
{
    ONE_ARG("callable");
    return rv_bool_from(args[0]->type->call != NULL);
}

static int isinstance_one(rv_obj_t *o, rv_obj_t *cls, const char *fname)
{
    if (RV_IS(cls, rv_tuple_type)) {
        for (size_t i = 0; i < rv_tuple_len(cls); i++) {
            int r = isinstance_one(o, rv_tuple_get_borrow(cls, i), fname);
            if (r != 0)
                return r;
        }
        return 0;
    }
    if (!rv_isinstance(cls, &rv_type_type)) {
        /* typing's objects answer through __instancecheck__, which the
         * model of typing (mod_typing.c) leaves out */
        if (strncmp(cls->type->name, "typing.", 7) == 0)
            rv_err_format(&rv_exc_RefvizUnsupported, "%s() with typing.%s", fname,
                          rv_type_name(cls->type));
        else
            rv_err_format(&rv_exc_TypeError,
                          "%s() arg 2 must be a type, a tuple of types, or a union", fname);
        return -1;
    }
    return rv_isinstance(o, (rv_type_t *)cls);
}

static rv_obj_t *b_isinstance(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                              rv_obj_t *kwnames)
{
    if (rv_arg_no_kw("isinstance", kwnames) < 0 || rv_arg_count("isinstance", nargs, 2, 2) < 0)
        return NULL;
    int r = isinstance_one(args[0], args[1], "isinstance");
    return r < 0 ? NULL : rv_bool_from(r);
}

static rv_obj_t *b_issubclass(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                              rv_obj_t *kwnames)
{
    if (rv_arg_no_kw("issubclass", kwnames) < 0 || rv_arg_count("issubclass", nargs, 2, 2) < 0)
        return NULL;
    if (!rv_isinstance(args[0], &rv_type_type)) {
        rv_err_format(&rv_exc_TypeError, "issubclass() arg 1 must be a class");
        return NULL;
    }
    int r = isinstance_one(args[0], args[1], "issubclass");
    if (r < 0)
        return NULL;
    /* isinstance_one checked arg 2's shape; now the subtype relation. */
    rv_obj_t *cls = args[1];
    if (RV_IS(cls, rv_tuple_type)) {
        for (size_t i = 0; i < rv_tuple_len(cls); i++)
            if (rv_type_is_subtype((rv_type_t *)args[0],
                                   (rv_type_t *)rv_tuple_get_borrow(cls, i)))
                return rv_bool_from(true);
        return rv_bool_from(false);
    }
    return rv_bool_from(rv_type_is_subtype((rv_type_t *)args[0], (rv_type_t *)cls));
}

static rv_obj_t *b_getattr(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                           rv_obj_t *kwnames)
{
    if (rv_arg_no_kw("getattr", kwnames) < 0 || rv_arg_count("getattr", nargs, 2, 3) < 0)
        return NULL;
    if (!rv_isinstance(args[1], &rv_str_type)) {
        rv_err_format(&rv_exc_TypeError, "getattr(): attribute name must be string");
        return NULL;
    }
    rv_obj_t *r = rv_getattr(args[0], args[1]);
    if (!r && nargs == 3 && rv_err_matches(&rv_exc_AttributeError)) {
        rv_err_clear();
        return rv_incref(args[2]);
    }
    return r;
}

static rv_obj_t *b_hasattr(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                           rv_obj_t *kwnames)
{
    if (rv_arg_no_kw("hasattr", kwnames) < 0 || rv_arg_count("hasattr", nargs, 2, 2) < 0)
        return NULL;
    if (!rv_isinstance(args[1], &rv_str_type)) {
        rv_err_format(&rv_exc_TypeError, "hasattr(): attribute name must be string");
        return NULL;
    }
    rv_obj_t *r = rv_getattr(args[0], args[1]);
    if (r) {
        rv_decref(r);
        return rv_bool_from(true);
    }
    if (rv_err_matches(&rv_exc_AttributeError)) {
        rv_err_clear();
        return rv_bool_from(false);
    }
    return NULL;
}

/* delattr(obj, name): del obj.name. */
static rv_obj_t *b_delattr(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                           rv_obj_t *kwnames)
{
    (void)self;
    if (rv_arg_no_kw("delattr", kwnames) < 0 || rv_arg_count("delattr", nargs, 2, 2) < 0)
        return NULL;
    if (!rv_isinstance(args[1], &rv_str_type)) {
        rv_err_format(&rv_exc_TypeError, "attribute name must be string, not '%s'",
                      args[1]->type->name);
        return NULL;
    }
    if (rv_setattr(args[0], args[1], NULL) < 0)
        return NULL;
    return rv_incref(rv_None);
}

static rv_obj_t *b_setattr(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                           rv_obj_t *kwnames)
{
    if (rv_arg_no_kw("setattr", kwnames) < 0 || rv_arg_count("setattr", nargs, 3, 3) < 0)
        return NULL;
    if (!rv_isinstance(args[1], &rv_str_type)) {
        rv_err_format(&rv_exc_TypeError, "attribute name must be string, not '%s'",
                      args[1]->type->name);
        return NULL;
    }
    if (rv_setattr(args[0], args[1], args[2]) < 0)
        return NULL;
    return rv_incref(rv_None);
}

/******************************************************************************/
/* iteration                                                                  */

static rv_obj_t *b_iter(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames)
{
    if (rv_arg_no_kw("iter", kwnames) < 0 || rv_arg_count("iter", nargs, 1, 2) < 0)
        return NULL;
    if (nargs == 2) {
        if (!args[0]->type->call) {
            rv_err_format(&rv_exc_TypeError, "iter(v, w): v must be callable");
            return NULL;
        }
        return rv_calliter_new(args[0], args[1]);
    }
    return rv_iter(args[0]);
}

static rv_obj_t *b_next(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames)
{
    if (rv_arg_no_kw("next", kwnames) < 0 || rv_arg_count("next", nargs, 1, 2) < 0)
        return NULL;
    if (!args[0]->type->next) {
        rv_err_format(&rv_exc_TypeError, "'%s' object is not an iterator", args[0]->type->name);
        return NULL;
    }
    /* A generator's return value rides on the StopIteration. */
    rv_obj_t *retval = NULL;
    rv_obj_t *r = RV_IS(args[0], rv_generator_type) ? rv_generator_send(args[0], rv_None, &retval)
                                                   : rv_next(args[0]);
    if (r || rv_err_occurred())
        return r;
    if (nargs == 2) {
        rv_xdecref(retval);
        return rv_incref(args[1]);
    }
    rv_err_set_obj(&rv_exc_StopIteration, retval == rv_None ? NULL : retval);
    rv_xdecref(retval);
    return NULL;
}

/* globals(): the dict of the calling frame's module (its own object, so
 * `g = globals()` and the module's names are one dict). */
static rv_obj_t *b_globals(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                           rv_obj_t *kwnames)
{
    (void)self;
    (void)args;
    if (rv_arg_no_kw("globals", kwnames) < 0 || rv_arg_count("globals", nargs, 0, 0) < 0)
        return NULL;
    rv_frame_t *f = rv_vm_current_frame();
    return rv_incref(f ? f->globals : rv_builtins_dict());
}

/* vars(obj): obj.__dict__ ("vars() argument must have __dict__ attribute"). */
static rv_obj_t *b_vars(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames)
{
    (void)self;
    if (rv_arg_no_kw("vars", kwnames) < 0 || rv_arg_count("vars", nargs, 1, 1) < 0)
        return NULL;
    rv_obj_t *d = rv_getattr_cstr(args[0], "__dict__");
    if (!d && rv_err_matches(&rv_exc_AttributeError)) {
        rv_err_clear();
        rv_err_format(&rv_exc_TypeError, "vars() argument must have __dict__ attribute");
    }
    return d;
}

static rv_obj_t *b_sorted(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                          rv_obj_t *kwnames)
{
    static const char *const kw[] = { "key", "reverse", NULL };
    rv_obj_t *opt[2];
    if (rv_arg_count("sorted", nargs, 1, 1) < 0)
        return NULL;
    size_t nkw = kwnames ? rv_tuple_len(kwnames) : 0;
    for (size_t k = 0; k < nkw; k++) {
        rv_obj_t *n = rv_tuple_get_borrow(kwnames, k);
        if (!rv_str_eq_cstr(n, "key") && !rv_str_eq_cstr(n, "reverse")) {
            rv_err_format(&rv_exc_TypeError, "'%s' is an invalid keyword argument for sort()",
                          rv_str_utf8(n));
            return NULL;
        }
    }
    rv_kwargs("sorted", args, nargs, kwnames, kw, opt);
    rv_obj_t *l = rv_list_from_iterable(args[0]);
    if (!l)
        return NULL;
    int rev = opt[1] ? rv_truth(opt[1]) : 0;
    if (rev < 0 || rv_list_sort(l, opt[0] == rv_None ? NULL : opt[0], rev) < 0) {
        rv_decref(l);
        return NULL;
    }
    return l;
}

static rv_obj_t *b_sum(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames)
{
    static const char *const kw[] = { "start", NULL };
    rv_obj_t *opt[1];
    if (rv_arg_count("sum", nargs, 1, 2) < 0 ||
        rv_kwargs("sum", args, nargs, kwnames, kw, opt) < 0)
        return NULL;
    rv_obj_t *start = nargs == 2 ? args[1] : opt[0];
    if (start && rv_isinstance(start, &rv_str_type)) {
        rv_err_format(&rv_exc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
        return NULL;
    }
    rv_obj_t *it = rv_iter(args[0]);
    if (!it)
        return NULL;
    rv_obj_t *acc = start ? rv_incref(start) : rv_int_from_i64(0);
    rv_obj_t *x;
    while ((x = rv_next(it)) != NULL) {
        rv_obj_t *r = rv_binop(RV_OP_ADD, acc, x);
        rv_decref(x);
        rv_decref(acc);
        acc = r;
        if (!acc)
            break;
    }
    rv_decref(it);
    if (acc && rv_err_occurred()) {
        rv_decref(acc);
        return NULL;
    }
    return acc;
}

static rv_obj_t *minmax(const char *fname, rv_cmpop_t op, rv_obj_t *const *args, size_t nargs,
                        rv_obj_t *kwnames)
{
    static const char *const kw[] = { "key", "default", NULL };
    rv_obj_t *opt[2];
    if (rv_kwargs(fname, args, nargs, kwnames, kw, opt) < 0)
        return NULL;
    if (nargs == 0) {
        rv_err_format(&rv_exc_TypeError, "%s expected at least 1 argument, got 0", fname);
        return NULL;
    }
    if (nargs > 1 && opt[1]) {
        rv_err_format(&rv_exc_TypeError,
                      "Cannot specify a default for %s() with multiple positional arguments",
                      fname);
        return NULL;
    }
    rv_obj_t *key = opt[0] == rv_None ? NULL : opt[0];
    rv_obj_t *it;
    if (nargs == 1) {
        it = rv_iter(args[0]);
    } else {
        rv_obj_t *t = rv_tuple_from_array(args, nargs);
        it = rv_iter(t);
        rv_decref(t);
    }
    if (!it)
        return NULL;
    rv_obj_t *best = NULL, *bestkey = NULL, *x;
    while ((x = rv_next(it)) != NULL) {
        rv_obj_t *k = key ? rv_call1(key, x) : rv_incref(x);
        if (!k) {
            rv_decref(x);
            goto fail;
        }
        if (!best) {
            best = x;
            bestkey = k;
            continue;
        }
        int better = rv_richcompare_bool(k, bestkey, op);
        if (better < 0) {
            rv_decref(x);
            rv_decref(k);
            goto fail;
        }
        if (better) {
            rv_decref(best);
            rv_decref(bestkey);
            best = x;
            bestkey = k;
        } else {
            rv_decref(x);
            rv_decref(k);
        }
    }
    if (rv_err_occurred())
        goto fail;
    rv_decref(it);
    rv_xdecref(bestkey);
    if (!best) {
        if (opt[1])
            return rv_incref(opt[1]);
        rv_err_format(&rv_exc_ValueError, "%s() arg is an empty sequence", fname);
        return NULL;
    }
    return best;
fail:
    rv_decref(it);
    rv_xdecref(best);
    rv_xdecref(bestkey);
    return NULL;
}

static rv_obj_t *b_min(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames)
{
    return minmax("min", RV_LT, args, nargs, kwnames);
}

static rv_obj_t *b_max(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames)
{
    return minmax("max", RV_GT, args, nargs, kwnames);
}

static rv_obj_t *any_all(const char *fname, bool want, rv_obj_t *const *args, size_t nargs,
                         rv_obj_t *kwnames)
{
    if (rv_arg_no_kw(fname, kwnames) < 0 || rv_arg_count(fname, nargs, 1, 1) < 0)
        return NULL;
    rv_obj_t *it = rv_iter(args[0]);
    if (!it)
        return NULL;
    rv_obj_t *x;
    bool found = false;
    while ((x = rv_next(it)) != NULL) {
        int t = rv_truth(x);
        rv_decref(x);
        if (t < 0) {
            rv_decref(it);
            return NULL;
        }
        if ((t != 0) == want) {
            found = true;
            break;
        }
    }
    rv_decref(it);
    if (rv_err_occurred())
        return NULL;
    /* any: True when one is true; all: False when one is false. */
    return rv_bool_from(want ? found : !found);
}

static rv_obj_t *b_any(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames)
{
    return any_all("any", true, args, nargs, kwnames);
}

static rv_obj_t *b_all(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames)
{
    return any_all("all", false, args, nargs, kwnames);
}

/******************************************************************************/
/* numbers and characters                                                     */

static rv_obj_t *b_abs(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames)
{
    ONE_ARG("abs");
    rv_obj_t *x = args[0];
    if (rv_isinstance(x, &rv_int_type)) {
        if (rv_int_sign(x) < 0)
            return rv_unop(RV_UOP_NEG, x);
        return rv_unop(RV_UOP_POS, x);
    }
    if (RV_IS(x, rv_float_type))
        return rv_float_from_double(fabs(rv_float_value(x)));
    if (x->type->pynumber) { /* a NumPy scalar: its value's (a Python number, not NumPy's) */
        rv_obj_t *v = x->type->pynumber(x);
        rv_obj_t *r = b_abs(self, &v, 1, NULL);
        rv_decref(v);
        return r;
    }
    rv_err_format(&rv_exc_TypeError, "bad operand type for abs(): '%s'", x->type->name);
    return NULL;
}

static rv_obj_t *b_round(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames)
{
    static const char *const kw[] = { "number", "ndigits", NULL };
    rv_obj_t *opt[2];
    if (rv_arg_count("round", nargs, 0, 2) < 0 ||
        rv_kwargs("round", args, nargs, kwnames, kw, opt) < 0)
        return NULL;
    rv_obj_t *x = nargs >= 1 ? args[0] : opt[0];
    rv_obj_t *nd = nargs >= 2 ? args[1] : opt[1];
    if (!x) {
        rv_err_format(&rv_exc_TypeError, "round() missing required argument 'number' (pos 1)");
        return NULL;
    }
    if (nd == rv_None)
        nd = NULL;
    if (nd && !rv_isinstance(nd, &rv_int_type)) {
        rv_err_format(&rv_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                      nd->type->name);
        return NULL;
    }
    if (RV_IS(x, rv_float_type))
        return rv_float_round(x, nd);
    if (rv_isinstance(x, &rv_int_type))
        return rv_int_round(x, nd);
    if (x->type->pynumber) { /* a NumPy scalar: rounded as its Python value */
        rv_obj_t *v = x->type->pynumber(x);
        rv_obj_t *r = RV_IS(v, rv_float_type) ? rv_float_round(v, nd) : rv_int_round(v, nd);
        rv_decref(v);
        return r;
    }
    rv_err_format(&rv_exc_TypeError, "type %s doesn't define __round__ method", x->type->name);
    return NULL;
}

static rv_obj_t *b_divmod(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                          rv_obj_t *kwnames)
{
    if (rv_arg_no_kw("divmod", kwnames) < 0 || rv_arg_count("divmod", nargs, 2, 2) < 0)
        return NULL;
    rv_obj_t *a = args[0], *b = args[1];
    bool numbers = (rv_isinstance(a, &rv_int_type) || RV_IS(a, rv_float_type)) &&
                   (rv_isinstance(b, &rv_int_type) || RV_IS(b, rv_float_type));
    if (!numbers) {
        rv_err_format(&rv_exc_TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'",
                      a->type->name, b->type->name);
        return NULL;
    }
    rv_obj_t *q = rv_binop(RV_OP_FLOORDIV, a, b);
    if (!q) {
        if (rv_err_matches(&rv_exc_ZeroDivisionError) &&
            (RV_IS(a, rv_float_type) || RV_IS(b, rv_float_type))) {
            rv_err_clear();
            rv_err_format(&rv_exc_ZeroDivisionError, "float divmod()");
        }
        return NULL;
    }
    rv_obj_t *r = rv_binop(RV_OP_MOD, a, b);
    if (!r) {
        rv_decref(q);
        return NULL;
    }
    rv_obj_t *t = rv_tuple_new(2);
    rv_tuple_set_steal(t, 0, q);
    rv_tuple_set_steal(t, 1, r);
    return t;
}

/* x such that a * x % m == 1 (CPython's long_invmod). */
static rv_obj_t *mod_inverse(rv_obj_t *a, rv_obj_t *m)
{
    rv_obj_t *old_r = rv_incref(a), *r = rv_unop(RV_UOP_POS, m);
    rv_obj_t *old_s = rv_int_from_i64(1), *s = rv_int_from_i64(0);
    while (rv_int_sign(r) != 0) {
        rv_obj_t *q = rv_binop(RV_OP_FLOORDIV, old_r, r);
        rv_obj_t *qr = rv_binop(RV_OP_MUL, q, r), *qs = rv_binop(RV_OP_MUL, q, s);
        rv_obj_t *nr = rv_binop(RV_OP_SUB, old_r, qr), *ns = rv_binop(RV_OP_SUB, old_s, qs);
        rv_decref(q);
        rv_decref(qr);
        rv_decref(qs);
        rv_decref(old_r);
        rv_decref(old_s);
        old_r = r;
        old_s = s;
        r = nr;
        s = ns;
    }
    rv_obj_t *one = rv_int_from_i64(1), *neg1 = rv_int_from_i64(-1);
    bool unit = rv_int_cmp(old_r, one) == 0 || rv_int_cmp(old_r, neg1) == 0;
    rv_obj_t *res = NULL;
    if (unit) {
        rv_obj_t *signed_s = rv_int_cmp(old_r, one) == 0 ? rv_incref(old_s) : rv_unop(RV_UOP_NEG, old_s);
        res = rv_binop(RV_OP_MOD, signed_s, m);
        rv_decref(signed_s);
    } else {
        rv_err_format(&rv_exc_ValueError, "base is not invertible for the given modulus");
    }
    rv_decref(one);
    rv_decref(neg1);
    rv_decref(old_r);
    rv_decref(r);
    rv_decref(old_s);
    rv_decref(s);
    return res;
}

static rv_obj_t *b_pow(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames)
{
    if (rv_arg_no_kw("pow", kwnames) < 0 || rv_arg_count("pow", nargs, 2, 3) < 0)
        return NULL;
    if (nargs == 2 || args[2] == rv_None)
        return rv_binop(RV_OP_POW, args[0], args[1]);
    rv_obj_t *base = args[0], *exp = args[1], *mod = args[2];
    if (!rv_isinstance(base, &rv_int_type) || !rv_isinstance(exp, &rv_int_type) ||
        !rv_isinstance(mod, &rv_int_type)) {
        rv_err_format(&rv_exc_TypeError,
                      "pow() 3rd argument not allowed unless all arguments are integers");
        return NULL;
    }
    if (rv_int_sign(mod) == 0) {
        rv_err_format(&rv_exc_ValueError, "pow() 3rd argument cannot be 0");
        return NULL;
    }
    rv_obj_t *b = rv_binop(RV_OP_MOD, base, mod);
    rv_obj_t *e = rv_incref(exp);
    if (b && rv_int_sign(exp) < 0) {
        /* A negative exponent uses the modular inverse (extended Euclid). */
        rv_obj_t *inv = mod_inverse(b, mod);
        rv_decref(b);
        b = inv;
        rv_decref(e);
        e = rv_unop(RV_UOP_NEG, exp);
        if (!b) {
            rv_decref(e);
            return NULL;
        }
    }
    /* Square-and-multiply on the bits of exp, low to high, read from its
     * digits once: shifting a 10**5-digit exponent right a bit at a time
     * was quadratic (pow(3, 10**100000, m) took 40 s). */
    rv_obj_t *result = rv_binop(RV_OP_MOD, rv_True, mod);
    uint32_t *words;
    rv_int_abs_words(e, &words);
    size_t nbits = rv_int_bit_length(e);
    for (size_t i = 0; result && b && i < nbits; i++) {
        if (words[i / 32] >> (i % 32) & 1) {
            rv_obj_t *t = rv_binop(RV_OP_MUL, result, b);
            rv_decref(result);
            result = t ? rv_binop(RV_OP_MOD, t, mod) : NULL;
            rv_xdecref(t);
        }
        if (i + 1 == nbits)
            break; /* the square would not be used */
        rv_obj_t *sq = rv_binop(RV_OP_MUL, b, b);
        rv_decref(b);
        b = sq ? rv_binop(RV_OP_MOD, sq, mod) : NULL;
        rv_xdecref(sq);
    }
    rv_free(words);
    rv_xdecref(b);
    rv_decref(e);
    if (result && rv_int_sign(result) != 0 && rv_int_sign(result) != rv_int_sign(mod)) {
        rv_obj_t *t = rv_binop(RV_OP_ADD, result, mod);
        rv_decref(result);
        result = t;
    }
    return result;
}

static rv_obj_t *b_ord(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames)
{
    ONE_ARG("ord");
    rv_obj_t *s = args[0];
    if (RV_IS(s, rv_bytes_type) || RV_IS(s, rv_bytearray_type)) {
        /* A bytes or bytearray of length 1 gives its byte. */
        rv_buffer_t v;
        rv_buffer_get(s, &v);
        size_t n = v.len;
        int c = n == 1 ? v.data[0] : -1;
        rv_buffer_release(&v);
        if (c < 0) {
            rv_err_format(&rv_exc_TypeError,
                          "ord() expected a character, but string of length %zu found", n);
            return NULL;
        }
        return rv_int_from_i64(c);
    }
    if (!rv_isinstance(s, &rv_str_type)) {
        rv_err_format(&rv_exc_TypeError, "ord() expected string of length 1, but %s found",
                      s->type->name);
        return NULL;
    }
    if (rv_str_len(s) != 1) {
        rv_err_format(&rv_exc_TypeError,
                      "ord() expected a character, but string of length %zu found",
                      rv_str_len(s));
        return NULL;
    }
    return rv_int_from_i64(rv_str_char_at(s, 0));
}

static rv_obj_t *b_chr(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames)
{
    ONE_ARG("chr");
    if (args[0]->type->index) { /* a class's __index__ */
        rv_obj_t *v = rv_index_value(args[0]);
        rv_obj_t *r = v ? b_chr(self, &v, 1, NULL) : NULL;
        rv_xdecref(v);
        return r;
    }
    if (!rv_isinstance(args[0], &rv_int_type)) {
        rv_err_format(&rv_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                      args[0]->type->name);
        return NULL;
    }
    int64_t v;
    if (!rv_int_fits_i64(args[0], &v)) {
        rv_err_format(&rv_exc_OverflowError, "Python int too large to convert to C int");
        return NULL;
    }
    if (v < 0 || v > 0x10FFFF) {
        rv_err_format(&rv_exc_ValueError, "chr() arg not in range(0x110000)");
        return NULL;
    }
    return rv_str_from_codepoint((uint32_t)v);
}

static rv_obj_t *int_text(rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames,
                          const char *fname, int base, const char *prefix)
{
    if (rv_arg_no_kw(fname, kwnames) < 0 || rv_arg_count(fname, nargs, 1, 1) < 0)
        return NULL;
    if (args[0]->type->index) { /* a class's __index__ */
        rv_obj_t *v = rv_index_value(args[0]);
        rv_obj_t *r = v ? int_text(&v, 1, NULL, fname, base, prefix) : NULL;
        rv_xdecref(v);
        return r;
    }
    if (!rv_isinstance(args[0], &rv_int_type)) {
        rv_err_format(&rv_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                      args[0]->type->name);
        return NULL;
    }
    rv_buf_t b = RV_BUF_INIT;
    if (rv_int_sign(args[0]) < 0)
        rv_buf_addc(&b, '-');
    rv_buf_adds(&b, prefix);
    rv_int_abs_to_base(args[0], base, &b);
    rv_obj_t *s = rv_str_from_buf(&b);
    rv_buf_free(&b);
    return s;
}

static rv_obj_t *b_bin(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames)
{
    return int_text(args, nargs, kwnames, "bin", 2, "0b");
}

static rv_obj_t *b_oct(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames)
{
    return int_text(args, nargs, kwnames, "oct", 8, "0o");
}

static rv_obj_t *b_hex(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames)
{
    return int_text(args, nargs, kwnames, "hex", 16, "0x");
}

static rv_obj_t *b_format(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                          rv_obj_t *kwnames)
{
    if (rv_arg_no_kw("format", kwnames) < 0 || rv_arg_count("format", nargs, 1, 2) < 0)
        return NULL;
    if (nargs == 2 && !rv_isinstance(args[1], &rv_str_type)) {
        rv_err_format(&rv_exc_TypeError, "format() argument 2 must be str, not %s",
                      args[1]->type->name);
        return NULL;
    }
    rv_obj_t *empty = nargs == 2 ? NULL : rv_str_from_cstr("");
    rv_obj_t *r = rv_format(args[0], nargs == 2 ? args[1] : empty);
    rv_xdecref(empty);
    return r;
}

/******************************************************************************/

static const rv_method_t builtin_functions[] = {
    { "print", b_print, 0 },       { "input", b_input, 0 },
    { "open", b_open, 0 },         { "len", b_len, 0 },
    { "id", b_id, 0 },             { "repr", b_repr, 0 },
    { "hash", b_hash, 0 },         { "callable", b_callable, 0 },
    { "ascii", b_ascii, 0 },
    { "isinstance", b_isinstance, 0 }, { "issubclass", b_issubclass, 0 },
    { "getattr", b_getattr, 0 },   { "hasattr", b_hasattr, 0 },
    { "setattr", b_setattr, 0 },   { "iter", b_iter, 0 },
    { "next", b_next, 0 },         { "sorted", b_sorted, 0 },
    { "sum", b_sum, 0 },           { "min", b_min, 0 },
    { "max", b_max, 0 },           { "any", b_any, 0 },
    { "all", b_all, 0 },           { "abs", b_abs, 0 },
    { "round", b_round, 0 },       { "divmod", b_divmod, 0 },
    { "pow", b_pow, 0 },           { "ord", b_ord, 0 },
    { "chr", b_chr, 0 },           { "bin", b_bin, 0 },
    { "oct", b_oct, 0 },           { "hex", b_hex, 0 },
    { "format", b_format, 0 },     { "vars", b_vars, 0 },
    { "globals", b_globals, 0 },   { "delattr", b_delattr, 0 },
    { NULL, NULL, 0 },
};

static rv_type_t *const builtin_types[] = {
    &rv_int_type, &rv_float_type, &rv_str_type, &rv_bool_type, &rv_list_type,
    &rv_tuple_type, &rv_dict_type, &rv_set_type, &rv_frozenset_type, &rv_range_type,
    &rv_type_type, &rv_object_type, &rv_enumerate_type, &rv_zip_type, &rv_map_type,
    &rv_filter_type, &rv_reversed_type, &rv_slice_type, &rv_property_type,
    &rv_classmethod_type, &rv_staticmethod_type, &rv_super_type, &rv_bytes_type,
    &rv_bytearray_type, &rv_memoryview_type,
#define RV_EXC_ENTRY(name, base) &rv_exc_##name,
    RV_EXC_TYPES(RV_EXC_ENTRY)
#undef RV_EXC_ENTRY
};

rv_obj_t *rv_builtins_dict(void)
{
    if (builtins_module)
        return rv_module_dict_borrow(builtins_module);
    builtins_module = rv_module_new("builtins");
    builtins_module->flags |= RV_F_ROOT;
    for (const rv_method_t *m = builtin_functions; m->name; m++)
        rv_module_add_function(builtins_module, m);
    rv_obj_t *d = rv_module_dict_borrow(builtins_module);
    for (size_t i = 0; i < sizeof builtin_types / sizeof builtin_types[0]; i++) {
        rv_type_t *t = builtin_types[i];
        if (t == &rv_exc_RefvizUnsupported || t == &rv_exc_RefvizLimit)
            continue;
        /* The interpreter's own types (property, super...) may not have
         * been allocated from yet. */
        if (!t->ob.type)
            rv_obj_init_static(&t->ob, &rv_type_type);
        rv_dict_set_cstr(d, t->name, &t->ob);
    }
    rv_dict_set_cstr(d, "None", rv_None);
    rv_dict_set_cstr(d, "True", rv_True);
    rv_dict_set_cstr(d, "False", rv_False);
    rv_dict_set_cstr(d, "NotImplemented", rv_NotImplemented);
    rv_dict_set_cstr(d, "Ellipsis", rv_Ellipsis);
    return d;
}

rv_obj_t *rv_builtins_module(void)
{
    rv_builtins_dict();
    return builtins_module;
}

void rv_builtins_finalize(void)
{
    if (!builtins_module)
        return;
    builtins_module->flags &= ~RV_F_ROOT;
    rv_dict_clear(rv_module_dict_borrow(builtins_module));
    rv_clearref(&builtins_module);
}
