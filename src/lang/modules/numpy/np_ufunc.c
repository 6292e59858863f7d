/* src/lang/modules/numpy/np_ufunc.c - element-wise arithmetic and
 * comparison (NumPy's ufuncs add, subtract, ..., less, equal) with
 * broadcasting, and np.sqrt.
 *
 * Outline: both operands become arrays (a Python or NumPy scalar a 0-d
 * one); the result dtype follows NumPy 1.24's promotion, including its
 * value-based casting (a Python or NumPy scalar, or a 0-d array, next to
 * an array of at least one dimension does not widen it when its kind --
 * bool < int < float -- is no greater: int8 array + 1 is int8); the shapes
 * broadcast; each pair of elements is computed in the result's domain
 * (int64 wrapping or double) and stored with the result's cast.  A 0-d
 * result is returned as a NumPy scalar, as ufuncs do. */
#include "lang/modules/numpy/np_int.h"

#include <math.h>
#include <string.h>

#include "core/exc.h"
#include "core/obj_bool.h"
#include "core/obj_float.h"
#include "core/obj_int.h"
#include "core/obj_list.h"
#include "core/obj_tuple.h"
#include "lang/modules/modargs.h"


static int category(rv_nd_dtype_t t)
{
    char k = rv_nd_kind(t);
    return k == 'b' ? 0 : k == 'f' ? 2 : 1;
}

static rv_nd_dtype_t signed_of_size(int size)
{
    return size <= 1 ? RV_ND_INT8 : size == 2 ? RV_ND_INT16 : size == 4 ? RV_ND_INT32 : RV_ND_INT64;
}

/* np.promote_types for the eleven dtypes. */
static rv_nd_dtype_t promote(rv_nd_dtype_t a, rv_nd_dtype_t b)
{
    if (a == b || b == RV_ND_BOOL)
        return a;
    if (a == RV_ND_BOOL)
        return b;
    char ka = rv_nd_kind(a), kb = rv_nd_kind(b);
    int sa = rv_nd_dtype_itemsize(a), sb = rv_nd_dtype_itemsize(b);
    if (ka == 'f' && kb == 'f')
        return sa >= sb ? a : b;
    if (ka == 'f' || kb == 'f') {
        rv_nd_dtype_t f = ka == 'f' ? a : b;
        int isize = ka == 'f' ? sb : sa;
        return f == RV_ND_FLOAT32 && isize <= 2 ? RV_ND_FLOAT32 : RV_ND_FLOAT64;
    }
    if (ka == kb)
        return sa >= sb ? a : b;
    int ss = ka == 'i' ? sa : sb, us = ka == 'u' ? sa : sb;
    if (us < ss)
        return ka == 'i' ? a : b;
    return us < 8 ? signed_of_size(us * 2) : RV_ND_FLOAT64;
}

/* Whether an int value fits in dtype t. */
static bool int_fits(rv_nd_dtype_t t, int64_t v)
{
    switch (t) {
    case RV_ND_INT8: return v >= INT8_MIN && v <= INT8_MAX;
    case RV_ND_INT16: return v >= INT16_MIN && v <= INT16_MAX;
    case RV_ND_INT32: return v >= INT32_MIN && v <= INT32_MAX;
    case RV_ND_UINT8: return v >= 0 && v <= UINT8_MAX;
    case RV_ND_UINT16: return v >= 0 && v <= UINT16_MAX;
    case RV_ND_UINT32: return v >= 0 && v <= UINT32_MAX;
    case RV_ND_UINT64: return v >= 0;
    default: return true;
    }
}

/* np.min_scalar_type of an int value, as legacy promotion uses it: the
 * smallest unsigned type for a value >= 0, except that next to a signed
 * array a value the signed type of that size holds counts as signed
 * (int8 array + 1000 is int16, not int32). */
static rv_nd_dtype_t min_int_type(int64_t v, bool signed_array)
{
    static const rv_nd_dtype_t u[] = { RV_ND_UINT8, RV_ND_UINT16, RV_ND_UINT32, RV_ND_UINT64 };
    static const rv_nd_dtype_t i[] = { RV_ND_INT8, RV_ND_INT16, RV_ND_INT32, RV_ND_INT64 };
    for (int k = 0; k < 4; k++) {
        if (v < 0 && int_fits(i[k], v))
            return i[k];
        if (v >= 0 && int_fits(u[k], v))
            return signed_array && int_fits(i[k], v) ? i[k] : u[k];
    }
    return RV_ND_INT64;
}

