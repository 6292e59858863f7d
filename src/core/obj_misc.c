/* src/core/obj_misc.c - type, object, NoneType, NotImplementedType,
 * ellipsis, module, builtin_function_or_method and method_descriptor. */
#include "core/obj_misc.h"

#include <stdio.h>
#include <string.h>

#include "core/exc.h"
#include "core/heap.h"
#include "core/obj_bool.h"
#include "core/obj_dict.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"

/******************************************************************************/
/* argument helpers                                                           */

int rv_arg_no_kw(const char *fname, rv_obj_t *kwnames)
{
    if (kwnames && rv_tuple_len(kwnames) > 0) {
        rv_err_format(&rv_exc_TypeError, "%s() takes no keyword arguments", fname);
        return -1;
    }
    return 0;
}

/* Mirrors _PyArg_CheckPositional and the METH_O / METH_NOARGS checks. */
int rv_arg_count(const char *fname, size_t nargs, size_t min, size_t max)
{
    if (nargs >= min && nargs <= max)
        return 0;
    if (max == 0)
        rv_err_format(&rv_exc_TypeError, "%s() takes no arguments (%zu given)", fname, nargs);
    else if (min == 1 && max == 1)
        rv_err_format(&rv_exc_TypeError, "%s() takes exactly one argument (%zu given)",
                      fname, nargs);
    else if (nargs < min)
        rv_err_format(&rv_exc_TypeError, "%s expected %s%zu argument%s, got %zu", fname,
                      min == max ? "" : "at least ", min, min == 1 ? "" : "s", nargs);
    else
        rv_err_format(&rv_exc_TypeError, "%s expected %s%zu argument%s, got %zu", fname,
                      min == max ? "" : "at most ", max, max == 1 ? "" : "s", nargs);
    return -1;
}

const char *rv_arg_type_name(const rv_obj_t *o)
{
    return o == rv_None ? "None" : o->type->name;
}

rv_obj_t *rv_default_repr(rv_obj_t *o)
{
    /* object_repr: a class CPython writes in Python names its module (in
     * ext); a static type's tp_name already does. */
    const rv_type_t *t = o->type;
    if (t->ext && !(t->flags & RV_TF_HEAPTYPE))
        return rv_str_printf("<%s.%s object at 0x%llx>", (const char *)t->ext, t->name,
                             (unsigned long long)o->id);
    return rv_str_printf("<%s object at 0x%llx>", t->name, (unsigned long long)o->id);
}

/******************************************************************************/
/* type                                                                       */

static rv_obj_t *type_repr(rv_obj_t *o)
{
    const rv_type_t *t = (const rv_type_t *)o;
    if (t->flags & RV_TF_HEAPTYPE)
        return rv_str_printf("<class '__main__.%s'>", t->name);
    /* A class CPython writes in Python (collections.Counter) names its
     * module in ext. */
    if (t->ext)
        return rv_str_printf("<class '%s.%s'>", (const char *)t->ext, t->name);
    return rv_str_printf("<class '%s'>", t->name);
}

int rv_hash_pointer(rv_obj_t *o, int64_t *out)
{
    *out = (int64_t)(o->id >> 4 | o->id << 60);
    if (*out == -1)
        *out = -2;
    return 0;
}

static rv_obj_t *type_call(rv_obj_t *callable, rv_obj_t *const *args, size_t nargs,
                           rv_obj_t *kwnames)
{
    rv_type_t *t = (rv_type_t *)callable;
    if (t == &rv_type_type) {
        if (nargs == 1 && !kwnames) {
            const rv_type_t *c = (const rv_type_t *)args[0];
            if (args[0]->type == &rv_type_type && (c->flags & RV_TF_METATYPE) &&
                rv_metatype_of && rv_metatype_of(c))
                return rv_incref(rv_metatype_of(c));
            return rv_incref((rv_obj_t *)args[0]->type);
        }
        rv_err_format(&rv_exc_RefvizUnsupported, "type() with %zu arguments", nargs);
        return NULL;
    }
    if (!t->make) {
        rv_err_format(&rv_exc_TypeError, "cannot create '%s' instances", t->name);
        return NULL;
    }
    /* CPython calls a type through tp_call, which counts a recursion
     * level of its own (_PyObject_MakeTpCall): a class whose __init__
     * makes another instance uses two levels per instance. */
    if (rv_enter_recursive(" while calling a Python object") < 0)
        return NULL;
    rv_obj_t *r = t->make(t, args, nargs, kwnames);
    rv_leave_recursive();
    return r;
}

