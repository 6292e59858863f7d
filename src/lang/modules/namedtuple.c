/* src/lang/modules/namedtuple.c - collections.namedtuple: a class deriving from
 * tuple, made as Lib/collections/__init__.py makes it.
 *
 * Its __new__ is a real Python function compiled from source, as CPython
 * compiles it (so a wrong call gets the messages of argument binding:
 * "Point.__new__() missing 1 required positional argument: 'y'"); its code
 * is hidden, so it is not a frame of the trace.  The fields are
 * _tuplegetter descriptors reading the tuple's items. */
#include <stdio.h>
#include <string.h>

#include "base/alloc.h"
#include "base/buf.h"
#include "core/exc.h"
#include "core/heap.h"
#include "core/obj_bool.h"
#include "core/obj_dict.h"
#include "core/obj_list.h"
#include "core/obj_misc.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"
#include "lang/parse/ast.h"
#include "lang/objects/class.h"
#include "lang/compile/compile.h"
#include "lang/modules/namedtuple.h"
#include "lang/vm/vm.h"

/******************************************************************************/
/* _tuplegetter                                                               */

typedef struct tuplegetter {
    rv_obj_t ob;
    size_t index;
    rv_obj_t *doc;
} tuplegetter_t;

static void tuplegetter_clear(rv_obj_t *o)
{
    rv_clearref(&((tuplegetter_t *)o)->doc);
}

static void tuplegetter_traverse(rv_obj_t *o, rv_visit_fn visit, void *ctx)
{
    rv_edge_t hidden = { .kind = RV_EDGE_HIDDEN };
    if (((tuplegetter_t *)o)->doc)
        visit(((tuplegetter_t *)o)->doc, &hidden, ctx);
}

static rv_obj_t *tuplegetter_repr(rv_obj_t *o)
{
    tuplegetter_t *g = (tuplegetter_t *)o;
    rv_obj_t *doc = rv_repr(g->doc);
    if (!doc)
        return NULL;
    rv_obj_t *r = rv_str_printf("_tuplegetter(%zu, %s)", g->index, rv_str_utf8(doc));
    rv_decref(doc);
    return r;
}

static rv_obj_t *tuplegetter_getattr(rv_obj_t *o, rv_obj_t *name)
{
    if (rv_str_eq_cstr(name, "__doc__"))
        return rv_incref(((tuplegetter_t *)o)->doc);
    rv_err_format(&rv_exc_AttributeError, "'_tuplegetter' object has no attribute '%s'",
                  rv_str_utf8(name));
    return NULL;
}

static size_t tuplegetter_size(rv_obj_t *o)
{
    (void)o;
    return 48; /* _tuplegetterobject (32) + GC header */
}

rv_type_t rv_tuplegetter_type = {
    .name = "_collections._tuplegetter",
    .flags = RV_TF_GC | RV_TF_MUTABLE,
    .clear = tuplegetter_clear,
    .release = rv_obj_free,
    .traverse = tuplegetter_traverse,
    .repr = tuplegetter_repr,
    .getattr = tuplegetter_getattr,
    .size = tuplegetter_size,
};

rv_obj_t *rv_tuplegetter_get(rv_obj_t *getter, rv_obj_t *obj)
{
    size_t i = ((tuplegetter_t *)getter)->index;
    if (!rv_isinstance(obj, &rv_tuple_type) || i >= rv_tuple_len(obj)) {
        rv_err_format(&rv_exc_IndexError, "tuple index out of range");
        return NULL;
    }
    return rv_incref(rv_tuple_get_borrow(obj, i));
}

static rv_obj_t *new_getter(size_t index)
{
    tuplegetter_t *g = rv_obj_alloc(&rv_tuplegetter_type, sizeof(tuplegetter_t));
    g->index = index;
    g->doc = rv_str_printf("Alias for field number %zu", index);
    return &g->ob;
}

/******************************************************************************/
/* field names                                                                */

static bool is_keyword(const char *s)
{
    static const char *const kw[] = {
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
        "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
        "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
        "return", "try", "while", "with", "yield", NULL,
    };
    for (size_t i = 0; kw[i]; i++)
        if (strcmp(kw[i], s) == 0)
            return true;
    return false;
}

static bool is_identifier(rv_obj_t *s)
{
    const rv_method_t *m = rv_type_find_method(&rv_str_type, "isidentifier");
    rv_obj_t *r = m ? m->fn(s, NULL, 0, NULL) : NULL;
    bool ok = r == rv_True;
    rv_xdecref(r);
    return ok;
}

