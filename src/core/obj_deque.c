/* src/core/obj_deque.c - collections.deque (Modules/_collectionsmodule.c,
 * 3.11).
 *
 * CPython keeps a deque in a doubly linked chain of blocks of BLOCKLEN = 64
 * slots; leftindex is the first item's slot in the leftmost block and
 *   deque_sizeof = 216 + blocks * 528   (sizeof(block): 64 slots + 2 links)
 *   blocks = (leftindex + len + 63) / 64
 * plus the GC header (16) that sys.getsizeof adds.  So the size depends on
 * where the items sit in their blocks, and refviz tracks leftindex exactly
 * as the C code moves it (the right end is leftindex + len - 1):
 *   new / clear / emptied by a pop crossing a block edge: the centre,
 *     leftindex = CENTER + 1 = 32 (one block, "re-center");
 *   appendleft: a new block when leftindex is 0, then leftindex - 1;
 *   popleft: leftindex + 1, the block freed when it reaches 64;
 *   append / pop move the right end only;
 *   extend into an empty deque first sets leftindex = 1 (fill from the
 *     left), extendleft sets 63 ("space saving heuristic");
 *   rotate(n) moves leftindex to (leftindex - n) mod 64.
 * The items themselves live in a ring buffer. */
#include "core/obj_deque.h"

#include <string.h>

#include "base/alloc.h"
#include "base/buf.h"
#include "core/exc.h"
#include "core/heap.h"
#include "core/obj_bool.h"
#include "core/obj_int.h"
#include "core/obj_list.h"
#include "core/obj_misc.h"
#include "core/obj_slice.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"

enum { BLOCKLEN = 64, CENTER = (BLOCKLEN - 1) / 2 };

/******************************************************************************/
/* the ring and the block model                                               */

static rv_obj_t **slot(rv_deque_t *d, size_t i)
{
    return &d->ring[(d->head + i) % d->cap];
}

static void grow(rv_deque_t *d)
{
    if (d->len < d->cap)
        return;
    size_t cap = d->cap ? d->cap * 2 : 8;
    rv_obj_t **ring = rv_malloc(cap * sizeof *ring);
    for (size_t i = 0; i < d->len; i++)
        ring[i] = *slot(d, i);
    rv_free(d->ring);
    d->ring = ring;
    d->cap = cap;
    d->head = 0;
}

/* The four moves of the ends; v is stolen, the result is the item's
 * reference.  Only these change leftindex (besides the re-centring). */
static void push_right(rv_deque_t *d, rv_obj_t *v)
{
    grow(d);
    *slot(d, d->len++) = v;
}

static void push_left(rv_deque_t *d, rv_obj_t *v)
{
    grow(d);
    d->head = (d->head + d->cap - 1) % d->cap;
    d->ring[d->head] = v;
    d->len++;
    if (d->leftindex == 0)
        d->leftindex = BLOCKLEN; /* a new block on the left */
    d->leftindex--;
}

static rv_obj_t *take_right(rv_deque_t *d)
{
    rv_obj_t *v = *slot(d, --d->len);
    /* deque_pop: the right end crossed into the block's slot -1; with no
     * item left the single block is re-centred instead of freed. */
    if (d->len == 0 && d->leftindex == 0) {
        d->leftindex = CENTER + 1;
    }
    return v;
}

static rv_obj_t *take_left(rv_deque_t *d)
{
    rv_obj_t *v = d->ring[d->head];
    d->head = (d->head + 1) % d->cap;
    d->len--;
    if (++d->leftindex == BLOCKLEN)
        d->leftindex = d->len ? 0 : CENTER + 1;
    return v;
}

static void recenter(rv_deque_t *d)
{
    d->leftindex = CENTER + 1;
}

/******************************************************************************/
/* public API                                                                 */

rv_obj_t *rv_deque_new(intptr_t maxlen)
{
    rv_deque_t *d = rv_obj_alloc(&rv_deque_type, sizeof(rv_deque_t));
    d->maxlen = maxlen;
    recenter(d);
    return &d->ob;
}

rv_obj_t *rv_deque_new_subtype(const rv_type_t *type)
{
    rv_deque_t *d = rv_obj_alloc(type, sizeof(rv_deque_t) + type->extra_size);
    d->maxlen = -1;
    recenter(d);
    return &d->ob;
}

static void *deque_extra(rv_obj_t *o)
{
    return (char *)o + sizeof(rv_deque_t);
}

