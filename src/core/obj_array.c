/* src/core/obj_array.c - array.array (Modules/arraymodule.c, 3.11).
 *
 * Values are checked and converted as each typecode's setitem does (the
 * OverflowError texts differ per typecode, they are CPython's).  The
 * allocation follows CPython since sys.getsizeof shows it:
 *   getsizeof = 64 (arrayobject) + 16 (GC header) + allocated * itemsize
 *   newarrayobject (array(t, list or tuple), slices, a + b, a * n): exact;
 *   array_resize(newsize): keep the block while allocated >= newsize and
 *     the size shrinks by less than 16; else allocated =
 *     newsize + (newsize >> 4) + (size < 8 ? 3 : 7) (size: the old length),
 *     0 for an empty array.
 *   ins1 (append, insert, and extend from any iterable): array_resize(n+1);
 *   array_del_slice (pop, remove, del a[i]): array_resize(n-1). */
#include "core/obj_array.h"

#include <stdio.h>
#include <string.h>

#include "base/alloc.h"
#include "base/buf.h"
#include "core/exc.h"
#include "core/heap.h"
#include "core/obj_bool.h"
#include "core/obj_float.h"
#include "core/obj_int.h"
#include "core/obj_list.h"
#include "core/obj_misc.h"
#include "core/obj_slice.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"

typedef enum { K_SIGNED, K_UNSIGNED, K_FLOAT } kind_t;

typedef struct rv_array_descr {
    char typecode;
    unsigned itemsize;
    kind_t kind;
    int64_t min;          /* K_SIGNED */
    uint64_t max;         /* K_SIGNED, K_UNSIGNED */
    const char *what;     /* "signed char": "<what> is greater than maximum" */
} descr_t;

/* What / how each typecode's setitem (b_setitem, BB_setitem, ...)
 * complains: l, L, q, Q convert with PyLong_AsLong & co, whose messages
 * differ; "" marks those (overflow_error handles them). */
static const descr_t descrs[] = {
    { 'b', 1, K_SIGNED, INT8_MIN, INT8_MAX, "signed char" },
    { 'B', 1, K_UNSIGNED, 0, UINT8_MAX, "unsigned byte integer" },
    { 'h', 2, K_SIGNED, INT16_MIN, INT16_MAX, "signed short integer" },
    { 'H', 2, K_UNSIGNED, 0, UINT16_MAX, "unsigned short" },
    { 'i', 4, K_SIGNED, INT32_MIN, INT32_MAX, "signed integer" },
    { 'I', 4, K_UNSIGNED, 0, UINT32_MAX, "unsigned int" },
    { 'l', 8, K_SIGNED, INT64_MIN, INT64_MAX, "" },
    { 'L', 8, K_UNSIGNED, 0, UINT64_MAX, "" },
    { 'q', 8, K_SIGNED, INT64_MIN, INT64_MAX, "" },
    { 'Q', 8, K_UNSIGNED, 0, UINT64_MAX, "" },
    { 'f', 4, K_FLOAT, 0, 0, "" },
    { 'd', 8, K_FLOAT, 0, 0, "" },
};

static const descr_t *find_descr(char c)
{
    for (size_t i = 0; i < sizeof descrs / sizeof descrs[0]; i++)
        if (descrs[i].typecode == c)
            return &descrs[i];
    return NULL;
}

/******************************************************************************/
/* storage                                                                    */

static void set_allocated(rv_array_t *a, size_t n)
{
    if (n == 0) {
        rv_free(a->items);
        a->items = NULL;
    } else {
        a->items = rv_realloc(a->items, n * sizeof *a->items);
    }
    a->allocated = n;
}

/* array_resize */
static void array_resize(rv_array_t *a, size_t newsize)
{
    if (a->allocated >= newsize && a->len < newsize + 16 && a->items) {
        a->len = newsize;
        return;
    }
    if (newsize == 0) {
        set_allocated(a, 0);
        a->len = 0;
        return;
    }
    set_allocated(a, newsize + (newsize >> 4) + (a->len < 8 ? 3 : 7));
    a->len = newsize;
}

/* newarrayobject: exactly n items (zeroed). */
static rv_obj_t *new_array(const descr_t *d, size_t n)
{
    rv_array_t *a = rv_obj_alloc(&rv_array_type, sizeof(rv_array_t));
    a->descr = d;
    if (n) {
        a->items = rv_calloc(n, sizeof *a->items);
        a->allocated = a->len = n;
    }
    return &a->ob;
}

