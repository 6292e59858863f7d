/* src/trace/store.c - where a trace keeps what it records: interned names,
 * states and their texts carved from blocks, and the steps.  The model's
 * recorder (record.c) and the loader of another engine's snapshots
 * (load.c) store alike, so every export reads either the same way. */
#include <stdio.h>
#include <string.h>

#include "base/alloc.h"
#include "trace/store.h"

/******************************************************************************/
/* the name pool                                                              */

static uint64_t str_hash(const char *s)
{
    uint64_t h = 1469598103934665603ull;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return h;
}

const char *rv_trace_intern(rv_trace_t *t, const char *s)
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

/* States live as long as the trace: they come from blocks, not one
 * allocation each, and so do their texts and references (a million small
 * mallocs, and as many frees at exit, cost more than the recording). */
enum { REC_BLOCK = 1024, ARENA_BLOCK = 256 * 1024 };

void *rv_trace_alloc(rv_trace_t *t, size_t n)
{
    n = (n + 7) & ~(size_t)7;
    bool own = n > ARENA_BLOCK / 8;
    if (own || !t->arena_cur || t->arena_used + n > ARENA_BLOCK) {
        if (t->narena == t->caparena) {
            t->caparena = t->caparena ? t->caparena * 2 : 16;
            t->arena = rv_realloc(t->arena, t->caparena * sizeof *t->arena);
        }
        char *b = rv_malloc(own ? n : ARENA_BLOCK);
        t->arena[t->narena++] = b;
        t->arena_bytes += own ? n : ARENA_BLOCK;
        /* A large piece has a block of its own; the current one goes on. */
        if (own)
            return b;
        t->arena_cur = b;
        t->arena_used = 0;
    }
    void *p = t->arena_cur + t->arena_used;
    t->arena_used += n;
    return p;
}

char *rv_trace_text(rv_trace_t *t, const char *s, size_t len)
{
    char *d = rv_trace_alloc(t, len + 1);
    memcpy(d, s, len);
    d[len] = '\0';
    return d;
}

rv_obj_rec_t *rv_trace_new_rec(rv_trace_t *t)
{
    if (!t->nrec_blocks || t->rec_used == REC_BLOCK) {
        if (t->nrec_blocks == t->caprec_blocks) {
            t->caprec_blocks = t->caprec_blocks ? t->caprec_blocks * 2 : 16;
            t->rec_blocks = rv_realloc(t->rec_blocks, t->caprec_blocks * sizeof *t->rec_blocks);
        }
        t->rec_blocks[t->nrec_blocks++] = rv_malloc(REC_BLOCK * sizeof **t->rec_blocks);
        t->rec_used = 0;
    }
    return &t->rec_blocks[t->nrec_blocks - 1][t->rec_used++];
}

/******************************************************************************/
/* the encoding of steps                                                      */

/* A step is stored as varints (7 bits a byte, low first; signed ones
 * zigzagged), most of them differences from something the reader knows:
 * ids from the step's new_from, a variable's id from its previous one,
 * the line from the step before's.  Texts are not copied: the record's
 * pointers into the trace's arena are stored.  Names (types, labels,
 * functions, variables) are numbers in t->names.  The layout:
 *
 *   step:   flags [dline] [dstdout] [dnew_from] [frames] [freed] [records]
 *   frames: npop nentries {index eflags [function] [frame] [dline] [ret]
 *                          [kept nrebound {dpos did} nappended {name id}]}
 *   freed:  n {id}
 *   record: id tag [type size flags [repr] value] [refs_from nrefs nstored
 *                                                  [{dpos}] {ref}]
 *   ref:    kindbyte target [index | key label | label]
 */
enum {
    SF_LINE = 1, SF_OUT = 2, SF_NF = 4, SF_FRAMES = 8, SF_FREED = 16, SF_RECS = 32,
    SF_EVENT_SHIFT = 6
};
enum { EF_PUSH = 1, EF_FN = 2, EF_LINE = 4, EF_RET = 8, EF_YIELDS = 16, EF_VARS = 32, EF_GLOBALS = 64 };
enum { RT_FULL = 1, RT_REFS = 2, RT_SPARSE = 4, RT_REPR = 8, RT_DIGITS = 16, RT_VTEXT = 32 };
enum { RK_WEAK = 8, RK_SAMEKEY = 16 };
enum { LOG_BLOCK = 1 << 20 };

