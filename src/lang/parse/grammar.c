/* src/lang/parse/grammar.c - the recursive-descent parser: tokens to the AST of
 * ast.h, following the Python 3.11 grammar (Grammar/python.gram) for
 * precedence and CPython's messages for the common syntax errors.  String
 * literals, f-strings and numbers are decoded in literal.c. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "core/exc.h"
#include "core/obj_bool.h"
#include "core/nfkc.h"
#include "lang/parse/coding.h"
#include "core/obj_misc.h"
#include "core/obj_str.h"
#include "lang/parse/grammar_int.h"

enum { MAX_DEPTH = 400 };

/******************************************************************************/
/* tokens                                                                     */

const rv_token_t *pz_peek(parser_t *p)
{
    return &p->toks.items[p->pos];
}

const rv_token_t *pz_peek_at(parser_t *p, size_t k)
{
    size_t i = p->pos + k;
    if (i >= p->toks.len)
        i = p->toks.len - 1;
    return &p->toks.items[i];
}

const rv_token_t *pz_next(parser_t *p)
{
    const rv_token_t *t = &p->toks.items[p->pos];
    if (t->kind != RV_T_END)
        p->pos++;
    return t;
}

bool pz_is(const rv_token_t *t, const char *s)
{
    size_t n = strlen(s);
    return (t->kind == RV_T_OP || t->kind == RV_T_NAME) && t->len == n &&
           memcmp(t->text, s, n) == 0;
}

bool pz_at(parser_t *p, const char *s)
{
    return pz_is(pz_peek(p), s);
}

bool pz_accept(parser_t *p, const char *s)
{
    if (pz_at(p, s)) {
        pz_next(p);
        return true;
    }
    return false;
}

static const char *const keywords[] = {
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
    "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
    "try", "while", "with", "yield", NULL,
};

bool pz_is_keyword(const rv_token_t *t)
{
    if (t->kind != RV_T_NAME)
        return false;
    for (size_t i = 0; keywords[i]; i++)
        if (pz_is(t, keywords[i]))
            return true;
    return false;
}

/******************************************************************************/
/* errors                                                                     */

void *pz_error_at(parser_t *p, const rv_token_t *t, const char *fmt, ...)
{
    if (p->err->set)
        return NULL;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(p->err->msg, sizeof p->err->msg, fmt, ap);
    va_end(ap);
    p->err->set = true;
    p->err->line = t->line;
    p->err->col = t->col + 1;
    p->err->end_col = (t->end_line == t->line && t->end_col > t->col ? t->end_col : t->col + 1) + 1;
    return NULL;
}

/* An error about t's whole line (CPython's col_offset -1): shown without a
 * caret. */
void *pz_error_line(parser_t *p, const rv_token_t *t, const char *fmt, ...)
{
    if (p->err->set)
        return NULL;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(p->err->msg, sizeof p->err->msg, fmt, ap);
    va_end(ap);
    p->err->set = true;
    p->err->line = t->line;
    p->err->col = 0;
    p->err->end_col = 0;
    return NULL;
}

void *pz_error_node(parser_t *p, const rv_node_t *n, const char *fmt, ...)
{
    if (p->err->set)
        return NULL;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(p->err->msg, sizeof p->err->msg, fmt, ap);
    va_end(ap);
    p->err->set = true;
    p->err->line = n->line;
    p->err->col = n->col + 1;
    p->err->end_col = (n->end_line == n->line && n->end_col > n->col ? n->end_col : n->col + 1) + 1;
    return NULL;
}

void *pz_unsupported(parser_t *p, const rv_token_t *t, const char *what)
{
    if (p->err->set)
        return NULL;
    pz_error_at(p, t, "unsupported: %s", what);
    p->err->unsupported = true;
    return NULL;
}

static void *invalid(parser_t *p)
{
    const rv_token_t *t = pz_peek(p);
    if (t->kind == RV_T_INDENT)
        return pz_error_at(p, t, "unexpected indent"), p->err->indentation = true, NULL;
    if (t->kind == RV_T_END && p->pos > 0)
        t = &p->toks.items[p->pos - 1];
    return pz_error_at(p, t, "invalid syntax");
}

