/* src/lang/modules/lru_cache.c - functools._lru_cache_wrapper and CacheInfo, after
 * CPython 3.11's Modules/_functoolsmodule.c.
 *
 * The cache is a hidden dict from the call's key (lru_cache_make_key) to
 * the index of an entry in `ents`, which holds the result and the label
 * the diagram gives it.  The dict's insertion order is the recency order:
 * a hit in a bounded cache deletes and re-inserts its key (CPython moves
 * the link to the most recent end of its list) and eviction drops the
 * first key, the least recently used.  An unbounded cache (maxsize=None)
 * never reorders; maxsize=0 caches nothing and counts misses.  A hit calls
 * nothing, so it creates no frame and the trace shows no call event. */
#include "lang/modules/functools.h"

#include <string.h>

#include "base/alloc.h"
#include "base/buf.h"
#include "core/exc.h"
#include "core/heap.h"
#include "core/obj_dict.h"
#include "core/obj_int.h"
#include "core/obj_misc.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"
#include "lang/objects/class.h"

typedef struct entry {
    rv_obj_t *result; /* owned; NULL when the entry is free */
    char *label;      /* the call's arguments, as the diagram labels the result */
} entry_t;

typedef struct lru {
    rv_obj_t ob;
    rv_obj_t *func;   /* the wrapped callable */
    rv_obj_t *cache;  /* hidden dict: key -> int index into ents */
    rv_obj_t *dict;   /* __dict__, or NULL */
    entry_t *ents;
    size_t nents, cap;
    size_t *freed;    /* indices of free entries (cap of them at most) */
    size_t nfreed;
    intptr_t maxsize; /* -1: unbounded */
    bool typed;
    uint64_t hits, misses;
} lru_t;

/* The separator between positional and keyword arguments in a key (the
 * module's kwd_mark, a bare object()). */
static rv_obj_t kwd_mark;

static int identity_hash(rv_obj_t *o, int64_t *out)
{
    *out = (int64_t)o->id;
    return 0;
}

/******************************************************************************/
/* keys and labels                                                            */

/* lru_cache_make_key: a lone int or str argument is its own key; else a
 * tuple of the positional arguments, then kwd_mark and the keyword names
 * and values in call order, then (typed) the type of each value. */
static rv_obj_t *make_key(rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames, bool typed)
{
    size_t nkw = kwnames ? rv_tuple_len(kwnames) : 0;
    if (!typed && !nkw && nargs == 1 &&
        (RV_IS(args[0], rv_str_type) || RV_IS(args[0], rv_int_type)))
        return rv_incref(args[0]);
    size_t n = nargs + (nkw ? 1 + 2 * nkw : 0) + (typed ? nargs + nkw : 0);
    rv_obj_t *key = rv_tuple_new(n);
    size_t k = 0;
    for (size_t i = 0; i < nargs; i++)
        rv_tuple_set_steal(key, k++, rv_incref(args[i]));
    if (nkw) {
        rv_tuple_set_steal(key, k++, rv_incref(&kwd_mark));
        for (size_t i = 0; i < nkw; i++) {
            rv_tuple_set_steal(key, k++, rv_incref(rv_tuple_get_borrow(kwnames, i)));
            rv_tuple_set_steal(key, k++, rv_incref(args[nargs + i]));
        }
    }
    if (typed)
        for (size_t i = 0; i < nargs + nkw; i++)
            rv_tuple_set_steal(key, k++, rv_incref((rv_obj_t *)args[i]->type));
    return key;
}

/* A repr that runs no user code: instances of user classes show as
 * object.__repr__ would print them, whatever __repr__ they define. */
static void label_add(rv_buf_t *b, rv_obj_t *o)
{
    if (RV_IS(o, rv_tuple_type)) {
        rv_buf_addc(b, '(');
        for (size_t i = 0; i < rv_tuple_len(o); i++) {
            if (i)
                rv_buf_adds(b, ", ");
            label_add(b, rv_tuple_get_borrow(o, i));
        }
        rv_buf_adds(b, rv_tuple_len(o) == 1 ? ",)" : ")");
        return;
    }
    rv_obj_t *r = rv_is_heap_type(o->type) ? rv_instance_default_repr(o) : rv_repr(o);
    if (!r) {
        rv_err_clear();
        rv_buf_addc(b, '?');
        return;
    }
    rv_buf_add(b, rv_str_utf8(r), rv_str_nbytes(r));
    rv_decref(r);
}

