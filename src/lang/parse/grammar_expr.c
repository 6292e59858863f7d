/* src/lang/parse/grammar_expr.c - expressions, from lowest to highest
 * precedence (Grammar/python.gram):
 *   expression:  disjunction ['if' disjunction 'else' expression] | lambdef
 *   disjunction: conjunction ('or' conjunction)*
 *   conjunction: inversion ('and' inversion)*
 *   inversion:   'not' inversion | comparison
 *   comparison:  bitwise_or (compare_op bitwise_or)*
 *   bitwise_or > xor > and > shift > sum > term > factor > power > primary > atom */
#include <string.h>

#include "core/obj_bool.h"
#include "core/obj_misc.h"
#include "lang/parse/grammar_int.h"

static rv_node_t *disjunction(parser_t *p);
static rv_node_t *bitwise_or(parser_t *p);
static rv_node_t *star_named_expression(parser_t *p);

static rv_node_t *fail_here(parser_t *p)
{
    const rv_token_t *t = pz_peek(p);
    if (t->kind == RV_T_INDENT) {
        pz_error_at(p, t, "unexpected indent");
        p->err->indentation = true;
        return NULL;
    }
    if ((t->kind == RV_T_NEWLINE || t->kind == RV_T_END) && p->pos > 0)
        return pz_error_at(p, t, "invalid syntax");
    return pz_error_at(p, t, "invalid syntax");
}

static bool starts_expression(const rv_token_t *t)
{
    if (t->kind == RV_T_NAME)
        return !pz_is_keyword(t) || pz_is(t, "None") || pz_is(t, "True") || pz_is(t, "False") ||
               pz_is(t, "not") || pz_is(t, "lambda") || pz_is(t, "await") || pz_is(t, "yield");
    if (t->kind == RV_T_NUMBER || t->kind == RV_T_STRING)
        return true;
    return pz_is(t, "(") || pz_is(t, "[") || pz_is(t, "{") || pz_is(t, "-") || pz_is(t, "+") ||
           pz_is(t, "~") || pz_is(t, "...") || pz_is(t, "*");
}

/******************************************************************************/
/* lambda and parameters                                                      */

static rv_node_t *param(parser_t *p, bool annotations)
{
    const rv_token_t *t = pz_next(p);
    if (t->kind != RV_T_NAME || pz_is_keyword(t))
        return pz_error_at(p, t, "invalid syntax");
    rv_node_t *a = pz_node(p, RV_N_ARG, t);
    a->u.arg.arg = pz_name(p, t);
    if (annotations && pz_accept(p, ":")) {
        a->u.arg.annotation = pz_expression(p);
        if (!a->u.arg.annotation)
            return NULL;
    }
    pz_end(p, a);
    return a;
}

static bool duplicate(parser_t *p, const rv_node_t *args, const rv_node_t *a)
{
    const rv_nodes_t *lists[] = { &args->u.arguments.posonlyargs, &args->u.arguments.args,
                                  &args->u.arguments.kwonlyargs };
    int seen = 0;
    for (int l = 0; l < 3; l++)
        for (size_t i = 0; i < lists[l]->len; i++)
            seen += strcmp(lists[l]->items[i]->u.arg.arg, a->u.arg.arg) == 0;
    if (args->u.arguments.vararg)
        seen += strcmp(args->u.arguments.vararg->u.arg.arg, a->u.arg.arg) == 0;
    if (args->u.arguments.kwarg)
        seen += strcmp(args->u.arguments.kwarg->u.arg.arg, a->u.arg.arg) == 0;
    if (seen > 1) {
        pz_error_node(p, a, "duplicate argument '%s' in function definition", a->u.arg.arg);
        return true;
    }
    return false;
}

