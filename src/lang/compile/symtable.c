/* src/lang/compile/symtable.c - see symtable.h.
 *
 * Resolution (CPython's analyze_block, simplified to what Python 3.11 does
 * without class-level special cases beyond skipping class scopes):
 *   global x      -> GLOBAL_EXPLICIT
 *   nonlocal x    -> FREE
 *   bound here    -> LOCAL (becomes CELL if an inner scope captures it)
 *   bound in an enclosing function-like scope -> FREE
 *   otherwise     -> GLOBAL_IMPLICIT
 * A name free in a child and not bound here is free here too (it passes
 * through), except at module level. */
#include "lang/compile/symtable.h"

#include <stdio.h>
#include <string.h>

#include "base/alloc.h"

typedef struct builder {
    rv_scope_t *cur;
    rv_syntax_error_t *err;
    bool failed;
} builder_t;

static rv_scope_t *scope_new(rv_scope_kind_t kind, const char *name, const rv_node_t *node,
                             rv_scope_t *parent)
{
    rv_scope_t *s = rv_calloc(1, sizeof *s);
    s->kind = kind;
    s->name = name;
    s->node = node;
    s->parent = parent;
    if (parent) {
        parent->children = rv_realloc(parent->children,
                                      (parent->nchildren + 1) * sizeof *parent->children);
        parent->children[parent->nchildren++] = s;
    }
    return s;
}

void rv_symtable_free(rv_scope_t *s)
{
    if (!s)
        return;
    for (size_t i = 0; i < s->nchildren; i++)
        rv_symtable_free(s->children[i]);
    rv_free(s->children);
    rv_free(s->syms);
    rv_free(s->params);
    rv_free(s);
}

rv_symbol_t *rv_scope_lookup(const rv_scope_t *s, const char *name)
{
    for (size_t i = 0; i < s->nsyms; i++)
        if (strcmp(s->syms[i].name, name) == 0)
            return &s->syms[i];
    return NULL;
}

rv_scope_t *rv_scope_child(const rv_scope_t *s, const rv_node_t *node)
{
    for (size_t i = 0; i < s->nchildren; i++)
        if (s->children[i]->node == node)
            return s->children[i];
    return NULL;
}

bool rv_scope_is_function_like(const rv_scope_t *s)
{
    return s->kind == RV_SCOPE_FUNCTION || s->kind == RV_SCOPE_COMPREHENSION;
}

static rv_symbol_t *add_sym(rv_scope_t *s, const char *name, unsigned flags)
{
    rv_symbol_t *sym = rv_scope_lookup(s, name);
    if (!sym) {
        if (s->nsyms == s->capsyms) {
            s->capsyms = s->capsyms ? s->capsyms * 2 : 8;
            s->syms = rv_realloc(s->syms, s->capsyms * sizeof *s->syms);
        }
        sym = &s->syms[s->nsyms++];
        sym->name = name;
        sym->flags = 0;
        sym->binding = RV_B_GLOBAL_IMPLICIT;
    }
    sym->flags |= flags;
    return sym;
}

static void add_param(rv_scope_t *s, const char *name)
{
    add_sym(s, name, RV_SYM_PARAM | RV_SYM_ASSIGNED);
    s->params = rv_realloc(s->params, (s->nparams + 1) * sizeof *s->params);
    s->params[s->nparams++] = name;
}

static void fail(builder_t *b, const rv_node_t *n, const char *msg)
{
    if (b->failed)
        return;
    b->failed = true;
    b->err->set = true;
    snprintf(b->err->msg, sizeof b->err->msg, "%s", msg);
    b->err->unsupported = strncmp(msg, "unsupported: ", 13) == 0;
    b->err->line = n->line;
    b->err->col = n->col + 1;
    b->err->end_col = n->end_col + 1;
    b->err->end_line = n->end_line;
}

/******************************************************************************/
/* pass 1: collect                                                            */

