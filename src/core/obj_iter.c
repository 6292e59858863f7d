/* src/core/obj_iter.c - enumerate, zip, map, filter, reversed, the
 * sequence iterator and the callable iterator (Objects/enumobject.c,
 * iterobject.c, bltinmodule.c). */
#include "core/obj_iter.h"

#include <stdio.h>

#include "base/alloc.h"
#include "core/exc.h"
#include "core/heap.h"
#include "core/obj_bool.h"
#include "core/obj_dict.h"
#include "core/obj_int.h"
#include "core/obj_list.h"
#include "core/obj_misc.h"
#include "core/obj_range.h"
#include "core/obj_set.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"
#include "core/heap.h"

/* One layout serves every iterator here: up to a fixed set of references
 * plus counters. */
typedef struct iterobj {
    rv_obj_t ob;
    rv_obj_t *a;      /* the underlying iterator / sequence / callable */
    rv_obj_t *b;      /* map/filter function, sentinel, enumerate count */
    rv_obj_t *its;    /* zip/map: tuple of iterators */
    intptr_t index;
} iterobj_t;

#define IT(o) ((iterobj_t *)(o))

static rv_obj_t *new_iter(rv_type_t *type)
{
    return rv_obj_alloc(type, sizeof(iterobj_t));
}

static void it_clear(rv_obj_t *o)
{
    rv_clearref(&IT(o)->a);
    rv_clearref(&IT(o)->b);
    rv_clearref(&IT(o)->its);
}

static void it_traverse(rv_obj_t *o, rv_visit_fn visit, void *ctx)
{
    rv_edge_t e = { .kind = RV_EDGE_HIDDEN };
    if (IT(o)->a)
        visit(IT(o)->a, &e, ctx);
    if (IT(o)->b)
        visit(IT(o)->b, &e, ctx);
    if (IT(o)->its)
        visit(IT(o)->its, &e, ctx);
}

static rv_obj_t *iter_self(rv_obj_t *o)
{
    return rv_incref(o);
}

static size_t it_size(rv_obj_t *o)
{
    (void)o;
    return 48;
}

/* zipobject: the iterators' tuple, their count, the result tuple and the
 * strict flag (48) + GC header. */
static size_t zip_size(rv_obj_t *o)
{
    (void)o;
    return 64;
}

/* enumobject: the index, the iterator, the result tuple and the index as
 * an int beyond a C long (56) + GC header. */
static size_t enumerate_size(rv_obj_t *o)
{
    (void)o;
    return 72;
}

int rv_length_hint(rv_obj_t *o, size_t dflt, size_t *out)
{
    if (o->type->len) {
        if (rv_len(o, out) == 0)
            return 0;
        if (!rv_err_matches(&rv_exc_TypeError))
            return -1;
        rv_err_clear();
    }
    /* PyObject_LengthHint: then o.__length_hint__(), where a TypeError or
     * NotImplemented means dflt. */
    const rv_method_t *m = rv_type_find_method(o->type, "__length_hint__");
    *out = dflt;
    if (!m)
        return 0;
    rv_obj_t *r = m->fn(o, NULL, 0, NULL);
    if (!r) {
        if (!rv_err_matches(&rv_exc_TypeError))
            return -1;
        rv_err_clear();
        return 0;
    }
    if (r == rv_NotImplemented) {
        rv_decref(r);
        return 0;
    }
    if (!rv_isinstance(r, &rv_int_type)) {
        rv_err_format(&rv_exc_TypeError, "__length_hint__ must be an integer, not %s",
                      r->type->name);
        rv_decref(r);
        return -1;
    }
    int64_t n;
    int err = rv_int_to_i64(r, &n);
    rv_decref(r);
    if (err < 0)
        return -1;
    if (n < 0) {
        rv_err_format(&rv_exc_ValueError, "__length_hint__() should return >= 0");
        return -1;
    }
    *out = (size_t)n;
    return 0;
}

