/* src/export/view.c - see view.h.  The walk is the snapshot's listing
 * order restricted to what is shown: frames outermost first, variables in
 * binding order, depth first through the shown references. */
#include "export/view.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "base/alloc.h"
#include "export/since.h"
#include "trace/elide.h"

const rv_view_options_t rv_view_defaults = {
    .heap_all = false,
    .max_items = 12,
    .max_depth = 6,
    .max_str = 40,
    .max_frames = 6,
    .show_classes = false,
    .detail = RV_DETAIL_NORMAL,
};

const rv_snap_obj_t *rv_view_object(const rv_view_t *v, uint64_t id)
{
    long i = rv_snapshot_find(v->snap, id);
    return i < 0 ? NULL : &v->snap->objects[i];
}

bool rv_view_atomic_type(const char *type)
{
    static const char *const atomic[] = { "int", "float", "bool", "str", "NoneType" };
    for (size_t i = 0; i < sizeof atomic / sizeof atomic[0]; i++)
        if (strcmp(type, atomic[i]) == 0)
            return true;
    return false;
}

bool rv_view_is_inline(const rv_view_t *v, const rv_snap_obj_t *o)
{
    /* A module is plumbing: the name it is bound to says enough. */
    if (!v->opt->show_classes && !v->opt->heap_all && strcmp(o->rec->type, "module") == 0)
        return true;
    if (v->opt->heap_all || !o->rec->inline_)
        return false;
    return strlen(o->repr) <= v->opt->max_str;
}

/* Attributes that library machinery keeps in a program's classes and
 * instances: dataclasses' and enum's bookkeeping, annotations.  They are
 * real references (the trace has them), but a diagram of a dataclass or an
 * Enum drawn with them shows the library rather than the program. */
static bool machinery_label(const char *label)
{
    static const char *const dunder[] = {
        "__class__", "__annotations__", "__dataclass_fields__", "__dataclass_params__",
        "__match_args__", "__objclass__",
    };
    for (size_t i = 0; i < sizeof dunder / sizeof dunder[0]; i++)
        if (strcmp(label, dunder[i]) == 0)
            return true;
    /* enum reserves the _sunder_ names; a member's _name_ and _value_ are
     * what a learner looks for. */
    size_t n = strlen(label);
    return n > 2 && label[0] == '_' && label[1] != '_' && label[n - 1] == '_' &&
           label[n - 2] != '_' && strcmp(label, "_name_") != 0 && strcmp(label, "_value_") != 0;
}

/* A class's function attribute, listed by name in the teaching default. */
static bool is_method(const rv_view_t *v, const rv_snap_obj_t *o, const rv_snap_obj_t *t)
{
    return !v->opt->show_classes && t && strcmp(t->rec->type, "function") == 0 &&
           (strcmp(o->rec->type, "type") == 0 ||
            /* a class of a metaclass (an Enum's EnumType, an ABC's ABCMeta) */
            strncmp(o->repr, "<class '", 8) == 0 || strncmp(o->repr, "<enum '", 7) == 0);
}

/* The name a class's repr gives it ("Node" of "<class '__main__.Node'>",
 * "Color" of "<enum 'Color'>"), without the module. */
static bool class_name(const rv_snap_obj_t *o, const char **name, size_t *len)
{
    const char *q = strchr(o->repr, '\'');
    if (!q)
        return false;
    q++;
    size_t n = strcspn(q, "'");
    const char *dot = NULL;
    for (const char *p = q; p < q + n; p++)
        if (*p == '.')
            dot = p;
    *name = dot ? dot + 1 : q;
    *len = (size_t)(q + n - *name);
    return true;
}

/* A special method a class holds that another class defines: Enum's
 * __new__, which EnumType copies into every enum.  A program's own
 * methods (and dataclass's, which are named after their class) stay. */
