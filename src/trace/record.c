/* src/trace/record.c - recording a trace: the VM hook, object states and the
 * delta kept per step. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "core/exc.h"
#include "core/heap.h"
#include "core/obj_bool.h"
#include "core/obj_defaultdict.h"
#include "core/obj_deque.h"
#include "core/obj_dict.h"
#include "core/obj_float.h"
#include "core/obj_int.h"
#include "core/obj_list.h"
#include "core/obj_set.h"
#include "core/obj_str.h"
#include "core/obj_tuple.h"
#include "core/obj_weakref.h"
#include "lang/vm/vm.h"
#include "lang/objects/class.h"
#include "trace/elide.h"
#include "trace/repr.h"
#include "trace/store.h"
#include "trace/trace.h"

/* An object's references as its traversal gives them, before labels are
 * pooled: NAMED refs carry the edge's name, VALUE refs their key object. */
typedef struct raw_refs {
    rv_ref_rec_t *refs;
    rv_obj_t **objs;       /* the target of each ref */
    rv_obj_t **keys;       /* RV_REF_VALUE: the key object */
    size_t len, cap;
    size_t from;           /* refs before this one were not collected */
    /* the state made of them (diff_state), valid until the next: the
     * trace stores it encoded */
    rv_obj_rec_t rec;
    rv_ref_rec_t *out;
    size_t *outpos;
    size_t capout;
} raw_refs_t;

static void free_raw(raw_refs_t *b)
{
    rv_free(b->refs);
    rv_free(b->objs);
    rv_free(b->keys);
    rv_free(b->out);
    rv_free(b->outpos);
}

static void reserve_raw(raw_refs_t *b, size_t n)
{
    if (n <= b->cap)
        return;
    b->cap = b->cap * 2 > n ? b->cap * 2 : n;
    b->refs = rv_realloc(b->refs, b->cap * sizeof *b->refs);
    b->objs = rv_realloc(b->objs, b->cap * sizeof *b->objs);
    b->keys = rv_realloc(b->keys, b->cap * sizeof *b->keys);
}

static void collect_ref(rv_obj_t *child, const rv_edge_t *edge, void *ctx)
{
    raw_refs_t *b = ctx;
    if (edge->kind == RV_EDGE_HIDDEN)
        return;
    reserve_raw(b, b->len + 1);
    rv_ref_rec_t *r = &b->refs[b->len];
    memset(r, 0, sizeof *r);
    r->target = child->id;
    r->weak = edge->weak;
    b->objs[b->len] = child;
    b->keys[b->len] = NULL;
    switch (edge->kind) {
    case RV_EDGE_INDEX:
        r->kind = RV_REF_INDEX;
        r->index = edge->index;
        break;
    case RV_EDGE_KEY:
        r->kind = RV_REF_KEY;
        break;
    case RV_EDGE_VALUE:
        r->kind = RV_REF_VALUE;
        r->key = edge->key->id;
        b->keys[b->len] = edge->key;
        break;
    case RV_EDGE_MEMBER:
        r->kind = RV_REF_MEMBER;
        break;
    default:
        r->kind = RV_REF_NAMED;
        r->label = edge->name ? edge->name : "?";
        break;
    }
    b->len++;
}

/* Whether a raw ref equals a recorded one (labels: raw names against
 * pooled ones; a VALUE's label follows from its key, which is immutable). */
static bool same_raw_ref(const rv_ref_rec_t *raw, const rv_ref_rec_t *rec)
{
    if (raw->kind != rec->kind || raw->target != rec->target || raw->key != rec->key ||
        raw->index != rec->index || raw->weak != rec->weak)
        return false;
    return raw->kind != RV_REF_NAMED || strcmp(raw->label, rec->label) == 0;
}

/* vtext is left in b. */
static void fill_value(rv_obj_rec_t *r, rv_obj_t *o, rv_buf_t *b)
{
    if (o == rv_None) {
        r->vkind = RV_VAL_NULL;
    } else if (RV_IS(o, rv_bool_type)) {
        r->vkind = RV_VAL_BOOL;
        r->vbool = o == rv_True;
    } else if (RV_IS(o, rv_int_type)) {
        int64_t v;
        /* JSON numbers are exact up to 2**53; larger ints become strings. */
        if (rv_int_fits_i64(o, &v) && v <= (1ll << 53) && v >= -(1ll << 53)) {
            r->vkind = RV_VAL_INT;
            r->vint = v;
        } else {
            r->vkind = RV_VAL_BIGINT;
            if (rv_int_sign(o) < 0)
                rv_buf_addc(b, '-');
            rv_int_abs_to_base(o, 10, b);
            r->vtext = (char *)rv_buf_cstr(b);
        }
    } else if (RV_IS(o, rv_float_type)) {
        r->vkind = RV_VAL_FLOAT;
        r->vfloat = rv_float_value(o);
    } else if (RV_IS(o, rv_str_type)) {
        r->vkind = RV_VAL_STR;
        rv_buf_add(b, rv_str_utf8(o), rv_str_nbytes(o));
        r->vtext = (char *)rv_buf_cstr(b);
    }
}

/* By the repr slot: an instance of a class deriving from a container
 * without a __repr__ of its own has the container's repr (a set
 * subclass's names the class: Bag({1})). */
static rv_repr_kind_t repr_kind_of(const rv_obj_t *o)
{
    const rv_type_t *ty = o->type;
    rv_obj_t *(*repr)(rv_obj_t *) = ty->repr;
    if (repr == rv_set_type.repr)
        return ty == &rv_set_type         ? RV_REPR_SET
               : ty == &rv_frozenset_type ? RV_REPR_FROZENSET
                                          : RV_REPR_NAMED_SET;
    return repr == rv_list_type.repr     ? RV_REPR_LIST
           : repr == rv_tuple_type.repr  ? RV_REPR_TUPLE
           : repr == rv_dict_type.repr   ? RV_REPR_DICT
           : repr == rv_deque_type.repr  ? RV_REPR_DEQUE
           : ty == &rv_dict_keys_type ? RV_REPR_KEYS
           : ty == &rv_dict_values_type ? RV_REPR_VALUES
           : ty == &rv_dict_items_type  ? RV_REPR_ITEMS
           : ty == &rv_defaultdict_type ? RV_REPR_DEFAULTDICT
           : rv_exc_repr_from_args(o)   ? RV_REPR_EXC
                                        : RV_REPR_TEXT;
}