static void put_uv(rv_buf_t *b, uint64_t v)
{
    unsigned char tmp[10];
    size_t n = 0;
    while (v >= 0x80) {
        tmp[n++] = (unsigned char)(v | 0x80);
        v >>= 7;
    }
    tmp[n++] = (unsigned char)v;
    rv_buf_add(b, tmp, n);
}

static void put_sv(rv_buf_t *b, int64_t v)
{
    put_uv(b, ((uint64_t)v << 1) ^ (uint64_t)(v >> 63));
}

static void put_diff(rv_buf_t *b, uint64_t v, uint64_t base)
{
    put_sv(b, (int64_t)(v - base));
}

static void put_ptr(rv_buf_t *b, const void *p)
{
    rv_buf_add(b, &p, sizeof p);
}

static uint64_t name_ix(rv_trace_t *t, const char *name)
{
    if (!name)
        return 0;
    void **slot = rv_idmap_slot(&t->name_ix, (uint64_t)(uintptr_t)name);
    if (!*slot) {
        if (t->nnames == t->capnames) {
            t->capnames = t->capnames ? t->capnames * 2 : 64;
            t->names = rv_realloc(t->names, t->capnames * sizeof *t->names);
        }
        t->names[t->nnames++] = name;
        *slot = (void *)(uintptr_t)t->nnames;
    }
    return (uint64_t)(uintptr_t)*slot;
}

/* flags: mutable 1, inline 2, repr_cut 4, vbool 8, repr_kind << 4,
 * vkind << 8 (as the delta format writes them). */
static unsigned rec_flags(const rv_obj_rec_t *r)
{
    return (unsigned)r->mutable_ | (unsigned)r->inline_ << 1 | (unsigned)r->repr_cut << 2 |
           (unsigned)r->vbool << 3 | (unsigned)r->repr_kind << 4 | (unsigned)r->vkind << 8;
}

static void set_flags(rv_obj_rec_t *r, unsigned f)
{
    r->mutable_ = f & 1;
    r->inline_ = (f >> 1) & 1;
    r->repr_cut = (f >> 2) & 1;
    r->vbool = (f >> 3) & 1;
    r->repr_kind = (rv_repr_kind_t)((f >> 4) & 15);
    r->vkind = (rv_value_kind_t)((f >> 8) & 15);
}

/* An int's repr, out having room for 24 bytes (no printf: ints are most
 * of the states, and this runs for each one stored and each one read). */
static void int_digits(int64_t v, char *out)
{
    char text[24], *p = text + sizeof text;
    uint64_t u = v < 0 ? -(uint64_t)v : (uint64_t)v;
    *--p = '\0';
    do
        *--p = (char)('0' + u % 10);
    while (u /= 10);
    if (v < 0)
        *--p = '-';
    memcpy(out, p, (size_t)(text + sizeof text - p));
}

static bool repr_is_digits(const rv_obj_rec_t *r)
{
    if (r->vkind != RV_VAL_INT || !r->repr)
        return false;
    char d[24];
    int_digits(r->vint, d);
    return strcmp(d, r->repr) == 0;
}

static bool same_fields(const rv_obj_rec_t *a, const rv_obj_rec_t *b)
{
    if (a->type != b->type || a->size != b->size || rec_flags(a) != rec_flags(b))
        return false;
    if ((a->repr || b->repr) && (!a->repr || !b->repr || strcmp(a->repr, b->repr) != 0))
        return false;
    if ((a->vtext || b->vtext) && (!a->vtext || !b->vtext || strcmp(a->vtext, b->vtext) != 0))
        return false;
    if (a->vkind == RV_VAL_FLOAT)
        return memcmp(&a->vfloat, &b->vfloat, sizeof a->vfloat) == 0;
    return a->vint == b->vint;
}

