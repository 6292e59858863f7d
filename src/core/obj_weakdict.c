/* src/core/obj_weakdict.c - weakref.WeakValueDictionary (see
 * obj_weakdict.h).  Methods follow Lib/weakref.py: a key whose value died is
 * absent for every operation; keys(), values() and items() iterate over a
 * list taken when they are called (CPython returns generators). */
#include "core/obj_weakdict.h"

#include <string.h>

#include "core/exc.h"
#include "core/heap.h"
#include "core/obj_bool.h"
#include "core/obj_dict.h"
#include "core/obj_list.h"
#include "core/obj_misc.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"
#include "core/obj_weakref.h"

#define WD(o) ((rv_weakdict_t *)(o))

rv_obj_t *rv_weakvaluedict_new(void)
{
    rv_weakdict_t *d = rv_obj_alloc(&rv_weakvaluedict_type, sizeof(rv_weakdict_t));
    d->data = rv_dict_new();
    return &d->ob;
}

/* KeyedRef's callback (WeakValueDictionary.__init__.remove): the entry
 * goes if it still holds this reference. */
static void entry_died(rv_weakref_t *r)
{
    rv_obj_t *owner = r->owner;
    if (!owner || !r->key)
        return;
    rv_obj_t *data = WD(owner)->data;
    rv_obj_t *saved = rv_err_fetch();
    rv_touch(owner); /* its drawn items are the data dict's */
    if (rv_dict_get_borrow(data, r->key) == &r->ob)
        rv_dict_del(data, r->key);
    rv_err_restore(saved);
}

/* The live value of key (borrowed), NULL without an exception if there is
 * none, NULL with one if hashing failed. */
static rv_obj_t *live_value(rv_obj_t *o, rv_obj_t *key)
{
    rv_obj_t *r = rv_dict_get_borrow(WD(o)->data, key);
    return r ? rv_weakref_get_borrow(r) : NULL;
}

static int wd_set(rv_obj_t *o, rv_obj_t *key, rv_obj_t *value)
{
    rv_touch(o); /* its drawn items are the data dict's */
    if (!value)
        return rv_dict_del(WD(o)->data, key);
    rv_obj_t *r = rv_weakref_new_unshared(value);
    if (!r)
        return -1;
    RV_WEAKREF(r)->on_dead = entry_died;
    RV_WEAKREF(r)->owner = o;
    RV_WEAKREF(r)->key = rv_incref(key);
    int err = rv_dict_set(WD(o)->data, key, r);
    rv_decref(r);
    return err;
}

static rv_obj_t *wd_getitem(rv_obj_t *o, rv_obj_t *key)
{
    rv_obj_t *v = live_value(o, key);
    if (v)
        return rv_incref(v);
    if (!rv_err_occurred())
        rv_err_set_obj(&rv_exc_KeyError, key);
    return NULL;
}

static int wd_contains(rv_obj_t *o, rv_obj_t *key)
{
    rv_obj_t *v = live_value(o, key);
    return v ? 1 : rv_err_occurred() ? -1 : 0;
}

static int wd_len(rv_obj_t *o, size_t *out)
{
    *out = rv_dict_len(WD(o)->data);
    return 0;
}

/* what: 0 keys, 1 values, 2 (key, value) pairs of the live entries. */
static rv_obj_t *live_list(rv_obj_t *o, int what)
{
    rv_obj_t *list = rv_list_new(0);
    size_t pos = 0;
    rv_obj_t *k, *r;
    while (rv_dict_next(WD(o)->data, &pos, &k, &r)) {
        rv_obj_t *v = rv_weakref_get_borrow(r);
        if (!v)
            continue;
        rv_obj_t *item = what == 0 ? rv_incref(k) : what == 1 ? rv_incref(v)
                                                             : rv_tuple_pack(2, k, v);
        rv_list_append(list, item);
        rv_decref(item);
    }
    return list;
}

static rv_obj_t *live_iter(rv_obj_t *o, int what)
{
    rv_obj_t *list = live_list(o, what);
    rv_obj_t *it = rv_iter(list);
    rv_decref(list);
    return it;
}

static rv_obj_t *wd_iter(rv_obj_t *o)
{
    return live_iter(o, 0);
}

static rv_obj_t *wd_keys(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    if (rv_arg_no_kw("keys", kw) < 0 || rv_arg_count("keys", nargs, 0, 0) < 0)
        return NULL;
    return live_iter(self, 0);
}

static rv_obj_t *wd_values(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    if (rv_arg_no_kw("values", kw) < 0 || rv_arg_count("values", nargs, 0, 0) < 0)
        return NULL;
    return live_iter(self, 1);
}

static rv_obj_t *wd_items(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    if (rv_arg_no_kw("items", kw) < 0 || rv_arg_count("items", nargs, 0, 0) < 0)
        return NULL;
    return live_iter(self, 2);
}

