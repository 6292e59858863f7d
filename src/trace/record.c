/* src/trace/record.c - recording a trace: the VM hook, object states and the
 * delta kept per step. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "core/exc.h"
#include "core/heap.h"
#include "core/obj_bool.h"
#include "core/obj_float.h"
#include "core/obj_int.h"
#include "core/obj_str.h"
#include "trace/repr.h"
#include "trace/trace.h"

/******************************************************************************/
/* the name pool                                                              */

static uint64_t str_hash(const char *s)
{
    uint64_t h = 1469598103934665603ull;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return h;
}

static const char *pool_intern(rv_trace_t *t, const char *s)
{
    if ((t->npool + 1) * 2 >= t->cappool) {
        size_t ncap = t->cappool ? t->cappool * 2 : 256;
        char **n = rv_calloc(ncap, sizeof *n);
        for (size_t i = 0; i < t->cappool; i++) {
            if (!t->pool[i])
                continue;
            size_t j = str_hash(t->pool[i]) & (ncap - 1);
            while (n[j])
                j = (j + 1) & (ncap - 1);
            n[j] = t->pool[i];
        }
        rv_free(t->pool);
        t->pool = n;
        t->cappool = ncap;
    }
    size_t j = str_hash(s) & (t->cappool - 1);
    while (t->pool[j]) {
        if (strcmp(t->pool[j], s) == 0)
            return t->pool[j];
        j = (j + 1) & (t->cappool - 1);
    }
    t->pool[j] = rv_strdup(s);
    t->npool++;
    return t->pool[j];
}

/******************************************************************************/
/* object states                                                              */

static void free_rec(rv_obj_rec_t *r)
{
    rv_free(r->repr);
    rv_free(r->vtext);
    rv_free(r->refs);
    rv_free(r);
}

typedef struct refs_builder {
    rv_trace_t *t;
    rv_ref_rec_t *refs;
    size_t len, cap;
} refs_builder_t;

static void collect_ref(rv_obj_t *child, const rv_edge_t *edge, void *ctx)
{
    refs_builder_t *b = ctx;
    if (edge->kind == RV_EDGE_HIDDEN)
        return;
    if (b->len == b->cap) {
        b->cap = b->cap ? b->cap * 2 : 8;
        b->refs = rv_realloc(b->refs, b->cap * sizeof *b->refs);
    }
    rv_ref_rec_t *r = &b->refs[b->len++];
    memset(r, 0, sizeof *r);
    r->target = child->id;
    switch (edge->kind) {
    case RV_EDGE_INDEX:
        r->kind = RV_REF_INDEX;
        r->index = edge->index;
        break;
    case RV_EDGE_KEY:
        r->kind = RV_REF_KEY;
        break;
    case RV_EDGE_VALUE: {
        r->kind = RV_REF_VALUE;
        r->key = edge->key->id;
        rv_buf_t kb = RV_BUF_INIT;
        rv_bounded_repr(edge->key, 60, &kb);
        r->label = pool_intern(b->t, rv_buf_cstr(&kb));
        rv_buf_free(&kb);
        break;
    }
    case RV_EDGE_MEMBER:
        r->kind = RV_REF_MEMBER;
        break;
    default:
        r->kind = RV_REF_NAMED;
        r->label = pool_intern(b->t, edge->name ? edge->name : "?");
        break;
    }
}

static void fill_value(rv_obj_rec_t *r, rv_obj_t *o)
{
    if (o == rv_None) {
        r->vkind = RV_VAL_NULL;
    } else if (RV_IS(o, rv_bool_type)) {
        r->vkind = RV_VAL_BOOL;
        r->vbool = o == rv_True;
    } else if (RV_IS(o, rv_int_type)) {
        int64_t v;
        /* JSON numbers are exact up to 2**53; larger ints become strings. */
        if (rv_int_fits_i64(o, &v) && v <= (1ll << 53) && v >= -(1ll << 53)) {
            r->vkind = RV_VAL_INT;
            r->vint = v;
        } else {
            r->vkind = RV_VAL_BIGINT;
            rv_buf_t b = RV_BUF_INIT;
            if (rv_int_sign(o) < 0)
                rv_buf_addc(&b, '-');
            rv_int_abs_to_base(o, 10, &b);
            r->vtext = rv_buf_steal(&b, NULL);
        }
    } else if (RV_IS(o, rv_float_type)) {
        r->vkind = RV_VAL_FLOAT;
        r->vfloat = rv_float_value(o);
    } else if (RV_IS(o, rv_str_type)) {
        r->vkind = RV_VAL_STR;
        r->vtext = rv_strndup(rv_str_utf8(o), rv_str_nbytes(o));
    }
}