/* field_names: "x y", "x, y" or an iterable of str; a new list of str. */
static rv_obj_t *split_fields(rv_obj_t *spec)
{
    rv_obj_t *list;
    if (RV_IS(spec, rv_str_type)) {
        rv_obj_t *comma = rv_str_from_cstr(",");
        rv_obj_t *space = rv_str_from_cstr(" ");
        rv_obj_t *args[2] = { comma, space };
        const rv_method_t *replace = rv_type_find_method(&rv_str_type, "replace");
        const rv_method_t *split = rv_type_find_method(&rv_str_type, "split");
        rv_obj_t *spaced = replace->fn(spec, args, 2, NULL);
        list = spaced ? split->fn(spaced, NULL, 0, NULL) : NULL;
        rv_xdecref(spaced);
        rv_decref(comma);
        rv_decref(space);
        return list;
    }
    rv_obj_t *it = rv_iter(spec);
    if (!it)
        return NULL;
    list = rv_list_new(0);
    rv_obj_t *x;
    while ((x = rv_next(it)) != NULL) {
        rv_obj_t *s = rv_str(x);
        rv_decref(x);
        if (!s || rv_list_append(list, s) < 0) {
            rv_xdecref(s);
            rv_decref(it);
            rv_decref(list);
            return NULL;
        }
        rv_decref(s);
    }
    rv_decref(it);
    if (rv_err_occurred()) {
        rv_decref(list);
        return NULL;
    }
    return list;
}

/* CPython's checks, in its order: identifiers, keywords, underscores,
 * duplicates (rename=True replaces bad names by _0, _1 ...). */
static int check_names(rv_obj_t *typename, rv_obj_t *fields, bool rename)
{
    size_t n = rv_list_len(fields);
    for (size_t i = 0; rename && i < n; i++) {
        rv_obj_t *f = rv_list_get_borrow(fields, i);
        const char *s = rv_str_utf8(f);
        bool dup = false;
        for (size_t j = 0; j < i; j++)
            dup |= rv_str_equal(rv_list_get_borrow(fields, j), f);
        if (!is_identifier(f) || is_keyword(s) || s[0] == '_' || dup) {
            /* Renaming replaces the list's item: touch-free, the list is
             * namedtuple's own. */
            rv_obj_t *old = rv_list_get_borrow(fields, i);
            rv_list_set_steal(fields, i, rv_str_printf("_%zu", i));
            rv_decref(old);
        }
    }
    for (size_t i = 0; i <= n; i++) {
        rv_obj_t *f = i == 0 ? typename : rv_list_get_borrow(fields, i - 1);
        if (!RV_IS(f, rv_str_type)) {
            rv_err_format(&rv_exc_TypeError, "Type names and field names must be strings");
            return -1;
        }
        if (!is_identifier(f)) {
            rv_err_format(&rv_exc_ValueError,
                          "Type names and field names must be valid identifiers: '%s'",
                          rv_str_utf8(f));
            return -1;
        }
        if (is_keyword(rv_str_utf8(f))) {
            rv_err_format(&rv_exc_ValueError,
                          "Type names and field names cannot be a keyword: '%s'", rv_str_utf8(f));
            return -1;
        }
    }
    for (size_t i = 0; i < n; i++) {
        rv_obj_t *f = rv_list_get_borrow(fields, i);
        if (rv_str_utf8(f)[0] == '_' && !rename) {
            rv_err_format(&rv_exc_ValueError, "Field names cannot start with an underscore: '%s'",
                          rv_str_utf8(f));
            return -1;
        }
        for (size_t j = 0; j < i; j++)
            if (rv_str_equal(rv_list_get_borrow(fields, j), f)) {
                rv_err_format(&rv_exc_ValueError, "Encountered duplicate field name: '%s'",
                              rv_str_utf8(f));
                return -1;
            }
    }
    return 0;
}

/******************************************************************************/
/* the class's methods                                                        */

/* _tuple_new(cls, items): the tuple.__new__ the compiled __new__ calls. */
static rv_obj_t *tuple_new(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                           rv_obj_t *kwnames)
{
    (void)self;
    (void)kwnames;
    if (nargs != 2 || !RV_IS(args[0], rv_type_type) || !RV_IS(args[1], rv_tuple_type)) {
        rv_err_format(&rv_exc_TypeError, "_tuple_new(cls, items)");
        return NULL;
    }
    rv_type_t *t = (rv_type_t *)args[0];
    rv_obj_t *o = rv_tuple_new_subtype(t, RV_TUPLE(args[1])->items, rv_tuple_len(args[1]));
    if (rv_is_heap_type(t))
        rv_incref(&t->ob);
    return o;
}

