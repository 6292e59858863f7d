/* src/export/delta.c - the delta trace (docs/delta-format.md): one line per
 * step with only what changed since the step before, written from the
 * recorder's own stored changes (no snapshot is rebuilt), and a keyframe
 * of the whole state every so often.  trace/delta.c reads it back into a
 * trace, which every export then reads as it reads a recorded one. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "export/export.h"
#include "export/jsonw.h"
#include "trace/delta.h"
#include "trace/store.h"

static const char *const event_names[] = { "step", "call", "return", "exception" };

/* flags: mutable 1, inline 2, repr_cut 4, vbool 8, repr_kind << 4,
 * vkind << 8. */
static unsigned rec_flags(const rv_obj_rec_t *r)
{
    return (unsigned)r->mutable_ | (unsigned)r->inline_ << 1 | (unsigned)r->repr_cut << 2 |
           (unsigned)r->vbool << 3 | (unsigned)r->repr_kind << 4 | (unsigned)r->vkind << 8;
}

/* Whether an int's repr is its value's digits (then it is not written). */
static bool repr_is_value(const rv_obj_rec_t *r)
{
    if (r->vkind != RV_VAL_INT || !r->repr)
        return false;
    char text[24];
    snprintf(text, sizeof text, "%lld", (long long)r->vint);
    return strcmp(text, r->repr) == 0;
}

/* was: the reference this one replaces, or NULL.  A dict value replaced
 * under the same key is [2, target]: its key and label are was's. */
static void put_ref(rv_jw_t *w, const rv_ref_rec_t *ref, const rv_ref_rec_t *was)
{
    rv_jw_c(w, '[');
    rv_jw_uint(w, (uint64_t)ref->kind | (ref->weak ? 8 : 0));
    rv_jw_c(w, ',');
    rv_jw_uint(w, ref->target);
    if (ref->kind == RV_REF_VALUE && was && was->kind == RV_REF_VALUE && was->key == ref->key &&
        was->label == ref->label) {
        rv_jw_c(w, ']');
        return;
    }
    switch (ref->kind) {
    case RV_REF_INDEX:
        rv_jw_c(w, ',');
        rv_jw_uint(w, ref->index);
        break;
    case RV_REF_VALUE:
        rv_jw_c(w, ',');
        rv_jw_uint(w, ref->key);
        rv_jw_c(w, ',');
        rv_jw_str(w, ref->label ? ref->label : "");
        break;
    case RV_REF_NAMED:
        rv_jw_c(w, ',');
        rv_jw_str(w, ref->label ? ref->label : "");
        break;
    default:
        break;
    }
    rv_jw_c(w, ']');
}

/* [id,type,size,flags,repr,value] then, when it has references,
 * refs_from,nrefs,[stored refs] and, for stored positions, [positions].
 * A keyframe passes all of an object's references instead (refs). */
static bool same_fields(const rv_obj_rec_t *a, const rv_obj_rec_t *b)
{
    if (a->type != b->type || a->size != b->size || rec_flags(a) != rec_flags(b))
        return false;
    if ((a->repr || b->repr) && (!a->repr || !b->repr || strcmp(a->repr, b->repr) != 0))
        return false;
    if (a->vkind == RV_VAL_STR || a->vkind == RV_VAL_BIGINT)
        return a->vtext && b->vtext && strcmp(a->vtext, b->vtext) == 0;
    if (a->vkind == RV_VAL_FLOAT)
        return memcmp(&a->vfloat, &b->vfloat, sizeof a->vfloat) == 0;
    return a->vkind != RV_VAL_INT || a->vint == b->vint;
}

/* A step's record of an object whose state was known (prev, or NULL):
 * when only its references changed, [id, refs_from, nrefs, [refs]
 * (, [positions])], the other fields being prev's. */
static void put_rec_refs(rv_jw_t *w, const rv_obj_rec_t *r, const rv_state_obj_t *prev)
{
    rv_jw_c(w, ',');
    rv_jw_uint(w, r->refs_from);
    rv_jw_c(w, ',');
    rv_jw_uint(w, r->nrefs);
    rv_jw_lit(w, ",[");
    for (size_t i = 0; i < r->nstored; i++) {
        if (i)
            rv_jw_c(w, ',');
        size_t p = r->pos ? r->pos[i] : r->refs_from + i;
        put_ref(w, &r->refs[i], prev && p < prev->nrefs ? &prev->refs[p] : NULL);
    }
    rv_jw_c(w, ']');
    if (r->pos) {
        rv_jw_lit(w, ",[");
        for (size_t i = 0; i < r->nstored; i++) {
            if (i)
                rv_jw_c(w, ',');
            rv_jw_uint(w, r->pos[i]);
        }
        rv_jw_c(w, ']');
    }
}

