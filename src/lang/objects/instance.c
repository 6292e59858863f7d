/* src/lang/objects/instance.c - instances of user classes, and the slots of a
 * heap type that dispatch to its dunder methods (CPython's slot_tp_*
 * functions in typeobject.c).
 *
 * A slot is installed when the class or one of its heap bases defines the
 * dunder; otherwise the base's slot is inherited, so a class without
 * __len__ gets the core's own "object of type 'A' has no len()". */
#include <stdio.h>
#include <string.h>

#include "base/alloc.h"
#include "core/exc.h"
#include "core/heap.h"
#include "core/obj_bool.h"
#include "core/obj_deque.h"
#include "core/obj_dict.h"
#include "core/obj_int.h"
#include "core/obj_iter.h"
#include "core/obj_list.h"
#include "core/obj_misc.h"
#include "core/obj_set.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"
#include "core/obj_weakref.h"
#include "lang/objects/class.h"
#include "lang/vm/interp.h"
#include "lang/vm/vm.h"

static bool is_exc_layout(const rv_type_t *t)
{
    return (rv_class_ext(t)->native->flags & RV_TF_EXC) != 0;
}

/* Instances of a subclass of a built-in type other than object (an
 * exception, a tuple) have that type's layout: rv_instance_t is object's. */
static bool is_native_layout(const rv_type_t *t)
{
    return rv_class_ext(t)->native != &rv_object_type;
}

rv_obj_t *rv_instance_dict(rv_obj_t *o)
{
    if (is_exc_layout(o->type))
        return ((rv_exc_t *)o)->dict;
    if (is_native_layout(o->type))
        return NULL;
    return ((rv_instance_t *)o)->dict;
}

static size_t slot_index(const rv_type_t *t, rv_obj_t *name)
{
    rv_class_ext_t *x = rv_class_ext(t);
    for (size_t i = 0; i < x->nslots; i++)
        if (rv_str_equal(x->slotnames[i], name))
            return i;
    return (size_t)-1;
}

/* Calls the dunder `name` found on o's class with o and args (new
 * reference or NULL). */
static rv_obj_t *call_dunder(rv_obj_t *o, const char *name, rv_obj_t *const *args, size_t n)
{
    rv_obj_t *f = rv_class_lookup_cstr(o->type, name);
    if (!f) {
        rv_err_format(&rv_exc_AttributeError, "'%s' object has no attribute '%s'",
                      o->type->name, name);
        return NULL;
    }
    rv_obj_t *m = rv_descr_bind(f, o, (rv_type_t *)o->type);
    rv_obj_t *r = rv_call(m, args, n, NULL);
    rv_decref(m);
    return r;
}

/******************************************************************************/
/* lifetime                                                                   */

static void instance_clear(rv_obj_t *o)
{
    rv_instance_t *in = (rv_instance_t *)o;
    rv_dict_clear_owned(&in->dict, o);
    for (size_t i = 0; i < rv_class_ext(o->type)->nslots; i++)
        rv_clearref(&in->slots[i]);
}

static void native_instance_clear(rv_obj_t *o)
{
    rv_class_ext(o->type)->native->clear(o);
}

/* The instance owns a reference to its class: it goes last. */
static void instance_release(rv_obj_t *o)
{
    rv_type_t *t = (rv_type_t *)o->type;
    if (is_native_layout(t))
        rv_class_ext(t)->native->release(o);
    else
        rv_obj_free(o);
    rv_decref(&t->ob);
}

/* Attributes are drawn as the instance's own references, by name; the
 * dict that holds them is interpreter detail. */
static void instance_traverse(rv_obj_t *o, rv_visit_fn visit, void *ctx)
{
    rv_type_t *t = (rv_type_t *)o->type;
    if (is_native_layout(t))
        rv_class_ext(t)->native->traverse(o, visit, ctx);
    rv_obj_t *d = is_native_layout(t) ? NULL : ((rv_instance_t *)o)->dict;
    if (d) {
        size_t pos = 0;
        rv_obj_t *k, *v;
        while (rv_dict_next(d, &pos, &k, &v)) {
            rv_edge_t e = { .kind = RV_EDGE_NAMED,
                            .name = RV_IS(k, rv_str_type) ? rv_str_utf8(k) : "?",
                            .view = true };
            visit(v, &e, ctx);
        }
        rv_edge_t hidden = { .kind = RV_EDGE_HIDDEN };
        visit(d, &hidden, ctx);
    }
    rv_class_ext_t *x = rv_class_ext(t);
    if (!is_native_layout(t)) {
        rv_instance_t *in = (rv_instance_t *)o;
        for (size_t i = 0; i < x->nslots; i++)
            if (in->slots[i]) {
                rv_edge_t e = { .kind = RV_EDGE_NAMED, .name = rv_str_utf8(x->slotnames[i]) };
                visit(in->slots[i], &e, ctx);
            }
    }
    rv_edge_t cls = { .kind = RV_EDGE_NAMED, .name = "__class__" };
    visit(&t->ob, &cls, ctx);
}

