/* src/lang/objects/slots.c - the slots of a heap type that dispatch to its
 * dunder methods (CPython's slot_tp_* functions in typeobject.c).
 *
 * A slot is installed when the class or one of its heap bases defines the
 * dunder; otherwise the base's slot is inherited, so a class without
 * __len__ gets the core's own "object of type 'A' has no len()".  A class
 * deriving from a built-in type keeps that type's behaviour for what it
 * does not define: CPython has a slot per operation (a list subclass
 * defining __add__ keeps list's *, one defining __setitem__ list's del),
 * where refviz's binop, setitem and richcompare slots serve several, so
 * those fall back to the built-in base's slot operation by operation. */
#include <stdio.h>
#include <string.h>

#include "core/exc.h"
#include "core/obj_bool.h"
#include "core/obj_dict.h"
#include "core/obj_int.h"
#include "core/obj_iter.h"
#include "core/obj_misc.h"
#include "core/obj_str.h"
#include "lang/objects/class.h"
#include "lang/vm/interp.h"
#include "lang/vm/vm.h"

static rv_obj_t *checked_str(rv_obj_t *r, const char *what)
{
    if (r && !RV_IS(r, rv_str_type)) {
        rv_err_format(&rv_exc_TypeError, "%s returned non-string (type %s)", what,
                      r->type->name);
        rv_clearref(&r);
    }
    return r;
}

static rv_obj_t *slot_repr(rv_obj_t *o)
{
    /* A snapshot runs no program code: inside one, an instance shows
     * object's repr, whatever container's repr asks for it, unless its
     * __repr__ is the library's (a namedtuple's). */
    if (rv_vm_code_forbidden_now()) {
        rv_obj_t *f = rv_class_lookup_cstr(o->type, "__repr__");
        if (!f || !RV_IS(f, rv_libfunc_type))
            return rv_instance_default_repr(o);
    }
    return checked_str(rv_instance_call_dunder(o, "__repr__", NULL, 0), "__repr__");
}

bool rv_instance_repr_is_library(const rv_obj_t *o)
{
    if (o->type->repr != slot_repr)
        return false;
    rv_obj_t *f = rv_class_lookup_cstr(o->type, "__repr__");
    return f && RV_IS(f, rv_libfunc_type);
}

/* PyObject_Format with a class's own __format__. */
static rv_obj_t *slot_format(rv_obj_t *o, rv_obj_t *spec)
{
    rv_obj_t *r = rv_instance_call_dunder(o, "__format__", &spec, 1);
    if (r && !rv_isinstance(r, &rv_str_type)) {
        rv_err_format(&rv_exc_TypeError, "__format__ must return a str, not %s", r->type->name);
        rv_decref(r);
        return NULL;
    }
    return r;
}

static rv_obj_t *slot_str(rv_obj_t *o)
{
    return checked_str(rv_instance_call_dunder(o, "__str__", NULL, 0), "__str__");
}

/* object.__repr__ with the module-qualified name. */
rv_obj_t *rv_instance_default_repr(rv_obj_t *o)
{
    return rv_str_printf("<__main__.%s object at 0x%llx>", rv_class_qualname(o->type),
                         (unsigned long long)o->id);
}

static rv_obj_t *slot_richcompare(rv_obj_t *a, rv_obj_t *b, rv_cmpop_t op)
{
    static const char *const names[] = { "__lt__", "__le__", "__eq__", "__ne__", "__gt__",
                                         "__ge__" };
    if (!rv_class_lookup_cstr(a->type, names[op])) {
        /* The built-in base's comparison comes before object's: a list
         * subclass defining only __eq__ compares != as a list. */
        rv_type_t *native = rv_class_ext(a->type)->native;
        if (native->richcompare)
            return native->richcompare(a, b, op);
        /* object.__ne__ inverts __eq__. */
        if (op == RV_NE && rv_class_lookup_cstr(a->type, "__eq__")) {
            rv_obj_t *r = rv_instance_call_dunder(a, "__eq__", &b, 1);
            if (!r || r == rv_NotImplemented)
                return r;
            int t = rv_truth(r);
            rv_decref(r);
            return t < 0 ? NULL : rv_bool_from(!t);
        }
        return rv_incref(rv_NotImplemented);
    }
    return rv_instance_call_dunder(a, names[op], &b, 1);
}

