/* src/lang/modules/mod_operator_get.c - operator's callable types
 * (CPython's Modules/_operator.c): itemgetter(*items), attrgetter(*attrs)
 * with dotted names, and methodcaller(name, /, *args, **kwargs).  Each
 * keeps its arguments (hidden references: the trace shows none) and
 * applies them to the object it is called with; their reprs are
 * CPython's (operator.itemgetter(1), operator.methodcaller('f', 1, k=2)). */
#include "lang/modules/mod_operator.h"

#include <string.h>

#include "base/alloc.h"
#include "base/buf.h"
#include "core/exc.h"
#include "core/heap.h"
#include "core/obj_dict.h"
#include "core/obj_misc.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"
#include "lang/modules/modargs.h"
#include "lang/modules/modules_int.h"

/* One layout for the three: items is itemgetter's items, attrgetter's
 * names (a str, or a tuple of the parts of a dotted name, each), or
 * methodcaller's name; args and kwargs are methodcaller's. */
typedef struct getter {
    rv_obj_t ob;
    rv_obj_t *items;
    rv_obj_t *args;
    rv_obj_t *kwargs;
} getter_t;

#define GETTER(o) ((getter_t *)(o))

static void getter_clear(rv_obj_t *o)
{
    rv_clearref(&GETTER(o)->items);
    rv_clearref(&GETTER(o)->args);
    rv_clearref(&GETTER(o)->kwargs);
}

static void getter_traverse(rv_obj_t *o, rv_visit_fn visit, void *ctx)
{
    rv_edge_t e = { .kind = RV_EDGE_HIDDEN };
    rv_obj_t *refs[] = { GETTER(o)->items, GETTER(o)->args, GETTER(o)->kwargs };
    for (size_t i = 0; i < 3; i++)
        if (refs[i])
            visit(refs[i], &e, ctx);
}

static rv_obj_t *getter_new(rv_type_t *type, rv_obj_t *items)
{
    getter_t *g = rv_obj_alloc(type, sizeof(getter_t));
    g->items = items;
    return &g->ob;
}

/* Calling one: a single positional argument, no keywords. */
static int call_args(const char *name, size_t nargs, rv_obj_t *kwnames)
{
    if (rv_arg_no_kw(name, kwnames) < 0 || rv_arg_positional(name, nargs, 1, 1) < 0)
        return -1;
    return 0;
}

/* "operator.itemgetter(...)" while the object is being printed further up. */
static rv_obj_t *repr_wrap(rv_obj_t *o, int (*body)(rv_obj_t *o, rv_buf_t *b))
{
    const char *name = o->type->name;
    if (rv_repr_enter(o))
        return rv_str_printf("%s(...)", name);
    rv_buf_t b;
    rv_buf_init(&b);
    rv_buf_printf(&b, "%s(", name);
    int rc = body(o, &b);
    rv_repr_leave(o);
    rv_obj_t *r = NULL;
    if (rc == 0) {
        rv_buf_adds(&b, ")");
        r = rv_str_from_buf(&b);
    }
    rv_buf_free(&b);
    return r;
}

/* Appends repr(v): 0, or -1 with the repr's error. */
static int add_repr(rv_buf_t *b, rv_obj_t *v)
{
    rv_obj_t *r = rv_repr(v);
    if (!r)
        return -1;
    rv_buf_adds(b, rv_str_utf8(r));
    rv_decref(r);
    return 0;
}

/* 16 bytes of GC header, the object header and the fields. */
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

#define GETTER_SLOTS                                                                    \
    .flags = RV_TF_GC | RV_TF_MUTABLE | RV_TF_EXTTYPE, .clear = getter_clear,             \
    .release = rv_obj_free, .traverse = getter_traverse, .hash = rv_hash_pointer

/******************************************************************************/
/* itemgetter                                                                 */

static rv_obj_t *itemgetter_make(rv_type_t *type, rv_obj_t *const *args, size_t nargs,
                                 rv_obj_t *kwnames)
{
    /* Without items: the message of one required argument. */
    if (rv_arg_no_kw("itemgetter", kwnames) < 0 || (nargs == 0 && rv_arg_positional("itemgetter", 0, 1, 1) < 0))
        return NULL;
    return getter_new(type, rv_tuple_from_array(args, nargs));
}

/* The tuple of get(obj, key) for each of keys (a getter of several). */
static rv_obj_t *get_each(rv_obj_t *obj, rv_obj_t *keys, rv_obj_t *(*get)(rv_obj_t *, rv_obj_t *))
{
    size_t n = rv_tuple_len(keys);
    rv_obj_t *r = rv_tuple_new(n);
    for (size_t i = 0; i < n; i++)
        rv_tuple_set_steal(r, i, rv_incref(rv_None));
    for (size_t i = 0; i < n; i++) {
        rv_obj_t *v = get(obj, rv_tuple_get_borrow(keys, i));
        if (!v) {
            rv_decref(r);
            return NULL;
        }
        rv_decref(rv_tuple_get_borrow(r, i));
        rv_tuple_set_steal(r, i, v);
    }
    return r;
}