/* Parameters up to `closer` (")" for def, ":" for lambda). */
rv_node_t *pz_parameters(parser_t *p, const char *closer)
{
    bool ann = strcmp(closer, ")") == 0;
    rv_node_t *args = pz_node(p, RV_N_ARGUMENTS, pz_peek(p));
    bool star_seen = false, default_seen = false;
    while (!pz_at(p, closer)) {
        const rv_token_t *t = pz_peek(p);
        if (pz_accept(p, "/")) {
            if (star_seen || args->u.arguments.posonlyargs.len || !args->u.arguments.args.len)
                return pz_error_at(p, t, "invalid syntax");
            args->u.arguments.posonlyargs = args->u.arguments.args;
            args->u.arguments.args.items = NULL;
            args->u.arguments.args.len = 0;
        } else if (pz_accept(p, "**")) {
            rv_node_t *a = param(p, ann);
            if (!a)
                return NULL;
            args->u.arguments.kwarg = a;
            if (duplicate(p, args, a))
                return NULL;
        } else if (pz_accept(p, "*")) {
            if (star_seen)
                return pz_error_at(p, t, "* argument may appear only once");
            star_seen = true;
            if (!pz_at(p, ",") && !pz_at(p, closer)) {
                rv_node_t *a = param(p, ann);
                if (!a)
                    return NULL;
                args->u.arguments.vararg = a;
                if (duplicate(p, args, a))
                    return NULL;
            }
        } else {
            rv_node_t *a = param(p, ann);
            if (!a)
                return NULL;
            rv_node_t *def = NULL;
            if (pz_accept(p, "=")) {
                def = pz_expression(p);
                if (!def)
                    return NULL;
            }
            if (star_seen) {
                pz_push(p, &args->u.arguments.kwonlyargs, a);
                pz_push(p, &args->u.arguments.kw_defaults, def);
            } else {
                if (!def && default_seen)
                    return pz_error_node(p, a, "non-default argument follows default argument");
                if (def) {
                    default_seen = true;
                    pz_push(p, &args->u.arguments.defaults, def);
                }
                pz_push(p, &args->u.arguments.args, a);
            }
            if (duplicate(p, args, a))
                return NULL;
        }
        if (!pz_accept(p, ","))
            break;
    }
    if (args->u.arguments.kwarg && pz_at(p, ","))
        return fail_here(p);
    return args;
}

static rv_node_t *lambdef(parser_t *p)
{
    const rv_token_t *kw = pz_next(p);
    rv_node_t *n = pz_node(p, RV_N_LAMBDA, kw);
    n->u.lambda.args = pz_parameters(p, ":");
    if (!n->u.lambda.args || !pz_expect(p, ":"))
        return NULL;
    p->func_depth++;
    int saved = p->loop_depth;
    p->loop_depth = 0;
    n->u.lambda.body = pz_expression(p);
    p->loop_depth = saved;
    p->func_depth--;
    if (!n->u.lambda.body)
        return NULL;
    pz_end(p, n);
    return n;
}

/******************************************************************************/
/* top levels                                                                 */

rv_node_t *pz_expression(parser_t *p)
{
    if (!pz_enter(p))
        return NULL;
    rv_node_t *r;
    const rv_token_t *start = pz_peek(p);
    if (pz_is(start, "lambda")) {
        r = lambdef(p);
    } else if (pz_is(start, "yield")) {
        pz_next(p);
        if (p->func_depth == 0) {
            p->depth--;
            /* `yield = 1`: the grammar's invalid_assignment comes before
             * the compiler's check of where yield may be. */
            if (pz_is(pz_peek(p), "="))
                return pz_error_at(p, start, "assignment to yield expression not possible");
            return pz_error_at(p, start, "'yield' outside function");
        }
        if (pz_accept(p, "from")) {
            r = pz_node(p, RV_N_YIELDFROM, start);
            r->u.yield.value = pz_expression(p);
            if (!r->u.yield.value)
                r = NULL;
        } else {
            r = pz_node(p, RV_N_YIELD, start);
            if (starts_expression(pz_peek(p))) {
                r->u.yield.value = pz_star_expressions(p);
                if (!r->u.yield.value)
                    r = NULL;
            }
        }
        if (r)
            pz_end(p, r);
    } else {
        r = disjunction(p);
        if (r && pz_at(p, "if")) {
            pz_next(p);
            rv_node_t *n = pz_node(p, RV_N_IFEXP, start);
            n->u.ifexp.body = r;
            n->u.ifexp.test = disjunction(p);
            if (!n->u.ifexp.test)
                r = NULL;
            else if (!pz_accept(p, "else"))
                r = pz_error_at(p, pz_peek(p), "expected 'else' after 'if' expression");
            else {
                n->u.ifexp.orelse = pz_expression(p);
                r = n->u.ifexp.orelse ? n : NULL;
                if (r)
                    pz_end(p, n);
            }
        }
    }
    p->depth--;
    return r;
}

