/* tests/unit/check_lexer.c - the tokenizer (src/lang/parse/tokenize.c): token
 * kinds, texts and positions for operators, numbers, strings and f-strings;
 * INDENT/DEDENT generation; implicit and explicit line joining; and the
 * tokenizer's errors with python3 3.11's message, line and offset.  Every
 * expected position was taken from python3's tokenize module and every error
 * from compile(); the tokenizer creates no objects, so no heap fixture. */
#include "testutil.h"

#include <stdio.h>
#include <string.h>

#include "base/buf.h"
#include "lang/parse/tokenize.h"

static rv_tokens_t toks;
static rv_syntax_error_t err;
static rv_buf_t out;

/* Tokenizes src, which must succeed. */
static void lex(const char *src)
{
    rv_tokens_free(&toks);
    memset(&err, 0, sizeof err);
    int r = rv_tokenize(src, strlen(src), 0, 0, false, &toks, &err);
    ck_assert_msg(r == 0, "tokenizing failed: %s", err.msg);
}

/* The tokens of src as "KIND:text" words; NEWLINE, INDENT, DEDENT and END
 * without their text. */
static const char *kinds(const char *src)
{
    static const char *const names[] = { "END",  "NEWLINE", "INDENT", "DEDENT",
                                         "NAME", "NUMBER",  "STRING", "OP" };
    lex(src);
    rv_buf_truncate(&out, 0);
    for (size_t i = 0; i < toks.len; i++) {
        const rv_token_t *t = &toks.items[i];
        if (i)
            rv_buf_addc(&out, ' ');
        rv_buf_adds(&out, names[t->kind]);
        if (t->kind >= RV_T_NAME)
            rv_buf_printf(&out, ":%.*s", (int)t->len, t->text);
    }
    return rv_buf_cstr(&out);
}

/* "line:col-end_line:end_col" of token i of the last lex(). */
static const char *pos(size_t i)
{
    static char b[64];
    ck_assert_uint_lt(i, toks.len);
    const rv_token_t *t = &toks.items[i];
    snprintf(b, sizeof b, "%d:%d-%d:%d", t->line, t->col, t->end_line, t->end_col);
    return b;
}

/* The text of token i of the last lex(). */
static const char *text(size_t i)
{
    static char b[128];
    ck_assert_uint_lt(i, toks.len);
    snprintf(b, sizeof b, "%.*s", (int)toks.items[i].len, toks.items[i].text);
    return b;
}

/* Tokenizing src must fail with python3's message, line and offset (col is
 * 1-based, as SyntaxError.offset). */
static void expect_error(const char *src, const char *msg, int line, int col)
{
    rv_tokens_free(&toks);
    memset(&err, 0, sizeof err);
    int r = rv_tokenize(src, strlen(src), 0, 0, false, &toks, &err);
    ck_assert_int_eq(r, -1);
    ck_assert(err.set);
    ck_assert_str_eq(err.msg, msg);
    ck_assert_int_eq(err.line, line);
    ck_assert_int_eq(err.col, col);
    ck_assert(!err.indentation);
}

/******************************************************************************/
/* operators                                                                  */

START_TEST(operators_take_the_longest_match)
{
    ck_assert_str_eq(kinds("a **= b //= c ** d // e * f / g\n"),
                     "NAME:a OP:**= NAME:b OP://= NAME:c OP:** NAME:d OP:// NAME:e OP:* "
                     "NAME:f OP:/ NAME:g NEWLINE END");
    ck_assert_str_eq(pos(1), "1:2-1:5");
    ck_assert_str_eq(pos(3), "1:8-1:11");
}
END_TEST

START_TEST(arrow_walrus_and_not_equal)
{
    ck_assert_str_eq(kinds("def f() -> int: pass\n(n := 1) != 2\n"),
                     "NAME:def NAME:f OP:( OP:) OP:-> NAME:int OP:: NAME:pass NEWLINE "
                     "OP:( NAME:n OP::= NUMBER:1 OP:) OP:!= NUMBER:2 NEWLINE END");
    ck_assert_str_eq(pos(4), "1:8-1:10");   /* -> */
    ck_assert_str_eq(pos(11), "2:3-2:5");   /* := */
    ck_assert_str_eq(pos(14), "2:9-2:11");  /* != */
}
END_TEST

