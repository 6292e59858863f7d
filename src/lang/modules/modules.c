/* src/lang/modules/modules.c - the importable modules: sys and gc (copy is in
 * mod_copy.c, functools in functools.c), and the import table (sys.modules).
 * Each module is created on first import and then shared, as CPython's import
 * system does. */
#include <string.h>

#include "core/exc.h"
#include "core/heap.h"
#include "core/obj_array.h"
#include "core/obj_bool.h"
#include "core/obj_counter.h"
#include "core/obj_defaultdict.h"
#include "core/obj_deque.h"
#include "core/obj_dict.h"
#include "core/obj_int.h"
#include "core/obj_list.h"
#include "core/obj_misc.h"
#include "core/obj_str.h"
#include "core/obj_traceback.h"
#include "core/obj_tuple.h"
#include "lang/vm/builtins_int.h"
#include "lang/objects/class.h"
#include "lang/modules/contextlib.h"
#include "lang/modules/modules_int.h"
#include "lang/modules/stdlib.h"
#include "lang/modules/mod_json.h"
#include "lang/modules/mod_random.h"
#include "lang/modules/namedtuple.h"
#include "lang/modules/functools.h"
#include "lang/vm/vm.h"

static rv_obj_t *modules; /* dict: name -> module */

/******************************************************************************/
/* sys                                                                        */

/* getsizeof(object, default): every modelled object has a size, so default
 * is only checked for. */
static rv_obj_t *sys_getsizeof(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                               rv_obj_t *kwnames)
{
    static const char *const kw[] = { "object", "default", NULL };
    rv_obj_t *opt[2];
    if (nargs > 2) {
        rv_err_format(&rv_exc_TypeError, "getsizeof() takes at most 2 arguments (%zu given)",
                      nargs + (kwnames ? rv_tuple_len(kwnames) : 0));
        return NULL;
    }
    if (rv_kwargs("getsizeof", args, nargs, kwnames, kw, opt) < 0)
        return NULL;
    rv_obj_t *o = nargs ? args[0] : opt[0];
    if (!o) {
        rv_err_format(&rv_exc_TypeError, "getsizeof() missing required argument 'object' (pos 1)");
        return NULL;
    }
    return rv_int_from_u64(rv_sizeof(o));
}

static rv_obj_t *sys_getrefcount(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                 rv_obj_t *kwnames)
{
    if (rv_arg_no_kw("sys.getrefcount", kwnames) < 0 ||
        rv_arg_count("sys.getrefcount", nargs, 1, 1) < 0)
        return NULL;
    /* The model holds the references CPython does, the argument on the
     * evaluation stack included, so its count is CPython's: an iterator's
     * reference to its sequence counts, a weak reference does not, and the
     * operands of the calls that made the Python frames running now are
     * the frames' alone (vm.c moves them as CPython's CALL does).  Only
     * objects the runtime shares (modules, constants) differ. */
    return rv_int_from_i64((int64_t)args[0]->refcnt);
}

static rv_obj_t *sys_getrecursionlimit(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                       rv_obj_t *kwnames)
{
    if (rv_arg_no_kw("sys.getrecursionlimit", kwnames) < 0 ||
        rv_arg_count("sys.getrecursionlimit", nargs, 0, 0) < 0)
        return NULL;
    return rv_int_from_i64(rv_recursion_limit);
}

/* sys_setrecursionlimit_impl: a C int, at least 1, above the current depth
 * (CPython counts the call of setrecursionlimit itself). */
static rv_obj_t *sys_setrecursionlimit(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                       rv_obj_t *kwnames)
{
    if (rv_arg_no_kw("sys.setrecursionlimit", kwnames) < 0 ||
        rv_arg_count("sys.setrecursionlimit", nargs, 1, 1) < 0)
        return NULL;
    int64_t v;
    if (!rv_isinstance(args[0], &rv_int_type)) {
        rv_err_format(&rv_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                      args[0]->type->name);
        return NULL;
    }
    if (!rv_int_fits_i64(args[0], &v) || v > INT32_MAX || v < INT32_MIN) {
        rv_err_format(&rv_exc_OverflowError, "Python int too large to convert to C int");
        return NULL;
    }
    if (v < 1) {
        rv_err_format(&rv_exc_ValueError, "recursion limit must be greater or equal than 1");
        return NULL;
    }
    /* The model's depth here is CPython's: 2 at module level (the frame
     * and this call). */
    int depth = rv_recursion_depth;
    if (depth >= v) {
        rv_err_format(&rv_exc_RecursionError,
                      "cannot set the recursion limit to %d at the recursion depth %d: "
                      "the limit is too low", (int)v, depth);
        return NULL;
    }
    /* refviz evaluates on the C stack: the stack guard (rv_stack_guard_set)
     * raises RecursionError before it runs out, whatever the limit. */
    rv_recursion_limit = (int)v;
    return rv_incref(rv_None);
}

