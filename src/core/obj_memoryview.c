/* src/core/obj_memoryview.c - memoryview (Objects/memoryobject.c, 3.11),
 * one-dimensional, format 'B', over a bytes or a bytearray.
 *
 * A view is its exporter plus an offset, a stride and a length: slicing
 * (m[1:3], m[::-1]) makes a new view of the same exporter, as CPython's
 * views share one managed buffer.  Reads and writes go to the exporter's
 * current data, so a view sees every change of a bytearray and a write
 * through the view (m[0] = 66) touches the bytearray for the tracer.
 *
 * Exports: CPython's managed buffer holds one export of the bytearray for
 * as long as any view on it is unreleased; refviz counts one per
 * unreleased view, which forbids resizing in exactly the same moments.
 *
 * getsizeof is 184 (PyMemoryViewObject with its one-dimensional arrays,
 * plus the GC header) whatever the view. */
#include "core/obj_memoryview.h"

#include <string.h>

#include "base/buf.h"
#include "core/exc.h"
#include "core/heap.h"
#include "core/obj_bool.h"
#include "core/obj_bytearray.h"
#include "core/obj_bytes_impl.h"
#include "core/obj_int.h"
#include "core/obj_list.h"
#include "core/obj_misc.h"
#include "core/obj_slice.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"

/******************************************************************************/
/* views                                                                      */

int rv_memoryview_check(const rv_obj_t *m)
{
    if (RV_MEMORYVIEW(m)->released) {
        rv_err_format(&rv_exc_ValueError, "operation forbidden on released memoryview object");
        return -1;
    }
    return 0;
}

unsigned char *rv_memoryview_item(const rv_obj_t *m, size_t i)
{
    const rv_memoryview_t *v = RV_MEMORYVIEW(m);
    unsigned char *base = RV_IS(v->obj, rv_bytes_type) ? rv_bytes_mut(v->obj)
                                                        : rv_bytearray_data(v->obj);
    return base + (intptr_t)v->offset + (intptr_t)i * v->step;
}

bool rv_memoryview_contiguous(const rv_obj_t *m)
{
    return RV_MEMORYVIEW(m)->len <= 1 || RV_MEMORYVIEW(m)->step == 1;
}

/* A view of the same exporter (mbuf_add_view): counted as an export. */
static rv_obj_t *new_view(rv_obj_t *obj, size_t offset, intptr_t step, size_t len, bool readonly)
{
    rv_memoryview_t *v = rv_obj_alloc(&rv_memoryview_type, sizeof(rv_memoryview_t));
    v->obj = rv_incref(obj);
    v->offset = offset;
    v->step = step;
    v->len = len;
    v->readonly = readonly;
    v->hash = -1;
    if (RV_IS(obj, rv_bytearray_type))
        RV_BYTEARRAY(obj)->exports++;
    return &v->ob;
}

rv_obj_t *rv_memoryview_new(rv_obj_t *x)
{
    if (RV_IS(x, rv_memoryview_type)) {
        const rv_memoryview_t *m = RV_MEMORYVIEW(x);
        if (rv_memoryview_check(x) < 0)
            return NULL;
        return new_view(m->obj, m->offset, m->step, m->len, m->readonly);
    }
    if (RV_IS(x, rv_bytes_type))
        return new_view(x, 0, 1, rv_bytes_len(x), true);
    if (RV_IS(x, rv_bytearray_type))
        return new_view(x, 0, 1, rv_bytearray_len(x), false);
    rv_buffer_t v;
    if (rv_buffer_get(x, &v) < 0) /* array.array: refused */
        return NULL;
    rv_err_format(&rv_exc_TypeError, "memoryview: a bytes-like object is required, not '%s'",
                  RV_TYPE_NAME(x));
    return NULL;
}

/* _memory_release: the exporter is let go (a bytearray may resize again,
 * and die if nothing else holds it). */
static void view_release(rv_obj_t *o)
{
    rv_memoryview_t *v = RV_MEMORYVIEW(o);
    if (v->released)
        return;
    v->released = true;
    if (v->obj && RV_IS(v->obj, rv_bytearray_type))
        RV_BYTEARRAY(v->obj)->exports--;
    rv_clearref(&v->obj);
}