static rv_obj_t *wd_get(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    if (rv_arg_no_kw("get", kw) < 0 || rv_arg_count("get", nargs, 1, 2) < 0)
        return NULL;
    rv_obj_t *v = live_value(self, args[0]);
    if (v)
        return rv_incref(v);
    if (rv_err_occurred())
        return NULL;
    return rv_incref(nargs == 2 ? args[1] : rv_None);
}

static rv_obj_t *wd_pop(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    if (rv_arg_no_kw("pop", kw) < 0 || rv_arg_count("pop", nargs, 1, 2) < 0)
        return NULL;
    rv_obj_t *v = live_value(self, args[0]);
    if (!v) {
        if (rv_err_occurred())
            return NULL;
        if (nargs == 2)
            return rv_incref(args[1]);
        rv_err_set_obj(&rv_exc_KeyError, args[0]);
        return NULL;
    }
    rv_incref(v);
    rv_touch(self);
    if (rv_dict_del(WD(self)->data, args[0]) < 0) {
        rv_decref(v);
        return NULL;
    }
    return v;
}

static void wd_clear(rv_obj_t *o)
{
    rv_weakdict_t *d = WD(o);
    if (!d->data)
        return;
    size_t pos = 0;
    rv_obj_t *k, *r;
    while (rv_dict_next(d->data, &pos, &k, &r))
        RV_WEAKREF(r)->owner = NULL;
    rv_clearref(&d->data);
}

/* Drawn like a dict of its live items: each key (held strongly, by the
 * data dict) and its value, weakly (through the KeyedRef the data dict
 * holds).  The data dict and its KeyedRefs are not drawn. */
static void wd_traverse(rv_obj_t *o, rv_visit_fn visit, void *ctx)
{
    rv_obj_t *data = WD(o)->data;
    if (!data)
        return;
    size_t pos = 0;
    rv_obj_t *k, *r;
    while (rv_dict_next(data, &pos, &k, &r)) {
        rv_obj_t *v = RV_IS(r, rv_weakref_type) ? rv_weakref_get_borrow(r) : NULL;
        if (!v)
            continue;
        rv_edge_t ke = { .kind = RV_EDGE_KEY, .view = true };
        visit(k, &ke, ctx);
        rv_edge_t ve = { .kind = RV_EDGE_VALUE, .key = k, .weak = true };
        visit(v, &ve, ctx);
    }
    rv_edge_t hidden = { .kind = RV_EDGE_HIDDEN };
    visit(data, &hidden, ctx);
}

static rv_obj_t *wd_repr(rv_obj_t *o)
{
    return rv_str_printf("<%s at 0x%llx>", o->type->name, (unsigned long long)o->id);
}

/* WeakValueDictionary(other=(), /, **kw): only the positional mapping. */
static rv_obj_t *wd_make(rv_type_t *type, rv_obj_t *const *args, size_t nargs,
                         rv_obj_t *kwnames)
{
    (void)type;
    if (rv_arg_no_kw("WeakValueDictionary", kwnames) < 0 ||
        rv_arg_count("WeakValueDictionary", nargs, 0, 1) < 0)
        return NULL;
    rv_obj_t *d = rv_weakvaluedict_new();
    if (nargs == 1) {
        rv_obj_t *tmp = rv_dict_new();
        int err = rv_dict_update(tmp, args[0]);
        size_t pos = 0;
        rv_obj_t *k, *v;
        while (!err && rv_dict_next(tmp, &pos, &k, &v))
            err = wd_set(d, k, v);
        rv_decref(tmp);
        if (err < 0) {
            rv_decref(d);
            return NULL;
        }
    }
    return d;
}

static size_t wd_size(rv_obj_t *o)
{
    (void)o;
    return 56; /* an instance of a Python class with __dict__, CPython 3.11 */
}

static const rv_method_t wd_methods[] = {
    { "get", wd_get, 0 },
    { "keys", wd_keys, 0 },
    { "values", wd_values, 0 },
    { "items", wd_items, 0 },
    { "pop", wd_pop, 0 },
    { NULL, NULL, 0 },
};

rv_type_t rv_weakvaluedict_type = {
    .name = "WeakValueDictionary",
    .ext = "weakref", /* its module, for repr(WeakValueDictionary) */
    .flags = RV_TF_GC | RV_TF_MUTABLE | RV_TF_WEAKREFABLE | RV_TF_PYCLASS | RV_TF_ABCMETA |
              RV_TF_BASETYPE,
    .clear = wd_clear,
    .release = rv_obj_free,
    .traverse = wd_traverse,
    .repr = wd_repr,
    .len = wd_len,
    .getitem = wd_getitem,
    .setitem = wd_set,
    .contains = wd_contains,
    .iter = wd_iter,
    .methods = wd_methods,
    .make = wd_make,
    .size = wd_size,
};