/* What a subclass of a built-in container adds to its instances when one
 * of its classes has no __slots__ (type_new's __dict__ and __weakref__
 * slots; 3.11 measured: a tuple subclass only a dict pointer, the others
 * the managed-dict pre-header and/or a weakref pointer). */
static size_t native_extra_size(const rv_type_t *t)
{
    bool has_dict = false;
    for (const rv_type_t *b = t; rv_is_heap_type(b); b = b->base)
        if (!rv_class_ext(b)->slotnames)
            has_dict = true;
    if (!has_dict)
        return 0;
    const rv_type_t *n = rv_class_ext(t)->native;
    if (n == &rv_tuple_type)
        return 8;
    if (n == &rv_list_type || n == &rv_dict_type)
        return 24;
    if (n == &rv_set_type || n == &rv_frozenset_type || n == &rv_deque_type)
        return 16;
    return 0;
}

static size_t instance_size(rv_obj_t *o)
{
    rv_type_t *t = (rv_type_t *)o->type;
    if (is_exc_layout(t))
        return rv_class_ext(t)->native->size(o) + 8;
    if (is_native_layout(t))
        return rv_class_ext(t)->native->size(o) + native_extra_size(t);
    rv_class_ext_t *x = rv_class_ext(t);
    /* 3.11: header, dict and weakref pointers and the GC header; a
     * __slots__ class has a slot per name instead. */
    if (x->slotnames)
        return 32 + 8 * x->nslots;
    return 56;
}

/******************************************************************************/
/* creation: type(...) calls __new__ (object's, or the exception's) and
 * then __init__ */

static rv_obj_t *alloc_instance(rv_type_t *t, rv_obj_t *const *args, size_t nargs,
                                rv_obj_t *kwnames)
{
    rv_class_ext_t *x = rv_class_ext(t);
    rv_obj_t *o;
    if (x->native->flags & RV_TF_EXC) {
        /* BaseException.__new__ keeps every positional argument. */
        o = rv_exc_new(t, args, nargs);
        (void)kwnames;
    } else if (x->native == &rv_tuple_type) {
        /* tuple.__new__(cls, iterable=()) */
        if (rv_arg_count(t->name, nargs, 0, 1) < 0)
            return NULL;
        rv_obj_t *items = nargs ? rv_tuple_from_iterable(args[0]) : rv_tuple_new(0);
        if (!items)
            return NULL;
        o = rv_tuple_new_subtype(t, RV_TUPLE(items)->items, rv_tuple_len(items));
        rv_decref(items);
    } else {
        o = rv_obj_alloc(t, sizeof(rv_instance_t) + x->nslots * sizeof(rv_obj_t *));
    }
    if (o)
        rv_incref(&t->ob);
    return o;
}

rv_obj_t *rv_instance_new(rv_type_t *t, rv_obj_t *const *args, size_t nargs)
{
    return alloc_instance(t, args, nargs, NULL);
}

/* Calls f (an unbound function) with o first and args after it. */
static rv_obj_t *call_with_first(rv_obj_t *f, rv_obj_t *o, rv_obj_t *const *args, size_t nargs,
                                 rv_obj_t *kwnames)
{
    size_t nkw = kwnames ? rv_tuple_len(kwnames) : 0;
    rv_obj_t **vec = rv_malloc((nargs + nkw + 1) * sizeof *vec);
    vec[0] = o;
    memcpy(vec + 1, args, (nargs + nkw) * sizeof *vec);
    rv_obj_t *r = rv_call(f, vec, nargs + 1, kwnames);
    rv_free(vec);
    return r;
}

