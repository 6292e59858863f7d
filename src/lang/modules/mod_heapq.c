/* src/lang/modules/mod_heapq.c - the heapq module's C functions (CPython's
 * Modules/_heapqmodule.c): heappush, heappop, heapify, heapreplace,
 * heappushpop and the max-heap variants heapq.py uses (_heapify_max,
 * _heappop_max, _heapreplace_max); the module's table.
 *
 * A lesson draws the list after every operation, so the items must move
 * exactly as CPython moves them: siftdown walks from a leaf toward the
 * root, swapping the new item with each larger parent; siftup first moves
 * the smaller child up all the way to a leaf ("bubble up the smaller
 * child"), then sifts the item placed there back down.  Every comparison
 * is `<` (PyObject_RichCompareBool(..., Py_LT)) with the operands in
 * CPython's order, so a program __lt__ sees the same calls; one that
 * changes the list's length is RuntimeError "list changed size during
 * iteration".  heapify sifts the nodes n//2-1 .. 0, and past 2500 items
 * in CPython's cache-friendly order (the same heap, the same comparisons,
 * in another order). */
#include "lang/modules/mod_heapq.h"

#include <stdio.h>

#include "core/exc.h"
#include "core/heap.h"
#include "core/obj_list.h"
#include "core/obj_misc.h"
#include "core/obj_str.h"
#include "lang/modules/modargs.h"
#include "lang/modules/modules_int.h"

/******************************************************************************/
/* sifting                                                                    */

/* a[i] < a[j] (max: a[j] < a[i]), the operands held across the call; 1, 0
 * or -1.  The list's length must not change meanwhile. */
static int less(rv_obj_t *heap, size_t i, size_t j, bool max)
{
    size_t len = rv_list_len(heap);
    rv_obj_t *a = rv_incref(rv_list_get_borrow(heap, max ? j : i));
    rv_obj_t *b = rv_incref(rv_list_get_borrow(heap, max ? i : j));
    int r = rv_richcompare_bool(a, b, RV_LT);
    rv_decref(a);
    rv_decref(b);
    if (r >= 0 && rv_list_len(heap) != len) {
        rv_err_format(&rv_exc_RuntimeError, "list changed size during iteration");
        return -1;
    }
    return r;
}

static void swap(rv_obj_t *heap, size_t i, size_t j)
{
    rv_list_touch(heap, i < j ? i : j);
    rv_obj_t **items = RV_LIST(heap)->items;
    rv_obj_t *t = items[i];
    items[i] = items[j];
    items[j] = t;
}

/* _siftdown: the item at pos moves up past the parents it is less than. */
static int siftdown(rv_obj_t *heap, size_t startpos, size_t pos, bool max)
{
    while (pos > startpos) {
        size_t parent = (pos - 1) >> 1;
        int lt = less(heap, pos, parent, max);
        if (lt < 0)
            return -1;
        if (!lt)
            break;
        swap(heap, parent, pos);
        pos = parent;
    }
    return 0;
}

/* _siftup: the smaller child moves up until pos is a leaf, then the item
 * that was at pos is sifted down from there. */
static int siftup(rv_obj_t *heap, size_t pos, bool max)
{
    size_t end = rv_list_len(heap), start = pos, limit = end >> 1;
    while (pos < limit) {
        size_t child = 2 * pos + 1;
        if (child + 1 < end) {
            int lt = less(heap, child, child + 1, max);
            if (lt < 0)
                return -1;
            child += !lt;
        }
        swap(heap, child, pos);
        pos = child;
    }
    return siftdown(heap, start, pos, max);
}

/* cache_friendly_heapify: after each pair of siblings, their parent (and
 * its parent while the node is a left child), so that the children are
 * still in cache. */
static int heapify_cache_friendly(rv_obj_t *heap, bool max)
{
    size_t m = rv_list_len(heap) >> 1; /* the first childless node */
    size_t top = 1;
    while (top <= (m + 1) >> 1)
        top <<= 1;
    size_t leftmost = top - 1; /* the leftmost node of m's row */
    size_t mhalf = m >> 1;
    for (int pass = 0; pass < 2; pass++) {
        size_t from = pass == 0 ? leftmost : m, to = pass == 0 ? mhalf : leftmost;
        for (size_t i = from; i-- > to;) {
            for (size_t j = i;; j >>= 1) {
                if (siftup(heap, j, max) < 0)
                    return -1;
                if (!(j & 1))
                    break;
            }
        }
    }
    return 0;
}

int rv_heapq_heapify(rv_obj_t *heap, bool max)
{
    size_t n = rv_list_len(heap);
    if (n > 2500)
        return heapify_cache_friendly(heap, max);
    for (size_t i = n >> 1; i-- > 0;)
        if (siftup(heap, i, max) < 0)
            return -1;
    return 0;
}

static rv_obj_t *index_error(void)
{
    rv_err_format(&rv_exc_IndexError, "index out of range");
    return NULL;
}

/* heap[0] = item (stolen), then siftup: the old heap[0], or NULL. */
static rv_obj_t *replace_top(rv_obj_t *heap, rv_obj_t *item, bool max)
{
    rv_list_touch(heap, 0);
    rv_obj_t *top = rv_list_get_borrow(heap, 0);
    rv_list_set_steal(heap, 0, item);
    if (siftup(heap, 0, max) < 0) {
        rv_decref(top);
        return NULL;
    }
    return top;
}

/* heappop_internal: the last item comes off the end (PyList_SetSlice,
 * which may shrink the array), then replaces the root. */
