/* src/lang/parse/literal.c - number and string literals: escapes, adjacent
 * literal concatenation, and f-strings (the Python 3.11 rules: the
 * expression parts are parsed by a nested parser over their text). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "base/buf.h"
#include "core/exc.h"
#include "core/obj_bytes.h"
#include "core/obj_float.h"
#include "core/obj_int.h"
#include "core/obj_str.h"
#include "lang/parse/grammar_int.h"

static rv_node_t *constant_node(parser_t *p, const rv_token_t *t, rv_obj_t *v_steal)
{
    rv_node_t *n = pz_node(p, RV_N_CONSTANT, t);
    n->u.constant.value = v_steal;
    rv_arena_keep(p->arena, rv_incref(v_steal));
    rv_decref(v_steal);
    return n;
}

/* Whether the pending exception is the ValueError of the 4300-digit limit,
 * the only one a valid int literal can meet; if so its message goes to msg.
 * The exception is cleared either way. */
static bool take_digit_limit_error(char *msg, size_t size)
{
    rv_obj_t *exc = rv_err_fetch();
    rv_obj_t *m = exc ? rv_exc_message(exc) : NULL;
    bool limit = m && strncmp(rv_str_utf8(m), "Exceeds the limit", 17) == 0;
    if (limit)
        snprintf(msg, size, "%s", rv_str_utf8(m));
    rv_xdecref(m);
    rv_xdecref(exc);
    return limit;
}

rv_node_t *pz_number(parser_t *p, const rv_token_t *t)
{
    char *text = rv_strndup(t->text, t->len);
    bool is_hex = t->len > 1 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X');
    bool is_float = false, is_complex = false;
    for (size_t i = 0; i < t->len; i++) {
        char c = text[i];
        if (c == 'j' || c == 'J')
            is_complex = true;
        if (!is_hex && (c == '.' || c == 'e' || c == 'E'))
            is_float = true;
    }
    rv_obj_t *v = NULL;
    if (is_complex) {
        rv_free(text);
        return pz_unsupported(p, t, "complex numbers");
    }
    /* Underscores must sit between digits. */
    for (size_t i = 0; i < t->len; i++) {
        if (text[i] == '_' && (i + 1 == t->len || text[i + 1] == '_' || text[i + 1] == '.' ||
                               text[i + 1] == 'e' || text[i + 1] == 'E')) {
            rv_free(text);
            return pz_error_at(p, t, "invalid decimal literal");
        }
    }
    if (is_float) {
        size_t k = 0;
        for (size_t i = 0; i < t->len; i++)
            if (text[i] != '_')
                text[k++] = text[i];
        text[k] = '\0';
        v = rv_float_from_double(strtod(text, NULL));
    } else {
        v = rv_int_from_text(text, t->len, 0);
        char limit[200];
        if (!v && take_digit_limit_error(limit, sizeof limit)) {
            /* _PyPegen_number_token: the limit's ValueError becomes a
             * SyntaxError about the line, without a caret. */
            rv_free(text);
            return pz_error_line(p, t,
                                 "%s - Consider hexadecimal for huge integer literals to avoid "
                                 "decimal conversion limits.",
                                 limit);
        }
        if (!v) {
            /* The message depends on the text: decide it before freeing. */
            const char *msg = is_hex || (t->len > 1 && text[0] == '0') ? "invalid syntax"
                                                                        : "invalid decimal literal";
            rv_err_clear();
            rv_free(text);
            return pz_error_at(p, t, "%s", msg);
        }
    }
    rv_free(text);
    return constant_node(p, t, v);
}

/******************************************************************************/
/* escapes                                                                    */

static int hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* The position CPython's unicode-escape decoder reports for byte s of a
 * literal body starting at body: it decodes a copy in which every
 * non-ASCII character is a ten-character \\U escape. */
static size_t escape_position(const char *body, const char *s)
{
    size_t pos = 0;
    for (const char *q = body; q < s; q++) {
        unsigned char c = (unsigned char)*q;
        if (c < 0x80)
            pos++;
        else if ((c & 0xC0) != 0x80)
            pos += 10;
    }
    return pos;
}

