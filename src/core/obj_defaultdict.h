/* src/core/obj_defaultdict.h - collections.defaultdict: a dict subtype
 * whose d[key] calls default_factory() for a missing key and stores the
 * result (Modules/_collectionsmodule.c, defdict).
 * Ownership: the object owns its factory (NULL for None) besides the
 * dict's keys and values; functions follow src/core/object.h. */
#ifndef RV_CORE_OBJ_DEFAULTDICT_H
#define RV_CORE_OBJ_DEFAULTDICT_H

#include "core/object.h"

/* Type name "collections.defaultdict" (CPython's tp_name), base dict. */
extern rv_type_t rv_defaultdict_type;

/* defaultdict(factory): factory borrowed, NULL or None for none. */
rv_obj_t *rv_defaultdict_new(rv_obj_t *factory);
/* The factory (borrowed), NULL for None. */
rv_obj_t *rv_defaultdict_factory_borrow(rv_obj_t *d);

#endif
