/* src/lang/modules/mod_dataclasses_class.c - what @dataclass does to a class,
 * in the order of dataclasses.py's _process_class (3.11), so the class's
 * namespace gets its entries in CPython's order:
 *
 *   __dataclass_params__, the fields' class attributes (a field() default
 *   replaced by its value, or deleted), __dataclass_fields__, __init__,
 *   __repr__, __eq__, __lt__ __le__ __gt__ __ge__ (order=True),
 *   __setattr__ __delattr__ (frozen=True), __hash__, __doc__,
 *   __match_args__.
 *
 * __init__ is a Python function compiled from source, as CPython compiles
 * it (so a wrong call gets the messages of argument binding:
 * "Point.__init__() missing 1 required positional argument: 'x'"), with its
 * code hidden: CPython's has co_filename '<string>', which the oracle does
 * not trace, and a __post_init__ it calls shows right above the program
 * frame.  The other methods are library functions written here in C (so
 * a snapshot can take a dataclass instance's repr, as the oracle does). */
#include <stdio.h>
#include <string.h>

#include "base/buf.h"
#include "core/exc.h"
#include "core/heap.h"
#include "core/obj_bool.h"
#include "core/obj_dict.h"
#include "core/obj_int.h"
#include "core/obj_list.h"
#include "core/obj_misc.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"
#include "lang/compile/compile.h"
#include "lang/modules/mod_dataclasses.h"
#include "lang/objects/class.h"
#include "lang/parse/ast.h"
#include "lang/vm/vm.h"

#define FIELD(v) ((rv_dc_field_t *)(v))

/* The class's own namespace entry (borrowed), or NULL. */
static rv_obj_t *own(rv_type_t *t, const char *name)
{
    return rv_dict_get_cstr_borrow(t->dict, name);
}

static int set_attr(rv_type_t *t, const char *name, rv_obj_t *v)
{
    rv_obj_t *n = rv_str_intern(name);
    int r = rv_setattr(&t->ob, n, v);
    rv_decref(n);
    return r;
}

/* Whether a field takes part in comparisons (compare=True) or, for_hash,
 * in the hash (hash=None: those compared); -1 with an exception. */
static int takes_part(const rv_dc_field_t *f, bool for_hash)
{
    if (!for_hash || f->hash == rv_None)
        return f->compare;
    return rv_truth(f->hash);
}

/* A tuple of the values of the fields that take part (takes_part). */
static rv_obj_t *field_values(rv_obj_t *self, bool for_hash)
{
    rv_obj_t *fields = rv_dc_fields_of(self);
    rv_obj_t *l = rv_list_new(0);
    size_t pos = 0;
    rv_obj_t *k, *v;
    while (fields && rv_dict_next(fields, &pos, &k, &v)) {
        int in = takes_part(FIELD(v), for_hash);
        if (in < 0) {
            rv_decref(l);
            return NULL;
        }
        if (!in)
            continue;
        rv_obj_t *a = rv_getattr(self, k);
        if (!a) {
            rv_decref(l);
            return NULL;
        }
        rv_list_append(l, a);
        rv_decref(a);
    }
    rv_obj_t *t = rv_tuple_from_iterable(l);
    rv_decref(l);
    return t;
}

/******************************************************************************/
/* the methods                                                                */

/* __repr__: Qualname(x=1, y=2) with the repr=True fields; a recursive one
 * is "..." (reprlib's recursive_repr wraps it). */
