/* tests/unit/check_tuple.c - tuple against CPython 3.11: sys.getsizeof, the
 * empty-tuple singleton and the identities CPython preserves (t[:] is t,
 * t * 1 is t, t + () is t), repr ('(1,)', nested and recursive), the
 * xxHash-based hash, comparisons and their TypeErrors, indexing and slicing,
 * count/index, concatenation and repetition, and reference ownership.
 *
 * Every expected value was produced by running the Python statement quoted
 * next to it with python3 3.11 (64-bit). */
#include "testutil.h"
#include "objutil.h"

#include <stdarg.h>
#include <string.h>

#include "core/obj_bool.h"
#include "core/obj_dict.h"
#include "core/obj_int.h"
#include "core/obj_list.h"
#include "core/obj_slice.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"

/******************************************************************************/
/* helpers                                                                    */

/* (v0, v1, ...) of ints. */
static rv_obj_t *ints(size_t n, ...)
{
    rv_obj_t *t = rv_tuple_new(n);
    va_list ap;
    va_start(ap, n);
    for (size_t i = 0; i < n; i++)
        rv_tuple_set_steal(t, i, rv_int_from_i64(va_arg(ap, int)));
    va_end(ap);
    return t;
}

static int64_t hash_of(rv_obj_t *o)
{
    int64_t h = 0;
    ck_assert_int_eq(rv_hash(o, &h), 0);
    return h;
}

/* t[start:stop:step], NULL for an omitted bound; consumes nothing. */
static rv_obj_t *slice_of(rv_obj_t *t, const int64_t *start, const int64_t *stop,
                          const int64_t *step)
{
    rv_obj_t *a = start ? rv_int_from_i64(*start) : NULL;
    rv_obj_t *b = stop ? rv_int_from_i64(*stop) : NULL;
    rv_obj_t *c = step ? rv_int_from_i64(*step) : NULL;
    rv_obj_t *s = rv_slice_new(a, b, c);
    rv_xdecref(a);
    rv_xdecref(b);
    rv_xdecref(c);
    rv_obj_t *r = rv_getitem(t, s);
    rv_decref(s);
    ck_assert_ptr_nonnull(r);
    return r;
}

static const int64_t I_M2 = -2, I_M1 = -1, I_1 = 1, I_3 = 3;

/******************************************************************************/
/* sizes and identity                                                         */

START_TEST(sizes_grow_by_one_pointer)
{
    /* [sys.getsizeof(tuple(range(n))) for n in range(6)] */
    static const size_t want[] = { 40, 48, 56, 64, 72, 80 };
    for (size_t n = 0; n < 6; n++) {
        rv_obj_t *t = rv_tuple_new(n);
        for (size_t i = 0; i < n; i++)
            rv_tuple_set_steal(t, i, rv_int_from_i64((int64_t)i));
        ck_assert_uint_eq(rv_sizeof(t), want[n]);
        rv_decref(t);
    }
}
END_TEST

START_TEST(empty_tuple_is_a_singleton)
{
    /* () is (); t[3:1] is (); (1, 2) * 0 is () */
    rv_obj_t *a = rv_tuple_new(0), *b = rv_tuple_pack(0);
    ck_assert_ptr_eq(a, b);
    rv_obj_t *t = ints(5, 1, 2, 3, 4, 5);
    rv_obj_t *r = slice_of(t, &I_3, &I_1, NULL);
    ck_assert_ptr_eq(r, a);
    ck_assert_uint_eq(rv_sizeof(r), 40);
    rv_decref(r);
    rv_obj_t *zero = rv_int_from_i64(0);
    r = rv_binop(RV_OP_MUL, t, zero);
    ck_assert_ptr_eq(r, a);
    rv_decref(r);
    rv_decref(zero);
    rv_decref(t);
    rv_decref(b);
    rv_decref(a);
}
END_TEST