rv_obj_t *rv_deque_get_borrow(const rv_obj_t *o, size_t i)
{
    rv_deque_t *d = RV_DEQUE(o);
    return d->ring[(d->head + i) % d->cap];
}

static rv_obj_t *empty_error(void)
{
    rv_err_format(&rv_exc_IndexError, "pop from an empty deque");
    return NULL;
}

rv_obj_t *rv_deque_pop(rv_obj_t *o)
{
    rv_deque_t *d = RV_DEQUE(o);
    if (d->len == 0)
        return empty_error();
    rv_touch(o);
    d->state++;
    return take_right(d);
}

rv_obj_t *rv_deque_popleft(rv_obj_t *o)
{
    rv_deque_t *d = RV_DEQUE(o);
    if (d->len == 0)
        return empty_error();
    rv_touch(o);
    d->state++;
    return take_left(d);
}

/* NEEDS_TRIM: a bounded deque that grew past maxlen drops from the other
 * end (the pop bumps state); otherwise the append does. */
void rv_deque_append(rv_obj_t *o, rv_obj_t *v)
{
    rv_touch(o);
    rv_deque_t *d = RV_DEQUE(o);
    push_right(d, rv_incref(v));
    if (d->maxlen >= 0 && d->len > (size_t)d->maxlen)
        rv_decref(rv_deque_popleft(o));
    else
        d->state++;
}

void rv_deque_appendleft(rv_obj_t *o, rv_obj_t *v)
{
    rv_touch(o);
    rv_deque_t *d = RV_DEQUE(o);
    push_left(d, rv_incref(v));
    if (d->maxlen >= 0 && d->len > (size_t)d->maxlen)
        rv_decref(rv_deque_pop(o));
    else
        d->state++;
}

static int extend_common(rv_obj_t *o, rv_obj_t *iterable, bool left)
{
    rv_deque_t *d = RV_DEQUE(o);
    if (iterable == o) {
        /* Extending by itself: iterate over a copy. */
        rv_obj_t *copy = rv_list_from_iterable(iterable);
        if (!copy)
            return -1;
        int r = extend_common(o, copy, left);
        rv_decref(copy);
        return r;
    }
    rv_obj_t *it = rv_iter(iterable);
    if (!it)
        return -1;
    rv_obj_t *x;
    if (d->maxlen == 0) {
        /* consume_iterator: nothing can be kept. */
        while ((x = rv_next(it)) != NULL)
            rv_decref(x);
        rv_decref(it);
        return rv_err_occurred() ? -1 : 0;
    }
    if (d->len == 0) {
        rv_touch(o);
        d->leftindex = left ? BLOCKLEN - 1 : 1;
    }
    while ((x = rv_next(it)) != NULL) {
        if (left)
            rv_deque_appendleft(o, x);
        else
            rv_deque_append(o, x);
        rv_decref(x);
    }
    rv_decref(it);
    return rv_err_occurred() ? -1 : 0;
}

int rv_deque_extend(rv_obj_t *o, rv_obj_t *iterable)
{
    return extend_common(o, iterable, false);
}

int rv_deque_extendleft(rv_obj_t *o, rv_obj_t *iterable)
{
    return extend_common(o, iterable, true);
}

/* _deque_rotate: n reduced into [-len/2, len/2], then items move one by
 * one between the ends, which moves leftindex as CPython's block copy
 * does. */
int rv_deque_rotate(rv_obj_t *o, intptr_t n)
{
    rv_deque_t *d = RV_DEQUE(o);
    intptr_t len = (intptr_t)d->len, half = len >> 1;
    if (len <= 1)
        return 0;
    if (n > half || n < -half) {
        n %= len;
        if (n > half)
            n -= len;
        else if (n < -half)
            n += len;
    }
    rv_touch(o);
    d->state++;
    for (; n > 0; n--)
        push_left(d, take_right(d));
    for (; n < 0; n++)
        push_right(d, take_left(d));
    return 0;
}

void rv_deque_clear(rv_obj_t *o)
{
    rv_touch(o);
    rv_deque_t *d = RV_DEQUE(o);
    rv_obj_t **ring = d->ring;
    size_t head = d->head, cap = d->cap, n = d->len;
    d->ring = NULL;
    d->cap = d->head = d->len = 0;
    recenter(d);
    d->state++;
    for (size_t i = 0; i < n; i++)
        rv_decref(ring[(head + i) % cap]);
    rv_free(ring);
}

/* deque_copy: a deque of one item is copied by append (so it stays
 * centred), others by extend. */
