/* src/core/obj_set.c - set and frozenset (Objects/setobject.c, 3.11).
 *
 * The table is CPython's, so that iteration order and sys.getsizeof match:
 * open addressing over (key, hash) slots, a table of 8 built into the object,
 * LINEAR_PROBES = 9 neighbours tried before perturbed jumps, dummies for
 * deleted keys, and a resize to used*4 (used*2 past 50000) when
 * fill*5 >= mask*3.  getsizeof = 216, plus 16 bytes a slot for a table
 * larger than the built-in one. */
#include "core/obj_set.h"

#include <string.h>

#include "base/alloc.h"
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

enum { MINSIZE = 8, LINEAR_PROBES = 9, PERTURB_SHIFT = 5 };

typedef struct slot {
    rv_obj_t *key;   /* NULL: empty; &dummy: deleted */
    int64_t hash;
} slot_t;

typedef struct rv_set {
    rv_obj_t ob;
    size_t fill;     /* active + dummy */
    size_t used;     /* active */
    size_t mask;
    slot_t *table;   /* smalltable or heap */
    slot_t small[MINSIZE];
    int64_t hash;    /* frozenset: cached, -1 */
} rv_set_t;

#define SET(o) ((rv_set_t *)(o))

static rv_obj_t dummy_key;
#define DUMMY (&dummy_key)

bool rv_is_anyset(const rv_obj_t *o)
{
    return rv_isinstance(o, &rv_set_type) || rv_isinstance(o, &rv_frozenset_type);
}

static rv_obj_t *alloc_set(rv_type_t *type)
{
    rv_set_t *s = rv_obj_alloc(type, sizeof(rv_set_t));
    s->mask = MINSIZE - 1;
    s->table = s->small;
    s->hash = -1;
    return &s->ob;
}

static int keys_equal(rv_obj_t *a, rv_obj_t *b)
{
    if (a == b)
        return 1;
    if (RV_IS(a, rv_str_type) && RV_IS(b, rv_str_type))
        return rv_str_equal(a, b);
    return rv_richcompare_bool(a, b, RV_EQ);
}

/* set_add_entry / set_lookkey probing.  Returns the slot of key, or of
 * where to insert it (*found false).  -1 on a comparison error. */