bool pz_expect(parser_t *p, const char *s)
{
    if (pz_accept(p, s))
        return true;
    if (strcmp(s, ":") == 0) {
        const rv_token_t *prev = &p->toks.items[p->pos ? p->pos - 1 : 0];
        pz_error_at(p, pz_peek(p)->kind == RV_T_NEWLINE ? prev : pz_peek(p), "expected ':'");
        /* CPython points just after the previous token. */
        if (pz_peek(p)->kind == RV_T_NEWLINE) {
            p->err->col = prev->end_col + 1;
            p->err->end_col = prev->end_col + 2;
        }
        return false;
    }
    invalid(p);
    return false;
}

/******************************************************************************/
/* nodes                                                                      */

rv_node_t *pz_node(parser_t *p, rv_node_kind_t kind, const rv_token_t *start)
{
    rv_node_t *n = rv_arena_alloc(p->arena, sizeof *n);
    memset(n, 0, sizeof *n);
    n->kind = kind;
    n->line = start->line;
    n->col = start->col;
    n->end_line = start->end_line;
    n->end_col = start->end_col;
    return n;
}

void pz_end(parser_t *p, rv_node_t *n)
{
    if (p->pos == 0)
        return;
    const rv_token_t *last = &p->toks.items[p->pos - 1];
    n->end_line = last->end_line;
    n->end_col = last->end_col;
}

void pz_push(parser_t *p, rv_nodes_t *list, rv_node_t *n)
{
    /* Arrays grow by doubling inside the arena (old blocks are abandoned:
     * the arena frees everything at once). */
    size_t cap = 4;
    while (cap < list->len)
        cap *= 2;
    if (list->len == 0 || list->len == cap) {
        size_t ncap = list->len == 0 ? 4 : cap * 2;
        rv_node_t **items = rv_arena_alloc(p->arena, ncap * sizeof *items);
        if (list->len)
            memcpy(items, list->items, list->len * sizeof *items);
        list->items = items;
    }
    list->items[list->len++] = n;
}

/* A name as CPython stores it: NFKC-normalised when not ASCII (PEP 3131),
 * so that `ﬁ` and `fi` are one variable. */
char *pz_name(parser_t *p, const rv_token_t *t)
{
    rv_buf_t b = RV_BUF_INIT;
    rv_nfkc_identifier(t->text, t->len, &b);
    char *name = rv_arena_strndup(p->arena, rv_buf_cstr(&b), b.len);
    rv_buf_free(&b);
    return name;
}

bool pz_enter(parser_t *p)
{
    if (++p->depth > MAX_DEPTH) {
        pz_error_at(p, pz_peek(p), "too many nested parentheses");
        return false;
    }
    return true;
}

/******************************************************************************/
/* targets                                                                    */

const char *pz_node_desc(const rv_node_t *n)
{
    switch (n->kind) {
    case RV_N_CONSTANT:
        if (n->u.constant.value == rv_None)
            return "None";
        if (n->u.constant.value == rv_True)
            return "True";
        if (n->u.constant.value == rv_False)
            return "False";
        if (n->u.constant.value == rv_Ellipsis)
            return "ellipsis";
        return "literal";
    case RV_N_JOINEDSTR:
        return "f-string expression";
    case RV_N_TUPLE:
        return "tuple";
    case RV_N_LIST:
        return "list";
    case RV_N_CALL:
        return "function call";
    case RV_N_COMPARE:
        return "comparison";
    case RV_N_BOOLOP:
    case RV_N_BINOP:
    case RV_N_UNARYOP:
        return "expression";
    case RV_N_LAMBDA:
        return "lambda";
    case RV_N_IFEXP:
        return "conditional expression";
    case RV_N_NAMEDEXPR:
        return "named expression";
    case RV_N_DICT:
        return "dict literal";
    case RV_N_SET:
        return "set display";
    case RV_N_LISTCOMP:
        return "list comprehension";
    case RV_N_SETCOMP:
        return "set comprehension";
    case RV_N_DICTCOMP:
        return "dict comprehension";
    case RV_N_GENEXP:
        return "generator expression";
    case RV_N_YIELD:
    case RV_N_YIELDFROM:
        return "yield expression";
    case RV_N_AWAIT:
        return "await expression";
    default:
        return "expression";
    }
}

/* Whether n is written in parentheses of its own: `(None) = 1` gets the
 * "Maybe you meant '=='" hint where `None = 1` does not. */
/* Where n starts in the source (NULL if not found); *line its line's start. */
static const char *node_start(const parser_t *p, const rv_node_t *n, const char **line)
{
    const char *q = p->source;
    for (int l = 1; l < n->line && q; l++) {
        q = strchr(q, '\n');
        if (q)
            q++;
    }
    if (!q)
        return NULL;
    *line = q;
    for (int c = 0; c < n->col && *q && *q != '\n'; c++)
        rv_utf8_decode(&q);
    return q;
}

