/* src/lang/modules/mod_heapq_py.c - what heapq.py writes in Python:
 * nlargest, nsmallest and merge.  They are `function`s to the program
 * (RV_METH_PYFUNC), and each step of heapq.py that a program can observe
 * happens here in heapq.py's order: the builtins it calls (len, min, max,
 * sorted, iter, range, zip), every call of the key function, every
 * comparison (tuples of (item, order) or (key, order, item), so a program
 * __lt__ or __eq__ is called as there), and the sizes of the lists
 * returned (a comprehension's grow by appends, a slice is exact).
 *
 * merge is a generator function: merge(...) makes a `generator` (the
 * merge_t below) that does nothing until its first next(), then keeps
 * heapq.py's heap of [value, order, iterator] lists (with a key: [key,
 * order, value, iterator]) and resumes where heapq.py's frame would. */
#include <stdio.h>
#include <string.h>

#include "core/exc.h"
#include "core/heap.h"
#include "core/obj_bool.h"
#include "core/obj_dict.h"
#include "core/obj_int.h"
#include "core/obj_iter.h"
#include "core/obj_list.h"
#include "core/obj_misc.h"
#include "core/obj_range.h"
#include "core/obj_slice.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"
#include "lang/modules/mod_heapq.h"
#include "lang/modules/modargs.h"
#include "lang/vm/vm.h"

/* A builtin called as heapq.py calls it, keywords named in kw (a
 * space-separated list whose values follow the positional arguments). */
static rv_obj_t *call_builtin(const char *name, rv_obj_t *const *args, size_t nargs,
                              const char *kw1, const char *kw2, size_t nkw)
{
    rv_obj_t *f = rv_dict_get_cstr_borrow(rv_builtins_dict(), name);
    rv_obj_t *kwnames = NULL;
    if (nkw) {
        rv_obj_t *a = rv_str_intern(kw1), *b = nkw > 1 ? rv_str_intern(kw2) : NULL;
        kwnames = nkw > 1 ? rv_tuple_pack(2, a, b) : rv_tuple_pack(1, a);
        rv_decref(a);
        rv_xdecref(b);
    }
    rv_obj_t *r = rv_call(f, args, nargs, kwnames);
    rv_xdecref(kwnames);
    return r;
}

/******************************************************************************/
/* nlargest, nsmallest                                                        */

/* n == 1: min(it, default=sentinel, key=key) (max for nlargest). */
static rv_obj_t *select_one(rv_obj_t *iterable, rv_obj_t *key, bool largest)
{
    rv_obj_t *it = rv_iter(iterable);
    if (!it)
        return NULL;
    rv_obj_t *sentinel = rv_call0(&rv_object_type.ob);
    rv_obj_t *args[] = { it, sentinel, key };
    rv_obj_t *r = call_builtin(largest ? "max" : "min", args, 1, "default", "key", 2);
    rv_decref(it);
    rv_obj_t *out = NULL;
    if (r)
        out = r == sentinel ? rv_list_new(0) : rv_list_from_array(&r, 1);
    rv_xdecref(r);
    rv_decref(sentinel);
    return out;
}

/* The whole input sorted, when n >= len(iterable): sorted(...)[:n].
 * *done is false when the input has no len (the heap is used then). */
static rv_obj_t *select_sorted(rv_obj_t *n, rv_obj_t *iterable, rv_obj_t *key, bool largest,
                               bool *done)
{
    *done = false;
    size_t size;
    if (rv_len(iterable, &size) < 0) {
        if (!rv_err_matches(&rv_exc_TypeError) && !rv_err_matches(&rv_exc_AttributeError))
            return NULL;
        rv_err_clear();
        return NULL;
    }
    rv_obj_t *sizeobj = rv_int_from_u64(size);
    rv_obj_t *ge = rv_richcompare(n, sizeobj, RV_GE);
    rv_decref(sizeobj);
    int all = ge ? rv_truth(ge) : -1;
    rv_xdecref(ge);
    if (all <= 0) {
        *done = all < 0;
        return NULL;
    }
    *done = true;
    rv_obj_t *args[] = { iterable, key, rv_True };
    rv_obj_t *sorted = call_builtin("sorted", args, 1, "key", "reverse", largest ? 2 : 1);
    if (!sorted)
        return NULL;
    rv_obj_t *slice = rv_slice_new(NULL, n, NULL);
    rv_obj_t *r = rv_getitem(sorted, slice);
    rv_decref(slice);
    rv_decref(sorted);
    return r;
}

