/* src/lang/objects/class.c - the class statement: __build_class__ and heap types.
 *
 * A heap type is an rv_type_t made at run time.  The `type` type's slots
 * are extended here (rv_class_init) so that a heap type's attributes come
 * from its namespace and its bases', it is drawn with its attributes as
 * references, and it is freed like any object when its last reference
 * goes.  Static types are untouched by these extensions. */
#include <stdio.h>
#include <string.h>

#include "base/alloc.h"
#include "core/exc.h"
#include "core/heap.h"
#include "core/obj_dict.h"
#include "core/obj_list.h"
#include "core/obj_misc.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"
#include "lang/objects/class.h"
#include "lang/vm/vm.h"
#include "lang/vm/vm_int.h"

/* The type type's static slots, kept for static types. */
static rv_obj_t *(*static_type_getattr)(rv_obj_t *, rv_obj_t *);
static rv_obj_t *(*static_type_repr)(rv_obj_t *);

rv_obj_t *rv_class_lookup(const rv_type_t *t, rv_obj_t *name)
{
    for (; t && rv_is_heap_type(t); t = t->base) {
        /* (a class the collector cleared has no namespace: nothing found,
         * as in CPython's emptied tp_dict) */
        rv_obj_t *v = t->dict ? rv_dict_get_borrow(t->dict, name) : NULL;
        if (v)
            return v;
    }
    return NULL;
}

rv_obj_t *rv_class_lookup_cstr(const rv_type_t *t, const char *name)
{
    /* Interned: dunder lookups at every operator allocate nothing. */
    rv_obj_t *n = rv_str_intern(name);
    rv_obj_t *v = rv_class_lookup(t, n);
    rv_decref(n);
    return v;
}

const char *rv_class_qualname(const rv_type_t *t)
{
    return rv_is_heap_type(t) ? rv_class_ext(t)->qualname : t->name;
}

/******************************************************************************/
/* the type type, extended to heap types                                      */

static bool is_hidden_class_attr(const char *n)
{
    static const char *const hidden[] = { "__module__", "__qualname__", "__doc__", "__dict__",
                                          "__weakref__", "__slots__", NULL };
    for (size_t i = 0; hidden[i]; i++)
        if (strcmp(n, hidden[i]) == 0)
            return true;
    return false;
}

/* A class is drawn with its attributes (methods, class variables) as its
 * references; the namespace dict itself is interpreter detail. */
static void class_traverse(rv_obj_t *o, rv_visit_fn visit, void *ctx)
{
    rv_type_t *t = (rv_type_t *)o;
    if (!rv_is_heap_type(t))
        return;
    size_t pos = 0;
    rv_obj_t *k, *v;
    /* A class the collector cleared (class_clear) has no namespace left,
     * yet an object a finalizer made can keep it alive, and it is
     * traversed again. */
    bool drawn = !rv_class_ext(t)->library && t->dict;
    while (drawn && rv_dict_next(t->dict, &pos, &k, &v)) {
        if (!RV_IS(k, rv_str_type) || is_hidden_class_attr(rv_str_utf8(k)) || v == rv_None)
            continue;
        rv_edge_t e = { .kind = RV_EDGE_NAMED, .name = rv_str_utf8(k), .view = true };
        visit(v, &e, ctx);
    }
    rv_edge_t hidden = { .kind = RV_EDGE_HIDDEN };
    if (t->dict)
        visit(t->dict, &hidden, ctx);
    /* not drawn, as the oracle does not draw tp_mro and tp_bases */
    if (rv_class_ext(t)->mro)
        visit(rv_class_ext(t)->mro, &hidden, ctx);
    if (rv_class_ext(t)->bases)
        visit(rv_class_ext(t)->bases, &hidden, ctx);
    if (rv_is_heap_type(t->base)) {
        rv_edge_t e = { .kind = RV_EDGE_NAMED, .name = "__base__" };
        if (!drawn || rv_class_ext(t->base)->library)
            e = hidden;
        visit(&t->base->ob, &e, ctx);
    }
}

