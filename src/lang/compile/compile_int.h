/* src/lang/compile/compile_int.h - state shared by compile.c (statements) and
 * compile_expr.c (expressions).  Not a public interface. */
#ifndef RV_LANG_COMPILE_INT_H
#define RV_LANG_COMPILE_INT_H

#include <stdarg.h>

#include "core/obj_float.h"
#include "core/obj_set.h"
#include "core/obj_tuple.h"
#include "lang/parse/ast.h"
#include "lang/compile/code.h"
#include "lang/compile/symtable.h"

typedef struct loop {
    int continue_label;
    int break_label;
    bool is_for;          /* a for loop keeps its iterator on the stack */
} loop_t;

/* Exception handling (compile_exc.c).  A frame block the compiler tracks:
 * what leaving it early (break, continue, return) must emit.  Loops are kept
 * in `loops`; each fblock records how many loops were open when it was
 * pushed, which orders the two stacks into one. */
#define CU_MAXBLOCKS 20   /* CPython's CO_MAXBLOCKS, loops included */
typedef enum fblock_kind {
    FB_TRY_EXCEPT,        /* body of try/except: pop its try block */
    FB_FINALLY_TRY,       /* body of try/finally: pop the block, run finalbody */
    FB_FINALLY_END,       /* finalbody run for an exception: drop the exception */
    FB_WITH,              /* body of with: pop the block, call __exit__ */
    FB_HANDLER_CLEANUP,   /* body of an except clause: end the handler */
    FB_POP_VALUE,         /* a return value kept on the stack under a finally */
} fblock_kind_t;

typedef struct fblock {
    fblock_kind_t kind;
    size_t nloops;        /* loops open when it was pushed */
    const rv_node_t *node; /* FB_FINALLY_TRY: the try; FB_WITH: the with;
                              FB_HANDLER_CLEANUP: the except handler */
} fblock_t;

typedef struct unit {
    rv_scope_t *scope;
    const char *name;
    int firstline;
    rv_loc_t loc;         /* the position of the instructions emitted now
                             (CPython's u_lineno, u_col_offset ...) */
    int stmt_line;        /* the line event of the statement being compiled:
                             its first line, or its first decorator's */
    bool def_body;        /* a def's body (not a lambda's, a class's or a
                             module's): see compile_format.c */
    rv_instr_t *code;
    size_t ncode, capcode;
    rv_obj_t **consts;
    size_t nconsts;
    rv_obj_t **names;
    size_t nnames;
    rv_obj_t **varnames;
    size_t nlocals;
    rv_obj_t **cellvars;
    size_t ncells;
    rv_obj_t **freevars;
    size_t nfrees;
    int *labels;
    size_t nlabels;
    loop_t *loops;
    size_t nloops;
    char *qualname;       /* owned: "f", "C.m", "f.<locals>.g" */
    fblock_t fblocks[CU_MAXBLOCKS];  /* compile_exc.c */
    size_t nfblocks;
    struct unit *parent;
} unit_t;

typedef struct compiler {
    rv_syntax_error_t *err;
    bool failed;
    rv_source_t *source;
    rv_scope_t *top;
    unit_t *u;
    /* Every constant of the compilation unit, for merging. */
    rv_obj_t **consts;
    int64_t *const_hash;
    size_t nconsts, capconsts;
    /* `from __future__ import annotations` (PEP 563): annotations are
     * strings. */
    bool future_annotations;
} compiler_t;

/* CPython's SET_LOC: the instructions emitted next have n's position
 * (nodes the parser made up, of line 0, change nothing). */
void cu_set_loc(compiler_t *c, const rv_node_t *n);
/* CPython's update_start_location_to_match_attr: an attribute access or
 * method call whose attribute name is on a later line than the current
 * position starts there, at the name. */
void cu_attr_loc(compiler_t *c, const rv_node_t *attr);

