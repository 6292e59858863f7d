/* tests/unit/check_list.c - list against CPython 3.11: sys.getsizeof through
 * over-allocation, exact pre-sizing and shrinking, repr (nested and
 * recursive), comparisons, hashing, reference ownership, the methods and
 * their error messages, and slicing with negative and extended steps.
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
#include "core/obj_misc.h"
#include "core/obj_range.h"
#include "core/obj_slice.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"

/******************************************************************************/
/* helpers                                                                    */

#define N_ELEMS(a) (sizeof(a) / sizeof((a)[0]))

/* [v0, v1, ...]: a list of ints with exactly n slots, as a display of
 * non-constant items (BUILD_LIST n) builds it. */
static rv_obj_t *ints(size_t n, ...)
{
    rv_obj_t *l = rv_list_new(n);
    va_list ap;
    va_start(ap, n);
    for (size_t i = 0; i < n; i++)
        rv_list_set_steal(l, i, rv_int_from_i64(va_arg(ap, int)));
    va_end(ap);
    return l;
}

/* range(n) */
static rv_obj_t *range_of(int64_t n)
{
    rv_obj_t *zero = rv_int_from_i64(0), *stop = rv_int_from_i64(n);
    rv_obj_t *r = rv_range_new(zero, stop, NULL);
    ck_assert_ptr_nonnull(r);
    rv_decref(stop);
    rv_decref(zero);
    return r;
}

/* list(range(n)) */
static rv_obj_t *list_range(int64_t n)
{
    rv_obj_t *r = range_of(n);
    rv_obj_t *l = rv_list_from_iterable(r);
    ck_assert_ptr_nonnull(l);
    rv_decref(r);
    return l;
}

/* Calls a method that returns None and drops the result. */
static void call_void(rv_obj_t *self, const char *name, size_t nargs, rv_obj_t *arg0,
                      rv_obj_t *arg1)
{
    rv_obj_t *r = call_method(self, name, nargs, arg0, arg1);
    ck_assert_ptr_eq(r, rv_None);
    rv_decref(r);
}

/* o[start:stop:step], NULL for an omitted bound. */
static rv_obj_t *slice3(const int64_t *start, const int64_t *stop, const int64_t *step)
{
    rv_obj_t *a = start ? rv_int_from_i64(*start) : NULL;
    rv_obj_t *b = stop ? rv_int_from_i64(*stop) : NULL;
    rv_obj_t *c = step ? rv_int_from_i64(*step) : NULL;
    rv_obj_t *s = rv_slice_new(a, b, c);
    rv_xdecref(a);
    rv_xdecref(b);
    rv_xdecref(c);
    return s;
}

static void assert_slice(rv_obj_t *l, const int64_t *start, const int64_t *stop,
                         const int64_t *step, const char *want_repr, size_t want_size)
{
    rv_obj_t *s = slice3(start, stop, step);
    rv_obj_t *r = rv_getitem(l, s);
    ck_assert_ptr_nonnull(r);
    assert_repr(r, want_repr);
    ck_assert_uint_eq(rv_sizeof(r), want_size);
    rv_decref(r);
    rv_decref(s);
}

static const int64_t I_M8 = -8, I_M3 = -3, I_M2 = -2, I_M1 = -1, I_2 = 2, I_3 = 3, I_5 = 5,
                     I_8 = 8;

/******************************************************************************/
/* sizes                                                                      */

START_TEST(append_overallocates_as_cpython)
{
    /* l = []; for i in range(21): l.append(i); sys.getsizeof(l) */
    static const size_t want[] = { 56,  88,  88,  88,  88,  120, 120, 120, 120, 184, 184,
                                   184, 184, 184, 184, 184, 184, 248, 248, 248, 248, 248 };
    rv_obj_t *l = rv_list_new(0);
    ck_assert_uint_eq(rv_sizeof(l), want[0]);
    for (int i = 0; i < 21; i++) {
        rv_obj_t *v = rv_int_from_i64(i);
        ck_assert_int_eq(rv_list_append(l, v), 0);
        rv_decref(v);
        ck_assert_msg(rv_sizeof(l) == want[i + 1], "after %d appends: %zu, expected %zu",
                      i + 1, rv_sizeof(l), want[i + 1]);
    }
    rv_decref(l);
}
END_TEST

START_TEST(list_of_range_is_presized_exactly)
{
    /* [sys.getsizeof(list(range(n))) for n in range(12)] */
    static const size_t want[] = { 56, 72, 72, 88, 88, 104, 104, 120, 120, 136, 136, 152 };
    for (size_t n = 0; n < N_ELEMS(want); n++) {
        rv_obj_t *l = list_range((int64_t)n);
        ck_assert_uint_eq(rv_list_len(l), n);
        ck_assert_msg(rv_sizeof(l) == want[n], "list(range(%zu)): %zu, expected %zu", n,
                      rv_sizeof(l), want[n]);
        rv_decref(l);
    }
}
END_TEST

