/* tests/unit/check_heap.c - identity, reference counting, deallocation
 * without recursion, the cycle collector and the self-check. */
#include "testutil.h"

#include <string.h>

#include "base/alloc.h"

#include "core/obj_dict.h"
#include "core/obj_int.h"
#include "core/obj_list.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"

START_TEST(ids_grow_and_are_unique)
{
    rv_obj_t *a = rv_list_new(0), *b = rv_list_new(0);
    ck_assert_uint_gt(b->id, a->id);
    rv_decref(a);
    rv_obj_t *c = rv_list_new(0);
    ck_assert_uint_gt(c->id, b->id); /* ids are never reused */
    rv_decref(b);
    rv_decref(c);
}
END_TEST

START_TEST(last_reference_frees)
{
    size_t before = rv_heap_count();
    rv_obj_t *l = rv_list_new(0);
    rv_obj_t *inner = rv_list_new(0);
    rv_list_append(l, inner);
    rv_decref(inner);
    ck_assert_uint_eq(rv_heap_count(), before + 2);
    rv_decref(l);
    ck_assert_uint_eq(rv_heap_count(), before);
}
END_TEST

static uint64_t freed_ids[8];
static size_t nfreed;

static void record_free(rv_obj_t *o, void *ctx)
{
    (void)ctx;
    if (nfreed < 8)
        freed_ids[nfreed++] = o->id;
}

START_TEST(free_hook_sees_each_object)
{
    nfreed = 0;
    rv_heap_set_free_hook(record_free, NULL);
    rv_obj_t *l = rv_list_new(0);
    uint64_t id = l->id;
    rv_decref(l);
    rv_heap_set_free_hook(NULL, NULL);
    ck_assert_uint_eq(nfreed, 1);
    ck_assert_uint_eq(freed_ids[0], id);
}
END_TEST

START_TEST(deep_nesting_frees_without_recursion)
{
    /* A million nested lists: freeing must not recurse on the C stack. */
    size_t before = rv_heap_count();
    rv_obj_t *outer = rv_list_new(0);
    for (int i = 0; i < 1000000; i++) {
        rv_obj_t *wrap = rv_list_new(0);
        rv_list_append(wrap, outer);
        rv_decref(outer);
        outer = wrap;
    }
    rv_decref(outer);
    ck_assert_uint_eq(rv_heap_count(), before);
}
END_TEST

START_TEST(cycle_survives_until_collect)
{
    size_t before = rv_heap_count();
    rv_obj_t *a = rv_list_new(0);
    rv_list_append(a, a);
    rv_decref(a);
    ck_assert_uint_eq(rv_heap_count(), before + 1);
    ck_assert_uint_eq(rv_gc_collect(), 1);
    ck_assert_uint_eq(rv_heap_count(), before);
    ck_assert_uint_eq(rv_gc_collect(), 0);
}
END_TEST

START_TEST(collect_keeps_reachable_cycles)
{
    rv_obj_t *a = rv_list_new(0), *b = rv_list_new(0);
    rv_list_append(a, b);
    rv_list_append(b, a);
    rv_decref(b);
    ck_assert_uint_eq(rv_gc_collect(), 0); /* a is still held */
    ck_assert_uint_eq(rv_list_len(a), 1);
    rv_decref(a);
    ck_assert_uint_eq(rv_gc_collect(), 2);
}
END_TEST

START_TEST(collect_frees_what_hangs_off_a_cycle)
{
    size_t before = rv_heap_count();
    rv_obj_t *a = rv_list_new(0);
    rv_list_append(a, a);
    rv_obj_t *big = rv_int_from_i64(123456789);
    rv_obj_t *d = rv_dict_new();
    rv_dict_set(d, big, big);
    rv_list_append(a, d);
    rv_decref(d);
    rv_decref(big);
    rv_decref(a);
    /* The dict holds only atomic values: CPython does not track it, so it
     * does not count, but it is freed with the cycle. */
    ck_assert_uint_eq(rv_gc_collect(), 1);
    ck_assert_uint_eq(rv_heap_count(), before);
}
END_TEST

