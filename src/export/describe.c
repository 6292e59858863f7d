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
}

/* "list #12", or the value itself for an atomic one drawn inline. */
static void name_object(const rv_view_t *v, const rv_snap_obj_t *o, rv_buf_t *out)
{
    if (rv_view_is_inline(v, o)) {
        rv_buf_adds(out, o->rec->type);
        rv_buf_addc(out, ' ');
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

static void describe_bindings(rv_describer_t *d, const rv_view_t *v, rv_buf_t *out)
{
    const rv_step_rec_t *st = v->snap->rec;
    if (!st->nframes)
        return;
    const rv_frame_rec_t *fr = &st->frames[st->nframes - 1];
    const rv_frame_rec_t *before = NULL;
    if (d->prev && d->prev->nframes == st->nframes)
        before = &d->prev->frames[st->nframes - 1];
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
            if (o->change == RV_CHANGE_NEW && !rv_view_is_inline(v, o))
                rv_buf_adds(out, "a new ");
            name_object(v, o, out);
        }
        rv_buf_adds(out, ".\n");
    }
    for (size_t k = 0; before && k < before->nvars; k++)
        if (!find_var(fr, before->vars[k].name))
            rv_buf_printf(out, "%s was deleted.\n", before->vars[k].name);
}

/* Who refers to o: "a" for a variable, "a[0]" for an item of a container a
 * variable is bound to, "#12[0]" otherwise.  At most three are named. */
static size_t referrers(const rv_view_t *v, const rv_snap_obj_t *o, rv_buf_t *out)
{
    const rv_snapshot_t *s = v->snap;
    const rv_step_rec_t *st = s->rec;
    size_t n = 0;
    for (size_t f = 0; f < st->nframes; f++)
        for (size_t k = 0; k < st->frames[f].nvars; k++)
            if (st->frames[f].vars[k].id == o->rec->id && n++ < 3)
                rv_buf_printf(out, "%s%s", n > 1 ? " and " : "", st->frames[f].vars[k].name);
    for (size_t i = 0; i < s->nobjects; i++) {
        const rv_snap_obj_t *p = &s->objects[i];
        for (size_t r = 0; r < p->nrefs; r++) {
            const rv_ref_rec_t *ref = &p->refs[r];
            if (ref->target != o->rec->id || ref->kind == RV_REF_KEY || n++ >= 3)
                continue;
            const char *holder = other_var(st, p->rec->id, NULL);
            rv_buf_adds(out, n > 1 ? " and " : "");
            if (holder)
                rv_buf_adds(out, holder);
            else
                rv_buf_printf(out, "#%llu", (unsigned long long)p->rec->id);
            if (ref->kind == RV_REF_INDEX)
                rv_buf_printf(out, "[%zu]", ref->index);
            else if (ref->kind == RV_REF_VALUE)
                rv_buf_printf(out, "[%s]", ref->label);
            else if (ref->kind == RV_REF_NAMED)
                rv_buf_printf(out, ".%s", ref->label);
        }
    }
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
    for (size_t i = 0; i < s->nfreed; i++)
        rv_buf_printf(out, "%s #%llu was freed.\n", s->freed_types[i],
                      (unsigned long long)s->freed[i]);
    for (size_t i = 0; i < s->nunreachable; i++) {
        if (rv_idmap_has(&d->unreachable, s->unreachable[i]))
            continue;
        const rv_state_obj_t *so = rv_state_get(s->state, s->unreachable[i]);
        const char *type = so ? so->rec->type : NULL;
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
    d->prev = s->rec;
}