/* The __length_hint__ method of the iterators here and elsewhere: checks
 * that it is called with no arguments. */
int rv_length_hint_args(rv_obj_t *self, size_t nargs, rv_obj_t *kwnames)
{
    char q[64];
    snprintf(q, sizeof q, "%s.__length_hint__", RV_TYPE_NAME(self));
    if (rv_arg_no_kw(q, kwnames) < 0 || rv_arg_count(q, nargs, 0, 0) < 0)
        return -1;
    return 0;
}

void rv_iter_init_types(void)
{
    rv_type_t *const types[] = {
        &rv_enumerate_type, &rv_zip_type, &rv_map_type, &rv_filter_type, &rv_reversed_type,
        &rv_seqiter_type, &rv_calliter_type, &rv_listiter_type, &rv_listreviter_type,
        &rv_tupleiter_type, &rv_rangeiter_type, &rv_longrangeiter_type, &rv_setiter_type,
        &rv_dict_keys_type, &rv_dict_values_type, &rv_dict_items_type,
        &rv_dict_keyiterator_type, &rv_dict_valueiterator_type, &rv_dict_itemiterator_type,
    };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        rv_obj_init_static(&types[i]->ob, &rv_type_type);
}

/* ---- enumerate ---- */

static rv_obj_t *enumerate_make(rv_type_t *type, rv_obj_t *const *args, size_t nargs,
                                rv_obj_t *kwnames)
{
    size_t nkw = kwnames ? rv_tuple_len(kwnames) : 0;
    rv_obj_t *start = NULL;
    for (size_t k = 0; k < nkw; k++) {
        if (!rv_str_eq_cstr(rv_tuple_get_borrow(kwnames, k), "start")) {
            rv_err_format(&rv_exc_TypeError, "enumerate() got an unexpected keyword argument '%s'",
                          rv_str_utf8(rv_tuple_get_borrow(kwnames, k)));
            return NULL;
        }
        start = args[nargs + k];
    }
    if (nargs == 2 && !start)
        start = args[1], nargs = 1;
    if (nargs != 1) {
        rv_err_format(&rv_exc_TypeError, "enumerate() missing required argument 'iterable'");
        return NULL;
    }
    if (start && !rv_isinstance(start, &rv_int_type)) {
        rv_err_format(&rv_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                      start->type->name);
        return NULL;
    }
    rv_obj_t *it = rv_iter(args[0]);
    if (!it)
        return NULL;
    rv_obj_t *e = new_iter(type);
    IT(e)->a = it;
    IT(e)->b = start ? rv_incref(start) : rv_int_from_i64(0);
    return e;
}

static rv_obj_t *enumerate_next(rv_obj_t *o)
{
    rv_obj_t *x = rv_next(IT(o)->a);
    if (!x)
        return NULL;
    rv_obj_t *count = IT(o)->b;
    rv_obj_t *one = rv_int_from_i64(1);
    IT(o)->b = rv_binop(RV_OP_ADD, count, one);
    rv_decref(one);
    rv_obj_t *t = rv_tuple_new(2);
    rv_tuple_set_steal(t, 0, count);
    rv_tuple_set_steal(t, 1, x);
    return t;
}

rv_type_t rv_enumerate_type = {
    .name = "enumerate", .flags = RV_TF_GC | RV_TF_MUTABLE | RV_TF_BASETYPE, .clear = it_clear,
    .release = rv_obj_free, .traverse = it_traverse, .iter = iter_self,
    .next = enumerate_next, .size = enumerate_size, .make = enumerate_make,
};

/* ---- zip and map ---- */

static rv_obj_t *iterators_of(rv_obj_t *const *args, size_t n)
{
    rv_obj_t *t = rv_tuple_new(n);
    for (size_t i = 0; i < n; i++) {
        rv_obj_t *it = rv_iter(args[i]);
        if (!it) {
            for (size_t k = i; k < n; k++)
                rv_tuple_set_steal(t, k, rv_incref(rv_None));
            rv_decref(t);
            return NULL;
        }
        rv_tuple_set_steal(t, i, it);
    }
    return t;
}