static void class_clear(rv_obj_t *o)
{
    rv_type_t *t = (rv_type_t *)o;
    if (!rv_is_heap_type(t))
        return;
    /* Emptied, not removed (type_clear clears the dict it keeps): a
     * finalizer run by the same collection may make an instance of the
     * class, which then still has a namespace to look in and traverse. */
    rv_obj_t *d = t->dict;
    t->dict = rv_dict_new();
    rv_xdecref(d);
    rv_class_ext_t *x = rv_class_ext(t);
    rv_clearref(&x->mro);
    rv_clearref(&x->bases);
    if (rv_is_heap_type(t->base)) {
        rv_obj_t *b = &t->base->ob;
        t->base = rv_class_ext(t)->native;
        rv_decref(b);
    }
}

static void class_release(rv_obj_t *o)
{
    rv_type_t *t = (rv_type_t *)o;
    /* The empty namespace class_clear leaves (destroy clears, then
     * releases). */
    rv_xdecref(t->dict);
    t->dict = NULL;
    rv_class_ext_t *x = rv_class_ext(t);
    if (x) {
        rv_clearref(&x->mro);
        rv_clearref(&x->bases);
        for (size_t i = 0; i < x->nslots; i++)
            rv_decref(x->slotnames[i]);
        rv_free(x->slotnames);
        rv_free(x->qualname);
        rv_free(x);
    }
    rv_free((char *)t->name);
    rv_obj_free(o);
}

static rv_obj_t *class_repr(rv_obj_t *o)
{
    rv_type_t *t = (rv_type_t *)o;
    if (!rv_is_heap_type(t))
        return static_type_repr(o);
    const rv_class_meta_t *m = rv_class_ext(t)->meta;
    if (m && m->repr)
        return m->repr(t);
    return rv_str_printf("<class '__main__.%s'>", rv_class_qualname(t));
}

static rv_obj_t *mro_tuple(rv_type_t *t)
{
    size_t n = 0;
    for (rv_type_t *b = t; b; b = b->base)
        n++;
    rv_obj_t *r = rv_tuple_new(n);
    n = 0;
    for (rv_type_t *b = t; b; b = b->base)
        rv_tuple_set_steal(r, n++, rv_incref(&b->ob));
    return r;
}

/* A heap type's own attributes: its name parts, bases and namespace. */
static rv_obj_t *class_special_attr(rv_type_t *t, const char *n)
{
    if (strcmp(n, "__name__") == 0)
        return rv_str_from_cstr(t->name);
    if (strcmp(n, "__qualname__") == 0)
        return rv_str_from_cstr(rv_class_qualname(t));
    rv_class_ext_t *x = rv_class_ext(t);
    if (strcmp(n, "__bases__") == 0) {
        if (!x->bases) {
            x->bases = rv_tuple_new(1);
            rv_tuple_set_steal(x->bases, 0, rv_incref(&t->base->ob));
        }
        return rv_incref(x->bases);
    }
    if (strcmp(n, "__base__") == 0)
        return rv_incref(&t->base->ob);
    if (strcmp(n, "__mro__") == 0) {
        /* The class and its mro then keep each other alive, as in CPython. */
        if (!x->mro)
            x->mro = mro_tuple(t);
        return rv_incref(x->mro);
    }
    /* CPython wraps it in a read-only mappingproxy. */
    if (strcmp(n, "__dict__") == 0)
        return rv_incref(t->dict);
    if (strcmp(n, "__doc__") == 0) {
        rv_obj_t *d = rv_dict_get_cstr_borrow(t->dict, "__doc__");
        return rv_incref(d ? d : rv_None);
    }
    if (strcmp(n, "__annotations__") == 0) {
        /* type_get_annotations: the class's own, never a base's; a class
         * without any gets an empty dict, kept in its namespace. */
        rv_obj_t *d = rv_dict_get_cstr_borrow(t->dict, "__annotations__");
        if (d)
            return rv_incref(d);
        d = rv_dict_new();
        rv_touch(&t->ob);
        if (rv_dict_set_cstr(t->dict, "__annotations__", d) < 0) {
            rv_decref(d);
            return NULL;
        }
        return d;
    }
    return NULL;
}

/* A built-in type's __module__ and bases, as its tp_name and tp_base give
 * them; its __doc__ (CPython's docstring) is not modelled. */