/* obj[item], or the tuple of obj[item] for each item. */
static rv_obj_t *itemgetter_call(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                 rv_obj_t *kwnames)
{
    if (call_args("itemgetter", nargs, kwnames) < 0)
        return NULL;
    rv_obj_t *items = GETTER(self)->items;
    size_t n = rv_tuple_len(items);
    if (n == 1)
        return rv_getitem(args[0], rv_tuple_get_borrow(items, 0));
    return get_each(args[0], items, rv_getitem);
}

/* The items as a tuple prints them, but one item without the comma. */
static int itemgetter_body(rv_obj_t *o, rv_buf_t *b)
{
    rv_obj_t *items = GETTER(o)->items;
    for (size_t i = 0; i < rv_tuple_len(items); i++) {
        if (i)
            rv_buf_adds(b, ", ");
        if (add_repr(b, rv_tuple_get_borrow(items, i)) < 0)
            return -1;
    }
    return 0;
}

static rv_obj_t *itemgetter_repr(rv_obj_t *o)
{
    return repr_wrap(o, itemgetter_body);
}

rv_type_t rv_operator_itemgetter_type = {
    .name = "operator.itemgetter", GETTER_SLOTS, .make = itemgetter_make,
    .call = itemgetter_call, .repr = itemgetter_repr, .size = size64,
};

/******************************************************************************/
/* attrgetter                                                                 */

/* A name as attrgetter keeps it: the str, or a tuple of its dotted parts. */
static rv_obj_t *attr_parts(rv_obj_t *name)
{
    const char *s = rv_str_utf8(name);
    if (!strchr(s, '.'))
        return rv_str_intern_obj(name);
    size_t n = 1;
    for (const char *p = s; *p; p++)
        n += *p == '.';
    rv_obj_t *t = rv_tuple_new(n);
    const char *start = s;
    for (size_t i = 0; i < n; i++) {
        const char *end = strchr(start, '.');
        size_t len = end ? (size_t)(end - start) : strlen(start);
        rv_obj_t *part = rv_str_from_utf8(start, len);
        rv_tuple_set_steal(t, i, rv_str_intern_obj(part));
        rv_decref(part);
        start = end ? end + 1 : start + len;
    }
    return t;
}

static rv_obj_t *attrgetter_make(rv_type_t *type, rv_obj_t *const *args, size_t nargs,
                                 rv_obj_t *kwnames)
{
    /* Without items: the message of one required argument. */
    if (rv_arg_no_kw("attrgetter", kwnames) < 0 || (nargs == 0 && rv_arg_positional("attrgetter", 0, 1, 1) < 0))
        return NULL;
    rv_obj_t *attrs = rv_tuple_new(nargs);
    for (size_t i = 0; i < nargs; i++)
        rv_tuple_set_steal(attrs, i, rv_incref(rv_None));
    for (size_t i = 0; i < nargs; i++) {
        if (!RV_IS(args[i], rv_str_type)) {
            rv_decref(attrs);
            rv_err_format(&rv_exc_TypeError, "attribute name must be a string");
            return NULL;
        }
        rv_decref(rv_tuple_get_borrow(attrs, i));
        rv_tuple_set_steal(attrs, i, attr_parts(args[i]));
    }
    return getter_new(type, attrs);
}

/* dotted_getattr: obj.a, or obj.a.b.c for a dotted name. */
static rv_obj_t *dotted_getattr(rv_obj_t *obj, rv_obj_t *attr)
{
    if (RV_IS(attr, rv_str_type))
        return rv_getattr(obj, attr);
    rv_obj_t *cur = rv_incref(obj);
    for (size_t i = 0; cur && i < rv_tuple_len(attr); i++) {
        rv_obj_t *next = rv_getattr(cur, rv_tuple_get_borrow(attr, i));
        rv_decref(cur);
        cur = next;
    }
    return cur;
}

static rv_obj_t *attrgetter_call(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                 rv_obj_t *kwnames)
{
    if (call_args("attrgetter", nargs, kwnames) < 0)
        return NULL;
    rv_obj_t *attrs = GETTER(self)->items;
    size_t n = rv_tuple_len(attrs);
    if (n == 1)
        return dotted_getattr(args[0], rv_tuple_get_borrow(attrs, 0));
    return get_each(args[0], attrs, dotted_getattr);
}

