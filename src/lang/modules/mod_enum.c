/* src/lang/modules/mod_enum.c - the enum module's Enum and auto (Lib/enum.py of
 * CPython 3.11).
 *
 * Enum is a library class made at run time whose metaclass, EnumType, is
 * modelled by the hooks of rv_class_meta_t: a class statement deriving
 * from it is finished by enum_created, which does what EnumType.__new__
 * does to the namespace, in its order (so a snapshot draws the class as
 * the oracle does): _generate_next_value_ first, then __module__ and the
 * class's methods, _new_member_, _use_args_, _member_names_, _member_map_,
 * _value2member_map_, _unhashable_values_, _member_type_, _value_repr_,
 * __doc__, the members (aliases too) and __new__.  Each member is an
 * instance of the class made once, with _value_, _name_, __objclass__ and
 * _sort_order_ in its __dict__; calling the class (Color(1)) and
 * subscripting it (Color['RED']) look members up, never make one.
 *
 * IntEnum, Flag, StrEnum and the functional API are not modelled (the
 * model has no int subclasses): programs using them run on CPython. */
#include <string.h>

#include "core/exc.h"
#include "core/heap.h"
#include "core/obj_bool.h"
#include "core/obj_dict.h"
#include "core/obj_int.h"
#include "core/obj_list.h"
#include "core/obj_misc.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"
#include "lang/modules/modules_int.h"
#include "lang/objects/class.h"
#include "lang/vm/vm.h"

static rv_type_t *enum_base; /* enum.Enum, made with the module */

static rv_obj_t *member_attr(rv_obj_t *self, const char *name)
{
    rv_obj_t *d = rv_instance_dict(self); /* borrowed */
    rv_obj_t *v = d ? rv_dict_get_cstr_borrow(d, name) : NULL;
    if (!v)
        rv_err_format(&rv_exc_AttributeError, "'%s' object has no attribute '%s'",
                      self->type->name, name);
    return v; /* borrowed: the member's dict keeps it */
}

/* A str of the class's namespace entry (borrowed), or NULL. */
static rv_obj_t *own(rv_type_t *t, const char *name)
{
    return rv_dict_get_cstr_borrow(t->dict, name);
}

/******************************************************************************/
/* Enum's methods                                                             */

static rv_obj_t *enum_repr(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                           rv_obj_t *kwnames)
{
    (void)args;
    if (rv_arg_no_kw("__repr__", kwnames) < 0 || rv_arg_count("__repr__", nargs, 0, 0) < 0)
        return NULL;
    rv_obj_t *name = member_attr(self, "_name_"), *value = name ? member_attr(self, "_value_")
                                                                : NULL;
    rv_obj_t *vr = value ? rv_repr(value) : NULL;
    if (!vr)
        return NULL;
    rv_obj_t *r = rv_str_printf("<%s.%s: %s>", self->type->name, rv_str_utf8(name),
                                rv_str_utf8(vr));
    rv_decref(vr);
    return r;
}

static rv_obj_t *enum_str(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                          rv_obj_t *kwnames)
{
    (void)args;
    if (rv_arg_no_kw("__str__", kwnames) < 0 || rv_arg_count("__str__", nargs, 0, 0) < 0)
        return NULL;
    rv_obj_t *name = member_attr(self, "_name_");
    return name ? rv_str_printf("%s.%s", self->type->name, rv_str_utf8(name)) : NULL;
}

static rv_obj_t *enum_hash(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                           rv_obj_t *kwnames)
{
    (void)args;
    if (rv_arg_no_kw("__hash__", kwnames) < 0 || rv_arg_count("__hash__", nargs, 0, 0) < 0)
        return NULL;
    rv_obj_t *name = member_attr(self, "_name_");
    int64_t h;
    if (!name || rv_hash(name, &h) < 0)
        return NULL;
    return rv_int_from_i64(h);
}

static rv_obj_t *enum_name(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                           rv_obj_t *kwnames)
{
    (void)args;
    (void)nargs;
    (void)kwnames;
    rv_obj_t *v = member_attr(self, "_name_");
    return v ? rv_incref(v) : NULL;
}

static rv_obj_t *enum_value(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                            rv_obj_t *kwnames)
{
    (void)args;
    (void)nargs;
    (void)kwnames;
    rv_obj_t *v = member_attr(self, "_value_");
    return v ? rv_incref(v) : NULL;
}

/* _generate_next_value_(name, start, count, last_values): one more than
 * the last value, or start. */