/* Appends the decoded text of s[0..n) to out (escapes processed unless
 * raw).  Returns false with an error reported on a bad escape: at `at`,
 * the token after the literals, where CPython's parser is when it decodes
 * them. */
static bool decode(parser_t *p, const rv_token_t *at, const char *s, size_t n, bool raw,
                   rv_buf_t *out)
{
    const char *body = s, *e = s + n;
    while (s < e) {
        if (*s != '\\' || raw) {
            rv_buf_addc(out, *s++);
            continue;
        }
        const char *esc = s++;
        if (s >= e) {
            rv_buf_addc(out, '\\');
            break;
        }
        char c = *s++;
        switch (c) {
        case '\n':
            break;
        case '\\':
            rv_buf_addc(out, '\\');
            break;
        case '\'':
            rv_buf_addc(out, '\'');
            break;
        case '"':
            rv_buf_addc(out, '"');
            break;
        case 'a':
            rv_buf_addc(out, '\a');
            break;
        case 'b':
            rv_buf_addc(out, '\b');
            break;
        case 'f':
            rv_buf_addc(out, '\f');
            break;
        case 'n':
            rv_buf_addc(out, '\n');
            break;
        case 'r':
            rv_buf_addc(out, '\r');
            break;
        case 't':
            rv_buf_addc(out, '\t');
            break;
        case 'v':
            rv_buf_addc(out, '\v');
            break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            unsigned v = (unsigned)(c - '0');
            for (int i = 0; i < 2 && s < e && *s >= '0' && *s <= '7'; i++)
                v = v * 8 + (unsigned)(*s++ - '0');
            rv_buf_add_utf8(out, v);
            break;
        }
        case 'x': case 'u': case 'U': {
            int digits = c == 'x' ? 2 : c == 'u' ? 4 : 8;
            size_t pos = escape_position(body, esc);
            unsigned long v = 0;
            for (int i = 0; i < digits; i++) {
                if (s >= e || hexval(*s) < 0) {
                    pz_error_at(p, at,
                                "(unicode error) 'unicodeescape' codec can't decode bytes in "
                                "position %zu-%zu: truncated \\%c%s escape",
                                pos, pos + (size_t)i + 1, c,
                                c == 'x' ? "XX" : c == 'u' ? "XXXX" : "XXXXXXXX");
                    return false;
                }
                v = v * 16 + (unsigned long)hexval(*s++);
            }
            if (v > 0x10FFFF) {
                pz_error_at(p, at,
                            "(unicode error) 'unicodeescape' codec can't decode bytes in "
                            "position %zu-%zu: illegal Unicode character",
                            pos, pos + (size_t)digits + 1);
                return false;
            }
            rv_buf_add_utf8(out, v);
            break;
        }
        case 'N':
            pz_unsupported(p, at, "\\N{...} escapes");
            return false;
        default:
            /* Unknown escapes are kept as written (with a warning in CPython). */
            rv_buf_addc(out, '\\');
            rv_buf_addc(out, c);
            break;
        }
    }
    return true;
}

/* _PyBytes_DecodeEscape: the escapes of a bytes literal (\\u, \\U and \\N
 * are no escapes there; an octal escape past \\377 keeps its low byte, with
 * a warning in CPython).  Errors as decode's. */
static bool decode_bytes(parser_t *p, const rv_token_t *at, const char *s, size_t n, bool raw,
                         rv_buf_t *out)
{
    const char *body = s, *e = s + n;
    while (s < e) {
        if (*s != '\\' || raw) {
            rv_buf_addc(out, *s++);
            continue;
        }
        const char *esc = s++;
        if (s >= e) {
            rv_buf_addc(out, '\\');
            break;
        }
        char c = *s++;
        char simple = c == '\\' || c == '\'' || c == '"' ? c
                      : c == 'a'                          ? '\a'
                      : c == 'b'                          ? '\b'
                      : c == 'f'                          ? '\f'
                      : c == 'n'                          ? '\n'
                      : c == 'r'                          ? '\r'
                      : c == 't'                          ? '\t'
                      : c == 'v'                          ? '\v'
                                                          : 0;
        if (c == '\n') {
            /* a line continuation */
        } else if (simple) {
            rv_buf_addc(out, simple);
        } else if (c >= '0' && c <= '7') {
            unsigned v = (unsigned)(c - '0');
            for (int i = 0; i < 2 && s < e && *s >= '0' && *s <= '7'; i++)
                v = v * 8 + (unsigned)(*s++ - '0');
            rv_buf_addc(out, (char)(v & 0xff));
        } else if (c == 'x') {
            if (s + 1 < e && hexval(s[0]) >= 0 && hexval(s[1]) >= 0) {
                rv_buf_addc(out, (char)(hexval(s[0]) * 16 + hexval(s[1])));
                s += 2;
            } else {
                pz_error_at(p, at, "(value error) invalid \\x escape at position %zu",
                            (size_t)(esc - body));
                return false;
            }
        } else {
            rv_buf_addc(out, '\\');
            rv_buf_addc(out, c);
        }
    }
    return true;
}

