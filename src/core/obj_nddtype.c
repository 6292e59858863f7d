/* src/core/obj_nddtype.c - NumPy's dtype objects and element casts
 * (numpy/core/src/multiarray/descriptor.c for the objects; the casts follow
 * NumPy's C casts).  Each dtype is its own class in NumPy 1.24
 * (type(np.dtype('int64')).__name__ is 'dtype[int64]'), hence one static
 * type per dtype here, sharing every slot. */
#include "core/obj_nddtype.h"

#include <math.h>
#include <string.h>

#include "core/exc.h"
#include "core/heap.h"
#include "core/obj_bool.h"
#include "core/obj_int.h"
#include "core/obj_str.h"

char rv_nd_kind(rv_nd_dtype_t t)
{
    if (t == RV_ND_BOOL)
        return 'b';
    if (t <= RV_ND_INT64)
        return 'i';
    if (t <= RV_ND_UINT64)
        return 'u';
    return 'f';
}

rv_nd_val_t rv_nd_int(int64_t i)
{
    return (rv_nd_val_t){ .isf = false, .i = i, .f = (double)i };
}

rv_nd_val_t rv_nd_float(double f)
{
    return (rv_nd_val_t){ .isf = true, .i = 0, .f = f };
}

/* The elements may sit at any byte offset (a view's strides), so they are
 * copied out rather than dereferenced. */
#define LOAD(T, p) ({ T v_; memcpy(&v_, (p), sizeof v_); v_; })

rv_nd_val_t rv_nd_load(rv_nd_dtype_t t, const unsigned char *p)
{
    switch (t) {
    case RV_ND_BOOL: return rv_nd_int(*p != 0);
    case RV_ND_INT8: return rv_nd_int(LOAD(int8_t, p));
    case RV_ND_INT16: return rv_nd_int(LOAD(int16_t, p));
    case RV_ND_INT32: return rv_nd_int(LOAD(int32_t, p));
    case RV_ND_INT64: return rv_nd_int(LOAD(int64_t, p));
    case RV_ND_UINT8: return rv_nd_int(*p);
    case RV_ND_UINT16: return rv_nd_int(LOAD(uint16_t, p));
    case RV_ND_UINT32: return rv_nd_int(LOAD(uint32_t, p));
    case RV_ND_UINT64: return rv_nd_int((int64_t)LOAD(uint64_t, p));
    case RV_ND_FLOAT32: return rv_nd_float(LOAD(float, p));
    case RV_ND_FLOAT64: return rv_nd_float(LOAD(double, p));
    }
    return rv_nd_int(0);
}

/* float to int as C casts do where defined; NaN and out-of-range values
 * give INT64_MIN as NumPy does on x86-64. */
static int64_t to_i64(rv_nd_val_t v)
{
    if (!v.isf)
        return v.i;
    if (!(v.f >= -9223372036854775808.0 && v.f < 9223372036854775808.0))
        return INT64_MIN;
    return (int64_t)v.f;
}

#define STORE(T, p, x) do { T v_ = (T)(x); memcpy((p), &v_, sizeof v_); } while (0)

void rv_nd_store(rv_nd_dtype_t t, unsigned char *p, rv_nd_val_t v)
{
    uint64_t u = (uint64_t)to_i64(v);
    switch (t) {
    case RV_ND_BOOL: *p = v.isf ? v.f != 0 : v.i != 0; break;
    case RV_ND_INT8: STORE(int8_t, p, (uint8_t)u); break;
    case RV_ND_INT16: STORE(int16_t, p, (uint16_t)u); break;
    case RV_ND_INT32: STORE(int32_t, p, (uint32_t)u); break;
    case RV_ND_INT64: STORE(int64_t, p, u); break;
    case RV_ND_UINT8: STORE(uint8_t, p, u); break;
    case RV_ND_UINT16: STORE(uint16_t, p, u); break;
    case RV_ND_UINT32: STORE(uint32_t, p, u); break;
    case RV_ND_UINT64: STORE(uint64_t, p, u); break;
    case RV_ND_FLOAT32: STORE(float, p, rv_nd_val_f(v)); break;
    case RV_ND_FLOAT64: STORE(double, p, rv_nd_val_f(v)); break;
    }
}

bool rv_nd_dtype_from_name(const char *name, rv_nd_dtype_t *out)
{
    static const struct { const char *name; rv_nd_dtype_t t; } names[] = {
        { "bool", RV_ND_BOOL },     { "bool_", RV_ND_BOOL },     { "?", RV_ND_BOOL },
        { "int8", RV_ND_INT8 },     { "i1", RV_ND_INT8 },        { "int16", RV_ND_INT16 },
        { "i2", RV_ND_INT16 },      { "int32", RV_ND_INT32 },    { "i4", RV_ND_INT32 },
        { "int64", RV_ND_INT64 },   { "i8", RV_ND_INT64 },       { "int", RV_ND_INT64 },
        { "uint8", RV_ND_UINT8 },   { "u1", RV_ND_UINT8 },       { "uint16", RV_ND_UINT16 },
        { "u2", RV_ND_UINT16 },     { "uint32", RV_ND_UINT32 },  { "u4", RV_ND_UINT32 },
        { "uint64", RV_ND_UINT64 }, { "u8", RV_ND_UINT64 },      { "float32", RV_ND_FLOAT32 },
        { "f4", RV_ND_FLOAT32 },    { "float64", RV_ND_FLOAT64 }, { "f8", RV_ND_FLOAT64 },
        { "float", RV_ND_FLOAT64 }, { "double", RV_ND_FLOAT64 },
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(names[i].name, name) == 0) {
            *out = names[i].t;
            return true;
        }
    return false;
}