static void put_rec(rv_jw_t *w, const rv_obj_rec_t *r, const rv_ref_rec_t *refs, size_t nrefs,
                    const rv_state_obj_t *prev)
{
    rv_jw_c(w, '[');
    rv_jw_uint(w, r->id);
    if (!refs && prev && same_fields(prev->rec, r)) {
        put_rec_refs(w, r, prev);
        rv_jw_c(w, ']');
        return;
    }
    rv_jw_c(w, ',');
    rv_jw_str(w, r->type ? r->type : "");
    rv_jw_c(w, ',');
    rv_jw_uint(w, r->size);
    rv_jw_c(w, ',');
    rv_jw_uint(w, rec_flags(r));
    rv_jw_c(w, ',');
    if (!r->repr || repr_is_value(r))
        rv_jw_lit(w, r->repr ? "0" : "null");
    else
        rv_jw_str(w, r->repr);
    rv_jw_c(w, ',');
    switch (r->vkind) {
    case RV_VAL_INT:
        rv_jw_num(w, (double)r->vint);
        break;
    case RV_VAL_FLOAT: {
        /* the exact bits: %.17g reads back as the same double */
        char text[40];
        if (isfinite(r->vfloat))
            snprintf(text, sizeof text, "\"%.17g\"", r->vfloat);
        else
            snprintf(text, sizeof text, "\"%s\"", isnan(r->vfloat) ? "nan" : r->vfloat > 0 ? "inf" : "-inf");
        rv_jw_lit(w, text);
        break;
    }
    case RV_VAL_BIGINT:
    case RV_VAL_STR:
        rv_jw_bytes(w, r->vtext ? r->vtext : "", r->vtext ? strlen(r->vtext) : 0);
        break;
    default:
        rv_jw_lit(w, "null");
        break;
    }
    if (refs) {
        rv_jw_lit(w, ",0,");
        rv_jw_uint(w, nrefs);
        rv_jw_lit(w, ",[");
        for (size_t i = 0; i < nrefs; i++) {
            if (i)
                rv_jw_c(w, ',');
            put_ref(w, &refs[i], NULL);
        }
        rv_jw_c(w, ']');
    } else if (r->nrefs || r->nstored || r->refs_from) {
        put_rec_refs(w, r, prev);
    }
    rv_jw_c(w, ']');
}

static void put_vars(rv_jw_t *w, const rv_var_rec_t *vars, size_t from, size_t n)
{
    rv_jw_c(w, '[');
    for (size_t v = from; v < n; v++) {
        if (v > from)
            rv_jw_c(w, ',');
        rv_jw_c(w, '[');
        rv_jw_str(w, vars[v].name);
        rv_jw_c(w, ',');
        rv_jw_uint(w, vars[v].id);
        rv_jw_c(w, ']');
    }
    rv_jw_c(w, ']');
}

/* A frame's line (unless the step's), its return value and yields. */
static void put_frame_tail(rv_jw_t *w, const rv_frame_rec_t *fr, int line)
{
    if (fr->line != line) {
        rv_jw_lit(w, ",\"l\":");
        rv_jw_num(w, fr->line);
    }
    if (fr->has_return) {
        rv_jw_lit(w, ",\"r\":");
        rv_jw_uint(w, fr->ret);
    }
    if (fr->yields)
        rv_jw_lit(w, ",\"y\":1");
}

/* A frame pushed (or every frame, in a keyframe): all of it. */
static void put_full_frame(rv_jw_t *w, size_t i, const rv_frame_rec_t *fr, int line)
{
    rv_jw_lit(w, "{\"i\":");
    rv_jw_uint(w, i);
    rv_jw_lit(w, ",\"fn\":");
    rv_jw_str(w, fr->function);
    rv_jw_lit(w, ",\"id\":");
    rv_jw_uint(w, fr->frame);
    if (fr->globals) {
        rv_jw_lit(w, ",\"g\":");
        rv_jw_uint(w, fr->globals);
    }
    rv_jw_lit(w, ",\"v\":");
    put_vars(w, fr->vars, 0, fr->nvars);
    put_frame_tail(w, fr, line);
    rv_jw_c(w, '}');
}

