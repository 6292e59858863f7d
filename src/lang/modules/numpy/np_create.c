/* src/lang/modules/numpy/np_create.c - making arrays: np.array from nested
 * lists (numpy/core/src/multiarray/array_coercion.c's shape discovery and
 * dtype inference), arange, zeros, ones, empty, full, linspace. */
#include "lang/modules/numpy/np_int.h"

#include <math.h>
#include <string.h>

#include "core/exc.h"
#include "core/obj_bool.h"
#include "core/obj_float.h"
#include "core/obj_int.h"
#include "core/obj_list.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"
#include "lang/modules/modargs.h"

bool np_scalar_dtype(rv_obj_t *o, rv_nd_dtype_t *out)
{
    if (RV_IS(o, rv_bool_type))
        *out = RV_ND_BOOL;
    else if (RV_IS(o, rv_int_type))
        *out = RV_ND_INT64;
    else if (RV_IS(o, rv_float_type))
        *out = RV_ND_FLOAT64;
    else if (rv_ndscalar_check(o))
        *out = RV_NDSCALAR(o)->dtype;
    else
        return false;
    return true;
}

rv_nd_val_t np_scalar_val(rv_obj_t *o)
{
    if (RV_IS(o, rv_bool_type))
        return rv_nd_int(o == rv_True);
    if (RV_IS(o, rv_float_type))
        return rv_nd_float(rv_float_value(o));
    if (rv_ndscalar_check(o))
        return rv_nd_load(RV_NDSCALAR(o)->dtype, RV_NDSCALAR(o)->data);
    int64_t i = 0;
    if (!rv_int_fits_i64(o, &i)) /* NumPy would make an object or uint64 array */
        i = 0;
    return rv_nd_int(i);
}

int np_dtype_arg(rv_obj_t *o, rv_nd_dtype_t *out)
{
    if (rv_nddtype_check(o)) {
        *out = ((rv_nddtype_t *)o)->dtype;
        return 0;
    }
    if (o == &rv_int_type.ob) {
        *out = RV_ND_INT64;
        return 0;
    }
    if (o == &rv_float_type.ob) {
        *out = RV_ND_FLOAT64;
        return 0;
    }
    if (o == &rv_bool_type.ob) {
        *out = RV_ND_BOOL;
        return 0;
    }
    for (int t = 0; t < RV_ND_NTYPES; t++)
        if (o == &rv_ndscalar_types[t].ob) {
            *out = (rv_nd_dtype_t)t;
            return 0;
        }
    if (RV_IS(o, rv_str_type)) {
        if (rv_nd_dtype_from_name(rv_str_utf8(o), out))
            return 0;
        rv_err_format(&rv_exc_TypeError, "data type '%s' not understood", rv_str_utf8(o));
        return -1;
    }
    np_unsupported("this dtype (refviz models bool, int8-int64, uint8-uint64, float32 and "
                   "float64)");
    return -1;
}

int np_shape_arg_signed(rv_obj_t *o, int *ndim, int64_t *shape)
{
    if (RV_IS(o, rv_tuple_type) || RV_IS(o, rv_list_type)) {
        size_t n;
        rv_obj_t *const *items = rv_sequence_fast_items(o, &n);
        if (n > RV_ND_MAXDIM) {
            rv_err_format(&rv_exc_ValueError,
                          "maximum supported dimension for an ndarray is 32, found %zu", n);
            return -1;
        }
        for (size_t i = 0; i < n; i++)
            if (rv_arg_index_ssize(items[i], &shape[i]) < 0)
                return -1;
        *ndim = (int)n;
    } else {
        if (rv_arg_index_ssize(o, &shape[0]) < 0)
            return -1;
        *ndim = 1;
    }
    return 0;
}

int np_shape_arg(rv_obj_t *o, int *ndim, int64_t *shape)
{
    if (np_shape_arg_signed(o, ndim, shape) < 0)
        return -1;
    for (int i = 0; i < *ndim; i++)
        if (shape[i] < 0) {
            rv_err_format(&rv_exc_ValueError, "negative dimensions are not allowed");
            return -1;
        }
    return 0;
}

