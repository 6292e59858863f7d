/* src/core/obj_bytearray.c - bytearray (Objects/bytearrayobject.c, 3.11):
 * the type's slots and the methods only bytearray has; the methods it
 * shares with bytes are in obj_bytes_methods.c.
 *
 * The allocation follows CPython since sys.getsizeof shows it:
 *   getsizeof = 56 (PyByteArrayObject, no GC header) + alloc
 *   PyByteArray_FromStringAndSize (slices, a + b, a * n, copy(), methods'
 *     results): alloc = n + 1, nothing for an empty one;
 *   PyByteArray_Resize(n), with off = how far del b[:k] has advanced the
 *     start of the data in its block:
 *     n + off + 1 <= alloc: keep the block, unless n < alloc / 2 (integer
 *       division), then alloc = n + 1 (the data moves to a new block);
 *     else if n <= alloc * 1.125: alloc = n + n / 8 + (n < 9 ? 3 : 6);
 *     else alloc = n + 1.
 *   append, insert, pop, remove, +=, *=, extend, slice assignment and
 *   clear() resize; deleting a leading slice (del b[:k], del b[0]) only
 *   advances the start before resizing, where pop(0) moves the data.
 *
 * Every change of the bytes or the size touches the object for the
 * tracer (its repr and size are in the snapshots). */
#include "core/obj_bytearray.h"

#include <string.h>

#include "base/alloc.h"
#include "base/buf.h"
#include "core/codec.h"
#include "core/exc.h"
#include "core/heap.h"
#include "core/obj_bool.h"
#include "core/obj_bytes_impl.h"
#include "core/obj_int.h"
#include "core/obj_list.h"
#include "core/obj_memoryview.h"
#include "core/obj_misc.h"
#include "core/obj_slice.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"

/******************************************************************************/
/* storage                                                                    */

/* A new block of `alloc` bytes holding the first `keep` bytes of the data. */
static void set_alloc(rv_bytearray_t *b, size_t alloc, size_t keep)
{
    unsigned char *block = alloc ? rv_malloc(alloc) : NULL;
    if (keep)
        memcpy(block, b->block + b->start, keep);
    rv_free(b->block);
    b->block = block;
    b->start = 0;
    b->alloc = alloc;
}

static int check_exports(const rv_bytearray_t *b)
{
    if (b->exports) {
        rv_err_format(&rv_exc_BufferError, "Existing exports of data: object cannot be re-sized");
        return -1;
    }
    return 0;
}

int rv_bytearray_resize(rv_obj_t *o, size_t n)
{
    rv_bytearray_t *b = RV_BYTEARRAY(o);
    if (n == b->len)
        return 0;
    if (check_exports(b) < 0)
        return -1;
    size_t alloc = b->alloc;
    if (n + b->start + 1 <= alloc) {
        if (n >= alloc / 2) {
            /* Minor downsize: the block stays. */
            rv_touch(o);
            b->len = n;
            b->block[b->start + n] = 0;
            return 0;
        }
        alloc = n + 1;
    } else if (n * 8 <= alloc * 9) {
        alloc = n + (n >> 3) + (n < 9 ? 3 : 6);
    } else {
        alloc = n + 1;
    }
    if (alloc > RV_BYTES_MAX) {
        rv_err_nomem();
        return -1;
    }
    rv_touch(o);
    set_alloc(b, alloc, n < b->len ? n : b->len);
    if (n > b->len)
        memset(b->block + b->len, 0, n - b->len);
    b->len = n;
    b->block[n] = 0;
    return 0;
}

rv_obj_t *rv_bytearray_from(const void *p, size_t n)
{
    rv_bytearray_t *b = rv_obj_alloc(&rv_bytearray_type, sizeof(rv_bytearray_t));
    if (n) {
        b->block = rv_malloc(n + 1);
        if (p)
            memcpy(b->block, p, n);
        else
            memset(b->block, 0, n);
        b->block[n] = 0;
        b->alloc = n + 1;
        b->len = n;
    }
    return &b->ob;
}

