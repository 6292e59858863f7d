/* src/export/walk.c - the shown steps of a trace, one view at a time: the
 * cursor replays every step (a step is described against the one before
 * it), and only shown steps are laid out. */
#include "export/describe.h"
#include "export/export.h"

/* A shown step after hidden ones (a loop, a call) marks what changed since
 * the step shown before it, not only since the step recorded before it:
 * `changed` collects the ids the hidden steps marked new or mutated, and
 * `shown_ids` holds the ids the last shown step listed. */
typedef struct since {
    rv_idmap_t changed, shown_ids;
} since_t;

static void note_changes(since_t *c, const rv_snapshot_t *s)
{
    for (size_t i = 0; i < s->nobjects; i++)
        if (s->objects[i].change != RV_CHANGE_SAME)
            rv_idmap_put(&c->changed, s->objects[i].rec->id, (void *)1);
}

/* The cursor's snapshot is rebuilt at every step: adjusting its marks for
 * the one view made of it is safe. */
static void mark_since_shown(since_t *c, const rv_snapshot_t *s, bool first)
{
    rv_snap_obj_t *objs = (rv_snap_obj_t *)s->objects;
    for (size_t i = 0; i < s->nobjects; i++) {
        uint64_t id = objs[i].rec->id;
        if (objs[i].change != RV_CHANGE_SAME || first || !rv_idmap_has(&c->changed, id))
            continue;
        objs[i].change = rv_idmap_has(&c->shown_ids, id) ? RV_CHANGE_MUTATED : RV_CHANGE_NEW;
    }
    rv_idmap_clear(&c->changed);
    rv_idmap_clear(&c->shown_ids);
    for (size_t i = 0; i < s->nobjects; i++)
        rv_idmap_put(&c->shown_ids, objs[i].rec->id, (void *)1);
}

/* Visits the shown steps, or with `plan` every planned step (numbered
 * among the planned ones). */
static int walk(const rv_export_input_t *in, rv_step_fn fn, void *ctx, bool plan)
{
    size_t planned = 0;
    since_t since;
    rv_idmap_init(&since.changed);
    rv_idmap_init(&since.shown_ids);
    bool first = true;
    const rv_view_options_t *opt = in->view ? in->view : &rv_view_defaults;
    rv_describer_t d;
    rv_describer_init(&d);
    rv_trace_cursor_t cur;
    rv_cursor_init(&cur, in->trace);
    rv_buf_t desc = RV_BUF_INIT;
    const rv_snapshot_t *s;
    int r = 0;
    while (!r && (s = rv_cursor_next(&cur)) != NULL) {
        size_t nth = in->shown ? in->shown[s->step] : s->step + 1;
        if (plan)
            nth = !in->planned || in->planned[s->step] ? ++planned : 0;
        if (nth) {
            mark_since_shown(&since, s, first);
            first = false;
            rv_view_t v;
            rv_view_build(&v, s, opt);
            rv_view_set_prev(&v, d.prev);
            rv_buf_truncate(&desc, 0);
            rv_describe(&d, &v, &desc);
            r = fn(in, &v, nth, rv_buf_cstr(&desc), ctx);
            rv_view_free(&v);
        }
        else
            note_changes(&since, s);
        rv_describe_note(&d, s);
    }
    rv_idmap_free(&since.changed);
    rv_idmap_free(&since.shown_ids);
    rv_buf_free(&desc);
    rv_cursor_free(&cur);
    rv_describer_free(&d);
    return r;
}

int rv_export_walk(const rv_export_input_t *in, rv_step_fn fn, void *ctx)
{
    return walk(in, fn, ctx, false);
}

int rv_export_walk_plan(const rv_export_input_t *in, rv_step_fn fn, void *ctx)
{
    return walk(in, fn, ctx, true);
}
