/* src/lang/vm/builtins_int.h - helpers shared by builtins.c and modules.c. */
#ifndef RV_LANG_BUILTINS_INT_H
#define RV_LANG_BUILTINS_INT_H

#include "core/object.h"

/* Picks keyword arguments by name into out[] (NULL when absent). */
int rv_kwargs(const char *fname, rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames,
              const char *const *allowed, rv_obj_t **out);
void rv_builtins_finalize(void);
void rv_modules_finalize(void);

/* round() for the number types (obj_float.c). */
rv_obj_t *rv_float_round(rv_obj_t *x, rv_obj_t *ndigits);
rv_obj_t *rv_int_round(rv_obj_t *x, rv_obj_t *ndigits);

#endif
