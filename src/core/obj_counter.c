/* src/core/obj_counter.c - collections.Counter.  CPython writes it in
 * Python (Lib/collections/__init__.py); each function here says which
 * method it follows, and performs the same dict operations in the same
 * order, so that sizes and orders match.  A Counter instance is a dict
 * plus the __dict__ and __weakref__ slots of a Python class instance:
 * sys.getsizeof is the dict's + 24. */
#include "core/obj_counter.h"

#include <string.h>

#include "core/exc.h"
#include "core/heap.h"
#include "core/obj_bool.h"
#include "core/obj_dict.h"
#include "core/obj_int.h"
#include "core/obj_list.h"
#include "core/obj_misc.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"

rv_obj_t *rv_counter_new(void)
{
    return rv_dict_new_subtype(&rv_counter_type, 0);
}

/* self.get(elem, 0) as a new reference (NULL on error). */
static rv_obj_t *count_of(rv_obj_t *c, rv_obj_t *elem)
{
    rv_obj_t *v = rv_dict_get_borrow(c, elem);
    if (v)
        return rv_incref(v);
    return rv_err_occurred() ? NULL : rv_int_from_i64(0);
}

/* self[elem] = self.get(elem, 0) <op> delta */
static int add_count(rv_obj_t *c, rv_obj_t *elem, rv_obj_t *delta, rv_binop_t op)
{
    rv_obj_t *old = count_of(c, elem);
    rv_obj_t *n = old ? rv_binop(op, old, delta) : NULL;
    int err = n ? rv_dict_set(c, elem, n) : -1;
    rv_xdecref(old);
    rv_xdecref(n);
    return err;
}

/* The list of d's (key, value) pairs: a copy to walk while d changes. */
static rv_obj_t *items_list(rv_obj_t *d)
{
    rv_obj_t *items = rv_list_new(0);
    size_t pos = 0;
    rv_obj_t *k, *v;
    while (rv_dict_next(d, &pos, &k, &v)) {
        rv_obj_t *pair = rv_tuple_pack(2, k, v);
        rv_list_append(items, pair);
        rv_decref(pair);
    }
    return items;
}

/* update / subtract: a mapping's items, or each item of an iterable
 * counted once (_count_elements). */
static int count_in(rv_obj_t *c, rv_obj_t *src, rv_binop_t op)
{
    if (rv_isinstance(src, &rv_dict_type)) {
        if (op == RV_OP_ADD && rv_dict_len(c) == 0)
            return rv_dict_update(c, src); /* the empty-counter fast path */
        rv_obj_t *items = items_list(src);
        int err = 0;
        for (size_t i = 0; !err && i < rv_list_len(items); i++) {
            rv_obj_t *pair = rv_list_get_borrow(items, i);
            rv_obj_t *elem = rv_tuple_get_borrow(pair, 0), *n = rv_tuple_get_borrow(pair, 1);
            if (op == RV_OP_ADD) {
                /* self[elem] = count + self_get(elem, 0) */
                rv_obj_t *old = count_of(c, elem);
                rv_obj_t *sum = old ? rv_binop(RV_OP_ADD, n, old) : NULL;
                err = sum ? rv_dict_set(c, elem, sum) : -1;
                rv_xdecref(old);
                rv_xdecref(sum);
            } else {
                err = add_count(c, elem, n, RV_OP_SUB);
            }
        }
        rv_decref(items);
        return err;
    }
    rv_obj_t *it = rv_iter(src);
    if (!it)
        return -1;
    rv_obj_t *one = rv_int_from_i64(1), *x;
    int err = 0;
    while (!err && (x = rv_next(it)) != NULL) {
        err = add_count(c, x, one, op);
        rv_decref(x);
    }
    rv_decref(one);
    rv_decref(it);
    return err || rv_err_occurred() ? -1 : 0;
}

int rv_counter_update(rv_obj_t *c, rv_obj_t *src)
{
    return count_in(c, src, RV_OP_ADD);
}

/* update(iterable=None, /, **kwds) and subtract: the keywords count as a
 * mapping after the positional argument. */
static int update_args(const char *name, rv_obj_t *c, rv_obj_t *const *args, size_t nargs,
                       rv_obj_t *kw, rv_binop_t op)
{
    if (nargs > 1) {
        rv_err_format(&rv_exc_TypeError,
                      "Counter.%s() takes from 1 to 2 positional arguments but %zu were given",
                      name, nargs + 1);
        return -1;
    }
    if (nargs && args[0] != rv_None && count_in(c, args[0], op) < 0)
        return -1;
    size_t nkw = kw ? rv_tuple_len(kw) : 0;
    if (!nkw)
        return 0;
    rv_obj_t *kwds = rv_dict_new();
    for (size_t k = 0; k < nkw; k++)
        rv_dict_set(kwds, rv_tuple_get_borrow(kw, k), args[nargs + k]);
    int err = count_in(c, kwds, op);
    rv_decref(kwds);
    return err;
}