START_TEST(augmented_assignment_operators)
{
    ck_assert_str_eq(kinds("+= -= *= /= %= &= |= ^= @= <<= >>= **= //="),
                     "OP:+= OP:-= OP:*= OP:/= OP:%= OP:&= OP:|= OP:^= OP:@= OP:<<= OP:>>= "
                     "OP:**= OP://= NEWLINE END");
}
END_TEST

START_TEST(comparison_bitwise_and_punctuation)
{
    ck_assert_str_eq(kinds("< <= > >= == << >> ~ ^ | & @ , ; : = [ ] { }\n"),
                     "OP:< OP:<= OP:> OP:>= OP:== OP:<< OP:>> OP:~ OP:^ OP:| OP:& OP:@ OP:, "
                     "OP:; OP:: OP:= OP:[ OP:] OP:{ OP:} NEWLINE END");
}
END_TEST

START_TEST(dot_and_ellipsis)
{
    ck_assert_str_eq(kinds("a.b ... x[...]\n"),
                     "NAME:a OP:. NAME:b OP:... NAME:x OP:[ OP:... OP:] NEWLINE END");
    ck_assert_str_eq(pos(3), "1:4-1:7");
}
END_TEST

START_TEST(stray_characters_are_invalid_syntax)
{
    expect_error("a ! b\n", "invalid syntax", 1, 3);
    expect_error("x = $\n", "invalid syntax", 1, 5);
    expect_error("x = 5 ? 3\n", "invalid syntax", 1, 7);
}
END_TEST

/******************************************************************************/
/* numbers                                                                    */

START_TEST(integer_literal_bases)
{
    ck_assert_str_eq(kinds("0x1F 0o17 0b101 0XaB 0O7 0B1 0\n"),
                     "NUMBER:0x1F NUMBER:0o17 NUMBER:0b101 NUMBER:0XaB NUMBER:0O7 NUMBER:0B1 "
                     "NUMBER:0 NEWLINE END");
    ck_assert_str_eq(pos(2), "1:10-1:15");
}
END_TEST

START_TEST(underscores_and_exponents)
{
    ck_assert_str_eq(kinds("1_000 1e-5 1E+3 2.5e10 1_0.0_1 00\n"),
                     "NUMBER:1_000 NUMBER:1e-5 NUMBER:1E+3 NUMBER:2.5e10 NUMBER:1_0.0_1 "
                     "NUMBER:00 NEWLINE END");
    ck_assert_str_eq(pos(1), "1:6-1:10");
}
END_TEST

START_TEST(float_and_imaginary_forms)
{
    ck_assert_str_eq(kinds("x = .5 + 10. + 3.14 + 1.5j + 2J\n"),
                     "NAME:x OP:= NUMBER:.5 OP:+ NUMBER:10. OP:+ NUMBER:3.14 OP:+ "
                     "NUMBER:1.5j OP:+ NUMBER:2J NEWLINE END");
    ck_assert_str_eq(pos(2), "1:4-1:6");
    ck_assert_str_eq(pos(8), "1:22-1:26");
}
END_TEST

START_TEST(number_errors)
{
    expect_error("x = 0123\n",
                 "leading zeros in decimal integer literals are not permitted; use an 0o "
                 "prefix for octal integers",
                 1, 5);
    expect_error("x = 1abc\n", "invalid decimal literal", 1, 5);
    expect_error("x = 1e\n", "invalid decimal literal", 1, 5);
}
END_TEST

/******************************************************************************/
/* strings                                                                    */

START_TEST(single_and_double_quotes)
{
    ck_assert_str_eq(kinds("s = 'a' \"b\"\n"), "NAME:s OP:= STRING:'a' STRING:\"b\" NEWLINE END");
    ck_assert_str_eq(pos(2), "1:4-1:7");
    ck_assert_str_eq(pos(3), "1:8-1:11");
}
END_TEST

START_TEST(escaped_quotes_stay_inside)
{
    ck_assert_str_eq(kinds("\"a\\\"b\" 'it\\'s'\n"),
                     "STRING:\"a\\\"b\" STRING:'it\\'s' NEWLINE END");
    ck_assert_str_eq(pos(0), "1:0-1:6");
    ck_assert_str_eq(pos(1), "1:7-1:14");
}
END_TEST