rv_node_t *pz_named_expression(parser_t *p)
{
    const rv_token_t *t = pz_peek(p);
    if (t->kind == RV_T_NAME && !pz_is_keyword(t) && pz_is(pz_peek_at(p, 1), ":=")) {
        pz_next(p);
        pz_next(p);
        rv_node_t *n = pz_node(p, RV_N_NAMEDEXPR, t);
        rv_node_t *target = pz_node(p, RV_N_NAME, t);
        target->u.name.id = pz_name(p, t);
        target->u.name.ctx = RV_STORE;
        n->u.namedexpr.target = target;
        n->u.namedexpr.value = pz_expression(p);
        if (!n->u.namedexpr.value)
            return NULL;
        pz_end(p, n);
        return n;
    }
    rv_node_t *e = pz_expression(p);
    if (e && pz_at(p, ":="))
        return pz_error_node(p, e, "cannot use assignment expressions with %s",
                             e->kind == RV_N_ATTRIBUTE   ? "attribute"
                             : e->kind == RV_N_SUBSCRIPT ? "subscript"
                                                         : "expression");
    return e;
}

static rv_node_t *star_named_expression(parser_t *p)
{
    const rv_token_t *t = pz_peek(p);
    if (pz_accept(p, "*")) {
        rv_node_t *n = pz_node(p, RV_N_STARRED, t);
        n->u.starred.value = bitwise_or(p);
        if (!n->u.starred.value)
            return NULL;
        pz_end(p, n);
        return n;
    }
    return pz_named_expression(p);
}

/* star_expressions: a tuple when a comma follows. */
rv_node_t *pz_star_expressions(parser_t *p)
{
    const rv_token_t *start = pz_peek(p);
    rv_node_t *first = star_named_expression(p);
    if (!first)
        return NULL;
    if (first->kind == RV_N_NAMEDEXPR && !pz_is(start, "("))
        return pz_error_node(p, first, "invalid syntax");
    if (!pz_at(p, ","))
        return first;
    rv_node_t *t = pz_node(p, RV_N_TUPLE, start);
    pz_push(p, &t->u.seq.elts, first);
    while (pz_accept(p, ",")) {
        if (!starts_expression(pz_peek(p)))
            break;
        rv_node_t *e = star_named_expression(p);
        if (!e)
            return NULL;
        pz_push(p, &t->u.seq.elts, e);
    }
    pz_end(p, t);
    return t;
}

static rv_node_t *primary(parser_t *p);

/* star_target: ['*'] target_primary -- no operators, so that the `in` of a
 * for loop is not read as a comparison. */
static rv_node_t *target_elem(parser_t *p)
{
    const rv_token_t *t = pz_peek(p);
    if (pz_accept(p, "*")) {
        rv_node_t *n = pz_node(p, RV_N_STARRED, t);
        n->u.starred.value = primary(p);
        if (!n->u.starred.value)
            return NULL;
        pz_end(p, n);
        return n;
    }
    return primary(p);
}

rv_node_t *pz_target_list(parser_t *p)
{
    const rv_token_t *start = pz_peek(p);
    rv_node_t *first = target_elem(p);
    if (!first)
        return NULL;
    rv_node_t *target = first;
    if (pz_at(p, ",")) {
        target = pz_node(p, RV_N_TUPLE, start);
        pz_push(p, &target->u.seq.elts, first);
        while (pz_accept(p, ",") && !pz_at(p, "in")) {
            rv_node_t *e = target_elem(p);
            if (!e)
                return NULL;
            pz_push(p, &target->u.seq.elts, e);
        }
        pz_end(p, target);
    }
    if (!pz_set_context(p, target, RV_STORE, 1))
        return NULL;
    return target;
}

rv_node_t *pz_target(parser_t *p)
{
    rv_node_t *t = target_elem(p);
    if (t && !pz_set_context(p, t, RV_STORE, 1))
        return NULL;
    return t;
}

/******************************************************************************/
/* boolean, comparison and arithmetic operators                               */

static rv_node_t *inversion(parser_t *p);

static rv_node_t *boolop(parser_t *p, const char *kw, rv_boolop_t op,
                         rv_node_t *(*sub)(parser_t *))
{
    const rv_token_t *start = pz_peek(p);
    rv_node_t *first = sub(p);
    if (!first || !pz_at(p, kw))
        return first;
    rv_node_t *n = pz_node(p, RV_N_BOOLOP, start);
    n->u.boolop.op = op;
    pz_push(p, &n->u.boolop.values, first);
    while (pz_accept(p, kw)) {
        rv_node_t *e = sub(p);
        if (!e)
            return NULL;
        pz_push(p, &n->u.boolop.values, e);
    }
    pz_end(p, n);
    return n;
}