/* The view's items as a new buffer (memory_tobytes' work). */
static void gather(rv_obj_t *o, rv_buf_t *b)
{
    size_t n = RV_MEMORYVIEW(o)->len;
    rv_buf_reserve(b, n);
    for (size_t i = 0; i < n; i++)
        rv_buf_addc(b, (char)*rv_memoryview_item(o, i));
}

/******************************************************************************/
/* slots                                                                      */

static void memoryview_clear(rv_obj_t *o)
{
    view_release(o);
}

static void memoryview_traverse(rv_obj_t *o, rv_visit_fn visit, void *ctx)
{
    /* The exporter is held, not drawn: a memoryview has no refs. */
    rv_edge_t e = { .kind = RV_EDGE_HIDDEN };
    if (RV_MEMORYVIEW(o)->obj)
        visit(RV_MEMORYVIEW(o)->obj, &e, ctx);
}

static rv_obj_t *memoryview_repr(rv_obj_t *o)
{
    return rv_str_printf("<%smemory at 0x%llx>", RV_MEMORYVIEW(o)->released ? "released " : "",
                         (unsigned long long)o->id);
}

static size_t memoryview_size(rv_obj_t *o)
{
    (void)o;
    return 184;
}

/* memory_hash: read-only views hash as their bytes, once. */
static int memoryview_hash(rv_obj_t *o, int64_t *out)
{
    rv_memoryview_t *v = RV_MEMORYVIEW(o);
    if (v->hash == -1) {
        if (rv_memoryview_check(o) < 0)
            return -1;
        if (!v->readonly) {
            rv_err_format(&rv_exc_ValueError, "cannot hash writable memoryview object");
            return -1;
        }
        rv_buf_t b = RV_BUF_INIT;
        gather(o, &b);
        v->hash = rv_hash_bytes(b.data ? b.data : "", b.len);
        rv_buf_free(&b);
    }
    *out = v->hash;
    return 0;
}

static int memoryview_len(rv_obj_t *o, size_t *out)
{
    if (rv_memoryview_check(o) < 0)
        return -1;
    *out = RV_MEMORYVIEW(o)->len;
    return 0;
}

/* memory_richcompare: == and != only, item by item against anything with
 * a buffer; a released view equals only itself. */
static rv_obj_t *memoryview_richcompare(rv_obj_t *a, rv_obj_t *b, rv_cmpop_t op)
{
    if ((op != RV_EQ && op != RV_NE) || !RV_IS(a, rv_memoryview_type))
        return rv_incref(rv_NotImplemented);
    bool equal;
    if (RV_MEMORYVIEW(a)->released ||
        (RV_IS(b, rv_memoryview_type) && RV_MEMORYVIEW(b)->released)) {
        equal = a == b;
    } else if (RV_IS(b, rv_memoryview_type) || RV_IS(b, rv_bytes_type) ||
               RV_IS(b, rv_bytearray_type)) {
        rv_buf_t x = RV_BUF_INIT, y = RV_BUF_INIT;
        gather(a, &x);
        if (RV_IS(b, rv_memoryview_type)) {
            gather(b, &y);
        } else {
            size_t n;
            const unsigned char *p = rv_byteslike_data(b, &n);
            rv_buf_add(&y, p, n);
        }
        equal = x.len == y.len && (x.len == 0 || memcmp(x.data, y.data, x.len) == 0);
        rv_buf_free(&x);
        rv_buf_free(&y);
    } else if (rv_has_buffer(b)) {
        rv_buffer_t v;
        rv_buffer_get(b, &v); /* array.array: refused */
        return NULL;
    } else {
        return rv_incref(rv_NotImplemented);
    }
    return rv_bool_from(equal == (op == RV_EQ));
}

/* The index of item key (PyNumber_AsSsize_t with IndexError), checked:
 * 0, 1 when key is no int (nothing raised), or -1. */
