/* src/lang/modules/mod_itertools_group.c - the itertools objects with more
 * state (CPython's Modules/itertoolsmodule.c): groupby and its _grouper,
 * islice, tee (a _tee per copy over shared _tee_dataobject blocks) and
 * zip_longest.  The layout is mod_itertools.h's. */
#include "lang/modules/mod_itertools.h"

#include "base/alloc.h"
#include "core/exc.h"
#include "core/heap.h"
#include "core/obj_int.h"
#include "core/obj_misc.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"
#include "lang/modules/modargs.h"
#include "lang/objects/class.h"

#define SLOTS                                                                     \
    .clear = rv_itertool_clear, .release = rv_itertool_release,                   \
    .traverse = rv_itertool_traverse, .iter = rv_itertool_iter,                   \
    .hash = rv_hash_pointer, .repr = rv_default_repr

static rv_obj_t *refuse(const char *what)
{
    rv_obj_t *msg = rv_str_printf("calling itertools.%s (an internal type)", what);
    rv_err_set_obj(&rv_exc_RefvizUnsupported, msg);
    rv_decref(msg);
    return NULL;
}

/******************************************************************************/
/* groupby: it the iterator, fn the key function (None: the items), x the
 * key of the group being given (tgtkey), y the key of the item read ahead
 * (currkey), z that item (currvalue); borrowed the _grouper of the
 * current group, which alone may read it.
 *
 * _grouper: it its groupby (the parent), x its group's key.  Once the
 * groupby moves on, an older _grouper gives nothing more. */

static rv_obj_t *groupby_make(rv_type_t *type, rv_obj_t *const *args, size_t nargs,
                              rv_obj_t *kwnames)
{
    static const char *const names[] = { "iterable", "key", NULL };
    const rv_clinic_t c = { "groupby", names, 0, 2, 1 };
    rv_obj_t *p[2];
    if (rv_clinic_parse(&c, args, nargs, kwnames, p) < 0)
        return NULL;
    rv_obj_t *it = rv_iter(p[0]);
    if (!it)
        return NULL;
    rv_obj_t *o = rv_itertool_new(type);
    ITT(o)->it = it;
    ITT(o)->fn = rv_incref(p[1] ? p[1] : rv_None);
    return o;
}

/* groupby_step: reads the next item and its key; -1 at the end (with no
 * exception) or on an error. */
static int groupby_step(rv_obj_t *o)
{
    rv_itertool_t *g = ITT(o);
    rv_obj_t *value = rv_next(g->it);
    if (!value)
        return -1;
    rv_obj_t *key = g->fn == rv_None ? rv_incref(value) : rv_call1(g->fn, value);
    if (!key) {
        rv_decref(value);
        return -1;
    }
    rv_touch(o);
    rv_obj_t *old = g->z;
    g->z = value;
    rv_obj_t *oldkey = g->y;
    g->y = key;
    rv_xdecref(oldkey);
    rv_xdecref(old);
    return 0;
}

/* Skips the rest of the current group (comparing its key with each item's
 * by ==), then gives (key, a new _grouper for the next group). */
static rv_obj_t *groupby_next(rv_obj_t *o)
{
    rv_itertool_t *g = ITT(o);
    g->borrowed = NULL;
    for (;;) {
        if (g->y) {
            if (!g->x)
                break;
            int eq = rv_richcompare_bool(g->x, g->y, RV_EQ);
            if (eq < 0)
                return NULL;
            if (eq == 0)
                break;
        }
        if (groupby_step(o) < 0)
            return NULL;
    }
    rv_touch(o);
    rv_setref(&g->x, g->y);
    rv_obj_t *grouper = rv_itertool_new(&rv_itertools_grouper_type);
    ITT(grouper)->it = rv_incref(o);
    ITT(grouper)->x = rv_incref(g->x);
    g->borrowed = grouper;
    rv_obj_t *r = rv_tuple_pack(2, g->y, grouper);
    rv_decref(grouper);
    return r;
}

/* 16 bytes of GC header, the object header, six pointers (56) */
static size_t groupby_size(rv_obj_t *o)
{
    (void)o;
    return 80;
}