void rv_trace_add_rec(rv_trace_t *t, const rv_obj_rec_t *r)
{
    rv_buf_t *b = &t->enc_recs;
    uint64_t nf = t->build.new_from;
    /* An object made since the last step has no state to differ from
     * (and a record written whole never needs one). */
    const rv_state_obj_t *prev = r->id >= nf ? NULL : rv_state_get(&t->current, r->id);
    put_diff(b, r->id, nf);
    bool full = !prev || !same_fields(prev->rec, r);
    bool refs = r->nrefs || r->nstored || r->refs_from;
    bool digits = repr_is_digits(r);
    unsigned tag = (full ? RT_FULL : 0) | (refs ? RT_REFS : 0) | (r->pos ? RT_SPARSE : 0) |
                   (r->repr && !digits ? RT_REPR : 0) | (digits ? RT_DIGITS : 0) |
                   (r->vtext ? RT_VTEXT : 0);
    put_uv(b, tag);
    if (full) {
        put_uv(b, name_ix(t, r->type));
        put_uv(b, r->size);
        put_uv(b, rec_flags(r));
        if (tag & RT_REPR)
            put_ptr(b, r->repr);
        if (r->vtext)
            put_ptr(b, r->vtext);
        if (r->vkind == RV_VAL_FLOAT)
            rv_buf_add(b, &r->vfloat, sizeof r->vfloat);
        else if (r->vint)
            put_sv(b, r->vint);
        else
            put_uv(b, 0);
    }
    if (refs) {
        put_uv(b, r->refs_from);
        put_uv(b, r->nrefs);
        put_uv(b, r->nstored);
        size_t last = 0;
        for (size_t i = 0; r->pos && i < r->nstored; i++) {
            put_uv(b, r->pos[i] - last);
            last = r->pos[i];
        }
        for (size_t i = 0; i < r->nstored; i++) {
            const rv_ref_rec_t *ref = &r->refs[i];
            size_t p = r->pos ? r->pos[i] : r->refs_from + i;
            const rv_ref_rec_t *was = prev && p < prev->nrefs ? &prev->refs[p] : NULL;
            bool samekey = ref->kind == RV_REF_VALUE && was && was->kind == RV_REF_VALUE &&
                           was->key == ref->key && was->label == ref->label;
            unsigned kb = (unsigned)ref->kind | (ref->weak ? RK_WEAK : 0) |
                          (samekey ? RK_SAMEKEY : 0);
            put_uv(b, kb);
            put_diff(b, ref->target, nf);
            if (ref->kind == RV_REF_INDEX) {
                put_diff(b, ref->index, p);
            } else if (ref->kind == RV_REF_VALUE && !samekey) {
                put_diff(b, ref->key, nf);
                put_uv(b, name_ix(t, ref->label));
            } else if (ref->kind == RV_REF_NAMED) {
                put_uv(b, name_ix(t, ref->label));
            }
        }
    }
    t->enc_nrecs++;
    t->nrecs++;
    if (r->id >= nf)
        t->build.nnew++;
    rv_state_apply(&t->current, r);
}

rv_step_rec_t *rv_trace_new_step(rv_trace_t *t)
{
    rv_trace_commit_step(t);
    memset(&t->build, 0, sizeof t->build);
    t->building = true;
    t->nsteps++;
    return &t->build;
}

const rv_step_rec_t *rv_trace_last_step(const rv_trace_t *t)
{
    return t->has_last ? &t->last : NULL;
}

static bool same_vars(const rv_frame_rec_t *a, const rv_frame_rec_t *b)
{
    return a->nvars == b->nvars &&
           (a->vars == b->vars || !a->nvars || memcmp(a->vars, b->vars, a->nvars * sizeof *a->vars) == 0);
}

/* Frame i of s (the step being built) keeps the last step's vars when they
 * are the same. */
void rv_trace_share_vars(rv_trace_t *t, rv_step_rec_t *s, size_t i)
{
    if (!t->has_last || i >= t->last.nframes)
        return;
    const rv_frame_rec_t *before = &t->last.frames[i];
    rv_frame_rec_t *fr = &s->frames[i];
    if (fr->shared || before->function != fr->function || !same_vars(before, fr))
        return;
    rv_free(fr->vars);
    fr->vars = before->vars;
    fr->shared = true;
}

/* Frees the vars of old's frames that new does not share, then old's frames. */
static void drop_frames(rv_step_rec_t *old, const rv_step_rec_t *new_)
{
    for (size_t i = 0; i < old->nframes; i++) {
        bool kept = new_ && i < new_->nframes && new_->frames[i].shared &&
                    new_->frames[i].vars == old->frames[i].vars;
        if (!kept)
            rv_free(old->frames[i].vars);
    }
    rv_free(old->frames);
    old->frames = NULL;
    old->nframes = 0;
}

static size_t kept_names(const rv_frame_rec_t *was, const rv_frame_rec_t *fr)
{
    size_t k = 0;
    while (k < was->nvars && k < fr->nvars && was->vars[k].name == fr->vars[k].name)
        k++;
    return k;
}

