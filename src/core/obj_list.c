/* src/core/obj_list.c - list (Objects/listobject.c, 3.11).
 *
 * The capacity follows CPython exactly, since sys.getsizeof shows it:
 *   list_resize: keep the array while allocated/2 <= newsize <= allocated;
 *     else allocate (newsize + newsize/8 + 6) & ~3, or (newsize + 3) & ~3
 *     when the growth is closer to that than to the old size; 0 for 0.
 *   list_preallocate_exact (list(x) of a sized x; list_extend of a list
 *     with no array yet, by a list or tuple's length or any other
 *     iterable's PyObject_LengthHint): the length rounded up to even.
 *   list_ass_slice: a result that is empty frees the array (_list_clear).
 *   exact sizes: slices, copy(), a + b, [x] * n, the BUILD_LIST display. */
#include "core/obj_list.h"

#include <string.h>

#include "base/alloc.h"
#include "base/buf.h"
#include "core/exc.h"
#include "core/heap.h"
#include "core/obj_bool.h"
#include "core/obj_int.h"
#include "core/obj_iter.h"
#include "core/obj_misc.h"
#include "core/obj_slice.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"

/* A capacity of 0 still keeps a block, as PyMem_Realloc(p, 0) does: the
 * list has an array (of no slots), so list_extend does not pre-size it
 * exactly as it does a list with none (a new one, or one cleared). */
static void set_capacity(rv_list_t *l, size_t cap)
{
    l->items = rv_realloc(l->items, (cap ? cap : 1) * sizeof *l->items);
    l->cap = cap;
}

/* list_resize: the length becomes newsize (new slots uninitialised). */
static void list_resize(rv_list_t *l, size_t newsize)
{
    if (l->cap >= newsize && newsize >= (l->cap >> 1)) {
        l->len = newsize;
        return;
    }
    size_t alloc = (newsize + (newsize >> 3) + 6) & ~(size_t)3;
    if ((intptr_t)newsize - (intptr_t)l->len > (intptr_t)(alloc - newsize))
        alloc = (newsize + 3) & ~(size_t)3;
    if (newsize == 0)
        alloc = 0;
    set_capacity(l, alloc);
    l->len = newsize;
}

static void preallocate_exact(rv_list_t *l, size_t n)
{
    set_capacity(l, (n + 1) & ~(size_t)1);
}

rv_obj_t *rv_list_new(size_t n)
{
    rv_list_t *l = rv_obj_alloc(&rv_list_type, sizeof(rv_list_t));
    if (n) {
        l->items = rv_calloc(n, sizeof *l->items);
        l->cap = n;
        l->len = n;
    }
    return &l->ob;
}

rv_obj_t *rv_list_new_subtype(const rv_type_t *type)
{
    return rv_obj_alloc(type, sizeof(rv_list_t) + type->extra_size);
}

static void *list_extra(rv_obj_t *o)
{
    return (char *)o + sizeof(rv_list_t);
}

rv_obj_t *rv_list_from_array(rv_obj_t *const *items, size_t n)
{
    rv_obj_t *l = rv_list_new(n);
    for (size_t i = 0; i < n; i++)
        RV_LIST(l)->items[i] = rv_incref(items[i]);
    return l;
}

int rv_list_append(rv_obj_t *o, rv_obj_t *v)
{
    rv_list_touch(o, RV_LIST(o)->len);
    rv_list_t *l = RV_LIST(o);
    size_t n = l->len;
    if (l->cap > n) {
        l->items[n] = rv_incref(v);
        l->len = n + 1;
        return 0;
    }
    list_resize(l, n + 1);
    l->items[n] = rv_incref(v);
    return 0;
}

/* list_extend, including its three paths (sequence, self, iterator). */
int rv_list_extend(rv_obj_t *o, rv_obj_t *iterable)
{
    rv_list_touch(o, RV_LIST(o)->len);
    rv_list_t *l = RV_LIST(o);
    if (RV_IS(iterable, rv_list_type) || RV_IS(iterable, rv_tuple_type) || iterable == o) {
        bool is_list = RV_IS(iterable, rv_list_type);
        size_t n = is_list ? rv_list_len(iterable) : rv_tuple_len(iterable);
        if (n == 0)
            return 0;
        size_t m = l->len;
        rv_obj_t **src = is_list ? RV_LIST(iterable)->items : RV_TUPLE(iterable)->items;
        /* Copy first: extending a list by itself reads what it writes. */
        rv_obj_t **copy = rv_malloc(n * sizeof *copy);
        for (size_t i = 0; i < n; i++)
            copy[i] = rv_incref(src[i]);
        if (!l->items) {
            preallocate_exact(l, n);
            l->len = n;
        } else {
            list_resize(l, m + n);
        }
        memcpy(l->items + m, copy, n * sizeof *copy);
        rv_free(copy);
        return 0;
    }
    rv_obj_t *it = rv_iter(iterable);
    if (!it)
        return -1;
    size_t hint = 8;
    if (rv_length_hint(iterable, 8, &hint) < 0) {
        rv_decref(it);
        return -1;
    }
    /* A hint no machine could allocate is CPython's MemoryError from
     * list_preallocate_exact, not our allocator's abort. */
    if (hint > RV_SEQ_MAX_ITEMS) {
        rv_decref(it);
        rv_err_nomem();
        return -1;
    }
    /* list_extend: a list with no array yet is sized exactly for the
     * hint; otherwise list_resize makes room for it, and the list is cut
     * back below when the guess was too large. */
    /* rv_iter and the hint may have run program code (and snapshots). */
    rv_list_touch(o, l->len);
    size_t m = l->len;
    if (!l->items) {
        if (hint > 0)
            preallocate_exact(l, hint);
    } else {
        list_resize(l, m + hint);
        l->len = m;
    }
    rv_obj_t *x;
    while ((x = rv_next(it)) != NULL) {
        /* rv_next may have run program code, and a snapshot with it: touch
         * again at each write, or the items after it go unrecorded. */
        rv_list_touch(o, l->len);
        if (l->len < l->cap) {
            l->items[l->len++] = x;
        } else {
            rv_list_append(o, x);
            rv_decref(x);
        }
    }
    rv_decref(it);
    rv_list_touch(o, l->len);
    if (l->len < l->cap)
        list_resize(l, l->len);
    return rv_err_occurred() ? -1 : 0;
}

