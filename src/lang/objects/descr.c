/* src/lang/objects/descr.c - what binds class attributes to instances: bound
 * methods, classmethod, staticmethod, property, and super. */
#include <string.h>

#include "base/alloc.h"
#include "core/exc.h"
#include "core/heap.h"
#include "core/obj_bool.h"
#include "core/obj_dict.h"
#include "core/obj_int.h"
#include "core/obj_misc.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"
#include "lang/objects/class.h"
#include "lang/modules/namedtuple.h"
#include "lang/modules/functools.h"
#include "lang/vm/vm.h"

static int identity_hash(rv_obj_t *o, int64_t *out)
{
    *out = (int64_t)o->id;
    return 0;
}

/******************************************************************************/
/* bound method                                                               */

typedef struct method {
    rv_obj_t ob;
    rv_obj_t *func;
    rv_obj_t *self;
} method_t;

void rv_method_parts_borrow(rv_obj_t *m, rv_obj_t **func, rv_obj_t **self)
{
    *func = ((method_t *)m)->func;
    *self = ((method_t *)m)->self;
}

rv_obj_t *rv_method_new(rv_obj_t *func, rv_obj_t *self)
{
    method_t *m = rv_obj_alloc(&rv_method_type, sizeof(method_t));
    m->func = rv_incref(func);
    m->self = rv_incref(self);
    return &m->ob;
}

static void method_clear(rv_obj_t *o)
{
    rv_clearref(&((method_t *)o)->func);
    rv_clearref(&((method_t *)o)->self);
}

static void method_traverse(rv_obj_t *o, rv_visit_fn visit, void *ctx)
{
    method_t *m = (method_t *)o;
    rv_edge_t f = { .kind = RV_EDGE_NAMED, .name = "__func__" };
    rv_edge_t s = { .kind = RV_EDGE_NAMED, .name = "__self__" };
    if (m->func)
        visit(m->func, &f, ctx);
    if (m->self)
        visit(m->self, &s, ctx);
}

static rv_obj_t *method_call(rv_obj_t *o, rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames)
{
    method_t *m = (method_t *)o;
    size_t nkw = kwnames ? rv_tuple_len(kwnames) : 0;
    rv_obj_t *small[8];
    rv_obj_t **vec = nargs + nkw + 1 <= 8 ? small : rv_malloc((nargs + nkw + 1) * sizeof *vec);
    vec[0] = m->self;
    if (nargs + nkw)
        memcpy(vec + 1, args, (nargs + nkw) * sizeof *vec);
    rv_obj_t *r = rv_call(m->func, vec, nargs + 1, kwnames);
    if (vec != small)
        rv_free(vec);
    return r;
}

/* The function's __qualname__ (new str), "?" when it has none. */
static rv_obj_t *func_qualname(rv_obj_t *f)
{
    if (RV_IS(f, rv_function_type))
        return rv_incref(((rv_function_t *)f)->qualname);
    rv_obj_t *q = rv_getattr_cstr(f, "__qualname__");
    if (q && RV_IS(q, rv_str_type))
        return q;
    rv_xdecref(q);
    rv_err_clear();
    return rv_str_from_cstr("?");
}

static rv_obj_t *method_repr(rv_obj_t *o)
{
    method_t *m = (method_t *)o;
    rv_obj_t *self = rv_repr(m->self);
    if (!self)
        return NULL;
    rv_obj_t *q = func_qualname(m->func);
    rv_obj_t *r = rv_str_printf("<bound method %s of %s>", rv_str_utf8(q), rv_str_utf8(self));
    rv_decref(q);
    rv_decref(self);
    return r;
}

static rv_obj_t *method_getattr(rv_obj_t *o, rv_obj_t *name)
{
    method_t *m = (method_t *)o;
    if (rv_str_eq_cstr(name, "__func__"))
        return rv_incref(m->func);
    if (rv_str_eq_cstr(name, "__self__"))
        return rv_incref(m->self);
    rv_obj_t *r = rv_getattr(m->func, name);
    if (!r && rv_err_matches(&rv_exc_AttributeError)) {
        rv_err_clear();
        rv_err_format(&rv_exc_AttributeError, "'method' object has no attribute '%s'",
                      rv_str_utf8(name));
    }
    return r;
}