static void visit_expr(builder_t *b, const rv_node_t *n);
static void visit_stmts(builder_t *b, const rv_nodes_t *body);

static void visit_exprs(builder_t *b, const rv_nodes_t *list)
{
    for (size_t i = 0; i < list->len; i++)
        if (list->items[i])
            visit_expr(b, list->items[i]);
}

static void visit_arguments_defaults(builder_t *b, const rv_node_t *args)
{
    if (!args)
        return;
    visit_exprs(b, &args->u.arguments.defaults);
    visit_exprs(b, &args->u.arguments.kw_defaults);
    const rv_nodes_t *lists[] = { &args->u.arguments.posonlyargs, &args->u.arguments.args,
                                  &args->u.arguments.kwonlyargs };
    for (size_t l = 0; l < 3; l++)
        for (size_t i = 0; i < lists[l]->len; i++)
            if (lists[l]->items[i]->u.arg.annotation)
                visit_expr(b, lists[l]->items[i]->u.arg.annotation);
}

static void add_params(rv_scope_t *s, const rv_node_t *args)
{
    if (!args)
        return;
    const rv_nodes_t *lists[] = { &args->u.arguments.posonlyargs, &args->u.arguments.args,
                                  &args->u.arguments.kwonlyargs };
    for (size_t l = 0; l < 2; l++)
        for (size_t i = 0; i < lists[l]->len; i++)
            add_param(s, lists[l]->items[i]->u.arg.arg);
    for (size_t i = 0; i < lists[2]->len; i++)
        add_param(s, lists[2]->items[i]->u.arg.arg);
    if (args->u.arguments.vararg)
        add_param(s, args->u.arguments.vararg->u.arg.arg);
    if (args->u.arguments.kwarg)
        add_param(s, args->u.arguments.kwarg->u.arg.arg);
}

static void visit_comprehension(builder_t *b, const rv_node_t *n, const char *name)
{
    const rv_nodes_t *gens = &n->u.comp.generators;
    /* The outermost iterable is evaluated in the enclosing scope. */
    visit_expr(b, gens->items[0]->u.comprehension.iter);
    rv_scope_t *s = scope_new(RV_SCOPE_COMPREHENSION, name, n, b->cur);
    s->is_generator = n->kind == RV_N_GENEXP;
    add_param(s, ".0");
    rv_scope_t *saved = b->cur;
    b->cur = s;
    for (size_t i = 0; i < gens->len; i++) {
        const rv_node_t *g = gens->items[i];
        visit_expr(b, g->u.comprehension.target);
        if (i > 0)
            visit_expr(b, g->u.comprehension.iter);
        visit_exprs(b, &g->u.comprehension.ifs);
    }
    if (n->u.comp.elt)
        visit_expr(b, n->u.comp.elt);
    if (n->u.comp.value)
        visit_expr(b, n->u.comp.value);
    b->cur = saved;
}