static rv_obj_t *type_getattr(rv_obj_t *o, rv_obj_t *name)
{
    const rv_type_t *t = (const rv_type_t *)o;
    const char *n = rv_str_utf8(name);
    if (strcmp(n, "__name__") == 0 || strcmp(n, "__qualname__") == 0)
        return rv_str_from_cstr(rv_type_name(t));
    if (t->dict) {
        rv_obj_t *v = rv_dict_get_borrow(t->dict, name);
        if (v)
            return rv_incref(v);
        if (rv_err_occurred())
            return NULL;
    }
    const rv_method_t *m = rv_type_find_method(t, n);
    if (m) {
        if (m->flags & RV_METH_CLASS)
            return rv_builtin_new(m, o);
        return rv_method_descr_new(m, t);
    }
    rv_err_format(&rv_exc_AttributeError, "type object '%s' has no attribute '%s'", t->name, n);
    return NULL;
}

static size_t type_size(rv_obj_t *o)
{
    (void)o;
    return 1688; /* a user class in CPython 3.11; static types are larger */
}

rv_type_t rv_type_type = {
    .name = "type",
    .flags = RV_TF_MUTABLE | RV_TF_WEAKREFABLE | RV_TF_BASETYPE,
    .repr = type_repr,
    .hash = rv_hash_pointer,
    .call = type_call,
    .getattr = type_getattr,
    .size = type_size,
};

/******************************************************************************/
/* object                                                                     */

static int identity_hash(rv_obj_t *o, int64_t *out)
{
    /* CPython hashes by address >> 4 rotated; ids stand in for addresses. */
    *out = (int64_t)o->id;
    return 0;
}

static size_t object_size(rv_obj_t *o)
{
    (void)o;
    return 16;
}

static rv_obj_t *object_make(rv_type_t *type, rv_obj_t *const *args, size_t nargs,
                             rv_obj_t *kwnames)
{
    if (nargs || (kwnames && rv_tuple_len(kwnames))) {
        rv_err_format(&rv_exc_TypeError, "object() takes no arguments");
        return NULL;
    }
    return rv_obj_alloc(type, sizeof(rv_obj_t));
}

rv_type_t rv_object_type = {
    .name = "object",
    .flags = RV_TF_BASETYPE | RV_TF_MUTABLE,
    .release = rv_obj_free,
    .repr = rv_default_repr,
    .hash = identity_hash,
    .size = object_size,
    .make = object_make,
};

/******************************************************************************/
/* None, NotImplemented, Ellipsis                                             */

static rv_obj_t *none_repr(rv_obj_t *o)
{
    (void)o;
    return rv_str_from_cstr("None");
}

static int false_truth(rv_obj_t *o)
{
    (void)o;
    return 0;
}

static size_t singleton_size(rv_obj_t *o)
{
    (void)o;
    return 16;
}

static rv_obj_t *none_make(rv_type_t *type, rv_obj_t *const *args, size_t nargs,
                           rv_obj_t *kwnames)
{
    (void)type;
    (void)args;
    if (nargs || kwnames) {
        rv_err_format(&rv_exc_TypeError, "NoneType takes no arguments");
        return NULL;
    }
    return rv_incref(rv_None);
}

rv_type_t rv_none_type = {
    .name = "NoneType",
    .flags = RV_TF_INLINE,
    .repr = none_repr,
    .hash = identity_hash,
    .truth = false_truth,
    .size = singleton_size,
    .make = none_make,
};

static rv_obj_t *notimpl_repr(rv_obj_t *o)
{
    (void)o;
    return rv_str_from_cstr("NotImplemented");
}

rv_type_t rv_notimpl_type = {
    .name = "NotImplementedType",
    .flags = RV_TF_MUTABLE,
    .repr = notimpl_repr,
    .hash = identity_hash,
    .size = singleton_size,
};