static void enc_frames(rv_trace_t *t, rv_buf_t *b, const rv_step_rec_t *prev,
                       const rv_step_rec_t *s)
{
    size_t kept = 0, np = prev ? prev->nframes : 0;
    while (kept < np && kept < s->nframes && prev->frames[kept].frame == s->frames[kept].frame)
        kept++;
    put_uv(b, np - kept);
    rv_buf_t e = RV_BUF_INIT;
    size_t nentries = 0;
    uint64_t nf = s->new_from;
    for (size_t i = 0; i < s->nframes; i++) {
        const rv_frame_rec_t *fr = &s->frames[i], *was = i < kept ? &prev->frames[i] : NULL;
        int line_then = !was || i + 1 == s->nframes ? s->line : was->line;
        size_t k = was ? kept_names(was, fr) : 0;
        bool vars = !was || k < was->nvars || k < fr->nvars;
        for (size_t v = 0; !vars && v < k; v++)
            vars = was->vars[v].id != fr->vars[v].id;
        unsigned ef = (was ? 0 : EF_PUSH | EF_FN | EF_VARS) |
                      (was && was->function != fr->function ? EF_FN : 0) |
                      (fr->line != line_then ? EF_LINE : 0) | (fr->has_return ? EF_RET : 0) |
                      (fr->yields ? EF_YIELDS : 0) | (vars ? EF_VARS : 0) |
                      (!was && fr->globals ? EF_GLOBALS : 0);
        bool ret_same = was && was->has_return == fr->has_return && was->ret == fr->ret &&
                        was->yields == fr->yields;
        if (was && !(ef & (EF_FN | EF_LINE | EF_VARS)) && ret_same)
            continue;
        nentries++;
        put_uv(&e, i);
        put_uv(&e, ef);
        if (ef & EF_FN)
            put_uv(&e, name_ix(t, fr->function));
        if (ef & EF_PUSH)
            put_diff(&e, fr->frame, nf);
        if (ef & EF_GLOBALS)
            put_diff(&e, fr->globals, nf);
        if (ef & EF_LINE)
            put_sv(&e, (int64_t)fr->line - s->line);
        if (ef & EF_RET)
            put_diff(&e, fr->ret, nf);
        if (!(ef & EF_VARS))
            continue;
        put_uv(&e, k);
        size_t nreb = 0;
        for (size_t v = 0; v < k; v++)
            nreb += was->vars[v].id != fr->vars[v].id;
        put_uv(&e, nreb);
        size_t lastp = 0;
        for (size_t v = 0; v < k; v++) {
            if (was->vars[v].id == fr->vars[v].id)
                continue;
            put_uv(&e, v - lastp);
            lastp = v;
            put_diff(&e, fr->vars[v].id, was->vars[v].id);
        }
        put_uv(&e, fr->nvars - k);
        for (size_t v = k; v < fr->nvars; v++) {
            put_uv(&e, name_ix(t, fr->vars[v].name));
            put_diff(&e, fr->vars[v].id, nf);
        }
    }
    put_uv(b, nentries);
    if (e.len)
        rv_buf_add(b, e.data, e.len);
    rv_buf_free(&e);
}

static rv_step_head_t *head_slot(rv_trace_t *t, size_t i)
{
    size_t c = i / RV_HEAD_CHUNK;
    if (c >= t->nheads_chunks) {
        t->heads = rv_realloc(t->heads, (c + 1) * sizeof *t->heads);
        t->heads[c] = rv_malloc(RV_HEAD_CHUNK * sizeof **t->heads);
        t->nheads_chunks = c + 1;
    }
    return &t->heads[c][i % RV_HEAD_CHUNK];
}

const rv_step_head_t *rv_trace_head(const rv_trace_t *t, size_t i)
{
    return &t->heads[i / RV_HEAD_CHUNK][i % RV_HEAD_CHUNK];
}

static void log_append(rv_trace_t *t, const void *data, size_t n)
{
    if (!t->nlog || t->log_used[t->nlog - 1] + n > LOG_BLOCK) {
        if (t->nlog == t->caplog) {
            t->caplog = t->caplog ? t->caplog * 2 : 16;
            t->log = rv_realloc(t->log, t->caplog * sizeof *t->log);
            t->log_used = rv_realloc(t->log_used, t->caplog * sizeof *t->log_used);
        }
        size_t size = n > LOG_BLOCK ? n : LOG_BLOCK;
        t->log[t->nlog] = rv_malloc(size);
        t->log_used[t->nlog++] = 0;
    }
    t->log_bytes += n;
    memcpy(t->log[t->nlog - 1] + t->log_used[t->nlog - 1], data, n);
    t->log_used[t->nlog - 1] += n;
}

