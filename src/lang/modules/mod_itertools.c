/* src/lang/modules/mod_itertools.c - the itertools module (CPython's
 * Modules/itertoolsmodule.c): the layout its objects share, the simple
 * iterators (count, cycle, repeat, accumulate, chain, compress,
 * dropwhile, takewhile, filterfalse, starmap, pairwise) and the module's
 * table.  The others are in mod_itertools_group.c and
 * mod_itertools_comb.c.
 *
 * Every object is lazy, as in CPython: a constructor only checks its
 * arguments and takes iter() of its iterables where CPython does (chain
 * takes iter() of each argument only when it reaches it); next() pulls
 * what it needs and calls the program's functions (predicates, key,
 * accumulate's func) with rv_call, so they are traced like any call. */
#include "lang/modules/mod_itertools.h"

#include "base/alloc.h"
#include "core/exc.h"
#include "core/heap.h"
#include "core/obj_int.h"
#include "core/obj_iter.h"
#include "core/obj_list.h"
#include "core/obj_misc.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"
#include "lang/modules/modargs.h"
#include "lang/modules/modules_int.h"
#include "lang/objects/class.h"

/******************************************************************************/
/* the shared layout                                                          */

rv_obj_t *rv_itertool_new(rv_type_t *t)
{
    return rv_obj_alloc(t, sizeof(rv_itertool_t));
}

void rv_itertool_clear(rv_obj_t *o)
{
    rv_itertool_t *t = ITT(o);
    rv_clearref(&t->it);
    rv_clearref(&t->fn);
    rv_clearref(&t->x);
    rv_clearref(&t->y);
    rv_clearref(&t->z);
}

void rv_itertool_traverse(rv_obj_t *o, rv_visit_fn visit, void *ctx)
{
    rv_itertool_t *t = ITT(o);
    rv_edge_t e = { .kind = RV_EDGE_HIDDEN };
    rv_obj_t *refs[] = { t->it, t->fn, t->x, t->y, t->z };
    for (size_t i = 0; i < sizeof refs / sizeof refs[0]; i++)
        if (refs[i])
            visit(refs[i], &e, ctx);
}

void rv_itertool_release(rv_obj_t *o)
{
    rv_free(ITT(o)->indices);
    rv_free(ITT(o)->cycles);
    rv_obj_free(o);
}

rv_obj_t *rv_itertool_iter(rv_obj_t *o)
{
    return rv_incref(o);
}

rv_obj_t *rv_itertool_result(rv_obj_t **result)
{
    rv_obj_t *r = *result;
    if (r->refcnt > 1) {
        rv_obj_t *copy = rv_tuple_from_array(RV_TUPLE(r)->items, rv_tuple_len(r));
        *result = copy;
        rv_decref(r);
        return copy;
    }
    /* bpo-42536: the collector may have untracked the tuple. */
    r->flags &= ~(uint32_t)RV_F_UNTRACKED;
    rv_touch(r);
    return r;
}

void rv_itertool_result_set(rv_obj_t *result, size_t i, rv_obj_t *item)
{
    rv_obj_t *old = rv_tuple_get_borrow(result, i);
    rv_tuple_set_steal(result, i, item);
    rv_decref(old);
}

/* PyIter_Next on an iterator whose StopIteration must not end what calls
 * it: rv_next already reports exhaustion as NULL without an exception. */
#define next_item rv_next

/* The truth of f(item): 1, 0 or -1. */
static int call_truth(rv_obj_t *f, rv_obj_t *item)
{
    rv_obj_t *r = rv_call1(f, item);
    if (!r)
        return -1;
    int t = rv_truth(r);
    rv_decref(r);
    return t;
}

/* Clinic's __new__ with positional-only parameters: "dropwhile() takes no
 * keyword arguments", "dropwhile expected 2 arguments, got 1". */
static int positional(const char *name, size_t nargs, rv_obj_t *kwnames, size_t min, size_t max)
{
    if (rv_arg_no_kw(name, kwnames) < 0 || rv_arg_positional(name, nargs, min, max) < 0)
        return -1;
    return 0;
}

/* A new object of type t over iter(iterable), with fn (borrowed, may be
 * NULL). */
static rv_obj_t *over(rv_type_t *t, rv_obj_t *iterable, rv_obj_t *fn)
{
    rv_obj_t *it = rv_iter(iterable);
    if (!it)
        return NULL;
    rv_obj_t *o = rv_itertool_new(t);
    ITT(o)->it = it;
    if (fn)
        ITT(o)->fn = rv_incref(fn);
    return o;
}

