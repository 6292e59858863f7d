/* src/core/obj_ndbuffer.c - the data block of NumPy arrays (see the header
 * for why it is an object of its own). */
#include "core/obj_ndbuffer.h"

#include "base/alloc.h"
#include "base/buf.h"
#include "core/heap.h"
#include "core/obj_str.h"

rv_obj_t *rv_ndbuffer_new(rv_nd_dtype_t dtype, size_t count)
{
    rv_ndbuffer_t *b = rv_obj_alloc(&rv_ndbuffer_type, sizeof(rv_ndbuffer_t));
    b->dtype = dtype;
    b->nbytes = rv_mul_size(count, (size_t)rv_nd_dtype_itemsize(dtype));
    /* One byte at least, so that an empty array has an address too. */
    b->data = rv_calloc(1, b->nbytes ? b->nbytes : 1);
    return &b->ob;
}

void rv_ndbuffer_add_user(rv_obj_t *buf, rv_obj_t *array)
{
    rv_ndbuffer_t *b = RV_NDBUFFER(buf);
    if (b->nusers == b->cap) {
        b->cap = b->cap ? 2 * b->cap : 4;
        b->users = rv_realloc(b->users, b->cap * sizeof *b->users);
    }
    b->users[b->nusers++] = array;
}

void rv_ndbuffer_remove_user(rv_obj_t *buf, rv_obj_t *array)
{
    rv_ndbuffer_t *b = RV_NDBUFFER(buf);
    for (size_t i = 0; i < b->nusers; i++)
        if (b->users[i] == array) {
            b->users[i] = b->users[--b->nusers];
            return;
        }
}

void rv_ndbuffer_touch(rv_obj_t *buf)
{
    rv_touch(buf);
    for (size_t i = 0; i < RV_NDBUFFER(buf)->nusers; i++)
        rv_touch(RV_NDBUFFER(buf)->users[i]);
}

static void ndbuffer_release(rv_obj_t *o)
{
    rv_free(RV_NDBUFFER(o)->users);
    rv_free(RV_NDBUFFER(o)->data);
    rv_obj_free(o);
}

/* The elements as str() of a 1-D array of them prints them, on one line:
 * "[1 2 3]" (NumPy's own summarising past 1000 items included). */
static rv_obj_t *ndbuffer_repr(rv_obj_t *o)
{
    const rv_ndbuffer_t *b = RV_NDBUFFER(o);
    int64_t n = (int64_t)(b->nbytes / (size_t)rv_nd_dtype_itemsize(b->dtype));
    int64_t stride = rv_nd_dtype_itemsize(b->dtype);
    rv_nd_layout_t l = { .dtype = b->dtype, .ndim = 1, .shape = &n, .strides = &stride,
                         .data = b->data };
    rv_buf_t t = RV_BUF_INIT;
    rv_ndformat_str(&t, &l);
    for (size_t i = 0; i < t.len; i++)
        if (t.data[i] == '\n')
            t.data[i] = ' ';
    rv_obj_t *s = rv_str_from_buf(&t);
    rv_buf_free(&t);
    return s;
}

static size_t ndbuffer_size(rv_obj_t *o)
{
    return RV_NDBUFFER(o)->nbytes;
}

rv_type_t rv_ndbuffer_type = {
    .name = "buffer",
    .flags = RV_TF_MUTABLE,
    .release = ndbuffer_release,
    .repr = ndbuffer_repr,
    .size = ndbuffer_size,
};
