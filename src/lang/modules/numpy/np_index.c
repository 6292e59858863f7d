/* src/lang/modules/numpy/np_index.c - a[key] and a[key] = value
 * (numpy/core/src/multiarray/mapping.c).
 *
 * Basic indexing (ints, slices, ..., None) makes a view: new shape and
 * strides over the same buffer, nothing copied; an int for every dimension
 * gives the NumPy scalar of the element.  Advanced indexing (a list or an
 * array of ints, or a boolean mask, as the whole key) copies the selected
 * rows into a new array that owns its data.  Mixing both in one tuple is
 * refused as unsupported. */
#include "lang/modules/numpy/np_int.h"

#include <string.h>

#include "base/alloc.h"

#include "core/exc.h"
#include "core/obj_bool.h"
#include "core/obj_int.h"
#include "core/obj_list.h"
#include "core/obj_slice.h"
#include "core/obj_tuple.h"
#include "lang/modules/modargs.h"

static const char bad_index[] = "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis "
                                "(`None`) and integer or boolean arrays are valid indices";

/* The view (or, with every dimension taken by an int, the element address
 * in *elem) that basic indexing selects. */
typedef struct basic {
    int ndim;
    int64_t shape[RV_ND_MAXDIM], strides[RV_ND_MAXDIM];
    int64_t offset;
    bool scalar;
} basic_t;

static bool is_int_index(rv_obj_t *o)
{
    return (RV_IS(o, rv_int_type)) ||
           (rv_ndscalar_check(o) && strchr("iu", rv_nd_kind(RV_NDSCALAR(o)->dtype)));
}

static int int_value(rv_obj_t *o, int64_t *out)
{
    if (rv_ndscalar_check(o)) {
        *out = rv_nd_load(RV_NDSCALAR(o)->dtype, RV_NDSCALAR(o)->data).i;
        return 0;
    }
    return rv_arg_index_ssize(o, out);
}

static bool is_fancy(rv_obj_t *o)
{
    return RV_IS(o, rv_list_type) || RV_IS(o, rv_ndarray_type) || RV_IS(o, rv_bool_type) ||
           (rv_ndscalar_check(o) && RV_NDSCALAR(o)->dtype == RV_ND_BOOL);
}

static int basic_index(rv_obj_t *a, rv_obj_t *const *items, size_t n, basic_t *b)
{
    const rv_ndarray_t *arr = RV_NDARRAY(a);
    int consumed = 0;
    bool ellipsis = false;
    for (size_t i = 0; i < n; i++) {
        if (items[i] == rv_Ellipsis) {
            if (ellipsis) {
                rv_err_format(&rv_exc_IndexError, "an index can only have a single ellipsis ('...')");
                return -1;
            }
            ellipsis = true;
        } else if (items[i] != rv_None) {
            if (!is_int_index(items[i]) && !RV_IS(items[i], rv_slice_type)) {
                rv_err_format(&rv_exc_IndexError, bad_index);
                return -1;
            }
            consumed++;
        }
    }
    if (consumed > arr->ndim) {
        rv_err_format(&rv_exc_IndexError,
                      "too many indices for array: array is %d-dimensional, but %d were indexed",
                      arr->ndim, consumed);
        return -1;
    }
    b->ndim = 0;
    b->offset = (int64_t)arr->offset;
    int dim = 0;
    for (size_t i = 0; i < n; i++) {
        rv_obj_t *k = items[i];
        if (k == rv_Ellipsis) {
            for (int stop = dim + arr->ndim - consumed; dim < stop; dim++) {
                b->shape[b->ndim] = arr->shape[dim];
                b->strides[b->ndim++] = arr->strides[dim];
            }
        } else if (k == rv_None) {
            b->shape[b->ndim] = 1;
            b->strides[b->ndim++] = 0;
        } else if (RV_IS(k, rv_slice_type)) {
            intptr_t start, stop, step;
            size_t count;
            if (rv_slice_indices(k, (size_t)arr->shape[dim], &start, &stop, &step, &count) < 0)
                return -1;
            if (count > 0)
                b->offset += (int64_t)start * arr->strides[dim];
            b->shape[b->ndim] = (int64_t)count;
            b->strides[b->ndim++] = arr->strides[dim] * step;
            dim++;
        } else {
            int64_t idx;
            if (int_value(k, &idx) < 0)
                return -1;
            int64_t len = arr->shape[dim];
            if (idx < -len || idx >= len) {
                rv_err_format(&rv_exc_IndexError,
                              "index %lld is out of bounds for axis %d with size %lld",
                              (long long)idx, dim, (long long)len);
                return -1;
            }
            if (idx < 0)
                idx += len;
            b->offset += idx * arr->strides[dim];
            dim++;
        }
    }
    for (; dim < arr->ndim; dim++) {
        b->shape[b->ndim] = arr->shape[dim];
        b->strides[b->ndim++] = arr->strides[dim];
    }
    b->scalar = b->ndim == 0 && consumed == arr->ndim;
    for (size_t i = 0; i < n; i++)
        if (items[i] == rv_None || items[i] == rv_Ellipsis)
            b->scalar = false;
    return 0;
}