#define SIZE(name, bytes)                   \
    static size_t name(rv_obj_t *o)         \
    {                                       \
        (void)o;                            \
        return bytes;                       \
    }

SIZE(size48, 48)
SIZE(size56, 56)
SIZE(size64, 64)

/* The slots every type here shares; the rest are per type. */
#define ITERTOOL_SLOTS                                                              \
    .flags = RV_TF_GC | RV_TF_MUTABLE | RV_TF_BASETYPE,                                \
    .clear = rv_itertool_clear, .release = rv_itertool_release,                      \
    .traverse = rv_itertool_traverse, .iter = rv_itertool_iter, .hash = rv_hash_pointer

/******************************************************************************/
/* count: n the count while CPython keeps it in a C integer (INT64_MAX:
 * it does not, x has it), y the step                                      */

/* PyNumber_Check: a number type, or a program class that converts to one. */
static bool is_number(const rv_obj_t *o)
{
    if (rv_isinstance(o, &rv_int_type) || rv_isinstance(o, &rv_float_type))
        return true;
    if (!rv_is_heap_type(o->type))
        return false;
    return rv_class_lookup_cstr(o->type, "__index__") ||
           rv_class_lookup_cstr(o->type, "__int__") || rv_class_lookup_cstr(o->type, "__float__");
}

/* An int (a bool too) equal to 1: the step that lets count_new count in
 * a C integer, and that count's repr leaves out. */
static bool is_one(const rv_obj_t *o)
{
    int64_t v;
    return rv_isinstance(o, &rv_int_type) && rv_int_fits_i64((rv_obj_t *)o, &v) && v == 1;
}

/* count_new: "fast mode" (a C count, new ints from it) when the start is
 * an int that fits and the step is 1; so count(True) counts 1, 2, ... */
static rv_obj_t *count_make(rv_type_t *type, rv_obj_t *const *args, size_t nargs,
                            rv_obj_t *kwnames)
{
    static const char *const names[] = { "start", "step", NULL };
    const rv_clinic_t c = { "count", names, 0, 2, 0 };
    rv_obj_t *p[2];
    if (rv_clinic_parse(&c, args, nargs, kwnames, p) < 0)
        return NULL;
    if ((p[0] && !is_number(p[0])) || (p[1] && !is_number(p[1]))) {
        rv_err_format(&rv_exc_TypeError, "a number is required");
        return NULL;
    }
    rv_obj_t *o = rv_itertool_new(type);
    rv_itertool_t *t = ITT(o);
    t->y = p[1] ? rv_incref(p[1]) : rv_int_from_i64(1);
    int64_t start = 0;
    bool fast = (!p[0] || (rv_isinstance(p[0], &rv_int_type) && rv_int_fits_i64(p[0], &start))) &&
                is_one(t->y);
    t->n = fast ? start : INT64_MAX;
    if (!fast)
        t->x = rv_incref(p[0]);
    return o;
}

/* count_next / count_nextlong: past INT64_MAX the count goes on in ints. */
static rv_obj_t *count_next(rv_obj_t *o)
{
    rv_itertool_t *c = ITT(o);
    rv_touch(o);
    if (c->n != INT64_MAX)
        return rv_int_from_i64(c->n++);
    if (!c->x)
        c->x = rv_int_from_i64(INT64_MAX);
    rv_obj_t *next = rv_binop(RV_OP_ADD, c->x, c->y);
    if (!next)
        return NULL;
    rv_obj_t *value = c->x;
    c->x = next;
    return value;
}

/* count(5), count(5, 2): the step is left out when it is an int equal to 1. */
static rv_obj_t *count_repr(rv_obj_t *o)
{
    rv_itertool_t *c = ITT(o);
    if (c->n != INT64_MAX)
        return rv_str_printf("count(%lld)", (long long)c->n);
    /* count(sys.maxsize) has no int for its count until the first next():
     * CPython's %R prints the NULL. */
    rv_obj_t *start = c->x ? rv_repr(c->x) : rv_str_from_cstr("<NULL>");
    if (!start)
        return NULL;
    if (is_one(c->y)) {
        rv_obj_t *r = rv_str_printf("count(%s)", rv_str_utf8(start));
        rv_decref(start);
        return r;
    }
    rv_obj_t *step = rv_repr(c->y);
    rv_obj_t *r = step ? rv_str_printf("count(%s, %s)", rv_str_utf8(start), rv_str_utf8(step))
                       : NULL;
    rv_decref(start);
    rv_xdecref(step);
    return r;
}

