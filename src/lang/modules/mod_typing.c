/* src/lang/modules/mod_typing.c - the names of the typing module a course
 * uses in annotations (Lib/typing.py of CPython 3.11): List, Dict, Set,
 * FrozenSet, Tuple, Type, Iterable, Iterator, Sequence, Mapping, Callable,
 * Optional, Union and Any.
 *
 * They are objects that only describe types: subscripting one makes
 * another (List[int] is a _GenericAlias, Optional[int] a
 * _UnionGenericAlias), whose repr is CPython's (typing.List[int],
 * typing.Optional[int]).  Each kind is its own type, named as CPython's
 * classes are, so the trace shows the same type names and sizes; none is
 * drawn with references, as for any library object.  Checking a value
 * against one (isinstance) and the rest of typing (TypeVar, Generic,
 * NamedTuple, Protocol ...) are not modelled. */
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
#include "lang/modules/modules_int.h"
#include "lang/objects/class.h"

typedef enum { K_GENERIC, K_TUPLE, K_CALLABLE, K_OPTIONAL, K_UNION, K_ANY } kind_t;

typedef struct spec {
    const char *name;
    kind_t kind;
    int nparams;            /* K_GENERIC: how many arguments it takes */
    const char *use;        /* "list()": what to call instead, or NULL */
} spec_t;

static const spec_t specs[] = {
    { "List", K_GENERIC, 1, "list()" },       { "Dict", K_GENERIC, 2, "dict()" },
    { "Set", K_GENERIC, 1, "set()" },         { "FrozenSet", K_GENERIC, 1, "frozenset()" },
    { "Type", K_GENERIC, 1, NULL },           { "Iterable", K_GENERIC, 1, NULL },
    { "Iterator", K_GENERIC, 1, NULL },       { "Sequence", K_GENERIC, 1, NULL },
    { "Mapping", K_GENERIC, 2, NULL },        { "Tuple", K_TUPLE, -1, "tuple()" },
    { "Callable", K_CALLABLE, -1, NULL },     { "Optional", K_OPTIONAL, 1, NULL },
    { "Union", K_UNION, -1, NULL },           { "Any", K_ANY, 0, NULL },
};

typedef struct alias {
    rv_obj_t ob;
    const spec_t *spec;
    rv_obj_t *args; /* tuple of the arguments, or NULL unsubscripted */
} alias_t;

#define ALIAS(o) ((alias_t *)(o))

static void alias_clear(rv_obj_t *o)
{
    rv_clearref(&ALIAS(o)->args);
}

static void alias_traverse(rv_obj_t *o, rv_visit_fn visit, void *ctx)
{
    rv_edge_t hidden = { .kind = RV_EDGE_HIDDEN };
    if (ALIAS(o)->args)
        visit(ALIAS(o)->args, &hidden, ctx);
}

static bool is_alias(const rv_obj_t *o);

/* typing._type_repr: a class by its name (builtins' bare), ... for
 * Ellipsis, a str as the ForwardRef made of it. */
static int type_repr(rv_buf_t *b, rv_obj_t *a)
{
    if (RV_IS(a, rv_type_type)) {
        rv_type_t *t = (rv_type_t *)a;
        if (rv_is_heap_type(t))
            rv_buf_printf(b, "__main__.%s", rv_class_qualname(t));
        else
            rv_buf_adds(b, t->name);
        return 0;
    }
    if (a == rv_Ellipsis) {
        rv_buf_adds(b, "...");
        return 0;
    }
    if (RV_IS(a, rv_list_type)) {
        rv_buf_addc(b, '[');
        for (size_t i = 0; i < rv_list_len(a); i++) {
            if (i)
                rv_buf_adds(b, ", ");
            if (type_repr(b, rv_list_get_borrow(a, i)) < 0)
                return -1;
        }
        rv_buf_addc(b, ']');
        return 0;
    }
    rv_obj_t *r = rv_repr(a);
    if (!r)
        return -1;
    if (RV_IS(a, rv_str_type))
        rv_buf_printf(b, "ForwardRef(%s)", rv_str_utf8(r));
    else
        rv_buf_adds(b, rv_str_utf8(r));
    rv_decref(r);
    return 0;
}

