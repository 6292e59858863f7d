/* src/core/obj_dict.c - dict (Objects/dictobject.c, 3.11): insertion
 * ordered, with CPython's compact layout modelled so that sys.getsizeof
 * matches: an index table of 2**log2 slots and an entries array of
 * USABLE_FRACTION = size*2/3; entries of 16 bytes while every key is an
 * exact str ("unicode" tables), else 24.
 *   getsizeof = 64 (PyDictObject + GC header)
 *             + keys table when the dict owns one:
 *               32 + 2**log2 * index_bytes + usable * entry_bytes
 * Sizes come from 3.11's calculate_log2_keysize(n), which is
 * bit_length(((n | 8) - 1) | 7): 8 slots for 0 and 8, 16 for 1..15, else
 * the smallest power of two above n (32 for 16..31, 64 for 32..63), a
 * rounding that sys.getsizeof shows.
 *   insertion_resize: when dk_usable is used up, or for a non-str key in a
 *     unicode table, a new table of calculate_log2_keysize(used*3) slots
 *     (GROWTH_RATE).  Deletions and popitem never give dk_usable back.
 *   dict_merge: an empty target clones a clean, recently sized source;
 *     otherwise one resize to estimate_log2_keysize(used + other) when the
 *     target's table has fewer usable slots than the other has items.
 *   PyDict_Copy: clones the table, deleted entries and all, while at least
 *     2/3 of the entries are live; else merges into a new dict. */
#include "core/obj_dict.h"

#include <string.h>

#include "base/alloc.h"
#include "base/buf.h"
#include "core/exc.h"
#include "core/heap.h"
#include "core/obj_bool.h"
#include "core/obj_int.h"
#include "core/obj_iter.h"
#include "core/obj_list.h"
#include "core/obj_misc.h"
#include "core/obj_set.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"

enum { LOG_MINSIZE = 3, EMPTY = -1, DUMMY = -2 };

typedef struct entry {
    int64_t hash;
    rv_obj_t *key;   /* NULL: deleted */
    rv_obj_t *value;
} entry_t;

typedef struct rv_dict {
    rv_obj_t ob;
    size_t used;
    size_t nentries;
    size_t usable;       /* dk_usable: free entries (not given back by deletions) */
    unsigned log2;       /* 0: no keys table (the shared empty keys) */
    bool unicode;
    entry_t *entries;    /* usable slots */
    int64_t *index;      /* 2**log2 slots */
    uint64_t version;    /* changes on every insert/delete (iteration check) */
    size_t changed_from; /* lowest entry changed since the tracer last
                            recorded the dict (SIZE_MAX: none) */
    rv_obj_t *owner;     /* the object whose __dict__ it is (borrowed), or NULL */
} rv_dict_t;

#define DICT(o) ((rv_dict_t *)(o))

/* rv_touch for a dict whose entries from `entry` on change. */
static void dict_touch(rv_dict_t *d, size_t entry)
{
    rv_touch(&d->ob);
    if (d->owner)
        rv_touch(d->owner);
    if (entry < d->changed_from)
        d->changed_from = entry;
}

size_t rv_dict_changed_ref(rv_obj_t *o)
{
    rv_dict_t *d = DICT(o);
    /* Without deleted entries, entry i gives references 2i and 2i + 1. */
    if (d->used != d->nentries)
        return 0;
    return d->changed_from > d->nentries ? 2 * d->nentries : 2 * d->changed_from;
}

void rv_dict_reset_changed(rv_obj_t *o)
{
    DICT(o)->changed_from = SIZE_MAX;
}

static size_t usable_of(unsigned log2)
{
    return log2 ? ((size_t)1 << log2) * 2 / 3 : 0;
}

/* calculate_log2_keysize as 3.11 computes it: bit_length(((n | 8) - 1) | 7),
 * so 8 slots for 0 and 8, 16 for 1..15, else the smallest power of two
 * above n (32 for 16, where 16 slots would do). */
static unsigned calc_log2(size_t minsize)
{
    size_t x = ((minsize | ((size_t)1 << LOG_MINSIZE)) - 1) | (((size_t)1 << LOG_MINSIZE) - 1);
    unsigned l = 0;
    while (x) {
        l++;
        x >>= 1;
    }
    return l;
}

/* estimate_log2_keysize: room for n items without a resize. */
static unsigned estimate_log2(size_t n)
{
    return calc_log2((n * 3 + 1) / 2);
}

/* dictresize: a new table of 2**log2 slots holding the live entries, in
 * order; it stays a unicode table only if it was one (the shared empty keys
 * are one). */
static void resize(rv_dict_t *d, unsigned log2, bool unicode)
{
    dict_touch(d, 0);
    if (d->log2 && !d->unicode)
        unicode = false;
    size_t size = (size_t)1 << log2, usable = usable_of(log2);
    entry_t *entries = rv_calloc(usable, sizeof *entries);
    int64_t *index = rv_malloc(size * sizeof *index);
    for (size_t i = 0; i < size; i++)
        index[i] = EMPTY;
    size_t n = 0;
    for (size_t i = 0; i < d->nentries; i++) {
        if (!d->entries[i].key)
            continue;
        entries[n] = d->entries[i];
        uint64_t mask = size - 1, perturb = (uint64_t)entries[n].hash;
        size_t j = (size_t)(entries[n].hash & (int64_t)mask);
        while (index[j] != EMPTY) {
            perturb >>= 5;
            j = (size_t)((j * 5 + perturb + 1) & mask);
        }
        index[j] = (int64_t)n++;
    }
    rv_free(d->entries);
    rv_free(d->index);
    d->entries = entries;
    d->index = index;
    d->log2 = log2;
    d->nentries = n;
    d->usable = usable - n;
    d->unicode = unicode;
}

/* insertion_resize: room for more, GROWTH_RATE = used*3. */
static void insertion_resize(rv_dict_t *d, bool unicode)
{
    resize(d, calc_log2(d->used * 3), unicode);
}