static rv_obj_t *static_special_attr(rv_type_t *t, const char *n)
{
    if (strcmp(n, "__module__") == 0) {
        if (t->ext) /* a class CPython writes in Python names its module there */
            return rv_str_from_cstr((const char *)t->ext);
        const char *dot = strrchr(t->name, '.');
        return dot ? rv_str_from_utf8(t->name, (size_t)(dot - t->name))
                   : rv_str_from_cstr("builtins");
    }
    if (strcmp(n, "__mro__") == 0)
        return mro_tuple(t);
    if (strcmp(n, "__base__") == 0)
        return rv_incref(t->base ? &t->base->ob : rv_None);
    if (strcmp(n, "__bases__") == 0) {
        rv_obj_t *r = rv_tuple_new(t->base ? 1 : 0);
        if (t->base)
            rv_tuple_set_steal(r, 0, rv_incref(&t->base->ob));
        return r;
    }
    if (strcmp(n, "__doc__") == 0) {
        rv_err_clear();
        rv_err_format(&rv_exc_RefvizUnsupported, "the __doc__ of the built-in type '%s'",
                      t->name);
    }
    return NULL;
}

static rv_obj_t *class_getattr(rv_obj_t *o, rv_obj_t *name)
{
    rv_type_t *t = (rv_type_t *)o;
    if (t == &rv_object_type && rv_str_eq_cstr(name, "__new__"))
        return rv_incref(rv_object_new_func());
    if (!rv_is_heap_type(t)) {
        rv_obj_t *r = static_type_getattr(o, name);
        if (!r && rv_err_matches(&rv_exc_AttributeError)) {
            rv_obj_t *d = rv_native_dunder(t, NULL, name);
            if (!d)
                d = static_special_attr(t, rv_str_utf8(name));
            if (d)
                rv_err_clear();
            return d;
        }
        return r;
    }
    rv_obj_t *r = class_special_attr(t, rv_str_utf8(name));
    if (r)
        return r;
    rv_obj_t *v = rv_class_lookup(t, name);
    if (v)
        return rv_descr_bind(v, NULL, t);
    /* The built-in base's methods (A.__init__ is object's, Stack.append
     * list's); a class method binds to the class (D.fromkeys makes a D). */
    rv_type_t *native = rv_class_ext(t)->native;
    const rv_method_t *m = rv_type_find_method(native, rv_str_utf8(name));
    if (m && (m->flags & RV_METH_CLASS))
        return rv_builtin_new(m, o);
    r = static_type_getattr(&native->ob, name);
    if (!r && rv_err_matches(&rv_exc_AttributeError)) {
        rv_err_clear();
        r = rv_native_dunder(native, NULL, name);
        const rv_class_meta_t *meta = rv_class_ext(t)->meta;
        if (!r && meta && meta->getattr)
            r = meta->getattr(t, name);
        if (!r && !rv_err_occurred())
            rv_err_format(&rv_exc_AttributeError, "type object '%s' has no attribute '%s'",
                          t->name, rv_str_utf8(name));
    }
    return r;
}

static int class_setattr(rv_obj_t *o, rv_obj_t *name, rv_obj_t *value)
{
    rv_type_t *t = (rv_type_t *)o;
    if (!rv_is_heap_type(t)) {
        rv_err_format(&rv_exc_TypeError,
                      "cannot set '%s' attribute of immutable type '%s'", rv_str_utf8(name),
                      t->name);
        return -1;
    }
    const rv_class_meta_t *m = rv_class_ext(t)->meta;
    if (m && m->setattr) {
        int r = m->setattr(t, name, value);
        if (r <= 0)
            return r;
    }
    rv_touch(o);
    if (value)
        return rv_dict_set(t->dict, name, value);
    if (rv_dict_del(t->dict, name) < 0) {
        rv_err_clear();
        rv_err_format(&rv_exc_AttributeError, "type object '%s' has no attribute '%s'", t->name,
                      rv_str_utf8(name));
        return -1;
    }
    return 0;
}

/******************************************************************************/
/* __build_class__                                                            */

