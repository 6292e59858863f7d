/* src/lang/modules/functools.c - the functools module (Lib/functools.py and
 * Modules/_functoolsmodule.c of CPython 3.11): reduce, update_wrapper,
 * wraps, lru_cache, cache and total_ordering.  The types are in
 * lru_cache.c and partial.c. */
#include "lang/modules/functools.h"

#include <string.h>

#include "base/alloc.h"
#include "core/exc.h"
#include "core/heap.h"
#include "core/obj_bool.h"
#include "core/obj_dict.h"
#include "core/obj_int.h"
#include "core/obj_misc.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"
#include "lang/vm/builtins_int.h"
#include "lang/objects/class.h"
#include "lang/vm/vm.h"

/******************************************************************************/
/* __dict__ of the functools objects                                          */

void rv_functools_visit_dict(rv_obj_t *dict, rv_visit_fn visit, void *ctx)
{
    rv_obj_t *wrapped = rv_dict_get_cstr_borrow(dict, "__wrapped__");
    if (wrapped) {
        rv_edge_t e = { .kind = RV_EDGE_NAMED, .name = "__wrapped__", .view = true };
        visit(wrapped, &e, ctx);
    }
    rv_edge_t hidden = { .kind = RV_EDGE_HIDDEN };
    visit(dict, &hidden, ctx);
}

rv_obj_t *rv_functools_dict_get(rv_obj_t **dict, rv_obj_t *name)
{
    if (!*dict)
        return NULL;
    rv_obj_t *v = rv_dict_get_borrow(*dict, name);
    return v ? rv_incref(v) : NULL;
}

int rv_functools_dict_set(rv_obj_t *o, rv_obj_t **dict, rv_obj_t *name, rv_obj_t *value)
{
    rv_touch(o);
    if (!*dict)
        *dict = rv_dict_new_owned(o);
    if (value)
        return rv_dict_set(*dict, name, value);
    if (!rv_dict_get_borrow(*dict, name)) {
        if (!rv_err_occurred())
            rv_err_format(&rv_exc_AttributeError, "'%s' object has no attribute '%s'",
                          o->type->name, rv_str_utf8(name));
        return -1;
    }
    return rv_dict_del(*dict, name);
}

/******************************************************************************/
/* reduce                                                                     */

static rv_obj_t *ft_reduce(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                           rv_obj_t *kwnames)
{
    (void)self;
    if (rv_arg_no_kw("reduce", kwnames) < 0 || rv_arg_count("reduce", nargs, 2, 3) < 0)
        return NULL;
    rv_obj_t *it = rv_iter(args[1]);
    if (!it) {
        if (rv_err_matches(&rv_exc_TypeError)) {
            rv_err_clear();
            rv_err_format(&rv_exc_TypeError, "reduce() arg 2 must support iteration");
        }
        return NULL;
    }
    rv_obj_t *acc = nargs == 3 ? rv_incref(args[2]) : NULL;
    rv_obj_t *item;
    while ((item = rv_next(it))) {
        if (!acc) {
            acc = item;
            continue;
        }
        rv_obj_t *pair[2] = { acc, item };
        rv_obj_t *r = rv_call(args[0], pair, 2, NULL);
        rv_decref(acc);
        rv_decref(item);
        acc = r;
        if (!acc)
            break;
    }
    rv_decref(it);
    if (rv_err_occurred()) {
        rv_xdecref(acc);
        return NULL;
    }
    if (!acc)
        rv_err_format(&rv_exc_TypeError, "reduce() of empty iterable with no initial value");
    return acc;
}

/******************************************************************************/
/* update_wrapper and wraps                                                   */

static const char *const wrapper_assignments[] = { "__module__", "__name__", "__qualname__",
                                                   "__doc__", "__annotations__", NULL };
static const char *const wrapper_updates[] = { "__dict__", NULL };

static rv_obj_t *names_tuple(const char *const *names)
{
    size_t n = 0;
    while (names[n])
        n++;
    rv_obj_t *t = rv_tuple_new(n);
    for (size_t i = 0; i < n; i++)
        rv_tuple_set_steal(t, i, rv_str_from_cstr(names[i]));
    return t;
}

/* getattr(wrapped, attr) that is missing: None of an AttributeError. */
static rv_obj_t *get_assigned(rv_obj_t *wrapped, rv_obj_t *attr)
{
    rv_obj_t *v = rv_getattr(wrapped, attr);
    if (v || !rv_err_matches(&rv_exc_AttributeError))
        return v;
    rv_err_clear();
    return NULL;
}

