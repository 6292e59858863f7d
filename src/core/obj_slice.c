/* src/core/obj_slice.c - slice objects and the index arithmetic of
 * Objects/sliceobject.c (PySlice_Unpack, PySlice_AdjustIndices). */
#include "core/obj_slice.h"

#include <string.h>

#include "base/buf.h"
#include "core/exc.h"
#include "core/heap.h"
#include "core/obj_bool.h"
#include "core/obj_int.h"
#include "core/obj_misc.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"

rv_obj_t *rv_slice_new(rv_obj_t *start, rv_obj_t *stop, rv_obj_t *step)
{
    rv_slice_t *s = rv_obj_alloc(&rv_slice_type, sizeof(rv_slice_t));
    s->start = rv_incref(start ? start : rv_None);
    s->stop = rv_incref(stop ? stop : rv_None);
    s->step = rv_incref(step ? step : rv_None);
    return &s->ob;
}

static int clamp_index(rv_obj_t *v, intptr_t *out)
{
    int64_t x;
    if (rv_int_fits_i64(v, &x)) {
        *out = x > INTPTR_MAX ? INTPTR_MAX : x < INTPTR_MIN ? INTPTR_MIN : (intptr_t)x;
        return 0;
    }
    *out = rv_int_sign(v) < 0 ? INTPTR_MIN : INTPTR_MAX;
    return 0;
}

/* _PyEval_SliceIndex: an int, or what a class's __index__ gives. */
static int slice_index(rv_obj_t *v, intptr_t *out, const char *msg)
{
    rv_obj_t *i = rv_index_value(v);
    if (!i) {
        if (!rv_err_occurred())
            rv_err_format(&rv_exc_TypeError, "%s", msg);
        return -1;
    }
    int r = clamp_index(i, out);
    rv_decref(i);
    return r;
}

int rv_slice_index(rv_obj_t *v, intptr_t *out)
{
    if (v == rv_None)
        return 0;
    return slice_index(v, out, "slice indices must be integers or None or have an __index__ method");
}

int rv_slice_index_not_none(rv_obj_t *v, intptr_t *out)
{
    return slice_index(v, out, "slice indices must be integers or have an __index__ method");
}

int rv_slice_unpack(rv_obj_t *slice, intptr_t *start, intptr_t *stop, intptr_t *step)
{
    rv_slice_t *s = RV_SLICE(slice);
    *step = 1;
    if (rv_slice_index(s->step, step) < 0)
        return -1;
    if (s->step != rv_None && *step == 0) {
        rv_err_format(&rv_exc_ValueError, "slice step cannot be zero");
        return -1;
    }
    if (*step < -INTPTR_MAX)
        *step = -INTPTR_MAX;
    *start = *step < 0 ? INTPTR_MAX : 0;
    if (rv_slice_index(s->start, start) < 0)
        return -1;
    *stop = *step < 0 ? INTPTR_MIN : INTPTR_MAX;
    if (rv_slice_index(s->stop, stop) < 0)
        return -1;
    return 0;
}

size_t rv_slice_adjust(size_t len, intptr_t *start, intptr_t *stop, intptr_t step)
{
    intptr_t n = (intptr_t)len;
    if (*start < 0) {
        *start += n;
        if (*start < 0)
            *start = step < 0 ? -1 : 0;
    } else if (*start >= n) {
        *start = step < 0 ? n - 1 : n;
    }
    if (*stop < 0) {
        *stop += n;
        if (*stop < 0)
            *stop = step < 0 ? -1 : 0;
    } else if (*stop >= n) {
        *stop = step < 0 ? n - 1 : n;
    }
    if (step < 0) {
        if (*stop < *start)
            return (size_t)((*start - *stop - 1) / (-step) + 1);
    } else if (*start < *stop) {
        return (size_t)((*stop - *start - 1) / step + 1);
    }
    return 0;
}

int rv_slice_indices(rv_obj_t *slice, size_t len, intptr_t *start, intptr_t *stop,
                     intptr_t *step, size_t *count)
{
    if (rv_slice_unpack(slice, start, stop, step) < 0)
        return -1;
    *count = rv_slice_adjust(len, start, stop, *step);
    return 0;
}

/* evaluate_slice_index for the long form: an exact int (new reference),
 * or the TypeError of _PyEval_SliceIndex. */
static rv_obj_t *long_index(rv_obj_t *v)
{
    if (!rv_isinstance(v, &rv_int_type)) {
        rv_err_format(&rv_exc_TypeError,
                      "slice indices must be integers or None or have an __index__ method");
        return NULL;
    }
    return RV_IS(v, rv_bool_type) ? rv_int_from_i64(v == rv_True) : rv_incref(v);
}

/* One end of a slice clamped to [lower, upper] after counting a negative
 * value from the end; dflt for None. */
