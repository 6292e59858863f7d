/* src/lang/objects/slotwrap.c - a built-in type's own dunder methods as
 * attributes: list.__getitem__, super().__setitem__(k, v), self.__len__()
 * (CPython's slot wrappers and method-wrappers in typeobject.c).
 *
 * Each calls the built-in type's slot directly, never the class's
 * override, as CPython's wrapper does: super().__repr__() inside a
 * __repr__ does not recurse, and dict.__setitem__(self, k, v) inside an
 * overriding __setitem__ stores.  The built-in type serving an instance of
 * a class is the class's nearest built-in base (native_of). */
#include <string.h>

#include "core/exc.h"
#include "core/obj_bool.h"
#include "core/obj_deque.h"
#include "core/obj_dict.h"
#include "core/obj_int.h"
#include "core/obj_list.h"
#include "core/obj_misc.h"
#include "core/obj_set.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"
#include "lang/objects/class.h"

/******************************************************************************/
/* a built-in type's own dunders (object.__repr__, super().__str__(),
 * tuple.__len__): they call that type's slot, never the class's
 * override, so super().__repr__() inside __repr__ does not recurse      */

/* The built-in type whose slot serves self: its own, or its class's
 * nearest built-in base. */
static const rv_type_t *native_of(const rv_obj_t *self)
{
    return rv_is_heap_type(self->type) ? rv_class_ext(self->type)->native : self->type;
}

static rv_obj_t *nd_repr(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    (void)args;
    if (rv_arg_no_kw("__repr__", kw) < 0 || rv_arg_count("__repr__", nargs, 0, 0) < 0)
        return NULL;
    const rv_type_t *t = native_of(self);
    if (t == &rv_object_type)
        return rv_is_heap_type(self->type) ? rv_instance_default_repr(self)
                                           : rv_default_repr(self);
    return t->repr ? t->repr(self) : rv_default_repr(self);
}

static rv_obj_t *nd_str(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    if (rv_arg_no_kw("__str__", kw) < 0 || rv_arg_count("__str__", nargs, 0, 0) < 0)
        return NULL;
    const rv_type_t *t = native_of(self);
    /* object.__str__ is repr(self), the class's __repr__ included. */
    if (t->str)
        return t->str(self);
    (void)args;
    return rv_repr(self);
}

static rv_obj_t *nd_hash(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    (void)args;
    if (rv_arg_no_kw("__hash__", kw) < 0 || rv_arg_count("__hash__", nargs, 0, 0) < 0)
        return NULL;
    const rv_type_t *t = native_of(self);
    int64_t h;
    if (!t->hash) {
        rv_err_format(&rv_exc_TypeError, "unhashable type: '%s'", self->type->name);
        return NULL;
    }
    if (t->hash(self, &h) < 0)
        return NULL;
    return rv_int_from_i64(h);
}

static rv_obj_t *nd_compare(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                            rv_obj_t *kw, rv_cmpop_t op, const char *name)
{
    if (rv_arg_no_kw(name, kw) < 0 || rv_arg_count(name, nargs, 1, 1) < 0)
        return NULL;
    const rv_type_t *t = native_of(self);
    if (t->richcompare)
        return t->richcompare(self, args[0], op);
    /* object's: identity for ==, NotImplemented otherwise. */
    if (op == RV_EQ)
        return self == args[0] ? rv_incref(rv_True) : rv_incref(rv_NotImplemented);
    if (op == RV_NE)
        return self == args[0] ? rv_incref(rv_False) : rv_incref(rv_NotImplemented);
    return rv_incref(rv_NotImplemented);
}

static rv_obj_t *nd_eq(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    return nd_compare(self, args, nargs, kw, RV_EQ, "__eq__");
}

static rv_obj_t *nd_ne(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    return nd_compare(self, args, nargs, kw, RV_NE, "__ne__");
}

static rv_obj_t *nd_len(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    (void)args;
    if (rv_arg_no_kw("__len__", kw) < 0 || rv_arg_count("__len__", nargs, 0, 0) < 0)
        return NULL;
    const rv_type_t *t = native_of(self);
    size_t n;
    if (!t->len) {
        rv_err_format(&rv_exc_TypeError, "object of type '%s' has no len()", self->type->name);
        return NULL;
    }
    if (t->len(self, &n) < 0)
        return NULL;
    return rv_int_from_u64(n);
}

/******************************************************************************/
/* the native __init__ (object's, BaseException's, list's ...), for super()   */

