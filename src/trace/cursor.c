/* src/trace/cursor.c - rebuilding full snapshots from the recorded deltas.
 *
 * The cursor keeps every object's state as of the current step (applying
 * each step's records), walks the graph from the frames to list objects in
 * first-reached order, counts references, writes the reprs of containers
 * from their items, and derives `change`, `freed` and `unreachable` from
 * the previous snapshot. */
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "trace/repr.h"
#include "trace/trace.h"

void rv_cursor_init(rv_trace_cursor_t *c, const rv_trace_t *t)
{
    memset(c, 0, sizeof *c);
    c->t = t;
    rv_state_init(&c->state);
    rv_idmap_init(&c->mutated);
    rv_step_reader_init(&c->reader, t);
}

void rv_cursor_free(rv_trace_cursor_t *c)
{
    rv_state_free(&c->state);
    rv_step_reader_free(&c->reader);
    rv_idmap_free(&c->mutated);
    rv_free(c->watched);
    rv_free(c->listed_so);
    rv_buf_free(&c->reprs);
    rv_free(c->repr_at);
    rv_free(c->snap.objects);
    rv_free(c->snap.unreachable);
    rv_free(c->snap.freed);
    rv_free(c->snap.freed_types);
}

static void add_object(rv_trace_cursor_t *c, rv_state_obj_t *so)
{
    rv_snapshot_t *s = &c->snap;
    if (s->nobjects == c->capobjects) {
        c->capobjects = c->capobjects ? c->capobjects * 2 : 64;
        s->objects = rv_realloc(s->objects, c->capobjects * sizeof *s->objects);
        c->repr_at = rv_realloc(c->repr_at, c->capobjects * sizeof *c->repr_at);
        c->listed_so = rv_realloc(c->listed_so, c->capobjects * sizeof *c->listed_so);
    }
    so->prev_listed = so->listed;
    so->listed = s->stamp;
    so->pos = s->nobjects;
    c->listed_so[s->nobjects] = so;
    rv_snap_obj_t *o = &s->objects[s->nobjects++];
    memset(o, 0, sizeof *o);
    o->rec = so->rec;
    o->refs = so->refs;
    o->nrefs = so->nrefs;
}

static void push_state(rv_state_obj_t ***stack, size_t *len, size_t *cap, rv_state_obj_t *so)
{
    if (*len == *cap) {
        *cap = *cap ? *cap * 2 : 64;
        *stack = rv_realloc(*stack, *cap * sizeof **stack);
    }
    (*stack)[(*len)++] = so;
}

/* One reference to id in this snapshot (a variable or a listed object's). */
static rv_state_obj_t *count_ref(rv_trace_cursor_t *c, uint64_t id)
{
    rv_state_obj_t *so = (rv_state_obj_t *)rv_state_get(&c->state, id);
    if (!so)
        return NULL;
    if (so->counted != c->snap.stamp) {
        so->counted = c->snap.stamp;
        so->refcount = 0;
    }
    so->refcount++;
    return so;
}

/* Lists what root id reaches that is not listed yet, preorder depth first,
 * children in reference order, counting each reference on the way. */
static void list_from(rv_trace_cursor_t *c, uint64_t id, rv_state_obj_t ***stack, size_t *len,
                      size_t *cap)
{
    rv_snapshot_t *s = &c->snap;
    rv_state_obj_t *root = count_ref(c, id);
    if (!root || root->listed == s->stamp)
        return;
    push_state(stack, len, cap, root);
    while (*len) {
        rv_state_obj_t *so = (*stack)[--*len];
        if (so->listed == s->stamp)
            continue;
        add_object(c, so);
        for (size_t r = so->nrefs; r-- > 0;) {
            /* A weak reference does not count, but its target is listed
             * (the spec: reachable through refs, weak ones included). */
            if (so->refs[r].weak) {
                rv_state_obj_t *kid =
                    (rv_state_obj_t *)rv_state_get(&c->state, so->refs[r].target);
                if (kid && kid->listed != s->stamp)
                    push_state(stack, len, cap, kid);
                continue;
            }
            rv_state_obj_t *kid = count_ref(c, so->refs[r].target);
            if (kid && kid->listed != s->stamp)
                push_state(stack, len, cap, kid);
        }
    }
}

