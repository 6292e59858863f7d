/* src/lang/compile/symtable.h - scopes and name resolution (CPython's symtable.c).
 *
 * A first pass over the AST builds one scope per module, function, lambda,
 * class and comprehension and records how each name is used there; a second
 * pass decides for every name whether it is local, global, free (captured
 * from an enclosing function) or a cell (local and captured by an inner
 * scope).  The compiler then picks NAME, FAST, GLOBAL or DEREF instructions. */
#ifndef RV_LANG_SYMTABLE_H
#define RV_LANG_SYMTABLE_H

#include <stdbool.h>
#include <stddef.h>

#include "lang/parse/ast.h"

typedef enum rv_scope_kind {
    RV_SCOPE_MODULE, RV_SCOPE_FUNCTION, RV_SCOPE_CLASS, RV_SCOPE_COMPREHENSION
} rv_scope_kind_t;

/* How a name resolves in one scope. */
typedef enum rv_binding {
    RV_B_LOCAL, RV_B_GLOBAL_EXPLICIT, RV_B_GLOBAL_IMPLICIT, RV_B_FREE, RV_B_CELL
} rv_binding_t;

enum {
    RV_SYM_ASSIGNED = 1u << 0,
    RV_SYM_PARAM = 1u << 1,
    RV_SYM_USED = 1u << 2,
    RV_SYM_GLOBAL = 1u << 3,
    RV_SYM_NONLOCAL = 1u << 4,
    RV_SYM_IMPORTED = 1u << 5,
};

typedef struct rv_symbol {
    const char *name;
    unsigned flags;
    rv_binding_t binding;
} rv_symbol_t;

typedef struct rv_scope {
    rv_scope_kind_t kind;
    const char *name;
    const rv_node_t *node;
    struct rv_scope *parent;
    struct rv_scope **children;
    size_t nchildren;
    rv_symbol_t *syms;
    size_t nsyms, capsyms;
    /* Parameters in order (fast-local slots 0..nparams-1). */
    const char **params;
    size_t nparams;
    bool is_generator;
    bool has_star_import;
} rv_scope_t;

/* Builds the scopes of a module.  Returns NULL with err filled on a
 * SyntaxError found here (e.g. "name 'x' is used prior to global
 * declaration"). */
rv_scope_t *rv_symtable_build(const rv_module_ast_t *m, rv_syntax_error_t *err);
void rv_symtable_free(rv_scope_t *top);

rv_symbol_t *rv_scope_lookup(const rv_scope_t *s, const char *name);
/* The child scope created for node (a def, lambda, class or comprehension). */
rv_scope_t *rv_scope_child(const rv_scope_t *s, const rv_node_t *node);
bool rv_scope_is_function_like(const rv_scope_t *s);
/* Whether CPython gives s's code the implicit __class__ free variable: s
 * is a function inside a class body (through enclosing functions only) and
 * it, or a function nested in it, loads `super` or `__class__`. */
bool rv_scope_has_class_cell(const rv_scope_t *s);

#endif
