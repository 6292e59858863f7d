/* src/core/obj_tuple.c - tuple (Objects/tupleobject.c): an immutable array
 * of references; the empty tuple is a singleton; hashes as CPython 3.11's
 * xxHash-based tuplehash. */
#include "core/obj_tuple.h"

#include <stdarg.h>
#include <string.h>

#include "base/buf.h"
#include "core/exc.h"
#include "core/heap.h"
#include "core/obj_bool.h"
#include "core/obj_int.h"
#include "core/obj_iter.h"
#include "core/obj_list.h"
#include "core/obj_misc.h"
#include "core/obj_slice.h"
#include "core/obj_str.h"

static rv_obj_t *empty_tuple;

static rv_obj_t *alloc_tuple(size_t n)
{
    rv_tuple_t *t = rv_obj_alloc(&rv_tuple_type, sizeof(rv_tuple_t) + n * sizeof(rv_obj_t *));
    t->len = n;
    t->hash = -1;
    return &t->ob;
}

rv_obj_t *rv_tuple_new(size_t n)
{
    if (n == 0) {
        if (!empty_tuple) {
            empty_tuple = alloc_tuple(0);
            empty_tuple->flags |= RV_F_ROOT;
        }
        return rv_incref(empty_tuple);
    }
    return alloc_tuple(n);
}

rv_obj_t *rv_tuple_new_subtype(const rv_type_t *type, rv_obj_t *const *items, size_t n)
{
    rv_tuple_t *t = rv_obj_alloc(type, sizeof(rv_tuple_t) + n * sizeof(rv_obj_t *) +
                                           type->extra_size);
    t->len = n;
    t->hash = -1;
    for (size_t i = 0; i < n; i++)
        t->items[i] = rv_incref(items[i]);
    return &t->ob;
}

static void *tuple_extra(rv_obj_t *o)
{
    return &RV_TUPLE(o)->items[RV_TUPLE(o)->len];
}

void rv_tuple_init(void)
{
    rv_decref(rv_tuple_new(0));
    rv_iter_init_types();
}

void rv_tuple_finalize(void)
{
    if (empty_tuple) {
        empty_tuple->flags &= ~RV_F_ROOT;
        rv_clearref(&empty_tuple);
    }
}

rv_obj_t *rv_tuple_from_array(rv_obj_t *const *items, size_t n)
{
    rv_obj_t *t = rv_tuple_new(n);
    for (size_t i = 0; i < n; i++)
        rv_tuple_set_steal(t, i, rv_incref(items[i]));
    return t;
}

rv_obj_t *rv_tuple_pack(size_t n, ...)
{
    rv_obj_t *t = rv_tuple_new(n);
    va_list ap;
    va_start(ap, n);
    for (size_t i = 0; i < n; i++)
        rv_tuple_set_steal(t, i, rv_incref(va_arg(ap, rv_obj_t *)));
    va_end(ap);
    return t;
}

rv_obj_t *rv_tuple_from_iterable(rv_obj_t *iterable)
{
    if (RV_IS(iterable, rv_tuple_type))
        return rv_incref(iterable);
    if (RV_IS(iterable, rv_list_type))
        return rv_tuple_from_array(RV_LIST(iterable)->items, rv_list_len(iterable));
    rv_obj_t *l = rv_list_from_iterable(iterable);
    if (!l)
        return NULL;
    rv_obj_t *t = rv_tuple_from_array(RV_LIST(l)->items, rv_list_len(l));
    rv_decref(l);
    return t;
}

/******************************************************************************/
/* slots                                                                      */

static void tuple_clear(rv_obj_t *o)
{
    rv_tuple_t *t = RV_TUPLE(o);
    for (size_t i = 0; i < t->len; i++)
        rv_clearref(&t->items[i]);
}

static void tuple_traverse(rv_obj_t *o, rv_visit_fn visit, void *ctx)
{
    rv_tuple_t *t = RV_TUPLE(o);
    for (size_t i = 0; i < t->len; i++) {
        if (!t->items[i])
            continue;
        rv_edge_t e = { .kind = RV_EDGE_INDEX, .index = i };
        visit(t->items[i], &e, ctx);
    }
}

