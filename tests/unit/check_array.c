/* tests/unit/check_array.c - array.array against CPython 3.11: the
 * over-allocation of array_resize seen by sys.getsizeof, exact sizes of
 * arrays built from lists, per-typecode overflow messages, repr, and that
 * an array holds no references.
 *
 * Every expected value was produced by running the Python statement quoted
 * next to it with python3 3.11 (64-bit). */
#include "testutil.h"
#include "objutil.h"

#include "core/obj_array.h"
#include "core/obj_float.h"
#include "core/obj_int.h"
#include "core/obj_list.h"
#include "core/obj_str.h"

static void count_refs(rv_obj_t *child, const rv_edge_t *e, void *ctx)
{
    (void)child;
    (void)e;
    ++*(size_t *)ctx;
}

START_TEST(append_overallocates)
{
    /* a = array('b'); getsizeof after each of 17 appends */
    static const size_t want[] = { 84, 84, 84, 84, 88, 88, 88, 88, 96,
                                   96, 96, 96, 96, 96, 96, 96, 105 };
    rv_obj_t *a = rv_array_new('b');
    ck_assert_uint_eq(rv_sizeof(a), 80);
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        rv_obj_t *v = rv_int_from_i64((int64_t)i);
        ck_assert_int_eq(rv_array_append(a, v), 0);
        rv_decref(v);
        ck_assert_uint_eq(rv_sizeof(a), want[i]);
    }
    rv_decref(a);
}
END_TEST

START_TEST(overflow_messages)
{
    static const struct { char tc; int64_t v; const char *msg; } cases[] = {
        { 'b', 128, "signed char is greater than maximum" },
        { 'b', -129, "signed char is less than minimum" },
        { 'B', -1, "unsigned byte integer is less than minimum" },
        { 'h', 32768, "signed short integer is greater than maximum" },
        { 'H', 65536, "unsigned short is greater than maximum" },
        { 'i', 2147483648, "signed integer is greater than maximum" },
        { 'I', -1, "can't convert negative value to unsigned int" },
        { 'Q', -1, "can't convert negative int to unsigned" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        rv_obj_t *a = rv_array_new(cases[i].tc), *v = rv_int_from_i64(cases[i].v);
        assert_failed(rv_array_append(a, v), &rv_exc_OverflowError, cases[i].msg);
        ck_assert_uint_eq(rv_array_len(a), 0);
        rv_decref(v);
        rv_decref(a);
    }
}
END_TEST

START_TEST(float_into_int_array)
{
    rv_obj_t *a = rv_array_new('i'), *f = rv_float_from_double(1.5);
    assert_failed(rv_array_append(a, f), &rv_exc_TypeError,
                  "'float' object cannot be interpreted as an integer");
    rv_decref(f);
    rv_decref(a);
}
END_TEST

START_TEST(repr_and_no_references)
{
    rv_obj_t *a = rv_array_new('d');
    assert_repr(a, "array('d')");
    rv_obj_t *x = rv_float_from_double(2.5), *one = rv_int_from_i64(1);
    rv_array_append(a, one);
    rv_array_append(a, x);
    assert_repr(a, "array('d', [1.0, 2.5])");
    size_t refs = 0;
    rv_traverse(a, count_refs, &refs);
    ck_assert_uint_eq(refs, 0);
    ck_assert_int_eq(x->refcnt, 1);
    rv_decref(x);
    rv_decref(one);
    rv_decref(a);
}
END_TEST

START_TEST(float_typecode_rounds)
{
    /* array('f', [0.1]) -> array('f', [0.10000000149011612]) */
    rv_obj_t *a = rv_array_new('f'), *x = rv_float_from_double(0.1);
    rv_array_append(a, x);
    assert_repr(a, "array('f', [0.10000000149011612])");
    rv_decref(x);
    rv_decref(a);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("array");
    struct {
        const char *name;
        const TTest *test;
    } cases[] = {
        { "append growth", append_overallocates },
        { "overflow", overflow_messages },
        { "float in int", float_into_int_array },
        { "repr refs", repr_and_no_references },
        { "float f", float_typecode_rounds },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        TCase *tc = tcase_create(cases[i].name);
        tcase_add_checked_fixture(tc, rv_test_setup, rv_test_teardown);
        tcase_set_timeout(tc, 60);
        tcase_add_test(tc, cases[i].test);
        suite_add_tcase(s, tc);
    }
    return s;
}

int main(void)
{
    return rv_test_run(suite());
}
