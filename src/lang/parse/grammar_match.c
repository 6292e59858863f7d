/* src/lang/parse/grammar_match.c - the match statement (PEP 634) and its
 * patterns, following Python 3.11's grammar (Grammar/python.gram, match_stmt
 * to keyword_pattern) and the messages of its invalid_* rules.
 *
 * `match` and `case` are soft keywords.  CPython's PEG parser tries a match
 * statement first and backtracks; here pz_match_ahead does that as a trial
 * parse of the subject (errors go to a scratch record, the position is
 * restored): a line is a match statement when "match", a subject and ':'
 * then the line's end follow.  Anything else starting with `match` (a call
 * match(x), match = 1) is an ordinary statement.
 *
 * Where the PEG parser reports an error at the furthest token it reached,
 * the recursive descent below reports it at the token it stopped at, which
 * is the same token for these rules. */
#include <string.h>

#include "core/obj_bool.h"
#include "lang/parse/grammar_int.h"

static rv_node_t *pattern(parser_t *p);
static rv_node_t *closed_pattern(parser_t *p);

static rv_node_t *invalid_here(parser_t *p)
{
    return pz_error_at(p, pz_peek(p), "invalid syntax");
}

/* An error spanning nodes a..b (CPython's RAISE_SYNTAX_ERROR_KNOWN_RANGE). */
static void *error_range(parser_t *p, const rv_node_t *a, const rv_node_t *b, const char *msg)
{
    pz_error_node(p, a, "%s", msg);
    if (b->end_line == a->line && b->end_col > a->col)
        p->err->end_col = b->end_col + 1;
    return NULL;
}

/******************************************************************************/
/* names and literals                                                         */

/* pattern_capture_target: !"_" NAME !('.' | '(' | '=') -- the k-th token. */
static bool at_capture_target(parser_t *p, size_t k)
{
    const rv_token_t *t = pz_peek_at(p, k);
    if (t->kind != RV_T_NAME || pz_is_keyword(t) || pz_is(t, "_"))
        return false;
    const rv_token_t *n = pz_peek_at(p, k + 1);
    return !pz_is(n, ".") && !pz_is(n, "(") && !pz_is(n, "=");
}

static bool is_name(const rv_token_t *t)
{
    return t->kind == RV_T_NAME && !pz_is_keyword(t);
}

static rv_node_t *name_node(parser_t *p, const rv_token_t *t)
{
    rv_node_t *n = pz_node(p, RV_N_NAME, t);
    n->u.name.id = pz_name(p, t);
    n->u.name.ctx = RV_LOAD;
    return n;
}

/* name_or_attr: NAME ('.' NAME)* -- a Name or a chain of Attributes. */
static rv_node_t *name_or_attr(parser_t *p)
{
    const rv_token_t *start = pz_next(p);
    rv_node_t *n = name_node(p, start);
    while (pz_at(p, ".")) {
        pz_next(p);
        const rv_token_t *t = pz_peek(p);
        if (!is_name(t))
            return invalid_here(p);
        pz_next(p);
        rv_node_t *a = pz_node(p, RV_N_ATTRIBUTE, start);
        a->u.attribute.value = n;
        a->u.attribute.attr = pz_name(p, t);
        a->u.attribute.ctx = RV_LOAD;
        pz_end(p, a);
        n = a;
    }
    return n;
}

static bool is_imaginary(const rv_token_t *t)
{
    return t->kind == RV_T_NUMBER && (t->text[t->len - 1] == 'j' || t->text[t->len - 1] == 'J');
}

/* signed_number !('+' | '-') | complex_number, where
 *   signed_number:  NUMBER | '-' NUMBER
 *   complex_number: signed_real_number ('+' | '-') imaginary_number
 * A negative number is UnaryOp(USub, number), folded by the compiler. */
