/* src/core/obj_ndscalar.c - NumPy's scalar types (numpy/core/src/multiarray/
 * scalartypes.c): printing, hashing, truth and size; see the header.
 * The trace calls them mutable, as CPython does every type without
 * Py_TPFLAGS_IMMUTABLETYPE (NumPy's static types lack it). */
#include "core/obj_ndscalar.h"

#include "base/buf.h"
#include "core/heap.h"
#include "core/obj_bool.h"
#include "core/obj_float.h"
#include "core/obj_int.h"
#include "core/obj_str.h"

bool rv_ndscalar_check(const rv_obj_t *o)
{
    return o->type >= &rv_ndscalar_types[0] && o->type < &rv_ndscalar_types[RV_ND_NTYPES];
}

rv_obj_t *rv_ndscalar_new(rv_nd_dtype_t dtype, const unsigned char *p)
{
    rv_ndscalar_t *s = rv_obj_alloc(&rv_ndscalar_types[dtype], sizeof(rv_ndscalar_t));
    s->dtype = dtype;
    for (int i = 0; i < rv_nd_dtype_itemsize(dtype); i++)
        s->data[i] = p[i];
    return &s->ob;
}

rv_obj_t *rv_ndscalar_from_val(rv_nd_dtype_t dtype, rv_nd_val_t v)
{
    unsigned char d[8];
    rv_nd_store(dtype, d, v);
    return rv_ndscalar_new(dtype, d);
}

rv_obj_t *rv_nd_val_to_py(rv_nd_dtype_t dtype, const unsigned char *p)
{
    rv_nd_val_t v = rv_nd_load(dtype, p);
    if (dtype == RV_ND_BOOL)
        return rv_bool_from(v.i != 0);
    if (v.isf)
        return rv_float_from_double(v.f);
    if (dtype == RV_ND_UINT64)
        return rv_int_from_u64((uint64_t)v.i);
    return rv_int_from_i64(v.i);
}

static rv_obj_t *print(rv_obj_t *o, int repr)
{
    rv_buf_t t = RV_BUF_INIT;
    rv_ndformat_scalar(&t, RV_NDSCALAR(o)->dtype, RV_NDSCALAR(o)->data, repr);
    rv_obj_t *s = rv_str_from_buf(&t);
    rv_buf_free(&t);
    return s;
}

static rv_obj_t *ndscalar_repr(rv_obj_t *o)
{
    return print(o, 1);
}

static rv_obj_t *ndscalar_str(rv_obj_t *o)
{
    return print(o, 0);
}

static size_t ndscalar_size(rv_obj_t *o)
{
    return 24 + (size_t)rv_nd_dtype_itemsize(RV_NDSCALAR(o)->dtype);
}

/* Scalars hash as the Python number of the same value (np.int64(3) and 3
 * are one dict key). */
static int ndscalar_hash(rv_obj_t *o, int64_t *out)
{
    rv_obj_t *v = rv_nd_val_to_py(RV_NDSCALAR(o)->dtype, RV_NDSCALAR(o)->data);
    int r = rv_hash(v, out);
    rv_decref(v);
    return r;
}

static rv_obj_t *ndscalar_pynumber(rv_obj_t *o)
{
    return rv_nd_val_to_py(RV_NDSCALAR(o)->dtype, RV_NDSCALAR(o)->data);
}

/* format(x, spec): as the Python number of the same value (np.float64
 * formats as float does, the integers as int). */
static rv_obj_t *ndscalar_format(rv_obj_t *o, rv_obj_t *spec)
{
    rv_obj_t *v = ndscalar_pynumber(o);
    rv_obj_t *r = rv_str_nbytes(spec) ? rv_format(v, spec) : rv_str(o);
    rv_decref(v);
    return r;
}

static int ndscalar_truth(rv_obj_t *o)
{
    rv_nd_val_t v = rv_nd_load(RV_NDSCALAR(o)->dtype, RV_NDSCALAR(o)->data);
    return v.isf ? v.f != 0 : v.i != 0;
}

#define SCALAR_TYPE(n)                                                                       \
    {                                                                                        \
        .name = "numpy." n, .flags = RV_TF_MUTABLE, .release = rv_obj_free, .repr = ndscalar_repr,       \
        .str = ndscalar_str, .size = ndscalar_size, .hash = ndscalar_hash,                   \
        .truth = ndscalar_truth, .pynumber = ndscalar_pynumber, .format = ndscalar_format,   \
    }

rv_type_t rv_ndscalar_types[RV_ND_NTYPES] = {
    SCALAR_TYPE("bool_"),  SCALAR_TYPE("int8"),    SCALAR_TYPE("int16"),  SCALAR_TYPE("int32"),
    SCALAR_TYPE("int64"),  SCALAR_TYPE("uint8"),   SCALAR_TYPE("uint16"), SCALAR_TYPE("uint32"),
    SCALAR_TYPE("uint64"), SCALAR_TYPE("float32"), SCALAR_TYPE("float64"),
};