/* sys.exception() (new in 3.11): the exception being handled, or None. */
static rv_obj_t *sys_exception(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                               rv_obj_t *kwnames)
{
    if (rv_arg_no_kw("exception", kwnames) < 0 || rv_arg_count("exception", nargs, 0, 0) < 0)
        return NULL;
    rv_obj_t *e = rv_vm_handled_exception();
    return rv_incref(e ? e : rv_None);
}

/* sys.exc_info(): the handled exception's type, itself and its traceback;
 * outside a handler (None, None, None). */
static rv_obj_t *sys_exc_info(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                              rv_obj_t *kwnames)
{
    if (rv_arg_no_kw("exc_info", kwnames) < 0 || rv_arg_count("exc_info", nargs, 0, 0) < 0)
        return NULL;
    rv_obj_t *e = rv_vm_handled_exception();
    if (!e)
        return rv_tuple_pack(3, rv_None, rv_None, rv_None);
    rv_obj_t *tb = rv_exc_traceback(e);
    if (!tb)
        return NULL;
    rv_obj_t *r = rv_tuple_pack(3, (rv_obj_t *)e->type, e, tb);
    rv_decref(tb);
    return r;
}

/* Strings are compared by value throughout the model, so interning only
 * checks its argument. */
static rv_obj_t *sys_intern(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                            rv_obj_t *kwnames)
{
    if (rv_arg_no_kw("sys.intern", kwnames) < 0 || rv_arg_count("sys.intern", nargs, 1, 1) < 0)
        return NULL;
    if (!RV_IS(args[0], rv_str_type)) {
        rv_err_format(&rv_exc_TypeError, "intern() argument must be str, not %s",
                      args[0]->type->name);
        return NULL;
    }
    return rv_str_intern_obj(args[0]);
}

/* sys.exit([status]): raises SystemExit; the session turns an uncaught
 * one into python3's exit status. */
static rv_obj_t *sys_exit(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames)
{
    (void)self;
    if (rv_arg_no_kw("exit", kwnames) < 0 || rv_arg_count("exit", nargs, 0, 1) < 0)
        return NULL;
    rv_obj_t *exc = rv_exc_new(&rv_exc_SystemExit, args, nargs);
    if (exc) {
        rv_err_set_exc(exc);
        rv_decref(exc);
    }
    return NULL;
}

static const rv_method_t sys_functions[] = {
    { "exit", sys_exit, 0 },
    { "exception", sys_exception, 0 },
    { "exc_info", sys_exc_info, 0 },
    { "getsizeof", sys_getsizeof, 0 },
    { "getrefcount", sys_getrefcount, 0 },
    { "getrecursionlimit", sys_getrecursionlimit, 0 },
    { "setrecursionlimit", sys_setrecursionlimit, 0 },
    { "intern", sys_intern, 0 },
    { NULL, NULL, 0 },
};

/******************************************************************************/
/* contextlib: its classes are types (contextlib.c)                           */

static const rv_method_t contextlib_functions[] = {
    { NULL, NULL, 0 },
};

static const char *const contextlib_values[] = { "suppress", NULL };

static void contextlib_init(rv_obj_t *m)
{
    /* Initialized on first use: a type made at start-up would take an
     * object id and renumber every program's objects. */
    rv_obj_init_static(&rv_suppress_type.ob, &rv_type_type);
    rv_module_set_value(m, "suppress", (rv_obj_t *)&rv_suppress_type);
}

static const rv_module_def_t mod_contextlib = {
    "contextlib", contextlib_functions, contextlib_values, contextlib_init,
};

/******************************************************************************/
/* collections and array: modules of types                                   */

static const rv_method_t no_functions[] = { { NULL, NULL, 0 } };

