/* src/core/heap.c - object allocation, identity, deallocation, the cycle
 * collector and the reference-count self-check.
 *
 * Deallocation: rv_decref reaching zero calls rv_dealloc, which queues the
 * object.  Only the outermost rv_dealloc drains the queue; releasing an
 * object's children merely queues them, so freeing a million-deep nested list
 * uses a loop, not the C stack (CPython needs its "trashcan" for this).
 *
 * Collector (CPython's gc_collect_main, without generations): copy each
 * container's refcount into `scratch`, subtract the references containers
 * hold to each other; a container left with a positive count is referenced
 * from outside the heap (a frame, the runtime).  Everything reachable from
 * those survives; the remaining containers are cyclic garbage: clear them
 * (which breaks the cycles) and let reference counting free the rest. */
#include "core/heap.h"

#include <stdio.h>
#include <stdlib.h>

#include "base/alloc.h"
#include "core/exc.h"
#include "core/obj_bool.h"
#include "core/obj_bytes.h"
#include "core/obj_dict.h"
#include "core/obj_int.h"
#include "core/obj_misc.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"
#include "core/obj_weakref.h"

bool rv_selfcheck_enabled = false;

static rv_obj_t *live_head;  /* oldest */
static rv_obj_t *live_tail;  /* newest */
static size_t live_count;
static uint64_t next_id = 1;
static uint64_t last_static_id; /* the newest id a static object took */

static rv_obj_t **pending;   /* queued for deallocation */
static size_t npending, cappending;
static bool draining;
static bool collecting;      /* weakref callbacks wait for the collector */

static rv_free_hook_fn free_hook;
static void *free_hook_ctx;

static rv_alloc_hook_fn alloc_trace, free_trace;
static bool alloc_paused;
static void *trace_ctx;

rv_touch_fn rv_touch_hook;
void *rv_touch_ctx;

/******************************************************************************/
/* allocation                                                                 */

static void link_live(rv_obj_t *o)
{
    o->live_prev = live_tail;
    o->live_next = NULL;
    if (live_tail)
        live_tail->live_next = o;
    else
        live_head = o;
    live_tail = o;
    live_count++;
}

static void unlink_live(rv_obj_t *o)
{
    if (o->live_prev)
        o->live_prev->live_next = o->live_next;
    else
        live_head = o->live_next;
    if (o->live_next)
        o->live_next->live_prev = o->live_prev;
    else
        live_tail = o->live_prev;
    live_count--;
}

void *rv_obj_alloc(const rv_type_t *type, size_t size)
{
    /* A static type missing from the init lists still gets its identity
     * before its first instance can make it visible (type(x)). */
    if (!type->ob.type && (type->flags & RV_TF_HEAPTYPE) == 0)
        rv_obj_init_static((rv_obj_t *)&type->ob, &rv_type_type);
    rv_obj_t *o = rv_calloc(1, size);
    o->type = type;
    o->refcnt = 1;
    o->id = next_id++;
    link_live(o);
    if (alloc_trace && !alloc_paused)
        alloc_trace(o, trace_ctx);
    return o;
}

void rv_obj_free(rv_obj_t *o)
{
    rv_free(o);
}

void rv_obj_init_static(rv_obj_t *o, const rv_type_t *type)
{
    if (o->id)
        return;
    o->type = type;
    o->refcnt = 1;
    o->id = next_id++;
    last_static_id = o->id;
    o->flags |= RV_F_STATIC;
}

intptr_t rv_heap_new_mark(void)
{
    static intptr_t mark = (intptr_t)1 << 40;
    return ++mark;
}

uint64_t rv_heap_peek_id(void)
{
    return next_id;
}


void rv_heap_skip_ids(uint64_t first)
{
    if (next_id < first)
        next_id = first;
}

bool rv_heap_rewind_id(uint64_t id)
{
    if (id >= next_id || last_static_id >= id || (live_tail && live_tail->id >= id))
        return false;
    next_id = id;
    return true;
}

size_t rv_heap_count(void)
{
    return live_count;
}

rv_obj_t *rv_heap_first(void)
{
    return live_head;
}

rv_obj_t *rv_heap_last(void)
{
    return live_tail;
}

