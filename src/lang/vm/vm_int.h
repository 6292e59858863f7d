/* src/lang/vm/vm_int.h - what vm.c and eval.c share.  Not a public interface. */
#ifndef RV_LANG_VM_INT_H
#define RV_LANG_VM_INT_H

#include "lang/vm/vm.h"

/* The innermost executing frame. */
extern rv_frame_t *rv_vm_current;
extern bool rv_vm_code_forbidden;

/* Calls the trace hook for a traced frame, with any pending exception set
 * aside so that the tracer can take reprs freely. */
int rv_vm_fire(rv_event_t ev, rv_frame_t *f, int line);
/* The `return` event of f, returning or yielding value (borrowed). */
int rv_vm_fire_return(rv_frame_t *f, int line, rv_obj_t *value);
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

/* eval_exc.c: exception handling of the instruction loop. */
/* Sets exc.__context__ to the exception being handled, as raising a new
 * exception does (CPython's _PyErr_SetObject). */
void rv_vm_chain_context(rv_obj_t *exc);
/* Bare `raise`: makes the handled exception pending again and returns true,
 * or raises RuntimeError and returns false when there is none. */
bool rv_vm_reraise(void);
/* Pushes a block at the current stack depth; -1 on overflow. */
int rv_vm_push_block(rv_frame_t *f, rv_block_kind_t kind, size_t handler);
/* With an exception pending: pops f's blocks down to the innermost try
 * block, makes it a handler block with the exception on the stack and sets
 * pc to its handler (true); or empties the stack and blocks (false: the
 * exception leaves the frame). */
bool rv_vm_unwind(rv_frame_t *f);
/* Whether the pending exception will be caught by a try block of f. */
bool rv_vm_will_catch(const rv_frame_t *f);
/* except clause matching: 1, 0, or -1 (TypeError for a non-exception). */
int rv_vm_exc_match(rv_obj_t *exc, rv_obj_t *types);
/* SETUP_WITH: pushes mgr's bound __exit__ and a try block and returns
 * __enter__()'s result (NULL on error). */
rv_obj_t *rv_vm_with_enter(rv_frame_t *f, rv_obj_t *mgr, size_t handler);
/* exit(type(exc), exc, None). */
rv_obj_t *rv_vm_with_exit(rv_obj_t *exit, rv_obj_t *exc);

/* eval_match.c: the match statement's instructions. */
/* Whether o is a sequence to a sequence pattern (MATCH_SEQUENCE). */
bool rv_vm_match_sequence(rv_obj_t *o);
/* Whether o is a mapping to a mapping pattern (MATCH_MAPPING): 1, 0, or
 * -1 with an exception. */
int rv_vm_match_mapping(rv_obj_t *o);
/* MATCH_KEYS: the tuple of map's values for keys (a tuple), None when one
 * is missing, NULL on error (a duplicate or unhashable key). */
rv_obj_t *rv_vm_match_keys(rv_obj_t *map, rv_obj_t *keys);
/* MATCH_CLASS: the tuple of subject's attributes for nargs positional
 * sub-patterns (by cls.__match_args__) and the keyword ones (names, a tuple
 * of str), None when subject is no instance of cls or lacks one, NULL on
 * error. */
rv_obj_t *rv_vm_match_class(rv_obj_t *subject, rv_obj_t *cls, size_t nargs, rv_obj_t *names);

#endif