/* "10" for f(10), "(1, 2, c=3)" for f(1, 2, c=3); cut to a readable
 * length at a character boundary. */
static char *make_label(rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames)
{
    enum { MAX_LABEL = 48 };
    size_t nkw = kwnames ? rv_tuple_len(kwnames) : 0;
    rv_buf_t b = RV_BUF_INIT;
    bool bare = nargs == 1 && !nkw;
    if (!bare)
        rv_buf_addc(&b, '(');
    for (size_t i = 0; i < nargs + nkw; i++) {
        if (i)
            rv_buf_adds(&b, ", ");
        if (i >= nargs)
            rv_buf_printf(&b, "%s=", rv_str_utf8(rv_tuple_get_borrow(kwnames, i - nargs)));
        label_add(&b, args[i]);
    }
    if (!bare)
        rv_buf_addc(&b, ')');
    size_t len;
    char *s = rv_buf_steal(&b, &len);
    if (len > MAX_LABEL) {
        size_t cut = MAX_LABEL - 3;
        while (cut > 0 && ((unsigned char)s[cut] & 0xC0) == 0x80)
            cut--;
        memcpy(s + cut, "...", 4);
    }
    return s;
}

/******************************************************************************/
/* entries                                                                    */

static size_t entry_index(rv_obj_t *v)
{
    int64_t i = 0;
    rv_int_fits_i64(v, &i);
    return (size_t)i;
}

static size_t entry_alloc(lru_t *l)
{
    if (l->nfreed)
        return l->freed[--l->nfreed];
    if (l->nents == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 8;
        l->ents = rv_realloc(l->ents, l->cap * sizeof *l->ents);
        l->freed = rv_realloc(l->freed, l->cap * sizeof *l->freed);
    }
    return l->nents++;
}

/* Adds a new most recent entry for key. */
static int cache_add(lru_t *l, rv_obj_t *key, rv_obj_t *result, char *label)
{
    rv_touch(&l->ob);
    size_t i = entry_alloc(l);
    l->ents[i].result = rv_incref(result);
    l->ents[i].label = label;
    rv_obj_t *idx = rv_int_from_u64(i);
    int err = rv_dict_set(l->cache, key, idx);
    rv_decref(idx);
    if (err < 0) {
        rv_clearref(&l->ents[i].result);
        rv_free(l->ents[i].label);
        l->freed[l->nfreed++] = i;
    }
    return err;
}

/* A full cache: the least recently used entry makes room for key, and its
 * result is released after the new one is in (as CPython reuses the link). */
static int cache_replace_oldest(lru_t *l, rv_obj_t *key, rv_obj_t *result, char *label)
{
    size_t pos = 0;
    rv_obj_t *oldkey, *idx;
    rv_dict_next(l->cache, &pos, &oldkey, &idx);
    rv_incref(oldkey);
    rv_incref(idx);
    rv_touch(&l->ob);
    entry_t *e = &l->ents[entry_index(idx)];
    rv_obj_t *oldresult = e->result;
    char *oldlabel = e->label;
    int err = rv_dict_del(l->cache, oldkey);
    e->result = rv_incref(result);
    e->label = label;
    if (err == 0)
        err = rv_dict_set(l->cache, key, idx);
    rv_decref(idx);
    rv_decref(oldkey);
    rv_free(oldlabel);
    rv_decref(oldresult);
    return err;
}

/* Stores a computed result, unless the call itself (a recursion) already
 * cached the key: a bounded cache keeps that entry, an unbounded one
 * replaces its result in place (PyDict_SetItem of an existing key). */