static rv_obj_t *tuple_repr(rv_obj_t *o)
{
    rv_tuple_t *t = RV_TUPLE(o);
    if (t->len == 0)
        return rv_str_from_cstr("()");
    if (rv_repr_enter(o))
        return rv_str_from_cstr("(...)");
    rv_buf_t b = RV_BUF_INIT;
    rv_buf_addc(&b, '(');
    for (size_t i = 0; i < t->len; i++) {
        if (i)
            rv_buf_adds(&b, ", ");
        rv_obj_t *r = rv_repr(t->items[i]);
        if (!r) {
            rv_buf_free(&b);
            rv_repr_leave(o);
            return NULL;
        }
        rv_buf_add(&b, rv_str_utf8(r), rv_str_nbytes(r));
        rv_decref(r);
    }
    rv_buf_adds(&b, t->len == 1 ? ",)" : ")");
    rv_repr_leave(o);
    rv_obj_t *s = rv_str_from_buf(&b);
    rv_buf_free(&b);
    return s;
}

/* tuplehash (3.11): xxHash's round over the items' hashes. */
static int tuple_hash(rv_obj_t *o, int64_t *out)
{
    rv_tuple_t *t = RV_TUPLE(o);
    if (t->hash != -1) {
        *out = t->hash;
        return 0;
    }
    const uint64_t p1 = 11400714785074694791ull, p2 = 14029467366897019727ull,
                   p5 = 2870177450012600261ull;
    uint64_t acc = p5;
    for (size_t i = 0; i < t->len; i++) {
        int64_t h;
        if (rv_hash(t->items[i], &h) < 0)
            return -1;
        acc += (uint64_t)h * p2;
        acc = (acc << 31) | (acc >> 33);
        acc *= p1;
    }
    acc += (uint64_t)t->len ^ (p5 ^ 3527539ull);
    int64_t h = (int64_t)acc;
    if (h == -1)
        h = 1546275796;
    t->hash = h;
    *out = h;
    return 0;
}

