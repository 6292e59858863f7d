/* src/core/obj_weakref.c - weakref.ref (see obj_weakref.h).
 *
 * Each referent's weak references form a doubly linked list in CPython's
 * order (Objects/weakrefobject.c, weakref___new__): the plain reference
 * (no callback) first, where weakref.ref(x) finds it again; a reference
 * with a callback is inserted right after the plain one, so callbacks run
 * newest first.  The list heads live in a side table keyed by the
 * referent's id. */
#include "core/obj_weakref.h"

#include <string.h>

#include "base/alloc.h"
#include "base/idmap.h"
#include "core/exc.h"
#include "core/heap.h"
#include "core/obj_bool.h"
#include "core/obj_list.h"
#include "core/obj_misc.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"

void (*rv_weakref_unraisable)(rv_obj_t *callback, rv_obj_t *exc);

static rv_idmap_t heads;        /* referent id -> first rv_weakref_t */
static rv_weakref_t **queue;    /* cleared references with work to do (owned) */
static size_t nqueue, capqueue;
static bool flushing;

bool rv_weakref_supported(const rv_obj_t *o)
{
    return (o->type->flags & RV_TF_WEAKREFABLE) != 0;
}

static rv_weakref_t *head_of(const rv_obj_t *o)
{
    if (!(o->flags & RV_F_WEAKREFED))
        return NULL;
    return rv_idmap_get(&heads, o->id);
}

static void set_head(rv_obj_t *o, rv_weakref_t *first)
{
    if (first) {
        rv_idmap_put(&heads, o->id, first);
        o->flags |= RV_F_WEAKREFED;
    } else {
        rv_idmap_del(&heads, o->id);
        o->flags &= ~RV_F_WEAKREFED;
    }
}

/* Links r in after `prev` (NULL: at the head). */
static void link_after(rv_weakref_t *r, rv_weakref_t *prev)
{
    rv_obj_t *o = r->referent;
    if (prev) {
        r->prev = prev;
        r->next = prev->next;
        if (prev->next)
            prev->next->prev = r;
        prev->next = r;
    } else {
        r->prev = NULL;
        r->next = head_of(o);
        if (r->next)
            r->next->prev = r;
        set_head(o, r);
    }
}

static void unlink_ref(rv_weakref_t *r)
{
    rv_obj_t *o = r->referent;
    if (r->prev)
        r->prev->next = r->next;
    else
        set_head(o, r->next);
    if (r->next)
        r->next->prev = r->prev;
    r->prev = r->next = NULL;
    r->referent = NULL;
}

static bool is_plain(const rv_weakref_t *r)
{
    return !r->callback && !r->on_dead;
}

static rv_weakref_t *alloc_ref(rv_obj_t *referent)
{
    if (!rv_weakref_supported(referent)) {
        rv_err_format(&rv_exc_TypeError, "cannot create weak reference to '%s' object",
                      referent->type->name);
        return NULL;
    }
    rv_weakref_t *r = rv_obj_alloc(&rv_weakref_type, sizeof(rv_weakref_t));
    r->referent = referent;
    return r;
}

rv_obj_t *rv_weakref_new(rv_obj_t *referent, rv_obj_t *callback)
{
    if (callback == rv_None)
        callback = NULL;
    rv_weakref_t *first = head_of(referent);
    bool plain_first = first && is_plain(first);
    if (!callback && plain_first)
        return rv_incref(&first->ob);
    rv_weakref_t *r = alloc_ref(referent);
    if (!r)
        return NULL;
    r->callback = callback ? rv_incref(callback) : NULL;
    link_after(r, callback && plain_first ? first : NULL);
    return &r->ob;
}

rv_obj_t *rv_weakref_new_unshared(rv_obj_t *referent)
{
    rv_weakref_t *r = alloc_ref(referent);
    if (!r)
        return NULL;
    /* After the plain reference and the callbacks: it is nobody's to find. */
    rv_weakref_t *last = head_of(referent);
    while (last && last->next)
        last = last->next;
    link_after(r, last);
    return &r->ob;
}

rv_obj_t *rv_weakref_first_borrow(rv_obj_t *o)
{
    rv_weakref_t *r = head_of(o);
    return r ? &r->ob : NULL;
}

size_t rv_weakref_count(rv_obj_t *o)
{
    size_t n = 0;
    for (rv_weakref_t *r = head_of(o); r; r = r->next)
        n++;
    return n;
}

rv_obj_t *rv_weakref_list(rv_obj_t *o)
{
    rv_obj_t *list = rv_list_new(0);
    for (rv_weakref_t *r = head_of(o); r; r = r->next)
        rv_list_append(list, &r->ob);
    return list;
}