/******************************************************************************/
/* the dtype objects                                                          */

static rv_obj_t *nddtype_repr(rv_obj_t *o)
{
    return rv_str_printf("dtype('%s')", rv_nd_dtype_name(((rv_nddtype_t *)o)->dtype));
}

static rv_obj_t *nddtype_str(rv_obj_t *o)
{
    return rv_str_from_cstr(rv_nd_dtype_name(((rv_nddtype_t *)o)->dtype));
}

static size_t nddtype_size(rv_obj_t *o)
{
    (void)o;
    return 96; /* sys.getsizeof(np.dtype('int64')) under NumPy 1.24 */
}

/* dtype == other: another dtype, or what np.dtype(other) accepts of
 * names; anything else is unequal (NumPy 1.24 compares by conversion). */
static rv_obj_t *nddtype_richcompare(rv_obj_t *a, rv_obj_t *b, rv_cmpop_t op)
{
    if ((op != RV_EQ && op != RV_NE) || !rv_nddtype_check(a))
        return rv_incref(rv_NotImplemented);
    rv_nd_dtype_t t = ((rv_nddtype_t *)a)->dtype, u;
    bool eq = false;
    if (rv_nddtype_check(b))
        eq = ((rv_nddtype_t *)b)->dtype == t;
    else if (RV_IS(b, rv_str_type))
        eq = rv_nd_dtype_from_name(rv_str_utf8(b), &u) && u == t;
    else if (b == &rv_int_type.ob)
        eq = t == RV_ND_INT64;
    else if (b == &rv_float_type.ob)
        eq = t == RV_ND_FLOAT64;
    else if (b == &rv_bool_type.ob)
        eq = t == RV_ND_BOOL;
    else if (RV_IS(b, rv_type_type) && rv_nd_dtype_from_name(rv_type_name((rv_type_t *)b), &u))
        eq = u == t; /* np.int64, np.bool_ ... */
    return rv_bool_from(eq == (op == RV_EQ));
}

static rv_obj_t *nddtype_getattr(rv_obj_t *o, rv_obj_t *name)
{
    rv_nd_dtype_t t = ((rv_nddtype_t *)o)->dtype;
    const char *n = rv_str_utf8(name);
    if (strcmp(n, "name") == 0)
        return rv_str_from_cstr(rv_nd_dtype_name(t));
    if (strcmp(n, "itemsize") == 0)
        return rv_int_from_i64(rv_nd_dtype_itemsize(t));
    if (strcmp(n, "kind") == 0) {
        char k[2] = { rv_nd_kind(t), 0 };
        return rv_str_from_cstr(k);
    }
    rv_err_format(&rv_exc_RefvizUnsupported,
                  "numpy.dtype.%s (refviz models a dtype's name, itemsize and kind)", n);
    return NULL;
}

#define DTYPE_TYPE(n)                                                                          \
    {                                                                                          \
        .name = "numpy.dtype[" n "]", .flags = RV_TF_MUTABLE, .release = rv_obj_free,                      \
        .repr = nddtype_repr, .str = nddtype_str, .size = nddtype_size, .hash = rv_hash_pointer, \
        .richcompare = nddtype_richcompare, .getattr = nddtype_getattr,                        \
    }

/* NumPy's class names: the bool class is dtype[bool_]. */
static rv_type_t dtype_types[RV_ND_NTYPES] = {
    DTYPE_TYPE("bool_"),  DTYPE_TYPE("int8"),   DTYPE_TYPE("int16"),   DTYPE_TYPE("int32"),
    DTYPE_TYPE("int64"),  DTYPE_TYPE("uint8"),  DTYPE_TYPE("uint16"),  DTYPE_TYPE("uint32"),
    DTYPE_TYPE("uint64"), DTYPE_TYPE("float32"), DTYPE_TYPE("float64"),
};
static rv_nddtype_t dtypes[RV_ND_NTYPES];

bool rv_nddtype_check(const rv_obj_t *o)
{
    return o->type >= &dtype_types[0] && o->type < &dtype_types[RV_ND_NTYPES];
}

rv_obj_t *rv_nddtype_get_borrow(rv_nd_dtype_t t)
{
    rv_nddtype_t *d = &dtypes[t];
    if (!d->ob.type) {
        rv_obj_init_static(&dtype_types[t].ob, &rv_type_type);
        dtype_types[t].base = &rv_object_type;
        rv_obj_init_static(&d->ob, &dtype_types[t]);
        d->dtype = t;
    }
    return &d->ob;
}