void rv_trace_commit_step(rv_trace_t *t)
{
    if (!t->building)
        return;
    t->building = false;
    rv_step_rec_t *s = &t->build;
    const rv_step_rec_t *prev = t->has_last ? &t->last : NULL;
    int pline = prev ? prev->line : 0;
    size_t pout = prev ? prev->stdout_len : 0;
    uint64_t pnf = prev ? prev->new_from : 0;
    rv_buf_t b = RV_BUF_INIT;
    rv_buf_t fb = RV_BUF_INIT;
    enc_frames(t, &fb, prev, s);
    /* frames: npop 0, no entries is two zero bytes: left out */
    bool frames = !(fb.len == 2 && fb.data[0] == 0 && fb.data[1] == 0);
    unsigned flags = (s->line != pline ? SF_LINE : 0) | (s->stdout_len != pout ? SF_OUT : 0) |
                     (s->new_from != pnf ? SF_NF : 0) | (frames ? SF_FRAMES : 0) |
                     (s->nfreed ? SF_FREED : 0) | (t->enc_nrecs ? SF_RECS : 0) |
                     (unsigned)s->event << SF_EVENT_SHIFT;
    put_uv(&b, flags);
    if (flags & SF_LINE)
        put_sv(&b, (int64_t)s->line - pline);
    if (flags & SF_OUT)
        put_uv(&b, s->stdout_len - pout);
    if (flags & SF_NF)
        put_diff(&b, s->new_from, pnf);
    if (frames)
        rv_buf_add(&b, fb.data, fb.len);
    rv_buf_free(&fb);
    if (s->nfreed) {
        put_uv(&b, s->nfreed);
        uint64_t base = s->new_from;
        for (size_t i = 0; i < s->nfreed; i++) {
            put_diff(&b, s->freed[i], base);
            base = s->freed[i];
        }
    }
    if (t->enc_nrecs) {
        put_uv(&b, t->enc_nrecs);
        put_uv(&b, s->nnew);
        rv_buf_add(&b, t->enc_recs.data, t->enc_recs.len);
    }
    log_append(t, b.data, b.len);
    rv_buf_free(&b);
    rv_buf_truncate(&t->enc_recs, 0);
    t->enc_nrecs = 0;
    rv_step_head_t *h = head_slot(t, t->nsteps - 1);
    h->line = s->line;
    h->event = (uint8_t)s->event;
    h->nframes = s->nframes > 65535 ? 65535 : (uint16_t)s->nframes;
    /* the step becomes the last: its lists are the trace's now */
    rv_free(s->freed);
    s->freed = NULL;
    s->nfreed = 0;
    if (t->has_last)
        drop_frames(&t->last, s);
    t->last = *s;
    t->last.changed = NULL;
    t->last.nchanged = 0;
    t->has_last = true;
    memset(s, 0, sizeof *s);
    if (t->opt.on_commit)
        t->opt.on_commit(t->opt.commit_ctx);
}

void rv_trace_drop_log(rv_trace_t *t, size_t blk)
{
    for (size_t b = 0; b < blk && b < t->nlog; b++) {
        if (!t->log[b])
            continue;
        t->log_bytes -= t->log_used[b];
        rv_free(t->log[b]);
        t->log[b] = NULL;
        t->log_dropped = true;
    }
}

/******************************************************************************/
/* decoding                                                                   */

typedef struct dec {
    const unsigned char *p;
} dec_t;

static uint64_t get_uv(dec_t *d)
{
    uint64_t v = 0;
    unsigned shift = 0;
    for (;;) {
        unsigned char c = *d->p++;
        v |= (uint64_t)(c & 0x7f) << shift;
        if (!(c & 0x80))
            return v;
        shift += 7;
    }
}

static int64_t get_sv(dec_t *d)
{
    uint64_t u = get_uv(d);
    return (int64_t)(u >> 1) ^ -(int64_t)(u & 1);
}

static uint64_t get_diff(dec_t *d, uint64_t base)
{
    return base + (uint64_t)get_sv(d);
}

static void *get_ptr(dec_t *d)
{
    void *p;
    memcpy(&p, d->p, sizeof p);
    d->p += sizeof p;
    return p;
}

static const char *get_name(const rv_trace_t *t, dec_t *d)
{
    uint64_t i = get_uv(d);
    return i ? t->names[i - 1] : NULL;
}

void rv_step_reader_init(rv_step_reader_t *r, const rv_trace_t *t)
{
    memset(r, 0, sizeof *r);
    r->t = t;
}