static rv_obj_t *dc_repr(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames)
{
    (void)args;
    if (rv_arg_no_kw("__repr__", kwnames) < 0 || rv_arg_count("__repr__", nargs, 0, 0) < 0)
        return NULL;
    if (rv_repr_enter(self))
        return rv_str_from_cstr("...");
    rv_obj_t *fields = rv_dc_fields_of(self);
    rv_buf_t b = RV_BUF_INIT;
    rv_buf_printf(&b, "%s(", rv_class_qualname(self->type));
    size_t pos = 0, n = 0;
    rv_obj_t *k, *v, *r = NULL;
    int err = 0;
    while (!err && fields && rv_dict_next(fields, &pos, &k, &v)) {
        if (!FIELD(v)->repr)
            continue;
        rv_obj_t *a = rv_getattr(self, k);
        rv_obj_t *s = a ? rv_repr(a) : NULL;
        rv_xdecref(a);
        if (!s) {
            err = -1;
            break;
        }
        rv_buf_printf(&b, "%s%s=%s", n++ ? ", " : "", rv_str_utf8(k), rv_str_utf8(s));
        rv_decref(s);
    }
    rv_repr_leave(self);
    rv_buf_addc(&b, ')');
    if (!err)
        r = rv_str_from_utf8(b.data, b.len);
    rv_buf_free(&b);
    return r;
}

/* __eq__ and the order methods: other of the very same class compares as
 * the tuples of the compared fields; anything else is NotImplemented. */
static rv_obj_t *compare(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames,
                         const char *name, rv_cmpop_t op)
{
    if (rv_arg_no_kw(name, kwnames) < 0 || rv_arg_count(name, nargs, 1, 1) < 0)
        return NULL;
    if (args[0]->type != self->type)
        return rv_incref(rv_NotImplemented);
    rv_obj_t *a = field_values(self, false);
    rv_obj_t *b = a ? field_values(args[0], false) : NULL;
    rv_obj_t *r = b ? rv_richcompare(a, b, op) : NULL;
    rv_xdecref(a);
    rv_xdecref(b);
    return r;
}

#define COMPARE(fn, name, op)                                                              \
    static rv_obj_t *fn(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw) \
    {                                                                                      \
        return compare(self, args, nargs, kw, name, op);                                   \
    }
COMPARE(dc_eq, "__eq__", RV_EQ)
COMPARE(dc_lt, "__lt__", RV_LT)
COMPARE(dc_le, "__le__", RV_LE)
COMPARE(dc_gt, "__gt__", RV_GT)
COMPARE(dc_ge, "__ge__", RV_GE)

/* __hash__ (frozen=True or unsafe_hash=True): hash of the tuple of the
 * fields that take part (hash=None: those compared). */
static rv_obj_t *dc_hash(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames)
{
    (void)args;
    if (rv_arg_no_kw("__hash__", kwnames) < 0 || rv_arg_count("__hash__", nargs, 0, 0) < 0)
        return NULL;
    rv_obj_t *t = field_values(self, true);
    if (!t)
        return NULL;
    int64_t h;
    int err = rv_hash(t, &h);
    rv_decref(t);
    return err < 0 ? NULL : rv_int_from_i64(h);
}

/* frozen=True: every assignment and deletion raises FrozenInstanceError,
 * naming the field by its repr; `what` is "assign to" or "delete". */
static rv_obj_t *frozen_refusal(const char *method, const char *what, rv_obj_t *const *args,
                                size_t nargs, size_t want, rv_obj_t *kwnames)
{
    if (rv_arg_no_kw(method, kwnames) < 0 || rv_arg_count(method, nargs, want, want) < 0)
        return NULL;
    rv_obj_t *r = rv_repr(args[0]);
    if (r) {
        rv_err_format(&rv_dc_frozen_error, "cannot %s field %s", what, rv_str_utf8(r));
        rv_decref(r);
    }
    return NULL;
}

static rv_obj_t *dc_setattr(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                            rv_obj_t *kwnames)
{
    (void)self;
    return frozen_refusal("__setattr__", "assign to", args, nargs, 2, kwnames);
}

static rv_obj_t *dc_delattr(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                            rv_obj_t *kwnames)
{
    (void)self;
    return frozen_refusal("__delattr__", "delete", args, nargs, 1, kwnames);
}

/* The frozen __init__'s stores: object.__setattr__(self, name, value). */
static rv_obj_t *dc_object_setattr(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                   rv_obj_t *kwnames)
{
    (void)self;
    (void)kwnames;
    if (nargs != 3 || rv_instance_setattr_generic(args[0], args[1], args[2]) < 0)
        return NULL;
    return rv_incref(rv_None);
}

