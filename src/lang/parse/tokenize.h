/* src/lang/parse/tokenize.h - the tokenizer: UTF-8 source to a token array with
 * INDENT/DEDENT, implicit line joining inside brackets and CPython's
 * tokenizer error messages. */
#ifndef RV_LANG_TOKENIZE_H
#define RV_LANG_TOKENIZE_H

#include <stddef.h>

#include "lang/parse/ast.h"

typedef enum rv_tok_kind {
    RV_T_END, RV_T_NEWLINE, RV_T_INDENT, RV_T_DEDENT, RV_T_NAME, RV_T_NUMBER,
    RV_T_STRING, RV_T_OP
} rv_tok_kind_t;

typedef struct rv_token {
    rv_tok_kind_t kind;
    const char *text;      /* into the source */
    size_t len;
    int line, col;         /* 1-based line, 0-based column in code points */
    int end_line, end_col;
} rv_token_t;

typedef struct rv_tokens {
    rv_token_t *items;
    size_t len;
} rv_tokens_t;

/* Tokenizes src (NUL-terminated, len bytes).  line_offset/col_offset shift
 * positions (for f-string expressions).  Returns 0, or -1 with err set. */
/* Reads source as python3 does, in universal newline mode: "\r\n" and a
 * lone "\r" become "\n", in place (inside string literals too, so that a
 * triple-quoted string holds "\n").  Returns the new length. */
size_t rv_source_newlines(char *src, size_t len);

int rv_tokenize(const char *src, size_t len, int line_offset, int col_offset, bool in_parens,
                rv_tokens_t *out, rv_syntax_error_t *err);
void rv_tokens_free(rv_tokens_t *t);

#endif
