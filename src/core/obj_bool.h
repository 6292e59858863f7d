/* src/core/obj_bool.h - bool: a subtype of int with two instances. */
#ifndef RV_CORE_OBJ_BOOL_H
#define RV_CORE_OBJ_BOOL_H

#include "core/obj_int.h"

extern rv_int_t rv_True_obj, rv_False_obj;
#define rv_True ((rv_obj_t *)&rv_True_obj)
#define rv_False ((rv_obj_t *)&rv_False_obj)

/* Gives True and False their identities (rv_core_init). */
void rv_bool_init(void);

static inline rv_obj_t *rv_bool_from(bool b)
{
    return rv_incref(b ? rv_True : rv_False);
}

#endif