rv_obj_t *rv_deque_copy(rv_obj_t *o)
{
    /* A subclass instance is copied by calling its class with it (and
     * its maxlen), __init__ and all. */
    if (!RV_IS(o, rv_deque_type)) {
        rv_obj_t *args[2] = { o, NULL };
        size_t n = 1;
        if (RV_DEQUE(o)->maxlen >= 0)
            args[n++] = rv_int_from_i64(RV_DEQUE(o)->maxlen);
        rv_obj_t *c = rv_call((rv_obj_t *)o->type, args, n, NULL);
        rv_xdecref(args[1]);
        return c;
    }
    rv_obj_t *c = rv_deque_new(RV_DEQUE(o)->maxlen);
    if (rv_deque_len(o) == 1) {
        rv_deque_append(c, rv_deque_get_borrow(o, 0));
        return c;
    }
    if (rv_deque_extend(c, o) < 0) {
        rv_decref(c);
        return NULL;
    }
    return c;
}

/******************************************************************************/
/* slots                                                                      */

static void deque_clear_slot(rv_obj_t *o)
{
    rv_deque_clear(o);
}

static void deque_release(rv_obj_t *o)
{
    rv_free(RV_DEQUE(o)->ring);
    rv_obj_free(o);
}

static void deque_traverse(rv_obj_t *o, rv_visit_fn visit, void *ctx)
{
    rv_deque_t *d = RV_DEQUE(o);
    for (size_t i = 0; i < d->len; i++) {
        rv_edge_t e = { .kind = RV_EDGE_INDEX, .index = i };
        visit(*slot(d, i), &e, ctx);
    }
}

static size_t deque_size(rv_obj_t *o)
{
    rv_deque_t *d = RV_DEQUE(o);
    size_t blocks = ((size_t)d->leftindex + d->len + BLOCKLEN - 1) / BLOCKLEN;
    return 16 + 216 + blocks * (BLOCKLEN * 8 + 16);
}

/* deque_repr: "deque(%R)" of list(d), ", maxlen=%zd" when bounded; a deque
 * met again inside itself is "[...]". */
static rv_obj_t *deque_repr(rv_obj_t *o)
{
    if (rv_repr_enter(o))
        return rv_str_from_cstr("[...]");
    rv_obj_t *list = rv_list_from_iterable(o);
    rv_obj_t *r = list ? rv_repr(list) : NULL;
    rv_xdecref(list);
    rv_repr_leave(o);
    if (!r)
        return NULL;
    rv_obj_t *s;
    const char *name = rv_type_name(o->type);
    if (RV_DEQUE(o)->maxlen >= 0)
        s = rv_str_printf("%s(%s, maxlen=%lld)", name, rv_str_utf8(r),
                          (long long)RV_DEQUE(o)->maxlen);
    else
        s = rv_str_printf("%s(%s)", name, rv_str_utf8(r));
    rv_decref(r);
    return s;
}

static int deque_len_slot(rv_obj_t *o, size_t *out)
{
    *out = RV_DEQUE(o)->len;
    return 0;
}

/* deque_richcompare: deques only; find the first differing pair. */
static rv_obj_t *deque_richcompare(rv_obj_t *a, rv_obj_t *b, rv_cmpop_t op)
{
    if (!rv_isinstance(a, &rv_deque_type) || !rv_isinstance(b, &rv_deque_type))
        return rv_incref(rv_NotImplemented);
    size_t m = rv_deque_len(a), n = rv_deque_len(b);
    if ((op == RV_EQ || op == RV_NE) && (a == b || m != n))
        return rv_bool_from((op == RV_EQ) == (a == b));
    rv_obj_t *ia = rv_iter(a), *ib = ia ? rv_iter(b) : NULL;
    rv_obj_t *x = NULL, *y = NULL, *res = NULL;
    if (!ib)
        goto done;
    for (;;) {
        x = rv_next(ia);
        y = rv_err_occurred() ? NULL : rv_next(ib);
        if (!x || !y)
            break;
        int eq = rv_richcompare_bool(x, y, RV_EQ);
        if (eq < 0)
            goto done;
        if (!eq) {
            res = rv_richcompare(x, y, op);
            goto done;
        }
        rv_clearref(&x);
        rv_clearref(&y);
    }
    if (rv_err_occurred())
        goto done;
    /* One ran out: x is NULL when a ended, y when b did. */
    bool r;
    switch (op) {
    case RV_LT: r = y != NULL; break;
    case RV_LE: r = x == NULL; break;
    case RV_EQ: r = x == y; break;
    case RV_NE: r = x != y; break;
    case RV_GT: r = x != NULL; break;
    default: r = y == NULL; break;
    }
    res = rv_bool_from(r);
done:
    rv_xdecref(x);
    rv_xdecref(y);
    rv_xdecref(ia);
    rv_xdecref(ib);
    return res;
}