START_TEST(identity_preserving_operations)
{
    /* t = (a, b, c, d, e): t[:] is t, t * 1 is t, t + () is t, () + t is t,
     * tuple(t) is t -- all True */
    rv_obj_t *t = ints(5, 1, 2, 3, 4, 5), *e = rv_tuple_new(0), *one = rv_int_from_i64(1);
    rv_obj_t *r = slice_of(t, NULL, NULL, NULL);
    ck_assert_ptr_eq(r, t);
    rv_decref(r);
    r = rv_binop(RV_OP_MUL, t, one);
    ck_assert_ptr_eq(r, t);
    rv_decref(r);
    r = rv_binop(RV_OP_ADD, t, e);
    ck_assert_ptr_eq(r, t);
    rv_decref(r);
    r = rv_binop(RV_OP_ADD, e, t);
    ck_assert_ptr_eq(r, t);
    rv_decref(r);
    r = rv_call(&rv_tuple_type.ob, &t, 1, NULL);
    ck_assert_ptr_eq(r, t);
    rv_decref(r);
    rv_decref(one);
    rv_decref(e);
    rv_decref(t);
}
END_TEST

START_TEST(tuple_of_list_copies_exactly)
{
    /* tuple([1, 2, 3]) == (1, 2, 3); sys.getsizeof(...) == 64 */
    rv_obj_t *l = rv_list_new(0);
    for (int i = 1; i <= 3; i++) {
        rv_obj_t *v = rv_int_from_i64(i);
        rv_list_append(l, v);
        rv_decref(v);
    }
    rv_obj_t *t = rv_tuple_from_iterable(l);
    assert_repr(t, "(1, 2, 3)");
    ck_assert_uint_eq(rv_sizeof(t), 64);
    rv_decref(t);
    rv_decref(l);
}
END_TEST

/******************************************************************************/
/* repr                                                                       */

START_TEST(repr_of_one_element_tuple)
{
    rv_obj_t *one = rv_int_from_i64(1);
    rv_obj_t *t = rv_tuple_pack(1, one);
    assert_repr(t, "(1,)");
    rv_obj_t *e = rv_tuple_new(0);
    assert_repr(e, "()");
    rv_obj_t *te = rv_tuple_pack(1, e);
    assert_repr(te, "((),)");
    rv_decref(te);
    rv_decref(e);
    rv_decref(t);
    rv_decref(one);
}
END_TEST

START_TEST(repr_of_nested_tuple)
{
    /* repr((1, 'a', (2,), [3])) */
    rv_obj_t *one = rv_int_from_i64(1), *two = rv_int_from_i64(2), *three = rv_int_from_i64(3);
    rv_obj_t *a = rv_str_from_cstr("a");
    rv_obj_t *t2 = rv_tuple_pack(1, two);
    rv_obj_t *l3 = rv_list_from_array(&three, 1);
    rv_obj_t *t = rv_tuple_pack(4, one, a, t2, l3);
    assert_repr(t, "(1, 'a', (2,), [3])");
    rv_decref(t);
    rv_decref(l3);
    rv_decref(t2);
    rv_decref(a);
    rv_decref(three);
    rv_decref(two);
    rv_decref(one);
}
END_TEST

START_TEST(repr_of_recursive_tuple)
{
    /* t = ([],); t[0].append(t); repr(t) == '([(...)],)' */
    rv_obj_t *l = rv_list_new(0);
    rv_obj_t *t = rv_tuple_pack(1, l);
    rv_list_append(l, t);
    assert_repr(t, "([(...)],)");
    rv_list_clear(l);
    rv_decref(t);
    rv_decref(l);
}
END_TEST

/******************************************************************************/
/* hashing and comparison                                                     */