/******************************************************************************/
/* death of a referent                                                        */

static void enqueue(rv_weakref_t *r)
{
    if (nqueue == capqueue) {
        capqueue = capqueue ? capqueue * 2 : 16;
        queue = rv_realloc(queue, capqueue * sizeof *queue);
    }
    queue[nqueue++] = (rv_weakref_t *)rv_incref(&r->ob);
}

/* PyObject_ClearWeakRefs: every reference is cleared before any callback
 * runs.  A reference dying in the same cascade is only cleared. */
void rv_weakref_clear_referent(rv_obj_t *o, bool by_collector)
{
    rv_weakref_t *r = head_of(o);
    set_head(o, NULL);
    while (r) {
        rv_weakref_t *next = r->next;
        rv_touch(&r->ob);
        r->referent = NULL;
        r->keeps_callback = by_collector;
        r->prev = r->next = NULL;
        if ((r->callback || r->on_dead) && !(r->ob.flags & RV_F_FREEING))
            enqueue(r);
        r = next;
    }
}

bool rv_weakref_flushing(void)
{
    return flushing;
}

bool rv_weakref_queued(void)
{
    return nqueue > 0 && !flushing;
}

static void run_callback(rv_weakref_t *r)
{
    if (r->on_dead) {
        r->on_dead(r);
        return;
    }
    if (!r->callback)
        return;
    /* PyObject_ClearWeakRefs: the reference gives its callback up when the
     * referent dies (r.__callback__ is None from then on), unless the
     * collector cleared it (handle_weakrefs). */
    rv_obj_t *cb = r->callback;
    if (r->keeps_callback) {
        rv_incref(cb);
    } else {
        rv_touch(&r->ob);
        r->callback = NULL;
    }
    rv_obj_t *res = rv_call1(cb, &r->ob);
    if (res) {
        rv_decref(res);
    } else {
        rv_obj_t *exc = rv_err_fetch();
        if (exc && rv_weakref_unraisable)
            rv_weakref_unraisable(cb, exc);
        rv_xdecref(exc);
    }
    rv_decref(cb);
}

void rv_weakref_flush(void)
{
    if (flushing)
        return;
    flushing = true;
    /* Callbacks run with no exception pending, as CPython saves it. */
    rv_obj_t *saved = rv_err_fetch();
    for (size_t i = 0; i < nqueue; i++) {
        run_callback(queue[i]);
        /* Callbacks may free objects, which queues more at the end. */
        rv_weakref_t *r = queue[i];
        queue[i] = NULL;
        rv_decref(&r->ob);
    }
    nqueue = 0;
    rv_free(queue);
    queue = NULL;
    capqueue = 0;
    rv_err_restore(saved);
    flushing = false;
}

void rv_weakref_finalize(void)
{
    rv_idmap_free(&heads);
    rv_idmap_init(&heads);
}

/******************************************************************************/
/* the type                                                                   */

static void weakref_clear(rv_obj_t *o)
{
    rv_weakref_t *r = RV_WEAKREF(o);
    if (r->referent)
        unlink_ref(r);
    r->owner = NULL;
    rv_clearref(&r->callback);
    rv_clearref(&r->key);
}

static void weakref_traverse(rv_obj_t *o, rv_visit_fn visit, void *ctx)
{
    rv_weakref_t *r = RV_WEAKREF(o);
    if (r->referent) {
        rv_edge_t e = { .kind = RV_EDGE_NAMED, .name = "referent", .weak = true };
        visit(r->referent, &e, ctx);
    }
    if (r->callback) {
        rv_edge_t e = { .kind = RV_EDGE_NAMED, .name = "__callback__" };
        visit(r->callback, &e, ctx);
    }
    if (r->key) {
        rv_edge_t e = { .kind = RV_EDGE_HIDDEN };
        visit(r->key, &e, ctx);
    }
}

/* The " (name)" of weakref_repr: CPython looks __name__ up on the type
 * (_PyObject_LookupSpecial), which types, functions, built-in functions and
 * generators answer and modules do not. */
static rv_obj_t *referent_name(rv_obj_t *o)
{
    /* Instances of classes are not asked: their __getattr__ is program
     * code, which a snapshot's repr must not run. */
    if (RV_IS(o, rv_module_type) || rv_isinstance(o, &rv_set_type) ||
        rv_isinstance(o, &rv_frozenset_type) || (o->type->flags & RV_TF_HEAPTYPE))
        return NULL;
    rv_obj_t *saved = rv_err_fetch();
    rv_obj_t *name = rv_getattr_cstr(o, "__name__");
    if (name && !RV_IS(name, rv_str_type))
        rv_clearref(&name);
    rv_err_restore(saved);
    return name;
}