/* The result dtype of two operands (arrays by now); weak_a/weak_b: that
 * operand was a scalar or 0-d next to an array of higher dimension. */
static rv_nd_dtype_t result_dtype(rv_obj_t *a, bool weak_a, rv_obj_t *b, bool weak_b)
{
    rv_nd_dtype_t ta = RV_NDARRAY(a)->dtype, tb = RV_NDARRAY(b)->dtype;
    if (weak_a != weak_b) {
        rv_obj_t *s = weak_a ? a : b;
        rv_nd_dtype_t ts = weak_a ? ta : tb, tarr = weak_a ? tb : ta;
        if (category(ts) < category(tarr))
            return tarr;
        if (category(ts) == category(tarr)) {
            if (category(ts) != 1)
                return tarr;
            int64_t v = rv_nd_load(ts, rv_ndarray_data(s)).i;
            return promote(tarr, min_int_type(v, rv_nd_kind(tarr) == 'i'));
        }
    }
    return promote(ta, tb);
}

void np_shape_text(rv_buf_t *b, int ndim, const int64_t *shape)
{
    rv_buf_addc(b, '(');
    for (int i = 0; i < ndim; i++)
        rv_buf_printf(b, i ? ",%lld" : "%lld", (long long)shape[i]);
    rv_buf_adds(b, ndim == 1 ? ",)" : ")");
}

int np_broadcast(int na, const int64_t *a, int nb, const int64_t *b, int *nout, int64_t *out)
{
    int n = na > nb ? na : nb;
    for (int i = 1; i <= n; i++) {
        int64_t x = i <= na ? a[na - i] : 1, y = i <= nb ? b[nb - i] : 1;
        if (x != y && x != 1 && y != 1) {
            rv_buf_t t1 = RV_BUF_INIT, t2 = RV_BUF_INIT;
            np_shape_text(&t1, na, a);
            np_shape_text(&t2, nb, b);
            rv_err_format(&rv_exc_ValueError,
                          "operands could not be broadcast together with shapes %s %s ",
                          rv_buf_cstr(&t1), rv_buf_cstr(&t2));
            rv_buf_free(&t1);
            rv_buf_free(&t2);
            return -1;
        }
        out[n - i] = x == 1 ? y : x;
    }
    *nout = n;
    return 0;
}

void np_broadcast_strides(int ndim, const int64_t *shape, const int64_t *strides, int nout,
                          const int64_t *out, int64_t *res)
{
    for (int i = 1; i <= nout; i++)
        res[nout - i] = i <= ndim && shape[ndim - i] == out[nout - i] ? strides[ndim - i] : 0;
}

rv_obj_t *np_unwrap_steal(rv_obj_t *a)
{
    if (!a || !RV_IS(a, rv_ndarray_type) || RV_NDARRAY(a)->ndim != 0)
        return a;
    rv_obj_t *s = rv_ndscalar_new(RV_NDARRAY(a)->dtype, rv_ndarray_data(a));
    rv_decref(a);
    return s;
}

/******************************************************************************/
/* element operations                                                         */

static const char *const ufunc_names[] = {
    [RV_OP_ADD] = "add", [RV_OP_SUB] = "subtract", [RV_OP_MUL] = "multiply",
    [RV_OP_TRUEDIV] = "true_divide", [RV_OP_FLOORDIV] = "floor_divide",
    [RV_OP_MOD] = "remainder", [RV_OP_POW] = "power", [RV_OP_LSHIFT] = "left_shift",
    [RV_OP_RSHIFT] = "right_shift", [RV_OP_AND] = "bitwise_and", [RV_OP_OR] = "bitwise_or",
    [RV_OP_XOR] = "bitwise_xor", [RV_OP_MATMUL] = "matmul",
};

/* Python's floor division and modulo on doubles (npy_divmod). */
static double float_mod(double a, double b)
{
    double m = fmod(a, b);
    if (m != 0 && ((b < 0) != (m < 0)))
        m += b;
    else if (m == 0)
        m = copysign(0.0, b);
    return m;
}