static int probe(rv_set_t *s, rv_obj_t *key, int64_t hash, slot_t **where, bool *found)
{
    size_t mask = s->mask;
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    slot_t *freeslot = NULL;
    *found = false;
    for (;;) {
        slot_t *entry = &s->table[i];
        size_t probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->key == NULL) {
                *where = freeslot ? freeslot : entry;
                return 0;
            }
            if (entry->key == DUMMY) {
                if (!freeslot)
                    freeslot = entry;
            } else if (entry->hash == hash) {
                rv_obj_t *k = rv_incref(entry->key);
                int eq = keys_equal(k, key);
                rv_decref(k);
                if (eq < 0)
                    return -1;
                if (eq) {
                    *where = entry;
                    *found = true;
                    return 0;
                }
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* set_insert_clean: no dummies, no equal keys (used while resizing). */
static void insert_clean(slot_t *table, size_t mask, rv_obj_t *key, int64_t hash)
{
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    slot_t *entry;
    for (;;) {
        entry = &table[i];
        if (entry->key == NULL)
            goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (size_t j = 0; j < LINEAR_PROBES; j++) {
                entry++;
                if (entry->key == NULL)
                    goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found:
    entry->key = key;
    entry->hash = hash;
}

static void table_resize(rv_set_t *s, size_t minused)
{
    rv_touch(&s->ob);
    size_t newsize = MINSIZE;
    while (newsize <= minused)
        newsize <<= 1;
    slot_t *old = s->table;
    size_t oldmask = s->mask;
    slot_t copy[MINSIZE];
    if (old == s->small) {
        memcpy(copy, s->small, sizeof copy);
        old = copy;
    }
    slot_t *table = newsize == MINSIZE ? s->small : rv_calloc(newsize, sizeof *table);
    if (table == s->small)
        memset(s->small, 0, sizeof s->small);
    for (size_t i = 0; i <= oldmask; i++)
        if (old[i].key && old[i].key != DUMMY)
            insert_clean(table, newsize - 1, old[i].key, old[i].hash);
    if (s->table != s->small)
        rv_free(s->table);
    s->table = table;
    s->mask = newsize - 1;
    s->fill = s->used;
}

static int add_entry(rv_set_t *s, rv_obj_t *key, int64_t hash)
{
    rv_touch(&s->ob);
    slot_t *where;
    bool found;
    if (probe(s, key, hash, &where, &found) < 0)
        return -1;
    if (found)
        return 0;
    if (where->key == NULL)
        s->fill++;
    where->key = rv_incref(key);
    where->hash = hash;
    s->used++;
    if (s->fill * 5 < s->mask * 3)
        return 0;
    table_resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
    return 0;
}

int rv_set_add(rv_obj_t *o, rv_obj_t *key)
{
    int64_t h;
    if (rv_hash(key, &h) < 0)
        return -1;
    return add_entry(SET(o), key, h);
}

int rv_set_contains(rv_obj_t *o, rv_obj_t *key)
{
    int64_t h;
    if (rv_hash(key, &h) < 0)
        return -1;
    slot_t *where;
    bool found;
    if (probe(SET(o), key, h, &where, &found) < 0)
        return -1;
    return found;
}

int rv_set_discard(rv_obj_t *o, rv_obj_t *key)
{
    rv_touch(o);
    rv_set_t *s = SET(o);
    int64_t h;
    if (rv_hash(key, &h) < 0)
        return -1;
    slot_t *where;
    bool found;
    if (probe(s, key, h, &where, &found) < 0)
        return -1;
    if (!found)
        return 0;
    rv_obj_t *k = where->key;
    where->key = DUMMY;
    where->hash = -1;
    s->used--;
    rv_decref(k);
    return 1;
}

size_t rv_set_len(rv_obj_t *o)
{
    return SET(o)->used;
}

bool rv_set_next(rv_obj_t *o, size_t *pos, rv_obj_t **key)
{
    rv_set_t *s = SET(o);
    while (*pos <= s->mask) {
        slot_t *e = &s->table[(*pos)++];
        if (e->key && e->key != DUMMY) {
            *key = e->key;
            return true;
        }
    }
    return false;
}

/* set_merge: another set's entries, after one resize for both sizes. */
static int merge_set(rv_set_t *s, rv_set_t *other)
{
    rv_touch(&s->ob);
    if (other == s || other->used == 0)
        return 0;
    if ((s->fill + other->used) * 5 >= s->mask * 3)
        table_resize(s, (s->used + other->used) * 2);
    for (size_t i = 0; i <= other->mask; i++) {
        slot_t *e = &other->table[i];
        if (e->key && e->key != DUMMY && add_entry(s, e->key, e->hash) < 0)
            return -1;
    }
    return 0;
}

/* set_update_internal. */
static int update(rv_obj_t *o, rv_obj_t *iterable)
{
    if (rv_is_anyset(iterable))
        return merge_set(SET(o), SET(iterable));
    if (rv_isinstance(iterable, &rv_dict_type)) {
        size_t n = rv_dict_len(iterable);
        rv_set_t *s = SET(o);
        if ((s->fill + n) * 5 >= s->mask * 3)
            table_resize(s, (s->used + n) * 2);
        size_t pos = 0;
        rv_obj_t *k;
        while (rv_dict_next(iterable, &pos, &k, NULL))
            if (rv_set_add(o, k) < 0)
                return -1;
        return 0;
    }
    rv_obj_t *it = rv_iter(iterable);
    if (!it)
        return -1;
    rv_obj_t *x;
    int err = 0;
    while (!err && (x = rv_next(it)) != NULL) {
        err = rv_set_add(o, x);
        rv_decref(x);
    }
    rv_decref(it);
    if (!err && rv_err_occurred())
        err = -1;
    return err;
}

static rv_obj_t *make_from(rv_type_t *type, rv_obj_t *iterable)
{
    rv_obj_t *s = alloc_set(type);
    if (iterable && update(s, iterable) < 0) {
        rv_decref(s);
        return NULL;
    }
    return s;
}

rv_obj_t *rv_set_new(rv_obj_t *iterable)
{
    return make_from(&rv_set_type, iterable);
}

rv_obj_t *rv_frozenset_new(rv_obj_t *iterable)
{
    if (iterable && RV_IS(iterable, rv_frozenset_type))
        return rv_incref(iterable);
    return make_from(&rv_frozenset_type, iterable);
}

/******************************************************************************/
/* slots                                                                      */

static void set_clear_all(rv_set_t *s)
{
    rv_touch(&s->ob);
    slot_t *table = s->table;
    size_t mask = s->mask;
    slot_t copy[MINSIZE];
    if (table == s->small) {
        memcpy(copy, s->small, sizeof copy);
        table = copy;
    }
    s->table = s->small;
    memset(s->small, 0, sizeof s->small);
    s->mask = MINSIZE - 1;
    s->fill = s->used = 0;
    for (size_t i = 0; i <= mask; i++)
        if (table[i].key && table[i].key != DUMMY)
            rv_decref(table[i].key);
    if (table != copy)
        rv_free(table);
}

static void set_clear_slot(rv_obj_t *o)
{
    set_clear_all(SET(o));
}

static void set_release(rv_obj_t *o)
{
    if (SET(o)->table != SET(o)->small)
        rv_free(SET(o)->table);
    rv_obj_free(o);
}

static void set_traverse(rv_obj_t *o, rv_visit_fn visit, void *ctx)
{
    size_t pos = 0;
    rv_obj_t *k;
    rv_edge_t e = { .kind = RV_EDGE_MEMBER };
    while (rv_set_next(o, &pos, &k))
        visit(k, &e, ctx);
}

static rv_obj_t *set_repr(rv_obj_t *o)
{
    bool frozen = !RV_IS(o, rv_set_type) && rv_isinstance(o, &rv_frozenset_type);
    const char *name = o->type->name;
    if (SET(o)->used == 0)
        return rv_str_printf("%s()", name);
    if (rv_repr_enter(o))
        return rv_str_printf("%s(...)", name);
    rv_buf_t b = RV_BUF_INIT;
    if (frozen || !RV_IS(o, rv_set_type))
        rv_buf_printf(&b, "%s(", name);
    rv_buf_addc(&b, '{');
    size_t pos = 0;
    rv_obj_t *k;
    bool first = true;
    while (rv_set_next(o, &pos, &k)) {
        if (!first)
            rv_buf_adds(&b, ", ");
        first = false;
        rv_obj_t *r = rv_repr(k);
        if (!r) {
            rv_buf_free(&b);
            rv_repr_leave(o);
            return NULL;
        }
        rv_buf_add(&b, rv_str_utf8(r), rv_str_nbytes(r));
        rv_decref(r);
    }
    rv_buf_addc(&b, '}');
    if (frozen || !RV_IS(o, rv_set_type))
        rv_buf_addc(&b, ')');
    rv_repr_leave(o);
    rv_obj_t *s = rv_str_from_buf(&b);
    rv_buf_free(&b);
    return s;
}

/* frozenset_hash (3.11). */
static int frozenset_hash(rv_obj_t *o, int64_t *out)
{
    rv_set_t *s = SET(o);
    if (s->hash != -1) {
        *out = s->hash;
        return 0;
    }
    uint64_t hash = 0;
    for (size_t i = 0; i <= s->mask; i++) {
        slot_t *e = &s->table[i];
        if (!e->key || e->key == DUMMY)
            continue;
        uint64_t h = (uint64_t)e->hash;
        hash ^= ((h ^ 89869747ull) ^ (h << 16)) * 3644798167ull;
    }
    /* CPython xors every slot and then cancels the empty and dummy ones;
     * skipping them gives the same value. */
    hash ^= ((uint64_t)s->used + 1) * 1927868237ull;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069u + 907133923ull;
    int64_t r = (int64_t)hash;
    if (r == -1)
        r = 590923713;
    s->hash = r;
    *out = r;
    return 0;
}

static int is_subset(rv_obj_t *a, rv_obj_t *b)
{
    if (SET(a)->used > SET(b)->used)
        return 0;
    size_t pos = 0;
    rv_obj_t *k;
    while (rv_set_next(a, &pos, &k)) {
        int c = rv_set_contains(b, k);
        if (c <= 0)
            return c;
    }
    return 1;
}

static rv_obj_t *set_richcompare(rv_obj_t *a, rv_obj_t *b, rv_cmpop_t op)
{
    if (!rv_is_anyset(a) || !rv_is_anyset(b))
        return rv_incref(rv_NotImplemented);
    size_t m = SET(a)->used, n = SET(b)->used;
    int r;
    switch (op) {
    case RV_EQ:
    case RV_NE:
        r = m == n ? is_subset(a, b) : 0;
        if (r >= 0 && op == RV_NE)
            r = !r;
        break;
    case RV_LE:
        r = is_subset(a, b);
        break;
    case RV_GE:
        r = is_subset(b, a);
        break;
    case RV_LT:
        r = m < n ? is_subset(a, b) : 0;
        break;
    default:
        r = m > n ? is_subset(b, a) : 0;
        break;
    }
    return r < 0 ? NULL : rv_bool_from(r);
}

static int set_len_slot(rv_obj_t *o, size_t *out)
{
    *out = SET(o)->used;
    return 0;
}

static int set_contains_slot(rv_obj_t *o, rv_obj_t *key)
{
    return rv_set_contains(o, key);
}

static size_t set_size(rv_obj_t *o)
{
    rv_set_t *s = SET(o);
    return 216 + (s->table != s->small ? 16 * (s->mask + 1) : 0);
}

static rv_obj_t *result_like(rv_obj_t *a)
{
    return alloc_set(RV_IS(a, rv_frozenset_type) ? &rv_frozenset_type : &rv_set_type);
}

/* The set algebra, each producing a new set of a's type. */
static rv_obj_t *set_op(rv_binop_t op, rv_obj_t *a, rv_obj_t *b)
{
    rv_obj_t *r;
    size_t pos = 0;
    rv_obj_t *k;
    switch (op) {
    case RV_OP_OR:
        r = result_like(a);
        if (update(r, a) < 0 || update(r, b) < 0)
            goto fail;
        return r;
    case RV_OP_AND:
        r = result_like(a);
        if (SET(a)->used > SET(b)->used) {
            rv_obj_t *t = a;
            a = b;
            b = t;
        }
        while (rv_set_next(a, &pos, &k)) {
            int c = rv_set_contains(b, k);
            if (c < 0 || (c && rv_set_add(r, k) < 0))
                goto fail;
        }
        return r;
    case RV_OP_SUB:
        r = result_like(a);
        while (rv_set_next(a, &pos, &k)) {
            int c = rv_set_contains(b, k);
            if (c < 0 || (!c && rv_set_add(r, k) < 0))
                goto fail;
        }
        return r;
    case RV_OP_XOR:
        r = result_like(a);
        if (update(r, a) < 0)
            goto fail;
        while (rv_set_next(b, &pos, &k)) {
            int d = rv_set_discard(r, k);
            if (d < 0 || (!d && rv_set_add(r, k) < 0))
                goto fail;
        }
        return r;
    default:
        return rv_incref(rv_NotImplemented);
    }
fail:
    rv_decref(r);
    return NULL;
}

static rv_obj_t *set_binop(rv_binop_t op, rv_obj_t *a, rv_obj_t *b)
{
    if (!rv_is_anyset(a) || !rv_is_anyset(b))
        return rv_incref(rv_NotImplemented);
    return set_op(op, a, b);
}

/* In place on a mutable set: the object itself changes. */
static rv_obj_t *set_inplace(rv_binop_t op, rv_obj_t *a, rv_obj_t *b)
{
    if (!RV_IS(a, rv_set_type) || !rv_is_anyset(b))
        return rv_incref(rv_NotImplemented);
    if (op == RV_OP_OR) {
        if (update(a, b) < 0)
            return NULL;
        return rv_incref(a);
    }
    rv_obj_t *r = set_op(op, a, b);
    if (!r || r == rv_NotImplemented)
        return r;
    set_clear_all(SET(a));
    int err = update(a, r);
    rv_decref(r);
    return err < 0 ? NULL : rv_incref(a);
}

/******************************************************************************/
/* iteration                                                                  */

typedef struct setiter {
    rv_obj_t ob;
    rv_obj_t *set;
    size_t pos;
    size_t used;
} setiter_t;

static rv_obj_t *set_iter(rv_obj_t *o)
{
    setiter_t *it = rv_obj_alloc(&rv_setiter_type, sizeof(setiter_t));
    it->set = rv_incref(o);
    it->used = SET(o)->used;
    return &it->ob;
}

static rv_obj_t *setiter_next(rv_obj_t *o)
{
    setiter_t *it = (setiter_t *)o;
    if (!it->set)
        return NULL;
    if (SET(it->set)->used != it->used) {
        it->used = (size_t)-1;
        rv_err_format(&rv_exc_RuntimeError, "Set changed size during iteration");
        return NULL;
    }
    rv_obj_t *k;
    if (rv_set_next(it->set, &it->pos, &k))
        return rv_incref(k);
    rv_clearref(&it->set);
    return NULL;
}

static rv_obj_t *iter_self(rv_obj_t *o)
{
    return rv_incref(o);
}

static void setiter_clear(rv_obj_t *o)
{
    rv_clearref(&((setiter_t *)o)->set);
}

static void setiter_traverse(rv_obj_t *o, rv_visit_fn visit, void *ctx)
{
    setiter_t *it = (setiter_t *)o;
    rv_edge_t e = { .kind = RV_EDGE_HIDDEN };
    if (it->set)
        visit(it->set, &e, ctx);
}

static size_t setiter_size(rv_obj_t *o)
{
    (void)o;
    return 64;
}

rv_type_t rv_setiter_type = {
    .name = "set_iterator",
    .flags = RV_TF_GC | RV_TF_MUTABLE,
    .clear = setiter_clear,
    .release = rv_obj_free,
    .traverse = setiter_traverse,
    .iter = iter_self,
    .next = setiter_next,
    .size = setiter_size,
};

/******************************************************************************/
/* methods                                                                    */

#define NOKW(name)                                      \
    if (rv_arg_no_kw(name, kw) < 0)                     \
        return NULL

static rv_obj_t *m_add(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    NOKW("set.add");
    if (rv_arg_count("set.add", nargs, 1, 1) < 0 || rv_set_add(self, args[0]) < 0)
        return NULL;
    return rv_incref(rv_None);
}

static rv_obj_t *m_remove(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    NOKW("set.remove");
    if (rv_arg_count("set.remove", nargs, 1, 1) < 0)
        return NULL;
    int r = rv_set_discard(self, args[0]);
    if (r < 0)
        return NULL;
    if (r == 0) {
        rv_err_set_obj(&rv_exc_KeyError, args[0]);
        return NULL;
    }
    return rv_incref(rv_None);
}

static rv_obj_t *m_discard(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    NOKW("set.discard");
    if (rv_arg_count("set.discard", nargs, 1, 1) < 0 || rv_set_discard(self, args[0]) < 0)
        return NULL;
    return rv_incref(rv_None);
}

static rv_obj_t *m_pop(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    rv_touch(self);
    NOKW("pop");
    if (rv_arg_count("pop", nargs, 0, 0) < 0)
        return NULL;
    rv_set_t *s = SET(self);
    if (s->used == 0) {
        rv_err_format(&rv_exc_KeyError, "pop from an empty set");
        return NULL;
    }
    for (size_t i = 0; i <= s->mask; i++) {
        slot_t *e = &s->table[i];
        if (e->key && e->key != DUMMY) {
            rv_obj_t *k = e->key;
            e->key = DUMMY;
            e->hash = -1;
            s->used--;
            return k;
        }
    }
    return NULL;
}

static rv_obj_t *m_clear(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    NOKW("clear");
    if (rv_arg_count("clear", nargs, 0, 0) < 0)
        return NULL;
    set_clear_all(SET(self));
    return rv_incref(rv_None);
}

static rv_obj_t *m_copy(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    NOKW("copy");
    if (rv_arg_count("copy", nargs, 0, 0) < 0)
        return NULL;
    if (RV_IS(self, rv_frozenset_type))
        return rv_incref(self);
    return make_from(&rv_set_type, self);
}

static rv_obj_t *m_update(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    NOKW("set.update");
    for (size_t i = 0; i < nargs; i++)
        if (update(self, args[i]) < 0)
            return NULL;
    return rv_incref(rv_None);
}

/* union/intersection/difference/symmetric_difference with any iterables. */
static rv_obj_t *multi(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_binop_t op)
{
    rv_obj_t *acc = make_from(RV_IS(self, rv_frozenset_type) ? &rv_frozenset_type : &rv_set_type,
                              self);
    for (size_t i = 0; acc && i < nargs; i++) {
        rv_obj_t *other = rv_is_anyset(args[i]) ? rv_incref(args[i]) : rv_set_new(args[i]);
        if (!other) {
            rv_decref(acc);
            return NULL;
        }
        rv_obj_t *r = set_op(op, acc, other);
        rv_decref(other);
        rv_decref(acc);
        acc = r;
    }
    return acc;
}

static rv_obj_t *m_union(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    NOKW("union");
    return multi(self, args, nargs, RV_OP_OR);
}

static rv_obj_t *m_intersection(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                rv_obj_t *kw)
{
    NOKW("intersection");
    return multi(self, args, nargs, RV_OP_AND);
}

static rv_obj_t *m_difference(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                              rv_obj_t *kw)
{
    NOKW("difference");
    return multi(self, args, nargs, RV_OP_SUB);
}

static rv_obj_t *m_symdiff(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    NOKW("symmetric_difference");
    if (rv_arg_count("symmetric_difference", nargs, 1, 1) < 0)
        return NULL;
    return multi(self, args, nargs, RV_OP_XOR);
}

static rv_obj_t *in_place(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_binop_t op)
{
    rv_obj_t *r = multi(self, args, nargs, op);
    if (!r)
        return NULL;
    set_clear_all(SET(self));
    int err = update(self, r);
    rv_decref(r);
    return err < 0 ? NULL : rv_incref(rv_None);
}

static rv_obj_t *m_intersection_update(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                       rv_obj_t *kw)
{
    NOKW("intersection_update");
    return in_place(self, args, nargs, RV_OP_AND);
}

static rv_obj_t *m_difference_update(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                     rv_obj_t *kw)
{
    NOKW("difference_update");
    return in_place(self, args, nargs, RV_OP_SUB);
}

static rv_obj_t *m_symdiff_update(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                  rv_obj_t *kw)
{
    NOKW("symmetric_difference_update");
    if (rv_arg_count("symmetric_difference_update", nargs, 1, 1) < 0)
        return NULL;
    return in_place(self, args, nargs, RV_OP_XOR);
}

static rv_obj_t *subset_method(rv_obj_t *self, rv_obj_t *arg, bool sub, bool disjoint)
{
    rv_obj_t *other = rv_is_anyset(arg) ? rv_incref(arg) : rv_set_new(arg);
    if (!other)
        return NULL;
    int r;
    if (disjoint) {
        rv_obj_t *i = set_op(RV_OP_AND, self, other);
        r = i ? SET(i)->used == 0 : -1;
        rv_xdecref(i);
    } else {
        r = sub ? is_subset(self, other) : is_subset(other, self);
    }
    rv_decref(other);
    return r < 0 ? NULL : rv_bool_from(r);
}

static rv_obj_t *m_issubset(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    NOKW("issubset");
    if (rv_arg_count("issubset", nargs, 1, 1) < 0)
        return NULL;
    return subset_method(self, args[0], true, false);
}

static rv_obj_t *m_issuperset(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    NOKW("issuperset");
    if (rv_arg_count("issuperset", nargs, 1, 1) < 0)
        return NULL;
    return subset_method(self, args[0], false, false);
}

static rv_obj_t *m_isdisjoint(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    NOKW("isdisjoint");
    if (rv_arg_count("isdisjoint", nargs, 1, 1) < 0)
        return NULL;
    return subset_method(self, args[0], false, true);
}

static const rv_method_t set_methods[] = {
    { "add", m_add, 0 },
    { "remove", m_remove, 0 },
    { "discard", m_discard, 0 },
    { "pop", m_pop, 0 },
    { "clear", m_clear, 0 },
    { "copy", m_copy, 0 },
    { "update", m_update, 0 },
    { "union", m_union, 0 },
    { "intersection", m_intersection, 0 },
    { "difference", m_difference, 0 },
    { "symmetric_difference", m_symdiff, 0 },
    { "intersection_update", m_intersection_update, 0 },
    { "difference_update", m_difference_update, 0 },
    { "symmetric_difference_update", m_symdiff_update, 0 },
    { "issubset", m_issubset, 0 },
    { "issuperset", m_issuperset, 0 },
    { "isdisjoint", m_isdisjoint, 0 },
    { NULL, NULL, 0 },
};

static const rv_method_t frozenset_methods[] = {
    { "copy", m_copy, 0 },
    { "union", m_union, 0 },
    { "intersection", m_intersection, 0 },
    { "difference", m_difference, 0 },
    { "symmetric_difference", m_symdiff, 0 },
    { "issubset", m_issubset, 0 },
    { "issuperset", m_issuperset, 0 },
    { "isdisjoint", m_isdisjoint, 0 },
    { NULL, NULL, 0 },
};

static rv_obj_t *set_make(rv_type_t *type, rv_obj_t *const *args, size_t nargs,
                          rv_obj_t *kwnames)
{
    const char *name = type == &rv_frozenset_type ? "frozenset" : "set";
    if (rv_arg_no_kw(name, kwnames) < 0 || rv_arg_count(name, nargs, 0, 1) < 0)
        return NULL;
    if (type == &rv_frozenset_type)
        return rv_frozenset_new(nargs ? args[0] : NULL);
    return rv_set_new(nargs ? args[0] : NULL);
}

rv_type_t rv_set_type = {
    .name = "set",
    .flags = RV_TF_MUTABLE | RV_TF_GC | RV_TF_BASETYPE,
    .clear = set_clear_slot,
    .release = set_release,
    .traverse = set_traverse,
    .repr = set_repr,
    .richcompare = set_richcompare,
    .len = set_len_slot,
    .binop = set_binop,
    .inplace = set_inplace,
    .contains = set_contains_slot,
    .iter = set_iter,
    .methods = set_methods,
    .size = set_size,
    .make = set_make,
};

rv_type_t rv_frozenset_type = {
    .name = "frozenset",
    .flags = RV_TF_GC | RV_TF_BASETYPE,
    .clear = set_clear_slot,
    .release = set_release,
    .traverse = set_traverse,
    .repr = set_repr,
    .hash = frozenset_hash,
    .richcompare = set_richcompare,
    .len = set_len_slot,
    .binop = set_binop,
    .contains = set_contains_slot,
    .iter = set_iter,
    .methods = frozenset_methods,
    .size = set_size,
    .make = set_make,
};
