/* src/core/obj_memoryview.h - memoryview over a bytes or bytearray
 * (Objects/memoryobject.c, 3.11), one-dimensional with format 'B'.
 *
 * A view sees the exporter's current bytes: a change made through the view
 * (m[0] = 66) is a change of the bytearray, which is touched for the tracer.
 * The view holds its exporter (CPython: through a managed buffer, which
 * refviz folds into the view) until it is released or dies; an unreleased
 * view over a bytearray counts as one export, so the bytearray cannot be
 * resized meanwhile.  The trace shows a memoryview with no refs.
 * Ownership as in src/core/object.h. */
#ifndef RV_CORE_OBJ_MEMORYVIEW_H
#define RV_CORE_OBJ_MEMORYVIEW_H

#include "core/object.h"

typedef struct rv_memoryview {
    rv_obj_t ob;
    rv_obj_t *obj;      /* the exporter; NULL once released */
    size_t offset;      /* byte of item 0 in the exporter's data */
    intptr_t step;      /* strides[0] */
    size_t len;         /* shape[0] */
    bool readonly;
    bool released;
    int64_t hash;       /* -1 until computed (read-only views) */
} rv_memoryview_t;

#define RV_MEMORYVIEW(o) ((rv_memoryview_t *)(o))

extern rv_type_t rv_memoryview_type, rv_memoryview_iter_type;

/* memoryview(x) for bytes, bytearray or memoryview x; TypeError
 * "memoryview: a bytes-like object is required, not 'T'" otherwise. */
rv_obj_t *rv_memoryview_new(rv_obj_t *x);
/* The address of item i (the exporter's data may move when it resizes,
 * which cannot happen while the view is alive and unreleased). */
unsigned char *rv_memoryview_item(const rv_obj_t *m, size_t i);
/* Whether the view is C-contiguous (step 1, or at most one item). */
bool rv_memoryview_contiguous(const rv_obj_t *m);
/* ValueError "operation forbidden on released memoryview object" when m is
 * released: -1, else 0. */
int rv_memoryview_check(const rv_obj_t *m);

#endif
