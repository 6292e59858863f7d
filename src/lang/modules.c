/* src/lang/modules.c - the importable modules: copy, sys and gc (functools
 * is in functools.c), and the import table (sys.modules).  Each module is
 * created on first import and then shared, as CPython's import system does. */
#include <string.h>

#include "base/alloc.h"
#include "core/exc.h"
#include "core/heap.h"
#include "core/obj_bool.h"
#include "core/obj_dict.h"
#include "core/obj_int.h"
#include "core/obj_list.h"
#include "core/obj_misc.h"
#include "core/obj_set.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"
#include "lang/builtins_int.h"
#include "lang/class.h"
#include "lang/functools.h"
#include "lang/vm.h"

static rv_obj_t *modules; /* dict: name -> module */

/******************************************************************************/
/* copy (Lib/copy.py)                                                         */

/* _copy_immutable: these types are returned as they are by copy.copy. */
static bool copy_immutable(const rv_obj_t *x)
{
    const rv_type_t *t = x->type;
    return t == &rv_none_type || t == &rv_int_type || t == &rv_float_type ||
           t == &rv_bool_type || t == &rv_str_type || t == &rv_tuple_type ||
           t == &rv_frozenset_type || t == &rv_type_type || t == &rv_range_type ||
           t == &rv_slice_type || t == &rv_builtin_type || t == &rv_ellipsis_type ||
           t == &rv_notimpl_type || t == &rv_function_type ||
           rv_isinstance(x, &rv_type_type);
}

/* _deepcopy_atomic's types. */
static bool deepcopy_atomic(const rv_obj_t *x)
{
    const rv_type_t *t = x->type;
    return t == &rv_none_type || t == &rv_int_type || t == &rv_float_type ||
           t == &rv_bool_type || t == &rv_str_type || t == &rv_type_type ||
           t == &rv_range_type || t == &rv_builtin_type || t == &rv_function_type ||
           t == &rv_ellipsis_type || t == &rv_notimpl_type || t == &rv_code_type ||
           rv_isinstance(x, &rv_type_type);
}

static rv_obj_t *cannot_pickle(const rv_obj_t *x)
{
    rv_err_format(&rv_exc_TypeError, "cannot pickle '%s' object", x->type->name);
    return NULL;
}

static rv_obj_t *call_method0(rv_obj_t *o, const char *name)
{
    rv_obj_t *m = rv_getattr_cstr(o, name);
    if (!m)
        return NULL;
    rv_obj_t *r = rv_call0(m);
    rv_decref(m);
    return r;
}

static rv_obj_t *copy_copy(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                           rv_obj_t *kwnames)
{
    if (rv_arg_no_kw("copy", kwnames) < 0 || rv_arg_count("copy", nargs, 1, 1) < 0)
        return NULL;
    rv_obj_t *x = args[0];
    if (copy_immutable(x))
        return rv_incref(x);
    if (RV_IS(x, rv_list_type) || RV_IS(x, rv_dict_type) || RV_IS(x, rv_set_type))
        return call_method0(x, "copy");
    return cannot_pickle(x);
}

/* The memo maps ids to copies; it also keeps the originals alive for the
 * duration of the copy (copy._keep_alive), so ids cannot be reused. */
typedef struct memo {
    rv_obj_t **orig;
    rv_obj_t **copy;
    size_t len, cap;
} memo_t;

static rv_obj_t *memo_get(const memo_t *m, const rv_obj_t *x)
{
    for (size_t i = m->len; i-- > 0;)
        if (m->orig[i] == x)
            return m->copy[i];
    return NULL;
}

static void memo_put(memo_t *m, rv_obj_t *x, rv_obj_t *y)
{
    if (m->len == m->cap) {
        m->cap = m->cap ? m->cap * 2 : 16;
        m->orig = rv_realloc(m->orig, m->cap * sizeof *m->orig);
        m->copy = rv_realloc(m->copy, m->cap * sizeof *m->copy);
    }
    m->orig[m->len] = rv_incref(x);
    m->copy[m->len] = rv_incref(y);
    m->len++;
}