static void buf_free(rv_step_buf_t *b, const rv_step_rec_t *newer)
{
    drop_frames(&b->step, newer);
    rv_free(b->step.freed);
    rv_free(b->step.changed);
    rv_free(b->recs);
    rv_free(b->digits);
    rv_free(b->refs);
    rv_free(b->pos);
}

void rv_step_reader_free(rv_step_reader_t *r)
{
    /* the older step's vars that the newer shares are the newer's */
    buf_free(&r->buf[!r->cur], &r->buf[r->cur].step);
    buf_free(&r->buf[r->cur], NULL);
}

const rv_step_rec_t *rv_step_reader_prev(const rv_step_reader_t *r)
{
    return r->next >= 2 ? &r->buf[!r->cur].step : NULL;
}

/* The frames: the step before's, without the popped ones, with the
 * entries applied.  Vars not changed are the step before's (shared). */
static void dec_frames(const rv_trace_t *t, dec_t *d, rv_step_rec_t *s, const rv_step_rec_t *prev,
                       bool section)
{
    size_t np = prev ? prev->nframes : 0;
    size_t pop = section ? get_uv(d) : 0, nentries = section ? get_uv(d) : 0;
    size_t n = np - pop, cap = n + nentries;
    rv_frame_rec_t *frames = rv_malloc((cap ? cap : 1) * sizeof *frames);
    unsigned char *given = rv_calloc(cap ? cap : 1, 1); /* 1 line given, 2 pushed */
    for (size_t i = 0; i < n; i++) {
        frames[i] = prev->frames[i];
        frames[i].shared = true;
    }
    uint64_t nf = s->new_from;
    for (size_t e = 0; e < nentries; e++) {
        size_t i = get_uv(d);
        unsigned ef = (unsigned)get_uv(d);
        if (i >= n)
            n = i + 1;
        rv_frame_rec_t *fr = &frames[i];
        const rv_frame_rec_t *was = (ef & EF_PUSH) ? NULL : &prev->frames[i];
        if (!was) {
            memset(fr, 0, sizeof *fr);
            given[i] |= 2;
        }
        if (ef & EF_FN)
            fr->function = get_name(t, d);
        if (ef & EF_PUSH)
            fr->frame = get_diff(d, nf);
        if (ef & EF_GLOBALS)
            fr->globals = get_diff(d, nf);
        if (ef & EF_LINE) {
            fr->line = (int)(s->line + get_sv(d));
            given[i] |= 1;
        }
        fr->has_return = (ef & EF_RET) != 0;
        fr->ret = fr->has_return ? get_diff(d, nf) : 0;
        fr->yields = (ef & EF_YIELDS) != 0;
        if (!(ef & EF_VARS))
            continue;
        size_t k = get_uv(d), nreb = get_uv(d);
        rv_var_rec_t *old = was ? was->vars : NULL;
        /* the rebound ones come before the count of those appended */
        size_t *rp = rv_malloc((nreb ? nreb : 1) * sizeof *rp);
        uint64_t *rid = rv_malloc((nreb ? nreb : 1) * sizeof *rid);
        size_t lastp = 0;
        for (size_t v = 0; v < nreb; v++) {
            lastp += get_uv(d);
            rp[v] = lastp;
            rid[v] = get_diff(d, old[lastp].id);
        }
        size_t nvars = k + get_uv(d);
        rv_var_rec_t *vars = rv_malloc((nvars ? nvars : 1) * sizeof *vars);
        if (k)
            memcpy(vars, old, k * sizeof *vars);
        for (size_t v = 0; v < nreb; v++)
            vars[rp[v]].id = rid[v];
        for (size_t v = k; v < nvars; v++) {
            vars[v].name = get_name(t, d);
            vars[v].id = get_diff(d, nf);
        }
        rv_free(rp);
        rv_free(rid);
        fr->vars = vars;
        fr->nvars = nvars;
        fr->shared = false;
    }
    /* A line not given: a pushed frame's and the innermost's is the
     * step's; a kept frame keeps its own. */
    for (size_t i = 0; i < n; i++)
        if (!(given[i] & 1) && ((given[i] & 2) || i + 1 == n))
            frames[i].line = s->line;
    rv_free(given);
    s->frames = frames;
    s->nframes = n;
}