static double float_floordiv(double a, double b)
{
    if (b == 0)
        return a / b;
    double m = fmod(a, b), div = (a - m) / b;
    if (m != 0 && ((b < 0) != (m < 0)))
        div -= 1.0;
    double f = floor(div);
    if (div - f > 0.5)
        f += 1.0;
    return div == 0 ? copysign(0.0, a / b) : f;
}

static rv_nd_val_t int_op(rv_binop_t op, int64_t x, int64_t y)
{
    uint64_t ux = (uint64_t)x, uy = (uint64_t)y;
    switch (op) {
    case RV_OP_ADD: return rv_nd_int((int64_t)(ux + uy));
    case RV_OP_SUB: return rv_nd_int((int64_t)(ux - uy));
    case RV_OP_MUL: return rv_nd_int((int64_t)(ux * uy));
    case RV_OP_FLOORDIV: {
        if (y == 0 || (x == INT64_MIN && y == -1))
            return rv_nd_int(y == 0 ? 0 : x); /* NumPy warns and gives 0 */
        int64_t q = x / y;
        if ((x % y != 0) && ((x < 0) != (y < 0)))
            q--;
        return rv_nd_int(q);
    }
    case RV_OP_MOD: {
        if (y == 0 || y == -1)
            return rv_nd_int(0);
        int64_t m = x % y;
        if (m != 0 && ((m < 0) != (y < 0)))
            m += y;
        return rv_nd_int(m);
    }
    case RV_OP_POW: {
        uint64_t r = 1, b = ux;
        for (int64_t e = y; e > 0; e >>= 1) {
            if (e & 1)
                r *= b;
            b *= b;
        }
        return rv_nd_int((int64_t)r);
    }
    case RV_OP_AND: return rv_nd_int(x & y);
    case RV_OP_OR: return rv_nd_int(x | y);
    case RV_OP_XOR: return rv_nd_int(x ^ y);
    default: return rv_nd_int(0);
    }
}

static rv_nd_val_t float_op(rv_binop_t op, double x, double y)
{
    switch (op) {
    case RV_OP_ADD: return rv_nd_float(x + y);
    case RV_OP_SUB: return rv_nd_float(x - y);
    case RV_OP_MUL: return rv_nd_float(x * y);
    case RV_OP_TRUEDIV: return rv_nd_float(x / y);
    case RV_OP_FLOORDIV: return rv_nd_float(float_floordiv(x, y));
    case RV_OP_MOD: return rv_nd_float(y == 0 ? NAN : float_mod(x, y));
    case RV_OP_POW: return rv_nd_float(pow(x, y));
    default: return rv_nd_float(0);
    }
}

static bool compare(rv_cmpop_t op, rv_nd_val_t x, rv_nd_val_t y, bool isf)
{
    if (isf) {
        double a = rv_nd_val_f(x), b = rv_nd_val_f(y);
        switch (op) {
        case RV_LT: return a < b;
        case RV_LE: return a <= b;
        case RV_EQ: return a == b;
        case RV_NE: return a != b;
        case RV_GT: return a > b;
        default: return a >= b;
        }
    }
    switch (op) {
    case RV_LT: return x.i < y.i;
    case RV_LE: return x.i <= y.i;
    case RV_EQ: return x.i == y.i;
    case RV_NE: return x.i != y.i;
    case RV_GT: return x.i > y.i;
    default: return x.i >= y.i;
    }
}

/* An operand as an array, and whether it counts as a scalar for value-
 * based casting; NotImplemented (returned in *ni) for what NumPy would
 * not take as a number. */
static rv_obj_t *operand(rv_obj_t *o, bool *scalar)
{
    rv_nd_dtype_t t;
    if (np_scalar_dtype(o, &t)) {
        *scalar = true;
        return np_array_from(o, true, t);
    }
    *scalar = RV_IS(o, rv_ndarray_type) && RV_NDARRAY(o)->ndim == 0;
    if (RV_IS(o, rv_ndarray_type) || RV_IS(o, rv_list_type) || RV_IS(o, rv_tuple_type))
        return np_asarray(o);
    return NULL;
}

/* Computes op (a binop, or a comparison when cmp >= 0) over broadcast a and
 * b; new array (not unwrapped). */