static const rv_method_t collections_functions[] = {
    { "namedtuple", rv_namedtuple, RV_METH_PYFUNC },
    { NULL, NULL, 0 },
};

static const struct module_type {
    const char *module, *name;
    rv_type_t *type;
} module_types[] = {
    { "collections", "deque", &rv_deque_type },
    { "collections", "defaultdict", &rv_defaultdict_type },
    { "collections", "Counter", &rv_counter_type },
    { "array", "array", &rv_array_type },
    { "array", "ArrayType", &rv_array_type },
    { NULL, NULL, NULL },
};

/******************************************************************************/
/* import                                                                     */

/* Modules with a file of their own (modules_int.h). */
static const rv_module_def_t *const module_defs[] = {
    &rv_mod_gc, &rv_mod_weakref, &rv_mod_tracemalloc, &mod_contextlib, &rv_mod_math,
    &rv_mod_random,
    &rv_mod_heapq, &rv_mod_bisect, &rv_mod_itertools, &rv_mod_operator,
    &rv_mod_string, &rv_mod_time,
    &rv_mod_copy, &rv_mod_json, &rv_mod_statistics,
    &rv_mod_future, &rv_mod_dataclasses, &rv_mod_enum, &rv_mod_typing, &rv_mod_numpy,
};

static const rv_module_def_t *module_def(const char *name)
{
    for (size_t i = 0; i < sizeof module_defs / sizeof module_defs[0]; i++)
        if (strcmp(module_defs[i]->name, name) == 0)
            return module_defs[i];
    return NULL;
}

static const rv_method_t *module_functions(const char *name)
{
    if (strcmp(name, "collections") == 0)
        return collections_functions;
    if (strcmp(name, "array") == 0)
        return no_functions;
    if (strcmp(name, "sys") == 0)
        return sys_functions;
    if (strcmp(name, "functools") == 0)
        return rv_functools_functions;
    const rv_module_def_t *def = module_def(name);
    return def ? def->functions : NULL;
}

static size_t py_exc_size(rv_obj_t *o)
{
    (void)o;
    return 96;
}

void rv_module_exc_type_init(rv_type_t *t, rv_type_t *base)
{
    /* Made when the module is first imported: a type made at start-up
     * would take an object id and renumber every program's objects. */
    rv_obj_init_static(&t->ob, &rv_type_type);
    t->base = base;
    t->flags = base->flags;
    t->clear = base->clear;
    t->release = base->release;
    t->traverse = base->traverse;
    t->repr = base->repr;
    t->str = base->str;
    t->getattr = base->getattr;
    t->setattr = base->setattr;
    t->make = base->make;
    t->size = py_exc_size;
}

void rv_module_set_value(rv_obj_t *module, const char *name, rv_obj_t *value)
{
    rv_dict_set_cstr(rv_module_dict_borrow(module), name, value);
}

void rv_module_reorder(rv_obj_t *module, const char *const *names)
{
    rv_obj_t *d = rv_module_dict_borrow(module);
    for (size_t i = 0; names[i]; i++) {
        rv_obj_t *key = rv_str_from_cstr(names[i]);
        rv_obj_t *v = rv_dict_get_borrow(d, key);
        if (v) {
            rv_incref(v);
            rv_dict_del(d, key);
            rv_dict_set(d, key, v);
            rv_decref(v);
        }
        rv_decref(key);
    }
}

/* sys's values besides its functions (make_module sets them). */
static const char *const sys_values[] = { "maxsize", "version", NULL };

static bool same_name(const char *a, const char *b, size_t blen)
{
    return strncmp(a, b, blen) == 0 && a[blen] == '\0';
}

bool rv_module_defines(const char *module, const char *name, size_t len)
{
    const rv_method_t *fns = module_functions(module);
    if (!fns)
        return false;
    if (same_name("__name__", name, len))
        return true;
    for (const rv_method_t *f = fns; f->name; f++)
        if (same_name(f->name, name, len))
            return true;
    if (strcmp(module, "functools") == 0)
        return rv_functools_defines(name, len);
    const rv_module_def_t *def = module_def(module);
    const char *const *values = strcmp(module, "sys") == 0 ? sys_values
                                : def                     ? def->values
                                                          : NULL;
    for (size_t i = 0; values && values[i]; i++)
        if (same_name(values[i], name, len))
            return true;
    for (const struct module_type *t = module_types; t->module; t++)
        if (strcmp(t->module, module) == 0 && same_name(t->name, name, len))
            return true;
    if (strcmp(module, "array") == 0 && same_name("typecodes", name, len))
        return true;
    return false;
}

