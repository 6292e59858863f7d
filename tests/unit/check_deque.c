/* tests/unit/check_deque.c - collections.deque against CPython 3.11: the
 * block model behind sys.getsizeof (centred start, extend filling from
 * the left, blocks freed as the ends move, rotate), maxlen trimming, repr,
 * comparisons, reference ownership and the error messages.
 *
 * Every expected value was produced by running the Python statement quoted
 * next to it with python3 3.11 (64-bit). */
#include "testutil.h"
#include "objutil.h"

#include "core/obj_bool.h"
#include "core/obj_deque.h"
#include "core/obj_int.h"
#include "core/obj_list.h"
#include "core/obj_range.h"
#include "core/obj_str.h"

/* deque(range(n)) */
static rv_obj_t *deque_range(int64_t n, intptr_t maxlen)
{
    rv_obj_t *zero = rv_int_from_i64(0), *stop = rv_int_from_i64(n);
    rv_obj_t *r = rv_range_new(zero, stop, NULL);
    rv_obj_t *d = rv_deque_new(maxlen);
    ck_assert_int_eq(rv_deque_extend(d, r), 0);
    rv_decref(r);
    rv_decref(stop);
    rv_decref(zero);
    return d;
}

START_TEST(size_follows_blocks)
{
    /* [sys.getsizeof(deque(range(n))) for n in (0, 63, 64, 127, 128)] */
    static const struct { int64_t n; size_t size; } cases[] = {
        { 0, 760 }, { 63, 760 }, { 64, 1288 }, { 127, 1288 }, { 128, 1816 },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        rv_obj_t *d = deque_range(cases[i].n, -1);
        ck_assert_uint_eq(rv_sizeof(d), cases[i].size);
        rv_decref(d);
    }
}
END_TEST

START_TEST(appends_start_at_the_centre)
{
    /* d = deque(); 32 appends keep one block, the 33rd needs a second;
     * appendleft: 32 fit to the left of the centre. */
    rv_obj_t *d = rv_deque_new(-1), *one = rv_int_from_i64(1);
    for (int i = 0; i < 32; i++)
        rv_deque_append(d, one);
    ck_assert_uint_eq(rv_sizeof(d), 760);
    rv_deque_append(d, one);
    ck_assert_uint_eq(rv_sizeof(d), 1288);
    rv_deque_clear(d);
    ck_assert_uint_eq(rv_sizeof(d), 760);
    for (int i = 0; i < 32; i++)
        rv_deque_appendleft(d, one);
    ck_assert_uint_eq(rv_sizeof(d), 760);
    rv_deque_appendleft(d, one);
    ck_assert_uint_eq(rv_sizeof(d), 1288);
    rv_decref(one);
    rv_decref(d);
}
END_TEST

START_TEST(pops_free_blocks)
{
    /* d = deque(range(130)): 1816; popleft() x2: 1816; pop() x64: 1288 */
    rv_obj_t *d = deque_range(130, -1);
    ck_assert_uint_eq(rv_sizeof(d), 1816);
    for (int i = 0; i < 2; i++)
        rv_decref(rv_deque_popleft(d));
    ck_assert_uint_eq(rv_sizeof(d), 1816);
    for (int i = 0; i < 64; i++)
        rv_decref(rv_deque_pop(d));
    ck_assert_uint_eq(rv_sizeof(d), 1288);
    /* d.rotate(10): 1288 (leftindex 2 -> 56: still two blocks) */
    rv_deque_rotate(d, 10);
    ck_assert_uint_eq(rv_sizeof(d), 1288);
    /* d.clear(); d.extendleft(range(64)): 1288 (filled from slot 62 leftwards,
     * the 64th item opens a second block) */
    rv_deque_clear(d);
    rv_obj_t *zero = rv_int_from_i64(0), *stop = rv_int_from_i64(64);
    rv_obj_t *r = rv_range_new(zero, stop, NULL);
    ck_assert_int_eq(rv_deque_extendleft(d, r), 0);
    ck_assert_uint_eq(rv_sizeof(d), 1288);
    rv_decref(r);
    rv_decref(stop);
    rv_decref(zero);
    rv_decref(d);
}
END_TEST

START_TEST(maxlen_trims_the_other_end)
{
    /* d = deque(range(5), 3); d.appendleft(9) -> deque([9, 2, 3], maxlen=3) */
    rv_obj_t *d = deque_range(5, 3), *nine = rv_int_from_i64(9);
    assert_repr(d, "deque([2, 3, 4], maxlen=3)");
    rv_deque_appendleft(d, nine);
    assert_repr(d, "deque([9, 2, 3], maxlen=3)");
    rv_decref(nine);
    rv_decref(d);
}
END_TEST

START_TEST(repr_recursive_and_empty)
{
    rv_obj_t *d = rv_deque_new(-1);
    assert_repr(d, "deque([])");
    rv_deque_append(d, d);
    assert_repr(d, "deque([[...]])");
    rv_deque_clear(d); /* break the cycle */
    rv_decref(d);
}
END_TEST

START_TEST(items_are_owned)
{
    rv_obj_t *d = rv_deque_new(-1), *l = rv_list_new(0);
    rv_deque_append(d, l);
    rv_deque_appendleft(d, l);
    ck_assert_int_eq(l->refcnt, 3);
    rv_obj_t *p = rv_deque_pop(d);
    ck_assert_ptr_eq(p, l);
    rv_decref(p);
    ck_assert_int_eq(l->refcnt, 2);
    rv_decref(d);
    ck_assert_int_eq(l->refcnt, 1);
    rv_decref(l);
}
END_TEST

START_TEST(error_messages)
{
    rv_obj_t *d = rv_deque_new(-1), *five = rv_int_from_i64(5);
    assert_raised(rv_deque_pop(d), &rv_exc_IndexError, "pop from an empty deque");
    assert_raised(rv_deque_popleft(d), &rv_exc_IndexError, "pop from an empty deque");
    assert_raised(rv_getitem(d, five), &rv_exc_IndexError, "deque index out of range");
    assert_raised(call_method(d, "remove", 1, five), &rv_exc_ValueError, "5 is not in deque");
    int64_t h;
    assert_failed(rv_hash(d, &h), &rv_exc_TypeError, "unhashable type: 'collections.deque'");
    rv_decref(five);
    rv_decref(d);
}
END_TEST

START_TEST(comparisons)
{
    /* deque([0, 1]) < deque([0, 2]); deque(range(2)) == deque(range(2)) */
    rv_obj_t *a = deque_range(2, -1), *b = deque_range(3, -1), *c = deque_range(2, 5);
    ck_assert_int_eq(rv_richcompare_bool(a, b, RV_LT), 1);
    ck_assert_int_eq(rv_richcompare_bool(a, c, RV_EQ), 1);
    ck_assert_int_eq(rv_richcompare_bool(b, a, RV_LE), 0);
    rv_decref(a);
    rv_decref(b);
    rv_decref(c);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("deque");
    struct {
        const char *name;
        const TTest *test;
    } cases[] = {
        { "size blocks", size_follows_blocks },
        { "centre", appends_start_at_the_centre },
        { "pops", pops_free_blocks },
        { "maxlen", maxlen_trims_the_other_end },
        { "repr", repr_recursive_and_empty },
        { "ownership", items_are_owned },
        { "errors", error_messages },
        { "compare", comparisons },
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