static rv_obj_t *long_end(rv_obj_t *v, rv_obj_t *length, rv_obj_t *lower, rv_obj_t *upper,
                          rv_obj_t *dflt)
{
    if (v == rv_None)
        return rv_incref(dflt);
    rv_obj_t *x = long_index(v);
    if (!x)
        return NULL;
    if (rv_int_sign(x) < 0) {
        rv_obj_t *y = rv_binop(RV_OP_ADD, x, length);
        rv_decref(x);
        x = y;
        if (rv_int_cmp(x, lower) < 0)
            rv_setref(&x, lower);
    } else if (rv_int_cmp(x, upper) > 0) {
        rv_setref(&x, upper);
    }
    return x;
}

int rv_slice_long_indices(rv_obj_t *slice, rv_obj_t *length, rv_obj_t **start,
                          rv_obj_t **stop, rv_obj_t **step)
{
    rv_slice_t *s = RV_SLICE(slice);
    rv_obj_t *k = s->step == rv_None ? rv_int_from_i64(1) : long_index(s->step);
    if (!k)
        return -1;
    if (rv_int_sign(k) == 0) {
        rv_decref(k);
        rv_err_format(&rv_exc_ValueError, "slice step cannot be zero");
        return -1;
    }
    /* Bounds: [0, length] going up, [-1, length - 1] going down. */
    bool down = rv_int_sign(k) < 0;
    rv_obj_t *lower = rv_int_from_i64(down ? -1 : 0);
    rv_obj_t *upper = down ? rv_binop(RV_OP_ADD, length, lower) : rv_incref(length);
    *start = long_end(s->start, length, lower, upper, down ? upper : lower);
    *stop = *start ? long_end(s->stop, length, lower, upper, down ? lower : upper) : NULL;
    rv_decref(upper);
    rv_decref(lower);
    if (!*stop) {
        rv_xdecref(*start);
        rv_decref(k);
        return -1;
    }
    *step = k;
    return 0;
}

static void slice_clear(rv_obj_t *o)
{
    rv_slice_t *s = RV_SLICE(o);
    rv_clearref(&s->start);
    rv_clearref(&s->stop);
    rv_clearref(&s->step);
}

static void slice_traverse(rv_obj_t *o, rv_visit_fn visit, void *ctx)
{
    rv_slice_t *s = RV_SLICE(o);
    /* Not drawn: the trace lists no references of a slice (the spec's
     * "every other object has no refs"). */
    rv_edge_t e = { .kind = RV_EDGE_HIDDEN };
    e.name = "start";
    if (s->start)
        visit(s->start, &e, ctx);
    e.name = "stop";
    if (s->stop)
        visit(s->stop, &e, ctx);
    e.name = "step";
    if (s->step)
        visit(s->step, &e, ctx);
}

static rv_obj_t *slice_repr(rv_obj_t *o)
{
    rv_slice_t *s = RV_SLICE(o);
    rv_obj_t *t = rv_tuple_pack(3, s->start, s->stop, s->step);
    rv_obj_t *r = rv_repr(t);
    rv_decref(t);
    if (!r)
        return NULL;
    rv_obj_t *out = rv_str_printf("slice%s", rv_str_utf8(r));
    rv_decref(r);
    return out;
}

static rv_obj_t *slice_getattr(rv_obj_t *o, rv_obj_t *name)
{
    rv_slice_t *s = RV_SLICE(o);
    if (rv_str_eq_cstr(name, "start"))
        return rv_incref(s->start);
    if (rv_str_eq_cstr(name, "stop"))
        return rv_incref(s->stop);
    if (rv_str_eq_cstr(name, "step"))
        return rv_incref(s->step);
    rv_err_format(&rv_exc_AttributeError, "'slice' object has no attribute '%s'",
                  rv_str_utf8(name));
    return NULL;
}

static size_t slice_size(rv_obj_t *o)
{
    (void)o;
    return 56; /* PySliceObject (40) + GC header */
}

static rv_obj_t *slice_make(rv_type_t *type, rv_obj_t *const *args, size_t nargs,
                            rv_obj_t *kwnames)
{
    (void)type;
    if (rv_arg_no_kw("slice", kwnames) < 0 || rv_arg_count("slice", nargs, 1, 3) < 0)
        return NULL;
    if (nargs == 1)
        return rv_slice_new(NULL, args[0], NULL);
    return rv_slice_new(args[0], args[1], nargs == 3 ? args[2] : NULL);
}

rv_type_t rv_slice_type = {
    .name = "slice",
    .flags = RV_TF_GC | RV_TF_MUTABLE,
    .clear = slice_clear,
    .release = rv_obj_free,
    .traverse = slice_traverse,
    .repr = slice_repr,
    .getattr = slice_getattr,
    .size = slice_size,
    .make = slice_make,
};
