/* src/lang/vm/suggest.h - "Did you mean" suggestions for NameError and
 * AttributeError. */
#ifndef RV_LANG_SUGGEST_H
#define RV_LANG_SUGGEST_H

#include <stdbool.h>

#include "core/object.h"

/* The name CPython 3.11 would suggest for an undefined `name` (new str),
 * or NULL. */
rv_obj_t *rv_suggest_name(rv_obj_t *name, rv_obj_t *globals, bool module_level);
/* The attribute CPython 3.11 would suggest for obj.name, from dir(obj) as it
 * is when the traceback is printed (new str), or NULL. */
rv_obj_t *rv_suggest_attr(rv_obj_t *obj, rv_obj_t *name);
/* Whether name is in CPython 3.11's builtins namespace. */
bool rv_suggest_is_builtin(const char *name);

#endif
