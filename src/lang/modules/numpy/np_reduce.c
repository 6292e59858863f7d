/* src/lang/modules/numpy/np_reduce.c - reductions (sum, mean, min, max,
 * argmax, cumsum, any, all; as methods and as np functions, over everything or
 * along one axis) and the products np.dot / a.dot / @ for 1-D and 2-D.
 *
 * Float sums add pairwise, as NumPy's add.reduce does along a contiguous
 * axis (numpy/core/src/umath/loops_utils.h, pairwise_sum: below 8 items
 * one by one, up to 128 in eight interleaved partial sums, beyond that
 * split in halves), added to the identity 0.0.
 * Along another axis NumPy adds row after row, one by one, which the
 * same code gives for fewer than 8 rows. */
#include "lang/modules/numpy/np_int.h"

#include <math.h>
#include <string.h>

#include "base/alloc.h"
#include "core/exc.h"
#include "core/obj_int.h"
#include "core/obj_list.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"
#include "lang/modules/modargs.h"

typedef enum { R_SUM, R_MEAN, R_MIN, R_MAX, R_ARGMAX, R_CUMSUM, R_ANY, R_ALL } reduction_t;

static double pairwise(const double *x, int64_t n)
{
    if (n < 8) {
        double r = 0.0;
        for (int64_t i = 0; i < n; i++)
            r += x[i];
        return r;
    }
    if (n <= 128) {
        double r[8];
        for (int k = 0; k < 8; k++)
            r[k] = x[k];
        int64_t i;
        for (i = 8; i < n - (n % 8); i += 8)
            for (int k = 0; k < 8; k++)
                r[k] += x[i + k];
        double res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        for (; i < n; i++)
            res += x[i];
        return res;
    }
    int64_t n2 = n / 2;
    n2 -= n2 % 8;
    return pairwise(x, n2) + pairwise(x + n2, n - n2);
}

/* The dtype sum and cumsum accumulate in: int64 for bool and smaller
 * signed ints, uint64 for smaller unsigned ones, floats as they are. */
static rv_nd_dtype_t sum_dtype(rv_nd_dtype_t t)
{
    char k = rv_nd_kind(t);
    return k == 'b' || k == 'i' ? RV_ND_INT64 : k == 'u' ? RV_ND_UINT64 : t;
}

static rv_nd_dtype_t out_dtype(reduction_t r, rv_nd_dtype_t t)
{
    switch (r) {
    case R_SUM:
    case R_CUMSUM: return sum_dtype(t);
    case R_MEAN: return t == RV_ND_FLOAT32 ? RV_ND_FLOAT32 : RV_ND_FLOAT64;
    case R_ARGMAX: return RV_ND_INT64;
    case R_ANY:
    case R_ALL: return RV_ND_BOOL;
    default: return t;
    }
}

/* One reduction of the n values at p, p + stride, ... into out (R_CUMSUM:
 * n values at out, out + ostride, ...).  -1 with the error for an empty
 * min, max or argmax. */