rv_type_t rv_itertools_groupby_type = {
    .name = "itertools.groupby", SLOTS, .flags = RV_TF_GC | RV_TF_MUTABLE | RV_TF_BASETYPE,
    .make = groupby_make, .next = groupby_next, .size = groupby_size,
};

/* _grouper_next: the item read ahead, while its key equals the group's;
 * the groupby then reads the next one when asked. */
static rv_obj_t *grouper_next(rv_obj_t *o)
{
    rv_obj_t *parent = ITT(o)->it;
    rv_itertool_t *g = ITT(parent);
    if (g->borrowed != o)
        return NULL;
    if (!g->z && groupby_step(parent) < 0)
        return NULL;
    int eq = rv_richcompare_bool(ITT(o)->x, g->y, RV_EQ);
    if (eq <= 0)
        return NULL;
    rv_touch(parent);
    rv_obj_t *r = g->z;
    g->z = NULL;
    rv_clearref(&g->y);
    return r;
}

static size_t grouper_size(rv_obj_t *o)
{
    (void)o;
    return 48;
}

static rv_obj_t *grouper_make(rv_type_t *type, rv_obj_t *const *args, size_t nargs,
                              rv_obj_t *kwnames)
{
    return refuse("_grouper");
}

rv_type_t rv_itertools_grouper_type = {
    .name = "itertools._grouper", SLOTS, .flags = RV_TF_GC | RV_TF_MUTABLE,
    .make = grouper_make, .next = grouper_next, .size = grouper_size,
};

/******************************************************************************/
/* islice: it the iterator (NULL once done), n the index of the next item
 * to give, m the stop (-1: None), k the step, r the items read          */

/* PyNumber_AsSsize_t whose failure islice_new turns into its own
 * ValueError: -1 for anything that is not an index that fits. */
static int64_t slice_arg(rv_obj_t *o)
{
    int64_t v;
    if (rv_arg_index_ssize(o, &v) < 0) {
        rv_err_clear();
        return -1;
    }
    return v;
}

static rv_obj_t *islice_make(rv_type_t *type, rv_obj_t *const *args, size_t nargs,
                             rv_obj_t *kwnames)
{
    if (rv_arg_no_kw("islice", kwnames) < 0 || rv_arg_positional("islice", nargs, 2, 4) < 0)
        return NULL;
    int64_t start = 0, stop = -1, step = 1;
    rv_obj_t *stop_arg = nargs == 2 ? args[1] : args[2];
    if (nargs > 2 && args[1] != rv_None)
        start = slice_arg(args[1]);
    if (stop_arg != rv_None && (stop = slice_arg(stop_arg)) == -1) {
        rv_err_format(&rv_exc_ValueError, "Stop argument for islice() must be None or an "
                                          "integer: 0 <= x <= sys.maxsize.");
        return NULL;
    }
    if (start < 0 || stop < -1) {
        rv_err_format(&rv_exc_ValueError, "Indices for islice() must be None or an "
                                          "integer: 0 <= x <= sys.maxsize.");
        return NULL;
    }
    if (nargs == 4 && args[3] != rv_None)
        step = slice_arg(args[3]);
    if (step < 1) {
        rv_err_format(&rv_exc_ValueError, "Step for islice() must be a positive integer or None.");
        return NULL;
    }
    rv_obj_t *it = rv_iter(args[0]);
    if (!it)
        return NULL;
    rv_obj_t *o = rv_itertool_new(type);
    rv_itertool_t *s = ITT(o);
    s->it = it;
    s->n = start;
    s->m = stop;
    s->k = step;
    return o;
}

/* islice_next: skips to the next index to give; at the end, or on an
 * error, the iterator is dropped. */
