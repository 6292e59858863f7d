/* src/lang/modules/mod_operator.h - the operator module: its functions
 * (mod_operator.c) and its callable types itemgetter, attrgetter and
 * methodcaller (mod_operator_get.c).
 *
 * OWNERSHIP: as in core/object.h. */
#ifndef RV_LANG_MOD_OPERATOR_H
#define RV_LANG_MOD_OPERATOR_H

#include "core/object.h"

extern rv_type_t rv_operator_itemgetter_type, rv_operator_attrgetter_type,
    rv_operator_methodcaller_type;

/* Gives the types their identity and sets them in the module. */
void rv_operator_init_types(rv_obj_t *module);

#endif
