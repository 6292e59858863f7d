/* src/lang/compile/compile_def.c - definitions: def, lambda, class, and yield.
 *
 * A definition compiles its body into a code object of its own (the
 * symtable made a scope for it) and, at run time, makes a function from
 * it: defaults, keyword-only defaults and the closure are evaluated in the
 * enclosing code, once, when the definition runs.  That is what makes the
 * mutable-default pitfall: the default list is made at `def` time and kept
 * by the function.  A class body is a hidden function that
 * __build_class__ runs with the class namespace as its locals. */
#include <string.h>

#include "core/obj_str.h"
#include "lang/compile/compile_int.h"

/* The docstring of a body: its first statement when that is a str
 * literal (borrowed), else NULL. */
static rv_obj_t *docstring(const rv_nodes_t *body)
{
    if (!body || body->len == 0)
        return NULL;
    const rv_node_t *s = body->items[0];
    if (s->kind != RV_N_EXPR || s->u.expr.value->kind != RV_N_CONSTANT)
        return NULL;
    rv_obj_t *v = s->u.expr.value->u.constant.value;
    return RV_IS(v, rv_str_type) ? v : NULL;
}

/* Pushes the defaults tuple and the keyword-only defaults dict that
 * MAKE_FUNCTION takes, and returns its flags. */
static int push_defaults(compiler_t *c, const rv_node_t *args)
{
    int flags = 0;
    if (!args)
        return 0;
    const rv_nodes_t *defs = &args->u.arguments.defaults;
    if (defs->len) {
        for (size_t i = 0; i < defs->len; i++)
            cu_expr(c, defs->items[i]);
        cu_emit(c, RV_OP_BUILD_TUPLE, (int)defs->len);
        flags |= RV_MF_DEFAULTS;
    }
    const rv_nodes_t *kwonly = &args->u.arguments.kwonlyargs;
    const rv_nodes_t *kwdefs = &args->u.arguments.kw_defaults;
    int nkw = 0;
    for (size_t i = 0; i < kwonly->len && i < kwdefs->len; i++) {
        if (!kwdefs->items[i])
            continue;
        rv_obj_t *name = rv_str_from_cstr(kwonly->items[i]->u.arg.arg);
        cu_load_const(c, name);
        rv_decref(name);
        cu_expr(c, kwdefs->items[i]);
        nkw++;
    }
    if (nkw) {
        cu_emit(c, RV_OP_BUILD_MAP, nkw);
        flags |= RV_MF_KWDEFAULTS;
    }
    return flags;
}

/* Compiles a function body (statements, or a lambda's expression) into a
 * code object (new reference), or NULL after an error. */
static rv_obj_t *function_code(compiler_t *c, const rv_node_t *n, const char *name,
                               const rv_node_t *args, const rv_nodes_t *body,
                               const rv_node_t *expr, int firstline)
{
    rv_scope_t *scope = rv_scope_child(c->u->scope, n);
    if (!scope) {
        cu_error(c, n, false, "internal error: definition without a scope");
        return NULL;
    }
    int outer_stmt = c->u->stmt_line;
    cu_enter(c, scope, name, firstline);
    /* CPython keeps the docstring as co_consts[0]; MAKE_FUNCTION takes
     * it from there for __doc__.  It is not a statement that runs. */
    rv_obj_t *doc = docstring(body);
    size_t first = 0;
    if (doc) {
        cu_add_const(c, doc);
        first = 1;
    }
    if (scope->is_generator)
        cu_emit(c, RV_OP_GEN_START, 0);
    if (body) {
        c->u->def_body = true;
        rv_nodes_t rest = { body->items + first, body->len - first };
        cu_body(c, &rest);
        cu_load_const(c, rv_None);
    } else {
        /* A lambda's body is on a line of the statement that defines it:
         * the tracer places the frame at that statement's line. */
        c->u->stmt_line = outer_stmt ? outer_stmt : n->line;
        cu_emit(c, RV_OP_STMT, c->u->stmt_line);
        cu_expr(c, expr);
    }
    cu_emit(c, RV_OP_RETURN_VALUE, 0);

    unsigned flags = RV_CO_FUNCTION;
    if (scope->is_generator)
        flags |= RV_CO_GENERATOR;
    if (doc)
        flags |= RV_CO_HAS_DOC;
    if (rv_scope_has_class_cell(scope))
        flags |= RV_CO_CLASS_CELL;
    size_t npos = 0, nposonly = 0, nkwonly = 0;
    if (args) {
        nposonly = args->u.arguments.posonlyargs.len;
        npos = nposonly + args->u.arguments.args.len;
        nkwonly = args->u.arguments.kwonlyargs.len;
        if (args->u.arguments.vararg)
            flags |= RV_CO_VARARGS;
        if (args->u.arguments.kwarg)
            flags |= RV_CO_VARKEYWORDS;
    }
    rv_obj_t *code = cu_leave(c, flags);
    if (code) {
        rv_code_t *co = RV_CODE(code);
        co->argcount = (int)npos;
        co->posonlyargcount = (int)nposonly;
        co->kwonlyargcount = (int)nkwonly;
    }
    return code;
}