/* The text around a deque's, a defaultdict's or a set subclass's items
 * (deque_repr, defdict_repr, set_repr), with RV_REPR_HOLE where they go:
 * the items' reprs are derived when a snapshot is rebuilt, as a list's
 * are, so they follow the items' changes. */
static void wrapper_text(const rv_trace_t *t, rv_obj_t *o, rv_buf_t *b)
{
    if (rv_isinstance(o, &rv_set_type) || rv_isinstance(o, &rv_frozenset_type)) {
        rv_buf_printf(b, rv_set_len(o) ? "%s({" : "%s()", rv_type_name(o->type));
        if (rv_set_len(o)) {
            rv_buf_addc(b, RV_REPR_HOLE);
            rv_buf_adds(b, "})");
        }
        return;
    }
    if (rv_isinstance(o, &rv_deque_type)) {
        rv_buf_printf(b, "%s([", rv_type_name(o->type));
        rv_buf_addc(b, RV_REPR_HOLE);
        if (rv_deque_maxlen(o) >= 0)
            rv_buf_printf(b, "], maxlen=%lld)", (long long)rv_deque_maxlen(o));
        else
            rv_buf_adds(b, "])");
        return;
    }
    rv_obj_t *f = rv_defaultdict_factory_borrow(o);
    rv_buf_adds(b, "defaultdict(");
    if (!f)
        rv_buf_adds(b, "None");
    else if (f == o)
        rv_buf_adds(b, "...");
    else
        rv_bounded_repr(f, t->opt.repr_limit, b);
    rv_buf_adds(b, ", {");
    rv_buf_addc(b, RV_REPR_HOLE);
    rv_buf_adds(b, "})");
}

/* The state's own fields: everything but the references.  Its texts are
 * the trace's scratch buffers until keep_texts copies them. */
static void new_rec(rv_trace_t *t, rv_obj_t *o, rv_obj_rec_t *r)
{
    memset(r, 0, sizeof *r);
    rv_buf_truncate(&t->scratch_repr, 0);
    rv_buf_truncate(&t->scratch_vtext, 0);
    r->id = o->id;
    /* Most states are of the type just seen: skip the pool's hashing
     * (not for classes: their metaclass's name can differ, ABCMeta). */
    if (o->type == &rv_type_type) {
        r->type = rv_trace_intern(t, rv_obj_type_name(o));
    } else {
        if (o->type != t->last_type) {
            t->last_type = o->type;
            t->last_type_name = rv_trace_intern(t, rv_type_name(o->type));
        }
        r->type = t->last_type_name;
    }
    r->mutable_ = rv_is_mutable(o);
    r->inline_ = (o->type->flags & RV_TF_INLINE) != 0;
    r->size = rv_sizeof(o);
    r->repr_kind = repr_kind_of(o);
    fill_value(r, o, &t->scratch_vtext);
    rv_buf_t *b = &t->scratch_repr;
    if (r->vkind == RV_VAL_INT) {
        /* repr(int) without making a str object for it (nor a printf:
         * ints are most of the states). */
        char text[24], *p = text + sizeof text;
        uint64_t u = r->vint < 0 ? -(uint64_t)r->vint : (uint64_t)r->vint;
        do
            *--p = (char)('0' + u % 10);
        while (u /= 10);
        if (r->vint < 0)
            *--p = '-';
        rv_buf_add(b, p, (size_t)(text + sizeof text - p));
        r->repr = (char *)rv_buf_cstr(b);
    } else if (r->repr_kind == RV_REPR_TEXT) {
        /* Kept a little past the limit, so that a container's repr built
         * from it cuts exactly where repr() of the container would. */
        size_t keep = t->opt.repr_limit + 8;
        rv_bounded_repr(o, keep, b);
        if (b->len > keep) {
            rv_buf_truncate(b, b->len - 3); /* the "..." of the cut */
            r->repr_cut = true;
        }
        r->repr = (char *)rv_buf_cstr(b);
    } else if (r->repr_kind == RV_REPR_DEQUE || r->repr_kind == RV_REPR_DEFAULTDICT ||
               r->repr_kind == RV_REPR_NAMED_SET) {
        wrapper_text(t, o, b);
        r->repr = (char *)rv_buf_cstr(b);
    }
}

/* A state that is kept: its texts move from the scratch buffers. */
static void keep_texts(rv_trace_t *t, rv_obj_rec_t *r)
{
    /* an int's digits are not stored (the state keeps its own copy) */
    if (r->repr && !(r->vkind == RV_VAL_INT && t->scratch_repr.len < 24))
        r->repr = rv_trace_text(t, t->scratch_repr.data ? t->scratch_repr.data : "",
                             t->scratch_repr.len);
    if (r->vtext)
        r->vtext = rv_trace_text(t, t->scratch_vtext.data ? t->scratch_vtext.data : "",
                              t->scratch_vtext.len);
}

static bool same_fields(const rv_obj_rec_t *a, const rv_obj_rec_t *b)
{
    if (a->type != b->type || a->size != b->size || a->repr_kind != b->repr_kind ||
        a->repr_cut != b->repr_cut || a->vkind != b->vkind || a->mutable_ != b->mutable_)
        return false;
    if ((a->repr || b->repr) && (!a->repr || !b->repr || strcmp(a->repr, b->repr) != 0))
        return false;
    if (a->vkind == RV_VAL_STR || a->vkind == RV_VAL_BIGINT)
        return strcmp(a->vtext, b->vtext) == 0;
    if (a->vkind == RV_VAL_FLOAT)
        return memcmp(&a->vfloat, &b->vfloat, sizeof a->vfloat) == 0;
    return a->vint == b->vint && a->vbool == b->vbool;
}

