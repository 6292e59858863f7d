/* src/export/describe.c - see describe.h.  Sentences come in a fixed
 * order: names (re)bound or deleted in the active frame, objects changed in
 * place with who refers to them, objects freed, objects left alive only by
 * a cycle. */
#include "export/describe.h"

#include <string.h>

#include "base/alloc.h"

void rv_describer_init(rv_describer_t *d)
{
    memset(d, 0, sizeof *d);
    rv_idmap_init(&d->unreachable);
}

void rv_describer_free(rv_describer_t *d)
{
    rv_idmap_free(&d->unreachable);
    rv_step_free_frames(&d->noted);
}

/* "list #12", or the value itself for an atomic one drawn inline. */
static void name_object(const rv_view_t *v, const rv_snap_obj_t *o, rv_buf_t *out)
{
    if (rv_view_is_inline(v, o)) {
        /* None, True and False name themselves, and a module's short
         * repr is "module math". */
        if (o->rec->vkind != RV_VAL_NULL && o->rec->vkind != RV_VAL_BOOL &&
            strcmp(o->rec->type, "module") != 0) {
            rv_buf_adds(out, o->rec->type);
            rv_buf_addc(out, ' ');
        }
        rv_view_short_repr(v, o, out);
        return;
    }
    rv_buf_printf(out, "%s #%llu", o->rec->type, (unsigned long long)o->rec->id);
}

static const rv_var_rec_t *find_var(const rv_frame_rec_t *fr, const char *name)
{
    for (size_t i = 0; fr && i < fr->nvars; i++)
        if (fr->vars[i].name == name) /* pooled */
            return &fr->vars[i];
    return NULL;
}

/* The first other variable of the snapshot bound to id, or NULL. */
static const char *other_var(const rv_step_rec_t *st, uint64_t id, const char *self)
{
    for (size_t f = 0; f < st->nframes; f++)
        for (size_t k = 0; k < st->frames[f].nvars; k++)
            if (st->frames[f].vars[k].id == id && st->frames[f].vars[k].name != self)
                return st->frames[f].vars[k].name;
    return NULL;
}

/* Whether o was created since the noted step.  New to the picture is not
 * new: a cached int or a constant existed before. */
static bool created_since(const rv_describer_t *d, const rv_view_t *v, const rv_snap_obj_t *o)
{
    uint64_t from = d->skipped ? d->new_from : v->snap->rec->new_from;
    return o->rec->id >= from && !rv_view_is_inline(v, o);
}

static void describe_bindings(rv_describer_t *d, const rv_view_t *v, rv_buf_t *out)
{
    const rv_step_rec_t *st = v->snap->rec;
    if (!st->nframes)
        return;
    const rv_frame_rec_t *fr = &st->frames[st->nframes - 1];
    /* NULL when this frame is new since the noted step (a call). */
    const rv_frame_rec_t *before = rv_view_prev_frame(v, st->nframes - 1);
    for (size_t k = 0; k < fr->nvars; k++) {
        const rv_var_rec_t *var = &fr->vars[k], *old = find_var(before, var->name);
        if (old && old->id == var->id)
            continue;
        const rv_snap_obj_t *o = rv_view_object(v, var->id);
        if (!o)
            continue;
        rv_buf_printf(out, "%s now refers to ", var->name);
        const char *alias = rv_view_is_inline(v, o) ? NULL : other_var(st, var->id, var->name);
        if (alias) {
            rv_buf_printf(out, "the same %s as %s", o->rec->type, alias);
        } else {
            if (created_since(d, v, o))
                rv_buf_adds(out, "a new ");
            name_object(v, o, out);
        }
        rv_buf_adds(out, ".\n");
    }
    for (size_t k = 0; before && k < before->nvars; k++)
        if (!find_var(fr, before->vars[k].name))
            rv_buf_printf(out, "%s was deleted.\n", before->vars[k].name);
    const rv_snap_obj_t *ret = fr->has_return ? rv_view_object(v, fr->ret) : NULL;
    if (ret) {
        rv_buf_printf(out, "%s %s ", fr->function, fr->yields ? "yields" : "returns");
        const char *alias = rv_view_is_inline(v, ret) ? NULL : other_var(st, fr->ret, NULL);
        if (alias) {
            rv_buf_printf(out, "the %s %s refers to", ret->rec->type, alias);
        } else {
            if (created_since(d, v, ret))
                rv_buf_adds(out, "a new ");
            name_object(v, ret, out);
        }
        rv_buf_adds(out, ".\n");
    }
}

/* Who refers to o: "a" for a variable, "a[0]" for an item of a container a
 * variable is bound to, "#12[0]" otherwise.  Three are named, then
 * "and 2 more"; returns how many there are. */
