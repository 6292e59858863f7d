/* src/lang/modules/numpy/np_iter.h - iter(a) of an ndarray (np_iter.c).
 * Ownership as in src/core/object.h. */
#ifndef RV_LANG_MODULES_NUMPY_NP_ITER_H
#define RV_LANG_MODULES_NUMPY_NP_ITER_H

#include "lang/modules/numpy/np_int.h"

extern rv_type_t np_iterator_type;

#endif