static rv_node_t *number_literal(parser_t *p)
{
    const rv_token_t *start = pz_peek(p);
    bool neg = pz_accept(p, "-");
    const rv_token_t *t = pz_peek(p);
    if (t->kind != RV_T_NUMBER)
        return invalid_here(p);
    pz_next(p);
    bool complex = pz_at(p, "+") || pz_at(p, "-");
    if (complex && is_imaginary(t))
        return pz_error_at(p, t, "real number required in complex literal");
    if (complex) {
        pz_next(p);
        const rv_token_t *im = pz_peek(p);
        if (im->kind != RV_T_NUMBER)
            return invalid_here(p);
        if (!is_imaginary(im))
            return pz_error_at(p, im, "imaginary number required in complex literal");
        pz_next(p);
        if (pz_at(p, "+") || pz_at(p, "-"))
            return invalid_here(p);
        return pz_unsupported(p, im, "complex numbers");
    }
    rv_node_t *num = pz_number(p, t);
    if (!num || !neg)
        return num;
    rv_node_t *n = pz_node(p, RV_N_UNARYOP, start);
    n->u.unaryop.op = RV_U_USUB;
    n->u.unaryop.operand = num;
    pz_end(p, n);
    return n;
}

static rv_node_t *constant_node(parser_t *p, const rv_token_t *t, rv_obj_t *v)
{
    rv_node_t *n = pz_node(p, RV_N_CONSTANT, t);
    n->u.constant.value = rv_incref(v);
    rv_arena_keep(p->arena, v);
    return n;
}

static rv_obj_t *singleton_of(const rv_token_t *t)
{
    return pz_is(t, "None") ? rv_None : pz_is(t, "True") ? rv_True : pz_is(t, "False") ? rv_False
                                                                                        : NULL;
}

/* literal_expr | attr: a mapping pattern's key. */
static rv_node_t *mapping_key(parser_t *p)
{
    const rv_token_t *t = pz_peek(p);
    if (t->kind == RV_T_NUMBER || pz_is(t, "-"))
        return number_literal(p);
    if (t->kind == RV_T_STRING)
        return pz_strings(p);
    if (singleton_of(t))
        return pz_next(p), constant_node(p, t, singleton_of(t));
    if (is_name(t)) {
        /* attr: name_or_attr '.' NAME -- a plain name fails at the token
         * after it, where the '.' should be */
        rv_node_t *n = name_or_attr(p);
        if (n && (n->kind == RV_N_NAME || pz_at(p, "(")))
            return invalid_here(p);
        return n;
    }
    return invalid_here(p);
}

/******************************************************************************/
/* patterns                                                                   */

static rv_node_t *value_pattern(parser_t *p, const rv_token_t *start, rv_node_t *value)
{
    if (!value)
        return NULL;
    rv_node_t *n = pz_node(p, RV_N_MATCHVALUE, start);
    n->u.matchvalue.value = value;
    pz_end(p, n);
    return n;
}

/* star_pattern: '*' pattern_capture_target | '*' wildcard_pattern */
static rv_node_t *maybe_star_pattern(parser_t *p)
{
    const rv_token_t *star = pz_peek(p);
    if (!pz_is(star, "*"))
        return pattern(p);
    pz_next(p);
    const rv_token_t *t = pz_peek(p);
    rv_node_t *n = pz_node(p, RV_N_MATCHSTAR, star);
    if (at_capture_target(p, 0))
        n->u.matchstar.name = pz_name(p, t);
    else if (is_name(t) && !pz_is(t, "_"))
        return pz_next(p), invalid_here(p); /* a name followed by '.', '(' or '=' */
    else if (!pz_is(t, "_"))
        return invalid_here(p);
    pz_next(p);
    pz_end(p, n);
    return n;
}

/* The items of a sequence pattern up to closer: ','.maybe_star_pattern+ ','? */
static bool sequence_items(parser_t *p, rv_nodes_t *items, const char *closer)
{
    while (!pz_at(p, closer)) {
        rv_node_t *e = maybe_star_pattern(p);
        if (!e)
            return false;
        pz_push(p, items, e);
        if (!pz_accept(p, ","))
            break;
    }
    if (!pz_at(p, closer)) {
        invalid_here(p);
        return false;
    }
    pz_next(p);
    return true;
}

/* group_pattern: '(' pattern ')' (the pattern itself) |
 * sequence_pattern: '(' open_sequence_pattern? ')' */
