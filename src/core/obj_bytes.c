/* src/core/obj_bytes.c - bytes (Objects/bytesobject.c, 3.11): the type's
 * slots, its singletons, the buffer protocol of the bytes-like types, and
 * the iterator the three of them share.  The Python-visible methods, which
 * bytes and bytearray share, are in obj_bytes_methods.c.
 *
 * Identity follows CPython 3.11: b'' and the 256 one-byte bytes are
 * singletons that PyBytes_FromStringAndSize(p, n) returns (b'abc'[0:1] is
 * b'a', bytes([65]) is b'A'), while results built with
 * PyBytes_FromStringAndSize(NULL, n) are new objects (b'ab'[::2],
 * bytes((65,)), bytes(bytearray(b'A'))); an operation that leaves an exact
 * bytes unchanged returns it itself (b[:], b * 1, b + b'').
 *
 * sys.getsizeof is PyBytesObject's 33 bytes (header, hash, the NUL) plus
 * the length. */
#include "core/obj_bytes.h"

#include <string.h>

#include "base/alloc.h"
#include "core/codec.h"
#include "core/exc.h"
#include "core/heap.h"
#include "core/obj_array.h"
#include "core/obj_bool.h"
#include "core/obj_bytearray.h"
#include "core/obj_bytes_impl.h"
#include "core/obj_int.h"
#include "core/obj_iter.h"
#include "core/obj_list.h"
#include "core/obj_memoryview.h"
#include "core/obj_misc.h"
#include "core/obj_slice.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"

static rv_obj_t *empty_bytes;     /* b'' */
static rv_obj_t *char_bytes[256]; /* b'\x00' .. b'\xff', made on first use */

/******************************************************************************/
/* construction                                                               */

static rv_bytes_t *bytes_alloc(size_t n)
{
    rv_bytes_t *b = rv_obj_alloc(&rv_bytes_type, sizeof(rv_bytes_t) + n + 1);
    b->len = n;
    b->hash = -1;
    return b;
}

/* A singleton is the runtime's: never freed, and known to the self-check. */
static rv_obj_t *singleton(rv_obj_t **slot, const void *p, size_t n)
{
    if (!*slot) {
        rv_bytes_t *b = bytes_alloc(n);
        memcpy(b->data, p, n);
        b->ob.flags |= RV_F_ROOT;
        *slot = &b->ob;
    }
    return rv_incref(*slot);
}

rv_obj_t *rv_bytes_from(const void *p, size_t n)
{
    if (n == 0)
        return singleton(&empty_bytes, "", 0);
    if (n == 1)
        return singleton(&char_bytes[*(const unsigned char *)p], p, 1);
    rv_bytes_t *b = bytes_alloc(n);
    memcpy(b->data, p, n);
    return &b->ob;
}

rv_obj_t *rv_bytes_new(size_t n)
{
    if (n == 0)
        return singleton(&empty_bytes, "", 0);
    return &bytes_alloc(n)->ob;
}

void rv_bytes_init_types(void)
{
    rv_type_t *const types[] = { &rv_bytes_type,        &rv_bytearray_type,
                                 &rv_memoryview_type,   &rv_bytes_iter_type,
                                 &rv_bytearray_iter_type, &rv_memoryview_iter_type };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
        if (types[i]->ob.type)
            continue;
        rv_obj_init_static(&types[i]->ob, &rv_type_type);
        types[i]->base = &rv_object_type;
    }
}

void rv_bytes_finalize_caches(void)
{
    for (size_t c = 0; c < 256; c++)
        rv_clearref(&char_bytes[c]);
    rv_clearref(&empty_bytes);
}

void rv_bytes_unsupported(const char *what)
{
    rv_obj_t *msg = rv_str_from_cstr(what);
    rv_err_set_obj(&rv_exc_RefvizUnsupported, msg);
    rv_decref(msg);
}