static int keys_equal(rv_obj_t *a, rv_obj_t *b)
{
    if (a == b)
        return 1;
    if (RV_IS(a, rv_str_type) && RV_IS(b, rv_str_type))
        return rv_str_equal(a, b);
    return rv_richcompare_bool(a, b, RV_EQ);
}

/* The index slot holding key, or the slot to insert it at (*found = 0;
 * then *slot is valid only if d still has a table).  -1 with an exception
 * when comparing failed.  A key's __eq__ may change the dict (clear it,
 * resize it, delete the entry being compared): like lookdict, the search
 * then starts again on the dict as it now is. */
static int lookup(rv_dict_t *d, rv_obj_t *key, int64_t hash, size_t *slot, bool *found)
{
restart:
    *found = false;
    if (!d->log2)
        return 0;
    uint64_t mask = ((uint64_t)1 << d->log2) - 1, perturb = (uint64_t)hash;
    size_t j = (size_t)(hash & (int64_t)mask);
    size_t first_dummy = SIZE_MAX;
    for (;;) {
        int64_t ix = d->index[j];
        if (ix == EMPTY) {
            *slot = first_dummy != SIZE_MAX ? first_dummy : j;
            return 0;
        }
        if (ix == DUMMY) {
            if (first_dummy == SIZE_MAX)
                first_dummy = j;
        } else {
            entry_t *e = &d->entries[ix];
            if (e->hash == hash) {
                rv_obj_t *k = rv_incref(e->key);
                int64_t *index = d->index;
                unsigned log2 = d->log2;
                int eq = keys_equal(k, key);
                /* The log2 test keeps j in bounds if a new table landed
                 * at the old one's address. */
                bool moved = d->index != index || d->log2 != log2 || d->index[j] != ix ||
                             d->entries[ix].key != k;
                rv_decref(k);
                if (eq < 0)
                    return -1;
                if (moved)
                    goto restart;
                if (eq) {
                    *slot = j;
                    *found = true;
                    return 0;
                }
            }
        }
        perturb >>= 5;
        j = (size_t)((j * 5 + perturb + 1) & mask);
    }
}

/* find_empty_slot: the first free index slot for hash, comparing no
 * keys (the key is known to be absent). */
static size_t find_empty_slot(const rv_dict_t *d, int64_t hash)
{
    uint64_t mask = ((uint64_t)1 << d->log2) - 1, perturb = (uint64_t)hash;
    size_t j = (size_t)(hash & (int64_t)mask);
    while (d->index[j] >= 0) {
        perturb >>= 5;
        j = (size_t)((j * 5 + perturb + 1) & mask);
    }
    return j;
}

/* insertdict's search (insert_to_emptydict for a dict with no table
 * yet): *found and the slot of key, or the free slot to insert it at, with
 * room made.  One hash, one lookup, as setdefault and pop also do. */
static int insert_lookup(rv_dict_t *d, rv_obj_t *key, int64_t hash, size_t *slot, bool *found)
{
    bool is_str = RV_IS(key, rv_str_type);
    if (!d->log2) {
        resize(d, LOG_MINSIZE, is_str);
    } else if (!is_str && d->unicode) {
        insertion_resize(d, false);
    }
    if (lookup(d, key, hash, slot, found) < 0)
        return -1;
    if (!*found && d->usable == 0) {
        /* Also when a key's __eq__ emptied the dict during the lookup: the
         * shared empty keys have no room, and are a unicode table. */
        insertion_resize(d, true);
        *slot = find_empty_slot(d, hash);
    }
    return 0;
}

/* Stores a new entry for key at the free index slot insert_lookup found. */
static void insert_new(rv_dict_t *d, rv_obj_t *key, int64_t hash, rv_obj_t *value, size_t slot)
{
    dict_touch(d, d->nentries);
    entry_t *e = &d->entries[d->nentries];
    e->hash = hash;
    e->key = rv_incref(key);
    e->value = rv_incref(value);
    d->index[slot] = (int64_t)d->nentries;
    d->nentries++;
    d->usable--;
    d->used++;
    d->version++;
}

static int set_with_hash(rv_dict_t *d, rv_obj_t *key, int64_t hash, rv_obj_t *value)
{
    size_t slot;
    bool found;
    if (insert_lookup(d, key, hash, &slot, &found) < 0)
        return -1;
    if (found) {
        dict_touch(d, (size_t)d->index[slot]);
        entry_t *e = &d->entries[d->index[slot]];
        rv_obj_t *old = e->value;
        e->value = rv_incref(value);
        rv_decref(old);
        return 0;
    }
    insert_new(d, key, hash, value, slot);
    return 0;
}

/******************************************************************************/
/* public API                                                                 */

rv_obj_t *rv_dict_new(void)
{
    return rv_obj_alloc(&rv_dict_type, sizeof(rv_dict_t));
}

rv_obj_t *rv_dict_new_owned(rv_obj_t *owner)
{
    rv_obj_t *d = rv_dict_new();
    DICT(d)->owner = owner;
    return d;
}

rv_obj_t *rv_dict_owner(rv_obj_t *d)
{
    return DICT(d)->owner;
}

void rv_dict_clear_owned(rv_obj_t **slot, rv_obj_t *owner)
{
    /* The dict may outlive its owner (`d = vars(obj); del obj`). */
    if (*slot && DICT(*slot)->owner == owner)
        DICT(*slot)->owner = NULL;
    rv_clearref(slot);
}

/* dict_new_presized: no table for up to 5 items, else room for n (at
 * most 2**17 slots). */
rv_obj_t *rv_dict_new_presized(size_t n, bool unicode)
{
    rv_obj_t *o = rv_dict_new();
    if (n > usable_of(LOG_MINSIZE))
        resize(DICT(o), n > usable_of(17) ? 17 : estimate_log2(n), unicode);
    return o;
}

int rv_dict_set(rv_obj_t *d, rv_obj_t *key, rv_obj_t *value)
{
    int64_t h;
    if (rv_hash(key, &h) < 0)
        return -1;
    return set_with_hash(DICT(d), key, h, value);
}