START_TEST(triple_quoted_string_spans_lines)
{
    ck_assert_str_eq(kinds("s = \"\"\"c\nd's\"\"\" + x\n"),
                     "NAME:s OP:= STRING:\"\"\"c\nd's\"\"\" OP:+ NAME:x NEWLINE END");
    ck_assert_str_eq(pos(2), "1:4-2:6");
    ck_assert_str_eq(pos(4), "2:9-2:10");
}
END_TEST

START_TEST(backslash_newline_inside_a_string)
{
    ck_assert_str_eq(kinds("'a\\\nb'\n"), "STRING:'a\\\nb' NEWLINE END");
    ck_assert_str_eq(pos(0), "1:0-2:2");
    ck_assert_str_eq(pos(1), "2:2-2:3");
}
END_TEST

START_TEST(string_prefixes)
{
    ck_assert_str_eq(kinds("rb\"a\\\\\" Br\"b\" u\"c\" R\"d\" Rb\"e\" fR\"{y}\" ab\"g\"\n"),
                     "STRING:rb\"a\\\\\" STRING:Br\"b\" STRING:u\"c\" STRING:R\"d\" "
                     "STRING:Rb\"e\" STRING:fR\"{y}\" NAME:ab STRING:\"g\" NEWLINE END");
    ck_assert_str_eq(pos(0), "1:0-1:7");
    ck_assert_str_eq(pos(6), "1:38-1:40");
    ck_assert_str_eq(pos(7), "1:40-1:43");
}
END_TEST

START_TEST(adjacent_strings_are_separate_tokens)
{
    /* Implicit concatenation is the parser's work. */
    ck_assert_str_eq(kinds("x = 'a' \"b\" '''c'''\n"),
                     "NAME:x OP:= STRING:'a' STRING:\"b\" STRING:'''c''' NEWLINE END");
}
END_TEST

START_TEST(fstring_is_one_string_token)
{
    /* In 3.11 an f-string is a single STRING token; literal.c parses the
     * fields.  Quotes of the other kind, brackets and format specs with
     * nested fields stay inside it. */
    ck_assert_str_eq(kinds("f\"{x!r:>10}\" + f'{d[\"k\"]:{w}.{p}}' + F'{{a}}'\n"),
                     "STRING:f\"{x!r:>10}\" OP:+ STRING:f'{d[\"k\"]:{w}.{p}}' OP:+ "
                     "STRING:F'{{a}}' NEWLINE END");
    ck_assert_str_eq(pos(0), "1:0-1:12");
    ck_assert_str_eq(pos(2), "1:15-1:34");
}
END_TEST

START_TEST(unterminated_strings)
{
    expect_error("x = 'abc\n", "unterminated string literal (detected at line 1)", 1, 5);
    expect_error("x = 'abc", "unterminated string literal (detected at line 1)", 1, 5);
    expect_error("x = 'a' 'b\n", "unterminated string literal (detected at line 1)", 1, 9);
    expect_error("x = 1\ny = \"a\n", "unterminated string literal (detected at line 2)", 2, 5);
    expect_error("x = '''abc\ndef",
                 "unterminated triple-quoted string literal (detected at line 2)", 1, 5);
}
END_TEST

/******************************************************************************/
/* indentation                                                                */

START_TEST(indent_and_dedent)
{
    ck_assert_str_eq(kinds("if a:\n    b\nc\n"),
                     "NAME:if NAME:a OP:: NEWLINE INDENT NAME:b NEWLINE DEDENT NAME:c NEWLINE END");
    /* INDENT covers the whitespace; DEDENT is empty, at the next token. */
    ck_assert_str_eq(pos(4), "2:0-2:4");
    ck_assert_str_eq(text(4), "    ");
    ck_assert_str_eq(pos(7), "3:0-3:0");
    ck_assert_str_eq(pos(3), "1:5-1:6"); /* NEWLINE is the '\n' */
}
END_TEST

START_TEST(several_dedents_at_once_past_blank_and_comment_lines)
{
    ck_assert_str_eq(kinds("if a:\n    if b:\n        c\n\n    # hi\nd\n"),
                     "NAME:if NAME:a OP:: NEWLINE INDENT NAME:if NAME:b OP:: NEWLINE INDENT NAME:c "
                     "NEWLINE DEDENT DEDENT NAME:d NEWLINE END");
    ck_assert_str_eq(pos(9), "3:0-3:8");
    ck_assert_str_eq(pos(12), "6:0-6:0");
    ck_assert_str_eq(pos(13), "6:0-6:0");
    ck_assert_str_eq(pos(14), "6:0-6:1");
}
END_TEST