/******************************************************************************/
/* most_common, repr                                                          */

static rv_obj_t *second_item(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                             rv_obj_t *kw)
{
    (void)self;
    (void)nargs;
    (void)kw;
    return rv_incref(rv_tuple_get_borrow(args[0], 1));
}

static const rv_method_t itemgetter1 = { "itemgetter", second_item, 0 };

/* most_common(n): sorted(self.items(), key=itemgetter(1), reverse=True),
 * cut to n (heapq.nlargest gives the same list, ties in insertion order). */
static rv_obj_t *most_common(rv_obj_t *c, intptr_t n)
{
    rv_obj_t *items = items_list(c);
    rv_obj_t *key = rv_builtin_new(&itemgetter1, NULL);
    int err = rv_list_sort(items, key, true);
    rv_decref(key);
    if (err < 0) {
        rv_decref(items);
        return NULL;
    }
    if (n >= 0 && (size_t)n < rv_list_len(items)) {
        rv_obj_t *cut = rv_list_get_slice(items, 0, n);
        rv_decref(items);
        return cut;
    }
    return items;
}

/* __repr__: "Counter()", or Counter(dict(self.most_common())); values that
 * do not order fall back to dict(self). */
static rv_obj_t *counter_repr(rv_obj_t *o)
{
    if (rv_dict_len(o) == 0)
        return rv_str_printf("%s()", o->type->name);
    rv_obj_t *d = rv_dict_new();
    rv_obj_t *mc = most_common(o, -1);
    int err = mc ? rv_dict_update(d, mc) : -1;
    if (err < 0 && rv_err_matches(&rv_exc_TypeError)) {
        rv_err_clear();
        rv_dict_clear(d);
        err = rv_dict_update(d, o);
    }
    rv_xdecref(mc);
    rv_obj_t *r = err < 0 ? NULL : rv_repr(d);
    rv_decref(d);
    if (!r)
        return NULL;
    rv_obj_t *s = rv_str_printf("%s(%s)", o->type->name, rv_str_utf8(r));
    rv_decref(r);
    return s;
}

/******************************************************************************/
/* slots                                                                      */

static void counter_release(rv_obj_t *o)
{
    rv_dict_type.release(o);
}

/* Its items are the dict's: the collector and the trace see them. */
static void counter_clear(rv_obj_t *o)
{
    rv_dict_type.clear(o);
}

static void counter_traverse(rv_obj_t *o, rv_visit_fn visit, void *ctx)
{
    rv_dict_type.traverse(o, visit, ctx);
}

/* __missing__: 0, not stored. */
static rv_obj_t *counter_getitem(rv_obj_t *o, rv_obj_t *key)
{
    return count_of(o, key);
}

/* __delitem__: a missing element is no error. */
static int counter_setitem(rv_obj_t *o, rv_obj_t *key, rv_obj_t *value)
{
    if (value)
        return rv_dict_set(o, key, value);
    if (rv_dict_get_borrow(o, key))
        return rv_dict_del(o, key);
    return rv_err_occurred() ? -1 : 0;
}

static size_t counter_size(rv_obj_t *o)
{
    return rv_dict_type.size(o) + 24;
}

static int positive(rv_obj_t *n)
{
    rv_obj_t *zero = rv_int_from_i64(0);
    int r = rv_richcompare_bool(n, zero, RV_GT);
    rv_decref(zero);
    return r;
}

/* result[elem] = newcount when it is positive (every binary operator). */
static int keep_if_positive(rv_obj_t *result, rv_obj_t *elem, rv_obj_t *n)
{
    int pos = positive(n);
    return pos <= 0 ? pos : rv_dict_set(result, elem, n);
}

/* __add__, __sub__, __or__, __and__: first self's elements against
 * other[elem], then other's elements missing from self. */