/* CPython 3.11's list___init___impl: no len() of its own before
 * list_extend, which takes iter() first and then the length hint (a
 * program's __iter__ runs before its __len__, each once). */
int rv_list_init(rv_obj_t *o, rv_obj_t *iterable)
{
    rv_list_clear(o);
    return rv_list_extend(o, iterable);
}

rv_obj_t *rv_list_from_iterable(rv_obj_t *iterable)
{
    rv_obj_t *l = rv_list_new(0);
    if (rv_list_init(l, iterable) < 0) {
        rv_decref(l);
        return NULL;
    }
    return l;
}

rv_obj_t *rv_sequence_fast(rv_obj_t *v, const char *msg)
{
    if (RV_IS(v, rv_list_type) || RV_IS(v, rv_tuple_type))
        return rv_incref(v);
    rv_obj_t *it = rv_iter(v);
    if (!it) {
        if (rv_err_matches(&rv_exc_TypeError)) {
            rv_err_clear();
            rv_err_format(&rv_exc_TypeError, "%s", msg);
        }
        return NULL;
    }
    rv_obj_t *l = rv_list_from_iterable(it);
    rv_decref(it);
    return l;
}

rv_obj_t *const *rv_sequence_fast_items(rv_obj_t *seq, size_t *n)
{
    if (RV_IS(seq, rv_tuple_type)) {
        *n = rv_tuple_len(seq);
        return RV_TUPLE(seq)->items;
    }
    *n = RV_LIST(seq)->len;
    return RV_LIST(seq)->items;
}

void rv_list_clear(rv_obj_t *o)
{
    rv_list_touch(o, 0);
    rv_list_t *l = RV_LIST(o);
    rv_obj_t **items = l->items;
    size_t n = l->len;
    l->items = NULL;
    l->len = l->cap = 0;
    for (size_t i = n; i-- > 0;)
        rv_xdecref(items[i]);
    rv_free(items);
}

void rv_list_reverse(rv_obj_t *o)
{
    rv_list_touch(o, 0);
    rv_list_t *l = RV_LIST(o);
    for (size_t i = 0, j = l->len; i + 1 < j; i++, j--) {
        rv_obj_t *t = l->items[i];
        l->items[i] = l->items[j - 1];
        l->items[j - 1] = t;
    }
}

rv_obj_t *rv_list_as_tuple(rv_obj_t *o)
{
    return rv_tuple_from_array(RV_LIST(o)->items, RV_LIST(o)->len);
}

int rv_list_insert(rv_obj_t *o, intptr_t where, rv_obj_t *v)
{
    rv_list_touch(o, 0);
    rv_list_t *l = RV_LIST(o);
    intptr_t n = (intptr_t)l->len;
    if (where < 0) {
        where += n;
        if (where < 0)
            where = 0;
    }
    if (where > n)
        where = n;
    list_resize(l, (size_t)n + 1);
    memmove(l->items + where + 1, l->items + where, (size_t)(n - where) * sizeof *l->items);
    l->items[where] = rv_incref(v);
    return 0;
}

static void clamp(size_t len, intptr_t *lo, intptr_t *hi)
{
    intptr_t n = (intptr_t)len;
    if (*lo < 0)
        *lo = 0;
    else if (*lo > n)
        *lo = n;
    if (*hi < *lo)
        *hi = *lo;
    else if (*hi > n)
        *hi = n;
}

rv_obj_t *rv_list_get_slice(rv_obj_t *o, intptr_t lo, intptr_t hi)
{
    clamp(rv_list_len(o), &lo, &hi);
    return rv_list_from_array(RV_LIST(o)->items + lo, (size_t)(hi - lo));
}