static rv_obj_t *fields_of(rv_obj_t *o)
{
    rv_type_t *t = RV_IS(o, rv_type_type) ? (rv_type_t *)o : (rv_type_t *)o->type;
    return rv_class_lookup_cstr(t, "_fields");
}

static rv_obj_t *nt_repr(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames)
{
    (void)args;
    if (rv_arg_no_kw("__repr__", kwnames) < 0 || rv_arg_count("__repr__", nargs, 0, 0) < 0)
        return NULL;
    rv_obj_t *fields = fields_of(self);
    if (rv_repr_enter(self))
        return rv_str_from_cstr("...");
    rv_buf_t b = RV_BUF_INIT;
    rv_buf_printf(&b, "%s(", self->type->name);
    int err = 0;
    for (size_t i = 0; !err && fields && i < rv_tuple_len(self) && i < rv_tuple_len(fields); i++) {
        rv_obj_t *r = rv_repr(rv_tuple_get_borrow(self, i));
        if (!r) {
            err = -1;
            break;
        }
        rv_buf_printf(&b, "%s%s=%s", i ? ", " : "", rv_str_utf8(rv_tuple_get_borrow(fields, i)),
                      rv_str_utf8(r));
        rv_decref(r);
    }
    rv_repr_leave(self);
    rv_buf_addc(&b, ')');
    rv_obj_t *r = err ? NULL : rv_str_from_utf8(b.data, b.len);
    rv_buf_free(&b);
    return r;
}

static rv_obj_t *nt_asdict(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                           rv_obj_t *kwnames)
{
    (void)args;
    if (rv_arg_no_kw("_asdict", kwnames) < 0 || rv_arg_count("_asdict", nargs, 0, 0) < 0)
        return NULL;
    rv_obj_t *fields = fields_of(self);
    rv_obj_t *d = rv_dict_new();
    for (size_t i = 0; fields && i < rv_tuple_len(fields) && i < rv_tuple_len(self); i++)
        if (rv_dict_set(d, rv_tuple_get_borrow(fields, i), rv_tuple_get_borrow(self, i)) < 0) {
            rv_decref(d);
            return NULL;
        }
    return d;
}

/* cls._make(iterable) */
static rv_obj_t *nt_make(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                         rv_obj_t *kwnames)
{
    (void)self;
    if (rv_arg_no_kw("_make", kwnames) < 0 || rv_arg_count("_make", nargs, 2, 2) < 0)
        return NULL;
    rv_obj_t *items = rv_tuple_from_iterable(args[1]);
    if (!items)
        return NULL;
    rv_obj_t *fields = fields_of(args[0]);
    size_t want = fields ? rv_tuple_len(fields) : 0;
    rv_obj_t *r = NULL;
    if (rv_tuple_len(items) != want)
        rv_err_format(&rv_exc_TypeError, "Expected %zu arguments, got %zu", want,
                      rv_tuple_len(items));
    else
        r = tuple_new(NULL, (rv_obj_t *[]){ args[0], items }, 2, NULL);
    rv_decref(items);
    return r;
}

/* self._replace(**changes) */
static rv_obj_t *nt_replace(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                            rv_obj_t *kwnames)
{
    if (rv_arg_count("_replace", nargs, 0, 0) < 0)
        return NULL;
    rv_obj_t *fields = fields_of(self);
    size_t n = rv_tuple_len(self), nkw = kwnames ? rv_tuple_len(kwnames) : 0;
    rv_obj_t **items = rv_malloc((n + 1) * sizeof *items);
    for (size_t i = 0; i < n; i++)
        items[i] = rv_tuple_get_borrow(self, i);
    rv_obj_t *unknown = rv_list_new(0);
    for (size_t k = 0; k < nkw; k++) {
        rv_obj_t *name = rv_tuple_get_borrow(kwnames, k);
        size_t i;
        for (i = 0; fields && i < rv_tuple_len(fields); i++)
            if (rv_str_equal(rv_tuple_get_borrow(fields, i), name))
                break;
        if (fields && i < rv_tuple_len(fields) && i < n)
            items[i] = args[nargs + k];
        else
            rv_list_append(unknown, name);
    }
    rv_obj_t *r = NULL;
    if (rv_list_len(unknown)) {
        rv_obj_t *text = rv_repr(unknown);
        if (text) {
            rv_err_format(&rv_exc_ValueError, "Got unexpected field names: %s",
                          rv_str_utf8(text));
            rv_decref(text);
        }
    } else {
        r = rv_tuple_new_subtype(self->type, items, n);
        rv_incref((rv_obj_t *)self->type);
    }
    rv_decref(unknown);
    rv_free(items);
    return r;
}

