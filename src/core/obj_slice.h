/* src/core/obj_slice.h - slice objects and the index arithmetic every
 * sequence shares (CPython's Objects/sliceobject.c: PySlice_Unpack,
 * PySlice_AdjustIndices, _PySlice_GetLongIndices, _PyEval_SliceIndex). */
#ifndef RV_CORE_OBJ_SLICE_H
#define RV_CORE_OBJ_SLICE_H

#include "core/object.h"

typedef struct rv_slice {
    rv_obj_t ob;
    rv_obj_t *start; /* never NULL: None when omitted */
    rv_obj_t *stop;
    rv_obj_t *step;
} rv_slice_t;

#define RV_SLICE(o) ((rv_slice_t *)(o))

/* slice(start, stop, step); borrowed arguments, NULL stands for None. */
rv_obj_t *rv_slice_new(rv_obj_t *start, rv_obj_t *stop, rv_obj_t *step);

/* _PyEval_SliceIndex: None leaves *out alone; an int is stored clamped to
 * [INTPTR_MIN, INTPTR_MAX]; anything else raises TypeError "slice indices
 * must be integers or None or have an __index__ method". */
int rv_slice_index(rv_obj_t *v, intptr_t *out);
/* _PyEval_SliceIndexNotNone (list.index(x, start, stop)): as above but None
 * is an error too: "slice indices must be integers or have an __index__
 * method". */
int rv_slice_index_not_none(rv_obj_t *v, intptr_t *out);

/* PySlice_Unpack: defaults for None, "slice step cannot be zero", step
 * clamped to >= -INTPTR_MAX. */
int rv_slice_unpack(rv_obj_t *slice, intptr_t *start, intptr_t *stop, intptr_t *step);
/* PySlice_AdjustIndices: clamps start/stop to a sequence of length len and
 * returns the number of items the slice selects. */
size_t rv_slice_adjust(size_t len, intptr_t *start, intptr_t *stop, intptr_t step);
/* PySlice_GetIndicesEx: unpack + adjust.  Then the selected items are
 * start, start + step, ... (count of them). */
int rv_slice_indices(rv_obj_t *slice, size_t len, intptr_t *start, intptr_t *stop,
                     intptr_t *step, size_t *count);
/* _PySlice_GetLongIndices: the same on int objects of any size (length an
 * int >= 0, start and stop clamped to it, step unclamped), used by range
 * slicing; new references. */
int rv_slice_long_indices(rv_obj_t *slice, rv_obj_t *length, rv_obj_t **start,
                          rv_obj_t **stop, rv_obj_t **step);

#endif
