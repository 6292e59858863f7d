/* src/lang/modules/mod_heapq.h - what the parts of the heapq module share:
 * mod_heapq.c (the C functions of CPython's _heapq: heappush, heappop,
 * heapify ... and their max-heap variants) and mod_heapq_py.c (what
 * heapq.py writes in Python: nlargest, nsmallest and the merge generator).
 *
 * OWNERSHIP: as in core/object.h. */
#ifndef RV_LANG_MOD_HEAPQ_H
#define RV_LANG_MOD_HEAPQ_H

#include "core/object.h"

/* heapify, heappop and heapreplace on a list (the caller has checked that
 * heap is one), as _heapq does them; max selects the max-heap variants
 * (_heapify_max ...).  heappop and heapreplace return the item taken out;
 * IndexError "index out of range" on an empty list. */
int rv_heapq_heapify(rv_obj_t *heap, bool max);
rv_obj_t *rv_heapq_pop(rv_obj_t *heap, bool max);
rv_obj_t *rv_heapq_replace(rv_obj_t *heap, rv_obj_t *item, bool max);

/* heapq.py's functions (mod_heapq_py.c), and the type of the generators
 * merge makes (its __name__ is 'generator'). */
extern rv_type_t rv_heapq_merge_type;
rv_obj_t *rv_heapq_nlargest(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw);
rv_obj_t *rv_heapq_nsmallest(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw);
rv_obj_t *rv_heapq_merge(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw);

#endif