/******************************************************************************/
/* f-strings                                                                  */

typedef struct parts {
    rv_nodes_t nodes;
    rv_buf_t lit;      /* pending literal text */
    const rv_token_t *tok;
    const rv_token_t *after; /* the token after the literals (decode errors) */
} parts_t;

static void flush_literal(parser_t *p, parts_t *ps)
{
    if (!ps->lit.len)
        return;
    rv_obj_t *s = rv_str_from_utf8(ps->lit.data, ps->lit.len);
    pz_push(p, &ps->nodes, constant_node(p, ps->tok, s));
    rv_buf_truncate(&ps->lit, 0);
}

static bool fstring_body(parser_t *p, const rv_token_t *t, const char *s, size_t n, bool raw,
                         parts_t *ps, int depth);

/* Parses the expression text of one replacement field. */
static rv_node_t *field_expression(parser_t *p, const rv_token_t *t, const char *s, size_t n)
{
    bool blank = true;
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n')
            blank = false;
    if (blank)
        return pz_error_at(p, t, "f-string: empty expression not allowed");
    if (memchr(s, '\\', n))
        return pz_error_at(p, t, "f-string expression part cannot include a backslash");
    /* The expression's nodes have their places in the source (CPython's
     * fstring_find_expr_location): its text starts that far into t. */
    int line = t->line, col = t->col;
    for (const char *q = t->text; q < s;) {
        if (*q == '\n') {
            line++;
            col = 0;
            q++;
        } else {
            rv_utf8_decode(&q);
            col++;
        }
    }
    char *text = rv_arena_strndup(p->arena, s, n);
    parser_t sub = { 0 };
    sub.err = p->err;
    sub.arena = p->arena;
    sub.source = text;
    sub.func_depth = p->func_depth;
    sub.loop_depth = p->loop_depth;
    if (rv_tokenize(text, n, line - 1, col, true, &sub.toks, p->err) < 0) {
        rv_tokens_free(&sub.toks);
        return NULL;
    }
    rv_node_t *e = pz_star_expressions(&sub);
    if (e && pz_peek(&sub)->kind != RV_T_END && pz_peek(&sub)->kind != RV_T_NEWLINE)
        e = pz_error_at(&sub, pz_peek(&sub), "f-string: invalid syntax");
    rv_tokens_free(&sub.toks);
    return e;
}

/* Finds the end of the expression part: a top-level '}', '!', ':' or '='
 * (debug), skipping nested brackets and strings. */
static size_t expression_end(const char *s, size_t n)
{
    int nest = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == '\'' || c == '"') {
            char q = c;
            bool triple = i + 2 < n && s[i + 1] == q && s[i + 2] == q;
            i += triple ? 3 : 1;
            while (i < n) {
                if (triple ? (i + 2 < n && s[i] == q && s[i + 1] == q && s[i + 2] == q)
                           : s[i] == q) {
                    i += triple ? 2 : 0;
                    break;
                }
                i++;
            }
            continue;
        }
        if (c == '(' || c == '[' || c == '{')
            nest++;
        else if ((c == ')' || c == ']' || c == '}') && nest > 0)
            nest--;
        else if (nest == 0) {
            if (c == '}' || c == ':')
                return i;
            if (c == '!' && !(i + 1 < n && s[i + 1] == '='))
                return i;
            if (c == '=' && !(i + 1 < n && s[i + 1] == '=') &&
                !(i > 0 && strchr("=!<>", s[i - 1])))
                return i;
        }
    }
    return n;
}