int rv_dict_set_cstr(rv_obj_t *d, const char *key, rv_obj_t *value)
{
    rv_obj_t *k = rv_str_intern(key);
    int r = rv_dict_set(d, k, value);
    rv_decref(k);
    return r;
}

rv_obj_t *rv_dict_get_borrow(rv_obj_t *o, rv_obj_t *key)
{
    int64_t h;
    if (rv_hash(key, &h) < 0)
        return NULL;
    size_t slot;
    bool found;
    if (lookup(DICT(o), key, h, &slot, &found) < 0 || !found)
        return NULL;
    return DICT(o)->entries[DICT(o)->index[slot]].value;
}

rv_obj_t *rv_dict_get_cstr_borrow(rv_obj_t *d, const char *key)
{
    rv_obj_t *k = rv_str_from_cstr(key);
    rv_obj_t *v = rv_dict_get_borrow(d, k);
    rv_decref(k);
    return v;
}

/* Removes the entry at index slot; returns its value (a new reference). */
static rv_obj_t *delete_slot(rv_dict_t *d, size_t slot)
{
    dict_touch(d, (size_t)d->index[slot]);
    entry_t *e = &d->entries[d->index[slot]];
    d->index[slot] = DUMMY;
    rv_obj_t *k = e->key, *v = e->value;
    e->key = e->value = NULL;
    d->used--;
    d->version++;
    rv_decref(k);
    return v;
}

int rv_dict_del(rv_obj_t *o, rv_obj_t *key)
{
    rv_dict_t *d = DICT(o);
    int64_t h;
    if (rv_hash(key, &h) < 0)
        return -1;
    size_t slot;
    bool found;
    if (lookup(d, key, h, &slot, &found) < 0)
        return -1;
    if (!found) {
        rv_err_set_obj(&rv_exc_KeyError, key);
        return -1;
    }
    rv_decref(delete_slot(d, slot));
    return 0;
}

size_t rv_dict_len(rv_obj_t *d)
{
    return DICT(d)->used;
}

bool rv_dict_next(rv_obj_t *o, size_t *pos, rv_obj_t **key, rv_obj_t **value)
{
    rv_dict_t *d = DICT(o);
    while (*pos < d->nentries) {
        entry_t *e = &d->entries[(*pos)++];
        if (e->key) {
            if (key)
                *key = e->key;
            if (value)
                *value = e->value;
            return true;
        }
    }
    return false;
}

void rv_dict_clear(rv_obj_t *o)
{
    dict_touch(DICT(o), 0);
    rv_dict_t *d = DICT(o);
    entry_t *entries = d->entries;
    size_t n = d->nentries;
    rv_free(d->index);
    d->entries = NULL;
    d->index = NULL;
    d->log2 = 0;
    d->used = d->nentries = d->usable = 0;
    d->version++;
    for (size_t i = 0; i < n; i++) {
        rv_xdecref(entries[i].key);
        rv_xdecref(entries[i].value);
    }
    rv_free(entries);
}

/* clone_combined_dict_keys: d (with no items) takes a copy of src's table
 * as it is, deleted entries, dummy slots and dk_usable included. */
static void clone_keys(rv_dict_t *d, rv_dict_t *src)
{
    dict_touch(d, 0);
    size_t size = (size_t)1 << src->log2;
    rv_free(d->entries);
    rv_free(d->index);
    d->entries = rv_calloc(usable_of(src->log2), sizeof *d->entries);
    memcpy(d->entries, src->entries, src->nentries * sizeof *d->entries);
    for (size_t i = 0; i < src->nentries; i++) {
        if (d->entries[i].key) {
            rv_incref(d->entries[i].key);
            rv_incref(d->entries[i].value);
        }
    }
    d->index = rv_malloc(size * sizeof *d->index);
    memcpy(d->index, src->index, size * sizeof *d->index);
    d->log2 = src->log2;
    d->unicode = src->unicode;
    d->nentries = src->nentries;
    d->usable = src->usable;
    d->used = src->used;
    d->version++;
}

/* dict_merge for a dict source: clone a clean source into an empty target
 * when its table is no more than twice what it needs, else one big resize
 * first when the target's table (none for the empty keys, whose
 * dk_log2_size is 0) has fewer usable entries than the source has items,
 * then insert. */
static int merge_dict(rv_dict_t *d, rv_dict_t *src)
{
    dict_touch(d, 0);
    if (src == d || src->used == 0)
        return 0;
    if (d->used == 0 && src->used == src->nentries &&
        (src->log2 == LOG_MINSIZE || usable_of(src->log2 - 1) < src->used)) {
        clone_keys(d, src);
        return 0;
    }
    if (usable_of(d->log2) < src->used)
        resize(d, estimate_log2(d->used + src->used), src->unicode);
    for (size_t i = 0; i < src->nentries; i++) {
        entry_t *e = &src->entries[i];
        if (e->key && set_with_hash(d, e->key, e->hash, e->value) < 0)
            return -1;
    }
    return 0;
}

/* dict_merge for a dict subclass with its own __iter__: its keys(), then
 * other[key] for each (through the class's __getitem__). */
static int merge_by_keys(rv_obj_t *o, rv_obj_t *other)
{
    rv_obj_t *m = rv_getattr_cstr(other, "keys");
    rv_obj_t *keys = m ? rv_call0(m) : NULL;
    rv_xdecref(m);
    rv_obj_t *it = keys ? rv_iter(keys) : NULL;
    rv_xdecref(keys);
    if (!it)
        return -1;
    rv_obj_t *k;
    int err = 0;
    while (!err && (k = rv_next(it)) != NULL) {
        rv_obj_t *v = rv_getitem(other, k);
        err = v ? rv_dict_set(o, k, v) : -1;
        rv_xdecref(v);
        rv_decref(k);
    }
    rv_decref(it);
    return !err && rv_err_occurred() ? -1 : err;
}

