/* src/core/obj_bool.c - bool (Objects/boolobject.c): a subtype of int with
 * exactly two instances.  Arithmetic is int arithmetic, except that & | ^
 * between two bools give a bool. */
#include "core/obj_bool.h"

#include "core/exc.h"
#include "core/heap.h"
#include "core/obj_misc.h"
#include "core/obj_str.h"

rv_int_t rv_True_obj = { .small = 1 };
rv_int_t rv_False_obj = { .small = 0 };

void rv_bool_init(void)
{
    rv_obj_init_static(&rv_True_obj.ob, &rv_bool_type);
    rv_obj_init_static(&rv_False_obj.ob, &rv_bool_type);
}

static rv_obj_t *bool_repr(rv_obj_t *o)
{
    /* CPython returns its static identifier strings: str(True) is str(True). */
    return rv_str_intern(o == rv_True ? "True" : "False");
}

static rv_obj_t *bool_binop(rv_binop_t op, rv_obj_t *a, rv_obj_t *b)
{
    if ((op == RV_OP_AND || op == RV_OP_OR || op == RV_OP_XOR) && RV_IS(a, rv_bool_type) &&
        RV_IS(b, rv_bool_type)) {
        bool x = a == rv_True, y = b == rv_True;
        bool r = op == RV_OP_AND ? (x && y) : op == RV_OP_OR ? (x || y) : (x != y);
        return rv_bool_from(r);
    }
    return rv_int_binop(op, a, b);
}

static int bool_truth(rv_obj_t *o)
{
    return o == rv_True;
}

static int bool_hash(rv_obj_t *o, int64_t *out)
{
    *out = o == rv_True;
    return 0;
}

static size_t bool_size(rv_obj_t *o)
{
    (void)o;
    return 28; /* an int with one 30-bit digit */
}

static rv_obj_t *bool_make(rv_type_t *type, rv_obj_t *const *args, size_t nargs,
                           rv_obj_t *kwnames)
{
    (void)type;
    if (rv_arg_no_kw("bool", kwnames) < 0 || rv_arg_count("bool", nargs, 0, 1) < 0)
        return NULL;
    if (nargs == 0)
        return rv_bool_from(false);
    int t = rv_truth(args[0]);
    return t < 0 ? NULL : rv_bool_from(t);
}

rv_type_t rv_bool_type = {
    .name = "bool",
    .base = &rv_int_type,
    .flags = RV_TF_INLINE,
    .repr = bool_repr,
    .hash = bool_hash,
    .truth = bool_truth,
    .binop = bool_binop,
    .size = bool_size,
    .make = bool_make,
};