static rv_obj_t *alias_repr(rv_obj_t *o)
{
    alias_t *a = ALIAS(o);
    rv_buf_t b = RV_BUF_INIT;
    rv_obj_t *args = a->args;
    size_t n = args ? rv_tuple_len(args) : 0;
    int err = 0;
    if (a->spec->kind == K_UNION && n == 2 &&
        (rv_tuple_get_borrow(args, 0) == (rv_obj_t *)rv_None->type ||
         rv_tuple_get_borrow(args, 1) == (rv_obj_t *)rv_None->type)) {
        rv_obj_t *x = rv_tuple_get_borrow(args, 0) == (rv_obj_t *)rv_None->type
                          ? rv_tuple_get_borrow(args, 1)
                          : rv_tuple_get_borrow(args, 0);
        rv_buf_adds(&b, "typing.Optional[");
        err = type_repr(&b, x);
        rv_buf_addc(&b, ']');
    } else {
        rv_buf_printf(&b, "typing.%s", a->spec->name);
        if (args) {
            rv_buf_addc(&b, '[');
            if (n == 0)
                rv_buf_adds(&b, "()");
            for (size_t i = 0; !err && i < n; i++) {
                if (i)
                    rv_buf_adds(&b, ", ");
                err = type_repr(&b, rv_tuple_get_borrow(args, i));
            }
            rv_buf_addc(&b, ']');
        }
    }
    rv_obj_t *r = err ? NULL : rv_str_from_utf8(b.data, b.len);
    rv_buf_free(&b);
    return r;
}

static rv_obj_t *new_alias(rv_type_t *type, const spec_t *spec, rv_obj_t *args_steal)
{
    alias_t *a = rv_obj_alloc(type, sizeof(alias_t));
    a->spec = spec;
    a->args = args_steal;
    return &a->ob;
}

static rv_type_t special_type, tuple_special_type, callable_special_type, form_type,
    generic_type, callable_generic_type, union_generic_type, any_type;

/* An argument as typing keeps it: None is NoneType. */
static rv_obj_t *arg_of(rv_obj_t *x)
{
    return rv_incref(x == rv_None ? (rv_obj_t *)rv_None->type : x);
}

static rv_obj_t *args_tuple(rv_obj_t *key)
{
    if (!RV_IS(key, rv_tuple_type))
        return rv_tuple_pack(1, key);
    return rv_incref(key);
}

static rv_obj_t *converted(rv_obj_t *key)
{
    rv_obj_t *t = args_tuple(key);
    size_t n = rv_tuple_len(t);
    rv_obj_t *r = rv_tuple_new(n);
    for (size_t i = 0; i < n; i++)
        rv_tuple_set_steal(r, i, arg_of(rv_tuple_get_borrow(t, i)));
    rv_decref(t);
    return r;
}

static int same_arg(rv_obj_t *a, rv_obj_t *b)
{
    if (a == b)
        return 1;
    if (is_alias(a) && is_alias(b))
        return rv_richcompare_bool(a, b, RV_EQ);
    return 0;
}

/* Union[...]: nested unions flattened, repeats dropped, one type is itself. */
static rv_obj_t *make_union(const spec_t *spec, rv_obj_t *args)
{
    rv_obj_t *flat = rv_list_new(0);
    for (size_t i = 0; i < rv_tuple_len(args); i++) {
        rv_obj_t *x = rv_tuple_get_borrow(args, i);
        rv_obj_t *items = is_alias(x) && ALIAS(x)->spec->kind == K_UNION && ALIAS(x)->args
                              ? rv_incref(ALIAS(x)->args)
                              : rv_tuple_pack(1, x);
        for (size_t j = 0; j < rv_tuple_len(items); j++) {
            rv_obj_t *y = rv_tuple_get_borrow(items, j);
            bool seen = false;
            for (size_t k = 0; !seen && k < rv_list_len(flat); k++)
                seen = same_arg(rv_list_get_borrow(flat, k), y) == 1;
            if (!seen)
                rv_list_append(flat, y);
        }
        rv_decref(items);
    }
    rv_obj_t *r;
    if (rv_list_len(flat) == 0) {
        rv_err_format(&rv_exc_TypeError, "Cannot take a Union of no types.");
        r = NULL;
    } else if (rv_list_len(flat) == 1) {
        r = rv_incref(rv_list_get_borrow(flat, 0));
    } else {
        r = new_alias(&union_generic_type, spec, rv_tuple_from_iterable(flat));
    }
    rv_decref(flat);
    return r;
}

static rv_obj_t *union_spec_subscript(rv_obj_t *args)
{
    for (size_t i = 0; i < sizeof specs / sizeof specs[0]; i++)
        if (specs[i].kind == K_UNION)
            return make_union(&specs[i], args);
    return NULL;
}