START_TEST(hash_matches_cpython)
{
    /* hash((1, 2)), hash(()), hash((1,)), hash((1, 2, 3)), hash((-1,)) */
    rv_obj_t *t12 = ints(2, 1, 2), *e = rv_tuple_new(0), *t1 = ints(1, 1);
    rv_obj_t *t123 = ints(3, 1, 2, 3), *tm1 = ints(1, -1);
    ck_assert_int_eq(hash_of(t12), INT64_C(-3550055125485641917));
    ck_assert_int_eq(hash_of(t12), INT64_C(-3550055125485641917)); /* cached */
    ck_assert_int_eq(hash_of(e), INT64_C(5740354900026072187));
    ck_assert_int_eq(hash_of(t1), INT64_C(-6644214454873602895));
    ck_assert_int_eq(hash_of(t123), INT64_C(529344067295497451));
    ck_assert_int_eq(hash_of(tm1), INT64_C(8078679518589016365));
    /* hash((1, (2, 3))) */
    rv_obj_t *one = rv_int_from_i64(1), *t23 = ints(2, 2, 3);
    rv_obj_t *nested = rv_tuple_pack(2, one, t23);
    ck_assert_int_eq(hash_of(nested), INT64_C(7267574591690527098));
    /* equal tuples hash equal: hash((1, 2)) == hash((1, 2)) */
    rv_obj_t *t12b = ints(2, 1, 2);
    ck_assert_int_eq(hash_of(t12b), hash_of(t12));
    rv_decref(t12b);
    rv_decref(nested);
    rv_decref(t23);
    rv_decref(one);
    rv_decref(tm1);
    rv_decref(t123);
    rv_decref(t1);
    rv_decref(e);
    rv_decref(t12);
}
END_TEST

START_TEST(tuple_with_a_list_is_unhashable)
{
    /* hash(([],)) */
    rv_obj_t *l = rv_list_new(0);
    rv_obj_t *t = rv_tuple_pack(1, l);
    int64_t h;
    assert_failed(rv_hash(t, &h), &rv_exc_TypeError, "unhashable type: 'list'");
    rv_decref(t);
    rv_decref(l);
}
END_TEST

START_TEST(comparisons_are_lexicographic)
{
    rv_obj_t *t12 = ints(2, 1, 2), *t13 = ints(2, 1, 3), *t120 = ints(3, 1, 2, 0);
    rv_obj_t *t2 = ints(1, 2), *t15 = ints(2, 1, 5), *t21 = ints(2, 2, 1), *t1 = ints(1, 1);
    rv_obj_t *t12b = ints(2, 1, 2), *e = rv_tuple_new(0), *t0 = ints(1, 0);
    ck_assert_int_eq(rv_richcompare_bool(t12, t13, RV_LT), 1);  /* (1, 2) < (1, 3) */
    ck_assert_int_eq(rv_richcompare_bool(t12, t120, RV_LT), 1); /* (1, 2) < (1, 2, 0) */
    ck_assert_int_eq(rv_richcompare_bool(t2, t15, RV_LT), 0);   /* (2,) < (1, 5) */
    ck_assert_int_eq(rv_richcompare_bool(t12, t12b, RV_EQ), 1); /* (1, 2) == (1, 2) */
    ck_assert_int_eq(rv_richcompare_bool(t12, t21, RV_NE), 1);  /* (1, 2) != (2, 1) */
    ck_assert_int_eq(rv_richcompare_bool(e, t0, RV_LT), 1);     /* () < (0,) */
    ck_assert_int_eq(rv_richcompare_bool(t12, t12b, RV_LE), 1); /* (1, 2) <= (1, 2) */
    ck_assert_int_eq(rv_richcompare_bool(t12, t1, RV_GT), 1);   /* (1, 2) > (1,) */
    ck_assert_int_eq(rv_richcompare_bool(t12, t13, RV_GE), 0);  /* (1, 2) >= (1, 3) */
    /* (1, 'a') < (2, 3): decided by the first items */
    rv_obj_t *one = rv_int_from_i64(1), *a = rv_str_from_cstr("a");
    rv_obj_t *t1a = rv_tuple_pack(2, one, a), *t23 = ints(2, 2, 3);
    ck_assert_int_eq(rv_richcompare_bool(t1a, t23, RV_LT), 1);
    rv_decref(t23);
    rv_decref(t1a);
    rv_decref(a);
    rv_decref(one);
    rv_decref(t0);
    rv_decref(e);
    rv_decref(t12b);
    rv_decref(t1);
    rv_decref(t21);
    rv_decref(t15);
    rv_decref(t2);
    rv_decref(t120);
    rv_decref(t13);
    rv_decref(t12);
}
END_TEST