static rv_obj_t *ellipsis_repr(rv_obj_t *o)
{
    (void)o;
    return rv_str_from_cstr("Ellipsis");
}

rv_type_t rv_ellipsis_type = {
    .name = "ellipsis",
    .flags = RV_TF_MUTABLE,
    .repr = ellipsis_repr,
    .hash = identity_hash,
    .size = singleton_size,
};

rv_obj_t rv_None_obj, rv_NotImplemented_obj, rv_Ellipsis_obj;

/******************************************************************************/
/* module                                                                     */

rv_obj_t *rv_module_new(const char *name)
{
    rv_module_t *m = rv_obj_alloc(&rv_module_type, sizeof(rv_module_t));
    m->name = rv_str_from_cstr(name);
    m->dict = rv_dict_new();
    if (rv_dict_set_cstr(m->dict, "__name__", m->name) < 0) {
        rv_decref(&m->ob);
        return NULL;
    }
    return &m->ob;
}

int rv_module_add_function(rv_obj_t *m, const rv_method_t *def)
{
    rv_obj_t *f = rv_builtin_new(def, NULL);
    int r = rv_dict_set_cstr(rv_module_dict_borrow(m), def->name, f);
    rv_decref(f);
    return r;
}

static void module_clear(rv_obj_t *o)
{
    rv_module_t *m = (rv_module_t *)o;
    rv_clearref(&m->name);
    rv_clearref(&m->dict);
}

static void module_traverse(rv_obj_t *o, rv_visit_fn visit, void *ctx)
{
    rv_module_t *m = (rv_module_t *)o;
    rv_edge_t e = { .kind = RV_EDGE_HIDDEN };
    if (m->name)
        visit(m->name, &e, ctx);
    if (m->dict)
        visit(m->dict, &e, ctx);
}

static rv_obj_t *module_repr(rv_obj_t *o)
{
    rv_module_t *m = (rv_module_t *)o;
    return rv_str_printf("<module '%s' (built-in)>", rv_str_utf8(m->name));
}

static rv_obj_t *module_getattr(rv_obj_t *o, rv_obj_t *name)
{
    rv_module_t *m = (rv_module_t *)o;
    rv_obj_t *v = rv_dict_get_borrow(m->dict, name);
    if (v)
        return rv_incref(v);
    /* PEP 562: a module's own __getattr__ answers for the names it lacks
     * (module_getattro).  refviz's numpy uses it to refuse what it does
     * not model. */
    rv_obj_t *hook = rv_err_occurred() ? NULL : rv_dict_get_cstr_borrow(m->dict, "__getattr__");
    if (hook)
        return rv_call1(hook, name);
    if (!rv_err_occurred())
        rv_err_format(&rv_exc_AttributeError, "module '%s' has no attribute '%s'",
                      rv_str_utf8(m->name), rv_str_utf8(name));
    return NULL;
}

static int module_setattr(rv_obj_t *o, rv_obj_t *name, rv_obj_t *value)
{
    rv_module_t *m = (rv_module_t *)o;
    if (value)
        return rv_dict_set(m->dict, name, value);
    return rv_dict_del(m->dict, name);
}

static size_t module_size(rv_obj_t *o)
{
    (void)o;
    return 72; /* module_sizeof: PyModuleObject + GC header */
}

rv_type_t rv_module_type = {
    .name = "module",
    .flags = RV_TF_MUTABLE | RV_TF_GC | RV_TF_WEAKREFABLE | RV_TF_BASETYPE,
    .clear = module_clear,
    .release = rv_obj_free,
    .traverse = module_traverse,
    .repr = module_repr,
    .hash = identity_hash,
    .getattr = module_getattr,
    .setattr = module_setattr,
    .size = module_size,
};

/******************************************************************************/
/* built-in functions and methods                                             */

rv_obj_t *rv_builtin_new(const rv_method_t *def, rv_obj_t *self)
{
    rv_builtin_t *b = rv_obj_alloc(
        (def->flags & RV_METH_PYFUNC) ? &rv_libfunc_type : &rv_builtin_type, sizeof(rv_builtin_t));
    b->def = def;
    b->self = self;
    rv_xincref(self);
    return &b->ob;
}