static rv_obj_t *islice_next(rv_obj_t *o)
{
    rv_itertool_t *s = ITT(o);
    if (!s->it)
        return NULL;
    rv_touch(o);
    rv_obj_t *item;
    while (s->r < s->n) {
        if (!(item = rv_next(s->it)))
            goto empty;
        rv_decref(item);
        s->r++;
    }
    if (s->m != -1 && s->r >= s->m)
        goto empty;
    if (!(item = rv_next(s->it)))
        goto empty;
    s->r++;
    int64_t old = s->n;
    s->n = old > INT64_MAX - s->k ? INT64_MAX : old + s->k;
    if (s->n < old || (s->m != -1 && s->n > s->m))
        s->n = s->m;
    return item;
empty:
    rv_clearref(&s->it);
    return NULL;
}

static size_t islice_size(rv_obj_t *o)
{
    (void)o;
    return 72;
}

rv_type_t rv_itertools_islice_type = {
    .name = "itertools.islice", SLOTS, .flags = RV_TF_GC | RV_TF_MUTABLE | RV_TF_BASETYPE,
    .make = islice_make, .next = islice_next, .size = islice_size,
};

/******************************************************************************/
/* tee: each copy is a _tee (it its current _tee_dataobject, n its index
 * in it); the copies share the blocks, each of up to 57 items read from
 * the iterator by the copy that is ahead, linked to the next block.  A
 * block, and the items in it, lives until every copy has moved past it. */

#define LINKCELLS 57

typedef struct teedata {
    rv_obj_t ob;
    rv_obj_t *it;
    rv_obj_t *nextlink;
    int numread;
    bool running;
    rv_obj_t *values[LINKCELLS];
} teedata_t;

#define TEEDATA(o) ((teedata_t *)(o))

static rv_obj_t *teedata_new(rv_obj_t *it)
{
    teedata_t *d = rv_obj_alloc(&rv_itertools_teedata_type, sizeof(teedata_t));
    d->it = rv_incref(it);
    return &d->ob;
}

static void teedata_clear(rv_obj_t *o)
{
    teedata_t *d = TEEDATA(o);
    int n = d->numread;
    d->numread = 0;
    for (int i = 0; i < n; i++)
        rv_clearref(&d->values[i]);
    rv_clearref(&d->it);
    rv_clearref(&d->nextlink);
}

static void teedata_traverse(rv_obj_t *o, rv_visit_fn visit, void *ctx)
{
    teedata_t *d = TEEDATA(o);
    rv_edge_t e = { .kind = RV_EDGE_HIDDEN };
    if (d->it)
        visit(d->it, &e, ctx);
    for (int i = 0; i < d->numread; i++)
        visit(d->values[i], &e, ctx);
    if (d->nextlink)
        visit(d->nextlink, &e, ctx);
}

/* teedataobject_getitem: item i, read from the iterator by the copy that
 * is ahead of the others. */
static rv_obj_t *teedata_item(rv_obj_t *o, int i)
{
    teedata_t *d = TEEDATA(o);
    if (i < d->numread)
        return rv_incref(d->values[i]);
    if (d->running) {
        rv_err_format(&rv_exc_RuntimeError, "cannot re-enter the tee iterator");
        return NULL;
    }
    d->running = true;
    rv_obj_t *value = rv_next(d->it);
    d->running = false;
    if (!value)
        return NULL;
    d->values[d->numread++] = value;
    return rv_incref(value);
}

static size_t teedata_size(rv_obj_t *o)
{
    (void)o;
    return 512;
}

static rv_obj_t *teedata_make(rv_type_t *type, rv_obj_t *const *args, size_t nargs,
                              rv_obj_t *kwnames)
{
    return refuse("_tee_dataobject");
}

rv_type_t rv_itertools_teedata_type = {
    .name = "itertools._tee_dataobject", .flags = RV_TF_GC | RV_TF_MUTABLE,
    .clear = teedata_clear, .release = rv_obj_free, .traverse = teedata_traverse,
    .hash = rv_hash_pointer, .repr = rv_default_repr, .size = teedata_size,
    .make = teedata_make,
};

static rv_obj_t *tee_new(rv_obj_t *data, int64_t index)
{
    rv_obj_t *t = rv_itertool_new(&rv_itertools_tee_type);
    ITT(t)->it = rv_incref(data);
    ITT(t)->n = index;
    return t;
}

/* tee_fromiterable: iter() again, then a copy of a _tee, or a new _tee
 * over a first block. */