/* The rows of a that an advanced index selects: offsets (bytes into the
 * buffer) of count sub-arrays of shape a.shape[skip:]. */
typedef struct rows {
    int64_t *offsets;
    int64_t count;
    int skip;               /* dimensions the index consumed */
    int rdim;               /* the index's own result dimensions */
    bool mask;              /* a boolean index */
    int64_t rshape[RV_ND_MAXDIM];
} rows_t;

static int select_rows(rv_obj_t *a, rv_obj_t *key, rows_t *r)
{
    const rv_ndarray_t *arr = RV_NDARRAY(a);
    /* An empty list selects nothing: NumPy reads it as an empty int
     * index, not the float64 array np.array([]) is. */
    rv_obj_t *idx = RV_IS(key, rv_list_type) && rv_list_len(key) == 0
                        ? rv_ndarray_new(RV_ND_INT64, 1, (int64_t[]){ 0 })
                        : np_asarray(key);
    if (!idx)
        return -1;
    const rv_ndarray_t *ix = RV_NDARRAY(idx);
    int status = -1;
    r->offsets = NULL;
    r->mask = ix->dtype == RV_ND_BOOL;
    if (ix->dtype == RV_ND_BOOL) {
        if (ix->ndim > arr->ndim) {
            rv_err_format(&rv_exc_IndexError,
                          "too many indices for array: array is %d-dimensional, but %d were indexed",
                          arr->ndim, ix->ndim);
            goto done;
        }
        for (int d = 0; d < ix->ndim; d++)
            if (ix->shape[d] != arr->shape[d]) {
                rv_err_format(&rv_exc_IndexError,
                              "boolean index did not match indexed array along dimension %d; "
                              "dimension is %lld but corresponding boolean dimension is %lld",
                              d, (long long)arr->shape[d], (long long)ix->shape[d]);
                goto done;
            }
        if (ix->ndim == 0) {
            /* a[True] / a[False]: a new first axis of length 1 or 0. */
            r->skip = 0;
            r->rdim = 1;
            r->offsets = rv_malloc(sizeof(int64_t));
            r->offsets[0] = (int64_t)arr->offset;
            r->count = *rv_ndarray_data(idx) ? 1 : 0;
            r->rshape[0] = r->count;
            status = 0;
            goto done;
        }
        r->skip = ix->ndim;
        r->rdim = 1;
        r->offsets = rv_malloc(sizeof(int64_t) * (size_t)(rv_ndarray_size(idx) + 1));
        r->count = 0;
        rv_nditer_t it, at;
        rv_nditer_init(&it, idx);
        /* The mask's dimensions walk a's first ones in the same order. */
        rv_nditer_init_raw(&at, rv_ndarray_data(a), ix->ndim, arr->shape, arr->strides);
        for (unsigned char *m; (m = rv_nditer_next(&it));) {
            unsigned char *p = rv_nditer_next(&at);
            if (*m)
                r->offsets[r->count++] = (int64_t)(p - RV_NDBUFFER(arr->buffer)->data);
        }
        r->rshape[0] = r->count;
        status = 0;
        goto done;
    }
    if (rv_nd_kind(ix->dtype) == 'f') {
        rv_err_format(&rv_exc_IndexError, "arrays used as indices must be of integer (or boolean) type");
        goto done;
    }
    if (arr->ndim == 0) {
        rv_err_format(&rv_exc_IndexError,
                      "too many indices for array: array is 0-dimensional, but 1 were indexed");
        goto done;
    }
    r->skip = 1;
    r->rdim = ix->ndim;
    memcpy(r->rshape, ix->shape, sizeof(int64_t) * (size_t)ix->ndim);
    r->count = rv_ndarray_size(idx);
    r->offsets = rv_malloc(sizeof(int64_t) * (size_t)(r->count + 1));
    rv_nditer_t it;
    rv_nditer_init(&it, idx);
    int64_t j = 0;
    for (unsigned char *q; (q = rv_nditer_next(&it)); j++) {
        int64_t i = rv_nd_load(ix->dtype, q).i, len = arr->shape[0];
        if (i < -len || i >= len) {
            rv_err_format(&rv_exc_IndexError, "index %lld is out of bounds for axis 0 with size %lld",
                          (long long)i, (long long)len);
            goto done;
        }
        r->offsets[j] = (int64_t)arr->offset + (i < 0 ? i + len : i) * arr->strides[0];
    }
    status = 0;
done:
    rv_decref(idx);
    if (status < 0) {
        rv_free(r->offsets);
        r->offsets = NULL;
    }
    return status;
}