rv_obj_t *rv_method_descr_new(const rv_method_t *def, const rv_type_t *owner)
{
    rv_builtin_t *b = rv_obj_alloc(&rv_method_descr_type, sizeof(rv_builtin_t));
    b->def = def;
    b->owner = owner;
    return &b->ob;
}

rv_obj_t *rv_libfunc_new(const rv_method_t *def, const rv_type_t *owner, rv_obj_t *qualname)
{
    rv_builtin_t *b = rv_obj_alloc(&rv_libfunc_type, sizeof(rv_builtin_t));
    b->def = def;
    b->owner = owner;
    b->qualname = rv_incref(qualname);
    return &b->ob;
}

static void builtin_clear(rv_obj_t *o)
{
    rv_clearref(&((rv_builtin_t *)o)->self);
    rv_clearref(&((rv_builtin_t *)o)->qualname);
}

static void builtin_traverse(rv_obj_t *o, rv_visit_fn visit, void *ctx)
{
    rv_builtin_t *b = (rv_builtin_t *)o;
    rv_edge_t e = { .kind = RV_EDGE_HIDDEN };
    if (b->self)
        visit(b->self, &e, ctx);
    if (b->qualname)
        visit(b->qualname, &e, ctx);
}

static rv_obj_t *builtin_repr(rv_obj_t *o)
{
    rv_builtin_t *b = (rv_builtin_t *)o;
    if (!b->self || RV_IS(b->self, rv_module_type))
        return rv_str_printf("<built-in function %s>", b->def->name);
    if (rv_isinstance(b->self, &rv_type_type))
        return rv_str_printf("<built-in method %s of type object at 0x%llx>", b->def->name,
                             (unsigned long long)b->self->id);
    return rv_str_printf("<built-in method %s of %s object at 0x%llx>", b->def->name,
                         b->self->type->name, (unsigned long long)b->self->id);
}

static rv_obj_t *builtin_call(rv_obj_t *callable, rv_obj_t *const *args, size_t nargs,
                              rv_obj_t *kwnames)
{
    rv_builtin_t *b = (rv_builtin_t *)callable;
    if (rv_enter_recursive(" while calling a Python object") < 0)
        return NULL;
    rv_obj_t *r = b->def->fn(b->self, args, nargs, kwnames);
    rv_leave_recursive();
    return r;
}

static int builtin_eq_hash(rv_obj_t *o, int64_t *out)
{
    rv_builtin_t *b = (rv_builtin_t *)o;
    *out = (int64_t)((uintptr_t)b->def >> 4) ^ (int64_t)(b->self ? b->self->id : 0);
    if (*out == -1)
        *out = -2;
    return 0;
}

static rv_obj_t *builtin_richcompare(rv_obj_t *a, rv_obj_t *b, rv_cmpop_t op)
{
    if ((op != RV_EQ && op != RV_NE) || a->type != b->type)
        return rv_incref(rv_NotImplemented);
    rv_builtin_t *x = (rv_builtin_t *)a, *y = (rv_builtin_t *)b;
    bool eq = x->def == y->def && x->self == y->self;
    return rv_bool_from(op == RV_EQ ? eq : !eq);
}

static const char *libfunc_qualname(const rv_builtin_t *b)
{
    return b->qualname ? rv_str_utf8(b->qualname) : b->def->name;
}

static rv_obj_t *builtin_getattr(rv_obj_t *o, rv_obj_t *name)
{
    rv_builtin_t *b = (rv_builtin_t *)o;
    const char *n = rv_str_utf8(name);
    if (o->type == &rv_libfunc_type && strcmp(n, "__qualname__") == 0)
        return rv_str_from_cstr(libfunc_qualname(b));
    if (o->type == &rv_libfunc_type && strcmp(n, "__name__") == 0) {
        const char *q = libfunc_qualname(b), *dot = strrchr(q, '.');
        return rv_str_from_cstr(dot ? dot + 1 : q);
    }
    if (strcmp(n, "__name__") == 0 || strcmp(n, "__qualname__") == 0)
        return rv_str_from_cstr(b->def->name);
    if (strcmp(n, "__self__") == 0 && o->type == &rv_builtin_type)
        return rv_incref(b->self ? b->self : rv_None);
    rv_err_format(&rv_exc_AttributeError, "'%s' object has no attribute '%s'", o->type->name, n);
    return NULL;
}

