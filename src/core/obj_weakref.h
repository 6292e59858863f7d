/* src/core/obj_weakref.h - weak references (weakref.ref, CPython's
 * Objects/weakrefobject.c).
 *
 * A weak reference points at its referent without owning it: the referent's
 * reference count does not include it, the collector and the snapshot layer
 * ignore the edge (rv_edge_t.weak), and when the referent is deallocated
 * every weak reference to it is cleared (calling it then gives None) and
 * those with a callback are queued; the queue runs once the deallocation
 * cascade is over (rv_weakref_flush, called by heap.c).
 *
 * Which objects accept weak references is a type flag, RV_TF_WEAKREFABLE
 * (CPython's tp_weaklistoffset).  Weak references to an object are kept in
 * a side table keyed by its id, so objects pay nothing for the feature:
 * RV_F_WEAKREFED tells heap.c's deallocation that there is a list to clear.
 *
 * Ownership: a weak reference owns its callback (and, for a weak container's
 * entry, its key); its referent and owner are borrowed and cleared before
 * they go away. */
#ifndef RV_CORE_OBJ_WEAKREF_H
#define RV_CORE_OBJ_WEAKREF_H

#include "core/object.h"

typedef struct rv_weakref rv_weakref_t;

struct rv_weakref {
    rv_obj_t ob;
    rv_obj_t *referent;     /* weak: NULL once it died */
    rv_obj_t *callback;     /* owned, or NULL */
    /* A weak container's entry (obj_weakdict.c): when the referent dies,
     * on_dead(ref) runs from the callback queue and removes the entry. */
    void (*on_dead)(rv_weakref_t *ref);
    rv_obj_t *owner;        /* borrowed; the container clears it when it dies */
    rv_obj_t *key;          /* owned, or NULL */
    int64_t hash;
    bool hashed;
    /* The referent was garbage of the cycle collector: CPython's
     * handle_weakrefs clears the referent but leaves the callback in place
     * after calling it, where a plain deallocation drops it first. */
    bool keeps_callback;
    rv_weakref_t *prev, *next; /* the referent's list, CPython's order */
};

extern rv_type_t rv_weakref_type;

#define RV_WEAKREF(o) ((rv_weakref_t *)(o))

/* weakref.ref(referent, callback): callback NULL or None reuses the
 * referent's existing plain reference as CPython does.  TypeError "cannot
 * create weak reference to 'T' object" for types without the flag. */
rv_obj_t *rv_weakref_new(rv_obj_t *referent, rv_obj_t *callback);
/* A fresh reference that is never shared (weak containers' entries). */
rv_obj_t *rv_weakref_new_unshared(rv_obj_t *referent);
/* The referent (borrowed), or NULL when it died. */
static inline rv_obj_t *rv_weakref_get_borrow(rv_obj_t *ref)
{
    return RV_WEAKREF(ref)->referent;
}
bool rv_weakref_supported(const rv_obj_t *o);
/* The first weak reference to o (borrowed), or NULL: what an instance's
 * __weakref__ attribute shows. */
rv_obj_t *rv_weakref_first_borrow(rv_obj_t *o);
/* weakref.getweakrefcount / getweakrefs (a new list, CPython's order). */
size_t rv_weakref_count(rv_obj_t *o);
rv_obj_t *rv_weakref_list(rv_obj_t *o);

/* heap.c: o is being deallocated and has RV_F_WEAKREFED; by_collector
 * when the cycle collector is clearing it. */
void rv_weakref_clear_referent(rv_obj_t *o, bool by_collector);
/* heap.c: runs the queued callbacks (each called with its reference) once
 * no deallocation is in progress.  A callback's exception is handed to
 * rv_weakref_unraisable and cleared; a pending exception is kept. */
bool rv_weakref_queued(void);
/* Whether callbacks are running now (the recorder: their referents are
 * still being deallocated in CPython while they run). */
bool rv_weakref_flushing(void);
void rv_weakref_flush(void);
/* rv_core_finalize: frees the side table (every referent is gone). */
void rv_weakref_finalize(void);
/* Set by the interpreter to report "Exception ignored in: ..." (CPython's
 * PyErr_WriteUnraisable); NULL: exceptions are dropped.  exc is borrowed. */
extern void (*rv_weakref_unraisable)(rv_obj_t *callback, rv_obj_t *exc);

#endif