static rv_obj_t *sub_view(rv_obj_t *a, const rows_t *r, int64_t j)
{
    const rv_ndarray_t *arr = RV_NDARRAY(a);
    return rv_ndarray_view(a, arr->ndim - r->skip, arr->shape + r->skip, arr->strides + r->skip,
                           (size_t)r->offsets[j]);
}

static rv_obj_t *fancy_get(rv_obj_t *a, rv_obj_t *key)
{
    rows_t r;
    if (select_rows(a, key, &r) < 0)
        return NULL;
    const rv_ndarray_t *arr = RV_NDARRAY(a);
    int ndim = r.rdim + arr->ndim - r.skip;
    int64_t shape[RV_ND_MAXDIM];
    memcpy(shape, r.rshape, sizeof(int64_t) * (size_t)r.rdim);
    memcpy(shape + r.rdim, arr->shape + r.skip, sizeof(int64_t) * (size_t)(arr->ndim - r.skip));
    rv_obj_t *out = rv_ndarray_new(arr->dtype, ndim, shape);
    unsigned char *q = rv_ndarray_data(out);
    int64_t itemsize = rv_nd_dtype_itemsize(arr->dtype);
    for (int64_t j = 0; j < r.count; j++) {
        rv_nditer_t it;
        rv_nditer_init_raw(&it, RV_NDBUFFER(arr->buffer)->data + r.offsets[j], arr->ndim - r.skip,
                           arr->shape + r.skip, arr->strides + r.skip);
        for (unsigned char *p; (p = rv_nditer_next(&it)); q += itemsize)
            memcpy(q, p, (size_t)itemsize);
    }
    rv_free(r.offsets);
    return out;
}

static rv_obj_t *key_items(rv_obj_t *key, rv_obj_t *const **items, size_t *n)
{
    if (RV_IS(key, rv_tuple_type)) {
        *n = rv_tuple_len(key);
        *items = RV_TUPLE(key)->items;
        return key;
    }
    *n = 1;
    return NULL;
}

rv_obj_t *np_getitem(rv_obj_t *a, rv_obj_t *key)
{
    if (is_fancy(key))
        return fancy_get(a, key);
    rv_obj_t *const *items = &key;
    size_t n;
    key_items(key, &items, &n);
    for (size_t i = 0; i < n; i++)
        if (is_fancy(items[i]))
            return np_unsupported("advanced indexing inside a tuple (a[[0, 1], 2], a[:, mask])");
    basic_t b;
    if (basic_index(a, items, n, &b) < 0)
        return NULL;
    const rv_ndarray_t *arr = RV_NDARRAY(a);
    if (b.scalar)
        return rv_ndscalar_new(arr->dtype, RV_NDBUFFER(arr->buffer)->data + b.offset);
    return rv_ndarray_view(a, b.ndim, b.shape, b.strides, (size_t)b.offset);
}

