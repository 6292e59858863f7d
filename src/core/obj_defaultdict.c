/* src/core/obj_defaultdict.c - collections.defaultdict
 * (Modules/_collectionsmodule.c, 3.11): a dict with one more field, the
 * default factory, so sys.getsizeof is the dict's plus 8.  Everything but
 * d[key], repr, copy and `|` is dict's (the type's base). */
#include "core/obj_defaultdict.h"

#include <string.h>

#include "core/exc.h"
#include "core/heap.h"
#include "core/obj_dict.h"
#include "core/obj_misc.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"

#define FACTORY(o) (*(rv_obj_t **)rv_dict_extra(o))

rv_obj_t *rv_defaultdict_new(rv_obj_t *factory)
{
    rv_obj_t *d = rv_dict_new_subtype(&rv_defaultdict_type, sizeof(rv_obj_t *));
    if (factory && factory != rv_None)
        FACTORY(d) = rv_incref(factory);
    return d;
}

rv_obj_t *rv_defaultdict_factory_borrow(rv_obj_t *d)
{
    return FACTORY(d);
}

/* new_defdict: type(self)(self.default_factory, src), a dict_merge. */
static rv_obj_t *new_from(rv_obj_t *factory, rv_obj_t *src)
{
    rv_obj_t *d = rv_defaultdict_new(factory);
    if (src && rv_dict_update(d, src) < 0)
        rv_clearref(&d);
    return d;
}

/* defdict_missing: KeyError without a factory, else self[key] = factory(). */
static rv_obj_t *missing(rv_obj_t *o, rv_obj_t *key)
{
    rv_obj_t *f = FACTORY(o);
    if (!f) {
        rv_err_set_obj(&rv_exc_KeyError, key);
        return NULL;
    }
    rv_obj_t *v = rv_call0(f);
    if (v && rv_setitem(o, key, v) < 0)
        rv_clearref(&v);
    return v;
}

/* dict_subscript: a subtype's __missing__ runs for a missing key. */
static rv_obj_t *dd_getitem(rv_obj_t *o, rv_obj_t *key)
{
    rv_obj_t *v = rv_dict_get_borrow(o, key);
    if (v)
        return rv_incref(v);
    if (rv_err_occurred())
        return NULL;
    return missing(o, key);
}

static void dd_release(rv_obj_t *o)
{
    rv_dict_type.release(o);
}

static void dd_clear(rv_obj_t *o)
{
    rv_touch(o);
    rv_clearref(&FACTORY(o));
    rv_dict_type.clear(o);
}

/* The factory is drawn as a reference unless it is a built-in type (list,
 * int): the repr names those, and an arrow to a type would only clutter. */
static void dd_traverse(rv_obj_t *o, rv_visit_fn visit, void *ctx)
{
    rv_dict_type.traverse(o, visit, ctx);
    rv_obj_t *f = FACTORY(o);
    if (!f)
        return;
    /* Not drawn: a library dict subclass shows its items only (the
     * spec's refs by kind). */
    rv_edge_t e = { .kind = RV_EDGE_HIDDEN };
    visit(f, &e, ctx);
}

static size_t dd_size(rv_obj_t *o)
{
    return rv_dict_type.size(o) + 8;
}

/* defdict_repr: "defaultdict(%U, %U)" of the factory's repr ("..." when
 * it is being printed already) and dict's repr. */
static rv_obj_t *dd_repr(rv_obj_t *o)
{
    rv_obj_t *f = FACTORY(o), *fr;
    if (!f)
        fr = rv_str_from_cstr("None");
    else if (rv_repr_enter(f))
        fr = rv_str_from_cstr("...");
    else {
        fr = rv_repr(f);
        rv_repr_leave(f);
    }
    if (!fr)
        return NULL;
    rv_obj_t *base = rv_dict_type.repr(o);
    rv_obj_t *s = base ? rv_str_printf("defaultdict(%s, %s)", rv_str_utf8(fr), rv_str_utf8(base))
                       : NULL;
    rv_decref(fr);
    rv_xdecref(base);
    return s;
}

/* defdict_or: a defaultdict of the defaultdict operand's factory holding
 * left's items, updated by right's. */
static rv_obj_t *dd_binop(rv_binop_t op, rv_obj_t *a, rv_obj_t *b)
{
    if (op != RV_OP_OR || !rv_isinstance(a, &rv_dict_type) || !rv_isinstance(b, &rv_dict_type))
        return rv_incref(rv_NotImplemented);
    rv_obj_t *self = rv_isinstance(a, &rv_defaultdict_type) ? a : b;
    rv_obj_t *r = new_from(FACTORY(self), a);
    if (r && rv_dict_update(r, b) < 0)
        rv_clearref(&r);
    return r;
}

