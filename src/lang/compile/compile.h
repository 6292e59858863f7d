/* src/lang/compile/compile.h - from AST to code objects.
 *
 * Mirrors what CPython 3.11's compiler does where a program can observe it:
 * constant folding (Python/ast_opt.c, with its size limits), one shared
 * object per equal constant in the whole compilation unit
 * (merge_consts_recursive), list and set displays of three or more constants
 * built by extending from a constant tuple/frozenset, comprehensions as
 * hidden nested functions. */
#ifndef RV_LANG_COMPILE_H
#define RV_LANG_COMPILE_H

#include "lang/parse/ast.h"
#include "lang/compile/code.h"

/* Compiles a parsed module.  Returns the module's code object (new
 * reference), or NULL with err filled for an error found while compiling. */
rv_obj_t *rv_compile(const rv_module_ast_t *m, rv_syntax_error_t *err);

#endif
