/* src/lang/modules/mod_copy.c - the copy module (Lib/copy.py): copy.copy and
 * copy.deepcopy, with copy.py's dispatch (immutable and atomic types, the
 * per-type copiers, a class's __copy__) and, for instances of classes,
 * what their __reduce_ex__(4) makes _reconstruct do, in its order: the new
 * object (cls.__new__, or the class called for a set, frozenset or deque
 * subclass), registered in the memo, then its state, then a list or dict
 * subclass's items. */
#include <string.h>

#include "base/alloc.h"
#include "base/idmap.h"
#include "core/exc.h"
#include "core/obj_bytearray.h"
#include "core/obj_bytes.h"
#include "core/obj_counter.h"
#include "core/obj_defaultdict.h"
#include "core/obj_deque.h"
#include "core/obj_dict.h"
#include "core/obj_int.h"
#include "core/obj_list.h"
#include "core/obj_memoryview.h"
#include "core/obj_misc.h"
#include "core/obj_set.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"
#include "core/obj_weakref.h"
#include "lang/objects/class.h"
#include "lang/vm/builtins_int.h"
#include "lang/modules/mod_random.h"
#include "lang/modules/modules_int.h"
#include "lang/vm/vm.h"


/* _copy_immutable: these types are returned as they are by copy.copy. */
static bool copy_immutable(const rv_obj_t *x)
{
    const rv_type_t *t = x->type;
    return t == &rv_none_type || t == &rv_int_type || t == &rv_float_type ||
           t == &rv_bool_type || t == &rv_str_type || t == &rv_tuple_type ||
           t == &rv_bytes_type ||
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
           t == &rv_bytes_type ||
           t == &rv_range_type || t == &rv_builtin_type || t == &rv_libfunc_type ||
           t == &rv_function_type ||
           t == &rv_ellipsis_type || t == &rv_notimpl_type || t == &rv_code_type ||
           t == &rv_weakref_type || rv_isinstance(x, &rv_type_type);
}

/* bytearray.__reduce_ex__(4) is (bytearray, (bytes(x),)): copying calls
 * bytearray(b'...'), an exact-size bytearray. */
static rv_obj_t *copy_bytearray(rv_obj_t *x)
{
    return rv_bytearray_from(rv_bytearray_data(x), rv_bytearray_len(x));
}

