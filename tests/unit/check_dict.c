/* tests/unit/check_dict.c - dict against CPython 3.11: sys.getsizeof as
 * str-keyed and general tables grow, copy(), deletions and clear(); the
 * insertion order across deletes; repr (nested and recursive); KeyError and
 * TypeError messages; equality; reference ownership of keys and values;
 * update() from dicts and pairs; get/setdefault/pop/popitem; the | operator
 * and the views.
 *
 * Every expected value was produced by running the Python statement quoted
 * next to it with python3 3.11 (64-bit). */
#include "testutil.h"
#include "objutil.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "core/obj_bool.h"
#include "core/obj_dict.h"
#include "core/obj_int.h"
#include "core/obj_list.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"

/******************************************************************************/
/* helpers                                                                    */

/* Checks the repr of a method call's result and drops it. */
static void assert_call(rv_obj_t *self, const char *name, size_t nargs, rv_obj_t *a0,
                        rv_obj_t *a1, const char *want)
{
    rv_obj_t *r = call_method(self, name, nargs, a0, a1);
    ck_assert_ptr_nonnull(r);
    assert_repr(r, want);
    rv_decref(r);
}

/* d['k<i>'] = i */
static void set_k(rv_obj_t *d, int i)
{
    char key[16];
    snprintf(key, sizeof key, "k%d", i);
    rv_obj_t *k = rv_str_from_cstr(key), *v = rv_int_from_i64(i);
    ck_assert_int_eq(rv_dict_set(d, k, v), 0);
    rv_decref(v);
    rv_decref(k);
}

/* del d['k<i>'] */
static void del_k(rv_obj_t *d, int i)
{
    char key[16];
    snprintf(key, sizeof key, "k%d", i);
    rv_obj_t *k = rv_str_from_cstr(key);
    ck_assert_int_eq(rv_dict_del(d, k), 0);
    rv_decref(k);
}

/* d = {}; for i in range(n): d['k%d' % i] = i */
static rv_obj_t *k_dict(int n)
{
    rv_obj_t *d = rv_dict_new();
    for (int i = 0; i < n; i++)
        set_k(d, i);
    return d;
}

/* d[key] = value for int key and value */
static void set_ii(rv_obj_t *d, int64_t key, int64_t value)
{
    rv_obj_t *k = rv_int_from_i64(key), *v = rv_int_from_i64(value);
    ck_assert_int_eq(rv_dict_set(d, k, v), 0);
    rv_decref(v);
    rv_decref(k);
}

static void set_si(rv_obj_t *d, const char *key, int64_t value)
{
    rv_obj_t *k = rv_str_from_cstr(key), *v = rv_int_from_i64(value);
    ck_assert_int_eq(rv_dict_set(d, k, v), 0);
    rv_decref(v);
    rv_decref(k);
}

/******************************************************************************/
/* sizes                                                                      */

START_TEST(str_keyed_sizes_as_keys_are_added)
{
    /* d = {}; for i in range(21): d['k%d' % i] = i; sys.getsizeof(d) */
    static const size_t want[] = { 64,  184, 184, 184, 184, 184, 272, 272, 272, 272, 272,
                                   464, 464, 464, 464, 464, 464, 464, 464, 464, 464, 464 };
    rv_obj_t *d = rv_dict_new();
    ck_assert_uint_eq(rv_sizeof(d), want[0]);
    for (int i = 0; i < 21; i++) {
        set_k(d, i);
        ck_assert_msg(rv_sizeof(d) == want[i + 1], "%d str keys: %zu, expected %zu", i + 1,
                      rv_sizeof(d), want[i + 1]);
    }
    rv_decref(d);
}
END_TEST

