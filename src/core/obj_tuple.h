/* src/core/obj_tuple.h - tuple: an immutable array of references. */
#ifndef RV_CORE_OBJ_TUPLE_H
#define RV_CORE_OBJ_TUPLE_H

#include "core/object.h"

typedef struct rv_tuple {
    rv_obj_t ob;
    size_t len;
    int64_t hash;     /* cached, -1 until computed */
    rv_obj_t *items[];
} rv_tuple_t;

#define RV_TUPLE(o) ((rv_tuple_t *)(o))

/* A tuple of n NULL items to fill with rv_tuple_set_steal (the empty tuple
 * is a singleton). */
rv_obj_t *rv_tuple_new(size_t n);
/* A tuple of a subtype (a namedtuple class) holding items (borrowed), with
 * the type's extra_size bytes; the caller owns the reference its heap type
 * needs. */
rv_obj_t *rv_tuple_new_subtype(const rv_type_t *type, rv_obj_t *const *items, size_t n);
static inline void rv_tuple_set_steal(rv_obj_t *t, size_t i, rv_obj_t *v) { RV_TUPLE(t)->items[i] = v; }
static inline size_t rv_tuple_len(const rv_obj_t *t) { return RV_TUPLE(t)->len; }
static inline rv_obj_t *rv_tuple_get_borrow(const rv_obj_t *t, size_t i) { return RV_TUPLE(t)->items[i]; }
rv_obj_t *rv_tuple_from_array(rv_obj_t *const *items, size_t n);
rv_obj_t *rv_tuple_pack(size_t n, ...);  /* borrowed arguments */
rv_obj_t *rv_tuple_from_iterable(rv_obj_t *iterable);

/* The empty tuple singleton (CPython 3.11's static tuple_empty): created by
 * rv_tuple_init (or lazily by the first rv_tuple_new(0)) and released by
 * rv_tuple_finalize.  rv_tuple_init also calls rv_iter_init_types. */
void rv_tuple_init(void);
void rv_tuple_finalize(void);

extern rv_type_t rv_tupleiter_type;

#endif