static void visit_expr(builder_t *b, const rv_node_t *n)
{
    switch (n->kind) {
    case RV_N_NAME:
        add_sym(b->cur, n->u.name.id, n->u.name.ctx == RV_LOAD ? RV_SYM_USED : RV_SYM_ASSIGNED);
        break;
    case RV_N_BOOLOP:
        visit_exprs(b, &n->u.boolop.values);
        break;
    case RV_N_NAMEDEXPR: {
        /* PEP 572: the target binds in the nearest non-comprehension scope. */
        rv_scope_t *s = b->cur;
        while (s->kind == RV_SCOPE_COMPREHENSION)
            s = s->parent;
        if (s != b->cur) {
            fail(b, n, "unsupported: assignment expression inside a comprehension");
            break;
        }
        visit_expr(b, n->u.namedexpr.value);
        visit_expr(b, n->u.namedexpr.target);
        break;
    }
    case RV_N_BINOP:
        visit_expr(b, n->u.binop.left);
        visit_expr(b, n->u.binop.right);
        break;
    case RV_N_UNARYOP:
        visit_expr(b, n->u.unaryop.operand);
        break;
    case RV_N_LAMBDA: {
        visit_arguments_defaults(b, n->u.lambda.args);
        rv_scope_t *s = scope_new(RV_SCOPE_FUNCTION, "<lambda>", n, b->cur);
        add_params(s, n->u.lambda.args);
        rv_scope_t *saved = b->cur;
        b->cur = s;
        visit_expr(b, n->u.lambda.body);
        b->cur = saved;
        break;
    }
    case RV_N_IFEXP:
        visit_expr(b, n->u.ifexp.test);
        visit_expr(b, n->u.ifexp.body);
        visit_expr(b, n->u.ifexp.orelse);
        break;
    case RV_N_DICT:
        visit_exprs(b, &n->u.dict.keys);
        visit_exprs(b, &n->u.dict.values);
        break;
    case RV_N_SET:
        visit_exprs(b, &n->u.set.elts);
        break;
    case RV_N_LISTCOMP:
        visit_comprehension(b, n, "<listcomp>");
        break;
    case RV_N_SETCOMP:
        visit_comprehension(b, n, "<setcomp>");
        break;
    case RV_N_DICTCOMP:
        visit_comprehension(b, n, "<dictcomp>");
        break;
    case RV_N_GENEXP:
        visit_comprehension(b, n, "<genexpr>");
        break;
    case RV_N_AWAIT:
        visit_expr(b, n->u.await_.value);
        break;
    case RV_N_YIELD:
    case RV_N_YIELDFROM:
        b->cur->is_generator = true;
        if (n->u.yield.value)
            visit_expr(b, n->u.yield.value);
        break;
    case RV_N_COMPARE:
        visit_expr(b, n->u.compare.left);
        visit_exprs(b, &n->u.compare.comparators);
        break;
    case RV_N_CALL:
        visit_expr(b, n->u.call.func);
        visit_exprs(b, &n->u.call.args);
        for (size_t i = 0; i < n->u.call.keywords.len; i++)
            visit_expr(b, n->u.call.keywords.items[i]->u.keyword.value);
        break;
    case RV_N_FORMATTEDVALUE:
        visit_expr(b, n->u.formatted.value);
        if (n->u.formatted.format_spec)
            visit_expr(b, n->u.formatted.format_spec);
        break;
    case RV_N_JOINEDSTR:
        visit_exprs(b, &n->u.joined.values);
        break;
    case RV_N_CONSTANT:
        break;
    case RV_N_ATTRIBUTE:
        visit_expr(b, n->u.attribute.value);
        break;
    case RV_N_SUBSCRIPT:
        visit_expr(b, n->u.subscript.value);
        visit_expr(b, n->u.subscript.slice);
        break;
    case RV_N_STARRED:
        visit_expr(b, n->u.starred.value);
        break;
    case RV_N_LIST:
    case RV_N_TUPLE:
        visit_exprs(b, &n->u.seq.elts);
        break;
    case RV_N_SLICE:
        if (n->u.slice.lower)
            visit_expr(b, n->u.slice.lower);
        if (n->u.slice.upper)
            visit_expr(b, n->u.slice.upper);
        if (n->u.slice.step)
            visit_expr(b, n->u.slice.step);
        break;
    default:
        break;
    }
}