static int combine(rv_binop_t op, rv_obj_t *a, rv_obj_t *b, rv_obj_t *r)
{
    size_t pos = 0;
    rv_obj_t *k, *v;
    while (rv_dict_next(a, &pos, &k, &v)) {
        rv_obj_t *w = count_of(b, k), *n = NULL;
        if (!w)
            return -1;
        if (op == RV_OP_ADD || op == RV_OP_SUB) {
            n = rv_binop(op, v, w);
        } else {
            int lt = rv_richcompare_bool(v, w, RV_LT);
            /* | keeps the larger, & the smaller */
            n = lt < 0 ? NULL : rv_incref((lt != 0) == (op == RV_OP_OR) ? w : v);
        }
        rv_decref(w);
        int err = n ? keep_if_positive(r, k, n) : -1;
        rv_xdecref(n);
        if (err < 0)
            return -1;
    }
    if (op == RV_OP_AND)
        return 0;
    pos = 0;
    while (rv_dict_next(b, &pos, &k, &v)) {
        rv_obj_t *in = rv_dict_get_borrow(a, k);
        if (in || rv_err_occurred()) {
            if (!in)
                return -1;
            continue;
        }
        rv_obj_t *n = op == RV_OP_SUB ? rv_unop(RV_UOP_NEG, v) : rv_incref(v);
        int err = n ? keep_if_positive(r, k, n) : -1;
        rv_xdecref(n);
        if (err < 0)
            return -1;
    }
    return 0;
}

static bool counter_op(rv_binop_t op)
{
    return op == RV_OP_ADD || op == RV_OP_SUB || op == RV_OP_OR || op == RV_OP_AND;
}

static rv_obj_t *counter_binop(rv_binop_t op, rv_obj_t *a, rv_obj_t *b)
{
    if (!counter_op(op) || !rv_isinstance(a, &rv_counter_type) ||
        !rv_isinstance(b, &rv_counter_type)) {
        /* dict's | still applies to a Counter and a dict. */
        if (op == RV_OP_OR && rv_dict_type.binop)
            return rv_dict_type.binop(op, a, b);
        return rv_incref(rv_NotImplemented);
    }
    rv_obj_t *r = rv_counter_new();
    if (combine(op, a, b, r) < 0)
        rv_clearref(&r);
    return r;
}

/* _keep_positive: delete the elements whose count is not > 0. */
static int keep_positive(rv_obj_t *c)
{
    rv_obj_t *drop = rv_list_new(0);
    size_t pos = 0;
    rv_obj_t *k, *v;
    int err = 0;
    while (!err && rv_dict_next(c, &pos, &k, &v)) {
        int p = positive(v);
        if (p < 0)
            err = -1;
        else if (!p)
            rv_list_append(drop, k);
    }
    for (size_t i = 0; !err && i < rv_list_len(drop); i++)
        err = rv_dict_del(c, rv_list_get_borrow(drop, i));
    rv_decref(drop);
    return err;
}

/* __iadd__, __isub__ (self[elem] +=/-= count for other's items), __ior__
 * (raise to other's count), __iand__ (lower to it), then _keep_positive. */
static rv_obj_t *counter_inplace(rv_binop_t op, rv_obj_t *a, rv_obj_t *b)
{
    if (!counter_op(op) || !rv_isinstance(b, &rv_dict_type))
        return rv_incref(rv_NotImplemented);
    if (op == RV_OP_OR && !rv_isinstance(b, &rv_counter_type))
        return rv_dict_type.inplace(op, a, b);
    rv_obj_t *src = op == RV_OP_AND ? a : b, *other = op == RV_OP_AND ? b : a;
    rv_obj_t *items = items_list(src);
    int err = 0;
    for (size_t i = 0; !err && i < rv_list_len(items); i++) {
        rv_obj_t *pair = rv_list_get_borrow(items, i);
        rv_obj_t *k2 = rv_tuple_get_borrow(pair, 0), *n = rv_tuple_get_borrow(pair, 1);
        if (op == RV_OP_ADD || op == RV_OP_SUB) {
            err = add_count(a, k2, n, op);
            continue;
        }
        rv_obj_t *cur = count_of(other, k2);
        if (!cur) {
            err = -1;
            break;
        }
        /* |=: other_count > count; &=: other_count < count */
        int better = op == RV_OP_OR ? rv_richcompare_bool(n, cur, RV_GT)
                                    : rv_richcompare_bool(cur, n, RV_LT);
        if (better < 0)
            err = -1;
        else if (better)
            err = rv_dict_set(a, k2, op == RV_OP_OR ? n : cur);
        rv_decref(cur);
    }
    rv_decref(items);
    if (err < 0 || keep_positive(a) < 0)
        return NULL;
    return rv_incref(a);
}