static const rv_method_t repr_def = { "__repr__", dc_repr, RV_METH_PYFUNC };
static const rv_method_t hash_def = { "__hash__", dc_hash, RV_METH_PYFUNC };
static const rv_method_t eq_def = { "__eq__", dc_eq, RV_METH_PYFUNC };
static const rv_method_t order_defs[] = {
    { "__lt__", dc_lt, RV_METH_PYFUNC }, { "__le__", dc_le, RV_METH_PYFUNC },
    { "__gt__", dc_gt, RV_METH_PYFUNC }, { "__ge__", dc_ge, RV_METH_PYFUNC },
};
static const rv_method_t frozen_defs[] = {
    { "__setattr__", dc_setattr, RV_METH_PYFUNC },
    { "__delattr__", dc_delattr, RV_METH_PYFUNC },
};
static const rv_method_t object_setattr_def = { "__dataclass_setattr__", dc_object_setattr, 0 };

/* A method of cls: a function named "Point.__repr__". */
static rv_obj_t *method(rv_type_t *t, const rv_method_t *def)
{
    rv_obj_t *q = rv_str_printf("%s.%s", rv_class_qualname(t), def->name);
    rv_obj_t *f = rv_libfunc_new(def, &rv_object_type, q);
    rv_decref(q);
    return f;
}

/* _set_new_attribute: the class's own definition wins. */
static int set_new(rv_type_t *t, const rv_method_t *def)
{
    if (own(t, def->name))
        return 0;
    rv_obj_t *f = method(t, def);
    int r = set_attr(t, def->name, f);
    rv_decref(f);
    return r;
}

/******************************************************************************/
/* __init__                                                                   */

/* _init_fn: the source of __init__, and its defaults into `defaults`. */
static int init_source(rv_type_t *t, rv_obj_t *fields, bool frozen, rv_buf_t *src,
                       rv_obj_t *globals, rv_obj_t *defaults)
{
    rv_buf_t body = RV_BUF_INIT;
    rv_buf_adds(src, "def __init__(self");
    bool seen_default = false;
    size_t pos = 0;
    rv_obj_t *k, *v;
    while (rv_dict_next(fields, &pos, &k, &v)) {
        rv_dc_field_t *f = FIELD(v);
        const char *n = rv_str_utf8(k);
        bool has_factory = f->factory != rv_dc_missing();
        bool has_default = f->dflt != rv_dc_missing() || has_factory;
        if (f->init) {
            if (has_default)
                seen_default = true;
            else if (seen_default) {
                rv_err_format(&rv_exc_TypeError, "non-default argument '%s' follows default "
                              "argument", n);
                rv_buf_free(&body);
                return -1;
            }
            rv_buf_printf(src, ", %s", n);
            if (has_default)
                rv_list_append(defaults, has_factory ? rv_dc_has_factory() : f->dflt);
        }
        char value[600];
        if (has_factory) {
            char dflt[300];
            snprintf(dflt, sizeof dflt, "__dataclass_dflt_%s__", n);
            rv_dict_set_cstr(globals, dflt, f->factory);
            if (f->init)
                snprintf(value, sizeof value,
                         "%s() if %s is __dataclass_HAS_DEFAULT_FACTORY__ else %s", dflt, n, n);
            else
                snprintf(value, sizeof value, "%s()", dflt);
        } else if (f->init) {
            snprintf(value, sizeof value, "%s", n);
        } else {
            continue;
        }
        if (frozen)
            rv_buf_printf(&body, "    __dataclass_setattr__(self, '%s', %s)\n", n, value);
        else
            rv_buf_printf(&body, "    self.%s = %s\n", n, value);
    }
    if (rv_class_lookup_cstr(t, "__post_init__"))
        rv_buf_adds(&body, "    self.__post_init__()\n");
    rv_buf_printf(src, "):\n%s", body.len ? rv_buf_cstr(&body) : "    pass\n");
    rv_buf_free(&body);
    return 0;
}