rv_obj_t *rv_array_new(char typecode)
{
    return new_array(find_descr(typecode), 0);
}

char rv_array_typecode(const rv_obj_t *a)
{
    return RV_ARRAY(a)->descr->typecode;
}

rv_obj_t *rv_array_get(const rv_obj_t *o, size_t i)
{
    const rv_array_t *a = RV_ARRAY(o);
    rv_array_item_t v = a->items[i];
    switch (a->descr->kind) {
    case K_SIGNED: return rv_int_from_i64(v.i);
    case K_UNSIGNED: return rv_int_from_u64(v.u);
    default: return rv_float_from_double(v.d);
    }
}

/******************************************************************************/
/* conversion (the typecodes' setitem functions)                              */

static int overflow(const descr_t *d, bool big)
{
    const char *msg;
    char buf[96];
    switch (d->typecode) {
    case 'l': msg = "Python int too large to convert to C long"; break;
    case 'L':
        msg = big ? "Python int too large to convert to C unsigned long"
                  : "can't convert negative value to unsigned int";
        break;
    case 'q': msg = "int too big to convert"; break;
    case 'Q': msg = big ? "int too big to convert" : "can't convert negative int to unsigned"; break;
    case 'I':
        if (!big) {
            msg = "can't convert negative value to unsigned int";
            break;
        }
        /* fall through */
    default:
        snprintf(buf, sizeof buf, "%s is %s", d->what,
                 big ? "greater than maximum" : "less than minimum");
        msg = buf;
    }
    rv_err_format(&rv_exc_OverflowError, "%s", msg);
    return -1;
}

/* The value of an int as an unsigned 64-bit number, when it fits. */
static bool fits_u64(rv_obj_t *v, uint64_t *out)
{
    int64_t i;
    if (rv_int_fits_i64(v, &i)) {
        *out = (uint64_t)i;
        return i >= 0;
    }
    if (rv_int_sign(v) < 0)
        return false;
    rv_obj_t *half = rv_int_from_u64((uint64_t)1 << 63);
    rv_obj_t *rest = rv_binop(RV_OP_SUB, v, half);
    rv_decref(half);
    bool ok = rest && rv_int_fits_i64(rest, &i);
    rv_xdecref(rest);
    *out = ((uint64_t)1 << 63) + (uint64_t)i;
    return ok;
}

static int convert(const descr_t *d, rv_obj_t *v, rv_array_item_t *out)
{
    if (d->kind == K_FLOAT) {
        double x;
        if (RV_IS(v, rv_float_type) || rv_isinstance(v, &rv_float_type)) {
            bool num;
            rv_number_as_double(v, &x, &num);
        } else if (rv_isinstance(v, &rv_int_type)) {
            if (rv_int_to_double(v, &x) < 0)
                return -1;
        } else {
            rv_err_format(&rv_exc_TypeError, "must be real number, not %s", v->type->name);
            return -1;
        }
        out->d = d->typecode == 'f' ? (double)(float)x : x;
        return 0;
    }
    if (!rv_isinstance(v, &rv_int_type)) {
        rv_err_format(&rv_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                      v->type->name);
        return -1;
    }
    int sign = rv_int_sign(v);
    if (d->kind == K_SIGNED) {
        int64_t i;
        if (!rv_int_fits_i64(v, &i) || i < d->min || (i > 0 && (uint64_t)i > d->max))
            return overflow(d, sign > 0);
        out->i = i;
        return 0;
    }
    uint64_t u;
    if (sign < 0 || !fits_u64(v, &u) || u > d->max)
        return overflow(d, sign >= 0);
    out->u = u;
    return 0;
}

/* ins1: the value is checked first, then the array grows. */
static int ins1(rv_obj_t *o, size_t where, rv_obj_t *v)
{
    rv_array_t *a = RV_ARRAY(o);
    rv_array_item_t x;
    if (convert(a->descr, v, &x) < 0)
        return -1;
    rv_touch(o);
    size_t n = a->len;
    array_resize(a, n + 1);
    memmove(a->items + where + 1, a->items + where, (n - where) * sizeof *a->items);
    a->items[where] = x;
    return 0;
}