/******************************************************************************/
/* np.array from nested sequences                                             */

/* What discovery learns of a nested list: its shape, and the widest kind
 * of scalar met (bool < int < float). */
typedef struct discovery {
    int ndim;            /* -1 until the first scalar fixes the depth */
    int64_t shape[RV_ND_MAXDIM];
    int kind;            /* 0 none, 1 bool, 2 int, 3 float */
    rv_nd_dtype_t seen;  /* the dtype of NumPy scalars met, kind 4 */
    bool ragged;
    int ragged_at;       /* the depth where the shapes first disagreed */
} discovery_t;

static bool is_seq(rv_obj_t *o)
{
    return RV_IS(o, rv_list_type) || RV_IS(o, rv_tuple_type) || RV_IS(o, rv_ndarray_type);
}

static size_t seq_len(rv_obj_t *o)
{
    if (RV_IS(o, rv_ndarray_type))
        return RV_NDARRAY(o)->ndim ? (size_t)RV_NDARRAY(o)->shape[0] : 0;
    size_t n;
    rv_sequence_fast_items(o, &n);
    return n;
}

/* Item i of a list, tuple or array (new reference). */
static rv_obj_t *seq_item(rv_obj_t *o, size_t i)
{
    if (RV_IS(o, rv_ndarray_type)) {
        rv_obj_t *k = rv_int_from_u64(i);
        rv_obj_t *r = np_getitem(o, k);
        rv_decref(k);
        return r;
    }
    size_t n;
    return rv_incref(rv_sequence_fast_items(o, &n)[i]);
}

/* The shapes disagree at depth: NumPy reports the shallowest such depth. */
static void mark_ragged(discovery_t *d, int depth)
{
    if (!d->ragged || depth < d->ragged_at)
        d->ragged_at = depth;
    d->ragged = true;
}

/* Walks nested lists, tuples and arrays: the first path down fixes the
 * shape, every other must agree (array_coercion.c's discovery). */
static int discover(rv_obj_t *o, int depth, discovery_t *d)
{
    if (RV_IS(o, rv_ndarray_type) && RV_NDARRAY(o)->ndim == 0) {
        rv_obj_t *s = np_unwrap_steal(rv_incref(o));
        int r = discover(s, depth, d);
        rv_decref(s);
        return r;
    }
    if (is_seq(o)) {
        if (depth >= RV_ND_MAXDIM)
            return np_unsupported("arrays of more than 32 dimensions") ? 0 : -1;
        size_t n = seq_len(o);
        if (d->ndim >= 0 && depth >= d->ndim) { /* a list where scalars were */
            mark_ragged(d, d->ndim);
            return 0;
        }
        if (d->shape[depth] < 0) {
            d->shape[depth] = (int64_t)n;
        } else if (d->shape[depth] != (int64_t)n) {
            mark_ragged(d, depth);
            return 0;
        }
        if (n == 0 && d->ndim < 0)
            d->ndim = depth + 1;
        for (size_t i = 0; i < n; i++) {
            rv_obj_t *item = seq_item(o, i);
            if (!item)
                return -1;
            int r = discover(item, depth + 1, d);
            rv_decref(item);
            if (r < 0)
                return -1;
        }
        return 0;
    }
    rv_nd_dtype_t t;
    if (!np_scalar_dtype(o, &t)) {
        rv_obj_t *msg = rv_str_printf("np.array of %s objects (refviz models arrays of bool, "
                                      "int and float)", rv_type_name(o->type));
        rv_err_set_obj(&rv_exc_RefvizUnsupported, msg);
        rv_decref(msg);
        return -1;
    }
    if (d->ndim < 0)
        d->ndim = depth;
    else if (depth != d->ndim) /* a scalar where lists were */
        mark_ragged(d, depth);
    int kind = RV_IS(o, rv_bool_type) ? 1 : RV_IS(o, rv_int_type) ? 2 : RV_IS(o, rv_float_type) ? 3 : 4;
    if (kind == 4) {
        d->seen = d->kind == 4 && rv_nd_kind(d->seen) == 'f' ? d->seen : t;
        kind = t == RV_ND_BOOL ? 1 : rv_nd_kind(t) == 'f' ? 3 : 2;
    }
    if (kind > d->kind)
        d->kind = kind;
    return 0;
}