static int reduce_line(reduction_t r, rv_nd_dtype_t t, const unsigned char *p, int64_t stride,
                       int64_t n, rv_nd_dtype_t ot, unsigned char *out, int64_t ostride)
{
    static const char *const names[] = { [R_MIN] = "minimum", [R_MAX] = "maximum" };
    if (n == 0 && (r == R_MIN || r == R_MAX)) {
        rv_err_format(&rv_exc_ValueError,
                      "zero-size array to reduction operation %s which has no identity", names[r]);
        return -1;
    }
    if (n == 0 && r == R_ARGMAX) {
        rv_err_format(&rv_exc_ValueError, "attempt to get argmax of an empty sequence");
        return -1;
    }
    if (r == R_ANY || r == R_ALL) { /* logical_or / logical_and reduce */
        bool acc = r == R_ALL;
        for (int64_t i = 0; i < n; i++) {
            rv_nd_val_t v = rv_nd_load(t, p + i * stride);
            bool nz = v.isf ? v.f != 0 : v.i != 0;
            acc = r == R_ANY ? acc || nz : acc && nz;
        }
        rv_nd_store(ot, out, rv_nd_int(acc));
        return 0;
    }
    bool isf = rv_nd_kind(ot) == 'f' || r == R_MEAN;
    if (r == R_SUM || r == R_MEAN) {
        if (isf) {
            double *x = rv_malloc(sizeof(double) * (size_t)(n ? n : 1));
            for (int64_t i = 0; i < n; i++) {
                /* Each item is first cast to the accumulating dtype. */
                unsigned char c[8];
                rv_nd_store(ot, c, rv_nd_load(t, p + i * stride));
                x[i] = rv_nd_load(ot, c).f;
            }
            double s = 0.0 + pairwise(x, n);
            rv_free(x);
            if (r == R_MEAN)
                s = n ? s / (double)n : NAN;
            rv_nd_store(ot, out, rv_nd_float(s));
        } else {
            uint64_t s = 0;
            for (int64_t i = 0; i < n; i++)
                s += (uint64_t)rv_nd_load(t, p + i * stride).i;
            rv_nd_store(ot, out, rv_nd_int((int64_t)s));
        }
        return 0;
    }
    if (r == R_CUMSUM) {
        double fs = 0;
        uint64_t is = 0;
        for (int64_t i = 0; i < n; i++) {
            rv_nd_val_t v = rv_nd_load(t, p + i * stride);
            if (isf) {
                fs += rv_nd_val_f(v);
                rv_nd_store(ot, out + i * ostride, rv_nd_float(fs));
            } else {
                is += (uint64_t)v.i;
                rv_nd_store(ot, out + i * ostride, rv_nd_int((int64_t)is));
            }
        }
        return 0;
    }
    /* min, max, argmax: NaN wins, as NumPy propagates it. */
    int64_t best = 0;
    rv_nd_val_t bv = rv_nd_load(t, p);
    for (int64_t i = 1; i < n; i++) {
        rv_nd_val_t v = rv_nd_load(t, p + i * stride);
        bool better;
        if (v.isf) {
            if (isnan(bv.f))
                break;
            better = isnan(v.f) || (r == R_MIN ? v.f < bv.f : v.f > bv.f);
        } else {
            better = r == R_MIN ? v.i < bv.i : v.i > bv.i;
        }
        if (better) {
            best = i;
            bv = v;
        }
    }
    rv_nd_store(ot, out, r == R_ARGMAX ? rv_nd_int(best) : bv);
    return 0;
}