static rv_obj_t *cannot_pickle(const rv_obj_t *x)
{
    if (RV_IS(x, rv_memoryview_type)) {
        rv_err_format(&rv_exc_TypeError, "cannot pickle memoryview objects");
        return NULL;
    }
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

/******************************************************************************/
/* instances of classes: what their __reduce_ex__(4) has _reconstruct do     */

/* What object.__reduce_ex__(4) makes copy do with an instance of a class:
 * a new object made without __init__ (a tuple subclass: from its items;
 * an exception: the class called with its args), given the original's
 * attributes, each passed through `item` (NULL: as they are); a list or
 * dict subclass's items are then added through its own append and
 * __setitem__ (copy_items). */
typedef rv_obj_t *(*copy_item_fn)(rv_obj_t *x, void *ctx);

static rv_obj_t *pass(rv_obj_t *x, copy_item_fn item, void *ctx)
{
    return item ? item(x, ctx) : rv_incref(x);
}

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

/* copyreg.__newobj__: cls.__new__(cls, *args), the class's own __new__
 * if it has one, else its built-in base's. */
static rv_obj_t *newobj(rv_type_t *t, rv_obj_t *const *args, size_t nargs)
{
    rv_obj_t *newf = rv_class_lookup_cstr(t, "__new__");
    if (!newf)
        return rv_instance_new(t, args, nargs);
    rv_obj_t *vec[2] = { &t->ob, nargs ? args[0] : NULL };
    rv_obj_t *f = rv_descr_bind(newf, NULL, t);
    rv_obj_t *y = rv_call(f, vec, nargs + 1, NULL);
    rv_decref(f);
    return y;
}

/* The class called with one argument, list(x) passed through item (set
 * and frozenset subclasses: set_reduce), or with deque_reduce's () or
 * ((), maxlen). */
static rv_obj_t *call_class(rv_obj_t *x, copy_item_fn item, void *ctx)
{
    rv_obj_t *args[2] = { NULL, NULL };
    size_t n = 0;
    if (rv_isinstance(x, &rv_deque_type)) {
        if (rv_deque_maxlen(x) >= 0) {
            args[n++] = rv_tuple_new(0);
            args[n++] = rv_int_from_i64(rv_deque_maxlen(x));
        }
    } else {
        rv_obj_t *list = rv_list_from_iterable(x);
        if (!list)
            return NULL;
        args[n++] = pass(list, item, ctx);
        rv_decref(list);
        if (!args[0])
            return NULL;
    }
    rv_obj_t *y = rv_call((rv_obj_t *)x->type, args, n, NULL);
    for (size_t i = 0; i < n; i++)
        rv_decref(args[i]);
    return y;
}

/* The new object, before its state: items and args pass through `item`. */
static rv_obj_t *reconstruct(rv_obj_t *x, copy_item_fn item, void *ctx)
{
    rv_type_t *t = (rv_type_t *)x->type;
    rv_type_t *native = rv_class_ext(t)->native;
    if (native == &rv_object_type || native == &rv_list_type || native == &rv_dict_type)
        return newobj(t, NULL, 0);
    if (native == &rv_set_type || native == &rv_frozenset_type || native == &rv_deque_type)
        return call_class(x, item, ctx);
    if (native == &rv_str_type) {
        /* str.__getnewargs__: a plain copy of the text. */
        rv_obj_t *s = rv_str(x);
        rv_obj_t *y = s ? newobj(t, &s, 1) : NULL;
        rv_xdecref(s);
        return y;
    }
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

/* _PyObject_GetItemsIter, which __reduce_ex__ calls before anything is
 * made: iter(x) for a list subclass (deque's __reduce__ too), iter of
 * x.items() for a dict subclass, through the class's own __iter__ and
 * items; rv_None for the others, NULL with an exception. */
static rv_obj_t *items_iter(rv_obj_t *x)
{
    rv_type_t *native = rv_class_ext(x->type)->native;
    if (native == &rv_list_type || native == &rv_deque_type)
        return rv_iter(x);
    if (native != &rv_dict_type)
        return rv_incref(rv_None);
    rv_obj_t *items = call_method0(x, "items");
    rv_obj_t *it = items ? rv_iter(items) : NULL;
    rv_xdecref(items);
    return it;
}

/* _reconstruct's listiter and dictiter, after the state: y.append(item)
 * for a list or deque subclass, y[key] = value for a dict subclass, so
 * that the class's own append and __setitem__ run (steals y). */
static rv_obj_t *copy_items(rv_obj_t *x, rv_obj_t *y, rv_obj_t *it, copy_item_fn item,
                            void *ctx)
{
    bool is_dict = rv_class_ext(x->type)->native == &rv_dict_type;
    rv_obj_t *e;
    int err = 0;
    while (!err && it != rv_None && (e = rv_next(it)) != NULL) {
        if (is_dict) {
            rv_obj_t *k = pass(rv_tuple_get_borrow(e, 0), item, ctx);
            rv_obj_t *v = k ? pass(rv_tuple_get_borrow(e, 1), item, ctx) : NULL;
            err = v ? rv_setitem(y, k, v) : -1;
            rv_xdecref(k);
            rv_xdecref(v);
        } else {
            rv_obj_t *c = pass(e, item, ctx);
            rv_obj_t *r = c ? call_method1(y, "append", c) : NULL;
            err = r ? 0 : -1;
            rv_xdecref(c);
            rv_xdecref(r);
        }
        rv_decref(e);
    }
    if (err || rv_err_occurred()) {
        rv_decref(y);
        return NULL;
    }
    return y;
}

static rv_obj_t *copy_instance(rv_obj_t *x)
{
    /* A class's __copy__, or deque's (the class called with the deque). */
    if (rv_class_lookup_cstr(x->type, "__copy__") || rv_isinstance(x, &rv_deque_type))
        return call_method0(x, "__copy__");
    rv_obj_t *it = items_iter(x);
    rv_obj_t *y = it ? reconstruct(x, NULL, NULL) : NULL;
    y = y ? copy_state(x, y, NULL, NULL) : NULL;
    y = y ? copy_items(x, y, it, NULL, NULL) : NULL;
    rv_xdecref(it);
    return y;
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
    if (RV_IS(x, rv_random_type))
        return rv_random_copy(x);
    if (RV_IS(x, rv_bytearray_type))
        return copy_bytearray(x);
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
    rv_obj_t *it = items_iter(x);
    rv_obj_t *y = it ? reconstruct(x, deep_item, m) : NULL;
    if (!y) {
        rv_xdecref(it);
        return NULL;
    }
    memo_put(m, x, y);
    y = copy_state(x, y, deep_item, m);
    y = y ? copy_items(x, y, it, deep_item, m) : NULL;
    rv_decref(it);
    return y;
}

static rv_obj_t *deepcopy(rv_obj_t *x, memo_t *m);

/* Random.__reduce__: (Random, (), getstate()): the copy is registered,
 * then given the deep copy of the state, whose only object that can be
 * copied is gauss_next. */
static rv_obj_t *deepcopy_random(rv_obj_t *x, memo_t *m)
{
    rv_obj_t *y = rv_random_copy(x);
    rv_obj_t *g = RV_RANDOM(x)->gauss_next;
    if (!g)
        return y;
    memo_put(m, x, y);
    rv_obj_t *c = deepcopy(g, m);
    if (!c) {
        rv_decref(y);
        return NULL;
    }
    rv_setref(&RV_RANDOM(y)->gauss_next, c);
    rv_decref(c);
    return y;
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
    else if (RV_IS(x, rv_random_type))
        y = deepcopy_random(x, m);
    else if (RV_IS(x, rv_bytearray_type))
        y = copy_bytearray(x);
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

const rv_module_def_t rv_mod_copy = {
    .name = "copy",
    .functions = copy_functions,
};