rv_type_t rv_itertools_count_type = {
    .name = "itertools.count", ITERTOOL_SLOTS, .make = count_make, .next = count_next,
    .repr = count_repr, .size = size56,
};

/******************************************************************************/
/* cycle: it the iterator (NULL once exhausted), x the saved items (a
 * list), n the index into them */

static rv_obj_t *cycle_make(rv_type_t *type, rv_obj_t *const *args, size_t nargs,
                            rv_obj_t *kwnames)
{
    if (positional("cycle", nargs, kwnames, 1, 1) < 0)
        return NULL;
    rv_obj_t *o = over(type, args[0], NULL);
    if (o)
        ITT(o)->x = rv_list_new(0);
    return o;
}

static rv_obj_t *cycle_next(rv_obj_t *o)
{
    rv_itertool_t *c = ITT(o);
    if (c->it) {
        rv_obj_t *item = next_item(c->it);
        if (item) {
            rv_list_append(c->x, item);
            return item;
        }
        if (rv_err_occurred())
            return NULL;
        rv_touch(o);
        rv_clearref(&c->it);
    }
    size_t n = rv_list_len(c->x);
    if (n == 0)
        return NULL;
    rv_obj_t *item = rv_incref(rv_list_get_borrow(c->x, (size_t)c->n));
    c->n = (size_t)c->n + 1 >= n ? 0 : c->n + 1;
    return item;
}

rv_type_t rv_itertools_cycle_type = {
    .name = "itertools.cycle", ITERTOOL_SLOTS, .make = cycle_make, .next = cycle_next,
    .repr = rv_default_repr, .size = size64,
};

/******************************************************************************/
/* repeat: x the object, n the times left (-1: forever)                      */

static rv_obj_t *repeat_make(rv_type_t *type, rv_obj_t *const *args, size_t nargs,
                             rv_obj_t *kwnames)
{
    static const char *const names[] = { "object", "times", NULL };
    const rv_clinic_t c = { "repeat", names, 0, 2, 1 };
    rv_obj_t *p[2];
    int64_t times = -1;
    if (rv_clinic_parse(&c, args, nargs, kwnames, p) < 0 || (p[1] && rv_arg_ssize(p[1], &times) < 0))
        return NULL;
    rv_obj_t *o = rv_itertool_new(type);
    ITT(o)->x = rv_incref(p[0]);
    /* A negative count given is 0; only an absent one means forever. */
    ITT(o)->n = p[1] && times < 0 ? 0 : times;
    return o;
}

static rv_obj_t *repeat_next(rv_obj_t *o)
{
    rv_itertool_t *r = ITT(o);
    if (r->n == 0)
        return NULL;
    if (r->n > 0) {
        rv_touch(o);
        r->n--;
    }
    return rv_incref(r->x);
}

static rv_obj_t *repeat_repr(rv_obj_t *o)
{
    rv_obj_t *obj = rv_repr(ITT(o)->x);
    if (!obj)
        return NULL;
    rv_obj_t *r = ITT(o)->n < 0
                      ? rv_str_printf("repeat(%s)", rv_str_utf8(obj))
                      : rv_str_printf("repeat(%s, %lld)", rv_str_utf8(obj), (long long)ITT(o)->n);
    rv_decref(obj);
    return r;
}

/* list(repeat(x, n)) sizes the list by it. */
static rv_obj_t *repeat_length_hint(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                    rv_obj_t *kwnames)
{
    if (rv_length_hint_args(self, nargs, kwnames) < 0)
        return NULL;
    if (ITT(self)->n < 0) {
        rv_err_format(&rv_exc_TypeError, "len() of unsized object");
        return NULL;
    }
    return rv_int_from_i64(ITT(self)->n);
}

static const rv_method_t repeat_methods[] = {
    { "__length_hint__", repeat_length_hint, 0 },
    { NULL, NULL, 0 },
};

rv_type_t rv_itertools_repeat_type = {
    .name = "itertools.repeat", ITERTOOL_SLOTS, .make = repeat_make, .next = repeat_next,
    .repr = repeat_repr, .size = size48, .methods = repeat_methods,
};

/******************************************************************************/
/* accumulate: fn the function (NULL: +), x the total so far, y the
 * initial value still to give (NULL once given) */