/* How many of a kept frame's variables keep their names and places. */
static size_t kept_names(const rv_frame_rec_t *was, const rv_frame_rec_t *fr)
{
    size_t k = 0;
    while (k < was->nvars && k < fr->nvars && was->vars[k].name == fr->vars[k].name)
        k++;
    return k;
}

/* A frame kept from the step before, changed other than by variables
 * rebound in place (the step's "vs"): those kept ("vk", when some went),
 * those appended ("v"), its function, line, return value. */
static void put_frame_change(rv_jw_t *w, size_t i, const rv_frame_rec_t *was,
                             const rv_frame_rec_t *fr, int line)
{
    size_t k = kept_names(was, fr);
    rv_jw_lit(w, "{\"i\":");
    rv_jw_uint(w, i);
    if (was->function != fr->function) {
        rv_jw_lit(w, ",\"fn\":");
        rv_jw_str(w, fr->function);
    }
    if (k < was->nvars) {
        rv_jw_lit(w, ",\"vk\":");
        rv_jw_uint(w, k);
    }
    if (k < fr->nvars) {
        rv_jw_lit(w, ",\"v\":");
        put_vars(w, fr->vars, k, fr->nvars);
    }
    put_frame_tail(w, fr, line);
    rv_jw_c(w, '}');
}

/* Whether kept frame i needs an entry: anything changed but variables
 * rebound in place.  Unmentioned, a frame keeps its line, but the
 * innermost takes the step's. */
static bool needs_entry(const rv_step_rec_t *prev, const rv_step_rec_t *s, size_t i)
{
    const rv_frame_rec_t *was = &prev->frames[i], *fr = &s->frames[i];
    int line_then = i + 1 == s->nframes ? s->line : was->line;
    size_t k = kept_names(was, fr);
    return was->function != fr->function || fr->line != line_then || k < was->nvars ||
           k < fr->nvars || was->has_return != fr->has_return || was->ret != fr->ret ||
           was->yields != fr->yields;
}

static void put_frames(rv_jw_t *w, const rv_step_rec_t *prev, const rv_step_rec_t *s)
{
    size_t kept = 0, np = prev ? prev->nframes : 0;
    while (kept < np && kept < s->nframes && prev->frames[kept].frame == s->frames[kept].frame)
        kept++;
    if (kept < np) {
        rv_jw_lit(w, ",\"pop\":");
        rv_jw_uint(w, np - kept);
    }
    bool any = false;
    for (size_t i = 0; i < s->nframes; i++) {
        if (i < kept && !needs_entry(prev, s, i))
            continue;
        rv_jw_lit(w, any ? "," : ",\"f\":[");
        any = true;
        if (i < kept)
            put_frame_change(w, i, &prev->frames[i], &s->frames[i], s->line);
        else
            put_full_frame(w, i, &s->frames[i], s->line);
    }
    if (any)
        rv_jw_c(w, ']');
    /* variables rebound in place: [frame, position, id] */
    any = false;
    for (size_t i = 0; i < kept; i++) {
        const rv_frame_rec_t *was = &prev->frames[i], *fr = &s->frames[i];
        if (was->vars == fr->vars)
            continue;
        size_t k = kept_names(was, fr);
        for (size_t v = 0; v < k; v++) {
            if (was->vars[v].id == fr->vars[v].id)
                continue;
            rv_jw_lit(w, any ? ",[" : ",\"vs\":[[");
            any = true;
            rv_jw_uint(w, i);
            rv_jw_c(w, ',');
            rv_jw_uint(w, v);
            rv_jw_c(w, ',');
            rv_jw_uint(w, fr->vars[v].id);
            rv_jw_c(w, ']');
        }
    }
    if (any)
        rv_jw_c(w, ']');
}

static bool same_ref(const rv_ref_rec_t *x, const rv_ref_rec_t *y)
{
    return x->kind == y->kind && x->target == y->target && x->key == y->key &&
           x->index == y->index && x->label == y->label && x->weak == y->weak;
}

static bool same_rec(const rv_obj_rec_t *a, const rv_obj_rec_t *b)
{
    if (!same_fields(a, b) || a->nrefs != b->nrefs || a->refs_from != b->refs_from ||
        a->nstored != b->nstored || !a->pos != !b->pos)
        return false;
    for (size_t i = 0; i < a->nstored; i++)
        if ((a->pos && a->pos[i] != b->pos[i]) || !same_ref(&a->refs[i], &b->refs[i]))
            return false;
    return true;
}

