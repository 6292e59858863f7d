/* src/core/obj_ndbuffer.h - the data block of NumPy arrays, as its own
 * object so that the trace can draw it: every array refers to the buffer
 * its elements live in, and a view refers to the same buffer as its base.
 *
 * NumPy keeps an array's data as bare memory owned by the array that
 * allocated it; refviz makes that memory an object of type `buffer` with
 * no references and a size of its byte count, which Python code cannot
 * reach (a.data is not modelled).  Its repr lists the elements as the
 * allocating array's dtype reads them, so that a write through any view
 * changes it (and the trace marks it mutated: see src/trace/state.c).
 * Ownership as in src/core/object.h. */
#ifndef RV_CORE_OBJ_NDBUFFER_H
#define RV_CORE_OBJ_NDBUFFER_H

#include "core/ndformat.h"
#include "core/object.h"

typedef struct rv_ndbuffer {
    rv_obj_t ob;
    unsigned char *data;
    size_t nbytes;
    rv_nd_dtype_t dtype; /* the allocating array's, for the repr */
    /* The arrays over it (not references: each array holds the buffer),
     * so that a write through one re-records all of them for the trace. */
    rv_obj_t **users;
    size_t nusers, cap;
} rv_ndbuffer_t;

#define RV_NDBUFFER(o) ((rv_ndbuffer_t *)(o))

extern rv_type_t rv_ndbuffer_type;

/* A zero-filled buffer of count elements of dtype. */
rv_obj_t *rv_ndbuffer_new(rv_nd_dtype_t dtype, size_t count);
void rv_ndbuffer_add_user(rv_obj_t *buf, rv_obj_t *array);
void rv_ndbuffer_remove_user(rv_obj_t *buf, rv_obj_t *array);
/* Before a write into the data: touches the buffer and every array over
 * it (their reprs show the elements). */
void rv_ndbuffer_touch(rv_obj_t *buf);

#endif