START_TEST(dedents_before_end_of_file)
{
    ck_assert_str_eq(kinds("if a:\n    if b:\n        c\n"),
                     "NAME:if NAME:a OP:: NEWLINE INDENT NAME:if NAME:b OP:: NEWLINE INDENT NAME:c "
                     "NEWLINE DEDENT DEDENT END");
    ck_assert_str_eq(pos(12), "4:0-4:0");
    ck_assert_str_eq(pos(14), "4:0-4:0");
}
END_TEST

START_TEST(blank_and_comment_lines_emit_nothing)
{
    ck_assert_str_eq(kinds("# c\n\n   \n  # indented comment\nx\n"), "NAME:x NEWLINE END");
    ck_assert_str_eq(pos(0), "5:0-5:1");
    /* A comment after code: NEWLINE is the '\n' after it. */
    ck_assert_str_eq(kinds("x = 1  # c\ny\n"), "NAME:x OP:= NUMBER:1 NEWLINE NAME:y NEWLINE END");
    ck_assert_str_eq(pos(3), "1:10-1:11");
}
END_TEST

START_TEST(tab_indentation)
{
    ck_assert_str_eq(kinds("if a:\n\tif b:\n\t\tc\n\td\n"),
                     "NAME:if NAME:a OP:: NEWLINE INDENT NAME:if NAME:b OP:: NEWLINE INDENT NAME:c "
                     "NEWLINE DEDENT NAME:d NEWLINE DEDENT END");
    /* Columns count characters: a tab is one. */
    ck_assert_str_eq(pos(4), "2:0-2:1");
    ck_assert_str_eq(pos(9), "3:0-3:2");
    ck_assert_str_eq(pos(10), "3:2-3:3");
    ck_assert_str_eq(pos(12), "4:1-4:1");
}
END_TEST

START_TEST(unindent_must_match_an_outer_level)
{
    /* python3 gives offset 4 (past the end of "  b"); only the message, the
     * line and the error type are pinned here. */
    rv_tokens_free(&toks);
    memset(&err, 0, sizeof err);
    const char *src = "if x:\n    a\n  b\n";
    ck_assert_int_eq(rv_tokenize(src, strlen(src), 0, 0, false, &toks, &err), -1);
    ck_assert_str_eq(err.msg, "unindent does not match any outer indentation level");
    ck_assert_int_eq(err.line, 3);
    ck_assert(err.indentation);
}
END_TEST

/******************************************************************************/
/* line joining                                                               */

START_TEST(backslash_continuation_joins_lines)
{
    ck_assert_str_eq(kinds("x = 1 + \\\n    2\ny\n"),
                     "NAME:x OP:= NUMBER:1 OP:+ NUMBER:2 NEWLINE NAME:y NEWLINE END");
    ck_assert_str_eq(pos(4), "2:4-2:5");
    ck_assert_str_eq(pos(5), "2:5-2:6");
}
END_TEST

START_TEST(brackets_join_lines_and_ignore_indentation)
{
    ck_assert_str_eq(kinds("y = [\n1,\n  2]\nz = (a,\n     b)\n"),
                     "NAME:y OP:= OP:[ NUMBER:1 OP:, NUMBER:2 OP:] NEWLINE NAME:z OP:= OP:( NAME:a "
                     "OP:, NAME:b OP:) NEWLINE END");
    ck_assert_str_eq(pos(3), "2:0-2:1");
    ck_assert_str_eq(pos(5), "3:2-3:3");
    ck_assert_str_eq(pos(13), "5:5-5:6");
}
END_TEST

START_TEST(missing_final_newline)
{
    /* The implicit NEWLINE starts where the line ends (python3's tokenize
     * gives it the width of the '\n' it adds; this one is empty). */
    ck_assert_str_eq(kinds("x"), "NAME:x NEWLINE END");
    ck_assert_int_eq(toks.items[1].line, 1);
    ck_assert_int_eq(toks.items[1].col, 1);
    ck_assert_str_eq(kinds(""), "END");
}
END_TEST

START_TEST(columns_count_code_points)
{
    ck_assert_str_eq(kinds("\xC3\xA9 = '\xC3\xBC' + x\n"),
                     "NAME:\xC3\xA9 OP:= STRING:'\xC3\xBC' OP:+ NAME:x NEWLINE END");
    ck_assert_str_eq(pos(2), "1:4-1:7");
    ck_assert_str_eq(pos(4), "1:10-1:11");
}
END_TEST

