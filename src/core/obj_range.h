/* src/core/obj_range.h - range: an immutable arithmetic sequence of ints
 * (big ints allowed) with CPython's length, indexing, slicing, membership,
 * equality and hash; its iterators (range_iterator for values that fit in a
 * C long, longrange_iterator otherwise) do not refer to the range. */
#ifndef RV_CORE_OBJ_RANGE_H
#define RV_CORE_OBJ_RANGE_H

#include "core/object.h"

/* range(start, stop, step) from int objects of any size (borrowed); start
 * NULL means 0, step NULL means 1.  TypeError "'T' object cannot be
 * interpreted as an integer", ValueError "range() arg 3 must not be zero". */
rv_obj_t *rv_range_new(rv_obj_t *start, rv_obj_t *stop, rv_obj_t *step);

extern rv_type_t rv_rangeiter_type, rv_longrangeiter_type;
/* reversed(range). */
rv_obj_t *rv_range_reversed(rv_obj_t *r);

#endif