/* An item index as deque_item takes it (sq_item: negative counts from the
 * end); 1 when key is no int. */
static int item_index(rv_obj_t *o, rv_obj_t *key, size_t *out)
{
    intptr_t i;
    bool is_int;
    if (rv_index_to_ssize(key, &i, &is_int) < 0) {
        if (is_int)
            return -1;
        rv_err_format(&rv_exc_TypeError, "sequence index must be integer, not '%s'",
                      key->type->name);
        return -1;
    }
    intptr_t n = (intptr_t)rv_deque_len(o);
    if (i < 0)
        i += n;
    if (i < 0 || i >= n) {
        rv_err_format(&rv_exc_IndexError, "deque index out of range");
        return -1;
    }
    *out = (size_t)i;
    return 0;
}

static rv_obj_t *deque_getitem(rv_obj_t *o, rv_obj_t *key)
{
    size_t i;
    if (item_index(o, key, &i) < 0)
        return NULL;
    return rv_incref(rv_deque_get_borrow(o, i));
}

/* deque_del_item: rotate the item to the left end, pop it, rotate back. */
static void del_item(rv_obj_t *o, size_t i)
{
    rv_deque_rotate(o, -(intptr_t)i);
    rv_obj_t *item = rv_deque_popleft(o);
    rv_deque_rotate(o, (intptr_t)i);
    rv_decref(item);
}

static int deque_setitem(rv_obj_t *o, rv_obj_t *key, rv_obj_t *value)
{
    size_t i;
    if (item_index(o, key, &i) < 0)
        return -1;
    rv_touch(o);
    if (!value) {
        del_item(o, i);
        return 0;
    }
    rv_setref(slot(RV_DEQUE(o), i), value);
    return 0;
}

static int mutated(rv_type_t *type)
{
    rv_err_format(type, "deque mutated during iteration");
    return -1;
}

/* Compares each item with v (deque_contains / count / index / remove): the
 * index of the first equal one in [start, stop), or -2 when none; -1 on
 * error; the deque must not change meanwhile (exc: the error then). */
static intptr_t find(rv_obj_t *o, rv_obj_t *v, size_t start, size_t stop, size_t *count,
                     rv_type_t *exc)
{
    rv_deque_t *d = RV_DEQUE(o);
    uint64_t state = d->state;
    for (size_t i = start; i < stop && i < d->len; i++) {
        rv_obj_t *x = rv_incref(*slot(d, i));
        int eq = rv_richcompare_bool(x, v, RV_EQ);
        rv_decref(x);
        if (eq < 0)
            return -1;
        if (state != d->state)
            return mutated(exc);
        if (eq && !count)
            return (intptr_t)i;
        if (count)
            *count += (size_t)eq;
    }
    return -2;
}

static int deque_contains(rv_obj_t *o, rv_obj_t *v)
{
    intptr_t i = find(o, v, 0, rv_deque_len(o), NULL, &rv_exc_RuntimeError);
    return i == -1 ? -1 : i >= 0;
}

static bool ssize_arg(rv_obj_t *v, intptr_t *out)
{
    bool is_int;
    if (rv_index_to_ssize(v, out, &is_int) == 0)
        return true;
    rv_err_clear();
    if (!is_int)
        rv_err_format(&rv_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                      v->type->name);
    else
        rv_err_format(&rv_exc_OverflowError, "Python int too large to convert to C ssize_t");
    return false;
}

/* deque_inplace_repeat: one item is repeated in place (up to maxlen);
 * otherwise list(d) is extended n - 1 times, fewer when maxlen would cut
 * them anyway. */
static int repeat_inplace(rv_obj_t *o, intptr_t n)
{
    rv_deque_t *d = RV_DEQUE(o);
    size_t size = d->len;
    if (size == 0 || n == 1)
        return 0;
    if (n <= 0) {
        rv_deque_clear(o);
        return 0;
    }
    if (size == 1) {
        if (d->maxlen >= 0 && n > d->maxlen)
            n = d->maxlen;
        rv_touch(o);
        d->state++;
        rv_obj_t *item = rv_deque_get_borrow(o, 0);
        for (intptr_t i = 0; i < n - 1; i++)
            push_right(d, rv_incref(item));
        return 0;
    }
    if ((size_t)n > (SIZE_MAX / 16) / size) {
        rv_err_nomem();
        return -1;
    }
    rv_obj_t *seq = rv_list_from_iterable(o);
    if (!seq)
        return -1;
    if (d->maxlen >= 0 && (size_t)n * size > (size_t)d->maxlen)
        n = (intptr_t)(((size_t)d->maxlen + size - 1) / size);
    int err = 0;
    for (intptr_t i = 0; !err && i < n - 1; i++)
        err = rv_deque_extend(o, seq);
    rv_decref(seq);
    return err;
}

