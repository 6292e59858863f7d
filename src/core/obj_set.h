/* src/core/obj_set.h - set and frozenset, with CPython 3.11's open-addressing
 * table (linear probes, perturbation, fill/used, resize rules) so that
 * iteration order and sys.getsizeof match CPython. */
#ifndef RV_CORE_OBJ_SET_H
#define RV_CORE_OBJ_SET_H

#include "core/object.h"

/* set(iterable) / frozenset(iterable); iterable may be NULL.  The empty
 * frozenset is not a singleton in 3.11 for frozenset() calls. */
rv_obj_t *rv_set_new(rv_obj_t *iterable);
rv_obj_t *rv_frozenset_new(rv_obj_t *iterable);
/* An instance of type, a class deriving from set or frozenset, holding
 * iterable's items (NULL: none): set.__new__ and frozenset.__new__ for a
 * subtype.  Its object has the type's extra_size bytes. */
rv_obj_t *rv_set_new_subtype(rv_type_t *type, rv_obj_t *iterable);
/* set.__init__(iterable) (iterable may be NULL): empties s, then adds. */
int rv_set_init(rv_obj_t *s, rv_obj_t *iterable);
int rv_set_add(rv_obj_t *s, rv_obj_t *key);
int rv_set_contains(rv_obj_t *s, rv_obj_t *key); /* 1, 0, -1 */
int rv_set_discard(rv_obj_t *s, rv_obj_t *key);  /* 1 found, 0 not, -1 error */
size_t rv_set_len(rv_obj_t *s);
/* Iterates in table order; *pos starts at 0; borrowed key. */
bool rv_set_next(rv_obj_t *s, size_t *pos, rv_obj_t **key);
bool rv_is_anyset(const rv_obj_t *o);
/* set(a) | b, &, -, ^ with a and b any iterables (a new set), as dict
 * views' operators compute them (dictviews_or and the others); NotImplemented
 * for any other operator. */
rv_obj_t *rv_set_operate(rv_binop_t op, rv_obj_t *a, rv_obj_t *b);
/* Empties s's table and adds its items again in their table order, as
 * PyFrozenSet_New(tuple(s)) would place them: for the compiler, which
 * rebuilds frozenset constants so (merge_consts_recursive). */
void rv_set_readd(rv_obj_t *s);

/* The iterator type of set and frozenset. */
extern rv_type_t rv_setiter_type;

#endif
