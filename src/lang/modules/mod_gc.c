/* src/lang/modules/mod_gc.c - the gc module on refviz's collector (core/heap.c).
 *
 * The model never collects on its own (CPython does when allocation counts
 * pass its thresholds): cycles stay until gc.collect(), whatever
 * gc.enable/disable say, so enable/disable only change what isenabled()
 * reports.  get_referrers/get_referents follow the objects' traversals as
 * CPython's tp_traverse does; frames are left out of get_referrers (CPython
 * 3.11 keeps a running frame's values outside any object), so at module
 * level the module's globals dict is the referrer of a variable's value in
 * both, and so are code objects (not tracked in CPython 3.11).  The order of
 * several referrers is allocation order, where CPython's follows its
 * generations. */
#include <limits.h>

#include "core/exc.h"
#include "core/heap.h"
#include "core/obj_bool.h"
#include "core/obj_dict.h"
#include "core/obj_int.h"
#include "core/obj_list.h"
#include "core/obj_misc.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"
#include "lang/objects/class.h"
#include "lang/vm/builtins_int.h"
#include "lang/compile/code.h"
#include "lang/modules/modules_int.h"
#include "lang/vm/vm.h"

static bool gc_enabled = true;

static rv_obj_t *gc_collect(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                            rv_obj_t *kwnames)
{
    size_t nkw = kwnames ? rv_tuple_len(kwnames) : 0;
    if (nargs + nkw > 1) {
        rv_err_format(&rv_exc_TypeError, "collect() takes at most 1 argument (%zu given)",
                      nargs + nkw);
        return NULL;
    }
    /* Argument Clinic's wording for keywords. */
    if (nkw && !rv_str_eq_cstr(rv_tuple_get_borrow(kwnames, 0), "generation")) {
        rv_err_format(&rv_exc_TypeError, "'%s' is an invalid keyword argument for collect()",
                      rv_str_utf8(rv_tuple_get_borrow(kwnames, 0)));
        return NULL;
    }
    rv_obj_t *gen = nargs || nkw ? args[0] : NULL;
    if (gen) {
        int64_t g;
        if (!rv_isinstance(gen, &rv_int_type)) {
            rv_err_format(&rv_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                          gen->type->name);
            return NULL;
        }
        if (!rv_int_fits_i64(gen, &g) || g < 0 || g > 2) {
            rv_err_format(&rv_exc_ValueError, "invalid generation");
            return NULL;
        }
    }
    return rv_int_from_u64(rv_gc_collect());
}

static rv_obj_t *gc_is_tracked(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                               rv_obj_t *kwnames)
{
    if (rv_arg_no_kw("is_tracked", kwnames) < 0 ||
        rv_arg_count("gc.is_tracked", nargs, 1, 1) < 0)
        return NULL;
    return rv_bool_from(rv_gc_is_tracked(args[0]));
}

static rv_obj_t *set_enabled(const char *name, size_t nargs, rv_obj_t *kwnames, bool on)
{
    if (rv_arg_no_kw(name, kwnames) < 0 || rv_arg_count(name, nargs, 0, 0) < 0)
        return NULL;
    gc_enabled = on;
    return rv_incref(rv_None);
}

static rv_obj_t *gc_enable(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                           rv_obj_t *kwnames)
{
    return set_enabled("gc.enable", nargs, kwnames, true);
}

static rv_obj_t *gc_disable(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                            rv_obj_t *kwnames)
{
    return set_enabled("gc.disable", nargs, kwnames, false);
}

static rv_obj_t *gc_isenabled(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                              rv_obj_t *kwnames)
{
    if (rv_arg_no_kw("gc.isenabled", kwnames) < 0 ||
        rv_arg_count("gc.isenabled", nargs, 0, 0) < 0)
        return NULL;
    return rv_bool_from(gc_enabled);
}

/******************************************************************************/
/* get_referents, get_referrers                                               */

/* The references tp_traverse would visit: what the object owns (hidden ones
 * included), never weak or drawn-only (view) edges. */
static bool owned_edge(const rv_edge_t *edge)
{
    return !edge->view && !edge->weak;
}

typedef struct referents {
    rv_obj_t *list;
    rv_obj_t *key;        /* a dict's pending key (visited before its value) */
    bool unicode;         /* the dict has only str keys: keys are not visited */
    bool is_dict;
    bool own_only;        /* an instance's own references, not its items */
} referents_t;

static void add_referent(rv_obj_t *child, const rv_edge_t *edge, void *ctx)
{
    referents_t *r = ctx;
    if (!owned_edge(edge))
        return;
    if (r->own_only && edge->kind != RV_EDGE_NAMED && edge->kind != RV_EDGE_HIDDEN)
        return;
    if (child->flags & RV_F_INLINE_VALUES) {
        /* _PyObject_VisitInstanceAttributes: the values, not a dict. */
        size_t pos = 0;
        rv_obj_t *k, *v;
        while (rv_dict_next(child, &pos, &k, &v))
            rv_list_append(r->list, v);
        return;
    }
    if (r->is_dict && edge->kind == RV_EDGE_KEY) {
        r->key = child;
        return;
    }
    rv_list_append(r->list, child);
    /* dict_traverse: each value, then its key unless the keys are all str. */
    if (r->is_dict && edge->kind == RV_EDGE_VALUE && !r->unicode)
        rv_list_append(r->list, edge->key);
}