START_TEST(expression_mode_shifts_positions)
{
    /* refviz's own entry (no python3 counterpart): how literal.c tokenizes
     * an f-string field, inside implicit parentheses (no NEWLINE, no
     * INDENT) with positions shifted. */
    rv_tokens_free(&toks);
    memset(&err, 0, sizeof err);
    const char *src = " a +\n b";
    ck_assert_int_eq(rv_tokenize(src, strlen(src), 2, 10, true, &toks, &err), 0);
    ck_assert_uint_eq(toks.len, 4);
    ck_assert_int_eq(toks.items[0].kind, RV_T_NAME);
    ck_assert_str_eq(pos(0), "3:11-3:12");
    ck_assert_str_eq(pos(2), "4:1-4:2"); /* the column shift is for the first line only */
    ck_assert_int_eq(toks.items[3].kind, RV_T_END);
}
END_TEST

START_TEST(bracket_errors)
{
    expect_error("x = 1)\n", "unmatched ')'", 1, 6);
    expect_error("x = }\n", "unmatched '}'", 1, 5);
    expect_error("x = (1]\n", "closing parenthesis ']' does not match opening parenthesis '('", 1,
                 7);
    expect_error("x = (1,\n2]\n",
                 "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 2);
    expect_error("x = (1, 2\n", "'(' was never closed", 1, 5);
    expect_error("x = [1,\n 2,\n", "'[' was never closed", 1, 5);
}
END_TEST

START_TEST(too_many_nested_parentheses)
{
    char src[512];
    size_t n = 0;
    n += (size_t)snprintf(src, sizeof src, "x = ");
    for (int i = 0; i < 201; i++)
        src[n++] = '(';
    for (int i = 0; i < 201; i++)
        src[n++] = ')';
    src[n++] = '\n';
    src[n] = '\0';
    expect_error(src, "too many nested parentheses", 1, 205);
}
END_TEST

START_TEST(invalid_characters)
{
    expect_error("a \xE2\x82\xAC\n", "invalid character '\xE2\x82\xAC' (U+20AC)", 1, 3);
    expect_error("x = \\ 1\n", "unexpected character after line continuation character", 1, 6);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("lexer");
    struct {
        const char *name;
        const TTest *test;
    } cases[] = {
        { "longest match", operators_take_the_longest_match },
        { "arrow walrus ne", arrow_walrus_and_not_equal },
        { "augmented ops", augmented_assignment_operators },
        { "other ops", comparison_bitwise_and_punctuation },
        { "dot ellipsis", dot_and_ellipsis },
        { "stray characters", stray_characters_are_invalid_syntax },
        { "int bases", integer_literal_bases },
        { "underscores exponents", underscores_and_exponents },
        { "floats imaginary", float_and_imaginary_forms },
        { "number errors", number_errors },
        { "quotes", single_and_double_quotes },
        { "escaped quotes", escaped_quotes_stay_inside },
        { "triple quoted", triple_quoted_string_spans_lines },
        { "backslash in string", backslash_newline_inside_a_string },
        { "prefixes", string_prefixes },
        { "adjacent strings", adjacent_strings_are_separate_tokens },
        { "f-string token", fstring_is_one_string_token },
        { "unterminated", unterminated_strings },
        { "indent dedent", indent_and_dedent },
        { "several dedents", several_dedents_at_once_past_blank_and_comment_lines },
        { "dedents at eof", dedents_before_end_of_file },
        { "blank comment lines", blank_and_comment_lines_emit_nothing },
        { "tabs", tab_indentation },
        { "unindent mismatch", unindent_must_match_an_outer_level },
        { "backslash continuation", backslash_continuation_joins_lines },
        { "bracket joining", brackets_join_lines_and_ignore_indentation },
        { "no final newline", missing_final_newline },
        { "code points", columns_count_code_points },
        { "expression mode", expression_mode_shifts_positions },
        { "bracket errors", bracket_errors },
        { "nesting limit", too_many_nested_parentheses },
        { "invalid characters", invalid_characters },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        TCase *tc = tcase_create(cases[i].name);
        tcase_add_test(tc, cases[i].test);
        suite_add_tcase(s, tc);
    }
    return s;
}

int main(void)
{
    int r = rv_test_run(suite());
    rv_tokens_free(&toks);
    rv_buf_free(&out);
    return r;
}