static rv_node_t *conjunction(parser_t *p)
{
    return boolop(p, "and", RV_AND, inversion);
}

static rv_node_t *disjunction(parser_t *p)
{
    return boolop(p, "or", RV_OR, conjunction);
}

static bool compare_op(parser_t *p, rv_cmp_t *op)
{
    const rv_token_t *t = pz_peek(p);
    static const struct {
        const char *s;
        rv_cmp_t op;
    } ops[] = { { "==", RV_C_EQ }, { "!=", RV_C_NOTEQ }, { "<", RV_C_LT }, { "<=", RV_C_LTE },
                { ">", RV_C_GT },  { ">=", RV_C_GTE },   { "in", RV_C_IN } };
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++) {
        if (pz_is(t, ops[i].s)) {
            pz_next(p);
            *op = ops[i].op;
            return true;
        }
    }
    if (pz_is(t, "not") && pz_is(pz_peek_at(p, 1), "in")) {
        pz_next(p);
        pz_next(p);
        *op = RV_C_NOTIN;
        return true;
    }
    if (pz_is(t, "is")) {
        pz_next(p);
        *op = pz_accept(p, "not") ? RV_C_ISNOT : RV_C_IS;
        return true;
    }
    return false;
}

static rv_node_t *comparison(parser_t *p)
{
    const rv_token_t *start = pz_peek(p);
    rv_node_t *left = bitwise_or(p);
    if (!left)
        return NULL;
    rv_cmp_t op;
    if (!compare_op(p, &op))
        return left;
    rv_node_t *n = pz_node(p, RV_N_COMPARE, start);
    n->u.compare.left = left;
    size_t cap = 4, count = 0;
    rv_cmp_t *ops = rv_arena_alloc(p->arena, cap * sizeof *ops);
    do {
        if (count == cap) {
            rv_cmp_t *bigger = rv_arena_alloc(p->arena, cap * 2 * sizeof *ops);
            memcpy(bigger, ops, cap * sizeof *ops);
            ops = bigger;
            cap *= 2;
        }
        ops[count++] = op;
        rv_node_t *right = bitwise_or(p);
        if (!right)
            return NULL;
        pz_push(p, &n->u.compare.comparators, right);
    } while (compare_op(p, &op));
    n->u.compare.ops = ops;
    pz_end(p, n);
    return n;
}

static rv_node_t *inversion(parser_t *p)
{
    const rv_token_t *t = pz_peek(p);
    if (pz_is(t, "not")) {
        if (!pz_enter(p))
            return NULL;
        pz_next(p);
        rv_node_t *n = pz_node(p, RV_N_UNARYOP, t);
        n->u.unaryop.op = RV_U_NOT;
        n->u.unaryop.operand = inversion(p);
        p->depth--;
        if (!n->u.unaryop.operand)
            return NULL;
        pz_end(p, n);
        return n;
    }
    return comparison(p);
}

typedef struct binlevel {
    const char *ops[5];
    rv_binop_t codes[5];
} binlevel_t;

static const binlevel_t levels[] = {
    { { "|" }, { RV_OP_OR } },
    { { "^" }, { RV_OP_XOR } },
    { { "&" }, { RV_OP_AND } },
    { { "<<", ">>" }, { RV_OP_LSHIFT, RV_OP_RSHIFT } },
    { { "+", "-" }, { RV_OP_ADD, RV_OP_SUB } },
    { { "*", "/", "//", "%", "@" },
      { RV_OP_MUL, RV_OP_TRUEDIV, RV_OP_FLOORDIV, RV_OP_MOD, RV_OP_MATMUL } },
};

static rv_node_t *factor(parser_t *p);

static rv_node_t *binary(parser_t *p, size_t level)
{
    if (level == sizeof levels / sizeof levels[0])
        return factor(p);
    const rv_token_t *start = pz_peek(p);
    rv_node_t *left = binary(p, level + 1);
    while (left) {
        const rv_token_t *t = pz_peek(p);
        size_t i;
        for (i = 0; i < 5 && levels[level].ops[i]; i++)
            if (t->kind == RV_T_OP && pz_is(t, levels[level].ops[i]))
                break;
        if (i == 5 || !levels[level].ops[i])
            break;
        pz_next(p);
        rv_node_t *n = pz_node(p, RV_N_BINOP, start);
        n->u.binop.left = left;
        n->u.binop.op = levels[level].codes[i];
        n->u.binop.right = binary(p, level + 1);
        if (!n->u.binop.right)
            return NULL;
        pz_end(p, n);
        left = n;
    }
    return left;
}

