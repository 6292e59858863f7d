/* tests/unit/check_weakref.c - weak references and WeakValueDictionary:
 * the referent's count is untouched, death clears every reference and
 * queues callbacks in CPython's order (newest first after the plain one),
 * the plain reference is shared, repr/hash/equality as CPython 3.11, the
 * collector and the self-check ignore weak edges, and garbage references
 * never call back.  Expected values come from python3 3.11. */
#include "testutil.h"
#include "objutil.h"

#include <stdio.h>
#include <string.h>

#include "core/obj_bool.h"
#include "core/obj_dict.h"
#include "core/obj_int.h"
#include "core/obj_list.h"
#include "core/obj_misc.h"
#include "core/obj_set.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"
#include "core/obj_weakdict.h"
#include "core/obj_weakref.h"

/* A callback recording the references it is called with, in order. */
static rv_obj_t *calls[8];
static size_t ncalls;

static rv_obj_t *record(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    (void)self;
    (void)kw;
    ck_assert_uint_eq(nargs, 1);
    ck_assert_uint_lt(ncalls, 8);
    calls[ncalls++] = args[0];
    return rv_incref(rv_None);
}

static const rv_method_t record_def = { "record", record, 0 };

static rv_obj_t *new_set(void)
{
    rv_obj_t *s = rv_set_new(NULL);
    rv_obj_t *one = rv_int_from_i64(1);
    rv_set_add(s, one);
    rv_decref(one);
    return s;
}

START_TEST(reference_does_not_count)
{
    rv_obj_t *s = new_set();
    rv_obj_t *r = rv_weakref_new(s, NULL);
    ck_assert_ptr_nonnull(r);
    ck_assert_int_eq(s->refcnt, 1);
    ck_assert_ptr_eq(rv_weakref_get_borrow(r), s);
    /* The self-check recounts without the weak edge: a holder owns both. */
    rv_obj_t *holder = rv_list_new(0);
    rv_list_append(holder, s);
    rv_list_append(holder, r);
    holder->flags |= RV_F_ROOT;
    rv_decref(s);
    rv_decref(r);
    ck_assert_uint_eq(rv_heap_selfcheck(NULL, true), 0);
    rv_incref(s);
    rv_incref(r);
    rv_decref(holder);
    ck_assert_uint_eq(rv_weakref_count(s), 1);
    ck_assert_ptr_eq(rv_weakref_first_borrow(s), r);
    rv_decref(s);
    ck_assert_ptr_null(rv_weakref_get_borrow(r));
    rv_obj_t *v = rv_call0(r);
    ck_assert_ptr_eq(v, rv_None);
    rv_decref(v);
    rv_decref(r);
}
END_TEST

START_TEST(plain_reference_is_shared)
{
    rv_obj_t *s = new_set();
    rv_obj_t *a = rv_weakref_new(s, NULL);
    rv_obj_t *b = rv_weakref_new(s, rv_None);
    ck_assert_ptr_eq(a, b);
    rv_obj_t *cb = rv_builtin_new(&record_def, NULL);
    rv_obj_t *c = rv_weakref_new(s, cb);
    ck_assert_ptr_ne(a, c);
    ck_assert_uint_eq(rv_weakref_count(s), 2);
    rv_decref(c); /* dies before its referent: never called */
    ncalls = 0;
    rv_decref(s);
    ck_assert_uint_eq(ncalls, 0);
    rv_decref(a);
    rv_decref(b);
    rv_decref(cb);
}
END_TEST

START_TEST(callbacks_newest_first)
{
    rv_obj_t *s = new_set();
    rv_obj_t *cb = rv_builtin_new(&record_def, NULL);
    rv_obj_t *plain = rv_weakref_new(s, NULL);
    rv_obj_t *r1 = rv_weakref_new(s, cb);
    rv_obj_t *r2 = rv_weakref_new(s, cb);
    rv_obj_t *list = rv_weakref_list(s);
    ck_assert_uint_eq(rv_list_len(list), 3);
    ck_assert_ptr_eq(rv_list_get_borrow(list, 0), plain);
    ck_assert_ptr_eq(rv_list_get_borrow(list, 1), r2);
    ck_assert_ptr_eq(rv_list_get_borrow(list, 2), r1);
    rv_decref(list);
    ncalls = 0;
    rv_decref(s);
    ck_assert_uint_eq(ncalls, 2);
    ck_assert_ptr_eq(calls[0], r2);
    ck_assert_ptr_eq(calls[1], r1);
    rv_decref(plain);
    rv_decref(r1);
    rv_decref(r2);
    rv_decref(cb);
}
END_TEST

START_TEST(unsupported_types)
{
    rv_obj_t *l = rv_list_new(0);
    assert_raised(rv_weakref_new(l, NULL), &rv_exc_TypeError,
                  "cannot create weak reference to 'list' object");
    rv_obj_t *i = rv_int_from_i64(5);
    assert_raised(rv_weakref_new(i, NULL), &rv_exc_TypeError,
                  "cannot create weak reference to 'int' object");
    assert_raised(rv_weakref_new(rv_None, NULL), &rv_exc_TypeError,
                  "cannot create weak reference to 'NoneType' object");
    rv_obj_t *t = rv_tuple_new(0);
    assert_raised(rv_weakref_new(t, NULL), &rv_exc_TypeError,
                  "cannot create weak reference to 'tuple' object");
    rv_decref(t);
    rv_decref(i);
    rv_decref(l);
}
END_TEST