/* range(n) for nsmallest, range(0, -n, -1) for nlargest: the orders. */
static rv_obj_t *orders(rv_obj_t *n, bool largest)
{
    if (!largest)
        return rv_call(&rv_range_type.ob, &n, 1, NULL);
    rv_obj_t *neg = rv_unop(RV_UOP_NEG, n);
    if (!neg)
        return NULL;
    rv_obj_t *zero = rv_int_from_i64(0), *step = rv_int_from_i64(-1);
    rv_obj_t *args[] = { zero, neg, step };
    rv_obj_t *r = rv_call(&rv_range_type.ob, args, 3, NULL);
    rv_decref(zero);
    rv_decref(step);
    rv_decref(neg);
    return r;
}

/* (k, order, elem), or (elem, order) without a key. */
static rv_obj_t *entry(rv_obj_t *k, rv_obj_t *order, rv_obj_t *elem, bool keyed)
{
    return keyed ? rv_tuple_pack(3, k, order, elem) : rv_tuple_pack(2, elem, order);
}

/* key(elem) or elem. */
static rv_obj_t *key_of(rv_obj_t *key, rv_obj_t *elem)
{
    return key ? rv_call1(key, elem) : rv_incref(elem);
}

/* The first n items as entries, in a list grown by appends. */
static rv_obj_t *first_entries(rv_obj_t *n, rv_obj_t *it, rv_obj_t *key, bool largest)
{
    rv_obj_t *range = orders(n, largest);
    if (!range)
        return NULL;
    rv_obj_t *zargs[] = { range, it };
    rv_obj_t *z = rv_call(&rv_zip_type.ob, zargs, 2, NULL);
    rv_decref(range);
    if (!z)
        return NULL;
    rv_obj_t *result = rv_list_new(0), *pair;
    while ((pair = rv_next(z))) {
        rv_obj_t *i = rv_tuple_get_borrow(pair, 0), *elem = rv_tuple_get_borrow(pair, 1);
        rv_obj_t *k = key_of(key, elem);
        rv_obj_t *e = k ? entry(k, i, elem, key != NULL) : NULL;
        rv_xdecref(k);
        rv_decref(pair);
        if (!e || rv_list_append(result, e) < 0) {
            rv_xdecref(e);
            rv_clearref(&result);
            break;
        }
        rv_decref(e);
    }
    rv_decref(z);
    if (result && rv_err_occurred())
        rv_clearref(&result);
    return result;
}

/* The rest of the input through the heap of the n best entries so far,
 * its root the worst of them: a max-heap for nsmallest, a min-heap for
 * nlargest.  `top` is the root's key. */
static int keep_best(rv_obj_t *result, rv_obj_t *n, rv_obj_t *it, rv_obj_t *key, bool largest)
{
    rv_obj_t *top = rv_incref(rv_tuple_get_borrow(rv_list_get_borrow(result, 0), 0));
    rv_obj_t *order = largest ? rv_unop(RV_UOP_NEG, n) : rv_incref(n);
    rv_obj_t *one = rv_int_from_i64(1), *elem;
    int rc = order ? 0 : -1;
    while (rc == 0 && (elem = rv_next(it))) {
        rv_obj_t *k = key_of(key, elem);
        int better = !k ? -1 : largest ? rv_richcompare_bool(top, k, RV_LT)
                                       : rv_richcompare_bool(k, top, RV_LT);
        if (better > 0) {
            rv_obj_t *e = entry(k, order, elem, key != NULL);
            rv_obj_t *old = rv_heapq_replace(result, e, !largest);
            rv_decref(e);
            if (old) {
                rv_decref(old);
                rv_setref(&top, rv_tuple_get_borrow(rv_list_get_borrow(result, 0), 0));
                rv_obj_t *next = rv_inplace(largest ? RV_OP_SUB : RV_OP_ADD, order, one);
                rv_decref(order);
                order = next;
            }
            better = old && order ? 0 : -1;
        }
        rv_xdecref(k);
        rv_decref(elem);
        rc = better < 0 ? -1 : 0;
    }
    rv_decref(top);
    rv_xdecref(order);
    rv_decref(one);
    return rc < 0 || rv_err_occurred() ? -1 : 0;
}