START_TEST(list_of_sized_iterables)
{
    /* [sys.getsizeof(list(tuple(range(n)))) for n in range(8)] */
    static const size_t want[] = { 56, 72, 72, 88, 88, 104, 104, 120 };
    for (size_t n = 0; n < N_ELEMS(want); n++) {
        rv_obj_t *t = rv_tuple_new(n);
        for (size_t i = 0; i < n; i++)
            rv_tuple_set_steal(t, i, rv_int_from_i64((int64_t)i));
        rv_obj_t *l = rv_call(&rv_list_type.ob, &t, 1, NULL);
        ck_assert_ptr_nonnull(l);
        ck_assert_uint_eq(rv_sizeof(l), want[n]);
        rv_decref(l);
        rv_decref(t);
    }
    /* sys.getsizeof(list('abcde')) == 104 */
    rv_obj_t *s = rv_str_from_cstr("abcde");
    rv_obj_t *l = rv_list_from_iterable(s);
    assert_repr(l, "['a', 'b', 'c', 'd', 'e']");
    ck_assert_uint_eq(rv_sizeof(l), 104);
    rv_decref(l);
    rv_decref(s);
}
END_TEST

START_TEST(repeat_is_exact)
{
    /* [sys.getsizeof([None] * n) for n in range(8)] */
    static const size_t want[] = { 56, 64, 72, 80, 88, 96, 104, 112 };
    rv_obj_t *one = rv_list_from_array((rv_obj_t *[]){ rv_None }, 1);
    for (size_t n = 0; n < N_ELEMS(want); n++) {
        rv_obj_t *k = rv_int_from_i64((int64_t)n);
        rv_obj_t *r = rv_binop(RV_OP_MUL, one, k);
        ck_assert_ptr_nonnull(r);
        ck_assert_uint_eq(rv_list_len(r), n);
        ck_assert_uint_eq(rv_sizeof(r), want[n]);
        rv_decref(r);
        rv_decref(k);
    }
    rv_decref(one);
}
END_TEST

START_TEST(extend_by_sequence_sizes)
{
    /* l = []; l.extend((1, 2, 3)); sys.getsizeof(l) == 88 */
    rv_obj_t *l = rv_list_new(0);
    rv_obj_t *t = rv_tuple_new(3);
    for (size_t i = 0; i < 3; i++)
        rv_tuple_set_steal(t, i, rv_int_from_i64((int64_t)i + 1));
    ck_assert_int_eq(rv_list_extend(l, t), 0);
    ck_assert_uint_eq(rv_sizeof(l), 88);
    rv_decref(t);
    rv_decref(l);

    /* five = [1, 2, 3, 4, 5]; l = []; l.extend(five) -> 104 */
    rv_obj_t *five = ints(5, 1, 2, 3, 4, 5);
    l = rv_list_new(0);
    ck_assert_int_eq(rv_list_extend(l, five), 0);
    ck_assert_uint_eq(rv_sizeof(l), 104);
    rv_decref(l);

    /* x = 0; l = [x]; l.extend(five) -> 152 */
    l = ints(1, 0);
    ck_assert_int_eq(rv_list_extend(l, five), 0);
    assert_repr(l, "[0, 1, 2, 3, 4, 5]");
    ck_assert_uint_eq(rv_sizeof(l), 152);
    rv_decref(l);

    /* l += l doubles in place: l = [x, y]; l += l -> [1, 2, 1, 2] */
    l = ints(2, 1, 2);
    rv_obj_t *r = rv_inplace(RV_OP_ADD, l, l);
    ck_assert_ptr_eq(r, l);
    rv_decref(r);
    assert_repr(l, "[1, 2, 1, 2]");
    rv_decref(l);
    rv_decref(five);
}
END_TEST

START_TEST(extend_by_iterable_sizes)
{
    /* x = 0; l = [x]; l.extend(range(5)); sys.getsizeof(l) == 152 */
    rv_obj_t *r5 = range_of(5);
    rv_obj_t *l = ints(1, 0);
    ck_assert_int_eq(rv_list_extend(l, r5), 0);
    assert_repr(l, "[0, 0, 1, 2, 3, 4]");
    ck_assert_uint_eq(rv_sizeof(l), 152);
    rv_decref(l);
    /* l = [x]; l.extend(iter([0, 1, 2, 3, 4])); sys.getsizeof(l) == 152 */
    rv_obj_t *src = list_range(5);
    rv_obj_t *it = rv_iter(src);
    l = ints(1, 0);
    ck_assert_int_eq(rv_list_extend(l, it), 0);
    ck_assert_uint_eq(rv_list_len(l), 6);
    ck_assert_uint_eq(rv_sizeof(l), 152);
    rv_decref(l);
    rv_decref(it);
    rv_decref(src);
    rv_decref(r5);
}
END_TEST