static void declare(builder_t *b, const rv_node_t *n, unsigned flag)
{
    for (size_t i = 0; i < n->u.global.len; i++) {
        const char *name = n->u.global.names[i];
        rv_symbol_t *sym = rv_scope_lookup(b->cur, name);
        if (sym && (sym->flags & (RV_SYM_ASSIGNED | RV_SYM_USED | RV_SYM_PARAM)) &&
            !(sym->flags & flag)) {
            char msg[200];
            const char *kw = flag == RV_SYM_GLOBAL ? "global" : "nonlocal";
            if (sym->flags & RV_SYM_PARAM)
                snprintf(msg, sizeof msg, "name '%s' is parameter and %s", name, kw);
            else if (sym->flags & RV_SYM_ASSIGNED)
                snprintf(msg, sizeof msg, "name '%s' is assigned to before %s declaration",
                         name, kw);
            else
                snprintf(msg, sizeof msg, "name '%s' is used prior to %s declaration", name, kw);
            fail(b, n, msg);
            return;
        }
        if (flag == RV_SYM_NONLOCAL && b->cur->kind == RV_SCOPE_MODULE) {
            fail(b, n, "nonlocal declaration not allowed at module level");
            return;
        }
        add_sym(b->cur, name, flag);
    }
}

/* A pattern binds its capture names and reads its values, classes and
 * mapping keys (CPython's symtable_visit_pattern). */
static void visit_pattern(builder_t *b, const rv_node_t *n)
{
    switch (n->kind) {
    case RV_N_MATCHVALUE:
        visit_expr(b, n->u.matchvalue.value);
        break;
    case RV_N_MATCHSEQUENCE:
    case RV_N_MATCHOR:
        for (size_t i = 0; i < n->u.matchseq.patterns.len; i++)
            visit_pattern(b, n->u.matchseq.patterns.items[i]);
        break;
    case RV_N_MATCHSTAR:
        if (n->u.matchstar.name)
            add_sym(b->cur, n->u.matchstar.name, RV_SYM_ASSIGNED);
        break;
    case RV_N_MATCHMAPPING:
        visit_exprs(b, &n->u.matchmapping.keys);
        for (size_t i = 0; i < n->u.matchmapping.patterns.len; i++)
            visit_pattern(b, n->u.matchmapping.patterns.items[i]);
        if (n->u.matchmapping.rest)
            add_sym(b->cur, n->u.matchmapping.rest, RV_SYM_ASSIGNED);
        break;
    case RV_N_MATCHCLASS:
        visit_expr(b, n->u.matchclass.cls);
        for (size_t i = 0; i < n->u.matchclass.patterns.len; i++)
            visit_pattern(b, n->u.matchclass.patterns.items[i]);
        for (size_t i = 0; i < n->u.matchclass.kwd_patterns.len; i++)
            visit_pattern(b, n->u.matchclass.kwd_patterns.items[i]);
        break;
    case RV_N_MATCHAS:
        if (n->u.matchas.pattern)
            visit_pattern(b, n->u.matchas.pattern);
        if (n->u.matchas.name)
            add_sym(b->cur, n->u.matchas.name, RV_SYM_ASSIGNED);
        break;
    default:
        break;
    }
}

static const char *import_binding(const rv_node_t *alias, rv_scope_t *arena_owner, char *buf,
                                  size_t bufsize)
{
    (void)arena_owner;
    if (alias->u.alias.asname)
        return alias->u.alias.asname;
    const char *dot = strchr(alias->u.alias.name, '.');
    if (!dot)
        return alias->u.alias.name;
    size_t n = (size_t)(dot - alias->u.alias.name);
    if (n >= bufsize)
        n = bufsize - 1;
    memcpy(buf, alias->u.alias.name, n);
    buf[n] = '\0';
    return buf;
}

