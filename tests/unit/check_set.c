/* tests/unit/check_set.c - set and frozenset against CPython 3.11:
 * sys.getsizeof as the table grows and for sets built from other
 * containers, iteration order, repr ('set()', 'frozenset({1})'), the
 * frozenset hash, the operators | & - ^ and the subset comparisons, the
 * KeyError and TypeError messages, pop, and reference ownership.
 *
 * Every expected value was produced by running the Python statement quoted
 * next to it with python3 3.11 (64-bit).  S(a, b, ...) in the comments
 * stands for a set built by s = set(); s.add(a); s.add(b); ... */
#include "testutil.h"
#include "objutil.h"

#include <stdarg.h>
#include <string.h>

#include "core/obj_bool.h"
#include "core/obj_dict.h"
#include "core/obj_int.h"
#include "core/obj_list.h"
#include "core/obj_range.h"
#include "core/obj_set.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"

/******************************************************************************/
/* helpers                                                                    */

#define N_ELEMS(a) (sizeof(a) / sizeof((a)[0]))

/* S(v0, v1, ...): a set of ints added one by one. */
static rv_obj_t *S(size_t n, ...)
{
    rv_obj_t *s = rv_set_new(NULL);
    va_list ap;
    va_start(ap, n);
    for (size_t i = 0; i < n; i++) {
        rv_obj_t *v = rv_int_from_i64(va_arg(ap, int));
        ck_assert_int_eq(rv_set_add(s, v), 0);
        rv_decref(v);
    }
    va_end(ap);
    return s;
}

static rv_obj_t *range_of(int64_t n)
{
    rv_obj_t *a = rv_int_from_i64(0), *b = rv_int_from_i64(n);
    rv_obj_t *r = rv_range_new(a, b, NULL);
    rv_decref(b);
    rv_decref(a);
    return r;
}

/* set(range(n)) */
static rv_obj_t *set_range(int64_t n)
{
    rv_obj_t *r = range_of(n);
    rv_obj_t *s = rv_set_new(r);
    ck_assert_ptr_nonnull(s);
    rv_decref(r);
    return s;
}

/* The repr of list(o): the iteration order. */
static void assert_order(rv_obj_t *o, const char *want)
{
    rv_obj_t *l = rv_list_from_iterable(o);
    ck_assert_ptr_nonnull(l);
    assert_repr(l, want);
    rv_decref(l);
}

/* Checks the repr of a method call's result and drops it. */
static void assert_call(rv_obj_t *self, const char *name, rv_obj_t *arg, const char *want)
{
    rv_obj_t *r = arg ? call_method(self, name, 1, arg) : call_method(self, name, 0);
    ck_assert_ptr_nonnull(r);
    assert_repr(r, want);
    rv_decref(r);
}

/* Checks repr and size of a op b and drops it. */
static void assert_binop(rv_binop_t op, rv_obj_t *a, rv_obj_t *b, const char *want_repr,
                         size_t want_size)
{
    rv_obj_t *r = rv_binop(op, a, b);
    ck_assert_ptr_nonnull(r);
    if (want_repr)
        assert_repr(r, want_repr);
    if (want_size)
        ck_assert_uint_eq(rv_sizeof(r), want_size);
    rv_decref(r);
}

static int64_t hash_of(rv_obj_t *o)
{
    int64_t h = 0;
    ck_assert_int_eq(rv_hash(o, &h), 0);
    return h;
}

/******************************************************************************/
/* sizes and order                                                            */

START_TEST(sizes_as_the_table_grows)
{
    /* s = set(); for i in range(41): s.add(i); sys.getsizeof(s) */
    static const size_t want[] = {
        216,  216,  216,  216,  216,  728,  728,  728,  728,  728,  728,  728,  728,  728,
        728,  728,  728,  728,  728,  2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264,
        2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264,
    };
    rv_obj_t *s = rv_set_new(NULL);
    ck_assert_uint_eq(rv_sizeof(s), want[0]);
    for (int i = 0; i < 41; i++) {
        rv_obj_t *v = rv_int_from_i64(i);
        ck_assert_int_eq(rv_set_add(s, v), 0);
        rv_decref(v);
        ck_assert_msg(rv_sizeof(s) == want[i + 1], "%d members: %zu, expected %zu", i + 1,
                      rv_sizeof(s), want[i + 1]);
    }
    ck_assert_uint_eq(rv_set_len(s), 41);
    rv_decref(s);
}
END_TEST