static int check_base(rv_obj_t *b, rv_type_t **out)
{
    if (!RV_IS(b, rv_type_type)) {
        rv_err_format(&rv_exc_TypeError, "bases must be types");
        return -1;
    }
    rv_type_t *t = (rv_type_t *)b;
    if (!(t->flags & RV_TF_BASETYPE)) {
        rv_err_format(&rv_exc_TypeError, "type '%s' is not an acceptable base type", t->name);
        return -1;
    }
    rv_type_t *native = rv_is_heap_type(t) ? rv_class_ext(t)->native : t;
    if (!rv_class_native_base_ok(native)) {
        rv_err_format(&rv_exc_RefvizUnsupported, "subclassing the built-in type '%s'",
                      native->name);
        return -1;
    }
    *out = t;
    return 0;
}

/* __slots__: a str or an iterable of str. */
static int read_slots(rv_type_t *t, rv_obj_t *ns)
{
    rv_obj_t *spec = rv_dict_get_cstr_borrow(ns, "__slots__");
    if (!spec)
        return 0;
    rv_class_ext_t *x = rv_class_ext(t);
    /* Empty __slots__ (a namedtuple subclass's) are fine anywhere. */
    if (RV_IS(spec, rv_tuple_type) && rv_tuple_len(spec) == 0) {
        x->slotnames = rv_malloc(sizeof *x->slotnames);
        return 0;
    }
    if (x->native != &rv_object_type) {
        rv_err_format(&rv_exc_RefvizUnsupported,
                      "__slots__ other than () in a subclass of the built-in type '%s'",
                      rv_type_name(x->native));
        return -1;
    }
    if (rv_is_heap_type(t->base)) {
        rv_err_format(&rv_exc_RefvizUnsupported, "__slots__ in a subclass");
        return -1;
    }
    rv_obj_t *it = RV_IS(spec, rv_str_type) ? NULL : rv_iter(spec);
    if (!it && !RV_IS(spec, rv_str_type))
        return -1;
    rv_obj_t *s = it ? rv_next(it) : rv_incref(spec);
    x->slotnames = rv_malloc(sizeof *x->slotnames);
    while (s) {
        if (!RV_IS(s, rv_str_type)) {
            rv_err_format(&rv_exc_TypeError, "__slots__ items must be strings, not '%s'",
                          s->type->name);
            rv_decref(s);
            rv_xdecref(it);
            return -1;
        }
        x->slotnames = rv_realloc(x->slotnames, (x->nslots + 1) * sizeof *x->slotnames);
        x->slotnames[x->nslots++] = s;
        s = it ? rv_next(it) : NULL;
    }
    rv_xdecref(it);
    if (rv_err_occurred())
        return -1;
    /* type_new adds a member_descriptor per slot to the namespace, in
     * sorted order (refviz mangles no private names). */
    rv_obj_t *sorted = rv_list_new(0);
    for (size_t i = 0; i < x->nslots; i++)
        if (!rv_str_eq_cstr(x->slotnames[i], "__dict__") &&
            !rv_str_eq_cstr(x->slotnames[i], "__weakref__"))
            rv_list_append(sorted, x->slotnames[i]);
    if (rv_list_sort(sorted, NULL, false) < 0) {
        rv_decref(sorted);
        return -1;
    }
    for (size_t i = 0; i < rv_list_len(sorted); i++) {
        rv_obj_t *name = rv_list_get_borrow(sorted, i);
        rv_obj_t *m = rv_member_new(t, name);
        rv_dict_set(t->dict, name, m);
        rv_decref(m);
    }
    rv_decref(sorted);
    return 0;
}

/* Functions defined in the body remember their class (zero-argument
 * super() finds it there, where CPython uses a __class__ cell). */
static void adopt_methods(rv_type_t *t)
{
    size_t pos = 0;
    rv_obj_t *k, *v;
    while (rv_dict_next(t->dict, &pos, &k, &v)) {
        rv_obj_t *fn = v;
        if (RV_IS(v, rv_classmethod_type) || RV_IS(v, rv_staticmethod_type))
            fn = rv_descr_func(v);
        if (RV_IS(fn, rv_function_type) && !((rv_function_t *)fn)->klass)
            ((rv_function_t *)fn)->klass = rv_incref(&t->ob);
    }
}