START_TEST(slices_are_exact_copies)
{
    /* l = list(range(10)) */
    rv_obj_t *l = list_range(10);
    assert_slice(l, &I_2, &I_5, NULL, "[2, 3, 4]", 80);                  /* l[2:5] */
    assert_slice(l, NULL, NULL, &I_M1, "[9, 8, 7, 6, 5, 4, 3, 2, 1, 0]", 136); /* l[::-1] */
    assert_slice(l, NULL, NULL, &I_3, "[0, 3, 6, 9]", 88);                /* l[::3] */
    assert_slice(l, &I_M1, &I_M8, &I_M2, "[9, 7, 5, 3]", 88);             /* l[-1:-8:-2] */
    assert_slice(l, &I_8, &I_2, &I_M3, "[8, 5]", 72);                     /* l[8:2:-3] */
    assert_slice(l, &I_5, &I_2, NULL, "[]", 56);                          /* l[5:2] */
    rv_decref(l);
}
END_TEST

START_TEST(clear_frees_the_array)
{
    /* l = list(range(10)); l.clear(); sys.getsizeof(l) == 56 */
    rv_obj_t *l = list_range(10);
    call_void(l, "clear", 0, NULL, NULL);
    ck_assert_uint_eq(rv_list_len(l), 0);
    ck_assert_uint_eq(rv_sizeof(l), 56);
    rv_decref(l);
}
END_TEST

START_TEST(deleting_the_last_item_frees_the_array)
{
    /* l = []; l.append(None); del l[0]; sys.getsizeof(l) == 56 */
    rv_obj_t *l = rv_list_new(0);
    rv_list_append(l, rv_None);
    ck_assert_uint_eq(rv_sizeof(l), 88);
    rv_obj_t *zero = rv_int_from_i64(0);
    ck_assert_int_eq(rv_delitem(l, zero), 0);
    ck_assert_uint_eq(rv_list_len(l), 0);
    ck_assert_uint_eq(rv_sizeof(l), 56);
    rv_decref(l);
    /* l = []; l.append(None); l.remove(None); sys.getsizeof(l) == 56 */
    l = rv_list_new(0);
    rv_list_append(l, rv_None);
    call_void(l, "remove", 1, rv_None, NULL);
    ck_assert_uint_eq(rv_sizeof(l), 56);
    rv_decref(l);
    /* x = None; l = [x, x]; del l[0:2]; sys.getsizeof(l) == 56 */
    l = rv_list_from_array((rv_obj_t *[]){ rv_None, rv_None }, 2);
    ck_assert_int_eq(rv_list_set_slice(l, 0, 2, NULL), 0);
    ck_assert_uint_eq(rv_sizeof(l), 56);
    rv_decref(l);
    rv_decref(zero);
}
END_TEST

START_TEST(pop_of_the_last_item_keeps_the_array)
{
    /* x = None; l = [x]; l.pop(); sys.getsizeof(l) == 64 */
    rv_obj_t *l = rv_list_from_array((rv_obj_t *[]){ rv_None }, 1);
    rv_obj_t *r = call_method(l, "pop", 0);
    ck_assert_ptr_eq(r, rv_None);
    rv_decref(r);
    ck_assert_uint_eq(rv_list_len(l), 0);
    ck_assert_uint_eq(rv_sizeof(l), 64);
    rv_decref(l);
    /* l = [x, x]; l.pop() -> 72; l.pop() -> 56 */
    l = rv_list_from_array((rv_obj_t *[]){ rv_None, rv_None }, 2);
    rv_decref(call_method(l, "pop", 0));
    ck_assert_uint_eq(rv_sizeof(l), 72);
    rv_decref(call_method(l, "pop", 0));
    ck_assert_uint_eq(rv_sizeof(l), 56);
    rv_decref(l);
}
END_TEST

/******************************************************************************/
/* repr, comparison, hashing                                                  */

START_TEST(repr_of_nested_containers)
{
    /* repr([1, [2, [3]], 'a', (1,), {}]) */
    rv_obj_t *inner = ints(1, 3);
    rv_obj_t *two = rv_int_from_i64(2), *one = rv_int_from_i64(1);
    rv_obj_t *mid = rv_list_from_array((rv_obj_t *[]){ two, inner }, 2);
    rv_obj_t *a = rv_str_from_cstr("a");
    rv_obj_t *t = rv_tuple_pack(1, one);
    rv_obj_t *d = rv_dict_new();
    rv_obj_t *l = rv_list_from_array((rv_obj_t *[]){ one, mid, a, t, d }, 5);
    assert_repr(l, "[1, [2, [3]], 'a', (1,), {}]");
    rv_obj_t *empty = rv_list_new(0);
    assert_repr(empty, "[]");
    rv_decref(empty);
    rv_decref(l);
    rv_decref(d);
    rv_decref(t);
    rv_decref(a);
    rv_decref(mid);
    rv_decref(one);
    rv_decref(two);
    rv_decref(inner);
}
END_TEST