START_TEST(int_keyed_sizes_as_keys_are_added)
{
    /* d = {}; for i in range(21): d[i] = i; sys.getsizeof(d) */
    static const size_t want[] = { 64,  224, 224, 224, 224, 224, 352, 352, 352, 352, 352,
                                   632, 632, 632, 632, 632, 632, 632, 632, 632, 632, 632 };
    rv_obj_t *d = rv_dict_new();
    for (int i = 0; i < 21; i++) {
        set_ii(d, i, i);
        ck_assert_msg(rv_sizeof(d) == want[i + 1], "%d int keys: %zu, expected %zu", i + 1,
                      rv_sizeof(d), want[i + 1]);
    }
    ck_assert_uint_eq(rv_dict_len(d), 21);
    rv_decref(d);
}
END_TEST

START_TEST(str_key_into_general_table)
{
    /* d = {}; d[1] = 1; d['a'] = 2; sys.getsizeof(d) == 224 */
    rv_obj_t *d = rv_dict_new();
    set_ii(d, 1, 1);
    set_si(d, "a", 2);
    ck_assert_uint_eq(rv_sizeof(d), 224);
    assert_repr(d, "{1: 1, 'a': 2}");
    rv_decref(d);
}
END_TEST

START_TEST(copy_of_a_clean_dict)
{
    /* d with 11 str keys: sys.getsizeof(d) == sys.getsizeof(d.copy()) == 464 */
    rv_obj_t *d = k_dict(11);
    ck_assert_uint_eq(rv_sizeof(d), 464);
    rv_obj_t *c = rv_dict_copy(d);
    ck_assert_uint_eq(rv_sizeof(c), 464);
    rv_decref(c);
    rv_decref(d);
    /* d = {}; for i in range(3): d[i] = i; d.copy() and dict(d): 224 */
    d = rv_dict_new();
    for (int i = 0; i < 3; i++)
        set_ii(d, i, i);
    c = call_method(d, "copy", 0);
    ck_assert_uint_eq(rv_sizeof(c), 224);
    assert_repr(c, "{0: 0, 1: 1, 2: 2}");
    rv_decref(c);
    c = rv_call(&rv_dict_type.ob, &d, 1, NULL);
    ck_assert_uint_eq(rv_sizeof(c), 224);
    rv_decref(c);
    rv_decref(d);
}
END_TEST

START_TEST(copy_after_many_deletions_is_compacted)
{
    /* 11 str keys, del 'k0'..'k5': sys.getsizeof(d) == 464, of d.copy() 184 */
    rv_obj_t *d = k_dict(11);
    for (int i = 0; i < 6; i++)
        del_k(d, i);
    ck_assert_uint_eq(rv_sizeof(d), 464);
    rv_obj_t *c = rv_dict_copy(d);
    ck_assert_uint_eq(rv_sizeof(c), 184);
    assert_repr(c, "{'k6': 6, 'k7': 7, 'k8': 8, 'k9': 9, 'k10': 10}");
    rv_decref(c);
    /* dict(d) after one deletion is rebuilt too: 11 keys, del 'k0' -> 272 */
    rv_decref(d);
    d = k_dict(11);
    del_k(d, 0);
    c = rv_call(&rv_dict_type.ob, &d, 1, NULL);
    ck_assert_uint_eq(rv_sizeof(c), 272);
    rv_decref(c);
    rv_decref(d);
}
END_TEST

START_TEST(deleting_keeps_the_table)
{
    /* 5 str keys, all deleted: sys.getsizeof(d) == 184, len 0 */
    rv_obj_t *d = k_dict(5);
    for (int i = 0; i < 5; i++)
        del_k(d, i);
    ck_assert_uint_eq(rv_dict_len(d), 0);
    ck_assert_uint_eq(rv_sizeof(d), 184);
    assert_repr(d, "{}");
    /* d['new'] = 1: the table is rebuilt at the minimum size, 184 */
    set_si(d, "new", 1);
    ck_assert_uint_eq(rv_sizeof(d), 184);
    rv_decref(d);
}
END_TEST

START_TEST(insert_after_deleting_the_last_key_resizes)
{
    /* 5 str keys; del d['k4']; d['x'] = 1; sys.getsizeof(d) == 272 */
    rv_obj_t *d = k_dict(5);
    del_k(d, 4);
    set_si(d, "x", 1);
    ck_assert_uint_eq(rv_sizeof(d), 272);
    assert_repr(d, "{'k0': 0, 'k1': 1, 'k2': 2, 'k3': 3, 'x': 1}");
    rv_decref(d);
}
END_TEST