static rv_obj_t *next_value(rv_obj_t *last_values)
{
    size_t n = rv_list_len(last_values);
    for (size_t i = n; i-- > 0;) {
        rv_obj_t *one = rv_int_from_i64(1);
        rv_obj_t *r = rv_binop(RV_OP_ADD, rv_list_get_borrow(last_values, i), one);
        rv_decref(one);
        if (r || !rv_err_matches(&rv_exc_TypeError))
            return r;
        rv_err_clear();
    }
    return rv_int_from_i64(1);
}

static rv_obj_t *enum_gnv(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                          rv_obj_t *kwnames)
{
    (void)self;
    if (rv_arg_no_kw("_generate_next_value_", kwnames) < 0 ||
        rv_arg_count("_generate_next_value_", nargs, 4, 4) < 0)
        return NULL;
    if (!RV_IS(args[3], rv_list_type) || rv_list_len(args[3]) == 0)
        return rv_incref(args[1]);
    return next_value(args[3]);
}

static rv_obj_t *lookup(rv_type_t *t, rv_obj_t *value);

/* Enum.__new__(cls, value): the member with that value. */
static rv_obj_t *enum_new(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                          rv_obj_t *kwnames)
{
    (void)self;
    if (rv_arg_no_kw("__new__", kwnames) < 0 || rv_arg_count("__new__", nargs, 2, 2) < 0)
        return NULL;
    if (!RV_IS(args[0], rv_type_type)) {
        rv_err_format(&rv_exc_TypeError, "Enum.__new__(X): X is not a type object");
        return NULL;
    }
    return lookup((rv_type_t *)args[0], args[1]);
}

static const rv_method_t enum_methods[] = {
    { "_generate_next_value_", enum_gnv, RV_METH_PYFUNC },
    { "__new__", enum_new, RV_METH_PYFUNC },
    { "__repr__", enum_repr, RV_METH_PYFUNC },
    { "__str__", enum_str, RV_METH_PYFUNC },
    { "__hash__", enum_hash, RV_METH_PYFUNC },
    { NULL, NULL, 0 },
};
static const rv_method_t name_def = { "name", enum_name, RV_METH_PYFUNC };
static const rv_method_t value_def = { "value", enum_value, RV_METH_PYFUNC };

/******************************************************************************/
/* auto                                                                       */

static rv_obj_t *auto_make(rv_type_t *type, rv_obj_t *const *args, size_t nargs,
                           rv_obj_t *kwnames)
{
    (void)args;
    if (rv_arg_no_kw("auto", kwnames) < 0 || rv_arg_count("auto", nargs, 0, 0) < 0)
        return NULL;
    return rv_obj_alloc(type, sizeof(rv_obj_t));
}

static size_t auto_size(rv_obj_t *o)
{
    (void)o;
    return 56;
}

static rv_type_t auto_type = {
    .name = "enum.auto",
    .flags = RV_TF_MUTABLE | RV_TF_PYCLASS,
    .release = rv_obj_free,
    .make = auto_make,
    .size = auto_size,
};

/******************************************************************************/
/* EnumType                                                                   */

static rv_obj_t *member_map(rv_type_t *t)
{
    rv_obj_t *m = rv_class_lookup_cstr(t, "_member_map_");
    return m && RV_IS(m, rv_dict_type) ? m : NULL;
}

/* EnumType.__call__(cls, value): the member whose value it is. */
static rv_obj_t *lookup(rv_type_t *t, rv_obj_t *value)
{
    if (value->type == t)
        return rv_incref(value);
    rv_obj_t *v2m = rv_class_lookup_cstr(t, "_value2member_map_");
    int64_t h;
    if (v2m && RV_IS(v2m, rv_dict_type) && rv_hash(value, &h) == 0) {
        rv_obj_t *m = rv_dict_get_borrow(v2m, value);
        if (m)
            return rv_incref(m);
    }
    if (rv_err_occurred()) {
        if (!rv_err_matches(&rv_exc_TypeError))
            return NULL;
        rv_err_clear();
    }
    /* unhashable values: a linear search of the members */
    rv_obj_t *mm = member_map(t);
    size_t pos = 0;
    rv_obj_t *k, *m;
    while (mm && rv_dict_next(mm, &pos, &k, &m)) {
        rv_obj_t *d = rv_instance_dict(m);
        rv_obj_t *mv = d ? rv_dict_get_cstr_borrow(d, "_value_") : NULL;
        int eq = mv ? rv_richcompare_bool(mv, value, RV_EQ) : 0;
        if (eq < 0)
            return NULL;
        if (eq)
            return rv_incref(m);
    }
    rv_obj_t *r = rv_repr(value);
    if (r) {
        rv_err_format(&rv_exc_ValueError, "%s is not a valid %s", rv_str_utf8(r),
                      rv_class_qualname(t));
        rv_decref(r);
    }
    return NULL;
}