/* BaseException.__init__ after a program's __new__: args becomes the
 * call's arguments, whatever __new__ stored (steals o). */
static rv_obj_t *exc_init(rv_obj_t *o, rv_type_t *t, rv_obj_t *const *args, size_t nargs,
                          size_t nkw)
{
    if (nkw) {
        rv_err_format(&rv_exc_TypeError, "%s() takes no keyword arguments", t->name);
        rv_decref(o);
        return NULL;
    }
    rv_obj_t *tuple = rv_tuple_from_array(args, nargs);
    if (!tuple) {
        rv_decref(o);
        return NULL;
    }
    rv_exc_t *e = (rv_exc_t *)o;
    rv_touch(o);
    rv_obj_t *old = e->args;
    e->args = tuple;
    rv_xdecref(old);
    return o;
}

/* type_call: __new__ (the class's own, else object's or the exception's),
 * then __init__ when __new__ returned an instance of the class. */
static rv_obj_t *class_make(rv_type_t *t, rv_obj_t *const *args, size_t nargs,
                            rv_obj_t *kwnames)
{
    size_t nkw = kwnames ? rv_tuple_len(kwnames) : 0;
    rv_obj_t *init = rv_class_lookup_cstr(t, "__init__");
    rv_obj_t *newf = rv_class_lookup_cstr(t, "__new__");
    bool native = is_native_layout(t);
    if (!init && !newf && !native && (nargs || nkw)) {
        rv_err_format(&rv_exc_TypeError, "%s() takes no arguments", t->name);
        return NULL;
    }
    if (!init && !newf && nkw) {
        rv_err_format(&rv_exc_TypeError, "%s() takes no keyword arguments", t->name);
        return NULL;
    }
    rv_obj_t *o;
    if (newf) {
        rv_obj_t *f = rv_descr_bind(newf, NULL, t);
        o = call_with_first(f, &t->ob, args, nargs, kwnames);
        rv_decref(f);
        if (!o || !rv_isinstance(o, t))
            return o;
        if (!init && (rv_class_ext(t)->native->flags & RV_TF_EXC))
            return exc_init(o, t, args, nargs, nkw);
    } else {
        o = alloc_instance(t, args, nargs, kwnames);
    }
    if (!o || !init)
        return o;
    /* CPython's BaseException.__new__ keeps the call's own argument tuple,
     * which the call holds until __init__ returns: an __init__ that sets
     * other args leaves the first tuple alive until then. */
    rv_obj_t *call_args = NULL;
    if (!newf && (rv_class_ext(t)->native->flags & RV_TF_EXC))
        call_args = rv_incref(((rv_exc_t *)o)->args);
    rv_obj_t *r = call_with_first(init, o, args, nargs, kwnames);
    rv_xdecref(call_args);
    if (r && r != rv_None) {
        rv_err_format(&rv_exc_TypeError, "__init__() should return None, not '%s'",
                      r->type->name);
        rv_clearref(&r);
    }
    if (!r) {
        rv_decref(o);
        return NULL;
    }
    rv_decref(r);
    return o;
}

/******************************************************************************/
/* attributes                                                                 */

static rv_obj_t *no_attribute(rv_obj_t *o, rv_obj_t *name)
{
    rv_err_format(&rv_exc_AttributeError, "'%s' object has no attribute '%s'", o->type->name,
                  rv_str_utf8(name));
    return NULL;
}

static rv_obj_t *native_getattr(rv_obj_t *o, rv_obj_t *name)
{
    rv_type_t *native = rv_class_ext(o->type)->native;
    if (native->getattr)
        return native->getattr(o, name);
    const rv_method_t *m = rv_type_find_method(native, rv_str_utf8(name));
    if (m)
        return rv_builtin_new(m, o);
    return no_attribute(o, name);
}