static bool borrowed_special_method(const rv_view_t *v, const rv_snap_obj_t *o,
                                    const rv_ref_rec_t *ref)
{
    size_t n = strlen(ref->label);
    if (n < 5 || strncmp(ref->label, "__", 2) != 0 || strcmp(ref->label + n - 2, "__") != 0)
        return false;
    const rv_snap_obj_t *t = rv_view_object(v, ref->target);
    const char *cls, *fn;
    size_t clen;
    if (!is_method(v, o, t) || !class_name(o, &cls, &clen) ||
        strncmp(t->rec->repr, "<function ", 10) != 0)
        return false;
    fn = t->rec->repr + 10;
    const char *end = fn + strcspn(fn, " ");
    const char *dot = NULL;
    for (const char *p = fn; p < end; p++)
        if (*p == '.')
            dot = p;
    if (!dot)
        return false;
    /* The qualname's last class part: Outer.Inner.f -> Inner. */
    const char *owner = dot;
    while (owner > fn && owner[-1] != '.')
        owner--;
    return (size_t)(dot - owner) != clen || strncmp(owner, cls, clen) != 0;
}

/* Whether a reference is left out of the picture: dict keys are the
 * labels of their values, and the teaching default hides __class__ and
 * library machinery. */
static bool ref_hidden(const rv_view_t *v, const rv_snap_obj_t *o, const rv_ref_rec_t *ref)
{
    /* the common case first: a million-item list is all items */
    if (ref->kind == RV_REF_INDEX || ref->kind == RV_REF_MEMBER)
        return false;
    if (ref->kind == RV_REF_KEY)
        return true;
    return !v->opt->show_classes && ref->kind == RV_REF_NAMED && ref->label &&
           (machinery_label(ref->label) || borrowed_special_method(v, o, ref));
}

size_t rv_view_items_shown(const rv_view_options_t *opt)
{
    return opt->max_items < 3 ? 3 : opt->max_items > RV_VIEW_MAX_ITEMS ? RV_VIEW_MAX_ITEMS
                                                                        : opt->max_items;
}

size_t rv_view_refs_room(const rv_view_options_t *opt)
{
    return rv_view_items_shown(opt) + 2;
}

/* Whether all of o's references are items, at the positions their
 * indexes say (a list, tuple or deque; one a final picture recorded
 * without the values it elides has gaps). */
static bool indexed_items(const rv_snap_obj_t *o)
{
    for (size_t i = 0; i < o->nrefs; i++)
        if (o->refs[i].kind != RV_REF_INDEX)
            return false;
    return o->nrefs > 0;
}

size_t rv_view_ref_count(const rv_snap_obj_t *o)
{
    return indexed_items(o) ? o->refs[o->nrefs - 1].index + 1 : o->nrefs;
}

size_t rv_view_refs(const rv_view_t *v, const rv_snap_obj_t *o, rv_view_ref_t *out)
{
    bool indexed = indexed_items(o);
    size_t nitems = 0;
    if (indexed)
        nitems = o->refs[o->nrefs - 1].index + 1;
    else
        for (size_t i = 0; i < o->nrefs; i++)
            nitems += !ref_hidden(v, o, &o->refs[i]);
    rv_elision_t e = rv_elision(nitems, rv_view_items_shown(v->opt));
    /* next: the position after the last one shown; what lies between is
     * one "..." cell */
    size_t n = 0, item = 0, next = 0;
    for (size_t i = 0; i < o->nrefs; i++) {
        const rv_ref_rec_t *ref = &o->refs[i];
        if (!indexed && ref_hidden(v, o, ref))
            continue;
        size_t at = indexed ? ref->index : item;
        item++;
        if (!rv_elision_shows(&e, at))
            continue;
        if (at > next)
            out[n++] = (rv_view_ref_t){ .hidden = at - next };
        next = at + 1;
        const rv_snap_obj_t *t = rv_view_object(v, ref->target);
        bool changed = o->change == RV_CHANGE_MUTATED &&
                       (v->since ? rv_since_ref_changed(v->since, o, i)
                                 : rv_snapshot_ref_changed(v->snap, o->rec->id, i));
        bool method = is_method(v, o, t);
        out[n++] = (rv_view_ref_t){ .ref = ref, .target = t,
                                    .inline_value = t && !method && rv_view_is_inline(v, t),
                                    .method = method, .changed = changed };
    }
    if (nitems > next)
        out[n++] = (rv_view_ref_t){ .hidden = nitems - next };
    return n;
}