static int slot_hash(rv_obj_t *o, int64_t *out)
{
    rv_obj_t *h = rv_class_lookup_cstr(o->type, "__hash__");
    if (h == rv_None) {
        rv_err_format(&rv_exc_TypeError, "unhashable type: '%s'", o->type->name);
        return -1;
    }
    rv_obj_t *r = rv_instance_call_dunder(o, "__hash__", NULL, 0);
    if (!r)
        return -1;
    if (!rv_isinstance(r, &rv_int_type)) {
        rv_err_format(&rv_exc_TypeError, "__hash__ method should return an integer");
        rv_decref(r);
        return -1;
    }
    int err = rv_hash(r, out);
    rv_decref(r);
    return err;
}

static int slot_truth(rv_obj_t *o)
{
    rv_obj_t *r = rv_instance_call_dunder(o, "__bool__", NULL, 0);
    if (!r)
        return -1;
    if (!RV_IS(r, rv_bool_type)) {
        rv_err_format(&rv_exc_TypeError, "__bool__ should return bool, returned %s",
                      r->type->name);
        rv_decref(r);
        return -1;
    }
    int t = r == rv_True;
    rv_decref(r);
    return t;
}

static int slot_len(rv_obj_t *o, size_t *out)
{
    rv_obj_t *r = rv_instance_call_dunder(o, "__len__", NULL, 0);
    if (!r)
        return -1;
    intptr_t n;
    bool is_int;
    int err = rv_index_to_ssize(r, &n, &is_int);
    if (!is_int)
        rv_err_format(&rv_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                      r->type->name);
    rv_decref(r);
    if (err < 0)
        return -1;
    if (n < 0) {
        rv_err_format(&rv_exc_ValueError, "__len__() should return >= 0");
        return -1;
    }
    *out = (size_t)n;
    return 0;
}

static rv_obj_t *slot_index(rv_obj_t *o)
{
    return rv_instance_call_dunder(o, "__index__", NULL, 0);
}

static rv_obj_t *slot_getitem(rv_obj_t *o, rv_obj_t *key)
{
    return rv_instance_call_dunder(o, "__getitem__", &key, 1);
}

/* dict_subscript for a subclass: a missing key goes to its __missing__. */
static rv_obj_t *slot_dict_missing(rv_obj_t *o, rv_obj_t *key)
{
    rv_obj_t *v = rv_dict_get_borrow(o, key);
    if (v)
        return rv_incref(v);
    if (rv_err_occurred())
        return NULL;
    return rv_instance_call_dunder(o, "__missing__", &key, 1);
}

rv_obj_t *rv_instance_base_getitem(rv_obj_t *o, rv_obj_t *key)
{
    const rv_type_t *t = o->type;
    const rv_type_t *native = rv_is_heap_type(t) ? rv_class_ext(t)->native : t;
    if (native == &rv_dict_type && rv_is_heap_type(t) && rv_class_lookup_cstr(t, "__missing__"))
        return slot_dict_missing(o, key);
    return native->getitem(o, key);
}

static int slot_setitem(rv_obj_t *o, rv_obj_t *key, rv_obj_t *value)
{
    const char *name = value ? "__setitem__" : "__delitem__";
    if (!rv_class_lookup_cstr(o->type, name)) {
        /* A dict subclass defining only __setitem__ deletes as a dict. */
        rv_type_t *native = rv_class_ext(o->type)->native;
        if (native->setitem)
            return native->setitem(o, key, value);
        rv_err_format(&rv_exc_TypeError, value ? "'%s' object does not support item assignment"
                                               : "'%s' object doesn't support item deletion",
                      o->type->name);
        return -1;
    }
    rv_obj_t *args[2] = { key, value };
    rv_obj_t *r = rv_instance_call_dunder(o, name, args, value ? 2 : 1);
    if (!r)
        return -1;
    rv_decref(r);
    return 0;
}

static int slot_contains(rv_obj_t *o, rv_obj_t *item)
{
    rv_obj_t *r = rv_instance_call_dunder(o, "__contains__", &item, 1);
    if (!r)
        return -1;
    int t = rv_truth(r);
    rv_decref(r);
    return t;
}