/* __getnewargs__: "Return self as a plain tuple.  Used by copy and pickle." */
static rv_obj_t *nt_getnewargs(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                               rv_obj_t *kwnames)
{
    (void)args;
    if (rv_arg_no_kw("__getnewargs__", kwnames) < 0 ||
        rv_arg_count("__getnewargs__", nargs, 0, 0) < 0)
        return NULL;
    return rv_tuple_from_iterable(self);
}

static const rv_method_t tuple_new_def = { "_tuple_new", tuple_new, 0 };
/* The methods namedtuple() defines in Python, in the order it puts them in
 * the class namespace (after __new__ and _make). */
static const rv_method_t nt_methods[] = {
    { "_replace", nt_replace, 0 },
    { "__repr__", nt_repr, 0 },
    { "_asdict", nt_asdict, 0 },
    { "__getnewargs__", nt_getnewargs, 0 },
    { NULL, NULL, 0 },
};
static const rv_method_t nt_make_def = { "_make", nt_make, 0 };

/* A method of the class being made: a function named "Point._replace". */
static rv_obj_t *class_function(rv_obj_t *typename, const rv_method_t *def,
                                const rv_type_t *owner)
{
    rv_obj_t *q = rv_str_printf("%s.%s", rv_str_utf8(typename), def->name);
    rv_obj_t *f = rv_libfunc_new(def, owner, q);
    rv_decref(q);
    return f;
}

/******************************************************************************/
/* the class                                                                  */

/* __new__, compiled from "lambda _cls, x, y: _tuple_new(_cls, (x, y))". */
static rv_obj_t *make_new(rv_obj_t *typename, rv_obj_t *fields, rv_obj_t *defaults)
{
    rv_buf_t src = RV_BUF_INIT, args = RV_BUF_INIT;
    for (size_t i = 0; i < rv_list_len(fields); i++)
        rv_buf_printf(&args, "%s%s", i ? ", " : "", rv_str_utf8(rv_list_get_borrow(fields, i)));
    rv_buf_printf(&src, "lambda _cls%s%s: _tuple_new(_cls, (%s%s))\n", args.len ? ", " : "",
                  rv_buf_cstr(&args), rv_buf_cstr(&args), rv_list_len(fields) == 1 ? "," : "");
    rv_buf_free(&args);
    rv_syntax_error_t err = { 0 };
    rv_module_ast_t *m = rv_parse("<namedtuple>", src.data, src.len, &err);
    rv_obj_t *module = m ? rv_compile(m, &err) : NULL;
    if (m)
        rv_ast_free(m);
    rv_buf_free(&src);
    if (!module) {
        rv_err_format(&rv_exc_RuntimeError, "namedtuple: %s", err.msg);
        return NULL;
    }
    rv_code_t *mc = RV_CODE(module);
    rv_obj_t *code = NULL;
    for (size_t i = 0; i < mc->nconsts && !code; i++)
        if (RV_IS(mc->consts[i], rv_code_type))
            code = mc->consts[i];
    /* Not a frame the trace shows: CPython's tracer would see it, but it
     * is the library's, not the program's. */
    RV_CODE(code)->flags |= RV_CO_HIDDEN;
    rv_function_t *fn = rv_obj_alloc(&rv_function_type, sizeof(rv_function_t));
    fn->code = rv_incref(code);
    fn->globals = rv_dict_new();
    rv_obj_t *helper = rv_builtin_new(&tuple_new_def, NULL);
    rv_dict_set_cstr(fn->globals, "_tuple_new", helper);
    rv_decref(helper);
    fn->name = rv_str_from_cstr("__new__");
    fn->qualname = rv_str_printf("%s.__new__", rv_str_utf8(typename));
    fn->defaults = defaults ? rv_incref(defaults) : NULL;
    rv_decref(module);
    return &fn->ob;
}