START_TEST(clear_releases_the_table)
{
    /* d.clear(); sys.getsizeof(d) == 64 */
    rv_obj_t *d = k_dict(5);
    rv_obj_t *r = call_method(d, "clear", 0);
    ck_assert_ptr_eq(r, rv_None);
    rv_decref(r);
    ck_assert_uint_eq(rv_sizeof(d), 64);
    ck_assert_uint_eq(rv_dict_len(d), 0);
    rv_decref(d);
}
END_TEST

/******************************************************************************/
/* order and repr                                                             */

START_TEST(order_after_delete_and_reinsert)
{
    /* d['a'] = 1; d['b'] = 2; d['c'] = 3; del d['a']; d['a'] = 4 */
    rv_obj_t *d = rv_dict_new();
    set_si(d, "a", 1);
    set_si(d, "b", 2);
    set_si(d, "c", 3);
    rv_obj_t *a = rv_str_from_cstr("a");
    ck_assert_int_eq(rv_dict_del(d, a), 0);
    set_si(d, "a", 4);
    assert_repr(d, "{'b': 2, 'c': 3, 'a': 4}");
    /* list(d) == ['b', 'c', 'a'] */
    rv_obj_t *keys = rv_list_from_iterable(d);
    assert_repr(keys, "['b', 'c', 'a']");
    /* overwriting keeps the position: d['b'] = 5 */
    set_si(d, "b", 5);
    assert_repr(d, "{'b': 5, 'c': 3, 'a': 4}");
    rv_decref(keys);
    rv_decref(a);
    rv_decref(d);
}
END_TEST

START_TEST(repr_of_nested_dicts)
{
    /* repr({'a': {'b': 1}}) */
    rv_obj_t *inner = rv_dict_new(), *outer = rv_dict_new();
    set_si(inner, "b", 1);
    ck_assert_int_eq(rv_dict_set_cstr(outer, "a", inner), 0);
    assert_repr(outer, "{'a': {'b': 1}}");
    /* repr({1: 'x', (1, 2): [3]}) */
    rv_obj_t *d = rv_dict_new();
    rv_obj_t *one = rv_int_from_i64(1), *two = rv_int_from_i64(2), *three = rv_int_from_i64(3);
    rv_obj_t *x = rv_str_from_cstr("x");
    rv_obj_t *t = rv_tuple_pack(2, one, two), *l = rv_list_from_array(&three, 1);
    ck_assert_int_eq(rv_dict_set(d, one, x), 0);
    ck_assert_int_eq(rv_dict_set(d, t, l), 0);
    assert_repr(d, "{1: 'x', (1, 2): [3]}");
    rv_obj_t *e = rv_dict_new();
    assert_repr(e, "{}");
    rv_decref(e);
    rv_decref(l);
    rv_decref(t);
    rv_decref(x);
    rv_decref(three);
    rv_decref(two);
    rv_decref(one);
    rv_decref(d);
    rv_decref(outer);
    rv_decref(inner);
}
END_TEST

START_TEST(repr_of_recursive_dict)
{
    /* d = {}; d['a'] = d; repr(d) == "{'a': {...}}" */
    rv_obj_t *d = rv_dict_new();
    ck_assert_int_eq(rv_dict_set_cstr(d, "a", d), 0);
    assert_repr(d, "{'a': {...}}");
    rv_dict_clear(d);
    rv_decref(d);
}
END_TEST

START_TEST(views_repr)
{
    /* d = {'a': 1, 'b': 2}; repr(d.keys()), repr(d.values()), repr(d.items()) */
    rv_obj_t *d = rv_dict_new();
    set_si(d, "a", 1);
    set_si(d, "b", 2);
    assert_call(d, "keys", 0, NULL, NULL, "dict_keys(['a', 'b'])");
    assert_call(d, "values", 0, NULL, NULL, "dict_values([1, 2])");
    assert_call(d, "items", 0, NULL, NULL, "dict_items([('a', 1), ('b', 2)])");
    rv_decref(d);
}
END_TEST