static void fill(rv_obj_t *o, rv_nd_dtype_t dtype, unsigned char **out)
{
    if (is_seq(o) && !(RV_IS(o, rv_ndarray_type) && RV_NDARRAY(o)->ndim == 0)) {
        size_t n = seq_len(o);
        for (size_t i = 0; i < n; i++) {
            rv_obj_t *item = seq_item(o, i);
            fill(item, dtype, out);
            rv_decref(item);
        }
        return;
    }
    rv_nd_val_t v;
    if (RV_IS(o, rv_ndarray_type))
        v = rv_nd_load(RV_NDARRAY(o)->dtype, rv_ndarray_data(o));
    else
        v = np_scalar_val(o);
    rv_nd_store(dtype, *out, v);
    *out += rv_nd_dtype_itemsize(dtype);
}

rv_obj_t *np_array_from(rv_obj_t *o, bool has_dtype, rv_nd_dtype_t dtype)
{
    if (RV_IS(o, rv_ndarray_type))
        return rv_ndarray_copy_as(o, has_dtype ? dtype : RV_NDARRAY(o)->dtype);
    discovery_t d = { .ndim = -1, .kind = 0 };
    for (int i = 0; i < RV_ND_MAXDIM; i++)
        d.shape[i] = -1;
    if (discover(o, 0, &d) < 0)
        return NULL;
    if (d.ragged) {
        /* This message writes the shape as a Python tuple: "(2, 2)". */
        rv_buf_t t = RV_BUF_INIT;
        rv_buf_addc(&t, '(');
        for (int i = 0; i < d.ragged_at; i++)
            rv_buf_printf(&t, i ? ", %lld" : "%lld", (long long)d.shape[i]);
        rv_buf_adds(&t, d.ragged_at == 1 ? ",)" : ")");
        rv_err_format(&rv_exc_ValueError,
                      "setting an array element with a sequence. The requested array has an "
                      "inhomogeneous shape after %d dimensions. The detected shape was %s + "
                      "inhomogeneous part.",
                      d.ragged_at, rv_buf_cstr(&t));
        rv_buf_free(&t);
        return NULL;
    }
    if (d.ndim < 0)
        d.ndim = 0;
    if (!has_dtype)
        dtype = d.kind == 1 ? RV_ND_BOOL : d.kind == 3 || d.kind == 0 ? RV_ND_FLOAT64 : RV_ND_INT64;
    rv_obj_t *a = rv_ndarray_new(dtype, d.ndim, d.shape);
    unsigned char *p = rv_ndarray_data(a);
    fill(o, dtype, &p);
    return a;
}

rv_obj_t *np_asarray(rv_obj_t *o)
{
    if (RV_IS(o, rv_ndarray_type))
        return rv_incref(o);
    return np_array_from(o, false, RV_ND_INT64);
}

/******************************************************************************/
/* the functions                                                              */

/* dtype=None is "infer"; anything else goes through np_dtype_arg. */
static int opt_dtype(rv_obj_t *o, bool *has, rv_nd_dtype_t *t)
{
    *has = o && o != rv_None;
    return *has ? np_dtype_arg(o, t) : 0;
}

static rv_obj_t *np_array(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    (void)self;
    static const char *const names[] = { "object", "dtype", NULL };
    const rv_clinic_t c = { "array", names, 0, 2, 1 };
    rv_obj_t *p[2];
    if (np_parse(&c, args, nargs, kw, p) < 0)
        return NULL;
    bool has;
    rv_nd_dtype_t t = RV_ND_INT64;
    if (opt_dtype(p[1], &has, &t) < 0)
        return NULL;
    return np_array_from(p[0], has, t);
}

/* The arguments of a function that makes an array of a given shape
 * (zeros, ones, empty, full): shape first, dtype at p[dtype_at]. */