static bool repeat_count(rv_obj_t *count, intptr_t *n)
{
    bool is_int;
    if (rv_index_to_ssize(count, n, &is_int) == 0)
        return true;
    rv_err_clear();
    if (!is_int)
        rv_err_format(&rv_exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                      count->type->name);
    else
        rv_err_format(&rv_exc_OverflowError, "cannot fit 'int' into an index-sized integer");
    return false;
}

static rv_obj_t *deque_binop(rv_binop_t op, rv_obj_t *a, rv_obj_t *b)
{
    bool a_deque = rv_isinstance(a, &rv_deque_type);
    if (op == RV_OP_ADD && a_deque) {
        if (!rv_isinstance(b, &rv_deque_type)) {
            rv_err_format(&rv_exc_TypeError, "can only concatenate deque (not \"%s\") to deque",
                          b->type->name);
            return NULL;
        }
        rv_obj_t *r = rv_deque_copy(a);
        if (r && rv_deque_extend(r, b) < 0)
            rv_clearref(&r);
        return r;
    }
    if (op == RV_OP_MUL) {
        rv_obj_t *seq = a_deque ? a : b, *count = a_deque ? b : a;
        intptr_t n;
        if (!repeat_count(count, &n))
            return NULL;
        rv_obj_t *r = rv_deque_copy(seq);
        if (r && repeat_inplace(r, n) < 0)
            rv_clearref(&r);
        return r;
    }
    return rv_incref(rv_NotImplemented);
}

static rv_obj_t *deque_inplace(rv_binop_t op, rv_obj_t *a, rv_obj_t *b)
{
    if (op == RV_OP_ADD) {
        if (rv_deque_extend(a, b) < 0)
            return NULL;
        return rv_incref(a);
    }
    if (op == RV_OP_MUL) {
        intptr_t n;
        if (!repeat_count(b, &n) || repeat_inplace(a, n) < 0)
            return NULL;
        return rv_incref(a);
    }
    return rv_incref(rv_NotImplemented);
}

/******************************************************************************/
/* construction and attributes                                                */

static int parse_maxlen(rv_obj_t *v, intptr_t *out)
{
    if (v == rv_None) {
        *out = -1;
        return 0;
    }
    bool is_int;
    if (rv_index_to_ssize(v, out, &is_int) < 0) {
        rv_err_clear();
        if (is_int)
            rv_err_format(&rv_exc_OverflowError, "Python int too large to convert to C ssize_t");
        else
            rv_err_format(&rv_exc_TypeError, "an integer is required");
        return -1;
    }
    if (*out < 0) {
        rv_err_format(&rv_exc_ValueError, "maxlen must be non-negative");
        return -1;
    }
    return 0;
}

/* deque_init's PyArg_ParseTupleAndKeywords("|OO:deque", {iterable, maxlen}). */
static int parse_init_args(rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames,
                           rv_obj_t **iterable, intptr_t *maxlen)
{
    static const char *const names[] = { "iterable", "maxlen" };
    rv_obj_t *got[2] = { nargs > 0 ? args[0] : NULL, nargs > 1 ? args[1] : NULL };
    size_t nkw = kwnames ? rv_tuple_len(kwnames) : 0;
    if (nargs + nkw > 2) {
        rv_err_format(&rv_exc_TypeError, "deque() takes at most 2 arguments (%zu given)",
                      nargs + nkw);
        return -1;
    }
    for (size_t k = 0; k < nkw; k++) {
        const char *name = rv_str_utf8(rv_tuple_get_borrow(kwnames, k));
        size_t which = strcmp(name, names[0]) == 0 ? 0 : strcmp(name, names[1]) == 0 ? 1 : 2;
        if (which == 2) {
            rv_err_format(&rv_exc_TypeError, "'%s' is an invalid keyword argument for deque()",
                          name);
            return -1;
        }
        if (got[which]) {
            rv_err_format(&rv_exc_TypeError,
                          "argument for deque() given by name ('%s') and position (%zu)", name,
                          which + 1);
            return -1;
        }
        got[which] = args[nargs + k];
    }
    *maxlen = -1;
    if (got[1] && parse_maxlen(got[1], maxlen) < 0)
        return -1;
    *iterable = got[0];
    return 0;
}