/* The listing order of the spec: from each frame's variables in order (a
 * returning frame's return value right after its variables).  Each
 * reference is looked up once. */
static void list_objects(rv_trace_cursor_t *c, const rv_step_rec_t *st)
{
    rv_snapshot_t *s = &c->snap;
    rv_state_obj_t **stack = NULL;
    size_t len = 0, cap = 0;
    for (size_t f = 0; f < st->nframes; f++) {
        const rv_frame_rec_t *fr = &st->frames[f];
        for (size_t v = 0; v < fr->nvars; v++)
            list_from(c, fr->vars[v].id, &stack, &len, &cap);
        if (fr->has_return)
            list_from(c, fr->ret, &stack, &len, &cap);
    }
    rv_free(stack);
    for (size_t i = 0; i < s->nobjects; i++) {
        const rv_state_obj_t *so = c->listed_so[i];
        s->objects[i].refcount = so->counted == s->stamp ? so->refcount : 0;
        s->mem_bytes += s->objects[i].rec->size;
    }
}

/******************************************************************************/
/* reprs built from the items' reprs                                          */

typedef struct rbudget {
    const rv_state_t *st;
    rv_buf_t *out;
    size_t start, limit;
} rbudget_t;

static bool rfull(const rbudget_t *b)
{
    return b->out->len - b->start > b->limit;
}

static void rwrite(rbudget_t *b, uint64_t id);

static void rwrite_text(rbudget_t *b, const rv_obj_rec_t *r)
{
    size_t room = b->limit + 1 - (b->out->len - b->start);
    size_t n = strlen(r->repr);
    rv_buf_add(b->out, r->repr, n < room ? n : room);
}

/* A container's items: its references but an instance's attributes and
 * class (an instance of a list subclass has both after its items). */
static size_t count_items(const rv_state_obj_t *so)
{
    size_t n = 0;
    for (size_t i = 0; i < so->nrefs; i++)
        n += so->refs[i].kind != RV_REF_NAMED;
    return n;
}

/* The items of a list, tuple or set, or a dict's entries. */
static void rwrite_items(rbudget_t *b, const rv_state_obj_t *so, const char *sep)
{
    bool first = true;
    for (size_t i = 0; i < so->nrefs && !rfull(b); i++) {
        const rv_ref_rec_t *ref = &so->refs[i];
        if (ref->kind == RV_REF_KEY || ref->kind == RV_REF_NAMED)
            continue;
        if (!first)
            rv_buf_adds(b->out, ", ");
        first = false;
        if (ref->kind == RV_REF_VALUE) {
            rwrite(b, ref->key);
            rv_buf_adds(b->out, sep);
        }
        rwrite(b, ref->target);
    }
}

/* dict_keys([...]), dict_values([...]), dict_items([(k, v), ...]). */
static void rwrite_view(rbudget_t *b, const rv_state_obj_t *view)
{
    static const char *const names[] = { "dict_keys([", "dict_values([", "dict_items([" };
    rv_repr_kind_t kind = view->rec->repr_kind;
    rv_buf_adds(b->out, names[kind - RV_REPR_KEYS]);
    const rv_state_obj_t *d = view->nrefs ? rv_state_get(b->st, view->refs[0].target) : NULL;
    bool first = true;
    for (size_t i = 0; d && i < d->nrefs && !rfull(b); i++) {
        const rv_ref_rec_t *ref = &d->refs[i];
        if (ref->kind != RV_REF_VALUE)
            continue;
        if (!first)
            rv_buf_adds(b->out, ", ");
        first = false;
        if (kind == RV_REPR_ITEMS) {
            rv_buf_addc(b->out, '(');
            rwrite(b, ref->key);
            rv_buf_adds(b->out, ", ");
            rwrite(b, ref->target);
            rv_buf_addc(b->out, ')');
        } else {
            rwrite(b, kind == RV_REPR_KEYS ? ref->key : ref->target);
        }
    }
    rv_buf_adds(b->out, "])");
}