/* The line events of a decorated definition.  CPython 3.11 makes the
 * function (or class) and binds its name on the def line, and calls each
 * decorator on that decorator's line.  For the tracer all of them are the
 * definition's statement, except when the body starts on the def line
 * (`def f(x): return x`): that line belongs to the body's statement (the
 * innermost statement covering it), and the frame moves between the two.
 * Returns the def line then (the line of its STMT markers), else 0. */
static int shared_def_line(int def_line, const rv_nodes_t *decos, const rv_nodes_t *body)
{
    return decos->len && body->len && body->items[0]->line == def_line ? def_line : 0;
}

static void def_line_event(compiler_t *c, int line)
{
    if (line)
        cu_emit(c, RV_OP_STMT, line);
}

/* The decorators' calls, innermost first, on the first decorator's line
 * event (see shared_def_line); then the name is bound on the def line. */
static void apply_decorators(compiler_t *c, const rv_node_t *n, const rv_nodes_t *decos,
                             int def_line, const char *name)
{
    if (def_line)
        cu_emit(c, RV_OP_STMT, decos->items[0]->line);
    /* each call at its decorator's position (compiler_apply_decorators) */
    rv_loc_t loc = c->u->loc;
    for (size_t i = decos->len; i-- > 0;) {
        cu_set_loc(c, decos->items[i]);
        cu_emit(c, RV_OP_CALL, 1);
    }
    c->u->loc = loc;
    def_line_event(c, def_line);
    cu_name_op(c, n, name, RV_STORE);
}

void cu_funcdef(compiler_t *c, const rv_node_t *n)
{
    const rv_nodes_t *decos = &n->u.funcdef.decorators;
    for (size_t i = 0; i < decos->len; i++)
        cu_expr(c, decos->items[i]);
    int def_line = shared_def_line(n->u.funcdef.def_line, decos, &n->u.funcdef.body);
    def_line_event(c, def_line);
    int flags = push_defaults(c, n->u.funcdef.args);
    flags |= cu_push_annotations(c, n->u.funcdef.args, n->u.funcdef.returns);
    int firstline = decos->len ? decos->items[0]->line : n->line;
    rv_obj_t *code = function_code(c, n, n->u.funcdef.name, n->u.funcdef.args,
                                   &n->u.funcdef.body, NULL, firstline);
    if (!code)
        return;
    cu_make_function(c, code, flags);
    rv_decref(code);
    apply_decorators(c, n, decos, def_line, n->u.funcdef.name);
}

void cu_lambda(compiler_t *c, const rv_node_t *n)
{
    int flags = push_defaults(c, n->u.lambda.args);
    rv_obj_t *code = function_code(c, n, "<lambda>", n->u.lambda.args, NULL,
                                   n->u.lambda.body, n->line);
    if (!code)
        return;
    cu_make_function(c, code, flags);
    rv_decref(code);
}

/* The class body: sets __module__ and __qualname__ (and __doc__), runs the
 * statements, and returns None; __build_class__ keeps the namespace. */