/* __pos__ / __neg__: the positive counts, or the negated negative ones. */
static rv_obj_t *counter_unop(rv_unop_t op, rv_obj_t *a)
{
    if (op == RV_UOP_INVERT) {
        rv_err_format(&rv_exc_TypeError, "bad operand type for unary ~: 'Counter'");
        return NULL;
    }
    rv_obj_t *r = rv_counter_new(), *zero = rv_int_from_i64(0);
    size_t pos = 0;
    rv_obj_t *k, *v;
    int err = 0;
    while (!err && rv_dict_next(a, &pos, &k, &v)) {
        int keep = rv_richcompare_bool(v, zero, op == RV_UOP_POS ? RV_GT : RV_LT);
        rv_obj_t *n = keep > 0 ? rv_binop(op == RV_UOP_POS ? RV_OP_ADD : RV_OP_SUB, zero, v)
                               : NULL;
        err = keep < 0 || (keep > 0 && !n) ? -1 : n ? rv_dict_set(r, k, n) : 0;
        rv_xdecref(n);
    }
    rv_decref(zero);
    if (err < 0)
        rv_clearref(&r);
    return r;
}

/* __eq__ / __le__ ... (3.10+): every element of either counter compared by
 * self[e] <op> other[e]; missing counts are 0. */
static int all_counts(rv_obj_t *a, rv_obj_t *b, rv_cmpop_t op)
{
    rv_obj_t *const sides[2] = { a, b };
    for (size_t s = 0; s < 2; s++) {
        size_t pos = 0;
        rv_obj_t *k, *v;
        while (rv_dict_next(sides[s], &pos, &k, &v)) {
            rv_obj_t *x = count_of(a, k), *y = x ? count_of(b, k) : NULL;
            int r = y ? rv_richcompare_bool(x, y, op) : -1;
            rv_xdecref(x);
            rv_xdecref(y);
            if (r <= 0)
                return r;
        }
    }
    return 1;
}

static rv_obj_t *counter_richcompare(rv_obj_t *a, rv_obj_t *b, rv_cmpop_t op)
{
    if (!rv_isinstance(a, &rv_counter_type) || !rv_isinstance(b, &rv_counter_type))
        return rv_incref(rv_NotImplemented);
    int r;
    switch (op) {
    case RV_EQ: r = all_counts(a, b, RV_EQ); break;
    case RV_NE: r = all_counts(a, b, RV_EQ); r = r < 0 ? r : !r; break;
    case RV_LE: r = all_counts(a, b, RV_LE); break;
    case RV_GE: r = all_counts(a, b, RV_GE); break;
    case RV_LT:
        r = all_counts(a, b, RV_LE);
        if (r > 0)
            r = all_counts(a, b, RV_EQ), r = r < 0 ? r : !r;
        break;
    default:
        r = all_counts(a, b, RV_GE);
        if (r > 0)
            r = all_counts(a, b, RV_EQ), r = r < 0 ? r : !r;
        break;
    }
    return r < 0 ? NULL : rv_bool_from(r);
}

/* __init__(iterable=None, /, **kwds): an empty dict, then update. */
static rv_obj_t *counter_make(rv_type_t *type, rv_obj_t *const *args, size_t nargs,
                              rv_obj_t *kwnames)
{
    (void)type;
    if (nargs > 1) {
        rv_err_format(&rv_exc_TypeError,
                      "Counter.__init__() takes from 1 to 2 positional arguments but %zu were "
                      "given",
                      nargs + 1);
        return NULL;
    }
    rv_obj_t *c = rv_counter_new();
    if (update_args("update", c, args, nargs, kwnames, RV_OP_ADD) < 0)
        rv_clearref(&c);
    return c;
}

/******************************************************************************/
/* methods                                                                    */

static rv_obj_t *m_update(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    if (update_args("update", self, args, nargs, kw, RV_OP_ADD) < 0)
        return NULL;
    return rv_incref(rv_None);
}

static rv_obj_t *m_subtract(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    if (update_args("subtract", self, args, nargs, kw, RV_OP_SUB) < 0)
        return NULL;
    return rv_incref(rv_None);
}

static rv_obj_t *m_most_common(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                               rv_obj_t *kw)
{
    if (rv_arg_no_kw("most_common", kw) < 0)
        return NULL;
    if (nargs > 1) {
        rv_err_format(&rv_exc_TypeError,
                      "Counter.most_common() takes from 1 to 2 positional arguments but %zu "
                      "were given",
                      nargs + 1);
        return NULL;
    }
    intptr_t n = -1;
    if (nargs && args[0] != rv_None) {
        bool is_int;
        if (rv_index_to_ssize(args[0], &n, &is_int) < 0) {
            if (!is_int)
                rv_err_format(&rv_exc_TypeError,
                              "'%s' object cannot be interpreted as an integer",
                              args[0]->type->name);
            return NULL;
        }
        if (n < 0)
            n = 0; /* nlargest(n <= 0) is [] */
    }
    return most_common(self, n);
}

