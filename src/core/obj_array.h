/* src/core/obj_array.h - array.array: a compact sequence of machine
 * numbers (Modules/arraymodule.c, 3.11).  The array holds raw values, not
 * references to int or float objects: a diagram draws it as one object
 * and its traverse visits nothing.  Ownership as in src/core/object.h. */
#ifndef RV_CORE_OBJ_ARRAY_H
#define RV_CORE_OBJ_ARRAY_H

#include "core/object.h"

/* One stored value: typecodes b h i l q keep i, B H I L Q keep u, f d
 * keep d ('f' already rounded to float). */
typedef union rv_array_item {
    int64_t i;
    uint64_t u;
    double d;
} rv_array_item_t;

typedef struct rv_array {
    rv_obj_t ob;
    const struct rv_array_descr *descr;
    rv_array_item_t *items;
    size_t len;
    size_t allocated;   /* CPython's allocated (items), for getsizeof */
} rv_array_t;

#define RV_ARRAY(o) ((rv_array_t *)(o))

/* Type name "array.array" (CPython's tp_name). */
extern rv_type_t rv_array_type, rv_arrayiter_type;

/* array(typecode) empty; NULL with ValueError "bad typecode ..." for a
 * typecode refviz has not ('u' raises RefvizUnsupported). */
rv_obj_t *rv_array_new(char typecode);
static inline size_t rv_array_len(const rv_obj_t *a) { return RV_ARRAY(a)->len; }
char rv_array_typecode(const rv_obj_t *a);
/* a[i] as a new int or float. */
rv_obj_t *rv_array_get(const rv_obj_t *a, size_t i);
/* a.append(v): OverflowError / TypeError texts as CPython's setitem. */
int rv_array_append(rv_obj_t *a, rv_obj_t *v);

#endif