static rv_obj_t *elementwise(int binop, int cmp, rv_obj_t *a, bool wa, rv_obj_t *b, bool wb)
{
    const rv_ndarray_t *x = RV_NDARRAY(a), *y = RV_NDARRAY(b);
    int ndim;
    int64_t shape[RV_ND_MAXDIM], sx[RV_ND_MAXDIM], sy[RV_ND_MAXDIM];
    /* Value-based casting applies only next to an array of higher dimension. */
    bool weak_a = wa && x->ndim == 0 && y->ndim > 0, weak_b = wb && y->ndim == 0 && x->ndim > 0;
    rv_nd_dtype_t t = result_dtype(a, weak_a, b, weak_b), out = t;
    bool isf = rv_nd_kind(t) == 'f';
    if (cmp >= 0) {
        out = RV_ND_BOOL;
    } else {
        rv_binop_t op = (rv_binop_t)binop;
        if (t == RV_ND_BOOL && op == RV_OP_SUB) {
            rv_err_format(&rv_exc_TypeError,
                          "numpy boolean subtract, the `-` operator, is not supported, use the "
                          "bitwise_xor, the `^` operator, or the logical_xor function instead.");
            return NULL;
        }
        if (op == RV_OP_LSHIFT || op == RV_OP_RSHIFT)
            return np_unsupported("<< and >> on arrays");
        if ((op == RV_OP_AND || op == RV_OP_OR || op == RV_OP_XOR) && isf) {
            rv_err_format(&rv_exc_TypeError,
                          "ufunc '%s' not supported for the input types, and the inputs could not "
                          "be safely coerced to any supported types according to the casting rule "
                          "''safe''",
                          ufunc_names[op]);
            return NULL;
        }
        if (op == RV_OP_TRUEDIV && !isf)
            out = t = RV_ND_FLOAT64;
        if (t == RV_ND_BOOL && (op == RV_OP_FLOORDIV || op == RV_OP_MOD || op == RV_OP_POW))
            out = t = RV_ND_INT8;
        isf = rv_nd_kind(t) == 'f';
    }
    /* NumPy picks the loop for the dtypes first, then broadcasts. */
    if (np_broadcast(x->ndim, x->shape, y->ndim, y->shape, &ndim, shape) < 0)
        return NULL;
    np_broadcast_strides(x->ndim, x->shape, x->strides, ndim, shape, sx);
    np_broadcast_strides(y->ndim, y->shape, y->strides, ndim, shape, sy);
    if (cmp < 0 && binop == RV_OP_POW && !isf) {
        /* NumPy checks every exponent before computing. */
        rv_nditer_t it;
        rv_nditer_init_raw(&it, rv_ndarray_data(b), ndim, shape, sy);
        for (unsigned char *p; (p = rv_nditer_next(&it));)
            if (rv_nd_load(y->dtype, p).i < 0) {
                rv_err_format(&rv_exc_ValueError, "Integers to negative integer powers are not allowed.");
                return NULL;
            }
    }
    rv_obj_t *r = rv_ndarray_new(out, ndim, shape);
    rv_nditer_t ia, ib;
    rv_nditer_init_raw(&ia, rv_ndarray_data(a), ndim, shape, sx);
    rv_nditer_init_raw(&ib, rv_ndarray_data(b), ndim, shape, sy);
    unsigned char *q = rv_ndarray_data(r);
    int64_t itemsize = rv_nd_dtype_itemsize(out);
    for (unsigned char *p; (p = rv_nditer_next(&ia)); q += itemsize) {
        rv_nd_val_t u = rv_nd_load(x->dtype, p), v = rv_nd_load(y->dtype, rv_nditer_next(&ib));
        /* Operands are first cast to the common dtype, as the ufunc loop
         * for it reads them. */
        unsigned char cu[8], cv[8];
        rv_nd_store(t, cu, u);
        rv_nd_store(t, cv, v);
        u = rv_nd_load(t, cu);
        v = rv_nd_load(t, cv);
        rv_nd_val_t res;
        if (cmp >= 0)
            res = rv_nd_int(compare((rv_cmpop_t)cmp, u, v, isf));
        else if (isf)
            res = float_op((rv_binop_t)binop, rv_nd_val_f(u), rv_nd_val_f(v));
        else if (t == RV_ND_BOOL)
            res = rv_nd_int(binop == RV_OP_MUL || binop == RV_OP_AND ? (u.i && v.i)
                            : binop == RV_OP_XOR                  ? (u.i != v.i)
                                                                  : (u.i || v.i));
        else
            res = int_op((rv_binop_t)binop, u.i, v.i);
        rv_nd_store(out, q, res);
    }
    return r;
}