/* A method of Python code taking only self. */
static int no_args(const char *name, size_t nargs)
{
    if (nargs == 0)
        return 0;
    rv_err_format(&rv_exc_TypeError,
                  "Counter.%s() takes 1 positional argument but %zu were given", name, nargs + 1);
    return -1;
}

/* elements(): each element repeated count times (counts below 1: none). */
static rv_obj_t *m_elements(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    (void)args;
    if (rv_arg_no_kw("elements", kw) < 0 || no_args("elements", nargs) < 0)
        return NULL;
    rv_obj_t *out = rv_list_new(0);
    size_t pos = 0;
    rv_obj_t *k, *v;
    while (rv_dict_next(self, &pos, &k, &v)) {
        int64_t n;
        if (!rv_isinstance(v, &rv_int_type)) {
            rv_err_format(&rv_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                          v->type->name);
            rv_decref(out);
            return NULL;
        }
        if (!rv_int_fits_i64(v, &n))
            n = rv_int_sign(v) > 0 ? INT64_MAX : 0;
        for (int64_t i = 0; i < n; i++)
            rv_list_append(out, k);
    }
    rv_obj_t *it = rv_iter(out);
    rv_decref(out);
    return it;
}

static rv_obj_t *m_total(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    (void)args;
    if (rv_arg_no_kw("total", kw) < 0 || no_args("total", nargs) < 0)
        return NULL;
    rv_obj_t *sum = rv_int_from_i64(0);
    size_t pos = 0;
    rv_obj_t *k, *v;
    while (sum && rv_dict_next(self, &pos, &k, &v)) {
        rv_obj_t *s = rv_binop(RV_OP_ADD, sum, v);
        rv_decref(sum);
        sum = s;
    }
    return sum;
}

/* copy(): self.__class__(self), a dict.update of an empty counter;
 * copy.copy goes through __reduce__: Counter(dict(self)). */
static rv_obj_t *m_copy(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    (void)args;
    if (rv_arg_no_kw("copy", kw) < 0 || no_args("copy", nargs) < 0)
        return NULL;
    rv_obj_t *c = rv_counter_new();
    if (rv_dict_update(c, self) < 0)
        rv_clearref(&c);
    return c;
}

static rv_obj_t *m_dunder_copy(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                               rv_obj_t *kw)
{
    rv_obj_t *d = rv_dict_new();
    if (rv_dict_update(d, self) < 0) {
        rv_decref(d);
        return NULL;
    }
    rv_obj_t *c = m_copy(d, args, nargs, kw);
    rv_decref(d);
    return c;
}

static rv_obj_t *m_missing(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    (void)self;
    (void)args;
    if (rv_arg_no_kw("__missing__", kw) < 0 ||
        rv_arg_count("Counter.__missing__", nargs, 1, 1) < 0)
        return NULL;
    return rv_int_from_i64(0);
}

static rv_obj_t *m_fromkeys(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    (void)self;
    (void)args;
    (void)nargs;
    (void)kw;
    rv_err_format(&rv_exc_NotImplementedError,
                  "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.");
    return NULL;
}

static const rv_method_t counter_methods[] = {
    { "update", m_update, 0 },       { "subtract", m_subtract, 0 },
    { "most_common", m_most_common, 0 }, { "elements", m_elements, 0 },
    { "total", m_total, 0 },         { "copy", m_copy, 0 },
    { "__copy__", m_dunder_copy, 0 }, { "__missing__", m_missing, 0 },
    { "fromkeys", m_fromkeys, RV_METH_CLASS }, { NULL, NULL, 0 },
};

rv_type_t rv_counter_type = {
    .name = "Counter",
    .ext = "collections", /* its module, for repr(Counter) */
    .base = &rv_dict_type,
    .flags = RV_TF_MUTABLE | RV_TF_GC | RV_TF_BASETYPE | RV_TF_PYCLASS,
    .clear = counter_clear,
    .release = counter_release,
    .traverse = counter_traverse,
    .repr = counter_repr,
    .size = counter_size,
    .richcompare = counter_richcompare,
    .binop = counter_binop,
    .inplace = counter_inplace,
    .unop = counter_unop,
    .getitem = counter_getitem,
    .setitem = counter_setitem,
    .methods = counter_methods,
    .make = counter_make,
};