static rv_obj_t *accumulate_make(rv_type_t *type, rv_obj_t *const *args, size_t nargs,
                                 rv_obj_t *kwnames)
{
    static const char *const names[] = { "iterable", "func", "initial", NULL };
    const rv_clinic_t c = { "accumulate", names, 0, 2, 1 };
    rv_obj_t *p[3];
    if (rv_clinic_parse(&c, args, nargs, kwnames, p) < 0)
        return NULL;
    rv_obj_t *o = over(type, p[0], p[1] && p[1] != rv_None ? p[1] : NULL);
    if (o && p[2] && p[2] != rv_None)
        ITT(o)->y = rv_incref(p[2]);
    return o;
}

static rv_obj_t *accumulate_next(rv_obj_t *o)
{
    rv_itertool_t *a = ITT(o);
    if (a->y) {
        rv_touch(o);
        rv_setref(&a->x, a->y);
        rv_clearref(&a->y);
        return rv_incref(a->x);
    }
    rv_obj_t *value = next_item(a->it);
    if (!value)
        return NULL;
    rv_touch(o);
    if (!a->x) {
        a->x = value;
        return rv_incref(value);
    }
    rv_obj_t *total;
    if (a->fn) {
        rv_obj_t *cargs[] = { a->x, value };
        total = rv_call(a->fn, cargs, 2, NULL);
    } else {
        total = rv_binop(RV_OP_ADD, a->x, value);
    }
    rv_decref(value);
    if (!total)
        return NULL;
    rv_setref(&a->x, total);
    return total;
}

rv_type_t rv_itertools_accumulate_type = {
    .name = "itertools.accumulate", ITERTOOL_SLOTS, .make = accumulate_make,
    .next = accumulate_next, .repr = rv_default_repr, .size = size64,
};

/******************************************************************************/
/* chain: it the iterator over the iterables (NULL when done), x the
 * iterator of the current one */

static rv_obj_t *chain_make(rv_type_t *type, rv_obj_t *const *args, size_t nargs,
                            rv_obj_t *kwnames)
{
    if (rv_arg_no_kw("chain", kwnames) < 0)
        return NULL;
    rv_obj_t *iterables = rv_tuple_from_array(args, nargs);
    rv_obj_t *o = over(type, iterables, NULL);
    rv_decref(iterables);
    return o;
}

static rv_obj_t *chain_from_iterable(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                     rv_obj_t *kwnames)
{
    if (rv_arg_no_kw("chain.from_iterable", kwnames) < 0 ||
        rv_arg_count("chain.from_iterable", nargs, 1, 1) < 0)
        return NULL;
    return over((rv_type_t *)self, args[0], NULL);
}

static rv_obj_t *chain_next(rv_obj_t *o)
{
    rv_itertool_t *c = ITT(o);
    while (c->it) {
        if (!c->x) {
            rv_obj_t *iterable = next_item(c->it);
            rv_obj_t *active = iterable ? rv_iter(iterable) : NULL;
            rv_xdecref(iterable);
            rv_touch(o);
            if (!active) {
                rv_clearref(&c->it);
                return NULL;
            }
            c->x = active;
        }
        rv_obj_t *item = next_item(c->x);
        if (item)
            return item;
        if (rv_err_occurred())
            return NULL;
        rv_touch(o);
        rv_clearref(&c->x);
    }
    return NULL;
}

static const rv_method_t chain_methods[] = {
    { "from_iterable", chain_from_iterable, RV_METH_CLASS },
    { NULL, NULL, 0 },
};

rv_type_t rv_itertools_chain_type = {
    .name = "itertools.chain", ITERTOOL_SLOTS, .make = chain_make, .next = chain_next,
    .repr = rv_default_repr, .size = size48, .methods = chain_methods,
};

/******************************************************************************/
/* compress: it the data's iterator, x the selectors'                        */

static rv_obj_t *compress_make(rv_type_t *type, rv_obj_t *const *args, size_t nargs,
                               rv_obj_t *kwnames)
{
    static const char *const names[] = { "data", "selectors", NULL };
    const rv_clinic_t c = { "compress", names, 0, 2, 2 };
    rv_obj_t *p[2];
    if (rv_clinic_parse(&c, args, nargs, kwnames, p) < 0)
        return NULL;
    rv_obj_t *o = over(type, p[0], NULL);
    if (o && !(ITT(o)->x = rv_iter(p[1])))
        rv_clearref(&o);
    return o;
}

