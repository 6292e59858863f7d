/* src/lang/modules/mod_dataclasses.h - shared by mod_dataclasses.c (the
 * module's objects and functions) and mod_dataclasses_class.c (what
 * @dataclass does to a class). */
#ifndef RV_LANG_MOD_DATACLASSES_H
#define RV_LANG_MOD_DATACLASSES_H

#include <stdbool.h>

#include "core/object.h"

/* dataclasses.Field: one per annotated name of a dataclass. */
typedef struct rv_dc_field {
    rv_obj_t ob;
    rv_obj_t *name, *type, *dflt, *factory, *metadata; /* dflt, factory: MISSING when absent */
    rv_obj_t *hash;                                      /* None, or a bool */
    bool init, repr, compare, kw_only;
} rv_dc_field_t;

/* dataclasses._DataclassParams: the decorator's options. */
typedef struct rv_dc_params {
    rv_obj_t ob;
    bool init, repr, eq, order, unsafe_hash, frozen, match_args;
} rv_dc_params_t;

extern rv_type_t rv_dc_field_type, rv_dc_params_type, rv_dc_frozen_error;
/* dataclasses.MISSING and the default-factory marker (borrowed). */
rv_obj_t *rv_dc_missing(void);
rv_obj_t *rv_dc_has_factory(void);

/* A new Field with the defaults of field(). */
rv_dc_field_t *rv_dc_field_new(void);
rv_dc_params_t *rv_dc_params_new(void);

/* Applies @dataclass with params to cls (borrowed); returns cls (new
 * reference) or NULL. */
rv_obj_t *rv_dc_process_class(rv_obj_t *cls, rv_dc_params_t *params);

/* The class's __dataclass_fields__ (borrowed), or NULL when o is neither a
 * dataclass nor an instance of one. */
rv_obj_t *rv_dc_fields_of(rv_obj_t *o);

#endif
