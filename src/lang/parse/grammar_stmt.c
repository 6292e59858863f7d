/* src/lang/parse/grammar_stmt.c - simple statements:
 *   simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE */
#include <string.h>

#include "base/buf.h"
#include "core/nfkc.h"
#include "lang/parse/grammar_int.h"

static const struct {
    const char *op;
    rv_binop_t bin;
} augops[] = {
    { "+=", RV_OP_ADD },      { "-=", RV_OP_SUB },     { "*=", RV_OP_MUL },
    { "/=", RV_OP_TRUEDIV },  { "//=", RV_OP_FLOORDIV }, { "%=", RV_OP_MOD },
    { "**=", RV_OP_POW },     { "<<=", RV_OP_LSHIFT }, { ">>=", RV_OP_RSHIFT },
    { "&=", RV_OP_AND },      { "|=", RV_OP_OR },      { "^=", RV_OP_XOR },
    { "@=", RV_OP_MATMUL },
};

static rv_node_t *rhs(parser_t *p)
{
    if (pz_at(p, "yield"))
        return pz_expression(p); /* the expression parser handles yield */
    return pz_star_expressions(p);
}

static rv_node_t *expr_or_assign(parser_t *p)
{
    const rv_token_t *start = pz_peek(p);
    rv_node_t *first = rhs(p);
    if (!first)
        return NULL;
    const rv_token_t *t = pz_peek(p);
    if (pz_is(t, "=")) {
        rv_node_t *n = pz_node(p, RV_N_ASSIGN, start);
        rv_node_t *value = first;
        while (pz_accept(p, "=")) {
            pz_push(p, &n->u.assign.targets, value);
            value = rhs(p);
            if (!value)
                return NULL;
        }
        for (size_t i = 0; i < n->u.assign.targets.len; i++)
            if (!pz_set_context(p, n->u.assign.targets.items[i], RV_STORE, 0))
                return NULL;
        n->u.assign.value = value;
        pz_end(p, n);
        return n;
    }
    for (size_t i = 0; i < sizeof augops / sizeof augops[0]; i++) {
        if (!pz_is(t, augops[i].op))
            continue;
        if (first->kind != RV_N_NAME && first->kind != RV_N_ATTRIBUTE &&
            first->kind != RV_N_SUBSCRIPT) {
            return pz_error_node(p, first, "'%s' is an illegal expression for augmented assignment",
                                 pz_node_desc(first));
        }
        pz_next(p);
        pz_set_context(p, first, RV_STORE, 0);
        rv_node_t *n = pz_node(p, RV_N_AUGASSIGN, start);
        n->u.augassign.target = first;
        n->u.augassign.op = augops[i].bin;
        n->u.augassign.value = rhs(p);
        if (!n->u.augassign.value)
            return NULL;
        pz_end(p, n);
        return n;
    }
    if (pz_is(t, ":")) {
        pz_next(p);
        if (first->kind == RV_N_TUPLE)
            return pz_error_node(p, first, "only single target (not tuple) can be annotated");
        if (first->kind == RV_N_LIST)
            return pz_error_node(p, first, "only single target (not list) can be annotated");
        if (first->kind != RV_N_NAME && first->kind != RV_N_ATTRIBUTE &&
            first->kind != RV_N_SUBSCRIPT)
            return pz_error_node(p, first, "illegal target for annotation");
        if (!pz_set_context(p, first, RV_STORE, 0))
            return NULL;
        rv_node_t *n = pz_node(p, RV_N_ANNASSIGN, start);
        n->u.annassign.target = first;
        n->u.annassign.simple = first->kind == RV_N_NAME && !pz_is(start, "(");
        n->u.annassign.annotation = pz_expression(p);
        if (!n->u.annassign.annotation)
            return NULL;
        if (pz_accept(p, "=")) {
            n->u.annassign.value = rhs(p);
            if (!n->u.annassign.value)
                return NULL;
        }
        pz_end(p, n);
        return n;
    }
    if (first->kind == RV_N_STARRED)
        return pz_error_node(p, first, "can't use starred expression here");
    rv_node_t *n = pz_node(p, RV_N_EXPR, start);
    n->u.expr.value = first;
    pz_end(p, n);
    return n;
}

static bool dotted_name(parser_t *p, rv_buf_t *out)
{
    do {
        const rv_token_t *t = pz_next(p);
        if (t->kind != RV_T_NAME || pz_is_keyword(t)) {
            pz_error_at(p, t, "invalid syntax");
            return false;
        }
        if (out->len)
            rv_buf_addc(out, '.');
        rv_nfkc_identifier(t->text, t->len, out);
    } while (pz_accept(p, "."));
    return true;
}