static rv_obj_t *compress_next(rv_obj_t *o)
{
    for (;;) {
        rv_obj_t *datum = next_item(ITT(o)->it);
        if (!datum)
            return NULL;
        rv_obj_t *selector = next_item(ITT(o)->x);
        if (!selector) {
            rv_decref(datum);
            return NULL;
        }
        int ok = rv_truth(selector);
        rv_decref(selector);
        if (ok > 0)
            return datum;
        rv_decref(datum);
        if (ok < 0)
            return NULL;
    }
}

rv_type_t rv_itertools_compress_type = {
    .name = "itertools.compress", ITERTOOL_SLOTS, .make = compress_make, .next = compress_next,
    .repr = rv_default_repr, .size = size48,
};

/******************************************************************************/
/* dropwhile, takewhile, filterfalse, starmap: it the iterator, fn the
 * function; flag: dropwhile has started giving items, takewhile stopped */

static rv_obj_t *dropwhile_make(rv_type_t *type, rv_obj_t *const *args, size_t nargs,
                                rv_obj_t *kwnames)
{
    if (positional("dropwhile", nargs, kwnames, 2, 2) < 0)
        return NULL;
    return over(type, args[1], args[0]);
}

static rv_obj_t *dropwhile_next(rv_obj_t *o)
{
    rv_itertool_t *d = ITT(o);
    for (;;) {
        rv_obj_t *item = next_item(d->it);
        if (!item || d->flag)
            return item;
        int ok = call_truth(d->fn, item);
        if (ok == 0) {
            rv_touch(o);
            d->flag = true;
            return item;
        }
        rv_decref(item);
        if (ok < 0)
            return NULL;
    }
}

rv_type_t rv_itertools_dropwhile_type = {
    .name = "itertools.dropwhile", ITERTOOL_SLOTS, .make = dropwhile_make,
    .next = dropwhile_next, .repr = rv_default_repr, .size = size56,
};

static rv_obj_t *takewhile_make(rv_type_t *type, rv_obj_t *const *args, size_t nargs,
                                rv_obj_t *kwnames)
{
    if (positional("takewhile", nargs, kwnames, 2, 2) < 0)
        return NULL;
    return over(type, args[1], args[0]);
}

static rv_obj_t *takewhile_next(rv_obj_t *o)
{
    rv_itertool_t *t = ITT(o);
    if (t->flag)
        return NULL;
    rv_obj_t *item = next_item(t->it);
    if (!item)
        return NULL;
    int ok = call_truth(t->fn, item);
    if (ok > 0)
        return item;
    rv_decref(item);
    if (ok == 0) {
        rv_touch(o);
        t->flag = true;
    }
    return NULL;
}

rv_type_t rv_itertools_takewhile_type = {
    .name = "itertools.takewhile", ITERTOOL_SLOTS, .make = takewhile_make,
    .next = takewhile_next, .repr = rv_default_repr, .size = size56,
};

static rv_obj_t *filterfalse_make(rv_type_t *type, rv_obj_t *const *args, size_t nargs,
                                  rv_obj_t *kwnames)
{
    if (positional("filterfalse", nargs, kwnames, 2, 2) < 0)
        return NULL;
    return over(type, args[1], args[0]);
}

/* None and bool are not called: the item's own truth is used. */
static rv_obj_t *filterfalse_next(rv_obj_t *o)
{
    rv_itertool_t *f = ITT(o);
    for (;;) {
        rv_obj_t *item = next_item(f->it);
        if (!item)
            return NULL;
        int ok = f->fn == rv_None || f->fn == &rv_bool_type.ob ? rv_truth(item)
                                                               : call_truth(f->fn, item);
        if (ok == 0)
            return item;
        rv_decref(item);
        if (ok < 0)
            return NULL;
    }
}

rv_type_t rv_itertools_filterfalse_type = {
    .name = "itertools.filterfalse", ITERTOOL_SLOTS, .make = filterfalse_make,
    .next = filterfalse_next, .repr = rv_default_repr, .size = size48,
};

static rv_obj_t *starmap_make(rv_type_t *type, rv_obj_t *const *args, size_t nargs,
                              rv_obj_t *kwnames)
{
    if (positional("starmap", nargs, kwnames, 2, 2) < 0)
        return NULL;
    return over(type, args[1], args[0]);
}

/* Each item is the argument list: a tuple as it is, anything else
 * through tuple(). */