START_TEST(repr_of_recursive_lists)
{
    /* l = [1]; l.append(l); repr(l) == '[1, [...]]' */
    rv_obj_t *l = ints(1, 1);
    rv_list_append(l, l);
    assert_repr(l, "[1, [...]]");
    /* a = []; b = [a]; a.append(b); repr(a) == '[[[...]]]' */
    rv_obj_t *a = rv_list_new(0);
    rv_obj_t *b = rv_list_from_array(&a, 1);
    rv_list_append(a, b);
    assert_repr(a, "[[[...]]]");
    assert_repr(b, "[[[...]]]");
    /* Break the cycles so the last decrefs free them. */
    rv_list_clear(l);
    rv_list_clear(b);
    rv_decref(l);
    rv_decref(b);
    rv_decref(a);
}
END_TEST

START_TEST(comparisons_are_lexicographic)
{
    rv_obj_t *l12 = ints(2, 1, 2), *l13 = ints(2, 1, 3), *l120 = ints(3, 1, 2, 0);
    rv_obj_t *l2 = ints(1, 2), *l15 = ints(2, 1, 5), *l3 = ints(1, 3), *l29 = ints(2, 2, 9);
    rv_obj_t *l12b = ints(2, 1, 2), *e1 = rv_list_new(0), *e2 = rv_list_new(0);
    ck_assert_int_eq(rv_richcompare_bool(l12, l13, RV_LT), 1);   /* [1, 2] < [1, 3] */
    ck_assert_int_eq(rv_richcompare_bool(l12, l120, RV_LT), 1);  /* [1, 2] < [1, 2, 0] */
    ck_assert_int_eq(rv_richcompare_bool(l2, l15, RV_LT), 0);    /* [2] < [1, 5] */
    ck_assert_int_eq(rv_richcompare_bool(l12, l12b, RV_EQ), 1);  /* [1, 2] == [1, 2] */
    ck_assert_int_eq(rv_richcompare_bool(l12, l13, RV_NE), 1);   /* [1, 2] != [1, 3] */
    ck_assert_int_eq(rv_richcompare_bool(l12, l12b, RV_LE), 1);  /* [1, 2] <= [1, 2] */
    ck_assert_int_eq(rv_richcompare_bool(l3, l29, RV_GT), 1);    /* [3] > [2, 9] */
    ck_assert_int_eq(rv_richcompare_bool(e1, e2, RV_GE), 1);     /* [] >= [] */
    ck_assert_int_eq(rv_richcompare_bool(e1, l12, RV_EQ), 0);    /* [] == [1, 2] */
    rv_decref(e2);
    rv_decref(e1);
    rv_decref(l12b);
    rv_decref(l29);
    rv_decref(l3);
    rv_decref(l15);
    rv_decref(l2);
    rv_decref(l120);
    rv_decref(l13);
    rv_decref(l12);
}
END_TEST

START_TEST(ordering_against_int_raises)
{
    /* [1] < 1 */
    rv_obj_t *l = ints(1, 1), *one = rv_int_from_i64(1);
    assert_raised(rv_richcompare(l, one, RV_LT), &rv_exc_TypeError,
                  "'<' not supported between instances of 'list' and 'int'");
    /* [1, 'a'] < [1, 2] compares 'a' < 2 */
    rv_obj_t *a = rv_str_from_cstr("a");
    rv_obj_t *la = rv_list_from_array((rv_obj_t *[]){ one, a }, 2), *l12 = ints(2, 1, 2);
    assert_raised(rv_richcompare(la, l12, RV_LT), &rv_exc_TypeError,
                  "'<' not supported between instances of 'str' and 'int'");
    /* [1] == 1 is False, not an error */
    ck_assert_int_eq(rv_richcompare_bool(l, one, RV_EQ), 0);
    rv_decref(l12);
    rv_decref(la);
    rv_decref(a);
    rv_decref(one);
    rv_decref(l);
}
END_TEST

START_TEST(lists_are_unhashable)
{
    /* hash([]) */
    rv_obj_t *l = rv_list_new(0);
    int64_t h;
    assert_failed(rv_hash(l, &h), &rv_exc_TypeError, "unhashable type: 'list'");
    rv_decref(l);
}
END_TEST

/******************************************************************************/
/* references                                                                 */