/* list_ass_slice: replaces l[lo:hi] by the items of v (NULL deletes). */
int rv_list_set_slice(rv_obj_t *o, intptr_t lo, intptr_t hi, rv_obj_t *v)
{
    rv_list_touch(o, 0);
    rv_list_t *l = RV_LIST(o);
    rv_obj_t *seq = NULL;
    size_t n = 0;
    if (v) {
        /* list_ass_slice copies a (a[:] = a) before PySequence_Fast. */
        seq = v == o ? rv_list_from_array(l->items, l->len)
                     : rv_sequence_fast(v, "can only assign an iterable");
        if (!seq)
            return -1;
        n = RV_IS(seq, rv_list_type) ? rv_list_len(seq) : rv_tuple_len(seq);
    }
    /* Reading v may have run program code (and snapshots). */
    rv_list_touch(o, 0);
    clamp(l->len, &lo, &hi);
    size_t old = (size_t)(hi - lo);
    if (l->len - old + n == 0) {
        /* list_ass_slice: an empty result frees the array (_list_clear),
         * where list_resize(0) could keep a one-slot one. */
        rv_xdecref(seq);
        rv_list_clear(o);
        return 0;
    }
    rv_obj_t **removed = rv_malloc((old ? old : 1) * sizeof *removed);
    if (old) /* an empty list has no array to copy from */
        memcpy(removed, l->items + lo, old * sizeof *removed);
    intptr_t d = (intptr_t)n - (intptr_t)old;
    size_t len = l->len;
    if (d < 0) {
        memmove(l->items + hi + d, l->items + hi, (len - (size_t)hi) * sizeof *l->items);
        list_resize(l, (size_t)((intptr_t)len + d));
    } else if (d > 0) {
        list_resize(l, (size_t)((intptr_t)len + d));
        memmove(l->items + hi + d, l->items + hi, (len - (size_t)hi) * sizeof *l->items);
    }
    rv_obj_t *const *src = seq ? (RV_IS(seq, rv_list_type) ? RV_LIST(seq)->items
                                                           : RV_TUPLE(seq)->items)
                               : NULL;
    for (size_t k = 0; k < n; k++)
        l->items[lo + (intptr_t)k] = rv_incref(src[k]);
    for (size_t k = old; k-- > 0;)
        rv_decref(removed[k]);
    rv_free(removed);
    rv_xdecref(seq);
    return 0;
}

/******************************************************************************/
/* sort: a stable merge sort on (key, value) pairs                            */

typedef struct pair {
    rv_obj_t *key;
    rv_obj_t *value;
} pair_t;

/* Short runs: binary insertion, comparing pivot < item as timsort's
 * binarysort does (the order of comparisons shows in error messages). */
static int insertion_sort(pair_t *a, size_t n, size_t start)
{
    for (size_t i = start; i < n; i++) {
        pair_t pivot = a[i];
        size_t lo = 0, hi = i;
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            int lt = rv_richcompare_bool(pivot.key, a[mid].key, RV_LT);
            if (lt < 0)
                return -1;
            if (lt)
                hi = mid;
            else
                lo = mid + 1;
        }
        memmove(a + lo + 1, a + lo, (i - lo) * sizeof *a);
        a[lo] = pivot;
    }
    return 0;
}

/* timsort's count_run: the length of the run at the start of a, which is
 * ascending (a[i] < a[i-1] never) or strictly descending (reversed here). */
static int count_run(pair_t *a, size_t n, size_t *run)
{
    if (n < 2) {
        *run = n;
        return 0;
    }
    int lt = rv_richcompare_bool(a[1].key, a[0].key, RV_LT);
    if (lt < 0)
        return -1;
    bool descending = lt;
    size_t k = 2;
    for (; k < n; k++) {
        lt = rv_richcompare_bool(a[k].key, a[k - 1].key, RV_LT);
        if (lt < 0)
            return -1;
        if (lt != descending)
            break;
    }
    if (descending)
        for (size_t i = 0; i < k / 2; i++) {
            pair_t t = a[i];
            a[i] = a[k - 1 - i];
            a[k - 1 - i] = t;
        }
    *run = k;
    return 0;
}

/* A list shorter than 64 is one run for CPython's listsort (minrun is its
 * length): count_run, then binarysort from the run's end.  Each comparison
 * may call program code (__lt__), so their number and order are CPython's. */
static int small_sort(pair_t *a, size_t n)
{
    size_t run;
    if (count_run(a, n, &run) < 0)
        return -1;
    return insertion_sort(a, n, run ? run : 1);
}

static int merge_sort(pair_t *a, pair_t *tmp, size_t n)
{
    if (n < 64)
        return small_sort(a, n);
    size_t mid = n / 2;
    if (merge_sort(a, tmp, mid) < 0 || merge_sort(a + mid, tmp, n - mid) < 0)
        return -1;
    size_t i = 0, j = mid, k = 0;
    while (i < mid && j < n) {
        int lt = rv_richcompare_bool(a[j].key, a[i].key, RV_LT);
        if (lt < 0)
            return -1;
        tmp[k++] = lt ? a[j++] : a[i++];
    }
    while (i < mid)
        tmp[k++] = a[i++];
    while (j < n)
        tmp[k++] = a[j++];
    memcpy(a, tmp, n * sizeof *a);
    return 0;
}