bool rv_is_sequence_type(const rv_obj_t *o)
{
    return RV_IS(o, rv_str_type) || RV_IS(o, rv_list_type) || RV_IS(o, rv_tuple_type) ||
           RV_IS(o, rv_bytes_type) || RV_IS(o, rv_bytearray_type);
}

rv_obj_t *rv_bytes_percent_unsupported(void)
{
    rv_bytes_unsupported("%-formatting of bytes and bytearray");
    return NULL;
}

/******************************************************************************/
/* the buffer protocol                                                        */

bool rv_has_buffer(const rv_obj_t *o)
{
    return RV_IS(o, rv_bytes_type) || RV_IS(o, rv_bytearray_type) ||
           RV_IS(o, rv_memoryview_type) || RV_IS(o, rv_array_type);
}

int rv_buffer_get(rv_obj_t *o, rv_buffer_t *view)
{
    if (RV_IS(o, rv_bytes_type)) {
        view->data = rv_bytes_data(o);
        view->len = rv_bytes_len(o);
        view->readonly = true;
    } else if (RV_IS(o, rv_bytearray_type)) {
        view->data = rv_bytearray_data(o);
        view->len = rv_bytearray_len(o);
        view->readonly = false;
        RV_BYTEARRAY(o)->exports++; /* bytearray_getbuffer */
    } else if (RV_IS(o, rv_memoryview_type)) {
        if (rv_memoryview_check(o) < 0)
            return -1;
        if (!rv_memoryview_contiguous(o)) {
            rv_err_format(&rv_exc_BufferError,
                          "memoryview: underlying buffer is not C-contiguous");
            return -1;
        }
        view->len = RV_MEMORYVIEW(o)->len;
        view->data = view->len ? rv_memoryview_item(o, 0) : (const unsigned char *)"";
        view->readonly = RV_MEMORYVIEW(o)->readonly;
    } else if (RV_IS(o, rv_array_type)) {
        /* array.array exports its machine values, which refviz does not
         * keep as bytes. */
        rv_bytes_unsupported("the buffer of an array.array (its bytes)");
        return -1;
    } else {
        return 0;
    }
    view->obj = rv_incref(o);
    return 1;
}

int rv_buffer_get_any(rv_obj_t *o, rv_buffer_t *view)
{
    if (!RV_IS(o, rv_memoryview_type) || RV_MEMORYVIEW(o)->released ||
        rv_memoryview_contiguous(o))
        return rv_buffer_get(o, view);
    size_t n = RV_MEMORYVIEW(o)->len;
    rv_obj_t *copy = rv_bytes_new(n);
    for (size_t i = 0; i < n; i++)
        rv_bytes_mut(copy)[i] = *rv_memoryview_item(o, i);
    view->data = rv_bytes_data(copy);
    view->len = n;
    view->readonly = true;
    view->obj = copy;
    return 1;
}

void rv_buffer_release(rv_buffer_t *view)
{
    if (!view->obj)
        return;
    if (RV_IS(view->obj, rv_bytearray_type))
        RV_BYTEARRAY(view->obj)->exports--;
    rv_clearref(&view->obj);
}

int rv_buffer_need(rv_obj_t *o, rv_buffer_t *view)
{
    int r = rv_buffer_get(o, view);
    if (r == 0)
        rv_err_format(&rv_exc_TypeError, "a bytes-like object is required, not '%s'",
                      RV_TYPE_NAME(o));
    return r > 0 ? 0 : -1;
}