/* update_wrapper: assigned attributes copied when wrapped has them, each
 * `updated` dict of the wrapper updated from wrapped's, then __wrapped__. */
static int update_wrapper(rv_obj_t *wrapper, rv_obj_t *wrapped, rv_obj_t *assigned,
                          rv_obj_t *updated)
{
    rv_obj_t *lists[2] = { assigned, updated };
    for (size_t l = 0; l < 2; l++) {
        rv_obj_t *names = lists[l] ? rv_tuple_from_iterable(lists[l])
                                   : names_tuple(l ? wrapper_updates : wrapper_assignments);
        if (!names)
            return -1;
        for (size_t i = 0; i < rv_tuple_len(names); i++) {
            rv_obj_t *attr = rv_tuple_get_borrow(names, i);
            int err = 0;
            if (l == 0) {
                rv_obj_t *v = get_assigned(wrapped, attr);
                err = v ? rv_setattr(wrapper, attr, v) : rv_err_occurred() ? -1 : 0;
                rv_xdecref(v);
            } else {
                rv_obj_t *target = rv_getattr(wrapper, attr);
                rv_obj_t *src = target ? rv_getattr(wrapped, attr) : NULL;
                if (target && !src && rv_err_matches(&rv_exc_AttributeError)) {
                    rv_err_clear();
                    src = rv_dict_new();
                }
                rv_obj_t *update = src ? rv_getattr_cstr(target, "update") : NULL;
                rv_obj_t *r = update ? rv_call1(update, src) : NULL;
                err = r ? 0 : -1;
                rv_xdecref(r);
                rv_xdecref(update);
                rv_xdecref(src);
                rv_xdecref(target);
            }
            if (err < 0) {
                rv_decref(names);
                return -1;
            }
        }
        rv_decref(names);
    }
    rv_obj_t *name = rv_str_from_cstr("__wrapped__");
    int err = rv_setattr(wrapper, name, wrapped);
    rv_decref(name);
    return err;
}

static const char *const update_kw[] = { "wrapper", "wrapped", "assigned", "updated", NULL };

static rv_obj_t *ft_update_wrapper(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                   rv_obj_t *kwnames)
{
    (void)self;
    rv_obj_t *kw[4], *a[4] = { NULL, NULL, NULL, NULL };
    if (rv_arg_count("update_wrapper", nargs, 0, 4) < 0 ||
        rv_kwargs("update_wrapper", args, nargs, kwnames, update_kw, kw) < 0)
        return NULL;
    for (size_t i = 0; i < 4; i++) {
        if (i < nargs && kw[i]) {
            rv_err_format(&rv_exc_TypeError,
                          "update_wrapper() got multiple values for argument '%s'", update_kw[i]);
            return NULL;
        }
        a[i] = i < nargs ? args[i] : kw[i];
    }
    if (!a[0] || !a[1]) {
        rv_err_format(&rv_exc_TypeError,
                      "update_wrapper() missing %d required positional argument%s: %s",
                      !a[0] && !a[1] ? 2 : 1, !a[0] && !a[1] ? "s" : "",
                      !a[0] && !a[1] ? "'wrapper' and 'wrapped'"
                      : !a[0]        ? "'wrapper'"
                                     : "'wrapped'");
        return NULL;
    }
    if (update_wrapper(a[0], a[1], a[2], a[3]) < 0)
        return NULL;
    return rv_incref(a[0]);
}

static const rv_method_t update_wrapper_def = { "update_wrapper", ft_update_wrapper,
                                                 RV_METH_PYFUNC };

/* wraps(wrapped, assigned=..., updated=...) is
 * partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated). */
static rv_obj_t *ft_wraps(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                          rv_obj_t *kwnames)
{
    (void)self;
    static const char *const kw_names[] = { "wrapped", "assigned", "updated", NULL };
    rv_obj_t *kw[3], *a[3] = { NULL, NULL, NULL };
    if (rv_arg_count("wraps", nargs, 0, 3) < 0 ||
        rv_kwargs("wraps", args, nargs, kwnames, kw_names, kw) < 0)
        return NULL;
    for (size_t i = 0; i < 3; i++)
        a[i] = i < nargs ? args[i] : kw[i];
    if (!a[0]) {
        rv_err_format(&rv_exc_TypeError,
                      "wraps() missing 1 required positional argument: 'wrapped'");
        return NULL;
    }
    rv_obj_t *assigned = a[1] ? rv_incref(a[1]) : names_tuple(wrapper_assignments);
    rv_obj_t *updated = a[2] ? rv_incref(a[2]) : names_tuple(wrapper_updates);
    rv_obj_t *fn = rv_builtin_new(&update_wrapper_def, NULL);
    rv_obj_t *vals[3] = { a[0], assigned, updated };
    rv_obj_t *names = names_tuple(kw_names);
    rv_obj_t *p = rv_partial_new(fn, vals, 0, names);
    rv_decref(names);
    rv_decref(fn);
    rv_decref(assigned);
    rv_decref(updated);
    return p;
}