static rv_obj_t *weakref_repr(rv_obj_t *o)
{
    rv_weakref_t *r = RV_WEAKREF(o);
    if (!r->referent)
        return rv_str_printf("<weakref at 0x%llx; dead>", (unsigned long long)o->id);
    rv_obj_t *name = referent_name(r->referent);
    rv_obj_t *s;
    if (name)
        s = rv_str_printf("<weakref at 0x%llx; to '%s' at 0x%llx (%s)>",
                          (unsigned long long)o->id, r->referent->type->name,
                          (unsigned long long)r->referent->id, rv_str_utf8(name));
    else
        s = rv_str_printf("<weakref at 0x%llx; to '%s' at 0x%llx>", (unsigned long long)o->id,
                          r->referent->type->name, (unsigned long long)r->referent->id);
    rv_xdecref(name);
    return s;
}

/* weakref_hash: the referent's hash, remembered once known. */
static int weakref_hash(rv_obj_t *o, int64_t *out)
{
    rv_weakref_t *r = RV_WEAKREF(o);
    if (!r->hashed) {
        if (!r->referent) {
            rv_err_format(&rv_exc_TypeError, "weak object has gone away");
            return -1;
        }
        if (rv_hash(r->referent, &r->hash) < 0)
            return -1;
        r->hashed = true;
    }
    *out = r->hash;
    return 0;
}

/* weakref_richcompare: live references compare their referents; a dead
 * one is equal only to itself. */
static rv_obj_t *weakref_richcompare(rv_obj_t *a, rv_obj_t *b, rv_cmpop_t op)
{
    if ((op != RV_EQ && op != RV_NE) || !rv_isinstance(a, &rv_weakref_type) ||
        !rv_isinstance(b, &rv_weakref_type))
        return rv_incref(rv_NotImplemented);
    rv_obj_t *x = RV_WEAKREF(a)->referent, *y = RV_WEAKREF(b)->referent;
    if (!x || !y) {
        bool same = a == b;
        return rv_bool_from(op == RV_EQ ? same : !same);
    }
    rv_incref(x);
    rv_incref(y);
    rv_obj_t *res = rv_richcompare(x, y, op);
    rv_decref(x);
    rv_decref(y);
    return res;
}

static rv_obj_t *weakref_call(rv_obj_t *callable, rv_obj_t *const *args, size_t nargs,
                              rv_obj_t *kwnames)
{
    if (rv_arg_no_kw("weakref", kwnames) < 0)
        return NULL;
    if (nargs) {
        rv_err_format(&rv_exc_TypeError, "weakref expected 0 arguments, got %zu", nargs);
        return NULL;
    }
    rv_obj_t *o = RV_WEAKREF(callable)->referent;
    return rv_incref(o ? o : rv_None);
}

static rv_obj_t *weakref_getattr(rv_obj_t *o, rv_obj_t *name)
{
    const char *n = rv_str_utf8(name);
    if (strcmp(n, "__callback__") == 0) {
        rv_obj_t *cb = RV_WEAKREF(o)->callback;
        return rv_incref(cb ? cb : rv_None);
    }
    rv_err_format(&rv_exc_AttributeError, "'%s' object has no attribute '%s'", o->type->name, n);
    return NULL;
}

/* weakref.ref(obj[, callback]) (weakref___new__ + weakref___init__). */
static rv_obj_t *weakref_make(rv_type_t *type, rv_obj_t *const *args, size_t nargs,
                              rv_obj_t *kwnames)
{
    (void)type;
    if (rv_arg_no_kw("ref", kwnames) < 0 || rv_arg_count("__new__", nargs, 1, 2) < 0)
        return NULL;
    return rv_weakref_new(args[0], nargs == 2 ? args[1] : NULL);
}

static size_t weakref_size(rv_obj_t *o)
{
    (void)o;
    return 80; /* PyWeakReference (64) + GC header */
}

rv_type_t rv_weakref_type = {
    .name = "weakref.ReferenceType",
    .flags = RV_TF_GC | RV_TF_MUTABLE | RV_TF_BASETYPE,
    .clear = weakref_clear,
    .release = rv_obj_free,
    .traverse = weakref_traverse,
    .repr = weakref_repr,
    .hash = weakref_hash,
    .richcompare = weakref_richcompare,
    .call = weakref_call,
    .getattr = weakref_getattr,
    .make = weakref_make,
    .size = weakref_size,
};