START_TEST(repr_alive_and_dead)
{
    rv_obj_t *s = new_set();
    rv_obj_t *r = rv_weakref_new(s, NULL);
    char want[96];
    snprintf(want, sizeof want, "<weakref at 0x%llx; to 'set' at 0x%llx>",
             (unsigned long long)r->id, (unsigned long long)s->id);
    assert_repr(r, want);
    rv_decref(s);
    snprintf(want, sizeof want, "<weakref at 0x%llx; dead>", (unsigned long long)r->id);
    assert_repr(r, want);
    ck_assert_uint_eq(rv_sizeof(r), 80);
    rv_decref(r);
}
END_TEST

START_TEST(hash_and_equality)
{
    rv_obj_t *items = rv_list_new(0);
    rv_obj_t *f = rv_frozenset_new(items);
    rv_obj_t *g = rv_frozenset_new(items);
    rv_obj_t *rf = rv_weakref_new(f, NULL), *rg = rv_weakref_new(g, NULL);
    ck_assert_int_eq(rv_eq(rf, rg), 1);
    int64_t h, hf;
    ck_assert_int_eq(rv_hash(rf, &h), 0);
    ck_assert_int_eq(rv_hash(f, &hf), 0);
    ck_assert(h == hf);
    rv_decref(f);
    /* Dead: equal only to itself; the hash was remembered. */
    ck_assert_int_eq(rv_eq(rf, rg), 0);
    ck_assert_int_eq(rv_hash(rf, &h), 0);
    ck_assert(h == hf);
    rv_decref(g);
    assert_failed(rv_hash(rg, &h), &rv_exc_TypeError, "weak object has gone away");
    rv_decref(rf);
    rv_decref(rg);
    rv_decref(items);
}
END_TEST

/* l = []; m = l.append; l.append(m); r = ref(m, cb): a cycle through a
 * weakrefable object. */
START_TEST(collector_ignores_weak_edges)
{
    rv_obj_t *cb = rv_builtin_new(&record_def, NULL);
    rv_obj_t *l = rv_list_new(0);
    rv_obj_t *m = rv_getattr_cstr(l, "append");
    rv_list_append(l, m);
    rv_obj_t *r = rv_weakref_new(m, cb);
    rv_decref(m);
    rv_decref(l);
    ck_assert_ptr_nonnull(rv_weakref_get_borrow(r));
    ncalls = 0;
    ck_assert_uint_eq(rv_gc_collect(), 2);
    ck_assert_ptr_null(rv_weakref_get_borrow(r));
    ck_assert_uint_eq(ncalls, 1);
    ck_assert_ptr_eq(calls[0], r);
    rv_decref(r);
    rv_decref(cb);
}
END_TEST

START_TEST(garbage_reference_never_calls_back)
{
    rv_obj_t *cb = rv_builtin_new(&record_def, NULL);
    rv_obj_t *l = rv_list_new(0);
    rv_obj_t *m = rv_getattr_cstr(l, "append");
    rv_list_append(l, m);
    rv_obj_t *r = rv_weakref_new(m, cb);
    rv_list_append(l, r);
    rv_decref(r);
    rv_decref(m);
    rv_decref(l);
    ncalls = 0;
    ck_assert_uint_eq(rv_gc_collect(), 3);
    ck_assert_uint_eq(ncalls, 0);
    rv_decref(cb);
}
END_TEST

START_TEST(weak_value_dictionary)
{
    rv_obj_t *d = rv_weakvaluedict_new();
    rv_obj_t *k = rv_str_from_cstr("k");
    rv_obj_t *s = new_set();
    ck_assert_int_eq(rv_setitem(d, k, s), 0);
    size_t n;
    ck_assert_int_eq(rv_len(d, &n), 0);
    ck_assert_uint_eq(n, 1);
    rv_obj_t *v = rv_getitem(d, k);
    ck_assert_ptr_eq(v, s);
    rv_decref(v);
    ck_assert_int_eq(s->refcnt, 1);
    rv_decref(s);
    ck_assert_int_eq(rv_len(d, &n), 0);
    ck_assert_uint_eq(n, 0);
    assert_raised(rv_getitem(d, k), &rv_exc_KeyError, "'k'");
    rv_obj_t *l = rv_list_new(0);
    assert_failed(rv_setitem(d, k, l), &rv_exc_TypeError,
                  "cannot create weak reference to 'list' object");
    ck_assert_uint_eq(rv_sizeof(d), 56);
    rv_decref(l);
    rv_decref(k);
    rv_decref(d);
}
END_TEST

START_TEST(dictionary_dies_first)
{
    rv_obj_t *d = rv_weakvaluedict_new();
    rv_obj_t *k = rv_str_from_cstr("k");
    rv_obj_t *s = new_set();
    rv_setitem(d, k, s);
    rv_decref(d);
    ck_assert_uint_eq(rv_weakref_count(s), 0);
    rv_decref(s);
    rv_decref(k);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("weakref");
    const struct {
        const char *name;
        const TTest *test;
    } cases[] = {
        { "not counted", reference_does_not_count },
        { "shared plain", plain_reference_is_shared },
        { "callback order", callbacks_newest_first },
        { "unsupported", unsupported_types },
        { "repr", repr_alive_and_dead },
        { "hash and eq", hash_and_equality },
        { "collector", collector_ignores_weak_edges },
        { "garbage refs", garbage_reference_never_calls_back },
        { "WeakValueDictionary", weak_value_dictionary },
        { "dict dies first", dictionary_dies_first },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        TCase *tc = tcase_create(cases[i].name);
        tcase_add_checked_fixture(tc, rv_test_setup, rv_test_teardown);
        tcase_add_test(tc, cases[i].test);
        suite_add_tcase(s, tc);
    }
    return s;
}

int main(void)
{
    return rv_test_run(suite());
}