START_TEST(frozenset_sizes)
{
    /* sys.getsizeof(frozenset()), frozenset([1]), frozenset(range(5)),
     * frozenset(range(10)) */
    rv_obj_t *f = rv_frozenset_new(NULL);
    ck_assert_uint_eq(rv_sizeof(f), 216);
    rv_decref(f);
    rv_obj_t *one = rv_int_from_i64(1);
    rv_obj_t *l = rv_list_from_array(&one, 1);
    f = rv_frozenset_new(l);
    ck_assert_uint_eq(rv_sizeof(f), 216);
    rv_decref(f);
    static const int64_t n[] = { 5, 10 };
    for (size_t i = 0; i < N_ELEMS(n); i++) {
        rv_obj_t *r = range_of(n[i]);
        f = rv_frozenset_new(r);
        ck_assert_uint_eq(rv_sizeof(f), 728);
        ck_assert_uint_eq(rv_set_len(f), (size_t)n[i]);
        rv_decref(f);
        rv_decref(r);
    }
    rv_decref(l);
    rv_decref(one);
}
END_TEST

START_TEST(sizes_of_sets_built_from_containers)
{
    rv_obj_t *s = set_range(5); /* set(range(5)) */
    ck_assert_uint_eq(rv_sizeof(s), 728);
    rv_decref(s);
    s = set_range(6); /* set(range(6)) */
    ck_assert_uint_eq(rv_sizeof(s), 728);
    rv_decref(s);
    /* set([1, 2, 3]) */
    rv_obj_t *l = rv_list_new(3);
    for (size_t i = 0; i < 3; i++)
        rv_list_set_steal(l, i, rv_int_from_i64((int64_t)i + 1));
    s = rv_call(&rv_set_type.ob, &l, 1, NULL);
    ck_assert_uint_eq(rv_sizeof(s), 216);
    rv_decref(s);
    rv_decref(l);
    /* set({i: i for i in range(10)}) */
    rv_obj_t *d = rv_dict_new();
    for (int i = 0; i < 10; i++) {
        rv_obj_t *v = rv_int_from_i64(i);
        rv_dict_set(d, v, v);
        rv_decref(v);
    }
    s = rv_set_new(d);
    ck_assert_uint_eq(rv_sizeof(s), 728);
    rv_decref(s);
    rv_decref(d);
    /* set(frozenset(range(10))) */
    rv_obj_t *r = range_of(10);
    rv_obj_t *f = rv_frozenset_new(r);
    s = rv_set_new(f);
    ck_assert_uint_eq(rv_sizeof(s), 728);
    rv_decref(s);
    rv_decref(f);
    rv_decref(r);
}
END_TEST

START_TEST(iteration_follows_the_table)
{
    /* S(5, 1, 3, 9, 17): list(s) == [1, 3, 5, 9, 17], getsizeof 728 */
    rv_obj_t *s = S(5, 5, 1, 3, 9, 17);
    assert_order(s, "[1, 3, 5, 9, 17]");
    ck_assert_uint_eq(rv_sizeof(s), 728);
    rv_decref(s);
    /* S(100, 3, 35): list(s) == [35, 3, 100] */
    s = S(3, 100, 3, 35);
    assert_order(s, "[35, 3, 100]");
    rv_decref(s);
}
END_TEST

START_TEST(clear_and_discard_shrink_back)
{
    /* s = set(range(10)); s.clear(); sys.getsizeof(s) == 216 */
    rv_obj_t *s = set_range(10);
    ck_assert_uint_eq(rv_sizeof(s), 728);
    assert_call(s, "clear", NULL, "None");
    ck_assert_uint_eq(rv_sizeof(s), 216);
    ck_assert_uint_eq(rv_set_len(s), 0);
    rv_decref(s);
    /* s = set(); s.add(1); s.discard(1): getsizeof 216, repr 'set()' */
    s = S(1, 1);
    rv_obj_t *one = rv_int_from_i64(1);
    ck_assert_int_eq(rv_set_discard(s, one), 1);
    ck_assert_int_eq(rv_set_discard(s, one), 0);
    ck_assert_uint_eq(rv_sizeof(s), 216);
    assert_repr(s, "set()");
    rv_decref(one);
    rv_decref(s);
}
END_TEST

