/* src/lang/compile/compile_ann.c - annotations, as CPython 3.11 compiles them.
 *
 * - A module or class body that has an annotated assignment anywhere in it
 *   (not in nested definitions) starts with SETUP_ANNOTATIONS, which makes
 *   its `__annotations__` dict (compiler_body, find_ann).
 * - `x: T = v` there assigns first, then evaluates T and stores it as
 *   __annotations__['x']; in a function it only assigns (PEP 526: local
 *   annotations are not evaluated).  A target that is not a plain name
 *   (`self.x: int`, `(x): int`) stores nothing, but module and class
 *   bodies still evaluate the annotation (compiler_annassign,
 *   check_annotation).
 * - A def evaluates its parameters' and return annotations when it runs,
 *   after the defaults, into a tuple ('a', T, ..., 'return', R) that
 *   MAKE_FUNCTION turns into the function's __annotations__ dict
 *   (compiler_visit_annotations: the args before the positional-only ones).
 * - Under `from __future__ import annotations` (PEP 563) every annotation
 *   is instead the str of its expression, as CPython's ast_unparse.c writes
 *   it (`List[int]`, `'Point'`, `int | None`), and none is evaluated. */
#include <string.h>

#include "base/buf.h"
#include "core/obj_str.h"
#include "lang/compile/compile_int.h"

/******************************************************************************/
/* unparsing (PEP 563)                                                        */

/* ast_unparse.c's precedence levels, lowest first. */
enum {
    PR_TUPLE, PR_TEST, PR_OR, PR_AND, PR_NOT, PR_CMP, PR_BOR, PR_BXOR, PR_BAND,
    PR_SHIFT, PR_ARITH, PR_TERM, PR_FACTOR, PR_POWER, PR_AWAIT, PR_ATOM,
};

static bool unparse(rv_buf_t *b, const rv_node_t *e, int level);

static bool unparse_seq(rv_buf_t *b, const rv_nodes_t *items, int level)
{
    for (size_t i = 0; i < items->len; i++) {
        if (i)
            rv_buf_adds(b, ", ");
        if (!unparse(b, items->items[i], level))
            return false;
    }
    return true;
}

static void binop_text(rv_binop_t op, const char **text, int *pr)
{
    static const struct { const char *text; int pr; } ops[RV_OP__COUNT] = {
        [RV_OP_ADD] = { " + ", PR_ARITH },     [RV_OP_SUB] = { " - ", PR_ARITH },
        [RV_OP_MUL] = { " * ", PR_TERM },      [RV_OP_TRUEDIV] = { " / ", PR_TERM },
        [RV_OP_FLOORDIV] = { " // ", PR_TERM }, [RV_OP_MOD] = { " % ", PR_TERM },
        [RV_OP_POW] = { " ** ", PR_POWER },    [RV_OP_LSHIFT] = { " << ", PR_SHIFT },
        [RV_OP_RSHIFT] = { " >> ", PR_SHIFT }, [RV_OP_AND] = { " & ", PR_BAND },
        [RV_OP_OR] = { " | ", PR_BOR },        [RV_OP_XOR] = { " ^ ", PR_BXOR },
        [RV_OP_MATMUL] = { " @ ", PR_TERM },
    };
    *text = ops[op].text;
    *pr = ops[op].pr;
}

static bool unparse_constant(rv_buf_t *b, rv_obj_t *v)
{
    if (v == rv_Ellipsis) {
        rv_buf_adds(b, "...");
        return true;
    }
    rv_obj_t *r = rv_repr(v);
    if (!r)
        return false;
    rv_buf_add(b, rv_str_utf8(r), rv_str_nbytes(r));
    rv_decref(r);
    return true;
}

static bool unparse_call(rv_buf_t *b, const rv_node_t *e)
{
    if (!unparse(b, e->u.call.func, PR_ATOM))
        return false;
    rv_buf_addc(b, '(');
    bool first = true;
    for (size_t i = 0; i < e->u.call.args.len; i++, first = false) {
        if (!first)
            rv_buf_adds(b, ", ");
        if (!unparse(b, e->u.call.args.items[i], PR_TEST))
            return false;
    }
    for (size_t i = 0; i < e->u.call.keywords.len; i++, first = false) {
        const rv_node_t *k = e->u.call.keywords.items[i];
        if (!first)
            rv_buf_adds(b, ", ");
        if (k->u.keyword.arg)
            rv_buf_printf(b, "%s=", k->u.keyword.arg);
        else
            rv_buf_adds(b, "**");
        if (!unparse(b, k->u.keyword.value, PR_TEST))
            return false;
    }
    rv_buf_addc(b, ')');
    return true;
}