/* Objects whose state can never change once recorded. */
static bool state_is_final(const rv_obj_t *o)
{
    const rv_type_t *ty = o->type;
    return ty == &rv_int_type || ty == &rv_bool_type || ty == &rv_float_type ||
           ty == &rv_str_type || ty == &rv_none_type;
}

/* Stores raw's reference at position p as the rec's i-th, its label
 * pooled (VALUE: the key's repr). */
static void store_ref(rv_trace_t *t, rv_obj_rec_t *r, size_t i, const raw_refs_t *raw, size_t p)
{
    rv_ref_rec_t *ref = &r->refs[i];
    *ref = raw->refs[p];
    if (ref->kind == RV_REF_NAMED) {
        ref->label = rv_trace_intern(t, ref->label);
    } else if (ref->kind == RV_REF_VALUE) {
        rv_buf_t kb = RV_BUF_INIT;
        rv_bounded_repr(raw->keys[p], 60, &kb);
        ref->label = rv_trace_intern(t, rv_buf_cstr(&kb));
        rv_buf_free(&kb);
    }
}

/* Stores the references from the first difference k: only the positions
 * that differ when they are few (a dict value replaced in place), else all
 * of them (items appended, inserted, reordered). */
static void store_refs(rv_trace_t *t, rv_obj_rec_t *r, raw_refs_t *raw,
                       const rv_state_obj_t *prev, size_t k)
{
    size_t n = raw->len, common = prev && prev->nrefs < n ? prev->nrefs : prev ? n : 0;
    r->refs_from = k;
    if (k >= n)
        return;
    size_t ndiff = n > common ? n - common : 0;
    for (size_t p = k; p < common && ndiff * 2 <= n - k; p++)
        ndiff += !same_raw_ref(&raw->refs[p], &prev->refs[p]);
    bool sparse = ndiff * 2 <= n - k;
    r->nstored = sparse ? ndiff : n - k;
    if (r->nstored > raw->capout) {
        raw->capout = r->nstored * 2;
        raw->out = rv_realloc(raw->out, raw->capout * sizeof *raw->out);
        raw->outpos = rv_realloc(raw->outpos, raw->capout * sizeof *raw->outpos);
    }
    r->refs = raw->out;
    if (!sparse) {
        for (size_t i = 0; i < r->nstored; i++)
            store_ref(t, r, i, raw, k + i);
        return;
    }
    r->pos = raw->outpos;
    size_t i = 0;
    for (size_t p = k; p < n; p++) {
        if (p < common && same_raw_ref(&raw->refs[p], &prev->refs[p]))
            continue;
        r->pos[i] = p;
        store_ref(t, r, i++, raw, p);
    }
}

/* A list's items from index `from` on (the others are as recorded). */
static void collect_list_tail(rv_obj_t *o, size_t from, raw_refs_t *raw)
{
    size_t n = rv_list_len(o);
    reserve_raw(raw, n);
    for (size_t i = from; i < n; i++) {
        rv_obj_t *item = rv_list_get_borrow(o, i);
        rv_ref_rec_t *r = &raw->refs[i];
        memset(r, 0, sizeof *r);
        r->kind = RV_REF_INDEX;
        r->index = i;
        r->target = item->id;
        raw->objs[i] = item;
        raw->keys[i] = NULL;
    }
    raw->len = n;
    raw->from = from;
}

/* A dict's items from reference `from` (even: a key) on. */
static void collect_dict_tail(rv_obj_t *o, size_t from, raw_refs_t *raw)
{
    size_t n = 2 * rv_dict_len(o), i = from, pos = from / 2;
    reserve_raw(raw, n);
    rv_obj_t *k, *v;
    while (rv_dict_next(o, &pos, &k, &v)) {
        rv_ref_rec_t *r = &raw->refs[i];
        memset(r, 0, 2 * sizeof *r);
        r[0].kind = RV_REF_KEY;
        r[0].target = k->id;
        r[1].kind = RV_REF_VALUE;
        r[1].target = v->id;
        r[1].key = k->id;
        raw->objs[i] = k;
        raw->objs[i + 1] = v;
        raw->keys[i] = NULL;
        raw->keys[i + 1] = k;
        i += 2;
    }
    raw->len = n;
    raw->from = from;
}

static rv_obj_rec_t *state_from_raw(rv_trace_t *t, rv_obj_t *o, const rv_state_obj_t *prev,
                                    raw_refs_t *raw);

/* o's state if it differs from prev (NULL: no change).  raw receives o's
 * references either way, from raw->from on.  With hints, a list's
 * changed_from says where its items start to differ from prev. */
static rv_obj_rec_t *diff_state(rv_trace_t *t, rv_obj_t *o, const rv_state_obj_t *prev,
                                raw_refs_t *raw, bool hints)
{
    raw->len = raw->from = 0;
    bool is_list = o->type == &rv_list_type, is_dict = o->type == &rv_dict_type;
    if (hints && prev && is_list) {
        size_t from = RV_LIST(o)->changed_from;
        collect_list_tail(o, from < prev->nrefs ? from : prev->nrefs, raw);
    } else if (hints && prev && is_dict) {
        size_t from = rv_dict_changed_ref(o);
        collect_dict_tail(o, (from < prev->nrefs ? from : prev->nrefs) & ~(size_t)1, raw);
    } else {
        rv_traverse(o, collect_ref, raw);
    }
    if (hints && is_list)
        RV_LIST(o)->changed_from = SIZE_MAX;
    if (hints && is_dict)
        rv_dict_reset_changed(o);
    return state_from_raw(t, o, prev, raw);
}

