/* src/lang/modules/numpy/np_methods.c - an array's attributes (shape,
 * ndim, size, dtype, itemsize, nbytes, strides, base, flags, T) and
 * methods (reshape, ravel, flatten, copy, transpose, astype, tolist, item
 * and the reductions of np_reduce.c), and np.shares_memory.
 *
 * reshape makes a view when NumPy's _attempt_nocopy_reshape can express
 * the new shape with strides over the same elements (always for a
 * C-contiguous array), else it copies first and returns a view of that
 * copy (whose base is the copy, as NumPy's is); ravel makes a view of a
 * C-contiguous array and otherwise a new array without base. */
#include "lang/modules/numpy/np_int.h"

#include <string.h>

#include "base/alloc.h"
#include "core/exc.h"
#include "core/obj_bool.h"
#include "core/obj_int.h"
#include "core/obj_list.h"
#include "core/obj_misc.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"
#include "lang/modules/modargs.h"
#include "lang/modules/numpy/np_flags.h"

static rv_obj_t *int_tuple(int n, const int64_t *v)
{
    rv_obj_t *t = rv_tuple_new((size_t)n);
    for (int i = 0; i < n; i++)
        rv_tuple_set_steal(t, (size_t)i, rv_int_from_i64(v[i]));
    return t;
}

static rv_obj_t *transposed(rv_obj_t *a)
{
    const rv_ndarray_t *x = RV_NDARRAY(a);
    int64_t shape[RV_ND_MAXDIM], strides[RV_ND_MAXDIM];
    for (int i = 0; i < x->ndim; i++) {
        shape[i] = x->shape[x->ndim - 1 - i];
        strides[i] = x->strides[x->ndim - 1 - i];
    }
    return rv_ndarray_view(a, x->ndim, shape, strides, x->offset);
}

/* New strides for viewing a's elements in C order as shape, or false when
 * the elements cannot be reached with strides (then reshape copies). */
static bool nocopy_strides(const rv_ndarray_t *a, int nd, const int64_t *shape, int64_t *out)
{
    int64_t od[RV_ND_MAXDIM], os[RV_ND_MAXDIM];
    int on = 0;
    for (int i = 0; i < a->ndim; i++)
        if (a->shape[i] != 1) {
            od[on] = a->shape[i];
            os[on++] = a->strides[i];
        }
    int oi = 0, oj = 1, ni = 0, nj = 1;
    while (ni < nd && oi < on) {
        int64_t np_ = shape[ni], op = od[oi];
        while (np_ != op) {
            if (np_ < op) {
                if (nj >= nd)
                    return false;
                np_ *= shape[nj++];
            } else {
                if (oj >= on)
                    return false;
                op *= od[oj++];
            }
        }
        /* The old dimensions of the group must step through memory as one. */
        for (int ok = oi; ok < oj - 1; ok++)
            if (os[ok] != od[ok + 1] * os[ok + 1])
                return false;
        out[nj - 1] = os[oj - 1];
        for (int nk = nj - 1; nk > ni; nk--)
            out[nk - 1] = out[nk] * shape[nk];
        ni = nj++;
        oi = oj++;
    }
    int64_t last = ni > 0 ? out[ni - 1] : rv_nd_dtype_itemsize(a->dtype);
    for (int nk = ni; nk < nd; nk++)
        out[nk] = last;
    return true;
}