static rv_node_t *bitwise_or(parser_t *p)
{
    return binary(p, 0);
}

/* power: primary ['**' factor] (right-associative through factor) */
static rv_node_t *power(parser_t *p)
{
    const rv_token_t *start = pz_peek(p);
    if (pz_is(start, "await"))
        return pz_unsupported(p, start, "await");
    rv_node_t *base = primary(p);
    if (!base || !pz_at(p, "**"))
        return base;
    pz_next(p);
    rv_node_t *n = pz_node(p, RV_N_BINOP, start);
    n->u.binop.left = base;
    n->u.binop.op = RV_OP_POW;
    n->u.binop.right = factor(p);
    if (!n->u.binop.right)
        return NULL;
    pz_end(p, n);
    return n;
}

static rv_node_t *factor(parser_t *p)
{
    const rv_token_t *t = pz_peek(p);
    rv_unaryop_t op;
    if (pz_is(t, "-"))
        op = RV_U_USUB;
    else if (pz_is(t, "+"))
        op = RV_U_UADD;
    else if (pz_is(t, "~"))
        op = RV_U_INVERT;
    else
        return power(p);
    if (!pz_enter(p))
        return NULL;
    pz_next(p);
    rv_node_t *n = pz_node(p, RV_N_UNARYOP, t);
    n->u.unaryop.op = op;
    n->u.unaryop.operand = factor(p);
    p->depth--;
    if (!n->u.unaryop.operand)
        return NULL;
    pz_end(p, n);
    return n;
}

/******************************************************************************/
/* primaries: calls, attributes, subscripts                                   */

static rv_node_t *comprehension_tail(parser_t *p, rv_node_kind_t kind, const rv_token_t *start,
                                     rv_node_t *elt, rv_node_t *value);

/* args: positional (maybe *starred), keywords (name=value, **mapping), or a
 * lone generator expression. */
bool pz_call_arguments(parser_t *p, rv_nodes_t *args, rv_nodes_t *keywords)
{
    bool kw_seen = false, dstar_seen = false;
    while (!pz_at(p, ")")) {
        const rv_token_t *t = pz_peek(p);
        if (pz_accept(p, "**")) {
            rv_node_t *k = pz_node(p, RV_N_KEYWORD, t);
            k->u.keyword.value = pz_expression(p);
            if (!k->u.keyword.value)
                return false;
            pz_end(p, k);
            pz_push(p, keywords, k);
            dstar_seen = true;
        } else if (pz_is(t, "*")) {
            rv_node_t *s = star_named_expression(p);
            if (!s)
                return false;
            if (dstar_seen) {
                pz_error_node(p, s,
                              "iterable argument unpacking follows keyword argument unpacking");
                return false;
            }
            pz_push(p, args, s);
        } else if (t->kind == RV_T_NAME && pz_is(pz_peek_at(p, 1), "=") && !pz_is_keyword(t)) {
            pz_next(p);
            pz_next(p);
            rv_node_t *k = pz_node(p, RV_N_KEYWORD, t);
            k->u.keyword.arg = pz_name(p, t);
            k->u.keyword.value = pz_expression(p);
            if (!k->u.keyword.value)
                return false;
            pz_end(p, k);
            for (size_t i = 0; i < keywords->len; i++) {
                const char *other = keywords->items[i]->u.keyword.arg;
                if (other && strcmp(other, k->u.keyword.arg) == 0) {
                    pz_error_node(p, k, "keyword argument repeated: %s", k->u.keyword.arg);
                    return false;
                }
            }
            pz_push(p, keywords, k);
            kw_seen = true;
        } else {
            rv_node_t *e = pz_named_expression(p);
            if (!e)
                return false;
            if (pz_at(p, "for") || pz_at(p, "async")) {
                e = comprehension_tail(p, RV_N_GENEXP, t, e, NULL);
                if (!e)
                    return false;
                if (args->len || keywords->len || pz_at(p, ",")) {
                    if (!(pz_at(p, ",") && pz_is(pz_peek_at(p, 1), ")") && !args->len &&
                          !keywords->len)) {
                        pz_error_node(p, e, "Generator expression must be parenthesized");
                        return false;
                    }
                }
            } else if (pz_at(p, "=")) {
                /* f(True=1): a keyword constant where a keyword's name goes. */
                if (e->kind == RV_N_CONSTANT && pz_is_keyword(t))
                    pz_error_node(p, e, "cannot assign to %s", t->text[0] == 'N' ? "None"
                                                               : t->text[0] == 'T' ? "True"
                                                                                   : "False");
                else
                    pz_error_node(p, e, "expression cannot contain assignment, perhaps you "
                                        "meant \"==\"?");
                return false;
            }
            if (kw_seen || dstar_seen) {
                pz_error_node(p, e, dstar_seen ? "positional argument follows keyword argument "
                                                 "unpacking"
                                               : "positional argument follows keyword argument");
                return false;
            }
            pz_push(p, args, e);
        }
        if (!pz_accept(p, ","))
            break;
    }
    return pz_expect(p, ")");
}