START_TEST(append_increfs_and_free_releases)
{
    rv_obj_t *x = rv_list_new(0);
    rv_obj_t *l = rv_list_new(0);
    ck_assert_int_eq(x->refcnt, 1);
    rv_list_append(l, x);
    ck_assert_int_eq(x->refcnt, 2);
    rv_list_insert(l, 0, x);
    ck_assert_int_eq(x->refcnt, 3);
    rv_decref(l);
    ck_assert_int_eq(x->refcnt, 1);
    rv_decref(x);
}
END_TEST

START_TEST(setitem_and_delitem_release_the_old_item)
{
    rv_obj_t *x = rv_list_new(0), *y = rv_list_new(0);
    rv_obj_t *l = rv_list_from_array(&x, 1);
    ck_assert_int_eq(x->refcnt, 2);
    rv_obj_t *zero = rv_int_from_i64(0);
    ck_assert_int_eq(rv_setitem(l, zero, y), 0);
    ck_assert_int_eq(x->refcnt, 1);
    ck_assert_int_eq(y->refcnt, 2);
    ck_assert_ptr_eq(rv_list_get_borrow(l, 0), y);
    ck_assert_int_eq(rv_delitem(l, zero), 0);
    ck_assert_int_eq(y->refcnt, 1);
    rv_decref(zero);
    rv_decref(l);
    rv_decref(y);
    rv_decref(x);
}
END_TEST

/******************************************************************************/
/* methods                                                                    */

START_TEST(pop_messages)
{
    /* [].pop() */
    rv_obj_t *l = rv_list_new(0);
    assert_raised(call_method(l, "pop", 0), &rv_exc_IndexError, "pop from empty list");
    rv_decref(l);
    /* [1].pop(5) */
    l = ints(1, 1);
    rv_obj_t *five = rv_int_from_i64(5);
    assert_raised(call_method(l, "pop", 1, five), &rv_exc_IndexError, "pop index out of range");
    /* [1, 2, 3].pop(0) == 1, leaving [2, 3] */
    rv_decref(l);
    l = ints(3, 1, 2, 3);
    rv_obj_t *zero = rv_int_from_i64(0);
    rv_obj_t *r = call_method(l, "pop", 1, zero);
    assert_repr(r, "1");
    assert_repr(l, "[2, 3]");
    rv_decref(r);
    rv_decref(zero);
    rv_decref(five);
    rv_decref(l);
}
END_TEST

START_TEST(remove_missing_item)
{
    /* [1].remove(2) */
    rv_obj_t *l = ints(3, 1, 2, 1), *two = rv_int_from_i64(2), *one = rv_int_from_i64(1);
    call_void(l, "remove", 1, one, NULL);
    assert_repr(l, "[2, 1]"); /* the first occurrence goes */
    call_void(l, "remove", 1, two, NULL);
    assert_raised(call_method(l, "remove", 1, two), &rv_exc_ValueError,
                  "list.remove(x): x not in list");
    rv_decref(one);
    rv_decref(two);
    rv_decref(l);
}
END_TEST

START_TEST(index_messages)
{
    rv_obj_t *l = ints(3, 1, 2, 1);
    rv_obj_t *one = rv_int_from_i64(1), *five = rv_int_from_i64(5);
    rv_obj_t *x = rv_str_from_cstr("x");
    /* [1, 2, 1].index(1, 1) == 2 and .count(1) == 2 */
    rv_obj_t *r = call_method(l, "index", 2, one, one);
    assert_repr(r, "2");
    rv_decref(r);
    r = call_method(l, "count", 1, one);
    assert_repr(r, "2");
    rv_decref(r);
    /* [1, 2].index(5), [1, 2].index('x'), [1, 2].index(1, 1) */
    rv_obj_t *l12 = ints(2, 1, 2);
    assert_raised(call_method(l12, "index", 1, five), &rv_exc_ValueError, "5 is not in list");
    assert_raised(call_method(l12, "index", 1, x), &rv_exc_ValueError, "'x' is not in list");
    assert_raised(call_method(l12, "index", 2, one, one), &rv_exc_ValueError,
                  "1 is not in list");
    rv_decref(l12);
    rv_decref(x);
    rv_decref(five);
    rv_decref(one);
    rv_decref(l);
}
END_TEST