void rv_view_ref_label(const rv_view_ref_t *r, char *buf, size_t size)
{
    if (!r->ref) {
        snprintf(buf, size, "...");
        return;
    }
    switch (r->ref->kind) {
    case RV_REF_INDEX:
        snprintf(buf, size, "%zu", r->ref->index);
        break;
    case RV_REF_MEMBER:
        buf[0] = '\0';
        break;
    default:
        snprintf(buf, size, "%s", r->ref->label ? r->ref->label : "");
        break;
    }
}

void rv_view_short_repr(const rv_view_t *v, const rv_snap_obj_t *o, rv_buf_t *out)
{
    /* "<module 'copy' (built-in)>" says no more than "module copy". */
    if (strcmp(o->rec->type, "module") == 0 && strncmp(o->repr, "<module '", 9) == 0) {
        const char *name = o->repr + 9;
        rv_buf_adds(out, "module ");
        rv_buf_add(out, name, strcspn(name, "'"));
        return;
    }
    size_t n = strlen(o->repr), max = v->opt->max_str;
    if (n <= max) {
        rv_buf_add(out, o->repr, n);
        return;
    }
    while (max > 0 && ((unsigned char)o->repr[max] & 0xC0) == 0x80)
        max--;
    rv_buf_add(out, o->repr, max);
    rv_buf_adds(out, "\xe2\x80\xa6"); /* … */
}

static void add_node(rv_view_t *v, const rv_snap_obj_t *o, bool cut)
{
    if (v->nnodes == v->cap) {
        v->cap = v->cap ? v->cap * 2 : 32;
        v->nodes = rv_realloc(v->nodes, v->cap * sizeof *v->nodes);
        v->cut = rv_realloc(v->cut, v->cap * sizeof *v->cut);
    }
    v->nodes[v->nnodes] = o;
    v->cut[v->nnodes] = cut;
    v->nnodes++;
    rv_idmap_put(&v->drawn, o->rec->id, (void *)(uintptr_t)v->nnodes);
}

typedef struct pending {
    const rv_snap_obj_t *o;
    size_t depth;
} pending_t;

/* Adds the nodes root reaches that are not drawn yet, depth first. */
static void build_from(rv_view_t *v, uint64_t id, pending_t **stack, size_t *cap,
                       rv_view_ref_t *refs)
{
    const rv_view_options_t *opt = v->opt;
    size_t len = 0;
    const rv_snap_obj_t *root = rv_view_object(v, id);
    if (!root || rv_view_is_inline(v, root))
        return;
    if (len == *cap) {
        *cap = *cap ? *cap * 2 : 64;
        *stack = rv_realloc(*stack, *cap * sizeof **stack);
    }
    (*stack)[len++] = (pending_t){ root, 1 };
    while (len) {
        pending_t p = (*stack)[--len];
        if (rv_idmap_has(&v->drawn, p.o->rec->id))
            continue;
        bool cut = p.depth >= opt->max_depth && p.o->nrefs > 0;
        add_node(v, p.o, cut);
        if (cut)
            continue;
        size_t n = rv_view_refs(v, p.o, refs);
        for (size_t i = n; i-- > 0;) {
            const rv_snap_obj_t *t = refs[i].target;
            /* Drawn in the order strong references reach them. */
            if (!t || refs[i].inline_value || refs[i].method ||
                (refs[i].ref && refs[i].ref->weak) ||
                rv_idmap_has(&v->drawn, t->rec->id))
                continue;
            if (len == *cap) {
                *cap = *cap ? *cap * 2 : 64;
                *stack = rv_realloc(*stack, *cap * sizeof **stack);
            }
            (*stack)[len++] = (pending_t){ t, p.depth + 1 };
        }
    }
}