static rv_obj_rec_t *make_rec(rv_trace_t *t, rv_obj_t *o)
{
    rv_obj_rec_t *r = rv_calloc(1, sizeof *r);
    r->id = o->id;
    r->type = pool_intern(t, o->type->name);
    r->mutable_ = rv_is_mutable(o);
    r->inline_ = (o->type->flags & RV_TF_INLINE) != 0;
    r->size = rv_sizeof(o);
    rv_buf_t b = RV_BUF_INIT;
    rv_bounded_repr(o, t->opt.repr_limit, &b);
    r->repr = rv_buf_steal(&b, NULL);
    fill_value(r, o);
    refs_builder_t rb = { .t = t };
    rv_traverse(o, collect_ref, &rb);
    r->refs = rb.refs;
    r->nrefs = rb.len;
    return r;
}

static bool same_refs(const rv_obj_rec_t *a, const rv_obj_rec_t *b)
{
    if (a->nrefs != b->nrefs)
        return false;
    for (size_t i = 0; i < a->nrefs; i++) {
        const rv_ref_rec_t *x = &a->refs[i], *y = &b->refs[i];
        if (x->kind != y->kind || x->target != y->target || x->key != y->key ||
            x->index != y->index || x->label != y->label)
            return false;
    }
    return true;
}

static bool same_rec(const rv_obj_rec_t *a, const rv_obj_rec_t *b)
{
    if (a->type != b->type || a->size != b->size || strcmp(a->repr, b->repr) != 0 ||
        a->vkind != b->vkind || !same_refs(a, b))
        return false;
    if (a->vkind == RV_VAL_STR || a->vkind == RV_VAL_BIGINT)
        return strcmp(a->vtext, b->vtext) == 0;
    if (a->vkind == RV_VAL_FLOAT)
        return memcmp(&a->vfloat, &b->vfloat, sizeof a->vfloat) == 0;
    return a->vint == b->vint && a->vbool == b->vbool;
}

/* Objects whose state can never change once recorded: immutable and
 * without references that could change under them. */
static bool state_is_final(const rv_obj_t *o)
{
    const rv_type_t *ty = o->type;
    return ty == &rv_int_type || ty == &rv_bool_type || ty == &rv_float_type ||
           ty == &rv_str_type || ty == &rv_none_type;
}

/******************************************************************************/
/* taking a snapshot                                                          */

typedef struct walk {
    rv_trace_t *t;
    intptr_t mark;
    rv_obj_t **stack;
    size_t len, cap;
    rv_obj_t **kids;
    size_t nkids, capkids;
    rv_step_rec_t *step;
    size_t capchanged;
    rv_idmap_t *listed;
} walk_t;

static void push(walk_t *w, rv_obj_t *o)
{
    if (w->len == w->cap) {
        w->cap = w->cap ? w->cap * 2 : 256;
        w->stack = rv_realloc(w->stack, w->cap * sizeof *w->stack);
    }
    w->stack[w->len++] = o;
}

static void collect_kid(rv_obj_t *child, const rv_edge_t *edge, void *ctx)
{
    walk_t *w = ctx;
    if (edge->kind == RV_EDGE_HIDDEN)
        return;
    if (w->nkids == w->capkids) {
        w->capkids = w->capkids ? w->capkids * 2 : 64;
        w->kids = rv_realloc(w->kids, w->capkids * sizeof *w->kids);
    }
    w->kids[w->nkids++] = child;
}

