/* src/lang/modules/numpy/np_flags.h - a.flags (see np_flags.c).
 * Ownership as in src/core/object.h. */
#ifndef RV_LANG_MODULES_NUMPY_NP_FLAGS_H
#define RV_LANG_MODULES_NUMPY_NP_FLAGS_H

#include "core/obj_ndarray.h"

extern rv_type_t np_flags_type;
/* The flags of array a, as they are now. */
rv_obj_t *np_flags_new(rv_obj_t *a);

#endif