static rv_obj_t *make_init(rv_type_t *t, rv_obj_t *fields, bool frozen)
{
    rv_buf_t src = RV_BUF_INIT;
    rv_obj_t *globals = rv_dict_new(), *defaults = rv_list_new(0);
    rv_dict_set_cstr(globals, "__dataclass_HAS_DEFAULT_FACTORY__", rv_dc_has_factory());
    rv_obj_t *setter = rv_builtin_new(&object_setattr_def, NULL);
    rv_dict_set_cstr(globals, "__dataclass_setattr__", setter);
    rv_decref(setter);
    rv_obj_t *fn = NULL;
    if (init_source(t, fields, frozen, &src, globals, defaults) < 0)
        goto done;
    rv_syntax_error_t err = { 0 };
    rv_module_ast_t *m = rv_parse("<string>", src.data, src.len, &err);
    rv_obj_t *module = m ? rv_compile(m, &err) : NULL;
    if (m)
        rv_ast_free(m);
    if (!module) {
        rv_err_format(&rv_exc_RefvizUnsupported, "a dataclass whose __init__ refviz cannot make "
                      "(%s)", err.msg);
        goto done;
    }
    rv_code_t *mc = RV_CODE(module);
    rv_obj_t *code = NULL;
    for (size_t i = 0; i < mc->nconsts && !code; i++)
        if (RV_IS(mc->consts[i], rv_code_type))
            code = mc->consts[i];
    /* Library code: no frame of the trace (CPython's is in '<string>'). */
    RV_CODE(code)->flags |= RV_CO_HIDDEN;
    rv_function_t *f = rv_obj_alloc(&rv_function_type, sizeof(rv_function_t));
    f->code = rv_incref(code);
    f->globals = rv_incref(globals);
    f->name = rv_str_from_cstr("__init__");
    f->qualname = rv_str_printf("%s.__init__", rv_class_qualname(t));
    if (rv_list_len(defaults))
        f->defaults = rv_tuple_from_iterable(defaults);
    /* __annotations__: each init field's type, then 'return': None */
    f->annotations = rv_dict_new();
    size_t pos = 0;
    rv_obj_t *k, *v;
    while (rv_dict_next(fields, &pos, &k, &v))
        if (FIELD(v)->init)
            rv_dict_set(f->annotations, k, FIELD(v)->type ? FIELD(v)->type : rv_None);
    rv_dict_set_cstr(f->annotations, "return", rv_None);
    rv_decref(module);
    fn = &f->ob;
done:
    rv_buf_free(&src);
    rv_decref(globals);
    rv_decref(defaults);
    return fn;
}

/******************************************************************************/
/* the class                                                                  */

/* What inspect.formatannotation writes for an annotation in __doc__. */
static void format_annotation(rv_buf_t *b, rv_obj_t *a)
{
    if (RV_IS(a, rv_type_type)) {
        rv_type_t *t = (rv_type_t *)a;
        if (rv_is_heap_type(t))
            rv_buf_printf(b, "__main__.%s", rv_class_qualname(t));
        else {
            const char *dot = strrchr(t->name, '.');
            rv_buf_adds(b, dot ? t->name : t->name);
        }
        return;
    }
    rv_obj_t *r = rv_repr(a);
    if (r) {
        rv_buf_adds(b, rv_str_utf8(r));
        rv_decref(r);
    } else {
        rv_err_clear();
    }
}

/* __doc__ when the class has none: its name and __init__'s signature
 * ("Point(x: int, y: int = 0)"). */