rv_obj_t *rv_instance_getattr(rv_obj_t *o, rv_obj_t *name)
{
    rv_type_t *t = (rv_type_t *)o->type;
    rv_obj_t *descr = rv_class_lookup(t, name);
    if (descr && (RV_IS(descr, rv_property_type) || RV_IS(descr, rv_tuplegetter_type)))
        return rv_descr_bind(descr, o, t);
    if (!is_native_layout(t)) {
        rv_instance_t *in = (rv_instance_t *)o;
        size_t i = slot_index(t, name);
        if (i != (size_t)-1) {
            if (in->slots[i])
                return rv_incref(in->slots[i]);
            return no_attribute(o, name);
        }
        if (rv_str_eq_cstr(name, "__dict__") && !rv_class_ext(t)->slotnames) {
            if (!in->dict)
                in->dict = rv_dict_new_owned(o);
            in->dict->flags &= ~(uint32_t)RV_F_INLINE_VALUES; /* materialized */
            return rv_incref(in->dict);
        }
        if (rv_str_eq_cstr(name, "__weakref__") && !rv_class_ext(t)->slotnames) {
            rv_obj_t *w = rv_weakref_first_borrow(o);
            return rv_incref(w ? w : rv_None);
        }
        rv_obj_t *v = in->dict ? rv_dict_get_borrow(in->dict, name) : NULL;
        if (v)
            return rv_incref(v);
    }
    if (descr)
        return rv_descr_bind(descr, o, t);
    rv_obj_t *r = native_getattr(o, name);
    if (r || !rv_err_matches(&rv_exc_AttributeError))
        return r;
    rv_obj_t *hook = rv_class_lookup_cstr(t, "__getattr__");
    if (!hook)
        return NULL;
    rv_err_clear();
    return call_dunder(o, "__getattr__", &name, 1);
}

static int instance_setattr(rv_obj_t *o, rv_obj_t *name, rv_obj_t *value)
{
    rv_type_t *t = (rv_type_t *)o->type;
    rv_obj_t *descr = rv_class_lookup(t, name);
    if (descr && RV_IS(descr, rv_property_type))
        return rv_property_set(descr, o, value);
    if (is_exc_layout(t))
        return rv_class_ext(t)->native->setattr(o, name, value);
    if (is_native_layout(t)) {
        /* A tuple's items are fixed: a field cannot be set, and there is
         * no __dict__ for anything else. */
        if (descr && RV_IS(descr, rv_tuplegetter_type))
            rv_err_format(&rv_exc_AttributeError, "can't set attribute");
        else if (!rv_dict_get_cstr_borrow(t->dict, "__slots__"))
            rv_err_format(&rv_exc_RefvizUnsupported,
                          "attributes on instances of a tuple subclass without __slots__");
        else
            no_attribute(o, name);
        return -1;
    }
    rv_instance_t *in = (rv_instance_t *)o;
    if (rv_class_ext(t)->slotnames) {
        size_t i = slot_index(t, name);
        if (i == (size_t)-1 || (!value && !in->slots[i])) {
            no_attribute(o, name);
            return -1;
        }
        rv_touch(o);
        rv_obj_t *old = in->slots[i];
        in->slots[i] = value ? rv_incref(value) : NULL;
        rv_xdecref(old);
        return 0;
    }
    rv_touch(o);
    if (!value) {
        if (!in->dict || !rv_dict_get_borrow(in->dict, name)) {
            no_attribute(o, name);
            return -1;
        }
        return rv_dict_del(in->dict, name);
    }
    if (!in->dict) {
        in->dict = rv_dict_new_owned(o);
        in->dict->flags |= RV_F_INLINE_VALUES;
    }
    return rv_dict_set(in->dict, name, value);
}

/******************************************************************************/
/* the dunder slots                                                           */

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
    return checked_str(call_dunder(o, "__repr__", NULL, 0), "__repr__");
}

static rv_obj_t *slot_str(rv_obj_t *o)
{
    return checked_str(call_dunder(o, "__str__", NULL, 0), "__str__");
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
        /* object.__ne__ inverts __eq__. */
        if (op == RV_NE && rv_class_lookup_cstr(a->type, "__eq__")) {
            rv_obj_t *r = call_dunder(a, "__eq__", &b, 1);
            if (!r || r == rv_NotImplemented)
                return r;
            int t = rv_truth(r);
            rv_decref(r);
            return t < 0 ? NULL : rv_bool_from(!t);
        }
        return rv_incref(rv_NotImplemented);
    }
    return call_dunder(a, names[op], &b, 1);
}