static rv_obj_t *meta_call(rv_type_t *t, rv_obj_t *const *args, size_t nargs,
                           rv_obj_t *kwnames)
{
    if (nargs != 1 || (kwnames && rv_tuple_len(kwnames))) {
        rv_err_format(&rv_exc_RefvizUnsupported, "enum's functional API (%s(...) with other "
                      "than one value)", t->name);
        return NULL;
    }
    return lookup(t, args[0]);
}

static rv_obj_t *meta_repr(rv_type_t *t)
{
    return rv_str_printf("<enum '%s'>", t->name);
}

static rv_obj_t *meta_getitem(rv_obj_t *o, rv_obj_t *key)
{
    rv_type_t *t = (rv_type_t *)o;
    rv_obj_t *mm = member_map(t);
    rv_obj_t *m = mm ? rv_dict_get_borrow(mm, key) : NULL;
    if (m)
        return rv_incref(m);
    if (!rv_err_occurred())
        rv_err_set_obj(&rv_exc_KeyError, key);
    return NULL;
}

/* The members in definition order, aliases left out. */
static rv_obj_t *members_list(rv_type_t *t)
{
    rv_obj_t *names = rv_class_lookup_cstr(t, "_member_names_"), *mm = member_map(t);
    rv_obj_t *l = rv_list_new(0);
    for (size_t i = 0; names && mm && RV_IS(names, rv_list_type) && i < rv_list_len(names); i++) {
        rv_obj_t *m = rv_dict_get_borrow(mm, rv_list_get_borrow(names, i));
        if (m)
            rv_list_append(l, m);
    }
    return l;
}

static rv_obj_t *meta_iter(rv_obj_t *o)
{
    rv_type_t *t = (rv_type_t *)o;
    rv_obj_t *l = members_list(t);
    rv_obj_t *it = rv_iter(l);
    rv_decref(l);
    return it;
}

static int meta_len(rv_obj_t *o, size_t *out)
{
    rv_type_t *t = (rv_type_t *)o;
    rv_obj_t *names = rv_class_lookup_cstr(t, "_member_names_");
    *out = names && RV_IS(names, rv_list_type) ? rv_list_len(names) : 0;
    return 0;
}

static int meta_contains(rv_obj_t *o, rv_obj_t *item)
{
    rv_type_t *t = (rv_type_t *)o;
    if (!rv_is_heap_type(item->type) || !rv_type_is_subtype(item->type, enum_base)) {
        /* (CPython warns that 3.12 will answer instead) */
        rv_err_format(&rv_exc_TypeError, "unsupported operand type(s) for 'in': '%s' and "
                      "'EnumType'", rv_is_heap_type(item->type) ? rv_class_qualname(item->type)
                                                                : item->type->name);
        return -1;
    }
    if (!rv_type_is_subtype(item->type, t))
        return 0;
    rv_obj_t *name = member_attr(item, "_name_");
    rv_obj_t *mm = member_map(t);
    if (!name) {
        rv_err_clear();
        return 0;
    }
    return mm && rv_dict_get_borrow(mm, name) != NULL;
}

static int meta_setattr(rv_type_t *t, rv_obj_t *name, rv_obj_t *value)
{
    rv_obj_t *mm = member_map(t);
    if (mm && rv_dict_get_borrow(mm, name)) {
        if (value)
            rv_err_format(&rv_exc_AttributeError, "cannot reassign member '%s'",
                          rv_str_utf8(name));
        else
            rv_err_format(&rv_exc_AttributeError, "'%s' cannot delete member '%s'.", t->name,
                          rv_str_utf8(name));
        return -1;
    }
    return 1;
}

static int enum_created(rv_type_t *t);

/* What EnumType has that type has not: refused rather than an
 * AttributeError python3 would not raise. */
static rv_obj_t *meta_getattr(rv_type_t *t, rv_obj_t *name)
{
    if (rv_str_eq_cstr(name, "__members__"))
        rv_err_format(&rv_exc_RefvizUnsupported, "%s.__members__ (enum's mappingproxy)",
                      t->name);
    return NULL;
}

/* EnumType itself: what type(Color) is; its slots serve the class object
 * as a container (core's rv_slots_of). */
