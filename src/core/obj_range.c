/* src/core/obj_range.c - range (Objects/rangeobject.c) for bounds that fit
 * in 64 bits (larger bounds raise OverflowError, as CPython's len() of such
 * a range does). */
#include "core/obj_range.h"

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

typedef struct rv_range {
    rv_obj_t ob;
    int64_t start, stop, step;
    uint64_t len;
} rv_range_t;

#define RANGE(o) ((rv_range_t *)(o))

static uint64_t range_length(int64_t start, int64_t stop, int64_t step)
{
    if (step > 0 && start < stop)
        return ((uint64_t)stop - (uint64_t)start - 1) / (uint64_t)step + 1;
    if (step < 0 && start > stop)
        return ((uint64_t)start - (uint64_t)stop - 1) / (uint64_t)(-(step + 1) + 1) + 1;
    return 0;
}

static rv_obj_t *range_from(int64_t start, int64_t stop, int64_t step)
{
    rv_range_t *r = rv_obj_alloc(&rv_range_type, sizeof(rv_range_t));
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->len = range_length(start, stop, step);
    return &r->ob;
}

static int as_i64(rv_obj_t *o, int64_t *out)
{
    if (!rv_isinstance(o, &rv_int_type)) {
        rv_err_format(&rv_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                      o->type->name);
        return -1;
    }
    if (!rv_int_fits_i64(o, out)) {
        rv_err_format(&rv_exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return 0;
}

rv_obj_t *rv_range_new(rv_obj_t *start, rv_obj_t *stop, rv_obj_t *step)
{
    int64_t a = 0, b, c = 1;
    if ((start && as_i64(start, &a) < 0) || as_i64(stop, &b) < 0 ||
        (step && as_i64(step, &c) < 0))
        return NULL;
    if (c == 0) {
        rv_err_format(&rv_exc_ValueError, "range() arg 3 must not be zero");
        return NULL;
    }
    return range_from(a, b, c);
}

static rv_obj_t *range_make(rv_type_t *type, rv_obj_t *const *args, size_t nargs,
                            rv_obj_t *kwnames)
{
    (void)type;
    if (rv_arg_no_kw("range", kwnames) < 0)
        return NULL;
    if (nargs == 0) {
        rv_err_format(&rv_exc_TypeError, "range expected at least 1 argument, got 0");
        return NULL;
    }
    if (nargs > 3) {
        rv_err_format(&rv_exc_TypeError, "range expected at most 3 arguments, got %zu", nargs);
        return NULL;
    }
    if (nargs == 1)
        return rv_range_new(NULL, args[0], NULL);
    return rv_range_new(args[0], args[1], nargs == 3 ? args[2] : NULL);
}

static rv_obj_t *range_repr(rv_obj_t *o)
{
    rv_range_t *r = RANGE(o);
    if (r->step == 1)
        return rv_str_printf("range(%lld, %lld)", (long long)r->start, (long long)r->stop);
    return rv_str_printf("range(%lld, %lld, %lld)", (long long)r->start, (long long)r->stop,
                         (long long)r->step);
}

static int range_len(rv_obj_t *o, size_t *out)
{
    if (RANGE(o)->len > (uint64_t)INT64_MAX) {
        rv_err_format(&rv_exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    *out = (size_t)RANGE(o)->len;
    return 0;
}

static int64_t item_at(rv_range_t *r, uint64_t i)
{
    return (int64_t)((uint64_t)r->start + i * (uint64_t)r->step);
}

static rv_obj_t *range_getitem(rv_obj_t *o, rv_obj_t *key)
{
    rv_range_t *r = RANGE(o);
    if (rv_isinstance(key, &rv_int_type)) {
        int64_t i;
        if (!rv_int_fits_i64(key, &i) || (i < 0 ? (uint64_t)-i > r->len : (uint64_t)i >= r->len)) {
            rv_err_format(&rv_exc_IndexError, "range object index out of range");
            return NULL;
        }
        return rv_int_from_i64(item_at(r, i < 0 ? r->len - (uint64_t)-i : (uint64_t)i));
    }
    if (RV_IS(key, rv_slice_type)) {
        intptr_t start, stop, step;
        size_t count;
        if (rv_slice_indices(key, (size_t)r->len, &start, &stop, &step, &count) < 0)
            return NULL;
        int64_t s = item_at(r, (uint64_t)start);
        int64_t st = r->step * step;
        return range_from(s, s + (int64_t)count * st, st);
    }
    rv_err_format(&rv_exc_TypeError, "range indices must be integers or slices, not %s",
                  key->type->name);
    return NULL;
}

static int range_contains(rv_obj_t *o, rv_obj_t *item)
{
    rv_range_t *r = RANGE(o);
    int64_t v;
    if (RV_IS(item, rv_int_type) || RV_IS(item, rv_bool_type)) {
        if (!rv_int_fits_i64(item, &v))
            return 0;
        if (r->step > 0 ? (v < r->start || v >= r->stop) : (v > r->start || v <= r->stop))
            return 0;
        return ((v - r->start) % r->step) == 0;
    }
    for (uint64_t i = 0; i < r->len; i++) {
        rv_obj_t *x = rv_int_from_i64(item_at(r, i));
        int eq = rv_richcompare_bool(x, item, RV_EQ);
        rv_decref(x);
        if (eq != 0)
            return eq;
    }
    return 0;
}

static rv_obj_t *range_richcompare(rv_obj_t *a, rv_obj_t *b, rv_cmpop_t op)
{
    if ((op != RV_EQ && op != RV_NE) || !RV_IS(a, rv_range_type) || !RV_IS(b, rv_range_type))
        return rv_incref(rv_NotImplemented);
    rv_range_t *x = RANGE(a), *y = RANGE(b);
    /* Ranges are equal when they are the same sequence. */
    bool eq = x->len == y->len &&
              (x->len == 0 || (x->start == y->start && (x->len == 1 || x->step == y->step)));
    return rv_bool_from(op == RV_EQ ? eq : !eq);
}

static int range_hash(rv_obj_t *o, int64_t *out)
{
    rv_range_t *r = RANGE(o);
    rv_obj_t *len = rv_int_from_u64(r->len), *t;
    if (r->len == 0)
        t = rv_tuple_pack(3, len, rv_None, rv_None);
    else {
        rv_obj_t *s = rv_int_from_i64(r->start), *st = rv_int_from_i64(r->step);
        t = r->len == 1 ? rv_tuple_pack(3, len, s, rv_None) : rv_tuple_pack(3, len, s, st);
        rv_decref(s);
        rv_decref(st);
    }
    int res = rv_hash(t, out);
    rv_decref(t);
    rv_decref(len);
    return res;
}

static int range_truth(rv_obj_t *o)
{
    return RANGE(o)->len != 0;
}

static rv_obj_t *range_getattr(rv_obj_t *o, rv_obj_t *name)
{
    rv_range_t *r = RANGE(o);
    if (rv_str_eq_cstr(name, "start"))
        return rv_int_from_i64(r->start);
    if (rv_str_eq_cstr(name, "stop"))
        return rv_int_from_i64(r->stop);
    if (rv_str_eq_cstr(name, "step"))
        return rv_int_from_i64(r->step);
    const rv_method_t *m = rv_type_find_method(o->type, rv_str_utf8(name));
    if (m)
        return rv_builtin_new(m, o);
    rv_err_format(&rv_exc_AttributeError, "'range' object has no attribute '%s'",
                  rv_str_utf8(name));
    return NULL;
}

static size_t range_size(rv_obj_t *o)
{
    (void)o;
    return 48;
}

/* iterator */

typedef struct rangeiter {
    rv_obj_t ob;
    int64_t next, step;
    uint64_t left;
} rangeiter_t;

static rv_obj_t *iter_from(int64_t start, int64_t step, uint64_t len)
{
    rangeiter_t *it = rv_obj_alloc(&rv_rangeiter_type, sizeof(rangeiter_t));
    it->next = start;
    it->step = step;
    it->left = len;
    return &it->ob;
}

static rv_obj_t *range_iter(rv_obj_t *o)
{
    rv_range_t *r = RANGE(o);
    return iter_from(r->start, r->step, r->len);
}

rv_obj_t *rv_range_reversed(rv_obj_t *o)
{
    rv_range_t *r = RANGE(o);
    if (r->len == 0)
        return iter_from(0, 1, 0);
    return iter_from(item_at(r, r->len - 1), -r->step, r->len);
}

static rv_obj_t *rangeiter_next(rv_obj_t *o)
{
    rangeiter_t *it = (rangeiter_t *)o;
    if (!it->left)
        return NULL;
    int64_t v = it->next;
    it->left--;
    it->next = (int64_t)((uint64_t)it->next + (uint64_t)it->step);
    return rv_int_from_i64(v);
}

static rv_obj_t *iter_self(rv_obj_t *o)
{
    return rv_incref(o);
}

/* rangeiter_len: the items left. */
static rv_obj_t *rangeiter_length_hint(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                       rv_obj_t *kwnames)
{
    (void)args;
    if (rv_length_hint_args(self, nargs, kwnames) < 0)
        return NULL;
    return rv_int_from_u64(((rangeiter_t *)self)->left);
}

static const rv_method_t rangeiter_methods[] = {
    { "__length_hint__", rangeiter_length_hint, 0 },
    { NULL, NULL, 0 },
};

rv_type_t rv_rangeiter_type = {
    .name = "range_iterator",
    .flags = RV_TF_MUTABLE,
    .release = rv_obj_free,
    .iter = iter_self,
    .next = rangeiter_next,
    .size = range_size,
    .methods = rangeiter_methods,
};

rv_type_t rv_longrangeiter_type = {
    .name = "longrange_iterator",
    .flags = RV_TF_MUTABLE,
    .release = rv_obj_free,
    .iter = iter_self,
    .next = rangeiter_next,
    .size = range_size,
    .methods = rangeiter_methods,
};

static rv_obj_t *m_count(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    if (rv_arg_no_kw("count", kw) < 0 || rv_arg_count("count", nargs, 1, 1) < 0)
        return NULL;
    int c = range_contains(self, args[0]);
    return c < 0 ? NULL : rv_int_from_i64(c);
}

static rv_obj_t *m_index(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    if (rv_arg_no_kw("index", kw) < 0 || rv_arg_count("index", nargs, 1, 1) < 0)
        return NULL;
    rv_range_t *r = RANGE(self);
    int c = range_contains(self, args[0]);
    if (c < 0)
        return NULL;
    int64_t v;
    if (!c || !rv_isinstance(args[0], &rv_int_type) || !rv_int_fits_i64(args[0], &v)) {
        rv_obj_t *rep = rv_repr(args[0]);
        rv_err_format(&rv_exc_ValueError, "%s is not in range", rep ? rv_str_utf8(rep) : "?");
        rv_xdecref(rep);
        return NULL;
    }
    return rv_int_from_i64((v - r->start) / r->step);
}

static const rv_method_t range_methods[] = {
    { "count", m_count, 0 },
    { "index", m_index, 0 },
    { NULL, NULL, 0 },
};

rv_type_t rv_range_type = {
    .name = "range",
    .release = rv_obj_free,
    .repr = range_repr,
    .hash = range_hash,
    .richcompare = range_richcompare,
    .truth = range_truth,
    .len = range_len,
    .getitem = range_getitem,
    .contains = range_contains,
    .iter = range_iter,
    .getattr = range_getattr,
    .methods = range_methods,
    .size = range_size,
    .make = range_make,
};