/* a[i], a[i, j] (a non-empty tuple without its parentheses), a[i:j]. */
static bool unparse_subscript(rv_buf_t *b, const rv_node_t *e)
{
    if (!unparse(b, e->u.subscript.value, PR_ATOM))
        return false;
    rv_buf_addc(b, '[');
    const rv_node_t *s = e->u.subscript.slice;
    if (s->kind == RV_N_TUPLE && s->u.seq.elts.len) {
        if (!unparse_seq(b, &s->u.seq.elts, PR_TEST))
            return false;
        if (s->u.seq.elts.len == 1)
            rv_buf_addc(b, ',');
    } else if (!unparse(b, s, PR_TUPLE)) {
        return false;
    }
    rv_buf_addc(b, ']');
    return true;
}

static bool unparse_slice(rv_buf_t *b, const rv_node_t *e)
{
    if (e->u.slice.lower && !unparse(b, e->u.slice.lower, PR_TEST))
        return false;
    rv_buf_addc(b, ':');
    if (e->u.slice.upper && !unparse(b, e->u.slice.upper, PR_TEST))
        return false;
    if (e->u.slice.step) {
        rv_buf_addc(b, ':');
        if (!unparse(b, e->u.slice.step, PR_TEST))
            return false;
    }
    return true;
}

static bool unparse_dict(rv_buf_t *b, const rv_node_t *e)
{
    rv_buf_addc(b, '{');
    for (size_t i = 0; i < e->u.dict.values.len; i++) {
        if (i)
            rv_buf_adds(b, ", ");
        const rv_node_t *k = e->u.dict.keys.items[i];
        if (k) {
            if (!unparse(b, k, PR_TEST))
                return false;
            rv_buf_adds(b, ": ");
        } else {
            rv_buf_adds(b, "**");
        }
        if (!unparse(b, e->u.dict.values.items[i], k ? PR_TEST : PR_BOR))
            return false;
    }
    rv_buf_addc(b, '}');
    return true;
}

/* Appends the text of e at precedence level `level` (parenthesised when
 * its own is lower); false for an expression refviz does not unparse. */
static bool unparse(rv_buf_t *b, const rv_node_t *e, int level)
{
    const char *op;
    int pr;
    bool ok = true;
    switch (e->kind) {
    case RV_N_NAME:
        rv_buf_adds(b, e->u.name.id);
        return true;
    case RV_N_CONSTANT:
        return unparse_constant(b, e->u.constant.value);
    case RV_N_ATTRIBUTE:
        if (!unparse(b, e->u.attribute.value, PR_ATOM))
            return false;
        /* an int literal needs a space before the dot: `1 .real` */
        if (e->u.attribute.value->kind == RV_N_CONSTANT &&
            RV_IS(e->u.attribute.value->u.constant.value, rv_int_type))
            rv_buf_addc(b, ' ');
        rv_buf_printf(b, ".%s", e->u.attribute.attr);
        return true;
    case RV_N_SUBSCRIPT:
        return unparse_subscript(b, e);
    case RV_N_SLICE:
        return unparse_slice(b, e);
    case RV_N_CALL:
        return unparse_call(b, e);
    case RV_N_LIST:
        rv_buf_addc(b, '[');
        ok = unparse_seq(b, &e->u.seq.elts, PR_TEST);
        rv_buf_addc(b, ']');
        return ok;
    case RV_N_SET:
        rv_buf_addc(b, '{');
        ok = unparse_seq(b, &e->u.set.elts, PR_TEST);
        rv_buf_addc(b, '}');
        return ok;
    case RV_N_DICT:
        return unparse_dict(b, e);
    case RV_N_TUPLE:
        if (!e->u.seq.elts.len) {
            rv_buf_adds(b, "()");
            return true;
        }
        if (level > PR_TUPLE)
            rv_buf_addc(b, '(');
        ok = unparse_seq(b, &e->u.seq.elts, PR_TEST);
        if (e->u.seq.elts.len == 1)
            rv_buf_addc(b, ',');
        if (level > PR_TUPLE)
            rv_buf_addc(b, ')');
        return ok;
    case RV_N_STARRED:
        rv_buf_addc(b, '*');
        return unparse(b, e->u.starred.value, PR_BOR);
    case RV_N_BINOP:
        binop_text(e->u.binop.op, &op, &pr);
        if (level > pr)
            rv_buf_addc(b, '(');
        /* ** is right-associative: its left operand binds tighter */
        ok = unparse(b, e->u.binop.left, e->u.binop.op == RV_OP_POW ? pr + 1 : pr) &&
             (rv_buf_adds(b, op), unparse(b, e->u.binop.right,
                                          e->u.binop.op == RV_OP_POW ? pr : pr + 1));
        if (level > pr)
            rv_buf_addc(b, ')');
        return ok;
    case RV_N_UNARYOP: {
        static const char *const uops[] = { [RV_U_INVERT] = "~", [RV_U_NOT] = "not ",
                                            [RV_U_UADD] = "+", [RV_U_USUB] = "-" };
        pr = e->u.unaryop.op == RV_U_NOT ? PR_NOT : PR_FACTOR;
        if (level > pr)
            rv_buf_addc(b, '(');
        rv_buf_adds(b, uops[e->u.unaryop.op]);
        ok = unparse(b, e->u.unaryop.operand, pr);
        if (level > pr)
            rv_buf_addc(b, ')');
        return ok;
    }
    case RV_N_BOOLOP:
        pr = e->u.boolop.op == RV_AND ? PR_AND : PR_OR;
        if (level > pr)
            rv_buf_addc(b, '(');
        for (size_t i = 0; ok && i < e->u.boolop.values.len; i++) {
            if (i)
                rv_buf_adds(b, e->u.boolop.op == RV_AND ? " and " : " or ");
            ok = unparse(b, e->u.boolop.values.items[i], pr + 1);
        }
        if (level > pr)
            rv_buf_addc(b, ')');
        return ok;
    default:
        return false;
    }
}

