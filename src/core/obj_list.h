/* src/core/obj_list.h - list: a growable array of references whose capacity
 * grows as CPython's list_resize grows it (visible in sys.getsizeof). */
#ifndef RV_CORE_OBJ_LIST_H
#define RV_CORE_OBJ_LIST_H

#include "core/object.h"

typedef struct rv_list {
    rv_obj_t ob;
    size_t len;
    size_t cap;        /* CPython's `allocated` */
    rv_obj_t **items;
    /* The lowest index changed since the tracer last recorded the list
     * (SIZE_MAX: none), so that a step of a loop appending to a long list
     * records one item, not the whole list again. */
    size_t changed_from;
    /* list.sort runs: the list looks empty, with CPython's allocated set
     * to -1 (its size shows it), until the sort puts the items back. */
    bool sorting;
} rv_list_t;

#define RV_LIST(o) ((rv_list_t *)(o))

/* refviz's bound on one list's or tuple's items (2 GiB of pointers, the
 * bound str has too): beyond it, [0] * n and friends raise MemoryError, as
 * CPython does when the allocation fails, instead of refviz aborting. */
#define RV_SEQ_MAX_ITEMS ((size_t)1 << 28)

/* rv_touch for a list whose items from index `from` on change. */
static inline void rv_list_touch(rv_obj_t *o, size_t from)
{
    rv_touch(o);
    if (from < RV_LIST(o)->changed_from)
        RV_LIST(o)->changed_from = from;
}

/* A list of length n with capacity exactly n, items NULL (to fill with
 * rv_list_set_steal): CPython's PyList_New. */
rv_obj_t *rv_list_new(size_t n);
/* An empty list of type, a class deriving from list (list.__new__), with
 * the type's extra_size bytes. */
rv_obj_t *rv_list_new_subtype(const rv_type_t *type);
static inline size_t rv_list_len(const rv_obj_t *l) { return RV_LIST(l)->len; }
static inline rv_obj_t *rv_list_get_borrow(const rv_obj_t *l, size_t i) { return RV_LIST(l)->items[i]; }
static inline void rv_list_set_steal(rv_obj_t *l, size_t i, rv_obj_t *v) { RV_LIST(l)->items[i] = v; }
int rv_list_append(rv_obj_t *l, rv_obj_t *v);
/* list.extend(iterable): CPython's list_extend, including its exact
 * pre-sizing of a list with no array yet (by the length hint). */
int rv_list_extend(rv_obj_t *l, rv_obj_t *iterable);
rv_obj_t *rv_list_from_iterable(rv_obj_t *iterable);  /* list(x) */
/* PySequence_Fast: v itself when it is exactly a list or a tuple, else
 * list(iter(v)), which asks v for an iterator and then that iterator for
 * one (a class whose __iter__ returns self sees two calls, as in CPython).
 * A TypeError from iter(v) becomes TypeError(msg).  New reference. */
rv_obj_t *rv_sequence_fast(rv_obj_t *v, const char *msg);
/* The items of what rv_sequence_fast returned (a list or a tuple), borrowed,
 * and their number in *n. */
rv_obj_t *const *rv_sequence_fast_items(rv_obj_t *seq, size_t *n);
rv_obj_t *rv_list_from_array(rv_obj_t *const *items, size_t n); /* exact size */
/* list.sort(key=..., reverse=...) with key/reverse already parsed. */
int rv_list_sort(rv_obj_t *l, rv_obj_t *key, bool reverse);

/* list(iterable) as list.__init__ does it (clears, then pre-sizes exactly
 * for objects with a len before extending): for subclasses' __init__. */
int rv_list_init(rv_obj_t *l, rv_obj_t *iterable);
/* list.insert(where, v) with CPython's clamping of where. */
int rv_list_insert(rv_obj_t *l, intptr_t where, rv_obj_t *v);
/* l[lo:hi] (clamped) as a new exact-size list: PyList_GetSlice. */
rv_obj_t *rv_list_get_slice(rv_obj_t *l, intptr_t lo, intptr_t hi);
/* l[lo:hi] = v (v NULL deletes): PyList_SetSlice / list_ass_slice. */
int rv_list_set_slice(rv_obj_t *l, intptr_t lo, intptr_t hi, rv_obj_t *v);
/* list.clear(): drops the items and frees the array (getsizeof 56). */
void rv_list_clear(rv_obj_t *l);
void rv_list_reverse(rv_obj_t *l);
/* tuple(l): PyList_AsTuple. */
rv_obj_t *rv_list_as_tuple(rv_obj_t *l);

/* The iterators: iter(list) and reversed(list). */
extern rv_type_t rv_listiter_type, rv_listreviter_type;
/* reversed(list). */
rv_obj_t *rv_list_reversed(rv_obj_t *l);

#endif