static void add_referrer(rv_buf_t *names, size_t *n, const char *text)
{
    if ((*n)++ < 3) {
        if (names->len)
            rv_buf_addc(names, '\n');
        rv_buf_adds(names, text);
    }
}

static size_t referrers(const rv_view_t *v, const rv_snap_obj_t *o, rv_buf_t *out)
{
    const rv_snapshot_t *s = v->snap;
    const rv_step_rec_t *st = s->rec;
    size_t n = 0;
    rv_buf_t names = RV_BUF_INIT, one = RV_BUF_INIT;
    for (size_t f = 0; f < st->nframes; f++)
        for (size_t k = 0; k < st->frames[f].nvars; k++)
            if (st->frames[f].vars[k].id == o->rec->id)
                add_referrer(&names, &n, st->frames[f].vars[k].name);
    for (size_t i = 0; i < s->nobjects; i++) {
        const rv_snap_obj_t *p = &s->objects[i];
        for (size_t r = 0; r < p->nrefs; r++) {
            const rv_ref_rec_t *ref = &p->refs[r];
            if (ref->target != o->rec->id || ref->kind == RV_REF_KEY || ref->weak)
                continue;
            const char *holder = other_var(st, p->rec->id, NULL);
            rv_buf_truncate(&one, 0);
            if (holder)
                rv_buf_adds(&one, holder);
            else
                rv_buf_printf(&one, "#%llu", (unsigned long long)p->rec->id);
            if (ref->kind == RV_REF_INDEX)
                rv_buf_printf(&one, "[%zu]", ref->index);
            else if (ref->kind == RV_REF_VALUE)
                rv_buf_printf(&one, "[%s]", ref->label);
            else if (ref->kind == RV_REF_NAMED)
                rv_buf_printf(&one, ".%s", ref->label);
            add_referrer(&names, &n, rv_buf_cstr(&one));
        }
    }
    /* "a, b and c", "a, b, c and 2 more" */
    size_t named = n < 3 ? n : 3, k = 0;
    for (const char *p = rv_buf_cstr(&names); *p; k++) {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p);
        if (k)
            rv_buf_adds(out, k + 1 == named && n == named ? " and " : ", ");
        rv_buf_add(out, p, len);
        p += len + (nl != NULL);
    }
    if (n > named)
        rv_buf_printf(out, " and %zu more", n - named);
    rv_buf_free(&names);
    rv_buf_free(&one);
    return n;
}

void rv_describe(rv_describer_t *d, const rv_view_t *v, rv_buf_t *out)
{
    const rv_snapshot_t *s = v->snap;
    describe_bindings(d, v, out);
    for (size_t i = 0; i < v->nnodes; i++) {
        const rv_snap_obj_t *o = v->nodes[i];
        if (o->change != RV_CHANGE_MUTATED)
            continue;
        rv_buf_t who = RV_BUF_INIT;
        size_t n = referrers(v, o, &who);
        rv_buf_printf(out, "%s #%llu was changed in place", o->rec->type,
                      (unsigned long long)o->rec->id);
        if (n > 1)
            rv_buf_printf(out, "; %s refer to it", rv_buf_cstr(&who));
        rv_buf_adds(out, ".\n");
        rv_buf_free(&who);
    }
    /* Atomic values drawn inline are not named when they go. */
    bool all = v->opt->heap_all;
    for (size_t i = 0; i < s->nfreed; i++)
        if (all || !rv_view_atomic_type(s->freed_types[i]))
            rv_buf_printf(out, "%s #%llu was freed.\n", s->freed_types[i],
                          (unsigned long long)s->freed[i]);
    for (size_t i = 0; i < s->nunreachable; i++) {
        if (rv_idmap_has(&d->unreachable, s->unreachable[i]))
            continue;
        const rv_state_obj_t *so = rv_state_get(s->state, s->unreachable[i]);
        const char *type = so ? so->rec->type : NULL;
        if (!all && so && so->rec->inline_)
            continue;
        rv_buf_printf(out,
                      "%s #%llu is unreachable but still alive: a reference cycle or the "
                      "interpreter holds it.\n",
                      type ? type : "object", (unsigned long long)s->unreachable[i]);
    }
}

void rv_describe_note(rv_describer_t *d, const rv_snapshot_t *s)
{
    rv_idmap_clear(&d->unreachable);
    for (size_t i = 0; i < s->nunreachable; i++)
        rv_idmap_put(&d->unreachable, s->unreachable[i], (void *)1);
    rv_step_free_frames(&d->noted);
    d->noted = *s->rec;
    d->noted.changed = NULL;
    d->noted.freed = NULL;
    rv_step_copy_frames(&d->noted, s->rec);
    d->prev = &d->noted;
    d->skipped = false;
}

void rv_describe_skip(rv_describer_t *d, const rv_snapshot_t *s)
{
    if (!d->skipped)
        d->new_from = s->rec->new_from;
    d->skipped = true;
}