static rv_obj_t *reshape_to(rv_obj_t *a, int nd, int64_t *shape)
{
    const rv_ndarray_t *x = RV_NDARRAY(a);
    int64_t size = rv_ndarray_size(a), known = 1;
    int unknown = -1;
    for (int i = 0; i < nd; i++) {
        if (shape[i] < 0) {
            if (unknown >= 0) {
                rv_err_format(&rv_exc_ValueError, "can only specify one unknown dimension");
                return NULL;
            }
            unknown = i;
        } else {
            known *= shape[i];
        }
    }
    if (unknown >= 0 && known > 0 && size % known == 0)
        shape[unknown] = size / known;
    else if (unknown >= 0)
        known = -1;
    if (known < 0 || (unknown < 0 && known != size)) {
        /* NumPy's convert_shape_to_string: leading unknown sizes are left
         * out, later ones written "newaxis". */
        rv_buf_t t = RV_BUF_INIT;
        int first = 0;
        while (first < nd && shape[first] < 0)
            first++;
        rv_buf_addc(&t, '(');
        for (int i = first; i < nd; i++) {
            if (i > first)
                rv_buf_addc(&t, ',');
            if (shape[i] < 0)
                rv_buf_adds(&t, "newaxis");
            else
                rv_buf_printf(&t, "%lld", (long long)shape[i]);
        }
        rv_buf_adds(&t, nd == 1 && first == 0 ? ",)" : ")");
        rv_err_format(&rv_exc_ValueError, "cannot reshape array of size %lld into shape %s",
                      (long long)size, rv_buf_cstr(&t));
        rv_buf_free(&t);
        return NULL;
    }
    int64_t strides[RV_ND_MAXDIM];
    if (size > 0 && nocopy_strides(x, nd, shape, strides))
        return rv_ndarray_view(a, nd, shape, strides, x->offset);
    rv_obj_t *c = rv_ndarray_copy_as(a, x->dtype);
    int64_t s = rv_nd_dtype_itemsize(x->dtype);
    for (int i = nd - 1; i >= 0; i--) {
        strides[i] = s;
        s *= shape[i] ? shape[i] : 1;
    }
    rv_obj_t *v = rv_ndarray_view(c, nd, shape, strides, 0);
    rv_decref(c);
    return v;
}

static rv_obj_t *m_reshape(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    if (kw)
        return np_unsupported("ndarray.reshape with keyword arguments (order=)");
    int nd;
    int64_t shape[RV_ND_MAXDIM];
    if (nargs == 1) {
        if (np_shape_arg_signed(args[0], &nd, shape) < 0)
            return NULL;
    } else {
        rv_obj_t *t = rv_tuple_from_array(args, nargs);
        int r = np_shape_arg_signed(t, &nd, shape);
        rv_decref(t);
        if (r < 0)
            return NULL;
    }
    return reshape_to(self, nd, shape);
}

static rv_obj_t *ravel(rv_obj_t *a)
{
    if (rv_ndarray_c_contiguous(a)) {
        int64_t n = rv_ndarray_size(a), s = rv_nd_dtype_itemsize(RV_NDARRAY(a)->dtype);
        return rv_ndarray_view(a, 1, &n, &s, RV_NDARRAY(a)->offset);
    }
    rv_obj_t *c = rv_ndarray_copy_as(a, RV_NDARRAY(a)->dtype);
    int64_t n = rv_ndarray_size(c);
    RV_NDARRAY(c)->ndim = 1;
    RV_NDARRAY(c)->shape[0] = n;
    RV_NDARRAY(c)->strides[0] = rv_nd_dtype_itemsize(RV_NDARRAY(c)->dtype);
    return c;
}

static rv_obj_t *m_ravel(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    (void)args;
    if (kw || nargs)
        return np_unsupported("ndarray.ravel with arguments (order=)");
    return ravel(self);
}

static rv_obj_t *m_flatten(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    (void)args;
    if (kw || nargs)
        return np_unsupported("ndarray.flatten with arguments (order=)");
    rv_obj_t *c = rv_ndarray_copy_as(self, RV_NDARRAY(self)->dtype);
    int64_t n = rv_ndarray_size(c);
    RV_NDARRAY(c)->ndim = 1;
    RV_NDARRAY(c)->shape[0] = n;
    RV_NDARRAY(c)->strides[0] = rv_nd_dtype_itemsize(RV_NDARRAY(c)->dtype);
    return c;
}

static rv_obj_t *m_copy(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    (void)args;
    if (kw || nargs)
        return np_unsupported("ndarray.copy with arguments (order=)");
    return rv_ndarray_copy_as(self, RV_NDARRAY(self)->dtype);
}

static rv_obj_t *m_transpose(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    (void)args;
    if (kw || nargs)
        return np_unsupported("ndarray.transpose with axes");
    return transposed(self);
}