static void visit_stmt(builder_t *b, const rv_node_t *n)
{
    switch (n->kind) {
    case RV_N_FUNCTIONDEF: {
        visit_exprs(b, &n->u.funcdef.decorators);
        visit_arguments_defaults(b, n->u.funcdef.args);
        if (n->u.funcdef.returns)
            visit_expr(b, n->u.funcdef.returns);
        add_sym(b->cur, n->u.funcdef.name, RV_SYM_ASSIGNED);
        rv_scope_t *s = scope_new(RV_SCOPE_FUNCTION, n->u.funcdef.name, n, b->cur);
        add_params(s, n->u.funcdef.args);
        rv_scope_t *saved = b->cur;
        b->cur = s;
        visit_stmts(b, &n->u.funcdef.body);
        b->cur = saved;
        break;
    }
    case RV_N_CLASSDEF: {
        visit_exprs(b, &n->u.classdef.decorators);
        visit_exprs(b, &n->u.classdef.bases);
        for (size_t i = 0; i < n->u.classdef.keywords.len; i++)
            visit_expr(b, n->u.classdef.keywords.items[i]->u.keyword.value);
        add_sym(b->cur, n->u.classdef.name, RV_SYM_ASSIGNED);
        rv_scope_t *s = scope_new(RV_SCOPE_CLASS, n->u.classdef.name, n, b->cur);
        rv_scope_t *saved = b->cur;
        b->cur = s;
        visit_stmts(b, &n->u.classdef.body);
        b->cur = saved;
        break;
    }
    case RV_N_RETURN:
        if (n->u.ret.value)
            visit_expr(b, n->u.ret.value);
        break;
    case RV_N_DELETE:
        visit_exprs(b, &n->u.del.targets);
        break;
    case RV_N_ASSIGN:
        visit_expr(b, n->u.assign.value);
        visit_exprs(b, &n->u.assign.targets);
        break;
    case RV_N_AUGASSIGN:
        visit_expr(b, n->u.augassign.value);
        visit_expr(b, n->u.augassign.target);
        if (n->u.augassign.target->kind == RV_N_NAME)
            add_sym(b->cur, n->u.augassign.target->u.name.id, RV_SYM_USED);
        break;
    case RV_N_ANNASSIGN:
        if (n->u.annassign.value)
            visit_expr(b, n->u.annassign.value);
        visit_expr(b, n->u.annassign.target);
        if (b->cur->kind != RV_SCOPE_FUNCTION)
            visit_expr(b, n->u.annassign.annotation);
        break;
    case RV_N_FOR:
        visit_expr(b, n->u.for_.iter);
        visit_expr(b, n->u.for_.target);
        visit_stmts(b, &n->u.for_.body);
        visit_stmts(b, &n->u.for_.orelse);
        break;
    case RV_N_WHILE:
        visit_expr(b, n->u.while_.test);
        visit_stmts(b, &n->u.while_.body);
        visit_stmts(b, &n->u.while_.orelse);
        break;
    case RV_N_IF:
        visit_expr(b, n->u.if_.test);
        visit_stmts(b, &n->u.if_.body);
        visit_stmts(b, &n->u.if_.orelse);
        break;
    case RV_N_WITH:
        for (size_t i = 0; i < n->u.with.items.len; i++) {
            const rv_node_t *item = n->u.with.items.items[i];
            visit_expr(b, item->u.withitem.context_expr);
            if (item->u.withitem.optional_vars)
                visit_expr(b, item->u.withitem.optional_vars);
        }
        visit_stmts(b, &n->u.with.body);
        break;
    case RV_N_RAISE:
        if (n->u.raise.exc)
            visit_expr(b, n->u.raise.exc);
        if (n->u.raise.cause)
            visit_expr(b, n->u.raise.cause);
        break;
    case RV_N_TRY:
        visit_stmts(b, &n->u.try_.body);
        for (size_t i = 0; i < n->u.try_.handlers.len; i++) {
            const rv_node_t *h = n->u.try_.handlers.items[i];
            if (h->u.handler.type)
                visit_expr(b, h->u.handler.type);
            if (h->u.handler.name)
                add_sym(b->cur, h->u.handler.name, RV_SYM_ASSIGNED);
            visit_stmts(b, &h->u.handler.body);
        }
        visit_stmts(b, &n->u.try_.orelse);
        visit_stmts(b, &n->u.try_.finalbody);
        break;
    case RV_N_ASSERT:
        visit_expr(b, n->u.assert_.test);
        if (n->u.assert_.msg)
            visit_expr(b, n->u.assert_.msg);
        break;
    case RV_N_IMPORT:
    case RV_N_IMPORTFROM: {
        const rv_nodes_t *names = n->kind == RV_N_IMPORT ? &n->u.import.names
                                                          : &n->u.importfrom.names;
        for (size_t i = 0; i < names->len; i++) {
            const rv_node_t *a = names->items[i];
            if (strcmp(a->u.alias.name, "*") == 0) {
                b->cur->has_star_import = true;
                continue;
            }
            char buf[256];
            const char *bound = n->kind == RV_N_IMPORTFROM
                                    ? (a->u.alias.asname ? a->u.alias.asname : a->u.alias.name)
                                    : import_binding(a, b->cur, buf, sizeof buf);
            if (bound == buf) {
                /* The first component of a dotted import: find it in the
                 * alias text so the symbol keeps a stable pointer. */
                rv_symbol_t *sym = NULL;
                for (size_t k = 0; k < b->cur->nsyms; k++)
                    if (strcmp(b->cur->syms[k].name, buf) == 0)
                        sym = &b->cur->syms[k];
                if (sym)
                    sym->flags |= RV_SYM_ASSIGNED | RV_SYM_IMPORTED;
                else
                    fail(b, n, "unsupported: dotted import of a package");
                continue;
            }
            add_sym(b->cur, bound, RV_SYM_ASSIGNED | RV_SYM_IMPORTED);
        }
        break;
    }
    case RV_N_GLOBAL:
        declare(b, n, RV_SYM_GLOBAL);
        break;
    case RV_N_NONLOCAL:
        declare(b, n, RV_SYM_NONLOCAL);
        break;
    case RV_N_EXPR:
        visit_expr(b, n->u.expr.value);
        break;
    case RV_N_MATCH:
        visit_expr(b, n->u.match.subject);
        for (size_t i = 0; i < n->u.match.cases.len; i++) {
            const rv_node_t *m = n->u.match.cases.items[i];
            visit_pattern(b, m->u.match_case.pattern);
            if (m->u.match_case.guard)
                visit_expr(b, m->u.match_case.guard);
            visit_stmts(b, &m->u.match_case.body);
        }
        break;
    default:
        break;
    }
}

