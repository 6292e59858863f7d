/* src/lang/modules/mod_operator.c - the operator module's functions
 * (CPython's Modules/_operator.c, which replaces operator.py's): each is
 * the operation the interpreter performs for the operator, with its
 * messages (operator.add(1, 'a') is 1 + 'a'), and the module's table
 * with the dunder aliases (operator.__add__ is operator.add).
 * itemgetter, attrgetter and methodcaller are in mod_operator_get.c. */
#include "lang/modules/mod_operator.h"

#include <stdio.h>
#include <string.h>

#include "core/exc.h"
#include "core/obj_array.h"
#include "core/obj_bool.h"
#include "core/obj_deque.h"
#include "core/obj_dict.h"
#include "core/obj_int.h"
#include "core/obj_iter.h"
#include "core/obj_list.h"
#include "core/obj_misc.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"
#include "lang/modules/mod_math.h"
#include "lang/modules/modargs.h"
#include "lang/modules/modules_int.h"
#include "lang/vm/vm.h"

/* Clinic's positional-only functions: METH_O for one argument
 * ("_operator.neg() takes exactly one argument (0 given)"), else "add
 * expected 2 arguments, got 1"; neither takes keywords
 * ("_operator.add() takes no keyword arguments"). */
static int args_n(const char *name, size_t nargs, rv_obj_t *kwnames, size_t n)
{
    char qualname[48];
    snprintf(qualname, sizeof qualname, "_operator.%s", name);
    if (rv_arg_no_kw(qualname, kwnames) < 0)
        return -1;
    return n == 1 ? rv_arg_count(qualname, nargs, 1, 1) : rv_arg_positional(name, nargs, n, n);
}

/******************************************************************************/
/* the operators                                                              */