static rv_obj_t *native_init(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                             rv_obj_t *kwnames)
{
    if (rv_instance_native_init(self, args, nargs, kwnames) < 0)
        return NULL;
    return rv_incref(rv_None);
}

static const rv_method_t native_init_def = { "__init__", native_init, 0 };

rv_obj_t *rv_native_init(rv_obj_t *self)
{
    return rv_builtin_new(&native_init_def, self);
}

static rv_obj_t *nd_lt(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    return nd_compare(self, args, nargs, kw, RV_LT, "__lt__");
}

static rv_obj_t *nd_le(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    return nd_compare(self, args, nargs, kw, RV_LE, "__le__");
}

static rv_obj_t *nd_gt(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    return nd_compare(self, args, nargs, kw, RV_GT, "__gt__");
}

static rv_obj_t *nd_ge(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    return nd_compare(self, args, nargs, kw, RV_GE, "__ge__");
}

/* The container slots: the wrappers exist only where the type has the
 * slot (rv_native_dunder checks). */
static rv_obj_t *nd_getitem(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    if (rv_arg_no_kw("__getitem__", kw) < 0 || rv_arg_count("__getitem__", nargs, 1, 1) < 0)
        return NULL;
    return rv_instance_base_getitem(self, args[0]);
}

static rv_obj_t *store(rv_obj_t *self, rv_obj_t *key, rv_obj_t *value)
{
    if (native_of(self)->setitem(self, key, value) < 0)
        return NULL;
    return rv_incref(rv_None);
}

static rv_obj_t *nd_setitem(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    if (rv_arg_no_kw("__setitem__", kw) < 0 || rv_arg_count("__setitem__", nargs, 2, 2) < 0)
        return NULL;
    return store(self, args[0], args[1]);
}

static rv_obj_t *nd_delitem(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    if (rv_arg_no_kw("__delitem__", kw) < 0 || rv_arg_count("__delitem__", nargs, 1, 1) < 0)
        return NULL;
    return store(self, args[0], NULL);
}

static rv_obj_t *nd_contains(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    if (rv_arg_no_kw("__contains__", kw) < 0 ||
        rv_arg_count("__contains__", nargs, 1, 1) < 0)
        return NULL;
    int r = native_of(self)->contains(self, args[0]);
    return r < 0 ? NULL : rv_bool_from(r);
}

static rv_obj_t *nd_iter(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    (void)args;
    if (rv_arg_no_kw("__iter__", kw) < 0 || rv_arg_count("__iter__", nargs, 0, 0) < 0)
        return NULL;
    return native_of(self)->iter(self);
}

/* The operators: the type's binop slot with self on the left (on the
 * right for __rmul__), or its in-place slot. */
static rv_obj_t *binop_wrapper(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                               rv_obj_t *kw, const char *name, rv_binop_t op, char kind)
{
    if (rv_arg_no_kw(name, kw) < 0 || rv_arg_count(name, nargs, 1, 1) < 0)
        return NULL;
    const rv_type_t *t = native_of(self);
    if (kind == 'i' && t->inplace)
        return t->inplace(op, self, args[0]);
    if (!t->binop)
        return rv_incref(rv_NotImplemented);
    return kind == 'r' ? t->binop(op, args[0], self) : t->binop(op, self, args[0]);
}

#define BINOP_WRAPPER(fn, name, op, kind)                                                \
    static rv_obj_t *fn(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw) \
    {                                                                                   \
        return binop_wrapper(self, args, nargs, kw, name, op, kind);                    \
    }
BINOP_WRAPPER(nd_add, "__add__", RV_OP_ADD, 0)
BINOP_WRAPPER(nd_mul, "__mul__", RV_OP_MUL, 0)
BINOP_WRAPPER(nd_rmul, "__rmul__", RV_OP_MUL, 'r')
BINOP_WRAPPER(nd_iadd, "__iadd__", RV_OP_ADD, 'i')
BINOP_WRAPPER(nd_imul, "__imul__", RV_OP_MUL, 'i')
BINOP_WRAPPER(nd_or, "__or__", RV_OP_OR, 0)
BINOP_WRAPPER(nd_and, "__and__", RV_OP_AND, 0)
BINOP_WRAPPER(nd_sub, "__sub__", RV_OP_SUB, 0)
BINOP_WRAPPER(nd_xor, "__xor__", RV_OP_XOR, 0)
BINOP_WRAPPER(nd_ior, "__ior__", RV_OP_OR, 'i')
BINOP_WRAPPER(nd_iand, "__iand__", RV_OP_AND, 'i')
BINOP_WRAPPER(nd_isub, "__isub__", RV_OP_SUB, 'i')
BINOP_WRAPPER(nd_ixor, "__ixor__", RV_OP_XOR, 'i')
#undef BINOP_WRAPPER

