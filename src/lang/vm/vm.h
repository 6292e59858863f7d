/* src/lang/vm/vm.h - frames and the evaluator.
 *
 * A frame is an object (generators keep theirs alive between resumptions).
 * The evaluator runs one frame per C call of rv_vm_run; a Python call nests
 * one C call.  The tracer observes execution through one hook, called at the
 * events of spec/snapshot-format.md; the evaluator knows nothing about what
 * the hook records. */
#ifndef RV_LANG_VM_H
#define RV_LANG_VM_H

#include <stdbool.h>
#include <stddef.h>

#include "base/buf.h"
#include "core/object.h"
#include "lang/compile/code.h"

/* Exception handling: a frame's block stack (CPython 3.10's PyTryBlock).
 * A try block (SETUP_FINALLY, SETUP_WITH) says where to go when an exception
 * reaches the frame and how deep the value stack was; a handler block marks
 * a running handler, whose exception sits on the value stack at `level`
 * (the exception being handled: sys.exception()).  The compiler limits
 * static nesting to 20 blocks (CPython's CO_MAXBLOCKS), each needing at most
 * two at run time. */
#define RV_MAXBLOCKS 44
typedef enum rv_block_kind { RV_BLOCK_TRY, RV_BLOCK_HANDLER } rv_block_kind_t;
typedef struct rv_block {
    uint8_t kind;
    uint32_t handler;           /* RV_BLOCK_TRY: where to jump */
    uint32_t level;             /* value stack depth when set up */
} rv_block_t;

typedef struct rv_frame {
    rv_obj_t ob;
    rv_code_t *code;            /* owned */
    rv_obj_t *globals;          /* owned dict */
    rv_obj_t *builtins;         /* owned dict */
    rv_obj_t *locals;           /* owned dict of a class body, else NULL (NAME ops use globals) */
    rv_obj_t *func;             /* owned: the function running here, or NULL (module) */
    rv_obj_t *gen;              /* borrowed: the generator this frame belongs to, or NULL */
    struct rv_frame *back;      /* the caller while executing (borrowed) */
    size_t pc;
    int line;                   /* the statement being executed; 0 before the first */
    /* The call this frame's CALL instruction is making (borrowed, from its
     * stack), or NULL: a Python function's frame takes these operands off
     * the stack, as CPython's CALL moves them (vm.c). */
    rv_obj_t *call_callable;
    rv_obj_t *const *call_args;
    size_t call_nargs;
    rv_obj_t **stack;           /* owned references [0, sp) */
    size_t sp, stackcap;
    rv_obj_t **fast;            /* nlocals fast locals, then ncells + nfrees cells */
    size_t nfast;
    uint32_t *order;            /* fast-local slots in binding order */
    size_t norder;
    bool executing;
    bool started;               /* has executed a STMT (step snapshots begin) */
    /* exception handling (eval_exc.c) */
    bool exc_caught;            /* at an exception event: a try block of the
                                   frame will catch it (the frame goes on) */
    size_t nblocks;
    bool throw_on_resume;       /* resume by raising the pending exception (gen.throw) */
    bool closing;               /* resumed by GeneratorExit (close(), or dropped):
                                   finalising gives no snapshots, and the frame
                                   is not shown, until it yields or ends */
    rv_block_t blocks[RV_MAXBLOCKS];
} rv_frame_t;

extern rv_type_t rv_frame_type, rv_function_type, rv_cell_type, rv_generator_type;

typedef struct rv_function {
    rv_obj_t ob;
    rv_obj_t *code;       /* rv_code_t */
    rv_obj_t *globals;    /* dict */
    rv_obj_t *name;       /* str */
    rv_obj_t *qualname;   /* str */
    rv_obj_t *defaults;   /* tuple or NULL */
    rv_obj_t *kwdefaults; /* dict or NULL */
    rv_obj_t *closure;    /* tuple of cells or NULL */
    rv_obj_t *dict;       /* attributes, or NULL */
    rv_obj_t *klass;      /* the class whose body defined it (zero-argument super()), or NULL */
    rv_obj_t *doc;        /* __doc__: str or NULL */
    rv_obj_t *annotations; /* __annotations__: dict, or NULL until asked for */
    char *kwlabels;       /* the trace's labels of the kwdefaults entries,
                             "kwdefaults['k']\0..." in dict order (func.c
                             builds them on first traversal), or NULL */
} rv_function_t;

typedef struct rv_cell {
    rv_obj_t ob;
    rv_obj_t *ref;        /* NULL when empty */
} rv_cell_t;

