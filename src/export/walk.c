/* src/export/walk.c - the shown steps of a trace, one view at a time: the
 * cursor replays every step, and only shown steps are laid out.
 *
 * A planned step is marked and described against the planned step before
 * it, which is what the reader saw last: new and mutated objects, freed
 * ones, names (re)bound, in words and in the diagrams.  When the step
 * recorded just before it is planned too, the snapshot's own marks are
 * exactly that; after hidden steps, since.c measures them from the kept
 * step.  The first planned step is compared with the step recorded before
 * it (what its statement did), as there is nothing shown to compare with.
 * --step N and --final show one planned step, marked as among the others. */
#include "export/walk.h"

/* Whether step i is in the plan (shown, or left out only by --step N or
 * --final): marks are measured from the planned step before. */
static bool planned(const rv_export_input_t *in, size_t i)
{
    return in->planned ? in->planned[i] : !in->shown || in->shown[i];
}

/* Whether the step after s is recorded and not planned. */
static bool next_hidden(const rv_export_input_t *in, const rv_snapshot_t *s)
{
    return s->step + 1 < in->trace->nsteps && !planned(in, s->step + 1);
}

void rv_export_walker_init(rv_export_walker_t *w, const rv_export_input_t *in, bool plan)
{
    *w = (rv_export_walker_t){ .in = in, .opt = in->view ? in->view : &rv_view_defaults,
                               .plan = plan, .desc = RV_BUF_INIT };
    rv_describer_init(&w->d);
    rv_since_init(&w->since);
    rv_cursor_init(&w->cur, in->trace);
}

/* A planned step passed: what the next one is measured from. */
static void pass_planned(rv_export_walker_t *w, const rv_snapshot_t *s)
{
    rv_describe_note(&w->d, s);
    rv_since_keep(&w->since, s, next_hidden(w->in, s));
    w->planned_one = true;
}

/* Done with the shown step, before the cursor moves on (its snapshot is
 * only valid until then). */
static void leave_current(rv_export_walker_t *w)
{
    if (!w->current)
        return;
    rv_view_free(&w->view);
    pass_planned(w, w->current);
    w->current = NULL;
}

/* The view is built on a copy whose marks and frees the kept step may
 * replace; the cursor rebuilds its own at the next step. */
static void show(rv_export_walker_t *w, const rv_snapshot_t *s)
{
    w->snap = *s;
    bool since = rv_since_active(&w->since);
    if (since)
        rv_since_apply(&w->since, &w->snap);
    rv_view_build(&w->view, &w->snap, w->opt);
    rv_view_set_prev(&w->view, w->d.prev);
    w->view.since = since ? &w->since : NULL;
    rv_buf_truncate(&w->desc, 0);
    rv_describe(&w->d, &w->view, &w->desc);
    w->current = s;
}

bool rv_export_walker_next(rv_export_walker_t *w, const rv_view_t **v, size_t *nth,
                           const char **desc)
{
    leave_current(w);
    const rv_snapshot_t *s;
    while ((s = rv_cursor_next(&w->cur)) != NULL) {
        if (!planned(w->in, s->step)) {
            if (w->planned_one) {
                rv_describe_skip(&w->d, s);
                rv_since_hide(&w->since, s);
            } else {
                rv_describe_note(&w->d, s);
            }
            continue;
        }
        size_t n = w->in->shown ? w->in->shown[s->step] : s->step + 1;
        if (w->plan)
            n = ++w->count;
        if (!n) {
            pass_planned(w, s);
            continue;
        }
        show(w, s);
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
    rv_since_free(&w->since);
    rv_buf_free(&w->desc);
    rv_cursor_free(&w->cur);
    rv_describer_free(&w->d);
}

static int walk(const rv_export_input_t *in, rv_step_fn fn, void *ctx, bool plan)
{
    rv_export_walker_t w;
    rv_export_walker_init(&w, in, plan);
    const rv_view_t *v;
    size_t nth;
    const char *desc;
    int r = 0;
    while (!r && rv_export_walker_next(&w, &v, &nth, &desc))
        r = fn(in, v, nth, desc, ctx);
    rv_export_walker_free(&w);
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
