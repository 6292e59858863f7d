/* tests/unit/check_vm.c - the compiler and evaluator end to end: programs
 * run through rv_interp_run, their output captured, and the heap checked to
 * be empty afterwards (no leak on success, on error, or in the collector). */
#include "testutil.h"

#include <stdio.h>
#include <string.h>

#include "core/obj_str.h"
#include "lang/vm/interp.h"
#include "lang/vm/vm.h"

static rv_buf_t out;

static void capture(const char *data, size_t len, void *ctx)
{
    (void)ctx;
    rv_buf_add(&out, data, len);
}

/* Runs src with a fresh interpreter; returns the outcome, output in `out`,
 * and the last line of the error report in `err`. */
static rv_outcome_t run(const char *src, char *err, size_t errsize)
{
    rv_buf_free(&out);
    rv_interp_init();
    rv_vm_set_output(capture, NULL);
    rv_run_t r;
    rv_outcome_t oc = rv_interp_run("t.py", src, strlen(src), &r);
    err[0] = '\0';
    if (oc == RV_RUN_EXCEPTION) {
        rv_buf_t b = RV_BUF_INIT;
        rv_format_exception_only(r.exc, &b);
        snprintf(err, errsize, "%s", rv_buf_cstr(&b));
        rv_buf_free(&b);
    } else if (oc == RV_RUN_SYNTAX || oc == RV_RUN_UNSUPPORTED) {
        snprintf(err, errsize, "%s", oc == RV_RUN_SYNTAX ? r.syntax.msg : r.what);
    }
    rv_run_release(&r);
    rv_vm_set_output(NULL, NULL);
    rv_interp_finalize();
    ck_assert_msg(rv_heap_count() == 0, "heap not empty after run: %zu objects", rv_heap_count());
    return oc;
}

static void expect_output(const char *src, const char *want)
{
    char err[512];
    rv_outcome_t oc = run(src, err, sizeof err);
    ck_assert_msg(oc == RV_RUN_OK, "program failed: %s", err);
    ck_assert_str_eq(rv_buf_cstr(&out), want);
}

static void expect_error(const char *src, rv_outcome_t want_oc, const char *want)
{
    char err[512];
    rv_outcome_t oc = run(src, err, sizeof err);
    ck_assert_int_eq(oc, want_oc);
    ck_assert_str_eq(err, want);
}

START_TEST(arithmetic_and_print)
{
    expect_output("print(1 + 2 * 3, 7 // 2, -7 // 2, 2 ** 10)\n", "7 3 -4 1024\n");
    expect_output("print('a', 'b', sep='-', end='!')\n", "a-b!");
}
END_TEST

START_TEST(aliasing_and_augmented_assignment)
{
    expect_output("a = b = []\na.append(1)\nprint(b, a is b)\n", "[1] True\n");
    expect_output("x = [1]\ny = x\nx += [2]\nprint(x is y, y)\n", "True [1, 2]\n");
    expect_output("t = (1,)\nu = t\nt += (2,)\nprint(t is u, u)\n", "False (1,)\n");
}
END_TEST

START_TEST(control_flow)
{
    expect_output("for i in range(5):\n    if i == 3:\n        break\n    print(i)\nelse:\n"
                  "    print('no')\n",
                  "0\n1\n2\n");
    expect_output("n = 0\nwhile n < 3:\n    n += 1\nelse:\n    print('done', n)\n", "done 3\n");
}
END_TEST

START_TEST(comprehensions_and_closures)
{
    expect_output("print([[i * j for j in range(3)] for i in range(3)])\n",
                  "[[0, 0, 0], [0, 1, 2], [0, 2, 4]]\n");
    expect_output("print(sum(x * x for x in range(4)), {k: k * 2 for k in 'ab'})\n",
                  "14 {'a': 'aa', 'b': 'bb'}\n");
}
END_TEST

START_TEST(constants_are_shared)
{
    expect_output("x = 1000\ny = 1000\nprint(x is y)\n", "True\n");
    expect_output("a = (1, 2)\nb = (1, 2)\nprint(a is b)\n", "True\n");
    expect_output("s = 'hel' + 'lo'\nt = 'hello'\nprint(s is t)\n", "True\n");
    expect_output("a = 2 ** 70\nb = 2 ** 70\nprint(a is b)\n", "False\n");
}
END_TEST

START_TEST(uncaught_exceptions_leak_nothing)
{
    expect_error("x = [1, 2]\nx[5]\n", RV_RUN_EXCEPTION, "IndexError: list index out of range\n");
    expect_error("d = {}\nd['z']\n", RV_RUN_EXCEPTION, "KeyError: 'z'\n");
    expect_error("print(undefined)\n", RV_RUN_EXCEPTION,
                 "NameError: name 'undefined' is not defined\n");
    expect_error("a, b = [1, 2, 3]\n", RV_RUN_EXCEPTION,
                 "ValueError: too many values to unpack (expected 2)\n");
}
END_TEST

START_TEST(unsupported_constructs)
{
    expect_error("class A: pass\nclass B: pass\nclass C(A, B): pass\n", RV_RUN_UNSUPPORTED,
                 "multiple inheritance");
    expect_error("x = input()\n", RV_RUN_UNSUPPORTED,
                 "input() (refviz programs do not read the terminal)");
}
END_TEST

START_TEST(functions_and_classes)
{
    expect_output("def f(x=[]):\n    x.append(1)\n    return x\nf()\nprint(f(), f.__defaults__)\n",
                  "[1, 1] ([1, 1],)\n");
    expect_output("def g(n):\n    yield from range(n)\n    return 'end'\nprint(list(g(3)))\n",
                  "[0, 1, 2]\n");
    expect_output("class A:\n    def __init__(self, v):\n        self.v = v\n"
                  "class B(A):\n    def __init__(self):\n        super().__init__(2)\n"
                  "print(B().v, isinstance(B(), A))\n",
                  "2 True\n");
}
END_TEST