int rv_dict_update(rv_obj_t *o, rv_obj_t *other)
{
    /* dict_merge copies a dict's entries directly unless its class
     * iterates otherwise. */
    if (rv_isinstance(other, &rv_dict_type) && other->type->iter == rv_dict_type.iter)
        return merge_dict(DICT(o), DICT(other));
    if (rv_isinstance(other, &rv_dict_type))
        return merge_by_keys(o, other);
    rv_obj_t *it = rv_iter(other);
    if (!it)
        return -1;
    rv_obj_t *item;
    size_t n = 0;
    int err = 0;
    while (!err && (item = rv_next(it)) != NULL) {
        /* PySequence_Fast: only an exact list or tuple is used as it is. */
        rv_obj_t *seq = RV_IS(item, rv_list_type) || RV_IS(item, rv_tuple_type)
                            ? rv_incref(item)
                            : (item->type->iter ? rv_list_from_iterable(item) : NULL);
        if (!seq) {
            if (!rv_err_occurred())
                rv_err_format(&rv_exc_TypeError,
                              "cannot convert dictionary update sequence element #%zu to a "
                              "sequence",
                              n);
            err = -1;
        } else {
            size_t len = RV_IS(seq, rv_tuple_type) ? rv_tuple_len(seq) : rv_list_len(seq);
            if (len != 2) {
                rv_err_format(&rv_exc_ValueError,
                              "dictionary update sequence element #%zu has length %zu; 2 is "
                              "required",
                              n, len);
                err = -1;
            } else {
                rv_obj_t *k = rv_getitem(seq, rv_False);
                rv_obj_t *v = rv_getitem(seq, rv_True);
                err = (k && v) ? rv_dict_set(o, k, v) : -1;
                rv_xdecref(k);
                rv_xdecref(v);
            }
            rv_decref(seq);
        }
        rv_decref(item);
        n++;
    }
    rv_decref(it);
    if (!err && rv_err_occurred())
        err = -1;
    return err;
}

/* PyDict_Copy (3.11): a dict with at most 1/3 of its entries deleted is
 * cloned with its table; others are compacted by merging into a new dict. */
rv_obj_t *rv_dict_copy(rv_obj_t *o)
{
    rv_dict_t *d = DICT(o);
    rv_obj_t *c = rv_dict_new();
    if (d->used == 0)
        return c;
    if (d->used >= d->nentries * 2 / 3) {
        clone_keys(DICT(c), d);
        return c;
    }
    if (merge_dict(DICT(c), d) < 0) {
        rv_decref(c);
        return NULL;
    }
    return c;
}

/******************************************************************************/
/* slots                                                                      */

static void dict_clear_slot(rv_obj_t *o)
{
    rv_dict_clear(o);
}

static void dict_release(rv_obj_t *o)
{
    rv_free(DICT(o)->entries);
    rv_free(DICT(o)->index);
    rv_obj_free(o);
}

static void dict_traverse(rv_obj_t *o, rv_visit_fn visit, void *ctx)
{
    rv_dict_t *d = DICT(o);
    for (size_t i = 0; i < d->nentries; i++) {
        entry_t *e = &d->entries[i];
        if (!e->key)
            continue;
        rv_edge_t ke = { .kind = RV_EDGE_KEY };
        visit(e->key, &ke, ctx);
        rv_edge_t ve = { .kind = RV_EDGE_VALUE, .key = e->key };
        visit(e->value, &ve, ctx);
    }
}

static rv_obj_t *dict_repr(rv_obj_t *o)
{
    rv_dict_t *d = DICT(o);
    if (d->used == 0)
        return rv_str_from_cstr("{}");
    if (rv_repr_enter(o))
        return rv_str_from_cstr("{...}");
    rv_buf_t b = RV_BUF_INIT;
    rv_buf_addc(&b, '{');
    bool first = true;
    for (size_t i = 0; i < d->nentries; i++) {
        entry_t *e = &d->entries[i];
        if (!e->key)
            continue;
        if (!first)
            rv_buf_adds(&b, ", ");
        first = false;
        rv_obj_t *k = rv_incref(e->key), *v = rv_incref(e->value);
        rv_obj_t *kr = rv_repr(k), *vr = kr ? rv_repr(v) : NULL;
        rv_decref(k);
        rv_decref(v);
        if (!vr) {
            rv_xdecref(kr);
            rv_buf_free(&b);
            rv_repr_leave(o);
            return NULL;
        }
        rv_buf_add(&b, rv_str_utf8(kr), rv_str_nbytes(kr));
        rv_buf_adds(&b, ": ");
        rv_buf_add(&b, rv_str_utf8(vr), rv_str_nbytes(vr));
        rv_decref(kr);
        rv_decref(vr);
    }
    rv_buf_addc(&b, '}');
    rv_repr_leave(o);
    rv_obj_t *s = rv_str_from_buf(&b);
    rv_buf_free(&b);
    return s;
}

static rv_obj_t *dict_richcompare(rv_obj_t *a, rv_obj_t *b, rv_cmpop_t op)
{
    if ((op != RV_EQ && op != RV_NE) || !rv_isinstance(a, &rv_dict_type) ||
        !rv_isinstance(b, &rv_dict_type))
        return rv_incref(rv_NotImplemented);
    bool eq = DICT(a)->used == DICT(b)->used;
    size_t pos = 0;
    rv_obj_t *k, *v;
    while (eq && rv_dict_next(a, &pos, &k, &v)) {
        /* dict_equal holds the key and both values: their __eq__ may
         * empty either dict. */
        rv_incref(k);
        rv_incref(v);
        rv_obj_t *w = rv_dict_get_borrow(b, k);
        rv_xincref(w);
        rv_decref(k);
        if (!w) {
            rv_decref(v);
            if (rv_err_occurred())
                return NULL;
            eq = false;
            break;
        }
        int r = rv_richcompare_bool(v, w, RV_EQ);
        rv_decref(v);
        rv_decref(w);
        if (r < 0)
            return NULL;
        eq = r;
    }
    return rv_bool_from(op == RV_EQ ? eq : !eq);
}

static int dict_len_slot(rv_obj_t *o, size_t *out)
{
    *out = DICT(o)->used;
    return 0;
}

