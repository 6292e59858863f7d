/* src/core/obj_weakdict.h - weakref.WeakValueDictionary (Lib/weakref.py):
 * a mapping whose entries go away when their value dies.
 *
 * As in CPython the mapping keeps a plain dict, `data`, from each key to a
 * weak reference to the value; the reference's on_dead hook (obj_weakref.h)
 * deletes the entry once the value is deallocated, so diagrams show the
 * dict, the weak references and their dashed edges.  Ownership: the
 * mapping owns `data`; the references point back at it without owning it
 * and are told when it dies. */
#ifndef RV_CORE_OBJ_WEAKDICT_H
#define RV_CORE_OBJ_WEAKDICT_H

#include "core/object.h"

typedef struct rv_weakdict {
    rv_obj_t ob;
    rv_obj_t *data;   /* dict: key -> weakref */
} rv_weakdict_t;

extern rv_type_t rv_weakvaluedict_type;

rv_obj_t *rv_weakvaluedict_new(void);

#endif