/* deque_init: the deque emptied, given maxlen and extended. */
int rv_deque_init(rv_obj_t *d, rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames)
{
    intptr_t maxlen;
    rv_obj_t *iterable;
    if (parse_init_args(args, nargs, kwnames, &iterable, &maxlen) < 0)
        return -1;
    if (rv_deque_len(d))
        rv_deque_clear(d);
    rv_touch(d);
    RV_DEQUE(d)->maxlen = maxlen;
    return iterable ? rv_deque_extend(d, iterable) : 0;
}

static rv_obj_t *deque_make(rv_type_t *type, rv_obj_t *const *args, size_t nargs,
                            rv_obj_t *kwnames)
{
    (void)type;
    intptr_t maxlen;
    rv_obj_t *iterable;
    if (parse_init_args(args, nargs, kwnames, &iterable, &maxlen) < 0)
        return NULL;
    rv_obj_t *d = rv_deque_new(maxlen);
    if (iterable && rv_deque_extend(d, iterable) < 0)
        rv_clearref(&d);
    return d;
}


static rv_obj_t *deque_getattr(rv_obj_t *o, rv_obj_t *name)
{
    const char *n = rv_str_utf8(name);
    if (strcmp(n, "maxlen") == 0) {
        intptr_t m = RV_DEQUE(o)->maxlen;
        return m < 0 ? rv_incref(rv_None) : rv_int_from_i64(m);
    }
    const rv_method_t *m = rv_type_find_method(o->type, n);
    if (m)
        return rv_builtin_new(m, o);
    rv_err_format(&rv_exc_AttributeError, "'%s' object has no attribute '%s'", o->type->name, n);
    return NULL;
}

static int deque_setattr(rv_obj_t *o, rv_obj_t *name, rv_obj_t *value)
{
    (void)value;
    const char *n = rv_str_utf8(name);
    if (strcmp(n, "maxlen") == 0)
        rv_err_format(&rv_exc_AttributeError, "attribute 'maxlen' of '%s' objects is not writable",
                      o->type->name);
    else if (rv_type_find_method(o->type, n))
        rv_err_format(&rv_exc_AttributeError, "'%s' object attribute '%s' is read-only",
                      o->type->name, n);
    else
        rv_err_format(&rv_exc_AttributeError, "'%s' object has no attribute '%s'",
                      o->type->name, n);
    return -1;
}

/******************************************************************************/
/* methods                                                                    */

#define ARGS(name, lo, hi)                                                       \
    if (rv_arg_no_kw(name, kw) < 0 || rv_arg_count(name, nargs, lo, hi) < 0)    \
    return NULL

static rv_obj_t *m_append(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    ARGS("deque.append", 1, 1);
    rv_deque_append(self, args[0]);
    return rv_incref(rv_None);
}

static rv_obj_t *m_appendleft(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                              rv_obj_t *kw)
{
    ARGS("deque.appendleft", 1, 1);
    rv_deque_appendleft(self, args[0]);
    return rv_incref(rv_None);
}

static rv_obj_t *m_pop(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    ARGS("deque.pop", 0, 0);
    return rv_deque_pop(self);
}

static rv_obj_t *m_popleft(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    ARGS("deque.popleft", 0, 0);
    return rv_deque_popleft(self);
}

static rv_obj_t *m_extend(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    ARGS("deque.extend", 1, 1);
    if (rv_deque_extend(self, args[0]) < 0)
        return NULL;
    return rv_incref(rv_None);
}

static rv_obj_t *m_extendleft(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                              rv_obj_t *kw)
{
    ARGS("deque.extendleft", 1, 1);
    if (rv_deque_extendleft(self, args[0]) < 0)
        return NULL;
    return rv_incref(rv_None);
}

static rv_obj_t *m_rotate(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    ARGS("deque.rotate", 0, 1);
    intptr_t n = 1;
    if (nargs && !ssize_arg(args[0], &n))
        return NULL;
    rv_deque_rotate(self, n);
    return rv_incref(rv_None);
}

static rv_obj_t *m_clear(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    ARGS("deque.clear", 0, 0);
    rv_deque_clear(self);
    return rv_incref(rv_None);
}

static rv_obj_t *m_copy(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    ARGS("deque.copy", 0, 0);
    return rv_deque_copy(self);
}

