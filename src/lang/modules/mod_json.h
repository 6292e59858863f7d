/* src/lang/modules/mod_json.h - what the json module's two files share:
 * mod_json.c (the module, dumps) and mod_json_decode.c (loads).
 *
 * OWNERSHIP: as in core/object.h. */
#ifndef RV_LANG_MODULES_MOD_JSON_H
#define RV_LANG_MODULES_MOD_JSON_H

#include "core/object.h"

/* json.loads (RV_METH_PYFUNC). */
rv_obj_t *rv_json_loads(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames);

/* Raises json.JSONDecodeError(msg, doc, pos) as json.decoder's __init__
 * builds it; with stop, its __context__ is the StopIteration(pos) that
 * raw_decode turned into it (`raise ... from None`). */
void rv_json_decode_error(const char *msg, rv_obj_t *doc, size_t pos, bool stop);

/* Binds f(obj, *, names...=None, **kw) as CPython binds json.dumps and
 * json.loads: out[0] the positional parameter, out[i] names[i] (NULL when
 * absent).  An unknown keyword is the TypeError the encoder's or
 * decoder's class raises for it (cls names it: "JSONEncoder"). */
int rv_json_bind(const char *fname, const char *cls, const char *const *names,
                 rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames, rv_obj_t **out);

/* Drops the objects the module keeps for the program's whole run. */
void rv_json_finalize(void);

/* NaN, Infinity, -Infinity as json.decoder's _CONSTANTS holds them: the
 * same float objects at every loads (borrowed). */
rv_obj_t *rv_json_constant(int which);

#endif