static rv_obj_t *slot_iter(rv_obj_t *o)
{
    rv_obj_t *r = rv_instance_call_dunder(o, "__iter__", NULL, 0);
    if (r && !r->type->next) {
        rv_err_format(&rv_exc_TypeError, "iter() returned non-iterator of type '%s'",
                      r->type->name);
        rv_clearref(&r);
    }
    return r;
}

/* The sequence protocol: a class with __getitem__ and no __iter__. */
static rv_obj_t *slot_iter_seq(rv_obj_t *o)
{
    return rv_seqiter_new(o);
}

static rv_obj_t *slot_next(rv_obj_t *o)
{
    rv_obj_t *r = rv_instance_call_dunder(o, "__next__", NULL, 0);
    if (!r && rv_err_matches(&rv_exc_StopIteration))
        rv_err_clear();
    return r;
}

rv_obj_t *rv_instance_iternext(rv_obj_t *o, bool *stop)
{
    *stop = false;
    if (o->type->next != slot_next)
        return rv_next(o);
    rv_obj_t *r = rv_instance_call_dunder(o, "__next__", NULL, 0);
    *stop = !r && rv_err_matches(&rv_exc_StopIteration);
    return r;
}

static rv_obj_t *slot_call(rv_obj_t *o, rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames)
{
    /* tp_call: a recursion level of its own, as in CPython. */
    if (rv_enter_recursive(" while calling a Python object") < 0)
        return NULL;
    rv_obj_t *f = rv_class_lookup_cstr(o->type, "__call__");
    rv_obj_t *m = rv_descr_bind(f, o, (rv_type_t *)o->type);
    rv_obj_t *r = rv_call(m, args, nargs, kwnames);
    rv_decref(m);
    rv_leave_recursive();
    return r;
}

static const char *const binop_names[RV_OP__COUNT] = {
    "add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or",
    "xor", "matmul",
};

/* a.__op__(b), or NotImplemented when a's class has no such method. */
static rv_obj_t *try_dunder(rv_obj_t *a, const char *prefix, rv_binop_t op, rv_obj_t *b)
{
    char name[32];
    snprintf(name, sizeof name, "__%s%s__", prefix, binop_names[op]);
    if (!rv_is_heap_type(a->type) || !rv_class_lookup_cstr(a->type, name))
        return rv_incref(rv_NotImplemented);
    return rv_instance_call_dunder(a, name, &b, 1);
}

/* Whether t's classes define op's method or its reflection. */
static bool defines_op(const rv_type_t *t, rv_binop_t op)
{
    char name[32];
    const char *prefixes[] = { "", "r" };
    for (size_t p = 0; p < 2; p++) {
        snprintf(name, sizeof name, "__%s%s__", prefixes[p], binop_names[op]);
        if (rv_class_lookup_cstr(t, name))
            return true;
    }
    return false;
}

static rv_obj_t *slot_binop(rv_binop_t op, rv_obj_t *a, rv_obj_t *b);

/* CPython has a slot per operator: a class defining __add__ keeps its
 * built-in base's *.  refviz's one binop slot gives an operator the class
 * does not define to the base's: the slot that operator would have. */
static rv_obj_t *(*op_slot(const rv_type_t *t, rv_binop_t op))(rv_binop_t, rv_obj_t *,
                                                                  rv_obj_t *)
{
    if (t->binop != slot_binop || defines_op(t, op))
        return t->binop;
    return rv_class_ext(t)->native->binop;
}

/* SLOT1BINFULL: the left operand's method, then the right's reflected
 * one (first when the right operand's class is a subclass).  binop1 calls
 * this slot once for both operands when both have it, else once for the
 * one that has it; an operand whose class does not define the operator
 * is served by its built-in base. */