static rv_obj_t *method_richcompare(rv_obj_t *a, rv_obj_t *b, rv_cmpop_t op)
{
    if ((op != RV_EQ && op != RV_NE) || !RV_IS(b, rv_method_type))
        return rv_incref(rv_NotImplemented);
    method_t *x = (method_t *)a, *y = (method_t *)b;
    bool eq = x->self == y->self && rv_eq(x->func, y->func) == 1;
    return rv_bool_from(eq == (op == RV_EQ));
}

static size_t method_size(rv_obj_t *o)
{
    (void)o;
    return 64;
}

rv_type_t rv_method_type = {
    .name = "method",
    .flags = RV_TF_GC | RV_TF_MUTABLE,
    .clear = method_clear,
    .release = rv_obj_free,
    .traverse = method_traverse,
    .repr = method_repr,
    .hash = identity_hash,
    .richcompare = method_richcompare,
    .call = method_call,
    .getattr = method_getattr,
    .size = method_size,
};

/******************************************************************************/
/* classmethod and staticmethod: a function in a wrapper                      */

typedef struct wrapper {
    rv_obj_t ob;
    rv_obj_t *func;
} wrapper_t;

static void wrapper_clear(rv_obj_t *o)
{
    rv_clearref(&((wrapper_t *)o)->func);
}

static void wrapper_traverse(rv_obj_t *o, rv_visit_fn visit, void *ctx)
{
    rv_edge_t e = { .kind = RV_EDGE_NAMED, .name = "__func__" };
    if (((wrapper_t *)o)->func)
        visit(((wrapper_t *)o)->func, &e, ctx);
}

static rv_obj_t *wrapper_repr(rv_obj_t *o)
{
    rv_obj_t *f = rv_repr(((wrapper_t *)o)->func);
    if (!f)
        return NULL;
    rv_obj_t *r = rv_str_printf("<%s(%s)>", o->type->name, rv_str_utf8(f));
    rv_decref(f);
    return r;
}

static rv_obj_t *wrapper_make(rv_type_t *type, rv_obj_t *const *args, size_t nargs,
                              rv_obj_t *kwnames)
{
    if (rv_arg_no_kw(type->name, kwnames) < 0 || rv_arg_count(type->name, nargs, 1, 1) < 0)
        return NULL;
    wrapper_t *w = rv_obj_alloc(type, sizeof(wrapper_t));
    w->func = rv_incref(args[0]);
    return &w->ob;
}

static rv_obj_t *wrapper_getattr(rv_obj_t *o, rv_obj_t *name)
{
    if (rv_str_eq_cstr(name, "__func__") || rv_str_eq_cstr(name, "__wrapped__"))
        return rv_incref(((wrapper_t *)o)->func);
    rv_err_format(&rv_exc_AttributeError, "'%s' object has no attribute '%s'", o->type->name,
                  rv_str_utf8(name));
    return NULL;
}

static size_t wrapper_size(rv_obj_t *o)
{
    (void)o;
    return 48;
}

static rv_obj_t *staticmethod_call(rv_obj_t *o, rv_obj_t *const *args, size_t nargs,
                                   rv_obj_t *kwnames)
{
    return rv_call(((wrapper_t *)o)->func, args, nargs, kwnames);
}

rv_type_t rv_classmethod_type = {
    .name = "classmethod",
    .flags = RV_TF_GC | RV_TF_BASETYPE | RV_TF_MUTABLE,
    .clear = wrapper_clear,
    .release = rv_obj_free,
    .traverse = wrapper_traverse,
    .repr = wrapper_repr,
    .hash = identity_hash,
    .getattr = wrapper_getattr,
    .size = wrapper_size,
    .make = wrapper_make,
};