void cu_error(compiler_t *c, const rv_node_t *n, bool unsupported, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
int cu_emit(compiler_t *c, int op, int arg);
int cu_new_label(compiler_t *c);
void cu_bind_label(compiler_t *c, int label);
void cu_emit_jump(compiler_t *c, int op, int label);
rv_obj_t *cu_merge_const(compiler_t *c, rv_obj_t *v);
int cu_add_const(compiler_t *c, rv_obj_t *v);
void cu_load_const(compiler_t *c, rv_obj_t *v);
int cu_add_name(compiler_t *c, const char *name);
void cu_unsupported(compiler_t *c, const rv_node_t *n, const char *what);
void cu_name_op(compiler_t *c, const rv_node_t *n, const char *name, rv_ctx_t ctx);
void cu_enter(compiler_t *c, rv_scope_t *scope, const char *name, int firstline);
rv_obj_t *cu_leave(compiler_t *c, unsigned flags);
void cu_body(compiler_t *c, const rv_nodes_t *body);

/* compile_def.c: def, lambda, class and yield. */
void cu_funcdef(compiler_t *c, const rv_node_t *n);
void cu_classdef(compiler_t *c, const rv_node_t *n);
void cu_lambda(compiler_t *c, const rv_node_t *n);
void cu_yield(compiler_t *c, const rv_node_t *n);
/* Pushes the closure tuple for code (if any) and makes the function. */
void cu_make_function(compiler_t *c, rv_obj_t *code, int flags);
/* compile_exc.c: try, with, return and leaving blocks early. */
void cu_try(compiler_t *c, const rv_node_t *n);
void cu_with(compiler_t *c, const rv_node_t *n);
void cu_return(compiler_t *c, const rv_node_t *n);
/* Emits what leaving every enclosing try/with block (and for loop) of the
 * current code unit requires, innermost first: popping try blocks, ending
 * handlers, running finally bodies and __exit__.  With preserve_tos, the
 * value on top of the stack (a return value, already evaluated) is kept
 * there.  Used by `return`. */
void cu_unwind_fblocks(compiler_t *c, bool preserve_tos);
/* The same for the blocks inside the innermost loop (break, continue). */
void cu_unwind_loop_fblocks(compiler_t *c);

/* compile_ann.c: annotations. */
bool cu_future_annotations(const rv_nodes_t *module_body);
/* The SyntaxErrors of misplaced or unknown future imports. */
void cu_check_future(compiler_t *c, const rv_nodes_t *module_body);
/* Whether a module or class body needs SETUP_ANNOTATIONS. */
bool cu_find_ann(const rv_nodes_t *body);
void cu_annassign(compiler_t *c, const rv_node_t *n);
/* Pushes the tuple of a def's annotations; returns the MAKE_FUNCTION flag
 * (0 when it has none). */
int cu_push_annotations(compiler_t *c, const rv_node_t *args, const rv_node_t *returns);

/* compile_match.c */
void cu_match(compiler_t *c, const rv_node_t *n);

/* compile_expr.c */
void cu_expr(compiler_t *c, const rv_node_t *n);
void cu_store(compiler_t *c, const rv_node_t *target);
/* Jumps to label when e is true (cond) or false, as a test of if, while,
 * assert, a conditional expression, a comprehension's if, a guard. */
void cu_jump_if(compiler_t *c, const rv_node_t *e, int label, bool cond);
/* Pushes a subscript's key: a slice object for a[i:j:k], else the value. */
void cu_subscript_key(compiler_t *c, const rv_node_t *slice);
/* The folded constant value of n (new reference), or NULL (no exception
 * left pending) when n is not a compile-time constant. */
rv_obj_t *cu_fold(compiler_t *c, const rv_node_t *n);
/* compile_format.c: compiles the BinOp n as the f-string CPython's AST
 * optimizer makes of 'text' % (a, b); false (nothing emitted) when it
 * would not. */
bool cu_percent_format(compiler_t *c, const rv_node_t *n);

#endif