static int set_doc(rv_type_t *t, rv_obj_t *fields)
{
    rv_obj_t *d = own(t, "__doc__");
    if (d && d != rv_None)
        return 0;
    rv_buf_t b = RV_BUF_INIT;
    rv_buf_printf(&b, "%s(", t->name);
    size_t pos = 0, n = 0;
    rv_obj_t *k, *v;
    while (rv_dict_next(fields, &pos, &k, &v)) {
        rv_dc_field_t *f = FIELD(v);
        if (!f->init)
            continue;
        rv_buf_printf(&b, "%s%s: ", n++ ? ", " : "", rv_str_utf8(k));
        format_annotation(&b, f->type ? f->type : rv_None);
        if (f->factory != rv_dc_missing()) {
            rv_buf_adds(&b, " = <factory>");
        } else if (f->dflt != rv_dc_missing()) {
            rv_obj_t *r = rv_repr(f->dflt);
            if (!r) {
                rv_buf_free(&b);
                return -1;
            }
            rv_buf_printf(&b, " = %s", rv_str_utf8(r));
            rv_decref(r);
        }
    }
    rv_buf_addc(&b, ')');
    rv_obj_t *s = rv_str_from_utf8(b.data, b.len);
    rv_buf_free(&b);
    int r = set_attr(t, "__doc__", s);
    rv_decref(s);
    return r;
}

/* Whether a default value is mutable in dataclasses' sense: its class's
 * __hash__ is None (list, dict, set, a class defining only __eq__). */
static bool unhashable(rv_obj_t *v)
{
    rv_type_t *t = (rv_type_t *)v->type;
    if (rv_is_heap_type(t)) {
        rv_obj_t *h = rv_class_lookup_cstr(t, "__hash__");
        if (h)
            return h == rv_None;
        if (rv_class_lookup_cstr(t, "__eq__"))
            return true;
        t = rv_class_ext(t)->native;
    }
    return t->hash == NULL;
}

/* The fields of the dataclass bases, the most basic first. */
static void base_fields(rv_type_t *t, rv_obj_t *fields)
{
    rv_type_t *chain[64];
    size_t n = 0;
    for (rv_type_t *b = t->base; b && rv_is_heap_type(b) && n < 64; b = b->base)
        chain[n++] = b;
    while (n--) {
        rv_obj_t *bf = own(chain[n], "__dataclass_fields__");
        size_t pos = 0;
        rv_obj_t *k, *v;
        while (bf && RV_IS(bf, rv_dict_type) && rv_dict_next(bf, &pos, &k, &v))
            rv_dict_set(fields, k, v);
    }
}

/* The class's own annotated names become fields. */
static int own_fields(rv_type_t *t, rv_obj_t *fields)
{
    rv_obj_t *ann = own(t, "__annotations__");
    size_t pos = 0;
    rv_obj_t *k, *v;
    while (ann && RV_IS(ann, rv_dict_type) && rv_dict_next(ann, &pos, &k, &v)) {
        rv_obj_t *dflt = rv_dict_get_borrow(t->dict, k);
        bool is_field = dflt && RV_IS(dflt, rv_dc_field_type);
        rv_dc_field_t *f = is_field ? (rv_dc_field_t *)rv_incref(dflt) : rv_dc_field_new();
        if (!is_field && dflt)
            rv_setref(&f->dflt, dflt);
        rv_setref(&f->name, k);
        rv_setref(&f->type, v);
        if (f->dflt != rv_dc_missing() && unhashable(f->dflt)) {
            rv_err_format(&rv_exc_ValueError, "mutable default <class '%s'> for field %s is not "
                          "allowed: use default_factory",
                          rv_is_heap_type(f->dflt->type) ? rv_class_qualname(f->dflt->type)
                                                         : f->dflt->type->name,
                          rv_str_utf8(k));
            rv_decref(&f->ob);
            return -1;
        }
        int err = rv_dict_set(fields, k, &f->ob);
        /* A field() default in the class becomes its value, or goes. */
        if (!err && is_field)
            err = rv_setattr(&t->ob, k, f->dflt != rv_dc_missing() ? f->dflt : NULL);
        rv_decref(&f->ob);
        if (err < 0)
            return -1;
    }
    pos = 0;
    while (rv_dict_next(t->dict, &pos, &k, &v))
        if (RV_IS(v, rv_dc_field_type) && RV_IS(k, rv_str_type) &&
            !(ann && RV_IS(ann, rv_dict_type) && rv_dict_get_borrow(ann, k))) {
            rv_err_format(&rv_exc_TypeError, "'%s' is a field but has no type annotation",
                          rv_str_utf8(k));
            return -1;
        }
    return 0;
}