static void memo_free(memo_t *m)
{
    for (size_t i = 0; i < m->len; i++) {
        rv_decref(m->orig[i]);
        rv_decref(m->copy[i]);
    }
    rv_free(m->orig);
    rv_free(m->copy);
}

static rv_obj_t *deepcopy(rv_obj_t *x, memo_t *m);

/* _deepcopy_list: the copy is registered before its items are copied (so
 * cycles come back to it) and grows by appends, as in copy.py. */
static rv_obj_t *deepcopy_list(rv_obj_t *x, memo_t *m)
{
    rv_obj_t *y = rv_list_new(0);
    memo_put(m, x, y);
    for (size_t i = 0; i < rv_list_len(x); i++) {
        rv_obj_t *item = rv_list_get_borrow(x, i);
        rv_incref(item);
        rv_obj_t *c = deepcopy(item, m);
        rv_decref(item);
        if (!c || rv_list_append(y, c) < 0) {
            rv_xdecref(c);
            rv_decref(y);
            return NULL;
        }
        rv_decref(c);
    }
    return y;
}

/* _deepcopy_tuple: a new tuple only when some item's copy differs. */
static rv_obj_t *deepcopy_tuple(rv_obj_t *x, memo_t *m)
{
    size_t n = rv_tuple_len(x);
    rv_obj_t **items = rv_malloc((n ? n : 1) * sizeof *items);
    size_t done = 0;
    for (; done < n; done++) {
        items[done] = deepcopy(rv_tuple_get_borrow(x, done), m);
        if (!items[done])
            goto fail;
    }
    rv_obj_t *y = memo_get(m, x);
    if (y) {
        /* The tuple was reached again through a cycle. */
        rv_incref(y);
    } else {
        bool same = true;
        for (size_t i = 0; i < n && same; i++)
            same = items[i] == rv_tuple_get_borrow(x, i);
        y = same ? rv_incref(x) : rv_tuple_from_array(items, n);
    }
    for (size_t i = 0; i < n; i++)
        rv_decref(items[i]);
    rv_free(items);
    return y;
fail:
    for (size_t i = 0; i < done; i++)
        rv_decref(items[i]);
    rv_free(items);
    return NULL;
}

static rv_obj_t *deepcopy_dict(rv_obj_t *x, memo_t *m)
{
    rv_obj_t *y = rv_dict_new();
    memo_put(m, x, y);
    /* Iterate over a snapshot of the items: copying may run user code. */
    rv_obj_t *items = call_method0(x, "items");
    rv_obj_t *list = items ? rv_list_from_iterable(items) : NULL;
    rv_xdecref(items);
    if (!list)
        goto fail;
    for (size_t i = 0; i < rv_list_len(list); i++) {
        rv_obj_t *pair = rv_list_get_borrow(list, i);
        rv_obj_t *k = deepcopy(rv_tuple_get_borrow(pair, 0), m);
        rv_obj_t *v = k ? deepcopy(rv_tuple_get_borrow(pair, 1), m) : NULL;
        int err = v ? rv_dict_set(y, k, v) : -1;
        rv_xdecref(k);
        rv_xdecref(v);
        if (err < 0) {
            rv_decref(list);
            goto fail;
        }
    }
    rv_decref(list);
    return y;
fail:
    rv_decref(y);
    return NULL;
}