static int item_index(rv_obj_t *o, rv_obj_t *key, size_t *out)
{
    intptr_t i;
    bool is_int;
    if (rv_index_to_ssize(key, &i, &is_int) < 0)
        return is_int ? -1 : 1;
    intptr_t n = (intptr_t)RV_MEMORYVIEW(o)->len;
    if (i < 0)
        i += n;
    if (i < 0 || i >= n) {
        rv_err_format(&rv_exc_IndexError, "index out of bounds on dimension 1");
        return -1;
    }
    *out = (size_t)i;
    return 0;
}

/* m[start:stop:step] as a view: offsets and strides compose. */
static rv_obj_t *slice_view(rv_obj_t *o, rv_obj_t *key)
{
    const rv_memoryview_t *m = RV_MEMORYVIEW(o);
    intptr_t start, stop, step;
    size_t count;
    if (rv_slice_indices(key, m->len, &start, &stop, &step, &count) < 0)
        return NULL;
    intptr_t offset = (intptr_t)m->offset + start * m->step;
    if (count == 0)
        offset = (intptr_t)m->offset;
    return new_view(m->obj, (size_t)offset, step * m->step, count, m->readonly);
}

static rv_obj_t *memoryview_getitem(rv_obj_t *o, rv_obj_t *key)
{
    if (rv_memoryview_check(o) < 0)
        return NULL;
    size_t i;
    int r = item_index(o, key, &i);
    if (r == 0)
        return rv_int_from_i64(*rv_memoryview_item(o, i));
    if (r < 0)
        return NULL;
    if (RV_IS(key, rv_slice_type))
        return slice_view(o, key);
    if (RV_IS(key, rv_tuple_type)) {
        rv_bytes_unsupported("indexing a memoryview with a tuple");
        return NULL;
    }
    rv_err_format(&rv_exc_TypeError, "memoryview: invalid slice key");
    return NULL;
}

/* pack_single for format 'B'. */
static int pack_byte(rv_obj_t *value, unsigned char *out)
{
    int64_t x;
    if (!rv_isinstance(value, &rv_int_type)) {
        rv_err_format(&rv_exc_TypeError, "memoryview: invalid type for format 'B'");
        return -1;
    }
    if (!rv_int_fits_i64(value, &x) || x < 0 || x > 255) {
        rv_err_format(&rv_exc_ValueError, "memoryview: invalid value for format 'B'");
        return -1;
    }
    *out = (unsigned char)x;
    return 0;
}

/* A write through the view is a change of the exporter. */
static void touch_exporter(rv_obj_t *o)
{
    rv_touch(RV_MEMORYVIEW(o)->obj);
}

/* memory_ass_sub: an item, or a slice from a bytes-like of the same
 * length (copied through a temporary: the two may overlap). */
static int memoryview_setitem(rv_obj_t *o, rv_obj_t *key, rv_obj_t *value)
{
    if (rv_memoryview_check(o) < 0)
        return -1;
    if (RV_MEMORYVIEW(o)->readonly) {
        rv_err_format(&rv_exc_TypeError, "cannot modify read-only memory");
        return -1;
    }
    if (!value) {
        rv_err_format(&rv_exc_TypeError, "cannot delete memory");
        return -1;
    }
    size_t i;
    int r = item_index(o, key, &i);
    if (r < 0)
        return -1;
    if (r == 0) {
        unsigned char c;
        if (pack_byte(value, &c) < 0)
            return -1;
        touch_exporter(o);
        *rv_memoryview_item(o, i) = c;
        return 0;
    }
    if (!RV_IS(key, rv_slice_type)) {
        if (RV_IS(key, rv_tuple_type)) {
            rv_bytes_unsupported("indexing a memoryview with a tuple");
            return -1;
        }
        rv_err_format(&rv_exc_TypeError, "memoryview: invalid slice key");
        return -1;
    }
    rv_buf_t src = RV_BUF_INIT;
    if (RV_IS(value, rv_memoryview_type)) {
        if (rv_memoryview_check(value) < 0)
            return -1;
        gather(value, &src);
    } else {
        rv_buffer_t v;
        if (rv_buffer_need(value, &v) < 0)
            return -1;
        rv_buf_add(&src, v.data, v.len);
        rv_buffer_release(&v);
    }
    intptr_t start, stop, step;
    size_t count;
    if (rv_slice_indices(key, RV_MEMORYVIEW(o)->len, &start, &stop, &step, &count) < 0) {
        rv_buf_free(&src);
        return -1;
    }
    if (count != src.len) {
        rv_buf_free(&src);
        rv_err_format(&rv_exc_ValueError,
                      "memoryview assignment: lvalue and rvalue have different structures");
        return -1;
    }
    if (count)
        touch_exporter(o);
    for (size_t k = 0; k < count; k++)
        *rv_memoryview_item(o, (size_t)(start + (intptr_t)k * step)) = (unsigned char)src.data[k];
    rv_buf_free(&src);
    return 0;
}