/******************************************************************************/
/* compiling                                                                  */

/* Whether the module starts (after its docstring and other future
 * imports) with `from __future__ import annotations`. */
bool cu_future_annotations(const rv_nodes_t *body)
{
    for (size_t i = 0; i < body->len; i++) {
        const rv_node_t *s = body->items[i];
        if (i == 0 && s->kind == RV_N_EXPR && s->u.expr.value->kind == RV_N_CONSTANT &&
            RV_IS(s->u.expr.value->u.constant.value, rv_str_type))
            continue;
        if (s->kind != RV_N_IMPORTFROM || !s->u.importfrom.module ||
            strcmp(s->u.importfrom.module, "__future__") != 0)
            return false;
        for (size_t k = 0; k < s->u.importfrom.names.len; k++)
            if (strcmp(s->u.importfrom.names.items[k]->u.alias.name, "annotations") == 0)
                return true;
    }
    return false;
}

/* future_check_features: the features a future import names must exist
 * (`braces` has its own joke), and future imports must come first: only
 * the docstring and other future imports before them. */
void cu_check_future(compiler_t *c, const rv_nodes_t *body)
{
    static const char *const known[] = {
        "nested_scopes", "generators", "division", "absolute_import", "with_statement",
        "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop",
        "annotations", NULL,
    };
    bool prefix = true;
    for (size_t i = 0; i < body->len && !c->failed; i++) {
        const rv_node_t *s = body->items[i];
        bool future = s->kind == RV_N_IMPORTFROM && s->u.importfrom.module &&
                      strcmp(s->u.importfrom.module, "__future__") == 0;
        if (i == 0 && s->kind == RV_N_EXPR && s->u.expr.value->kind == RV_N_CONSTANT &&
            RV_IS(s->u.expr.value->u.constant.value, rv_str_type))
            continue;
        if (!future) {
            prefix = false;
            continue;
        }
        if (!prefix) {
            cu_error(c, s, false, "from __future__ imports must occur at the beginning of the file");
            return;
        }
        for (size_t k = 0; k < s->u.importfrom.names.len; k++) {
            const char *name = s->u.importfrom.names.items[k]->u.alias.name;
            size_t j = 0;
            while (known[j] && strcmp(known[j], name) != 0)
                j++;
            if (strcmp(name, "braces") == 0)
                cu_error(c, s, false, "not a chance");
            else if (!known[j])
                cu_error(c, s, false, "future feature %s is not defined", name);
        }
    }
}

/* find_ann: an annotated assignment in the body or in the bodies of its
 * compound statements (not in definitions). */
