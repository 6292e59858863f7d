/* src/lang/modules/modules.c - the importable modules: copy, sys and gc (functools
 * is in functools.c), and the import table (sys.modules).  Each module is
 * created on first import and then shared, as CPython's import system does. */
#include <string.h>

#include "base/alloc.h"
#include "base/idmap.h"
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
#include "core/obj_set.h"
#include "core/obj_str.h"
#include "core/obj_traceback.h"
#include "core/obj_tuple.h"
#include "core/obj_weakref.h"
#include "lang/vm/builtins_int.h"
#include "lang/objects/class.h"
#include "lang/modules/contextlib.h"
#include "lang/modules/modules_int.h"
#include "lang/modules/stdlib.h"
#include "lang/modules/namedtuple.h"
#include "lang/modules/functools.h"
#include "lang/vm/vm.h"

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
           t == &rv_slice_type || t == &rv_builtin_type || t == &rv_libfunc_type ||
           t == &rv_ellipsis_type ||
           t == &rv_notimpl_type || t == &rv_function_type || t == &rv_weakref_type ||
           rv_isinstance(x, &rv_type_type);
}

/* _deepcopy_atomic's types. */
static bool deepcopy_atomic(const rv_obj_t *x)
{
    const rv_type_t *t = x->type;
    return t == &rv_none_type || t == &rv_int_type || t == &rv_float_type ||
           t == &rv_bool_type || t == &rv_str_type || t == &rv_type_type ||
           t == &rv_range_type || t == &rv_builtin_type || t == &rv_libfunc_type ||
           t == &rv_function_type ||
           t == &rv_ellipsis_type || t == &rv_notimpl_type || t == &rv_code_type ||
           t == &rv_weakref_type || rv_isinstance(x, &rv_type_type);
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

static rv_obj_t *call_method1(rv_obj_t *o, const char *name, rv_obj_t *arg)
{
    rv_obj_t *f = rv_getattr_cstr(o, name);
    if (!f)
        return NULL;
    rv_obj_t *r = rv_call1(f, arg);
    rv_decref(f);
    return r;
}

/* What object.__reduce_ex__(4) makes copy do with an instance of a class:
 * a new object made without __init__ (a tuple subclass: from its items;
 * an exception: the class called with its args), given the original's
 * attributes, each passed through `item` (NULL: as they are). */
typedef rv_obj_t *(*copy_item_fn)(rv_obj_t *x, void *ctx);

static rv_obj_t *copy_state(rv_obj_t *x, rv_obj_t *y, copy_item_fn item, void *ctx)
{
    rv_obj_t *d = rv_instance_dict(x);
    size_t pos = 0;
    rv_obj_t *k, *v;
    while (d && rv_dict_next(d, &pos, &k, &v)) {
        rv_obj_t *c = item ? item(v, ctx) : rv_incref(v);
        if (!c || rv_setattr(y, k, c) < 0) {
            rv_xdecref(c);
            rv_decref(y);
            return NULL;
        }
        rv_decref(c);
    }
    rv_class_ext_t *ext = rv_class_ext(x->type);
    if (ext->native == &rv_object_type)
        for (size_t i = 0; i < ext->nslots; i++) {
            rv_obj_t *v2 = ((rv_instance_t *)x)->slots[i];
            if (!v2)
                continue;
            rv_obj_t *c = item ? item(v2, ctx) : rv_incref(v2);
            if (!c || rv_setattr(y, ext->slotnames[i], c) < 0) {
                rv_xdecref(c);
                rv_decref(y);
                return NULL;
            }
            rv_decref(c);
        }
    return y;
}

/* The new object, before its state: items and args pass through `item`. */
static rv_obj_t *reconstruct(rv_obj_t *x, copy_item_fn item, void *ctx)
{
    rv_type_t *t = (rv_type_t *)x->type;
    rv_type_t *native = rv_class_ext(t)->native;
    if (native == &rv_object_type)
        return rv_instance_new(t, NULL, 0);
    rv_obj_t *src = native == &rv_tuple_type ? x : ((rv_exc_t *)x)->args;
    size_t n = rv_tuple_len(src);
    rv_obj_t *items = rv_tuple_new(n);
    for (size_t i = 0; i < n; i++) {
        rv_obj_t *c = item ? item(rv_tuple_get_borrow(src, i), ctx)
                           : rv_incref(rv_tuple_get_borrow(src, i));
        if (!c) {
            rv_decref(items);
            return NULL;
        }
        rv_tuple_set_steal(items, i, c);
    }
    rv_obj_t *y;
    if (native == &rv_tuple_type) {
        y = rv_tuple_new_subtype(t, RV_TUPLE(items)->items, n);
        rv_incref(&t->ob);
    } else {
        y = rv_call(&t->ob, RV_TUPLE(items)->items, n, NULL);
    }
    rv_decref(items);
    return y;
}

static rv_obj_t *copy_instance(rv_obj_t *x)
{
    if (rv_class_lookup_cstr(x->type, "__copy__"))
        return call_method0(x, "__copy__");
    rv_obj_t *y = reconstruct(x, NULL, NULL);
    return y ? copy_state(x, y, NULL, NULL) : NULL;
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
    if (rv_is_heap_type(x->type))
        return copy_instance(x);
    if (rv_type_find_method(x->type, "__copy__"))
        return call_method0(x, "__copy__");
    return cannot_pickle(x);
}

/* The memo maps ids to copies (copy.py's memo dict, keyed by id(x)) in a
 * hash table, so that a deep copy of n objects takes O(n); it also keeps
 * the originals and their copies alive for the duration of the copy
 * (copy._keep_alive), so ids cannot be reused, and releases them in the
 * order they were registered. */
typedef struct memo {
    rv_idmap_t index; /* id of an original -> its copy */
    rv_obj_t **orig;
    rv_obj_t **copy;
    size_t len, cap;
} memo_t;

/* Slots the memo's lookups inspected since the interpreter started: the
 * tests check that it grows linearly with the objects copied. */
static size_t memo_probes;

size_t rv_copy_memo_probes(void)
{
    return memo_probes;
}

static rv_obj_t *memo_get(const memo_t *m, const rv_obj_t *x)
{
    return rv_idmap_get_counted(&m->index, x->id, &memo_probes);
}

/* Registers y as x's copy unless x has one already (copy.py's deepcopy
 * stores memo[id(x)] again after a copier that registered it). */
static void memo_put(memo_t *m, rv_obj_t *x, rv_obj_t *y)
{
    void **slot = rv_idmap_slot(&m->index, x->id);
    if (*slot)
        return;
    *slot = y;
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
    rv_idmap_free(&m->index);
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

/* y: the empty copy (a dict, or a defaultdict made by its __reduce__). */
static rv_obj_t *deepcopy_dict(rv_obj_t *x, rv_obj_t *y, memo_t *m)
{
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

/* deque.__reduce__ gives (deque, () or ((), maxlen), None, iter(x)):
 * _reconstruct calls deque() or deque((), maxlen) (an extend, which moves
 * the items to the left of the block: sys.getsizeof shows it), registers
 * it, then appends the items' deep copies. */
static rv_obj_t *deepcopy_deque(rv_obj_t *x, memo_t *m)
{
    rv_obj_t *y = rv_deque_new(rv_deque_maxlen(x));
    if (rv_deque_maxlen(x) >= 0) {
        rv_obj_t *empty = rv_tuple_new(0);
        rv_deque_extend(y, empty);
        rv_decref(empty);
    }
    memo_put(m, x, y);
    rv_obj_t *items = rv_list_from_iterable(x);
    for (size_t i = 0; items && i < rv_list_len(items); i++) {
        rv_obj_t *c = deepcopy(rv_list_get_borrow(items, i), m);
        if (!c)
            rv_clearref(&items);
        else
            rv_deque_append(y, c);
        rv_xdecref(c);
    }
    if (!items) {
        rv_decref(y);
        return NULL;
    }
    rv_decref(items);
    return y;
}

/* defaultdict.__reduce__: (type, (factory,), None, None, items). */
static rv_obj_t *deepcopy_defaultdict(rv_obj_t *x, memo_t *m)
{
    rv_obj_t *f = rv_defaultdict_factory_borrow(x);
    f = f ? deepcopy(f, m) : rv_incref(rv_None);
    if (!f)
        return NULL;
    rv_obj_t *y = rv_defaultdict_new(f);
    rv_decref(f);
    return deepcopy_dict(x, y, m);
}

/* Counter.__reduce__: (Counter, (dict(self),)): the dict deep-copied, then
 * Counter(it). */
static rv_obj_t *deepcopy_counter(rv_obj_t *x, memo_t *m)
{
    rv_obj_t *plain = rv_dict_new();
    rv_obj_t *args = rv_dict_update(plain, x) < 0 ? NULL : rv_tuple_pack(1, plain);
    rv_decref(plain);
    rv_obj_t *cargs = args ? deepcopy(args, m) : NULL;
    rv_xdecref(args);
    if (!cargs)
        return NULL;
    rv_obj_t *y = rv_counter_new();
    if (rv_counter_update(y, rv_tuple_get_borrow(cargs, 0)) < 0)
        rv_clearref(&y);
    rv_decref(cargs);
    return y;
}

static rv_obj_t *deep_item(rv_obj_t *x, void *ctx)
{
    return deepcopy(x, ctx);
}

/* The copy goes into the memo before its attributes are copied, so that
 * a cycle back to the instance comes back to the copy. */
static rv_obj_t *deepcopy_instance(rv_obj_t *x, memo_t *m)
{
    if (rv_class_lookup_cstr(x->type, "__deepcopy__")) {
        rv_obj_t *msg = rv_str_from_cstr("__deepcopy__ methods (they take the memo dict)");
        rv_err_set_obj(&rv_exc_RefvizUnsupported, msg);
        rv_decref(msg);
        return NULL;
    }
    rv_obj_t *y = reconstruct(x, deep_item, m);
    if (!y)
        return NULL;
    memo_put(m, x, y);
    return copy_state(x, y, deep_item, m);
}

static rv_obj_t *deepcopy(rv_obj_t *x, memo_t *m)
{
    /* copy.py looks in the memo first; an atomic object is never in it
     * (it is its own copy), so asking the cheaper question first changes
     * nothing. */
    if (deepcopy_atomic(x))
        return rv_incref(x);
    rv_obj_t *y = memo_get(m, x);
    if (y)
        return rv_incref(y);
    if (rv_enter_recursive(" while calling a Python object") < 0)
        return NULL;
    if (RV_IS(x, rv_list_type))
        y = deepcopy_list(x, m);
    else if (RV_IS(x, rv_tuple_type))
        y = deepcopy_tuple(x, m);
    else if (RV_IS(x, rv_dict_type))
        y = deepcopy_dict(x, rv_dict_new(), m);
    else if (RV_IS(x, rv_set_type) || RV_IS(x, rv_frozenset_type))
        y = deepcopy_set(x, m);
    else if (RV_IS(x, rv_deque_type))
        y = deepcopy_deque(x, m);
    else if (RV_IS(x, rv_defaultdict_type))
        y = deepcopy_defaultdict(x, m);
    else if (RV_IS(x, rv_counter_type))
        y = deepcopy_counter(x, m);
    else if (rv_is_heap_type(x->type))
        y = deepcopy_instance(x, m);
    else if (rv_type_find_method(x->type, "__deepcopy__"))
        y = call_method1(x, "__deepcopy__", rv_None);
    else
        y = cannot_pickle(x);
    rv_leave_recursive();
    if (y && y != x)
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
    { "copy", copy_copy, RV_METH_PYFUNC },
    { "deepcopy", copy_deepcopy, RV_METH_PYFUNC },
    { NULL, NULL, 0 },
};

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
    if (strcmp(name, "copy") == 0)
        return copy_functions;
    if (strcmp(name, "sys") == 0)
        return sys_functions;
    if (strcmp(name, "functools") == 0)
        return rv_functools_functions;
    const rv_module_def_t *def = module_def(name);
    return def ? def->functions : NULL;
}

void rv_module_set_value(rv_obj_t *module, const char *name, rv_obj_t *value)
{
    rv_dict_set_cstr(rv_module_dict_borrow(module), name, value);
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
    rv_builtins_finalize();
    rv_class_finalize();
}