START_TEST(insert_clamps_the_position)
{
    /* l = list(range(4)); l.insert(100, 'x'); l.insert(-100, 'y'); l.insert(-1, 'z') */
    rv_obj_t *l = list_range(4);
    rv_obj_t *x = rv_str_from_cstr("x"), *y = rv_str_from_cstr("y"), *z = rv_str_from_cstr("z");
    rv_obj_t *p100 = rv_int_from_i64(100), *m100 = rv_int_from_i64(-100);
    call_void(l, "insert", 2, p100, x);
    ck_assert_int_eq(rv_list_insert(l, -100, y), 0);
    ck_assert_int_eq(rv_list_insert(l, -1, z), 0);
    assert_repr(l, "['y', 0, 1, 2, 3, 'z', 'x']");
    ck_assert_uint_eq(rv_sizeof(l), 120);
    /* also through the method with a negative position */
    call_void(l, "insert", 2, m100, x);
    assert_repr(l, "['x', 'y', 0, 1, 2, 3, 'z', 'x']");
    rv_decref(m100);
    rv_decref(p100);
    rv_decref(z);
    rv_decref(y);
    rv_decref(x);
    rv_decref(l);
}
END_TEST

static rv_obj_t *len_key(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    (void)self;
    (void)kw;
    ck_assert_uint_eq(nargs, 1);
    size_t n;
    if (rv_len(args[0], &n) < 0)
        return NULL;
    return rv_int_from_u64(n);
}

static const rv_method_t len_def = { "len", len_key, 0 };

static rv_obj_t *words(void)
{
    const char *w[] = { "bb", "a", "ccc", "dd", "e" };
    rv_obj_t *l = rv_list_new(5);
    for (size_t i = 0; i < 5; i++)
        rv_list_set_steal(l, i, rv_str_from_cstr(w[i]));
    return l;
}

START_TEST(sort_with_key_is_stable)
{
    rv_obj_t *key = rv_builtin_new(&len_def, NULL);
    /* l = ['bb', 'a', 'ccc', 'dd', 'e']; l.sort(key=len) */
    rv_obj_t *l = words();
    ck_assert_int_eq(rv_list_sort(l, key, false), 0);
    assert_repr(l, "['a', 'e', 'bb', 'dd', 'ccc']");
    rv_decref(l);
    /* l.sort(key=len, reverse=True): equal keys keep their order */
    l = words();
    ck_assert_int_eq(rv_list_sort(l, key, true), 0);
    assert_repr(l, "['ccc', 'bb', 'dd', 'a', 'e']");
    rv_decref(l);
    /* through the method: l.sort(key=len, reverse=True) */
    l = words();
    rv_obj_t *kwn = rv_tuple_new(2);
    rv_tuple_set_steal(kwn, 0, rv_str_from_cstr("key"));
    rv_tuple_set_steal(kwn, 1, rv_str_from_cstr("reverse"));
    rv_obj_t *m = rv_getattr_cstr(l, "sort");
    rv_obj_t *r = rv_call(m, (rv_obj_t *[]){ key, rv_True }, 0, kwn);
    ck_assert_ptr_eq(r, rv_None);
    rv_decref(r);
    assert_repr(l, "['ccc', 'bb', 'dd', 'a', 'e']");
    rv_decref(m);
    rv_decref(kwn);
    rv_decref(l);
    /* l = [3, 1, 2]; l.sort(reverse=True) */
    l = ints(3, 3, 1, 2);
    ck_assert_int_eq(rv_list_sort(l, NULL, true), 0);
    assert_repr(l, "[3, 2, 1]");
    rv_decref(l);
    rv_decref(key);
}
END_TEST

START_TEST(sort_of_mixed_types_raises)
{
    /* l = [1, 'a']; l.sort() */
    rv_obj_t *one = rv_int_from_i64(1), *a = rv_str_from_cstr("a");
    rv_obj_t *l = rv_list_from_array((rv_obj_t *[]){ one, a }, 2);
    assert_failed(rv_list_sort(l, NULL, false), &rv_exc_TypeError,
                  "'<' not supported between instances of 'str' and 'int'");
    assert_repr(l, "[1, 'a']");
    rv_decref(l);
    rv_decref(a);
    rv_decref(one);
}
END_TEST

START_TEST(reverse_in_place)
{
    /* l = [1, 2, 3]; l.reverse() */
    rv_obj_t *l = ints(3, 1, 2, 3);
    call_void(l, "reverse", 0, NULL, NULL);
    assert_repr(l, "[3, 2, 1]");
    rv_obj_t *e = rv_list_new(0);
    rv_list_reverse(e);
    assert_repr(e, "[]");
    rv_decref(e);
    rv_decref(l);
}
END_TEST

/******************************************************************************/
/* item and slice assignment                                                  */