static rv_node_t *slice_item(parser_t *p)
{
    const rv_token_t *start = pz_peek(p);
    rv_node_t *lower = NULL;
    if (!pz_at(p, ":")) {
        lower = star_named_expression(p);
        if (!lower)
            return NULL;
        if (!pz_at(p, ":"))
            return lower;
    }
    pz_next(p);
    rv_node_t *s = pz_node(p, RV_N_SLICE, start);
    s->u.slice.lower = lower;
    if (!pz_at(p, ":") && !pz_at(p, "]") && !pz_at(p, ",")) {
        s->u.slice.upper = pz_expression(p);
        if (!s->u.slice.upper)
            return NULL;
    }
    if (pz_accept(p, ":")) {
        if (!pz_at(p, "]") && !pz_at(p, ",")) {
            s->u.slice.step = pz_expression(p);
            if (!s->u.slice.step)
                return NULL;
        }
    }
    pz_end(p, s);
    return s;
}

static rv_node_t *slices(parser_t *p)
{
    const rv_token_t *start = pz_peek(p);
    rv_node_t *first = slice_item(p);
    if (!first || !pz_at(p, ","))
        return first;
    rv_node_t *t = pz_node(p, RV_N_TUPLE, start);
    pz_push(p, &t->u.seq.elts, first);
    while (pz_accept(p, ",") && !pz_at(p, "]")) {
        rv_node_t *e = slice_item(p);
        if (!e)
            return NULL;
        pz_push(p, &t->u.seq.elts, e);
    }
    pz_end(p, t);
    return t;
}

static rv_node_t *atom(parser_t *p);

static rv_node_t *primary(parser_t *p)
{
    const rv_token_t *start = pz_peek(p);
    rv_node_t *e = atom(p);
    while (e) {
        const rv_token_t *t = pz_peek(p);
        if (pz_is(t, ".")) {
            pz_next(p);
            const rv_token_t *name = pz_next(p);
            if (name->kind != RV_T_NAME || pz_is_keyword(name))
                return pz_error_at(p, name, "invalid syntax");
            rv_node_t *n = pz_node(p, RV_N_ATTRIBUTE, start);
            n->u.attribute.value = e;
            n->u.attribute.attr = pz_name(p, name);
            pz_end(p, n);
            e = n;
        } else if (pz_is(t, "(")) {
            pz_next(p);
            rv_node_t *n = pz_node(p, RV_N_CALL, start);
            n->u.call.func = e;
            if (!pz_call_arguments(p, &n->u.call.args, &n->u.call.keywords))
                return NULL;
            pz_end(p, n);
            e = n;
        } else if (pz_is(t, "[")) {
            pz_next(p);
            rv_node_t *n = pz_node(p, RV_N_SUBSCRIPT, start);
            n->u.subscript.value = e;
            n->u.subscript.slice = slices(p);
            if (!n->u.subscript.slice || !pz_expect(p, "]"))
                return NULL;
            pz_end(p, n);
            e = n;
        } else {
            break;
        }
    }
    return e;
}

/******************************************************************************/
/* atoms and displays                                                         */