static bool replacement_field(parser_t *p, const rv_token_t *t, const char *s, size_t n,
                              size_t *used, bool raw, parts_t *ps, int depth)
{
    /* s points after '{'. */
    size_t end = expression_end(s, n);
    if (end >= n) {
        pz_error_at(p, t, "f-string: expecting '}'");
        return false;
    }
    const char *expr = s;
    size_t exprlen = end;
    size_t i = end;
    bool debug = false;
    size_t debug_end = 0;
    if (s[i] == '=') {
        debug = true;
        i++;
        /* Whitespace after '=' belongs to the displayed text. */
        while (i < n && (s[i] == ' ' || s[i] == '\t'))
            i++;
        debug_end = i;
    }
    int conversion = -1;
    if (i < n && s[i] == '!') {
        if (i + 1 >= n) {
            pz_error_at(p, t, "f-string: expecting '}'");
            return false;
        }
        char c = s[i + 1];
        if (c != 's' && c != 'r' && c != 'a') {
            pz_error_at(p, t, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            return false;
        }
        conversion = c;
        i += 2;
    }
    rv_node_t *value = field_expression(p, t, expr, exprlen);
    if (!value)
        return false;
    if (debug) {
        rv_buf_add(&ps->lit, expr, debug_end - (size_t)(expr - s));
        /* Whitespace after '=' is kept too. */
        if (conversion < 0 && !(i < n && s[i] == ':'))
            conversion = 'r';
    }
    rv_node_t *fv = pz_node(p, RV_N_FORMATTEDVALUE, t);
    fv->u.formatted.value = value;
    fv->u.formatted.conversion = conversion;
    if (i < n && s[i] == ':') {
        i++;
        /* The spec runs to the matching '}' and may hold nested fields. */
        size_t j = i;
        int nest = 0;
        while (j < n && !(s[j] == '}' && nest == 0)) {
            if (s[j] == '{')
                nest++;
            else if (s[j] == '}')
                nest--;
            j++;
        }
        if (j >= n) {
            pz_error_at(p, t, "f-string: expecting '}'");
            return false;
        }
        if (depth >= 2) {
            pz_error_at(p, t, "f-string: expressions nested too deeply");
            return false;
        }
        parts_t spec = { .tok = t, .after = ps->after };
        if (!fstring_body(p, t, s + i, j - i, raw, &spec, depth + 1)) {
            rv_buf_free(&spec.lit);
            return false;
        }
        flush_literal(p, &spec);
        rv_buf_free(&spec.lit);
        rv_node_t *js = pz_node(p, RV_N_JOINEDSTR, t);
        js->u.joined.values = spec.nodes;
        fv->u.formatted.format_spec = js;
        i = j;
    }
    if (i >= n || s[i] != '}') {
        pz_error_at(p, t, "f-string: expecting '}'");
        return false;
    }
    flush_literal(p, ps);
    pz_push(p, &ps->nodes, fv);
    *used = i + 1;
    return true;
}

static bool fstring_body(parser_t *p, const rv_token_t *t, const char *s, size_t n, bool raw,
                         parts_t *ps, int depth)
{
    size_t i = 0;
    while (i < n) {
        char c = s[i];
        if (c == '{') {
            if (i + 1 < n && s[i + 1] == '{' && depth == 0) {
                rv_buf_addc(&ps->lit, '{');
                i += 2;
                continue;
            }
            size_t used;
            if (!replacement_field(p, t, s + i + 1, n - i - 1, &used, raw, ps, depth))
                return false;
            i += 1 + used;
            continue;
        }
        if (c == '}') {
            if (i + 1 < n && s[i + 1] == '}' && depth == 0) {
                rv_buf_addc(&ps->lit, '}');
                i += 2;
                continue;
            }
            pz_error_at(p, t, "f-string: single '}' is not allowed");
            return false;
        }
        /* A literal run up to the next brace. */
        size_t j = i;
        while (j < n && s[j] != '{' && s[j] != '}') {
            if (s[j] == '\\' && !raw && j + 1 < n)
                j++;
            j++;
        }
        if (!decode(p, ps->after, s + i, j - i, raw, &ps->lit))
            return false;
        i = j;
    }
    return true;
}

/******************************************************************************/
/* string literals                                                            */

/* One string token: its prefix and body. */
typedef struct literal {
    const rv_token_t *tok;
    bool raw, f, b;
    const char *body;
    size_t n;
} literal_t;

static void split_literal(const rv_token_t *t, literal_t *l)
{
    const char *s = t->text;
    l->tok = t;
    l->raw = l->f = l->b = false;
    while (*s != '\'' && *s != '"') {
        char c = *s++;
        l->raw |= c == 'r' || c == 'R';
        l->f |= c == 'f' || c == 'F';
        l->b |= c == 'b' || c == 'B';
    }
    size_t qlen = (s + 2 < t->text + t->len && s[1] == s[0] && s[2] == s[0] &&
                   t->len - (size_t)(s - t->text) >= 6)
                      ? 3
                      : 1;
    l->body = s + qlen;
    l->n = t->len - (size_t)(l->body - t->text) - qlen;
}

/* strings: STRING+ (_PyPegen_concatenate_strings).  Each literal is read
 * in turn as CPython does: a bytes literal must be ASCII (an error at that
 * literal) and is decoded, a plain str is decoded, then mixing bytes with
 * str is an error, then an f-string's body is parsed.  Errors other than
 * the ASCII one are reported at the token after the literals, where
 * CPython's parser stands when it reads them. */
rv_node_t *pz_strings(parser_t *p)
{
    const rv_token_t *first = pz_peek(p);
    while (pz_peek(p)->kind == RV_T_STRING)
        pz_next(p);
    const rv_token_t *after = pz_peek(p);
    parts_t ps = { .tok = first, .after = after };
    rv_buf_t bytes = RV_BUF_INIT;
    bool any_f = false, bytesmode = false;
    for (const rv_token_t *t = first; t != after; t++) {
        literal_t l;
        split_literal(t, &l);
        bool ok = true;
        if (l.b) {
            for (size_t i = 0; i < l.n && ok; i++)
                if ((unsigned char)l.body[i] >= 0x80)
                    ok = pz_error_at(p, t, "bytes can only contain ASCII literal characters");
            ok = ok && decode_bytes(p, after, l.body, l.n, l.raw, &bytes);
        } else if (!l.f) {
            ok = decode(p, after, l.body, l.n, l.raw, &ps.lit);
        }
        if (ok && t != first && l.b != bytesmode)
            ok = pz_error_at(p, after, "cannot mix bytes and nonbytes literals");
        bytesmode = l.b;
        ps.tok = t;
        if (ok && l.f) {
            any_f = true;
            ok = fstring_body(p, t, l.body, l.n, l.raw, &ps, 0);
        }
        if (!ok) {
            rv_buf_free(&ps.lit);
            rv_buf_free(&bytes);
            return NULL;
        }
    }
    if (bytesmode || !any_f) {
        rv_obj_t *v = bytesmode ? rv_bytes_from_buf(&bytes)
                                : rv_str_from_utf8(ps.lit.data ? ps.lit.data : "", ps.lit.len);
        rv_buf_free(&ps.lit);
        rv_buf_free(&bytes);
        rv_node_t *n = constant_node(p, first, v);
        pz_end(p, n);
        return n;
    }
    ps.tok = first;
    flush_literal(p, &ps);
    rv_buf_free(&ps.lit);
    rv_node_t *js = pz_node(p, RV_N_JOINEDSTR, first);
    js->u.joined.values = ps.nodes;
    pz_end(p, js);
    /* A replacement field's node spans the whole string, as CPython's
     * FormattedValue does (its errors underline the whole f-string). */
    for (size_t i = 0; i < js->u.joined.values.len; i++) {
        rv_node_t *fv = js->u.joined.values.items[i];
        if (fv->kind == RV_N_FORMATTEDVALUE) {
            fv->line = js->line;
            fv->col = js->col;
            fv->end_line = js->end_line;
            fv->end_col = js->end_col;
        }
    }
    return js;
}