void rv_heap_set_touch_hook(rv_touch_fn fn, void *ctx)
{
    rv_touch_hook = fn;
    rv_touch_ctx = ctx;
}

void rv_heap_set_alloc_hooks(rv_alloc_hook_fn on_alloc, rv_alloc_hook_fn on_free, void *ctx)
{
    alloc_trace = on_alloc;
    free_trace = on_free;
    trace_ctx = ctx;
}

void rv_heap_pause_alloc_hook(bool paused)
{
    alloc_paused = paused;
}

void rv_heap_set_free_hook(rv_free_hook_fn fn, void *ctx)
{
    free_hook = fn;
    free_hook_ctx = ctx;
}

/******************************************************************************/
/* deallocation                                                               */

static void push_pending(rv_obj_t *o)
{
    if (npending == cappending) {
        cappending = cappending ? cappending * 2 : 256;
        pending = rv_realloc(pending, cappending * sizeof *pending);
    }
    pending[npending++] = o;
}

/* PEP 442: the finalizer sees the object intact, with one reference (its
 * argument); keeping one more resurrects it. */
static bool finalize(rv_obj_t *o)
{
    o->flags |= RV_F_FINALIZED;
    o->flags &= ~(uint32_t)RV_F_FREEING;
    o->refcnt = 1;
    o->type->finalize(o);
    if (--o->refcnt > 0)
        return false;
    o->flags |= RV_F_FREEING;
    return true;
}

static void destroy(rv_obj_t *o)
{
    if (o->type->finalize && !(o->flags & RV_F_FINALIZED) && !finalize(o))
        return;
    /* A pending exception may be replaced while an object dies; the object
     * itself must not see a half-torn state, so the hook runs first. */
    if (free_hook)
        free_hook(o, free_hook_ctx);
    if (free_trace)
        free_trace(o, trace_ctx);
    if (o->flags & RV_F_WEAKREFED)
        rv_weakref_clear_referent(o, collecting);
    if (o->type->clear)
        o->type->clear(o);
    unlink_live(o);
    if (o->type->release)
        o->type->release(o);
    else
        rv_free(o);
}

void rv_dealloc(rv_obj_t *o)
{
    /* Statically allocated types are immortal even before they were given
     * an identity. */
    bool static_type = o->type == &rv_type_type &&
                       !(((rv_type_t *)o)->flags & RV_TF_HEAPTYPE);
    if ((o->flags & RV_F_STATIC) || static_type) {
        /* A static object lost more references than it was given: keep it
         * alive (it cannot be freed) and let the self-check report it. */
        o->refcnt = 1;
        return;
    }
    o->flags |= RV_F_FREEING;
    push_pending(o);
    if (draining)
        return;
    draining = true;
    while (npending)
        destroy(pending[--npending]);
    draining = false;
    /* Weak reference callbacks run once the heap is consistent again. */
    if (!collecting && rv_weakref_queued())
        rv_weakref_flush();
}

/******************************************************************************/
/* the cycle collector                                                        */

static bool is_heap_container(const rv_obj_t *o)
{
    return !(o->flags & RV_F_STATIC) && (o->type->flags & RV_TF_GC) && o->type->traverse;
}

static void visit_subtract(rv_obj_t *child, const rv_edge_t *edge, void *ctx)
{
    if (edge->view || edge->weak)
        return;
    (void)ctx;
    if (is_heap_container(child))
        child->scratch--;
}

typedef struct worklist {
    rv_obj_t **items;
    size_t len, cap;
} worklist_t;

static void work_push(worklist_t *w, rv_obj_t *o)
{
    if (w->len == w->cap) {
        w->cap = w->cap ? w->cap * 2 : 256;
        w->items = rv_realloc(w->items, w->cap * sizeof *w->items);
    }
    w->items[w->len++] = o;
}

static void visit_mark(rv_obj_t *child, const rv_edge_t *edge, void *ctx)
{
    if (edge->view || edge->weak)
        return;
    if (is_heap_container(child) && !(child->flags & RV_F_GC_REACHABLE)) {
        child->flags |= RV_F_GC_REACHABLE;
        work_push(ctx, child);
    }
}

/* _PyObject_GC_MAY_BE_TRACKED: a container, unless a tuple that is not
 * tracked. */