/* A deque's, a defaultdict's or a set subclass's repr: its items between
 * the texts the record keeps around them.  Met again inside itself, a
 * deque is "[...]" (deque_repr), a defaultdict's dict part "{...}"
 * (dict_repr) and a set subclass "Bag(...)" (set_repr). */
static void rwrite_wrapped(rbudget_t *b, const rv_state_obj_t *so, bool again)
{
    const char *text = so->rec->repr, *hole = strchr(text, RV_REPR_HOLE);
    rv_repr_kind_t kind = so->rec->repr_kind;
    if (again && kind == RV_REPR_DEQUE) {
        rv_buf_adds(b->out, "[...]");
        return;
    }
    if (!hole) {
        rv_buf_adds(b->out, text);
        return;
    }
    if (again && kind == RV_REPR_NAMED_SET) {
        rv_buf_add(b->out, text, strcspn(text, "("));
        rv_buf_adds(b->out, "(...)");
        return;
    }
    rv_buf_add(b->out, text, (size_t)(hole - text));
    if (again)
        rv_buf_adds(b->out, "...");
    else
        rwrite_items(b, so, kind == RV_REPR_DEFAULTDICT ? ": " : "");
    rv_buf_adds(b->out, hole + 1);
}

/* BaseException_repr: the type's name, then a lone argument's repr in
 * parentheses, or the args tuple's repr. */
static void rwrite_exc(rbudget_t *b, const rv_state_obj_t *exc)
{
    rv_buf_adds(b->out, exc->rec->type);
    const rv_state_obj_t *args = NULL;
    for (size_t i = 0; i < exc->nrefs && !args; i++)
        if (exc->refs[i].kind == RV_REF_NAMED && strcmp(exc->refs[i].label, "args") == 0)
            args = rv_state_get(b->st, exc->refs[i].target);
    if (args && args->nrefs == 1) {
        rv_buf_addc(b->out, '(');
        rwrite(b, args->refs[0].target);
        rv_buf_addc(b->out, ')');
    } else if (args) {
        rwrite(b, args->rec->id);
    } else {
        rv_buf_adds(b->out, "()");
    }
}

/* Whether so is being written further out (Py_ReprEnter).  A mark on the
 * object, not a search of the path: the path of a deeply nested list is as
 * long as the repr's limit, and searching it at each level made every such
 * repr quadratic in the limit. */
static bool on_path(const rv_state_obj_t *so)
{
    return so->in_repr != 0;
}

static void rwrite(rbudget_t *b, uint64_t id)
{
    if (rfull(b))
        return;
    const rv_state_obj_t *so = rv_state_get(b->st, id);
    if (!so) {
        rv_buf_adds(b->out, "?");
        return;
    }
    rv_repr_kind_t kind = so->rec->repr_kind;
    if (kind == RV_REPR_TEXT) {
        rwrite_text(b, so->rec);
        return;
    }
    bool wrapped = kind == RV_REPR_DEQUE || kind == RV_REPR_DEFAULTDICT ||
                   kind == RV_REPR_NAMED_SET;
    if (on_path(so) && wrapped) {
        rwrite_wrapped(b, so, true);
        return;
    }
    if (on_path(so)) {
        static const char *const again[] = { "", "[...]", "(...)", "{...}", "set(...)",
                                             "set(...)", "...", "...", "...", "..." };
        rv_buf_adds(b->out, again[kind]);
        return;
    }
    /* The state is the cursor's own: marking it is bookkeeping. */
    rv_state_obj_t *mark = (rv_state_obj_t *)so;
    mark->in_repr++;
    switch (kind) {
    case RV_REPR_LIST:
        rv_buf_addc(b->out, '[');
        rwrite_items(b, so, "");
        rv_buf_addc(b->out, ']');
        break;
    case RV_REPR_TUPLE:
        rv_buf_addc(b->out, '(');
        rwrite_items(b, so, "");
        if (count_items(so) == 1)
            rv_buf_addc(b->out, ',');
        rv_buf_addc(b->out, ')');
        break;
    case RV_REPR_DICT:
        rv_buf_addc(b->out, '{');
        rwrite_items(b, so, ": ");
        rv_buf_addc(b->out, '}');
        break;
    case RV_REPR_SET:
    case RV_REPR_FROZENSET: {
        bool frozen = kind == RV_REPR_FROZENSET;
        if (so->nrefs == 0) {
            rv_buf_adds(b->out, frozen ? "frozenset()" : "set()");
            break;
        }
        rv_buf_adds(b->out, frozen ? "frozenset({" : "{");
        rwrite_items(b, so, "");
        rv_buf_adds(b->out, frozen ? "})" : "}");
        break;
    }
    case RV_REPR_EXC:
        rwrite_exc(b, so);
        break;
    case RV_REPR_DEQUE:
    case RV_REPR_DEFAULTDICT:
    case RV_REPR_NAMED_SET:
        rwrite_wrapped(b, so, false);
        break;
    default:
        rwrite_view(b, so);
        break;
    }
    mark->in_repr--;
}