static bool str_keys_only(rv_obj_t *d)
{
    size_t pos = 0;
    rv_obj_t *k, *v;
    while (rv_dict_next(d, &pos, &k, &v))
        if (!RV_IS(k, rv_str_type))
            return false;
    return true;
}

/* Lists and tuples are traversed from their last item (list_traverse,
 * tupletraverse). */
static void reverse_from(rv_obj_t *list, size_t from)
{
    size_t n = rv_list_len(list);
    for (size_t i = from, j = n; i + 1 < j; i++, j--) {
        rv_obj_t *a = rv_list_get_borrow(list, i);
        rv_obj_t *b = rv_list_get_borrow(list, j - 1);
        rv_list_set_steal(list, i, b);
        rv_list_set_steal(list, j - 1, a);
    }
}

static rv_obj_t *gc_get_referents(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                  rv_obj_t *kwnames)
{
    if (rv_arg_no_kw("get_referents", kwnames) < 0)
        return NULL;
    referents_t r = { .list = rv_list_new(0) };
    for (size_t i = 0; i < nargs; i++) {
        rv_obj_t *o = args[i];
        if (!(o->type->flags & RV_TF_GC) || !o->type->traverse)
            continue;
        /* subtype_traverse: an instance of a class deriving from a
         * built-in container gives its __dict__ and class first, then
         * the container's own traversal. */
        const rv_type_t *t = o->type;
        rv_type_t *base = rv_is_heap_type(t) ? rv_class_ext(t)->native : NULL;
        if (base && base->extra && base->traverse) {
            r.own_only = true;
            t->traverse(o, add_referent, &r);
            r.own_only = false;
            t = base;
        }
        size_t from = rv_list_len(r.list);
        r.is_dict = rv_isinstance(o, &rv_dict_type);
        r.unicode = r.is_dict && str_keys_only(o);
        t->traverse(o, add_referent, &r);
        if (rv_isinstance(o, &rv_list_type) || rv_isinstance(o, &rv_tuple_type))
            reverse_from(r.list, from);
    }
    return r.list;
}

typedef struct referrers {
    rv_obj_t *const *targets;
    size_t ntargets;
    bool found;
} referrers_t;

static void find_target(rv_obj_t *child, const rv_edge_t *edge, void *ctx)
{
    referrers_t *r = ctx;
    if (r->found || !owned_edge(edge))
        return;
    for (size_t i = 0; i < r->ntargets; i++)
        if (child == r->targets[i])
            r->found = true;
}

static rv_obj_t *gc_get_referrers(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                  rv_obj_t *kwnames)
{
    if (rv_arg_no_kw("get_referrers", kwnames) < 0)
        return NULL;
    rv_obj_t *list = rv_list_new(0);
    referrers_t r = { .targets = args, .ntargets = nargs };
    for (rv_obj_t *o = rv_heap_first(); o; o = rv_heap_next(o)) {
        if (o == list || RV_IS(o, rv_frame_type) || RV_IS(o, rv_code_type) ||
            !rv_gc_is_tracked(o))
            continue;
        r.found = false;
        o->type->traverse(o, find_target, &r);
        if (!r.found)
            continue;
        /* Inline values are the instance's own references. */
        rv_obj_t *owner = (o->flags & RV_F_INLINE_VALUES) ? rv_dict_owner(o) : o;
        if (owner)
            rv_list_append(list, owner);
    }
    return list;
}

static rv_obj_t *gc_get_count(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                              rv_obj_t *kwnames)
{
    if (rv_arg_no_kw("gc.get_count", kwnames) < 0 ||
        rv_arg_count("gc.get_count", nargs, 0, 0) < 0)
        return NULL;
    /* No generations in the model: every tracked object is young. */
    size_t n = 0;
    for (rv_obj_t *o = rv_heap_first(); o; o = rv_heap_next(o))
        n += rv_gc_is_tracked(o) && !(o->flags & RV_F_INLINE_VALUES);
    rv_obj_t *a = rv_int_from_u64(n), *zero = rv_int_from_i64(0);
    rv_obj_t *t = rv_tuple_pack(3, a, zero, zero);
    rv_decref(a);
    rv_decref(zero);
    return t;
}

static const rv_method_t gc_functions[] = {
    { "collect", gc_collect, 0 },
    { "is_tracked", gc_is_tracked, 0 },
    { "enable", gc_enable, 0 },
    { "disable", gc_disable, 0 },
    { "isenabled", gc_isenabled, 0 },
    { "get_referents", gc_get_referents, 0 },
    { "get_referrers", gc_get_referrers, 0 },
    { "get_count", gc_get_count, 0 },
    { NULL, NULL, 0 },
};

/* Each interpreter's gc starts enabled (the fuzzer runs many in one
 * process, and gc.disable() in one must not reach the next). */
static void gc_init(rv_obj_t *m)
{
    (void)m;
    gc_enabled = true;
}

const rv_module_def_t rv_mod_gc = {
    .name = "gc",
    .functions = gc_functions,
    .init = gc_init,
};