static size_t builtin_size(rv_obj_t *o)
{
    (void)o;
    return 72; /* PyCFunctionObject (56) + GC header */
}

rv_type_t rv_builtin_type = {
    .name = "builtin_function_or_method",
    .flags = RV_TF_GC | RV_TF_WEAKREFABLE,
    .clear = builtin_clear,
    .release = rv_obj_free,
    .traverse = builtin_traverse,
    .repr = builtin_repr,
    .hash = builtin_eq_hash,
    .richcompare = builtin_richcompare,
    .call = builtin_call,
    .getattr = builtin_getattr,
    .size = builtin_size,
};

static rv_obj_t *libfunc_repr(rv_obj_t *o)
{
    rv_builtin_t *b = (rv_builtin_t *)o;
    return rv_str_printf("<function %s at 0x%llx>", libfunc_qualname(b),
                         (unsigned long long)o->id);
}

static rv_obj_t *descr_call(rv_obj_t *callable, rv_obj_t *const *args, size_t nargs,
                            rv_obj_t *kwnames);

static rv_obj_t *libfunc_call(rv_obj_t *callable, rv_obj_t *const *args, size_t nargs,
                              rv_obj_t *kwnames)
{
    if (((rv_builtin_t *)callable)->owner)
        return descr_call(callable, args, nargs, kwnames);
    return builtin_call(callable, args, nargs, kwnames);
}

static size_t libfunc_size(rv_obj_t *o)
{
    (void)o;
    return 152; /* PyFunctionObject (136) + GC header */
}

rv_type_t rv_libfunc_type = {
    .name = "function",
    .flags = RV_TF_GC | RV_TF_WEAKREFABLE | RV_TF_MUTABLE,
    .clear = builtin_clear,
    .release = rv_obj_free,
    .traverse = builtin_traverse,
    .repr = libfunc_repr,
    .hash = builtin_eq_hash,
    .richcompare = builtin_richcompare,
    .call = libfunc_call,
    .getattr = builtin_getattr,
    .size = libfunc_size,
};

static rv_obj_t *descr_repr(rv_obj_t *o)
{
    rv_builtin_t *b = (rv_builtin_t *)o;
    return rv_str_printf("<method '%s' of '%s' objects>", b->def->name, b->owner->name);
}

static rv_obj_t *descr_call(rv_obj_t *callable, rv_obj_t *const *args, size_t nargs,
                            rv_obj_t *kwnames)
{
    rv_builtin_t *b = (rv_builtin_t *)callable;
    if (nargs < 1) {
        rv_err_format(&rv_exc_TypeError, "unbound method %s.%s() needs an argument",
                      b->owner->name, b->def->name);
        return NULL;
    }
    if (!rv_isinstance(args[0], b->owner)) {
        rv_err_format(&rv_exc_TypeError,
                      "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                      b->def->name, b->owner->name, args[0]->type->name);
        return NULL;
    }
    if (rv_enter_recursive(" while calling a Python object") < 0)
        return NULL;
    rv_obj_t *r = b->def->fn(args[0], args + 1, nargs - 1, kwnames);
    rv_leave_recursive();
    return r;
}

static size_t descr_size(rv_obj_t *o)
{
    (void)o;
    return 72;
}

rv_type_t rv_method_descr_type = {
    .name = "method_descriptor",
    .flags = RV_TF_MUTABLE,
    .release = rv_obj_free,
    .repr = descr_repr,
    .hash = identity_hash,
    .call = descr_call,
    .getattr = builtin_getattr,
    .size = descr_size,
};

/******************************************************************************/

void rv_misc_init(void)
{
    rv_obj_init_static(rv_None, &rv_none_type);
    rv_obj_init_static(rv_NotImplemented, &rv_notimpl_type);
    rv_obj_init_static(rv_Ellipsis, &rv_ellipsis_type);
}