/* Sets go through __reduce_ex__: cls(deepcopy(list(x))) then memo. */
static rv_obj_t *deepcopy_set(rv_obj_t *x, memo_t *m)
{
    rv_obj_t *list = rv_list_from_iterable(x);
    if (!list)
        return NULL;
    rv_obj_t *args = rv_tuple_pack(1, list);
    rv_decref(list);
    rv_obj_t *cargs = deepcopy(args, m);
    rv_decref(args);
    if (!cargs)
        return NULL;
    rv_obj_t *items = rv_tuple_get_borrow(cargs, 0);
    rv_obj_t *y = RV_IS(x, rv_set_type) ? rv_set_new(items) : rv_frozenset_new(items);
    rv_decref(cargs);
    if (y)
        memo_put(m, x, y);
    return y;
}

static rv_obj_t *deepcopy(rv_obj_t *x, memo_t *m)
{
    rv_obj_t *y = memo_get(m, x);
    if (y)
        return rv_incref(y);
    if (deepcopy_atomic(x))
        return rv_incref(x);
    if (rv_enter_recursive(" while calling a Python object") < 0)
        return NULL;
    if (RV_IS(x, rv_list_type))
        y = deepcopy_list(x, m);
    else if (RV_IS(x, rv_tuple_type))
        y = deepcopy_tuple(x, m);
    else if (RV_IS(x, rv_dict_type))
        y = deepcopy_dict(x, m);
    else if (RV_IS(x, rv_set_type) || RV_IS(x, rv_frozenset_type))
        y = deepcopy_set(x, m);
    else
        y = cannot_pickle(x);
    rv_leave_recursive();
    if (y && y != x && !memo_get(m, x))
        memo_put(m, x, y);
    return y;
}

static rv_obj_t *copy_deepcopy(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                               rv_obj_t *kwnames)
{
    static const char *const kw[] = { "memo", NULL };
    rv_obj_t *opt[1];
    if (rv_arg_count("deepcopy", nargs, 1, 2) < 0 ||
        rv_kwargs("deepcopy", args, nargs, kwnames, kw, opt) < 0)
        return NULL;
    rv_obj_t *memo_arg = nargs == 2 ? args[1] : opt[0];
    if (memo_arg && memo_arg != rv_None) {
        rv_obj_t *msg = rv_str_from_cstr("copy.deepcopy() with an explicit memo");
        rv_err_set_obj(&rv_exc_RefvizUnsupported, msg);
        rv_decref(msg);
        return NULL;
    }
    memo_t m = { 0 };
    rv_obj_t *r = deepcopy(args[0], &m);
    memo_free(&m);
    return r;
}

static const rv_method_t copy_functions[] = {
    { "copy", copy_copy, 0 },
    { "deepcopy", copy_deepcopy, 0 },
    { NULL, NULL, 0 },
};

/******************************************************************************/
/* sys                                                                        */

static rv_obj_t *sys_getsizeof(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                               rv_obj_t *kwnames)
{
    if (rv_arg_no_kw("getsizeof", kwnames) < 0 || rv_arg_count("getsizeof", nargs, 1, 2) < 0)
        return NULL;
    return rv_int_from_u64(rv_sizeof(args[0]));
}

static rv_obj_t *sys_getrefcount(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                 rv_obj_t *kwnames)
{
    if (rv_arg_no_kw("getrefcount", kwnames) < 0 ||
        rv_arg_count("getrefcount", nargs, 1, 1) < 0)
        return NULL;
    /* The references a snapshot would show, plus the argument itself. */
    return rv_int_from_u64(rv_vm_visible_refcount(args[0]) + 1);
}

static rv_obj_t *sys_getrecursionlimit(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                       rv_obj_t *kwnames)
{
    if (rv_arg_no_kw("getrecursionlimit", kwnames) < 0 ||
        rv_arg_count("getrecursionlimit", nargs, 0, 0) < 0)
        return NULL;
    return rv_int_from_i64(rv_recursion_limit);
}

