/* src/lang/objects/instance.c - instances of user classes: their layout,
 * lifetime, size, creation (type_call: __new__, then __init__) and
 * attributes.  The slots that dispatch to a class's dunder methods are in
 * slots.c.
 *
 * Three layouts: a class deriving from object has rv_instance_t (a
 * __dict__ or __slots__); one deriving from an exception the exception's
 * rv_exc_t (which has a dict); one deriving from a built-in container or
 * str (list, dict, set, frozenset, str, tuple, deque) that type's own
 * object, allocated by the core with room after its fields for the
 * __dict__ pointer (rv_type_t's extra_size), so that every built-in
 * function and method works on the instance as on the built-in. */
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
 * exception, a list, a str ...) have that type's layout: rv_instance_t is
 * object's. */
static bool is_native_layout(const rv_type_t *t)
{
    return rv_class_ext(t)->native != &rv_object_type;
}

bool rv_class_native_base_ok(const rv_type_t *t)
{
    return t == &rv_object_type || (t->flags & RV_TF_EXC) || t == &rv_list_type ||
           t == &rv_dict_type || t == &rv_set_type || t == &rv_frozenset_type ||
           t == &rv_str_type || t == &rv_tuple_type || t == &rv_deque_type;
}

/* Where an instance of a class deriving from a built-in container or str
 * keeps its __dict__ (in the extra bytes after the built-in's fields), or
 * NULL when its classes all have __slots__. */
static rv_obj_t **native_dict_slot(rv_obj_t *o)
{
    if (!o->type->extra_size)
        return NULL;
    return rv_class_ext(o->type)->native->extra(o);
}