/******************************************************************************/
/* lru_cache and cache                                                        */

/* The lambda lru_cache stores: {'maxsize': maxsize, 'typed': typed}. */
static rv_obj_t *cache_parameters(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                  rv_obj_t *kwnames)
{
    if (rv_arg_no_kw("cache_parameters", kwnames) < 0 ||
        rv_arg_count("cache_parameters", nargs, 0, 0) < 0)
        return NULL;
    rv_obj_t *d = rv_dict_new();
    rv_dict_set_cstr(d, "maxsize", rv_tuple_get_borrow(self, 0));
    rv_dict_set_cstr(d, "typed", rv_tuple_get_borrow(self, 1));
    return d;
}

/* A lambda in CPython: a function, not a built-in method. */
static const rv_method_t params_def = { "lru_cache.<locals>.<lambda>", cache_parameters,
                                        RV_METH_PYFUNC };

/* The wrapper with its cache_parameters and update_wrapper applied. */
static rv_obj_t *decorate(rv_obj_t *func, rv_obj_t *maxsize, rv_obj_t *typed)
{
    rv_obj_t *w = rv_lru_cache_new(func, maxsize, typed == rv_True);
    if (!w)
        return NULL;
    rv_obj_t *params = rv_tuple_pack(2, maxsize, typed);
    rv_obj_t *getter = rv_builtin_new(&params_def, params);
    rv_decref(params);
    rv_obj_t *name = rv_str_from_cstr("cache_parameters");
    int err = rv_setattr(w, name, getter);
    rv_decref(name);
    rv_decref(getter);
    if (err < 0 || update_wrapper(w, func, NULL, NULL) < 0) {
        rv_decref(w);
        return NULL;
    }
    return w;
}

/* decorating_function(user_function), bound to (maxsize, typed). */
static rv_obj_t *decorating_function(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                     rv_obj_t *kwnames)
{
    if (rv_arg_no_kw("decorating_function", kwnames) < 0 ||
        rv_arg_count("decorating_function", nargs, 1, 1) < 0)
        return NULL;
    return decorate(args[0], rv_tuple_get_borrow(self, 0), rv_tuple_get_borrow(self, 1));
}

static const rv_method_t decorating_def = { "lru_cache.<locals>.decorating_function",
                                            decorating_function, RV_METH_PYFUNC };

static rv_obj_t *lru_cache(rv_obj_t *maxsize, rv_obj_t *typed)
{
    rv_obj_t *size = NULL;
    if (rv_isinstance(maxsize, &rv_int_type)) {
        size = rv_int_sign(maxsize) < 0 ? rv_int_from_i64(0) : rv_incref(maxsize);
    } else if (maxsize->type->call && RV_IS(typed, rv_bool_type)) {
        rv_obj_t *dflt = rv_int_from_i64(128);
        rv_obj_t *w = decorate(maxsize, dflt, typed);
        rv_decref(dflt);
        return w;
    } else if (maxsize != rv_None) {
        rv_err_format(&rv_exc_TypeError,
                      "Expected first argument to be an integer, a callable, or None");
        return NULL;
    } else {
        size = rv_incref(rv_None);
    }
    rv_obj_t *params = rv_tuple_pack(2, size, typed);
    rv_decref(size);
    rv_obj_t *d = rv_builtin_new(&decorating_def, params);
    rv_decref(params);
    return d;
}

/* lru_cache(maxsize=128, typed=False) */
static rv_obj_t *ft_lru_cache(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                              rv_obj_t *kwnames)
{
    (void)self;
    static const char *const kw_names[] = { "maxsize", "typed", NULL };
    rv_obj_t *kw[2];
    if (rv_arg_count("lru_cache", nargs, 0, 2) < 0 ||
        rv_kwargs("lru_cache", args, nargs, kwnames, kw_names, kw) < 0)
        return NULL;
    for (size_t i = 0; i < nargs; i++) {
        if (kw[i]) {
            rv_err_format(&rv_exc_TypeError,
                          "lru_cache() got multiple values for argument '%s'", kw_names[i]);
            return NULL;
        }
        kw[i] = args[i];
    }
    rv_obj_t *dflt = kw[0] ? NULL : rv_int_from_i64(128);
    rv_obj_t *r = lru_cache(kw[0] ? kw[0] : dflt, kw[1] ? kw[1] : rv_False);
    rv_xdecref(dflt);
    return r;
}

