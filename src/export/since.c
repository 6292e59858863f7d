/* src/export/since.c - see since.h.  The kept step's listed objects are
 * copied with their references (the cursor's states change under them);
 * an object whose state comes from the same record as then has not
 * changed, so only objects touched since are compared reference by
 * reference. */
#include "export/since.h"

#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"

void rv_since_init(rv_since_t *c)
{
    memset(c, 0, sizeof *c);
    rv_idmap_init(&c->listed);
    rv_idmap_init(&c->ghosts);
}

void rv_since_free(rv_since_t *c)
{
    rv_idmap_free(&c->listed);
    rv_idmap_free(&c->ghosts);
    rv_free(c->objs);
    rv_free(c->refs);
    rv_free(c->freed);
    rv_free(c->freed_types);
}

static void forget(rv_since_t *c)
{
    c->kept = false;
    rv_idmap_clear(&c->listed);
    rv_idmap_clear(&c->ghosts);
    c->nobjs = c->nrefs = c->nfreed = 0;
}

static void keep_object(rv_since_t *c, const rv_snap_obj_t *o)
{
    if (c->nobjs == c->capobjs) {
        c->capobjs = c->capobjs ? c->capobjs * 2 : 64;
        c->objs = rv_realloc(c->objs, c->capobjs * sizeof *c->objs);
    }
    if (c->nrefs + o->nrefs > c->caprefs) {
        c->caprefs = (c->nrefs + o->nrefs) * 2;
        c->refs = rv_realloc(c->refs, c->caprefs * sizeof *c->refs);
    }
    if (o->nrefs)
        memcpy(c->refs + c->nrefs, o->refs, o->nrefs * sizeof *o->refs);
    c->objs[c->nobjs] = (rv_since_obj_t){ .rec = o->rec, .from = c->nrefs, .nrefs = o->nrefs };
    c->nrefs += o->nrefs;
    c->nobjs++;
    rv_idmap_put(&c->listed, o->rec->id, (void *)(uintptr_t)c->nobjs);
}

void rv_since_keep(rv_since_t *c, const rv_snapshot_t *s, bool next_hidden)
{
    forget(c);
    if (!next_hidden)
        return;
    c->kept = true;
    for (size_t i = 0; i < s->nobjects; i++)
        keep_object(c, &s->objects[i]);
    for (size_t i = 0; i < s->nunreachable; i++)
        rv_idmap_put(&c->ghosts, s->unreachable[i], (void *)1);
}

bool rv_since_active(const rv_since_t *c)
{
    return c->kept;
}

/* Frees of s that the kept step showed: the reader saw those objects. */
static void collect_freed(rv_since_t *c, const rv_snapshot_t *s)
{
    for (size_t i = 0; i < s->nfreed; i++) {
        uint64_t id = s->freed[i];
        if (!rv_idmap_has(&c->listed, id) && !rv_idmap_has(&c->ghosts, id))
            continue;
        if (c->nfreed == c->capfreed) {
            c->capfreed = c->capfreed ? c->capfreed * 2 : 16;
            c->freed = rv_realloc(c->freed, c->capfreed * sizeof *c->freed);
            c->freed_types = rv_realloc(c->freed_types, c->capfreed * sizeof *c->freed_types);
        }
        c->freed[c->nfreed] = id;
        c->freed_types[c->nfreed++] = s->freed_types[i];
    }
}

void rv_since_hide(rv_since_t *c, const rv_snapshot_t *s)
{
    if (c->kept)
        collect_freed(c, s);
}

static const rv_since_obj_t *kept_object(const rv_since_t *c, uint64_t id)
{
    uintptr_t at = (uintptr_t)rv_idmap_get(&c->listed, id);
    return at ? &c->objs[at - 1] : NULL;
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

static bool same_ref(const rv_ref_rec_t *x, const rv_ref_rec_t *y)
{
    return x->kind == y->kind && x->target == y->target && x->key == y->key &&
           x->index == y->index && x->label == y->label && x->weak == y->weak;
}

/* A set reorders its members when it resizes: compare them as sets (as
 * rv_state_apply does). */
static bool members_differ(const rv_ref_rec_t *old, const rv_ref_rec_t *now, size_t n)
{
    uint64_t *a = rv_malloc(2 * n * sizeof *a), *b = a + n;
    for (size_t i = 0; i < n; i++) {
        a[i] = old[i].target;
        b[i] = now[i].target;
    }
    qsort(a, n, sizeof *a, cmp_u64);
    qsort(b, n, sizeof *b, cmp_u64);
    bool differ = memcmp(a, b, n * sizeof *a) != 0;
    rv_free(a);
    return differ;
}

static bool refs_differ(const rv_since_t *c, const rv_since_obj_t *k, const rv_snap_obj_t *o)
{
    if (k->nrefs != o->nrefs)
        return true;
    const rv_ref_rec_t *old = c->refs + k->from;
    if (k->nrefs && o->refs[0].kind == RV_REF_MEMBER)
        return members_differ(old, o->refs, k->nrefs);
    for (size_t i = 0; i < k->nrefs; i++)
        if (!same_ref(&old[i], &o->refs[i]))
            return true;
    return false;
}

void rv_since_apply(rv_since_t *c, rv_snapshot_t *s)
{
    rv_snap_obj_t *objs = s->objects;
    for (size_t i = 0; i < s->nobjects; i++) {
        const rv_since_obj_t *k = kept_object(c, objs[i].rec->id);
        objs[i].change = !k                          ? RV_CHANGE_NEW
                         : refs_differ(c, k, &objs[i]) ? RV_CHANGE_MUTATED
                                                       : RV_CHANGE_SAME;
    }
    collect_freed(c, s);
    s->freed = c->freed;
    s->freed_types = c->freed_types;
    s->nfreed = c->nfreed;
}

bool rv_since_ref_changed(const rv_since_t *c, const rv_snap_obj_t *o, size_t k)
{
    const rv_since_obj_t *kept = kept_object(c, o->rec->id);
    if (!kept || k >= o->nrefs)
        return false;
    const rv_ref_rec_t *old = c->refs + kept->from, *ref = &o->refs[k];
    if (ref->kind == RV_REF_MEMBER) {
        for (size_t i = 0; i < kept->nrefs; i++)
            if (old[i].target == ref->target)
                return false;
        return true;
    }
    return k >= kept->nrefs || !same_ref(&old[k], ref);
}