static bool parenthesized(const parser_t *p, const rv_node_t *n)
{
    const char *line, *q = node_start(p, n, &line);
    if (!q)
        return false;
    while (q > line && (q[-1] == ' ' || q[-1] == '\t'))
        q--;
    return q > line && q[-1] == '(';
}

/* A target list in brackets or parentheses: its items get no hint. */
static bool bracketed(const parser_t *p, const rv_node_t *n)
{
    const char *line, *q = node_start(p, n, &line);
    return n->kind == RV_N_LIST || (q && *q == '(');
}

static bool is_keyword_constant(const rv_node_t *n)
{
    return n->kind == RV_N_CONSTANT &&
           (n->u.constant.value == rv_None || n->u.constant.value == rv_True ||
            n->u.constant.value == rv_False);
}

/* Turns a parsed expression into an assignment (or del) target, or reports
 * CPython's "cannot assign to ..." error.  how: 0 plain assignment (adds
 * the "Maybe you meant '=='" hint), 1 for/with/comprehension targets, 2 del,
 * 3 an item of a plain assignment's target list (no hint). */
bool pz_set_context(parser_t *p, rv_node_t *n, rv_ctx_t ctx, int how)
{
    switch (n->kind) {
    case RV_N_NAME:
        n->u.name.ctx = ctx;
        return true;
    case RV_N_ATTRIBUTE:
        n->u.attribute.ctx = ctx;
        return true;
    case RV_N_SUBSCRIPT:
        n->u.subscript.ctx = ctx;
        return true;
    case RV_N_STARRED:
        if (ctx == RV_DEL) {
            pz_error_node(p, n, "cannot delete starred");
            return false;
        }
        n->u.starred.ctx = ctx;
        return pz_set_context(p, n->u.starred.value, ctx, how);
    case RV_N_TUPLE:
    case RV_N_LIST:
        n->u.seq.ctx = ctx;
        /* An item of a bracketed target list gets no "Maybe you meant"
         * hint (3); one of a bare `a, 1 = 2` does. */
        for (size_t i = 0; i < n->u.seq.elts.len; i++)
            if (!pz_set_context(p, n->u.seq.elts.items[i], ctx,
                                how == 0 && bracketed(p, n) ? 3 : how))
                return false;
        return true;
    default:
        if (how == 2)
            pz_error_node(p, n, "cannot delete %s", pz_node_desc(n));
        else if (how == 0 && n->kind == RV_N_YIELD && !parenthesized(p, n))
            pz_error_node(p, n, "assignment to yield expression not possible");
        else if (how == 0 && n->kind != RV_N_NAMEDEXPR &&
                 !(is_keyword_constant(n) && !parenthesized(p, n)) &&
                 !(n->kind == RV_N_YIELD && !parenthesized(p, n)))
            pz_error_node(p, n, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                          pz_node_desc(n));
        else
            pz_error_node(p, n, "cannot assign to %s", pz_node_desc(n));
        return false;
    }
}

/******************************************************************************/
/* statements                                                                 */

static void statement(parser_t *p, rv_nodes_t *body);

/* block: NEWLINE INDENT statements DEDENT | simple_stmts */
bool pz_block(parser_t *p, rv_nodes_t *body, const char *what, int header_line)
{
    if (pz_peek(p)->kind != RV_T_NEWLINE) {
        pz_simple_stmts(p, body);
        return !p->err->set;
    }
    pz_next(p);
    if (pz_peek(p)->kind != RV_T_INDENT) {
        pz_error_at(p, pz_peek(p), "expected an indented block after %s on line %d", what,
                    header_line);
        /* CPython's caret is one character, whatever the token. */
        p->err->end_col = p->err->col + 1;
        p->err->indentation = true;
        return false;
    }
    pz_next(p);
    while (pz_peek(p)->kind != RV_T_DEDENT && pz_peek(p)->kind != RV_T_END && !p->err->set)
        statement(p, body);
    if (pz_peek(p)->kind == RV_T_DEDENT)
        pz_next(p);
    return !p->err->set;
}

