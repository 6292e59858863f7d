/* src/lang/modules/modules_int.h - modules defined in their own files (mod_*.c)
 * and registered in modules.c's import table. */
#ifndef RV_LANG_MODULES_INT_H
#define RV_LANG_MODULES_INT_H

#include "core/object.h"

typedef struct rv_module_def {
    const char *name;
    const rv_method_t *functions;   /* terminated by a {NULL} entry */
    const char *const *values;      /* the other names init defines, NULL-terminated */
    void (*init)(rv_obj_t *module); /* sets the values; NULL if none */
} rv_module_def_t;

extern const rv_module_def_t rv_mod_weakref, rv_mod_gc, rv_mod_tracemalloc, rv_mod_math,
    rv_mod_random,
    rv_mod_heapq, rv_mod_bisect, rv_mod_itertools, rv_mod_operator,
    rv_mod_string, rv_mod_time,
    rv_mod_copy, rv_mod_json, rv_mod_statistics,
    rv_mod_future, rv_mod_dataclasses, rv_mod_enum, rv_mod_typing, rv_mod_numpy;

/* Stops tracing and frees tracemalloc's tables (rv_lang_finalize). */
void rv_tracemalloc_finalize(void);
/* Drops random.Random's class namespace (rv_lang_finalize, after the
 * modules). */
void rv_random_finalize(void);
/* Drops dataclasses' MISSING and default-factory markers. */
void rv_dataclasses_finalize(void);

/* Moves the names (NULL-terminated; those the module has) to the end of
 * its dict, in that order: the order `from m import *` binds them in,
 * which follows m.__all__ in CPython. */
void rv_module_reorder(rv_obj_t *module, const char *const *names);

/* Makes t (static, named with its module: "statistics.StatisticsError")
 * an exception type derived from base, as a library module's
 * `class E(base): ...` is: the base's behaviour, a Python class's
 * instance size (96: its __dict__ and __weakref__ slots). */
void rv_module_exc_type_init(rv_type_t *t, rv_type_t *base);

/* Sets module.name = value (borrowed). */
void rv_module_set_value(rv_obj_t *module, const char *name, rv_obj_t *value);

#endif