static rv_obj_t *m_count(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    ARGS("deque.count", 1, 1);
    size_t n = 0;
    if (find(self, args[0], 0, rv_deque_len(self), &n, &rv_exc_RuntimeError) == -1)
        return NULL;
    return rv_int_from_u64(n);
}

static rv_obj_t *not_in_deque(rv_obj_t *v)
{
    rv_obj_t *r = rv_repr(v);
    if (r) {
        rv_err_format(&rv_exc_ValueError, "%s is not in deque", rv_str_utf8(r));
        rv_decref(r);
    }
    return NULL;
}

/* deque_index: start and stop clamped as list.index clamps them. */
static rv_obj_t *m_index(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    if (rv_arg_no_kw("index", kw) < 0)
        return NULL;
    if (nargs < 1 || nargs > 3) {
        rv_err_format(&rv_exc_TypeError, "index() takes at %s argument%s (%zu given)",
                      nargs < 1 ? "least 1" : "most 3", nargs < 1 ? "" : "s", nargs);
        return NULL;
    }
    intptr_t n = (intptr_t)rv_deque_len(self), start = 0, stop = n;
    if (nargs > 1 && rv_slice_index_not_none(args[1], &start) < 0)
        return NULL;
    if (nargs > 2 && rv_slice_index_not_none(args[2], &stop) < 0)
        return NULL;
    if (start < 0 && (start += n) < 0)
        start = 0;
    if (stop < 0 && (stop += n) < 0)
        stop = 0;
    if (stop > n)
        stop = n;
    if (start > stop)
        start = stop;
    intptr_t i = find(self, args[0], (size_t)start, (size_t)stop, NULL, &rv_exc_RuntimeError);
    if (i == -1)
        return NULL;
    if (i == -2)
        return not_in_deque(args[0]);
    return rv_int_from_i64(i);
}

/* deque_insert: rotate the place to an end, append there, rotate back. */
static rv_obj_t *m_insert(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    if (rv_arg_no_kw("insert", kw) < 0)
        return NULL;
    if (nargs != 2) {
        rv_err_format(&rv_exc_TypeError, "insert() takes exactly 2 arguments (%zu given)", nargs);
        return NULL;
    }
    intptr_t index, n = (intptr_t)rv_deque_len(self);
    if (!ssize_arg(args[0], &index))
        return NULL;
    if (RV_DEQUE(self)->maxlen == n) {
        rv_err_format(&rv_exc_IndexError, "deque already at its maximum size");
        return NULL;
    }
    if (index >= n) {
        rv_deque_append(self, args[1]);
    } else if (index <= -n || index == 0) {
        rv_deque_appendleft(self, args[1]);
    } else {
        rv_deque_rotate(self, -index);
        if (index < 0)
            rv_deque_append(self, args[1]);
        else
            rv_deque_appendleft(self, args[1]);
        rv_deque_rotate(self, index);
    }
    return rv_incref(rv_None);
}

static rv_obj_t *m_remove(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    ARGS("deque.remove", 1, 1);
    intptr_t i = find(self, args[0], 0, rv_deque_len(self), NULL, &rv_exc_IndexError);
    if (i == -1)
        return NULL;
    if (i == -2)
        return not_in_deque(args[0]);
    del_item(self, (size_t)i);
    return rv_incref(rv_None);
}

static rv_obj_t *m_reverse(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    ARGS("deque.reverse", 0, 0);
    rv_touch(self);
    rv_deque_t *d = RV_DEQUE(self);
    for (size_t i = 0, j = d->len; i + 1 < j; i++, j--) {
        rv_obj_t *t = *slot(d, i);
        *slot(d, i) = *slot(d, j - 1);
        *slot(d, j - 1) = t;
    }
    return rv_incref(rv_None);
}

/******************************************************************************/
/* iterators (dequeiter_next: a changed state ends the iteration with
 * RuntimeError, also after the last item)                                    */

typedef struct dequeiter {
    rv_obj_t ob;
    rv_obj_t *deque;
    size_t index;     /* next item (reverse: the one after it) */
    size_t counter;   /* items left */
    uint64_t state;
} dequeiter_t;

static rv_obj_t *dequeiter_new(rv_type_t *type, rv_obj_t *d)
{
    dequeiter_t *it = rv_obj_alloc(type, sizeof(dequeiter_t));
    it->deque = rv_incref(d);
    it->counter = rv_deque_len(d);
    it->index = type == &rv_dequereviter_type ? it->counter : 0;
    it->state = RV_DEQUE(d)->state;
    return &it->ob;
}

