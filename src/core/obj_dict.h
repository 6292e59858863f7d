/* src/core/obj_dict.h - dict: insertion ordered, with CPython 3.11's compact
 * layout (index table + entries) so that sys.getsizeof grows as it does in
 * CPython (dictresize, GROWTH_RATE, USABLE_FRACTION, unicode-keys tables). */
#ifndef RV_CORE_OBJ_DICT_H
#define RV_CORE_OBJ_DICT_H

#include "core/object.h"

rv_obj_t *rv_dict_new(void);
/* A dict that is owner's __dict__: owner's references are its items (an
 * instance's attributes), so every write to the dict touches owner too,
 * whoever makes it (`vars(obj)['x'] = 1`).  owner is borrowed: before it
 * lets go of the dict it calls rv_dict_clear_owned, which forgets it. */
rv_obj_t *rv_dict_new_owned(rv_obj_t *owner);
/* The object whose __dict__ d is (borrowed), or NULL. */
rv_obj_t *rv_dict_owner(rv_obj_t *d);
void rv_dict_clear_owned(rv_obj_t **slot, rv_obj_t *owner);
/* A dict pre-sized for n items, as a {k: v, ...} display builds it
 * (_PyDict_FromItems): unicode when every key is an exact str. */
rv_obj_t *rv_dict_new_presized(size_t n, bool unicode);
int rv_dict_set(rv_obj_t *d, rv_obj_t *key, rv_obj_t *value);
int rv_dict_set_cstr(rv_obj_t *d, const char *key, rv_obj_t *value);
/* Borrowed value; NULL with no exception when the key is missing, NULL with
 * an exception when hashing or comparing failed. */
rv_obj_t *rv_dict_get_borrow(rv_obj_t *d, rv_obj_t *key);
rv_obj_t *rv_dict_get_cstr_borrow(rv_obj_t *d, const char *key);
/* Deletes key: -1 with KeyError(key) when missing. */
int rv_dict_del(rv_obj_t *d, rv_obj_t *key);
size_t rv_dict_len(rv_obj_t *d);
/* Iterates in insertion order: *pos starts at 0; borrowed key and value. */
bool rv_dict_next(rv_obj_t *d, size_t *pos, rv_obj_t **key, rv_obj_t **value);
rv_obj_t *rv_dict_copy(rv_obj_t *d);
/* dict.update(other) for a dict or an iterable of pairs. */
int rv_dict_update(rv_obj_t *d, rv_obj_t *other);
void rv_dict_clear(rv_obj_t *d);

/* Subtypes written in C (defaultdict, Counter): an empty dict of `type`
 * whose object has `extra` zeroed bytes after the dict's own fields, at
 * rv_dict_extra(d).  rv_dict_init is dict.__init__(*args, **kw) as dict()
 * runs it (keywords set one by one). */
rv_obj_t *rv_dict_new_subtype(const rv_type_t *type, size_t extra);
void *rv_dict_extra(rv_obj_t *d);
int rv_dict_init(rv_obj_t *d, rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames);

/* For the tracer: the index in the dict's traversal (a key and a value
 * per item) from which references may differ from when it last called
 * rv_dict_reset_changed (0 when that is not known). */
size_t rv_dict_changed_ref(rv_obj_t *d);
void rv_dict_reset_changed(rv_obj_t *d);

/* The view and iterator types (type(d.keys()).__name__ is dict_keys). */
extern rv_type_t rv_dict_keys_type, rv_dict_values_type, rv_dict_items_type,
    rv_dict_keyiterator_type, rv_dict_valueiterator_type, rv_dict_itemiterator_type,
    rv_dict_reversekeyiterator_type, rv_dict_reversevalueiterator_type,
    rv_dict_reverseitemiterator_type;
/* reversed(d): its keys, last inserted first (new reference). */
rv_obj_t *rv_dict_reversed(rv_obj_t *d);

#endif
