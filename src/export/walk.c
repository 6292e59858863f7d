/* src/export/walk.c - the shown steps of a trace, one view at a time: the
 * cursor replays every step (a step is described against the one before
 * it), and only shown steps are laid out. */
#include "export/describe.h"
#include "export/export.h"

int rv_export_walk(const rv_export_input_t *in, rv_step_fn fn, void *ctx)
{
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
        if (nth) {
            rv_view_t v;
            rv_view_build(&v, s, opt);
            rv_view_set_prev(&v, d.prev);
            rv_buf_truncate(&desc, 0);
            rv_describe(&d, &v, &desc);
            r = fn(in, &v, nth, rv_buf_cstr(&desc), ctx);
            rv_view_free(&v);
        }
        rv_describe_note(&d, s);
    }
    rv_buf_free(&desc);
    rv_cursor_free(&cur);
    rv_describer_free(&d);
    return r;
}