int np_setitem(rv_obj_t *a, rv_obj_t *key, rv_obj_t *value)
{
    if (!value) {
        rv_err_format(&rv_exc_ValueError, "cannot delete array elements");
        return -1;
    }
    if (is_fancy(key)) {
        rows_t r;
        if (select_rows(a, key, &r) < 0)
            return -1;
        rv_obj_t *v = np_asarray(value);
        int status = v ? 0 : -1;
        if (v) { /* the value must broadcast to the whole selection */
            const rv_ndarray_t *x = RV_NDARRAY(a), *w = RV_NDARRAY(v);
            int nd = r.rdim + x->ndim - r.skip;
            int64_t shape[RV_ND_MAXDIM];
            memcpy(shape, r.rshape, sizeof(int64_t) * (size_t)r.rdim);
            memcpy(shape + r.rdim, x->shape + r.skip, sizeof(int64_t) * (size_t)(x->ndim - r.skip));
            bool fits = w->ndim <= nd;
            for (int i = 1; fits && i <= w->ndim; i++)
                fits = w->shape[w->ndim - i] == 1 || w->shape[w->ndim - i] == shape[nd - i];
            if (!fits && r.mask && nd == 1) {
                rv_err_format(&rv_exc_ValueError,
                              "NumPy boolean array indexing assignment cannot assign %lld input "
                              "values to the %lld output values where the mask is true",
                              (long long)rv_ndarray_size(v), (long long)r.count);
                status = -1;
            } else if (!fits) {
                rv_buf_t t1 = RV_BUF_INIT, t2 = RV_BUF_INIT;
                np_shape_text(&t1, w->ndim, w->shape);
                np_shape_text(&t2, nd, shape);
                rv_err_format(&rv_exc_ValueError,
                              "shape mismatch: value array of shape %s could not be broadcast to "
                              "indexing result of shape %s",
                              rv_buf_cstr(&t1), rv_buf_cstr(&t2));
                rv_buf_free(&t1);
                rv_buf_free(&t2);
                status = -1;
            }
        }
        /* A value with one row per selected row gives each its own;
         * anything else is broadcast to every row. */
        bool per_row = v && RV_NDARRAY(v)->ndim == RV_NDARRAY(a)->ndim - r.skip + 1 &&
                       RV_NDARRAY(v)->shape[0] == r.count && r.count != 1;
        for (int64_t j = 0; status == 0 && j < r.count; j++) {
            rv_obj_t *dst = sub_view(a, &r, j), *src = v;
            if (per_row) {
                rv_obj_t *k = rv_int_from_i64(j);
                src = np_getitem(v, k);
                rv_decref(k);
            }
            status = src ? np_assign(dst, src) : -1;
            if (per_row)
                rv_xdecref(src);
            rv_decref(dst);
        }
        rv_xdecref(v);
        rv_free(r.offsets);
        return status;
    }
    rv_obj_t *const *items = &key;
    size_t n;
    key_items(key, &items, &n);
    for (size_t i = 0; i < n; i++)
        if (is_fancy(items[i])) {
            np_unsupported("advanced indexing inside a tuple (a[[0, 1], 2], a[:, mask])");
            return -1;
        }
    basic_t b;
    if (basic_index(a, items, n, &b) < 0)
        return -1;
    rv_obj_t *dst = rv_ndarray_view(a, b.ndim, b.shape, b.strides, (size_t)b.offset);
    int r = np_assign(dst, value);
    rv_decref(dst);
    return r;
}

int np_assign(rv_obj_t *dst, rv_obj_t *value)
{
    rv_obj_t *v = np_asarray(value);
    if (!v)
        return -1;
    const rv_ndarray_t *d = RV_NDARRAY(dst);
    /* Overlapping source and destination (a[1:] = a[:-1]): NumPy copies
     * the source first. */
    if (RV_NDARRAY(v)->buffer == d->buffer) {
        rv_obj_t *c = rv_ndarray_copy_as(v, RV_NDARRAY(v)->dtype);
        rv_decref(v);
        v = c;
    }
    /* Leading dimensions of length 1 go (a[0] = np.array([9])); a 0-d
     * destination takes only a single value. */
    rv_ndarray_t *sv = RV_NDARRAY(v);
    int skip = 0;
    while (sv->ndim - skip > d->ndim && sv->shape[skip] == 1)
        skip++;
    if (skip) {
        rv_obj_t *w = rv_ndarray_view(v, sv->ndim - skip, sv->shape + skip, sv->strides + skip,
                                      sv->offset);
        rv_decref(v);
        v = w;
    }
    const rv_ndarray_t *s = RV_NDARRAY(v);
    if (d->ndim == 0 && s->ndim > 0) {
        rv_err_format(&rv_exc_ValueError, "setting an array element with a sequence.");
        rv_decref(v);
        return -1;
    }
    bool fits = s->ndim <= d->ndim;
    for (int i = 1; fits && i <= s->ndim; i++)
        fits = s->shape[s->ndim - i] == 1 || s->shape[s->ndim - i] == d->shape[d->ndim - i];
    if (!fits) {
        rv_buf_t t1 = RV_BUF_INIT, t2 = RV_BUF_INIT;
        np_shape_text(&t1, s->ndim, s->shape);
        np_shape_text(&t2, d->ndim, d->shape);
        rv_err_format(&rv_exc_ValueError, "could not broadcast input array from shape %s into shape %s",
                      rv_buf_cstr(&t1), rv_buf_cstr(&t2));
        rv_buf_free(&t1);
        rv_buf_free(&t2);
        rv_decref(v);
        return -1;
    }
    int64_t strides[RV_ND_MAXDIM];
    np_broadcast_strides(s->ndim, s->shape, s->strides, d->ndim, d->shape, strides);
    rv_ndarray_touch_data(dst);
    rv_nditer_t out, in;
    rv_nditer_init(&out, dst);
    rv_nditer_init_raw(&in, rv_ndarray_data(v), d->ndim, d->shape, strides);
    for (unsigned char *p; (p = rv_nditer_next(&out));)
        rv_nd_store(d->dtype, p, rv_nd_load(s->dtype, rv_nditer_next(&in)));
    rv_decref(v);
    return 0;
}