static rv_obj_t *tuple_richcompare(rv_obj_t *a, rv_obj_t *b, rv_cmpop_t op)
{
    if (!rv_isinstance(a, &rv_tuple_type) || !rv_isinstance(b, &rv_tuple_type))
        return rv_incref(rv_NotImplemented);
    rv_tuple_t *x = RV_TUPLE(a), *y = RV_TUPLE(b);
    size_t i;
    /* The first position where the items differ decides. */
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

static int tuple_len(rv_obj_t *o, size_t *out)
{
    *out = RV_TUPLE(o)->len;
    return 0;
}

static rv_obj_t *tuple_getitem(rv_obj_t *o, rv_obj_t *key)
{
    rv_tuple_t *t = RV_TUPLE(o);
    intptr_t i;
    bool is_int;
    if (rv_index_to_ssize(key, &i, &is_int) == 0) {
        if (i < 0)
            i += (intptr_t)t->len;
        if (i < 0 || (size_t)i >= t->len) {
            rv_err_format(&rv_exc_IndexError, "tuple index out of range");
            return NULL;
        }
        return rv_incref(t->items[i]);
    }
    if (is_int)
        return NULL;
    if (RV_IS(key, rv_slice_type)) {
        intptr_t start, stop, step;
        size_t count;
        if (rv_slice_indices(key, t->len, &start, &stop, &step, &count) < 0)
            return NULL;
        if (step == 1 && count == t->len && RV_IS(o, rv_tuple_type))
            return rv_incref(o);
        rv_obj_t *r = rv_tuple_new(count);
        for (size_t k = 0; k < count; k++)
            rv_tuple_set_steal(r, k, rv_incref(t->items[start + (intptr_t)k * step]));
        return r;
    }
    rv_err_format(&rv_exc_TypeError, "tuple indices must be integers or slices, not %s",
                  key->type->name);
    return NULL;
}

static int tuple_contains(rv_obj_t *o, rv_obj_t *item)
{
    rv_tuple_t *t = RV_TUPLE(o);
    for (size_t i = 0; i < t->len; i++) {
        int eq = rv_richcompare_bool(t->items[i], item, RV_EQ);
        if (eq != 0)
            return eq;
    }
    return 0;
}

static rv_obj_t *repeat(rv_obj_t *t, rv_obj_t *count)
{
    int64_t n;
    if (!rv_int_fits_i64(count, &n)) {
        rv_err_format(&rv_exc_OverflowError,
                      "cannot fit 'int' into an index-sized integer");
        return NULL;
    }
    size_t len = rv_tuple_len(t);
    if (n <= 0 || len == 0)
        return rv_tuple_new(0);
    if (n == 1 && RV_IS(t, rv_tuple_type))
        return rv_incref(t);
    if ((uint64_t)n > RV_SEQ_MAX_ITEMS / len) {
        rv_err_nomem();
        return NULL;
    }
    rv_obj_t *r = rv_tuple_new(len * (size_t)n);
    for (size_t k = 0; k < (size_t)n; k++)
        for (size_t i = 0; i < len; i++)
            rv_tuple_set_steal(r, k * len + i, rv_incref(rv_tuple_get_borrow(t, i)));
    return r;
}

static rv_obj_t *tuple_binop(rv_binop_t op, rv_obj_t *a, rv_obj_t *b)
{
    bool a_tuple = rv_isinstance(a, &rv_tuple_type);
    if (op == RV_OP_ADD) {
        if (!a_tuple)
            return rv_incref(rv_NotImplemented);
        if (!rv_isinstance(b, &rv_tuple_type)) {
            rv_err_format(&rv_exc_TypeError,
                          "can only concatenate tuple (not \"%s\") to tuple", b->type->name);
            return NULL;
        }
        size_t m = rv_tuple_len(a), n = rv_tuple_len(b);
        if (n == 0 && RV_IS(a, rv_tuple_type))
            return rv_incref(a);
        if (m == 0 && RV_IS(b, rv_tuple_type))
            return rv_incref(b);
        rv_obj_t *r = rv_tuple_new(m + n);
        for (size_t i = 0; i < m; i++)
            rv_tuple_set_steal(r, i, rv_incref(rv_tuple_get_borrow(a, i)));
        for (size_t i = 0; i < n; i++)
            rv_tuple_set_steal(r, m + i, rv_incref(rv_tuple_get_borrow(b, i)));
        return r;
    }
    if (op == RV_OP_MUL) {
        rv_obj_t *seq = a_tuple ? a : b, *count = a_tuple ? b : a;
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
        if (count->type->binop && count->type != &rv_float_type)
            return rv_incref(rv_NotImplemented);
        rv_err_format(&rv_exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                      count->type->name);
        return NULL;
    }
    return rv_incref(rv_NotImplemented);
}

static size_t tuple_size(rv_obj_t *o)
{
    /* tuple_sizeof: PyTupleObject (24) + items + GC header (16). */
    return 40 + 8 * RV_TUPLE(o)->len;
}

static rv_obj_t *tuple_make(rv_type_t *type, rv_obj_t *const *args, size_t nargs,
                            rv_obj_t *kwnames)
{
    if (rv_arg_no_kw("tuple", kwnames) < 0 || rv_arg_count("tuple", nargs, 0, 1) < 0)
        return NULL;
    if (nargs == 0)
        return rv_tuple_new(0);
    return rv_tuple_from_iterable(args[0]);
}

/******************************************************************************/
/* methods                                                                    */

static rv_obj_t *tuple_count(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                             rv_obj_t *kwnames)
{
    if (rv_arg_no_kw("count", kwnames) < 0 || rv_arg_count("count", nargs, 1, 1) < 0)
        return NULL;
    size_t n = 0;
    for (size_t i = 0; i < rv_tuple_len(self); i++) {
        int eq = rv_richcompare_bool(rv_tuple_get_borrow(self, i), args[0], RV_EQ);
        if (eq < 0)
            return NULL;
        n += (size_t)eq;
    }
    return rv_int_from_u64(n);
}

static rv_obj_t *tuple_index(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                             rv_obj_t *kwnames)
{
    if (rv_arg_no_kw("index", kwnames) < 0 || rv_arg_count("index", nargs, 1, 3) < 0)
        return NULL;
    intptr_t len = (intptr_t)rv_tuple_len(self), start = 0, stop = len;
    for (size_t k = 1; k < nargs; k++) {
        intptr_t v;
        bool is_int;
        if (rv_index_to_ssize(args[k], &v, &is_int) < 0) {
            if (!is_int)
                rv_err_format(&rv_exc_TypeError,
                              "slice indices must be integers or have an __index__ method");
            return NULL;
        }
        if (v < 0)
            v = v + len < 0 ? 0 : v + len;
        *(k == 1 ? &start : &stop) = v;
    }
    for (intptr_t i = start; i < stop && i < len; i++) {
        int eq = rv_richcompare_bool(rv_tuple_get_borrow(self, (size_t)i), args[0], RV_EQ);
        if (eq < 0)
            return NULL;
        if (eq)
            return rv_int_from_i64(i);
    }
    rv_err_format(&rv_exc_ValueError, "tuple.index(x): x not in tuple");
    return NULL;
}

static const rv_method_t tuple_methods[] = {
    { "count", tuple_count, 0 },
    { "index", tuple_index, 0 },
    { NULL, NULL, 0 },
};

/******************************************************************************/
/* iterator                                                                   */

typedef struct tupleiter {
    rv_obj_t ob;
    rv_obj_t *seq; /* NULL when exhausted */
    size_t index;
} tupleiter_t;

static rv_obj_t *tuple_iter(rv_obj_t *o)
{
    tupleiter_t *it = rv_obj_alloc(&rv_tupleiter_type, sizeof(tupleiter_t));
    it->seq = rv_incref(o);
    return &it->ob;
}

static rv_obj_t *tupleiter_next(rv_obj_t *o)
{
    tupleiter_t *it = (tupleiter_t *)o;
    if (!it->seq)
        return NULL;
    if (it->index < rv_tuple_len(it->seq))
        return rv_incref(rv_tuple_get_borrow(it->seq, it->index++));
    rv_clearref(&it->seq);
    return NULL;
}

static rv_obj_t *iter_self(rv_obj_t *o)
{
    return rv_incref(o);
}

/* tupleiter_len: the items left. */
static rv_obj_t *tupleiter_length_hint(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                       rv_obj_t *kwnames)
{
    (void)args;
    if (rv_length_hint_args(self, nargs, kwnames) < 0)
        return NULL;
    tupleiter_t *it = (tupleiter_t *)self;
    size_t n = it->seq ? rv_tuple_len(it->seq) - it->index : 0;
    return rv_int_from_u64(n);
}

static const rv_method_t tupleiter_methods[] = {
    { "__length_hint__", tupleiter_length_hint, 0 },
    { NULL, NULL, 0 },
};

static void tupleiter_clear(rv_obj_t *o)
{
    rv_clearref(&((tupleiter_t *)o)->seq);
}

static void tupleiter_traverse(rv_obj_t *o, rv_visit_fn visit, void *ctx)
{
    tupleiter_t *it = (tupleiter_t *)o;
    rv_edge_t e = { .kind = RV_EDGE_HIDDEN };
    if (it->seq)
        visit(it->seq, &e, ctx);
}

static size_t tupleiter_size(rv_obj_t *o)
{
    (void)o;
    return 48;
}

rv_type_t rv_tupleiter_type = {
    .name = "tuple_iterator",
    .flags = RV_TF_GC | RV_TF_MUTABLE,
    .clear = tupleiter_clear,
    .release = rv_obj_free,
    .traverse = tupleiter_traverse,
    .iter = iter_self,
    .next = tupleiter_next,
    .size = tupleiter_size,
    .methods = tupleiter_methods,
};

rv_type_t rv_tuple_type = {
    .name = "tuple",
    .flags = RV_TF_GC | RV_TF_BASETYPE,
    .clear = tuple_clear,
    .release = rv_obj_free,
    .traverse = tuple_traverse,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .richcompare = tuple_richcompare,
    .len = tuple_len,
    .binop = tuple_binop,
    .getitem = tuple_getitem,
    .contains = tuple_contains,
    .iter = tuple_iter,
    .methods = tuple_methods,
    .size = tuple_size,
    .make = tuple_make,
    .extra = tuple_extra,
};