START_TEST(index_errors)
{
    rv_obj_t *l = ints(1, 1), *three = rv_int_from_i64(3), *a = rv_str_from_cstr("a");
    /* [1][3] */
    assert_raised(rv_getitem(l, three), &rv_exc_IndexError, "list index out of range");
    /* l[3] = 1 */
    assert_failed(rv_setitem(l, three, three), &rv_exc_IndexError,
                  "list assignment index out of range");
    /* [1]['a'] */
    assert_raised(rv_getitem(l, a), &rv_exc_TypeError,
                  "list indices must be integers or slices, not str");
    /* [1][-1] == 1 */
    rv_obj_t *m1 = rv_int_from_i64(-1);
    rv_obj_t *r = rv_getitem(l, m1);
    assert_repr(r, "1");
    rv_decref(r);
    rv_decref(m1);
    rv_decref(a);
    rv_decref(three);
    rv_decref(l);
}
END_TEST

START_TEST(slice_assignment_resizes)
{
    /* l = list(range(8)); l[2:4] = ['a', 'b', 'c', 'd', 'e'] */
    rv_obj_t *l = list_range(8);
    const char *w[] = { "a", "b", "c", "d", "e" };
    rv_obj_t *v = rv_list_new(5);
    for (size_t i = 0; i < 5; i++)
        rv_list_set_steal(v, i, rv_str_from_cstr(w[i]));
    ck_assert_int_eq(rv_list_set_slice(l, 2, 4, v), 0);
    assert_repr(l, "[0, 1, 'a', 'b', 'c', 'd', 'e', 4, 5, 6, 7]");
    ck_assert_uint_eq(rv_sizeof(l), 184);
    rv_decref(l);
    /* l = list(range(8)); l[1:7] = ['a'] */
    l = list_range(8);
    rv_obj_t *va = rv_list_get_slice(v, 0, 1);
    ck_assert_int_eq(rv_list_set_slice(l, 1, 7, va), 0);
    assert_repr(l, "[0, 'a', 7]");
    ck_assert_uint_eq(rv_sizeof(l), 120);
    rv_decref(va);
    rv_decref(v);
    rv_decref(l);
}
END_TEST

START_TEST(extended_slice_assignment)
{
    /* l = list(range(10)); l[::-3] = ['a', 'b', 'c', 'd'] */
    rv_obj_t *l = list_range(10);
    rv_obj_t *v = rv_list_new(4);
    const char *w[] = { "a", "b", "c", "d" };
    for (size_t i = 0; i < 4; i++)
        rv_list_set_steal(v, i, rv_str_from_cstr(w[i]));
    rv_obj_t *s = slice3(NULL, NULL, &I_M3);
    ck_assert_int_eq(rv_setitem(l, s, v), 0);
    assert_repr(l, "['d', 1, 2, 'c', 4, 5, 'b', 7, 8, 'a']");
    rv_decref(s);
    rv_decref(v);
    rv_decref(l);
}
END_TEST

START_TEST(extended_slice_size_mismatch)
{
    /* l = list(range(6)); l[::2] = [1, 2]; and l[::-2] = [1, 2] */
    rv_obj_t *l = list_range(6), *v = ints(2, 1, 2);
    rv_obj_t *s = slice3(NULL, NULL, &I_2);
    assert_failed(rv_setitem(l, s, v), &rv_exc_ValueError,
                  "attempt to assign sequence of size 2 to extended slice of size 3");
    rv_decref(s);
    s = slice3(NULL, NULL, &I_M2);
    assert_failed(rv_setitem(l, s, v), &rv_exc_ValueError,
                  "attempt to assign sequence of size 2 to extended slice of size 3");
    assert_repr(l, "[0, 1, 2, 3, 4, 5]");
    rv_decref(s);
    rv_decref(v);
    rv_decref(l);
}
END_TEST

START_TEST(extended_slice_deletion)
{
    /* l = [a, b, c, d]; del l[::2]; l == [2, 4], sys.getsizeof(l) == 88 */
    rv_obj_t *l = ints(4, 1, 2, 3, 4);
    rv_obj_t *s = slice3(NULL, NULL, &I_2);
    ck_assert_int_eq(rv_delitem(l, s), 0);
    assert_repr(l, "[2, 4]");
    ck_assert_uint_eq(rv_sizeof(l), 88);
    rv_decref(s);
    rv_decref(l);
    /* l = [a, b, c, d, e]; del l[::-2]; l == [2, 4], sys.getsizeof(l) == 96 */
    l = ints(5, 1, 2, 3, 4, 5);
    ck_assert_uint_eq(rv_sizeof(l), 96);
    s = slice3(NULL, NULL, &I_M2);
    ck_assert_int_eq(rv_delitem(l, s), 0);
    assert_repr(l, "[2, 4]");
    ck_assert_uint_eq(rv_sizeof(l), 96);
    rv_decref(s);
    rv_decref(l);
}
END_TEST