static rv_obj_t *select_n(const char *fname, rv_obj_t *const *args, size_t nargs,
                          rv_obj_t *kwnames, bool largest)
{
    static const char *const names[] = { "n", "iterable", "key", NULL };
    const rv_pysig_t sig = { fname, names, 3, 2, false };
    rv_obj_t *p[3];
    if (rv_pysig_bind(&sig, args, nargs, kwnames, p) < 0)
        return NULL;
    rv_obj_t *n = p[0], *iterable = p[1], *key = p[2] && p[2] != rv_None ? p[2] : NULL;
    rv_obj_t *one = rv_int_from_i64(1);
    int is_one = rv_richcompare_bool(n, one, RV_EQ);
    rv_decref(one);
    if (is_one < 0)
        return NULL;
    if (is_one)
        return select_one(iterable, key ? key : rv_None, largest);
    bool done;
    rv_obj_t *r = select_sorted(n, iterable, key ? key : rv_None, largest, &done);
    if (done || r)
        return r;
    if (rv_err_occurred())
        return NULL;
    rv_obj_t *it = rv_iter(iterable);
    if (!it)
        return NULL;
    rv_obj_t *result = first_entries(n, it, key, largest);
    if (!result || rv_list_len(result) == 0) {
        rv_decref(it);
        return result;
    }
    int rc = rv_heapq_heapify(result, !largest);
    if (rc == 0)
        rc = keep_best(result, n, it, key, largest);
    rv_decref(it);
    if (rc == 0)
        rc = rv_list_sort(result, NULL, largest);
    if (rc < 0) {
        rv_decref(result);
        return NULL;
    }
    rv_obj_t *out = rv_list_new(0);
    for (size_t i = 0; i < rv_list_len(result); i++) {
        rv_obj_t *e = rv_list_get_borrow(result, i);
        rv_list_append(out, rv_tuple_get_borrow(e, key ? 2 : 0));
    }
    rv_decref(result);
    return out;
}

rv_obj_t *rv_heapq_nlargest(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    return select_n("nlargest", args, nargs, kw, true);
}

rv_obj_t *rv_heapq_nsmallest(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    return select_n("nsmallest", args, nargs, kw, false);
}

/******************************************************************************/
/* merge                                                                      */

typedef enum merge_state {
    MERGE_UNSTARTED, /* nothing has run */
    MERGE_LOOP,      /* at the top of `while len(h) > 1` */
    MERGE_YIELDED,   /* suspended at the inner loop's `yield value` */
    MERGE_LAST,      /* suspended at the `yield value` before `yield from` */
    MERGE_TAIL,      /* in `yield from` the last iterator */
    MERGE_DONE,
} merge_state_t;

typedef struct merge {
    rv_obj_t ob;
    rv_obj_t *iterables; /* the arguments (a tuple) */
    rv_obj_t *key;       /* NULL: None */
    rv_obj_t *reverse;
    rv_obj_t *h;         /* heapq.py's h, once started */
    rv_obj_t *tail;      /* the iterator `yield from` reads */
    merge_state_t state;
    bool max;            /* reverse was true: the max-heap functions */
    bool running;
} merge_t;

#define MERGE(o) ((merge_t *)(o))

rv_obj_t *rv_heapq_merge(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    static const char *const names[] = { "key", "reverse", NULL };
    const rv_pysig_t sig = { "merge", names, 0, 0, true };
    rv_obj_t *p[2];
    if (rv_pysig_bind(&sig, args, nargs, kw, p) < 0)
        return NULL;
    merge_t *m = rv_obj_alloc(&rv_heapq_merge_type, sizeof(merge_t));
    m->iterables = rv_tuple_from_array(args, nargs);
    m->key = p[0] && p[0] != rv_None ? rv_incref(p[0]) : NULL;
    m->reverse = rv_incref(p[1] ? p[1] : rv_False);
    return &m->ob;
}

/* Where heapq.py catches StopIteration (around next() and key()): the
 * iterator is exhausted (0), an item came (1), or an error (-1). */
static int advance(merge_t *m, rv_obj_t *it, rv_obj_t **value, rv_obj_t **k)
{
    *value = rv_next(it);
    *k = NULL;
    if (*value && m->key)
        *k = rv_call1(m->key, *value);
    if (*value && (!m->key || *k))
        return 1;
    rv_clearref(value);
    if (!rv_err_occurred())
        return 0;
    if (!rv_err_matches(&rv_exc_StopIteration))
        return -1;
    rv_err_clear();
    return 0;
}

