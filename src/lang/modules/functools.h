/* src/lang/modules/functools.h - the functools module (functools.c) and its types:
 * the lru_cache wrapper and CacheInfo (lru_cache.c), partial (partial.c).
 *
 * OWNERSHIP: as in core/object.h.  An lru_cache wrapper owns the function
 * it wraps, its __dict__, and every cached key and result; its traversal
 * draws each result as a reference labelled by the call's arguments, so
 * the diagram shows that the cache keeps results alive. */
#ifndef RV_LANG_FUNCTOOLS_H
#define RV_LANG_FUNCTOOLS_H

#include "core/object.h"

extern rv_type_t rv_lru_cache_type, rv_cacheinfo_type, rv_partial_type;

/* _lru_cache_wrapper(func, maxsize, typed): maxsize is an int (negative
 * means 0) or None (unbounded). */
rv_obj_t *rv_lru_cache_new(rv_obj_t *func, rv_obj_t *maxsize, bool typed);
/* partial(func, *args, **kw) from a vectorcall (new reference). */
rv_obj_t *rv_partial_new(rv_obj_t *func, rv_obj_t *const *args, size_t nargs,
                         rv_obj_t *kwnames);

/* Whether attr binds to instances as a method when found on a class
 * (CPython's __get__ of _lru_cache_wrapper and of the methods
 * total_ordering adds). */
bool rv_functools_binds(const rv_obj_t *attr);

/* Visits the __dict__ of an lru_cache wrapper: the dict itself hidden and,
 * of its values, __wrapped__ only, as the snapshot format draws it (other
 * attributes, copied by update_wrapper or set by the program, are not). */
void rv_functools_visit_dict(rv_obj_t *dict, rv_visit_fn visit, void *ctx);
/* getattr/setattr through an object's __dict__ (created on demand).
 * Returns NULL without an exception when name is not in it. */
rv_obj_t *rv_functools_dict_get(rv_obj_t **dict, rv_obj_t *name);
int rv_functools_dict_set(rv_obj_t *o, rv_obj_t **dict, rv_obj_t *name, rv_obj_t *value);

/* The module's functions and values, for modules.c. */
extern const rv_method_t rv_functools_functions[];
void rv_functools_fill(rv_obj_t *module);
bool rv_functools_defines(const char *name, size_t len);
/* Gives the static types and objects their identity (idempotent; the
 * module's creation calls it). */
void rv_functools_init(void);

#endif