static rv_type_t enumtype_type = {
    .name = "enum.EnumType",
    .flags = RV_TF_MUTABLE | RV_TF_PYCLASS,
    .getitem = meta_getitem,
    .iter = meta_iter,
    .len = meta_len,
    .contains = meta_contains,
};

static const rv_class_meta_t enum_meta = {
    .name = "EnumType",
    .type = &enumtype_type,
    .created = enum_created,
    .repr = meta_repr,
    .setattr = meta_setattr,
    .getattr = meta_getattr,
};

/* Whether a namespace entry is a member: not a dunder or sunder name, not
 * a descriptor (function, property, classmethod, staticmethod). */
static bool is_member(rv_obj_t *name, rv_obj_t *v)
{
    const char *n = rv_str_utf8(name);
    size_t len = strlen(n);
    if (len > 2 && n[0] == '_' && n[len - 1] == '_')
        return false;
    return !(RV_IS(v, rv_function_type) || RV_IS(v, rv_libfunc_type) ||
             RV_IS(v, rv_property_type) || RV_IS(v, rv_classmethod_type) ||
             RV_IS(v, rv_staticmethod_type));
}

typedef struct building {
    rv_obj_t *names, *map, *v2m, *unhashable, *last_values;
    rv_obj_t *members; /* dict: name -> member (aliases too), in order */
} building_t;

/* One member assignment NAME = value of the class body. */
static int add_member(rv_type_t *t, building_t *b, rv_obj_t *name, rv_obj_t *value)
{
    rv_obj_t *v;
    if (RV_IS(value, auto_type)) {
        v = rv_list_len(b->last_values) ? next_value(b->last_values) : rv_int_from_i64(1);
        if (!v)
            return -1;
    } else {
        v = rv_incref(value);
    }
    rv_list_append(b->last_values, v);
    /* an alias: the value of an earlier member */
    size_t pos = 0;
    rv_obj_t *k, *m;
    while (rv_dict_next(b->map, &pos, &k, &m)) {
        rv_obj_t *d = rv_instance_dict(m);
        rv_obj_t *mv = d ? rv_dict_get_cstr_borrow(d, "_value_") : NULL;
        int eq = mv ? rv_richcompare_bool(mv, v, RV_EQ) : 0;
        if (eq < 0) {
            rv_decref(v);
            return -1;
        }
        if (eq) {
            rv_dict_set(b->map, name, m);
            rv_dict_set(b->members, name, m);
            rv_decref(v);
            return 0;
        }
    }
    rv_obj_t *member = rv_instance_new(t, NULL, 0);
    if (!member) {
        rv_decref(v);
        return -1;
    }
    rv_obj_t *order = rv_int_from_i64((int64_t)rv_list_len(b->names));
    rv_obj_t *keys[] = { rv_str_intern("_value_"), rv_str_intern("_name_"),
                         rv_str_intern("__objclass__"), rv_str_intern("_sort_order_") };
    rv_obj_t *vals[] = { v, name, &t->ob, order };
    int err = 0;
    for (size_t i = 0; i < 4; i++) {
        if (!err)
            err = rv_instance_setattr_generic(member, keys[i], vals[i]);
        rv_decref(keys[i]);
    }
    rv_decref(order);
    int64_t h;
    if (!err) {
        rv_list_append(b->names, name);
        rv_dict_set(b->map, name, member);
        rv_dict_set(b->members, name, member);
        if (rv_hash(v, &h) == 0) {
            rv_dict_set(b->v2m, v, member);
        } else if (rv_err_matches(&rv_exc_TypeError)) {
            rv_err_clear();
            rv_list_append(b->unhashable, v);
        } else {
            err = -1;
        }
    }
    rv_decref(member);
    rv_decref(v);
    return err;
}

static void put(rv_obj_t *ns, const char *name, rv_obj_t *v)
{
    rv_dict_set_cstr(ns, name, v);
}

