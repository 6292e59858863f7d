/* src/lang/modules/namedtuple.h - collections.namedtuple (namedtuple.c). */
#ifndef RV_LANG_NAMEDTUPLE_H
#define RV_LANG_NAMEDTUPLE_H

#include "core/object.h"

/* namedtuple(typename, field_names, *, rename=False, defaults=None,
 * module=None): a new class deriving from tuple. */
rv_obj_t *rv_namedtuple(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames);
/* The item a _tuplegetter field reads from obj (new reference). */
rv_obj_t *rv_tuplegetter_get(rv_obj_t *getter, rv_obj_t *obj);

#endif