int rv_list_sort(rv_obj_t *o, rv_obj_t *key, bool reverse)
{
    rv_list_touch(o, 0);
    rv_list_t *l = RV_LIST(o);
    /* While sorting the list looks empty (CPython does the same). */
    rv_obj_t **items = l->items;
    size_t n = l->len, cap = l->cap;
    l->items = NULL;
    l->len = l->cap = 0;
    l->sorting = true;
    pair_t *pairs = rv_malloc((n ? n : 1) * sizeof *pairs);
    pair_t *tmp = rv_malloc((n ? n : 1) * sizeof *tmp);
    int err = 0;
    size_t keyed = 0;
    for (; keyed < n; keyed++) {
        pairs[keyed].value = items[keyed];
        pairs[keyed].key = key ? rv_call1(key, items[keyed]) : items[keyed];
        if (!pairs[keyed].key) {
            err = -1;
            break;
        }
    }
    if (!err) {
        /* Reverse stability: reverse, sort, reverse (CPython's trick). */
        if (reverse)
            for (size_t i = 0; i < n / 2; i++) {
                pair_t t = pairs[i];
                pairs[i] = pairs[n - 1 - i];
                pairs[n - 1 - i] = t;
            }
        err = merge_sort(pairs, tmp, n);
        if (!err && reverse)
            for (size_t i = 0; i < n / 2; i++) {
                pair_t t = pairs[i];
                pairs[i] = pairs[n - 1 - i];
                pairs[n - 1 - i] = t;
            }
        if (!err)
            for (size_t i = 0; i < n; i++)
                items[i] = pairs[i].value;
    }
    if (key)
        for (size_t i = 0; i < keyed; i++)
            rv_decref(pairs[i].key);
    rv_free(pairs);
    rv_free(tmp);
    /* The key and the comparisons may have run program code and taken
     * snapshots of the list while it looked empty. */
    rv_list_touch(o, 0);
    l->sorting = false;
    bool modified = l->items != NULL || l->len != 0;
    if (modified) {
        rv_list_clear(o);
        if (!err) {
            rv_err_format(&rv_exc_ValueError, "list modified during sort");
            err = -1;
        }
    }
    l->items = items;
    l->len = n;
    l->cap = cap;
    /* A snapshot taken inside a key call recorded it empty. */
    rv_list_touch(o, 0);
    return err;
}

/******************************************************************************/
/* slots                                                                      */

static void list_clear_slot(rv_obj_t *o)
{
    rv_list_clear(o);
}

static void list_traverse(rv_obj_t *o, rv_visit_fn visit, void *ctx)
{
    rv_list_t *l = RV_LIST(o);
    for (size_t i = 0; i < l->len; i++) {
        if (!l->items[i])
            continue;
        rv_edge_t e = { .kind = RV_EDGE_INDEX, .index = i };
        visit(l->items[i], &e, ctx);
    }
}

static rv_obj_t *list_repr(rv_obj_t *o)
{
    rv_list_t *l = RV_LIST(o);
    if (l->len == 0)
        return rv_str_from_cstr("[]");
    if (rv_repr_enter(o))
        return rv_str_from_cstr("[...]");
    rv_buf_t b = RV_BUF_INIT;
    rv_buf_addc(&b, '[');
    for (size_t i = 0; i < l->len; i++) {
        if (i)
            rv_buf_adds(&b, ", ");
        rv_obj_t *item = rv_incref(l->items[i]);
        rv_obj_t *r = rv_repr(item);
        rv_decref(item);
        if (!r) {
            rv_buf_free(&b);
            rv_repr_leave(o);
            return NULL;
        }
        rv_buf_add(&b, rv_str_utf8(r), rv_str_nbytes(r));
        rv_decref(r);
    }
    rv_buf_addc(&b, ']');
    rv_repr_leave(o);
    rv_obj_t *s = rv_str_from_buf(&b);
    rv_buf_free(&b);
    return s;
}

static rv_obj_t *list_richcompare(rv_obj_t *a, rv_obj_t *b, rv_cmpop_t op)
{
    if (!rv_isinstance(a, &rv_list_type) || !rv_isinstance(b, &rv_list_type))
        return rv_incref(rv_NotImplemented);
    rv_list_t *x = RV_LIST(a), *y = RV_LIST(b);
    if ((op == RV_EQ || op == RV_NE) && x->len != y->len)
        return rv_bool_from(op == RV_NE);
    size_t i;
    for (i = 0; i < x->len && i < y->len; i++) {
        int eq = rv_richcompare_bool(x->items[i], y->items[i], RV_EQ);
        if (eq < 0)
            return NULL;
        if (!eq)
            break;
    }
    if (i >= x->len || i >= y->len) {
        size_t m = x->len, n = y->len;
        bool r;
        switch (op) {
        case RV_LT: r = m < n; break;
        case RV_LE: r = m <= n; break;
        case RV_EQ: r = m == n; break;
        case RV_NE: r = m != n; break;
        case RV_GT: r = m > n; break;
        default: r = m >= n; break;
        }
        return rv_bool_from(r);
    }
    if (op == RV_EQ)
        return rv_bool_from(false);
    if (op == RV_NE)
        return rv_bool_from(true);
    return rv_richcompare(x->items[i], y->items[i], op);
}

static int list_len_slot(rv_obj_t *o, size_t *out)
{
    *out = RV_LIST(o)->len;
    return 0;
}

static int normalize_index(rv_list_t *l, rv_obj_t *key, intptr_t *i, const char *msg)
{
    bool is_int;
    if (rv_index_to_ssize(key, i, &is_int) < 0) {
        if (!is_int)
            return 1; /* not an int: caller tries slices */
        return -1;
    }
    if (*i < 0)
        *i += (intptr_t)l->len;
    if (*i < 0 || (size_t)*i >= l->len) {
        rv_err_format(&rv_exc_IndexError, "%s", msg);
        return -1;
    }
    return 0;
}

static rv_obj_t *list_getitem(rv_obj_t *o, rv_obj_t *key)
{
    rv_list_t *l = RV_LIST(o);
    intptr_t i;
    int r = normalize_index(l, key, &i, "list index out of range");
    if (r == 0)
        return rv_incref(l->items[i]);
    if (r < 0)
        return NULL;
    if (RV_IS(key, rv_slice_type)) {
        intptr_t start, stop, step;
        size_t count;
        if (rv_slice_indices(key, l->len, &start, &stop, &step, &count) < 0)
            return NULL;
        rv_obj_t *res = rv_list_new(count);
        for (size_t k = 0; k < count; k++)
            RV_LIST(res)->items[k] = rv_incref(l->items[start + (intptr_t)k * step]);
        return res;
    }
    rv_err_format(&rv_exc_TypeError, "list indices must be integers or slices, not %s",
                  key->type->name);
    return NULL;
}