/* o's state with the references in raw, if it differs from prev. */
static rv_obj_rec_t *state_from_raw(rv_trace_t *t, rv_obj_t *o, const rv_state_obj_t *prev,
                                    raw_refs_t *raw)
{
    rv_obj_rec_t cand;
    new_rec(t, o, &cand);
    cand.nrefs = raw->len;
    size_t k = raw->from;
    if (prev) {
        size_t common = prev->nrefs < raw->len ? prev->nrefs : raw->len;
        while (k < common && same_raw_ref(&raw->refs[k], &prev->refs[k]))
            k++;
        if (k == raw->len && raw->len == prev->nrefs && same_fields(prev->rec, &cand))
            return NULL;
    }
    rv_obj_rec_t *r = &raw->rec;
    *r = cand;
    keep_texts(t, r);
    store_refs(t, r, raw, prev, k);
    return r;
}

/******************************************************************************/
/* taking a snapshot                                                          */

typedef struct work {
    rv_trace_t *t;
    intptr_t mark;
    rv_obj_t **queue;
    size_t len, cap;
    raw_refs_t raw;
    rv_step_rec_t *step;
    struct deferred *deferred;  /* sequences recorded last (elide_items) */
} work_t;

static void enqueue(work_t *w, rv_obj_t *o)
{
    if (o->scratch == w->mark)
        return;
    if (w->len == w->cap) {
        w->cap = w->cap ? w->cap * 2 : 256;
        w->queue = rv_realloc(w->queue, w->cap * sizeof *w->queue);
    }
    w->queue[w->len++] = o;
}

static void add_changed(work_t *w, rv_obj_rec_t *r)
{
    rv_trace_add_rec(w->t, r);
}

/* Cells.  A function's references include what its closure cells hold,
 * and a generator's those of its frame's cells, but writing a cell
 * (`nonlocal n; n += 1` in an inner function, the enclosing function
 * rebinding a captured name) touches only the cell, which is shared and
 * knows none of them.  So the recorder keeps the objects whose references
 * go through cells, and re-records those holding a cell written since the
 * last snapshot. */
static bool holds_cells(const rv_obj_t *o)
{
    if (o->type == &rv_function_type) {
        const rv_obj_t *closure = ((const rv_function_t *)o)->closure;
        return closure && rv_tuple_len(closure) > 0;
    }
    if (o->type == &rv_generator_type) {
        const rv_frame_t *f = ((const rv_generator_t *)o)->frame;
        return f && f->nfast > f->code->nlocals;
    }
    return false;
}

static bool holds_touched_cell(rv_obj_t *o)
{
    if (o->type == &rv_function_type) {
        rv_obj_t *closure = ((rv_function_t *)o)->closure;
        for (size_t i = 0; closure && i < rv_tuple_len(closure); i++) {
            const rv_obj_t *cell = rv_tuple_get_borrow(closure, i);
            if (cell && (cell->flags & RV_F_DIRTY))
                return true;
        }
        return false;
    }
    const rv_frame_t *f = ((rv_generator_t *)o)->frame;
    for (size_t i = f ? f->code->nlocals : 0; f && i < f->nfast; i++)
        if (f->fast[i] && (f->fast[i]->flags & RV_F_DIRTY))
            return true;
    return false;
}

/* Whether o may be alive and never recorded although the snapshot does
 * not queue it: objects older than the last snapshot, and static objects
 * (a library type such as array.array gets its id when first used, but it
 * is on no heap list, so it is never among the new objects queued). */
static bool maybe_unrecorded(const rv_trace_t *t, const rv_obj_t *o)
{
    return (o->id < t->first_new_id || (o->flags & RV_F_STATIC)) &&
           !rv_state_get(&t->current, o->id);
}

/* A final picture (elide_items) is recorded without the plain values
 * (state_is_final) it does not show: the snapshot queues none of its own,
 * and a long list or tuple is recorded last, without the references to
 * values that were not recorded.  Its other references stay, so every
 * recorded object's refcount is exact, and the last item's index tells
 * the view how many there are. */

/* The items of a list or tuple long enough for a picture to elide (NULL:
 * not one). */
static rv_obj_t *const *elided_items(const rv_trace_t *t, const rv_obj_t *o, size_t *n)
{
    rv_obj_t *const *items;
    if (o->type == &rv_list_type) {
        *n = rv_list_len(o);
        items = RV_LIST(o)->items;
    } else if (o->type == &rv_tuple_type) {
        *n = rv_tuple_len(o);
        items = RV_TUPLE(o)->items;
    } else {
        return NULL;
    }
    if (!t->opt.elide_items || *n <= t->opt.elide_items)
        return NULL;
    /* one being filled in has holes: recorded whole */
    for (size_t i = 0; i < *n; i++)
        if (!items[i])
            return NULL;
    return items;
}

/* Whether item i is shown, or is one of the first ones the container's
 * repr is made of (an item's repr takes at least 3 bytes with ", "). */
static bool item_needed(const rv_trace_t *t, const rv_elision_t *e, size_t i)
{
    return i < t->opt.repr_limit / 3 + 3 || rv_elision_shows(e, i);
}

typedef struct deferred {
    rv_obj_t **objs;
    size_t len, cap;
} deferred_t;

/* Queues the items of a long sequence the picture needs and leaves the
 * sequence to record_deferred. */
static void defer_sequence(work_t *w, rv_obj_t *o, rv_obj_t *const *items, size_t n)
{
    rv_trace_t *t = w->t;
    rv_elision_t e = rv_elision(n, t->opt.elide_items);
    for (size_t i = 0; i < n; i++) {
        rv_obj_t *item = items[i];
        if (item->scratch == w->mark)
            continue;
        if (state_is_final(item) ? item_needed(t, &e, i) && !rv_state_get(&t->current, item->id)
                                 : maybe_unrecorded(t, item))
            enqueue(w, item);
    }
    deferred_t *d = w->deferred;
    if (d->len == d->cap) {
        d->cap = d->cap ? d->cap * 2 : 16;
        d->objs = rv_realloc(d->objs, d->cap * sizeof *d->objs);
    }
    d->objs[d->len++] = o;
}