static rv_obj_t *starmap_next(rv_obj_t *o)
{
    rv_obj_t *item = next_item(ITT(o)->it);
    if (!item)
        return NULL;
    rv_obj_t *cargs = RV_IS(item, rv_tuple_type) ? rv_incref(item) : rv_tuple_from_iterable(item);
    rv_decref(item);
    if (!cargs)
        return NULL;
    rv_obj_t *r = rv_call(ITT(o)->fn, RV_TUPLE(cargs)->items, rv_tuple_len(cargs), NULL);
    rv_decref(cargs);
    return r;
}

rv_type_t rv_itertools_starmap_type = {
    .name = "itertools.starmap", ITERTOOL_SLOTS, .make = starmap_make, .next = starmap_next,
    .repr = rv_default_repr, .size = size48,
};

/******************************************************************************/
/* pairwise: it the iterator (NULL once exhausted), x the previous item     */

static rv_obj_t *pairwise_make(rv_type_t *type, rv_obj_t *const *args, size_t nargs,
                               rv_obj_t *kwnames)
{
    if (positional("pairwise", nargs, kwnames, 1, 1) < 0)
        return NULL;
    return over(type, args[0], NULL);
}

static rv_obj_t *pairwise_next(rv_obj_t *o)
{
    rv_itertool_t *p = ITT(o);
    if (!p->it)
        return NULL;
    rv_touch(o);
    if (!p->x && !(p->x = next_item(p->it))) {
        rv_clearref(&p->it);
        return NULL;
    }
    rv_obj_t *item = next_item(p->it);
    if (!item) {
        rv_clearref(&p->it);
        rv_clearref(&p->x);
        return NULL;
    }
    rv_obj_t *r = rv_tuple_pack(2, p->x, item);
    rv_decref(p->x);
    p->x = item;
    return r;
}

rv_type_t rv_itertools_pairwise_type = {
    .name = "itertools.pairwise", ITERTOOL_SLOTS, .make = pairwise_make, .next = pairwise_next,
    .repr = rv_default_repr, .size = size48,
};

/******************************************************************************/
/* the module                                                                 */

static const rv_method_t itertools_functions[] = {
    { "tee", rv_itertools_tee, 0 },
    { NULL, NULL, 0 },
};

/* In the order of itertools' dict (`from itertools import *` binds them so). */
static const struct {
    const char *name;
    rv_type_t *type;
} itertools_types[] = {
    { "accumulate", &rv_itertools_accumulate_type },
    { "combinations", &rv_itertools_combinations_type },
    { "combinations_with_replacement", &rv_itertools_cwr_type },
    { "cycle", &rv_itertools_cycle_type },
    { "dropwhile", &rv_itertools_dropwhile_type },
    { "takewhile", &rv_itertools_takewhile_type },
    { "islice", &rv_itertools_islice_type },
    { "starmap", &rv_itertools_starmap_type },
    { "chain", &rv_itertools_chain_type },
    { "compress", &rv_itertools_compress_type },
    { "filterfalse", &rv_itertools_filterfalse_type },
    { "count", &rv_itertools_count_type },
    { "zip_longest", &rv_itertools_zip_longest_type },
    { "pairwise", &rv_itertools_pairwise_type },
    { "permutations", &rv_itertools_permutations_type },
    { "product", &rv_itertools_product_type },
    { "repeat", &rv_itertools_repeat_type },
    { "groupby", &rv_itertools_groupby_type },
    { "_grouper", &rv_itertools_grouper_type },
    { "_tee", &rv_itertools_tee_type },
    { "_tee_dataobject", &rv_itertools_teedata_type },
};

#define NTYPES (sizeof itertools_types / sizeof itertools_types[0])

static const char *const itertools_values[NTYPES + 1] = {
    "accumulate", "combinations", "combinations_with_replacement", "cycle", "dropwhile",
    "takewhile", "islice", "starmap", "chain", "compress", "filterfalse", "count",
    "zip_longest", "pairwise", "permutations", "product", "repeat", "groupby", "_grouper",
    "_tee", "_tee_dataobject", NULL,
};

/* The types get their identity on import (a type made at start-up would
 * renumber every program's objects), and object's slots. */
static void itertools_init(rv_obj_t *m)
{
    for (size_t i = 0; i < NTYPES; i++) {
        rv_type_t *t = itertools_types[i].type;
        rv_obj_init_static(&t->ob, &rv_type_type);
        if (!t->base)
            t->base = &rv_object_type;
        rv_type_inherit_slots(t);
        rv_module_set_value(m, itertools_types[i].name, &t->ob);
    }
}

const rv_module_def_t rv_mod_itertools = {
    .name = "itertools",
    .functions = itertools_functions,
    .values = itertools_values,
    .init = itertools_init,
};