/******************************************************************************/
/* errors                                                                     */

START_TEST(missing_key_raises_keyerror)
{
    rv_obj_t *d = rv_dict_new();
    rv_obj_t *x = rv_str_from_cstr("x"), *one = rv_int_from_i64(1);
    /* {}['x'] -> KeyError: 'x';  {}[1] -> KeyError: 1 */
    assert_raised(rv_getitem(d, x), &rv_exc_KeyError, "'x'");
    assert_raised(rv_getitem(d, one), &rv_exc_KeyError, "1");
    /* del {}['x'] */
    assert_failed(rv_dict_del(d, x), &rv_exc_KeyError, "'x'");
    /* 1 in {1: 2} is True, 2 in {1: 2} is False */
    set_ii(d, 1, 2);
    rv_obj_t *two = rv_int_from_i64(2);
    ck_assert_int_eq(rv_contains(d, one), 1);
    ck_assert_int_eq(rv_contains(d, two), 0);
    rv_decref(two);
    rv_decref(one);
    rv_decref(x);
    rv_decref(d);
}
END_TEST

START_TEST(get_borrow_of_missing_key_sets_no_error)
{
    rv_obj_t *d = rv_dict_new();
    rv_obj_t *x = rv_str_from_cstr("x");
    ck_assert_ptr_null(rv_dict_get_borrow(d, x));
    ck_assert_ptr_null(rv_err_occurred());
    set_si(d, "x", 7);
    rv_obj_t *v = rv_dict_get_borrow(d, x);
    assert_repr(v, "7");
    ck_assert_ptr_eq(rv_dict_get_cstr_borrow(d, "x"), v);
    rv_decref(x);
    rv_decref(d);
}
END_TEST

START_TEST(pop_and_popitem_errors)
{
    rv_obj_t *d = rv_dict_new(), *k = rv_str_from_cstr("k"), *seven = rv_int_from_i64(7);
    /* {}.popitem() */
    assert_raised(call_method(d, "popitem", 0), &rv_exc_KeyError,
                  "'popitem(): dictionary is empty'");
    /* {}.pop('k') */
    assert_raised(call_method(d, "pop", 1, k), &rv_exc_KeyError, "'k'");
    /* {}.pop('k', 7) == 7 */
    assert_call(d, "pop", 2, k, seven, "7");
    rv_decref(seven);
    rv_decref(k);
    rv_decref(d);
}
END_TEST

START_TEST(unhashable_keys)
{
    rv_obj_t *d = rv_dict_new(), *one = rv_int_from_i64(1);
    rv_obj_t *l = rv_list_from_array(&one, 1);
    /* {}[[1]] */
    assert_raised(rv_getitem(d, l), &rv_exc_TypeError, "unhashable type: 'list'");
    /* d[[1]] = 1 */
    assert_failed(rv_dict_set(d, l, one), &rv_exc_TypeError, "unhashable type: 'list'");
    /* {}[(1, [1])] */
    rv_obj_t *t = rv_tuple_pack(2, one, l);
    assert_raised(rv_getitem(d, t), &rv_exc_TypeError, "unhashable type: 'list'");
    /* dict_get_borrow reports the error too */
    ck_assert_ptr_null(rv_dict_get_borrow(d, l));
    assert_raised(NULL, &rv_exc_TypeError, "unhashable type: 'list'");
    ck_assert_uint_eq(rv_dict_len(d), 0);
    rv_decref(t);
    rv_decref(l);
    rv_decref(one);
    rv_decref(d);
}
END_TEST

