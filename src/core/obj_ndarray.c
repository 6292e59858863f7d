/* src/core/obj_ndarray.c - numpy.ndarray's layout, views and the slots that
 * need no interpreter (see the header). */
#include "core/obj_ndarray.h"

#include <string.h>

#include "base/buf.h"
#include "core/exc.h"
#include "core/heap.h"
#include "core/obj_nddtype.h"
#include "core/obj_str.h"

int64_t rv_ndarray_size(const rv_obj_t *a)
{
    int64_t n = 1;
    for (int i = 0; i < RV_NDARRAY(a)->ndim; i++)
        n *= RV_NDARRAY(a)->shape[i];
    return n;
}

/* C strides for a shape: the last dimension varies fastest. */
static void c_strides(int ndim, const int64_t *shape, int64_t itemsize, int64_t *out)
{
    int64_t s = itemsize;
    for (int i = ndim - 1; i >= 0; i--) {
        out[i] = s;
        s *= shape[i] ? shape[i] : 1;
    }
}

rv_obj_t *rv_ndarray_new(rv_nd_dtype_t dtype, int ndim, const int64_t *shape)
{
    rv_ndarray_t *a = rv_obj_alloc(&rv_ndarray_type, sizeof(rv_ndarray_t));
    a->dtype = dtype;
    a->ndim = ndim;
    memcpy(a->shape, shape, (size_t)ndim * sizeof *shape);
    c_strides(ndim, shape, rv_nd_dtype_itemsize(dtype), a->strides);
    a->buffer = rv_ndbuffer_new(dtype, (size_t)rv_ndarray_size(&a->ob));
    rv_ndbuffer_add_user(a->buffer, &a->ob);
    return &a->ob;
}

rv_obj_t *rv_ndarray_view(rv_obj_t *src, int ndim, const int64_t *shape, const int64_t *strides,
                          size_t offset)
{
    const rv_ndarray_t *s = RV_NDARRAY(src);
    rv_ndarray_t *a = rv_obj_alloc(&rv_ndarray_type, sizeof(rv_ndarray_t));
    a->dtype = s->dtype;
    a->ndim = ndim;
    memcpy(a->shape, shape, (size_t)ndim * sizeof *shape);
    memcpy(a->strides, strides, (size_t)ndim * sizeof *strides);
    a->buffer = rv_incref(s->buffer);
    a->offset = offset;
    a->base = rv_incref(s->base ? s->base : src);
    rv_ndbuffer_add_user(a->buffer, &a->ob);
    return &a->ob;
}

rv_obj_t *rv_ndarray_copy_as(rv_obj_t *src, rv_nd_dtype_t dtype)
{
    const rv_ndarray_t *s = RV_NDARRAY(src);
    rv_obj_t *a = rv_ndarray_new(dtype, s->ndim, s->shape);
    unsigned char *out = rv_ndarray_data(a);
    int64_t itemsize = rv_nd_dtype_itemsize(dtype);
    rv_nditer_t it;
    rv_nditer_init(&it, src);
    for (unsigned char *p; (p = rv_nditer_next(&it)); out += itemsize)
        rv_nd_store(dtype, out, rv_nd_load(s->dtype, p));
    return a;
}

bool rv_ndarray_c_contiguous(const rv_obj_t *o)
{
    const rv_ndarray_t *a = RV_NDARRAY(o);
    int64_t s = rv_nd_dtype_itemsize(a->dtype);
    if (rv_ndarray_size(o) == 0)
        return true;
    for (int i = a->ndim - 1; i >= 0; i--) {
        if (a->shape[i] != 1 && a->strides[i] != s)
            return false;
        s *= a->shape[i];
    }
    return true;
}

bool rv_ndarray_f_contiguous(const rv_obj_t *o)
{
    const rv_ndarray_t *a = RV_NDARRAY(o);
    int64_t s = rv_nd_dtype_itemsize(a->dtype);
    if (rv_ndarray_size(o) == 0)
        return true;
    for (int i = 0; i < a->ndim; i++) {
        if (a->shape[i] != 1 && a->strides[i] != s)
            return false;
        s *= a->shape[i];
    }
    return true;
}

void rv_ndarray_layout(const rv_obj_t *o, rv_nd_layout_t *out)
{
    const rv_ndarray_t *a = RV_NDARRAY(o);
    out->dtype = a->dtype;
    out->ndim = a->ndim;
    out->shape = a->shape;
    out->strides = a->strides;
    out->data = rv_ndarray_data(o);
}

void rv_ndarray_touch_data(rv_obj_t *a)
{
    rv_ndbuffer_touch(RV_NDARRAY(a)->buffer);
}