static rv_node_t *paren_pattern(parser_t *p)
{
    const rv_token_t *open = pz_next(p);
    rv_node_t *seq = pz_node(p, RV_N_MATCHSEQUENCE, open);
    if (pz_accept(p, ")")) {
        pz_end(p, seq);
        return seq;
    }
    rv_node_t *first = maybe_star_pattern(p);
    if (!first)
        return NULL;
    if (!pz_accept(p, ",")) {
        if (first->kind == RV_N_MATCHSTAR || !pz_at(p, ")"))
            return invalid_here(p);
        pz_next(p);
        return first;
    }
    pz_push(p, &seq->u.matchseq.patterns, first);
    if (!sequence_items(p, &seq->u.matchseq.patterns, ")"))
        return NULL;
    pz_end(p, seq);
    return seq;
}

/* mapping_pattern: '{' [items_pattern] [',' '**' pattern_capture_target] [','] '}' */
static rv_node_t *mapping_pattern(parser_t *p)
{
    const rv_token_t *open = pz_next(p);
    rv_node_t *n = pz_node(p, RV_N_MATCHMAPPING, open);
    while (!pz_at(p, "}")) {
        if (pz_accept(p, "**")) {
            if (!at_capture_target(p, 0))
                return invalid_here(p);
            n->u.matchmapping.rest = pz_name(p, pz_next(p));
            pz_accept(p, ",");
            break;
        }
        rv_node_t *key = mapping_key(p);
        if (!key)
            return NULL;
        if (!pz_accept(p, ":"))
            return invalid_here(p);
        rv_node_t *value = pattern(p);
        if (!value)
            return NULL;
        pz_push(p, &n->u.matchmapping.keys, key);
        pz_push(p, &n->u.matchmapping.patterns, value);
        if (!pz_accept(p, ","))
            break;
    }
    if (!pz_at(p, "}"))
        return invalid_here(p);
    pz_next(p);
    pz_end(p, n);
    return n;
}

/* class_pattern: name_or_attr '(' [positional_patterns] [keyword_patterns] [','] ')'
 * keyword_pattern: NAME '=' pattern.  A positional pattern after a keyword
 * one is invalid_class_pattern's error, over the run of such patterns. */
static rv_node_t *class_pattern(parser_t *p, const rv_token_t *start, rv_node_t *cls)
{
    rv_node_t *n = pz_node(p, RV_N_MATCHCLASS, start);
    n->u.matchclass.cls = cls;
    pz_next(p); /* ( */
    size_t cap = 0;
    bool keywords = false;
    const rv_node_t *bad_first = NULL, *bad_last = NULL;
    bool bad_run = false;
    while (!pz_at(p, ")")) {
        const rv_token_t *t = pz_peek(p);
        if (is_name(t) && pz_is(pz_peek_at(p, 1), "=")) {
            pz_next(p);
            pz_next(p);
            rv_node_t *v = pattern(p);
            if (!v)
                return NULL;
            rv_nodes_t *kw = &n->u.matchclass.kwd_patterns;
            if (kw->len == cap) {
                cap = cap ? cap * 2 : 4;
                const char **names = rv_arena_alloc(p->arena, cap * sizeof *names);
                if (kw->len)
                    memcpy(names, n->u.matchclass.kwd_attrs, kw->len * sizeof *names);
                n->u.matchclass.kwd_attrs = names;
            }
            n->u.matchclass.kwd_attrs[kw->len] = pz_name(p, t);
            pz_push(p, kw, v);
            keywords = true;
            bad_run = false;
        } else {
            rv_node_t *v = pattern(p);
            if (!v)
                return NULL;
            if (keywords && (!bad_first || bad_run)) {
                if (!bad_first)
                    bad_first = v;
                bad_last = v;
                bad_run = true;
            }
            pz_push(p, &n->u.matchclass.patterns, v);
        }
        if (!pz_accept(p, ","))
            break;
    }
    if (bad_first)
        return error_range(p, bad_first, bad_last, "positional patterns follow keyword patterns");
    if (!pz_at(p, ")"))
        return invalid_here(p);
    pz_next(p);
    pz_end(p, n);
    return n;
}