rv_type_t rv_staticmethod_type = {
    .name = "staticmethod",
    .flags = RV_TF_GC | RV_TF_BASETYPE | RV_TF_MUTABLE,
    .clear = wrapper_clear,
    .release = rv_obj_free,
    .traverse = wrapper_traverse,
    .repr = wrapper_repr,
    .hash = identity_hash,
    .call = staticmethod_call,
    .getattr = wrapper_getattr,
    .size = wrapper_size,
    .make = wrapper_make,
};

rv_obj_t *rv_descr_func(rv_obj_t *wrapper)
{
    return ((wrapper_t *)wrapper)->func;
}

/******************************************************************************/
/* property                                                                   */

typedef struct property {
    rv_obj_t ob;
    rv_obj_t *fget, *fset, *fdel, *doc;
    rv_obj_t *name;       /* set by __set_name__: the attribute it is stored as */
} property_t;

static void property_clear(rv_obj_t *o)
{
    property_t *p = (property_t *)o;
    rv_clearref(&p->fget);
    rv_clearref(&p->fset);
    rv_clearref(&p->fdel);
    rv_clearref(&p->doc);
    rv_clearref(&p->name);
}

static void property_traverse(rv_obj_t *o, rv_visit_fn visit, void *ctx)
{
    property_t *p = (property_t *)o;
    rv_obj_t *refs[] = { p->fget, p->fset, p->fdel };
    const char *names[] = { "fget", "fset", "fdel" };
    for (size_t i = 0; i < 3; i++)
        if (refs[i] && refs[i] != rv_None) {
            rv_edge_t e = { .kind = RV_EDGE_NAMED, .name = names[i] };
            visit(refs[i], &e, ctx);
        }
    rv_edge_t hidden = { .kind = RV_EDGE_HIDDEN };
    if (p->doc)
        visit(p->doc, &hidden, ctx);
    if (p->name)
        visit(p->name, &hidden, ctx);
}

static rv_obj_t *none_or(rv_obj_t *o)
{
    return rv_incref(o ? o : rv_None);
}

static rv_obj_t *new_property(rv_obj_t *fget, rv_obj_t *fset, rv_obj_t *fdel, rv_obj_t *doc)
{
    property_t *p = rv_obj_alloc(&rv_property_type, sizeof(property_t));
    p->fget = fget && fget != rv_None ? rv_incref(fget) : NULL;
    p->fset = fset && fset != rv_None ? rv_incref(fset) : NULL;
    p->fdel = fdel && fdel != rv_None ? rv_incref(fdel) : NULL;
    p->doc = doc && doc != rv_None ? rv_incref(doc) : NULL;
    if (!p->doc && p->fget && RV_IS(p->fget, rv_function_type) &&
        ((rv_function_t *)p->fget)->doc)
        p->doc = rv_incref(((rv_function_t *)p->fget)->doc);
    return &p->ob;
}

static rv_obj_t *property_make(rv_type_t *type, rv_obj_t *const *args, size_t nargs,
                               rv_obj_t *kwnames)
{
    (void)type;
    static const char *const kw[] = { "fget", "fset", "fdel", "doc" };
    rv_obj_t *vals[4] = { NULL, NULL, NULL, NULL };
    if (nargs > 4) {
        rv_err_format(&rv_exc_TypeError, "property() takes at most 4 arguments (%zu given)",
                      nargs);
        return NULL;
    }
    for (size_t i = 0; i < nargs; i++)
        vals[i] = args[i];
    size_t nkw = kwnames ? rv_tuple_len(kwnames) : 0;
    for (size_t k = 0; k < nkw; k++) {
        rv_obj_t *name = rv_tuple_get_borrow(kwnames, k);
        size_t i;
        for (i = 0; i < 4 && !rv_str_eq_cstr(name, kw[i]); i++)
            ;
        if (i == 4) {
            rv_err_format(&rv_exc_TypeError,
                          "'%s' is an invalid keyword argument for property()",
                          rv_str_utf8(name));
            return NULL;
        }
        vals[i] = args[nargs + k];
    }
    return new_property(vals[0], vals[1], vals[2], vals[3]);
}