static rv_obj_t *dict_getitem(rv_obj_t *o, rv_obj_t *key)
{
    rv_obj_t *v = rv_dict_get_borrow(o, key);
    if (v)
        return rv_incref(v);
    if (!rv_err_occurred())
        rv_err_set_obj(&rv_exc_KeyError, key);
    return NULL;
}

static int dict_setitem(rv_obj_t *o, rv_obj_t *key, rv_obj_t *value)
{
    return value ? rv_dict_set(o, key, value) : rv_dict_del(o, key);
}

static int dict_contains(rv_obj_t *o, rv_obj_t *key)
{
    if (rv_dict_get_borrow(o, key))
        return 1;
    return rv_err_occurred() ? -1 : 0;
}

static size_t dict_size(rv_obj_t *o)
{
    rv_dict_t *d = DICT(o);
    if (!d->log2)
        return 64;
    size_t size = (size_t)1 << d->log2;
    size_t ix = d->log2 < 8 ? 1 : d->log2 < 16 ? 2 : d->log2 < 32 ? 4 : 8;
    return 64 + 32 + size * ix + usable_of(d->log2) * (d->unicode ? 16 : 24);
}

static rv_obj_t *dict_binop(rv_binop_t op, rv_obj_t *a, rv_obj_t *b)
{
    if (op != RV_OP_OR || !rv_isinstance(a, &rv_dict_type) || !rv_isinstance(b, &rv_dict_type))
        return rv_incref(rv_NotImplemented);
    rv_obj_t *r = rv_dict_copy(a);
    if (r && rv_dict_update(r, b) < 0) {
        rv_decref(r);
        return NULL;
    }
    return r;
}

static rv_obj_t *dict_inplace(rv_binop_t op, rv_obj_t *a, rv_obj_t *b)
{
    if (op != RV_OP_OR)
        return rv_incref(rv_NotImplemented);
    if (rv_dict_update(a, b) < 0)
        return NULL;
    return rv_incref(a);
}

/******************************************************************************/
/* iteration and views                                                        */

typedef enum { VIEW_KEYS, VIEW_VALUES, VIEW_ITEMS } view_kind_t;

typedef struct dictiter {
    rv_obj_t ob;
    rv_obj_t *dict;
    size_t pos;
    size_t used;      /* size when iteration started */
    size_t left;      /* items not yet returned (di->len) */
    view_kind_t kind;
    bool reverse;     /* reversed(): pos counts down, entries before it */
} dictiter_t;

static rv_type_t *const iter_types[] = { &rv_dict_keyiterator_type, &rv_dict_valueiterator_type,
                                          &rv_dict_itemiterator_type };
static rv_type_t *const reviter_types[] = { &rv_dict_reversekeyiterator_type,
                                             &rv_dict_reversevalueiterator_type,
                                             &rv_dict_reverseitemiterator_type };
static rv_type_t *const view_types[] = { &rv_dict_keys_type, &rv_dict_values_type,
                                          &rv_dict_items_type };

static rv_obj_t *dictiter_new(rv_obj_t *d, view_kind_t kind)
{
    dictiter_t *it = rv_obj_alloc(iter_types[kind], sizeof(dictiter_t));
    it->dict = rv_incref(d);
    it->used = it->left = DICT(d)->used;
    it->kind = kind;
    return &it->ob;
}

/* reversed(d), reversed(d.values()) ...: dictreviter, from the last entry
 * down. */
static rv_obj_t *dict_reviter_new(rv_obj_t *d, view_kind_t kind)
{
    dictiter_t *it = rv_obj_alloc(reviter_types[kind], sizeof(dictiter_t));
    it->dict = rv_incref(d);
    it->used = it->left = DICT(d)->used;
    it->kind = kind;
    it->reverse = true;
    it->pos = DICT(d)->nentries;
    return &it->ob;
}

rv_obj_t *rv_dict_reversed(rv_obj_t *d)
{
    return dict_reviter_new(d, VIEW_KEYS);
}

/* The entry before *pos, counting down (dictreviter_iternext). */
static bool dict_prev(rv_obj_t *o, size_t *pos, rv_obj_t **key, rv_obj_t **value)
{
    rv_dict_t *d = DICT(o);
    /* Deleting and adding as many keys keeps the size but may compact the
     * entries below where the iterator stood. */
    if (*pos > d->nentries)
        *pos = d->nentries;
    while (*pos > 0) {
        entry_t *e = &d->entries[--(*pos)];
        if (e->key) {
            *key = e->key;
            *value = e->value;
            return true;
        }
    }
    return false;
}

static rv_obj_t *dictiter_next(rv_obj_t *o)
{
    dictiter_t *it = (dictiter_t *)o;
    if (!it->dict)
        return NULL;
    if (DICT(it->dict)->used != it->used) {
        it->used = (size_t)-1;
        rv_err_format(&rv_exc_RuntimeError, "dictionary changed size during iteration");
        return NULL;
    }
    rv_obj_t *k, *v;
    bool more = it->reverse ? dict_prev(it->dict, &it->pos, &k, &v)
                            : rv_dict_next(it->dict, &it->pos, &k, &v);
    if (!more) {
        rv_clearref(&it->dict);
        return NULL;
    }
    /* An entry past the count the iterator started with: keys were
     * deleted and as many added, the size unchanged (dictiter_iternextkey;
     * its reversed twin does not check). */
    if (!it->reverse && it->left == 0) {
        rv_clearref(&it->dict);
        rv_err_format(&rv_exc_RuntimeError, "dictionary keys changed during iteration");
        return NULL;
    }
    it->left--;
    if (it->kind == VIEW_KEYS)
        return rv_incref(k);
    if (it->kind == VIEW_VALUES)
        return rv_incref(v);
    return rv_tuple_pack(2, k, v);
}

static rv_obj_t *dict_iter(rv_obj_t *o)
{
    return dictiter_new(o, VIEW_KEYS);
}

static rv_obj_t *iter_self(rv_obj_t *o)
{
    return rv_incref(o);
}