static rv_node_t *if_stmt(parser_t *p, bool is_elif)
{
    const rv_token_t *kw = pz_next(p);
    rv_node_t *n = pz_node(p, RV_N_IF, kw);
    n->u.if_.test = pz_named_expression(p);
    if (!n->u.if_.test || !pz_expect(p, ":"))
        return NULL;
    if (!pz_block(p, &n->u.if_.body, is_elif ? "'elif' statement" : "'if' statement", kw->line))
        return NULL;
    if (pz_at(p, "elif")) {
        rv_node_t *e = if_stmt(p, true);
        if (!e)
            return NULL;
        pz_push(p, &n->u.if_.orelse, e);
    } else if (pz_at(p, "else")) {
        const rv_token_t *ek = pz_next(p);
        if (!pz_expect(p, ":") || !pz_block(p, &n->u.if_.orelse, "'else' statement", ek->line))
            return NULL;
    }
    pz_end(p, n);
    return n;
}

/* A loop's body and optional else block, after the header's ':': break
 * and continue are allowed in the body only. */
static bool loop_blocks(parser_t *p, rv_nodes_t *body, rv_nodes_t *orelse, const char *what,
                        int header_line)
{
    p->loop_depth++;
    bool ok = pz_block(p, body, what, header_line);
    p->loop_depth--;
    if (!ok)
        return false;
    if (pz_at(p, "else")) {
        const rv_token_t *ek = pz_next(p);
        if (!pz_expect(p, ":") || !pz_block(p, orelse, "'else' statement", ek->line))
            return false;
    }
    return true;
}

static rv_node_t *while_stmt(parser_t *p)
{
    const rv_token_t *kw = pz_next(p);
    rv_node_t *n = pz_node(p, RV_N_WHILE, kw);
    n->u.while_.test = pz_named_expression(p);
    if (!n->u.while_.test || !pz_expect(p, ":"))
        return NULL;
    if (!loop_blocks(p, &n->u.while_.body, &n->u.while_.orelse, "'while' statement", kw->line))
        return NULL;
    pz_end(p, n);
    return n;
}

static rv_node_t *for_stmt(parser_t *p)
{
    const rv_token_t *kw = pz_next(p);
    rv_node_t *n = pz_node(p, RV_N_FOR, kw);
    n->u.for_.target = pz_target_list(p);
    if (!n->u.for_.target)
        return NULL;
    if (!pz_at(p, "in"))
        return invalid(p);
    pz_next(p);
    n->u.for_.iter = pz_star_expressions(p);
    if (!n->u.for_.iter || !pz_expect(p, ":"))
        return NULL;
    if (!loop_blocks(p, &n->u.for_.body, &n->u.for_.orelse, "'for' statement", kw->line))
        return NULL;
    pz_end(p, n);
    return n;
}

static rv_node_t *try_stmt(parser_t *p)
{
    const rv_token_t *kw = pz_next(p);
    rv_node_t *n = pz_node(p, RV_N_TRY, kw);
    if (!pz_expect(p, ":") || !pz_block(p, &n->u.try_.body, "'try' statement", kw->line))
        return NULL;
    while (pz_at(p, "except")) {
        const rv_token_t *ek = pz_next(p);
        rv_node_t *h = pz_node(p, RV_N_EXCEPTHANDLER, ek);
        if (pz_accept(p, "*"))
            return pz_unsupported(p, ek, "except*");
        if (!pz_at(p, ":")) {
            h->u.handler.type = pz_expression(p);
            if (!h->u.handler.type)
                return NULL;
            if (pz_at(p, ",")) {
                rv_node_t *t = pz_node(p, RV_N_TUPLE, pz_peek(p));
                pz_push(p, &t->u.seq.elts, h->u.handler.type);
                while (pz_accept(p, ",") && !pz_at(p, ":") && !pz_at(p, "as")) {
                    rv_node_t *e = pz_expression(p);
                    if (!e)
                        return NULL;
                    pz_push(p, &t->u.seq.elts, e);
                }
                return pz_error_node(p, h->u.handler.type,
                                     "multiple exception types must be parenthesized");
            }
            if (pz_accept(p, "as")) {
                const rv_token_t *name = pz_next(p);
                if (name->kind != RV_T_NAME || pz_is_keyword(name))
                    return invalid(p);
                h->u.handler.name = pz_name(p, name);
            }
        }
        if (!pz_expect(p, ":") || !pz_block(p, &h->u.handler.body, "'except' statement", ek->line))
            return NULL;
        pz_end(p, h);
        pz_push(p, &n->u.try_.handlers, h);
    }
    if (pz_at(p, "else")) {
        const rv_token_t *ek = pz_next(p);
        if (!n->u.try_.handlers.len)
            return pz_error_at(p, ek, "expected 'except' or 'finally' block");
        if (!pz_expect(p, ":") || !pz_block(p, &n->u.try_.orelse, "'else' statement", ek->line))
            return NULL;
    }
    if (pz_at(p, "finally")) {
        const rv_token_t *fk = pz_next(p);
        if (!pz_expect(p, ":") || !pz_block(p, &n->u.try_.finalbody, "'finally' statement", fk->line))
            return NULL;
    }
    if (!n->u.try_.handlers.len && !n->u.try_.finalbody.len)
        return pz_error_at(p, pz_peek(p), "expected 'except' or 'finally' block");
    pz_end(p, n);
    return n;
}