rv_obj_t *rv_class_new(rv_obj_t *name, rv_type_t *base, rv_obj_t *ns)
{
    rv_type_t *t = rv_obj_alloc(&rv_type_type, sizeof(rv_type_t));
    rv_class_ext_t *x = rv_calloc(1, sizeof *x);
    t->ext = x;
    t->name = rv_strdup(rv_str_utf8(name));
    rv_obj_t *q = rv_dict_get_cstr_borrow(ns, "__qualname__");
    x->qualname = rv_strdup(q && RV_IS(q, rv_str_type) ? rv_str_utf8(q) : t->name);
    x->native = rv_is_heap_type(base) ? rv_class_ext(base)->native : base;
    t->base = (rv_type_t *)rv_incref(&base->ob);
    t->flags = RV_TF_HEAPTYPE | RV_TF_GC | RV_TF_MUTABLE | RV_TF_BASETYPE |
               (x->native->flags & RV_TF_EXC);
    t->dict = rv_dict_copy(ns);
    rv_obj_t *qn = rv_str_from_cstr("__qualname__");
    if (rv_dict_get_borrow(t->dict, qn))
        rv_dict_del(t->dict, qn);
    rv_decref(qn);
    /* __new__ is a static method without saying so. */
    rv_obj_t *nf = rv_dict_get_cstr_borrow(t->dict, "__new__");
    if (nf && RV_IS(nf, rv_function_type)) {
        rv_obj_t *sm = rv_call1(&rv_staticmethod_type.ob, nf);
        if (sm) {
            rv_dict_set_cstr(t->dict, "__new__", sm);
            rv_decref(sm);
        }
    }
    /* A class that defines __eq__ without __hash__ is unhashable. */
    if (rv_dict_get_cstr_borrow(ns, "__eq__") &&
        !rv_dict_get_cstr_borrow(ns, "__hash__"))
        rv_dict_set_cstr(t->dict, "__hash__", rv_None);
    if (read_slots(t, ns) < 0) {
        rv_decref(&t->ob);
        return NULL;
    }
    x->has_dict = !x->slotnames || (rv_is_heap_type(base) && rv_class_ext(base)->has_dict);
    /* A built-in container's object makes room for the __dict__ pointer
     * (CPython's managed dict, or tp_dictoffset for a tuple). */
    if (x->native->extra && x->has_dict)
        t->extra_size = sizeof(rv_obj_t *);
    /* Instances take weak references, unless __slots__ leaves out the
     * slot for them (type_new adds none for a variable-size base, such
     * as tuple). */
    if ((x->native->flags & RV_TF_WEAKREFABLE) ||
        (rv_is_heap_type(base) && (base->flags & RV_TF_WEAKREFABLE)) ||
        (!x->slotnames && x->native != &rv_tuple_type))
        t->flags |= RV_TF_WEAKREFABLE;
    rv_instance_install_slots(t);
    adopt_methods(t);
    return &t->ob;
}

/* A class body's own __setattr__, __delattr__ or __getattribute__: the
 * model's attribute stores and loads do not call them, so a program that
 * defines one is refused rather than run wrong.  The namespace is walked,
 * not looked up by name (interning the names would renumber objects). */
static int check_attribute_hooks(rv_obj_t *ns)
{
    static const char *const hooks[] = { "__setattr__", "__delattr__", "__getattribute__", NULL };
    size_t pos = 0;
    rv_obj_t *k, *v;
    while (rv_dict_next(ns, &pos, &k, &v)) {
        if (!RV_IS(k, rv_str_type) || RV_IS(v, rv_libfunc_type))
            continue;
        for (const char *const *h = hooks; *h; h++)
            if (rv_str_eq_cstr(k, *h)) {
                rv_err_format(&rv_exc_RefvizUnsupported, "a class's own %s", *h);
                return -1;
            }
    }
    return 0;
}