/******************************************************************************/
/* repr and hash                                                              */

START_TEST(repr_of_sets_and_frozensets)
{
    rv_obj_t *e = rv_set_new(NULL), *fe = rv_frozenset_new(NULL);
    assert_repr(e, "set()");
    assert_repr(fe, "frozenset()");
    rv_obj_t *s1 = S(1, 1);
    rv_obj_t *f1 = rv_frozenset_new(s1);
    assert_repr(f1, "frozenset({1})");
    rv_obj_t *s123 = S(3, 1, 2, 3);
    assert_repr(s123, "{1, 2, 3}");
    /* frozenset(S(1, 2)) */
    rv_obj_t *s12 = S(2, 1, 2);
    rv_obj_t *f12 = rv_frozenset_new(s12);
    assert_repr(f12, "frozenset({1, 2})");
    /* S((1, 2)) and S(frozenset({1})) and S(frozenset()) */
    rv_obj_t *one = rv_int_from_i64(1), *two = rv_int_from_i64(2);
    rv_obj_t *t = rv_tuple_pack(2, one, two);
    rv_obj_t *st = rv_set_new(NULL), *sf = rv_set_new(NULL), *sfe = rv_set_new(NULL);
    rv_set_add(st, t);
    rv_set_add(sf, f1);
    rv_set_add(sfe, fe);
    assert_repr(st, "{(1, 2)}");
    assert_repr(sf, "{frozenset({1})}");
    assert_repr(sfe, "{frozenset()}");
    rv_decref(sfe);
    rv_decref(sf);
    rv_decref(st);
    rv_decref(t);
    rv_decref(two);
    rv_decref(one);
    rv_decref(f12);
    rv_decref(s12);
    rv_decref(s123);
    rv_decref(f1);
    rv_decref(s1);
    rv_decref(fe);
    rv_decref(e);
}
END_TEST

START_TEST(frozenset_hash_matches_cpython)
{
    /* hash(frozenset()), hash(frozenset({1})), hash(frozenset(S(1, 2))),
     * hash(frozenset({1, 2, 3})) == hash(frozenset(S(3, 2, 1))) */
    rv_obj_t *fe = rv_frozenset_new(NULL);
    ck_assert_int_eq(hash_of(fe), INT64_C(133146708735736));
    rv_obj_t *s = S(1, 1), *f = rv_frozenset_new(s);
    ck_assert_int_eq(hash_of(f), INT64_C(-558064481276695278));
    rv_decref(f);
    rv_decref(s);
    s = S(2, 1, 2);
    f = rv_frozenset_new(s);
    ck_assert_int_eq(hash_of(f), INT64_C(-1826646154956904602));
    rv_decref(f);
    rv_decref(s);
    s = S(3, 1, 2, 3);
    f = rv_frozenset_new(s);
    ck_assert_int_eq(hash_of(f), INT64_C(-272375401224217160));
    rv_decref(f);
    rv_decref(s);
    s = S(3, 3, 2, 1);
    f = rv_frozenset_new(s);
    ck_assert_int_eq(hash_of(f), INT64_C(-272375401224217160));
    rv_decref(f);
    rv_decref(s);
    rv_decref(fe);
}
END_TEST

START_TEST(sets_and_list_members_are_unhashable)
{
    rv_obj_t *s = S(1, 1), *l = rv_list_new(0);
    int64_t h;
    /* hash({1}) */
    assert_failed(rv_hash(s, &h), &rv_exc_TypeError, "unhashable type: 'set'");
    /* {1}.add([1]) */
    assert_failed(rv_set_add(s, l), &rv_exc_TypeError, "unhashable type: 'list'");
    assert_raised(call_method(s, "add", 1, l), &rv_exc_TypeError, "unhashable type: 'list'");
    /* [] in {1} */
    ck_assert_int_eq(rv_contains(s, l), -1);
    assert_raised(NULL, &rv_exc_TypeError, "unhashable type: 'list'");
    ck_assert_uint_eq(rv_set_len(s), 1);
    rv_decref(l);
    rv_decref(s);
}
END_TEST

/******************************************************************************/
/* operators and comparisons                                                  */

