/* tests/unit/check_pager.c - the pager's keys and screen (src/export/pager.c)
 * without a terminal, and the decoding of the keys a terminal sends
 * (src/export/term.c). */
#include "testutil.h"

#include <stdio.h>
#include <string.h>

#include "base/buf.h"
#include "export/pager.h"
#include "export/term.h"

static char tall[4096];

/* Three pages: two short ones and one of 30 lines. */
static const char *fake_page(void *ctx, size_t k)
{
    static const char *const text[] = { "Step 1 of 3\nfirst\n\n", "Step 2 of 3\nsecond\n\n", tall };
    return text[k];
}

static const size_t numbers[] = { 1, 2, 3 };
static const rv_pager_source_t three = { "A lesson", 3, numbers, 3, fake_page, NULL, NULL };

static void setup(rv_pager_t *p, const rv_pager_source_t *src, size_t rows, size_t cols)
{
    size_t n = 0;
    for (int i = 1; i <= 30; i++)
        n += (size_t)snprintf(tall + n, sizeof tall - n, "line %d of the tall step\n", i);
    rv_pager_init(p, src, rows, cols);
    rv_pager_layout(p);
}

static void press(rv_pager_t *p, int key)
{
    rv_pager_key(p, key);
    rv_pager_layout(p);
}

START_TEST(steps_forward_and_back)
{
    rv_pager_t p;
    setup(&p, &three, 10, 40);
    press(&p, ' ');
    ck_assert_uint_eq(p.page, 1);
    press(&p, RV_KEY_RIGHT);
    ck_assert_uint_eq(p.page, 2);
    press(&p, 'j');
    ck_assert_uint_eq(p.page, 2);
    ck_assert_msg(strstr(p.message, "last step"), "no message at the last step");
    press(&p, 'b');
    ck_assert_uint_eq(p.page, 1);
    ck_assert_str_eq(p.message, "");
    press(&p, RV_KEY_LEFT);
    press(&p, 'k');
    ck_assert_uint_eq(p.page, 0);
    ck_assert_msg(strstr(p.message, "first step"), "no message at the first step");
    press(&p, RV_KEY_END);
    ck_assert_uint_eq(p.page, 2);
    press(&p, 'g');
    ck_assert_uint_eq(p.page, 0);
    press(&p, 'G');
    ck_assert_uint_eq(p.page, 2);
    press(&p, RV_KEY_HOME);
    ck_assert_uint_eq(p.page, 0);
    press(&p, RV_KEY_ENTER);
    ck_assert_uint_eq(p.page, 1);
    ck_assert(!p.quit);
    press(&p, 'q');
    ck_assert(p.quit);
    rv_pager_free(&p);
}
END_TEST

START_TEST(numbers_jump)
{
    rv_pager_t p;
    setup(&p, &three, 10, 40);
    press(&p, '3');
    ck_assert_uint_eq(p.page, 0);
    ck_assert_uint_eq(p.ntyped, 1);
    press(&p, RV_KEY_ENTER);
    ck_assert_uint_eq(p.page, 2);
    press(&p, '1');
    press(&p, '2');
    press(&p, RV_KEY_BACKSPACE);
    press(&p, RV_KEY_ENTER);
    ck_assert_uint_eq(p.page, 0);
    press(&p, '9');
    press(&p, RV_KEY_ENTER);
    ck_assert_uint_eq(p.page, 0);
    ck_assert_str_eq(p.message, "There is no step 9: the steps are 1 to 3.");
    /* Esc cancels a number rather than quitting. */
    press(&p, '2');
    press(&p, RV_KEY_ESC);
    ck_assert(!p.quit);
    ck_assert_uint_eq(p.ntyped, 0);
    ck_assert_uint_eq(p.page, 0);
    press(&p, RV_KEY_ESC);
    ck_assert(p.quit);
    rv_pager_free(&p);

    static const size_t six[] = { 6 };
    static const rv_pager_source_t one = { "One", 1, six, 8, fake_page, NULL, NULL };
    setup(&p, &one, 10, 40);
    press(&p, '2');
    press(&p, RV_KEY_ENTER);
    ck_assert_str_eq(p.message, "There is no step 2 here: only step 6 is shown.");
    press(&p, '6');
    press(&p, RV_KEY_ENTER);
    ck_assert_str_eq(p.message, "");
    rv_pager_free(&p);
}
END_TEST

START_TEST(tall_steps_scroll)
{
    rv_pager_t p;
    setup(&p, &three, 10, 40);
    press(&p, 'G');
    ck_assert_uint_eq(p.nlines, 30);
    /* 10 rows: the status line, 8 of the step, the line numbers. */
    rv_buf_t screen = RV_BUF_INIT;
    rv_pager_draw(&p, &screen);
    ck_assert_msg(strstr(rv_buf_cstr(&screen), "lines 1-8 of 30"), "%s", screen.data);
    press(&p, RV_KEY_DOWN);
    ck_assert_uint_eq(p.top, 1);
    press(&p, RV_KEY_UP);
    press(&p, RV_KEY_UP);
    ck_assert_uint_eq(p.top, 0);
    press(&p, RV_KEY_PGDN);
    ck_assert_uint_eq(p.top, 8);
    for (int i = 0; i < 5; i++)
        press(&p, RV_KEY_PGDN);
    ck_assert_uint_eq(p.top, 22);
    rv_buf_truncate(&screen, 0);
    rv_pager_draw(&p, &screen);
    ck_assert_msg(strstr(screen.data, "lines 23-30 of 30"), "%s", screen.data);
    ck_assert_msg(strstr(screen.data, "line 30 of the tall step"), "last line not shown");
    /* Another step starts at its top. */
    press(&p, 'b');
    press(&p, 'j');
    ck_assert_uint_eq(p.top, 0);
    rv_buf_free(&screen);
    rv_pager_free(&p);
}
END_TEST