typedef struct rv_generator {
    rv_obj_t ob;
    rv_frame_t *frame;    /* NULL once finished */
    rv_obj_t *name;
    rv_obj_t *qualname;
    rv_code_t *code;      /* owned: the size outlives the frame */
    bool running;
    struct rv_generator *running_below; /* while running: the generator that
                                           was running when it resumed */
} rv_generator_t;

/* Trace events (spec/snapshot-format.md). */
/* RV_EV_LINE: a line event for the current statement (no snapshot; it
 * counts for the step limit, so that `while True: pass` stops). */
typedef enum rv_event { RV_EV_STEP, RV_EV_CALL, RV_EV_RETURN, RV_EV_EXCEPTION, RV_EV_LINE } rv_event_t;

/* The hook returns 0, or -1 with an exception pending to stop the program
 * (a step limit).  frame is the frame the event is about; line its line;
 * value (borrowed) for RV_EV_RETURN the object being returned or yielded,
 * else NULL (CPython's `arg` of a settrace 'return' event). */
typedef int (*rv_trace_fn)(rv_event_t ev, rv_frame_t *frame, int line, rv_obj_t *value,
                           void *ctx);
void rv_vm_set_trace(rv_trace_fn fn, void *ctx);

/* While set (a snapshot is being taken), running Python code fails with a
 * RuntimeError: a snapshot never runs program code (a user __repr__ could
 * print, allocate or fail halfway through recording). */
void rv_vm_forbid_code(bool forbid);
bool rv_vm_code_forbidden_now(void);

/* Where print() writes. */
typedef void (*rv_output_fn)(const char *data, size_t len, void *ctx);
void rv_vm_set_output(rv_output_fn fn, void *ctx);
void rv_vm_write(const char *data, size_t len);

/* The innermost executing frame (borrowed), or NULL. */
rv_frame_t *rv_vm_current_frame(void);
bool rv_frame_is_traced(const rv_frame_t *f);
/* The frame's variables in binding order: name (str) and value; hidden
 * names (__name__ ...) are skipped. */
typedef void (*rv_var_fn)(rv_obj_t *name, rv_obj_t *value, void *ctx);
void rv_frame_vars(rv_frame_t *f, rv_var_fn fn, void *ctx);
const char *rv_frame_func_name(const rv_frame_t *f);

/* Runs a module code object in a fresh `__main__` namespace.  Returns 0, or
 * -1 with the exception pending (its traceback entries attached). */
int rv_vm_run_module(rv_obj_t *code, rv_obj_t **globals_out);


/* Builtins and modules (builtins.c, modules.c). */
rv_obj_t *rv_builtins_dict(void);         /* borrowed; created on first use */
rv_obj_t *rv_builtins_module(void);       /* borrowed: the module of that dict */
rv_obj_t *rv_import_module(rv_obj_t *name); /* new reference */
/* Whether refviz's module `module` has `name` when it is imported (it may
 * be deleted later); the names CPython has besides are only in dirnames.c. */
bool rv_module_defines(const char *module, const char *name, size_t len);
/* Whether refviz models the module `name` (it can be imported). */
bool rv_module_modelled(const char *name);
void rv_lang_init(void);
void rv_lang_finalize(void);
/* Hash-table slots copy.deepcopy's memo lookups inspected since the process
 * started: a deterministic measure the tests use to check that a deep copy
 * costs time linear in the objects it copies. */
size_t rv_copy_memo_probes(void);

/* Calls used by builtins and modules: run a function object. */
rv_obj_t *rv_function_call(rv_obj_t *func, rv_obj_t *const *args, size_t nargs,
                           rv_obj_t *kwnames);

/* next() of a generator: NULL without an exception when it is finished. */
rv_obj_t *rv_generator_next(rv_obj_t *gen);
/* gen.send(value): the yielded value (new), or NULL with an exception
 * pending, or NULL with the generator's return value in *retval (new). */
rv_obj_t *rv_generator_send(rv_obj_t *gen, rv_obj_t *value, rv_obj_t **retval);
/* What gen.send()/next() give back from rv_generator_send's result: r when
 * it yielded, else NULL with StopIteration raised (carrying the return
 * value unless it is None), or the exception pending.  Steals retval. */
rv_obj_t *rv_generator_result(rv_obj_t *r, rv_obj_t *retval_steal);
/* gen.throw(exc): raises exc (an instance, borrowed) where the generator is
 * suspended; returns as rv_generator_send. */
rv_obj_t *rv_generator_throw(rv_obj_t *gen, rv_obj_t *exc, rv_obj_t **retval);
/* gen.close(): 0, or -1 with an exception pending. */
int rv_generator_close(rv_obj_t *gen);

/* The exception being handled (borrowed), or NULL: sys.exception(). */
rv_obj_t *rv_vm_handled_exception(void);


#endif