/* bytearray_setslice_linear: replaces [lo, hi) by n bytes at p (which do
 * not live in o).  A shrink at the front advances the start. */
static int setslice_linear(rv_obj_t *o, size_t lo, size_t hi, const unsigned char *p, size_t n)
{
    rv_bytearray_t *b = RV_BYTEARRAY(o);
    size_t avail = hi - lo;
    if (n < avail) {
        if (check_exports(b) < 0)
            return -1;
        rv_touch(o);
        size_t shrink = avail - n;
        if (lo == 0) {
            b->start += shrink;
        } else {
            unsigned char *d = rv_bytearray_data(o);
            memmove(d + lo + n, d + hi, b->len - hi);
        }
        if (rv_bytearray_resize(o, b->len - shrink) < 0)
            return -1;
    } else if (n > avail) {
        size_t old = b->len;
        if (rv_bytearray_resize(o, old + (n - avail)) < 0)
            return -1;
        unsigned char *d = rv_bytearray_data(o);
        memmove(d + lo + n, d + hi, old - hi);
    }
    if (n) {
        rv_touch(o);
        memcpy(rv_bytearray_data(o) + lo, p, n);
    }
    return 0;
}

/******************************************************************************/
/* slots                                                                      */

static void bytearray_release(rv_obj_t *o)
{
    rv_free(RV_BYTEARRAY(o)->block);
    rv_obj_free(o);
}

static size_t bytearray_size(rv_obj_t *o)
{
    return 56 + RV_BYTEARRAY(o)->alloc;
}

static rv_obj_t *bytearray_repr(rv_obj_t *o)
{
    rv_buf_t b = RV_BUF_INIT;
    rv_buf_adds(&b, "bytearray(");
    rv_bytearray_repr_into(&b, rv_bytearray_data(o), rv_bytearray_len(o));
    rv_buf_addc(&b, ')');
    rv_obj_t *r = rv_str_from_buf(&b);
    rv_buf_free(&b);
    return r;
}

static int bytearray_len_slot(rv_obj_t *o, size_t *out)
{
    *out = rv_bytearray_len(o);
    return 0;
}

/* bytearray_richcompare: against anything with a contiguous buffer. */
static rv_obj_t *bytearray_richcompare(rv_obj_t *a, rv_obj_t *b, rv_cmpop_t op)
{
    if (!rv_has_buffer(a) || !rv_has_buffer(b))
        return rv_incref(rv_NotImplemented);
    rv_buffer_t va = { 0 }, vb = { 0 };
    if (rv_buffer_get(a, &va) <= 0 || rv_buffer_get(b, &vb) <= 0) {
        rv_buffer_release(&va);
        if (rv_err_matches(&rv_exc_RefvizUnsupported))
            return NULL;
        rv_err_clear();
        return rv_incref(rv_NotImplemented);
    }
    rv_obj_t *r = rv_bytes_compare(va.data, va.len, vb.data, vb.len, op);
    rv_buffer_release(&va);
    rv_buffer_release(&vb);
    return r;
}

static rv_obj_t *bytearray_getitem(rv_obj_t *o, rv_obj_t *key)
{
    size_t len = rv_bytearray_len(o);
    intptr_t i;
    bool is_int;
    if (rv_index_to_ssize(key, &i, &is_int) == 0) {
        if (i < 0)
            i += (intptr_t)len;
        if (i < 0 || (size_t)i >= len) {
            rv_err_format(&rv_exc_IndexError, "bytearray index out of range");
            return NULL;
        }
        return rv_int_from_i64(rv_bytearray_data(o)[i]);
    }
    if (is_int)
        return NULL;
    if (!RV_IS(key, rv_slice_type)) {
        rv_err_format(&rv_exc_TypeError, "bytearray indices must be integers or slices, not %s",
                      RV_TYPE_NAME(key));
        return NULL;
    }
    intptr_t start, stop, step;
    size_t count;
    if (rv_slice_indices(key, len, &start, &stop, &step, &count) < 0)
        return NULL;
    if (step == 1)
        return rv_bytearray_from(rv_bytearray_data(o) + start, count);
    rv_obj_t *r = rv_bytearray_from(NULL, count);
    for (size_t k = 0; k < count; k++)
        rv_bytearray_data(r)[k] = rv_bytearray_data(o)[start + (intptr_t)k * step];
    return r;
}