static int assign_extended(rv_list_t *l, intptr_t start, intptr_t step, size_t count,
                           rv_obj_t *value)
{
    /* list_ass_subscript copies the list itself (a[::2] = a). */
    rv_obj_t *seq = value == &l->ob
                        ? rv_list_from_array(l->items, l->len)
                        : rv_sequence_fast(value, "must assign iterable to extended slice");
    if (!seq)
        return -1;
    /* Reading value may have run program code (and snapshots). */
    rv_list_touch(&l->ob, 0);
    size_t n;
    rv_obj_t *const *items = rv_sequence_fast_items(seq, &n);
    if (n != count) {
        rv_err_format(&rv_exc_ValueError,
                      "attempt to assign sequence of size %zu to extended slice of size %zu",
                      n, count);
        rv_decref(seq);
        return -1;
    }
    for (size_t k = 0; k < count; k++) {
        rv_obj_t **slot = &l->items[start + (intptr_t)k * step];
        rv_obj_t *old = *slot;
        *slot = rv_incref(items[k]);
        rv_decref(old);
    }
    rv_decref(seq);
    return 0;
}

static int delete_extended(rv_list_t *l, intptr_t start, intptr_t step, size_t count)
{
    if (step < 0) {
        start = start + step * (intptr_t)(count - 1);
        step = -step;
    }
    rv_obj_t **removed = rv_malloc((count ? count : 1) * sizeof *removed);
    size_t w = (size_t)start, r = 0;
    for (size_t i = (size_t)start; i < l->len; i++) {
        bool hit = r < count && i == (size_t)(start + (intptr_t)r * step);
        if (hit)
            removed[r++] = l->items[i];
        else
            l->items[w++] = l->items[i];
    }
    list_resize(l, w);
    for (size_t k = 0; k < count; k++)
        rv_decref(removed[k]);
    rv_free(removed);
    return 0;
}

static int list_setitem(rv_obj_t *o, rv_obj_t *key, rv_obj_t *value)
{
    rv_list_t *l = RV_LIST(o);
    intptr_t i;
    int r = normalize_index(l, key, &i, "list assignment index out of range");
    rv_list_touch(o, r == 0 ? (size_t)i : 0);
    if (r == 0) {
        if (value) {
            rv_obj_t *old = l->items[i];
            l->items[i] = rv_incref(value);
            rv_decref(old);
            return 0;
        }
        return rv_list_set_slice(o, i, i + 1, NULL);
    }
    if (r < 0)
        return -1;
    if (RV_IS(key, rv_slice_type)) {
        intptr_t start, stop, step;
        size_t count;
        if (rv_slice_indices(key, l->len, &start, &stop, &step, &count) < 0)
            return -1;
        if (step == 1)
            return rv_list_set_slice(o, start, stop < start ? start : stop, value);
        if (value)
            return assign_extended(l, start, step, count, value);
        return delete_extended(l, start, step, count);
    }
    rv_err_format(&rv_exc_TypeError, "list indices must be integers or slices, not %s",
                  key->type->name);
    return -1;
}

static int list_contains(rv_obj_t *o, rv_obj_t *item)
{
    rv_list_t *l = RV_LIST(o);
    for (size_t i = 0; i < l->len; i++) {
        rv_obj_t *x = rv_incref(l->items[i]);
        int eq = rv_richcompare_bool(x, item, RV_EQ);
        rv_decref(x);
        if (eq != 0)
            return eq;
    }
    return 0;
}

static rv_obj_t *repeat(rv_obj_t *seq, rv_obj_t *count)
{
    int64_t n;
    /* PyNumber_AsSsize_t's OverflowError, whatever the sign. */
    if (!rv_int_fits_i64(count, &n)) {
        rv_err_format(&rv_exc_OverflowError, "cannot fit 'int' into an index-sized integer");
        return NULL;
    }
    if (n <= 0 || rv_list_len(seq) == 0)
        return rv_list_new(0);
    size_t len = rv_list_len(seq);
    if ((uint64_t)n > RV_SEQ_MAX_ITEMS / len) {
        rv_err_nomem();
        return NULL;
    }
    rv_obj_t *r = rv_list_new(len * (size_t)n);
    for (size_t k = 0; k < (size_t)n; k++)
        for (size_t i = 0; i < len; i++)
            RV_LIST(r)->items[k * len + i] = rv_incref(rv_list_get_borrow(seq, i));
    return r;
}