static rv_node_t *alias(parser_t *p, bool dotted)
{
    const rv_token_t *start = pz_peek(p);
    rv_node_t *a = pz_node(p, RV_N_ALIAS, start);
    rv_buf_t b = RV_BUF_INIT;
    bool ok;
    if (dotted) {
        ok = dotted_name(p, &b);
    } else {
        const rv_token_t *t = pz_next(p);
        ok = t->kind == RV_T_NAME && !pz_is_keyword(t);
        if (ok)
            rv_nfkc_identifier(t->text, t->len, &b);
        else
            pz_error_at(p, t, "invalid syntax");
    }
    if (!ok) {
        rv_buf_free(&b);
        return NULL;
    }
    a->u.alias.name = rv_arena_strndup(p->arena, rv_buf_cstr(&b), b.len);
    rv_buf_free(&b);
    if (pz_accept(p, "as")) {
        const rv_token_t *t = pz_next(p);
        if (t->kind != RV_T_NAME || pz_is_keyword(t))
            return pz_error_at(p, t, "invalid syntax");
        a->u.alias.asname = pz_name(p, t);
    }
    pz_end(p, a);
    return a;
}

static rv_node_t *import_stmt(parser_t *p)
{
    const rv_token_t *kw = pz_next(p);
    rv_node_t *n = pz_node(p, RV_N_IMPORT, kw);
    do {
        rv_node_t *a = alias(p, true);
        if (!a)
            return NULL;
        pz_push(p, &n->u.import.names, a);
    } while (pz_accept(p, ","));
    pz_end(p, n);
    return n;
}

static rv_node_t *from_stmt(parser_t *p)
{
    const rv_token_t *kw = pz_next(p);
    rv_node_t *n = pz_node(p, RV_N_IMPORTFROM, kw);
    int level = 0;
    for (;;) {
        if (pz_accept(p, "."))
            level++;
        else if (pz_accept(p, "..."))
            level += 3;
        else
            break;
    }
    n->u.importfrom.level = level;
    if (!pz_at(p, "import")) {
        rv_buf_t b = RV_BUF_INIT;
        if (!dotted_name(p, &b)) {
            rv_buf_free(&b);
            return NULL;
        }
        n->u.importfrom.module = rv_arena_strndup(p->arena, rv_buf_cstr(&b), b.len);
        rv_buf_free(&b);
    }
    if (!pz_accept(p, "import"))
        return pz_error_at(p, pz_peek(p), "invalid syntax");
    if (pz_at(p, "*")) {
        const rv_token_t *star = pz_next(p);
        rv_node_t *a = pz_node(p, RV_N_ALIAS, star);
        a->u.alias.name = "*";
        pz_push(p, &n->u.importfrom.names, a);
        pz_end(p, n);
        return n;
    }
    bool paren = pz_accept(p, "(");
    do {
        if (paren && pz_at(p, ")"))
            break;
        rv_node_t *a = alias(p, false);
        if (!a)
            return NULL;
        pz_push(p, &n->u.importfrom.names, a);
    } while (pz_accept(p, ","));
    if (paren && !pz_expect(p, ")"))
        return NULL;
    if (!paren && pz_at(p, ",")) /* trailing comma without parentheses */
        return pz_error_at(p, pz_peek(p),
                           "trailing comma not allowed without surrounding parentheses");
    pz_end(p, n);
    return n;
}

static rv_node_t *names_stmt(parser_t *p, rv_node_kind_t kind)
{
    const rv_token_t *kw = pz_next(p);
    rv_node_t *n = pz_node(p, kind, kw);
    size_t cap = 0;
    do {
        const rv_token_t *t = pz_next(p);
        if (t->kind != RV_T_NAME || pz_is_keyword(t))
            return pz_error_at(p, t, "invalid syntax");
        if (n->u.global.len == cap) {
            cap = cap ? cap * 2 : 4;
            const char **names = rv_arena_alloc(p->arena, cap * sizeof *names);
            if (n->u.global.len)
                memcpy(names, n->u.global.names, n->u.global.len * sizeof *names);
            n->u.global.names = names;
        }
        n->u.global.names[n->u.global.len++] = pz_name(p, t);
    } while (pz_accept(p, ","));
    pz_end(p, n);
    return n;
}