/* The records: decoded against st, their lists in b. */
static void dec_recs(const rv_trace_t *t, dec_t *d, rv_step_rec_t *s, rv_step_buf_t *b,
                     const rv_state_t *st)
{
    size_t n = get_uv(d);
    s->nnew = get_uv(d);
    if (n > b->capchanged) {
        b->capchanged = n + n / 2;
        b->recs = rv_realloc(b->recs, b->capchanged * sizeof *b->recs);
        b->digits = rv_realloc(b->digits, b->capchanged * sizeof *b->digits);
        b->step.changed = rv_realloc(b->step.changed, b->capchanged * sizeof *b->step.changed);
    }
    s->changed = b->step.changed;
    s->nchanged = n;
    uint64_t nf = s->new_from;
    size_t nrefs = 0, npos = 0;
    size_t *refs_at = rv_malloc((2 * n + 1) * sizeof *refs_at), *pos_at = refs_at + n;
    for (size_t i = 0; i < n; i++) {
        rv_obj_rec_t *r = &b->recs[i];
        s->changed[i] = r;
        uint64_t id = get_diff(d, nf);
        unsigned tag = (unsigned)get_uv(d);
        /* Looked up only when the record refers to it: most records of a
         * big step are new objects', written whole. */
        const rv_state_obj_t *prev = NULL;
        if (!(tag & RT_FULL))
            prev = rv_state_get(st, id);
        if (tag & RT_FULL) {
            memset(r, 0, sizeof *r);
            r->id = id;
            r->type = get_name(t, d);
            r->size = get_uv(d);
            set_flags(r, (unsigned)get_uv(d));
            if (tag & RT_REPR)
                r->repr = get_ptr(d);
            if (tag & RT_VTEXT)
                r->vtext = get_ptr(d);
            if (r->vkind == RV_VAL_FLOAT) {
                memcpy(&r->vfloat, d->p, sizeof r->vfloat);
                d->p += sizeof r->vfloat;
            } else {
                r->vint = get_sv(d);
            }
            if (tag & RT_DIGITS) {
                int_digits(r->vint, b->digits[i]);
                r->repr = b->digits[i];
            }
        } else {
            *r = *prev->rec;
        }
        r->nrefs = r->refs_from = r->nstored = 0;
        r->refs = NULL;
        r->pos = NULL;
        refs_at[i] = nrefs;
        pos_at[i] = SIZE_MAX;
        if (!(tag & RT_REFS))
            continue;
        r->refs_from = get_uv(d);
        r->nrefs = get_uv(d);
        r->nstored = get_uv(d);
        if (nrefs + r->nstored > b->caprefs) {
            b->caprefs = (nrefs + r->nstored) * 2;
            b->refs = rv_realloc(b->refs, b->caprefs * sizeof *b->refs);
        }
        size_t *posv = NULL;
        if (tag & RT_SPARSE) {
            if (npos + r->nstored > b->cappos) {
                b->cappos = (npos + r->nstored) * 2;
                b->pos = rv_realloc(b->pos, b->cappos * sizeof *b->pos);
            }
            pos_at[i] = npos;
            posv = b->pos ? b->pos + npos : NULL; /* (NULL + 0 is undefined) */
            size_t last = 0;
            for (size_t k = 0; k < r->nstored; k++) {
                last += get_uv(d);
                posv[k] = last;
            }
            npos += r->nstored;
        }
        for (size_t k = 0; k < r->nstored; k++) {
            rv_ref_rec_t *ref = &b->refs[nrefs + k];
            size_t p = posv ? posv[k] : r->refs_from + k;
            unsigned kb = (unsigned)get_uv(d);
            memset(ref, 0, sizeof *ref);
            ref->kind = (rv_ref_kind_t)(kb & 7);
            ref->weak = (kb & RK_WEAK) != 0;
            ref->target = get_diff(d, nf);
            if (ref->kind == RV_REF_INDEX) {
                ref->index = (size_t)get_diff(d, p);
            } else if (ref->kind == RV_REF_VALUE && (kb & RK_SAMEKEY)) {
                if (!prev)
                    prev = rv_state_get(st, id);
                const rv_ref_rec_t *was = &prev->refs[p];
                ref->key = was->key;
                ref->label = was->label;
            } else if (ref->kind == RV_REF_VALUE) {
                ref->key = get_diff(d, nf);
                ref->label = get_name(t, d);
            } else if (ref->kind == RV_REF_NAMED) {
                ref->label = get_name(t, d);
            }
        }
        nrefs += r->nstored;
    }
    /* the lists have stopped moving; with no reference stored in the whole
     * step they were never allocated (and NULL + 0 is undefined) */
    for (size_t i = 0; i < n; i++) {
        if (b->refs)
            b->recs[i].refs = b->refs + refs_at[i];
        if (pos_at[i] != SIZE_MAX && b->pos)
            b->recs[i].pos = b->pos + pos_at[i];
    }
    rv_free(refs_at);
}