START_TEST(set_algebra)
{
    rv_obj_t *a = S(3, 1, 2, 3), *b = S(2, 3, 4), *c = S(3, 2, 3, 4), *d = S(2, 1, 2);
    assert_binop(RV_OP_OR, a, b, "{1, 2, 3, 4}", 0);  /* S(1, 2, 3) | S(3, 4) */
    assert_binop(RV_OP_AND, a, c, "{2, 3}", 0);       /* S(1, 2, 3) & S(2, 3, 4) */
    assert_binop(RV_OP_AND, c, a, "{2, 3}", 0);       /* S(2, 3, 4) & S(1, 2, 3) */
    assert_binop(RV_OP_SUB, a, d, "{3}", 0);          /* S(1, 2, 3) - S(1, 2) */
    assert_binop(RV_OP_XOR, a, b, "{1, 2, 4}", 0);    /* S(1, 2, 3) ^ S(3, 4) */
    rv_obj_t *one = S(1, 1);
    assert_binop(RV_OP_XOR, one, d, "{2}", 0);        /* S(1) ^ S(1, 2) */
    /* the operands are left alone */
    assert_repr(a, "{1, 2, 3}");
    assert_repr(b, "{3, 4}");
    rv_decref(one);
    rv_decref(d);
    rv_decref(c);
    rv_decref(b);
    rv_decref(a);
}
END_TEST

START_TEST(result_sizes_of_operators)
{
    /* big = set(range(20)): getsizeof 2264; big & S(1, 2) -> 216;
     * big | S(1) -> 1240; big.copy() -> 1240 */
    rv_obj_t *big = set_range(20), *s1 = S(1, 1), *s12 = S(2, 1, 2);
    ck_assert_uint_eq(rv_sizeof(big), 2264);
    assert_binop(RV_OP_AND, big, s12, "{1, 2}", 216);
    assert_binop(RV_OP_OR, big, s1, NULL, 1240);
    rv_obj_t *c = call_method(big, "copy", 0);
    ck_assert_uint_eq(rv_sizeof(c), 1240);
    ck_assert_uint_eq(rv_set_len(c), 20);
    rv_decref(c);
    rv_decref(s12);
    rv_decref(s1);
    rv_decref(big);
}
END_TEST

START_TEST(result_types_follow_the_left_operand)
{
    /* type(S(1) | frozenset(S(2))) is set; frozenset(S(2)) | S(1) is a
     * frozenset({1, 2}) */
    rv_obj_t *s1 = S(1, 1), *s2 = S(1, 2), *f2 = rv_frozenset_new(s2);
    rv_obj_t *r = rv_binop(RV_OP_OR, s1, f2);
    ck_assert_ptr_eq(r->type, &rv_set_type);
    rv_decref(r);
    r = rv_binop(RV_OP_OR, f2, s1);
    ck_assert_ptr_eq(r->type, &rv_frozenset_type);
    assert_repr(r, "frozenset({1, 2})");
    rv_decref(r);
    /* frozenset(f) is f; f.copy() is f */
    r = rv_frozenset_new(f2);
    ck_assert_ptr_eq(r, f2);
    rv_decref(r);
    r = call_method(f2, "copy", 0);
    ck_assert_ptr_eq(r, f2);
    rv_decref(r);
    rv_decref(f2);
    rv_decref(s2);
    rv_decref(s1);
}
END_TEST