static rv_node_t *with_stmt(parser_t *p)
{
    const rv_token_t *kw = pz_next(p);
    rv_node_t *n = pz_node(p, RV_N_WITH, kw);
    do {
        rv_node_t *item = pz_node(p, RV_N_WITHITEM, pz_peek(p));
        item->u.withitem.context_expr = pz_expression(p);
        if (!item->u.withitem.context_expr)
            return NULL;
        if (pz_accept(p, "as")) {
            item->u.withitem.optional_vars = pz_target(p);
            if (!item->u.withitem.optional_vars)
                return NULL;
        }
        pz_push(p, &n->u.with.items, item);
    } while (pz_accept(p, ","));
    if (!pz_expect(p, ":") || !pz_block(p, &n->u.with.body, "'with' statement", kw->line))
        return NULL;
    pz_end(p, n);
    return n;
}

static rv_node_t *funcdef(parser_t *p, rv_nodes_t *decorators, const rv_token_t *first)
{
    const rv_token_t *kw = pz_next(p);
    const rv_token_t *name = pz_next(p);
    if (name->kind != RV_T_NAME || pz_is_keyword(name))
        return pz_error_at(p, name, "invalid syntax");
    rv_node_t *n = pz_node(p, RV_N_FUNCTIONDEF, first ? first : kw);
    n->u.funcdef.name = pz_name(p, name);
    n->u.funcdef.def_line = kw->line;
    if (decorators)
        n->u.funcdef.decorators = *decorators;
    if (!pz_expect(p, "("))
        return NULL;
    n->u.funcdef.args = pz_parameters(p, ")");
    if (!n->u.funcdef.args || !pz_expect(p, ")"))
        return NULL;
    if (pz_accept(p, "->")) {
        n->u.funcdef.returns = pz_expression(p);
        if (!n->u.funcdef.returns)
            return NULL;
    }
    if (!pz_expect(p, ":"))
        return NULL;
    int saved_loop = p->loop_depth;
    p->loop_depth = 0;
    p->func_depth++;
    bool ok = pz_block(p, &n->u.funcdef.body, "function definition", kw->line);
    p->func_depth--;
    p->loop_depth = saved_loop;
    if (!ok)
        return NULL;
    pz_end(p, n);
    return n;
}

static rv_node_t *classdef(parser_t *p, rv_nodes_t *decorators, const rv_token_t *first)
{
    const rv_token_t *kw = pz_next(p);
    const rv_token_t *name = pz_next(p);
    if (name->kind != RV_T_NAME || pz_is_keyword(name))
        return pz_error_at(p, name, "invalid syntax");
    rv_node_t *n = pz_node(p, RV_N_CLASSDEF, first ? first : kw);
    n->u.classdef.name = pz_name(p, name);
    n->u.classdef.def_line = kw->line;
    if (decorators)
        n->u.classdef.decorators = *decorators;
    if (pz_accept(p, "(")) {
        if (!pz_call_arguments(p, &n->u.classdef.bases, &n->u.classdef.keywords))
            return NULL;
    }
    if (!pz_expect(p, ":"))
        return NULL;
    int saved_loop = p->loop_depth, saved_func = p->func_depth;
    p->loop_depth = 0;
    p->func_depth = 0;
    bool ok = pz_block(p, &n->u.classdef.body, "class definition", kw->line);
    p->loop_depth = saved_loop;
    p->func_depth = saved_func;
    if (!ok)
        return NULL;
    pz_end(p, n);
    return n;
}

static rv_node_t *decorated(parser_t *p)
{
    const rv_token_t *first = pz_peek(p);
    rv_nodes_t decorators = { 0 };
    while (pz_accept(p, "@")) {
        rv_node_t *d = pz_named_expression(p);
        if (!d)
            return NULL;
        pz_push(p, &decorators, d);
        if (pz_peek(p)->kind != RV_T_NEWLINE)
            return invalid(p);
        pz_next(p);
    }
    if (pz_at(p, "def"))
        return funcdef(p, &decorators, first);
    if (pz_at(p, "class"))
        return classdef(p, &decorators, first);
    return invalid(p);
}