static rv_node_t *simple_stmt(parser_t *p)
{
    const rv_token_t *t = pz_peek(p);
    rv_node_t *n;
    if (pz_is(t, "pass") || pz_is(t, "break") || pz_is(t, "continue")) {
        pz_next(p);
        if (pz_is(t, "break") && p->loop_depth == 0)
            return pz_error_at(p, t, "'break' outside loop");
        if (pz_is(t, "continue") && p->loop_depth == 0)
            return pz_error_at(p, t, "'continue' not properly in loop");
        return pz_node(p, pz_is(t, "pass") ? RV_N_PASS : pz_is(t, "break") ? RV_N_BREAK
                                                                           : RV_N_CONTINUE,
                       t);
    }
    if (pz_is(t, "return")) {
        pz_next(p);
        n = pz_node(p, RV_N_RETURN, t);
        if (pz_peek(p)->kind != RV_T_NEWLINE && !pz_at(p, ";")) {
            n->u.ret.value = pz_star_expressions(p);
            if (!n->u.ret.value)
                return NULL;
        }
        if (p->func_depth == 0)
            return pz_error_node(p, n, "'return' outside function");
        pz_end(p, n);
        return n;
    }
    if (pz_is(t, "del")) {
        pz_next(p);
        n = pz_node(p, RV_N_DELETE, t);
        do {
            if (pz_peek(p)->kind == RV_T_NEWLINE || pz_at(p, ";"))
                break;
            rv_node_t *e = pz_expression(p);
            if (!e || !pz_set_context(p, e, RV_DEL, 2))
                return NULL;
            pz_push(p, &n->u.del.targets, e);
        } while (pz_accept(p, ","));
        if (!n->u.del.targets.len)
            return pz_error_at(p, pz_peek(p), "invalid syntax");
        pz_end(p, n);
        return n;
    }
    if (pz_is(t, "global"))
        return names_stmt(p, RV_N_GLOBAL);
    if (pz_is(t, "nonlocal"))
        return names_stmt(p, RV_N_NONLOCAL);
    if (pz_is(t, "import"))
        return import_stmt(p);
    if (pz_is(t, "from"))
        return from_stmt(p);
    if (pz_is(t, "raise")) {
        pz_next(p);
        n = pz_node(p, RV_N_RAISE, t);
        if (pz_peek(p)->kind != RV_T_NEWLINE && !pz_at(p, ";")) {
            n->u.raise.exc = pz_expression(p);
            if (!n->u.raise.exc)
                return NULL;
            if (pz_accept(p, "from")) {
                n->u.raise.cause = pz_expression(p);
                if (!n->u.raise.cause)
                    return NULL;
            }
        }
        pz_end(p, n);
        return n;
    }
    if (pz_is(t, "assert")) {
        pz_next(p);
        n = pz_node(p, RV_N_ASSERT, t);
        n->u.assert_.test = pz_expression(p);
        if (!n->u.assert_.test)
            return NULL;
        if (pz_accept(p, ",")) {
            n->u.assert_.msg = pz_expression(p);
            if (!n->u.assert_.msg)
                return NULL;
        }
        pz_end(p, n);
        return n;
    }
    return expr_or_assign(p);
}

void pz_simple_stmts(parser_t *p, rv_nodes_t *body)
{
    for (;;) {
        rv_node_t *s = simple_stmt(p);
        if (!s)
            return;
        pz_push(p, body, s);
        if (!pz_accept(p, ";"))
            break;
        if (pz_peek(p)->kind == RV_T_NEWLINE)
            break;
    }
    const rv_token_t *t = pz_peek(p);
    if (t->kind == RV_T_NEWLINE) {
        pz_next(p);
        return;
    }
    if (t->kind == RV_T_END)
        return;
    /* Python 2's print statement gets CPython's own hint. */
    rv_node_t *last = body->len ? body->items[body->len - 1] : NULL;
    if (last && last->kind == RV_N_EXPR && last->u.expr.value->kind == RV_N_NAME &&
        (strcmp(last->u.expr.value->u.name.id, "print") == 0 ||
         strcmp(last->u.expr.value->u.name.id, "exec") == 0)) {
        pz_error_node(p, last, "Missing parentheses in call to '%s'. Did you mean %s(...)?",
                      last->u.expr.value->u.name.id, last->u.expr.value->u.name.id);
        return;
    }
    pz_error_at(p, t, "invalid syntax");
}