static rv_obj_t *sys_setrecursionlimit(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                       rv_obj_t *kwnames)
{
    if (rv_arg_no_kw("setrecursionlimit", kwnames) < 0 ||
        rv_arg_count("setrecursionlimit", nargs, 1, 1) < 0)
        return NULL;
    int64_t v;
    if (!rv_isinstance(args[0], &rv_int_type) || !rv_int_fits_i64(args[0], &v)) {
        rv_err_format(&rv_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                      args[0]->type->name);
        return NULL;
    }
    if (v < 1) {
        rv_err_format(&rv_exc_ValueError, "recursion limit must be greater or equal than 1");
        return NULL;
    }
    /* refviz evaluates on the C stack; keep deep recursion within it. */
    if (v > 20000)
        v = 20000;
    rv_recursion_limit = (int)v;
    return rv_incref(rv_None);
}

static const rv_method_t sys_functions[] = {
    { "getsizeof", sys_getsizeof, 0 },
    { "getrefcount", sys_getrefcount, 0 },
    { "getrecursionlimit", sys_getrecursionlimit, 0 },
    { "setrecursionlimit", sys_setrecursionlimit, 0 },
    { NULL, NULL, 0 },
};

/******************************************************************************/
/* gc                                                                         */

static rv_obj_t *gc_collect(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                            rv_obj_t *kwnames)
{
    if (rv_arg_count("collect", nargs, 0, 1) < 0)
        return NULL;
    return rv_int_from_u64(rv_gc_collect());
}

static rv_obj_t *gc_is_tracked(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                               rv_obj_t *kwnames)
{
    if (rv_arg_no_kw("is_tracked", kwnames) < 0 || rv_arg_count("is_tracked", nargs, 1, 1) < 0)
        return NULL;
    return rv_bool_from(rv_gc_is_tracked(args[0]));
}

static rv_obj_t *gc_noop(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                         rv_obj_t *kwnames)
{
    return rv_incref(rv_None);
}

static rv_obj_t *gc_isenabled(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                              rv_obj_t *kwnames)
{
    /* The model collects only when asked: gc.collect(). */
    return rv_bool_from(true);
}

static const rv_method_t gc_functions[] = {
    { "collect", gc_collect, 0 },
    { "is_tracked", gc_is_tracked, 0 },
    { "enable", gc_noop, 0 },
    { "disable", gc_noop, 0 },
    { "isenabled", gc_isenabled, 0 },
    { NULL, NULL, 0 },
};

/******************************************************************************/
/* import                                                                     */

static const rv_method_t *module_functions(const char *name)
{
    if (strcmp(name, "copy") == 0)
        return copy_functions;
    if (strcmp(name, "sys") == 0)
        return sys_functions;
    if (strcmp(name, "gc") == 0)
        return gc_functions;
    if (strcmp(name, "functools") == 0)
        return rv_functools_functions;
    return NULL;
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
    if (strcmp(module, "sys") == 0)
        for (size_t i = 0; sys_values[i]; i++)
            if (same_name(sys_values[i], name, len))
                return true;
    return false;
}

static rv_obj_t *make_module(const char *name)
{
    const rv_method_t *fns = module_functions(name);
    if (!fns)
        return NULL;
    rv_obj_t *m = rv_module_new(name);
    for (const rv_method_t *f = fns; f->name; f++)
        rv_module_add_function(m, f);
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
        static const char *const known[] = { "collections", "weakref",
                                             "tracemalloc", "array", "math", "random",
                                             "itertools", "os", "time", NULL };
        for (size_t i = 0; known[i]; i++) {
            if (rv_str_eq_cstr(name, known[i])) {
                rv_obj_t *msg = rv_str_printf("import %s", known[i]);
                rv_err_set_obj(&rv_exc_RefvizUnsupported, msg);
                rv_decref(msg);
                return NULL;
            }
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
                                 &rv_super_type };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        rv_obj_init_static(&types[i]->ob, &rv_type_type);
    rv_class_init();
    rv_builtins_dict();
}

void rv_lang_finalize(void)
{
    rv_modules_finalize();
    rv_builtins_finalize();
    rv_class_finalize();
}