const rv_step_rec_t *rv_step_reader_next(rv_step_reader_t *r, const rv_state_t *st)
{
    const rv_trace_t *t = r->t;
    if (r->next >= t->nsteps || (t->building && r->next + 1 >= t->nsteps))
        return NULL;
    while (r->off >= t->log_used[r->blk]) {
        r->blk++;
        r->off = 0;
    }
    dec_t d = { t->log[r->blk] + r->off };
    const rv_step_rec_t *prev = r->next ? &r->buf[r->cur].step : NULL;
    rv_step_buf_t *b = &r->buf[r->next ? !r->cur : r->cur];
    /* b held the step before prev: its vars go, but those prev shares */
    drop_frames(&b->step, prev);
    rv_step_rec_t *s = &b->step;
    uint64_t *freed = s->freed;
    rv_obj_rec_t **changed = s->changed;
    memset(s, 0, sizeof *s);
    s->freed = freed;
    s->changed = changed;
    unsigned flags = (unsigned)get_uv(&d);
    s->event = (rv_event_t)(flags >> SF_EVENT_SHIFT);
    s->line = prev ? prev->line : 0;
    s->stdout_len = prev ? prev->stdout_len : 0;
    s->new_from = prev ? prev->new_from : 0;
    if (flags & SF_LINE)
        s->line = (int)(s->line + get_sv(&d));
    if (flags & SF_OUT)
        s->stdout_len += get_uv(&d);
    if (flags & SF_NF)
        s->new_from = get_diff(&d, s->new_from);
    dec_frames(t, &d, s, prev, (flags & SF_FRAMES) != 0);
    if (flags & SF_FREED) {
        s->nfreed = get_uv(&d);
        if (s->nfreed > b->capfreed) {
            b->capfreed = s->nfreed + s->nfreed / 2;
            s->freed = rv_realloc(s->freed, b->capfreed * sizeof *s->freed);
        }
        uint64_t base = s->new_from;
        for (size_t i = 0; i < s->nfreed; i++)
            base = s->freed[i] = get_diff(&d, base);
    }
    if (flags & SF_RECS)
        dec_recs(t, &d, s, b, st);
    r->off = (size_t)(d.p - t->log[r->blk]);
    r->cur = (int)(b - r->buf);
    r->next++;
    return s;
}

void rv_step_copy_frames(rv_step_rec_t *dst, const rv_step_rec_t *src)
{
    dst->nframes = src->nframes;
    dst->frames = rv_malloc((src->nframes ? src->nframes : 1) * sizeof *dst->frames);
    for (size_t i = 0; i < src->nframes; i++) {
        rv_frame_rec_t *fr = &dst->frames[i];
        *fr = src->frames[i];
        fr->shared = false;
        fr->vars = rv_malloc((fr->nvars ? fr->nvars : 1) * sizeof *fr->vars);
        if (fr->nvars)
            memcpy(fr->vars, src->frames[i].vars, fr->nvars * sizeof *fr->vars);
    }
}

void rv_step_free_frames(rv_step_rec_t *s)
{
    drop_frames(s, NULL);
}

/******************************************************************************/
/* accounting                                                                 */

static size_t text_bytes(const char *s)
{
    return s ? strlen(s) + 1 : 0;
}

/* The steps (their log and heads), the loaders' state records, the texts
 * and names. */
static size_t stored_bytes(const rv_trace_t *t)
{
    /* what the log and heads hold (their blocks' room to spare, at most
     * one block each, is not counted: a limit stops at what was recorded) */
    return t->log_bytes + t->nsteps * sizeof(rv_step_head_t) +
           t->caplog * (sizeof *t->log + sizeof *t->log_used) + t->out.cap +
           t->nrec_blocks * REC_BLOCK * sizeof **t->rec_blocks + t->arena_bytes +
           t->capnames * sizeof *t->names + t->name_ix.cap * (sizeof(uint64_t) + sizeof(void *));
}

size_t rv_trace_bytes(const rv_trace_t *t)
{
    size_t n = stored_bytes(t);
    for (size_t i = 0; i < t->cappool; i++)
        n += sizeof *t->pool + text_bytes(t->pool[i]);
    return n;
}

size_t rv_trace_bytes_quick(const rv_trace_t *t)
{
    const rv_state_t *st = &t->current;
    return stored_bytes(t) + st->nblocks * sizeof(rv_state_obj_t) * 4096 +
           st->map.cap * (sizeof(uint64_t) + sizeof(void *));
}