static int overwrite_error(rv_type_t *t, const char *name, bool ordering)
{
    rv_err_format(&rv_exc_TypeError, "Cannot overwrite attribute %s in class %s%s", name,
                  t->name, ordering ? ". Consider using functools.total_ordering" : "");
    return -1;
}

static int add_methods(rv_type_t *t, rv_dc_params_t *p, rv_obj_t *fields, bool explicit_hash)
{
    if (p->init && !own(t, "__init__")) {
        rv_obj_t *init = make_init(t, fields, p->frozen);
        int err = init ? set_attr(t, "__init__", init) : -1;
        rv_xdecref(init);
        if (err < 0)
            return -1;
    }
    if ((p->repr && set_new(t, &repr_def) < 0) || (p->eq && set_new(t, &eq_def) < 0))
        return -1;
    for (size_t i = 0; p->order && i < 4; i++)
        if (own(t, order_defs[i].name) ? overwrite_error(t, order_defs[i].name, true)
                                       : set_new(t, &order_defs[i]))
            return -1;
    for (size_t i = 0; p->frozen && i < 2; i++)
        if (own(t, frozen_defs[i].name) ? overwrite_error(t, frozen_defs[i].name, false)
                                        : set_new(t, &frozen_defs[i]))
            return -1;
    /* _hash_action: (unsafe_hash, eq, frozen, has explicit hash) */
    if (p->unsafe_hash) {
        if (explicit_hash)
            return overwrite_error(t, "__hash__", false);
        rv_obj_t *h = method(t, &hash_def);
        int err = set_attr(t, "__hash__", h);
        rv_decref(h);
        if (err < 0)
            return -1;
    } else if (p->eq && !explicit_hash) {
        rv_obj_t *h = p->frozen ? method(t, &hash_def) : rv_incref(rv_None);
        int err = set_attr(t, "__hash__", h);
        rv_decref(h);
        if (err < 0)
            return -1;
    }
    return 0;
}

static int match_args(rv_type_t *t, rv_obj_t *fields)
{
    if (own(t, "__match_args__"))
        return 0;
    rv_obj_t *l = rv_list_new(0);
    size_t pos = 0;
    rv_obj_t *k, *v;
    while (rv_dict_next(fields, &pos, &k, &v))
        if (FIELD(v)->init)
            rv_list_append(l, k);
    rv_obj_t *tup = rv_tuple_from_iterable(l);
    rv_decref(l);
    int r = set_attr(t, "__match_args__", tup);
    rv_decref(tup);
    return r;
}

rv_obj_t *rv_dc_process_class(rv_obj_t *cls, rv_dc_params_t *p)
{
    if (!RV_IS(cls, rv_type_type) || !rv_is_heap_type((rv_type_t *)cls)) {
        rv_err_format(&rv_exc_RefvizUnsupported, "@dataclass on something other than a class "
                      "statement's class");
        return NULL;
    }
    rv_type_t *t = (rv_type_t *)cls;
    if (p->order && !p->eq) {
        rv_err_format(&rv_exc_ValueError, "eq must be true if order is true");
        return NULL;
    }
    rv_obj_t *class_hash = own(t, "__hash__");
    bool explicit_hash = class_hash && !(class_hash == rv_None && own(t, "__eq__"));
    rv_obj_t *fields = rv_dict_new();
    base_fields(t, fields);
    int err = set_attr(t, "__dataclass_params__", &p->ob);
    err = err ? err : own_fields(t, fields);
    err = err ? err : set_attr(t, "__dataclass_fields__", fields);
    err = err ? err : add_methods(t, p, fields, explicit_hash);
    err = err ? err : set_doc(t, fields);
    err = err ? err : (p->match_args ? match_args(t, fields) : 0);
    rv_decref(fields);
    /* the dunders added change what the instances do */
    rv_slots_install(t);
    return err ? NULL : rv_incref(cls);
}