/* The records of s that its module frames' variables rebound in place
 * imply (their globals dict's: docs/delta-format.md, "Globals") are
 * marked in skip.  False when one is not what they imply: the step then
 * says "ng" and writes its records. */
static bool implied_records(const rv_step_rec_t *prev, const rv_step_rec_t *s,
                            const rv_state_t *st, bool *skip)
{
    size_t kept = 0, np = prev ? prev->nframes : 0;
    while (kept < np && kept < s->nframes && prev->frames[kept].frame == s->frames[kept].frame)
        kept++;
    bool ok = true;
    uint64_t seen = 0;
    for (size_t i = 0; i < kept && ok; i++) {
        const rv_frame_rec_t *was = &prev->frames[i], *fr = &s->frames[i];
        if (!fr->globals || was->vars == fr->vars)
            continue;
        rv_var_rec_t *rb = rv_malloc((fr->nvars ? fr->nvars : 1) * sizeof *rb);
        size_t nrb = 0, k = kept_names(was, fr);
        for (size_t v = 0; v < k; v++)
            if (was->vars[v].id != fr->vars[v].id)
                rb[nrb++] = fr->vars[v];
        rv_obj_rec_t implied;
        if (rv_delta_implied_globals(st, fr->globals, rb, nrb, &implied)) {
            size_t j = 0;
            while (j < s->nchanged && s->changed[j]->id != fr->globals)
                j++;
            ok = fr->globals != seen && j < s->nchanged && same_rec(s->changed[j], &implied);
            if (ok)
                skip[j] = true;
            seen = fr->globals;
            rv_delta_implied_free(&implied);
        }
        rv_free(rb);
    }
    return ok;
}

/* A keyframe before step i: every live object's whole state, as a reader
 * that starts here needs it (trace/delta.c).  Objects are in id order. */
static int cmp_state(const void *a, const void *b)
{
    uint64_t x = (*(const rv_state_obj_t *const *)a)->rec->id;
    uint64_t y = (*(const rv_state_obj_t *const *)b)->rec->id;
    return x < y ? -1 : x > y;
}

static void put_keyframe(rv_jw_t *w, const rv_trace_t *t, const rv_state_t *st, size_t i,
                         const rv_step_rec_t *prev)
{
    rv_state_obj_t **all = rv_malloc((st->map.len ? st->map.len : 1) * sizeof *all);
    size_t n = 0;
    for (size_t k = 0; k < st->map.cap; k++)
        if (st->map.keys[k])
            all[n++] = st->map.vals[k];
    qsort(all, n, sizeof *all, cmp_state);
    rv_jw_lit(w, "{\"keyframe\":");
    rv_jw_uint(w, i);
    rv_jw_lit(w, ",\"l\":");
    rv_jw_num(w, prev->line);
    rv_jw_lit(w, ",\"e\":");
    rv_jw_str(w, event_names[prev->event]);
    rv_jw_lit(w, ",\"nf\":");
    rv_jw_uint(w, prev->new_from);
    rv_jw_lit(w, ",\"frames\":[");
    for (size_t f = 0; f < prev->nframes; f++) {
        if (f)
            rv_jw_c(w, ',');
        put_full_frame(w, f, &prev->frames[f], prev->line);
    }
    rv_jw_lit(w, "],\"stdout\":");
    size_t len = prev->stdout_len;
    rv_jw_bytes(w, t->out.data ? t->out.data : "", len);
    rv_jw_lit(w, ",\"objects\":[");
    for (size_t k = 0; k < n; k++) {
        if (k)
            rv_jw_c(w, ',');
        put_rec(w, all[k]->rec, all[k]->refs ? all[k]->refs : (const rv_ref_rec_t *)"",
                all[k]->nrefs, NULL);
        rv_jw_maybe_flush(w);
    }
    rv_jw_lit(w, "]}\n");
    rv_free(all);
}

/* The header: the full format's trace object without steps and error,
 * plus what expanding needs (the repr limit, --final). */