/* The prologue: the first item of each iterable, then heapify. */
static int merge_start(merge_t *m)
{
    int rev = rv_truth(m->reverse);
    if (rev < 0)
        return -1;
    m->max = rev;
    m->h = rv_list_new(0);
    for (size_t i = 0; i < rv_tuple_len(m->iterables); i++) {
        rv_obj_t *it = rv_iter(rv_tuple_get_borrow(m->iterables, i));
        if (!it)
            return -1;
        rv_obj_t *value, *k;
        int got = advance(m, it, &value, &k);
        if (got > 0) {
            rv_obj_t *items[4] = { k, NULL, value, it };
            rv_obj_t *o = rv_int_from_i64(m->max ? -(int64_t)i : (int64_t)i);
            items[1] = o;
            if (!m->key) {
                items[2] = it;
                items[0] = value;
            }
            rv_obj_t *e = rv_list_from_array(items, m->key ? 4 : 3);
            rv_list_append(m->h, e);
            rv_decref(e);
            rv_decref(o);
            rv_decref(value);
            rv_xdecref(k);
        }
        rv_decref(it);
        if (got < 0)
            return -1;
    }
    return rv_heapq_heapify(m->h, m->max);
}

/* The value an entry yields. */
static rv_obj_t *entry_value(merge_t *m, rv_obj_t *e)
{
    return rv_incref(rv_list_get_borrow(e, m->key ? 2 : 0));
}

static rv_obj_t *entry_iter(merge_t *m, rv_obj_t *e)
{
    return rv_list_get_borrow(e, m->key ? 3 : 2);
}

/* After the inner `yield value`: the root's iterator moves on and the
 * root is sifted (heapreplace(h, s)), or it is exhausted and popped. */
static int merge_resume(merge_t *m)
{
    rv_obj_t *s = rv_incref(rv_list_get_borrow(m->h, 0));
    rv_obj_t *value, *k;
    int got = advance(m, entry_iter(m, s), &value, &k);
    int rc = got < 0 ? -1 : 0;
    if (got > 0) {
        rv_list_touch(s, 0);
        if (m->key) {
            rv_setref(&RV_LIST(s)->items[0], k);
            rv_setref(&RV_LIST(s)->items[2], value);
        } else {
            rv_setref(&RV_LIST(s)->items[0], value);
        }
        rv_obj_t *old = rv_heapq_replace(m->h, s, m->max);
        rc = old ? 0 : -1;
        rv_xdecref(old);
        rv_decref(value);
        rv_xdecref(k);
    } else if (got == 0) {
        rv_obj_t *old = rv_heapq_pop(m->h, m->max);
        rc = old ? 0 : -1;
        rv_xdecref(old);
    }
    rv_decref(s);
    return rc;
}

static rv_obj_t *merge_step(merge_t *m)
{
    switch (m->state) {
    case MERGE_UNSTARTED:
        if (merge_start(m) < 0)
            return NULL;
        m->state = MERGE_LOOP;
        return merge_step(m);
    case MERGE_YIELDED:
        if (merge_resume(m) < 0)
            return NULL;
        m->state = MERGE_LOOP;
        return merge_step(m);
    case MERGE_LOOP: {
        size_t n = rv_list_len(m->h);
        if (n == 0)
            return NULL;
        m->state = n > 1 ? MERGE_YIELDED : MERGE_LAST;
        return entry_value(m, rv_list_get_borrow(m->h, 0));
    }
    case MERGE_LAST:
        /* yield from next.__self__: iter() of the iterator again. */
        m->tail = rv_iter(entry_iter(m, rv_list_get_borrow(m->h, 0)));
        if (!m->tail)
            return NULL;
        m->state = MERGE_TAIL;
        return merge_step(m);
    case MERGE_TAIL:
        return rv_next(m->tail);
    case MERGE_DONE:
        break;
    }
    return NULL;
}

static void merge_clear(rv_obj_t *o)
{
    merge_t *m = MERGE(o);
    rv_clearref(&m->iterables);
    rv_clearref(&m->key);
    rv_clearref(&m->reverse);
    rv_clearref(&m->h);
    rv_clearref(&m->tail);
}

/* A generator's frame is released when it finishes. */
static void merge_finish(merge_t *m)
{
    m->state = MERGE_DONE;
    merge_clear(&m->ob);
}

static rv_obj_t *merge_next(rv_obj_t *o)
{
    merge_t *m = MERGE(o);
    if (m->state == MERGE_DONE)
        return NULL;
    if (m->running) {
        rv_err_format(&rv_exc_ValueError, "generator already executing");
        return NULL;
    }
    m->running = true;
    rv_obj_t *r = merge_step(m);
    m->running = false;
    if (!r)
        merge_finish(m);
    return r;
}

/* gen_close: `yield from` closes the iterator it reads first
 * (_gen_close_iter: a generator's close, or the iterator's close method
 * if it has one), then GeneratorExit ends the frame: heapq.py catches
 * only StopIteration. */