bool rv_module_modelled(const char *name)
{
    return module_functions(name) != NULL;
}

static rv_obj_t *make_module(const char *name)
{
    const rv_method_t *fns = module_functions(name);
    if (!fns)
        return NULL;
    rv_obj_t *m = rv_module_new(name);
    for (const rv_method_t *f = fns; f->name; f++)
        rv_module_add_function(m, f);
    for (const struct module_type *t = module_types; t->module; t++) {
        if (strcmp(t->module, name) != 0)
            continue;
        /* The type gets its identity and its base's slots when first
         * imported (nothing can reach it before). */
        rv_obj_init_static(&t->type->ob, &rv_type_type);
        if (!t->type->base)
            t->type->base = &rv_object_type;
        rv_type_inherit_slots(t->type);
        rv_dict_set_cstr(rv_module_dict_borrow(m), t->name, &t->type->ob);
    }
    if (strcmp(name, "array") == 0) {
        rv_obj_t *v = rv_str_from_cstr("bBuhHiIlLqQfd");
        rv_dict_set_cstr(rv_module_dict_borrow(m), "typecodes", v);
        rv_decref(v);
    }
    if (strcmp(name, "sys") == 0) {
        rv_obj_t *d = rv_module_dict_borrow(m);
        rv_obj_t *v = rv_int_from_i64(INT64_MAX);
        rv_dict_set_cstr(d, sys_values[0], v);
        rv_decref(v);
        v = rv_str_from_cstr("3.11.7 (refviz model)");
        rv_dict_set_cstr(d, sys_values[1], v);
        rv_decref(v);
    }
    if (strcmp(name, "functools") == 0)
        rv_functools_fill(m);
    const rv_module_def_t *def = module_def(name);
    if (def && def->init)
        def->init(m);
    return m;
}

rv_obj_t *rv_import_module(rv_obj_t *name)
{
    if (!modules) {
        modules = rv_dict_new();
        modules->flags |= RV_F_ROOT;
    }
    rv_obj_t *m = rv_dict_get_borrow(modules, name);
    if (m)
        return rv_incref(m);
    m = make_module(rv_str_utf8(name));
    if (!m) {
        /* python3 imports every standard library module: one the model
         * lacks is refused, naming it, so that no program takes its
         * `except ImportError` branch under refviz alone.  Other names
         * are not installed for python3 either. */
        if (rv_stdlib_has(rv_str_utf8(name))) {
            rv_obj_t *msg = rv_str_printf("import %s (refviz does not model the module %s)",
                                          rv_str_utf8(name), rv_str_utf8(name));
            rv_err_set_obj(&rv_exc_RefvizUnsupported, msg);
            rv_decref(msg);
            return NULL;
        }
        rv_err_format(&rv_exc_ModuleNotFoundError, "No module named '%s'", rv_str_utf8(name));
        return NULL;
    }
    rv_dict_set(modules, name, m);
    return m;
}

void rv_modules_finalize(void)
{
    if (!modules)
        return;
    modules->flags &= ~RV_F_ROOT;
    size_t pos = 0;
    rv_obj_t *k, *v;
    while (rv_dict_next(modules, &pos, &k, &v))
        rv_dict_clear(rv_module_dict_borrow(v));
    rv_clearref(&modules);
}

void rv_lang_init(void)
{
    rv_type_t *const types[] = { &rv_code_type,       &rv_frame_type,        &rv_function_type,
                                 &rv_cell_type,       &rv_generator_type,    &rv_method_type,
                                 &rv_classmethod_type, &rv_staticmethod_type, &rv_property_type,
                                 &rv_super_type,      &rv_traceback_type };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        rv_obj_init_static(&types[i]->ob, &rv_type_type);
    rv_class_init();
    rv_builtins_dict();
}

void rv_lang_finalize(void)
{
    rv_tracemalloc_finalize();
    rv_modules_finalize();
    rv_random_finalize();
    rv_json_finalize();
    rv_dataclasses_finalize();
    rv_builtins_finalize();
    rv_class_finalize();
}