void rv_nditer_init_raw(rv_nditer_t *it, unsigned char *data, int ndim, const int64_t *shape,
                        const int64_t *strides)
{
    it->ndim = ndim;
    it->shape = shape;
    it->strides = strides;
    it->p = data;
    it->left = 1;
    for (int i = 0; i < ndim; i++) {
        it->idx[i] = 0;
        it->left *= shape[i];
    }
}

void rv_nditer_init(rv_nditer_t *it, const rv_obj_t *a)
{
    rv_nditer_init_raw(it, rv_ndarray_data(a), RV_NDARRAY(a)->ndim, RV_NDARRAY(a)->shape,
                       RV_NDARRAY(a)->strides);
}

unsigned char *rv_nditer_next(rv_nditer_t *it)
{
    if (it->left <= 0)
        return NULL;
    unsigned char *cur = it->p;
    if (--it->left > 0) {
        /* Odometer: bump the last index, carrying into earlier ones. */
        for (int i = it->ndim - 1; i >= 0; i--) {
            it->p += it->strides[i];
            if (++it->idx[i] < it->shape[i])
                break;
            it->p -= it->strides[i] * it->shape[i];
            it->idx[i] = 0;
        }
    }
    return cur;
}

/******************************************************************************/
/* slots                                                                      */

static void ndarray_clear(rv_obj_t *o)
{
    rv_clearref(&RV_NDARRAY(o)->base);
    if (RV_NDARRAY(o)->buffer)
        rv_ndbuffer_remove_user(RV_NDARRAY(o)->buffer, o);
    rv_clearref(&RV_NDARRAY(o)->buffer);
}

static void ndarray_release(rv_obj_t *o)
{
    rv_obj_free(o);
}

static void ndarray_traverse(rv_obj_t *o, rv_visit_fn visit, void *ctx)
{
    rv_edge_t e = { .kind = RV_EDGE_NAMED, .name = "data" };
    if (RV_NDARRAY(o)->buffer)
        visit(RV_NDARRAY(o)->buffer, &e, ctx);
    e.name = "base";
    if (RV_NDARRAY(o)->base)
        visit(RV_NDARRAY(o)->base, &e, ctx);
}

static rv_obj_t *format_with(rv_obj_t *o, void (*fmt)(rv_buf_t *, const rv_nd_layout_t *))
{
    rv_nd_layout_t l;
    rv_ndarray_layout(o, &l);
    rv_buf_t t = RV_BUF_INIT;
    fmt(&t, &l);
    rv_obj_t *s = rv_str_from_buf(&t);
    rv_buf_free(&t);
    return s;
}

static rv_obj_t *ndarray_repr(rv_obj_t *o)
{
    return format_with(o, rv_ndformat_repr);
}

static rv_obj_t *ndarray_str(rv_obj_t *o)
{
    return format_with(o, rv_ndformat_str);
}

static size_t ndarray_size(rv_obj_t *o)
{
    const rv_ndarray_t *a = RV_NDARRAY(o);
    size_t n = 96 + 16 * (size_t)a->ndim;
    if (!a->base)
        n += (size_t)rv_ndarray_size(o) * (size_t)rv_nd_dtype_itemsize(a->dtype);
    return n;
}

static int ndarray_len(rv_obj_t *o, size_t *out)
{
    if (RV_NDARRAY(o)->ndim == 0) {
        rv_err_format(&rv_exc_TypeError, "len() of unsized object");
        return -1;
    }
    *out = (size_t)RV_NDARRAY(o)->shape[0];
    return 0;
}

/* array_nonzero: one element decides; more are ambiguous. */
static int ndarray_truth(rv_obj_t *o)
{
    int64_t n = rv_ndarray_size(o);
    if (n == 1) {
        rv_nditer_t it;
        rv_nditer_init(&it, o);
        rv_nd_val_t v = rv_nd_load(RV_NDARRAY(o)->dtype, rv_nditer_next(&it));
        return v.isf ? v.f != 0 : v.i != 0;
    }
    if (n == 0)
        return 0; /* NumPy 1.24 warns (DeprecationWarning) and says False */
    rv_err_format(&rv_exc_ValueError, "The truth value of an array with more than one element is "
                                      "ambiguous. Use a.any() or a.all()");
    return -1;
}

rv_type_t rv_ndarray_type = {
    .name = "numpy.ndarray",
    /* Not tracked by the collector, as in NumPy: an array refers only to
     * arrays and buffers, which cannot lead back to it. */
    .flags = RV_TF_MUTABLE | RV_TF_WEAKREFABLE,
    .clear = ndarray_clear,
    .release = ndarray_release,
    .traverse = ndarray_traverse,
    .repr = ndarray_repr,
    .str = ndarray_str,
    .size = ndarray_size,
    .truth = ndarray_truth,
    .len = ndarray_len,
};