bool cu_find_ann(const rv_nodes_t *body)
{
    for (size_t i = 0; i < body->len; i++) {
        const rv_node_t *s = body->items[i];
        switch (s->kind) {
        case RV_N_ANNASSIGN:
            return true;
        case RV_N_FOR:
            if (cu_find_ann(&s->u.for_.body) || cu_find_ann(&s->u.for_.orelse))
                return true;
            break;
        case RV_N_WHILE:
            if (cu_find_ann(&s->u.while_.body) || cu_find_ann(&s->u.while_.orelse))
                return true;
            break;
        case RV_N_IF:
            if (cu_find_ann(&s->u.if_.body) || cu_find_ann(&s->u.if_.orelse))
                return true;
            break;
        case RV_N_WITH:
            if (cu_find_ann(&s->u.with.body))
                return true;
            break;
        case RV_N_TRY:
            if (cu_find_ann(&s->u.try_.body) || cu_find_ann(&s->u.try_.orelse) ||
                cu_find_ann(&s->u.try_.finalbody))
                return true;
            for (size_t h = 0; h < s->u.try_.handlers.len; h++)
                if (cu_find_ann(&s->u.try_.handlers.items[h]->u.handler.body))
                    return true;
            break;
        case RV_N_MATCH:
            for (size_t k = 0; k < s->u.match.cases.len; k++)
                if (cu_find_ann(&s->u.match.cases.items[k]->u.match_case.body))
                    return true;
            break;
        default:
            break;
        }
    }
    return false;
}

/* Pushes an annotation's value: the expression, or under PEP 563 its text. */
static void annotation(compiler_t *c, const rv_node_t *e)
{
    if (!c->future_annotations) {
        cu_expr(c, e);
        return;
    }
    rv_buf_t b = RV_BUF_INIT;
    if (!unparse(&b, e, PR_TEST)) {
        rv_buf_free(&b);
        cu_unsupported(c, e, "this annotation under from __future__ import annotations");
        return;
    }
    rv_obj_t *s = rv_str_from_utf8(b.data ? b.data : "", b.len);
    rv_buf_free(&b);
    cu_load_const(c, s);
    rv_decref(s);
}

static void push_name(compiler_t *c, const char *name)
{
    rv_obj_t *s = rv_str_from_cstr(name);
    cu_load_const(c, s);
    rv_decref(s);
}

void cu_annassign(compiler_t *c, const rv_node_t *n)
{
    const rv_node_t *t = n->u.annassign.target;
    bool evaluates = c->u->scope->kind != RV_SCOPE_FUNCTION;
    if (n->u.annassign.value) {
        cu_expr(c, n->u.annassign.value);
        cu_store(c, t);
    } else if (t->kind == RV_N_ATTRIBUTE) {
        /* `obj.x: int` evaluates obj (check_ann_expr) */
        cu_expr(c, t->u.attribute.value);
        cu_emit(c, RV_OP_POP_TOP, 0);
    } else if (t->kind == RV_N_SUBSCRIPT) {
        cu_expr(c, t->u.subscript.value);
        cu_emit(c, RV_OP_POP_TOP, 0);
        cu_subscript_key(c, t->u.subscript.slice);
        cu_emit(c, RV_OP_POP_TOP, 0);
    }
    if (!evaluates)
        return;
    if (n->u.annassign.simple && t->kind == RV_N_NAME) {
        annotation(c, n->u.annassign.annotation);
        cu_emit(c, RV_OP_LOAD_NAME, cu_add_name(c, "__annotations__"));
        push_name(c, t->u.name.id);
        cu_emit(c, RV_OP_STORE_SUBSCR, 0);
    } else if (!c->future_annotations) {
        cu_expr(c, n->u.annassign.annotation);
        cu_emit(c, RV_OP_POP_TOP, 0);
    }
}

static size_t arg_annotations(compiler_t *c, const rv_nodes_t *args)
{
    size_t n = 0;
    for (size_t i = 0; i < args->len; i++) {
        const rv_node_t *a = args->items[i];
        if (!a->u.arg.annotation)
            continue;
        push_name(c, a->u.arg.arg);
        annotation(c, a->u.arg.annotation);
        n++;
    }
    return n;
}

int cu_push_annotations(compiler_t *c, const rv_node_t *args, const rv_node_t *returns)
{
    size_t n = 0;
    if (args) {
        const rv_node_t *one[2] = { args->u.arguments.vararg, args->u.arguments.kwarg };
        n += arg_annotations(c, &args->u.arguments.args);
        n += arg_annotations(c, &args->u.arguments.posonlyargs);
        rv_nodes_t va = { (rv_node_t **)&one[0], one[0] ? 1 : 0 };
        n += arg_annotations(c, &va);
        n += arg_annotations(c, &args->u.arguments.kwonlyargs);
        rv_nodes_t kw = { (rv_node_t **)&one[1], one[1] ? 1 : 0 };
        n += arg_annotations(c, &kw);
    }
    if (returns) {
        push_name(c, "return");
        annotation(c, returns);
        n++;
    }
    if (!n)
        return 0;
    cu_emit(c, RV_OP_BUILD_TUPLE, (int)(2 * n));
    return RV_MF_ANNOTATIONS;
}