/* Records the sequences defer_sequence left, once every value that will
 * be recorded is. */
static void record_deferred(work_t *w)
{
    rv_trace_t *t = w->t;
    raw_refs_t *raw = &w->raw;
    for (size_t k = 0; k < w->deferred->len; k++) {
        rv_obj_t *o = w->deferred->objs[k];
        size_t n;
        rv_obj_t *const *items = elided_items(t, o, &n);
        rv_elision_t e = rv_elision(n, t->opt.elide_items);
        raw->len = raw->from = 0;
        for (size_t i = 0; i < n; i++) {
            rv_obj_t *item = items[i];
            /* A value made since the last snapshot has a state only if
             * this one recorded it. */
            bool recorded = item->scratch == w->mark ||
                            (item->id < t->first_new_id && rv_state_get(&t->current, item->id));
            if (state_is_final(item) && !recorded && !item_needed(t, &e, i))
                continue;
            reserve_raw(raw, raw->len + 1);
            rv_ref_rec_t *r = &raw->refs[raw->len];
            memset(r, 0, sizeof *r);
            r->kind = RV_REF_INDEX;
            r->index = i;
            r->target = item->id;
            raw->objs[raw->len] = item;
            raw->keys[raw->len] = NULL;
            raw->len++;
        }
        const rv_state_obj_t *prev =
            o->id >= t->first_new_id ? NULL : rv_state_get(&t->current, o->id);
        rv_obj_rec_t *r = state_from_raw(t, o, prev, raw);
        if (r)
            add_changed(w, r);
    }
}

/* The plain values o refers to (raw holds all its references), which the
 * snapshot of a final picture does not queue itself. */
static void enqueue_values(work_t *w)
{
    const raw_refs_t *raw = &w->raw;
    for (size_t i = 0; i < raw->len; i++) {
        rv_obj_t *child = raw->objs[i];
        if (child->scratch != w->mark && state_is_final(child) &&
            !rv_state_get(&w->t->current, child->id))
            enqueue(w, child);
    }
}

/* Records o if its state changed, and queues what it refers to that has
 * never been recorded (statics, objects older than the trace). */
static void record_object(work_t *w, rv_obj_t *o)
{
    rv_trace_t *t = w->t;
    o->flags &= ~(uint32_t)RV_F_DIRTY;
    /* Objects created since the last snapshot have no state yet. */
    const rv_state_obj_t *prev =
        o->id >= t->first_new_id ? NULL : rv_state_get(&t->current, o->id);
    if (prev && state_is_final(o))
        return;
    bool elide = t->opt.elide_items != 0;
    size_t n;
    rv_obj_t *const *items = elide ? elided_items(t, o, &n) : NULL;
    if (items) {
        defer_sequence(w, o, items, n);
        return;
    }
    /* Eliding needs every reference collected, not a list's changed tail. */
    rv_obj_rec_t *r = diff_state(t, o, prev, &w->raw, !elide);
    if (elide)
        enqueue_values(w);
    if (!prev && holds_cells(o))
        rv_idmap_put(&t->cell_holders, o->id, o);
    if (!prev && rv_is_heap_type(o->type) && rv_instance_repr_is_library(o))
        rv_idmap_put(&t->repr_holders, o->id, o);
    if (!r)
        return;
    add_changed(w, r);
    /* Only the stored references can point to objects never recorded: the
     * others are the previous state's, whose targets were recorded then. */
    for (size_t i = 0; i < r->nstored; i++) {
        rv_obj_t *child = w->raw.objs[r->pos ? r->pos[i] : r->refs_from + i];
        /* Heap objects created since the last snapshot are queued already. */
        if (child->scratch != w->mark && maybe_unrecorded(t, child))
            enqueue(w, child);
    }
}

typedef struct frame_builder {
    rv_trace_t *t;
    rv_frame_rec_t *fr;
    size_t cap;
    work_t *w;
} frame_builder_t;

static void add_var(rv_obj_t *name, rv_obj_t *value, void *ctx)
{
    frame_builder_t *fb = ctx;
    rv_frame_rec_t *fr = fb->fr;
    if (fr->nvars == fb->cap) {
        fb->cap = fb->cap ? fb->cap * 2 : 8;
        fr->vars = rv_realloc(fr->vars, fb->cap * sizeof *fr->vars);
    }
    fr->vars[fr->nvars].name = rv_trace_intern(fb->t, rv_str_utf8(name));
    fr->vars[fr->nvars].id = value->id;
    fr->nvars++;
    if (maybe_unrecorded(fb->t, value) || (fb->t->opt.elide_items && state_is_final(value)))
        enqueue(fb->w, value);
}

/* ret: the value f returns or yields (a `return` step), or NULL. */
static void record_frames(rv_trace_t *t, rv_step_rec_t *s, rv_frame_t *f, int line,
                          rv_obj_t *ret, work_t *w)
{
    size_t n = 0;
    for (rv_frame_t *x = f; x; x = x->back)
        if (rv_frame_is_traced(x))
            n++;
    s->frames = rv_calloc(n ? n : 1, sizeof *s->frames);
    s->nframes = n;
    size_t i = n;
    for (rv_frame_t *x = f; x; x = x->back) {
        if (!rv_frame_is_traced(x))
            continue;
        rv_frame_rec_t *fr = &s->frames[--i];
        fr->function = rv_trace_intern(t, rv_frame_func_name(x));
        fr->frame = x->ob.id;
        if (x->code && (x->code->flags & RV_CO_MODULE) && x->globals)
            fr->globals = x->globals->id;
        fr->line = x == f ? line : x->line;
        frame_builder_t fb = { .t = t, .fr = fr, .w = w };
        rv_frame_vars(x, add_var, &fb);
        rv_trace_share_vars(t, s, i);
        if (x == f && ret) {
            fr->has_return = true;
            fr->ret = ret->id;
            fr->yields = f->pc > 0 && f->code->code[f->pc - 1].op == RV_OP_YIELD_VALUE;
            if (maybe_unrecorded(t, ret) || (t->opt.elide_items && state_is_final(ret)))
                enqueue(w, ret);
        }
    }
}

