/* src/lang/parse/tokenize.c - see tokenize.h.  Follows Parser/tokenizer.c of
 * CPython 3.11 where a program can see it: the error messages and their
 * positions, tab stops of 8, the 200-level bracket limit. */
#include "lang/parse/tokenize.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "base/alloc.h"
#include "core/obj_str.h"
#include "core/ucd.h"

enum { MAX_BRACKETS = 200, MAX_INDENT = 100 };

typedef struct lexer {
    const char *src, *p, *end;
    const char *line_start;
    int line;
    int line_offset, col_offset;
    rv_tokens_t *out;
    size_t cap;
    rv_syntax_error_t *err;
    int indents[MAX_INDENT];
    int altindents[MAX_INDENT]; /* the same with a tab one column wide */
    int nindents;
    struct {
        char ch;
        int line, col;
    } brackets[MAX_BRACKETS];
    int nbrackets;
    bool at_line_start;
} lexer_t;

static int col_of(const lexer_t *lx, const char *at, const char *line_start)
{
    int col = 0;
    for (const char *q = line_start; q < at; q++)
        if (((unsigned char)*q & 0xC0) != 0x80)
            col++;
    return col + (line_start == lx->src ? lx->col_offset : 0);
}

static int fail_at(lexer_t *lx, int line, int col, bool indentation, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

static int fail_at(lexer_t *lx, int line, int col, bool indentation, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(lx->err->msg, sizeof lx->err->msg, fmt, ap);
    va_end(ap);
    lx->err->set = true;
    lx->err->indentation = indentation;
    lx->err->line = line + lx->line_offset;
    lx->err->col = col + 1;
    lx->err->end_col = col + 2;
    return -1;
}

static void emit(lexer_t *lx, rv_tok_kind_t kind, const char *start, const char *stop,
                 int line, const char *line_start)
{
    if (lx->out->len == lx->cap) {
        lx->cap = lx->cap ? lx->cap * 2 : 256;
        lx->out->items = rv_realloc(lx->out->items, lx->cap * sizeof *lx->out->items);
    }
    rv_token_t *t = &lx->out->items[lx->out->len++];
    t->kind = kind;
    t->text = start;
    t->len = (size_t)(stop - start);
    t->line = line + lx->line_offset;
    t->col = col_of(lx, start, line_start);
    t->end_line = lx->line + lx->line_offset;
    t->end_col = col_of(lx, stop, lx->line_start);
}

static bool is_name_start(unsigned char c)
{
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

static bool is_name_char(unsigned char c)
{
    return is_name_start(c) || (c >= '0' && c <= '9');
}

/* A non-ASCII name must be XID_Start then XID_Continue code points, as
 * verify_identifier checks (without its NFKC normalisation): otherwise
 * CPython's "invalid character '€' (U+20AC)", or "invalid non-printable
 * character U+00A0" for a space or format character, at that character. */
static int check_identifier(lexer_t *lx, const char *start, const char *stop)
{
    for (const char *q = start; q < stop;) {
        const char *at = q;
        if ((unsigned char)*q < 0x80) {
            q++;
            continue;
        }
        uint32_t cp = rv_utf8_decode(&q);
        if (rv_ucd_has(cp, at == start ? RV_UCD_XID_START : RV_UCD_XID_CONTINUE))
            continue;
        int col = col_of(lx, at, lx->line_start);
        if (!rv_ucd_has(cp, RV_UCD_PRINTABLE))
            return fail_at(lx, lx->line, col, false, "invalid non-printable character U+%04X",
                           (unsigned)cp);
        return fail_at(lx, lx->line, col, false, "invalid character '%.*s' (U+%04X)",
                       (int)(q - at), at, (unsigned)cp);
    }
    return 0;
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* Whether q[0..n) is a well-formed UTF-8 sequence: no overlong form, no
 * surrogate, nothing past U+10FFFF (the decoder CPython reads files with
 * refuses them all). */
static bool utf8_well_formed(const unsigned char *q, size_t n)
{
    for (size_t i = 1; i < n; i++)
        if ((q[i] & 0xC0) != 0x80)
            return false;
    if (n == 2)
        return q[0] >= 0xC2;
    if (n == 3)
        return !(q[0] == 0xE0 && q[1] < 0xA0) && !(q[0] == 0xED && q[1] >= 0xA0);
    if (n == 4)
        return !(q[0] == 0xF0 && q[1] < 0x90) && !(q[0] == 0xF4 && q[1] >= 0x90) && q[0] <= 0xF4;
    return true;
}

/* Validates the whole source up front: no NUL byte (CPython 3.11.4+'s
 * "source code cannot contain null bytes", about the NUL's line, with no
 * caret) and well-formed UTF-8. */
static int check_utf8(lexer_t *lx)
{
    const char *nul = memchr(lx->src, '\0', (size_t)(lx->end - lx->src));
    if (nul) {
        int nl = 1;
        for (const char *q = lx->src; q < nul; q++)
            nl += *q == '\n';
        return fail_at(lx, nl, -1, false, "source code cannot contain null bytes");
    }
    int line = 1;
    for (const unsigned char *q = (const unsigned char *)lx->src;
         q < (const unsigned char *)lx->end;) {
        unsigned char c = *q;
        size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        bool ok = n > 0 && q + n <= (const unsigned char *)lx->end && utf8_well_formed(q, n);
        if (!ok)
            return fail_at(lx, line, 0, false,
                           "(unicode error) 'utf-8' codec can't decode byte 0x%02x: invalid "
                           "start byte",
                           c);
        if (c == '\n')
            line++;
        q += n;
    }
    return 0;
}

static const char *const ops3[] = { "**=", "//=", ">>=", "<<=", "...", NULL };
static const char *const ops2[] = { "->", ":=", "**", "//", "<<", ">>", "<=", ">=", "==", "!=",
                                    "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", NULL };

static size_t match_op(const char *p, const char *end)
{
    for (size_t i = 0; ops3[i]; i++)
        if (end - p >= 3 && memcmp(p, ops3[i], 3) == 0)
            return 3;
    for (size_t i = 0; ops2[i]; i++)
        if (end - p >= 2 && memcmp(p, ops2[i], 2) == 0)
            return 2;
    if (strchr("()[]{}:,;.+-*/%&|^~<>=@", *p) && *p)
        return 1;
    return 0;
}

/* Whether c is a digit of a literal in base 2, 8 or 16. */
static bool radix_digit(char c, int base)
{
    if (base == 16)
        return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    return c >= '0' && c < '0' + base;
}

/* The keywords that may follow a number in valid code ("1if x else 2"):
 * CPython 3.11 only warns about them. */
static bool keyword_follows(const char *q, const char *end)
{
    static const char *const words[] = { "and", "else", "for", "if", "in", "is", "or", "not",
                                         NULL };
    for (size_t i = 0; words[i]; i++) {
        size_t n = strlen(words[i]);
        if ((size_t)(end - q) >= n && memcmp(q, words[i], n) == 0)
            return true;
    }
    return false;
}

/* A 0x, 0o or 0b literal from *qp, checked as CPython 3.11's tokenizer
 * checks it, with its messages and caret: "invalid digit '8' in octal
 * literal" under the digit, "invalid octal literal" under the last
 * character read before the offending one. */
static int lex_radix(lexer_t *lx, const char **qp, int line, const char *ls)
{
    const char *q = *qp + 2;
    char k = (*qp)[1] | 0x20;
    int base = k == 'x' ? 16 : k == 'o' ? 8 : 2;
    const char *kind = k == 'x' ? "hexadecimal" : k == 'o' ? "octal" : "binary";
    for (;;) {
        if (q < lx->end && *q == '_')
            q++;
        if (q >= lx->end || !radix_digit(*q, base)) {
            if (q < lx->end && is_digit(*q))
                return fail_at(lx, line, col_of(lx, q, ls), false,
                               "invalid digit '%c' in %s literal", *q, kind);
            return fail_at(lx, line, col_of(lx, q, ls) - 1, false, "invalid %s literal", kind);
        }
        while (q < lx->end && radix_digit(*q, base))
            q++;
        if (q >= lx->end || *q != '_')
            break;
    }
    if (q < lx->end && is_digit(*q))
        return fail_at(lx, line, col_of(lx, q, ls), false, "invalid digit '%c' in %s literal",
                       *q, kind);
    if (q < lx->end && is_name_char((unsigned char)*q) && !keyword_follows(q, lx->end))
        return fail_at(lx, line, col_of(lx, q, ls) - 1, false, "invalid %s literal", kind);
    *qp = q;
    return 0;
}

static int lex_number(lexer_t *lx)
{
    const char *start = lx->p, *q = lx->p;
    int line = lx->line;
    const char *ls = lx->line_start;
    if (*q == '0' && q + 1 < lx->end && strchr("xXoObB", q[1]) && q[1]) {
        if (lex_radix(lx, &q, line, ls) < 0)
            return -1;
    } else {
        while (q < lx->end && (is_digit(*q) || *q == '_'))
            q++;
        if (q < lx->end && *q == '.') {
            q++;
            while (q < lx->end && (is_digit(*q) || *q == '_'))
                q++;
        }
        if (q < lx->end && (*q == 'e' || *q == 'E')) {
            const char *e = q + 1;
            if (e < lx->end && (*e == '+' || *e == '-'))
                e++;
            if (e < lx->end && is_digit(*e)) {
                q = e;
                while (q < lx->end && (is_digit(*q) || *q == '_'))
                    q++;
            }
        }
        if (q < lx->end && (*q == 'j' || *q == 'J'))
            q++;
        if (q < lx->end && is_name_start((unsigned char)*q)) {
            return fail_at(lx, line, col_of(lx, start, ls), false, "invalid decimal literal");
        }
        /* "0123" is an error; "0", "00", "0.5" and "0e1" are not. */
        bool is_int = true;
        for (const char *r = start; r < q; r++)
            if (*r == '.' || *r == 'e' || *r == 'E' || *r == 'j' || *r == 'J')
                is_int = false;
        if (is_int && start[0] == '0') {
            for (const char *r = start; r < q; r++)
                if (*r != '0' && *r != '_')
                    return fail_at(lx, line, col_of(lx, start, ls), false,
                                   "leading zeros in decimal integer literals are not "
                                   "permitted; use an 0o prefix for octal integers");
        }
    }
    lx->p = q;
    emit(lx, RV_T_NUMBER, start, q, line, ls);
    return 0;
}

/* The prefixes CPython 3.11 accepts, in any case: r, u, f, b, and the pairs
 * fr, rf, br, rb ("bu", "ub", "bf" are a name followed by a string). */
static bool string_prefix(const char *s, size_t n)
{
    char a = n ? (char)(s[0] | 0x20) : 0, b = n > 1 ? (char)(s[1] | 0x20) : 0;
    if (n == 1)
        return strchr("rufb", a) != NULL;
    if (n != 2)
        return false;
    return (a == 'r' && (b == 'f' || b == 'b')) || ((a == 'f' || a == 'b') && b == 'r');
}

static int lex_string(lexer_t *lx, const char *start)
{
    /* start: the prefix; lx->p: the opening quote. */
    const char *q = lx->p;
    int line = lx->line;
    const char *ls = lx->line_start;
    char quote = *q;
    bool triple = q + 2 < lx->end && q[1] == quote && q[2] == quote;
    bool raw = false;
    for (const char *r = start; r < lx->p; r++)
        raw |= *r == 'r' || *r == 'R';
    q += triple ? 3 : 1;
    for (;;) {
        if (q >= lx->end) {
            if (triple)
                return fail_at(lx, line, col_of(lx, start, ls), false,
                               "unterminated triple-quoted string literal (detected at line %d)",
                               lx->line + lx->line_offset);
            return fail_at(lx, line, col_of(lx, start, ls), false,
                           "unterminated string literal (detected at line %d)",
                           lx->line + lx->line_offset);
        }
        char c = *q;
        if (c == '\\' && q + 1 < lx->end) {
            if (q[1] == '\n') {
                lx->line++;
                lx->line_start = q + 2;
            }
            q += 2;
            continue;
        }
        (void)raw;
        if (c == '\n') {
            if (!triple)
                return fail_at(lx, line, col_of(lx, start, ls), false,
                               "unterminated string literal (detected at line %d)",
                               lx->line + lx->line_offset);
            lx->line++;
            lx->line_start = q + 1;
            q++;
            continue;
        }
        if (c == quote) {
            if (!triple) {
                q++;
                break;
            }
            if (q + 2 < lx->end + 0 && q[1] == quote && q[2] == quote) {
                q += 3;
                break;
            }
            if (q + 2 == lx->end && q[1] == quote) {
                q++;
                continue;
            }
        }
        q++;
    }
    lx->p = q;
    emit(lx, RV_T_STRING, start, q, line, ls);
    return 0;
}

static int bracket_open(lexer_t *lx, char c)
{
    if (lx->nbrackets >= MAX_BRACKETS)
        return fail_at(lx, lx->line, col_of(lx, lx->p, lx->line_start), false,
                       "too many nested parentheses");
    lx->brackets[lx->nbrackets].ch = c;
    lx->brackets[lx->nbrackets].line = lx->line;
    lx->brackets[lx->nbrackets].col = col_of(lx, lx->p, lx->line_start);
    lx->nbrackets++;
    return 0;
}

static int bracket_close(lexer_t *lx, char c)
{
    int col = col_of(lx, lx->p, lx->line_start);
    if (lx->nbrackets == 0)
        return fail_at(lx, lx->line, col, false, "unmatched '%c'", c);
    char open = lx->brackets[lx->nbrackets - 1].ch;
    char want = open == '(' ? ')' : open == '[' ? ']' : '}';
    if (c != want) {
        if (lx->brackets[lx->nbrackets - 1].line != lx->line)
            return fail_at(lx, lx->line, col, false,
                           "closing parenthesis '%c' does not match opening parenthesis '%c' on "
                           "line %d",
                           c, open, lx->brackets[lx->nbrackets - 1].line + lx->line_offset);
        return fail_at(lx, lx->line, col, false,
                       "closing parenthesis '%c' does not match opening parenthesis '%c'", c,
                       open);
    }
    lx->nbrackets--;
    return 0;
}

/* At the start of a logical line: measure indentation and emit
 * INDENT/DEDENT.  Returns 1 when the line is blank or a comment. */
/* TabError: the indentation compares differently when a tab is one
 * column wide than when it reaches the next multiple of 8 (tok_get's col
 * and altcol), so its meaning hangs on the tab size. */
static int tab_error(lexer_t *lx)
{
    fail_at(lx, lx->line, -1, true, "inconsistent use of tabs and spaces in indentation");
    lx->err->tab = true;
    return -1;
}

static int indentation(lexer_t *lx)
{
    int col = 0, altcol = 0;
    const char *q = lx->p;
    while (q < lx->end && (*q == ' ' || *q == '\t' || *q == '\f')) {
        col = *q == '\t' ? (col / 8 + 1) * 8 : *q == '\f' ? 0 : col + 1;
        altcol = *q == '\f' ? 0 : altcol + 1;
        q++;
    }
    if (q >= lx->end || *q == '#' || *q == '\n' || (*q == '\r' && q[1] == '\n') ||
        (*q == '\\' && q + 1 < lx->end && q[1] == '\n')) {
        lx->p = q;
        return 1;
    }
    lx->p = q;
    int cur = lx->indents[lx->nindents - 1];
    if (col == cur) {
        if (altcol != lx->altindents[lx->nindents - 1])
            return tab_error(lx);
    } else if (col > cur) {
        if (lx->nindents >= MAX_INDENT)
            return fail_at(lx, lx->line, 0, true, "too many levels of indentation");
        if (altcol <= lx->altindents[lx->nindents - 1])
            return tab_error(lx);
        lx->altindents[lx->nindents] = altcol;
        lx->indents[lx->nindents++] = col;
        emit(lx, RV_T_INDENT, lx->line_start, q, lx->line, lx->line_start);
    } else {
        while (col < lx->indents[lx->nindents - 1]) {
            lx->nindents--;
            emit(lx, RV_T_DEDENT, q, q, lx->line, lx->line_start);
        }
        if (col != lx->indents[lx->nindents - 1])
            return fail_at(lx, lx->line, col_of(lx, q, lx->line_start), true,
                           "unindent does not match any outer indentation level");
        if (altcol != lx->altindents[lx->nindents - 1])
            return tab_error(lx);
    }
    return 0;
}

size_t rv_source_newlines(char *src, size_t len)
{
    size_t w = 0;
    for (size_t r = 0; r < len; r++) {
        if (src[r] != '\r') {
            src[w++] = src[r];
            continue;
        }
        src[w++] = '\n';
        if (r + 1 < len && src[r + 1] == '\n')
            r++;
    }
    if (w < len)
        src[w] = '\0';
    return w;
}

int rv_tokenize(const char *src, size_t len, int line_offset, int col_offset, bool in_parens,
                rv_tokens_t *out, rv_syntax_error_t *err)
{
    lexer_t lx = { 0 };
    lx.src = lx.p = lx.line_start = src;
    lx.end = src + len;
    lx.line = 1;
    lx.line_offset = line_offset;
    lx.col_offset = col_offset;
    lx.out = out;
    lx.err = err;
    lx.nindents = 1;
    lx.at_line_start = !in_parens;
    if (in_parens) {
        lx.brackets[0].ch = '(';
        lx.nbrackets = 1;
    }
    out->items = NULL;
    out->len = 0;
    if (check_utf8(&lx) < 0)
        return -1;
    /* A UTF-8 byte order mark is allowed at the very start. */
    if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0)
        lx.p = lx.line_start = src + 3; /* columns count from after it */

    while (lx.p < lx.end) {
        if (lx.at_line_start) {
            lx.at_line_start = false;
            int r = indentation(&lx);
            if (r < 0)
                goto fail;
            /* A last line of only whitespace (form feeds too) ends here. */
            if (lx.p >= lx.end)
                break;
        }
        char c = *lx.p;
        if (c == ' ' || c == '\t' || c == '\f' || c == '\r') {
            lx.p++;
            continue;
        }
        if (c == '#') {
            while (lx.p < lx.end && *lx.p != '\n')
                lx.p++;
            continue;
        }
        if (c == '\\') {
            const char *q = lx.p + 1;
            if (q < lx.end && *q == '\r')
                q++;
            /* A continuation with nothing after it: the file ends inside the
             * statement (the model ran the statement before and exited 0). */
            if (q < lx.end && *q == '\n' && q + 1 >= lx.end)
                return fail_at(&lx, lx.line, col_of(&lx, q, lx.line_start), false,
                               "unexpected EOF while parsing");
            if (q < lx.end && *q == '\n') {
                lx.p = q + 1;
                lx.line++;
                lx.line_start = lx.p;
                continue;
            }
            if (q >= lx.end)
                return fail_at(&lx, lx.line, col_of(&lx, lx.p, lx.line_start), false,
                               "unexpected EOF while parsing");
            return fail_at(&lx, lx.line, col_of(&lx, q, lx.line_start), false,
                           "unexpected character after line continuation character");
        }
        if (c == '\n') {
            bool logical = lx.nbrackets == 0 && lx.out->len > 0 &&
                           lx.out->items[lx.out->len - 1].kind != RV_T_NEWLINE &&
                           lx.out->items[lx.out->len - 1].kind != RV_T_INDENT &&
                           lx.out->items[lx.out->len - 1].kind != RV_T_DEDENT;
            if (logical)
                emit(&lx, RV_T_NEWLINE, lx.p, lx.p + 1, lx.line, lx.line_start);
            lx.p++;
            lx.line++;
            lx.line_start = lx.p;
            if (lx.nbrackets == 0)
                lx.at_line_start = true;
            continue;
        }
        if (is_digit(c) || (c == '.' && lx.p + 1 < lx.end && is_digit(lx.p[1]))) {
            if (lex_number(&lx) < 0)
                goto fail;
            continue;
        }
        if (is_name_start((unsigned char)c)) {
            const char *start = lx.p;
            while (lx.p < lx.end && is_name_char((unsigned char)*lx.p))
                lx.p++;
            size_t n = (size_t)(lx.p - start);
            if (lx.p < lx.end && (*lx.p == '\'' || *lx.p == '"') && string_prefix(start, n)) {
                if (lex_string(&lx, start) < 0)
                    goto fail;
                continue;
            }
            if (check_identifier(&lx, start, lx.p) < 0)
                goto fail;
            emit(&lx, RV_T_NAME, start, lx.p, lx.line, lx.line_start);
            continue;
        }
        if (c == '\'' || c == '"') {
            if (lex_string(&lx, lx.p) < 0)
                goto fail;
            continue;
        }
        size_t n = match_op(lx.p, lx.end);
        if (n) {
            if (n == 1 && (c == '(' || c == '[' || c == '{') && bracket_open(&lx, c) < 0)
                goto fail;
            if (n == 1 && (c == ')' || c == ']' || c == '}') && bracket_close(&lx, c) < 0)
                goto fail;
            emit(&lx, RV_T_OP, lx.p, lx.p + n, lx.line, lx.line_start);
            lx.p += n;
            continue;
        }
        if (c == '!')
            return fail_at(&lx, lx.line, col_of(&lx, lx.p, lx.line_start), false,
                           "invalid syntax");
        if (c == '$' || c == '?' || c == '`')
            return fail_at(&lx, lx.line, col_of(&lx, lx.p, lx.line_start), false,
                           "invalid syntax");
        return fail_at(&lx, lx.line, col_of(&lx, lx.p, lx.line_start), false,
                       "invalid character '%c' (U+%04X)", c, (unsigned)(unsigned char)c);
    }
    if (lx.nbrackets > (in_parens ? 1 : 0)) {
        int i = in_parens ? 1 : lx.nbrackets - 1;
        if (!in_parens)
            i = lx.nbrackets - 1;
        return fail_at(&lx, lx.brackets[i].line, lx.brackets[i].col, false,
                       "'%c' was never closed", lx.brackets[i].ch);
    }
    if (lx.out->len && lx.out->items[lx.out->len - 1].kind != RV_T_NEWLINE &&
        lx.out->items[lx.out->len - 1].kind != RV_T_DEDENT &&
        lx.out->items[lx.out->len - 1].kind != RV_T_INDENT && !in_parens)
        emit(&lx, RV_T_NEWLINE, lx.p, lx.p, lx.line, lx.line_start);
    while (lx.nindents > 1) {
        lx.nindents--;
        emit(&lx, RV_T_DEDENT, lx.p, lx.p, lx.line, lx.line_start);
    }
    emit(&lx, RV_T_END, lx.p, lx.p, lx.line, lx.line_start);
    return 0;
fail:
    return -1;
}

void rv_tokens_free(rv_tokens_t *t)
{
    rv_free(t->items);
    t->items = NULL;
    t->len = 0;
}
