/* src/export/text.c - the shown steps as text, for the terminal:
 *
 *   Step 4 of 5, line 4
 *      3    b = copy.copy(a)
 *   >  4    b[0].append(5)
 *      5    print(a)
 *   <narration>
 *   <what changed, in words>
 *   Frames
 *     <module>
 *       a -> #729
 *   Objects
 *     #729 list, refcount 1, 72 bytes
 *       [0] -> #727
 *     #727 list, refcount 2, 120 bytes  [mutated]
 *       [0] 1
 *
 * Change marks are words; colours only add to them (and only when asked).
 *
 * For the pager (rv_export_text_paged) each step is rendered into a page of
 * its own when the pager first asks for it, a little differently: the code
 * excerpt leaves out the lesson's comments (the narration is printed below
 * it, the title is on the pager's status line), and RV_WRAP_HANG marks say
 * where continuation lines of a wrapped line start.  Written to a file the
 * text stays as it always was (the golden tests compare it byte for byte). */
#include "export/export.h"

#include <string.h>

#include "base/alloc.h"
#include "export/pager.h"
#include "export/walk.h"
#include "export/wrap.h"

typedef struct text_ctx {
    const rv_export_input_t *in;
    rv_buf_t *out;
    bool pager;          /* a page for the pager (see above) */
} text_ctx_t;

/* Where continuation lines of the current line start, in a page. */
static void hang(text_ctx_t *c)
{
    if (c->pager)
        rv_buf_adds(c->out, RV_WRAP_HANG);
}

static void colored(text_ctx_t *c, const char *sgr, const char *text)
{
    if (c->in->color)
        rv_buf_printf(c->out, "\033[%sm%s\033[0m", sgr, text);
    else
        rv_buf_adds(c->out, text);
}

/* Whether source line n (from 1) is one the excerpt may show: in a page
 * not one of the lesson's own comments. */
static bool showable(const text_ctx_t *c, int n)
{
    const rv_export_input_t *in = c->in;
    return !c->pager || !in->lesson_comment || n < 1 || (size_t)n > in->nlines ||
           !in->lesson_comment[n - 1];
}

/* The source lines around `line`, the current one marked: the one before
 * and the one after it that the excerpt may show. */
static void write_code(text_ctx_t *c, int line)
{
    const char *p = c->in->code;
    if (!p || line < 1)
        return;
    int first = line - 1, last = line + 1;
    while (first > 0 && !showable(c, first))
        first--;
    while ((size_t)last <= c->in->nlines && !showable(c, last))
        last++;
    int n = 1;
    while (*p) {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p);
        if (n == line || ((n == first || n == last) && showable(c, n))) {
            char head[32];
            snprintf(head, sizeof head, "%s%4d    ", n == line ? ">" : " ", n);
            if (n == line)
                colored(c, "1", head);
            else
                rv_buf_adds(c->out, head);
            size_t indent = strspn(p, " \t");
            rv_buf_add(c->out, p, indent < len ? indent : len);
            hang(c);
            if (indent < len)
                rv_buf_add(c->out, p + indent, len - indent);
            rv_buf_addc(c->out, '\n');
        }
        if (!nl || n >= last)
            break;
        p = nl + 1;
        n++;
    }
}

static const char *mark_of(const rv_snap_obj_t *o)
{
    return o->change == RV_CHANGE_NEW ? "new" : o->change == RV_CHANGE_MUTATED ? "mutated" : NULL;
}

/* "-> #12" or the inline value. */
static void write_target(text_ctx_t *c, const rv_view_t *v, const rv_snap_obj_t *t, bool inl)
{
    if (!t) {
        rv_buf_adds(c->out, "-> ?");
    } else if (inl) {
        rv_view_short_repr(v, t, c->out);
    } else {
        rv_buf_printf(c->out, "-> #%llu", (unsigned long long)t->rec->id);
    }
}

static void write_frames(text_ctx_t *c, const rv_view_t *v)
{
    const rv_step_rec_t *st = v->snap->rec;
    rv_buf_adds(c->out, "Frames\n");
    size_t gap_slot, hidden = rv_view_frames_hidden(v, &gap_slot);
    for (size_t f = 0; f < st->nframes; f++) {
        const rv_frame_rec_t *fr = &st->frames[f];
        if (hidden && f == gap_slot)
            rv_buf_printf(c->out, "  ... %zu more frame%s\n", hidden, hidden == 1 ? "" : "s");
        if (rv_view_frame_slot(v, f) == SIZE_MAX)
            continue;
        rv_buf_printf(c->out, "  %s%s\n", fr->function, f + 1 == st->nframes && f ? "  (active)" : "");
        size_t width = 0;
        for (size_t k = 0; k < fr->nvars; k++)
            if (strlen(fr->vars[k].name) > width)
                width = strlen(fr->vars[k].name);
        if (fr->has_return && strlen(RV_VIEW_RETURN_LABEL) > width)
            width = strlen(RV_VIEW_RETURN_LABEL);
        for (size_t k = 0; k < fr->nvars; k++) {
            const rv_snap_obj_t *t = rv_view_object(v, fr->vars[k].id);
            rv_buf_printf(c->out, "    %-*s ", (int)width, fr->vars[k].name);
            hang(c);
            write_target(c, v, t, t && rv_view_is_inline(v, t));
            rv_buf_addc(c->out, '\n');
        }
        /* What the frame returns (or yields), Python Tutor's last row. */
        if (fr->has_return) {
            const rv_snap_obj_t *t = rv_view_object(v, fr->ret);
            rv_buf_printf(c->out, "    %-*s ", (int)width, RV_VIEW_RETURN_LABEL);
            hang(c);
            write_target(c, v, t, t && rv_view_is_inline(v, t));
            rv_buf_addc(c->out, '\n');
        }
    }
}

