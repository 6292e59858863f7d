/* src/trace/state.c - objects' full states rebuilt from their records.
 *
 * A record stores only the references that changed (from the first one
 * that did, or just the positions that differ); applying it resizes the
 * materialized array and writes those, so following a growing list or a
 * counting dict costs what changed, not the container's length. */
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "trace/trace.h"

/* States come from blocks: a million objects are not a million callocs
 * (nor a million frees at exit). */
enum { BLOCK = 4096 };

void rv_state_init(rv_state_t *st)
{
    memset(st, 0, sizeof *st);
    rv_idmap_init(&st->map);
}

void rv_state_free(rv_state_t *st)
{
    for (size_t b = 0; b < st->nblocks; b++) {
        size_t n = b + 1 == st->nblocks ? st->used : BLOCK;
        for (size_t i = 0; i < n; i++)
            rv_free(st->blocks[b][i].refs);
        rv_free(st->blocks[b]);
    }
    rv_free(st->blocks);
    rv_idmap_free(&st->map);
}

static rv_state_obj_t *new_obj(rv_state_t *st)
{
    rv_state_obj_t *o = st->free_list;
    if (o) {
        st->free_list = (rv_state_obj_t *)(void *)o->rec;
    } else {
        if (!st->nblocks || st->used == BLOCK) {
            if (st->nblocks == st->capblocks) {
                st->capblocks = st->capblocks ? st->capblocks * 2 : 16;
                st->blocks = rv_realloc(st->blocks, st->capblocks * sizeof *st->blocks);
            }
            st->blocks[st->nblocks++] = rv_malloc(BLOCK * sizeof **st->blocks);
            st->used = 0;
        }
        o = &st->blocks[st->nblocks - 1][st->used++];
    }
    memset(o, 0, sizeof *o);
    return o;
}

const rv_state_obj_t *rv_state_get(const rv_state_t *st, uint64_t id)
{
    return rv_idmap_get(&st->map, id);
}

static bool same_ref(const rv_ref_rec_t *x, const rv_ref_rec_t *y)
{
    return x->kind == y->kind && x->target == y->target && x->key == y->key &&
           x->index == y->index && x->label == y->label && x->weak == y->weak;
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* Set members compare as a set: the sorted targets of both. */
static bool members_differ(const rv_ref_rec_t *old, size_t nold, const rv_state_obj_t *now)
{
    if (nold != now->nrefs)
        return true;
    if (nold == 0)
        return false;
    uint64_t *a = rv_malloc(2 * nold * sizeof *a), *b = a + nold;
    for (size_t i = 0; i < nold; i++) {
        a[i] = old[i].target;
        b[i] = now->refs[i].target;
    }
    qsort(a, nold, sizeof *a, cmp_u64);
    qsort(b, nold, sizeof *b, cmp_u64);
    bool differ = memcmp(a, b, nold * sizeof *a) != 0;
    rv_free(a);
    return differ;
}

bool rv_state_apply(rv_state_t *st, const rv_obj_rec_t *rec)
{
    void **slot = rv_idmap_slot(&st->map, rec->id);
    if (!*slot)
        *slot = new_obj(st);
    rv_state_obj_t *o = *slot;
    bool members = rec->nstored && rec->refs[0].kind == RV_REF_MEMBER;
    /* Sets reorder members on a resize: keep the old ones to compare when
     * the count alone does not tell. */
    rv_ref_rec_t *old = NULL;
    size_t nold = o->nrefs;
    if (members && o->nrefs == rec->nrefs) {
        old = rv_malloc(o->nrefs * sizeof *old);
        memcpy(old, o->refs, o->nrefs * sizeof *old);
    }
    bool changed = o->nrefs != rec->nrefs;
    /* A NumPy data block (obj_ndbuffer.h) has no references: what changes
     * is its elements, which its repr lists, so a new repr is its
     * mutation (b[0] = 99 through a view marks the buffer both share). */
    if (o->rec && o->rec != rec && strcmp(rec->type, "buffer") == 0 && o->rec->repr && rec->repr &&
        strcmp(o->rec->repr, rec->repr) != 0)
        changed = true;
    if (rec->nrefs > o->cap) {
        o->cap = rec->nrefs + rec->nrefs / 4;
        o->refs = rv_realloc(o->refs, o->cap * sizeof *o->refs);
    }
    for (size_t i = 0; i < rec->nstored; i++) {
        size_t p = rec->pos ? rec->pos[i] : rec->refs_from + i;
        rv_ref_rec_t *dst = &o->refs[p];
        if (!changed && (p >= o->nrefs || !same_ref(dst, &rec->refs[i])))
            changed = true;
        *dst = rec->refs[i];
    }
    o->nrefs = rec->nrefs;
    /* A copy: the record given may be a decoder's scratch.  Its texts live
     * as long as the trace, but an int's digits, kept here. */
    o->own = *rec;
    o->own.refs = NULL;
    o->own.pos = NULL;
    o->own.nstored = o->own.refs_from = 0;
    if (rec->vkind == RV_VAL_INT && rec->repr && strlen(rec->repr) < sizeof o->digits) {
        memmove(o->digits, rec->repr, strlen(rec->repr) + 1);
        o->own.repr = o->digits;
    }
    o->rec = &o->own;
    if (members && nold == rec->nrefs)
        changed = members_differ(old, nold, o);
    rv_free(old);
    return changed;
}

bool rv_state_drop(rv_state_t *st, uint64_t id)
{
    rv_state_obj_t *o = rv_idmap_get(&st->map, id);
    if (!o)
        return false;
    rv_idmap_del(&st->map, id);
    rv_free(o->refs);
    o->refs = NULL;
    o->rec = (const rv_obj_rec_t *)(void *)st->free_list;
    st->free_list = o;
    return true;
}