int rv_array_append(rv_obj_t *o, rv_obj_t *v)
{
    return ins1(o, rv_array_len(o), v);
}

/* array_del_slice for [lo, hi) */
static void del_slice(rv_obj_t *o, size_t lo, size_t hi)
{
    rv_touch(o);
    rv_array_t *a = RV_ARRAY(o);
    memmove(a->items + lo, a->items + hi, (a->len - hi) * sizeof *a->items);
    array_resize(a, a->len - (hi - lo));
}

static int iter_extend(rv_obj_t *o, rv_obj_t *iterable)
{
    rv_obj_t *it = rv_iter(iterable), *x;
    if (!it)
        return -1;
    int err = 0;
    while (!err && (x = rv_next(it)) != NULL) {
        err = rv_array_append(o, x);
        rv_decref(x);
    }
    rv_decref(it);
    return err || rv_err_occurred() ? -1 : 0;
}

/* array_do_extend: another array of the same typecode is copied in one
 * resize; anything else is appended item by item. */
static int do_extend(rv_obj_t *o, rv_obj_t *b)
{
    if (!rv_isinstance(b, &rv_array_type))
        return iter_extend(o, b);
    if (RV_ARRAY(b)->descr != RV_ARRAY(o)->descr) {
        rv_err_format(&rv_exc_TypeError, "can only extend with array of same kind");
        return -1;
    }
    rv_touch(o);
    size_t n = rv_array_len(o), m = rv_array_len(b);
    array_resize(RV_ARRAY(o), n + m);
    memmove(RV_ARRAY(o)->items + n, RV_ARRAY(b)->items, m * sizeof(rv_array_item_t));
    return 0;
}

/******************************************************************************/
/* slots                                                                      */

static void array_release(rv_obj_t *o)
{
    rv_free(RV_ARRAY(o)->items);
    rv_obj_free(o);
}

static size_t array_size(rv_obj_t *o)
{
    return 80 + RV_ARRAY(o)->allocated * RV_ARRAY(o)->descr->itemsize;
}

/* array_repr: "array('i')" or "array('i', [1, 2])" (the list's repr). */
static rv_obj_t *array_repr(rv_obj_t *o)
{
    char tc = rv_array_typecode(o);
    if (rv_array_len(o) == 0)
        return rv_str_printf("array('%c')", tc);
    rv_obj_t *list = rv_list_new(rv_array_len(o));
    for (size_t i = 0; i < rv_array_len(o); i++)
        rv_list_set_steal(list, i, rv_array_get(o, i));
    rv_obj_t *r = rv_repr(list);
    rv_decref(list);
    if (!r)
        return NULL;
    rv_obj_t *s = rv_str_printf("array('%c', %s)", tc, rv_str_utf8(r));
    rv_decref(r);
    return s;
}

static int array_len_slot(rv_obj_t *o, size_t *out)
{
    *out = rv_array_len(o);
    return 0;
}

/* Compares item i of a with v (both as Python numbers). */
static int item_eq(rv_obj_t *a, size_t i, rv_obj_t *v)
{
    rv_obj_t *x = rv_array_get(a, i);
    int eq = rv_richcompare_bool(x, v, RV_EQ);
    rv_decref(x);
    return eq;
}