START_TEST(equality_ignores_order_and_ordering_raises)
{
    rv_obj_t *a = rv_dict_new(), *b = rv_dict_new(), *c = rv_dict_new();
    set_ii(a, 1, 2);
    set_ii(a, 3, 4);
    set_ii(b, 3, 4);
    set_ii(b, 1, 2);
    set_ii(c, 1, 2);
    set_ii(c, 3, 5);
    ck_assert_int_eq(rv_richcompare_bool(a, b, RV_EQ), 1); /* {1: 2, 3: 4} == {3: 4, 1: 2} */
    ck_assert_int_eq(rv_richcompare_bool(a, c, RV_EQ), 0); /* ... == {1: 2, 3: 5} */
    ck_assert_int_eq(rv_richcompare_bool(a, c, RV_NE), 1);
    /* {1: 2} < {1: 2} */
    assert_raised(rv_richcompare(a, b, RV_LT), &rv_exc_TypeError,
                  "'<' not supported between instances of 'dict' and 'dict'");
    /* hash({}) */
    int64_t h;
    assert_failed(rv_hash(a, &h), &rv_exc_TypeError, "unhashable type: 'dict'");
    rv_decref(c);
    rv_decref(b);
    rv_decref(a);
}
END_TEST

/******************************************************************************/
/* references                                                                 */

START_TEST(keys_and_values_are_held)
{
    rv_obj_t *v = rv_list_new(0), *w = rv_list_new(0);
    rv_obj_t *k = rv_str_from_cstr("a long key"); /* not a cached one-character str */
    rv_obj_t *d = rv_dict_new();
    ck_assert_int_eq(rv_dict_set(d, k, v), 0);
    ck_assert_int_eq(k->refcnt, 2);
    ck_assert_int_eq(v->refcnt, 2);
    /* overwriting drops the old value, keeps the stored key */
    ck_assert_int_eq(rv_dict_set(d, k, w), 0);
    ck_assert_int_eq(v->refcnt, 1);
    ck_assert_int_eq(w->refcnt, 2);
    ck_assert_int_eq(k->refcnt, 2);
    ck_assert_ptr_eq(rv_dict_get_borrow(d, k), w);
    /* deleting drops both */
    ck_assert_int_eq(rv_dict_del(d, k), 0);
    ck_assert_int_eq(k->refcnt, 1);
    ck_assert_int_eq(w->refcnt, 1);
    /* freeing the dict drops what it holds */
    ck_assert_int_eq(rv_dict_set(d, k, v), 0);
    rv_decref(d);
    ck_assert_int_eq(k->refcnt, 1);
    ck_assert_int_eq(v->refcnt, 1);
    rv_decref(w);
    rv_decref(v);
    rv_decref(k);
}
END_TEST

/******************************************************************************/
/* methods and operators                                                      */

START_TEST(update_from_pairs)
{
    /* d = {}; d.update([(1, 2), (3, 4)]); d == {1: 2, 3: 4}, getsizeof 224 */
    rv_obj_t *one = rv_int_from_i64(1), *two = rv_int_from_i64(2);
    rv_obj_t *three = rv_int_from_i64(3), *four = rv_int_from_i64(4);
    rv_obj_t *p1 = rv_tuple_pack(2, one, two), *p2 = rv_tuple_pack(2, three, four);
    rv_obj_t *pairs = rv_list_from_array((rv_obj_t *[]){ p1, p2 }, 2);
    rv_obj_t *d = rv_dict_new();
    ck_assert_int_eq(rv_dict_update(d, pairs), 0);
    assert_repr(d, "{1: 2, 3: 4}");
    ck_assert_uint_eq(rv_sizeof(d), 224);
    /* d.update([(1, 2, 3)]) */
    rv_obj_t *p3 = rv_tuple_pack(3, one, two, three);
    rv_obj_t *bad = rv_list_from_array(&p3, 1);
    assert_failed(rv_dict_update(d, bad), &rv_exc_ValueError,
                  "dictionary update sequence element #0 has length 3; 2 is required");
    /* d.update([1]) */
    rv_obj_t *bad2 = rv_list_from_array(&one, 1);
    assert_failed(rv_dict_update(d, bad2), &rv_exc_TypeError,
                  "cannot convert dictionary update sequence element #0 to a sequence");
    rv_decref(bad2);
    rv_decref(bad);
    rv_decref(p3);
    rv_decref(d);
    rv_decref(pairs);
    rv_decref(p2);
    rv_decref(p1);
    rv_decref(four);
    rv_decref(three);
    rv_decref(two);
    rv_decref(one);
}
END_TEST