/* EnumType.__new__: the members made, the namespace rebuilt in its order. */
static int enum_created(rv_type_t *t)
{
    if (t->base != enum_base) {
        rv_obj_t *names = rv_class_lookup_cstr(t->base, "_member_names_");
        if (names && RV_IS(names, rv_list_type) && rv_list_len(names)) {
            rv_err_format(&rv_exc_TypeError, "<enum '%s'> cannot extend <enum '%s'>", t->name,
                          t->base->name);
            return -1;
        }
    }
    building_t b = { rv_list_new(0), rv_dict_new(), rv_dict_new(), rv_list_new(0),
                     rv_list_new(0), rv_dict_new() };
    rv_obj_t *ns = rv_dict_new();
    rv_obj_t *old = t->dict;
    rv_obj_t *gnv = rv_class_lookup_cstr(t, "_generate_next_value_");
    if (gnv)
        put(ns, "_generate_next_value_", gnv);
    rv_obj_t *mod = own(t, "__module__");
    if (mod)
        put(ns, "__module__", mod);
    int err = 0;
    size_t pos = 0;
    rv_obj_t *k, *v;
    while (!err && rv_dict_next(old, &pos, &k, &v)) {
        if (!RV_IS(k, rv_str_type) || rv_str_eq_cstr(k, "__module__") ||
            rv_str_eq_cstr(k, "__qualname__") || rv_str_eq_cstr(k, "__doc__"))
            continue;
        if (is_member(k, v))
            err = add_member(t, &b, k, v);
        else
            rv_dict_set(ns, k, v);
    }
    if (!err) {
        put(ns, "_new_member_", rv_object_new_func());
        put(ns, "_use_args_", rv_False);
        put(ns, "_member_names_", b.names);
        put(ns, "_member_map_", b.map);
        put(ns, "_value2member_map_", b.v2m);
        put(ns, "_unhashable_values_", b.unhashable);
        put(ns, "_member_type_", &rv_object_type.ob);
        put(ns, "_value_repr_", rv_None);
        rv_obj_t *doc = own(t, "__doc__");
        put(ns, "__doc__", doc ? doc : rv_None);
        pos = 0;
        while (rv_dict_next(b.members, &pos, &k, &v))
            rv_dict_set(ns, k, v);
        rv_obj_t *nw = rv_class_lookup_cstr(enum_base, "__new__");
        if (nw)
            put(ns, "__new__", nw);
        rv_touch(&t->ob);
        t->dict = ns;
        ns = old;
        t->make = meta_call;
    }
    rv_decref(ns);
    rv_decref(b.names);
    rv_decref(b.map);
    rv_decref(b.v2m);
    rv_decref(b.unhashable);
    rv_decref(b.last_values);
    rv_decref(b.members);
    return err;
}

/******************************************************************************/
/* the module                                                                 */

static rv_obj_t *make_enum_class(void)
{
    rv_obj_t *ns = rv_dict_new();
    rv_obj_t *s = rv_str_from_cstr("enum");
    put(ns, "__module__", s);
    rv_decref(s);
    s = rv_str_from_cstr("Enum");
    put(ns, "__qualname__", s);
    for (const rv_method_t *m = enum_methods; m->name; m++) {
        rv_obj_t *q = rv_str_printf("Enum.%s", m->name);
        rv_obj_t *f = rv_libfunc_new(m, m == enum_methods || m == enum_methods + 1
                                            ? NULL : &rv_object_type, q);
        put(ns, m->name, f);
        rv_decref(f);
        rv_decref(q);
    }
    const rv_method_t *props[] = { &name_def, &value_def };
    for (size_t i = 0; i < 2; i++) {
        rv_obj_t *q = rv_str_printf("Enum.%s", props[i]->name);
        rv_obj_t *f = rv_libfunc_new(props[i], &rv_object_type, q);
        rv_obj_t *p = rv_call1(&rv_property_type.ob, f);
        if (p)
            put(ns, props[i]->name, p);
        rv_xdecref(p);
        rv_decref(f);
        rv_decref(q);
    }
    rv_obj_t *cls = rv_class_new(s, &rv_object_type, ns);
    rv_decref(s);
    rv_decref(ns);
    if (!cls)
        return NULL;
    rv_type_t *t = (rv_type_t *)cls;
    rv_class_ext(t)->meta = &enum_meta;
    rv_class_ext(t)->library = true;
    t->flags |= RV_TF_METATYPE;
    return cls;
}

static const rv_method_t enum_functions[] = { { NULL, NULL, 0 } };
static const char *const enum_values[] = { "Enum", "auto", NULL };

static void enum_init(rv_obj_t *m)
{
    if (!auto_type.ob.type) {
        rv_obj_init_static(&auto_type.ob, &rv_type_type);
        auto_type.base = &rv_object_type;
        rv_obj_init_static(&enumtype_type.ob, &rv_type_type);
        enumtype_type.base = &rv_type_type;
    }
    rv_obj_t *cls = make_enum_class();
    if (!cls) {
        rv_err_clear();
        return;
    }
    enum_base = (rv_type_t *)cls;
    rv_module_set_value(m, "Enum", cls);
    rv_decref(cls);
    rv_module_set_value(m, "auto", &auto_type.ob);
}

const rv_module_def_t rv_mod_enum = {
    "enum", enum_functions, enum_values, enum_init,
};