static rv_obj_t *array_richcompare(rv_obj_t *a, rv_obj_t *b, rv_cmpop_t op)
{
    if (!rv_isinstance(a, &rv_array_type) || !rv_isinstance(b, &rv_array_type))
        return rv_incref(rv_NotImplemented);
    size_t m = rv_array_len(a), n = rv_array_len(b);
    if ((op == RV_EQ || op == RV_NE) && m != n)
        return rv_bool_from(op == RV_NE);
    size_t i;
    for (i = 0; i < m && i < n; i++) {
        rv_obj_t *y = rv_array_get(b, i);
        int eq = item_eq(a, i, y);
        rv_decref(y);
        if (eq < 0)
            return NULL;
        if (!eq)
            break;
    }
    if (i >= m || i >= n) {
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
    if (op == RV_EQ || op == RV_NE)
        return rv_bool_from(op == RV_NE);
    rv_obj_t *x = rv_array_get(a, i), *y = rv_array_get(b, i);
    rv_obj_t *r = rv_richcompare(x, y, op);
    rv_decref(x);
    rv_decref(y);
    return r;
}

static int normalize(rv_obj_t *o, rv_obj_t *key, size_t *out, const char *msg)
{
    intptr_t i;
    bool is_int;
    if (rv_index_to_ssize(key, &i, &is_int) < 0)
        return is_int ? -1 : 1;
    intptr_t n = (intptr_t)rv_array_len(o);
    if (i < 0)
        i += n;
    if (i < 0 || i >= n) {
        rv_err_format(&rv_exc_IndexError, "%s", msg);
        return -1;
    }
    *out = (size_t)i;
    return 0;
}

static rv_obj_t *array_getitem(rv_obj_t *o, rv_obj_t *key)
{
    size_t i;
    int r = normalize(o, key, &i, "array index out of range");
    if (r == 0)
        return rv_array_get(o, i);
    if (r < 0)
        return NULL;
    if (!RV_IS(key, rv_slice_type)) {
        rv_err_format(&rv_exc_TypeError, "array indices must be integers");
        return NULL;
    }
    intptr_t start, stop, step;
    size_t count;
    if (rv_slice_indices(key, rv_array_len(o), &start, &stop, &step, &count) < 0)
        return NULL;
    rv_obj_t *res = new_array(RV_ARRAY(o)->descr, count);
    for (size_t k = 0; k < count; k++)
        RV_ARRAY(res)->items[k] = RV_ARRAY(o)->items[start + (intptr_t)k * step];
    return res;
}

static int array_setitem(rv_obj_t *o, rv_obj_t *key, rv_obj_t *value)
{
    size_t i;
    int r = normalize(o, key, &i, "array assignment index out of range");
    if (r < 0)
        return -1;
    if (r > 0) {
        if (!RV_IS(key, rv_slice_type)) {
            rv_err_format(&rv_exc_TypeError, "array indices must be integers");
            return -1;
        }
        rv_obj_t *msg = rv_str_from_cstr("array slice assignment");
        rv_err_set_obj(&rv_exc_RefvizUnsupported, msg);
        rv_decref(msg);
        return -1;
    }
    if (!value) {
        del_slice(o, i, i + 1);
        return 0;
    }
    rv_array_item_t x;
    if (convert(RV_ARRAY(o)->descr, value, &x) < 0)
        return -1;
    rv_touch(o);
    RV_ARRAY(o)->items[i] = x;
    return 0;
}

static int array_contains(rv_obj_t *o, rv_obj_t *v)
{
    for (size_t i = 0; i < rv_array_len(o); i++) {
        int eq = item_eq(o, i, v);
        if (eq != 0)
            return eq;
    }
    return 0;
}

static rv_obj_t *repeat(rv_obj_t *o, rv_obj_t *count)
{
    intptr_t n;
    bool is_int;
    if (rv_index_to_ssize(count, &n, &is_int) < 0) {
        if (!is_int)
            rv_err_format(&rv_exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                          count->type->name);
        return NULL;
    }
    size_t len = rv_array_len(o);
    if (n < 0)
        n = 0;
    if (len && (size_t)n > ((size_t)1 << 36) / len) {
        rv_err_nomem();
        return NULL;
    }
    rv_obj_t *r = new_array(RV_ARRAY(o)->descr, len * (size_t)n);
    for (size_t k = 0; k < (size_t)n; k++)
        memcpy(RV_ARRAY(r)->items + k * len, RV_ARRAY(o)->items, len * sizeof(rv_array_item_t));
    return r;
}

static rv_obj_t *array_binop(rv_binop_t op, rv_obj_t *a, rv_obj_t *b)
{
    bool a_arr = rv_isinstance(a, &rv_array_type);
    if (op == RV_OP_ADD && a_arr) {
        if (!rv_isinstance(b, &rv_array_type)) {
            rv_err_format(&rv_exc_TypeError, "can only append array (not \"%s\") to array",
                          b->type->name);
            return NULL;
        }
        if (RV_ARRAY(a)->descr != RV_ARRAY(b)->descr) {
            rv_err_format(&rv_exc_TypeError, "bad argument type for built-in operation");
            return NULL;
        }
        size_t m = rv_array_len(a), n = rv_array_len(b);
        rv_obj_t *r = new_array(RV_ARRAY(a)->descr, m + n);
        memcpy(RV_ARRAY(r)->items, RV_ARRAY(a)->items, m * sizeof(rv_array_item_t));
        memcpy(RV_ARRAY(r)->items + m, RV_ARRAY(b)->items, n * sizeof(rv_array_item_t));
        return r;
    }
    if (op == RV_OP_MUL)
        return repeat(a_arr ? a : b, a_arr ? b : a);
    return rv_incref(rv_NotImplemented);
}

static rv_obj_t *array_inplace(rv_binop_t op, rv_obj_t *a, rv_obj_t *b)
{
    if (op == RV_OP_ADD) {
        if (!rv_isinstance(b, &rv_array_type)) {
            rv_err_format(&rv_exc_TypeError, "can only extend array with array (not \"%s\")",
                          b->type->name);
            return NULL;
        }
        if (do_extend(a, b) < 0)
            return NULL;
        return rv_incref(a);
    }
    if (op == RV_OP_MUL) {
        rv_obj_t *r = repeat(a, b);
        if (!r)
            return NULL;
        /* array_inplace_repeat: one array_resize to len * n, then copies. */
        rv_touch(a);
        size_t len = rv_array_len(a);
        if (len) {
            array_resize(RV_ARRAY(a), rv_array_len(r));
            memcpy(RV_ARRAY(a)->items, RV_ARRAY(r)->items,
                   rv_array_len(r) * sizeof(rv_array_item_t));
        }
        rv_decref(r);
        return rv_incref(a);
    }
    return rv_incref(rv_NotImplemented);
}

/* array_new: typecode, then a list/tuple (sized exactly), another array of
 * the same typecode (copied), or any other iterable (appended). */
static rv_obj_t *array_make(rv_type_t *type, rv_obj_t *const *args, size_t nargs,
                            rv_obj_t *kwnames)
{
    (void)type;
    if (kwnames && rv_tuple_len(kwnames)) {
        rv_err_format(&rv_exc_TypeError, "array.array() takes no keyword arguments");
        return NULL;
    }
    if (nargs < 1 || nargs > 2) {
        rv_err_format(&rv_exc_TypeError, "array() takes at %s argument%s (%zu given)",
                      nargs < 1 ? "least 1" : "most 2", nargs < 1 ? "" : "s", nargs);
        return NULL;
    }
    rv_obj_t *tc = args[0];
    if (!RV_IS(tc, rv_str_type) || rv_str_len(tc) != 1) {
        rv_err_format(&rv_exc_TypeError,
                      "array() argument 1 must be a unicode character, not %s",
                      tc->type->name);
        return NULL;
    }
    char c = rv_str_utf8(tc)[0];
    if (c == 'u') {
        rv_obj_t *msg = rv_str_from_cstr("array typecode 'u' (deprecated)");
        rv_err_set_obj(&rv_exc_RefvizUnsupported, msg);
        rv_decref(msg);
        return NULL;
    }
    const descr_t *d = find_descr(c);
    if (!d) {
        rv_err_format(&rv_exc_ValueError,
                      "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
        return NULL;
    }
    rv_obj_t *init = nargs == 2 ? args[1] : NULL;
    if (init && RV_IS(init, rv_str_type)) {
        rv_err_format(&rv_exc_TypeError,
                      "cannot use a str to initialize an array with typecode '%c'", c);
        return NULL;
    }
    bool seq = init && (RV_IS(init, rv_list_type) || RV_IS(init, rv_tuple_type));
    bool same = init && RV_IS(init, rv_array_type) && RV_ARRAY(init)->descr == d;
    size_t n = seq ? (RV_IS(init, rv_list_type) ? rv_list_len(init) : rv_tuple_len(init))
                   : same ? rv_array_len(init) : 0;
    rv_obj_t *a = new_array(d, n);
    for (size_t i = 0; seq && i < n; i++) {
        rv_obj_t *v = RV_IS(init, rv_list_type) ? rv_list_get_borrow(init, i)
                                                : rv_tuple_get_borrow(init, i);
        if (convert(d, v, &RV_ARRAY(a)->items[i]) < 0) {
            rv_decref(a);
            return NULL;
        }
    }
    if (same)
        memcpy(RV_ARRAY(a)->items, RV_ARRAY(init)->items, n * sizeof(rv_array_item_t));
    if (init && !seq && !same && iter_extend(a, init) < 0)
        rv_clearref(&a);
    return a;
}

static rv_obj_t *array_getattr(rv_obj_t *o, rv_obj_t *name)
{
    const char *n = rv_str_utf8(name);
    if (strcmp(n, "typecode") == 0)
        return rv_str_printf("%c", rv_array_typecode(o));
    if (strcmp(n, "itemsize") == 0)
        return rv_int_from_i64(RV_ARRAY(o)->descr->itemsize);
    const rv_method_t *m = rv_type_find_method(o->type, n);
    if (m)
        return rv_builtin_new(m, o);
    rv_err_format(&rv_exc_AttributeError, "'%s' object has no attribute '%s'", o->type->name, n);
    return NULL;
}

/******************************************************************************/
/* methods                                                                    */

#define ARGS(name, lo, hi)                                                       \
    if (rv_arg_no_kw(name, kw) < 0 || rv_arg_count(name, nargs, lo, hi) < 0)    \
    return NULL

static bool int_arg(rv_obj_t *v, intptr_t *out)
{
    bool is_int;
    if (rv_index_to_ssize(v, out, &is_int) == 0)
        return true;
    if (!is_int)
        rv_err_format(&rv_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                      v->type->name);
    return false;
}

static rv_obj_t *m_append(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    ARGS("array.append", 1, 1);
    if (rv_array_append(self, args[0]) < 0)
        return NULL;
    return rv_incref(rv_None);
}

static rv_obj_t *m_extend(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    ARGS("array.extend", 1, 1);
    if (do_extend(self, args[0]) < 0)
        return NULL;
    return rv_incref(rv_None);
}

static rv_obj_t *m_insert(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    ARGS("insert", 2, 2);
    intptr_t i, n = (intptr_t)rv_array_len(self);
    if (!int_arg(args[0], &i))
        return NULL;
    if (i < 0 && (i += n) < 0)
        i = 0;
    if (i > n)
        i = n;
    if (ins1(self, (size_t)i, args[1]) < 0)
        return NULL;
    return rv_incref(rv_None);
}

static rv_obj_t *m_pop(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    ARGS("pop", 0, 1);
    intptr_t i = -1, n = (intptr_t)rv_array_len(self);
    if (nargs && !int_arg(args[0], &i))
        return NULL;
    if (n == 0) {
        rv_err_format(&rv_exc_IndexError, "pop from empty array");
        return NULL;
    }
    if (i < 0)
        i += n;
    if (i < 0 || i >= n) {
        rv_err_format(&rv_exc_IndexError, "pop index out of range");
        return NULL;
    }
    rv_obj_t *v = rv_array_get(self, (size_t)i);
    del_slice(self, (size_t)i, (size_t)i + 1);
    return v;
}

/* The first index in [start, stop) holding a value equal to v; -2 none. */
static intptr_t find(rv_obj_t *o, rv_obj_t *v, size_t start, size_t stop)
{
    for (size_t i = start; i < stop && i < rv_array_len(o); i++) {
        int eq = item_eq(o, i, v);
        if (eq < 0)
            return -1;
        if (eq)
            return (intptr_t)i;
    }
    return -2;
}

static rv_obj_t *m_remove(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    ARGS("array.remove", 1, 1);
    intptr_t i = find(self, args[0], 0, rv_array_len(self));
    if (i == -1)
        return NULL;
    if (i == -2) {
        rv_err_format(&rv_exc_ValueError, "array.remove(x): x not in array");
        return NULL;
    }
    del_slice(self, (size_t)i, (size_t)i + 1);
    return rv_incref(rv_None);
}

static rv_obj_t *m_index(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    ARGS("index", 1, 3);
    intptr_t n = (intptr_t)rv_array_len(self), start = 0, stop = n;
    if (nargs > 1 && rv_slice_index_not_none(args[1], &start) < 0)
        return NULL;
    if (nargs > 2 && rv_slice_index_not_none(args[2], &stop) < 0)
        return NULL;
    if (start < 0 && (start += n) < 0)
        start = 0;
    if (stop < 0 && (stop += n) < 0)
        stop = 0;
    intptr_t i = start < stop ? find(self, args[0], (size_t)start, (size_t)stop) : -2;
    if (i == -1)
        return NULL;
    if (i == -2) {
        rv_err_format(&rv_exc_ValueError, "array.index(x): x not in array");
        return NULL;
    }
    return rv_int_from_i64(i);
}

static rv_obj_t *m_count(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    ARGS("array.count", 1, 1);
    size_t c = 0;
    for (size_t i = 0; i < rv_array_len(self); i++) {
        int eq = item_eq(self, i, args[0]);
        if (eq < 0)
            return NULL;
        c += (size_t)eq;
    }
    return rv_int_from_u64(c);
}

static rv_obj_t *m_reverse(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    ARGS("array.reverse", 0, 0);
    rv_touch(self);
    rv_array_t *a = RV_ARRAY(self);
    for (size_t i = 0, j = a->len; i + 1 < j; i++, j--) {
        rv_array_item_t t = a->items[i];
        a->items[i] = a->items[j - 1];
        a->items[j - 1] = t;
    }
    return rv_incref(rv_None);
}

static rv_obj_t *m_tolist(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    ARGS("array.tolist", 0, 0);
    rv_obj_t *list = rv_list_new(rv_array_len(self));
    for (size_t i = 0; i < rv_array_len(self); i++)
        rv_list_set_steal(list, i, rv_array_get(self, i));
    return list;
}

static rv_obj_t *m_copy(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    ARGS("array.__copy__", 0, 1); /* __deepcopy__ takes the memo */
    rv_obj_t *c = new_array(RV_ARRAY(self)->descr, rv_array_len(self));
    memcpy(RV_ARRAY(c)->items, RV_ARRAY(self)->items,
           rv_array_len(self) * sizeof(rv_array_item_t));
    return c;
}

static const rv_method_t array_methods[] = {
    { "append", m_append, 0 }, { "extend", m_extend, 0 },   { "insert", m_insert, 0 },
    { "pop", m_pop, 0 },       { "remove", m_remove, 0 },   { "index", m_index, 0 },
    { "count", m_count, 0 },   { "reverse", m_reverse, 0 }, { "tolist", m_tolist, 0 },
    { "__copy__", m_copy, 0 }, { "__deepcopy__", m_copy, 0 }, { NULL, NULL, 0 },
};

/******************************************************************************/
/* iterator                                                                   */

typedef struct arrayiter {
    rv_obj_t ob;
    rv_obj_t *array;
    size_t index;
} arrayiter_t;

static rv_obj_t *array_iter(rv_obj_t *o)
{
    arrayiter_t *it = rv_obj_alloc(&rv_arrayiter_type, sizeof(arrayiter_t));
    it->array = rv_incref(o);
    return &it->ob;
}

/* array_arrayiterator___next__: drops the array once exhausted. */
static rv_obj_t *arrayiter_next(rv_obj_t *o)
{
    arrayiter_t *it = (arrayiter_t *)o;
    if (!it->array)
        return NULL;
    if (it->index < rv_array_len(it->array))
        return rv_array_get(it->array, it->index++);
    rv_clearref(&it->array);
    return NULL;
}

static rv_obj_t *iter_self(rv_obj_t *o)
{
    return rv_incref(o);
}

static void arrayiter_clear(rv_obj_t *o)
{
    rv_clearref(&((arrayiter_t *)o)->array);
}

static void arrayiter_traverse(rv_obj_t *o, rv_visit_fn visit, void *ctx)
{
    rv_edge_t e = { .kind = RV_EDGE_HIDDEN };
    if (((arrayiter_t *)o)->array)
        visit(((arrayiter_t *)o)->array, &e, ctx);
}

static size_t arrayiter_size(rv_obj_t *o)
{
    (void)o;
    return 56;
}

rv_type_t rv_arrayiter_type = {
    .name = "array.arrayiterator",
    .flags = RV_TF_GC | RV_TF_MUTABLE,
    .clear = arrayiter_clear,
    .release = rv_obj_free,
    .traverse = arrayiter_traverse,
    .iter = iter_self,
    .next = arrayiter_next,
    .size = arrayiter_size,
};

rv_type_t rv_array_type = {
    .name = "array.array",
    .flags = RV_TF_MUTABLE | RV_TF_BASETYPE | RV_TF_EXTTYPE,
    .release = array_release,
    .repr = array_repr,
    .size = array_size,
    .richcompare = array_richcompare,
    .len = array_len_slot,
    .binop = array_binop,
    .inplace = array_inplace,
    .getitem = array_getitem,
    .setitem = array_setitem,
    .contains = array_contains,
    .iter = array_iter,
    .getattr = array_getattr,
    .methods = array_methods,
    .make = array_make,
};