int rv_byte_value(rv_obj_t *v, unsigned char *out)
{
    if (!rv_isinstance(v, &rv_int_type)) {
        rv_err_format(&rv_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                      RV_TYPE_NAME(v));
        return -1;
    }
    int64_t x;
    if (!rv_int_fits_i64(v, &x) || x < 0 || x > 255) {
        rv_err_format(&rv_exc_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    *out = (unsigned char)x;
    return 0;
}

/******************************************************************************/
/* shared with bytearray and the methods                                      */

const unsigned char *rv_byteslike_data(const rv_obj_t *self, size_t *n)
{
    if (RV_IS(self, rv_bytes_type)) {
        *n = rv_bytes_len(self);
        return rv_bytes_data(self);
    }
    *n = rv_bytearray_len(self);
    return rv_bytearray_data(self);
}

rv_obj_t *rv_byteslike_new(const rv_obj_t *self, const void *p, size_t n)
{
    if (RV_IS(self, rv_bytes_type))
        return rv_bytes_from(p, n);
    return rv_bytearray_from(p, n);
}

rv_obj_t *rv_byteslike_new_uncached(const rv_obj_t *self, const void *p, size_t n)
{
    if (RV_IS(self, rv_bytes_type)) {
        rv_obj_t *r = rv_bytes_new(n);
        if (n)
            memcpy(rv_bytes_mut(r), p, n);
        return r;
    }
    return rv_bytearray_from(p, n);
}

intptr_t rv_bytes_find_in(const unsigned char *h, size_t hn, const unsigned char *n, size_t nn)
{
    if (nn == 0)
        return 0;
    if (nn > hn)
        return -1;
    const unsigned char *p = h, *last = h + hn - nn;
    while (p <= last) {
        p = memchr(p, n[0], (size_t)(last - p) + 1);
        if (!p)
            return -1;
        if (memcmp(p, n, nn) == 0)
            return p - h;
        p++;
    }
    return -1;
}

/* _Py_bytes_contains: an int is a byte value, anything else must be
 * bytes-like and is searched for. */
int rv_bytes_contains_in(const unsigned char *p, size_t n, rv_obj_t *item)
{
    if (rv_isinstance(item, &rv_int_type)) {
        unsigned char c;
        if (rv_byte_value(item, &c) < 0)
            return -1;
        return n && memchr(p, c, n) != NULL;
    }
    rv_buffer_t v;
    if (rv_buffer_need(item, &v) < 0)
        return -1;
    int r = rv_bytes_find_in(p, n, v.data, v.len) >= 0;
    rv_buffer_release(&v);
    return r;
}

static bool cmp_result(int c, rv_cmpop_t op)
{
    switch (op) {
    case RV_LT: return c < 0;
    case RV_LE: return c <= 0;
    case RV_EQ: return c == 0;
    case RV_NE: return c != 0;
    case RV_GT: return c > 0;
    default: return c >= 0;
    }
}

rv_obj_t *rv_bytes_compare(const unsigned char *a, size_t an, const unsigned char *b, size_t bn,
                           rv_cmpop_t op)
{
    if ((op == RV_EQ || op == RV_NE) && an != bn)
        return rv_bool_from(op == RV_NE);
    size_t m = an < bn ? an : bn;
    int c = m ? memcmp(a, b, m) : 0;
    if (c == 0)
        c = an < bn ? -1 : an > bn;
    return rv_bool_from(cmp_result(c, op));
}

/******************************************************************************/
/* repr                                                                       */

/* PyBytes_Repr (smartquotes) and bytearray_repr: single quotes unless the
 * bytes hold ' and no ".  bytes escapes the quote it uses; bytearray always
 * escapes ' (bytearray(b"\'")).  Only the first max bytes are written (the
 * closing quote only when all are): the quote depends on all of them. */
static void repr_into(rv_buf_t *b, const unsigned char *p, size_t n, bool bytearray, size_t max)
{
    bool squote = memchr(p, '\'', n) != NULL, dquote = memchr(p, '"', n) != NULL;
    char quote = squote && !dquote ? '"' : '\'';
    size_t todo = n < max ? n : max;
    rv_buf_reserve(b, todo + 3);
    rv_buf_addc(b, 'b');
    rv_buf_addc(b, quote);
    for (size_t i = 0; i < todo; i++) {
        unsigned char c = p[i];
        if (c == '\\' || c == (unsigned char)quote || (bytearray && c == '\'')) {
            rv_buf_addc(b, '\\');
            rv_buf_addc(b, (char)c);
        } else if (c == '\t') {
            rv_buf_adds(b, "\\t");
        } else if (c == '\n') {
            rv_buf_adds(b, "\\n");
        } else if (c == '\r') {
            rv_buf_adds(b, "\\r");
        } else if (c < ' ' || c >= 0x7f) {
            rv_buf_printf(b, "\\x%02x", c);
        } else {
            rv_buf_addc(b, (char)c);
        }
    }
    if (todo == n)
        rv_buf_addc(b, quote);
}

void rv_bytes_repr_into(rv_buf_t *b, const unsigned char *p, size_t n)
{
    repr_into(b, p, n, false, SIZE_MAX);
}

void rv_bytearray_repr_into(rv_buf_t *b, const unsigned char *p, size_t n)
{
    repr_into(b, p, n, true, SIZE_MAX);
}

void rv_byteslike_repr_prefix(rv_buf_t *b, const rv_obj_t *o, size_t max)
{
    bool bytearray = RV_IS(o, rv_bytearray_type);
    size_t n;
    const unsigned char *p = rv_byteslike_data(o, &n);
    if (bytearray)
        rv_buf_adds(b, "bytearray(");
    repr_into(b, p, n, bytearray, max);
    if (bytearray && n <= max)
        rv_buf_addc(b, ')');
}

static rv_obj_t *bytes_repr(rv_obj_t *o)
{
    rv_buf_t b = RV_BUF_INIT;
    rv_bytes_repr_into(&b, rv_bytes_data(o), rv_bytes_len(o));
    rv_obj_t *r = rv_str_from_buf(&b);
    rv_buf_free(&b);
    return r;
}

/******************************************************************************/
/* slots                                                                      */

static size_t bytes_size(rv_obj_t *o)
{
    return 33 + rv_bytes_len(o);
}

static int bytes_hash(rv_obj_t *o, int64_t *out)
{
    rv_bytes_t *b = RV_BYTES(o);
    if (b->hash == -1)
        b->hash = rv_hash_bytes(b->data, b->len);
    *out = b->hash;
    return 0;
}

static int bytes_len_slot(rv_obj_t *o, size_t *out)
{
    *out = rv_bytes_len(o);
    return 0;
}

/* bytes_richcompare: bytes against bytes only (bytearray and memoryview
 * compare from their side). */
static rv_obj_t *bytes_richcompare(rv_obj_t *a, rv_obj_t *b, rv_cmpop_t op)
{
    if (!RV_IS(a, rv_bytes_type) || !RV_IS(b, rv_bytes_type))
        return rv_incref(rv_NotImplemented);
    if (a == b)
        return rv_bool_from(op == RV_EQ || op == RV_LE || op == RV_GE);
    return rv_bytes_compare(rv_bytes_data(a), rv_bytes_len(a), rv_bytes_data(b),
                            rv_bytes_len(b), op);
}

/* bytes_subscript */
static rv_obj_t *bytes_getitem(rv_obj_t *o, rv_obj_t *key)
{
    size_t len = rv_bytes_len(o);
    intptr_t i;
    bool is_int;
    if (rv_index_to_ssize(key, &i, &is_int) == 0) {
        if (i < 0)
            i += (intptr_t)len;
        if (i < 0 || (size_t)i >= len) {
            rv_err_format(&rv_exc_IndexError, "index out of range");
            return NULL;
        }
        return rv_int_from_i64(rv_bytes_data(o)[i]);
    }
    if (is_int)
        return NULL;
    if (!RV_IS(key, rv_slice_type)) {
        rv_err_format(&rv_exc_TypeError, "byte indices must be integers or slices, not %s",
                      RV_TYPE_NAME(key));
        return NULL;
    }
    intptr_t start, stop, step;
    size_t count;
    if (rv_slice_indices(key, len, &start, &stop, &step, &count) < 0)
        return NULL;
    if (count == 0)
        return rv_bytes_new(0);
    if (step == 1 && start == 0 && count == len)
        return rv_incref(o);
    if (step == 1)
        return rv_bytes_from(rv_bytes_data(o) + start, count);
    rv_obj_t *r = rv_bytes_new(count);
    for (size_t k = 0; k < count; k++)
        rv_bytes_mut(r)[k] = rv_bytes_data(o)[start + (intptr_t)k * step];
    return r;
}

static int bytes_contains(rv_obj_t *o, rv_obj_t *item)
{
    return rv_bytes_contains_in(rv_bytes_data(o), rv_bytes_len(o), item);
}

/* bytes_concat: both operands bytes-like; an empty one gives the other
 * back when that is an exact bytes. */
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
    rv_obj_t *r;
    if (vb.len == 0 && RV_IS(a, rv_bytes_type)) {
        r = rv_incref(a);
    } else if (va.len == 0 && RV_IS(b, rv_bytes_type)) {
        r = rv_incref(b);
    } else if (va.len + vb.len > RV_BYTES_MAX) {
        rv_err_nomem();
        r = NULL;
    } else {
        r = rv_bytes_new(va.len + vb.len);
        if (va.len)
            memcpy(rv_bytes_mut(r), va.data, va.len);
        if (vb.len)
            memcpy(rv_bytes_mut(r) + va.len, vb.data, vb.len);
    }
    rv_buffer_release(&va);
    rv_buffer_release(&vb);
    return r;
}

/* bytes_repeat: n <= 0 gives a new empty bytes (not the singleton); the
 * same length gives the bytes itself. */
static rv_obj_t *repeat(rv_obj_t *o, rv_obj_t *count)
{
    intptr_t n;
    bool is_int;
    if (rv_index_to_ssize(count, &n, &is_int) < 0) {
        if (rv_err_matches(&rv_exc_IndexError)) {
            rv_err_clear();
            rv_err_format(&rv_exc_OverflowError, "cannot fit 'int' into an index-sized integer");
        }
        return NULL;
    }
    size_t len = rv_bytes_len(o);
    if (n < 0)
        n = 0;
    if (n > 0 && len > (size_t)INTPTR_MAX / (size_t)n) {
        rv_err_format(&rv_exc_OverflowError, "repeated bytes are too long");
        return NULL;
    }
    size_t size = len * (size_t)n;
    if (size == len)
        return rv_incref(o);
    if (size > RV_BYTES_MAX) {
        rv_err_nomem();
        return NULL;
    }
    rv_bytes_t *r = bytes_alloc(size);
    for (size_t k = 0; k < (size_t)n; k++)
        memcpy(r->data + k * len, rv_bytes_data(o), len);
    return &r->ob;
}

static rv_obj_t *bytes_binop(rv_binop_t op, rv_obj_t *a, rv_obj_t *b)
{
    bool a_bytes = RV_IS(a, rv_bytes_type);
    /* binary_op1 gives the other operand's number slot its chance first (a
     * class's __radd__, __rmul__) before the sequence fallback; the
     * built-in types have no number slot that takes bytes. */
    if (a_bytes && (op == RV_OP_ADD || op == RV_OP_MUL) && (b->type->flags & RV_TF_HEAPTYPE) &&
        b->type->binop) {
        rv_obj_t *r = b->type->binop(op, a, b);
        if (r != rv_NotImplemented)
            return r;
        rv_decref(r);
    }
    switch (op) {
    case RV_OP_ADD:
        return a_bytes ? concat(a, b) : rv_incref(rv_NotImplemented);
    case RV_OP_MUL: {
        rv_obj_t *seq = a_bytes ? a : b, *n = a_bytes ? b : a;
        if (!a_bytes && rv_is_sequence_type(a))
            return rv_incref(rv_NotImplemented); /* the left one's repeat decides */
        if (!rv_isinstance(n, &rv_int_type)) {
            rv_err_format(&rv_exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                          RV_TYPE_NAME(n));
            return NULL;
        }
        return repeat(seq, n);
    }
    case RV_OP_MOD:
        return a_bytes ? rv_bytes_percent_unsupported() : rv_incref(rv_NotImplemented);
    default:
        return rv_incref(rv_NotImplemented);
    }
}

static rv_obj_t *bytes_iter(rv_obj_t *o)
{
    return rv_byteseq_iter_new(&rv_bytes_iter_type, o);
}

/******************************************************************************/
/* bytes(source=b'', encoding, errors)                                        */

/* The ints of a list or tuple (PyNumber_AsSsize_t with no overflow error:
 * a huge int is out of range too). */
static int item_byte(rv_obj_t *v, unsigned char *out)
{
    if (!rv_isinstance(v, &rv_int_type)) {
        rv_err_format(&rv_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                      RV_TYPE_NAME(v));
        return -1;
    }
    int64_t x;
    if (!rv_int_fits_i64(v, &x) || x < 0 || x > 255) {
        rv_err_format(&rv_exc_ValueError, "bytes must be in range(0, 256)");
        return -1;
    }
    *out = (unsigned char)x;
    return 0;
}

/* _PyBytes_FromIterator (and _PyBytes_FromList, which also finishes with a
 * _PyBytesWriter): one byte yields the cached singleton. */
static rv_obj_t *from_iterator(rv_obj_t *it)
{
    rv_buf_t b = RV_BUF_INIT;
    rv_obj_t *x;
    while ((x = rv_next(it)) != NULL) {
        unsigned char c;
        int err = item_byte(x, &c);
        rv_decref(x);
        if (err < 0) {
            rv_buf_free(&b);
            return NULL;
        }
        rv_buf_addc(&b, (char)c);
    }
    if (rv_err_occurred()) {
        rv_buf_free(&b);
        return NULL;
    }
    rv_obj_t *r = rv_bytes_from_buf(&b);
    rv_buf_free(&b);
    return r;
}

/* PyBytes_FromObject */
rv_obj_t *rv_bytes_from_object(rv_obj_t *x, const char *what)
{
    if (RV_IS(x, rv_bytes_type))
        return rv_incref(x);
    rv_buffer_t v;
    int has = rv_buffer_get_any(x, &v);
    if (has < 0)
        return NULL;
    if (has) {
        /* _PyBytes_FromBuffer: PyBytes_FromStringAndSize(NULL, len). */
        rv_obj_t *r = rv_bytes_new(v.len);
        if (v.len)
            memcpy(rv_bytes_mut(r), v.data, v.len);
        rv_buffer_release(&v);
        return r;
    }
    if (RV_IS(x, rv_tuple_type)) {
        /* _PyBytes_FromTuple: a new object of the tuple's length. */
        size_t n = rv_tuple_len(x);
        rv_obj_t *r = rv_bytes_new(n);
        for (size_t i = 0; i < n; i++) {
            if (item_byte(rv_tuple_get_borrow(x, i), &rv_bytes_mut(r)[i]) < 0) {
                rv_decref(r);
                return NULL;
            }
        }
        return r;
    }
    if (!RV_IS(x, rv_str_type)) {
        rv_obj_t *it = rv_iter(x);
        if (it) {
            rv_obj_t *r = from_iterator(it);
            rv_decref(it);
            return r;
        }
        if (!rv_err_matches(&rv_exc_TypeError))
            return NULL;
        rv_err_clear();
    }
    rv_err_format(&rv_exc_TypeError, "cannot convert '%s' object to %s", RV_TYPE_NAME(x), what);
    return NULL;
}

/* A class's __bytes__ (bytes_new looks it up before anything else). */
static rv_obj_t *call_dunder_bytes(rv_obj_t *x, bool *found)
{
    *found = false;
    if (!(x->type->flags & RV_TF_HEAPTYPE))
        return NULL;
    rv_obj_t *f = rv_getattr_cstr(x, "__bytes__");
    if (!f) {
        rv_err_clear();
        return NULL;
    }
    *found = true;
    rv_obj_t *r = rv_call0(f);
    rv_decref(f);
    if (r && !RV_IS(r, rv_bytes_type)) {
        rv_err_format(&rv_exc_TypeError, "__bytes__ returned non-bytes (type %s)",
                      RV_TYPE_NAME(r));
        rv_clearref(&r);
    }
    return r;
}

static rv_obj_t *bytes_make(rv_type_t *type, rv_obj_t *const *args, size_t nargs,
                            rv_obj_t *kwnames)
{
    static const char *const names[] = { "source", "encoding", "errors" };
    rv_obj_t *a[3];
    (void)type;
    if (rv_str_unpack_kw("bytes", args, nargs, kwnames, names, 3, 0, a) < 0)
        return NULL;
    for (int i = 1; i < 3; i++) {
        if (a[i] && !RV_IS(a[i], rv_str_type)) {
            rv_err_format(&rv_exc_TypeError, "bytes() argument '%s' must be str, not %s",
                          names[i], rv_arg_type_name(a[i]));
            return NULL;
        }
    }
    rv_obj_t *x = a[0], *encoding = a[1], *errors = a[2];
    if (!x) {
        if (encoding || errors) {
            rv_err_format(&rv_exc_TypeError, encoding ? "encoding without a string argument"
                                                      : "errors without a string argument");
            return NULL;
        }
        return rv_bytes_new(0);
    }
    if (encoding) {
        if (!RV_IS(x, rv_str_type)) {
            rv_err_format(&rv_exc_TypeError, "encoding without a string argument");
            return NULL;
        }
        return rv_codec_encode(x, encoding, errors);
    }
    if (errors) {
        rv_err_format(&rv_exc_TypeError, RV_IS(x, rv_str_type)
                                             ? "string argument without an encoding"
                                             : "errors without a string argument");
        return NULL;
    }
    bool found;
    rv_obj_t *r = call_dunder_bytes(x, &found);
    if (found)
        return r;
    if (RV_IS(x, rv_str_type)) {
        rv_err_format(&rv_exc_TypeError, "string argument without an encoding");
        return NULL;
    }
    if (rv_isinstance(x, &rv_int_type)) {
        intptr_t n;
        bool is_int;
        if (rv_index_to_ssize(x, &n, &is_int) < 0) {
            rv_err_clear();
            rv_err_format(&rv_exc_OverflowError, "cannot fit 'int' into an index-sized integer");
            return NULL;
        }
        if (n < 0) {
            rv_err_format(&rv_exc_ValueError, "negative count");
            return NULL;
        }
        if ((size_t)n > RV_BYTES_MAX) {
            rv_err_nomem();
            return NULL;
        }
        return rv_bytes_new((size_t)n);
    }
    return rv_bytes_from_object(x, "bytes");
}

/******************************************************************************/
/* the iterators of bytes, bytearray and memoryview                           */

typedef struct byteseq_iter {
    rv_obj_t ob;
    rv_obj_t *seq;  /* NULL once exhausted, as CPython drops it */
    size_t index;
} byteseq_iter_t;

rv_obj_t *rv_byteseq_iter_new(rv_type_t *type, rv_obj_t *seq)
{
    byteseq_iter_t *it = rv_obj_alloc(type, sizeof(byteseq_iter_t));
    it->seq = rv_incref(seq);
    return &it->ob;
}

/* The current length of the sequence (a bytearray's can change). */
static size_t seq_len(rv_obj_t *seq)
{
    if (RV_IS(seq, rv_bytes_type))
        return rv_bytes_len(seq);
    if (RV_IS(seq, rv_bytearray_type))
        return rv_bytearray_len(seq);
    return RV_MEMORYVIEW(seq)->len;
}

static rv_obj_t *byteseq_iter_next(rv_obj_t *o)
{
    byteseq_iter_t *it = (byteseq_iter_t *)o;
    if (!it->seq)
        return NULL;
    if (it->index >= seq_len(it->seq)) {
        rv_clearref(&it->seq);
        return NULL;
    }
    size_t i = it->index++;
    if (RV_IS(it->seq, rv_bytes_type))
        return rv_int_from_i64(rv_bytes_data(it->seq)[i]);
    if (RV_IS(it->seq, rv_bytearray_type))
        return rv_int_from_i64(rv_bytearray_data(it->seq)[i]);
    if (rv_memoryview_check(it->seq) < 0)
        return NULL;
    return rv_int_from_i64(*rv_memoryview_item(it->seq, i));
}

static rv_obj_t *iter_self(rv_obj_t *o)
{
    return rv_incref(o);
}

static void byteseq_iter_clear(rv_obj_t *o)
{
    rv_clearref(&((byteseq_iter_t *)o)->seq);
}

static void byteseq_iter_traverse(rv_obj_t *o, rv_visit_fn visit, void *ctx)
{
    rv_edge_t e = { .kind = RV_EDGE_HIDDEN };
    if (((byteseq_iter_t *)o)->seq)
        visit(((byteseq_iter_t *)o)->seq, &e, ctx);
}

/* __length_hint__ (striter_len, bytearrayiter_length_hint): list(iter(b))
 * pre-sizes with it. */
static rv_obj_t *byteseq_iter_length_hint(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                          rv_obj_t *kwnames)
{
    (void)args;
    if (rv_length_hint_args(self, nargs, kwnames) < 0)
        return NULL;
    byteseq_iter_t *it = (byteseq_iter_t *)self;
    size_t n = it->seq ? seq_len(it->seq) : 0;
    return rv_int_from_u64(n > it->index ? n - it->index : 0);
}

static const rv_method_t byteseq_iter_methods[] = {
    { "__length_hint__", byteseq_iter_length_hint, 0 },
    { NULL, NULL, 0 },
};

static size_t iter_size48(rv_obj_t *o)
{
    (void)o;
    return 48; /* striterobject / bytesiterobject + GC header */
}

static size_t iter_size64(rv_obj_t *o)
{
    (void)o;
    return 64; /* memoryiterobject + GC header */
}

rv_type_t rv_bytes_iter_type = {
    .name = "bytes_iterator",
    .flags = RV_TF_MUTABLE | RV_TF_GC,
    .clear = byteseq_iter_clear,
    .release = rv_obj_free,
    .traverse = byteseq_iter_traverse,
    .size = iter_size48,
    .iter = iter_self,
    .next = byteseq_iter_next,
    .methods = byteseq_iter_methods,
};

rv_type_t rv_bytearray_iter_type = {
    .name = "bytearray_iterator",
    .flags = RV_TF_MUTABLE | RV_TF_GC,
    .clear = byteseq_iter_clear,
    .release = rv_obj_free,
    .traverse = byteseq_iter_traverse,
    .size = iter_size48,
    .iter = iter_self,
    .next = byteseq_iter_next,
    .methods = byteseq_iter_methods,
};

rv_type_t rv_memoryview_iter_type = {
    .name = "memory_iterator",
    .flags = RV_TF_MUTABLE | RV_TF_GC,
    .clear = byteseq_iter_clear,
    .release = rv_obj_free,
    .traverse = byteseq_iter_traverse,
    .size = iter_size64,
    .iter = iter_self,
    .next = byteseq_iter_next,
};

rv_type_t rv_bytes_type = {
    .name = "bytes",
    .flags = RV_TF_BASETYPE,
    .release = rv_obj_free,
    .repr = bytes_repr,
    .size = bytes_size,
    .hash = bytes_hash,
    .richcompare = bytes_richcompare,
    .len = bytes_len_slot,
    .binop = bytes_binop,
    .getitem = bytes_getitem,
    .contains = bytes_contains,
    .iter = bytes_iter,
    .methods = rv_bytes_methods,
    .make = bytes_make,
};
