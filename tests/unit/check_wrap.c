/* tests/unit/check_wrap.c - text wrapped for the pager (src/export/wrap.c):
 * breaks at spaces only, hanging indents, display widths of UTF-8, colour
 * sequences kept whole, control characters made visible. */
#include "testutil.h"

#include <string.h>

#include "base/buf.h"
#include "export/wrap.h"

/* text wrapped to width, as one string. */
static char *wrapped(const char *text, size_t width, size_t *nlines)
{
    rv_buf_t b = RV_BUF_INIT;
    size_t n = rv_wrap(text, strlen(text), width, &b);
    if (nlines)
        *nlines = n;
    return rv_buf_steal(&b, NULL);
}

#define ck_wrap(text, width, want)                                                         \
    do {                                                                                  \
        char *got_ = wrapped(text, width, NULL);                                          \
        ck_assert_str_eq(got_, want);                                                     \
        free(got_);                                                                       \
    } while (0)

START_TEST(breaks_at_spaces)
{
    ck_wrap("the row itself is never copied", 12, "the row\nitself is\nnever copied\n");
    /* Spaces at a break go; spaces inside a line stay. */
    ck_wrap("a  b    c", 4, "a  b\nc\n");
    /* A line that fits is unchanged; trailing spaces go. */
    ck_wrap("as is  ", 20, "as is\n");
    ck_wrap("", 20, "");
    ck_wrap("\n\n", 20, "\n\n");
    size_t n;
    char *s = wrapped("one two three\nfour", 8, &n);
    ck_assert_str_eq(s, "one two\nthree\nfour\n");
    ck_assert_uint_eq(n, 3);
    free(s);
}
END_TEST

START_TEST(long_words_are_cut)
{
    /* Only a word wider than a whole line is cut, from where it starts. */
    ck_wrap("abcdefghij", 4, "abcd\nefgh\nij\n");
    ck_wrap("ab abcdefghij", 5, "ab ab\ncdefg\nhij\n");
    /* A word that fits a fresh line moves there whole. */
    ck_wrap("ab abcde", 5, "ab\nabcde\n");
}
END_TEST

START_TEST(hanging_indent)
{
    /* Continuation lines keep the leading spaces... */
    ck_wrap("    one two three", 12, "    one two\n    three\n");
    /* ...or start at the mark, which is not shown. */
    ck_wrap(">   4    " RV_WRAP_HANG "grid = [[0] * 3] * 3", 20,
            ">   4    grid = [[0]\n         * 3] * 3\n");
    ck_wrap("    grid " RV_WRAP_HANG "-> #1022", 40, "    grid -> #1022\n");
    /* An indent deeper than half the width is cut to half. */
    ck_wrap("        aa bb cc", 10, "     aa bb\n     cc\n");
}
END_TEST

START_TEST(display_columns)
{
    ck_assert_int_eq(rv_wrap_cp_width('a'), 1);
    ck_assert_int_eq(rv_wrap_cp_width(0x4E2D), 2);   /* 中 */
    ck_assert_int_eq(rv_wrap_cp_width(0xFF21), 2);   /* Ａ fullwidth */
    ck_assert_int_eq(rv_wrap_cp_width(0x1F600), 2);  /* 😀 */
    ck_assert_int_eq(rv_wrap_cp_width(0x0301), 0);   /* combining acute */
    ck_assert_int_eq(rv_wrap_cp_width(0x200D), 0);   /* zero width joiner */
    ck_assert_int_eq(rv_wrap_cp_width(0x00E9), 1);   /* é */
    ck_assert_int_eq(rv_wrap_cp_width(0x2502), 1);   /* │ box drawing */
    ck_assert_uint_eq(rv_wrap_width("h\xC3\xA9llo", 6), 5);
    ck_assert_uint_eq(rv_wrap_width("\xE4\xB8\xAD\xE6\x96\x87", 6), 4);  /* 中文 */
    ck_assert_uint_eq(rv_wrap_width("e\xCC\x81", 3), 1);                 /* e + U+0301 */
    /* Wide characters fill by columns: 中文 中文 is 9 columns. */
    ck_wrap("\xE4\xB8\xAD\xE6\x96\x87 \xE4\xB8\xAD\xE6\x96\x87", 8,
            "\xE4\xB8\xAD\xE6\x96\x87\n\xE4\xB8\xAD\xE6\x96\x87\n");
    /* A cut word is cut between characters, never inside one. */
    ck_wrap("\xE4\xB8\xAD\xE6\x96\x87\xE4\xB8\xAD", 5,
            "\xE4\xB8\xAD\xE6\x96\x87\n\xE4\xB8\xAD\n");
    ck_assert_uint_eq(rv_wrap_fit("\xE4\xB8\xAD\xE6\x96\x87", 6, 3), 3);
    ck_assert_uint_eq(rv_wrap_fit("abc", 3, 10), 3);
}
END_TEST

START_TEST(colours_are_kept_whole)
{
    /* An SGR sequence takes no room. */
    ck_assert_uint_eq(rv_wrap_width("\033[1mStep\033[0m", 12), 4);
    ck_wrap("abc \033[33m(changed)\033[0m", 14, "abc \033[33m(changed)\033[0m\n");
    /* A colour open at a break is closed before it and opened again after. */
    ck_wrap("\033[1mone two\033[0m", 4, "\033[1mone\033[0m\n\033[1mtwo\033[0m\n");
    /* Colour alone never starts a line of its own. */
    ck_wrap("abcd \033[0m", 4, "abcd\033[0m\n");
}
END_TEST

START_TEST(controls_are_visible)
{
    /* A program's output cannot move the cursor or clear the screen. */
    ck_wrap("a\033[2Jb", 20, "a^[[2Jb\n");
    ck_wrap("bell\a", 20, "bell^G\n");
    ck_wrap("a\tb", 20, "a       b\n");
    ck_wrap("crlf\r", 20, "crlf\n");
    /* Bytes that are not UTF-8 become U+FFFD. */
    ck_wrap("a\xFF" "b", 20, "a\xEF\xBF\xBD" "b\n");
    ck_wrap("a\xC2\x85" "b", 20, "a\xEF\xBF\xBD" "b\n"); /* C1 NEL */
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("wrap");
    struct {
        const char *name;
        const TTest *test;
    } cases[] = {
        { "spaces", breaks_at_spaces },
        { "long words", long_words_are_cut },
        { "hanging indent", hanging_indent },
        { "columns", display_columns },
        { "colours", colours_are_kept_whole },
        { "controls", controls_are_visible },
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
    return rv_test_run(suite());
}