/* dictiter_len: the items left, 0 once the dict changed size. */
static rv_obj_t *dictiter_length_hint(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                                      rv_obj_t *kwnames)
{
    (void)args;
    if (rv_length_hint_args(self, nargs, kwnames) < 0)
        return NULL;
    dictiter_t *it = (dictiter_t *)self;
    size_t n = it->dict && DICT(it->dict)->used == it->used ? it->left : 0;
    return rv_int_from_u64(n);
}

static const rv_method_t dictiter_methods[] = {
    { "__length_hint__", dictiter_length_hint, 0 },
    { NULL, NULL, 0 },
};

static void dictiter_clear(rv_obj_t *o)
{
    rv_clearref(&((dictiter_t *)o)->dict);
}

static void dictiter_traverse(rv_obj_t *o, rv_visit_fn visit, void *ctx)
{
    dictiter_t *it = (dictiter_t *)o;
    rv_edge_t e = { .kind = RV_EDGE_HIDDEN };
    if (it->dict)
        visit(it->dict, &e, ctx);
}

/* dictiterobject (a GC object of 56 bytes, 72 with the GC header) */
static size_t dictiter_size(rv_obj_t *o)
{
    (void)o;
    return 72;
}

/* _PyDictViewObject: one pointer to the dict (24 bytes, 40 with the GC
 * header). */
static size_t view_size(rv_obj_t *o)
{
    (void)o;
    return 40;
}

#define DICTITER_TYPE(var, tname) \
    rv_type_t var = { \
        .name = tname, \
        .flags = RV_TF_GC | RV_TF_MUTABLE, \
        .clear = dictiter_clear, \
        .release = rv_obj_free, \
        .traverse = dictiter_traverse, \
        .iter = iter_self, \
        .next = dictiter_next, \
        .size = dictiter_size, \
        .methods = dictiter_methods, \
    }

DICTITER_TYPE(rv_dict_keyiterator_type, "dict_keyiterator");
DICTITER_TYPE(rv_dict_valueiterator_type, "dict_valueiterator");
DICTITER_TYPE(rv_dict_itemiterator_type, "dict_itemiterator");
DICTITER_TYPE(rv_dict_reversekeyiterator_type, "dict_reversekeyiterator");
DICTITER_TYPE(rv_dict_reversevalueiterator_type, "dict_reversevalueiterator");
DICTITER_TYPE(rv_dict_reverseitemiterator_type, "dict_reverseitemiterator");

/* Views reuse the iterator layout: dict + kind. */
static rv_obj_t *view_new(rv_obj_t *d, view_kind_t kind)
{
    dictiter_t *v = rv_obj_alloc(view_types[kind], sizeof(dictiter_t));
    v->dict = rv_incref(d);
    v->kind = kind;
    return &v->ob;
}

/* A view shows its dict (CPython's gc.get_referents gives it too): the
 * diagram draws the arrow that makes a view live. */
static void view_traverse(rv_obj_t *o, rv_visit_fn visit, void *ctx)
{
    rv_edge_t e = { .kind = RV_EDGE_NAMED, .name = "mapping" };
    visit(((dictiter_t *)o)->dict, &e, ctx);
}

static rv_obj_t *view_iter(rv_obj_t *o)
{
    dictiter_t *v = (dictiter_t *)o;
    return dictiter_new(v->dict, v->kind);
}

static int view_len(rv_obj_t *o, size_t *out)
{
    *out = DICT(((dictiter_t *)o)->dict)->used;
    return 0;
}

static rv_obj_t *view_repr(rv_obj_t *o)
{
    dictiter_t *v = (dictiter_t *)o;
    static const char *const names[] = { "dict_keys", "dict_values", "dict_items" };
    rv_obj_t *l = rv_list_from_iterable(o);
    if (!l)
        return NULL;
    rv_obj_t *r = rv_repr(l);
    rv_decref(l);
    if (!r)
        return NULL;
    rv_obj_t *s = rv_str_printf("%s(%s)", names[v->kind], rv_str_utf8(r));
    rv_decref(r);
    return s;
}

static int view_contains(rv_obj_t *o, rv_obj_t *item)
{
    dictiter_t *v = (dictiter_t *)o;
    if (v->kind == VIEW_KEYS)
        return dict_contains(v->dict, item);
    rv_obj_t *it = view_iter(o);
    rv_obj_t *x;
    int found = 0;
    while (!found && (x = rv_next(it)) != NULL) {
        found = rv_richcompare_bool(x, item, RV_EQ);
        rv_decref(x);
    }
    rv_decref(it);
    return found;
}

/* dictview.__reversed__: the view's kind, from the last entry. */
static rv_obj_t *view_reversed(rv_obj_t *self, rv_obj_t *const *args, size_t nargs,
                               rv_obj_t *kwnames)
{
    (void)args;
    if (rv_arg_no_kw("__reversed__", kwnames) < 0 || rv_arg_count("__reversed__", nargs, 0, 0) < 0)
        return NULL;
    dictiter_t *v = (dictiter_t *)self;
    return dict_reviter_new(v->dict, v->kind);
}

static const rv_method_t view_methods[] = {
    { "__reversed__", view_reversed, 0 },
    { NULL, NULL, 0 },
};

/* keys and items views are set-like (dictview_richcompare): compared with
 * sets and with each other's kind by their elements. */
static bool is_setlike(const rv_obj_t *o)
{
    return rv_is_anyset(o) || RV_IS(o, rv_dict_keys_type) || RV_IS(o, rv_dict_items_type);
}

/* all_contained_in: every element of a is in b. */
static int all_contained_in(rv_obj_t *a, rv_obj_t *b)
{
    rv_obj_t *it = rv_iter(a);
    if (!it)
        return -1;
    int ok = 1;
    rv_obj_t *x;
    while (ok == 1 && (x = rv_next(it)) != NULL) {
        ok = rv_contains(b, x);
        rv_decref(x);
    }
    rv_decref(it);
    return ok == 1 && rv_err_occurred() ? -1 : ok;
}