/* cache(user_function) is lru_cache(maxsize=None)(user_function). */
static rv_obj_t *ft_cache(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                          rv_obj_t *kwnames)
{
    (void)self;
    if (rv_arg_no_kw("cache", kwnames) < 0)
        return NULL;
    if (nargs != 1) {
        rv_err_format(&rv_exc_TypeError,
                      nargs ? "cache() takes 1 positional argument but %zu were given"
                            : "cache() missing 1 required positional argument: 'user_function'",
                      nargs);
        return NULL;
    }
    return decorate(args[0], rv_None, rv_False);
}

/******************************************************************************/
/* total_ordering                                                             */

/* The twelve derived comparisons of functools.py (_gt_from_lt ...): each
 * calls the class's root comparison, then maybe negates it and combines it
 * with == or !=. */
typedef enum combine { ALONE, AND_NE, OR_EQ } combine_t;

typedef struct derived {
    const char *root, *name, *fname;
    bool negate;
    combine_t combine;
} derived_t;

static const derived_t derived_ops[] = {
    { "__lt__", "__gt__", "_gt_from_lt", true, AND_NE },
    { "__lt__", "__le__", "_le_from_lt", false, OR_EQ },
    { "__lt__", "__ge__", "_ge_from_lt", true, ALONE },
    { "__le__", "__ge__", "_ge_from_le", true, OR_EQ },
    { "__le__", "__lt__", "_lt_from_le", false, AND_NE },
    { "__le__", "__gt__", "_gt_from_le", true, ALONE },
    { "__gt__", "__lt__", "_lt_from_gt", true, AND_NE },
    { "__gt__", "__ge__", "_ge_from_gt", false, OR_EQ },
    { "__gt__", "__le__", "_le_from_gt", true, ALONE },
    { "__ge__", "__le__", "_le_from_ge", true, OR_EQ },
    { "__ge__", "__gt__", "_gt_from_ge", false, AND_NE },
    { "__ge__", "__lt__", "_lt_from_ge", true, ALONE },
};

typedef struct ordering {
    rv_obj_t ob;
    const derived_t *op;
} ordering_t;

static rv_type_t ordering_type;

static rv_obj_t *ordering_call(rv_obj_t *o, rv_obj_t *const *args, size_t nargs,
                               rv_obj_t *kwnames)
{
    const derived_t *op = ((ordering_t *)o)->op;
    if (kwnames || nargs != 2) {
        rv_err_format(&rv_exc_TypeError, "%s() takes 2 positional arguments but %zu were given",
                      op->fname, nargs);
        return NULL;
    }
    rv_obj_t *self = args[0], *other = args[1];
    /* type(self).__lt__(self, other) */
    rv_obj_t *root = rv_getattr_cstr((rv_obj_t *)self->type, op->root);
    rv_obj_t *r = root ? rv_call(root, args, 2, NULL) : NULL;
    rv_xdecref(root);
    if (!r || r == rv_NotImplemented)
        return r;
    int t = rv_truth(r);
    if (t < 0 || op->negate) {
        rv_decref(r);
        if (t < 0)
            return NULL;
        r = rv_bool_from(!t);
        t = !t;
    }
    /* `x and self != other` / `x or self == other` short-circuit on x. */
    if (op->combine == ALONE || (op->combine == AND_NE && !t) || (op->combine == OR_EQ && t))
        return r;
    rv_decref(r);
    return rv_richcompare(self, other, op->combine == AND_NE ? RV_NE : RV_EQ);
}

static rv_obj_t *ordering_repr(rv_obj_t *o)
{
    return rv_str_printf("<function %s at 0x%llx>", ((ordering_t *)o)->op->fname,
                         (unsigned long long)o->id);
}

static rv_obj_t *ordering_getattr(rv_obj_t *o, rv_obj_t *name)
{
    const derived_t *op = ((ordering_t *)o)->op;
    if (rv_str_eq_cstr(name, "__name__"))
        return rv_str_from_cstr(op->name);
    if (rv_str_eq_cstr(name, "__qualname__"))
        return rv_str_from_cstr(op->fname);
    if (rv_str_eq_cstr(name, "__module__"))
        return rv_str_from_cstr("functools");
    rv_err_format(&rv_exc_AttributeError, "'function' object has no attribute '%s'",
                  rv_str_utf8(name));
    return NULL;
}