static void write_object(text_ctx_t *c, const rv_view_t *v, size_t i, rv_view_ref_t *refs)
{
    const rv_snap_obj_t *o = v->nodes[i];
    rv_buf_printf(c->out, "  #%llu ", (unsigned long long)o->rec->id);
    hang(c);
    rv_buf_printf(c->out, "%s, refcount %zu, %zu bytes", o->rec->type, o->refcount, o->rec->size);
    if (o->nrefs == 0) {
        rv_buf_adds(c->out, ": ");
        rv_view_short_repr(v, o, c->out);
    }
    const char *mark = mark_of(o);
    if (mark) {
        char word[16];
        snprintf(word, sizeof word, "  [%s]", mark);
        colored(c, o->change == RV_CHANGE_NEW ? "32" : "33", word);
    }
    rv_buf_addc(c->out, '\n');
    if (v->cut[i]) {
        rv_buf_printf(c->out, "    ... %zu references not followed (depth limit)\n", rv_view_ref_count(o));
        return;
    }
    size_t n = rv_view_refs(v, o, refs);
    for (size_t k = 0; k < n; k++) {
        if (!refs[k].ref) {
            rv_buf_printf(c->out, "    ... %zu more\n", refs[k].hidden);
            continue;
        }
        char label[256];
        rv_view_ref_label(&refs[k], label, sizeof label);
        switch (refs[k].ref->kind) {
        case RV_REF_INDEX:
            rv_buf_printf(c->out, "    [%s] ", label);
            break;
        case RV_REF_VALUE:
            rv_buf_printf(c->out, "    %s: ", label);
            break;
        case RV_REF_MEMBER:
            rv_buf_adds(c->out, "    * ");
            break;
        default:
            rv_buf_printf(c->out, "    .%s ", label);
            break;
        }
        hang(c);
        if (!refs[k].target && refs[k].ref->weak)
            rv_buf_printf(c->out, "-> #%llu", (unsigned long long)refs[k].ref->target);
        else
            write_target(c, v, refs[k].target, refs[k].inline_value || refs[k].method);
        if (refs[k].ref->weak)
            rv_buf_adds(c->out, " (weak)");
        if (refs[k].changed)
            colored(c, "33", "  (changed)");
        rv_buf_addc(c->out, '\n');
    }
}

/* One step, as the text output and a page show it. */
static void render_step(text_ctx_t *c, const rv_view_t *v, size_t nth, const char *desc)
{
    const rv_export_input_t *in = c->in;
    const rv_snapshot_t *s = v->snap;
    size_t nplanned = in->shown ? in->nplanned : in->trace->nsteps;
    char head[96];
    snprintf(head, sizeof head, "Step %zu of %zu, line %d", nth, nplanned, s->rec->line);
    colored(c, "1", head);
    /* A step finished its line; the other events say what happened at it. */
    static const char *const event_words[] = {
        [RV_EV_STEP] = "", [RV_EV_CALL] = "  (call)", [RV_EV_RETURN] = "  (return)",
        [RV_EV_EXCEPTION] = "  (exception)", [RV_EV_LINE] = "",
    };
    rv_buf_adds(c->out, event_words[s->rec->event]);
    rv_buf_addc(c->out, '\n');
    write_code(c, s->rec->line);
    const char *narration = in->narration ? in->narration[s->step] : NULL;
    if (narration)
        rv_buf_printf(c->out, "\n%s\n", narration);
    if (*desc)
        rv_buf_printf(c->out, "\n%s", desc);
    rv_buf_addc(c->out, '\n');
    write_frames(c, v);
    rv_buf_adds(c->out, "Objects\n");
    rv_view_ref_t *refs = rv_malloc(rv_view_refs_room(v->opt) * sizeof *refs);
    for (size_t i = 0; i < v->nnodes; i++)
        write_object(c, v, i, refs);
    rv_free(refs);
    if (s->stdout_len) {
        rv_buf_adds(c->out, "Output so far\n");
        const char *p = s->stdout_text, *end = p + s->stdout_len;
        while (p < end) {
            const char *nl = memchr(p, '\n', (size_t)(end - p));
            const char *stop = nl ? nl : end;
            rv_buf_adds(c->out, "  ");
            rv_buf_add(c->out, p, (size_t)(stop - p));
            rv_buf_addc(c->out, '\n');
            p = nl ? nl + 1 : end;
        }
    }
    rv_buf_addc(c->out, '\n');
}