static const char *property_name(property_t *p)
{
    if (p->name)
        return rv_str_utf8(p->name);
    if (p->fget && RV_IS(p->fget, rv_function_type))
        return rv_str_utf8(((rv_function_t *)p->fget)->name);
    return "?";
}

static rv_obj_t *property_get(rv_obj_t *prop, rv_obj_t *obj)
{
    property_t *p = (property_t *)prop;
    if (!p->fget) {
        rv_err_format(&rv_exc_AttributeError, "property '%s' of '%s' object has no getter",
                      property_name(p), obj->type->name);
        return NULL;
    }
    return rv_call1(p->fget, obj);
}

int rv_property_set(rv_obj_t *prop, rv_obj_t *obj, rv_obj_t *value)
{
    property_t *p = (property_t *)prop;
    rv_obj_t *f = value ? p->fset : p->fdel;
    if (!f) {
        rv_err_format(&rv_exc_AttributeError, "property '%s' of '%s' object has no %s",
                      property_name(p), obj->type->name, value ? "setter" : "deleter");
        return -1;
    }
    rv_obj_t *args[2] = { obj, value };
    rv_obj_t *r = rv_call(f, args, value ? 2 : 1, NULL);
    if (!r)
        return -1;
    rv_decref(r);
    return 0;
}

static rv_obj_t *property_copy_with(rv_obj_t *self, size_t which, rv_obj_t *const *args,
                                    size_t nargs, rv_obj_t *kwnames, const char *name)
{
    if (rv_arg_no_kw(name, kwnames) < 0 || rv_arg_count(name, nargs, 1, 1) < 0)
        return NULL;
    property_t *p = (property_t *)self;
    rv_obj_t *f[3] = { p->fget, p->fset, p->fdel };
    f[which] = args[0];
    rv_obj_t *r = new_property(f[0], f[1], f[2], which == 0 ? NULL : p->doc);
    if (p->name)
        ((property_t *)r)->name = rv_incref(p->name);
    return r;
}

static rv_obj_t *m_getter(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                          rv_obj_t *kwnames)
{
    return property_copy_with(self, 0, args, nargs, kwnames, "getter");
}

static rv_obj_t *m_setter(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                          rv_obj_t *kwnames)
{
    return property_copy_with(self, 1, args, nargs, kwnames, "setter");
}

static rv_obj_t *m_deleter(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                           rv_obj_t *kwnames)
{
    return property_copy_with(self, 2, args, nargs, kwnames, "deleter");
}

static const rv_method_t property_methods[] = {
    { "getter", m_getter, 0 },
    { "setter", m_setter, 0 },
    { "deleter", m_deleter, 0 },
    { NULL, NULL, 0 },
};

static rv_obj_t *property_getattr(rv_obj_t *o, rv_obj_t *name)
{
    property_t *p = (property_t *)o;
    if (rv_str_eq_cstr(name, "fget"))
        return none_or(p->fget);
    if (rv_str_eq_cstr(name, "fset"))
        return none_or(p->fset);
    if (rv_str_eq_cstr(name, "fdel"))
        return none_or(p->fdel);
    if (rv_str_eq_cstr(name, "__doc__"))
        return none_or(p->doc);
    const rv_method_t *m = rv_type_find_method(o->type, rv_str_utf8(name));
    if (m)
        return rv_builtin_new(m, o);
    rv_err_format(&rv_exc_AttributeError, "'property' object has no attribute '%s'",
                  rv_str_utf8(name));
    return NULL;
}

static size_t property_size(rv_obj_t *o)
{
    (void)o;
    return 80;
}

rv_type_t rv_property_type = {
    .name = "property",
    .flags = RV_TF_GC | RV_TF_BASETYPE | RV_TF_MUTABLE,
    .clear = property_clear,
    .release = rv_obj_free,
    .traverse = property_traverse,
    .repr = rv_default_repr,
    .hash = identity_hash,
    .getattr = property_getattr,
    .size = property_size,
    .make = property_make,
    .methods = property_methods,
};

/******************************************************************************/
/* binding                                                                    */

