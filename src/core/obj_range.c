/* src/core/obj_range.c - range and its iterators (Objects/rangeobject.c).
 *
 * CPython keeps a range's start, stop, step and length as int objects and
 * computes on them.  Nearly every range a program makes has bounds that fit
 * in 64 bits, and a loop over range(n) must not pay for int arithmetic, so
 * such a range keeps C integers (the fast path).  A range with a bound
 * beyond 64 bits keeps int objects as CPython does (the long path).  The
 * long forms of the operations also serve fast ranges whose results leave
 * 64 bits (a slice's stop, an index past 2**63).
 *
 * Int arithmetic cannot fail here: every operand is an int and no divisor
 * is zero, so results of rv_binop on them are not checked. */
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

enum { START, STOP, STEP, LEN, NFIELDS };

typedef struct rv_range {
    rv_obj_t ob;
    /* The fast path: start, stop and step fit in int64_t (the length then
     * fits in uint64_t). */
    int64_t start, stop, step;
    uint64_t len;
    /* The long path: the fields as exact ints (owned), indexed by the enum
     * above; all NULL on the fast path. */
    rv_obj_t *big[NFIELDS];
} rv_range_t;

#define RANGE(o) ((rv_range_t *)(o))
#define IS_LONG(r) ((r)->big[START] != NULL)

/******************************************************************************/
/* construction                                                               */