static rv_obj_t *alias_getitem(rv_obj_t *o, rv_obj_t *key)
{
    alias_t *a = ALIAS(o);
    if (a->args || a->spec->kind == K_ANY) {
        rv_err_format(&rv_exc_RefvizUnsupported, "subscripting %s (typing's generic aliases "
                      "are modelled one level deep)", o->type->name);
        return NULL;
    }
    rv_obj_t *args = converted(key), *r = NULL;
    size_t n = rv_tuple_len(args);
    switch (a->spec->kind) {
    case K_GENERIC:
        if ((int)n != a->spec->nparams)
            rv_err_format(&rv_exc_TypeError, "Too %s arguments for typing.%s; actual %zu, "
                          "expected %d", (int)n > a->spec->nparams ? "many" : "few",
                          a->spec->name, n, a->spec->nparams);
        else
            r = new_alias(&generic_type, a->spec, rv_incref(args));
        break;
    case K_TUPLE:
        /* Tuple[()] is the empty tuple's type */
        if (n == 1 && RV_IS(rv_tuple_get_borrow(args, 0), rv_tuple_type) &&
            rv_tuple_len(rv_tuple_get_borrow(args, 0)) == 0)
            r = new_alias(&generic_type, a->spec, rv_tuple_new(0));
        else
            r = new_alias(&generic_type, a->spec, rv_incref(args));
        break;
    case K_CALLABLE:
        if (n != 2 || !(RV_IS(rv_tuple_get_borrow(args, 0), rv_list_type) ||
                        rv_tuple_get_borrow(args, 0) == rv_Ellipsis)) {
            rv_err_format(&rv_exc_TypeError,
                          "Callable must be used as Callable[[arg, ...], result].");
        } else {
            rv_obj_t *params = rv_tuple_get_borrow(args, 0);
            rv_obj_t *p = params;
            if (RV_IS(params, rv_list_type)) {
                p = rv_list_new(0);
                for (size_t i = 0; i < rv_list_len(params); i++) {
                    rv_obj_t *x = arg_of(rv_list_get_borrow(params, i));
                    rv_list_append(p, x);
                    rv_decref(x);
                }
            } else {
                rv_incref(p);
            }
            r = new_alias(&callable_generic_type, a->spec,
                          rv_tuple_pack(2, p, rv_tuple_get_borrow(args, 1)));
            rv_decref(p);
        }
        break;
    case K_OPTIONAL:
        if (RV_IS(key, rv_tuple_type)) {
            rv_obj_t *kr = rv_repr(key);
            if (kr) {
                rv_err_format(&rv_exc_TypeError, "typing.Optional requires a single type. Got "
                              "%s.", rv_str_utf8(kr));
                rv_decref(kr);
            }
        } else {
            rv_obj_t *pair = rv_tuple_pack(2, rv_tuple_get_borrow(args, 0),
                                           (rv_obj_t *)rv_None->type);
            r = union_spec_subscript(pair);
            rv_decref(pair);
        }
        break;
    case K_UNION:
        r = make_union(a->spec, args);
        break;
    case K_ANY:
        break;
    }
    rv_decref(args);
    return r;
}

static rv_obj_t *alias_call(rv_obj_t *o, rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames)
{
    (void)args;
    (void)nargs;
    (void)kwnames;
    const spec_t *s = ALIAS(o)->spec;
    if (s->kind == K_ANY)
        rv_err_format(&rv_exc_TypeError, "Any cannot be instantiated");
    else if (s->kind == K_OPTIONAL || s->kind == K_UNION)
        rv_err_format(&rv_exc_TypeError, "Cannot instantiate typing.%s", s->name);
    else if (s->use)
        rv_err_format(&rv_exc_TypeError, "Type %s cannot be instantiated; use %s instead",
                      s->name, s->use);
    else
        rv_err_format(&rv_exc_RefvizUnsupported, "calling typing.%s", s->name);
    return NULL;
}

static rv_obj_t *alias_richcompare(rv_obj_t *a, rv_obj_t *b, rv_cmpop_t op)
{
    if ((op != RV_EQ && op != RV_NE) || !is_alias(b))
        return rv_incref(rv_NotImplemented);
    alias_t *x = ALIAS(a), *y = ALIAS(b);
    int eq = x->spec == y->spec && !x->args == !y->args;
    if (eq && x->args) {
        size_t n = rv_tuple_len(x->args);
        eq = n == rv_tuple_len(y->args);
        /* a Union's arguments compare as a set */
        for (size_t i = 0; eq == 1 && i < n; i++) {
            if (x->spec->kind != K_UNION) {
                eq = rv_richcompare_bool(rv_tuple_get_borrow(x->args, i),
                                         rv_tuple_get_borrow(y->args, i), RV_EQ);
                continue;
            }
            int found = 0;
            for (size_t j = 0; !found && j < n; j++)
                found = rv_richcompare_bool(rv_tuple_get_borrow(x->args, i),
                                            rv_tuple_get_borrow(y->args, j), RV_EQ);
            eq = found;
        }
    }
    if (eq < 0)
        return NULL;
    return rv_bool_from(op == RV_EQ ? eq : !eq);
}

