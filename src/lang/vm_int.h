/* src/lang/vm_int.h - what vm.c and eval.c share.  Not a public interface. */
#ifndef RV_LANG_VM_INT_H
#define RV_LANG_VM_INT_H

#include "lang/vm.h"

/* The innermost executing frame. */
extern rv_frame_t *rv_vm_current;

/* Calls the trace hook for a traced frame, with any pending exception set
 * aside so that the tracer can take reprs freely. */
int rv_vm_fire(rv_event_t ev, rv_frame_t *f, int line);
rv_frame_t *rv_frame_new(rv_code_t *code, rv_obj_t *globals);
/* Binding order of fast locals (what the snapshot lists). */
void rv_frame_bind_slot(rv_frame_t *f, size_t slot);
void rv_frame_unbind_slot(rv_frame_t *f, size_t slot);
/* Stores into a fast slot, stealing v. */
void rv_frame_set_fast(rv_frame_t *f, size_t slot, rv_obj_t *v);
/* Runs a class body function with ns as its locals (__build_class__). */
int rv_vm_run_class_body(rv_obj_t *func, rv_obj_t *ns);
/* Runs f from its saved position until it returns or yields (*yielded). */
rv_obj_t *rv_vm_eval(rv_frame_t *f, bool *yielded);

#endif