static rv_node_t *comprehension_tail(parser_t *p, rv_node_kind_t kind, const rv_token_t *start,
                                     rv_node_t *elt, rv_node_t *value)
{
    if (elt->kind == RV_N_STARRED)
        return pz_error_node(p, elt, kind == RV_N_LISTCOMP ? "iterable unpacking cannot be used "
                                                             "in comprehension"
                                                           : "iterable unpacking cannot be used in "
                                                             "comprehension");
    rv_node_t *n = pz_node(p, kind, start);
    n->u.comp.elt = elt;
    n->u.comp.value = value;
    while (pz_at(p, "for") || pz_at(p, "async")) {
        const rv_token_t *ft = pz_next(p);
        if (pz_is(ft, "async"))
            return pz_unsupported(p, ft, "async comprehensions");
        rv_node_t *g = pz_node(p, RV_N_COMPREHENSION, ft);
        g->u.comprehension.target = pz_target_list(p);
        if (!g->u.comprehension.target)
            return NULL;
        if (!pz_accept(p, "in"))
            return fail_here(p);
        g->u.comprehension.iter = disjunction(p);
        if (!g->u.comprehension.iter)
            return NULL;
        while (pz_accept(p, "if")) {
            rv_node_t *cond = disjunction(p);
            if (!cond)
                return NULL;
            pz_push(p, &g->u.comprehension.ifs, cond);
        }
        pz_push(p, &n->u.comp.generators, g);
    }
    pz_end(p, n);
    return n;
}

static rv_node_t *paren(parser_t *p, const rv_token_t *open)
{
    if (pz_accept(p, ")")) {
        rv_node_t *t = pz_node(p, RV_N_TUPLE, open);
        pz_end(p, t);
        return t;
    }
    if (pz_at(p, "yield")) {
        rv_node_t *y = pz_expression(p);
        if (!y || !pz_expect(p, ")"))
            return NULL;
        return y;
    }
    rv_node_t *first = star_named_expression(p);
    if (!first)
        return NULL;
    if (pz_at(p, "for") || pz_at(p, "async")) {
        rv_node_t *g = comprehension_tail(p, RV_N_GENEXP, open, first, NULL);
        if (!g || !pz_expect(p, ")"))
            return NULL;
        pz_end(p, g);
        return g;
    }
    if (pz_accept(p, ")")) {
        if (first->kind == RV_N_STARRED)
            return pz_error_node(p, first, "cannot use starred expression here");
        return first;
    }
    if (!pz_at(p, ","))
        return pz_expect(p, ")"), NULL;
    rv_node_t *t = pz_node(p, RV_N_TUPLE, open);
    pz_push(p, &t->u.seq.elts, first);
    while (pz_accept(p, ",")) {
        if (pz_at(p, ")"))
            break;
        rv_node_t *e = star_named_expression(p);
        if (!e)
            return NULL;
        pz_push(p, &t->u.seq.elts, e);
    }
    if (!pz_expect(p, ")"))
        return NULL;
    pz_end(p, t);
    return t;
}

static rv_node_t *list_display(parser_t *p, const rv_token_t *open)
{
    rv_node_t *n = pz_node(p, RV_N_LIST, open);
    if (pz_accept(p, "]")) {
        pz_end(p, n);
        return n;
    }
    rv_node_t *first = star_named_expression(p);
    if (!first)
        return NULL;
    if (pz_at(p, "for") || pz_at(p, "async")) {
        rv_node_t *c = comprehension_tail(p, RV_N_LISTCOMP, open, first, NULL);
        if (!c || !pz_expect(p, "]"))
            return NULL;
        pz_end(p, c);
        return c;
    }
    pz_push(p, &n->u.seq.elts, first);
    while (pz_accept(p, ",")) {
        if (pz_at(p, "]"))
            break;
        rv_node_t *e = star_named_expression(p);
        if (!e)
            return NULL;
        pz_push(p, &n->u.seq.elts, e);
    }
    if (!pz_expect(p, "]"))
        return NULL;
    pz_end(p, n);
    return n;
}


/* At a dict item's ':': CPython's "expression expected after dictionary key
 * and ':'" when a '}' or ',' follows it. */
static bool value_follows_colon(parser_t *p)
{
    const rv_token_t *colon = pz_peek(p), *next = pz_peek_at(p, 1);
    if (pz_is(next, "}") || pz_is(next, ",")) {
        pz_error_at(p, colon, "expression expected after dictionary key and ':'");
        return false;
    }
    return true;
}