/* del b[start::step] with step != 1 (bytearray_ass_subscript). */
static int del_extended(rv_obj_t *o, intptr_t start, intptr_t step, size_t count)
{
    if (check_exports(RV_BYTEARRAY(o)) < 0)
        return -1;
    if (count == 0)
        return 0;
    if (step < 0) {
        start += step * (intptr_t)(count - 1);
        step = -step;
    }
    rv_touch(o);
    unsigned char *d = rv_bytearray_data(o);
    size_t len = rv_bytearray_len(o), w = (size_t)start;
    for (size_t r = (size_t)start; r < len; r++) {
        bool gone = r >= (size_t)start && (r - (size_t)start) % (size_t)step == 0 &&
                    (r - (size_t)start) / (size_t)step < count;
        if (!gone)
            d[w++] = d[r];
    }
    return rv_bytearray_resize(o, len - count);
}

/* The right-hand side of a slice assignment as a bytearray of its own
 * (PyByteArray_FromObject; also a copy of b itself in b[i:j] = b). */
static rv_obj_t *slice_source(rv_obj_t *value)
{
    if (rv_isinstance(value, &rv_int_type) || rv_isinstance(value, &rv_float_type) ||
        RV_IS(value, rv_str_type)) {
        rv_err_format(&rv_exc_TypeError,
                      "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        return NULL;
    }
    rv_obj_t *arg = value;
    return rv_call1(&rv_bytearray_type.ob, arg);
}

/* bytearray_ass_subscript */
static int bytearray_setitem(rv_obj_t *o, rv_obj_t *key, rv_obj_t *value)
{
    intptr_t start, stop, step;
    size_t count;
    intptr_t i;
    bool is_int;
    if (rv_index_to_ssize(key, &i, &is_int) == 0) {
        unsigned char c = 0;
        if (value && rv_byte_value(value, &c) < 0)
            return -1;
        if (i < 0)
            i += (intptr_t)rv_bytearray_len(o);
        if (i < 0 || (size_t)i >= rv_bytearray_len(o)) {
            rv_err_format(&rv_exc_IndexError, "bytearray index out of range");
            return -1;
        }
        if (value) {
            rv_touch(o);
            rv_bytearray_data(o)[i] = c;
            return 0;
        }
        start = i;
        stop = i + 1;
        step = 1;
        count = 1;
    } else if (is_int) {
        return -1;
    } else if (RV_IS(key, rv_slice_type)) {
        if (rv_slice_indices(key, rv_bytearray_len(o), &start, &stop, &step, &count) < 0)
            return -1;
    } else {
        rv_err_format(&rv_exc_TypeError, "bytearray indices must be integers or slices, not %s",
                      RV_TYPE_NAME(key));
        return -1;
    }
    rv_obj_t *src = NULL;
    if (value && (value == o || !RV_IS(value, rv_bytearray_type))) {
        if (!(src = slice_source(value)))
            return -1;
        value = src;
    }
    const unsigned char *p = value ? rv_bytearray_data(value) : NULL;
    size_t n = value ? rv_bytearray_len(value) : 0;
    /* b[5:2] = ... inserts before 5, not before 2. */
    if ((step < 0 && start < stop) || (step > 0 && start > stop))
        stop = start;
    int r;
    if (step == 1) {
        r = setslice_linear(o, (size_t)start, (size_t)stop, p, n);
    } else if (n == 0) {
        r = del_extended(o, start, step, count);
    } else if (n != count) {
        rv_err_format(&rv_exc_ValueError,
                      "attempt to assign bytes of size %zu to extended slice of size %zu", n,
                      count);
        r = -1;
    } else {
        rv_touch(o);
        for (size_t k = 0; k < count; k++)
            rv_bytearray_data(o)[start + (intptr_t)k * step] = p[k];
        r = 0;
    }
    rv_xdecref(src);
    return r;
}

static int bytearray_contains(rv_obj_t *o, rv_obj_t *item)
{
    return rv_bytes_contains_in(rv_bytearray_data(o), rv_bytearray_len(o), item);
}

/* PyByteArray_Concat: a new exact-size bytearray. */
static rv_obj_t *concat(rv_obj_t *a, rv_obj_t *b)
{
    rv_buffer_t va = { 0 }, vb = { 0 };
    if (rv_buffer_get(a, &va) <= 0 || rv_buffer_get(b, &vb) <= 0) {
        rv_buffer_release(&va);
        if (!rv_err_matches(&rv_exc_RefvizUnsupported)) {
            rv_err_clear();
            rv_err_format(&rv_exc_TypeError, "can't concat %s to %s", RV_TYPE_NAME(b),
                          RV_TYPE_NAME(a));
        }
        return NULL;
    }
    rv_obj_t *r = NULL;
    if (va.len + vb.len > RV_BYTES_MAX) {
        rv_err_nomem();
    } else {
        r = rv_bytearray_from(NULL, va.len + vb.len);
        if (va.len)
            memcpy(rv_bytearray_data(r), va.data, va.len);
        if (vb.len)
            memcpy(rv_bytearray_data(r) + va.len, vb.data, vb.len);
    }
    rv_buffer_release(&va);
    rv_buffer_release(&vb);
    return r;
}

/* The count of a repetition: 0 and *out (negative counts as 0), or -1. */
static int repeat_count(rv_obj_t *o, rv_obj_t *count, size_t *out)
{
    intptr_t n;
    bool is_int;
    if (rv_index_to_ssize(count, &n, &is_int) < 0) {
        rv_err_clear();
        rv_err_format(&rv_exc_OverflowError, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    size_t len = rv_bytearray_len(o);
    if (n < 0)
        n = 0;
    if (n > 0 && len > RV_BYTES_MAX / (size_t)n) {
        rv_err_nomem();
        return -1;
    }
    *out = (size_t)n;
    return 0;
}

/* A class's __radd__ or __rmul__ comes before the sequence operations. */
static rv_obj_t *other_first(rv_binop_t op, rv_obj_t *a, rv_obj_t *b)
{
    if (RV_IS(a, rv_bytearray_type) && (b->type->flags & RV_TF_HEAPTYPE) && b->type->binop)
        return b->type->binop(op, a, b);
    return rv_incref(rv_NotImplemented);
}

static rv_obj_t *bytearray_binop(rv_binop_t op, rv_obj_t *a, rv_obj_t *b)
{
    bool a_ba = RV_IS(a, rv_bytearray_type);
    if (op == RV_OP_ADD || op == RV_OP_MUL) {
        rv_obj_t *r = other_first(op, a, b);
        if (r != rv_NotImplemented)
            return r;
        rv_decref(r);
    }
    switch (op) {
    case RV_OP_ADD:
        return a_ba ? concat(a, b) : rv_incref(rv_NotImplemented);
    case RV_OP_MUL: {
        rv_obj_t *seq = a_ba ? a : b, *count = a_ba ? b : a;
        size_t n;
        if (!a_ba && rv_is_sequence_type(a))
            return rv_incref(rv_NotImplemented); /* the left one's repeat decides */
        if (!rv_isinstance(count, &rv_int_type)) {
            rv_err_format(&rv_exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                          RV_TYPE_NAME(count));
            return NULL;
        }
        if (repeat_count(seq, count, &n) < 0)
            return NULL;
        size_t len = rv_bytearray_len(seq);
        rv_obj_t *r = rv_bytearray_from(NULL, len * n);
        for (size_t k = 0; k < n; k++)
            memcpy(rv_bytearray_data(r) + k * len, rv_bytearray_data(seq), len);
        return r;
    }
    case RV_OP_MOD:
        return a_ba ? rv_bytes_percent_unsupported() : rv_incref(rv_NotImplemented);
    default:
        return rv_incref(rv_NotImplemented);
    }
}

/* bytearray_iconcat: the operand's buffer is held while the bytearray
 * grows, so b += b raises BufferError as in CPython. */
static int iconcat(rv_obj_t *o, rv_obj_t *other)
{
    rv_buffer_t v;
    if (rv_buffer_get(other, &v) <= 0) {
        if (!rv_err_matches(&rv_exc_RefvizUnsupported)) {
            rv_err_clear();
            rv_err_format(&rv_exc_TypeError, "can't concat %s to %s", RV_TYPE_NAME(other),
                          RV_TYPE_NAME(o));
        }
        return -1;
    }
    size_t len = rv_bytearray_len(o);
    int r = v.len > RV_BYTES_MAX - len ? (rv_err_nomem(), -1)
                                       : rv_bytearray_resize(o, len + v.len);
    if (r == 0 && v.len) {
        rv_touch(o);
        memcpy(rv_bytearray_data(o) + len, v.data, v.len);
    }
    rv_buffer_release(&v);
    return r;
}

static rv_obj_t *bytearray_inplace(rv_binop_t op, rv_obj_t *a, rv_obj_t *b)
{
    if (op != RV_OP_ADD && op != RV_OP_MUL)
        return rv_incref(rv_NotImplemented);
    rv_obj_t *r = other_first(op, a, b);
    if (r != rv_NotImplemented)
        return r;
    rv_decref(r);
    if (op == RV_OP_ADD)
        return iconcat(a, b) < 0 ? NULL : rv_incref(a);
    if (!rv_isinstance(b, &rv_int_type)) {
        rv_err_format(&rv_exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                      RV_TYPE_NAME(b));
        return NULL;
    }
    size_t n, len = rv_bytearray_len(a);
    if (repeat_count(a, b, &n) < 0 || rv_bytearray_resize(a, len * n) < 0)
        return NULL;
    rv_touch(a);
    for (size_t k = 1; k < n; k++)
        memcpy(rv_bytearray_data(a) + k * len, rv_bytearray_data(a), len);
    return rv_incref(a);
}

static rv_obj_t *bytearray_iter(rv_obj_t *o)
{
    return rv_byteseq_iter_new(&rv_bytearray_iter_type, o);
}

/******************************************************************************/
/* bytearray(source=b'', encoding, errors): bytearray_init                    */

/* Appends the ints of an iterator one by one, growing as CPython's slow
 * path does (a resize only when the block is full). */
static int init_from_iterator(rv_obj_t *o, rv_obj_t *it)
{
    rv_obj_t *x;
    while ((x = rv_next(it)) != NULL) {
        unsigned char c;
        int err = rv_byte_value(x, &c);
        rv_decref(x);
        if (err < 0)
            return -1;
        rv_bytearray_t *b = RV_BYTEARRAY(o);
        if (b->len + 1 < b->alloc) {
            b->len++;
            b->block[b->start + b->len] = 0;
        } else if (rv_bytearray_resize(o, b->len + 1) < 0) {
            return -1;
        }
        rv_bytearray_data(o)[b->len - 1] = c;
    }
    return rv_err_occurred() ? -1 : 0;
}

static int init_from_source(rv_obj_t *o, rv_obj_t *x)
{
    if (rv_isinstance(x, &rv_int_type)) {
        intptr_t n;
        bool is_int;
        if (rv_index_to_ssize(x, &n, &is_int) < 0) {
            rv_err_clear();
            rv_err_format(&rv_exc_OverflowError, "cannot fit 'int' into an index-sized integer");
            return -1;
        }
        if (n < 0) {
            rv_err_format(&rv_exc_ValueError, "negative count");
            return -1;
        }
        return n ? rv_bytearray_resize(o, (size_t)n) : 0;
    }
    rv_buffer_t v;
    int has = rv_buffer_get_any(x, &v);
    if (has < 0)
        return -1;
    if (has) {
        int r = rv_bytearray_resize(o, v.len);
        if (r == 0 && v.len)
            memcpy(rv_bytearray_data(o), v.data, v.len);
        rv_buffer_release(&v);
        return r;
    }
    if (RV_IS(x, rv_list_type) || RV_IS(x, rv_tuple_type)) {
        size_t n;
        rv_obj_t *const *items = rv_sequence_fast_items(x, &n);
        bool ints = true;
        for (size_t i = 0; i < n && ints; i++)
            ints = RV_IS(items[i], rv_int_type);
        if (ints) {
            if (rv_bytearray_resize(o, n) < 0)
                return -1;
            for (size_t i = 0; i < n; i++)
                if (rv_byte_value(items[i], &rv_bytearray_data(o)[i]) < 0)
                    return -1;
            return 0;
        }
        /* A non-int item: CPython resizes back to 0 (after sizing for the
         * list) and takes the slow path; with nothing written yet the
         * block it keeps is the same. */
        if (n && rv_bytearray_resize(o, n) == 0)
            rv_bytearray_resize(o, 0);
    }
    rv_obj_t *it = rv_iter(x);
    if (!it) {
        if (rv_err_matches(&rv_exc_TypeError)) {
            rv_err_clear();
            rv_err_format(&rv_exc_TypeError, "cannot convert '%s' object to bytearray",
                          RV_TYPE_NAME(x));
        }
        return -1;
    }
    int r = init_from_iterator(o, it);
    rv_decref(it);
    return r;
}

static rv_obj_t *bytearray_make(rv_type_t *type, rv_obj_t *const *args, size_t nargs,
                                rv_obj_t *kwnames)
{
    static const char *const names[] = { "source", "encoding", "errors" };
    rv_obj_t *a[3];
    (void)type;
    if (rv_str_unpack_kw("bytearray", args, nargs, kwnames, names, 3, 0, a) < 0)
        return NULL;
    for (int i = 1; i < 3; i++) {
        if (a[i] && !RV_IS(a[i], rv_str_type)) {
            rv_err_format(&rv_exc_TypeError, "bytearray() argument '%s' must be str, not %s",
                          names[i], rv_arg_type_name(a[i]));
            return NULL;
        }
    }
    rv_obj_t *x = a[0], *encoding = a[1], *errors = a[2];
    rv_obj_t *o = rv_bytearray_from(NULL, 0);
    if (!x) {
        if (encoding || errors) {
            rv_err_format(&rv_exc_TypeError, encoding ? "encoding without a string argument"
                                                      : "errors without a string argument");
            rv_decref(o);
            return NULL;
        }
        return o;
    }
    if (RV_IS(x, rv_str_type)) {
        if (!encoding) {
            rv_err_format(&rv_exc_TypeError, "string argument without an encoding");
            rv_decref(o);
            return NULL;
        }
        rv_obj_t *encoded = rv_codec_encode(x, encoding, errors);
        int r = encoded ? iconcat(o, encoded) : -1;
        rv_xdecref(encoded);
        if (r < 0)
            rv_clearref(&o);
        return o;
    }
    if (encoding || errors) {
        rv_err_format(&rv_exc_TypeError, encoding ? "encoding without a string argument"
                                                  : "errors without a string argument");
        rv_decref(o);
        return NULL;
    }
    if (init_from_source(o, x) < 0)
        rv_clearref(&o);
    return o;
}

/******************************************************************************/
/* the methods only bytearray has (its table is in obj_bytes_methods.c)       */

/* The call machinery refuses keywords naming the method by its qualified
 * name; the count check of METH_O and METH_NOARGS does too, Argument
 * Clinic's _PyArg_CheckPositional names the bare method. */
#define ARGS(qual, name, lo, hi)                                                    \
    if (rv_arg_no_kw(qual, kw) < 0 ||                                               \
        rv_arg_count((hi) == 0 || ((lo) == 1 && (hi) == 1) ? (qual) : (name), nargs, \
                     lo, hi) < 0)                                                   \
    return NULL

/* PyNumber_AsSsize_t with OverflowError (Argument Clinic's Py_ssize_t). */
static int ssize_arg(rv_obj_t *v, intptr_t *out)
{
    if (!rv_isinstance(v, &rv_int_type)) {
        rv_err_format(&rv_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                      RV_TYPE_NAME(v));
        return -1;
    }
    int64_t x;
    if (!rv_int_fits_i64(v, &x) || x > INTPTR_MAX || x < INTPTR_MIN) {
        rv_err_format(&rv_exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    *out = (intptr_t)x;
    return 0;
}

rv_obj_t *rv_bytearray_m_append(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                rv_obj_t *kw)
{
    ARGS("bytearray.append", "append", 1, 1);
    unsigned char c;
    if (rv_byte_value(args[0], &c) < 0)
        return NULL;
    size_t n = rv_bytearray_len(self);
    if (rv_bytearray_resize(self, n + 1) < 0)
        return NULL;
    rv_bytearray_data(self)[n] = c;
    return rv_incref(rv_None);
}

/* bytearray_extend: a bytes-like argument is one slice assignment at the
 * end; anything else is collected into a temporary bytearray first (so a
 * bad item changes nothing). */
rv_obj_t *rv_bytearray_m_extend(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                rv_obj_t *kw)
{
    ARGS("bytearray.extend", "extend", 1, 1);
    rv_obj_t *x = args[0], *tmp = NULL;
    if (!rv_has_buffer(x)) {
        rv_obj_t *it = rv_iter(x);
        if (!it) {
            if (rv_err_matches(&rv_exc_TypeError)) {
                rv_err_clear();
                rv_err_format(&rv_exc_TypeError, "can't extend bytearray with %s",
                              RV_TYPE_NAME(x));
            }
            return NULL;
        }
        rv_buf_t b = RV_BUF_INIT;
        rv_obj_t *item;
        while ((item = rv_next(it)) != NULL) {
            unsigned char c;
            int err = rv_byte_value(item, &c);
            rv_decref(item);
            if (err < 0)
                break;
            rv_buf_addc(&b, (char)c);
        }
        rv_decref(it);
        if (rv_err_occurred()) {
            rv_buf_free(&b);
            return NULL;
        }
        tmp = rv_bytearray_from(b.data, b.len);
        rv_buf_free(&b);
        x = tmp;
    } else if (x == self) {
        x = tmp = rv_bytearray_from(rv_bytearray_data(self), rv_bytearray_len(self));
    }
    rv_buffer_t v;
    if (rv_buffer_get(x, &v) < 0) {
        rv_xdecref(tmp);
        return NULL;
    }
    size_t n = rv_bytearray_len(self);
    int r = setslice_linear(self, n, n, v.data, v.len);
    rv_buffer_release(&v);
    rv_xdecref(tmp);
    return r < 0 ? NULL : rv_incref(rv_None);
}

rv_obj_t *rv_bytearray_m_insert(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                rv_obj_t *kw)
{
    ARGS("bytearray.insert", "insert", 2, 2);
    intptr_t i, n = (intptr_t)rv_bytearray_len(self);
    unsigned char c;
    if (ssize_arg(args[0], &i) < 0 || rv_byte_value(args[1], &c) < 0)
        return NULL;
    if (rv_bytearray_resize(self, (size_t)n + 1) < 0)
        return NULL;
    if (i < 0 && (i += n) < 0)
        i = 0;
    if (i > n)
        i = n;
    unsigned char *d = rv_bytearray_data(self);
    memmove(d + i + 1, d + i, (size_t)(n - i));
    d[i] = c;
    return rv_incref(rv_None);
}

rv_obj_t *rv_bytearray_m_pop(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                             rv_obj_t *kw)
{
    ARGS("bytearray.pop", "pop", 0, 1);
    intptr_t i = -1, n = (intptr_t)rv_bytearray_len(self);
    if (nargs && ssize_arg(args[0], &i) < 0)
        return NULL;
    if (n == 0) {
        rv_err_format(&rv_exc_IndexError, "pop from empty bytearray");
        return NULL;
    }
    if (i < 0)
        i += n;
    if (i < 0 || i >= n) {
        rv_err_format(&rv_exc_IndexError, "pop index out of range");
        return NULL;
    }
    if (check_exports(RV_BYTEARRAY(self)) < 0)
        return NULL;
    rv_touch(self);
    unsigned char *d = rv_bytearray_data(self), c = d[i];
    memmove(d + i, d + i + 1, (size_t)(n - i - 1));
    if (rv_bytearray_resize(self, (size_t)n - 1) < 0)
        return NULL;
    return rv_int_from_i64(c);
}

rv_obj_t *rv_bytearray_m_remove(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                rv_obj_t *kw)
{
    ARGS("bytearray.remove", "remove", 1, 1);
    unsigned char c;
    if (rv_byte_value(args[0], &c) < 0)
        return NULL;
    size_t n = rv_bytearray_len(self);
    unsigned char *d = rv_bytearray_data(self), *at = n ? memchr(d, c, n) : NULL;
    if (!at) {
        rv_err_format(&rv_exc_ValueError, "value not found in bytearray");
        return NULL;
    }
    if (check_exports(RV_BYTEARRAY(self)) < 0)
        return NULL;
    rv_touch(self);
    memmove(at, at + 1, n - (size_t)(at - d) - 1);
    if (rv_bytearray_resize(self, n - 1) < 0)
        return NULL;
    return rv_incref(rv_None);
}

rv_obj_t *rv_bytearray_m_clear(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                               rv_obj_t *kw)
{
    (void)args;
    ARGS("bytearray.clear", "clear", 0, 0);
    if (rv_bytearray_resize(self, 0) < 0)
        return NULL;
    return rv_incref(rv_None);
}

rv_obj_t *rv_bytearray_m_reverse(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                 rv_obj_t *kw)
{
    (void)args;
    ARGS("bytearray.reverse", "reverse", 0, 0);
    rv_touch(self);
    unsigned char *d = rv_bytearray_data(self);
    for (size_t i = 0, j = rv_bytearray_len(self); i + 1 < j; i++, j--) {
        unsigned char t = d[i];
        d[i] = d[j - 1];
        d[j - 1] = t;
    }
    return rv_incref(rv_None);
}

rv_obj_t *rv_bytearray_m_copy(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                              rv_obj_t *kw)
{
    (void)args;
    ARGS("bytearray.copy", "copy", 0, 0);
    return rv_bytearray_from(rv_bytearray_data(self), rv_bytearray_len(self));
}

rv_obj_t *rv_bytearray_m_alloc(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                               rv_obj_t *kw)
{
    (void)args;
    ARGS("bytearray.__alloc__", "__alloc__", 0, 0);
    return rv_int_from_u64(RV_BYTEARRAY(self)->alloc);
}

rv_type_t rv_bytearray_type = {
    .name = "bytearray",
    .flags = RV_TF_MUTABLE | RV_TF_BASETYPE,
    .release = bytearray_release,
    .repr = bytearray_repr,
    .size = bytearray_size,
    .richcompare = bytearray_richcompare,
    .len = bytearray_len_slot,
    .binop = bytearray_binop,
    .inplace = bytearray_inplace,
    .getitem = bytearray_getitem,
    .setitem = bytearray_setitem,
    .contains = bytearray_contains,
    .iter = bytearray_iter,
    .methods = rv_bytearray_methods,
    .make = bytearray_make,
};