rv_obj_t *rv_descr_bind(rv_obj_t *attr, rv_obj_t *self, rv_type_t *type)
{
    if (RV_IS(attr, rv_function_type) || rv_functools_binds(attr))
        return self ? rv_method_new(attr, self) : rv_incref(attr);
    if (RV_IS(attr, rv_classmethod_type))
        return rv_method_new(rv_descr_func(attr), &type->ob);
    if (RV_IS(attr, rv_staticmethod_type))
        return rv_incref(rv_descr_func(attr));
    if (RV_IS(attr, rv_property_type) && self)
        return property_get(attr, self);
    if (RV_IS(attr, rv_tuplegetter_type) && self)
        return rv_tuplegetter_get(attr, self);
    /* A library function kept in a class as a method (namedtuple's
     * _asdict) binds as a function does. */
    if (RV_IS(attr, rv_libfunc_type) && ((rv_builtin_t *)attr)->owner && self)
        return rv_method_new(attr, self);
    /* A built-in method kept in a class binds. */
    if (RV_IS(attr, rv_method_descr_type) && self)
        return rv_builtin_new(((rv_builtin_t *)attr)->def, self);
    return rv_incref(attr);
}

/******************************************************************************/
/* object.__new__                                                             */

/* object.__new__(cls, *args): the arguments are __init__'s business. */
static rv_obj_t *object_new(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                            rv_obj_t *kwnames)
{
    (void)self;
    (void)kwnames;
    if (nargs == 0) {
        rv_err_format(&rv_exc_TypeError, "object.__new__(): not enough arguments");
        return NULL;
    }
    if (!RV_IS(args[0], rv_type_type)) {
        rv_err_format(&rv_exc_TypeError, "object.__new__(X): X is not a type object (%s)",
                      args[0]->type->name);
        return NULL;
    }
    rv_type_t *t = (rv_type_t *)args[0];
    if (!rv_is_heap_type(t)) {
        rv_err_format(&rv_exc_RefvizUnsupported, "%s.__new__()", t->name);
        return NULL;
    }
    return rv_instance_new(t, args + 1, nargs - 1);
}

static const rv_method_t object_new_def = { "__new__", object_new, 0 };
static rv_obj_t *object_new_obj;

rv_obj_t *rv_object_new_func(void)
{
    if (!object_new_obj) {
        /* bound to object, as tp_new's wrapper is: its repr is
         * "<built-in method __new__ of type object at 0x...>" */
        object_new_obj = rv_builtin_new(&object_new_def, &rv_object_type.ob);
        object_new_obj->flags |= RV_F_ROOT;
    }
    return object_new_obj;
}

void rv_descr_finalize(void)
{
    if (object_new_obj) {
        object_new_obj->flags &= ~RV_F_ROOT;
        rv_clearref(&object_new_obj);
    }
}

/******************************************************************************/
/* super                                                                      */

typedef struct super {
    rv_obj_t ob;
    rv_type_t *type;      /* lookups start after it */
    rv_obj_t *obj;        /* instance (or class) the attributes bind to */
} super_t;

static void super_clear(rv_obj_t *o)
{
    rv_clearref((rv_obj_t **)&((super_t *)o)->type);
    rv_clearref(&((super_t *)o)->obj);
}

static void super_traverse(rv_obj_t *o, rv_visit_fn visit, void *ctx)
{
    super_t *s = (super_t *)o;
    rv_edge_t t = { .kind = RV_EDGE_NAMED, .name = "__thisclass__" };
    rv_edge_t self = { .kind = RV_EDGE_NAMED, .name = "__self__" };
    if (s->type)
        visit(&s->type->ob, &t, ctx);
    if (s->obj)
        visit(s->obj, &self, ctx);
}

/* super() in a method: its class (remembered by the function) and its
 * first argument. */