/* The next item of every iterator, or NULL when one is exhausted. */
static rv_obj_t *next_all(rv_obj_t *its)
{
    size_t n = rv_tuple_len(its);
    rv_obj_t *t = rv_tuple_new(n);
    for (size_t i = 0; i < n; i++) {
        rv_obj_t *x = rv_next(rv_tuple_get_borrow(its, i));
        if (!x) {
            for (size_t k = i; k < n; k++)
                rv_tuple_set_steal(t, k, rv_incref(rv_None));
            rv_decref(t);
            return NULL;
        }
        rv_tuple_set_steal(t, i, x);
    }
    return t;
}

static rv_obj_t *zip_make(rv_type_t *type, rv_obj_t *const *args, size_t nargs,
                          rv_obj_t *kwnames)
{
    if (kwnames && rv_tuple_len(kwnames)) {
        rv_obj_t *msg = rv_str_from_cstr("zip(strict=...)");
        rv_err_set_obj(&rv_exc_RefvizUnsupported, msg);
        rv_decref(msg);
        return NULL;
    }
    rv_obj_t *its = iterators_of(args, nargs);
    if (!its)
        return NULL;
    rv_obj_t *z = new_iter(type);
    IT(z)->its = its;
    return z;
}

static rv_obj_t *zip_next(rv_obj_t *o)
{
    if (rv_tuple_len(IT(o)->its) == 0)
        return NULL;
    return next_all(IT(o)->its);
}

rv_type_t rv_zip_type = {
    .name = "zip", .flags = RV_TF_GC | RV_TF_MUTABLE | RV_TF_BASETYPE, .clear = it_clear,
    .release = rv_obj_free, .traverse = it_traverse, .iter = iter_self,
    .next = zip_next, .size = zip_size, .make = zip_make,
};

static rv_obj_t *map_make(rv_type_t *type, rv_obj_t *const *args, size_t nargs,
                          rv_obj_t *kwnames)
{
    if (rv_arg_no_kw("map", kwnames) < 0)
        return NULL;
    if (nargs < 2) {
        rv_err_format(&rv_exc_TypeError, "map() must have at least two arguments.");
        return NULL;
    }
    rv_obj_t *its = iterators_of(args + 1, nargs - 1);
    if (!its)
        return NULL;
    rv_obj_t *m = new_iter(type);
    IT(m)->b = rv_incref(args[0]);
    IT(m)->its = its;
    return m;
}

static rv_obj_t *map_next(rv_obj_t *o)
{
    rv_obj_t *t = next_all(IT(o)->its);
    if (!t)
        return NULL;
    rv_obj_t *r = rv_call(IT(o)->b, RV_TUPLE(t)->items, rv_tuple_len(t), NULL);
    rv_decref(t);
    return r;
}

rv_type_t rv_map_type = {
    .name = "map", .flags = RV_TF_GC | RV_TF_MUTABLE | RV_TF_BASETYPE, .clear = it_clear,
    .release = rv_obj_free, .traverse = it_traverse, .iter = iter_self,
    .next = map_next, .size = it_size, .make = map_make,
};

/* ---- filter ---- */

static rv_obj_t *filter_make(rv_type_t *type, rv_obj_t *const *args, size_t nargs,
                             rv_obj_t *kwnames)
{
    if (rv_arg_no_kw("filter", kwnames) < 0 || rv_arg_count("filter", nargs, 2, 2) < 0)
        return NULL;
    rv_obj_t *it = rv_iter(args[1]);
    if (!it)
        return NULL;
    rv_obj_t *f = new_iter(type);
    IT(f)->a = it;
    IT(f)->b = rv_incref(args[0]);
    return f;
}