START_TEST(untracked_containers)
{
    /* A tuple is tracked until a collection sees only atomic items. */
    rv_obj_t *t = rv_tuple_pack(2, rv_None, rv_None);
    ck_assert(rv_gc_is_tracked(t));
    rv_obj_t *l = rv_list_new(0);
    ck_assert(rv_gc_is_tracked(l));
    rv_obj_t *t2 = rv_tuple_pack(1, l);
    ck_assert(rv_gc_is_tracked(t2));
    rv_gc_collect();
    ck_assert(!rv_gc_is_tracked(t));
    ck_assert(rv_gc_is_tracked(t2));
    /* A dict is tracked once it holds a container, an empty one too. */
    rv_obj_t *d = rv_dict_new();
    ck_assert(!rv_gc_is_tracked(d));
    rv_dict_set(d, rv_None, t);
    ck_assert(!rv_gc_is_tracked(d));
    rv_obj_t *e = rv_dict_new();
    rv_dict_set(d, rv_None, e);
    ck_assert(rv_gc_is_tracked(d));
    rv_decref(e);
    rv_decref(d);
    rv_decref(t);
    rv_decref(t2);
    rv_decref(l);
}
END_TEST

START_TEST(selfcheck_finds_a_leak)
{
    rv_obj_t *l = rv_list_new(0);
    rv_obj_t *x = rv_list_new(0);
    rv_list_append(l, x);
    rv_incref(x); /* an extra, unexplained reference */
    rv_decref(x);
    rv_buf_t report = RV_BUF_INIT;
    /* l itself is held from C (this test) and is not flagged as a root. */
    l->flags |= RV_F_ROOT;
    ck_assert_uint_eq(rv_heap_selfcheck(&report, true), 1);
    ck_assert_ptr_nonnull(strstr(rv_buf_cstr(&report), "list"));
    rv_buf_free(&report);
    rv_decref(x);
    ck_assert_uint_eq(rv_heap_selfcheck(NULL, true), 0);
    l->flags &= ~RV_F_ROOT;
    rv_decref(l);
}
END_TEST

/* The memory budget counts what objects hold (a list's item array grows
 * the count, freeing gives it back) and says when it is passed. */
START_TEST(memory_budget_counts_live_bytes)
{
    size_t before = rv_alloc_live();
    rv_obj_t *l = rv_list_new(0);
    for (int i = 0; i < 10000; i++)
        rv_list_append(l, rv_None);
    size_t grown = rv_alloc_live();
    ck_assert_uint_ge(grown, before + 10000 * sizeof(rv_obj_t *));
    rv_alloc_set_budget(grown - 1);
    ck_assert_int_eq(rv_alloc_over_budget(), 1);
    rv_decref(l);
    ck_assert_uint_lt(rv_alloc_live(), grown - 10000 * sizeof(rv_obj_t *));
    ck_assert_int_eq(rv_alloc_over_budget(), 0);
    rv_alloc_set_budget(0);
    ck_assert_int_eq(rv_alloc_over_budget(), 0);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("heap");
    struct {
        const char *name;
        const TTest *test;
    } cases[] = {
        { "identity", ids_grow_and_are_unique },
        { "refcount", last_reference_frees },
        { "free hook", free_hook_sees_each_object },
        { "deep free", deep_nesting_frees_without_recursion },
        { "cycles", cycle_survives_until_collect },
        { "reachable cycles", collect_keeps_reachable_cycles },
        { "garbage closure", collect_frees_what_hangs_off_a_cycle },
        { "tracking", untracked_containers },
        { "selfcheck", selfcheck_finds_a_leak },
        { "memory budget", memory_budget_counts_live_bytes },
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