static int alias_hash(rv_obj_t *o, int64_t *out)
{
    /* equal aliases hash alike: the name and the number of arguments */
    rv_obj_t *s = rv_str_from_cstr(ALIAS(o)->spec->name);
    int r = rv_hash(s, out);
    rv_decref(s);
    *out ^= ALIAS(o)->args ? (int64_t)rv_tuple_len(ALIAS(o)->args) : -1;
    return r;
}

static rv_obj_t *alias_getattr(rv_obj_t *o, rv_obj_t *name)
{
    alias_t *a = ALIAS(o);
    if (rv_str_eq_cstr(name, "__args__") && a->args && a->spec->kind != K_CALLABLE)
        return rv_incref(a->args);
    rv_err_format(&rv_exc_RefvizUnsupported, "the attribute %s of typing's objects",
                  rv_str_utf8(name));
    return NULL;
}

static size_t size56(rv_obj_t *o)
{
    (void)o;
    return 56;
}

static size_t size64(rv_obj_t *o)
{
    (void)o;
    return 64;
}

static size_t size1688(rv_obj_t *o)
{
    (void)o;
    return 1688;
}

#define ALIAS_TYPE(var, tname, sizefn)                                                     \
    static rv_type_t var = {                                                                      \
        .name = tname,                                                                     \
        .flags = RV_TF_GC | RV_TF_MUTABLE | RV_TF_PYCLASS,                                 \
        .clear = alias_clear,                                                              \
        .release = rv_obj_free,                                                            \
        .traverse = alias_traverse,                                                        \
        .repr = alias_repr,                                                                \
        .getitem = alias_getitem,                                                          \
        .call = alias_call,                                                                \
        .richcompare = alias_richcompare,                                                  \
        .hash = alias_hash,                                                                \
        .getattr = alias_getattr,                                                          \
        .size = sizefn,                                                                    \
    };
ALIAS_TYPE(special_type, "typing._SpecialGenericAlias", size56)
ALIAS_TYPE(tuple_special_type, "typing._TupleType", size56)
ALIAS_TYPE(callable_special_type, "typing._CallableType", size56)
ALIAS_TYPE(form_type, "typing._SpecialForm", size64)
ALIAS_TYPE(generic_type, "typing._GenericAlias", size56)
ALIAS_TYPE(callable_generic_type, "typing._CallableGenericAlias", size56)
ALIAS_TYPE(union_generic_type, "typing._UnionGenericAlias", size56)
ALIAS_TYPE(any_type, "typing._AnyMeta", size1688)

static rv_type_t *const all_types[] = {
    &special_type, &tuple_special_type, &callable_special_type, &form_type,
    &generic_type, &callable_generic_type, &union_generic_type, &any_type,
};

static bool is_alias(const rv_obj_t *o)
{
    for (size_t i = 0; i < sizeof all_types / sizeof all_types[0]; i++)
        if (o->type == all_types[i])
            return true;
    return false;
}

static const rv_method_t typing_functions[] = { { NULL, NULL, 0 } };
static const char *const typing_values[] = {
    "List", "Dict", "Set", "FrozenSet", "Type", "Iterable", "Iterator", "Sequence", "Mapping",
    "Tuple", "Callable", "Optional", "Union", "Any", NULL,
};

static void typing_init(rv_obj_t *m)
{
    if (!special_type.ob.type)
        for (size_t i = 0; i < sizeof all_types / sizeof all_types[0]; i++) {
            rv_obj_init_static(&all_types[i]->ob, &rv_type_type);
            all_types[i]->base = &rv_object_type;
        }
    for (size_t i = 0; i < sizeof specs / sizeof specs[0]; i++) {
        const spec_t *s = &specs[i];
        rv_type_t *t = s->kind == K_TUPLE      ? &tuple_special_type
                       : s->kind == K_CALLABLE ? &callable_special_type
                       : s->kind == K_ANY      ? &any_type
                       : s->kind == K_GENERIC  ? &special_type
                                               : &form_type;
        rv_obj_t *a = new_alias(t, s, NULL);
        rv_module_set_value(m, s->name, a);
        rv_decref(a);
    }
}

const rv_module_def_t rv_mod_typing = {
    "typing", typing_functions, typing_values, typing_init,
};