rv_obj_t *rv_heapq_pop(rv_obj_t *heap, bool max)
{
    size_t n = rv_list_len(heap);
    if (n == 0)
        return index_error();
    rv_obj_t *last = rv_incref(rv_list_get_borrow(heap, n - 1));
    if (rv_list_set_slice(heap, (intptr_t)n - 1, (intptr_t)n, NULL) < 0) {
        rv_decref(last);
        return NULL;
    }
    if (n == 1)
        return last;
    return replace_top(heap, last, max);
}

rv_obj_t *rv_heapq_replace(rv_obj_t *heap, rv_obj_t *item, bool max)
{
    if (rv_list_len(heap) == 0)
        return index_error();
    return replace_top(heap, rv_incref(item), max);
}

/******************************************************************************/
/* the functions                                                              */

/* Clinic's positional-only parameters, the first a list (subclasses
 * too): "_heapq.heappop() takes exactly one argument (0 given)", "heappush
 * expected 2 arguments, got 1", "heappop() argument must be list, not
 * tuple". */
static int heap_args(const char *name, rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames,
                     size_t want)
{
    char qualname[48];
    snprintf(qualname, sizeof qualname, "_heapq.%s", name);
    if (rv_arg_no_kw(qualname, kwnames) < 0 ||
        rv_arg_count(want == 1 ? qualname : name, nargs, want, want) < 0)
        return -1;
    if (!rv_isinstance(args[0], &rv_list_type)) {
        rv_arg_bad_type(name, want == 1 ? 0 : 1, "list", args[0]);
        return -1;
    }
    return 0;
}

static rv_obj_t *heapq_heappush(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                rv_obj_t *kw)
{
    if (heap_args("heappush", args, nargs, kw, 2) < 0 || rv_list_append(args[0], args[1]) < 0 ||
        siftdown(args[0], 0, rv_list_len(args[0]) - 1, false) < 0)
        return NULL;
    return rv_incref(rv_None);
}

static rv_obj_t *heapq_heappop(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                               rv_obj_t *kw)
{
    if (heap_args("heappop", args, nargs, kw, 1) < 0)
        return NULL;
    return rv_heapq_pop(args[0], false);
}

static rv_obj_t *heapq_heapreplace(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                   rv_obj_t *kw)
{
    if (heap_args("heapreplace", args, nargs, kw, 2) < 0)
        return NULL;
    return rv_heapq_replace(args[0], args[1], false);
}

/* The item comes straight back when the heap is empty or its root is not
 * less than the item. */
static rv_obj_t *heapq_heappushpop(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                   rv_obj_t *kw)
{
    if (heap_args("heappushpop", args, nargs, kw, 2) < 0)
        return NULL;
    rv_obj_t *heap = args[0], *item = args[1];
    if (rv_list_len(heap) == 0)
        return rv_incref(item);
    rv_obj_t *top = rv_incref(rv_list_get_borrow(heap, 0));
    int lt = rv_richcompare_bool(top, item, RV_LT);
    rv_decref(top);
    if (lt < 0)
        return NULL;
    if (!lt)
        return rv_incref(item);
    /* The comparison may have emptied the list. */
    return rv_heapq_replace(heap, item, false);
}

static rv_obj_t *heapq_heapify(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                               rv_obj_t *kw)
{
    if (heap_args("heapify", args, nargs, kw, 1) < 0 || rv_heapq_heapify(args[0], false) < 0)
        return NULL;
    return rv_incref(rv_None);
}

static rv_obj_t *heapq_heappop_max(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                   rv_obj_t *kw)
{
    if (heap_args("_heappop_max", args, nargs, kw, 1) < 0)
        return NULL;
    return rv_heapq_pop(args[0], true);
}

static rv_obj_t *heapq_heapreplace_max(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                       rv_obj_t *kw)
{
    if (heap_args("_heapreplace_max", args, nargs, kw, 2) < 0)
        return NULL;
    return rv_heapq_replace(args[0], args[1], true);
}

static rv_obj_t *heapq_heapify_max(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                   rv_obj_t *kw)
{
    if (heap_args("_heapify_max", args, nargs, kw, 1) < 0 || rv_heapq_heapify(args[0], true) < 0)
        return NULL;
    return rv_incref(rv_None);
}

/******************************************************************************/
/* the module                                                                 */

/* In the order of heapq's dict: heapq.py's functions, then what
 * `from _heapq import *` replaces or adds. */
static const rv_method_t heapq_functions[] = {
    { "heappush", heapq_heappush, 0 },
    { "heappop", heapq_heappop, 0 },
    { "heapify", heapq_heapify, 0 },
    { "heapreplace", heapq_heapreplace, 0 },
    { "merge", rv_heapq_merge, RV_METH_PYFUNC },
    { "nlargest", rv_heapq_nlargest, RV_METH_PYFUNC },
    { "nsmallest", rv_heapq_nsmallest, RV_METH_PYFUNC },
    { "heappushpop", heapq_heappushpop, 0 },
    { "_heappop_max", heapq_heappop_max, 0 },
    { "_heapreplace_max", heapq_heapreplace_max, 0 },
    { "_heapify_max", heapq_heapify_max, 0 },
    { NULL, NULL, 0 },
};

/* The generator type heapq.merge makes gets its identity on import (a
 * type made at start-up would renumber every program's objects). */
static void heapq_init(rv_obj_t *m)
{
    (void)m;
    rv_obj_init_static(&rv_heapq_merge_type.ob, &rv_type_type);
}

const rv_module_def_t rv_mod_heapq = {
    .name = "heapq",
    .functions = heapq_functions,
    .init = heapq_init,
};