typedef struct shaped_args {
    int ndim;
    int64_t shape[RV_ND_MAXDIM];
    bool has_dtype;
    rv_nd_dtype_t dtype; /* as given, else the caller's default */
} shaped_args_t;

static int parse_shaped(const rv_clinic_t *c, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw,
                        rv_obj_t **p, size_t dtype_at, shaped_args_t *s)
{
    if (np_parse(c, args, nargs, kw, p) < 0 || np_shape_arg(p[0], &s->ndim, s->shape) < 0)
        return -1;
    return opt_dtype(p[dtype_at], &s->has_dtype, &s->dtype);
}

static rv_obj_t *filled(rv_obj_t *const *args, size_t nargs, rv_obj_t *kw, const char *fname,
                        rv_nd_dtype_t deflt, int fillwith)
{
    static const char *const names[] = { "shape", "dtype", NULL };
    const rv_clinic_t c = { fname, names, 0, 2, 1 };
    rv_obj_t *p[2];
    shaped_args_t s = { .dtype = deflt };
    if (parse_shaped(&c, args, nargs, kw, p, 1, &s) < 0)
        return NULL;
    rv_obj_t *a = rv_ndarray_new(s.dtype, s.ndim, s.shape);
    if (fillwith) {
        rv_nditer_t it;
        rv_nditer_init(&it, a);
        for (unsigned char *q; (q = rv_nditer_next(&it));)
            rv_nd_store(s.dtype, q, rv_nd_int(fillwith));
    }
    return a;
}

static rv_obj_t *np_zeros(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    (void)self;
    return filled(args, nargs, kw, "zeros", RV_ND_FLOAT64, 0);
}

static rv_obj_t *np_ones(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    (void)self;
    return filled(args, nargs, kw, "ones", RV_ND_FLOAT64, 1);
}

/* np.empty leaves NumPy's memory as it was: its values are arbitrary, so
 * refviz gives zeros and programs should only look at its shape. */
static rv_obj_t *np_empty(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    (void)self;
    return filled(args, nargs, kw, "empty", RV_ND_FLOAT64, 0);
}

static rv_obj_t *np_full(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    (void)self;
    static const char *const names[] = { "shape", "fill_value", "dtype", NULL };
    const rv_clinic_t c = { "full", names, 0, 3, 2 };
    rv_obj_t *p[3];
    shaped_args_t s = { .dtype = RV_ND_INT64 }; /* (read only when given) */
    if (parse_shaped(&c, args, nargs, kw, p, 2, &s) < 0)
        return NULL;
    rv_obj_t *v = np_asarray(p[1]);
    if (!v)
        return NULL;
    /* No dtype: the fill value's. */
    rv_obj_t *a = rv_ndarray_new(s.has_dtype ? s.dtype : RV_NDARRAY(v)->dtype, s.ndim, s.shape);
    int r = np_assign(a, v);
    rv_decref(v);
    if (r < 0) {
        rv_decref(a);
        return NULL;
    }
    return a;
}

/* arange([start,] stop[, step], dtype=None): ceil((stop - start) / step)
 * values start + i * step, int64 when every bound is an int. */