#ifdef RV_SELFCHECK
static void enqueue_var(rv_obj_t *name, rv_obj_t *value, void *ctx)
{
    (void)name;
    enqueue(ctx, value);
}

/* Whether this event is checked.  A check visits every object, so on a big
 * heap the next one waits in proportion to the heap's size: checks then add
 * a bounded number of visits per event, and a long run over a big heap stays
 * linear.  Heaps a test program builds are checked at every event.  A state
 * recorded wrong stays wrong until touched, so a later check still finds it. */
#define SELFCHECK_EVERY_EVENT_UPTO 4096
#define SELFCHECK_VISITS_PER_EVENT 64
static bool selfcheck_due(rv_trace_t *t)
{
    if (t->selfcheck_wait) {
        t->selfcheck_wait--;
        return false;
    }
    size_t n = rv_heap_count();
    if (n > SELFCHECK_EVERY_EVENT_UPTO)
        t->selfcheck_wait = (n - SELFCHECK_EVERY_EVENT_UPTO) / SELFCHECK_VISITS_PER_EVENT;
    return true;
}

/* Every object reachable from the frames must have a recorded state equal
 * to its real one: a difference means a mutation without rv_touch. */
static void check_recorded(rv_trace_t *t, rv_frame_t *f, int line, rv_obj_t *ret)
{
    work_t w = { .t = t, .mark = rv_heap_new_mark() };
    for (rv_frame_t *x = f; x; x = x->back)
        if (rv_frame_is_traced(x))
            rv_frame_vars(x, enqueue_var, &w);
    if (ret)
        enqueue(&w, ret);
    rv_buf_t report = RV_BUF_INIT;
    raw_refs_t raw = { 0 };
    while (w.len) {
        rv_obj_t *o = w.queue[--w.len];
        if (o->scratch == w.mark)
            continue;
        o->scratch = w.mark;
        const rv_state_obj_t *prev = rv_state_get(&t->current, o->id);
        rv_obj_rec_t *r = prev ? diff_state(t, o, prev, &raw, false) : NULL;
        size_t n;
        /* a final picture's long sequence is recorded without what it elides */
        if (elided_items(t, o, &n))
            r = NULL;
        /* A final picture's recording leaves out plain values it does not show. */
        if (!prev && t->opt.elide_items && state_is_final(o))
            continue;
        if (!prev)
            rv_buf_printf(&report, "  %s #%llu reachable but never recorded\n", o->type->name,
                          (unsigned long long)o->id);
        if (r) {
            rv_buf_printf(&report,
                          "  %s #%llu changed without rv_touch: recorded size %zu, %zu refs, "
                          "repr %s; now size %zu, %zu refs, repr %s\n",
                          o->type->name, (unsigned long long)o->id, prev->rec->size, prev->nrefs,
                          prev->rec->repr ? prev->rec->repr : "(derived)", r->size, r->nrefs,
                          r->repr ? r->repr : "(derived)");
            /* its blocks go with the trace */
        }
        if (!prev)
            continue;
        for (size_t i = 0; i < raw.len; i++)
            enqueue(&w, raw.objs[i]);
    }
    free_raw(&raw);
    rv_free(w.queue);
    if (report.len) {
        fprintf(stderr, "refviz: selfcheck failed at line %d:\n%s", line, rv_buf_cstr(&report));
        abort();
    }
    rv_buf_free(&report);
}
#endif

/* The objects freed since the last snapshot go to s.  While weak reference
 * callbacks run, what was freed before the first of them is held back: in
 * CPython a callback runs while its referent is still being deallocated,
 * so the referent and what it held die after the callbacks. */
static void take_freed(rv_trace_t *t, rv_step_rec_t *s)
{
    size_t from = 0;
    if (rv_weakref_flushing()) {
        if (!t->withholding) {
            t->withholding = true;
            t->nwithheld = t->npending;
        }
        from = t->nwithheld;
    } else {
        t->withholding = false;
    }
    if (from == 0) {
        s->freed = t->pending_freed;
        s->nfreed = t->npending;
        t->pending_freed = NULL;
        t->npending = t->cappending = 0;
        return;
    }
    s->nfreed = t->npending - from;
    s->freed = NULL;
    if (s->nfreed) {
        s->freed = rv_malloc(s->nfreed * sizeof *s->freed);
        memcpy(s->freed, t->pending_freed + from, s->nfreed * sizeof *s->freed);
    }
    t->npending = from;
}

static void take_snapshot(rv_trace_t *t, rv_event_t ev, rv_frame_t *f, int line,
                          rv_obj_t *ret)
{
    rv_step_rec_t *s = rv_trace_new_step(t);
    s->line = line;
    s->event = ev;
    s->new_from = t->first_new_id;
    s->stdout_len = t->out.len;
    take_freed(t, s);

    uint64_t first_temp_id = rv_heap_peek_id();
    t->temp_from = first_temp_id;
    deferred_t deferred = { 0 };
    work_t w = { .t = t, .mark = rv_heap_new_mark(), .step = s, .deferred = &deferred };
    record_frames(t, s, f, line, ret, &w);
    /* Touched objects, then everything created since the last snapshot
     * that is still alive (the live list is in allocation order). */
    for (size_t i = 0; i < t->dirty.cap; i++)
        if (t->dirty.keys[i])
            enqueue(&w, t->dirty.vals[i]);
    for (rv_obj_t *o = rv_heap_last(); o && o->id >= t->first_new_id; o = rv_heap_prev(o))
        /* Not one whose destruction waits for the finalizer running now
         * (this snapshot's own temporaries among them: a looping __del__
         * would have each step record the last one's repr of a repr). */
        if (!(o->flags & RV_F_FREEING) && !(t->opt.elide_items && state_is_final(o)))
            enqueue(&w, o);
    if (t->cells_touched)
        for (size_t i = 0; i < t->cell_holders.cap; i++)
            if (t->cell_holders.keys[i] && holds_touched_cell(t->cell_holders.vals[i]))
                enqueue(&w, t->cell_holders.vals[i]);
    t->cells_touched = false;
    for (size_t i = 0; i < t->repr_holders.cap; i++)
        if (t->repr_holders.keys[i])
            enqueue(&w, t->repr_holders.vals[i]);
    while (w.len) {
        rv_obj_t *o = w.queue[--w.len];
        if (o->scratch == w.mark)
            continue;
        o->scratch = w.mark;
        record_object(&w, o);
    }
    record_deferred(&w);
    rv_free(deferred.objs);
    rv_idmap_clear(&t->dirty);
    t->first_new_id = first_temp_id;
    rv_trace_commit_step(t);
    rv_free(w.queue);
    free_raw(&w.raw);
#ifdef RV_SELFCHECK
    if (t->selfcheck_now)
        check_recorded(t, f, line, ret);
#endif
    rv_heap_rewind_id(first_temp_id);
    t->temp_from = 0;
}

