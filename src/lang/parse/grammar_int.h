/* src/lang/parse/grammar_int.h - state shared by the parser's files (grammar.c:
 * compound statements; grammar_stmt.c: simple statements; grammar_expr.c:
 * expressions; literal.c: strings, numbers and f-strings).  Not public. */
#ifndef RV_LANG_GRAMMAR_INT_H
#define RV_LANG_GRAMMAR_INT_H

#include "lang/parse/ast.h"
#include "lang/parse/tokenize.h"

typedef struct parser {
    rv_tokens_t toks;
    size_t pos;
    rv_syntax_error_t *err;
    struct rv_arena *arena;
    const char *source;
    int depth;
    int loop_depth;
    int func_depth;
} parser_t;

const rv_token_t *pz_peek(parser_t *p);
const rv_token_t *pz_peek_at(parser_t *p, size_t k);
const rv_token_t *pz_next(parser_t *p);
bool pz_is(const rv_token_t *t, const char *s);
bool pz_at(parser_t *p, const char *s);
bool pz_accept(parser_t *p, const char *s);
bool pz_expect(parser_t *p, const char *s);
bool pz_is_keyword(const rv_token_t *t);
void *pz_error_at(parser_t *p, const rv_token_t *t, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void *pz_error_line(parser_t *p, const rv_token_t *t, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void *pz_error_node(parser_t *p, const rv_node_t *n, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void *pz_unsupported(parser_t *p, const rv_token_t *t, const char *what);
rv_node_t *pz_node(parser_t *p, rv_node_kind_t kind, const rv_token_t *start);
void pz_end(parser_t *p, rv_node_t *n);
void pz_push(parser_t *p, rv_nodes_t *list, rv_node_t *n);
char *pz_name(parser_t *p, const rv_token_t *t);
/* What CPython's messages call an expression ("function call", "None"...). */
const char *pz_node_desc(const rv_node_t *n);
bool pz_enter(parser_t *p);
bool pz_set_context(parser_t *p, rv_node_t *n, rv_ctx_t ctx, int how);

/* grammar.c */
bool pz_block(parser_t *p, rv_nodes_t *body, const char *what, int header_line);

/* grammar_match.c */
/* Whether the line at p->pos, starting with `match`, is a match statement:
 * 1 yes, -1 a lone starred subject (invalid), 0 no.  *stop: the position
 * after the subject when one parsed, else 0.  Moves nothing. */
int pz_match_ahead(parser_t *p, size_t *stop);
rv_node_t *pz_match_stmt(parser_t *p);

/* grammar_stmt.c */
void pz_simple_stmts(parser_t *p, rv_nodes_t *body);

/* grammar_expr.c */
rv_node_t *pz_expression(parser_t *p);
rv_node_t *pz_named_expression(parser_t *p);
rv_node_t *pz_star_expressions(parser_t *p);
rv_node_t *pz_target_list(parser_t *p);   /* for-loop targets (Store) */
rv_node_t *pz_target(parser_t *p);        /* with ... as target */
rv_node_t *pz_parameters(parser_t *p, const char *closer);
bool pz_call_arguments(parser_t *p, rv_nodes_t *args, rv_nodes_t *keywords);

/* literal.c */
rv_node_t *pz_number(parser_t *p, const rv_token_t *t);
rv_node_t *pz_strings(parser_t *p);  /* one or more adjacent STRING tokens */

#endif