static void record_state(walk_t *w, rv_obj_t *o)
{
    rv_trace_t *t = w->t;
    rv_obj_rec_t *old = rv_idmap_get(&t->current, o->id);
    if (old && state_is_final(o))
        return;
    rv_obj_rec_t *r = make_rec(t, o);
    if (old && same_rec(old, r)) {
        free_rec(r);
        return;
    }
    rv_idmap_put(&t->current, o->id, r);
    if (t->nrecs == t->caprecs) {
        t->caprecs = t->caprecs ? t->caprecs * 2 : 1024;
        t->recs = rv_realloc(t->recs, t->caprecs * sizeof *t->recs);
    }
    t->recs[t->nrecs++] = r;
    rv_step_rec_t *s = w->step;
    if (s->nchanged == w->capchanged) {
        w->capchanged = w->capchanged ? w->capchanged * 2 : 16;
        s->changed = rv_realloc(s->changed, w->capchanged * sizeof *s->changed);
    }
    s->changed[s->nchanged++] = r;
}

/* Depth-first, preorder, children in reference order: the listing order of
 * the spec.  Iterative, so deep structures do not recurse on the C stack. */
static void visit_from(walk_t *w, rv_obj_t *root)
{
    if (root->scratch == w->mark)
        return;
    push(w, root);
    while (w->len) {
        rv_obj_t *o = w->stack[--w->len];
        if (o->scratch == w->mark)
            continue;
        o->scratch = w->mark;
        record_state(w, o);
        rv_idmap_put(w->listed, o->id, (void *)1);
        w->nkids = 0;
        rv_traverse(o, collect_kid, w);
        for (size_t i = w->nkids; i-- > 0;)
            if (w->kids[i]->scratch != w->mark)
                push(w, w->kids[i]);
    }
}

typedef struct frame_builder {
    rv_trace_t *t;
    rv_frame_rec_t *fr;
    size_t cap;
    walk_t *w;
} frame_builder_t;

static void add_var(rv_obj_t *name, rv_obj_t *value, void *ctx)
{
    frame_builder_t *fb = ctx;
    rv_frame_rec_t *fr = fb->fr;
    if (fr->nvars == fb->cap) {
        fb->cap = fb->cap ? fb->cap * 2 : 8;
        fr->vars = rv_realloc(fr->vars, fb->cap * sizeof *fr->vars);
    }
    fr->vars[fr->nvars].name = pool_intern(fb->t, rv_str_utf8(name));
    fr->vars[fr->nvars].id = value->id;
    fr->nvars++;
}

static void walk_var(rv_obj_t *name, rv_obj_t *value, void *ctx)
{
    (void)name;
    visit_from(ctx, value);
}

static rv_step_rec_t *new_step(rv_trace_t *t)
{
    if (t->nsteps == t->capsteps) {
        t->capsteps = t->capsteps ? t->capsteps * 2 : 64;
        t->steps = rv_realloc(t->steps, t->capsteps * sizeof *t->steps);
    }
    rv_step_rec_t *s = &t->steps[t->nsteps++];
    memset(s, 0, sizeof *s);
    return s;
}

static void take_snapshot(rv_trace_t *t, rv_event_t ev, rv_frame_t *f, int line)
{
    rv_step_rec_t *s = new_step(t);
    s->line = line;
    s->event = ev;
    s->stdout_len = t->out.len;
    s->freed = t->pending_freed;
    s->nfreed = t->npending;
    t->pending_freed = NULL;
    t->npending = t->cappending = 0;

    /* Frames, outermost first. */
    size_t n = 0;
    for (rv_frame_t *x = f; x; x = x->back)
        if (rv_frame_is_traced(x))
            n++;
    s->frames = rv_calloc(n ? n : 1, sizeof *s->frames);
    s->nframes = n;
    size_t i = n;
    for (rv_frame_t *x = f; x; x = x->back) {
        if (!rv_frame_is_traced(x))
            continue;
        rv_frame_rec_t *fr = &s->frames[--i];
        fr->function = pool_intern(t, rv_frame_func_name(x));
        fr->line = x == f ? line : x->line;
        frame_builder_t fb = { .t = t, .fr = fr };
        rv_frame_vars(x, add_var, &fb);
    }

    rv_idmap_t listed;
    rv_idmap_init(&listed);
    walk_t w = { .t = t, .mark = rv_heap_new_mark(), .step = s, .listed = &listed };
    for (size_t k = 0; k < n; k++) {
        /* Find the live frame for record k again (outermost first). */
        size_t idx = n;
        for (rv_frame_t *x = f; x; x = x->back) {
            if (!rv_frame_is_traced(x))
                continue;
            if (--idx == k) {
                rv_frame_vars(x, walk_var, &w);
                break;
            }
        }
    }
    rv_free(w.stack);
    rv_free(w.kids);

    /* watched = listed + (watched - freed): ids the next step may report
     * as freed or unreachable. */
    for (size_t k = 0; k < s->nfreed; k++)
        rv_idmap_del(&t->watched, s->freed[k]);
    for (size_t k = 0; k < listed.cap; k++)
        if (listed.keys[k])
            rv_idmap_put(&t->watched, listed.keys[k], (void *)1);
    rv_idmap_free(&listed);
}