static rv_obj_t *class_code(compiler_t *c, const rv_node_t *n, int firstline)
{
    rv_scope_t *scope = rv_scope_child(c->u->scope, n);
    if (!scope) {
        cu_error(c, n, false, "internal error: class without a scope");
        return NULL;
    }
    cu_enter(c, scope, n->u.classdef.name, firstline);
    cu_emit(c, RV_OP_LOAD_NAME, cu_add_name(c, "__name__"));
    cu_emit(c, RV_OP_STORE_NAME, cu_add_name(c, "__module__"));
    rv_obj_t *q = rv_str_from_cstr(c->u->qualname);
    cu_load_const(c, q);
    rv_decref(q);
    cu_emit(c, RV_OP_STORE_NAME, cu_add_name(c, "__qualname__"));
    const rv_nodes_t *body = &n->u.classdef.body;
    if (cu_find_ann(body))
        cu_emit(c, RV_OP_SETUP_ANNOTATIONS, 0);
    rv_obj_t *doc = docstring(body);
    size_t first = 0;
    if (doc) {
        cu_load_const(c, doc);
        cu_emit(c, RV_OP_STORE_NAME, cu_add_name(c, "__doc__"));
        first = 1;
    }
    rv_nodes_t rest = { body->items + first, body->len - first };
    cu_body(c, &rest);
    cu_load_const(c, rv_None);
    cu_emit(c, RV_OP_RETURN_VALUE, 0);
    return cu_leave(c, RV_CO_CLASS | RV_CO_HIDDEN);
}

void cu_classdef(compiler_t *c, const rv_node_t *n)
{
    const rv_nodes_t *decos = &n->u.classdef.decorators;
    for (size_t i = 0; i < decos->len; i++)
        cu_expr(c, decos->items[i]);
    int firstline = decos->len ? decos->items[0]->line : n->line;
    int def_line = shared_def_line(n->u.classdef.def_line, decos, &n->u.classdef.body);
    def_line_event(c, def_line);
    cu_emit(c, RV_OP_LOAD_BUILD_CLASS, 0);
    rv_obj_t *code = class_code(c, n, firstline);
    if (!code)
        return;
    cu_make_function(c, code, 0);
    rv_decref(code);
    rv_obj_t *name = rv_str_from_cstr(n->u.classdef.name);
    cu_load_const(c, name);
    rv_decref(name);
    const rv_nodes_t *bases = &n->u.classdef.bases;
    const rv_nodes_t *kws = &n->u.classdef.keywords;
    bool starred = false;
    for (size_t i = 0; i < bases->len; i++)
        starred |= bases->items[i]->kind == RV_N_STARRED;
    for (size_t i = 0; i < kws->len; i++)
        starred |= kws->items[i]->u.keyword.arg == NULL;
    if (starred) {
        cu_unsupported(c, n, "class bases or keywords given with * or **");
        return;
    }
    for (size_t i = 0; i < bases->len; i++)
        cu_expr(c, bases->items[i]);
    if (kws->len) {
        rv_obj_t *names = rv_tuple_new(kws->len);
        for (size_t i = 0; i < kws->len; i++) {
            cu_expr(c, kws->items[i]->u.keyword.value);
            rv_tuple_set_steal(names, i, rv_str_from_cstr(kws->items[i]->u.keyword.arg));
        }
        cu_load_const(c, names);
        rv_decref(names);
        cu_emit(c, RV_OP_CALL_KW, (int)(2 + bases->len + kws->len));
    } else {
        cu_emit(c, RV_OP_CALL, (int)(2 + bases->len));
    }
    apply_decorators(c, n, decos, def_line, n->u.classdef.name);
}

/* `yield x` leaves the value sent in (None for next()) on the stack;
 * `yield from it` re-yields what it yields until it returns, and leaves
 * its return value (CPython 3.11's SEND loop). */
void cu_yield(compiler_t *c, const rv_node_t *n)
{
    if (n->kind == RV_N_YIELD) {
        if (n->u.yield.value)
            cu_expr(c, n->u.yield.value);
        else
            cu_load_const(c, rv_None);
        cu_emit(c, RV_OP_YIELD_VALUE, 0);
        return;
    }
    int loop = cu_new_label(c), done = cu_new_label(c);
    cu_expr(c, n->u.yield.value);
    cu_emit(c, RV_OP_GET_YIELD_FROM_ITER, 0);
    cu_load_const(c, rv_None);
    cu_bind_label(c, loop);
    cu_emit_jump(c, RV_OP_SEND, done);
    cu_emit(c, RV_OP_YIELD_VALUE, 0);
    cu_emit_jump(c, RV_OP_JUMP, loop);
    cu_bind_label(c, done);
}