static rv_obj_t *build_class(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                             rv_obj_t *kwnames)
{
    (void)self;
    if (kwnames && rv_tuple_len(kwnames)) {
        rv_err_format(&rv_exc_RefvizUnsupported, "class keywords (metaclass=...)");
        return NULL;
    }
    if (nargs < 2 || !RV_IS(args[0], rv_function_type) || !RV_IS(args[1], rv_str_type)) {
        rv_err_format(&rv_exc_TypeError, "__build_class__: func and name required");
        return NULL;
    }
    if (nargs > 3) {
        rv_err_format(&rv_exc_RefvizUnsupported, "multiple inheritance");
        return NULL;
    }
    rv_type_t *base = &rv_object_type;
    if (nargs == 3 && check_base(args[2], &base) < 0)
        return NULL;
    rv_obj_t *ns = rv_dict_new();
    if (rv_vm_run_class_body(args[0], ns) < 0 || check_attribute_hooks(ns) < 0) {
        rv_decref(ns);
        return NULL;
    }
    rv_obj_t *cls = rv_class_new(args[1], base, ns);
    rv_decref(ns);
    /* A metaclass the base has (enum.Enum's) finishes the class. */
    const rv_class_meta_t *m = cls && rv_is_heap_type(base) ? rv_class_ext(base)->meta : NULL;
    if (m) {
        rv_class_ext((rv_type_t *)cls)->meta = m;
        ((rv_type_t *)cls)->flags |= RV_TF_METATYPE;
        if (m->created && m->created((rv_type_t *)cls) < 0)
            rv_clearref(&cls);
    }
    return cls;
}

static const rv_method_t build_class_def = { "__build_class__", build_class, 0 };
static rv_obj_t *build_class_obj;

rv_obj_t *rv_build_class_func(void)
{
    if (!build_class_obj) {
        build_class_obj = rv_builtin_new(&build_class_def, NULL);
        build_class_obj->flags |= RV_F_ROOT;
    }
    return build_class_obj;
}

/* type_sizeof in 3.11: the type object, plus, for a class whose instances
 * get a __dict__ of their own, the shared keys it caches for them. */
static size_t class_size(rv_obj_t *o)
{
    rv_type_t *t = (rv_type_t *)o;
    if (t->flags & RV_TF_PYCLASS)
        return 1688; /* a library class written in Python, without __slots__ */
    if (t->flags & (RV_TF_EXTTYPE | RV_TF_PYCLASS_NODICT))
        return 920; /* PyHeapTypeObject: a C extension's type, or a class
                       written in Python whose instances have no dict */
    if (!rv_is_heap_type(t))
        return 424; /* PyTypeObject: a static type */
    /* Py_TPFLAGS_MANAGED_DICT (instances with a __dict__, a base whose
     * objects have no variable part nor a __dict__ of their own): the
     * class caches the keys its instances' dicts share. */
    rv_class_ext_t *x = rv_class_ext(t);
    bool managed = x->has_dict && x->native != &rv_tuple_type && !(x->native->flags & RV_TF_EXC);
    return managed ? 1688 : 920;
}

static const char *metatype_name(const rv_type_t *t)
{
    const rv_class_meta_t *m = rv_is_heap_type(t) ? rv_class_ext(t)->meta : NULL;
    return m ? m->name : "type";
}

static rv_obj_t *metatype_of(const rv_type_t *t)
{
    const rv_class_meta_t *m = rv_is_heap_type(t) ? rv_class_ext(t)->meta : NULL;
    return m && m->type ? &m->type->ob : NULL;
}

void rv_class_init(void)
{
    rv_metatype_name = metatype_name;
    rv_metatype_of = metatype_of;
    /* Kept only from the static type: a second interpreter in the same
     * process (the fuzzer's next input) finds class_repr installed, and
     * keeping that would make a built-in type's repr call itself. */
    if (rv_type_type.repr != class_repr) {
        static_type_getattr = rv_type_type.getattr;
        static_type_repr = rv_type_type.repr;
    }
    rv_type_type.getattr = class_getattr;
    rv_type_type.setattr = class_setattr;
    rv_type_type.repr = class_repr;
    rv_type_type.traverse = class_traverse;
    rv_type_type.clear = class_clear;
    rv_type_type.release = class_release;
    rv_type_type.size = class_size;
    rv_type_type.flags |= RV_TF_GC;
}

void rv_class_finalize(void)
{
    rv_descr_finalize();
    if (build_class_obj) {
        build_class_obj->flags &= ~RV_F_ROOT;
        rv_clearref(&build_class_obj);
    }
}
