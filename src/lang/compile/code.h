/* src/lang/compile/code.h - compiled code: the instruction set, code objects and the
 * shared source text used by tracebacks.
 *
 * The evaluator is a stack machine in the manner of CPython's ceval: each
 * function body, comprehension and the module body compile to one code
 * object.  A STMT instruction is a line event of CPython 3.11 (arg: the
 * line of the statement it belongs to): it opens every statement that has
 * code, and the compiler puts one wherever CPython's line table has one
 * (each loop test, a with's __exit__ on the with line, a decorated
 * one-line def).  Executing a STMT for another statement than the frame's
 * current one is "a frame moves on from a statement": the current one gets
 * its `step` snapshot; one for the current statement does nothing. */
#ifndef RV_LANG_CODE_H
#define RV_LANG_CODE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/object.h"

#define RV_OPCODES(X)                                                            \
    X(NOP) X(STMT)             /* arg: line; a statement starts */               \
    X(POP_TOP) X(COPY)         /* COPY n: push the n-th item (1 = TOS) */        \
    X(SWAP)                    /* SWAP n: exchange TOS and the n-th item */      \
    X(LOAD_CONST) X(LOAD_NAME) X(STORE_NAME) X(DELETE_NAME)                      \
    X(LOAD_GLOBAL) X(STORE_GLOBAL) X(DELETE_GLOBAL)                              \
    X(LOAD_FAST) X(STORE_FAST) X(DELETE_FAST)                                    \
    X(LOAD_DEREF) X(STORE_DEREF) X(DELETE_DEREF) X(LOAD_CLOSURE)                 \
    X(LOAD_ATTR) X(STORE_ATTR) X(DELETE_ATTR)                                    \
    X(BINARY_SUBSCR) X(STORE_SUBSCR) X(DELETE_SUBSCR) X(BUILD_SLICE)             \
    X(BINARY_OP) X(INPLACE_OP) X(UNARY_OP) X(UNARY_NOT)                          \
    X(COMPARE_OP) X(IS_OP) X(CONTAINS_OP)                                        \
    X(JUMP) X(POP_JUMP_IF_FALSE) X(POP_JUMP_IF_TRUE)                             \
    X(JUMP_IF_FALSE_OR_POP) X(JUMP_IF_TRUE_OR_POP)                               \
    X(GET_ITER) X(FOR_ITER)                                                      \
    X(BUILD_TUPLE) X(BUILD_LIST) X(BUILD_SET) X(BUILD_MAP)                       \
    X(LIST_APPEND) X(SET_ADD) X(MAP_ADD) X(LIST_EXTEND) X(SET_UPDATE)            \
    X(DICT_UPDATE) X(DICT_MERGE) X(LIST_TO_TUPLE)                                \
    X(UNPACK_SEQUENCE) X(UNPACK_EX)                                              \
    X(CALL)                    /* arg: argc; callable below the args */          \
    X(CALL_KW)                 /* arg: argc incl. keywords; kwnames on TOS */    \
    X(CALL_EX)                 /* arg: 1 if a kwargs dict is on TOS */           \
    X(FORMAT_VALUE)            /* arg: conversion | 4 when a spec is on TOS */   \
    X(BUILD_STRING)                                                              \
    X(MAKE_FUNCTION)           /* arg: RV_MF_* flags */                          \
    X(RETURN_VALUE) X(YIELD_VALUE) X(GEN_START)                                  \
    X(GET_YIELD_FROM_ITER)                                                       \
    X(SEND)                    /* arg: label; [iter, v] -> [iter, yielded] or    \
                                  jumps with [return value] */                   \
    X(LOAD_BUILD_CLASS)                                                          \
    X(SETUP_ANNOTATIONS)       /* locals['__annotations__'] = {} unless set */   \
    X(IMPORT_NAME) X(IMPORT_FROM) X(IMPORT_STAR)                                 \
    X(RAISE)                   /* arg: 0 re-raise, 1 exc, 2 exc from cause */    \
    X(ASSERT_FAIL)             /* arg: 1 if a message is on TOS */               \
    /* exception handling (eval_exc.c): a block stack in the frame */            \
    X(SETUP_FINALLY)           /* arg: handler label; push a try block */        \
    X(SETUP_WITH)              /* arg: handler label; TOS: the manager */        \
    X(POP_BLOCK)               /* pop the innermost try block */                 \
    X(POP_EXCEPT)              /* pop a handler block and its exception */       \
    X(RERAISE)                 /* re-raise TOS without a new traceback entry */  \
    X(CHECK_EXC_MATCH)         /* TOS: type(s), TOS1: exc; TOS = match */        \
    X(WITH_EXCEPT_START)       /* push TOS1(type(TOS), TOS, None) */             \
    /* match statements (eval_match.c, compile_match.c) */                      \
    X(MATCH_SEQUENCE)          /* push whether TOS is a sequence to patterns */  \
    X(MATCH_MAPPING)           /* push whether TOS is a mapping to patterns */   \
    X(GET_LEN)                 /* push len(TOS) */                               \
    X(POP_JUMP_IF_NONE)        /* arg: label; pop, jump if it was None */        \
    X(MATCH_KEYS)              /* TOS keys, TOS1 subject: push their values      \
                                  (a tuple) or None */                           \
    X(MATCH_CLASS)             /* arg: positional count; [subject, class,        \
                                  names] -> tuple of attributes or None */       \
    X(UNSUPPORTED)             /* arg: const index of a str; raise at run time */