static void put_header(rv_jw_t *w, const rv_export_input_t *in)
{
    rv_jw_lit(w, "{\"format\":\"refviz-delta\",\"version\":2,\"keyframe_every\":");
    rv_jw_uint(w, RV_DELTA_KEYFRAME_EVERY);
    rv_jw_lit(w, ",\"source\":{\"name\":");
    rv_jw_bytes(w, in->name ? in->name : "", in->name ? strlen(in->name) : 0);
    rv_jw_lit(w, ",\"path\":");
    rv_jw_bytes(w, in->path ? in->path : "", in->path ? strlen(in->path) : 0);
    rv_jw_lit(w, ",\"code\":");
    rv_jw_bytes(w, in->code ? in->code : "", in->code ? strlen(in->code) : 0);
    rv_jw_lit(w, "},\"lesson\":");
    if (in->lesson_title) {
        rv_jw_lit(w, "{\"title\":");
        rv_jw_str(w, in->lesson_title);
        rv_jw_lit(w, ",\"summary\":");
        rv_jw_str(w, in->lesson_summary ? in->lesson_summary : "");
        rv_jw_c(w, '}');
    } else {
        rv_jw_lit(w, "null");
    }
    rv_jw_lit(w, ",\"python\":\"3.11\",\"repr_limit\":");
    rv_jw_uint(w, in->trace->opt.repr_limit);
    rv_jw_lit(w, in->trace->opt.final_only ? ",\"final\":true}\n" : ",\"final\":false}\n");
}

/* The end line: the error, and the number of steps (a truncated file
 * shows by its missing end). */
static void put_end(rv_jw_t *w, const rv_export_input_t *in)
{
    rv_jw_lit(w, "{\"end\":true,\"steps\":");
    rv_jw_uint(w, in->trace->nsteps);
    rv_jw_lit(w, ",\"error\":");
    if (in->error) {
        rv_jw_c(w, '{');
        bool first = true;
        if (in->error->type) {
            rv_jw_key(w, "type", true);
            rv_jw_str(w, in->error->type);
            first = false;
        }
        if (in->error->message) {
            rv_jw_key(w, "message", first);
            rv_jw_str(w, in->error->message);
            first = false;
        }
        rv_jw_key(w, "line", first);
        rv_jw_num(w, in->error->line);
        rv_jw_c(w, '}');
    } else {
        rv_jw_lit(w, "null");
    }
    /* What the program printed after its last step (a finally's print
     * before an uncaught exception leaves): the HTML page shows it. */
    const rv_trace_t *t = in->trace;
    size_t was = t->has_last ? t->last.stdout_len : 0;
    if (t->out.len > was) {
        rv_jw_lit(w, ",\"o\":");
        rv_jw_bytes(w, t->out.data + was, t->out.len - was);
        if (memchr(t->out.data + was, '\0', t->out.len - was)) {
            rv_jw_lit(w, ",\"ol\":");
            rv_jw_uint(w, t->out.len - was);
        }
    }
    rv_jw_lit(w, "}\n");
}

/* st: every object's state as of the step before. */
static void put_step(rv_jw_t *w, const rv_export_input_t *in, size_t i, const rv_step_rec_t *s,
                     const rv_step_rec_t *prev, const char *narration, const rv_state_t *st)
{
    const rv_trace_t *t = in->trace;
    /* Each member starts with a comma: the first one's is taken back. */
    rv_jw_c(w, '{');
    size_t open = w->len;
    if (!prev || prev->line != s->line) {
        rv_jw_lit(w, ",\"l\":");
        rv_jw_num(w, s->line);
    }
    if (s->event != RV_EV_STEP) {
        rv_jw_lit(w, ",\"e\":");
        rv_jw_str(w, event_names[s->event]);
    }
    size_t was = prev ? prev->stdout_len : 0;
    if (s->stdout_len != was) {
        rv_jw_lit(w, ",\"o\":");
        rv_jw_bytes(w, t->out.data + was, s->stdout_len - was);
        /* a reader's JSON strings may end at a NUL: the length tells */
        if (memchr(t->out.data + was, '\0', s->stdout_len - was)) {
            rv_jw_lit(w, ",\"ol\":");
            rv_jw_uint(w, s->stdout_len - was);
        }
    }
    (void)i;
    if (narration) {
        rv_jw_lit(w, ",\"n\":");
        rv_jw_str(w, narration);
    }
    uint64_t nf = rv_delta_default_new_from(prev);
    if (s->new_from != nf) {
        rv_jw_lit(w, ",\"nf\":");
        /* mostly small: ids grow */
        if (s->new_from > nf) {
            rv_jw_uint(w, s->new_from - nf);
        } else {
            rv_jw_c(w, '-');
            rv_jw_uint(w, nf - s->new_from);
        }
    }
    put_frames(w, prev, s);
    bool *skip = rv_calloc(s->nchanged + 1, sizeof *skip);
    if (!implied_records(prev, s, st, skip)) {
        rv_jw_lit(w, ",\"ng\":1");
        memset(skip, 0, s->nchanged * sizeof *skip);
    }
    bool any = false;
    for (size_t k = 0; k < s->nchanged; k++) {
        if (skip[k])
            continue;
        rv_jw_lit(w, any ? "," : ",\"c\":[");
        any = true;
        put_rec(w, s->changed[k], NULL, 0, rv_state_get(st, s->changed[k]->id));
    }
    if (any)
        rv_jw_c(w, ']');
    rv_free(skip);
    if (s->nfreed) {
        rv_jw_lit(w, ",\"x\":");
        rv_jw_ids(w, s->freed, s->nfreed);
    }
    if (w->len > open) {
        memmove(w->buf + open, w->buf + open + 1, w->len - open - 1);
        w->len--;
    }
    rv_jw_lit(w, "}\n");
    rv_jw_maybe_flush(w);
}