static rv_obj_t *m_astype(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    if (kw)
        return np_unsupported("ndarray.astype with keyword arguments");
    if (rv_arg_positional("astype", nargs, 1, 1) < 0)
        return NULL;
    rv_nd_dtype_t t;
    if (np_dtype_arg(args[0], &t) < 0)
        return NULL;
    return rv_ndarray_copy_as(self, t);
}

static rv_obj_t *tolist(const rv_ndarray_t *a, int dim, const unsigned char *p)
{
    if (dim == a->ndim)
        return rv_nd_val_to_py(a->dtype, p);
    rv_obj_t *l = rv_list_new((size_t)a->shape[dim]);
    for (int64_t i = 0; i < a->shape[dim]; i++)
        rv_list_set_steal(l, (size_t)i, tolist(a, dim + 1, p + i * a->strides[dim]));
    return l;
}

static rv_obj_t *m_tolist(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    (void)args;
    if (kw || nargs)
        return np_unsupported("ndarray.tolist with arguments");
    return tolist(RV_NDARRAY(self), 0, rv_ndarray_data(self));
}

static rv_obj_t *m_item(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    (void)args;
    if (kw || nargs)
        return np_unsupported("ndarray.item with arguments");
    if (rv_ndarray_size(self) != 1) {
        rv_err_format(&rv_exc_ValueError, "can only convert an array of size 1 to a Python scalar");
        return NULL;
    }
    return rv_nd_val_to_py(RV_NDARRAY(self)->dtype, rv_ndarray_data(self));
}

static const rv_method_t array_methods[] = {
    { "reshape", m_reshape, 0 },     { "ravel", m_ravel, 0 },   { "flatten", m_flatten, 0 },
    { "copy", m_copy, 0 },           { "transpose", m_transpose, 0 },
    { "astype", m_astype, 0 },       { "tolist", m_tolist, 0 }, { "item", m_item, 0 },
    { NULL, NULL, 0 },
};

static const rv_method_t *find_method(const char *n)
{
    for (const rv_method_t *m = array_methods; m->name; m++)
        if (strcmp(m->name, n) == 0)
            return m;
    for (const rv_method_t *m = np_reduce_methods; m->name; m++)
        if (strcmp(m->name, n) == 0)
            return m;
    return NULL;
}

rv_obj_t *np_getattr(rv_obj_t *o, rv_obj_t *name)
{
    const char *n = rv_str_utf8(name);
    if (!RV_IS(o, rv_ndarray_type)) { /* a NumPy scalar: some of a 0-d array's */
        static const char *const same[] = { "dtype", "shape", "ndim", "size", "itemsize",
                                            "nbytes", "item", "tolist", NULL };
        for (int i = 0; same[i]; i++)
            if (strcmp(n, same[i]) == 0) {
                rv_obj_t *a = np_array_from(o, true, RV_NDSCALAR(o)->dtype);
                rv_obj_t *r = np_getattr(a, name);
                rv_decref(a);
                return r;
            }
        rv_obj_t *msg = rv_str_printf("numpy.%s.%s (refviz's model of NumPy lacks it)",
                                      rv_type_name(o->type), n);
        rv_err_set_obj(&rv_exc_RefvizUnsupported, msg);
        rv_decref(msg);
        return NULL;
    }
    const rv_ndarray_t *a = RV_NDARRAY(o);
    int64_t itemsize = rv_nd_dtype_itemsize(a->dtype);
    if (strcmp(n, "shape") == 0)
        return int_tuple(a->ndim, a->shape);
    if (strcmp(n, "strides") == 0)
        return int_tuple(a->ndim, a->strides);
    if (strcmp(n, "ndim") == 0)
        return rv_int_from_i64(a->ndim);
    if (strcmp(n, "size") == 0)
        return rv_int_from_i64(rv_ndarray_size(o));
    if (strcmp(n, "itemsize") == 0)
        return rv_int_from_i64(itemsize);
    if (strcmp(n, "nbytes") == 0)
        return rv_int_from_i64(itemsize * rv_ndarray_size(o));
    if (strcmp(n, "dtype") == 0)
        return rv_incref(rv_nddtype_get_borrow(a->dtype));
    if (strcmp(n, "base") == 0)
        return rv_incref(a->base ? a->base : rv_None);
    if (strcmp(n, "flags") == 0)
        return np_flags_new(o);
    if (strcmp(n, "T") == 0)
        return transposed(o);
    const rv_method_t *m = find_method(n);
    if (m)
        return rv_builtin_new(m, o);
    if (n[0] == '_' && n[1] == '_') {
        rv_err_format(&rv_exc_AttributeError, "'numpy.ndarray' object has no attribute '%s'", n);
        return NULL;
    }
    rv_obj_t *msg = rv_str_printf("numpy.ndarray.%s (refviz's model of NumPy lacks it)", n);
    rv_err_set_obj(&rv_exc_RefvizUnsupported, msg);
    rv_decref(msg);
    return NULL;
}