static rv_obj_t *memoryview_iter(rv_obj_t *o)
{
    if (rv_memoryview_check(o) < 0)
        return NULL;
    return rv_byteseq_iter_new(&rv_memoryview_iter_type, o);
}

/******************************************************************************/
/* attributes                                                                 */

static rv_obj_t *memoryview_getattr(rv_obj_t *o, rv_obj_t *name)
{
    const rv_memoryview_t *v = RV_MEMORYVIEW(o);
    const char *n = rv_str_utf8(name);
    static const char *const attrs[] = { "obj", "nbytes", "readonly", "itemsize", "format",
                                         "ndim", "shape", "strides", "suboffsets",
                                         "c_contiguous", "f_contiguous", "contiguous", NULL };
    for (size_t i = 0; attrs[i]; i++) {
        if (strcmp(n, attrs[i]) != 0)
            continue;
        if (rv_memoryview_check(o) < 0)
            return NULL;
        switch (i) {
        case 0: return rv_incref(v->obj);
        case 1: return rv_int_from_u64(v->len);
        case 2: return rv_bool_from(v->readonly);
        case 3: return rv_int_from_i64(1);
        case 4: return rv_str_from_cstr("B");
        case 5: return rv_int_from_i64(1);
        case 6: {
            rv_obj_t *len = rv_int_from_u64(v->len), *t = rv_tuple_pack(1, len);
            rv_decref(len);
            return t;
        }
        case 7: {
            rv_obj_t *step = rv_int_from_i64(v->step), *t = rv_tuple_pack(1, step);
            rv_decref(step);
            return t;
        }
        case 8: return rv_tuple_new(0);
        default: return rv_bool_from(rv_memoryview_contiguous(o));
        }
    }
    const rv_method_t *m = rv_type_find_method(o->type, n);
    if (m)
        return rv_builtin_new(m, o);
    rv_err_format(&rv_exc_AttributeError, "'%s' object has no attribute '%s'", o->type->name, n);
    return NULL;
}

/******************************************************************************/
/* memoryview(object)                                                         */

static rv_obj_t *memoryview_make(rv_type_t *type, rv_obj_t *const *args, size_t nargs,
                                 rv_obj_t *kwnames)
{
    static const char *const names[] = { "object" };
    rv_obj_t *a[1];
    (void)type;
    if (rv_str_unpack_kw("memoryview", args, nargs, kwnames, names, 1, 1, a) < 0)
        return NULL;
    return rv_memoryview_new(a[0]);
}

/******************************************************************************/
/* methods                                                                    */

#define NOARGS(qual)                                                          \
    if (rv_arg_no_kw(qual, kw) < 0 || rv_arg_count(qual, nargs, 0, 0) < 0)     \
    return NULL

static rv_obj_t *m_release(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    (void)args;
    NOARGS("memoryview.release");
    view_release(self);
    rv_touch(self); /* its repr says "released" now */
    return rv_incref(rv_None);
}

static rv_obj_t *m_enter(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    (void)args;
    NOARGS("memoryview.__enter__");
    if (rv_memoryview_check(self) < 0)
        return NULL;
    return rv_incref(self);
}