static rv_obj_t *tee_from_iterable(rv_obj_t *iterable)
{
    rv_obj_t *it = rv_iter(iterable);
    if (!it)
        return NULL;
    rv_obj_t *t;
    if (RV_IS(it, rv_itertools_tee_type)) {
        t = tee_new(ITT(it)->it, ITT(it)->n);
    } else {
        rv_obj_t *data = teedata_new(it);
        t = tee_new(data, 0);
        rv_decref(data);
    }
    rv_decref(it);
    return t;
}

static rv_obj_t *tee_next(rv_obj_t *o)
{
    rv_itertool_t *t = ITT(o);
    if (t->n >= LINKCELLS) {
        teedata_t *d = TEEDATA(t->it);
        if (!d->nextlink)
            d->nextlink = teedata_new(d->it);
        rv_touch(o);
        rv_setref(&t->it, d->nextlink);
        t->n = 0;
    }
    rv_obj_t *value = teedata_item(t->it, (int)t->n);
    if (!value)
        return NULL;
    rv_touch(o);
    t->n++;
    return value;
}

static rv_obj_t *tee_copy(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                          rv_obj_t *kwnames)
{
    if (rv_arg_no_kw("_tee.__copy__", kwnames) < 0 ||
        rv_arg_count("_tee.__copy__", nargs, 0, 0) < 0)
        return NULL;
    return tee_new(ITT(self)->it, ITT(self)->n);
}

static rv_obj_t *tee_make(rv_type_t *type, rv_obj_t *const *args, size_t nargs,
                          rv_obj_t *kwnames)
{
    if (rv_arg_no_kw("_tee", kwnames) < 0 || rv_arg_positional("_tee", nargs, 1, 1) < 0)
        return NULL;
    return tee_from_iterable(args[0]);
}

static size_t tee_size(rv_obj_t *o)
{
    (void)o;
    return 56;
}

static const rv_method_t tee_methods[] = {
    { "__copy__", tee_copy, 0 },
    { NULL, NULL, 0 },
};

rv_type_t rv_itertools_tee_type = {
    .name = "itertools._tee", SLOTS, .flags = RV_TF_GC | RV_TF_MUTABLE | RV_TF_WEAKREFABLE,
    .make = tee_make, .next = tee_next, .size = tee_size, .methods = tee_methods,
};

/* The iterator's __copy__ (a _tee's, or a program class's), or NULL
 * without an exception when it has none. */
static rv_obj_t *copy_method(rv_obj_t *it)
{
    if (RV_IS(it, rv_itertools_tee_type) ||
        (rv_is_heap_type(it->type) && rv_class_lookup_cstr(it->type, "__copy__")))
        return rv_getattr_cstr(it, "__copy__");
    return NULL;
}

/* tee(iterable, n=2): n copies; the first is the iterator itself when it
 * can copy itself (a _tee), the others that one's copies. */
rv_obj_t *rv_itertools_tee(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    int64_t n = 2;
    if (rv_arg_no_kw("itertools.tee", kw) < 0 || rv_arg_positional("tee", nargs, 1, 2) < 0 ||
        (nargs == 2 && rv_arg_ssize(args[1], &n) < 0))
        return NULL;
    if (n < 0) {
        rv_err_format(&rv_exc_ValueError, "n must be >= 0");
        return NULL;
    }
    rv_obj_t *result = rv_tuple_new((size_t)n);
    if (n == 0)
        return result;
    for (int64_t i = 0; i < n; i++)
        rv_tuple_set_steal(result, (size_t)i, rv_incref(rv_None));
    rv_obj_t *it = rv_iter(args[0]);
    if (!it)
        goto fail;
    rv_obj_t *copyable, *copy = copy_method(it);
    if (copy) {
        copyable = it;
    } else {
        copyable = rv_err_occurred() ? NULL : tee_from_iterable(it);
        rv_decref(it);
        copy = copyable ? rv_getattr_cstr(copyable, "__copy__") : NULL;
        if (!copy) {
            rv_xdecref(copyable);
            goto fail;
        }
    }
    rv_itertool_result_set(result, 0, copyable);
    for (int64_t i = 1; i < n; i++) {
        rv_obj_t *c = rv_call0(copy);
        if (!c) {
            rv_decref(copy);
            goto fail;
        }
        rv_itertool_result_set(result, (size_t)i, c);
    }
    rv_decref(copy);
    return result;
fail:
    rv_decref(result);
    return NULL;
}