/* Marks the bytes of a's elements in used (one flag per buffer byte). */
static void mark(rv_obj_t *a, unsigned char *used, bool *hit, bool check)
{
    const unsigned char *base = RV_NDBUFFER(RV_NDARRAY(a)->buffer)->data;
    int64_t itemsize = rv_nd_dtype_itemsize(RV_NDARRAY(a)->dtype);
    rv_nditer_t it;
    rv_nditer_init(&it, a);
    for (unsigned char *p; (p = rv_nditer_next(&it));)
        for (int64_t k = 0; k < itemsize; k++) {
            if (check)
                *hit = *hit || used[p - base + k];
            else
                used[p - base + k] = 1;
        }
}

/* np.shares_memory(a, b): whether some byte is an element of both (exact,
 * as NumPy's default max_work=None is). */
static rv_obj_t *f_shares_memory(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    (void)self;
    if (kw)
        return np_unsupported("np.shares_memory(max_work=...)");
    if (rv_arg_positional("shares_memory", nargs, 2, 2) < 0)
        return NULL;
    if (!RV_IS(args[0], rv_ndarray_type) || !RV_IS(args[1], rv_ndarray_type))
        return np_unsupported("np.shares_memory of something that is not an array");
    const rv_ndarray_t *a = RV_NDARRAY(args[0]), *b = RV_NDARRAY(args[1]);
    if (a->buffer != b->buffer)
        return rv_bool_from(false);
    size_t n = RV_NDBUFFER(a->buffer)->nbytes;
    unsigned char *used = rv_calloc(1, n ? n : 1);
    bool hit = false;
    mark(args[0], used, &hit, false);
    mark(args[1], used, &hit, true);
    rv_free(used);
    return rv_bool_from(hit);
}

/* np.copy(a), np.reshape(a, shape), np.ravel(a), np.transpose(a). */
static rv_obj_t *as_method(rv_cmeth_fn m, const char *fname, rv_obj_t *const *args, size_t nargs,
                           rv_obj_t *kw, size_t min)
{
    if (nargs < min) {
        rv_arg_positional(fname, nargs, min, min);
        return NULL;
    }
    rv_obj_t *a = np_asarray(args[0]);
    if (!a)
        return NULL;
    rv_obj_t *r = m(a, args + 1, nargs - 1, kw);
    rv_decref(a);
    return r;
}

static rv_obj_t *f_copy(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    (void)self;
    return as_method(m_copy, "copy", args, nargs, kw, 1);
}

static rv_obj_t *f_reshape(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    (void)self;
    return as_method(m_reshape, "reshape", args, nargs, kw, 2);
}

static rv_obj_t *f_ravel(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    (void)self;
    return as_method(m_ravel, "ravel", args, nargs, kw, 1);
}

static rv_obj_t *f_transpose(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    (void)self;
    return as_method(m_transpose, "transpose", args, nargs, kw, 1);
}

const rv_method_t np_methods_functions[] = {
    { "shares_memory", f_shares_memory, 0 }, { "copy", f_copy, 0 },
    { "reshape", f_reshape, 0 },             { "ravel", f_ravel, 0 },
    { "transpose", f_transpose, 0 },         { NULL, NULL, 0 },
};
