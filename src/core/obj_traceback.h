/* src/core/obj_traceback.h - traceback objects: what e.__traceback__,
 * sys.exc_info()[2] and a with statement's __exit__ receive.
 *
 * CPython links one traceback object per frame the exception passed
 * through (tb_next) and each holds its frame (tb_frame).  refviz models the
 * head of that chain only: an object of type "traceback" with its line and
 * no drawn references, which is what the snapshot format shows of it.  The
 * frames behind it stay in the exception (exc.h). */
#ifndef RV_CORE_OBJ_TRACEBACK_H
#define RV_CORE_OBJ_TRACEBACK_H

#include "core/object.h"

typedef struct rv_traceback {
    rv_obj_t ob;
    int lineno; /* tb_lineno: the line the frame was at */
} rv_traceback_t;

extern rv_type_t rv_traceback_type;

/* A new traceback object (new reference). */
rv_obj_t *rv_traceback_new(int lineno);

#endif