/* get_len_of_range: exact in uint64_t, as the span of two int64_t is. */
static uint64_t range_length(int64_t start, int64_t stop, int64_t step)
{
    if (step > 0 && start < stop)
        return ((uint64_t)stop - (uint64_t)start - 1) / (uint64_t)step + 1;
    if (step < 0 && start > stop)
        return ((uint64_t)start - (uint64_t)stop - 1) / (0 - (uint64_t)step) + 1;
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

/* compute_range_length: get_len_of_range on int objects. */
static rv_obj_t *long_length(rv_obj_t *start, rv_obj_t *stop, rv_obj_t *step)
{
    bool up = rv_int_sign(step) > 0;
    rv_obj_t *lo = up ? start : stop, *hi = up ? stop : start;
    if (rv_int_cmp(lo, hi) >= 0)
        return rv_int_from_i64(0);
    rv_obj_t *one = rv_int_from_i64(1);
    rv_obj_t *span = rv_binop(RV_OP_SUB, hi, lo);
    rv_obj_t *last = rv_binop(RV_OP_SUB, span, one);
    rv_obj_t *stride = up ? rv_incref(step) : rv_unop(RV_UOP_NEG, step);
    rv_obj_t *q = rv_binop(RV_OP_FLOORDIV, last, stride);
    rv_obj_t *len = rv_binop(RV_OP_ADD, q, one);
    rv_decref(q);
    rv_decref(stride);
    rv_decref(last);
    rv_decref(span);
    rv_decref(one);
    return len;
}

/* PyNumber_Index gives an exact int: a bool bound is kept as 0 or 1. */
static rv_obj_t *exact_int(rv_obj_t *o)
{
    if (RV_IS(o, rv_bool_type))
        return rv_int_from_i64(o == rv_True);
    return rv_incref(o);
}

/* make_range_object from ints (borrowed): the fast path when the bounds
 * fit, whatever their origin, so a slice of a long range can be fast. */
static rv_obj_t *range_from_ints(rv_obj_t *start, rv_obj_t *stop, rv_obj_t *step)
{
    int64_t a, b, c;
    if (rv_int_fits_i64(start, &a) && rv_int_fits_i64(stop, &b) && rv_int_fits_i64(step, &c))
        return range_from(a, b, c);
    rv_range_t *r = rv_obj_alloc(&rv_range_type, sizeof(rv_range_t));
    r->big[START] = exact_int(start);
    r->big[STOP] = exact_int(stop);
    r->big[STEP] = exact_int(step);
    r->big[LEN] = long_length(start, stop, step);
    return &r->ob;
}

/* The four fields as ints (new references): the long path's own, or made
 * from the fast path's C values. */
static void get_fields(const rv_range_t *r, rv_obj_t *f[NFIELDS])
{
    if (IS_LONG(r)) {
        for (int i = 0; i < NFIELDS; i++)
            f[i] = rv_incref(r->big[i]);
        return;
    }
    f[START] = rv_int_from_i64(r->start);
    f[STOP] = rv_int_from_i64(r->stop);
    f[STEP] = rv_int_from_i64(r->step);
    f[LEN] = rv_int_from_u64(r->len);
}

static void drop_fields(rv_obj_t *f[NFIELDS])
{
    for (int i = 0; i < NFIELDS; i++)
        rv_decref(f[i]);
}

/* PyNumber_Index's TypeError for anything but an int. */
static int check_index(rv_obj_t *o)
{
    if (rv_isinstance(o, &rv_int_type))
        return 0;
    rv_err_format(&rv_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                  o->type->name);
    return -1;
}

/* A NumPy integer given as a bound becomes its int (PyNumber_Index calls
 * its __index__); new reference, or NULL for anything else. */
static rv_obj_t *index_of(rv_obj_t *o)
{
    if (!o || RV_IS(o, rv_int_type) || (!o->type->pynumber && !o->type->index))
        return NULL;
    return rv_index_value(o);
}

rv_obj_t *rv_range_new(rv_obj_t *start, rv_obj_t *stop, rv_obj_t *step)
{
    rv_obj_t *i0 = NULL, *i1 = NULL, *i2 = NULL;
    /* A class's __index__ may raise: the next is not called then. */
    if (!(i0 = index_of(start)) && rv_err_occurred())
        return NULL;
    if (!(i1 = index_of(stop)) && rv_err_occurred()) {
        rv_xdecref(i0);
        return NULL;
    }
    if (!(i2 = index_of(step)) && rv_err_occurred()) {
        rv_xdecref(i0);
        rv_xdecref(i1);
        return NULL;
    }
    if (i0 || i1 || i2) {
        rv_obj_t *r = rv_range_new(i0 ? i0 : start, i1 ? i1 : stop, i2 ? i2 : step);
        rv_xdecref(i0);
        rv_xdecref(i1);
        rv_xdecref(i2);
        return r;
    }
    if ((start && check_index(start) < 0) || check_index(stop) < 0 ||
        (step && check_index(step) < 0))
        return NULL;
    if (step && rv_int_sign(step) == 0) {
        rv_err_format(&rv_exc_ValueError, "range() arg 3 must not be zero");
        return NULL;
    }
    int64_t a = 0, b, c = 1;
    if ((!start || rv_int_fits_i64(start, &a)) && rv_int_fits_i64(stop, &b) &&
        (!step || rv_int_fits_i64(step, &c)))
        return range_from(a, b, c);
    rv_obj_t *zero = rv_int_from_i64(0), *one = rv_int_from_i64(1);
    rv_obj_t *r = range_from_ints(start ? start : zero, stop, step ? step : one);
    rv_decref(one);
    rv_decref(zero);
    return r;
}

/* range_vectorcall's argument checks. */
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

static void range_clear(rv_obj_t *o)
{
    for (int i = 0; i < NFIELDS; i++)
        rv_clearref(&RANGE(o)->big[i]);
}

/* The long path's ints are the range's own, as in CPython, but diagrams
 * show a range by its repr alone. */
static void range_traverse(rv_obj_t *o, rv_visit_fn visit, void *ctx)
{
    rv_edge_t e = { .kind = RV_EDGE_HIDDEN };
    for (int i = 0; i < NFIELDS; i++)
        if (RANGE(o)->big[i])
            visit(RANGE(o)->big[i], &e, ctx);
}

/******************************************************************************/
/* the sequence protocol                                                      */

/* range_repr: the step only when it is not 1. */
static rv_obj_t *range_repr(rv_obj_t *o)
{
    rv_range_t *r = RANGE(o);
    if (!IS_LONG(r)) {
        if (r->step == 1)
            return rv_str_printf("range(%lld, %lld)", (long long)r->start, (long long)r->stop);
        return rv_str_printf("range(%lld, %lld, %lld)", (long long)r->start,
                             (long long)r->stop, (long long)r->step);
    }
    int64_t step;
    bool unit = rv_int_fits_i64(r->big[STEP], &step) && step == 1;
    rv_obj_t *t = unit ? rv_tuple_pack(2, r->big[START], r->big[STOP])
                       : rv_tuple_pack(3, r->big[START], r->big[STOP], r->big[STEP]);
    /* Fails past the 4300-digit limit of int's repr, as %R does. */
    rv_obj_t *tr = rv_repr(t);
    rv_decref(t);
    if (!tr)
        return NULL;
    rv_obj_t *out = rv_str_printf("range%s", rv_str_utf8(tr));
    rv_decref(tr);
    return out;
}

/* range_length: PyLong_AsSsize_t of the length. */
static int range_len(rv_obj_t *o, size_t *out)
{
    rv_range_t *r = RANGE(o);
    int64_t n = (int64_t)r->len;
    if (IS_LONG(r) ? !rv_int_fits_i64(r->big[LEN], &n) : r->len > (uint64_t)INT64_MAX) {
        rv_err_format(&rv_exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    *out = (size_t)n;
    return 0;
}

/* range_bool: the length's truth, which needs no ssize_t. */
static int range_truth(rv_obj_t *o)
{
    rv_range_t *r = RANGE(o);
    return IS_LONG(r) ? rv_int_sign(r->big[LEN]) != 0 : r->len != 0;
}

static int64_t item_at(const rv_range_t *r, uint64_t i)
{
    return (int64_t)((uint64_t)r->start + i * (uint64_t)r->step);
}

/* start + i * step on the fast path's values, if it fits (i may be -1 or
 * the length: a slice's ends). */
static bool item_fits(const rv_range_t *r, int64_t i, int64_t *out)
{
    int64_t d;
    return !__builtin_mul_overflow(i, r->step, &d) && !__builtin_add_overflow(r->start, d, out);
}

/* compute_item: start + i * step on ints. */
static rv_obj_t *compute_item(rv_obj_t *const f[NFIELDS], rv_obj_t *i)
{
    rv_obj_t *incr = rv_binop(RV_OP_MUL, i, f[STEP]);
    rv_obj_t *v = rv_binop(RV_OP_ADD, f[START], incr);
    rv_decref(incr);
    return v;
}

static rv_obj_t *index_error(void)
{
    rv_err_format(&rv_exc_IndexError, "range object index out of range");
    return NULL;
}

/* compute_range_item: a negative index counts from the end. */
static rv_obj_t *range_item(rv_range_t *r, rv_obj_t *key)
{
    int64_t i;
    if (!IS_LONG(r) && rv_int_fits_i64(key, &i)) {
        uint64_t back = 0 - (uint64_t)i;
        if (i < 0 ? back > r->len : (uint64_t)i >= r->len)
            return index_error();
        return rv_int_from_i64(item_at(r, i < 0 ? r->len - back : (uint64_t)i));
    }
    rv_obj_t *f[NFIELDS];
    get_fields(r, f);
    rv_obj_t *k = rv_int_sign(key) < 0 ? rv_binop(RV_OP_ADD, f[LEN], key) : rv_incref(key);
    rv_obj_t *v = rv_int_sign(k) < 0 || rv_int_cmp(k, f[LEN]) >= 0 ? index_error()
                                                                     : compute_item(f, k);
    rv_decref(k);
    drop_fields(f);
    return v;
}

/* compute_slice: range(item(i), item(j), step * k) for the slice's i, j, k
 * (_PySlice_GetLongIndices), so range(10)[1:8:3] is range(1, 8, 3).  On C
 * integers when the range is fast, its length fits a ssize_t and the
 * slice's step fits (PySlice_Unpack would clamp a larger one, which the
 * long arithmetic does not) and nothing overflows; on ints otherwise. */
static rv_obj_t *range_slice(rv_range_t *r, rv_obj_t *slice)
{
    rv_obj_t *k = RV_SLICE(slice)->step;
    int64_t kv;
    if (!IS_LONG(r) && r->len <= (uint64_t)INT64_MAX &&
        (k == rv_None ||
         (rv_isinstance(k, &rv_int_type) && rv_int_fits_i64(k, &kv) && kv != INT64_MIN))) {
        intptr_t i, j, st;
        size_t count;
        if (rv_slice_indices(slice, (size_t)r->len, &i, &j, &st, &count) < 0)
            return NULL;
        int64_t a, b, c;
        if (!__builtin_mul_overflow(r->step, (int64_t)st, &c) && item_fits(r, i, &a) &&
            item_fits(r, j, &b))
            return range_from(a, b, c);
    }
    rv_obj_t *f[NFIELDS], *i, *j, *st;
    get_fields(r, f);
    if (rv_slice_long_indices(slice, f[LEN], &i, &j, &st) < 0) {
        drop_fields(f);
        return NULL;
    }
    rv_obj_t *a = compute_item(f, i), *b = compute_item(f, j);
    rv_obj_t *c = rv_binop(RV_OP_MUL, f[STEP], st);
    rv_obj_t *res = range_from_ints(a, b, c);
    rv_decref(c);
    rv_decref(b);
    rv_decref(a);
    rv_decref(st);
    rv_decref(j);
    rv_decref(i);
    drop_fields(f);
    return res;
}

/* range_subscript. */
static rv_obj_t *range_getitem(rv_obj_t *o, rv_obj_t *key)
{
    if (rv_isinstance(key, &rv_int_type))
        return range_item(RANGE(o), key);
    if (RV_IS(key, rv_slice_type))
        return range_slice(RANGE(o), key);
    if (key->type->index) { /* a class's __index__ */
        rv_obj_t *i = rv_index_value(key);
        rv_obj_t *r = i ? range_item(RANGE(o), i) : NULL;
        rv_xdecref(i);
        return r;
    }
    rv_err_format(&rv_exc_TypeError, "range indices must be integers or slices, not %s",
                  key->type->name);
    return NULL;
}

/******************************************************************************/
/* membership, count and index                                                */

/* range_contains_long for an int or bool v: 1 if v is one of the values
 * (and *index, if asked, its index (v - start) // step), else 0. */
static int find_int(const rv_range_t *r, rv_obj_t *v, rv_obj_t **index)
{
    int64_t x;
    if (!IS_LONG(r)) {
        /* Beyond 64 bits v lies outside the bounds. */
        if (!rv_int_fits_i64(v, &x))
            return 0;
        uint64_t d, stride;
        if (r->step > 0) {
            if (x < r->start || x >= r->stop)
                return 0;
            d = (uint64_t)x - (uint64_t)r->start;
            stride = (uint64_t)r->step;
        } else {
            if (x > r->start || x <= r->stop)
                return 0;
            d = (uint64_t)r->start - (uint64_t)x;
            stride = 0 - (uint64_t)r->step;
        }
        if (d % stride != 0)
            return 0;
        if (index)
            *index = rv_int_from_u64(d / stride);
        return 1;
    }
    rv_obj_t *const *f = r->big;
    bool in = rv_int_sign(f[STEP]) > 0
                  ? rv_int_cmp(f[START], v) <= 0 && rv_int_cmp(v, f[STOP]) < 0
                  : rv_int_cmp(v, f[START]) <= 0 && rv_int_cmp(f[STOP], v) < 0;
    if (!in)
        return 0;
    rv_obj_t *d = rv_binop(RV_OP_SUB, v, f[START]);
    rv_obj_t *m = rv_binop(RV_OP_MOD, d, f[STEP]);
    int found = rv_int_sign(m) == 0;
    if (found && index)
        *index = rv_binop(RV_OP_FLOORDIV, d, f[STEP]);
    rv_decref(m);
    rv_decref(d);
    return found;
}

/* range_contains and friends take the arithmetic route only for exact ints
 * and bools (PyLong_CheckExact || PyBool_Check). */
static bool is_int_value(rv_obj_t *o)
{
    return RV_IS(o, rv_int_type) || RV_IS(o, rv_bool_type);
}

typedef enum { SEARCH_COUNT, SEARCH_INDEX, SEARCH_CONTAINS } search_t;

/* _PySequence_IterSearch: any other item is compared with every value in
 * turn (1.0 in range(3) is found at index 1).  Returns the count, index or
 * 0/1; -1 with an exception. */
static int64_t iter_search(rv_obj_t *seq, rv_obj_t *item, search_t how)
{
    rv_obj_t *it = rv_iter(seq);
    if (!it)
        return -1;
    int64_t n = 0;
    int eq = 0;
    bool exhausted = false;
    for (;;) {
        rv_obj_t *x = rv_next(it);
        if (!x) {
            exhausted = true;
            break;
        }
        eq = rv_eq(x, item);
        rv_decref(x);
        if (eq < 0 || (eq > 0 && how != SEARCH_COUNT))
            break;
        n += how == SEARCH_INDEX || eq;
    }
    rv_decref(it);
    if (eq < 0 || (exhausted && rv_err_occurred()))
        return -1;
    if (how == SEARCH_CONTAINS)
        return eq;
    if (how == SEARCH_INDEX && !eq) {
        rv_err_format(&rv_exc_ValueError, "sequence.index(x): x not in sequence");
        return -1;
    }
    return n;
}

/* range_contains. */
static int range_contains(rv_obj_t *o, rv_obj_t *item)
{
    if (is_int_value(item))
        return find_int(RANGE(o), item, NULL);
    return (int)iter_search(o, item, SEARCH_CONTAINS);
}

/* range_count: 0 or 1 for ints, as values are distinct. */
static rv_obj_t *m_count(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    if (rv_arg_no_kw("count", kw) < 0 || rv_arg_count("count", nargs, 1, 1) < 0)
        return NULL;
    if (is_int_value(args[0]))
        return rv_int_from_i64(find_int(RANGE(self), args[0], NULL));
    int64_t n = iter_search(self, args[0], SEARCH_COUNT);
    return n < 0 ? NULL : rv_int_from_i64(n);
}

/* range_index. */
static rv_obj_t *m_index(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    if (rv_arg_no_kw("index", kw) < 0 || rv_arg_count("index", nargs, 1, 1) < 0)
        return NULL;
    if (!is_int_value(args[0])) {
        int64_t n = iter_search(self, args[0], SEARCH_INDEX);
        return n < 0 ? NULL : rv_int_from_i64(n);
    }
    rv_obj_t *index;
    if (find_int(RANGE(self), args[0], &index))
        return index;
    rv_obj_t *rep = rv_repr(args[0]);
    if (rep) {
        rv_err_format(&rv_exc_ValueError, "%s is not in range", rv_str_utf8(rep));
        rv_decref(rep);
    }
    return NULL;
}

/******************************************************************************/
/* comparison, hash, attributes                                               */

/* range_equals: equal when they are the same sequence of values. */
static bool range_equals(const rv_range_t *x, const rv_range_t *y)
{
    if (x == y)
        return true;
    if (!IS_LONG(x) && !IS_LONG(y))
        return x->len == y->len &&
               (x->len == 0 || (x->start == y->start && (x->len == 1 || x->step == y->step)));
    rv_obj_t *f[NFIELDS], *g[NFIELDS];
    get_fields(x, f);
    get_fields(y, g);
    int64_t n;
    bool eq = rv_int_cmp(f[LEN], g[LEN]) == 0 &&
              (rv_int_sign(f[LEN]) == 0 ||
               (rv_int_cmp(f[START], g[START]) == 0 &&
                ((rv_int_fits_i64(f[LEN], &n) && n == 1) || rv_int_cmp(f[STEP], g[STEP]) == 0)));
    drop_fields(g);
    drop_fields(f);
    return eq;
}

/* range_richcompare: == and != only. */
static rv_obj_t *range_richcompare(rv_obj_t *a, rv_obj_t *b, rv_cmpop_t op)
{
    if ((op != RV_EQ && op != RV_NE) || !RV_IS(a, rv_range_type) || !RV_IS(b, rv_range_type))
        return rv_incref(rv_NotImplemented);
    bool eq = range_equals(RANGE(a), RANGE(b));
    return rv_bool_from(op == RV_EQ ? eq : !eq);
}

/* range_hash: hash((len, start, step)), None standing for what does not
 * tell equal ranges apart. */
static int range_hash(rv_obj_t *o, int64_t *out)
{
    rv_obj_t *f[NFIELDS];
    get_fields(RANGE(o), f);
    int64_t n;
    bool empty = rv_int_sign(f[LEN]) == 0, single = rv_int_fits_i64(f[LEN], &n) && n == 1;
    rv_obj_t *t = rv_tuple_pack(3, f[LEN], empty ? rv_None : f[START],
                                empty || single ? rv_None : f[STEP]);
    int res = rv_hash(t, out);
    rv_decref(t);
    drop_fields(f);
    return res;
}

/* range_members: start, stop and step, read-only. */
static rv_obj_t *range_getattr(rv_obj_t *o, rv_obj_t *name)
{
    rv_range_t *r = RANGE(o);
    static const char *const names[] = { "start", "stop", "step" };
    const int64_t values[] = { r->start, r->stop, r->step };
    for (int i = START; i <= STEP; i++)
        if (rv_str_eq_cstr(name, names[i]))
            return IS_LONG(r) ? rv_incref(r->big[i]) : rv_int_from_i64(values[i]);
    const rv_method_t *m = rv_type_find_method(o->type, rv_str_utf8(name));
    if (m)
        return rv_builtin_new(m, o);
    rv_err_format(&rv_exc_AttributeError, "'range' object has no attribute '%s'",
                  rv_str_utf8(name));
    return NULL;
}

/* sizeof(rangeobject): four pointers, whatever the bounds. */
static size_t range_size(rv_obj_t *o)
{
    (void)o;
    return 48;
}

/******************************************************************************/
/* iterators                                                                  */

/* rangeiterobject: C values. */
typedef struct rangeiter {
    rv_obj_t ob;
    int64_t next, step;
    uint64_t left;
} rangeiter_t;

/* longrangeiterobject: the value at index is start + index * step. */
typedef struct longrangeiter {
    rv_obj_t ob;
    rv_obj_t *index, *start, *step, *len;
} longrangeiter_t;

#define LONGIT(o) ((longrangeiter_t *)(o))

static rv_obj_t *iter_from(int64_t start, int64_t step, uint64_t len)
{
    rangeiter_t *it = rv_obj_alloc(&rv_rangeiter_type, sizeof(rangeiter_t));
    it->next = start;
    it->step = step;
    it->left = len;
    return &it->ob;
}

/* Takes over start and step (new references); len is borrowed. */
static rv_obj_t *longiter_from_steal(rv_obj_t *start, rv_obj_t *step, rv_obj_t *len)
{
    longrangeiter_t *it = rv_obj_alloc(&rv_longrangeiter_type, sizeof(longrangeiter_t));
    it->index = rv_int_from_i64(0);
    it->start = start;
    it->step = step;
    it->len = rv_incref(len);
    return &it->ob;
}

/* range_iter: a range_iterator when start, stop, step and the length fit a
 * C long and so does stop + (step - 1) (CPython's guard against
 * start + len * step overflowing), else a longrange_iterator. */
static rv_obj_t *range_iter(rv_obj_t *o)
{
    rv_range_t *r = RANGE(o);
    if (!IS_LONG(r) && r->len <= (uint64_t)INT64_MAX &&
        (r->len == 0 || (r->step > 0 ? r->stop <= INT64_MAX - (r->step - 1)
                                     : r->stop >= INT64_MIN + (-1 - r->step))))
        return iter_from(r->start, r->step, r->len);
    rv_obj_t *f[NFIELDS];
    get_fields(r, f);
    rv_obj_t *it = longiter_from_steal(rv_incref(f[START]), rv_incref(f[STEP]), f[LEN]);
    drop_fields(f);
    return it;
}

/* range_reverse: range(start + (len - 1) * step, start - step, -step); a
 * range_iterator when start, stop, step, -step, start - step and the length
 * fit a C long, else a longrange_iterator. */
rv_obj_t *rv_range_reversed(rv_obj_t *o)
{
    rv_range_t *r = RANGE(o);
    int64_t before;
    if (!IS_LONG(r) && r->step != INT64_MIN && r->len <= (uint64_t)INT64_MAX &&
        !__builtin_sub_overflow(r->start, r->step, &before))
        return iter_from((int64_t)((uint64_t)before + r->len * (uint64_t)r->step), -r->step,
                         r->len);
    rv_obj_t *f[NFIELDS];
    get_fields(r, f);
    rv_obj_t *one = rv_int_from_i64(1);
    rv_obj_t *last = rv_binop(RV_OP_SUB, f[LEN], one);
    rv_obj_t *it = longiter_from_steal(compute_item(f, last), rv_unop(RV_UOP_NEG, f[STEP]),
                                       f[LEN]);
    rv_decref(last);
    rv_decref(one);
    drop_fields(f);
    return it;
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

/* longrangeiter_next. */
static rv_obj_t *longrangeiter_next(rv_obj_t *o)
{
    longrangeiter_t *it = LONGIT(o);
    if (rv_int_cmp(it->index, it->len) >= 0)
        return NULL;
    rv_obj_t *incr = rv_binop(RV_OP_MUL, it->index, it->step);
    rv_obj_t *v = rv_binop(RV_OP_ADD, it->start, incr);
    rv_obj_t *one = rv_int_from_i64(1);
    rv_obj_t *next = rv_binop(RV_OP_ADD, it->index, one);
    rv_decref(it->index);
    it->index = next;
    rv_decref(one);
    rv_decref(incr);
    return v;
}

static void longrangeiter_clear(rv_obj_t *o)
{
    rv_clearref(&LONGIT(o)->index);
    rv_clearref(&LONGIT(o)->start);
    rv_clearref(&LONGIT(o)->step);
    rv_clearref(&LONGIT(o)->len);
}

/* Interpreter state, like every iterator's source: not drawn. */
static void longrangeiter_traverse(rv_obj_t *o, rv_visit_fn visit, void *ctx)
{
    rv_edge_t e = { .kind = RV_EDGE_HIDDEN };
    rv_obj_t *refs[] = { LONGIT(o)->index, LONGIT(o)->start, LONGIT(o)->step, LONGIT(o)->len };
    for (size_t i = 0; i < sizeof refs / sizeof refs[0]; i++)
        if (refs[i])
            visit(refs[i], &e, ctx);
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

/* longrangeiter_len: len - index, an int of any size. */
static rv_obj_t *longrangeiter_length_hint(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                           rv_obj_t *kwnames)
{
    (void)args;
    if (rv_length_hint_args(self, nargs, kwnames) < 0)
        return NULL;
    return rv_binop(RV_OP_SUB, LONGIT(self)->len, LONGIT(self)->index);
}

static const rv_method_t longrangeiter_methods[] = {
    { "__length_hint__", longrangeiter_length_hint, 0 },
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
    .clear = longrangeiter_clear,
    .release = rv_obj_free,
    .traverse = longrangeiter_traverse,
    .iter = iter_self,
    .next = longrangeiter_next,
    .size = range_size,
    .methods = longrangeiter_methods,
};

static const rv_method_t range_methods[] = {
    { "count", m_count, 0 },
    { "index", m_index, 0 },
    { NULL, NULL, 0 },
};

rv_type_t rv_range_type = {
    .name = "range",
    .clear = range_clear,
    .release = rv_obj_free,
    .traverse = range_traverse,
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