static int merge_close(merge_t *m)
{
    int rc = 0;
    if (m->state == MERGE_TAIL && m->tail) {
        m->running = true;
        rv_obj_t *close = rv_getattr_cstr(m->tail, "close");
        if (!close && rv_err_matches(&rv_exc_AttributeError)) {
            rv_err_clear();
        } else {
            rv_obj_t *r = close ? rv_call0(close) : NULL;
            rc = r ? 0 : -1;
            rv_xdecref(r);
            rv_xdecref(close);
        }
        m->running = false;
    }
    merge_finish(m);
    return rc;
}

static rv_obj_t *merge_close_method(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                    rv_obj_t *kwnames)
{
    if (rv_arg_no_kw("close", kwnames) < 0 || rv_arg_count("close", nargs, 0, 0) < 0)
        return NULL;
    if (MERGE(self)->running) {
        rv_err_format(&rv_exc_ValueError, "generator already executing");
        return NULL;
    }
    return merge_close(MERGE(self)) < 0 ? NULL : rv_incref(rv_None);
}

static rv_obj_t *merge_unsupported(const char *what)
{
    rv_obj_t *msg = rv_str_printf("%s of the generator heapq.merge makes", what);
    rv_err_set_obj(&rv_exc_RefvizUnsupported, msg);
    rv_decref(msg);
    return NULL;
}

static rv_obj_t *merge_send(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                            rv_obj_t *kwnames)
{
    return merge_unsupported("send()");
}

static rv_obj_t *merge_throw(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                             rv_obj_t *kwnames)
{
    return merge_unsupported("throw()");
}

/* Dropping a suspended generator closes it (_PyGen_Finalize). */
static void merge_finalize(rv_obj_t *o)
{
    if (MERGE(o)->state != MERGE_TAIL)
        return;
    rv_obj_t *saved = rv_err_fetch();
    if (merge_close(MERGE(o)) < 0)
        rv_err_clear();
    if (saved)
        rv_err_restore(saved);
}

static void merge_traverse(rv_obj_t *o, rv_visit_fn visit, void *ctx)
{
    merge_t *m = MERGE(o);
    rv_edge_t e = { .kind = RV_EDGE_HIDDEN };
    rv_obj_t *refs[] = { m->iterables, m->key, m->reverse, m->h, m->tail };
    for (size_t i = 0; i < sizeof refs / sizeof refs[0]; i++)
        if (refs[i])
            visit(refs[i], &e, ctx);
}

static rv_obj_t *merge_repr(rv_obj_t *o)
{
    return rv_str_printf("<generator object merge at 0x%llx>", (unsigned long long)o->id);
}

/* A generator of heapq.py's merge: its frame's 22 slots (locals, cells,
 * stack) after the generator object, whatever its state. */
static size_t merge_size(rv_obj_t *o)
{
    (void)o;
    return 344;
}

static rv_obj_t *merge_iter(rv_obj_t *o)
{
    return rv_incref(o);
}

static rv_obj_t *merge_getattr(rv_obj_t *o, rv_obj_t *name)
{
    const char *n = rv_str_utf8(name);
    if (strcmp(n, "__name__") == 0 || strcmp(n, "__qualname__") == 0)
        return rv_str_from_cstr("merge");
    if (strcmp(n, "gi_running") == 0)
        return rv_bool_from(MERGE(o)->running);
    if (strcmp(n, "gi_frame") == 0 || strcmp(n, "gi_code") == 0 ||
        strcmp(n, "gi_yieldfrom") == 0 || strcmp(n, "gi_suspended") == 0)
        return merge_unsupported(n);
    const rv_method_t *m = rv_type_find_method(o->type, n);
    if (m)
        return rv_builtin_new(m, o);
    rv_err_format(&rv_exc_AttributeError, "'generator' object has no attribute '%s'", n);
    rv_err_attribute_context(o, name);
    return NULL;
}

static const rv_method_t merge_methods[] = {
    { "send", merge_send, 0 },
    { "close", merge_close_method, 0 },
    { "throw", merge_throw, 0 },
    { NULL, NULL, 0 },
};

rv_type_t rv_heapq_merge_type = {
    .name = "generator",
    .flags = RV_TF_GC | RV_TF_MUTABLE | RV_TF_WEAKREFABLE,
    .clear = merge_clear,
    .release = rv_obj_free,
    .traverse = merge_traverse,
    .finalize = merge_finalize,
    .repr = merge_repr,
    .hash = rv_hash_pointer,
    .iter = merge_iter,
    .next = merge_next,
    .getattr = merge_getattr,
    .methods = merge_methods,
    .size = merge_size,
};
