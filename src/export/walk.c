/* src/export/walk.c - the shown steps of a trace, one view at a time: the
 * cursor replays every step (a step is described against the one before
 * it), and only shown steps are laid out. */
#include "export/walk.h"

/* A shown step after hidden ones (a loop, a call) marks what changed since
 * the step shown before it, not only since the step recorded before it:
 * `changed` collects the ids the hidden steps marked new or mutated, and
 * `shown_ids` holds the ids the last shown step listed. */
static void note_changes(rv_export_walker_t *w, const rv_snapshot_t *s)
{
    for (size_t i = 0; i < s->nobjects; i++)
        if (s->objects[i].change != RV_CHANGE_SAME)
            rv_idmap_put(&w->changed, s->objects[i].rec->id, (void *)1);
}

/* The cursor's snapshot is rebuilt at every step: adjusting its marks for
 * the one view made of it is safe. */
static void mark_since_shown(rv_export_walker_t *w, const rv_snapshot_t *s)
{
    rv_snap_obj_t *objs = (rv_snap_obj_t *)s->objects;
    for (size_t i = 0; i < s->nobjects; i++) {
        uint64_t id = objs[i].rec->id;
        if (objs[i].change != RV_CHANGE_SAME || w->first || !rv_idmap_has(&w->changed, id))
            continue;
        objs[i].change = rv_idmap_has(&w->shown_ids, id) ? RV_CHANGE_MUTATED : RV_CHANGE_NEW;
    }
    rv_idmap_clear(&w->changed);
    rv_idmap_clear(&w->shown_ids);
    for (size_t i = 0; i < s->nobjects; i++)
        rv_idmap_put(&w->shown_ids, objs[i].rec->id, (void *)1);
}

void rv_export_walker_init(rv_export_walker_t *w, const rv_export_input_t *in)
{
    w->in = in;
    w->opt = in->view ? in->view : &rv_view_defaults;
    rv_idmap_init(&w->changed);
    rv_idmap_init(&w->shown_ids);
    w->first = true;
    rv_describer_init(&w->d);
    rv_cursor_init(&w->cur, in->trace);
    rv_buf_init(&w->desc);
    w->current = NULL;
}

/* Done with the shown step: the describer remembers its snapshot before
 * the cursor moves on (the snapshot is only valid until then). */
static void leave_current(rv_export_walker_t *w)
{
    if (!w->current)
        return;
    rv_view_free(&w->view);
    rv_describe_note(&w->d, w->current);
    w->current = NULL;
}

bool rv_export_walker_next(rv_export_walker_t *w, const rv_view_t **v, size_t *nth,
                           const char **desc)
{
    leave_current(w);
    const rv_snapshot_t *s;
    while ((s = rv_cursor_next(&w->cur)) != NULL) {
        size_t n = w->in->shown ? w->in->shown[s->step] : s->step + 1;
        if (!n) {
            note_changes(w, s);
            rv_describe_note(&w->d, s);
            continue;
        }
        mark_since_shown(w, s);
        w->first = false;
        rv_view_build(&w->view, s, w->opt);
        rv_view_set_prev(&w->view, w->d.prev);
        rv_buf_truncate(&w->desc, 0);
        rv_describe(&w->d, &w->view, &w->desc);
        w->current = s;
        *v = &w->view;
        *nth = n;
        *desc = rv_buf_cstr(&w->desc);
        return true;
    }
    return false;
}

void rv_export_walker_free(rv_export_walker_t *w)
{
    leave_current(w);
    rv_idmap_free(&w->changed);
    rv_idmap_free(&w->shown_ids);
    rv_buf_free(&w->desc);
    rv_cursor_free(&w->cur);
    rv_describer_free(&w->d);
}

int rv_export_walk(const rv_export_input_t *in, rv_step_fn fn, void *ctx)
{
    rv_export_walker_t w;
    rv_export_walker_init(&w, in);
    const rv_view_t *v;
    size_t nth;
    const char *desc;
    int r = 0;
    while (!r && rv_export_walker_next(&w, &v, &nth, &desc))
        r = fn(in, v, nth, desc, ctx);
    rv_export_walker_free(&w);
    return r;
}