/* closed_pattern: literal_pattern | capture_pattern | wildcard_pattern |
 *     value_pattern | group_pattern | sequence_pattern | mapping_pattern |
 *     class_pattern */
static rv_node_t *closed_pattern(parser_t *p)
{
    const rv_token_t *t = pz_peek(p);
    if (t->kind == RV_T_NUMBER || pz_is(t, "-"))
        return value_pattern(p, t, number_literal(p));
    if (t->kind == RV_T_STRING)
        return value_pattern(p, t, pz_strings(p));
    if (singleton_of(t)) {
        pz_next(p);
        rv_node_t *n = pz_node(p, RV_N_MATCHSINGLETON, t);
        n->u.matchsingleton.value = singleton_of(t);
        return n;
    }
    if (is_name(t)) {
        if (pz_is(t, "_")) {
            /* wildcard_pattern comes before value and class patterns in the
             * ordered choice: `_.x` and `_()` fail after it. */
            pz_next(p);
            return pz_node(p, RV_N_MATCHAS, t);
        }
        if (at_capture_target(p, 0)) {
            pz_next(p);
            rv_node_t *n = pz_node(p, RV_N_MATCHAS, t);
            n->u.matchas.name = pz_name(p, t);
            return n;
        }
        rv_node_t *cls = name_or_attr(p);
        if (!cls)
            return NULL;
        if (pz_at(p, "("))
            return class_pattern(p, t, cls);
        if (cls->kind == RV_N_NAME || pz_at(p, "="))
            return invalid_here(p);
        return value_pattern(p, t, cls);
    }
    if (!pz_enter(p))
        return NULL;
    rv_node_t *r;
    if (pz_is(t, "(")) {
        r = paren_pattern(p);
    } else if (pz_is(t, "[")) {
        pz_next(p);
        r = pz_node(p, RV_N_MATCHSEQUENCE, t);
        if (!sequence_items(p, &r->u.matchseq.patterns, "]"))
            r = NULL;
        else
            pz_end(p, r);
    } else if (pz_is(t, "{")) {
        r = mapping_pattern(p);
    } else {
        r = invalid_here(p);
    }
    p->depth--;
    return r;
}

/* or_pattern: '|'.closed_pattern+ */
static rv_node_t *or_pattern(parser_t *p)
{
    const rv_token_t *start = pz_peek(p);
    rv_node_t *first = closed_pattern(p);
    if (!first || !pz_at(p, "|"))
        return first;
    rv_node_t *n = pz_node(p, RV_N_MATCHOR, start);
    pz_push(p, &n->u.matchseq.patterns, first);
    while (pz_accept(p, "|")) {
        rv_node_t *e = closed_pattern(p);
        if (!e)
            return NULL;
        pz_push(p, &n->u.matchseq.patterns, e);
    }
    pz_end(p, n);
    return n;
}

/* pattern: or_pattern 'as' pattern_capture_target | or_pattern
 * (invalid_as_pattern: `as _`, and `as` followed by no name) */
static rv_node_t *pattern(parser_t *p)
{
    const rv_token_t *start = pz_peek(p);
    rv_node_t *orp = or_pattern(p);
    if (!orp || !pz_at(p, "as"))
        return orp;
    pz_next(p);
    const rv_token_t *t = pz_peek(p);
    if (pz_is(t, "_"))
        return pz_error_at(p, t, "cannot use '_' as a target");
    if (!is_name(t)) {
        rv_node_t *e = pz_expression(p);
        return e ? pz_error_node(p, e, "invalid pattern target") : NULL;
    }
    if (!at_capture_target(p, 0)) {
        pz_next(p);
        return invalid_here(p);
    }
    pz_next(p);
    rv_node_t *n = pz_node(p, RV_N_MATCHAS, start);
    n->u.matchas.pattern = orp;
    n->u.matchas.name = pz_name(p, t);
    pz_end(p, n);
    return n;
}

/* patterns: open_sequence_pattern | pattern, where
 *   open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern? */