static int cache_store(lru_t *l, rv_obj_t *key, rv_obj_t *result, rv_obj_t *const *args,
                       size_t nargs, rv_obj_t *kwnames)
{
    rv_obj_t *idx = rv_dict_get_borrow(l->cache, key);
    if (!idx && rv_err_occurred())
        return -1;
    if (idx) {
        if (l->maxsize >= 0)
            return 0;
        rv_touch(&l->ob);
        rv_setref(&l->ents[entry_index(idx)].result, result);
        return 0;
    }
    char *label = make_label(args, nargs, kwnames);
    size_t size = rv_dict_len(l->cache);
    if (l->maxsize < 0 || (intptr_t)size < l->maxsize || size == 0)
        return cache_add(l, key, result, label);
    return cache_replace_oldest(l, key, result, label);
}

/* Moves a hit key to the most recent end. */
static int cache_touch_key(lru_t *l, rv_obj_t *key, rv_obj_t *idx)
{
    rv_touch(&l->ob);
    rv_incref(idx);
    int err = rv_dict_del(l->cache, key);
    if (err == 0)
        err = rv_dict_set(l->cache, key, idx);
    rv_decref(idx);
    return err;
}

/* Empties the cache, releasing the results oldest first as CPython's
 * lru_cache_clear_list walks its list. */
static void cache_clear(lru_t *l)
{
    if (!l->cache || !l->nents)
        return;
    rv_touch(&l->ob);
    size_t n = rv_dict_len(l->cache), k = 0, pos = 0;
    rv_obj_t **results = rv_malloc((n ? n : 1) * sizeof *results);
    rv_obj_t *key, *idx;
    while (rv_dict_next(l->cache, &pos, &key, &idx) && k < n) {
        entry_t *e = &l->ents[entry_index(idx)];
        results[k++] = e->result;
        e->result = NULL;
        rv_free(e->label);
        e->label = NULL;
    }
    l->nents = l->nfreed = 0;
    rv_dict_clear(l->cache);
    for (size_t i = 0; i < k; i++)
        rv_xdecref(results[i]);
    rv_free(results);
}

/******************************************************************************/
/* the wrapper                                                                */

rv_obj_t *rv_lru_cache_new(rv_obj_t *func, rv_obj_t *maxsize, bool typed)
{
    intptr_t size = -1;
    if (maxsize != rv_None) {
        int64_t v;
        if (!rv_int_fits_i64(maxsize, &v) || v > INTPTR_MAX) {
            rv_err_format(&rv_exc_OverflowError,
                          "Python int too large to convert to C ssize_t");
            return NULL;
        }
        size = v < 0 ? 0 : (intptr_t)v;
    }
    lru_t *l = rv_obj_alloc(&rv_lru_cache_type, sizeof(lru_t));
    l->func = rv_incref(func);
    l->cache = rv_dict_new();
    l->maxsize = size;
    l->typed = typed;
    return &l->ob;
}

static rv_obj_t *lru_call(rv_obj_t *o, rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames)
{
    lru_t *l = (lru_t *)o;
    if (l->maxsize == 0) {
        l->misses++;
        return rv_call(l->func, args, nargs, kwnames);
    }
    rv_obj_t *key = make_key(args, nargs, kwnames, l->typed);
    rv_obj_t *idx = rv_dict_get_borrow(l->cache, key);
    rv_obj_t *result = NULL;
    if (idx) {
        l->hits++;
        result = rv_incref(l->ents[entry_index(idx)].result);
        if (l->maxsize > 0 && cache_touch_key(l, key, idx) < 0)
            rv_clearref(&result);
    } else if (!rv_err_occurred()) {
        l->misses++;
        result = rv_call(l->func, args, nargs, kwnames);
        if (result && cache_store(l, key, result, args, nargs, kwnames) < 0)
            rv_clearref(&result);
    }
    rv_decref(key);
    return result;
}

static void lru_clear(rv_obj_t *o)
{
    lru_t *l = (lru_t *)o;
    cache_clear(l);
    rv_clearref(&l->cache);
    rv_clearref(&l->func);
    rv_dict_clear_owned(&l->dict, o);
}

static void lru_release(rv_obj_t *o)
{
    lru_t *l = (lru_t *)o;
    rv_free(l->ents);
    rv_free(l->freed);
    rv_obj_free(o);
}