START_TEST(update_from_dict)
{
    /* d = {'a': 1}; d.update({'b': 2, 'c': 3}); getsizeof 184 */
    rv_obj_t *d = rv_dict_new(), *o = rv_dict_new();
    set_si(d, "a", 1);
    set_si(o, "b", 2);
    set_si(o, "c", 3);
    rv_obj_t *r = call_method(d, "update", 1, o);
    ck_assert_ptr_eq(r, rv_None);
    rv_decref(r);
    assert_repr(d, "{'a': 1, 'b': 2, 'c': 3}");
    ck_assert_uint_eq(rv_sizeof(d), 184);
    rv_decref(d);
    /* d = {1: 1}; d.update({'b': 2}); getsizeof 224 */
    d = rv_dict_new();
    set_ii(d, 1, 1);
    rv_obj_t *o2 = rv_dict_new();
    set_si(o2, "b", 2);
    ck_assert_int_eq(rv_dict_update(d, o2), 0);
    ck_assert_uint_eq(rv_sizeof(d), 224);
    rv_decref(o2);
    rv_decref(d);
    rv_decref(o);
}
END_TEST

START_TEST(get_setdefault_pop)
{
    /* d = {'x': 1} */
    rv_obj_t *d = rv_dict_new();
    set_si(d, "x", 1);
    rv_obj_t *x = rv_str_from_cstr("x"), *y = rv_str_from_cstr("y"), *z = rv_str_from_cstr("z");
    rv_obj_t *zero = rv_int_from_i64(0), *five = rv_int_from_i64(5), *nine = rv_int_from_i64(9);
    assert_call(d, "get", 1, x, NULL, "1");            /* d.get('x') */
    assert_call(d, "get", 1, z, NULL, "None");         /* d.get('z') */
    assert_call(d, "get", 2, z, zero, "0");            /* d.get('z', 0) */
    assert_call(d, "setdefault", 2, x, nine, "1");     /* d.setdefault('x', 9) */
    assert_call(d, "setdefault", 2, y, five, "5");     /* d.setdefault('y', 5) */
    assert_repr(d, "{'x': 1, 'y': 5}");
    assert_call(d, "pop", 1, x, NULL, "1");            /* d.pop('x') */
    assert_repr(d, "{'y': 5}");
    assert_call(d, "popitem", 0, NULL, NULL, "('y', 5)");
    assert_repr(d, "{}");
    rv_decref(nine);
    rv_decref(five);
    rv_decref(zero);
    rv_decref(z);
    rv_decref(y);
    rv_decref(x);
    rv_decref(d);
}
END_TEST

START_TEST(or_operator_merges)
{
    /* {'a': 1} | {'b': 2} */
    rv_obj_t *a = rv_dict_new(), *b = rv_dict_new();
    set_si(a, "a", 1);
    set_si(b, "b", 2);
    rv_obj_t *r = rv_binop(RV_OP_OR, a, b);
    ck_assert_ptr_nonnull(r);
    assert_repr(r, "{'a': 1, 'b': 2}");
    assert_repr(a, "{'a': 1}");
    rv_decref(r);
    rv_decref(b);
    rv_decref(a);
}
END_TEST

START_TEST(non_str_key_converts_the_table)
{
    /* d = {}; d['a'] = 1; d['b'] = 2 -> 184; d[1] = 3 -> 352: the table is
     * rebuilt for used * 3 == 6 slots, which 3.11's calculate_log2_keysize
     * rounds up to 16. */
    rv_obj_t *d = rv_dict_new();
    set_si(d, "a", 1);
    set_si(d, "b", 2);
    ck_assert_uint_eq(rv_sizeof(d), 184);
    set_ii(d, 1, 3);
    ck_assert_uint_eq(rv_sizeof(d), 352);
    rv_decref(d);
}
END_TEST

