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
#include "export/describe.h"
#include "export/export.h"
#include "export/since.h"

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

typedef struct walk {
    const rv_export_input_t *in;
    const rv_view_options_t *opt;
    rv_describer_t d;
    rv_since_t since;
    rv_buf_t desc;
} walk_t;

static int show(walk_t *w, const rv_snapshot_t *cur, size_t nth, rv_step_fn fn, void *ctx)
{
    /* The view is built on a copy whose marks and frees the kept step
     * may replace; the cursor rebuilds its own at the next step. */
    rv_snapshot_t s = *cur;
    bool since = rv_since_active(&w->since);
    if (since)
        rv_since_apply(&w->since, &s);
    rv_view_t v;
    rv_view_build(&v, &s, w->opt);
    rv_view_set_prev(&v, w->d.prev);
    v.since = since ? &w->since : NULL;
    rv_buf_truncate(&w->desc, 0);
    rv_describe(&w->d, &v, &w->desc);
    int r = fn(w->in, &v, nth, rv_buf_cstr(&w->desc), ctx);
    rv_view_free(&v);
    return r;
}

/* Visits the shown steps, or with `plan` every planned step (numbered
 * among the planned ones). */
static int walk(const rv_export_input_t *in, rv_step_fn fn, void *ctx, bool plan)
{
    size_t count = 0;
    walk_t w = { .in = in, .opt = in->view ? in->view : &rv_view_defaults, .desc = RV_BUF_INIT };
    rv_describer_init(&w.d);
    rv_since_init(&w.since);
    rv_trace_cursor_t cur;
    rv_cursor_init(&cur, in->trace);
    bool planned_one = false;
    const rv_snapshot_t *s;
    int r = 0;
    while (!r && (s = rv_cursor_next(&cur)) != NULL) {
        size_t nth = in->shown ? in->shown[s->step] : s->step + 1;
        if (planned(in, s->step)) {
            if (plan)
                nth = ++count;
            if (nth)
                r = show(&w, s, nth, fn, ctx);
            rv_describe_note(&w.d, s);
            rv_since_keep(&w.since, s, next_hidden(in, s));
            planned_one = true;
        } else if (planned_one) {
            rv_describe_skip(&w.d, s);
            rv_since_hide(&w.since, s);
        } else {
            rv_describe_note(&w.d, s);
        }
    }
    rv_since_free(&w.since);
    rv_buf_free(&w.desc);
    rv_cursor_free(&cur);
    rv_describer_free(&w.d);
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