static bool may_be_tracked(rv_obj_t *o)
{
    if (!is_heap_container(o))
        return false;
    return o->type != &rv_tuple_type || rv_gc_is_tracked(o);
}

static void visit_find_tracked(rv_obj_t *child, const rv_edge_t *edge, void *ctx)
{
    if (edge->view || edge->weak)
        return;
    bool *found = ctx;
    if (!*found && may_be_tracked(child))
        *found = true;
}

/* Whether o holds something that may be tracked (its items, a dict's keys
 * and values). */
static bool holds_tracked(rv_obj_t *o)
{
    bool found = false;
    o->type->traverse(o, visit_find_tracked, &found);
    return found;
}

/* CPython tracks a dict only once a key or value may be tracked
 * (MAINTAIN_TRACKING; the model decides from the current contents, where
 * CPython keeps tracking until a collection untracks it), creates every
 * tuple but the empty one tracked, and untracks tuples holding only
 * untracked values when a collection starts (untrack_tuples).  gc.collect()
 * counts only tracked objects. */
bool rv_gc_is_tracked(rv_obj_t *o)
{
    if (!is_heap_container(o))
        return false;
    if (o->type == &rv_tuple_type) {
        size_t n = 0;
        rv_len(o, &n);
        return n > 0 && !(o->flags & RV_F_UNTRACKED);
    }
    if (o->type != &rv_dict_type)
        return true;
    return holds_tracked(o);
}

/* untrack_tuples: oldest first, so a tuple's items were seen first. */
static void untrack_tuples(void)
{
    for (rv_obj_t *o = live_head; o; o = o->live_next)
        if (o->type == &rv_tuple_type && !(o->flags & RV_F_UNTRACKED) && !holds_tracked(o))
            o->flags |= RV_F_UNTRACKED;
}

/* Marks RV_F_GC_REACHABLE every container reachable from outside the
 * heap's containers (update_refs, subtract_refs, move_unreachable); the
 * nheld objects of held each have one reference the collector holds, which
 * does not count. */
static void mark_reachable(rv_obj_t *const *held, size_t nheld)
{
    for (rv_obj_t *o = live_head; o; o = o->live_next) {
        o->flags &= ~RV_F_GC_REACHABLE;
        o->scratch = o->refcnt;
    }
    for (size_t i = 0; i < nheld; i++)
        held[i]->scratch--;
    for (rv_obj_t *o = live_head; o; o = o->live_next)
        if (is_heap_container(o))
            o->type->traverse(o, visit_subtract, NULL);

    worklist_t w = { 0 };
    for (rv_obj_t *o = live_head; o; o = o->live_next) {
        if (is_heap_container(o) && o->scratch > 0) {
            o->flags |= RV_F_GC_REACHABLE;
            work_push(&w, o);
        }
    }
    while (w.len) {
        rv_obj_t *o = w.items[--w.len];
        o->type->traverse(o, visit_mark, &w);
    }
    rv_free(w.items);
}

size_t rv_gc_collect(void)
{
    untrack_tuples();
    mark_reachable(NULL, 0);

    worklist_t w = { 0 };

    /* Hold a reference to every garbage container so that none is freed
     * while its neighbours are being cleared. */
    size_t count = 0;
    for (rv_obj_t *o = live_head; o; o = o->live_next) {
        if (is_heap_container(o) && !(o->flags & RV_F_GC_REACHABLE)) {
            work_push(&w, rv_incref(o));
            if (rv_gc_is_tracked(o) && !(o->flags & RV_F_INLINE_VALUES))
                count++;
        }
    }
    /* Garbage weak references are cleared with the rest, so their
     * callbacks never run (CPython's handle_weakrefs); the callbacks of
     * live ones wait until every piece of garbage is gone. */
    size_t ngarbage = w.len;
    bool nested = collecting;
    collecting = true;
    /* PEP 442: finalizers run first, on intact objects. */
    bool finalized = false;
    for (size_t i = 0; i < ngarbage; i++) {
        rv_obj_t *o = w.items[i];
        if (o->type->finalize && !(o->flags & RV_F_FINALIZED)) {
            o->flags |= RV_F_FINALIZED;
            o->type->finalize(o);
            finalized = true;
        }
    }
    /* A finalizer may have made garbage reachable again (a __del__ that
     * stores self, or a new instance of a class in the garbage): that is
     * not cleared (handle_resurrected_objects).  Clearing it left a class
     * without its namespace, alive, and the next use of it crashed. */
    if (finalized)
        mark_reachable(w.items, ngarbage);
    for (size_t i = 0; i < ngarbage; i++)
        if (w.items[i]->type->clear && !(finalized && (w.items[i]->flags & RV_F_GC_REACHABLE)))
            w.items[i]->type->clear(w.items[i]);
    for (size_t i = 0; i < ngarbage; i++)
        rv_decref(w.items[i]);
    rv_free(w.items);
    collecting = nested;
    if (!collecting && rv_weakref_queued())
        rv_weakref_flush();
    return count;
}