static int zero_arg_super(rv_type_t **type, rv_obj_t **obj)
{
    rv_frame_t *f = rv_vm_current_frame();
    if (!f || !f->func || f->code->argcount == 0) {
        rv_err_format(&rv_exc_RuntimeError, "super(): no arguments");
        return -1;
    }
    rv_obj_t *first = f->fast[0];
    if (!first && f->code->ncells && f->code->cell2arg[0] == 0)
        first = ((rv_cell_t *)f->fast[f->code->nlocals])->ref;
    if (!first) {
        rv_err_format(&rv_exc_RuntimeError, "super(): arg[0] deleted");
        return -1;
    }
    rv_obj_t *klass = ((rv_function_t *)f->func)->klass;
    if (!klass) {
        rv_err_format(&rv_exc_RuntimeError, "super(): __class__ cell not found");
        return -1;
    }
    *type = (rv_type_t *)klass;
    *obj = first;
    return 0;
}

static rv_obj_t *super_make(rv_type_t *st, rv_obj_t *const *args, size_t nargs,
                            rv_obj_t *kwnames)
{
    (void)st;
    if (rv_arg_no_kw("super", kwnames) < 0 || rv_arg_count("super", nargs, 0, 2) < 0)
        return NULL;
    rv_type_t *type;
    rv_obj_t *obj;
    if (nargs == 0) {
        if (zero_arg_super(&type, &obj) < 0)
            return NULL;
    } else {
        if (!RV_IS(args[0], rv_type_type)) {
            rv_err_format(&rv_exc_TypeError, "super() argument 1 must be a type, not %s",
                          args[0]->type->name);
            return NULL;
        }
        if (nargs == 1) {
            rv_err_format(&rv_exc_RefvizUnsupported, "unbound super()");
            return NULL;
        }
        type = (rv_type_t *)args[0];
        obj = args[1];
    }
    rv_type_t *ot = RV_IS(obj, rv_type_type) ? (rv_type_t *)obj : (rv_type_t *)obj->type;
    if (!rv_type_is_subtype(ot, type)) {
        rv_err_format(&rv_exc_TypeError,
                      "super(type, obj): obj must be an instance or subtype of type");
        return NULL;
    }
    super_t *s = rv_obj_alloc(&rv_super_type, sizeof(super_t));
    s->type = (rv_type_t *)rv_incref(&type->ob);
    s->obj = rv_incref(obj);
    return &s->ob;
}

static rv_obj_t *super_getattr(rv_obj_t *o, rv_obj_t *name)
{
    super_t *s = (super_t *)o;
    bool on_class = RV_IS(s->obj, rv_type_type);
    rv_type_t *ot = on_class ? (rv_type_t *)s->obj : (rv_type_t *)s->obj->type;
    for (rv_type_t *t = s->type->base; t; t = t->base) {
        if (rv_is_heap_type(t)) {
            rv_obj_t *v = rv_dict_get_borrow(t->dict, name);
            if (v)
                return rv_descr_bind(v, on_class ? NULL : s->obj, ot);
            continue;
        }
        if (rv_str_eq_cstr(name, "__init__") && !on_class)
            return rv_native_init(s->obj);
        if (rv_str_eq_cstr(name, "__new__"))
            return rv_incref(rv_object_new_func());
        rv_obj_t *d = rv_native_dunder(t, on_class ? NULL : s->obj, name);
        if (d)
            return d;
        const rv_method_t *m = rv_type_find_method(t, rv_str_utf8(name));
        if (m)
            return rv_builtin_new(m, s->obj);
        break;
    }
    rv_err_format(&rv_exc_AttributeError, "'super' object has no attribute '%s'",
                  rv_str_utf8(name));
    return NULL;
}

static rv_obj_t *super_repr(rv_obj_t *o)
{
    super_t *s = (super_t *)o;
    return rv_str_printf("<super: <class '%s'>, <%s object>>", s->type->name,
                         s->obj->type->name);
}

static size_t super_size(rv_obj_t *o)
{
    (void)o;
    return 56;
}

rv_type_t rv_super_type = {
    .name = "super",
    .flags = RV_TF_GC | RV_TF_BASETYPE | RV_TF_MUTABLE,
    .clear = super_clear,
    .release = rv_obj_free,
    .traverse = super_traverse,
    .repr = super_repr,
    .hash = identity_hash,
    .getattr = super_getattr,
    .size = super_size,
    .make = super_make,
};