START_TEST(cycles_are_collected)
{
    expect_output("import gc\na = []\na.append(a)\ndel a\nprint(gc.collect())\n", "1\n");
    /* A cycle left at exit is freed at finalization (run() checks). */
    expect_output("a = [1]\na.append(a)\nprint(a)\n", "[1, [...]]\n");
}
END_TEST

START_TEST(copy_module)
{
    expect_output("import copy\na = [[1, 2], [3, 4]]\nb = copy.copy(a)\nb[0].append(5)\n"
                  "print(a, a[0] is b[0])\n",
                  "[[1, 2, 5], [3, 4]] True\n");
    expect_output("from copy import deepcopy\nb = [1]\nb.append(b)\nc = deepcopy(b)\n"
                  "print(c[1] is c, c is b)\n",
                  "True False\n");
}
END_TEST

/* try/except/finally and with: every path leaves the heap empty (run()
 * checks), including handlers left by break and exceptions chained. */
START_TEST(handled_exceptions)
{
    expect_output("try:\n    1 / 0\nexcept ZeroDivisionError as e:\n    print(e)\n",
                  "division by zero\n");
    expect_output("for i in range(3):\n    try:\n        [][i]\n    except IndexError as e:\n"
                  "        break\n    finally:\n        print('f', i)\nprint(i)\n",
                  "f 0\n0\n");
    expect_output("try:\n    try:\n        {}['k']\n    except KeyError:\n        raise ValueError\n"
                  "except ValueError as v:\n    print(repr(v.__context__))\n",
                  "KeyError('k')\n");
    expect_output("import contextlib\nwith contextlib.suppress(KeyError):\n    {}[1]\nprint('ok')\n",
                  "ok\n");
    expect_error("try:\n    1 / 0\nexcept ZeroDivisionError:\n    [][0]\n", RV_RUN_EXCEPTION,
                 "IndexError: list index out of range\n");
    expect_error("try:\n    x = 1\nfinally:\n    raise KeyError(2) from ValueError()\n",
                 RV_RUN_EXCEPTION, "KeyError: 2\n");
    /* refviz's own stops pass every handler. */
    expect_error("try:\n    input()\nexcept BaseException:\n    print('no')\n",
                 RV_RUN_UNSUPPORTED, "input() (refviz programs do not read the terminal)");
}
END_TEST

START_TEST(try_compile_errors)
{
    expect_error("try:\n    pass\nexcept:\n    pass\nexcept KeyError:\n    pass\n",
                 RV_RUN_SYNTAX, "default 'except:' must be last");
    /* 21 nested blocks: CPython's CO_MAXBLOCKS is 20. */
    char src[4096] = "";
    for (int i = 0; i < 21; i++) {
        for (int j = 0; j < i; j++)
            strcat(src, " ");
        strcat(src, "try:\n");
    }
    for (int i = 20; i >= 0; i--) {
        for (int j = 0; j <= i; j++)
            strcat(src, " ");
        strcat(src, "pass\n");
        for (int j = 0; j < i; j++)
            strcat(src, " ");
        strcat(src, "finally:\n");
        for (int j = 0; j <= i; j++)
            strcat(src, " ");
        strcat(src, "pass\n");
    }
    expect_error(src, RV_RUN_SYNTAX, "too many statically nested blocks");
}
END_TEST

/* Slots the memo inspected to deep-copy n two-item lists, shared twice
 * (so half the lookups hit), and a cycle through each of them. */
static size_t deepcopy_probes(int n)
{
    char src[512];
    snprintf(src, sizeof src,
             "import copy\n"
             "rows = [[i, i + 1] for i in range(%d)]\n"
             "for r in rows:\n"
             "    r.append(r)\n"
             "d = copy.deepcopy(rows + rows)\n"
             "print(d[0] is d[%d], d[5][2] is d[5], d[5] is rows[5])\n",
             n, n);
    size_t before = rv_copy_memo_probes();
    expect_output(src, "True True False\n");
    return rv_copy_memo_probes() - before;
}

/* copy.deepcopy's memo is a hash table: the slots its lookups inspect grow
 * linearly with the objects copied (a list scanned on every lookup made
 * 80,000 lists cost 16 times what 20,000 did, and took seconds).  A count,
 * not a time, so that the test cannot be flaky. */
START_TEST(deepcopy_is_linear)
{
    size_t small = deepcopy_probes(20000), large = deepcopy_probes(80000);
    ck_assert_msg(small > 0, "the memo was not consulted");
    /* Each row takes 3 lookups (reached twice, and once more through its
     * cycle; ints are atomic, never looked up), a few slots each. */
    ck_assert_msg(small < 20000 * 16, "%zu slots for 20,000 rows", small);
    ck_assert_msg(large < small * 5, "%zu slots for 80,000 rows, %zu for 20,000", large, small);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("vm");
    struct {
        const char *name;
        const TTest *test;
    } cases[] = {
        { "arithmetic", arithmetic_and_print },
        { "aliasing", aliasing_and_augmented_assignment },
        { "control flow", control_flow },
        { "comprehensions", comprehensions_and_closures },
        { "constants", constants_are_shared },
        { "exceptions", uncaught_exceptions_leak_nothing },
        { "unsupported", unsupported_constructs },
        { "functions", functions_and_classes },
        { "cycles", cycles_are_collected },
        { "copy", copy_module },
        { "handled exceptions", handled_exceptions },
        { "try compile errors", try_compile_errors },
        { "deepcopy is linear", deepcopy_is_linear },
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
    rv_buf_free(&out);
    return r;
}