/* A line starting with the soft keyword `match`: a match statement, or
 * simple statements (pushed to body; NULL returned).  When both fail, the
 * error is the one CPython's second pass gives: "expected ':'" for a
 * subject ending the line (invalid_match_stmt), else "invalid syntax" at
 * the furthest token either attempt reached. */
static rv_node_t *match_or_simple(parser_t *p, rv_nodes_t *body)
{
    size_t stop;
    int ahead = pz_match_ahead(p, &stop);
    if (ahead > 0)
        return pz_match_stmt(p);
    if (ahead < 0) {
        p->pos = stop;
        return invalid(p);
    }
    pz_simple_stmts(p, body);
    if (!stop || !p->err->set || p->err->unsupported || p->err->indentation ||
        strcmp(p->err->msg, "invalid syntax") != 0)
        return NULL;
    const rv_token_t *after = &p->toks.items[stop];
    p->err->set = false;
    p->pos = stop;
    if (after->kind == RV_T_NEWLINE) {
        /* the caret just after the subject, as pz_expect puts it */
        pz_expect(p, ":");
    } else if (after->line > p->err->line ||
               (after->line == p->err->line && after->col + 1 > p->err->col)) {
        invalid(p);
    } else {
        p->err->set = true;
    }
    return NULL;
}

static void statement(parser_t *p, rv_nodes_t *body)
{
    if (!pz_enter(p))
        return;
    const rv_token_t *t = pz_peek(p);
    rv_node_t *n = NULL;
    bool compound = true;
    if (t->kind == RV_T_INDENT) {
        pz_error_at(p, t, "unexpected indent");
        p->err->indentation = true;
    } else if (pz_is(t, "if")) {
        n = if_stmt(p, false);
    } else if (pz_is(t, "while")) {
        n = while_stmt(p);
    } else if (pz_is(t, "for")) {
        n = for_stmt(p);
    } else if (pz_is(t, "try")) {
        n = try_stmt(p);
    } else if (pz_is(t, "with")) {
        n = with_stmt(p);
    } else if (pz_is(t, "def")) {
        n = funcdef(p, NULL, NULL);
    } else if (pz_is(t, "class")) {
        n = classdef(p, NULL, NULL);
    } else if (pz_is(t, "@")) {
        n = decorated(p);
    } else if (pz_is(t, "async")) {
        pz_unsupported(p, t, "async");
    } else if (pz_is(t, "elif") || pz_is(t, "else") || pz_is(t, "except") ||
               pz_is(t, "finally")) {
        invalid(p);
    } else if (pz_is(t, "match")) {
        n = match_or_simple(p, body);
        } else {
        compound = false;
    }
    if (!compound)
        pz_simple_stmts(p, body);
    else if (n)
        pz_push(p, body, n);
    p->depth--;
}

/* Statements until END. */
static void statements(parser_t *p, rv_nodes_t *body)
{
    while (pz_peek(p)->kind != RV_T_END && !p->err->set) {
        if (pz_peek(p)->kind == RV_T_DEDENT) {
            pz_next(p);
            continue;
        }
        statement(p, body);
    }
}

/******************************************************************************/
/* entry point                                                                */

rv_module_ast_t *rv_parse(const char *filename, const char *src, size_t len,
                          rv_syntax_error_t *err)
{
    memset(err, 0, sizeof *err);
    rv_module_ast_t *m = rv_calloc(1, sizeof *m);
    m->filename = rv_strdup(filename);
    m->source = rv_strndup(src, len);
    len = rv_source_newlines(m->source, len);
    m->arena = rv_arena_new();
    if (rv_source_check(m->source, len, filename, err) < 0) {
        rv_ast_free(m);
        return NULL;
    }
    parser_t p = { 0 };
    p.err = err;
    p.arena = m->arena;
    p.source = m->source;
    if (rv_tokenize(m->source, len, 0, 0, false, &p.toks, err) < 0) {
        rv_tokens_free(&p.toks);
        rv_ast_free(m);
        return NULL;
    }
    statements(&p, &m->body);
    rv_tokens_free(&p.toks);
    if (err->set) {
        rv_ast_free(m);
        return NULL;
    }
    return m;
}