/******************************************************************************/
/* hooks                                                                      */

static bool module_is_finishing(const rv_frame_t *f)
{
    return (f->code->flags & RV_CO_MODULE) && f->pc > 0 &&
           f->code->code[f->pc - 1].op == RV_OP_RETURN_VALUE;
}

/* Whether the module frame below f runs an except, finally or with-exit
 * handler: a re-raise there ends the program without an event of its own,
 * so the snapshot being taken may be the last one. */
static bool module_in_handler(const rv_frame_t *f)
{
    while (f->back)
        f = f->back;
    for (size_t i = 0; i < f->nblocks; i++)
        if (f->blocks[i].kind == RV_BLOCK_HANDLER)
            return true;
    return false;
}

volatile sig_atomic_t rv_trace_signalled;

/* The limit's error (again: see on_event). */
static int raise_stop(const rv_trace_t *t)
{
    if (t->stop_signal)
        rv_err_format(&rv_exc_RefvizLimit, "stopped by a signal after %zu steps", t->stop_events);
    else if (t->stop_memory)
        rv_err_format(&rv_exc_RefvizLimit, "stopped after %zu steps: the trace reached its "
                      "memory limit (%zu MiB)", t->stop_events, t->opt.max_memory >> 20);
    else
        rv_err_format(&rv_exc_RefvizLimit, "stopped after %zu steps", t->stop_events);
    return -1;
}

static int on_event(rv_event_t ev, rv_frame_t *f, int line, rv_obj_t *value, void *ctx)
{
    rv_trace_t *t = ctx;
    /* Once the limit stopped the program, the frames it leaves report
     * their exception events; the limit's error must go on as it is.  A
     * statement or call after it means a finalizer (a __del__, a closing
     * generator's finally block) swallowed the stop: it stops again. */
    if (t->stop_line)
        return ev == RV_EV_EXCEPTION || ev == RV_EV_RETURN ? 0 : raise_stop(t);
    t->events++;
    if (rv_trace_signalled) {
        t->stop_line = line > 0 ? line : 1;
        t->stop_signal = true;
        t->stop_events = t->events - 1;
        rv_err_format(&rv_exc_RefvizLimit, "stopped by signal %d after %zu steps",
                      (int)rv_trace_signalled, t->events - 1);
        return -1;
    }
    if (t->opt.max_steps && t->events > t->opt.max_steps) {
        t->stop_line = line > 0 ? line : 1;
        t->stop_events = t->opt.max_steps;
        return raise_stop(t);
    }
    if (t->opt.record && t->opt.max_memory && rv_trace_bytes_quick(t) > t->opt.max_memory) {
        t->stop_line = line > 0 ? line : 1;
        t->stop_memory = true;
        t->stop_events = t->events - 1;
        return raise_stop(t);
    }
    if (t->opt.record && t->opt.record_budget &&
        t->events * rv_heap_count() > t->opt.record_budget) {
        t->opt.record = false;
        rv_heap_set_free_hook(NULL, NULL);
        rv_heap_set_touch_hook(NULL, NULL);
    }
    if (!t->opt.record || ev == RV_EV_LINE)
        return 0;
    if (t->opt.final_only) {
        bool last = (ev == RV_EV_STEP && module_is_finishing(f)) ||
                    (ev == RV_EV_EXCEPTION && (f->code->flags & RV_CO_MODULE) &&
                     !f->exc_caught) ||
                    module_in_handler(f);
        if (!last)
            return 0;
    }
#ifdef RV_SELFCHECK
    t->selfcheck_now = rv_selfcheck_enabled && selfcheck_due(t);
    if (t->selfcheck_now) {
        rv_buf_t report = RV_BUF_INIT;
        if (rv_heap_selfcheck(&report, false)) {
            fprintf(stderr, "refviz: selfcheck failed at line %d:\n%s", line, rv_buf_cstr(&report));
            abort();
        }
        rv_buf_free(&report);
    }
#endif
    /* A snapshot is taken outside the program: the reprs it writes must not
     * meet the program's recursion depth (a deep recursion would make them
     * fail).  rv_vm_fire has set the pending exception aside. */
    int depth = rv_recursion_depth;
    rv_recursion_depth = 0;
    rv_vm_forbid_code(true);
    rv_heap_pause_alloc_hook(true);
    take_snapshot(t, ev, f, line, ev == RV_EV_RETURN ? value : NULL);
    rv_heap_pause_alloc_hook(false);
    rv_vm_forbid_code(false);
    rv_recursion_depth = depth;
    return 0;
}

static void on_output(const char *data, size_t len, void *ctx)
{
    rv_trace_t *t = ctx;
    rv_buf_add(&t->out, data, len);
    if (t->opt.echo_stdout) {
        fwrite(data, 1, len, stdout);
        fflush(stdout);
    }
}