static rv_obj_t *filter_next(rv_obj_t *o)
{
    for (;;) {
        rv_obj_t *x = rv_next(IT(o)->a);
        if (!x)
            return NULL;
        int keep;
        if (IT(o)->b == rv_None) {
            keep = rv_truth(x);
        } else {
            rv_obj_t *r = rv_call1(IT(o)->b, x);
            keep = r ? rv_truth(r) : -1;
            rv_xdecref(r);
        }
        if (keep > 0)
            return x;
        rv_decref(x);
        if (keep < 0)
            return NULL;
    }
}

rv_type_t rv_filter_type = {
    .name = "filter", .flags = RV_TF_GC | RV_TF_MUTABLE | RV_TF_BASETYPE, .clear = it_clear,
    .release = rv_obj_free, .traverse = it_traverse, .iter = iter_self,
    .next = filter_next, .size = it_size, .make = filter_make,
};

/* ---- reversed and the sequence iterator ---- */

static rv_obj_t *reversed_next(rv_obj_t *o)
{
    iterobj_t *it = IT(o);
    if (!it->a || it->index < 0)
        return NULL;
    rv_obj_t *i = rv_int_from_i64(it->index--);
    rv_obj_t *x = rv_getitem(it->a, i);
    rv_decref(i);
    if (!x && (rv_err_matches(&rv_exc_IndexError) || rv_err_matches(&rv_exc_StopIteration))) {
        rv_err_clear();
        rv_clearref(&it->a);
    }
    return x;
}

/* A program class's __reversed__, looked up on the type as reversed()
 * does (_PyObject_LookupSpecial: not the instance's own attributes, nor
 * its __getattr__); NULL without an exception when it has none. */
static rv_obj_t *class_reversed(rv_obj_t *seq)
{
    rv_obj_t *m = rv_getattr_cstr((rv_obj_t *)seq->type, "__reversed__");
    if (!m && rv_err_matches(&rv_exc_AttributeError))
        rv_err_clear();
    return m;
}

rv_obj_t *rv_reversed(rv_obj_t *seq)
{
    if (seq->type->flags & RV_TF_HEAPTYPE) {
        rv_obj_t *m = class_reversed(seq);
        if (m && m != rv_None) {
            rv_obj_t *r = rv_call1(m, seq);
            rv_decref(m);
            return r;
        }
        if (m) {
            rv_decref(m);
            rv_err_format(&rv_exc_TypeError, "'%s' object is not reversible", seq->type->name);
            return NULL;
        }
        if (rv_err_occurred())
            return NULL;
    }
    /* list.__reversed__ and dict.__reversed__ serve their subclasses too. */
    if (rv_isinstance(seq, &rv_list_type))
        return rv_list_reversed(seq);
    if (RV_IS(seq, rv_range_type))
        return rv_range_reversed(seq);
    if (rv_isinstance(seq, &rv_dict_type))
        return rv_dict_reversed(seq);
    /* A type's own __reversed__ (deque's), as reversed() looks it up. */
    const rv_method_t *own = rv_type_find_method(seq->type, "__reversed__");
    if (own)
        return own->fn(seq, NULL, 0, NULL);
    size_t n;
    if (!seq->type->getitem || !seq->type->len){
        rv_err_format(&rv_exc_TypeError, "'%s' object is not reversible", seq->type->name);
        return NULL;
    }
    if (rv_len(seq, &n) < 0)
        return NULL;
    rv_obj_t *r = new_iter(&rv_reversed_type);
    IT(r)->a = rv_incref(seq);
    IT(r)->index = (intptr_t)n - 1;
    return r;
}

static rv_obj_t *reversed_make(rv_type_t *type, rv_obj_t *const *args, size_t nargs,
                               rv_obj_t *kwnames)
{
    (void)type;
    if (rv_arg_no_kw("reversed", kwnames) < 0 || rv_arg_count("reversed", nargs, 1, 1) < 0)
        return NULL;
    return rv_reversed(args[0]);
}

