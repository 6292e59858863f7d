/* src/core/obj_set.c - set and frozenset (Objects/setobject.c, 3.11).
 *
 * The table is CPython's, so that iteration order and sys.getsizeof match:
 * open addressing over (key, hash) slots, a table of 8 built into the object,
 * LINEAR_PROBES = 9 neighbours tried before perturbed jumps, dummies for
 * deleted keys, and a resize to used*4 (used*2 past 50000) when
 * fill*5 >= mask*3.  getsizeof = 216, plus 16 bytes a slot for a table
 * larger than the built-in one.
 *   set_add_entry: a new key takes the last dummy its probe passed.
 *   set_pop: scans from the finger, where the previous pop stopped.
 *   set_merge: an empty set copies a same-size table without dummies slot
 *     for slot, else inserts clean after one resize.
 *   set_difference: copies and discards when so is 4 times other's size;
 *     set_symmetric_difference starts from other; &= and intersection_update
 *     swap bodies with the intersection; -= resizes away dummies past 1/4. */
#include "core/obj_set.h"

#include <string.h>

#include "base/alloc.h"
#include "base/buf.h"
#include "core/exc.h"
#include "core/heap.h"
#include "core/obj_bool.h"
#include "core/obj_dict.h"
#include "core/obj_int.h"
#include "core/obj_iter.h"
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
    size_t finger;   /* where set.pop resumes its scan */
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
    rv_set_t *s = rv_obj_alloc(type, sizeof(rv_set_t) + type->extra_size);
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
 * where to insert it (*found false).  -1 on a comparison error.  A key's
 * __eq__ may clear or resize the set: as in CPython, the probe then
 * starts again on the table the set now has. */