static rv_obj_t *view_richcompare(rv_obj_t *a, rv_obj_t *b, rv_cmpop_t op)
{
    if (!is_setlike(a) || !is_setlike(b))
        return rv_incref(rv_NotImplemented);
    size_t m, n;
    if (rv_len(a, &m) < 0 || rv_len(b, &n) < 0)
        return NULL;
    int r;
    switch (op) {
    case RV_EQ:
    case RV_NE:
        r = m == n ? all_contained_in(a, b) : 0;
        if (r >= 0 && op == RV_NE)
            r = !r;
        break;
    case RV_LE:
        r = m <= n ? all_contained_in(a, b) : 0;
        break;
    case RV_LT:
        r = m < n ? all_contained_in(a, b) : 0;
        break;
    case RV_GE:
        r = m >= n ? all_contained_in(b, a) : 0;
        break;
    default:
        r = m > n ? all_contained_in(b, a) : 0;
        break;
    }
    return r < 0 ? NULL : rv_bool_from(r);
}

/* dictviews_or and the others: set(a) OP b, a view on either side. */
static rv_obj_t *view_binop(rv_binop_t op, rv_obj_t *a, rv_obj_t *b)
{
    return rv_set_operate(op, a, b);
}

#define DICTVIEW_TYPE(var, tname, ...) \
    rv_type_t var = { \
        .name = tname, \
        .flags = RV_TF_GC | RV_TF_MUTABLE, \
        .clear = dictiter_clear, \
        .release = rv_obj_free, \
        .traverse = view_traverse, \
        .repr = view_repr, \
        .len = view_len, \
        .contains = view_contains, \
        .iter = view_iter, \
        .size = view_size, \
        .methods = view_methods, \
        __VA_ARGS__ \
    }

DICTVIEW_TYPE(rv_dict_keys_type, "dict_keys", .richcompare = view_richcompare,
              .binop = view_binop);
DICTVIEW_TYPE(rv_dict_values_type, "dict_values", .binop = NULL);
DICTVIEW_TYPE(rv_dict_items_type, "dict_items", .richcompare = view_richcompare,
              .binop = view_binop);

/******************************************************************************/
/* methods                                                                    */

static rv_obj_t *m_keys(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    if (rv_arg_no_kw("keys", kw) < 0 || rv_arg_count("keys", nargs, 0, 0) < 0)
        return NULL;
    return view_new(self, VIEW_KEYS);
}

static rv_obj_t *m_values(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    if (rv_arg_no_kw("values", kw) < 0 || rv_arg_count("values", nargs, 0, 0) < 0)
        return NULL;
    return view_new(self, VIEW_VALUES);
}

static rv_obj_t *m_items(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    if (rv_arg_no_kw("items", kw) < 0 || rv_arg_count("items", nargs, 0, 0) < 0)
        return NULL;
    return view_new(self, VIEW_ITEMS);
}

static rv_obj_t *m_get(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    if (rv_arg_no_kw("get", kw) < 0 || rv_arg_count("get", nargs, 1, 2) < 0)
        return NULL;
    rv_obj_t *v = rv_dict_get_borrow(self, args[0]);
    if (v)
        return rv_incref(v);
    if (rv_err_occurred())
        return NULL;
    return rv_incref(nargs == 2 ? args[1] : rv_None);
}

static rv_obj_t *m_setdefault(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    if (rv_arg_no_kw("setdefault", kw) < 0 || rv_arg_count("setdefault", nargs, 1, 2) < 0)
        return NULL;
    /* PyDict_SetDefault: one hash and one lookup (a key's __hash__ and
     * __eq__ run once, as the trace shows). */
    rv_dict_t *d = DICT(self);
    int64_t h;
    size_t slot;
    bool found;
    if (rv_hash(args[0], &h) < 0 || insert_lookup(d, args[0], h, &slot, &found) < 0)
        return NULL;
    if (found)
        return rv_incref(d->entries[d->index[slot]].value);
    rv_obj_t *dflt = nargs == 2 ? args[1] : rv_None;
    insert_new(d, args[0], h, dflt, slot);
    return rv_incref(dflt);
}

static rv_obj_t *m_pop(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    if (rv_arg_no_kw("pop", kw) < 0 || rv_arg_count("pop", nargs, 1, 2) < 0)
        return NULL;
    /* _PyDict_Pop: one hash and one lookup; an empty dict none at all. */
    rv_dict_t *d = DICT(self);
    int64_t h;
    size_t slot;
    bool found = false;
    if (d->used && (rv_hash(args[0], &h) < 0 || lookup(d, args[0], h, &slot, &found) < 0))
        return NULL;
    if (!found) {
        if (nargs == 2)
            return rv_incref(args[1]);
        rv_err_set_obj(&rv_exc_KeyError, args[0]);
        return NULL;
    }
    return delete_slot(d, slot);
}

static rv_obj_t *m_popitem(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    dict_touch(DICT(self), 0);
    if (rv_arg_no_kw("popitem", kw) < 0 || rv_arg_count("popitem", nargs, 0, 0) < 0)
        return NULL;
    rv_dict_t *d = DICT(self);
    if (d->used == 0) {
        rv_err_format(&rv_exc_KeyError, "popitem(): dictionary is empty");
        return NULL;
    }
    size_t i = d->nentries;
    while (i > 0 && !d->entries[i - 1].key)
        i--;
    entry_t *e = &d->entries[i - 1];
    rv_obj_t *pair = rv_tuple_pack(2, e->key, e->value);
    rv_obj_t *k = rv_incref(e->key);
    rv_dict_del(self, k);
    rv_decref(k);
    /* dict_popitem: dk_nentries becomes the popped entry's index, but
     * dk_usable is not given the slot back (a dummy is left in the index). */
    d->nentries = i - 1;
    return pair;
}

/* dict_update_arg, then the keyword arguments: one by one for dict(...)
 * (dict_vectorcall), merged from the dict that the call makes of them for
 * d.update(...) (_PyStack_AsDict, then dict_merge in dict_update_common). */