/* reversed_len: the items left, 0 once the sequence is shorter. */
static rv_obj_t *reversed_length_hint(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                      rv_obj_t *kwnames)
{
    (void)args;
    if (rv_length_hint_args(self, nargs, kwnames) < 0)
        return NULL;
    iterobj_t *it = IT(self);
    if (!it->a)
        return rv_int_from_i64(0);
    size_t n;
    if (rv_len(it->a, &n) < 0)
        return NULL;
    intptr_t position = it->index + 1;
    return rv_int_from_i64((intptr_t)n < position ? 0 : position);
}

static const rv_method_t reversed_methods[] = {
    { "__length_hint__", reversed_length_hint, 0 },
    { NULL, NULL, 0 },
};

rv_type_t rv_reversed_type = {
    .name = "reversed", .flags = RV_TF_GC | RV_TF_MUTABLE | RV_TF_BASETYPE, .clear = it_clear,
    .release = rv_obj_free, .traverse = it_traverse, .iter = iter_self,
    .next = reversed_next, .size = it_size, .make = reversed_make,
    .methods = reversed_methods,
};

static rv_obj_t *seqiter_next(rv_obj_t *o)
{
    iterobj_t *it = IT(o);
    if (!it->a)
        return NULL;
    rv_obj_t *i = rv_int_from_i64(it->index++);
    rv_obj_t *x = rv_getitem(it->a, i);
    rv_decref(i);
    if (!x && (rv_err_matches(&rv_exc_IndexError) || rv_err_matches(&rv_exc_StopIteration))) {
        rv_err_clear();
        rv_clearref(&it->a);
    }
    return x;
}

rv_obj_t *rv_seqiter_new(rv_obj_t *seq)
{
    rv_obj_t *s = new_iter(&rv_seqiter_type);
    IT(s)->a = rv_incref(seq);
    return s;
}

/* iter_len: len(seq) less the items taken; NotImplemented (so the
 * default) when the sequence has no len. */
static rv_obj_t *seqiter_length_hint(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                     rv_obj_t *kwnames)
{
    (void)args;
    if (rv_length_hint_args(self, nargs, kwnames) < 0)
        return NULL;
    iterobj_t *it = IT(self);
    if (!it->a)
        return rv_int_from_i64(0);
    if (!it->a->type->len)
        return rv_incref(rv_NotImplemented);
    size_t n;
    if (rv_len(it->a, &n) < 0)
        return NULL;
    return rv_int_from_i64((intptr_t)n >= it->index ? (intptr_t)n - it->index : 0);
}

static const rv_method_t seqiter_methods[] = {
    { "__length_hint__", seqiter_length_hint, 0 },
    { NULL, NULL, 0 },
};

rv_type_t rv_seqiter_type = {
    .name = "iterator", .flags = RV_TF_GC | RV_TF_MUTABLE, .clear = it_clear,
    .release = rv_obj_free, .traverse = it_traverse, .iter = iter_self,
    .next = seqiter_next, .size = it_size, .methods = seqiter_methods,
};

static rv_obj_t *calliter_next(rv_obj_t *o)
{
    iterobj_t *it = IT(o);
    if (!it->a)
        return NULL;
    rv_obj_t *x = rv_call0(it->a);
    if (!x)
        return NULL;
    int eq = rv_richcompare_bool(x, it->b, RV_EQ);
    if (eq != 0) {
        rv_decref(x);
        rv_clearref(&it->a);
        return NULL;
    }
    return x;
}

rv_obj_t *rv_calliter_new(rv_obj_t *callable, rv_obj_t *sentinel)
{
    rv_obj_t *c = new_iter(&rv_calliter_type);
    IT(c)->a = rv_incref(callable);
    IT(c)->b = rv_incref(sentinel);
    return c;
}

rv_type_t rv_calliter_type = {
    .name = "callable_iterator", .flags = RV_TF_GC | RV_TF_MUTABLE, .clear = it_clear,
    .release = rv_obj_free, .traverse = it_traverse, .iter = iter_self,
    .next = calliter_next, .size = it_size,
};