static void write_reprs(rv_trace_cursor_t *c)
{
    rv_snapshot_t *s = &c->snap;
    rbudget_t b = { .st = &c->state, .out = &c->reprs, .limit = c->t->opt.repr_limit };
    rv_buf_truncate(&c->reprs, 0);
    for (size_t i = 0; i < s->nobjects; i++) {
        const rv_obj_rec_t *r = s->objects[i].rec;
        if (r->repr_kind == RV_REPR_TEXT && !r->repr_cut && strlen(r->repr) <= b.limit) {
            s->objects[i].repr = r->repr;
            c->repr_at[i] = SIZE_MAX;
            continue;
        }
        b.start = c->reprs.len;
        c->repr_at[i] = b.start;
        rwrite(&b, r->id);
        rv_repr_cut(&c->reprs, b.start, b.limit);
        rv_buf_addc(&c->reprs, '\0');
    }
    /* The buffer has stopped moving: point into it. */
    for (size_t i = 0; i < s->nobjects; i++)
        if (c->repr_at[i] != SIZE_MAX)
            s->objects[i].repr = c->reprs.data + c->repr_at[i];
}

/******************************************************************************/
/* the next snapshot                                                          */

static int cmp_ids(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* freed: what the previous snapshot showed and is now gone. */
static void collect_freed(rv_trace_cursor_t *c, const rv_step_rec_t *st)
{
    rv_snapshot_t *s = &c->snap;
    s->nfreed = 0;
    for (size_t i = 0; i < st->nfreed; i++) {
        uint64_t id = st->freed[i];
        const rv_state_obj_t *so = rv_state_get(&c->state, id);
        bool shown = so && so->watched == s->stamp - 1 && s->stamp > 1;
        const char *type = so ? so->rec->type : "object";
        rv_state_drop(&c->state, id);
        if (!shown)
            continue;
        if (s->nfreed == c->capfreed) {
            c->capfreed = c->capfreed ? c->capfreed * 2 : 16;
            s->freed = rv_realloc(s->freed, c->capfreed * sizeof *s->freed);
            s->freed_types = rv_realloc(s->freed_types, c->capfreed * sizeof *s->freed_types);
        }
        s->freed_types[s->nfreed] = type;
        s->freed[s->nfreed++] = id;
    }
}

/* Sorts ids[0, n): the first split in any order, the rest sorted already. */
static void sort_ids(uint64_t *ids, size_t split, size_t n)
{
    if (split > 1)
        qsort(ids, split, sizeof *ids, cmp_ids);
    if (split == 0 || split == n)
        return;
    uint64_t *a = rv_malloc(split * sizeof *a);
    memcpy(a, ids, split * sizeof *a);
    size_t i = 0, j = split, k = 0;
    while (i < split && j < n)
        ids[k++] = a[i] < ids[j] ? a[i++] : ids[j++];
    while (i < split)
        ids[k++] = a[i++];
    rv_free(a);
}

/* unreachable: shown before, not freed, not listed now.  Then everything
 * shown now becomes what the next snapshot checks. */
static void collect_unreachable(rv_trace_cursor_t *c)
{
    rv_snapshot_t *s = &c->snap;
    /* watched holds the last snapshot's listed objects, then its
     * unreachable ones in order: those still unreachable stay sorted,
     * and only the ones listed then need sorting (a long run keeps a few
     * hundred cached ints unreachable at every step). */
    size_t split = 0;
    for (size_t i = 0; i < c->nwatched; i++) {
        rv_state_obj_t *so = (rv_state_obj_t *)rv_state_get(&c->state, c->watched[i]);
        if (!so || so->listed == s->stamp || so->watched == s->stamp)
            continue;
        so->watched = s->stamp;
        if (s->nunreachable == c->capunreach) {
            c->capunreach = c->capunreach ? c->capunreach * 2 : 16;
            s->unreachable = rv_realloc(s->unreachable, c->capunreach * sizeof *s->unreachable);
        }
        s->unreachable[s->nunreachable++] = c->watched[i];
        if (i < c->nwatched_listed)
            split = s->nunreachable;
    }
    sort_ids(s->unreachable, split, s->nunreachable);
    c->nwatched = 0;
    size_t need = s->nobjects + s->nunreachable;
    if (need > c->capwatched) {
        c->capwatched = need + need / 2;
        c->watched = rv_realloc(c->watched, c->capwatched * sizeof *c->watched);
    }
    for (size_t i = 0; i < s->nobjects; i++) {
        c->listed_so[i]->watched = s->stamp;
        c->watched[c->nwatched++] = s->objects[i].rec->id;
    }
    c->nwatched_listed = c->nwatched;
    for (size_t i = 0; i < s->nunreachable; i++)
        c->watched[c->nwatched++] = s->unreachable[i];
}

const rv_snapshot_t *rv_cursor_next(rv_trace_cursor_t *c)
{
    const rv_trace_t *t = c->t;
    const rv_step_rec_t *st = rv_step_reader_next(&c->reader, &c->state);
    if (!st)
        return NULL;
    rv_snapshot_t *s = &c->snap;
    s->step = c->next++;
    s->stamp = s->step + 1;
    s->rec = st;
    s->stdout_text = t->out.data ? t->out.data : "";
    s->stdout_len = st->stdout_len;
    s->nobjects = 0;
    s->nunreachable = 0;
    s->mem_bytes = 0;

    collect_freed(c, st);
    rv_idmap_clear(&c->mutated);
    for (size_t i = 0; i < st->nchanged; i++)
        if (rv_state_apply(&c->state, st->changed[i]))
            rv_idmap_put(&c->mutated, st->changed[i]->id, st->changed[i]);

    s->state = &c->state;
    s->mutated = &c->mutated;
    list_objects(c, st);
    write_reprs(c);

    /* change: new when not listed before; mutated when its refs differ. */
    for (size_t i = 0; i < s->nobjects; i++) {
        const rv_state_obj_t *so = c->listed_so[i];
        if (s->stamp == 1 || so->prev_listed != s->stamp - 1)
            s->objects[i].change = RV_CHANGE_NEW;
        else if (rv_idmap_has(&c->mutated, s->objects[i].rec->id))
            s->objects[i].change = RV_CHANGE_MUTATED;
    }
    collect_unreachable(c);
    return s;
}

bool rv_snapshot_ref_changed(const rv_snapshot_t *s, uint64_t id, size_t k)
{
    const rv_obj_rec_t *r = rv_idmap_get(s->mutated, id);
    if (!r)
        return false;
    if (!r->pos)
        return k >= r->refs_from;
    for (size_t i = 0; i < r->nstored; i++)
        if (r->pos[i] == k)
            return true;
    return false;
}

long rv_snapshot_find(const rv_snapshot_t *s, uint64_t id)
{
    const rv_state_obj_t *so = rv_state_get(s->state, id);
    return so && so->listed == s->stamp ? (long)so->pos : -1;
}