/* A NumPy scalar next to what is no number nor array ("ab" * a[0],
 * [0] * n): NumPy's scalar gives way and Python's operation runs with its
 * value (the other operand's __mul__ calls its __index__). */
static rv_obj_t *as_python(int binop, int cmp, rv_obj_t *a, rv_obj_t *b)
{
    bool left = rv_ndscalar_check(a);
    rv_obj_t *v = (left ? a : b)->type->pynumber(left ? a : b);
    rv_obj_t *x = left ? v : a, *y = left ? b : v;
    rv_obj_t *r = cmp >= 0 ? rv_richcompare(x, y, (rv_cmpop_t)cmp) : rv_binop((rv_binop_t)binop, x, y);
    rv_decref(v);
    return r;
}

static rv_obj_t *apply(int binop, int cmp, rv_obj_t *a, rv_obj_t *b)
{
    bool wa, wb;
    rv_nd_dtype_t t;
    bool numeric_a = RV_IS(a, rv_ndarray_type) || np_scalar_dtype(a, &t) ||
                     RV_IS(a, rv_list_type) || RV_IS(a, rv_tuple_type);
    bool numeric_b = RV_IS(b, rv_ndarray_type) || np_scalar_dtype(b, &t) ||
                     RV_IS(b, rv_list_type) || RV_IS(b, rv_tuple_type);
    if ((!numeric_b && rv_ndscalar_check(a)) || (!numeric_a && rv_ndscalar_check(b)))
        return as_python(binop, cmp, a, b);
    if ((rv_ndscalar_check(a) && (RV_IS(b, rv_list_type) || RV_IS(b, rv_tuple_type))) ||
        (rv_ndscalar_check(b) && (RV_IS(a, rv_list_type) || RV_IS(a, rv_tuple_type))))
        if (binop == RV_OP_MUL || binop == RV_OP_ADD)
            return as_python(binop, cmp, a, b);
    rv_obj_t *x = operand(a, &wa);
    if (!x)
        return rv_err_occurred() ? NULL : rv_incref(rv_NotImplemented);
    rv_obj_t *y = operand(b, &wb);
    if (!y) {
        rv_decref(x);
        return rv_err_occurred() ? NULL : rv_incref(rv_NotImplemented);
    }
    rv_obj_t *r = elementwise(binop, cmp, x, wa, y, wb);
    rv_decref(x);
    rv_decref(y);
    return np_unwrap_steal(r);
}

rv_obj_t *np_binop(rv_binop_t op, rv_obj_t *a, rv_obj_t *b)
{
    if (op == RV_OP_MATMUL) {
        if (!RV_IS(a, rv_ndarray_type) && !RV_IS(b, rv_ndarray_type))
            return rv_incref(rv_NotImplemented);
        return np_matmul(a, b);
    }
    return apply((int)op, -1, a, b);
}

/* a += b writes into a, under NumPy's same_kind casting. */
rv_obj_t *np_inplace(rv_binop_t op, rv_obj_t *a, rv_obj_t *b)
{
    if (!RV_IS(a, rv_ndarray_type) || op == RV_OP_MATMUL)
        return rv_incref(rv_NotImplemented);
    rv_obj_t *r = apply((int)op, -1, a, b);
    if (!r || r == rv_NotImplemented)
        return r;
    rv_nd_dtype_t rt = RV_IS(r, rv_ndarray_type) ? RV_NDARRAY(r)->dtype : RV_NDSCALAR(r)->dtype;
    rv_nd_dtype_t at = RV_NDARRAY(a)->dtype;
    int cr = category(rt), ca = category(at);
    if (cr > ca) {
        rv_err_format(np_casting_error_type(),
                      "Cannot cast ufunc '%s' output from dtype('%s') to dtype('%s') with casting "
                      "rule 'same_kind'",
                      ufunc_names[op], rv_nd_dtype_name(rt), rv_nd_dtype_name(at));
        rv_decref(r);
        return NULL;
    }
    int s = np_assign(a, r);
    rv_decref(r);
    return s < 0 ? NULL : rv_incref(a);
}

