/* src/core/obj_counter.h - collections.Counter: a dict subtype counting
 * hashable items (Lib/collections/__init__.py, 3.11, modelled in C).
 * Ownership as in src/core/object.h. */
#ifndef RV_CORE_OBJ_COUNTER_H
#define RV_CORE_OBJ_COUNTER_H

#include "core/object.h"

/* Type name "Counter" (a class of Lib/collections: messages say
 * 'Counter'), base dict. */
extern rv_type_t rv_counter_type;

rv_obj_t *rv_counter_new(void);
/* Counter.update(iterable_or_mapping): mappings add their counts (an empty
 * counter takes them by dict.update), other iterables count their items. */
int rv_counter_update(rv_obj_t *c, rv_obj_t *src);

#endif