/******************************************************************************/
/* zip_longest: it the iterators (a tuple; None for an exhausted one), fn
 * the fill value, x the result tuple made with the object (reused while
 * nothing else holds it), n the number of iterables, m those still active */

static rv_obj_t *zip_longest_make(rv_type_t *type, rv_obj_t *const *args, size_t nargs,
                                  rv_obj_t *kwnames)
{
    rv_obj_t *fill = rv_None;
    size_t nkw = kwnames ? rv_tuple_len(kwnames) : 0;
    if (nkw) {
        if (nkw != 1 || !rv_str_eq_cstr(rv_tuple_get_borrow(kwnames, 0), "fillvalue")) {
            rv_err_format(&rv_exc_TypeError, "zip_longest() got an unexpected keyword argument");
            return NULL;
        }
        fill = args[nargs];
    }
    rv_obj_t *its = rv_tuple_new(nargs);
    for (size_t i = 0; i < nargs; i++)
        rv_tuple_set_steal(its, i, rv_incref(rv_None));
    for (size_t i = 0; i < nargs; i++) {
        rv_obj_t *it = rv_iter(args[i]);
        if (!it) {
            rv_decref(its);
            return NULL;
        }
        rv_itertool_result_set(its, i, it);
    }
    rv_obj_t *result = rv_tuple_new(nargs);
    for (size_t i = 0; i < nargs; i++)
        rv_tuple_set_steal(result, i, rv_incref(rv_None));
    rv_obj_t *o = rv_itertool_new(type);
    rv_itertool_t *z = ITT(o);
    z->it = its;
    z->fn = rv_incref(fill);
    z->x = result;
    z->n = z->m = (int64_t)nargs;
    return o;
}

/* The next item of iterator i, the fill value once it is exhausted, or
 * NULL when the last active one is exhausted or on an error. */
static rv_obj_t *zip_longest_item(rv_obj_t *o, size_t i)
{
    rv_itertool_t *z = ITT(o);
    rv_obj_t *it = rv_tuple_get_borrow(z->it, i);
    if (it == rv_None)
        return rv_incref(z->fn);
    rv_obj_t *item = rv_next(it);
    if (item)
        return item;
    rv_touch(o);
    z->m--;
    if (z->m == 0 || rv_err_occurred()) {
        z->m = 0;
        return NULL;
    }
    rv_itertool_result_set(z->it, i, rv_incref(rv_None));
    return rv_incref(z->fn);
}

/* The result tuple is filled in place when the object holds the only
 * reference to it, else a new tuple is made (and not kept). */
static rv_obj_t *zip_longest_next(rv_obj_t *o)
{
    rv_itertool_t *z = ITT(o);
    size_t n = (size_t)z->n;
    if (n == 0 || z->m == 0)
        return NULL;
    rv_obj_t *result = z->x;
    bool reuse = result->refcnt == 1;
    if (reuse) {
        rv_incref(result);
        result->flags &= ~(uint32_t)RV_F_UNTRACKED;
        rv_touch(result);
    } else {
        result = rv_tuple_new(n);
        for (size_t i = 0; i < n; i++)
            rv_tuple_set_steal(result, i, rv_incref(rv_None));
    }
    for (size_t i = 0; i < n; i++) {
        rv_obj_t *item = zip_longest_item(o, i);
        if (!item) {
            rv_decref(result);
            return NULL;
        }
        rv_itertool_result_set(result, i, item);
    }
    return result;
}

rv_type_t rv_itertools_zip_longest_type = {
    .name = "itertools.zip_longest", SLOTS, .flags = RV_TF_GC | RV_TF_MUTABLE | RV_TF_BASETYPE,
    .make = zip_longest_make, .next = zip_longest_next, .size = islice_size,
};