/* The writer's state: the steps read so far and the objects' states as of
 * the step before the next (what a keyframe writes). */
typedef struct dw_state {
    rv_jw_t w;
    rv_state_t st;
    rv_step_reader_t rd;
    size_t i, since, recs_since;
    bool drop;                /* streaming: free the log behind the reader */
} dw_state_t;

static dw_state_t *dw_start(rv_delta_writer_t *dw)
{
    dw_state_t *d = dw->priv;
    if (d)
        return d;
    d = rv_calloc(1, sizeof *d);
    dw->priv = d;
    rv_jw_init(&d->w, dw->out);
    rv_state_init(&d->st);
    rv_step_reader_init(&d->rd, dw->in->trace);
    put_header(&d->w, dw->in);
    dw->started = true;
    return d;
}

/* Writes the steps stored since the last call. */
static void dw_steps(rv_delta_writer_t *dw, dw_state_t *d)
{
    const rv_export_input_t *in = dw->in;
    const rv_step_rec_t *s;
    while (!d->w.err && (s = rv_step_reader_next(&d->rd, &d->st)) != NULL) {
        size_t i = d->i++;
        const rv_step_rec_t *prev = rv_step_reader_prev(&d->rd);
        /* A keyframe costs the live objects' states: one comes after
         * keyframe_every steps once the steps since the last have written
         * as many records, so keyframes at most double a trace. */
        if (i && d->since >= RV_DELTA_KEYFRAME_EVERY && d->recs_since >= d->st.map.len) {
            put_keyframe(&d->w, in->trace, &d->st, i, prev);
            d->since = d->recs_since = 0;
        }
        const char *narration = dw->narrate        ? dw->narrate(dw->narrate_ctx, i)
                                : in->narration ? in->narration[i]
                                                : NULL;
        put_step(&d->w, in, i, s, prev, narration, &d->st);
        for (size_t k = 0; k < s->nfreed; k++)
            rv_state_drop(&d->st, s->freed[k]);
        for (size_t k = 0; k < s->nchanged; k++)
            rv_state_apply(&d->st, s->changed[k]);
        d->since++;
        d->recs_since += s->nchanged;
    }
    if (d->drop)
        rv_trace_drop_log((rv_trace_t *)in->trace, d->rd.blk);
}

void rv_delta_pump(rv_delta_writer_t *dw)
{
    dw_state_t *d = dw_start(dw);
    d->drop = true;
    dw_steps(dw, d);
    /* what was written is on its way: a run killed later keeps it */
    rv_jw_flush(&d->w);
}

int rv_delta_end(rv_delta_writer_t *dw)
{
    dw_state_t *d = dw_start(dw);
    dw_steps(dw, d);
    rv_step_reader_free(&d->rd);
    rv_state_free(&d->st);
    put_end(&d->w, dw->in);
    int r = rv_jw_end(&d->w);
    rv_free(d);
    dw->priv = NULL;
    dw->failed = r < 0;
    return r;
}

void rv_delta_discard(rv_delta_writer_t *dw)
{
    dw_state_t *d = dw->priv;
    if (!d)
        return;
    rv_step_reader_free(&d->rd);
    rv_state_free(&d->st);
    rv_free(d->w.buf);
    rv_free(d);
    dw->priv = NULL;
    dw->started = false;
}

int rv_export_delta(const rv_export_input_t *in, FILE *out)
{
    rv_delta_writer_t dw = { .in = in, .out = out };
    return rv_delta_end(&dw);
}