static rv_obj_t *deque_iter(rv_obj_t *o)
{
    return dequeiter_new(&rv_dequeiter_type, o);
}

static rv_obj_t *dequeiter_next(rv_obj_t *o)
{
    dequeiter_t *it = (dequeiter_t *)o;
    if (RV_DEQUE(it->deque)->state != it->state) {
        rv_touch(o);
        it->counter = 0;
        mutated(&rv_exc_RuntimeError);
        return NULL;
    }
    if (it->counter == 0)
        return NULL;
    rv_touch(o);
    it->counter--;
    if (o->type == &rv_dequereviter_type)
        return rv_incref(rv_deque_get_borrow(it->deque, --it->index));
    return rv_incref(rv_deque_get_borrow(it->deque, it->index++));
}

static rv_obj_t *iter_self(rv_obj_t *o)
{
    return rv_incref(o);
}

static rv_obj_t *dequeiter_length_hint(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                       rv_obj_t *kw)
{
    (void)args;
    if (rv_arg_no_kw("__length_hint__", kw) < 0 ||
        rv_arg_count("__length_hint__", nargs, 0, 0) < 0)
        return NULL;
    return rv_int_from_u64(((dequeiter_t *)self)->counter);
}

static void dequeiter_clear(rv_obj_t *o)
{
    rv_clearref(&((dequeiter_t *)o)->deque);
}

static void dequeiter_traverse(rv_obj_t *o, rv_visit_fn visit, void *ctx)
{
    dequeiter_t *it = (dequeiter_t *)o;
    rv_edge_t e = { .kind = RV_EDGE_HIDDEN };
    if (it->deque)
        visit(it->deque, &e, ctx);
}

static size_t dequeiter_size(rv_obj_t *o)
{
    (void)o;
    return 72;
}

static const rv_method_t dequeiter_methods[] = {
    { "__length_hint__", dequeiter_length_hint, 0 },
    { NULL, NULL, 0 },
};

rv_type_t rv_dequeiter_type = {
    .name = "_collections._deque_iterator",
    .flags = RV_TF_GC | RV_TF_MUTABLE,
    .clear = dequeiter_clear,
    .release = rv_obj_free,
    .traverse = dequeiter_traverse,
    .iter = iter_self,
    .next = dequeiter_next,
    .size = dequeiter_size,
    .methods = dequeiter_methods,
};

rv_type_t rv_dequereviter_type = {
    .name = "_collections._deque_reverse_iterator",
    .flags = RV_TF_GC | RV_TF_MUTABLE,
    .clear = dequeiter_clear,
    .release = rv_obj_free,
    .traverse = dequeiter_traverse,
    .iter = iter_self,
    .next = dequeiter_next,
    .size = dequeiter_size,
    .methods = dequeiter_methods,
};

static rv_obj_t *m_reversed(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    ARGS("deque.__reversed__", 0, 0);
    return dequeiter_new(&rv_dequereviter_type, self);
}

static const rv_method_t deque_methods[] = {
    { "append", m_append, 0 },         { "appendleft", m_appendleft, 0 },
    { "pop", m_pop, 0 },               { "popleft", m_popleft, 0 },
    { "extend", m_extend, 0 },         { "extendleft", m_extendleft, 0 },
    { "rotate", m_rotate, 0 },         { "clear", m_clear, 0 },
    { "copy", m_copy, 0 },             { "__copy__", m_copy, 0 },
    { "count", m_count, 0 },           { "index", m_index, 0 },
    { "insert", m_insert, 0 },         { "remove", m_remove, 0 },
    { "reverse", m_reverse, 0 },       { "__reversed__", m_reversed, 0 },
    { NULL, NULL, 0 },
};

rv_type_t rv_deque_type = {
    .name = "collections.deque",
    .flags = RV_TF_MUTABLE | RV_TF_GC | RV_TF_BASETYPE,
    .clear = deque_clear_slot,
    .release = deque_release,
    .traverse = deque_traverse,
    .repr = deque_repr,
    .size = deque_size,
    .richcompare = deque_richcompare,
    .len = deque_len_slot,
    .binop = deque_binop,
    .extra = deque_extra,
    .inplace = deque_inplace,
    .getitem = deque_getitem,
    .setitem = deque_setitem,
    .contains = deque_contains,
    .iter = deque_iter,
    .getattr = deque_getattr,
    .setattr = deque_setattr,
    .methods = deque_methods,
    .make = deque_make,
};