typedef enum rv_opcode {
#define RV_OP_ENUM(name) RV_OP_##name,
    RV_OPCODES(RV_OP_ENUM)
#undef RV_OP_ENUM
    RV_OP__NCODES
} rv_opcode_t;

/* MAKE_FUNCTION flags: what the stack holds below the code object. */
enum {
    RV_MF_DEFAULTS = 1,
    RV_MF_KWDEFAULTS = 2,
    RV_MF_ANNOTATIONS = 4,     /* a tuple (name, value, name, value ...) */
    RV_MF_CLOSURE = 8,
};

/* FORMAT_VALUE conversions. */
enum { RV_FV_NONE = 0, RV_FV_STR = 1, RV_FV_REPR = 2, RV_FV_ASCII = 3, RV_FV_SPEC = 4 };

/* An instruction's place in the source, as CPython 3.11's co_positions
 * gives it (what traceback carets underline): lines 1-based, columns
 * 0-based in code points (CPython counts UTF-8 bytes, which the traceback
 * turns into characters); col -1: no position. */
typedef struct rv_loc {
    int32_t line, end_line;
    int32_t col, end_col;
    /* A binary operation's operator or a subscript's brackets on one line,
     * from col (CPython's traceback marks them '^' among '~',
     * extract_anchors_from_line); -1: none. */
    int32_t anchor_left, anchor_right;
} rv_loc_t;

typedef struct rv_instr {
    uint8_t op;
    int32_t arg;
    rv_loc_t loc;
} rv_instr_t;

/* The text of one compilation unit, shared by its code objects. */
typedef struct rv_source {
    int refcnt;
    char *filename;
    char *text;
    size_t nlines;
    char **lines;          /* without the newline */
} rv_source_t;

rv_source_t *rv_source_new(const char *filename, const char *text, size_t len);
rv_source_t *rv_source_ref(rv_source_t *s);
void rv_source_unref(rv_source_t *s);
/* The line's text with surrounding whitespace stripped (for tracebacks), or
 * NULL when out of range. */
const char *rv_source_line(const rv_source_t *s, int line);

enum {
    RV_CO_MODULE = 1u << 0,
    RV_CO_FUNCTION = 1u << 1,
    RV_CO_HIDDEN = 1u << 2,     /* comprehension / genexp: not a traced frame */
    RV_CO_GENERATOR = 1u << 3,
    RV_CO_VARARGS = 1u << 4,
    RV_CO_VARKEYWORDS = 1u << 5,
    RV_CO_CLASS = 1u << 6,
    RV_CO_HAS_DOC = 1u << 7,    /* consts[0] is the docstring */
    RV_CO_CLASS_CELL = 1u << 8, /* has CPython's implicit __class__ free
                                   variable (it uses super or __class__
                                   inside a class): the function's
                                   `klass` is its cell's content */
};

typedef struct rv_code {
    rv_obj_t ob;
    char *name;            /* "<module>", "<listcomp>", "f" */
    char *qualname;
    unsigned flags;
    int firstline;
    rv_instr_t *code;
    size_t ncode;
    rv_obj_t **consts;     /* owned */
    size_t nconsts;
    rv_obj_t **names;      /* owned interned str: globals, attributes */
    size_t nnames;
    rv_obj_t **varnames;   /* owned str: fast locals (parameters first) */
    size_t nlocals;
    rv_obj_t **cellvars;   /* owned str: locals captured by inner scopes */
    size_t ncells;
    rv_obj_t **freevars;   /* owned str: captured from outer scopes */
    size_t nfrees;
    int *cell2arg;         /* for each cell: the parameter it starts as, or -1 */
    int argcount, posonlyargcount, kwonlyargcount;
    int stacksize;         /* as CPython would count it (generator sizes) */
    rv_source_t *source;
} rv_code_t;

extern rv_type_t rv_code_type;
#define RV_CODE(o) ((rv_code_t *)(o))

const char *rv_opcode_name(int op);

#endif