static rv_obj_t *namespace_for(rv_obj_t *typename, rv_obj_t *fields, rv_obj_t *defaults)
{
    rv_obj_t *ns = rv_dict_new();
    size_t n = rv_list_len(fields);
    rv_obj_t *ftuple = rv_tuple_from_iterable(fields);
    rv_dict_set_cstr(ns, "_fields", ftuple);
    rv_obj_t *fdefaults = rv_dict_new();
    size_t nd = defaults ? rv_tuple_len(defaults) : 0;
    for (size_t i = 0; i < nd; i++)
        rv_dict_set(fdefaults, rv_tuple_get_borrow(ftuple, n - nd + i),
                    rv_tuple_get_borrow(defaults, i));
    rv_dict_set_cstr(ns, "_field_defaults", fdefaults);
    rv_decref(fdefaults);
    rv_obj_t *slots = rv_tuple_new(0);
    rv_dict_set_cstr(ns, "__slots__", slots);
    rv_decref(slots);
    rv_obj_t *modname = rv_str_from_cstr("__main__");
    rv_dict_set_cstr(ns, "__module__", modname);
    rv_decref(modname);
    rv_dict_set_cstr(ns, "__qualname__", typename);
    rv_buf_t doc = RV_BUF_INIT;
    rv_buf_printf(&doc, "%s(", rv_str_utf8(typename));
    for (size_t i = 0; i < n; i++)
        rv_buf_printf(&doc, "%s%s", i ? ", " : "", rv_str_utf8(rv_list_get_borrow(fields, i)));
    rv_buf_addc(&doc, ')');
    rv_obj_t *d = rv_str_from_utf8(doc.data, doc.len);
    rv_buf_free(&doc);
    rv_dict_set_cstr(ns, "__doc__", d);
    rv_decref(d);
    rv_obj_t *newf = make_new(typename, fields, defaults);
    if (!newf) {
        rv_decref(ftuple);
        rv_decref(ns);
        return NULL;
    }
    rv_dict_set_cstr(ns, "__new__", newf);
    rv_decref(newf);
    rv_obj_t *mk = class_function(typename, &nt_make_def, NULL);
    rv_obj_t *cm = rv_call1(&rv_classmethod_type.ob, mk);
    rv_dict_set_cstr(ns, "_make", cm);
    rv_xdecref(cm);
    rv_decref(mk);
    for (const rv_method_t *m = nt_methods; m->name; m++) {
        rv_obj_t *f = class_function(typename, m, &rv_tuple_type);
        rv_dict_set_cstr(ns, m->name, f);
        rv_decref(f);
    }
    /* __match_args__ = field_names: the same tuple as _fields. */
    rv_dict_set_cstr(ns, "__match_args__", ftuple);
    for (size_t i = 0; i < n; i++) {
        rv_obj_t *g = new_getter(i);
        rv_dict_set(ns, rv_tuple_get_borrow(ftuple, i), g);
        rv_decref(g);
    }
    rv_decref(ftuple);
    return ns;
}

rv_obj_t *rv_namedtuple(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames)
{
    (void)self;
    rv_obj_t *rename = NULL, *defaults = NULL;
    size_t nkw = kwnames ? rv_tuple_len(kwnames) : 0;
    for (size_t k = 0; k < nkw; k++) {
        rv_obj_t *name = rv_tuple_get_borrow(kwnames, k);
        if (rv_str_eq_cstr(name, "rename"))
            rename = args[nargs + k];
        else if (rv_str_eq_cstr(name, "defaults"))
            defaults = args[nargs + k];
        else if (!rv_str_eq_cstr(name, "module")) {
            rv_err_format(&rv_exc_TypeError,
                          "namedtuple() got an unexpected keyword argument '%s'",
                          rv_str_utf8(name));
            return NULL;
        }
    }
    if (nargs != 2) {
        rv_err_format(&rv_exc_TypeError, "namedtuple() takes 2 positional arguments but %zu "
                      "were given", nargs);
        return NULL;
    }
    rv_obj_t *fields = split_fields(args[1]);
    if (!fields)
        return NULL;
    int r = rename ? rv_truth(rename) : 0;
    if (r < 0 || check_names(args[0], fields, r == 1) < 0) {
        rv_decref(fields);
        return NULL;
    }
    rv_obj_t *dtuple = NULL;
    if (defaults && defaults != rv_None) {
        dtuple = rv_tuple_from_iterable(defaults);
        if (dtuple && rv_tuple_len(dtuple) > rv_list_len(fields)) {
            rv_err_format(&rv_exc_TypeError, "Got more default values than field names");
            rv_clearref(&dtuple);
        }
        if (!dtuple) {
            rv_decref(fields);
            return NULL;
        }
    }
    rv_obj_t *ns = namespace_for(args[0], fields, dtuple);
    rv_obj_t *cls = ns ? rv_class_new(args[0], &rv_tuple_type, ns) : NULL;
    rv_xdecref(ns);
    rv_xdecref(dtuple);
    rv_decref(fields);
    return cls;
}
