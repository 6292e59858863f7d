/* src/lang/modules/contextlib.h - the contextlib module's context managers, as C
 * types (refviz runs no library Python code). */
#ifndef RV_LANG_CONTEXTLIB_H
#define RV_LANG_CONTEXTLIB_H

#include "core/object.h"

/* contextlib.suppress(*exceptions): its __exit__ swallows those. */
extern rv_type_t rv_suppress_type;

#endif