static rv_obj_t *list_binop(rv_binop_t op, rv_obj_t *a, rv_obj_t *b)
{
    bool a_list = rv_isinstance(a, &rv_list_type);
    if (op == RV_OP_ADD) {
        if (!a_list)
            return rv_incref(rv_NotImplemented);
        if (!rv_isinstance(b, &rv_list_type)) {
            rv_err_format(&rv_exc_TypeError, "can only concatenate list (not \"%s\") to list",
                          b->type->name);
            return NULL;
        }
        size_t m = rv_list_len(a), n = rv_list_len(b);
        rv_obj_t *r = rv_list_new(m + n);
        for (size_t i = 0; i < m; i++)
            RV_LIST(r)->items[i] = rv_incref(rv_list_get_borrow(a, i));
        for (size_t i = 0; i < n; i++)
            RV_LIST(r)->items[m + i] = rv_incref(rv_list_get_borrow(b, i));
        return r;
    }
    if (op == RV_OP_MUL) {
        rv_obj_t *seq = a_list ? a : b, *count = a_list ? b : a;
        if (rv_isinstance(count, &rv_int_type))
            return repeat(seq, count);
        if (count->type->pynumber) { /* a NumPy integer: its __index__ */
            rv_obj_t *n = count->type->pynumber(count);
            rv_obj_t *r = RV_IS(n, rv_int_type) ? repeat(seq, n) : NULL;
            rv_decref(n);
            if (r)
                return r;
        }
        if (count->type->index) { /* a class's __index__ */
            rv_obj_t *n = rv_index_value(count);
            rv_obj_t *r = n ? repeat(seq, n) : NULL;
            rv_xdecref(n);
            return r;
        }
        /* seq * seq: CPython repeats the left one, so the message names
         * the right operand's type. */
        bool left_is_seq = RV_IS(a, rv_str_type) || RV_IS(a, rv_list_type) ||
                           RV_IS(a, rv_tuple_type);
        if (left_is_seq) {
            rv_err_format(&rv_exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                          b->type->name);
            return NULL;
        }
        rv_err_format(&rv_exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                      count->type->name);
        return NULL;
    }
    return rv_incref(rv_NotImplemented);
}

static rv_obj_t *list_inplace(rv_binop_t op, rv_obj_t *a, rv_obj_t *b)
{
    rv_list_touch(a, 0);
    if (op == RV_OP_ADD) {
        if (rv_list_extend(a, b) < 0)
            return NULL;
        return rv_incref(a);
    }
    if (op == RV_OP_MUL && rv_isinstance(b, &rv_int_type)) {
        int64_t n;
        if (!rv_int_fits_i64(b, &n)) { /* PyNumber_AsSsize_t's, whatever the sign */
            rv_err_format(&rv_exc_OverflowError, "cannot fit 'int' into an index-sized integer");
            return NULL;
        }
        if (n <= 0) {
            rv_list_clear(a);
            return rv_incref(a);
        }
        size_t len = rv_list_len(a);
        if (n > 1 && len && (uint64_t)n > RV_SEQ_MAX_ITEMS / len) {
            rv_err_nomem();
            return NULL;
        }
        if (n > 1 && len) {
            list_resize(RV_LIST(a), len * (size_t)n);
            for (size_t k = 1; k < (size_t)n; k++)
                for (size_t i = 0; i < len; i++)
                    RV_LIST(a)->items[k * len + i] = rv_incref(RV_LIST(a)->items[i]);
        }
        return rv_incref(a);
    }
    return rv_incref(rv_NotImplemented);
}

static size_t list_size(rv_obj_t *o)
{
    /* list___sizeof__: PyListObject (40) + GC header (16) + the array;
     * allocated is -1 while a sort has taken the items away. */
    const rv_list_t *l = RV_LIST(o);
    if (l->sorting && !l->items)
        return 48;
    return 56 + 8 * l->cap;
}

static rv_obj_t *list_make(rv_type_t *type, rv_obj_t *const *args, size_t nargs,
                           rv_obj_t *kwnames)
{
    (void)type;
    if (rv_arg_no_kw("list", kwnames) < 0 || rv_arg_count("list", nargs, 0, 1) < 0)
        return NULL;
    if (nargs == 0)
        return rv_list_new(0);
    return rv_list_from_iterable(args[0]);
}

/******************************************************************************/
/* methods                                                                    */

static rv_obj_t *m_append(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    if (rv_arg_no_kw("list.append", kw) < 0 || rv_arg_count("list.append", nargs, 1, 1) < 0)
        return NULL;
    rv_list_append(self, args[0]);
    return rv_incref(rv_None);
}

static rv_obj_t *m_extend(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    if (rv_arg_no_kw("list.extend", kw) < 0 || rv_arg_count("list.extend", nargs, 1, 1) < 0)
        return NULL;
    if (!args[0]->type->iter) {
        rv_err_format(&rv_exc_TypeError, "'%s' object is not iterable", args[0]->type->name);
        return NULL;
    }
    if (rv_list_extend(self, args[0]) < 0)
        return NULL;
    return rv_incref(rv_None);
}

/* An index argument of insert and pop: Argument Clinic's Py_ssize_t
 * converter, whose overflow is an OverflowError (a subscript's is an
 * IndexError). */
static bool int_arg(rv_obj_t *v, intptr_t *out)
{
    bool is_int;
    if (rv_index_to_ssize(v, out, &is_int) < 0) {
        if (!is_int)
            rv_err_format(&rv_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                          v->type->name);
        else if (rv_err_matches(&rv_exc_IndexError)) { /* not what __index__ raised */
            rv_err_clear();
            rv_err_format(&rv_exc_OverflowError, "Python int too large to convert to C ssize_t");
        }
        return false;
    }
    return true;
}

static rv_obj_t *m_insert(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    if (rv_arg_no_kw("insert", kw) < 0 || rv_arg_count("insert", nargs, 2, 2) < 0)
        return NULL;
    intptr_t where;
    if (!int_arg(args[0], &where))
        return NULL;
    rv_list_insert(self, where, args[1]);
    return rv_incref(rv_None);
}