static void visit_stmts(builder_t *b, const rv_nodes_t *body)
{
    for (size_t i = 0; i < body->len && !b->failed; i++)
        visit_stmt(b, body->items[i]);
}

/******************************************************************************/
/* pass 2: resolve                                                            */

typedef struct nameset {
    const char **names;
    size_t len, cap;
} nameset_t;

static bool set_has(const nameset_t *s, const char *name)
{
    for (size_t i = 0; i < s->len; i++)
        if (strcmp(s->names[i], name) == 0)
            return true;
    return false;
}

static void set_add(nameset_t *s, const char *name)
{
    if (set_has(s, name))
        return;
    if (s->len == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 8;
        s->names = rv_realloc(s->names, s->cap * sizeof *s->names);
    }
    s->names[s->len++] = name;
}

static bool is_bound(const rv_symbol_t *sym)
{
    return (sym->flags & (RV_SYM_ASSIGNED | RV_SYM_PARAM)) &&
           !(sym->flags & (RV_SYM_GLOBAL | RV_SYM_NONLOCAL));
}

/* Resolves s; `enclosing` holds the names bound in enclosing function-like
 * scopes.  Adds the names free in s to `free_out`. */
static void resolve(builder_t *b, rv_scope_t *s, const nameset_t *enclosing, nameset_t *free_out)
{
    for (size_t i = 0; i < s->nsyms; i++) {
        rv_symbol_t *sym = &s->syms[i];
        if (sym->flags & RV_SYM_GLOBAL)
            sym->binding = RV_B_GLOBAL_EXPLICIT;
        else if (sym->flags & RV_SYM_NONLOCAL) {
            if (!set_has(enclosing, sym->name)) {
                char msg[200];
                snprintf(msg, sizeof msg, "no binding for nonlocal '%s' found", sym->name);
                fail(b, s->node, msg);
            }
            sym->binding = RV_B_FREE;
        } else if (is_bound(sym))
            sym->binding = RV_B_LOCAL;
        else if (set_has(enclosing, sym->name))
            sym->binding = RV_B_FREE;
        else
            sym->binding = RV_B_GLOBAL_IMPLICIT;
    }

    nameset_t inner = { 0 };
    for (size_t i = 0; i < enclosing->len; i++)
        set_add(&inner, enclosing->names[i]);
    if (rv_scope_is_function_like(s))
        for (size_t i = 0; i < s->nsyms; i++)
            if (s->syms[i].binding == RV_B_LOCAL)
                set_add(&inner, s->syms[i].name);
    /* Names declared global here are not visible as enclosing bindings. */
    nameset_t visible = { 0 };
    for (size_t i = 0; i < inner.len; i++) {
        rv_symbol_t *sym = rv_scope_lookup(s, inner.names[i]);
        if (!sym || sym->binding != RV_B_GLOBAL_EXPLICIT)
            set_add(&visible, inner.names[i]);
    }
    rv_free(inner.names);

    for (size_t c = 0; c < s->nchildren; c++) {
        nameset_t child_free = { 0 };
        resolve(b, s->children[c], &visible, &child_free);
        for (size_t i = 0; i < child_free.len; i++) {
            const char *name = child_free.names[i];
            rv_symbol_t *sym = rv_scope_lookup(s, name);
            if (sym && rv_scope_is_function_like(s) &&
                (sym->binding == RV_B_LOCAL || sym->binding == RV_B_CELL))
                sym->binding = RV_B_CELL;
            else if (sym && sym->binding == RV_B_FREE)
                ;
            else if (s->kind != RV_SCOPE_MODULE) {
                /* Passes through this scope (a class body keeps its own
                 * local of the same name: CPython's DEF_FREE_CLASS). */
                if (!sym || s->kind != RV_SCOPE_CLASS) {
                    sym = add_sym(s, name, 0);
                    sym->binding = RV_B_FREE;
                }
            }
        }
        rv_free(child_free.names);
    }
    rv_free(visible.names);

    for (size_t i = 0; i < s->nsyms; i++)
        if (s->syms[i].binding == RV_B_FREE)
            set_add(free_out, s->syms[i].name);
}