static rv_obj_t *slot_binop(rv_binop_t op, rv_obj_t *a, rv_obj_t *b)
{
    bool a_slot = a->type->binop == slot_binop, b_slot = b->type->binop == slot_binop;
    rv_obj_t *(*sa)(rv_binop_t, rv_obj_t *, rv_obj_t *) = op_slot(a->type, op);
    rv_obj_t *(*sb)(rv_binop_t, rv_obj_t *, rv_obj_t *) = op_slot(b->type, op);
    if ((a_slot && sa != slot_binop) || (b_slot && sb != slot_binop)) {
        /* binop1 with the base's slot standing in: for the side this slot
         * was called for (both, when both have it). */
        if (!a_slot)
            sa = NULL;
        if (!b_slot || (a_slot && sb == sa))
            sb = NULL;
        if (sa && sb && a->type != b->type && rv_type_is_subtype(b->type, a->type)) {
            rv_obj_t *r = sb == slot_binop ? try_dunder(b, "r", op, a) : sb(op, a, b);
            if (r != rv_NotImplemented)
                return r;
            rv_decref(r);
            sb = NULL;
        }
        if (sa) {
            rv_obj_t *r = sa == slot_binop ? try_dunder(a, "", op, b) : sa(op, a, b);
            if (r != rv_NotImplemented)
                return r;
            rv_decref(r);
        }
        if (sb)
            return sb == slot_binop ? try_dunder(b, "r", op, a) : sb(op, a, b);
        return rv_incref(rv_NotImplemented);
    }
    bool other = a->type != b->type && b_slot;
    if (a_slot) {
        if (other && rv_type_is_subtype(b->type, a->type)) {
            rv_obj_t *r = try_dunder(b, "r", op, a);
            if (r != rv_NotImplemented)
                return r;
            rv_decref(r);
            other = false;
        }
        rv_obj_t *r = try_dunder(a, "", op, b);
        if (r != rv_NotImplemented || a->type == b->type)
            return r;
        rv_decref(r);
    }
    if (other)
        return try_dunder(b, "r", op, a);
    return rv_incref(rv_NotImplemented);
}

static rv_obj_t *slot_inplace(rv_binop_t op, rv_obj_t *a, rv_obj_t *b)
{
    char name[32];
    snprintf(name, sizeof name, "__i%s__", binop_names[op]);
    if (!rv_class_lookup_cstr(a->type, name)) {
        /* The built-in base's in-place operator (list's += extends). */
        rv_type_t *native = rv_class_ext(a->type)->native;
        if (native->inplace)
            return native->inplace(op, a, b);
        return rv_incref(rv_NotImplemented);
    }
    return rv_instance_call_dunder(a, name, &b, 1);
}

static rv_obj_t *slot_unop(rv_unop_t op, rv_obj_t *a)
{
    static const char *const names[] = { "__neg__", "__pos__", "__invert__" };
    if (!rv_class_lookup_cstr(a->type, names[op])) {
        rv_type_t *native = rv_class_ext(a->type)->native;
        if (native->unop)
            return native->unop(op, a);
        return rv_incref(rv_NotImplemented);
    }
    return rv_instance_call_dunder(a, names[op], NULL, 0);
}

/* __del__: an exception it raises is reported and ignored, as CPython's
 * PyErr_WriteUnraisable does. */
static void slot_del(rv_obj_t *o)
{
    /* A class the collector has cleared (its instance was made by a
     * finalizer of the same collection) has no __del__ left to call. */
    if (!rv_class_lookup_cstr(o->type, "__del__"))
        return;
    rv_obj_t *saved = rv_err_fetch();
    rv_obj_t *r = rv_instance_call_dunder(o, "__del__", NULL, 0);
    if (r) {
        rv_decref(r);
    } else if (rv_err_matches(&rv_exc_RefvizLimit)) {
        /* refviz's own stop is no exception of the program's: not
         * reported (the next statement stops the program again). */
        rv_err_clear();
    } else {
        rv_obj_t *exc = rv_err_fetch();
        rv_obj_t *f = rv_class_lookup_cstr(o->type, "__del__");
        rv_obj_t *fr = f ? rv_repr(f) : NULL;
        rv_err_clear();
        rv_buf_t b = RV_BUF_INIT;
        rv_buf_printf(&b, "Exception ignored in: %s\n", fr ? rv_str_utf8(fr) : "__del__");
        rv_format_traceback(exc, NULL, &b);
        fputs(rv_buf_cstr(&b), stderr);
        rv_buf_free(&b);
        rv_xdecref(fr);
        rv_xdecref(exc);
    }
    if (saved)
        rv_err_restore(saved);
}