static rv_obj_t *reduce(reduction_t r, rv_obj_t *a, rv_obj_t *axis_arg)
{
    const rv_ndarray_t *arr = RV_NDARRAY(a);
    rv_nd_dtype_t ot = out_dtype(r, arr->dtype);
    /* A 0-d array takes axis 0 (or -1) as the whole of it, as NumPy's
     * reductions do (mean excepted). */
    int64_t ax0;
    if (arr->ndim == 0 && r != R_MEAN && axis_arg && axis_arg != rv_None && RV_IS(axis_arg, rv_int_type) &&
        rv_int_fits_i64(axis_arg, &ax0) && (ax0 == 0 || ax0 == -1))
        axis_arg = NULL;
    if (!axis_arg || axis_arg == rv_None) {
        /* Over everything: the elements in C order, as one line. */
        rv_obj_t *flat = rv_ndarray_c_contiguous(a) ? rv_incref(a)
                                                     : rv_ndarray_copy_as(a, arr->dtype);
        int64_t n = rv_ndarray_size(flat), itemsize = rv_nd_dtype_itemsize(arr->dtype);
        rv_obj_t *out = rv_ndarray_new(ot, r == R_CUMSUM ? 1 : 0, &n);
        int s = reduce_line(r, arr->dtype, rv_ndarray_data(flat), itemsize, n, ot,
                            rv_ndarray_data(out), rv_nd_dtype_itemsize(ot));
        rv_decref(flat);
        if (s < 0) {
            rv_decref(out);
            return NULL;
        }
        return np_unwrap_steal(out);
    }
    int64_t axis;
    if (rv_arg_index_ssize(axis_arg, &axis) < 0)
        return NULL;
    if (axis < -arr->ndim || axis >= arr->ndim) {
        np_axis_error(axis, arr->ndim);
        return NULL;
    }
    if (axis < 0)
        axis += arr->ndim;
    /* The lines along the axis start at the elements of a with that
     * dimension removed. */
    int ndim = 0;
    int64_t shape[RV_ND_MAXDIM], strides[RV_ND_MAXDIM];
    for (int i = 0; i < arr->ndim; i++)
        if (i != axis) {
            shape[ndim] = arr->shape[i];
            strides[ndim++] = arr->strides[i];
        }
    rv_obj_t *out = r == R_CUMSUM ? rv_ndarray_new(ot, arr->ndim, arr->shape)
                                  : rv_ndarray_new(ot, ndim, shape);
    const rv_ndarray_t *o = RV_NDARRAY(out);
    int64_t ostrides[RV_ND_MAXDIM];
    int64_t ostride = r == R_CUMSUM ? o->strides[axis] : 0;
    for (int i = 0, k = 0; i < o->ndim; i++)
        if (r != R_CUMSUM || i != axis)
            ostrides[k++] = o->strides[i];
    rv_nditer_t in, at;
    rv_nditer_init_raw(&in, rv_ndarray_data(a), ndim, shape, strides);
    rv_nditer_init_raw(&at, rv_ndarray_data(out), ndim, shape, ostrides);
    for (unsigned char *p; (p = rv_nditer_next(&in));) {
        if (reduce_line(r, arr->dtype, p, arr->strides[axis], arr->shape[axis], ot,
                        rv_nditer_next(&at), ostride) < 0) {
            rv_decref(out);
            return NULL;
        }
    }
    return np_unwrap_steal(out);
}

/* f(a, axis=None): np.sum(a, axis) and a.sum(axis). */
static rv_obj_t *reduce_call(reduction_t r, const char *fname, rv_obj_t *a, rv_obj_t *const *args,
                             size_t nargs, rv_obj_t *kw)
{
    static const char *const names[] = { "axis", NULL };
    const rv_clinic_t c = { fname, names, 0, 1, 0 };
    rv_obj_t *p[1];
    /* dtype, out, keepdims ... are NumPy's too, but not modelled. */
    bool others = nargs > 1;
    for (size_t i = 0; kw && i < rv_tuple_len(kw); i++)
        others |= strcmp(rv_str_utf8(rv_tuple_get_borrow(kw, i)), "axis") != 0;
    if (others) {
        rv_obj_t *msg = rv_str_printf("%s() with arguments other than axis (refviz's model of "
                                      "NumPy lacks them)", fname);
        rv_err_set_obj(&rv_exc_RefvizUnsupported, msg);
        rv_decref(msg);
        return NULL;
    }
    if (rv_clinic_parse(&c, args, nargs, kw, p) < 0)
        return NULL;
    rv_obj_t *arr = np_asarray(a);
    if (!arr)
        return NULL;
    rv_obj_t *res = reduce(r, arr, p[0]);
    rv_decref(arr);
    return res;
}