rv_obj_t *np_richcompare(rv_obj_t *a, rv_obj_t *b, rv_cmpop_t op)
{
    rv_obj_t *r = apply(-1, (int)op, a, b);
    /* == and != of shapes that do not broadcast are NumPy 1.24's
     * deprecated elementwise failure: a plain False (True), and a
     * DeprecationWarning refviz does not print. */
    if (!r && (op == RV_EQ || op == RV_NE) && rv_err_matches(&rv_exc_ValueError)) {
        rv_err_clear();
        return rv_bool_from(op == RV_NE);
    }
    return r;
}

rv_obj_t *np_unop(rv_unop_t op, rv_obj_t *o)
{
    bool w;
    rv_obj_t *a = operand(o, &w);
    if (!a)
        return NULL;
    rv_nd_dtype_t t = RV_NDARRAY(a)->dtype;
    if (t == RV_ND_BOOL && op == RV_UOP_NEG) {
        rv_decref(a);
        rv_err_format(&rv_exc_TypeError,
                      "The numpy boolean negative, the `-` operator, is not supported, use the "
                      "`~` operator or the logical_not function instead.");
        return NULL;
    }
    if (rv_nd_kind(t) == 'f' && op == RV_UOP_INVERT) {
        rv_decref(a);
        rv_err_format(&rv_exc_TypeError,
                      "ufunc 'invert' not supported for the input types, and the inputs could not "
                      "be safely coerced to any supported types according to the casting rule "
                      "''safe''");
        return NULL;
    }
    rv_obj_t *r = rv_ndarray_copy_as(a, t);
    rv_nditer_t it;
    rv_nditer_init(&it, r);
    for (unsigned char *p; (p = rv_nditer_next(&it));) {
        rv_nd_val_t v = rv_nd_load(t, p);
        if (op == RV_UOP_NEG)
            v = v.isf ? rv_nd_float(-v.f) : rv_nd_int((int64_t)(0 - (uint64_t)v.i));
        else if (op == RV_UOP_INVERT)
            v = rv_nd_int(t == RV_ND_BOOL ? !v.i : ~v.i);
        rv_nd_store(t, p, v);
    }
    rv_decref(a);
    return np_unwrap_steal(r);
}

/* np.sqrt(x): float64 for bool and int input, float32 stays float32. */
static rv_obj_t *np_sqrt(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    (void)self;
    if (kw) 
        return np_unsupported("np.sqrt with keyword arguments");
    if (rv_arg_positional("sqrt", nargs, 1, 1) < 0)
        return NULL;
    bool w;
    rv_obj_t *a = operand(args[0], &w);
    if (!a)
        return rv_err_occurred() ? NULL
                                 : np_unsupported("np.sqrt of something that is not a number or array");
    /* NumPy's loop for the input: float16 for bool, int8 and uint8
     * (not modelled), float32 for float32, int16 and uint16. */
    rv_nd_dtype_t in = RV_NDARRAY(a)->dtype;
    if (in == RV_ND_BOOL || in == RV_ND_INT8 || in == RV_ND_UINT8) {
        rv_decref(a);
        return np_unsupported("np.sqrt of bool, int8 or uint8 (NumPy computes it in float16)");
    }
    rv_nd_dtype_t t = in == RV_ND_FLOAT32 || in == RV_ND_INT16 || in == RV_ND_UINT16 ? RV_ND_FLOAT32
                                                                                   : RV_ND_FLOAT64;
    rv_obj_t *r = rv_ndarray_copy_as(a, t);
    rv_nditer_t it;
    rv_nditer_init(&it, r);
    for (unsigned char *p; (p = rv_nditer_next(&it));)
        rv_nd_store(t, p, rv_nd_float(sqrt(rv_nd_load(t, p).f)));
    rv_decref(a);
    return np_unwrap_steal(r);
}

const rv_method_t np_ufunc_functions[] = {
    { "sqrt", np_sqrt, 0 },
    { NULL, NULL, 0 },
};
