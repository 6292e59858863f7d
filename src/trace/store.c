/* src/trace/store.c - where a trace keeps what it records: interned names,
 * states and their texts carved from blocks, and the steps.  The model's
 * recorder (record.c) and the loader of another engine's snapshots
 * (load.c) store alike, so every export reads either the same way. */
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

rv_step_rec_t *rv_trace_new_step(rv_trace_t *t)
{
    if (t->nsteps == t->capsteps) {
        t->capsteps = t->capsteps ? t->capsteps * 2 : 64;
        t->steps = rv_realloc(t->steps, t->capsteps * sizeof *t->steps);
    }
    rv_step_rec_t *s = &t->steps[t->nsteps++];
    memset(s, 0, sizeof *s);
    return s;
}

/* Frame i of step s keeps the step before's vars when they are the same. */
void rv_trace_share_vars(rv_trace_t *t, rv_step_rec_t *s, size_t i)
{
    if (t->nsteps < 2)
        return;
    const rv_step_rec_t *prev = s - 1;
    rv_frame_rec_t *fr = &s->frames[i];
    if (i >= prev->nframes)
        return;
    const rv_frame_rec_t *before = &prev->frames[i];
    if (before->function != fr->function || before->nvars != fr->nvars ||
        (fr->nvars && memcmp(before->vars, fr->vars, fr->nvars * sizeof *fr->vars) != 0))
        return;
    rv_free(fr->vars);
    fr->vars = before->vars;
    fr->shared = true;
}

/******************************************************************************/
/* accounting                                                                 */

static size_t text_bytes(const char *s)
{
    return s ? strlen(s) + 1 : 0;
}

size_t rv_trace_bytes(const rv_trace_t *t)
{
    size_t n = t->capsteps * sizeof *t->steps + t->caprecs * sizeof *t->recs + t->out.cap;
    for (size_t i = 0; i < t->nsteps && !t->steps_settled; i++) {
        const rv_step_rec_t *s = &t->steps[i];
        n += s->nframes * sizeof *s->frames + s->nchanged * sizeof *s->changed +
             s->nfreed * sizeof *s->freed;
        for (size_t k = 0; k < s->nframes; k++)
            n += s->frames[k].shared ? 0 : s->frames[k].nvars * sizeof *s->frames[k].vars;
    }
    n += t->nrec_blocks * REC_BLOCK * sizeof **t->rec_blocks + t->arena_bytes;
    for (size_t i = 0; i < t->cappool; i++)
        n += sizeof *t->pool + text_bytes(t->pool[i]);
    return n;
}

size_t rv_trace_bytes_quick(const rv_trace_t *t)
{
    const rv_state_t *st = &t->current;
    return t->capsteps * sizeof *t->steps + t->caprecs * sizeof *t->recs + t->out.cap +
           t->nrec_blocks * REC_BLOCK * sizeof **t->rec_blocks + t->arena_bytes +
           st->nblocks * sizeof(rv_state_obj_t) * 4096 + st->map.cap * (sizeof(uint64_t) + sizeof(void *));
}