START_TEST(insert_after_deletions_resizes_for_the_live_keys)
{
    /* 5 str keys; del 'k0'..'k3'; d['z'] = 0; sys.getsizeof(d) == 272 */
    rv_obj_t *d = k_dict(5);
    for (int i = 0; i < 4; i++)
        del_k(d, i);
    set_si(d, "z", 0);
    ck_assert_uint_eq(rv_sizeof(d), 272);
    rv_decref(d);
}
END_TEST

START_TEST(popitem_does_not_give_back_usable_entries)
{
    /* 5 str keys; d.popitem() == ('k4', 4); d['x'] = 1; getsizeof 272 */
    rv_obj_t *d = k_dict(5);
    assert_call(d, "popitem", 0, NULL, NULL, "('k4', 4)");
    set_si(d, "x", 1);
    ck_assert_uint_eq(rv_sizeof(d), 272);
    rv_decref(d);
}
END_TEST

START_TEST(update_presizes_with_calculate_log2_keysize)
{
    /* o = 20 str keys; d = {}; d['x'] = 0; d.update(o); sys.getsizeof(d)
     * == 832: one resize for 1 + 20 items, estimate_log2_keysize(21) ==
     * calculate_log2_keysize(32), which 3.11 rounds up to 64 slots. */
    rv_obj_t *o = k_dict(20), *d = rv_dict_new();
    set_si(d, "x", 0);
    ck_assert_int_eq(rv_dict_update(d, o), 0);
    ck_assert_uint_eq(rv_dict_len(d), 21);
    ck_assert_uint_eq(rv_sizeof(d), 832);
    rv_decref(d);
    rv_decref(o);
}
END_TEST

START_TEST(copy_clones_a_mostly_clean_table)
{
    /* 11 str keys; del d['k0']; sys.getsizeof(d.copy()) == 464 */
    rv_obj_t *d = k_dict(11);
    del_k(d, 0);
    rv_obj_t *c = rv_dict_copy(d);
    ck_assert_uint_eq(rv_sizeof(c), 464);
    rv_decref(c);
    rv_decref(d);
}
END_TEST
static Suite *suite(void)
{
    Suite *s = suite_create("dict");
    struct {
        const char *name;
        const TTest *test;
    } cases[] = {
        { "str key sizes", str_keyed_sizes_as_keys_are_added },
        { "int key sizes", int_keyed_sizes_as_keys_are_added },
        { "str into general", str_key_into_general_table },
        { "copy clean", copy_of_a_clean_dict },
        { "copy compacts", copy_after_many_deletions_is_compacted },
        { "deletions", deleting_keeps_the_table },
        { "delete last", insert_after_deleting_the_last_key_resizes },
        { "clear", clear_releases_the_table },
        { "order", order_after_delete_and_reinsert },
        { "repr nested", repr_of_nested_dicts },
        { "repr recursive", repr_of_recursive_dict },
        { "views", views_repr },
        { "KeyError", missing_key_raises_keyerror },
        { "get_borrow", get_borrow_of_missing_key_sets_no_error },
        { "pop errors", pop_and_popitem_errors },
        { "unhashable", unhashable_keys },
        { "equality", equality_ignores_order_and_ordering_raises },
        { "refs", keys_and_values_are_held },
        { "update pairs", update_from_pairs },
        { "update dict", update_from_dict },
        { "get/setdefault/pop", get_setdefault_pop },
        { "or", or_operator_merges },
        { "non-str key", non_str_key_converts_the_table },
        { "insert after deletions", insert_after_deletions_resizes_for_the_live_keys },
        { "popitem usable", popitem_does_not_give_back_usable_entries },
        { "update presize", update_presizes_with_calculate_log2_keysize },
        { "copy clone", copy_clones_a_mostly_clean_table },
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