/* The names as given: a dotted one is joined again. */
static int attrgetter_body(rv_obj_t *o, rv_buf_t *b)
{
    rv_obj_t *attrs = GETTER(o)->items;
    for (size_t i = 0; i < rv_tuple_len(attrs); i++) {
        rv_obj_t *a = rv_tuple_get_borrow(attrs, i);
        if (i)
            rv_buf_adds(b, ", ");
        if (RV_IS(a, rv_str_type)) {
            add_repr(b, a);
            continue;
        }
        rv_obj_t *dot = rv_str_from_cstr(".");
        rv_obj_t *joined = rv_str_join(dot, a);
        rv_decref(dot);
        add_repr(b, joined);
        rv_decref(joined);
    }
    return 0;
}

static rv_obj_t *attrgetter_repr(rv_obj_t *o)
{
    return repr_wrap(o, attrgetter_body);
}

rv_type_t rv_operator_attrgetter_type = {
    .name = "operator.attrgetter", GETTER_SLOTS, .make = attrgetter_make,
    .call = attrgetter_call, .repr = attrgetter_repr, .size = size56,
};

/******************************************************************************/
/* methodcaller                                                               */

static rv_obj_t *methodcaller_make(rv_type_t *type, rv_obj_t *const *args, size_t nargs,
                                   rv_obj_t *kwnames)
{
    if (nargs < 1) {
        rv_err_format(&rv_exc_TypeError,
                      "methodcaller needs at least one argument, the method name");
        return NULL;
    }
    if (!RV_IS(args[0], rv_str_type)) {
        rv_err_format(&rv_exc_TypeError, "method name must be a string");
        return NULL;
    }
    rv_obj_t *o = getter_new(type, rv_str_intern_obj(args[0]));
    GETTER(o)->args = rv_tuple_from_array(args + 1, nargs - 1);
    GETTER(o)->kwargs = rv_dict_new();
    size_t nkw = kwnames ? rv_tuple_len(kwnames) : 0;
    for (size_t k = 0; k < nkw; k++)
        rv_dict_set(GETTER(o)->kwargs, rv_tuple_get_borrow(kwnames, k), args[nargs + k]);
    return o;
}

/* getattr(obj, name)(*args, **kwargs). */
static rv_obj_t *methodcaller_call(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                   rv_obj_t *kwnames)
{
    if (call_args("methodcaller", nargs, kwnames) < 0)
        return NULL;
    getter_t *g = GETTER(self);
    rv_obj_t *method = rv_getattr(args[0], g->items);
    if (!method)
        return NULL;
    size_t npos = rv_tuple_len(g->args), nkw = rv_dict_len(g->kwargs);
    rv_obj_t **vec = rv_malloc((npos + nkw + 1) * sizeof *vec);
    for (size_t i = 0; i < npos; i++)
        vec[i] = rv_tuple_get_borrow(g->args, i);
    rv_obj_t *names = NULL;
    if (nkw) {
        names = rv_tuple_new(nkw);
        size_t pos = 0, k = 0;
        rv_obj_t *key, *value;
        while (rv_dict_next(g->kwargs, &pos, &key, &value)) {
            rv_tuple_set_steal(names, k, rv_incref(key));
            vec[npos + k++] = value;
        }
    }
    rv_obj_t *r = rv_call(method, vec, npos, names);
    rv_free(vec);
    rv_xdecref(names);
    rv_decref(method);
    return r;
}

/* The name, the arguments, then key=value for each keyword. */
static int methodcaller_body(rv_obj_t *o, rv_buf_t *b)
{
    getter_t *g = GETTER(o);
    if (add_repr(b, g->items) < 0)
        return -1;
    for (size_t i = 0; i < rv_tuple_len(g->args); i++) {
        rv_buf_adds(b, ", ");
        if (add_repr(b, rv_tuple_get_borrow(g->args, i)) < 0)
            return -1;
    }
    size_t pos = 0;
    rv_obj_t *key, *value;
    while (rv_dict_next(g->kwargs, &pos, &key, &value)) {
        rv_buf_printf(b, ", %s=", rv_str_utf8(key));
        if (add_repr(b, value) < 0)
            return -1;
    }
    return 0;
}

static rv_obj_t *methodcaller_repr(rv_obj_t *o)
{
    return repr_wrap(o, methodcaller_body);
}

rv_type_t rv_operator_methodcaller_type = {
    .name = "operator.methodcaller", GETTER_SLOTS, .make = methodcaller_make,
    .call = methodcaller_call, .repr = methodcaller_repr, .size = size56,
};

void rv_operator_init_types(rv_obj_t *module)
{
    rv_type_t *const types[] = { &rv_operator_attrgetter_type, &rv_operator_itemgetter_type,
                                 &rv_operator_methodcaller_type };
    for (size_t i = 0; i < 3; i++) {
        rv_obj_init_static(&types[i]->ob, &rv_type_type);
        if (!types[i]->base)
            types[i]->base = &rv_object_type;
        rv_type_inherit_slots(types[i]);
        rv_module_set_value(module, rv_type_name(types[i]), &types[i]->ob);
    }
}