static rv_node_t *patterns(parser_t *p)
{
    const rv_token_t *start = pz_peek(p);
    rv_node_t *first = maybe_star_pattern(p);
    if (!first)
        return NULL;
    if (!pz_at(p, ",")) {
        if (first->kind == RV_N_MATCHSTAR)
            return invalid_here(p);
        return first;
    }
    rv_node_t *n = pz_node(p, RV_N_MATCHSEQUENCE, start);
    pz_push(p, &n->u.matchseq.patterns, first);
    while (pz_accept(p, ",")) {
        if (pz_at(p, ":") || pz_at(p, "if"))
            break;
        rv_node_t *e = maybe_star_pattern(p);
        if (!e)
            return NULL;
        pz_push(p, &n->u.matchseq.patterns, e);
    }
    pz_end(p, n);
    return n;
}

/******************************************************************************/
/* the statement                                                              */

/* case_block: "case" patterns guard? ':' block
 * guard: 'if' named_expression */
static rv_node_t *case_block(parser_t *p)
{
    const rv_token_t *kw = pz_next(p);
    rv_node_t *pat = patterns(p);
    if (!pat)
        return NULL;
    rv_node_t *n = pz_node(p, RV_N_MATCH_CASE, kw);
    n->line = pat->line;
    n->col = pat->col;
    n->end_line = pat->end_line;
    n->end_col = pat->end_col;
    n->u.match_case.pattern = pat;
    if (pz_accept(p, "if")) {
        n->u.match_case.guard = pz_named_expression(p);
        if (!n->u.match_case.guard)
            return NULL;
    }
    /* "expected ':'" only at the line's end (invalid_case_block) */
    if (!pz_at(p, ":") && pz_peek(p)->kind != RV_T_NEWLINE)
        return invalid_here(p);
    if (!pz_expect(p, ":") || !pz_block(p, &n->u.match_case.body, "'case' statement", kw->line))
        return NULL;
    return n;
}

/* subject_expr: star_named_expression ',' star_named_expressions? | named_expression */
static rv_node_t *subject(parser_t *p)
{
    return pz_star_expressions(p);
}

int pz_match_ahead(parser_t *p, size_t *stop)
{
    size_t pos = p->pos;
    int depth = p->depth;
    rv_syntax_error_t scratch = { 0 }, *err = p->err;
    p->err = &scratch;
    pz_next(p);
    rv_node_t *s = subject(p);
    *stop = p->pos;
    int r = 0;
    if (s && !scratch.set && pz_at(p, ":") && pz_peek_at(p, 1)->kind == RV_T_NEWLINE)
        r = s->kind == RV_N_STARRED ? -1 : 1;
    else if (!s || scratch.set)
        *stop = 0;
    p->err = err;
    p->pos = pos;
    p->depth = depth;
    return r;
}

/* match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT */
rv_node_t *pz_match_stmt(parser_t *p)
{
    const rv_token_t *kw = pz_next(p);
    rv_node_t *n = pz_node(p, RV_N_MATCH, kw);
    n->u.match.subject = subject(p);
    if (!n->u.match.subject || !pz_expect(p, ":"))
        return NULL;
    pz_next(p); /* NEWLINE */
    if (pz_peek(p)->kind != RV_T_INDENT) {
        pz_error_at(p, pz_peek(p), "expected an indented block after 'match' statement on line %d",
                    kw->line);
        p->err->end_col = p->err->col + 1;
        p->err->indentation = true;
        return NULL;
    }
    pz_next(p);
    do {
        if (!pz_at(p, "case"))
            return invalid_here(p);
        rv_node_t *c = case_block(p);
        if (!c)
            return NULL;
        pz_push(p, &n->u.match.cases, c);
    } while (pz_peek(p)->kind != RV_T_DEDENT && pz_peek(p)->kind != RV_T_END);
    if (pz_peek(p)->kind == RV_T_DEDENT)
        pz_next(p);
    /* It ends with its last statement, as in CPython's ast. */
    const rv_nodes_t *body = &n->u.match.cases.items[n->u.match.cases.len - 1]->u.match_case.body;
    n->end_line = body->items[body->len - 1]->end_line;
    n->end_col = body->items[body->len - 1]->end_col;
    return n;
}