static int slot_hash(rv_obj_t *o, int64_t *out)
{
    rv_obj_t *h = rv_class_lookup_cstr(o->type, "__hash__");
    if (h == rv_None) {
        rv_err_format(&rv_exc_TypeError, "unhashable type: '%s'", o->type->name);
        return -1;
    }
    rv_obj_t *r = call_dunder(o, "__hash__", NULL, 0);
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
    rv_obj_t *r = call_dunder(o, "__bool__", NULL, 0);
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
    rv_obj_t *r = call_dunder(o, "__len__", NULL, 0);
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

static rv_obj_t *slot_getitem(rv_obj_t *o, rv_obj_t *key)
{
    return call_dunder(o, "__getitem__", &key, 1);
}

static int slot_setitem(rv_obj_t *o, rv_obj_t *key, rv_obj_t *value)
{
    const char *name = value ? "__setitem__" : "__delitem__";
    if (!rv_class_lookup_cstr(o->type, name)) {
        rv_err_format(&rv_exc_TypeError, value ? "'%s' object does not support item assignment"
                                               : "'%s' object doesn't support item deletion",
                      o->type->name);
        return -1;
    }
    rv_obj_t *args[2] = { key, value };
    rv_obj_t *r = call_dunder(o, name, args, value ? 2 : 1);
    if (!r)
        return -1;
    rv_decref(r);
    return 0;
}

static int slot_contains(rv_obj_t *o, rv_obj_t *item)
{
    rv_obj_t *r = call_dunder(o, "__contains__", &item, 1);
    if (!r)
        return -1;
    int t = rv_truth(r);
    rv_decref(r);
    return t;
}

static rv_obj_t *slot_iter(rv_obj_t *o)
{
    rv_obj_t *r = call_dunder(o, "__iter__", NULL, 0);
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
    rv_obj_t *r = call_dunder(o, "__next__", NULL, 0);
    if (!r && rv_err_matches(&rv_exc_StopIteration))
        rv_err_clear();
    return r;
}

rv_obj_t *rv_instance_iternext(rv_obj_t *o, bool *stop)
{
    *stop = false;
    if (o->type->next != slot_next)
        return rv_next(o);
    rv_obj_t *r = call_dunder(o, "__next__", NULL, 0);
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
    return call_dunder(a, name, &b, 1);
}

/* SLOT1BINFULL: the left operand's method, then the right's reflected
 * one (first when the right operand's class is a subclass). */
static rv_obj_t *slot_binop(rv_binop_t op, rv_obj_t *a, rv_obj_t *b)
{
    bool other = a->type != b->type && b->type->binop == slot_binop;
    if (a->type->binop == slot_binop) {
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
    return try_dunder(a, "i", op, b);
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
    return call_dunder(a, names[op], NULL, 0);
}

/* __del__: an exception it raises is reported and ignored, as CPython's
 * PyErr_WriteUnraisable does. */
static void slot_del(rv_obj_t *o)
{
    rv_obj_t *saved = rv_err_fetch();
    rv_obj_t *r = call_dunder(o, "__del__", NULL, 0);
    if (r) {
        rv_decref(r);
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

void rv_instance_install_slots(rv_type_t *t)
{
    rv_type_t *b = t->base;
    bool native = is_native_layout(t);
    t->clear = is_native_layout(t) ? native_instance_clear : instance_clear;
    t->release = instance_release;
    t->traverse = instance_traverse;
    t->size = instance_size;
    t->getattr = rv_instance_getattr;
    t->setattr = instance_setattr;
    t->make = class_make;
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
    t->getitem = defines(t, "__getitem__") ? slot_getitem : b->getitem;
    t->setitem = defines(t, "__setitem__") || defines(t, "__delitem__") ? slot_setitem
                                                                        : b->setitem;
    t->contains = defines(t, "__contains__") ? slot_contains : b->contains;
    t->iter = defines(t, "__iter__")      ? slot_iter
              : defines(t, "__getitem__") ? slot_iter_seq
                                          : b->iter;
    t->next = defines(t, "__next__") ? slot_next : b->next;
    t->call = defines(t, "__call__") ? slot_call : b->call;
    t->binop = defines_binop(t) ? slot_binop : b->binop;
    t->inplace = defines_inplace(t) ? slot_inplace : b->inplace;
    static const char *const unops[] = { "__neg__", "__pos__", "__invert__", NULL };
    t->unop = defines_any(t, unops) ? slot_unop : b->unop;
    t->format = b->format;
    t->finalize = defines(t, "__del__") ? slot_del : b->finalize;
}