#define BINARY(name, call)                                                              \
    static rv_obj_t *op_##name(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,     \
                               rv_obj_t *kw)                                            \
    {                                                                                   \
        if (args_n(#name, nargs, kw, 2) < 0)                                            \
            return NULL;                                                                \
        return call;                                                                    \
    }

#define UNARY(name, call)                                                               \
    static rv_obj_t *op_##name(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,     \
                               rv_obj_t *kw)                                            \
    {                                                                                   \
        if (args_n(#name, nargs, kw, 1) < 0)                                            \
            return NULL;                                                                \
        return call;                                                                    \
    }

BINARY(lt, rv_richcompare(args[0], args[1], RV_LT))
BINARY(le, rv_richcompare(args[0], args[1], RV_LE))
BINARY(eq, rv_richcompare(args[0], args[1], RV_EQ))
BINARY(ne, rv_richcompare(args[0], args[1], RV_NE))
BINARY(ge, rv_richcompare(args[0], args[1], RV_GE))
BINARY(gt, rv_richcompare(args[0], args[1], RV_GT))
BINARY(is_, rv_bool_from(args[0] == args[1]))
BINARY(is_not, rv_bool_from(args[0] != args[1]))
BINARY(add, rv_binop(RV_OP_ADD, args[0], args[1]))
BINARY(sub, rv_binop(RV_OP_SUB, args[0], args[1]))
BINARY(mul, rv_binop(RV_OP_MUL, args[0], args[1]))
BINARY(matmul, rv_binop(RV_OP_MATMUL, args[0], args[1]))
BINARY(truediv, rv_binop(RV_OP_TRUEDIV, args[0], args[1]))
BINARY(floordiv, rv_binop(RV_OP_FLOORDIV, args[0], args[1]))
BINARY(mod, rv_binop(RV_OP_MOD, args[0], args[1]))
BINARY(pow, rv_binop(RV_OP_POW, args[0], args[1]))
BINARY(lshift, rv_binop(RV_OP_LSHIFT, args[0], args[1]))
BINARY(rshift, rv_binop(RV_OP_RSHIFT, args[0], args[1]))
BINARY(and_, rv_binop(RV_OP_AND, args[0], args[1]))
BINARY(or_, rv_binop(RV_OP_OR, args[0], args[1]))
BINARY(xor, rv_binop(RV_OP_XOR, args[0], args[1]))
BINARY(iadd, rv_inplace(RV_OP_ADD, args[0], args[1]))
BINARY(isub, rv_inplace(RV_OP_SUB, args[0], args[1]))
BINARY(imul, rv_inplace(RV_OP_MUL, args[0], args[1]))
BINARY(imatmul, rv_inplace(RV_OP_MATMUL, args[0], args[1]))
BINARY(itruediv, rv_inplace(RV_OP_TRUEDIV, args[0], args[1]))
BINARY(ifloordiv, rv_inplace(RV_OP_FLOORDIV, args[0], args[1]))
BINARY(imod, rv_inplace(RV_OP_MOD, args[0], args[1]))
BINARY(ipow, rv_inplace(RV_OP_POW, args[0], args[1]))
BINARY(ilshift, rv_inplace(RV_OP_LSHIFT, args[0], args[1]))
BINARY(irshift, rv_inplace(RV_OP_RSHIFT, args[0], args[1]))
BINARY(iand, rv_inplace(RV_OP_AND, args[0], args[1]))
BINARY(ior, rv_inplace(RV_OP_OR, args[0], args[1]))
BINARY(ixor, rv_inplace(RV_OP_XOR, args[0], args[1]))
BINARY(getitem, rv_getitem(args[0], args[1]))
UNARY(neg, rv_unop(RV_UOP_NEG, args[0]))
UNARY(pos, rv_unop(RV_UOP_POS, args[0]))
UNARY(inv, rv_unop(RV_UOP_INVERT, args[0]))
UNARY(invert, rv_unop(RV_UOP_INVERT, args[0]))
UNARY(index, rv_math_index(args[0]))

static rv_obj_t *truth_of(rv_obj_t *o, bool negate)
{
    int t = rv_truth(o);
    return t < 0 ? NULL : rv_bool_from((t > 0) != negate);
}

UNARY(not_, truth_of(args[0], true))
UNARY(truth, truth_of(args[0], false))

/* abs() itself: the builtin's messages ("bad operand type for abs(): 'str'"). */
static rv_obj_t *op_abs(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    if (args_n("abs", nargs, kw, 1) < 0)
        return NULL;
    return rv_call1(rv_dict_get_cstr_borrow(rv_builtins_dict(), "abs"), args[0]);
}

static rv_obj_t *none_or_null(int rc)
{
    return rc < 0 ? NULL : rv_incref(rv_None);
}

static rv_obj_t *op_setitem(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    if (args_n("setitem", nargs, kw, 3) < 0)
        return NULL;
    return none_or_null(rv_setitem(args[0], args[1], args[2]));
}

static rv_obj_t *op_delitem(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    if (args_n("delitem", nargs, kw, 2) < 0)
        return NULL;
    return none_or_null(rv_delitem(args[0], args[1]));
}

static rv_obj_t *op_contains(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                             rv_obj_t *kw)
{
    if (args_n("contains", nargs, kw, 2) < 0)
        return NULL;
    int r = rv_contains(args[0], args[1]);
    return r < 0 ? NULL : rv_bool_from(r);
}

/******************************************************************************/
/* concat, iconcat: the sequence protocol's + and +=                         */

/* PySequence_Check: items by index, and not a dict. */
static bool is_sequence(const rv_obj_t *o)
{
    return o->type->getitem && !rv_isinstance(o, &rv_dict_type);
}

/* The types with sq_concat (and sq_inplace_concat, but str and tuple):
 * their + gives their own messages. */
static bool has_concat(const rv_obj_t *o)
{
    return rv_isinstance(o, &rv_list_type) || rv_isinstance(o, &rv_tuple_type) ||
           rv_isinstance(o, &rv_str_type) || rv_isinstance(o, &rv_deque_type) ||
           rv_isinstance(o, &rv_array_type);
}

/* PySequence_Concat / PySequence_InPlaceConcat: the sequence's own
 * concatenation; two other sequences (program classes) are added with
 * their __add__ (__iadd__); anything else "can't be concatenated". */
static rv_obj_t *concat(rv_obj_t *a, rv_obj_t *b, bool inplace)
{
    if (has_concat(a))
        return inplace ? rv_inplace(RV_OP_ADD, a, b) : rv_binop(RV_OP_ADD, a, b);
    if (is_sequence(a) && is_sequence(b)) {
        rv_obj_t *r = inplace ? rv_inplace(RV_OP_ADD, a, b) : rv_binop(RV_OP_ADD, a, b);
        /* NotImplemented from both sides: the message is concat's. */
        if (r || !rv_err_matches(&rv_exc_TypeError))
            return r;
        rv_obj_t *msg = rv_exc_message(rv_err_occurred());
        bool unsupported = msg && strncmp(rv_str_utf8(msg), "unsupported operand", 19) == 0;
        rv_xdecref(msg);
        if (!unsupported)
            return NULL;
        rv_err_clear();
    }
    rv_err_format(&rv_exc_TypeError, "'%s' object can't be concatenated", a->type->name);
    return NULL;
}

BINARY(concat, concat(args[0], args[1], false))
BINARY(iconcat, concat(args[0], args[1], true))

/******************************************************************************/
/* countOf, indexOf: _PySequence_IterSearch                                   */

/* Compares each item with x (item == x); count: how many are equal, else
 * the index of the first. */
static rv_obj_t *iter_search(rv_obj_t *seq, rv_obj_t *x, bool count)
{
    rv_obj_t *it = rv_iter(seq);
    if (!it) {
        if (rv_err_matches(&rv_exc_TypeError)) {
            rv_err_clear();
            rv_err_format(&rv_exc_TypeError, "argument of type '%s' is not iterable",
                          seq->type->name);
        }
        return NULL;
    }
    int64_t n = 0, index = 0;
    rv_obj_t *item;
    while ((item = rv_next(it))) {
        int eq = rv_richcompare_bool(item, x, RV_EQ);
        rv_decref(item);
        if (eq < 0) {
            rv_decref(it);
            return NULL;
        }
        if (eq && !count) {
            rv_decref(it);
            return rv_int_from_i64(index);
        }
        n += eq;
        index++;
    }
    rv_decref(it);
    if (rv_err_occurred())
        return NULL;
    if (count)
        return rv_int_from_i64(n);
    rv_err_format(&rv_exc_ValueError, "sequence.index(x): x not in sequence");
    return NULL;
}

BINARY(countOf, iter_search(args[0], args[1], true))
BINARY(indexOf, iter_search(args[0], args[1], false))

/******************************************************************************/
/* length_hint, call                                                          */

/* length_hint(obj, default=0): len(obj), else obj.__length_hint__(), else
 * default (any integer, negative too). */
static rv_obj_t *op_length_hint(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                rv_obj_t *kw)
{
    int64_t dflt = 0;
    if (rv_arg_no_kw("_operator.length_hint", kw) < 0 ||
        rv_arg_positional("length_hint", nargs, 1, 2) < 0 ||
        (nargs == 2 && rv_arg_ssize(args[1], &dflt) < 0))
        return NULL;
    size_t n;
    if (rv_length_hint(args[0], SIZE_MAX, &n) < 0)
        return NULL;
    return n == SIZE_MAX ? rv_int_from_i64(dflt) : rv_int_from_u64(n);
}

/* call(obj, /, *args, **kwargs): obj(*args, **kwargs). */
static rv_obj_t *op_call(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    if (rv_arg_positional("call", nargs, 1, SIZE_MAX) < 0)
        return NULL;
    return rv_call(args[0], args + 1, nargs - 1, kw);
}

/******************************************************************************/
/* the module                                                                 */

/* Alphabetical, as __all__ (operator_init puts the module's dict in its
 * order). */
static const rv_method_t operator_functions[] = {
    { "abs", op_abs, 0 },
    { "add", op_add, 0 },
    { "and_", op_and_, 0 },
    { "call", op_call, 0 },
    { "concat", op_concat, 0 },
    { "contains", op_contains, 0 },
    { "countOf", op_countOf, 0 },
    { "delitem", op_delitem, 0 },
    { "eq", op_eq, 0 },
    { "floordiv", op_floordiv, 0 },
    { "ge", op_ge, 0 },
    { "getitem", op_getitem, 0 },
    { "gt", op_gt, 0 },
    { "iadd", op_iadd, 0 },
    { "iand", op_iand, 0 },
    { "iconcat", op_iconcat, 0 },
    { "ifloordiv", op_ifloordiv, 0 },
    { "ilshift", op_ilshift, 0 },
    { "imatmul", op_imatmul, 0 },
    { "imod", op_imod, 0 },
    { "imul", op_imul, 0 },
    { "index", op_index, 0 },
    { "indexOf", op_indexOf, 0 },
    { "inv", op_inv, 0 },
    { "invert", op_invert, 0 },
    { "ior", op_ior, 0 },
    { "ipow", op_ipow, 0 },
    { "irshift", op_irshift, 0 },
    { "is_", op_is_, 0 },
    { "is_not", op_is_not, 0 },
    { "isub", op_isub, 0 },
    { "itruediv", op_itruediv, 0 },
    { "ixor", op_ixor, 0 },
    { "le", op_le, 0 },
    { "length_hint", op_length_hint, 0 },
    { "lshift", op_lshift, 0 },
    { "lt", op_lt, 0 },
    { "matmul", op_matmul, 0 },
    { "mod", op_mod, 0 },
    { "mul", op_mul, 0 },
    { "ne", op_ne, 0 },
    { "neg", op_neg, 0 },
    { "not_", op_not_, 0 },
    { "or_", op_or_, 0 },
    { "pos", op_pos, 0 },
    { "pow", op_pow, 0 },
    { "rshift", op_rshift, 0 },
    { "setitem", op_setitem, 0 },
    { "sub", op_sub, 0 },
    { "truediv", op_truediv, 0 },
    { "truth", op_truth, 0 },
    { "xor", op_xor, 0 },
    { NULL, NULL, 0 },
};

/* The types, then operator.py's `__lt__ = lt` ...: each dunder name is
 * the same object as the function named without the underscores (with
 * a trailing one for a keyword: __not__ is not_). */
static const char *const operator_values[] = {
    "attrgetter", "itemgetter", "methodcaller",
    "__lt__", "__le__", "__eq__", "__ne__", "__ge__", "__gt__", "__not__", "__abs__", "__add__",
    "__and__", "__call__", "__floordiv__", "__index__", "__inv__", "__invert__", "__lshift__",
    "__mod__", "__mul__", "__matmul__", "__neg__", "__or__", "__pos__", "__pow__", "__rshift__",
    "__sub__", "__truediv__", "__xor__", "__concat__", "__contains__", "__delitem__",
    "__getitem__", "__setitem__", "__iadd__", "__iand__", "__iconcat__", "__ifloordiv__",
    "__ilshift__", "__imod__", "__imul__", "__imatmul__", "__ior__", "__ipow__", "__irshift__",
    "__isub__", "__itruediv__", "__ixor__", NULL,
};

/* __all__: its order is the order `from operator import *` binds in. */
static const char *const operator_all[] = {
    "abs", "add", "and_", "attrgetter", "call", "concat", "contains", "countOf", "delitem",
    "eq", "floordiv", "ge", "getitem", "gt", "iadd", "iand", "iconcat", "ifloordiv",
    "ilshift", "imatmul", "imod", "imul", "index", "indexOf", "inv", "invert", "ior", "ipow",
    "irshift", "is_", "is_not", "isub", "itemgetter", "itruediv", "ixor", "le", "length_hint",
    "lshift", "lt", "matmul", "methodcaller", "mod", "mul", "ne", "neg", "not_", "or_", "pos",
    "pow", "rshift", "setitem", "sub", "truediv", "truth", "xor", NULL,
};

static void operator_init(rv_obj_t *m)
{
    rv_operator_init_types(m);
    rv_obj_t *d = rv_module_dict_borrow(m);
    for (size_t i = 3; operator_values[i]; i++) {
        char name[24];
        const char *alias = operator_values[i];
        size_t len = strlen(alias) - 4;
        memcpy(name, alias + 2, len);
        name[len] = '\0';
        rv_obj_t *f = rv_dict_get_cstr_borrow(d, name);
        if (!f) {
            name[len] = '_';
            name[len + 1] = '\0';
            f = rv_dict_get_cstr_borrow(d, name);
        }
        rv_module_set_value(m, alias, f);
    }
    rv_module_reorder(m, operator_all);
    rv_module_reorder(m, operator_values + 3);
}

const rv_module_def_t rv_mod_operator = {
    .name = "operator",
    .functions = operator_functions,
    .values = operator_values,
    .init = operator_init,
};