static int ordering_hash(rv_obj_t *o, int64_t *out)
{
    *out = (int64_t)o->id;
    return 0;
}

static size_t ordering_size(rv_obj_t *o)
{
    (void)o;
    return 152; /* a function */
}

/* Shown as the function it is in CPython. */
static rv_type_t ordering_type = {
    .name = "function",
    .flags = RV_TF_MUTABLE,
    .release = rv_obj_free,
    .repr = ordering_repr,
    .hash = ordering_hash,
    .call = ordering_call,
    .getattr = ordering_getattr,
    .size = ordering_size,
};

static rv_obj_t *ft_total_ordering(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                   rv_obj_t *kwnames)
{
    (void)self;
    if (rv_arg_no_kw("total_ordering", kwnames) < 0 ||
        rv_arg_count("total_ordering", nargs, 1, 1) < 0)
        return NULL;
    rv_obj_t *cls = args[0];
    if (!rv_isinstance(cls, &rv_type_type) || !rv_is_heap_type((rv_type_t *)cls)) {
        rv_obj_t *msg = rv_str_from_cstr("functools.total_ordering of a built-in type");
        rv_err_set_obj(&rv_exc_RefvizUnsupported, msg);
        rv_decref(msg);
        return NULL;
    }
    /* roots: the comparisons the class (not object) defines; the root is
     * max(roots) by name: __lt__ > __le__ > __gt__ > __ge__. */
    static const char *const by_priority[] = { "__lt__", "__le__", "__gt__", "__ge__" };
    const char *root = NULL;
    bool defined[4];
    for (size_t i = 0; i < 4; i++) {
        defined[i] = rv_class_lookup_cstr((rv_type_t *)cls, by_priority[i]) != NULL;
        if (defined[i] && !root)
            root = by_priority[i];
    }
    if (!root) {
        rv_err_format(&rv_exc_ValueError,
                      "must define at least one ordering operation: < > <= >=");
        return NULL;
    }
    for (size_t i = 0; i < sizeof derived_ops / sizeof derived_ops[0]; i++) {
        const derived_t *op = &derived_ops[i];
        if (strcmp(op->root, root) != 0)
            continue;
        size_t k = 0;
        while (strcmp(by_priority[k], op->name) != 0)
            k++;
        if (defined[k])
            continue;
        ordering_t *f = rv_obj_alloc(&ordering_type, sizeof(ordering_t));
        f->op = op;
        rv_obj_t *name = rv_str_from_cstr(op->name);
        int err = rv_setattr(cls, name, &f->ob);
        rv_decref(name);
        rv_decref(&f->ob);
        if (err < 0)
            return NULL;
    }
    return rv_incref(cls);
}

bool rv_functools_binds(const rv_obj_t *attr)
{
    return RV_IS(attr, rv_lru_cache_type) || RV_IS(attr, ordering_type);
}

/******************************************************************************/
/* the module                                                                 */

const rv_method_t rv_functools_functions[] = {
    { "cache", ft_cache, RV_METH_PYFUNC },
    { "lru_cache", ft_lru_cache, RV_METH_PYFUNC },
    { "reduce", ft_reduce, 0 },
    { "total_ordering", ft_total_ordering, RV_METH_PYFUNC },
    { "update_wrapper", ft_update_wrapper, RV_METH_PYFUNC },
    { "wraps", ft_wraps, RV_METH_PYFUNC },
    { NULL, NULL, 0 },
};

static const char *const values[] = { "partial", "_lru_cache_wrapper", "WRAPPER_ASSIGNMENTS",
                                      "WRAPPER_UPDATES", NULL };

bool rv_functools_defines(const char *name, size_t len)
{
    for (size_t i = 0; values[i]; i++)
        if (strncmp(values[i], name, len) == 0 && values[i][len] == '\0')
            return true;
    return false;
}

void rv_functools_fill(rv_obj_t *module)
{
    rv_functools_init();
    rv_obj_t *d = rv_module_dict_borrow(module);
    rv_obj_t *v[] = { rv_incref(&rv_partial_type.ob), rv_incref(&rv_lru_cache_type.ob),
                      names_tuple(wrapper_assignments), names_tuple(wrapper_updates) };
    for (size_t i = 0; values[i]; i++) {
        rv_dict_set_cstr(d, values[i], v[i]);
        rv_decref(v[i]);
    }
}