static rv_obj_t *m_pop(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    if (rv_arg_no_kw("pop", kw) < 0 || rv_arg_count("pop", nargs, 0, 1) < 0)
        return NULL;
    rv_list_t *l = RV_LIST(self);
    intptr_t i = -1;
    if (nargs && !int_arg(args[0], &i))
        return NULL;
    if (l->len == 0) {
        rv_err_format(&rv_exc_IndexError, "pop from empty list");
        return NULL;
    }
    if (i < 0)
        i += (intptr_t)l->len;
    if (i < 0 || (size_t)i >= l->len) {
        rv_err_format(&rv_exc_IndexError, "pop index out of range");
        return NULL;
    }
    rv_list_touch(self, (size_t)i);
    rv_obj_t *v = rv_incref(l->items[i]);
    if ((size_t)i == l->len - 1) {
        /* list_pop's fast path: list_resize(n - 1) then drop the item. */
        list_resize(l, l->len - 1);
        rv_decref(v);
        return v;
    }
    rv_list_set_slice(self, i, i + 1, NULL);
    return v;
}

static rv_obj_t *m_remove(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    rv_list_touch(self, 0);
    if (rv_arg_no_kw("list.remove", kw) < 0 || rv_arg_count("list.remove", nargs, 1, 1) < 0)
        return NULL;
    rv_list_t *l = RV_LIST(self);
    for (size_t i = 0; i < l->len; i++) {
        rv_obj_t *x = rv_incref(l->items[i]);
        int eq = rv_richcompare_bool(x, args[0], RV_EQ);
        rv_decref(x);
        if (eq < 0)
            return NULL;
        if (eq) {
            rv_list_set_slice(self, (intptr_t)i, (intptr_t)i + 1, NULL);
            return rv_incref(rv_None);
        }
    }
    rv_err_format(&rv_exc_ValueError, "list.remove(x): x not in list");
    return NULL;
}

static rv_obj_t *m_clear(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    if (rv_arg_no_kw("clear", kw) < 0 || rv_arg_count("clear", nargs, 0, 0) < 0)
        return NULL;
    rv_list_clear(self);
    return rv_incref(rv_None);
}

static rv_obj_t *m_copy(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    if (rv_arg_no_kw("copy", kw) < 0 || rv_arg_count("copy", nargs, 0, 0) < 0)
        return NULL;
    return rv_list_from_array(RV_LIST(self)->items, RV_LIST(self)->len);
}

static rv_obj_t *m_index(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    if (rv_arg_no_kw("index", kw) < 0 || rv_arg_count("index", nargs, 1, 3) < 0)
        return NULL;
    rv_list_t *l = RV_LIST(self);
    intptr_t len = (intptr_t)l->len, start = 0, stop = len;
    if (nargs > 1 && rv_slice_index_not_none(args[1], &start) < 0)
        return NULL;
    if (nargs > 2 && rv_slice_index_not_none(args[2], &stop) < 0)
        return NULL;
    if (start < 0)
        start = start + len < 0 ? 0 : start + len;
    if (stop < 0)
        stop = stop + len < 0 ? 0 : stop + len;
    for (intptr_t i = start; i < stop && i < (intptr_t)l->len; i++) {
        rv_obj_t *x = rv_incref(l->items[i]);
        int eq = rv_richcompare_bool(x, args[0], RV_EQ);
        rv_decref(x);
        if (eq < 0)
            return NULL;
        if (eq)
            return rv_int_from_i64(i);
    }
    rv_obj_t *r = rv_repr(args[0]);
    if (!r)
        return NULL;
    rv_err_format(&rv_exc_ValueError, "%s is not in list", rv_str_utf8(r));
    rv_decref(r);
    return NULL;
}

static rv_obj_t *m_count(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    if (rv_arg_no_kw("count", kw) < 0 || rv_arg_count("count", nargs, 1, 1) < 0)
        return NULL;
    rv_list_t *l = RV_LIST(self);
    size_t n = 0;
    for (size_t i = 0; i < l->len; i++) {
        rv_obj_t *x = rv_incref(l->items[i]);
        int eq = rv_richcompare_bool(x, args[0], RV_EQ);
        rv_decref(x);
        if (eq < 0)
            return NULL;
        n += (size_t)eq;
    }
    return rv_int_from_u64(n);
}

static rv_obj_t *m_sort(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    if (nargs) {
        rv_err_format(&rv_exc_TypeError, "sort() takes no positional arguments");
        return NULL;
    }
    rv_obj_t *key = NULL;
    int reverse = 0;
    size_t nkw = kw ? rv_tuple_len(kw) : 0;
    for (size_t k = 0; k < nkw; k++) {
        rv_obj_t *name = rv_tuple_get_borrow(kw, k);
        if (rv_str_eq_cstr(name, "key")) {
            key = args[k] == rv_None ? NULL : args[k];
        } else if (rv_str_eq_cstr(name, "reverse")) {
            reverse = rv_truth(args[k]);
            if (reverse < 0)
                return NULL;
        } else {
            rv_err_format(&rv_exc_TypeError, "'%s' is an invalid keyword argument for sort()",
                          rv_str_utf8(name));
            return NULL;
        }
    }
    if (rv_list_sort(self, key, reverse) < 0)
        return NULL;
    return rv_incref(rv_None);
}

static rv_obj_t *m_reverse(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    if (rv_arg_no_kw("reverse", kw) < 0 || rv_arg_count("reverse", nargs, 0, 0) < 0)
        return NULL;
    rv_list_reverse(self);
    return rv_incref(rv_None);
}