START_TEST(status_line_and_resize)
{
    rv_pager_t p;
    setup(&p, &three, 10, 60);
    press(&p, ' ');
    rv_buf_t screen = RV_BUF_INIT;
    rv_pager_draw(&p, &screen);
    const char *s = rv_buf_cstr(&screen);
    ck_assert_msg(strncmp(s, "\033[1;1H\033[2K\033[7m A lesson   step 2/3", 31) == 0, "%s", s);
    ck_assert_msg(strstr(s, "q quit \033[0m"), "%s", s);
    /* Narrower: the hint shortens, "step 2/3" stays. */
    p.cols = 40;
    press(&p, RV_KEY_RESIZE);
    rv_buf_truncate(&screen, 0);
    rv_pager_draw(&p, &screen);
    ck_assert_msg(strstr(screen.data, "step 2/3") && strstr(screen.data, "? keys  q quit") &&
                      !strstr(screen.data, "space next"), "%s", screen.data);
    /* Then it goes, before the title. */
    p.cols = 30;
    press(&p, RV_KEY_RESIZE);
    rv_buf_truncate(&screen, 0);
    rv_pager_draw(&p, &screen);
    ck_assert_msg(strstr(screen.data, "A lesson   step 2/3") && !strstr(screen.data, "quit"), "%s",
                  screen.data);
    /* Narrower still: the tall step takes more lines. */
    press(&p, 'G');
    p.cols = 16;
    press(&p, RV_KEY_RESIZE);
    ck_assert_uint_eq(p.nlines, 60);
    rv_buf_free(&screen);
    rv_pager_free(&p);
}
END_TEST

START_TEST(help_page)
{
    rv_pager_t p;
    setup(&p, &three, 24, 80);
    press(&p, ' ');
    press(&p, '?');
    ck_assert(p.help);
    rv_buf_t screen = RV_BUF_INIT;
    rv_pager_draw(&p, &screen);
    ck_assert_msg(strstr(rv_buf_cstr(&screen), "a number, then Enter"), "%s", screen.data);
    ck_assert_msg(strstr(screen.data, " keys "), "the status line says where we are");
    /* q leaves the keys, not the pager. */
    press(&p, 'q');
    ck_assert(!p.help);
    ck_assert(!p.quit);
    ck_assert_uint_eq(p.page, 1);
    rv_buf_free(&screen);
    rv_pager_free(&p);
}
END_TEST

START_TEST(keys_decode)
{
    struct {
        const char *bytes;
        int key;
        size_t len;
    } cases[] = {
        { " ", ' ', 1 },          { "\r", RV_KEY_ENTER, 1 },   { "\n", RV_KEY_ENTER, 1 },
        { "\x7f", RV_KEY_BACKSPACE, 1 },
        { "\033[A", RV_KEY_UP, 3 }, { "\033[B", RV_KEY_DOWN, 3 }, { "\033[C", RV_KEY_RIGHT, 3 },
        { "\033[D", RV_KEY_LEFT, 3 }, { "\033OC", RV_KEY_RIGHT, 3 }, { "\033[H", RV_KEY_HOME, 3 },
        { "\033[F", RV_KEY_END, 3 }, { "\033[1~", RV_KEY_HOME, 4 }, { "\033[4~", RV_KEY_END, 4 },
        { "\033[7~", RV_KEY_HOME, 4 }, { "\033[8~", RV_KEY_END, 4 },
        { "\033[5~", RV_KEY_PGUP, 4 }, { "\033[6~", RV_KEY_PGDN, 4 },
        { "\033[1;5C", RV_KEY_RIGHT, 6 }, { "\033[15~", RV_KEY_NONE, 5 },
        { "\033x", RV_KEY_ESC, 1 },   { "\xC3\xA9", RV_KEY_NONE, 1 },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        int key = -1;
        size_t n = rv_term_decode(cases[i].bytes, strlen(cases[i].bytes), &key);
        ck_assert_msg(n == cases[i].len && key == cases[i].key, "case %zu: %zu bytes, key %d", i,
                      n, key);
    }
    /* The start of a sequence waits for the rest. */
    int key;
    ck_assert_uint_eq(rv_term_decode("\033", 1, &key), 0);
    ck_assert_uint_eq(rv_term_decode("\033[", 2, &key), 0);
    ck_assert_uint_eq(rv_term_decode("\033[5", 3, &key), 0);
    ck_assert_uint_eq(rv_term_decode("\033O", 2, &key), 0);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("pager");
    struct {
        const char *name;
        const TTest *test;
    } cases[] = {
        { "steps", steps_forward_and_back },
        { "numbers", numbers_jump },
        { "scroll", tall_steps_scroll },
        { "status line", status_line_and_resize },
        { "help", help_page },
        { "keys", keys_decode },
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