static const rv_method_t native_dunders[] = {
    { "__repr__", nd_repr, 0 },         { "__str__", nd_str, 0 },
    { "__hash__", nd_hash, 0 },         { "__eq__", nd_eq, 0 },
    { "__ne__", nd_ne, 0 },             { "__lt__", nd_lt, 0 },
    { "__le__", nd_le, 0 },             { "__gt__", nd_gt, 0 },
    { "__ge__", nd_ge, 0 },             { "__len__", nd_len, 0 },
    { "__init__", native_init, 0 },     { "__getitem__", nd_getitem, 0 },
    { "__setitem__", nd_setitem, 0 },   { "__delitem__", nd_delitem, 0 },
    { "__contains__", nd_contains, 0 }, { "__iter__", nd_iter, 0 },
    { "__add__", nd_add, 0 },           { "__mul__", nd_mul, 0 },
    { "__rmul__", nd_rmul, 0 },         { "__iadd__", nd_iadd, 0 },
    { "__imul__", nd_imul, 0 },         { "__or__", nd_or, 0 },
    { "__and__", nd_and, 0 },           { "__sub__", nd_sub, 0 },
    { "__xor__", nd_xor, 0 },           { "__ior__", nd_ior, 0 },
    { "__iand__", nd_iand, 0 },         { "__isub__", nd_isub, 0 },
    { "__ixor__", nd_ixor, 0 },         { NULL, NULL, 0 },
};

static bool is_one_of(const rv_type_t *t, const rv_type_t *const *types)
{
    for (size_t i = 0; types[i]; i++)
        if (t == types[i])
            return true;
    return false;
}

/* Whether t has the dunder: list has no __hash__, object no __len__,
 * only sequences and numbers __add__, only list and deque __iadd__ ... */
static bool has_dunder(const rv_type_t *t, const char *n)
{
    static const rv_type_t *const seqs[] = { &rv_list_type, &rv_tuple_type, &rv_str_type,
                                             &rv_deque_type, NULL };
    static const rv_type_t *const mutable_seqs[] = { &rv_list_type, &rv_deque_type, NULL };
    static const rv_type_t *const sets[] = { &rv_set_type, &rv_frozenset_type, NULL };
    bool number = rv_type_is_subtype(t, &rv_int_type) || t == &rv_float_type;
    if (strcmp(n, "__len__") == 0)
        return t->len != NULL;
    if (strcmp(n, "__hash__") == 0)
        return t->hash != NULL;
    if (strcmp(n, "__getitem__") == 0)
        return t->getitem != NULL;
    if (strcmp(n, "__setitem__") == 0 || strcmp(n, "__delitem__") == 0)
        return t->setitem != NULL;
    if (strcmp(n, "__contains__") == 0)
        return t->contains != NULL;
    if (strcmp(n, "__iter__") == 0)
        return t->iter != NULL;
    if (strcmp(n, "__add__") == 0 || strcmp(n, "__mul__") == 0 || strcmp(n, "__rmul__") == 0)
        return is_one_of(t, seqs) || number;
    if (strcmp(n, "__iadd__") == 0 || strcmp(n, "__imul__") == 0)
        return is_one_of(t, mutable_seqs);
    if (strcmp(n, "__or__") == 0)
        return is_one_of(t, sets) || rv_type_is_subtype(t, &rv_int_type) || t == &rv_dict_type;
    if (strcmp(n, "__and__") == 0 || strcmp(n, "__sub__") == 0 || strcmp(n, "__xor__") == 0)
        return is_one_of(t, sets) || rv_type_is_subtype(t, &rv_int_type) ||
               (strcmp(n, "__sub__") == 0 && t == &rv_float_type);
    if (strcmp(n, "__ior__") == 0)
        return t == &rv_set_type || t == &rv_dict_type;
    if (strcmp(n, "__iand__") == 0 || strcmp(n, "__isub__") == 0 || strcmp(n, "__ixor__") == 0)
        return t == &rv_set_type;
    return true;
}

rv_obj_t *rv_native_dunder(const rv_type_t *t, rv_obj_t *self, rv_obj_t *name)
{
    for (const rv_method_t *m = native_dunders; m->name; m++) {
        if (!rv_str_eq_cstr(name, m->name))
            continue;
        if (!has_dunder(t, m->name))
            return NULL;
        return self ? rv_builtin_new(m, self) : rv_method_descr_new(m, t);
    }
    return NULL;
}