static int probe(rv_set_t *s, rv_obj_t *key, int64_t hash, slot_t **where, bool *found)
{
restart:;
    slot_t *table = s->table;
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
                /* set_add_entry keeps the last dummy it passed. */
                freeslot = entry;
            } else if (entry->hash == hash) {
                rv_obj_t *k = rv_incref(entry->key);
                int eq = keys_equal(k, key);
                bool moved = s->table != table || s->mask != mask || entry->key != k;
                rv_decref(k);
                if (eq < 0)
                    return -1;
                if (moved)
                    goto restart;
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
    size_t newsize = MINSIZE;
    while (newsize <= minused)
        newsize <<= 1;
    /* The small table without dummies is left as it is. */
    if (newsize == MINSIZE && s->table == s->small && s->fill == s->used)
        return;
    rv_touch(&s->ob);
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
    slot_t *where;
    bool found;
    /* probe may run a program __eq__ (and snapshots): touch after it. */
    if (probe(s, key, hash, &where, &found) < 0)
        return -1;
    if (found)
        return 0;
    rv_touch(&s->ob);
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

/* set_discard_entry: 1 found (now a dummy), 0 not, -1 error. */
static int discard_entry(rv_set_t *s, rv_obj_t *key, int64_t hash)
{
    slot_t *where;
    bool found;
    if (probe(s, key, hash, &where, &found) < 0)
        return -1;
    if (!found)
        return 0;
    rv_touch(&s->ob);
    rv_obj_t *k = where->key;
    where->key = DUMMY;
    where->hash = -1;
    s->used--;
    rv_decref(k);
    return 1;
}

int rv_set_discard(rv_obj_t *o, rv_obj_t *key)
{
    int64_t h;
    if (rv_hash(key, &h) < 0)
        return -1;
    return discard_entry(SET(o), key, h);
}

size_t rv_set_len(rv_obj_t *o)
{
    return SET(o)->used;
}

/* set_next: the next active slot (key and hash) in table order. */
static slot_t *next_entry(rv_set_t *s, size_t *pos)
{
    while (*pos <= s->mask) {
        slot_t *e = &s->table[(*pos)++];
        if (e->key && e->key != DUMMY)
            return e;
    }
    return NULL;
}

bool rv_set_next(rv_obj_t *o, size_t *pos, rv_obj_t **key)
{
    slot_t *e = next_entry(SET(o), pos);
    if (e)
        *key = e->key;
    return e != NULL;
}

void rv_set_readd(rv_obj_t *o)
{
    rv_set_t *s = SET(o);
    size_t n = s->used, k = 0, pos = 0;
    slot_t *items = rv_malloc((n ? n : 1) * sizeof *items), *e;
    while ((e = next_entry(s, &pos)) != NULL)
        items[k++] = *e;
    rv_touch(o);
    if (s->table != s->small)
        rv_free(s->table);
    memset(s->small, 0, sizeof s->small);
    s->table = s->small;
    s->mask = MINSIZE - 1;
    s->fill = s->used = 0;
    s->hash = -1;
    for (k = 0; k < n; k++) {
        add_entry(s, items[k].key, items[k].hash);
        rv_decref(items[k].key);
    }
    rv_free(items);
}

/* set_merge: another set's entries, after one resize for both sizes; an
 * empty set copies the other's slots as they are when the tables are the
 * same size and the other has no dummies, else inserts them clean. */
static int merge_set(rv_set_t *s, rv_set_t *other)
{
    rv_touch(&s->ob);
    if (other == s || other->used == 0)
        return 0;
    if ((s->fill + other->used) * 5 >= s->mask * 3)
        table_resize(s, (s->used + other->used) * 2);
    if (s->fill == 0 && s->mask == other->mask && other->fill == other->used) {
        for (size_t i = 0; i <= other->mask; i++) {
            if (other->table[i].key) {
                s->table[i].key = rv_incref(other->table[i].key);
                s->table[i].hash = other->table[i].hash;
            }
        }
        s->fill = s->used = other->used;
        return 0;
    }
    if (s->fill == 0) {
        for (size_t i = 0; i <= other->mask; i++) {
            slot_t *e = &other->table[i];
            if (e->key && e->key != DUMMY)
                insert_clean(s->table, s->mask, rv_incref(e->key), e->hash);
        }
        s->fill = s->used = other->used;
        return 0;
    }
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
    /* PyDict_CheckExact: a dict subclass is iterated (its own __iter__). */
    if (RV_IS(iterable, rv_dict_type)) {
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

static void set_clear_all(rv_set_t *s);

rv_obj_t *rv_set_new_subtype(rv_type_t *type, rv_obj_t *iterable)
{
    return make_from(type, iterable);
}

/* set_init: empties the set, then set_update_internal. */
int rv_set_init(rv_obj_t *o, rv_obj_t *iterable)
{
    if (SET(o)->fill)
        set_clear_all(SET(o));
    SET(o)->hash = -1;
    return iterable ? update(o, iterable) : 0;
}

static void *set_extra(rv_obj_t *o)
{
    return (char *)o + sizeof(rv_set_t);
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

/* make_new_set_basetype: results are plain sets or frozensets. */
static rv_type_t *base_type(rv_obj_t *a)
{
    return rv_isinstance(a, &rv_frozenset_type) ? &rv_frozenset_type : &rv_set_type;
}

/* set_copy: a new set (or frozenset) merged from so. */
static rv_obj_t *set_copy(rv_obj_t *so)
{
    return make_from(base_type(so), so);
}

/* set_union: a copy of so updated by each of others in turn. */
static rv_obj_t *set_union(rv_obj_t *so, rv_obj_t *const *others, size_t n)
{
    rv_obj_t *r = set_copy(so);
    for (size_t i = 0; r && i < n; i++) {
        if (others[i] != so && update(r, others[i]) < 0)
            rv_clearref(&r);
    }
    return r;
}

/* set_intersection: walks other (the smaller, when both are sets) and
 * keeps what so has. */
static rv_obj_t *set_intersection(rv_obj_t *so, rv_obj_t *other)
{
    if (so == other)
        return set_copy(so);
    rv_obj_t *r = alloc_set(base_type(so));
    if (rv_is_anyset(other)) {
        if (SET(other)->used > SET(so)->used) {
            rv_obj_t *t = so;
            so = other;
            other = t;
        }
        size_t pos = 0;
        slot_t *e;
        while ((e = next_entry(SET(other), &pos)) != NULL) {
            rv_obj_t *key = rv_incref(e->key);
            int64_t hash = e->hash;
            slot_t *where;
            bool found;
            int err = probe(SET(so), key, hash, &where, &found);
            if (!err && found)
                err = add_entry(SET(r), key, hash);
            rv_decref(key);
            if (err < 0)
                goto fail;
        }
        return r;
    }
    rv_obj_t *it = rv_iter(other);
    if (!it)
        goto fail;
    rv_obj_t *key;
    while ((key = rv_next(it)) != NULL) {
        int64_t hash;
        slot_t *where;
        bool found;
        int err = rv_hash(key, &hash);
        if (!err)
            err = probe(SET(so), key, hash, &where, &found);
        if (!err && found)
            err = add_entry(SET(r), key, hash);
        rv_decref(key);
        if (err < 0) {
            rv_decref(it);
            goto fail;
        }
    }
    rv_decref(it);
    if (rv_err_occurred())
        goto fail;
    return r;
fail:
    rv_decref(r);
    return NULL;
}

/* set_swap_bodies: a and b exchange their tables (the built-in ones by
 * copying); the finger stays. */
static void swap_bodies(rv_set_t *a, rv_set_t *b)
{
    rv_touch(&a->ob);
    rv_touch(&b->ob);
    size_t t = a->fill;
    a->fill = b->fill;
    b->fill = t;
    t = a->used;
    a->used = b->used;
    b->used = t;
    t = a->mask;
    a->mask = b->mask;
    b->mask = t;
    slot_t *ta = a->table == a->small ? b->small : a->table;
    slot_t *tb = b->table == b->small ? a->small : b->table;
    a->table = tb;
    b->table = ta;
    slot_t small[MINSIZE];
    memcpy(small, a->small, sizeof small);
    memcpy(a->small, b->small, sizeof small);
    memcpy(b->small, small, sizeof small);
    a->hash = b->hash = -1;
}

/* set_intersection_update (set_intersection_update_multi for several):
 * so takes the body of the intersection. */
static int intersection_update(rv_obj_t *so, rv_obj_t *const *others, size_t n)
{
    rv_obj_t *r = rv_incref(so);
    for (size_t i = 0; r && i < n; i++) {
        rv_obj_t *next = set_intersection(r, others[i]);
        rv_decref(r);
        r = next;
    }
    if (!r)
        return -1;
    if (r == so) {
        rv_decref(r);
        return 0;
    }
    swap_bodies(SET(so), SET(r));
    rv_decref(r);
    return 0;
}

/* set_difference_update_internal: discard other's items from so (the
 * intersection's when other is more than 8 times larger), then resize
 * when more than a quarter of the slots are dummies. */
static int difference_update(rv_obj_t *so, rv_obj_t *other)
{
    rv_set_t *s = SET(so);
    if (so == other) {
        set_clear_all(s);
        return 0;
    }
    if (rv_is_anyset(other)) {
        if ((SET(other)->used >> 3) > s->used) {
            other = set_intersection(so, other);
            if (!other)
                return -1;
        } else {
            rv_incref(other);
        }
        size_t pos = 0;
        slot_t *e;
        while ((e = next_entry(SET(other), &pos)) != NULL) {
            rv_obj_t *key = rv_incref(e->key);
            int err = discard_entry(s, key, e->hash);
            rv_decref(key);
            if (err < 0) {
                rv_decref(other);
                return -1;
            }
        }
        rv_decref(other);
    } else {
        rv_obj_t *it = rv_iter(other);
        if (!it)
            return -1;
        rv_obj_t *key;
        while ((key = rv_next(it)) != NULL) {
            int err = rv_set_discard(so, key);
            rv_decref(key);
            if (err < 0) {
                rv_decref(it);
                return -1;
            }
        }
        rv_decref(it);
        if (rv_err_occurred())
            return -1;
    }
    if (s->fill - s->used <= s->mask / 4)
        return 0;
    table_resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
    return 0;
}

/* set_difference: a copy of so with other's items discarded when so is
 * more than 4 times larger than other (or other is neither a set nor a
 * dict), else the items of so that other lacks, added one by one. */
static rv_obj_t *set_difference(rv_obj_t *so, rv_obj_t *other)
{
    size_t other_size;
    bool is_dict = RV_IS(other, rv_dict_type);
    if (rv_is_anyset(other))
        other_size = SET(other)->used;
    else if (is_dict)
        other_size = rv_dict_len(other);
    else
        other_size = SIZE_MAX;
    if (other_size == SIZE_MAX || (SET(so)->used >> 2) > other_size) {
        /* set_copy_and_difference */
        rv_obj_t *r = set_copy(so);
        if (r && difference_update(r, other) < 0)
            rv_clearref(&r);
        return r;
    }
    rv_obj_t *r = alloc_set(base_type(so));
    size_t pos = 0;
    slot_t *e;
    while ((e = next_entry(SET(so), &pos)) != NULL) {
        rv_obj_t *key = rv_incref(e->key);
        int64_t hash = e->hash;
        int c;
        if (is_dict) {
            c = rv_dict_get_borrow(other, key) != NULL;
            if (!c && rv_err_occurred())
                c = -1;
        } else {
            slot_t *where;
            bool found;
            c = probe(SET(other), key, hash, &where, &found) < 0 ? -1 : found;
        }
        int err = c < 0 ? -1 : c ? 0 : add_entry(SET(r), key, hash);
        rv_decref(key);
        if (err < 0) {
            rv_decref(r);
            return NULL;
        }
    }
    return r;
}

/* set_difference_multi: set_difference with the first, then
 * set_difference_update_internal with the others. */
static rv_obj_t *difference_multi(rv_obj_t *so, rv_obj_t *const *others, size_t n)
{
    if (n == 0)
        return set_copy(so);
    rv_obj_t *r = set_difference(so, others[0]);
    for (size_t i = 1; r && i < n; i++) {
        if (difference_update(r, others[i]) < 0)
            rv_clearref(&r);
    }
    return r;
}

/* set_symmetric_difference_update: each item of other (made a set first
 * unless it is a set or a dict) is discarded from so, or added when so
 * lacks it. */
static int symmetric_difference_update(rv_obj_t *so, rv_obj_t *other)
{
    rv_set_t *s = SET(so);
    if (so == other) {
        set_clear_all(s);
        return 0;
    }
    if (RV_IS(other, rv_dict_type)) {
        size_t pos = 0;
        rv_obj_t *key;
        while (rv_dict_next(other, &pos, &key, NULL)) {
            int64_t hash;
            rv_incref(key);
            int err = rv_hash(key, &hash);
            if (!err)
                err = discard_entry(s, key, hash);
            if (err == 0)
                err = add_entry(s, key, hash);
            rv_decref(key);
            if (err < 0)
                return -1;
        }
        return 0;
    }
    rv_obj_t *otherset = rv_is_anyset(other) ? rv_incref(other) : make_from(base_type(so), other);
    if (!otherset)
        return -1;
    size_t pos = 0;
    slot_t *e;
    while ((e = next_entry(SET(otherset), &pos)) != NULL) {
        rv_obj_t *key = rv_incref(e->key);
        int64_t hash = e->hash;
        int err = discard_entry(s, key, hash);
        if (err == 0)
            err = add_entry(s, key, hash);
        rv_decref(key);
        if (err < 0) {
            rv_decref(otherset);
            return -1;
        }
    }
    rv_decref(otherset);
    return 0;
}

/* set_symmetric_difference: a set of so's type made from other, then
 * updated by so. */
static rv_obj_t *set_symmetric_difference(rv_obj_t *so, rv_obj_t *other)
{
    rv_obj_t *r = make_from(base_type(so), other);
    if (r && symmetric_difference_update(r, so) < 0)
        rv_clearref(&r);
    return r;
}

/* The operators (set_or, set_and, set_sub, set_xor), for sets only. */
static rv_obj_t *set_binop(rv_binop_t op, rv_obj_t *a, rv_obj_t *b)
{
    if (!rv_is_anyset(a) || !rv_is_anyset(b))
        return rv_incref(rv_NotImplemented);
    switch (op) {
    case RV_OP_OR:
        return set_union(a, &b, 1);
    case RV_OP_AND:
        return set_intersection(a, b);
    case RV_OP_SUB:
        return set_difference(a, b);
    case RV_OP_XOR:
        return set_symmetric_difference(a, b);
    default:
        return rv_incref(rv_NotImplemented);
    }
}

rv_obj_t *rv_set_operate(rv_binop_t op, rv_obj_t *a, rv_obj_t *b)
{
    if (op != RV_OP_OR && op != RV_OP_AND && op != RV_OP_SUB && op != RV_OP_XOR)
        return rv_incref(rv_NotImplemented);
    rv_obj_t *r = rv_set_new(a);
    if (!r)
        return NULL;
    int err = op == RV_OP_OR    ? update(r, b)
              : op == RV_OP_AND ? intersection_update(r, &b, 1)
              : op == RV_OP_SUB ? difference_update(r, b)
                                : symmetric_difference_update(r, b);
    if (err < 0)
        rv_clearref(&r);
    return r;
}

/* In place on a mutable set (set_ior, set_iand, set_isub, set_ixor): the
 * object itself changes. */
static rv_obj_t *set_inplace(rv_binop_t op, rv_obj_t *a, rv_obj_t *b)
{
    if (!rv_isinstance(a, &rv_set_type) || !rv_is_anyset(b))
        return rv_incref(rv_NotImplemented);
    int err;
    switch (op) {
    case RV_OP_OR:
        err = update(a, b);
        break;
    case RV_OP_AND:
        err = intersection_update(a, &b, 1);
        break;
    case RV_OP_SUB:
        err = difference_update(a, b);
        break;
    case RV_OP_XOR:
        err = symmetric_difference_update(a, b);
        break;
    default:
        return rv_incref(rv_NotImplemented);
    }
    return err < 0 ? NULL : rv_incref(a);
}

/******************************************************************************/
/* iteration                                                                  */

typedef struct setiter {
    rv_obj_t ob;
    rv_obj_t *set;
    size_t pos;
    size_t used;
    size_t left;     /* items not yet returned (si->len) */
} setiter_t;

static rv_obj_t *set_iter(rv_obj_t *o)
{
    setiter_t *it = rv_obj_alloc(&rv_setiter_type, sizeof(setiter_t));
    it->set = rv_incref(o);
    it->used = it->left = SET(o)->used;
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
    if (rv_set_next(it->set, &it->pos, &k)) {
        it->left--;
        return rv_incref(k);
    }
    rv_clearref(&it->set);
    return NULL;
}

static rv_obj_t *iter_self(rv_obj_t *o)
{
    return rv_incref(o);
}

/* setiter_len: the items left, 0 once the set changed size. */
static rv_obj_t *setiter_length_hint(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                     rv_obj_t *kwnames)
{
    (void)args;
    if (rv_length_hint_args(self, nargs, kwnames) < 0)
        return NULL;
    setiter_t *it = (setiter_t *)self;
    size_t n = it->set && SET(it->set)->used == it->used ? it->left : 0;
    return rv_int_from_u64(n);
}

static const rv_method_t setiter_methods[] = {
    { "__length_hint__", setiter_length_hint, 0 },
    { NULL, NULL, 0 },
};

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
    .methods = setiter_methods,
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
    /* set_pop: scan from the finger (where the last pop stopped, brought
     * in bounds), wrapping around. */
    slot_t *e = &s->table[s->finger & s->mask];
    while (!e->key || e->key == DUMMY) {
        e++;
        if (e > &s->table[s->mask])
            e = s->table;
    }
    rv_obj_t *k = e->key;
    e->key = DUMMY;
    e->hash = -1;
    s->used--;
    s->finger = (size_t)(e - s->table) + 1;
    return k;
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
    return set_copy(self);
}

static rv_obj_t *m_update(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    NOKW("set.update");
    for (size_t i = 0; i < nargs; i++)
        if (update(self, args[i]) < 0)
            return NULL;
    return rv_incref(rv_None);
}

static rv_obj_t *m_union(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    NOKW("union");
    return set_union(self, args, nargs);
}

/* set_intersection_multi: so itself, then intersected with each. */
static rv_obj_t *m_intersection(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                rv_obj_t *kw)
{
    NOKW("intersection");
    if (nargs == 0)
        return set_copy(self);
    rv_obj_t *r = rv_incref(self);
    for (size_t i = 0; r && i < nargs; i++) {
        rv_obj_t *next = set_intersection(r, args[i]);
        rv_decref(r);
        r = next;
    }
    return r;
}

static rv_obj_t *m_difference(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                              rv_obj_t *kw)
{
    NOKW("difference");
    return difference_multi(self, args, nargs);
}

static rv_obj_t *m_symdiff(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    NOKW("symmetric_difference");
    if (rv_arg_count("symmetric_difference", nargs, 1, 1) < 0)
        return NULL;
    return set_symmetric_difference(self, args[0]);
}

static rv_obj_t *m_intersection_update(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                       rv_obj_t *kw)
{
    NOKW("intersection_update");
    if (intersection_update(self, args, nargs) < 0)
        return NULL;
    return rv_incref(rv_None);
}

static rv_obj_t *m_difference_update(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                     rv_obj_t *kw)
{
    NOKW("difference_update");
    for (size_t i = 0; i < nargs; i++)
        if (difference_update(self, args[i]) < 0)
            return NULL;
    return rv_incref(rv_None);
}

static rv_obj_t *m_symdiff_update(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                  rv_obj_t *kw)
{
    NOKW("symmetric_difference_update");
    if (rv_arg_count("symmetric_difference_update", nargs, 1, 1) < 0 ||
        symmetric_difference_update(self, args[0]) < 0)
        return NULL;
    return rv_incref(rv_None);
}

static rv_obj_t *subset_method(rv_obj_t *self, rv_obj_t *arg, bool sub, bool disjoint)
{
    rv_obj_t *other = rv_is_anyset(arg) ? rv_incref(arg) : rv_set_new(arg);
    if (!other)
        return NULL;
    int r;
    if (disjoint) {
        rv_obj_t *i = set_intersection(self, other);
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
    .flags = RV_TF_MUTABLE | RV_TF_GC | RV_TF_BASETYPE | RV_TF_WEAKREFABLE,
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
    .extra = set_extra,
};

rv_type_t rv_frozenset_type = {
    .name = "frozenset",
    .flags = RV_TF_GC | RV_TF_BASETYPE | RV_TF_WEAKREFABLE,
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
    .extra = set_extra,
};