static bool uses_class_name(const rv_scope_t *s)
{
    static const char *const names[] = { "super", "__class__" };
    for (size_t i = 0; i < 2; i++) {
        const rv_symbol_t *sym = rv_scope_lookup(s, names[i]);
        if (sym && (sym->flags & RV_SYM_USED))
            return true;
    }
    for (size_t c = 0; c < s->nchildren; c++)
        if (rv_scope_is_function_like(s->children[c]) && uses_class_name(s->children[c]))
            return true;
    return false;
}

bool rv_scope_has_class_cell(const rv_scope_t *s)
{
    if (!rv_scope_is_function_like(s))
        return false;
    const rv_scope_t *p = s->parent;
    while (p && rv_scope_is_function_like(p))
        p = p->parent;
    return p && p->kind == RV_SCOPE_CLASS && uses_class_name(s);
}

rv_scope_t *rv_symtable_build(const rv_module_ast_t *m, rv_syntax_error_t *err)
{
    builder_t b = { 0 };
    b.err = err;
    rv_scope_t *top = scope_new(RV_SCOPE_MODULE, "<module>", NULL, NULL);
    b.cur = top;
    visit_stmts(&b, &m->body);
    if (!b.failed) {
        nameset_t none = { 0 }, free_names = { 0 };
        resolve(&b, top, &none, &free_names);
        rv_free(free_names.names);
    }
    if (b.failed) {
        rv_symtable_free(top);
        return NULL;
    }
    return top;
}
