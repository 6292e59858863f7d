/* src/core/ndformat_stub.c - a TEMPORARY stand-in for ndformat.c (branch
 * ndprint), enough for simple arrays: no wrapping, minimal alignment. */
#include "core/ndformat.h"

#include <stdio.h>
#include <string.h>

static const char *const names[] = { "bool", "int8", "int16", "int32", "int64", "uint8",
                                     "uint16", "uint32", "uint64", "float32", "float64" };

const char *rv_nd_dtype_name(rv_nd_dtype_t dtype)
{
    return names[dtype];
}

static void elem(rv_buf_t *out, rv_nd_dtype_t t, const unsigned char *p, int scalar)
{
    switch (t) {
    case RV_ND_BOOL: rv_buf_adds(out, *p ? (scalar ? "True" : " True") : "False"); break;
    case RV_ND_INT8: rv_buf_printf(out, "%d", *(const int8_t *)p); break;
    case RV_ND_INT16: rv_buf_printf(out, "%d", *(const int16_t *)p); break;
    case RV_ND_INT32: rv_buf_printf(out, "%d", *(const int32_t *)p); break;
    case RV_ND_INT64: rv_buf_printf(out, "%lld", (long long)*(const int64_t *)p); break;
    case RV_ND_UINT8: rv_buf_printf(out, "%u", *p); break;
    case RV_ND_UINT16: rv_buf_printf(out, "%u", *(const uint16_t *)p); break;
    case RV_ND_UINT32: rv_buf_printf(out, "%u", *(const uint32_t *)p); break;
    case RV_ND_UINT64: rv_buf_printf(out, "%llu", (unsigned long long)*(const uint64_t *)p); break;
    case RV_ND_FLOAT32:
    case RV_ND_FLOAT64: {
        double d = t == RV_ND_FLOAT32 ? *(const float *)p : *(const double *)p;
        char s[64];
        snprintf(s, sizeof s, "%.8g", d);
        rv_buf_adds(out, s);
        if (!strpbrk(s, ".en"))
            rv_buf_adds(out, scalar ? ".0" : ".");
        break;
    }
    }
}

static void rows(rv_buf_t *out, const rv_nd_layout_t *a, int dim, const unsigned char *p, int indent)
{
    if (dim == a->ndim) {
        elem(out, a->dtype, p, 0);
        return;
    }
    rv_buf_addc(out, '[');
    for (int64_t i = 0; i < a->shape[dim]; i++) {
        if (i > 0) {
            if (dim + 1 == a->ndim) {
                rv_buf_adds(out, indent ? ", " : " ");
            } else {
                rv_buf_adds(out, indent ? ",\n" : "\n");
                for (int k = 0; k < indent + dim + 1; k++)
                    rv_buf_addc(out, ' ');
            }
        }
        rows(out, a, dim + 1, p + i * a->strides[dim], indent);
    }
    rv_buf_addc(out, ']');
}

void rv_ndformat_str(rv_buf_t *out, const rv_nd_layout_t *a)
{
    if (a->ndim == 0) {
        elem(out, a->dtype, a->data, 1);
        return;
    }
    rows(out, a, 0, a->data, 0);
}

void rv_ndformat_repr(rv_buf_t *out, const rv_nd_layout_t *a)
{
    rv_buf_adds(out, "array(");
    if (a->ndim == 0)
        elem(out, a->dtype, a->data, 1);
    else
        rows(out, a, 0, a->data, 6);
    if (a->dtype != RV_ND_INT64 && a->dtype != RV_ND_FLOAT64 && a->dtype != RV_ND_BOOL)
        rv_buf_printf(out, ", dtype=%s", names[a->dtype]);
    rv_buf_addc(out, ')');
}

void rv_ndformat_scalar(rv_buf_t *out, rv_nd_dtype_t dtype, const void *e, int repr)
{
    (void)repr;
    elem(out, dtype, e, 1);
}

int rv_nd_dtype_itemsize(rv_nd_dtype_t dtype)
{
    static const int sizes[] = { 1, 1, 2, 4, 8, 1, 2, 4, 8, 4, 8 };
    return sizes[dtype];
}
