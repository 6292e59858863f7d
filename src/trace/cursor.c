/* src/trace/cursor.c - rebuilding full snapshots from the recorded deltas.
 *
 * The cursor keeps the state of every object as of the current step, walks
 * the graph from the frames to list objects in first-reached order, counts
 * references, and derives `change` and `unreachable` from the previous
 * snapshot. */
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "trace/trace.h"

void rv_cursor_init(rv_trace_cursor_t *c, const rv_trace_t *t)
{
    memset(c, 0, sizeof *c);
    c->t = t;
    rv_idmap_init(&c->state);
    rv_idmap_init(&c->listed);
    rv_idmap_init(&c->watched);
}

void rv_cursor_free(rv_trace_cursor_t *c)
{
    rv_idmap_free(&c->state);
    rv_idmap_free(&c->listed);
    rv_idmap_free(&c->watched);
    rv_free(c->snap.objects);
    rv_free(c->snap.unreachable);
}

static void add_object(rv_trace_cursor_t *c, const rv_obj_rec_t *rec)
{
    rv_snapshot_t *s = &c->snap;
    if (s->nobjects == c->capobjects) {
        c->capobjects = c->capobjects ? c->capobjects * 2 : 64;
        s->objects = rv_realloc(s->objects, c->capobjects * sizeof *s->objects);
    }
    s->objects[s->nobjects].rec = rec;
    s->objects[s->nobjects].refcount = 0;
    s->objects[s->nobjects].change = RV_CHANGE_SAME;
    s->nobjects++;
}

/* Set members are compared as a set: the same targets in any order. */
static bool members_equal(const rv_obj_rec_t *a, const rv_obj_rec_t *b)
{
    if (a->nrefs != b->nrefs)
        return false;
    for (size_t i = 0; i < a->nrefs; i++) {
        bool found = false;
        for (size_t j = 0; j < b->nrefs && !found; j++)
            found = a->refs[i].target == b->refs[j].target;
        if (!found)
            return false;
    }
    return true;
}

static bool refs_changed(const rv_obj_rec_t *prev, const rv_obj_rec_t *now)
{
    if (prev == now)
        return false;
    if (now->nrefs && now->refs[0].kind == RV_REF_MEMBER)
        return !members_equal(prev, now);
    if (prev->nrefs != now->nrefs)
        return true;
    for (size_t i = 0; i < now->nrefs; i++) {
        const rv_ref_rec_t *x = &prev->refs[i], *y = &now->refs[i];
        if (x->kind != y->kind || x->target != y->target || x->key != y->key ||
            x->index != y->index || x->label != y->label)
            return true;
    }
    return false;
}

static int cmp_ids(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

const rv_snapshot_t *rv_cursor_next(rv_trace_cursor_t *c)
{
    const rv_trace_t *t = c->t;
    if (c->next >= t->nsteps)
        return NULL;
    const rv_step_rec_t *st = &t->steps[c->next];
    rv_snapshot_t *s = &c->snap;
    s->step = c->next++;
    s->rec = st;
    s->stdout_text = t->out.data ? t->out.data : "";
    s->stdout_len = st->stdout_len;
    s->nobjects = 0;
    s->nunreachable = 0;
    s->mem_bytes = 0;
    for (size_t i = 0; i < st->nchanged; i++)
        rv_idmap_put(&c->state, st->changed[i]->id, st->changed[i]);

    /* List objects: preorder DFS from each frame's variables. */
    rv_idmap_t index; /* id -> position + 1 */
    rv_idmap_init(&index);
    uint64_t *stack = NULL;
    size_t len = 0, cap = 0;
    for (size_t f = 0; f < st->nframes; f++) {
        const rv_frame_rec_t *fr = &st->frames[f];
        for (size_t v = 0; v < fr->nvars; v++) {
            uint64_t root = fr->vars[v].id;
            if (len == cap) {
                cap = cap ? cap * 2 : 64;
                stack = rv_realloc(stack, cap * sizeof *stack);
            }
            stack[len++] = root;
            while (len) {
                uint64_t id = stack[--len];
                if (rv_idmap_has(&index, id))
                    continue;
                const rv_obj_rec_t *rec = rv_idmap_get(&c->state, id);
                if (!rec)
                    continue;
                add_object(c, rec);
                rv_idmap_put(&index, id, (void *)(uintptr_t)s->nobjects);
                for (size_t r = rec->nrefs; r-- > 0;) {
                    if (rv_idmap_has(&index, rec->refs[r].target))
                        continue;
                    if (len == cap) {
                        cap = cap ? cap * 2 : 64;
                        stack = rv_realloc(stack, cap * sizeof *stack);
                    }
                    stack[len++] = rec->refs[r].target;
                }
            }
        }
    }
    rv_free(stack);

    /* Reference counts: frame variables plus every listed reference. */
    for (size_t f = 0; f < st->nframes; f++) {
        const rv_frame_rec_t *fr = &st->frames[f];
        for (size_t v = 0; v < fr->nvars; v++) {
            uintptr_t pos = (uintptr_t)rv_idmap_get(&index, fr->vars[v].id);
            if (pos)
                s->objects[pos - 1].refcount++;
        }
    }
    for (size_t i = 0; i < s->nobjects; i++) {
        const rv_obj_rec_t *rec = s->objects[i].rec;
        for (size_t r = 0; r < rec->nrefs; r++) {
            uintptr_t pos = (uintptr_t)rv_idmap_get(&index, rec->refs[r].target);
            if (pos)
                s->objects[pos - 1].refcount++;
        }
        s->mem_bytes += rec->size;
    }

    /* change: new when not listed before; mutated when its refs differ. */
    for (size_t i = 0; i < s->nobjects; i++) {
        const rv_obj_rec_t *prev = rv_idmap_get(&c->listed, s->objects[i].rec->id);
        if (!prev)
            s->objects[i].change = RV_CHANGE_NEW;
        else if (refs_changed(prev, s->objects[i].rec))
            s->objects[i].change = RV_CHANGE_MUTATED;
    }

    /* unreachable: watched before, not freed now, not listed now. */
    for (size_t i = 0; i < st->nfreed; i++)
        rv_idmap_del(&c->watched, st->freed[i]);
    size_t capu = c->capunreach;
    for (size_t i = 0; i < c->watched.cap; i++) {
        uint64_t id = c->watched.keys[i];
        if (!id || rv_idmap_has(&index, id))
            continue;
        if (s->nunreachable == capu) {
            capu = capu ? capu * 2 : 16;
            s->unreachable = rv_realloc(s->unreachable, capu * sizeof *s->unreachable);
        }
        s->unreachable[s->nunreachable++] = id;
    }
    c->capunreach = capu;
    /* Deterministic order: ascending ids. */
    if (s->nunreachable > 1)
        qsort(s->unreachable, s->nunreachable, sizeof *s->unreachable, cmp_ids);

    rv_idmap_clear(&c->listed);
    for (size_t i = 0; i < s->nobjects; i++) {
        rv_idmap_put(&c->listed, s->objects[i].rec->id, (void *)s->objects[i].rec);
        rv_idmap_put(&c->watched, s->objects[i].rec->id, (void *)1);
    }
    rv_idmap_free(&index);
    return s;
}

long rv_snapshot_find(const rv_snapshot_t *s, uint64_t id)
{
    for (size_t i = 0; i < s->nobjects; i++)
        if (s->objects[i].rec->id == id)
            return (long)i;
    return -1;
}