static rv_obj_t *np_arange(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    (void)self;
    static const char *const names[] = { "start", "stop", "step", "dtype", NULL };
    const rv_clinic_t c = { "arange", names, 0, 4, 1 };
    rv_obj_t *p[4];
    if (np_parse(&c, args, nargs, kw, p) < 0)
        return NULL;
    rv_obj_t *bounds[3] = { p[0], p[1], p[2] };
    if (!p[1] || p[1] == rv_None) { /* arange(stop) */
        bounds[0] = NULL;
        bounds[1] = p[0];
    }
    rv_nd_val_t v[3] = { rv_nd_int(0), rv_nd_int(0), rv_nd_int(1) };
    bool isf = false;
    for (int i = 0; i < 3; i++) {
        rv_nd_dtype_t t;
        if (!bounds[i] || bounds[i] == rv_None)
            continue;
        if (!np_scalar_dtype(bounds[i], &t))
            return np_unsupported("np.arange with bounds that are not numbers");
        v[i] = np_scalar_val(bounds[i]);
        isf |= v[i].isf;
    }
    double span = (rv_nd_val_f(v[1]) - rv_nd_val_f(v[0])) / rv_nd_val_f(v[2]);
    if (rv_nd_val_f(v[2]) == 0) {
        rv_err_format(&rv_exc_ZeroDivisionError, "division by zero");
        return NULL;
    }
    int64_t n = span > 0 ? (int64_t)ceil(span) : 0;
    bool has;
    rv_nd_dtype_t t = RV_ND_INT64;
    if (opt_dtype(p[3], &has, &t) < 0)
        return NULL;
    if (!has)
        t = isf ? RV_ND_FLOAT64 : RV_ND_INT64;
    rv_obj_t *a = rv_ndarray_new(t, 1, &n);
    unsigned char *q = rv_ndarray_data(a);
    for (int64_t i = 0; i < n; i++, q += rv_nd_dtype_itemsize(t)) {
        if (isf)
            rv_nd_store(t, q, rv_nd_float(rv_nd_val_f(v[0]) + (double)i * rv_nd_val_f(v[2])));
        else
            rv_nd_store(t, q, rv_nd_int(v[0].i + i * v[2].i));
    }
    return a;
}

/* linspace(start, stop, num=50, endpoint=True, retstep=False, dtype=None):
 * start + i * step, the last exactly stop (function_base.py). */
static rv_obj_t *np_linspace(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    (void)self;
    static const char *const names[] = { "start", "stop", "num", "endpoint", "retstep",
                                         "dtype", NULL };
    const rv_clinic_t c = { "linspace", names, 0, 6, 2 };
    rv_obj_t *p[6];
    if (np_parse(&c, args, nargs, kw, p) < 0)
        return NULL;
    rv_nd_dtype_t t;
    if (!np_scalar_dtype(p[0], &t) || !np_scalar_dtype(p[1], &t))
        return np_unsupported("np.linspace with bounds that are not numbers");
    if (p[4] && rv_truth(p[4]))
        return np_unsupported("np.linspace(retstep=True)");
    double start = rv_nd_val_f(np_scalar_val(p[0])), stop = rv_nd_val_f(np_scalar_val(p[1]));
    int64_t n = 50;
    if (p[2] && rv_arg_index_ssize(p[2], &n) < 0)
        return NULL;
    if (n < 0) {
        rv_err_format(&rv_exc_ValueError, "Number of samples, %lld, must be non-negative.",
                      (long long)n);
        return NULL;
    }
    bool endpoint = !p[3] || rv_truth(p[3]);
    bool has;
    t = RV_ND_FLOAT64;
    if (opt_dtype(p[5], &has, &t) < 0)
        return NULL;
    int64_t div = endpoint ? n - 1 : n;
    double step = div > 0 ? (stop - start) / (double)div : NAN;
    rv_obj_t *a = rv_ndarray_new(t, 1, &n);
    unsigned char *q = rv_ndarray_data(a);
    for (int64_t i = 0; i < n; i++, q += rv_nd_dtype_itemsize(t)) {
        double y = div > 0 ? (double)i * step + start : (double)i * (stop - start) + start;
        if (endpoint && n > 1 && i == n - 1)
            y = stop;
        rv_nd_store(t, q, rv_nd_float(y));
    }
    if (n < 2)
        return a;
    /* NumPy's linspace ends with a reshape of its work array: the result
     * is a view whose base is that array (flags.owndata is False). */
    int64_t stride = rv_nd_dtype_itemsize(t);
    rv_obj_t *v = rv_ndarray_view(a, 1, &n, &stride, 0);
    rv_decref(a);
    return v;
}

const rv_method_t np_create_functions[] = {
    { "array", np_array, 0 },     { "arange", np_arange, 0 },
    { "zeros", np_zeros, 0 },     { "ones", np_ones, 0 },       { "empty", np_empty, 0 },
    { "full", np_full, 0 },       { "linspace", np_linspace, 0 }, { NULL, NULL, 0 },
};