void rv_view_build(rv_view_t *v, const rv_snapshot_t *s, const rv_view_options_t *opt)
{
    memset(v, 0, sizeof *v);
    v->snap = s;
    v->opt = opt;
    rv_idmap_init(&v->drawn);
    pending_t *stack = NULL;
    size_t cap = 0;
    rv_view_ref_t *refs = rv_malloc(rv_view_refs_room(opt) * sizeof *refs);
    const rv_step_rec_t *st = s->rec;
    for (size_t f = 0; f < st->nframes; f++) {
        if (rv_view_frame_slot(v, f) == SIZE_MAX)
            continue;
        for (size_t k = 0; k < st->frames[f].nvars; k++)
            build_from(v, st->frames[f].vars[k].id, &stack, &cap, refs);
        /* The return value is reached like one more variable. */
        if (st->frames[f].has_return)
            build_from(v, st->frames[f].ret, &stack, &cap, refs);
    }
    rv_free(refs);
    rv_free(stack);
}

void rv_view_set_prev(rv_view_t *v, const rv_step_rec_t *prev)
{
    const rv_snapshot_t *s = v->snap;
    v->prev = prev;
    v->unreachable = rv_malloc((s->nunreachable + 1) * sizeof *v->unreachable);
    v->freed = rv_malloc((s->nfreed + 1) * sizeof *v->freed);
    for (size_t i = 0; i < s->nunreachable; i++) {
        const rv_state_obj_t *so = rv_state_get(s->state, s->unreachable[i]);
        if (so && (v->opt->heap_all || !so->rec->inline_))
            v->unreachable[v->nunreachable++] = so;
    }
    for (size_t i = 0; i < s->nfreed; i++)
        if (v->opt->heap_all || !rv_view_atomic_type(s->freed_types[i]))
            v->freed[v->nfreed++] = i;
}

const rv_frame_rec_t *rv_view_prev_frame(const rv_view_t *v, size_t f)
{
    const rv_step_rec_t *prev = v->prev;
    uint64_t id = v->snap->rec->frames[f].frame;
    if (!prev)
        return NULL;
    /* A running frame keeps its depth: look there first. */
    if (f < prev->nframes && prev->frames[f].frame == id)
        return &prev->frames[f];
    for (size_t i = prev->nframes; i-- > 0;)
        if (prev->frames[i].frame == id)
            return &prev->frames[i];
    return NULL;
}

bool rv_view_rebound(const rv_view_t *v, size_t f, size_t k)
{
    const rv_var_rec_t *var = &v->snap->rec->frames[f].vars[k];
    const rv_frame_rec_t *before = rv_view_prev_frame(v, f);
    if (!before)
        return true;
    for (size_t i = 0; i < before->nvars; i++)
        if (before->vars[i].name == var->name) /* pooled */
            return before->vars[i].id != var->id;
    return true;
}

void rv_view_free(rv_view_t *v)
{
    rv_free(v->nodes);
    rv_free(v->cut);
    rv_free(v->unreachable);
    rv_free(v->freed);
    rv_idmap_free(&v->drawn);
}

/* The frames shown of a deep stack: the first FRAMES_HEAD (the program
 * and the first call), then the innermost, the gap taking one slot. */
#define FRAMES_HEAD 2

size_t rv_view_frames_hidden(const rv_view_t *v, size_t *slot)
{
    size_t n = v->snap->rec->nframes, max = v->opt->max_frames;
    if (slot)
        *slot = FRAMES_HEAD;
    if (max == 0 || n <= max || max < FRAMES_HEAD + 2)
        return 0;
    return n - (max - 1);
}

size_t rv_view_frame_slot(const rv_view_t *v, size_t f)
{
    size_t hidden = rv_view_frames_hidden(v, NULL);
    if (!hidden || f < FRAMES_HEAD)
        return f;
    if (f < FRAMES_HEAD + hidden)
        return SIZE_MAX;
    return f - hidden + 1;
}