static rv_node_t *brace_display(parser_t *p, const rv_token_t *open)
{
    if (pz_accept(p, "}")) {
        rv_node_t *d = pz_node(p, RV_N_DICT, open);
        pz_end(p, d);
        return d;
    }
    /* The first item decides: key: value / **mapping -> dict, else set. */
    rv_node_t *key = NULL, *value = NULL;
    if (pz_accept(p, "**")) {
        value = bitwise_or(p);
        if (!value)
            return NULL;
    } else {
        key = star_named_expression(p);
        if (!key)
            return NULL;
        if (pz_at(p, ":")) {
            if (!value_follows_colon(p))
                return NULL;
            pz_next(p);
            value = pz_expression(p);
            if (!value)
                return NULL;
        }
    }
    if (value) {
        if (key && (pz_at(p, "for") || pz_at(p, "async"))) {
            rv_node_t *c = comprehension_tail(p, RV_N_DICTCOMP, open, key, value);
            if (!c || !pz_expect(p, "}"))
                return NULL;
            pz_end(p, c);
            return c;
        }
        rv_node_t *d = pz_node(p, RV_N_DICT, open);
        pz_push(p, &d->u.dict.keys, key);
        pz_push(p, &d->u.dict.values, value);
        while (pz_accept(p, ",")) {
            if (pz_at(p, "}"))
                break;
            if (pz_accept(p, "**")) {
                rv_node_t *v = bitwise_or(p);
                if (!v)
                    return NULL;
                pz_push(p, &d->u.dict.keys, NULL);
                pz_push(p, &d->u.dict.values, v);
                continue;
            }
            rv_node_t *k = pz_expression(p);
            if (!k)
                return NULL;
            if (!pz_at(p, ":"))
                return pz_error_at(p, pz_peek(p), "':' expected after dictionary key");
            if (!value_follows_colon(p))
                return NULL;
            pz_next(p);
            rv_node_t *v = pz_expression(p);
            if (!v)
                return NULL;
            pz_push(p, &d->u.dict.keys, k);
            pz_push(p, &d->u.dict.values, v);
        }
        if (!pz_expect(p, "}"))
            return NULL;
        pz_end(p, d);
        return d;
    }
    if (pz_at(p, "for") || pz_at(p, "async")) {
        rv_node_t *c = comprehension_tail(p, RV_N_SETCOMP, open, key, NULL);
        if (!c || !pz_expect(p, "}"))
            return NULL;
        pz_end(p, c);
        return c;
    }
    rv_node_t *s = pz_node(p, RV_N_SET, open);
    pz_push(p, &s->u.set.elts, key);
    while (pz_accept(p, ",")) {
        if (pz_at(p, "}"))
            break;
        rv_node_t *e = star_named_expression(p);
        if (!e)
            return NULL;
        pz_push(p, &s->u.set.elts, e);
    }
    if (!pz_expect(p, "}"))
        return NULL;
    pz_end(p, s);
    return s;
}

static rv_node_t *constant(parser_t *p, const rv_token_t *t, rv_obj_t *v)
{
    rv_node_t *n = pz_node(p, RV_N_CONSTANT, t);
    n->u.constant.value = rv_incref(v);
    rv_arena_keep(p->arena, v);
    return n;
}

static rv_node_t *atom(parser_t *p)
{
    const rv_token_t *t = pz_peek(p);
    switch (t->kind) {
    case RV_T_NAME:
        if (pz_is(t, "None"))
            return pz_next(p), constant(p, t, rv_None);
        if (pz_is(t, "True"))
            return pz_next(p), constant(p, t, rv_True);
        if (pz_is(t, "False"))
            return pz_next(p), constant(p, t, rv_False);
        if (pz_is_keyword(t))
            return fail_here(p);
        {
            pz_next(p);
            rv_node_t *n = pz_node(p, RV_N_NAME, t);
            n->u.name.id = pz_name(p, t);
            n->u.name.ctx = RV_LOAD;
            return n;
        }
    case RV_T_NUMBER:
        pz_next(p);
        return pz_number(p, t);
    case RV_T_STRING:
        return pz_strings(p);
    case RV_T_OP: {
        if (!pz_enter(p))
            return NULL;
        rv_node_t *r = NULL;
        if (pz_is(t, "(")) {
            pz_next(p);
            r = paren(p, t);
        } else if (pz_is(t, "[")) {
            pz_next(p);
            r = list_display(p, t);
        } else if (pz_is(t, "{")) {
            pz_next(p);
            r = brace_display(p, t);
        } else if (pz_is(t, "...")) {
            pz_next(p);
            r = constant(p, t, rv_Ellipsis);
        } else {
            r = fail_here(p);
        }
        p->depth--;
        return r;
    }
    default:
        return fail_here(p);
    }
}