static rv_obj_t *m_exit(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    (void)args;
    (void)nargs;
    if (rv_arg_no_kw("memoryview.__exit__", kw) < 0)
        return NULL;
    view_release(self);
    rv_touch(self);
    return rv_incref(rv_None);
}

/* tobytes(order='C'): a new bytes (PyBytes_FromStringAndSize(NULL, n)). */
static rv_obj_t *m_tobytes(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    static const char *const names[] = { "order" };
    rv_obj_t *a[1];
    if (rv_str_unpack_kw("tobytes", args, nargs, kw, names, 1, 0, a) < 0)
        return NULL;
    if (a[0] && a[0] != rv_None) {
        if (!RV_IS(a[0], rv_str_type)) {
            rv_err_format(&rv_exc_TypeError,
                          "tobytes() argument 'order' must be str or None, not %s",
                          RV_TYPE_NAME(a[0]));
            return NULL;
        }
        if (!rv_str_eq_cstr(a[0], "C") && !rv_str_eq_cstr(a[0], "F") &&
            !rv_str_eq_cstr(a[0], "A")) {
            rv_err_format(&rv_exc_ValueError, "order must be 'C', 'F' or 'A'");
            return NULL;
        }
    }
    if (rv_memoryview_check(self) < 0)
        return NULL;
    size_t n = RV_MEMORYVIEW(self)->len;
    rv_obj_t *r = rv_bytes_new(n);
    for (size_t i = 0; i < n; i++)
        rv_bytes_mut(r)[i] = *rv_memoryview_item(self, i);
    return r;
}

static rv_obj_t *m_tolist(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    (void)args;
    NOARGS("memoryview.tolist");
    if (rv_memoryview_check(self) < 0)
        return NULL;
    size_t n = RV_MEMORYVIEW(self)->len;
    rv_obj_t *l = rv_list_new(n);
    for (size_t i = 0; i < n; i++)
        rv_list_set_steal(l, i, rv_int_from_i64(*rv_memoryview_item(self, i)));
    return l;
}

static rv_obj_t *m_toreadonly(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    (void)args;
    NOARGS("memoryview.toreadonly");
    if (rv_memoryview_check(self) < 0)
        return NULL;
    const rv_memoryview_t *v = RV_MEMORYVIEW(self);
    return new_view(v->obj, v->offset, v->step, v->len, true);
}

/* hex([sep[, bytes_per_sep]]): bytes.hex of the view's bytes. */
static rv_obj_t *m_hex(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    if (rv_memoryview_check(self) < 0)
        return NULL;
    rv_buf_t b = RV_BUF_INIT;
    gather(self, &b);
    rv_obj_t *r = rv_bytes_hex((const unsigned char *)(b.data ? b.data : ""), b.len, "hex", args,
                               nargs, kw);
    rv_buf_free(&b);
    return r;
}

static rv_obj_t *m_cast(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    (void)self;
    (void)args;
    (void)nargs;
    (void)kw;
    rv_bytes_unsupported("memoryview.cast()");
    return NULL;
}

static const rv_method_t memoryview_methods[] = {
    { "__enter__", m_enter, 0 },     { "__exit__", m_exit, 0 },
    { "cast", m_cast, 0 },           { "hex", m_hex, 0 },
    { "release", m_release, 0 },     { "tobytes", m_tobytes, 0 },
    { "tolist", m_tolist, 0 },       { "toreadonly", m_toreadonly, 0 },
    { NULL, NULL, 0 },
};

rv_type_t rv_memoryview_type = {
    .name = "memoryview",
    .flags = RV_TF_MUTABLE | RV_TF_GC | RV_TF_WEAKREFABLE,
    .clear = memoryview_clear,
    .release = rv_obj_free,
    .traverse = memoryview_traverse,
    .repr = memoryview_repr,
    .size = memoryview_size,
    .hash = memoryview_hash,
    .richcompare = memoryview_richcompare,
    .len = memoryview_len,
    .getitem = memoryview_getitem,
    .setitem = memoryview_setitem,
    .iter = memoryview_iter,
    .getattr = memoryview_getattr,
    .methods = memoryview_methods,
    .make = memoryview_make,
};