static const rv_method_t list_methods[] = {
    { "append", m_append, 0 }, { "extend", m_extend, 0 }, { "insert", m_insert, 0 },
    { "pop", m_pop, 0 },       { "remove", m_remove, 0 }, { "clear", m_clear, 0 },
    { "copy", m_copy, 0 },     { "index", m_index, 0 },   { "count", m_count, 0 },
    { "sort", m_sort, 0 },     { "reverse", m_reverse, 0 }, { NULL, NULL, 0 },
};

/******************************************************************************/
/* iterators                                                                  */

typedef struct listiter {
    rv_obj_t ob;
    rv_obj_t *seq;
    size_t index;
} listiter_t;

static rv_obj_t *iter_new(rv_type_t *type, rv_obj_t *seq, size_t index)
{
    listiter_t *it = rv_obj_alloc(type, sizeof(listiter_t));
    it->seq = rv_incref(seq);
    it->index = index;
    return &it->ob;
}

static rv_obj_t *list_iter(rv_obj_t *o)
{
    return iter_new(&rv_listiter_type, o, 0);
}

static rv_obj_t *listiter_next(rv_obj_t *o)
{
    listiter_t *it = (listiter_t *)o;
    if (!it->seq)
        return NULL;
    if (it->index < rv_list_len(it->seq))
        return rv_incref(rv_list_get_borrow(it->seq, it->index++));
    rv_clearref(&it->seq);
    return NULL;
}

static rv_obj_t *listreviter_next(rv_obj_t *o)
{
    listiter_t *it = (listiter_t *)o;
    if (!it->seq)
        return NULL;
    /* index counts down from len; it stops when the list shrank below it. */
    if (it->index > 0 && it->index <= rv_list_len(it->seq))
        return rv_incref(rv_list_get_borrow(it->seq, --it->index));
    rv_clearref(&it->seq);
    return NULL;
}

static rv_obj_t *iter_self(rv_obj_t *o)
{
    return rv_incref(o);
}

/* listiter_len: the items left (list.extend and list() size by it). */
static rv_obj_t *listiter_length_hint(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                      rv_obj_t *kwnames)
{
    (void)args;
    if (rv_length_hint_args(self, nargs, kwnames) < 0)
        return NULL;
    listiter_t *it = (listiter_t *)self;
    size_t n = 0;
    if (it->seq && rv_list_len(it->seq) > it->index)
        n = rv_list_len(it->seq) - it->index;
    return rv_int_from_u64(n);
}

/* listreviter_len: index counts down from len, so it is what is left
 * (0 once the list shrank below it). */
static rv_obj_t *listreviter_length_hint(rv_obj_t *self, rv_obj_t *const *args,
                                         size_t nargs, rv_obj_t *kwnames)
{
    (void)args;
    if (rv_length_hint_args(self, nargs, kwnames) < 0)
        return NULL;
    listiter_t *it = (listiter_t *)self;
    size_t n = 0;
    if (it->seq && it->index <= rv_list_len(it->seq))
        n = it->index;
    return rv_int_from_u64(n);
}

static const rv_method_t listiter_methods[] = {
    { "__length_hint__", listiter_length_hint, 0 },
    { NULL, NULL, 0 },
};

static const rv_method_t listreviter_methods[] = {
    { "__length_hint__", listreviter_length_hint, 0 },
    { NULL, NULL, 0 },
};

static void listiter_clear(rv_obj_t *o)
{
    rv_clearref(&((listiter_t *)o)->seq);
}

static void listiter_traverse(rv_obj_t *o, rv_visit_fn visit, void *ctx)
{
    listiter_t *it = (listiter_t *)o;
    rv_edge_t e = { .kind = RV_EDGE_HIDDEN };
    if (it->seq)
        visit(it->seq, &e, ctx);
}

static size_t listiter_size(rv_obj_t *o)
{
    (void)o;
    return 48;
}

rv_obj_t *rv_list_reversed(rv_obj_t *l)
{
    return iter_new(&rv_listreviter_type, l, rv_list_len(l));
}

rv_type_t rv_listiter_type = {
    .name = "list_iterator",
    .flags = RV_TF_GC | RV_TF_MUTABLE,
    .clear = listiter_clear,
    .release = rv_obj_free,
    .traverse = listiter_traverse,
    .iter = iter_self,
    .next = listiter_next,
    .size = listiter_size,
    .methods = listiter_methods,
};

rv_type_t rv_listreviter_type = {
    .name = "list_reverseiterator",
    .flags = RV_TF_GC | RV_TF_MUTABLE,
    .clear = listiter_clear,
    .release = rv_obj_free,
    .traverse = listiter_traverse,
    .iter = iter_self,
    .next = listreviter_next,
    .size = listiter_size,
    .methods = listreviter_methods,
};

static void list_release(rv_obj_t *o)
{
    rv_free(RV_LIST(o)->items);
    rv_obj_free(o);
}

rv_type_t rv_list_type = {
    .name = "list",
    .flags = RV_TF_MUTABLE | RV_TF_GC | RV_TF_BASETYPE,
    .clear = list_clear_slot,
    .release = list_release,
    .traverse = list_traverse,
    .repr = list_repr,
    .richcompare = list_richcompare,
    .len = list_len_slot,
    .binop = list_binop,
    .inplace = list_inplace,
    .getitem = list_getitem,
    .setitem = list_setitem,
    .contains = list_contains,
    .iter = list_iter,
    .methods = list_methods,
    .size = list_size,
    .make = list_make,
    .extra = list_extra,
};