START_TEST(concat_and_repeat_errors)
{
    rv_obj_t *l = ints(1, 1), *one = rv_int_from_i64(1), *a = rv_str_from_cstr("a");
    rv_obj_t *t = rv_tuple_pack(1, one);
    /* [1] + (1,) */
    assert_raised(rv_binop(RV_OP_ADD, l, t), &rv_exc_TypeError,
                  "can only concatenate list (not \"tuple\") to list");
    /* [1] * 'a' */
    assert_raised(rv_binop(RV_OP_MUL, l, a), &rv_exc_TypeError,
                  "can't multiply sequence by non-int of type 'str'");
    /* [1, 2] + [3] is a new exact list: sys.getsizeof == 80 */
    rv_obj_t *l12 = ints(2, 1, 2), *l3 = ints(1, 3);
    rv_obj_t *r = rv_binop(RV_OP_ADD, l12, l3);
    assert_repr(r, "[1, 2, 3]");
    ck_assert_uint_eq(rv_sizeof(r), 80);
    rv_decref(r);
    rv_decref(l3);
    rv_decref(l12);
    rv_decref(t);
    rv_decref(a);
    rv_decref(one);
    rv_decref(l);
}
END_TEST

START_TEST(extend_of_an_empty_list_presizes_exactly)
{
    /* l = []; l.extend(range(5)); sys.getsizeof(l) == 104: list_extend
     * calls list_preallocate_exact when the list has no array yet, for any
     * iterable with a length hint */
    rv_obj_t *r5 = range_of(5);
    rv_obj_t *l = rv_list_new(0);
    ck_assert_int_eq(rv_list_extend(l, r5), 0);
    ck_assert_uint_eq(rv_sizeof(l), 104);
    rv_decref(l);
    /* l = []; l.extend(iter([0, 1, 2, 3, 4])); sys.getsizeof(l) == 104 */
    rv_obj_t *src = list_range(5);
    rv_obj_t *it = rv_iter(src);
    l = rv_list_new(0);
    ck_assert_int_eq(rv_list_extend(l, it), 0);
    ck_assert_uint_eq(rv_sizeof(l), 104);
    rv_decref(l);
    rv_decref(it);
    rv_decref(src);
    rv_decref(r5);
}
END_TEST

START_TEST(emptying_a_one_slot_list_frees_the_array)
{
    /* x = None; l = [x]; del l[0]; sys.getsizeof(l) == 56: list_ass_slice
     * calls _list_clear when the result is empty (list_resize(0) would
     * keep a one-slot array) */
    rv_obj_t *l = rv_list_from_array((rv_obj_t *[]){ rv_None }, 1);
    rv_obj_t *zero = rv_int_from_i64(0);
    ck_assert_int_eq(rv_delitem(l, zero), 0);
    ck_assert_uint_eq(rv_sizeof(l), 56);
    rv_decref(l);
    /* l = [x]; l.remove(None); sys.getsizeof(l) == 56 */
    l = rv_list_from_array((rv_obj_t *[]){ rv_None }, 1);
    call_void(l, "remove", 1, rv_None, NULL);
    ck_assert_uint_eq(rv_sizeof(l), 56);
    rv_decref(l);
    rv_decref(zero);
}
END_TEST
static Suite *suite(void)
{
    Suite *s = suite_create("list");
    struct {
        const char *name;
        const TTest *test;
    } cases[] = {
        { "append growth", append_overallocates_as_cpython },
        { "list(range)", list_of_range_is_presized_exactly },
        { "list(sized)", list_of_sized_iterables },
        { "repeat", repeat_is_exact },
        { "extend sequence", extend_by_sequence_sizes },
        { "extend iterable", extend_by_iterable_sizes },
        { "slices", slices_are_exact_copies },
        { "clear", clear_frees_the_array },
        { "del last", deleting_the_last_item_frees_the_array },
        { "pop last", pop_of_the_last_item_keeps_the_array },
        { "repr nested", repr_of_nested_containers },
        { "repr recursive", repr_of_recursive_lists },
        { "compare", comparisons_are_lexicographic },
        { "compare int", ordering_against_int_raises },
        { "unhashable", lists_are_unhashable },
        { "append refs", append_increfs_and_free_releases },
        { "setitem refs", setitem_and_delitem_release_the_old_item },
        { "pop", pop_messages },
        { "remove", remove_missing_item },
        { "index", index_messages },
        { "insert", insert_clamps_the_position },
        { "sort key", sort_with_key_is_stable },
        { "sort mixed", sort_of_mixed_types_raises },
        { "reverse", reverse_in_place },
        { "index errors", index_errors },
        { "slice assign", slice_assignment_resizes },
        { "extended assign", extended_slice_assignment },
        { "extended mismatch", extended_slice_size_mismatch },
        { "extended delete", extended_slice_deletion },
        { "concat errors", concat_and_repeat_errors },
        { "extend empty", extend_of_an_empty_list_presizes_exactly },
        { "empty one slot", emptying_a_one_slot_list_frees_the_array },
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