#define REDUCTION(name, R)                                                                     \
    static rv_obj_t *m_##name(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw) \
    {                                                                                          \
        return reduce_call(R, #name, self, args, nargs, kw);                                   \
    }                                                                                          \
    static rv_obj_t *f_##name(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw) \
    {                                                                                          \
        (void)self;                                                                            \
        if (nargs == 0) { /* NumPy writes these functions in Python: def sum(a, axis=None) */ \
            rv_err_format(&rv_exc_TypeError,                                                   \
                          #name "() missing 1 required positional argument: 'a'");             \
            return NULL;                                                                       \
        }                                                                                      \
        return reduce_call(R, #name, args[0], args + 1, nargs - 1, kw);                        \
    }

REDUCTION(sum, R_SUM)
REDUCTION(mean, R_MEAN)
REDUCTION(min, R_MIN)
REDUCTION(max, R_MAX)
REDUCTION(argmax, R_ARGMAX)
REDUCTION(cumsum, R_CUMSUM)
REDUCTION(any, R_ANY)
REDUCTION(all, R_ALL)

/******************************************************************************/
/* dot and @                                                                  */

/* C = A B for A (n, k) and B (k, m) given by strides; C's dtype t. */
static void product(rv_nd_dtype_t ta, const unsigned char *a, int64_t as0, int64_t as1,
                    rv_nd_dtype_t tb, const unsigned char *b, int64_t bs0, int64_t bs1, int64_t n,
                    int64_t k, int64_t m, rv_nd_dtype_t t, unsigned char *c)
{
    int64_t itemsize = rv_nd_dtype_itemsize(t);
    bool isf = rv_nd_kind(t) == 'f';
    for (int64_t i = 0; i < n; i++)
        for (int64_t j = 0; j < m; j++, c += itemsize) {
            double fs = 0;
            uint64_t is = 0;
            bool any = false;
            for (int64_t l = 0; l < k; l++) {
                rv_nd_val_t x = rv_nd_load(ta, a + i * as0 + l * as1);
                rv_nd_val_t y = rv_nd_load(tb, b + l * bs0 + j * bs1);
                if (isf)
                    fs += rv_nd_val_f(x) * rv_nd_val_f(y);
                else if (t == RV_ND_BOOL)
                    any = any || (x.i && y.i);
                else
                    is += (uint64_t)x.i * (uint64_t)y.i;
            }
            rv_nd_store(t, c, isf ? rv_nd_float(fs) : rv_nd_int(t == RV_ND_BOOL ? any : (int64_t)is));
        }
}

static rv_nd_dtype_t product_dtype(rv_obj_t *a, rv_obj_t *b)
{
    /* The promotion of the two dtypes, as multiply gives for arrays. */
    rv_obj_t *x = rv_ndarray_new(RV_NDARRAY(a)->dtype, 1, (int64_t[]){ 1 });
    rv_obj_t *y = rv_ndarray_new(RV_NDARRAY(b)->dtype, 1, (int64_t[]){ 1 });
    rv_obj_t *z = np_binop(RV_OP_MUL, x, y);
    rv_nd_dtype_t t = RV_NDARRAY(z)->dtype;
    rv_decref(x);
    rv_decref(y);
    rv_decref(z);
    return t;
}

/* 1-D and 2-D operands: a (n?, k) times b (k, m?); the dimensions marked ?
 * are absent from the result when the operand is 1-D. */
static rv_obj_t *matrix_product(rv_obj_t *a, rv_obj_t *b, bool matmul)
{
    const rv_ndarray_t *x = RV_NDARRAY(a), *y = RV_NDARRAY(b);
    if (x->ndim > 2 || y->ndim > 2)
        return np_unsupported(matmul ? "@ on arrays of more than 2 dimensions"
                                     : "np.dot on arrays of more than 2 dimensions");
    int64_t n = x->ndim == 2 ? x->shape[0] : 1, k = x->shape[x->ndim - 1];
    int64_t k2 = y->shape[0], m = y->ndim == 2 ? y->shape[1] : 1;
    if (k != k2) {
        if (matmul) {
            rv_err_format(&rv_exc_ValueError,
                          "matmul: Input operand 1 has a mismatch in its core dimension 0, with "
                          "gufunc signature (n?,k),(k,m?)->(n?,m?) (size %lld is different from %lld)",
                          (long long)k2, (long long)k);
        } else {
            rv_buf_t t1 = RV_BUF_INIT, t2 = RV_BUF_INIT;
            np_shape_text(&t1, x->ndim, x->shape);
            np_shape_text(&t2, y->ndim, y->shape);
            rv_err_format(&rv_exc_ValueError, "shapes %s and %s not aligned: %lld (dim %d) != %lld (dim 0)",
                          rv_buf_cstr(&t1), rv_buf_cstr(&t2), (long long)k, x->ndim - 1,
                          (long long)k2);
            rv_buf_free(&t1);
            rv_buf_free(&t2);
        }
        return NULL;
    }
    int ndim = 0;
    int64_t shape[2];
    if (x->ndim == 2)
        shape[ndim++] = n;
    if (y->ndim == 2)
        shape[ndim++] = m;
    rv_nd_dtype_t t = product_dtype(a, b);
    rv_obj_t *c = rv_ndarray_new(t, ndim, shape);
    product(x->dtype, rv_ndarray_data(a), x->ndim == 2 ? x->strides[0] : 0, x->strides[x->ndim - 1],
            y->dtype, rv_ndarray_data(b), y->strides[0], y->ndim == 2 ? y->strides[1] : 0, n, k, m,
            t, rv_ndarray_data(c));
    return np_unwrap_steal(c);
}

rv_obj_t *np_matmul(rv_obj_t *a, rv_obj_t *b)
{
    rv_obj_t *x = np_asarray(a), *y = x ? np_asarray(b) : NULL, *r = NULL;
    if (y) {
        for (int i = 0; i < 2; i++) {
            const rv_ndarray_t *o = RV_NDARRAY(i ? y : x);
            if (o->ndim == 0) {
                rv_err_format(&rv_exc_ValueError,
                              "matmul: Input operand %d does not have enough dimensions (has 0, "
                              "gufunc core with signature (n?,k),(k,m?)->(n?,m?) requires 1)", i);
                goto done;
            }
        }
        r = matrix_product(x, y, true);
    }
done:
    rv_xdecref(x);
    rv_xdecref(y);
    return r;
}

static rv_obj_t *dot(rv_obj_t *a, rv_obj_t *b)
{
    rv_obj_t *x = np_asarray(a), *y = x ? np_asarray(b) : NULL, *r = NULL;
    if (y) {
        if (RV_NDARRAY(x)->ndim == 0 || RV_NDARRAY(y)->ndim == 0)
            r = np_binop(RV_OP_MUL, x, y);
        else
            r = matrix_product(x, y, false);
    }
    rv_xdecref(x);
    rv_xdecref(y);
    return r;
}

static rv_obj_t *f_dot(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    (void)self;
    if (kw)
        return np_unsupported("np.dot(out=...)");
    if (rv_arg_positional("dot", nargs, 2, 2) < 0)
        return NULL;
    return dot(args[0], args[1]);
}

static rv_obj_t *m_dot(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    if (kw)
        return np_unsupported("ndarray.dot(out=...)");
    if (rv_arg_positional("dot", nargs, 1, 1) < 0)
        return NULL;
    return dot(self, args[0]);
}

static rv_obj_t *f_matmul(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    (void)self;
    if (kw)
        return np_unsupported("np.matmul with keyword arguments");
    if (rv_arg_positional("matmul", nargs, 2, 2) < 0)
        return NULL;
    return np_matmul(args[0], args[1]);
}

const rv_method_t np_reduce_functions[] = {
    { "sum", f_sum, 0 },       { "mean", f_mean, 0 },     { "min", f_min, 0 },
    { "max", f_max, 0 },       { "amin", f_min, 0 },      { "amax", f_max, 0 },
    { "argmax", f_argmax, 0 }, { "cumsum", f_cumsum, 0 }, { "dot", f_dot, 0 },
    { "matmul", f_matmul, 0 }, { "any", f_any, 0 },       { "all", f_all, 0 },
    { NULL, NULL, 0 },
};

const rv_method_t np_reduce_methods[] = {
    { "sum", m_sum, 0 },       { "mean", m_mean, 0 },     { "min", m_min, 0 },
    { "max", m_max, 0 },       { "argmax", m_argmax, 0 }, { "cumsum", m_cumsum, 0 },
    { "dot", m_dot, 0 },       { "any", m_any, 0 },       { "all", m_all, 0 },
    { NULL, NULL, 0 },
};