/******************************************************************************/
/* hooks                                                                      */

static bool module_is_finishing(const rv_frame_t *f)
{
    return (f->code->flags & RV_CO_MODULE) && f->pc > 0 &&
           f->code->code[f->pc - 1].op == RV_OP_RETURN_VALUE;
}

static int on_event(rv_event_t ev, rv_frame_t *f, int line, void *ctx)
{
    rv_trace_t *t = ctx;
    t->events++;
    if (t->opt.max_steps && t->events > t->opt.max_steps) {
        t->stop_line = line;
        rv_err_format(&rv_exc_RefvizLimit,
                      "the program ran more than %zu steps (see --max-steps)", t->opt.max_steps);
        return -1;
    }
    if (!t->opt.record)
        return 0;
    if (t->opt.final_only) {
        bool last = (ev == RV_EV_STEP && module_is_finishing(f)) ||
                    (ev == RV_EV_EXCEPTION && (f->code->flags & RV_CO_MODULE));
        if (!last)
            return 0;
    }
#ifdef RV_SELFCHECK
    if (rv_selfcheck_enabled) {
        rv_buf_t report = RV_BUF_INIT;
        if (rv_heap_selfcheck(&report)) {
            fprintf(stderr, "refviz: selfcheck failed at line %d:\n%s", line, rv_buf_cstr(&report));
            abort();
        }
        rv_buf_free(&report);
    }
#endif
    take_snapshot(t, ev, f, line);
    return 0;
}

static void on_output(const char *data, size_t len, void *ctx)
{
    rv_trace_t *t = ctx;
    rv_buf_add(&t->out, data, len);
    if (t->opt.echo_stdout) {
        fwrite(data, 1, len, stdout);
        fflush(stdout);
    }
}

static void on_free(rv_obj_t *o, void *ctx)
{
    rv_trace_t *t = ctx;
    if (!rv_idmap_has(&t->watched, o->id))
        return;
    if (t->npending == t->cappending) {
        t->cappending = t->cappending ? t->cappending * 2 : 16;
        t->pending_freed = rv_realloc(t->pending_freed, t->cappending * sizeof *t->pending_freed);
    }
    t->pending_freed[t->npending++] = o->id;
}

void rv_trace_init(rv_trace_t *t, const rv_trace_options_t *opt)
{
    memset(t, 0, sizeof *t);
    t->opt = *opt;
    if (!t->opt.repr_limit)
        t->opt.repr_limit = 200;
    rv_idmap_init(&t->current);
    rv_idmap_init(&t->watched);
}

void rv_trace_attach(rv_trace_t *t)
{
    rv_vm_set_trace(on_event, t);
    rv_vm_set_output(on_output, t);
    rv_heap_set_free_hook(on_free, t);
}

void rv_trace_detach(rv_trace_t *t)
{
    (void)t;
    rv_vm_set_trace(NULL, NULL);
    rv_vm_set_output(NULL, NULL);
    rv_heap_set_free_hook(NULL, NULL);
}

void rv_trace_free(rv_trace_t *t)
{
    for (size_t i = 0; i < t->nsteps; i++) {
        rv_step_rec_t *s = &t->steps[i];
        for (size_t k = 0; k < s->nframes; k++)
            rv_free(s->frames[k].vars);
        rv_free(s->frames);
        rv_free(s->changed);
        rv_free(s->freed);
    }
    rv_free(t->steps);
    for (size_t i = 0; i < t->nrecs; i++)
        free_rec(t->recs[i]);
    rv_free(t->recs);
    for (size_t i = 0; i < t->cappool; i++)
        rv_free(t->pool[i]);
    rv_free(t->pool);
    rv_free(t->pending_freed);
    rv_buf_free(&t->out);
    rv_idmap_free(&t->current);
    rv_idmap_free(&t->watched);
}