rv_obj_t *rv_instance_dict(rv_obj_t *o)
{
    if (is_exc_layout(o->type))
        return ((rv_exc_t *)o)->dict;
    if (is_native_layout(o->type)) {
        rv_obj_t **slot = native_dict_slot(o);
        return slot ? *slot : NULL;
    }
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

rv_obj_t *rv_instance_call_dunder(rv_obj_t *o, const char *name, rv_obj_t *const *args, size_t n)
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
    /* A str has no references of its own to clear. */
    if (rv_class_ext(o->type)->native->clear)
        rv_class_ext(o->type)->native->clear(o);
    rv_obj_t **slot = native_dict_slot(o);
    if (slot)
        rv_dict_clear_owned(slot, o);
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
    rv_obj_t *d;
    if (is_native_layout(t)) {
        if (rv_class_ext(t)->native->traverse)
            rv_class_ext(t)->native->traverse(o, visit, ctx);
        rv_obj_t **slot = native_dict_slot(o);
        d = slot ? *slot : NULL;
    } else {
        d = ((rv_instance_t *)o)->dict;
    }
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

/* What a subclass of a built-in container or str adds to the size of its
 * instances (3.11, measured): with a __dict__, the managed-dict pre-header
 * (16) and a weakref pointer where the base has none (list, dict), or for
 * a tuple only the dict pointer at its end; a str's object gains the GC
 * header its base lacks, __dict__ or not (str_size gives the rest). */
static size_t native_extra_size(const rv_type_t *t)
{
    const rv_type_t *n = rv_class_ext(t)->native;
    bool has_dict = rv_class_ext(t)->has_dict;
    if (n == &rv_str_type)
        return has_dict ? 32 : 16;
    if (!has_dict)
        return 0;
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

/* The class's own __init__ replaces the built-in's: tuple.__new__ and
 * frozenset.__new__ then let keyword arguments through to it. */
static bool has_own_init(const rv_type_t *t)
{
    return rv_class_lookup_cstr(t, "__init__") != NULL;
}

/* The built-in base's __new__: an exception keeps its arguments, a tuple,
 * a frozenset and a str take their value from them, a list, a dict, a
 * set and a deque are made empty (their __init__ fills them). */
static rv_obj_t *alloc_instance(rv_type_t *t, rv_obj_t *const *args, size_t nargs,
                                rv_obj_t *kwnames)
{
    rv_class_ext_t *x = rv_class_ext(t);
    rv_type_t *n = x->native;
    rv_obj_t *o;
    if (n->flags & RV_TF_EXC) {
        /* BaseException.__new__ keeps every positional argument. */
        o = rv_exc_new(t, args, nargs);
    } else if (n == &rv_tuple_type) {
        /* tuple.__new__(cls, iterable=()) */
        if ((!has_own_init(t) && rv_arg_no_kw("tuple", kwnames) < 0) ||
            rv_arg_count("tuple", nargs, 0, 1) < 0)
            return NULL;
        rv_obj_t *items = nargs ? rv_tuple_from_iterable(args[0]) : rv_tuple_new(0);
        if (!items)
            return NULL;
        o = rv_tuple_new_subtype(t, RV_TUPLE(items)->items, rv_tuple_len(items));
        rv_decref(items);
    } else if (n == &rv_frozenset_type) {
        /* frozenset_new: PyArg_UnpackTuple under the class's name. */
        if ((!has_own_init(t) && rv_arg_no_kw("frozenset", kwnames) < 0) ||
            rv_arg_count(t->name, nargs, 0, 1) < 0)
            return NULL;
        o = rv_set_new_subtype(t, nargs ? args[0] : NULL);
    } else if (n == &rv_str_type) {
        /* str(object='', encoding, errors), then unicode_subtype_new. */
        rv_obj_t *v = rv_str_type.make(&rv_str_type, args, nargs, kwnames);
        if (!v)
            return NULL;
        o = rv_str_new_subtype(t, v);
        rv_decref(v);
    } else if (n == &rv_list_type) {
        o = rv_list_new_subtype(t);
    } else if (n == &rv_dict_type) {
        o = rv_dict_new_subtype(t, t->extra_size);
    } else if (n == &rv_set_type) {
        o = rv_set_new_subtype(t, NULL);
    } else if (n == &rv_deque_type) {
        o = rv_deque_new_subtype(t);
    } else {
        o = rv_obj_alloc(t, sizeof(rv_instance_t) + x->nslots * sizeof(rv_obj_t *));
    }
    if (o)
        rv_incref(&t->ob);
    return o;
}

/* Whether the built-in base has an __init__ of its own that fills the
 * object (list, dict, set, deque); the others' is object's. */
static bool native_fills_in_init(const rv_type_t *n)
{
    return n == &rv_list_type || n == &rv_dict_type || n == &rv_set_type || n == &rv_deque_type;
}

int rv_instance_native_init(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                            rv_obj_t *kwnames)
{
    size_t nkw = kwnames ? rv_tuple_len(kwnames) : 0;
    const rv_type_t *t = self->type;
    if (rv_isinstance(self, &rv_exc_BaseException)) {
        if (nkw) {
            rv_err_format(&rv_exc_TypeError, "%s() takes no keyword arguments", t->name);
            return -1;
        }
        rv_exc_t *e = (rv_exc_t *)self;
        rv_obj_t *tuple = rv_tuple_from_array(args, nargs);
        if (!tuple)
            return -1;
        rv_touch(self);
        rv_obj_t *old = e->args;
        e->args = tuple;
        rv_xdecref(old);
        return 0;
    }
    if (rv_isinstance(self, &rv_list_type)) {
        /* list___init__: keywords are refused unless the class has a
         * __new__ of its own; the list is emptied first. */
        bool own_new = rv_is_heap_type(t) && rv_class_lookup_cstr(t, "__new__");
        if ((!own_new && rv_arg_no_kw("list", kwnames) < 0) ||
            rv_arg_count("list", nargs, 0, 1) < 0)
            return -1;
        if (nargs)
            return rv_list_init(self, args[0]);
        rv_list_clear(self);
        return 0;
    }
    if (rv_isinstance(self, &rv_dict_type))
        return rv_dict_init(self, args, nargs, kwnames);
    if (rv_isinstance(self, &rv_set_type)) {
        if (rv_arg_no_kw("set", kwnames) < 0 || rv_arg_count(t->name, nargs, 0, 1) < 0)
            return -1;
        return rv_set_init(self, nargs ? args[0] : NULL);
    }
    if (rv_isinstance(self, &rv_deque_type))
        return rv_deque_init(self, args, nargs, kwnames);
    if (nargs || nkw) {
        rv_err_format(&rv_exc_TypeError,
                      "object.__init__() takes exactly one argument (the instance to "
                      "initialize)");
        return -1;
    }
    return 0;
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
    if (!init && !newf && nkw && is_exc_layout(t)) {
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
    if (o && !init && native_fills_in_init(rv_class_ext(t)->native) &&
        rv_instance_native_init(o, args, nargs, kwnames) < 0)
        rv_clearref(&o);
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

/* The built-in base's attributes: its methods (a class method bound to
 * the class: d.fromkeys), then its dunders (self.__getitem__). */
static rv_obj_t *native_getattr(rv_obj_t *o, rv_obj_t *name)
{
    rv_type_t *native = rv_class_ext(o->type)->native;
    if (native->getattr)
        return native->getattr(o, name);
    const rv_method_t *m = rv_type_find_method(native, rv_str_utf8(name));
    if (m)
        return rv_builtin_new(m, (m->flags & RV_METH_CLASS) ? (rv_obj_t *)o->type : o);
    rv_obj_t *d = rv_native_dunder(native, o, name);
    return d ? d : no_attribute(o, name);
}

/* __dict__, created on first use, owned by o (every write to it touches
 * o).  Only an instance of a plain class keeps CPython's inline values:
 * a container subclass's managed dict is a real dict from the start. */
static rv_obj_t *dict_of(rv_obj_t **slot, rv_obj_t *o, bool inline_values)
{
    if (!*slot) {
        *slot = rv_dict_new_owned(o);
        if (inline_values)
            (*slot)->flags |= RV_F_INLINE_VALUES;
    }
    return *slot;
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
    } else if (!is_exc_layout(t)) {
        rv_obj_t **slot = native_dict_slot(o);
        if (slot && rv_str_eq_cstr(name, "__dict__"))
            return rv_incref(dict_of(slot, o, false));
        if (rv_str_eq_cstr(name, "__weakref__") && (t->flags & RV_TF_WEAKREFABLE)) {
            rv_obj_t *w = rv_weakref_first_borrow(o);
            return rv_incref(w ? w : rv_None);
        }
        rv_obj_t *v = slot && *slot ? rv_dict_get_borrow(*slot, name) : NULL;
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
    return rv_instance_call_dunder(o, "__getattr__", &name, 1);
}

/* A library __setattr__ or __delattr__ the class keeps (a frozen
 * dataclass's) runs instead of the store. */
static int instance_setattr(rv_obj_t *o, rv_obj_t *name, rv_obj_t *value)
{
    rv_obj_t *hook = rv_class_ext(o->type)->lib_setattr
                         ? rv_class_lookup_cstr(o->type, value ? "__setattr__" : "__delattr__")
                         : NULL;
    if (hook && RV_IS(hook, rv_libfunc_type)) {
        rv_obj_t *args[2] = { name, value };
        rv_obj_t *r = rv_instance_call_dunder(o, value ? "__setattr__" : "__delattr__", args,
                                              value ? 2 : 1);
        if (!r)
            return -1;
        rv_decref(r);
        return 0;
    }
    return rv_instance_setattr_generic(o, name, value);
}

int rv_instance_setattr_generic(rv_obj_t *o, rv_obj_t *name, rv_obj_t *value)
{
    rv_type_t *t = (rv_type_t *)o->type;
    rv_obj_t *descr = rv_class_lookup(t, name);
    if (descr && RV_IS(descr, rv_property_type))
        return rv_property_set(descr, o, value);
    if (is_exc_layout(t))
        return rv_class_ext(t)->native->setattr(o, name, value);
    if (is_native_layout(t)) {
        /* A namedtuple's fields are read-only; anything else goes to the
         * __dict__, if the classes leave one. */
        rv_obj_t **slot = native_dict_slot(o);
        if (descr && RV_IS(descr, rv_tuplegetter_type)) {
            rv_err_format(&rv_exc_AttributeError, "can't set attribute");
            return -1;
        }
        if (!slot || (!value && (!*slot || !rv_dict_get_borrow(*slot, name)))) {
            no_attribute(o, name);
            return -1;
        }
        rv_touch(o);
        if (!value)
            return rv_dict_del(*slot, name);
        return rv_dict_set(dict_of(slot, o, false), name, value);
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

void rv_instance_install_slots(rv_type_t *t)
{
    t->clear = is_native_layout(t) ? native_instance_clear : instance_clear;
    t->release = instance_release;
    t->traverse = instance_traverse;
    t->size = instance_size;
    t->getattr = rv_instance_getattr;
    t->setattr = instance_setattr;
    t->make = class_make;
    rv_slots_install(t);
}