START_TEST(subset_comparisons)
{
    rv_obj_t *s12 = S(2, 1, 2), *s123 = S(3, 1, 2, 3), *s21 = S(2, 2, 1), *s13 = S(2, 1, 3);
    rv_obj_t *s1 = S(1, 1);
    ck_assert_int_eq(rv_richcompare_bool(s12, s123, RV_LE), 1); /* S(1, 2) <= S(1, 2, 3) */
    ck_assert_int_eq(rv_richcompare_bool(s12, s21, RV_LT), 0);  /* S(1, 2) < S(2, 1) */
    ck_assert_int_eq(rv_richcompare_bool(s123, s12, RV_GE), 1); /* S(1, 2, 3) >= S(1, 2) */
    ck_assert_int_eq(rv_richcompare_bool(s12, s1, RV_GT), 1);   /* S(1, 2) > S(1) */
    ck_assert_int_eq(rv_richcompare_bool(s12, s21, RV_EQ), 1);  /* S(1, 2) == S(2, 1) */
    ck_assert_int_eq(rv_richcompare_bool(s12, s13, RV_NE), 1);  /* S(1, 2) != S(1, 3) */
    /* S(1, 2) == frozenset(S(1, 2)) */
    rv_obj_t *f12 = rv_frozenset_new(s12);
    ck_assert_int_eq(rv_richcompare_bool(s12, f12, RV_EQ), 1);
    /* S(1, 2).issubset(S(1, 2, 3)), .issubset([1]), .issuperset([1]),
     * .isdisjoint([3]) */
    rv_obj_t *one = rv_int_from_i64(1), *three = rv_int_from_i64(3);
    rv_obj_t *l1 = rv_list_from_array(&one, 1), *l3 = rv_list_from_array(&three, 1);
    assert_call(s12, "issubset", s123, "True");
    assert_call(s12, "issubset", l1, "False");
    assert_call(s12, "issuperset", l1, "True");
    assert_call(s12, "isdisjoint", l3, "True");
    /* 2 in S(1, 2), 3 in S(1, 2) */
    ck_assert_int_eq(rv_contains(s12, one), 1);
    ck_assert_int_eq(rv_contains(s12, three), 0);
    rv_decref(l3);
    rv_decref(l1);
    rv_decref(three);
    rv_decref(one);
    rv_decref(f12);
    rv_decref(s1);
    rv_decref(s13);
    rv_decref(s21);
    rv_decref(s123);
    rv_decref(s12);
}
END_TEST

START_TEST(operator_type_errors)
{
    rv_obj_t *s = S(1, 1), *one = rv_int_from_i64(1);
    rv_obj_t *l = rv_list_from_array(&one, 1);
    /* {1} < 1 */
    assert_raised(rv_richcompare(s, one, RV_LT), &rv_exc_TypeError,
                  "'<' not supported between instances of 'set' and 'int'");
    /* {1} | [1] */
    assert_raised(rv_binop(RV_OP_OR, s, l), &rv_exc_TypeError,
                  "unsupported operand type(s) for |: 'set' and 'list'");
    rv_decref(l);
    rv_decref(one);
    rv_decref(s);
}
END_TEST

/******************************************************************************/
/* methods                                                                    */

START_TEST(pop_from_empty_set)
{
    /* set().pop() */
    rv_obj_t *s = rv_set_new(NULL);
    assert_raised(call_method(s, "pop", 0), &rv_exc_KeyError, "'pop from an empty set'");
    rv_decref(s);
}
END_TEST

START_TEST(pop_in_table_order)
{
    /* s = S(8, 16, 24); [s.pop() for _ in range(3)] == [8, 16, 24] */
    rv_obj_t *s = S(3, 8, 16, 24);
    assert_call(s, "pop", NULL, "8");
    assert_call(s, "pop", NULL, "16");
    assert_call(s, "pop", NULL, "24");
    ck_assert_uint_eq(rv_set_len(s), 0);
    rv_decref(s);
}
END_TEST

START_TEST(remove_missing_raises_keyerror)
{
    /* {1}.remove(2) -> KeyError: 2; {1, 2, 3}.discard(5) is fine */
    rv_obj_t *s = S(3, 1, 2, 3), *two = rv_int_from_i64(2), *five = rv_int_from_i64(5);
    assert_call(s, "remove", two, "None");
    assert_raised(call_method(s, "remove", 1, two), &rv_exc_KeyError, "2");
    assert_call(s, "discard", five, "None");
    assert_repr(s, "{1, 3}");
    rv_decref(five);
    rv_decref(two);
    rv_decref(s);
}
END_TEST

START_TEST(frozenset_has_no_add)
{
    /* frozenset({1}).add */
    rv_obj_t *s = S(1, 1), *f = rv_frozenset_new(s);
    assert_raised(rv_getattr_cstr(f, "add"), &rv_exc_AttributeError,
                  "'frozenset' object has no attribute 'add'");
    rv_decref(f);
    rv_decref(s);
}
END_TEST

START_TEST(changing_size_while_iterating)
{
    /* s = S(1); it = iter(s); s.add(2); next(it) */
    rv_obj_t *s = S(1, 1), *two = rv_int_from_i64(2);
    rv_obj_t *it = rv_iter(s);
    rv_set_add(s, two);
    assert_raised(rv_next(it), &rv_exc_RuntimeError, "Set changed size during iteration");
    rv_decref(it);
    rv_decref(two);
    rv_decref(s);
}
END_TEST

/******************************************************************************/
/* references                                                                 */