START_TEST(ordering_errors)
{
    /* (1, 'a') < (1, 2) */
    rv_obj_t *one = rv_int_from_i64(1), *a = rv_str_from_cstr("a");
    rv_obj_t *t1a = rv_tuple_pack(2, one, a), *t12 = ints(2, 1, 2);
    assert_raised(rv_richcompare(t1a, t12, RV_LT), &rv_exc_TypeError,
                  "'<' not supported between instances of 'str' and 'int'");
    /* (1,) < 1 */
    rv_obj_t *t1 = ints(1, 1);
    assert_raised(rv_richcompare(t1, one, RV_LT), &rv_exc_TypeError,
                  "'<' not supported between instances of 'tuple' and 'int'");
    rv_decref(t1);
    rv_decref(t12);
    rv_decref(t1a);
    rv_decref(a);
    rv_decref(one);
}
END_TEST

/******************************************************************************/
/* indexing, slicing, methods, operators                                      */

START_TEST(slicing_with_negative_steps)
{
    rv_obj_t *t = ints(5, 1, 2, 3, 4, 5), *r;
    r = slice_of(t, NULL, NULL, &I_M1); /* t[::-1] */
    assert_repr(r, "(5, 4, 3, 2, 1)");
    rv_decref(r);
    r = slice_of(t, &I_1, &I_3, NULL); /* t[1:3] */
    assert_repr(r, "(2, 3)");
    ck_assert_uint_eq(rv_sizeof(r), 56);
    rv_decref(r);
    r = slice_of(t, NULL, NULL, &I_M2); /* t[::-2] */
    assert_repr(r, "(5, 3, 1)");
    rv_decref(r);
    r = slice_of(t, &I_M2, NULL, NULL); /* t[-2:] */
    assert_repr(r, "(4, 5)");
    rv_decref(r);
    rv_decref(t);
}
END_TEST

START_TEST(index_errors)
{
    rv_obj_t *t = ints(2, 1, 2), *five = rv_int_from_i64(5), *a = rv_str_from_cstr("a");
    /* (1, 2)[5] */
    assert_raised(rv_getitem(t, five), &rv_exc_IndexError, "tuple index out of range");
    /* (1, 2)['a'] */
    assert_raised(rv_getitem(t, a), &rv_exc_TypeError,
                  "tuple indices must be integers or slices, not str");
    /* (1, 2)[-1] == 2 */
    rv_obj_t *m1 = rv_int_from_i64(-1);
    rv_obj_t *r = rv_getitem(t, m1);
    assert_repr(r, "2");
    rv_decref(r);
    rv_decref(m1);
    rv_decref(a);
    rv_decref(five);
    rv_decref(t);
}
END_TEST

START_TEST(count_index_and_contains)
{
    rv_obj_t *t = ints(3, 1, 2, 1), *one = rv_int_from_i64(1), *three = rv_int_from_i64(3);
    rv_obj_t *r = call_method(t, "count", 1, one); /* (1, 2, 1).count(1) == 2 */
    assert_repr(r, "2");
    rv_decref(r);
    r = call_method(t, "index", 2, one, one); /* (1, 2, 1).index(1, 1) == 2 */
    assert_repr(r, "2");
    rv_decref(r);
    /* (1, 2, 1).index(3) */
    assert_raised(call_method(t, "index", 1, three), &rv_exc_ValueError,
                  "tuple.index(x): x not in tuple");
    ck_assert_int_eq(rv_contains(t, one), 1);   /* 1 in (1, 2, 1) */
    ck_assert_int_eq(rv_contains(t, three), 0); /* 3 in (1, 2, 1) */
    rv_decref(three);
    rv_decref(one);
    rv_decref(t);
}
END_TEST