static void on_free(rv_obj_t *o, void *ctx)
{
    rv_trace_t *t = ctx;
    if (o->flags & RV_F_DIRTY)
        rv_idmap_del(&t->dirty, o->id);
    if (o->type == &rv_function_type || o->type == &rv_generator_type)
        rv_idmap_del(&t->cell_holders, o->id);
    else if (rv_is_heap_type(o->type))
        rv_idmap_del(&t->repr_holders, o->id);
    /* Objects made since the last snapshot (or by the snapshot being
     * taken) have no state: most freed objects are such temporaries. */
    if (o->id >= (t->temp_from ? t->temp_from : t->first_new_id) ||
        !rv_state_drop(&t->current, o->id))
        return;
    if (t->npending == t->cappending) {
        t->cappending = t->cappending ? t->cappending * 2 : 16;
        t->pending_freed = rv_realloc(t->pending_freed, t->cappending * sizeof *t->pending_freed);
    }
    t->pending_freed[t->npending++] = o->id;
}

static void on_touch(rv_obj_t *o, void *ctx)
{
    rv_trace_t *t = ctx;
    /* An object made since the last snapshot is recorded anyway, from the
     * live list's tail (statics are not on it): building a large structure
     * then costs no map entry per object. */
    if (o->type == &rv_cell_type)
        t->cells_touched = true;
    if (o->id >= t->first_new_id && !(o->flags & RV_F_STATIC))
        return;
    rv_idmap_put(&t->dirty, o->id, o);
}

void rv_trace_init(rv_trace_t *t, const rv_trace_options_t *opt)
{
    memset(t, 0, sizeof *t);
    t->opt = *opt;
    if (!t->opt.repr_limit)
        t->opt.repr_limit = 200;
    rv_state_init(&t->current);
    rv_idmap_init(&t->dirty);
    rv_idmap_init(&t->cell_holders);
    rv_idmap_init(&t->repr_holders);
    rv_idmap_init(&t->name_ix);
}

void rv_trace_attach(rv_trace_t *t)
{
    rv_vm_set_trace(on_event, t);
    rv_vm_set_output(on_output, t);
    t->first_new_id = rv_heap_peek_id();
    if (t->opt.record) {
        rv_heap_set_free_hook(on_free, t);
        rv_heap_set_touch_hook(on_touch, t);
    }
}

void rv_trace_detach(rv_trace_t *t)
{
    (void)t;
    rv_vm_set_trace(NULL, NULL);
    rv_vm_set_output(NULL, NULL);
    rv_heap_set_free_hook(NULL, NULL);
    rv_heap_set_touch_hook(NULL, NULL);
}

/* top[l] is the first line of the top-level statement that line l + 1
 * belongs to (a line of a loop body belongs to the loop). */
static int *top_lines(const char *code, size_t *nlines)
{
    size_t n = 1;
    for (const char *p = code; *p; p++)
        n += *p == '\n';
    int *top = rv_calloc(n + 1, sizeof *top);
    int current = 0;
    size_t line = 0;
    for (const char *p = code; *p; line++) {
        bool starts = *p != ' ' && *p != '\t' && *p != '#' && *p != '\n' && *p != '\r';
        /* else, elif, except and finally continue their statement. */
        static const char *const clauses[] = { "else", "elif", "except", "finally" };
        for (size_t k = 0; k < 4 && starts; k++) {
            size_t len = strlen(clauses[k]);
            starts = !(strncmp(p, clauses[k], len) == 0 &&
                       (p[len] == ':' || p[len] == ' ' || p[len] == '('));
        }
        if (starts)
            current = (int)line + 1;
        top[line] = current;
        const char *nl = strchr(p, '\n');
        p = nl ? nl + 1 : p + strlen(p);
    }
    *nlines = n;
    return top;
}

void rv_trace_top_steps(const rv_trace_t *t, const char *code, bool *shown)
{
    size_t nlines = 0;
    int *top = top_lines(code ? code : "", &nlines);
    int group = -1;
    size_t last = SIZE_MAX;
    for (size_t i = 0; i < t->nsteps; i++) {
        const rv_step_head_t *s = rv_trace_head(t, i);
        shown[i] = false;
        if (s->event != RV_EV_STEP || s->nframes != 1)
            continue;
        int g = s->line >= 1 && (size_t)s->line <= nlines ? top[s->line - 1] : s->line;
        /* A new top-level statement: the previous one's last step stands. */
        if (g != group && last != SIZE_MAX)
            shown[last] = true;
        group = g;
        last = i;
    }
    if (last != SIZE_MAX)
        shown[last] = true;
    if (t->nsteps)
        shown[t->nsteps - 1] = true;
    rv_free(top);
}

void rv_trace_free(rv_trace_t *t)
{
    rv_trace_commit_step(t);
    if (t->has_last)
        rv_step_free_frames(&t->last);
    for (size_t i = 0; i < t->nlog; i++)
        rv_free(t->log[i]);
    rv_free(t->log);
    rv_free(t->log_used);
    for (size_t i = 0; i < t->nheads_chunks; i++)
        rv_free(t->heads[i]);
    rv_free(t->heads);
    rv_buf_free(&t->enc_recs);
    rv_free(t->names);
    rv_idmap_free(&t->name_ix);
    for (size_t i = 0; i < t->narena; i++)
        rv_free(t->arena[i]);
    rv_free(t->arena);
    rv_buf_free(&t->scratch_repr);
    rv_buf_free(&t->scratch_vtext);
    for (size_t i = 0; i < t->nrec_blocks; i++)
        rv_free(t->rec_blocks[i]);
    rv_free(t->rec_blocks);
    for (size_t i = 0; i < t->cappool; i++)
        rv_free(t->pool[i]);
    rv_free(t->pool);
    rv_free(t->pending_freed);
    rv_buf_free(&t->out);
    rv_state_free(&t->current);
    rv_idmap_free(&t->dirty);
    rv_idmap_free(&t->cell_holders);
    rv_idmap_free(&t->repr_holders);
}