/* The results in recency order (least recent first), each labelled by its
 * call's arguments, after __wrapped__. */
static void lru_traverse(rv_obj_t *o, rv_visit_fn visit, void *ctx)
{
    lru_t *l = (lru_t *)o;
    rv_edge_t hidden = { .kind = RV_EDGE_HIDDEN };
    /* __wrapped__ first: new results are appended after it, so a step
     * marks only the results it added as changed. */
    if (l->dict)
        rv_functools_visit_dict(l->dict, visit, ctx);
    if (l->cache) {
        size_t pos = 0;
        rv_obj_t *key, *idx;
        while (rv_dict_next(l->cache, &pos, &key, &idx)) {
            entry_t *e = &l->ents[entry_index(idx)];
            rv_edge_t edge = { .kind = RV_EDGE_NAMED, .name = e->label };
            if (e->result)
                visit(e->result, &edge, ctx);
        }
        visit(l->cache, &hidden, ctx);
    }
    if (l->func)
        visit(l->func, &hidden, ctx);
}

static size_t lru_size(rv_obj_t *o)
{
    (void)o;
    return 168; /* lru_cache_object + GC header */
}

static rv_obj_t *lru_getattr(rv_obj_t *o, rv_obj_t *name)
{
    lru_t *l = (lru_t *)o;
    const char *n = rv_str_utf8(name);
    if (strcmp(n, "__dict__") == 0) {
        if (!l->dict)
            l->dict = rv_dict_new_owned(o);
        return rv_incref(l->dict);
    }
    rv_obj_t *v = rv_functools_dict_get(&l->dict, name);
    if (v || rv_err_occurred())
        return v;
    const rv_method_t *m = rv_type_find_method(o->type, n);
    if (m)
        return rv_builtin_new(m, o);
    rv_err_format(&rv_exc_AttributeError, "'%s' object has no attribute '%s'", o->type->name, n);
    return NULL;
}

static int lru_setattr(rv_obj_t *o, rv_obj_t *name, rv_obj_t *value)
{
    lru_t *l = (lru_t *)o;
    return rv_functools_dict_set(o, &l->dict, name, value);
}

static rv_obj_t *cacheinfo_new(lru_t *l);

static rv_obj_t *lru_cache_info(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                rv_obj_t *kwnames)
{
    if (rv_arg_no_kw("cache_info", kwnames) < 0 || rv_arg_count("cache_info", nargs, 0, 0) < 0)
        return NULL;
    return cacheinfo_new((lru_t *)self);
}

static rv_obj_t *lru_cache_clear(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                 rv_obj_t *kwnames)
{
    if (rv_arg_no_kw("cache_clear", kwnames) < 0 ||
        rv_arg_count("cache_clear", nargs, 0, 0) < 0)
        return NULL;
    lru_t *l = (lru_t *)self;
    l->hits = l->misses = 0;
    cache_clear(l);
    return rv_incref(rv_None);
}

static const rv_method_t lru_methods[] = {
    { "cache_info", lru_cache_info, 0 },
    { "cache_clear", lru_cache_clear, 0 },
    { NULL, NULL, 0 },
};

rv_type_t rv_lru_cache_type = {
    .name = "functools._lru_cache_wrapper",
    .flags = RV_TF_GC | RV_TF_MUTABLE | RV_TF_EXTTYPE,
    .clear = lru_clear,
    .release = lru_release,
    .traverse = lru_traverse,
    .repr = rv_default_repr,
    .hash = identity_hash,
    .call = lru_call,
    .getattr = lru_getattr,
    .setattr = lru_setattr,
    .methods = lru_methods,
    .size = lru_size,
};

/******************************************************************************/
/* CacheInfo: namedtuple('CacheInfo', ["hits", "misses", "maxsize", "currsize"]) */

static const char *const cacheinfo_fields[] = { "hits", "misses", "maxsize", "currsize" };
enum { NFIELDS = 4 };

