/* src/core/obj_iter.h - the iterator objects that are not tied to one
 * container type: enumerate, zip, map, filter, reversed, the generic
 * sequence iterator (iter() of a class with only __getitem__) and the
 * callable iterator (iter(f, sentinel)).  Calling the type objects makes
 * them (the builtins expose rv_enumerate_type as `enumerate`, ...).
 *
 * The per-container iterators live with their container: list_iterator and
 * list_reverseiterator in obj_list.c, tuple_iterator in obj_tuple.c,
 * range_iterator and longrange_iterator in obj_range.c. */
#ifndef RV_CORE_OBJ_ITER_H
#define RV_CORE_OBJ_ITER_H

#include "core/object.h"

extern rv_type_t rv_enumerate_type, rv_zip_type, rv_map_type, rv_filter_type,
    rv_reversed_type, rv_seqiter_type, rv_calliter_type;

/* iter(seq) for an object that has getitem but no iter slot: CPython's
 * "iterator" type, which calls seq[0], seq[1], ... until IndexError. */
rv_obj_t *rv_seqiter_new(rv_obj_t *seq);
/* iter(callable, sentinel): CPython's callable_iterator. */
rv_obj_t *rv_calliter_new(rv_obj_t *callable, rv_obj_t *sentinel);
/* reversed(seq): seq.__reversed__() when the type has one (list, range,
 * dict, ...), else the generic "reversed" iterator over len + getitem, else
 * TypeError "'set' object is not reversible". */
rv_obj_t *rv_reversed(rv_obj_t *seq);

/* PyObject_LengthHint: len(o) if o has a len slot, else
 * o.__length_hint__() (looked up in the type's methods table), else
 * dflt.  -1 with an exception on error. */
int rv_length_hint(rv_obj_t *o, size_t dflt, size_t *out);
/* Argument check of the iterators' __length_hint__ methods (no arguments,
 * "T.__length_hint__() takes no arguments (1 given)"): 0, or -1. */
int rv_length_hint_args(rv_obj_t *self, size_t nargs, rv_obj_t *kwnames);

/* Gives the iterator types of this module, obj_list.c, obj_tuple.c and
 * obj_range.c their ids (rv_obj_init_static); idempotent.  rv_tuple_init
 * calls it, so rv_core_init covers it. */
void rv_iter_init_types(void);

#endif