/******************************************************************************/
/* self-check                                                                 */

static void visit_count(rv_obj_t *child, const rv_edge_t *edge, void *ctx)
{
    if (edge->view || edge->weak)
        return;
    (void)ctx;
    if (!(child->flags & RV_F_STATIC))
        child->scratch++;
}

size_t rv_heap_selfcheck(rv_buf_t *report, bool strict)
{
    size_t problems = 0;
    for (rv_obj_t *o = live_head; o; o = o->live_next)
        o->scratch = 0;
    for (rv_obj_t *o = live_head; o; o = o->live_next)
        if (o->type->traverse)
            o->type->traverse(o, visit_count, NULL);
    for (rv_obj_t *o = live_head; o; o = o->live_next) {
        /* A dying object waits in the queue with no references left. */
        bool queued = o->refcnt == 0 && (o->flags & RV_F_FREEING);
        bool bad = o->refcnt < o->scratch || (o->refcnt <= 0 && !queued) ||
                   (strict && o->refcnt > o->scratch && !(o->flags & RV_F_ROOT));
        if (bad) {
            problems++;
            if (report && problems <= 20)
                rv_buf_printf(report, "object #%llu (%s): refcount %ld, referenced %ld times%s\n",
                              (unsigned long long)o->id, o->type->name, (long)o->refcnt,
                              (long)o->scratch, (o->flags & RV_F_ROOT) ? " (root)" : "");
        }
    }
    return problems;
}

/******************************************************************************/
/* start-up and shut-down                                                     */

static rv_type_t *const static_types[] = {
    &rv_type_type, &rv_object_type, &rv_none_type, &rv_notimpl_type,
    &rv_ellipsis_type, &rv_bool_type, &rv_int_type, &rv_float_type,
    &rv_str_type, &rv_tuple_type, &rv_list_type, &rv_dict_type, &rv_set_type,
    &rv_frozenset_type, &rv_range_type, &rv_module_type, &rv_builtin_type,
    &rv_libfunc_type,
    &rv_method_descr_type, &rv_slice_type,
};

void rv_core_init(void)
{
    for (size_t i = 0; i < sizeof static_types / sizeof static_types[0]; i++) {
        rv_obj_init_static(&static_types[i]->ob, &rv_type_type);
        if (!static_types[i]->base && static_types[i] != &rv_object_type)
            static_types[i]->base = &rv_object_type;
    }
    /* A subtype uses its base's slots where it defines none (CPython's
     * inherit_slots): bool computes with int's arithmetic and comparison. */
    for (size_t i = 0; i < sizeof static_types / sizeof static_types[0]; i++)
        rv_type_inherit_slots(static_types[i]);
    rv_exc_init_types();
    rv_misc_init();
    rv_bool_init();
    rv_int_init_cache();
    rv_str_init_caches();
    rv_tuple_init();
    rv_bytes_init_types();
    rv_exc_init_late_types();
    /* Whatever exists now is held by the runtime's caches. */
    for (rv_obj_t *o = live_head; o; o = o->live_next)
        o->flags |= RV_F_ROOT;
}

void rv_core_finalize(void)
{
    rv_err_clear();
    rv_tuple_finalize();
    rv_str_finalize_caches();
    rv_bytes_finalize_caches();
    rv_int_finalize_cache();
    rv_gc_collect();
    rv_weakref_finalize();
    rv_free(pending);
    pending = NULL;
    npending = cappending = 0;
}