/* The lesson's title and summary, before the first step. */
static void write_preamble(text_ctx_t *c)
{
    const rv_export_input_t *in = c->in;
    if (!in->lesson_title)
        return;
    if (!c->pager) {
        colored(c, "1", in->lesson_title);
        rv_buf_adds(c->out, "\n");
    }
    if (in->lesson_summary)
        rv_buf_printf(c->out, "%s\n", in->lesson_summary);
    rv_buf_addc(c->out, '\n');
}

/* Where the program stopped, after the last step. */
static void write_epilogue(text_ctx_t *c)
{
    const rv_export_error_t *e = c->in->error;
    if (e)
        rv_buf_printf(c->out, "The program stopped at line %d: %s: %s\n", e->line, e->type,
                      e->message);
}

/******************************************************************************/
/* the text output                                                            */

typedef struct text_file {
    text_ctx_t c;
    FILE *file;
} text_file_t;

/* Each step is written as soon as it is rendered: a long trace's text is
 * never all in memory. */
static int write_step(const rv_export_input_t *in, const rv_view_t *v, size_t nth,
                      const char *desc, void *ctx)
{
    text_file_t *t = ctx;
    render_step(&t->c, v, nth, desc);
    int err = fwrite(t->c.out->data, 1, t->c.out->len, t->file) != t->c.out->len;
    rv_buf_truncate(t->c.out, 0);
    return err ? -1 : 0;
}

int rv_export_text(const rv_export_input_t *in, FILE *out)
{
    rv_buf_t b = RV_BUF_INIT;
    text_file_t t = { { in, &b, false }, out };
    write_preamble(&t.c);
    int err = rv_export_walk(in, write_step, &t);
    if (!err)
        write_epilogue(&t.c);
    if (!err && b.len)
        err = fwrite(b.data, 1, b.len, out) != b.len;
    rv_buf_free(&b);
    return err || ferror(out) ? -1 : 0;
}

/******************************************************************************/
/* pages for the pager                                                        */

typedef struct text_pages {
    text_ctx_t c;
    rv_buf_t buf;
    rv_export_walker_t walker;
    char **text;          /* per page, once rendered */
    size_t npages, done;  /* pages 0..done-1 are rendered */
} text_pages_t;

/* Renders the pages up to k: the walker only goes forward, and a step is
 * described against the one before it. */
static const char *page_text(void *ctx, size_t k)
{
    text_pages_t *t = ctx;
    while (t->done <= k) {
        const rv_view_t *v;
        size_t nth;
        const char *desc;
        rv_buf_truncate(&t->buf, 0);
        if (t->done == 0)
            write_preamble(&t->c);
        if (rv_export_walker_next(&t->walker, &v, &nth, &desc))
            render_step(&t->c, v, nth, desc);
        if (t->done + 1 == t->npages)
            write_epilogue(&t->c);
        t->text[t->done++] = rv_buf_steal(&t->buf, NULL);
    }
    return t->text[k];
}

static bool page_ready(void *ctx, size_t k)
{
    const text_pages_t *t = ctx;
    return k < t->done;
}

int rv_export_text_paged(const rv_export_input_t *in)
{
    const rv_trace_t *tr = in->trace;
    size_t npages = 0;
    for (size_t i = 0; i < tr->nsteps; i++)
        npages += !in->shown || in->shown[i];
    if (npages == 0)
        return rv_export_text(in, stdout);
    size_t *numbers = rv_malloc(npages * sizeof *numbers);
    for (size_t i = 0, k = 0; i < tr->nsteps; i++)
        if (!in->shown || in->shown[i])
            numbers[k++] = in->shown ? in->shown[i] : i + 1;
    text_pages_t t = { .npages = npages };
    t.c = (text_ctx_t){ in, &t.buf, true };
    rv_buf_init(&t.buf);
    rv_export_walker_init(&t.walker, in, false);
    t.text = rv_calloc(npages, sizeof *t.text);
    rv_pager_source_t src = {
        .title = in->lesson_title ? in->lesson_title : in->name,
        .npages = npages,
        .numbers = numbers,
        .total = in->shown ? in->nplanned : tr->nsteps,
        .page = page_text,
        .ready = page_ready,
        .ctx = &t,
    };
    int r = rv_pager_run(&src);
    for (size_t k = 0; k < t.done; k++)
        rv_free(t.text[k]);
    rv_free(t.text);
    rv_free(numbers);
    rv_export_walker_free(&t.walker);
    rv_buf_free(&t.buf);
    return r;
}