static rv_obj_t *dd_getattr(rv_obj_t *o, rv_obj_t *name)
{
    const char *n = rv_str_utf8(name);
    if (strcmp(n, "default_factory") == 0)
        return rv_incref(FACTORY(o) ? FACTORY(o) : rv_None);
    const rv_method_t *m = rv_type_find_method(o->type, n);
    if (m)
        return m->flags & RV_METH_CLASS ? rv_builtin_new(m, (rv_obj_t *)o->type)
                                        : rv_builtin_new(m, o);
    rv_err_format(&rv_exc_AttributeError, "'%s' object has no attribute '%s'", o->type->name, n);
    return NULL;
}

/* default_factory is a writable member (T_OBJECT: del makes it None). */
static int dd_setattr(rv_obj_t *o, rv_obj_t *name, rv_obj_t *value)
{
    const char *n = rv_str_utf8(name);
    if (strcmp(n, "default_factory") == 0) {
        rv_touch(o);
        rv_setref(&FACTORY(o), value == rv_None ? NULL : value);
        return 0;
    }
    if (rv_type_find_method(o->type, n))
        rv_err_format(&rv_exc_AttributeError, "'%s' object attribute '%s' is read-only",
                      o->type->name, n);
    else
        rv_err_format(&rv_exc_AttributeError, "'%s' object has no attribute '%s'",
                      o->type->name, n);
    return -1;
}

/* defdict_init: the first argument is the factory, the rest go to dict. */
static rv_obj_t *dd_make(rv_type_t *type, rv_obj_t *const *args, size_t nargs,
                         rv_obj_t *kwnames)
{
    (void)type;
    rv_obj_t *f = nargs ? args[0] : NULL;
    if (f && f != rv_None && !f->type->call) {
        rv_err_format(&rv_exc_TypeError, "first argument must be callable or None");
        return NULL;
    }
    rv_obj_t *d = rv_defaultdict_new(f);
    if (rv_dict_init(d, args + (nargs ? 1 : 0), nargs ? nargs - 1 : 0, kwnames) < 0)
        rv_clearref(&d);
    return d;
}

static rv_obj_t *m_missing(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    if (rv_arg_no_kw("defaultdict.__missing__", kw) < 0 ||
        rv_arg_count("defaultdict.__missing__", nargs, 1, 1) < 0)
        return NULL;
    return missing(self, args[0]);
}

static rv_obj_t *m_copy(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    (void)args;
    if (rv_arg_no_kw("copy", kw) < 0 || rv_arg_count("defaultdict.copy", nargs, 0, 0) < 0)
        return NULL;
    return new_from(FACTORY(self), self);
}

/* dict_fromkeys for a subtype: cls() filled by d[key] = value. */
static rv_obj_t *m_fromkeys(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    (void)self;
    if (rv_arg_no_kw("fromkeys", kw) < 0 || rv_arg_count("fromkeys", nargs, 1, 2) < 0)
        return NULL;
    rv_obj_t *it = rv_iter(args[0]);
    if (!it)
        return NULL;
    rv_obj_t *d = rv_defaultdict_new(NULL), *k;
    while ((k = rv_next(it)) != NULL) {
        int err = rv_setitem(d, k, nargs == 2 ? args[1] : rv_None);
        rv_decref(k);
        if (err < 0)
            break;
    }
    rv_decref(it);
    if (rv_err_occurred())
        rv_clearref(&d);
    return d;
}

static const rv_method_t dd_methods[] = {
    { "fromkeys", m_fromkeys, RV_METH_CLASS },
    { "__missing__", m_missing, 0 },
    { "copy", m_copy, 0 },
    { "__copy__", m_copy, 0 },
    { NULL, NULL, 0 },
};

rv_type_t rv_defaultdict_type = {
    .name = "collections.defaultdict",
    .base = &rv_dict_type,
    .flags = RV_TF_MUTABLE | RV_TF_GC | RV_TF_BASETYPE,
    .clear = dd_clear,
    .release = dd_release,
    .traverse = dd_traverse,
    .repr = dd_repr,
    .size = dd_size,
    .binop = dd_binop,
    .getitem = dd_getitem,
    .getattr = dd_getattr,
    .setattr = dd_setattr,
    .methods = dd_methods,
    .make = dd_make,
};