START_TEST(concat_and_repeat)
{
    rv_obj_t *t12 = ints(2, 1, 2), *t3 = ints(1, 3), *k = rv_int_from_i64(3);
    rv_obj_t *r = rv_binop(RV_OP_ADD, t12, t3); /* (1, 2) + (3,) */
    assert_repr(r, "(1, 2, 3)");
    rv_decref(r);
    r = rv_binop(RV_OP_MUL, t12, k); /* (1, 2) * 3 */
    assert_repr(r, "(1, 2, 1, 2, 1, 2)");
    rv_decref(r);
    r = rv_binop(RV_OP_MUL, k, t12); /* 3 * (1, 2) */
    assert_repr(r, "(1, 2, 1, 2, 1, 2)");
    rv_decref(r);
    rv_decref(k);
    rv_decref(t3);
    rv_decref(t12);
}
END_TEST

START_TEST(concat_and_repeat_errors)
{
    rv_obj_t *t12 = ints(2, 1, 2), *one = rv_int_from_i64(1), *a = rv_str_from_cstr("a");
    rv_obj_t *l = rv_list_from_array(&one, 1);
    /* (1, 2) + [1] */
    assert_raised(rv_binop(RV_OP_ADD, t12, l), &rv_exc_TypeError,
                  "can only concatenate tuple (not \"list\") to tuple");
    /* (1, 2) * 'a' */
    assert_raised(rv_binop(RV_OP_MUL, t12, a), &rv_exc_TypeError,
                  "can't multiply sequence by non-int of type 'str'");
    /* (1, 2) * (1,) */
    rv_obj_t *t1 = ints(1, 1);
    assert_raised(rv_binop(RV_OP_MUL, t12, t1), &rv_exc_TypeError,
                  "can't multiply sequence by non-int of type 'tuple'");
    rv_decref(t1);
    rv_decref(l);
    rv_decref(a);
    rv_decref(one);
    rv_decref(t12);
}
END_TEST

/******************************************************************************/
/* references                                                                 */

START_TEST(items_are_held_and_released)
{
    /* x = []; t = (x, x); sys.getrefcount(x) - 1 == 3 */
    rv_obj_t *x = rv_list_new(0);
    rv_obj_t *t = rv_tuple_pack(2, x, x);
    ck_assert_int_eq(x->refcnt, 3);
    rv_obj_t *u = rv_tuple_from_array(&x, 1);
    ck_assert_int_eq(x->refcnt, 4);
    rv_decref(t);
    ck_assert_int_eq(x->refcnt, 2);
    rv_decref(u);
    ck_assert_int_eq(x->refcnt, 1);
    rv_decref(x);
}
END_TEST

START_TEST(getitem_returns_a_new_reference)
{
    rv_obj_t *x = rv_list_new(0);
    rv_obj_t *t = rv_tuple_pack(1, x);
    rv_obj_t *zero = rv_int_from_i64(0);
    rv_obj_t *r = rv_getitem(t, zero);
    ck_assert_ptr_eq(r, x);
    ck_assert_int_eq(x->refcnt, 3);
    rv_decref(r);
    rv_decref(zero);
    rv_decref(t);
    ck_assert_int_eq(x->refcnt, 1);
    rv_decref(x);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("tuple");
    struct {
        const char *name;
        const TTest *test;
    } cases[] = {
        { "sizes", sizes_grow_by_one_pointer },
        { "empty singleton", empty_tuple_is_a_singleton },
        { "identities", identity_preserving_operations },
        { "tuple(list)", tuple_of_list_copies_exactly },
        { "repr one", repr_of_one_element_tuple },
        { "repr nested", repr_of_nested_tuple },
        { "repr recursive", repr_of_recursive_tuple },
        { "hash", hash_matches_cpython },
        { "unhashable", tuple_with_a_list_is_unhashable },
        { "compare", comparisons_are_lexicographic },
        { "compare errors", ordering_errors },
        { "slicing", slicing_with_negative_steps },
        { "index errors", index_errors },
        { "methods", count_index_and_contains },
        { "operators", concat_and_repeat },
        { "operator errors", concat_and_repeat_errors },
        { "refs held", items_are_held_and_released },
        { "getitem ref", getitem_returns_a_new_reference },
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