START_TEST(members_are_held_and_released)
{
    rv_obj_t *x = rv_str_from_cstr("a member");
    rv_obj_t *s = rv_set_new(NULL);
    ck_assert_int_eq(rv_set_add(s, x), 0);
    ck_assert_int_eq(x->refcnt, 2);
    ck_assert_int_eq(rv_set_add(s, x), 0); /* already there: no new reference */
    ck_assert_int_eq(x->refcnt, 2);
    ck_assert_int_eq(rv_set_discard(s, x), 1);
    ck_assert_int_eq(x->refcnt, 1);
    ck_assert_int_eq(rv_set_add(s, x), 0);
    rv_obj_t *f = rv_frozenset_new(s);
    ck_assert_int_eq(x->refcnt, 3);
    rv_decref(s);
    ck_assert_int_eq(x->refcnt, 2);
    rv_decref(f);
    ck_assert_int_eq(x->refcnt, 1);
    rv_decref(x);
}
END_TEST

START_TEST(pop_hands_over_the_reference)
{
    rv_obj_t *x = rv_str_from_cstr("a member");
    rv_obj_t *s = rv_set_new(NULL);
    rv_set_add(s, x);
    rv_obj_t *r = call_method(s, "pop", 0);
    ck_assert_ptr_eq(r, x);
    ck_assert_int_eq(x->refcnt, 2); /* x and r */
    rv_decref(r);
    rv_decref(s);
    ck_assert_int_eq(x->refcnt, 1);
    rv_decref(x);
}
END_TEST

START_TEST(pop_resumes_at_the_finger)
{
    /* s = S(1, 2, 3); s.pop() == 1; s.add(1); s.pop() == 2 (set_pop scans
     * from so->finger, where the last pop stopped) */
    rv_obj_t *s = S(3, 1, 2, 3), *one = rv_int_from_i64(1);
    assert_call(s, "pop", NULL, "1");
    rv_set_add(s, one);
    assert_call(s, "pop", NULL, "2");
    assert_repr(s, "{1, 3}");
    rv_decref(one);
    rv_decref(s);
}
END_TEST

START_TEST(difference_of_a_big_set_copies_then_discards)
{
    /* big = set(range(20)); sys.getsizeof(big - S(1)) == 1240 (set_difference
     * copies so and discards when len(so) >> 2 > len(other)) */
    rv_obj_t *big = set_range(20), *s1 = S(1, 1);
    assert_binop(RV_OP_SUB, big, s1, NULL, 1240);
    rv_decref(s1);
    rv_decref(big);
}
END_TEST

START_TEST(symmetric_difference_starts_from_the_right_operand)
{
    /* big = set(range(20)); sys.getsizeof(big ^ S(1)) == 2264
     * (set_symmetric_difference copies other, then adds so's members) */
    rv_obj_t *big = set_range(20), *s1 = S(1, 1);
    assert_binop(RV_OP_XOR, big, s1, NULL, 2264);
    rv_decref(s1);
    rv_decref(big);
}
END_TEST
static Suite *suite(void)
{
    Suite *s = suite_create("set");
    struct {
        const char *name;
        const TTest *test;
    } cases[] = {
        { "growth", sizes_as_the_table_grows },
        { "frozenset sizes", frozenset_sizes },
        { "built sizes", sizes_of_sets_built_from_containers },
        { "order", iteration_follows_the_table },
        { "clear/discard", clear_and_discard_shrink_back },
        { "repr", repr_of_sets_and_frozensets },
        { "hash", frozenset_hash_matches_cpython },
        { "unhashable", sets_and_list_members_are_unhashable },
        { "algebra", set_algebra },
        { "result sizes", result_sizes_of_operators },
        { "result types", result_types_follow_the_left_operand },
        { "subsets", subset_comparisons },
        { "type errors", operator_type_errors },
        { "pop empty", pop_from_empty_set },
        { "pop order", pop_in_table_order },
        { "remove", remove_missing_raises_keyerror },
        { "frozenset add", frozenset_has_no_add },
        { "size change", changing_size_while_iterating },
        { "refs", members_are_held_and_released },
        { "pop ref", pop_hands_over_the_reference },
        { "pop finger", pop_resumes_at_the_finger },
        { "difference size", difference_of_a_big_set_copies_then_discards },
        { "symdiff size", symmetric_difference_starts_from_the_right_operand },
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