static rv_obj_t *cacheinfo_new(lru_t *l)
{
    rv_tuple_t *t = rv_obj_alloc(&rv_cacheinfo_type,
                                 sizeof(rv_tuple_t) + NFIELDS * sizeof(rv_obj_t *));
    t->len = NFIELDS;
    t->hash = -1;
    t->items[0] = rv_int_from_u64(l->hits);
    t->items[1] = rv_int_from_u64(l->misses);
    t->items[2] = l->maxsize < 0 ? rv_incref(rv_None) : rv_int_from_i64(l->maxsize);
    t->items[3] = rv_int_from_u64(l->cache ? rv_dict_len(l->cache) : 0);
    return &t->ob;
}

static rv_obj_t *cacheinfo_repr(rv_obj_t *o)
{
    rv_buf_t b = RV_BUF_INIT;
    rv_buf_adds(&b, "CacheInfo(");
    for (size_t i = 0; i < NFIELDS; i++) {
        rv_obj_t *r = rv_repr(rv_tuple_get_borrow(o, i));
        if (!r) {
            rv_buf_free(&b);
            return NULL;
        }
        rv_buf_printf(&b, "%s%s=%s", i ? ", " : "", cacheinfo_fields[i], rv_str_utf8(r));
        rv_decref(r);
    }
    rv_buf_addc(&b, ')');
    rv_obj_t *s = rv_str_from_buf(&b);
    rv_buf_free(&b);
    return s;
}

static rv_obj_t *cacheinfo_getattr(rv_obj_t *o, rv_obj_t *name)
{
    const char *n = rv_str_utf8(name);
    for (size_t i = 0; i < NFIELDS; i++)
        if (strcmp(n, cacheinfo_fields[i]) == 0)
            return rv_incref(rv_tuple_get_borrow(o, i));
    if (strcmp(n, "_fields") == 0) {
        rv_obj_t *t = rv_tuple_new(NFIELDS);
        for (size_t i = 0; i < NFIELDS; i++)
            rv_tuple_set_steal(t, i, rv_str_from_cstr(cacheinfo_fields[i]));
        return t;
    }
    const rv_method_t *m = rv_type_find_method(o->type, n);
    if (m)
        return rv_builtin_new(m, o);
    rv_err_format(&rv_exc_AttributeError, "'%s' object has no attribute '%s'", o->type->name, n);
    return NULL;
}

static int cacheinfo_setattr(rv_obj_t *o, rv_obj_t *name, rv_obj_t *value)
{
    (void)value;
    const char *n = rv_str_utf8(name);
    for (size_t i = 0; i < NFIELDS; i++)
        if (strcmp(n, cacheinfo_fields[i]) == 0) {
            rv_err_format(&rv_exc_AttributeError, "can't set attribute");
            return -1;
        }
    rv_err_format(&rv_exc_AttributeError, "'%s' object has no attribute '%s'", o->type->name, n);
    return -1;
}

/* A tuple subclass: the tuple's layout and slots (filled by init). */
rv_type_t rv_cacheinfo_type = {
    .name = "CacheInfo",
    .base = &rv_tuple_type,
    .flags = RV_TF_GC | RV_TF_MUTABLE | RV_TF_BASETYPE,
    .repr = cacheinfo_repr,
    .getattr = cacheinfo_getattr,
    .setattr = cacheinfo_setattr,
};

/* Static objects get their ids on first use (functools' import), so that
 * programs which never import it keep their ids. */
void rv_functools_init(void)
{
    rv_obj_init_static(&kwd_mark, &rv_object_type);
    rv_type_t *const types[] = { &rv_lru_cache_type, &rv_cacheinfo_type, &rv_partial_type };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        rv_obj_init_static(&types[i]->ob, &rv_type_type);
    rv_cacheinfo_type.clear = rv_tuple_type.clear;
    rv_cacheinfo_type.release = rv_tuple_type.release;
    rv_cacheinfo_type.traverse = rv_tuple_type.traverse;
    rv_cacheinfo_type.hash = rv_tuple_type.hash;
    rv_cacheinfo_type.size = rv_tuple_type.size;
    rv_cacheinfo_type.methods = rv_tuple_type.methods;
    rv_type_inherit_slots(&rv_cacheinfo_type);
}