static int update_common(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw,
                         bool merge_kw)
{
    if (rv_arg_count(merge_kw ? "update" : "dict", nargs, 0, 1) < 0)
        return -1;
    if (nargs == 1) {
        if (!rv_isinstance(args[0], &rv_dict_type) && !args[0]->type->iter) {
            rv_err_format(&rv_exc_TypeError, "'%s' object is not iterable", args[0]->type->name);
            return -1;
        }
        if (rv_dict_update(self, args[0]) < 0)
            return -1;
    }
    size_t nkw = kw ? rv_tuple_len(kw) : 0;
    if (nkw && merge_kw) {
        rv_obj_t *kwargs = rv_dict_new_presized(nkw, true);
        int err = 0;
        for (size_t k = 0; !err && k < nkw; k++)
            err = rv_dict_set(kwargs, rv_tuple_get_borrow(kw, k), args[nargs + k]);
        if (!err)
            err = merge_dict(DICT(self), DICT(kwargs));
        rv_decref(kwargs);
        return err;
    }
    for (size_t k = 0; k < nkw; k++)
        if (rv_dict_set(self, rv_tuple_get_borrow(kw, k), args[nargs + k]) < 0)
            return -1;
    return 0;
}

static rv_obj_t *m_update(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    if (update_common(self, args, nargs, kw, true) < 0)
        return NULL;
    return rv_incref(rv_None);
}

static rv_obj_t *m_copy(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    if (rv_arg_no_kw("copy", kw) < 0 || rv_arg_count("copy", nargs, 0, 0) < 0)
        return NULL;
    return rv_dict_copy(self);
}

static rv_obj_t *m_clear(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    if (rv_arg_no_kw("clear", kw) < 0 || rv_arg_count("clear", nargs, 0, 0) < 0)
        return NULL;
    rv_dict_clear(self);
    return rv_incref(rv_None);
}

/* dict_fromkeys for a class deriving from dict: cls(), then d[key] =
 * value for each key, through the class's __setitem__ if it has one. */
static rv_obj_t *fromkeys_subtype(rv_obj_t *cls, rv_obj_t *keys, rv_obj_t *value)
{
    rv_obj_t *d = rv_call0(cls);
    rv_obj_t *it = d ? rv_iter(keys) : NULL;
    if (!it) {
        rv_xdecref(d);
        return NULL;
    }
    rv_obj_t *k;
    while ((k = rv_next(it)) != NULL) {
        int err = rv_setitem(d, k, value);
        rv_decref(k);
        if (err < 0)
            break;
    }
    rv_decref(it);
    if (rv_err_occurred())
        rv_clearref(&d);
    return d;
}

static rv_obj_t *m_fromkeys(rv_obj_t *self, rv_obj_t *const *args, size_t nargs, rv_obj_t *kw)
{
    if (rv_arg_no_kw("fromkeys", kw) < 0 || rv_arg_count("fromkeys", nargs, 1, 2) < 0)
        return NULL;
    rv_obj_t *value = nargs == 2 ? args[1] : rv_None;
    if (self != &rv_dict_type.ob)
        return fromkeys_subtype(self, args[0], value);
    rv_obj_t *d = rv_dict_new();
    /* dict_fromkeys: for a dict or a set, one resize for its size first (a
     * set's keys get a general table). */
    if (RV_IS(args[0], rv_dict_type))
        resize(DICT(d), estimate_log2(rv_dict_len(args[0])),
               !DICT(args[0])->log2 || DICT(args[0])->unicode);
    else if (RV_IS(args[0], rv_set_type) || RV_IS(args[0], rv_frozenset_type))
        resize(DICT(d), estimate_log2(rv_set_len(args[0])), false);
    rv_obj_t *it = rv_iter(args[0]);
    if (!it) {
        rv_decref(d);
        return NULL;
    }
    rv_obj_t *k;
    while ((k = rv_next(it)) != NULL) {
        int err = rv_dict_set(d, k, value);
        rv_decref(k);
        if (err < 0)
            break;
    }
    rv_decref(it);
    if (rv_err_occurred()) {
        rv_decref(d);
        return NULL;
    }
    return d;
}

static const rv_method_t dict_methods[] = {
    { "keys", m_keys, 0 },       { "values", m_values, 0 },
    { "items", m_items, 0 },     { "get", m_get, 0 },
    { "setdefault", m_setdefault, 0 }, { "pop", m_pop, 0 },
    { "popitem", m_popitem, 0 }, { "update", m_update, 0 },
    { "copy", m_copy, 0 },       { "clear", m_clear, 0 },
    { "fromkeys", m_fromkeys, RV_METH_CLASS }, { NULL, NULL, 0 },
};

rv_obj_t *rv_dict_new_subtype(const rv_type_t *type, size_t extra)
{
    return rv_obj_alloc(type, sizeof(rv_dict_t) + extra);
}

void *rv_dict_extra(rv_obj_t *d)
{
    return (char *)d + sizeof(rv_dict_t);
}

int rv_dict_init(rv_obj_t *d, rv_obj_t *const *args, size_t nargs, rv_obj_t *kwnames)
{
    return update_common(d, args, nargs, kwnames, false);
}

static rv_obj_t *dict_make(rv_type_t *type, rv_obj_t *const *args, size_t nargs,
                           rv_obj_t *kwnames)
{
    (void)type;
    rv_obj_t *d = rv_dict_new();
    if (update_common(d, args, nargs, kwnames, false) < 0) {
        rv_decref(d);
        return NULL;
    }
    return d;
}

rv_type_t rv_dict_type = {
    .name = "dict",
    .flags = RV_TF_MUTABLE | RV_TF_GC | RV_TF_BASETYPE,
    .clear = dict_clear_slot,
    .release = dict_release,
    .traverse = dict_traverse,
    .repr = dict_repr,
    .richcompare = dict_richcompare,
    .len = dict_len_slot,
    .binop = dict_binop,
    .inplace = dict_inplace,
    .getitem = dict_getitem,
    .setitem = dict_setitem,
    .contains = dict_contains,
    .iter = dict_iter,
    .methods = dict_methods,
    .size = dict_size,
    .make = dict_make,
    .extra = rv_dict_extra,
};