static bool defines_any(const rv_type_t *t, const char *const *names)
{
    for (size_t i = 0; names[i]; i++)
        if (rv_class_lookup_cstr(t, names[i]))
            return true;
    return false;
}

static bool defines(const rv_type_t *t, const char *name)
{
    return rv_class_lookup_cstr(t, name) != NULL;
}

static bool defines_binop(const rv_type_t *t)
{
    char name[32];
    for (int op = 0; op < RV_OP__COUNT; op++) {
        const char *prefixes[] = { "", "r" };
        for (size_t p = 0; p < 2; p++) {
            snprintf(name, sizeof name, "__%s%s__", prefixes[p], binop_names[op]);
            if (defines(t, name))
                return true;
        }
    }
    return false;
}

static bool defines_inplace(const rv_type_t *t)
{
    char name[32];
    for (int op = 0; op < RV_OP__COUNT; op++) {
        snprintf(name, sizeof name, "__i%s__", binop_names[op]);
        if (defines(t, name))
            return true;
    }
    return false;
}

/* Whether the class or a base keeps a library __setattr__ or __delattr__.
 * The namespaces are walked rather than looked up by name: interning the
 * names would take object ids at every program's first class and
 * renumber its objects. */
static bool has_lib_setattr(const rv_type_t *t)
{
    for (; t && rv_is_heap_type(t); t = t->base) {
        size_t pos = 0;
        rv_obj_t *k, *v;
        while (rv_dict_next(t->dict, &pos, &k, &v))
            if (RV_IS(k, rv_str_type) && RV_IS(v, rv_libfunc_type) &&
                (rv_str_eq_cstr(k, "__setattr__") || rv_str_eq_cstr(k, "__delattr__")))
                return true;
    }
    return false;
}

void rv_slots_install(rv_type_t *t)
{
    rv_class_ext(t)->lib_setattr = has_lib_setattr(t);
    rv_type_t *b = t->base;
    bool native = rv_class_ext(t)->native != &rv_object_type;
    t->repr = defines(t, "__repr__")          ? slot_repr
              : rv_is_heap_type(b) || native ? b->repr
                                             : rv_instance_default_repr;
    t->str = defines(t, "__str__") ? slot_str : b->str;
    static const char *const cmps[] = { "__lt__", "__le__", "__eq__", "__ne__", "__gt__",
                                        "__ge__", NULL };
    t->richcompare = defines_any(t, cmps) ? slot_richcompare : b->richcompare;
    t->hash = defines(t, "__hash__") ? slot_hash : b->hash;
    t->truth = defines(t, "__bool__") ? slot_truth : b->truth;
    t->len = defines(t, "__len__") ? slot_len : b->len;
    t->getitem = defines(t, "__getitem__") ? slot_getitem
                 : rv_class_ext(t)->native == &rv_dict_type && defines(t, "__missing__")
                     ? slot_dict_missing
                     : b->getitem;
    t->setitem = defines(t, "__setitem__") || defines(t, "__delitem__") ? slot_setitem
                                                                        : b->setitem;
    t->contains = defines(t, "__contains__") ? slot_contains : b->contains;
    /* __getitem__ alone makes a class iterable (the sequence protocol),
     * unless its bases are iterable already (a list subclass). */
    t->iter = defines(t, "__iter__")      ? slot_iter
              : b->iter                   ? b->iter
              : defines(t, "__getitem__") ? slot_iter_seq
                                          : NULL;
    t->next = defines(t, "__next__") ? slot_next : b->next;
    t->call = defines(t, "__call__") ? slot_call : b->call;
    t->binop = defines_binop(t) ? slot_binop : b->binop;
    t->inplace = defines_inplace(t) ? slot_inplace : b->inplace;
    static const char *const unops[] = { "__neg__", "__pos__", "__invert__", NULL };
    t->unop = defines_any(t, unops) ? slot_unop : b->unop;
    t->format = defines(t, "__format__") ? slot_format : b->format;
    t->finalize = defines(t, "__del__") ? slot_del : b->finalize;
    t->index = defines(t, "__index__") ? slot_index : b->index;
}
