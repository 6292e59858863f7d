/* src/trace/delta.c - see delta.h.  Each step line is applied to the step
 * before: frames popped, changed and pushed, records stored as written
 * (their references from refs_from, or at the positions given), freed ids
 * and the output appended.  Keyframes repeat what the lines before them
 * built, so a reader from the start passes over them. */
#include "trace/delta.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "base/jsonnum.h"
#include "trace/store.h"

static const char *const event_names[] = { "step", "call", "return", "exception" };

uint64_t rv_delta_default_new_from(const rv_step_rec_t *prev)
{
    if (!prev)
        return 0;
    return prev->new_from + prev->nnew;
}

/* The position of the value under the str key `name` in dict d, or -1. */
static long value_of_name(const rv_state_t *st, const rv_state_obj_t *d, const char *name)
{
    for (size_t q = 0; q < d->nrefs; q++) {
        if (d->refs[q].kind != RV_REF_VALUE)
            continue;
        const rv_state_obj_t *key = rv_state_get(st, d->refs[q].key);
        if (key && key->rec->vkind == RV_VAL_STR && key->rec->vtext &&
            strcmp(key->rec->vtext, name) == 0)
            return (long)q;
    }
    return -1;
}

bool rv_delta_implied_globals(const rv_state_t *st, uint64_t g, const rv_var_rec_t *rebound,
                              size_t n, rv_obj_rec_t *out)
{
    const rv_state_obj_t *d = g && n ? rv_state_get(st, g) : NULL;
    if (!d || !d->nrefs)
        return false;
    size_t nr = d->nrefs, ndiff = 0, k = SIZE_MAX;
    uint64_t *now = rv_malloc(nr * sizeof *now);
    bool *changed = rv_calloc(nr, sizeof *changed);
    for (size_t j = 0; j < n; j++) {
        long q = value_of_name(st, d, rebound[j].name);
        if (q < 0 || d->refs[q].target == rebound[j].id)
            continue;
        ndiff += !changed[q];
        changed[q] = true;
        now[q] = rebound[j].id;
        if ((size_t)q < k)
            k = (size_t)q;
    }
    if (ndiff) {
        /* as the recorder's store_refs: the positions that differ when
         * they are few, else all from the first */
        *out = *d->rec;
        out->nrefs = nr;
        out->refs_from = k;
        bool sparse = ndiff * 2 <= nr - k;
        out->nstored = sparse ? ndiff : nr - k;
        out->refs = rv_malloc(out->nstored * sizeof *out->refs);
        out->pos = sparse ? rv_malloc(out->nstored * sizeof *out->pos) : NULL;
        size_t i = 0;
        for (size_t q = k; q < nr; q++) {
            if (sparse && !changed[q])
                continue;
            out->refs[i] = d->refs[q];
            if (changed[q])
                out->refs[i].target = now[q];
            if (sparse)
                out->pos[i] = q;
            i++;
        }
    }
    rv_free(now);
    rv_free(changed);
    return ndiff > 0;
}

void rv_delta_implied_free(rv_obj_rec_t *r)
{
    rv_free(r->refs);
    rv_free(r->pos);
}

void rv_delta_reader_init(rv_delta_reader_t *d, rv_trace_t *t)
{
    memset(d, 0, sizeof *d);
    d->t = t;
}

void rv_delta_reader_free(rv_delta_reader_t *d)
{
    rv_free(d->name);
    rv_free(d->path);
    rv_free(d->code);
    rv_free(d->lesson_title);
    rv_free(d->lesson_summary);
    rv_free(d->error_type);
    rv_free(d->error_message);
    for (size_t i = 0; i < d->capnarration; i++)
        rv_free(d->narration[i]);
    rv_free(d->narration);
}

static int refuse(rv_delta_reader_t *d, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(d->err, sizeof d->err, fmt, ap);
    va_end(ap);
    return -1;
}

static const cJSON *get(const cJSON *o, const char *key)
{
    return cJSON_GetObjectItemCaseSensitive(o, key);
}

/* A number the format uses as an int (a line, a version, a limit):
 * converting one out of int's range would be undefined, so it is refused
 * as a non-number is. */
static bool num(const cJSON *v, double *out)
{
    if (!cJSON_IsNumber(v) || !(v->valuedouble >= -2147483648.0 && v->valuedouble <= 2147483647.0))
        return false;
    *out = v->valuedouble;
    return true;
}

static uint64_t u64(const cJSON *v)
{
    /* (out of uint64_t's range, NaN included, the conversion is undefined) */
    return cJSON_IsNumber(v) && v->valuedouble >= 0 && v->valuedouble < 18446744073709551616.0
               ? (uint64_t)v->valuedouble
               : 0;
}

static char *dup_str(const cJSON *v)
{
    return cJSON_IsString(v) ? rv_strdup(v->valuestring) : NULL;
}

/* A string that may hold NULs: cJSON stops at the first, so the length
 * written beside it ("ol") pads the rest with NULs. */
static const char *str_or(const cJSON *v, const char *dflt)
{
    return cJSON_IsString(v) ? v->valuestring : dflt;
}

static int read_header(rv_delta_reader_t *d, const cJSON *o)
{
    const char *format = str_or(get(o, "format"), "");
    double version = 0;
    if (strcmp(format, "refviz-delta") != 0 || !num(get(o, "version"), &version) || (version != 1 && version != 2))
        return refuse(d, "the first line is not a refviz-delta version 1 or 2 header");
    const cJSON *src = get(o, "source");
    d->name = dup_str(get(src, "name"));
    d->path = dup_str(get(src, "path"));
    d->code = dup_str(get(src, "code"));
    const cJSON *lesson = get(o, "lesson");
    if (cJSON_IsObject(lesson)) {
        d->has_lesson = true;
        d->lesson_title = dup_str(get(lesson, "title"));
        d->lesson_summary = dup_str(get(lesson, "summary"));
    }
    double limit = 0;
    if (num(get(o, "repr_limit"), &limit) && limit > 0)
        d->t->opt.repr_limit = (size_t)limit;
    d->t->opt.final_only = cJSON_IsTrue(get(o, "final"));
    d->header_seen = true;
    return 0;
}

/* A line's "o" (and "ol"): output appended to the trace's. */
static int read_output(rv_delta_reader_t *d, const cJSON *o)
{
    const cJSON *out = get(o, "o");
    if (!cJSON_IsString(out))
        return 0;
    size_t len = strlen(out->valuestring), want = (size_t)u64(get(o, "ol"));
    /* Each NUL is six bytes of the line (\u0000): a bigger length is not
     * the writer's, and would have the reader pad gigabytes. */
    if (want > d->line_len)
        return refuse(d, "a line's ol is longer than its line");
    rv_buf_add(&d->t->out, out->valuestring, len);
    for (; len < want; len++)
        rv_buf_addc(&d->t->out, '\0');
    return 0;
}

static int read_end(rv_delta_reader_t *d, const cJSON *o)
{
    const cJSON *e = get(o, "error");
    if (cJSON_IsObject(e)) {
        d->has_error = true;
        d->error_type = dup_str(get(e, "type"));
        d->error_message = dup_str(get(e, "message"));
        double line = 0;
        num(get(e, "line"), &line);
        d->error_line = (int)line;
    }
    if (read_output(d, o) < 0)
        return -1;
    d->nsteps_declared = (size_t)u64(get(o, "steps"));
    if (d->nsteps_declared != d->t->nsteps)
        return refuse(d, "the end line counts %zu steps, the file has %zu", d->nsteps_declared,
                      d->t->nsteps);
    d->ended = true;
    return 0;
}

/******************************************************************************/
/* records                                                                    */

/* was: the reference this one replaces, or NULL ([2, target] keeps its
 * key and label). */
static int read_ref(rv_delta_reader_t *d, const cJSON *a, rv_ref_rec_t *ref,
                    const rv_ref_rec_t *was)
{
    memset(ref, 0, sizeof *ref);
    if (!cJSON_IsArray(a) || cJSON_GetArraySize(a) < 2)
        return refuse(d, "a reference is not [kind, target, ...]");
    unsigned kind = (unsigned)u64(cJSON_GetArrayItem(a, 0));
    ref->weak = (kind & 8) != 0;
    ref->kind = (rv_ref_kind_t)(kind & 7);
    ref->target = u64(cJSON_GetArrayItem(a, 1));
    if (ref->kind == RV_REF_VALUE && cJSON_GetArraySize(a) == 2) {
        if (!was || was->kind != RV_REF_VALUE)
            return refuse(d, "a dict value keeps the key of no dict value");
        ref->key = was->key;
        ref->label = was->label;
        return 0;
    }
    const cJSON *x = cJSON_GetArrayItem(a, 2), *y = cJSON_GetArrayItem(a, 3);
    switch (ref->kind) {
    case RV_REF_INDEX:
        ref->index = (size_t)u64(x);
        break;
    case RV_REF_VALUE:
        ref->key = u64(x);
        ref->label = rv_trace_intern(d->t, str_or(y, ""));
        break;
    case RV_REF_NAMED:
        ref->label = rv_trace_intern(d->t, str_or(x, ""));
        break;
    case RV_REF_KEY:
    case RV_REF_MEMBER:
        break;
    default:
        return refuse(d, "unknown reference kind %u", kind);
    }
    return 0;
}

/* refs_from, nrefs, [refs] (, [positions]) from a[at] on. */
static int read_refs(rv_delta_reader_t *d, rv_obj_rec_t *r, const cJSON *a, int at,
                     const rv_state_obj_t *prev)
{
    rv_trace_t *t = d->t;
    r->refs_from = (size_t)u64(cJSON_GetArrayItem(a, at));
    r->nrefs = (size_t)u64(cJSON_GetArrayItem(a, at + 1));
    const cJSON *refs = cJSON_GetArrayItem(a, at + 2), *pos = cJSON_GetArrayItem(a, at + 3);
    r->nstored = (size_t)cJSON_GetArraySize(refs);
    if (cJSON_IsArray(pos)) {
        if ((size_t)cJSON_GetArraySize(pos) != r->nstored)
            return refuse(d, "a record's positions do not match its references");
        r->pos = rv_trace_alloc(t, (r->nstored ? r->nstored : 1) * sizeof *r->pos);
        size_t i = 0;
        const cJSON *x;
        cJSON_ArrayForEach(x, pos)
            r->pos[i++] = (size_t)u64(x);
    }
    /* positions past nrefs would write outside the state's array; those
     * the object did not have before must all be stored (the state would
     * keep them unset) */
    size_t had = prev ? prev->nrefs : 0;
    if (r->nrefs > had && r->nrefs - had > r->nstored)
        return refuse(d, "a record's new references are not all stored");
    bool *fresh = rv_calloc(r->nrefs > had ? r->nrefs - had : 1, sizeof *fresh);
    size_t nfresh = 0;
    for (size_t i = 0; i < r->nstored; i++) {
        size_t p = r->pos ? r->pos[i] : r->refs_from + i;
        if (p >= r->nrefs) {
            rv_free(fresh);
            return refuse(d, "a record stores a reference past its count");
        }
        if (p >= had && !fresh[p - had]) {
            fresh[p - had] = true;
            nfresh++;
        }
    }
    rv_free(fresh);
    if (r->nrefs > had && nfresh != r->nrefs - had)
        return refuse(d, "a record's new references are not all stored");
    if (r->nstored) {
        r->refs = rv_trace_alloc(t, r->nstored * sizeof *r->refs);
        size_t i = 0;
        const cJSON *x;
        cJSON_ArrayForEach(x, refs)
        {
            size_t p = r->pos ? r->pos[i] : r->refs_from + i;
            const rv_ref_rec_t *was = prev && p < prev->nrefs ? &prev->refs[p] : NULL;
            if (read_ref(d, x, &r->refs[i++], was) < 0)
                return -1;
        }
    }
    return 0;
}

/* [id,type,size,flags,repr,value(,refs_from,nrefs,[refs](,[positions]))] */
static rv_obj_rec_t *read_rec(rv_delta_reader_t *d, const cJSON *a)
{
    rv_trace_t *t = d->t;
    int n = cJSON_IsArray(a) ? cJSON_GetArraySize(a) : 0;
    bool short_form = n >= 4 && cJSON_IsNumber(cJSON_GetArrayItem(a, 1));
    if (n < 6 && !short_form) {
        refuse(d, "a record is not [id, type, size, flags, repr, value, ...]");
        return NULL;
    }
    rv_obj_rec_t *r = rv_trace_new_rec(t);
    memset(r, 0, sizeof *r);
    r->id = u64(cJSON_GetArrayItem(a, 0));
    const rv_state_obj_t *prev = rv_state_get(&t->current, r->id);
    if (short_form) {
        /* [id, refs_from, nrefs, [refs] (, [positions])]: the rest as before */
        if (!prev) {
            refuse(d, "a record of object %llu keeps the fields of none",
                   (unsigned long long)r->id);
            return NULL;
        }
        *r = *prev->rec;
        r->refs = NULL;
        r->pos = NULL;
        r->refs_from = r->nrefs = r->nstored = 0;
        return read_refs(d, r, a, 1, prev) < 0 ? NULL : r;
    }
    r->type = rv_trace_intern(t, str_or(cJSON_GetArrayItem(a, 1), ""));
    r->size = (size_t)u64(cJSON_GetArrayItem(a, 2));
    unsigned flags = (unsigned)u64(cJSON_GetArrayItem(a, 3));
    r->mutable_ = flags & 1;
    r->inline_ = (flags >> 1) & 1;
    r->repr_cut = (flags >> 2) & 1;
    r->vbool = (flags >> 3) & 1;
    r->repr_kind = (rv_repr_kind_t)((flags >> 4) & 15);
    r->vkind = (rv_value_kind_t)((flags >> 8) & 15);
    if (r->repr_kind > RV_REPR_NAMED_SET || r->vkind > RV_VAL_STR) {
        refuse(d, "a record's flags name no repr or value kind");
        return NULL;
    }
    bool needs_text = r->repr_kind == RV_REPR_TEXT || r->repr_kind == RV_REPR_DEQUE ||
                      r->repr_kind == RV_REPR_DEFAULTDICT || r->repr_kind == RV_REPR_NAMED_SET;
    if (needs_text && !cJSON_IsString(cJSON_GetArrayItem(a, 4)) &&
        !(r->vkind == RV_VAL_INT && cJSON_IsNumber(cJSON_GetArrayItem(a, 4)))) {
        refuse(d, "a record lacks the text of its repr");
        return NULL;
    }
    const cJSON *repr = cJSON_GetArrayItem(a, 4), *value = cJSON_GetArrayItem(a, 5);
    switch (r->vkind) {
    case RV_VAL_INT: {
        double v = cJSON_IsNumber(value) ? value->valuedouble : 0;
        if (!(v > -9223372036854775808.0 && v < 9223372036854775808.0)) {
            refuse(d, "an int record's value is out of range");
            return NULL;
        }
        r->vint = (int64_t)v;
        break;
    }
    case RV_VAL_FLOAT: {
        const char *s = str_or(value, "0");
        r->vfloat = strcmp(s, "nan") == 0    ? NAN
                    : strcmp(s, "inf") == 0  ? INFINITY
                    : strcmp(s, "-inf") == 0 ? -INFINITY
                                             : strtod(s, NULL);
        break;
    }
    case RV_VAL_BIGINT:
    case RV_VAL_STR: {
        const char *s = str_or(value, "");
        r->vtext = rv_trace_text(t, s, strlen(s));
        break;
    }
    default:
        break;
    }
    if (cJSON_IsString(repr)) {
        r->repr = rv_trace_text(t, repr->valuestring, strlen(repr->valuestring));
    } else if (cJSON_IsNumber(repr)) {
        /* an int's repr: its value's digits */
        char text[24];
        snprintf(text, sizeof text, "%lld", (long long)r->vint);
        r->repr = rv_trace_text(t, text, strlen(text));
    }
    /* The JSON trace writes a finite float's repr as its value, as it is:
     * it must be a JSON number (the recorder's always is). */
    if (r->vkind == RV_VAL_FLOAT && isfinite(r->vfloat) && r->repr_kind == RV_REPR_TEXT &&
        r->repr && !r->repr_cut && !rv_jsonnum_check(r->repr)) {
        refuse(d, "a float record's repr is not a number");
        return NULL;
    }
    if (n >= 9 && read_refs(d, r, a, 6, prev) < 0)
        return NULL;
    return r;
}

/******************************************************************************/
/* frames                                                                     */

static int read_vars(rv_delta_reader_t *d, const cJSON *vars, rv_var_rec_t **out, size_t *n)
{
    size_t add = (size_t)cJSON_GetArraySize(vars);
    *out = rv_realloc(*out, (*n + add ? *n + add : 1) * sizeof **out);
    const cJSON *v;
    cJSON_ArrayForEach(v, vars)
    {
        if (!cJSON_IsArray(v) || !cJSON_IsString(cJSON_GetArrayItem(v, 0)))
            return refuse(d, "a variable is not [name, id]");
        (*out)[*n].name = rv_trace_intern(d->t, cJSON_GetArrayItem(v, 0)->valuestring);
        (*out)[*n].id = u64(cJSON_GetArrayItem(v, 1));
        (*n)++;
    }
    return 0;
}

/* The frames of step s: the step before's, less "pop", with the changes
 * of "f" (a frame not mentioned keeps its line, but the innermost takes
 * the step's). */
static int read_frames(rv_delta_reader_t *d, rv_step_rec_t *s, const rv_step_rec_t *prev,
                       const cJSON *o)
{
    size_t np = prev ? prev->nframes : 0, pop = (size_t)u64(get(o, "pop"));
    if (pop > np)
        return refuse(d, "a step pops more frames than there are");
    const cJSON *f = get(o, "f");
    size_t n = np - pop, most = n + (size_t)cJSON_GetArraySize(f);
    const cJSON *x;
    cJSON_ArrayForEach(x, f)
    {
        size_t i = (size_t)u64(get(x, "i"));
        /* each entry pushes at most one frame */
        if (i >= most)
            return refuse(d, "a frame entry's index %zu is past the frames", i);
        if (i + 1 > n)
            n = i + 1;
    }
    s->frames = rv_calloc(n ? n : 1, sizeof *s->frames);
    s->nframes = n;
    bool *changed = rv_calloc(n ? n : 1, sizeof *changed);
    for (size_t i = 0; i < np - pop; i++) {
        s->frames[i] = prev->frames[i];
        s->frames[i].vars = NULL;
        s->frames[i].shared = false;
    }
    int r = 0;
    cJSON_ArrayForEach(x, f)
    {
        size_t i = (size_t)u64(get(x, "i"));
        rv_frame_rec_t *fr = &s->frames[i];
        const rv_frame_rec_t *was = i < np - pop ? &prev->frames[i] : NULL;
        /* (a second entry would replace, and leak, the first's variables) */
        if (changed[i]) {
            r = refuse(d, "frame %zu has two entries", i);
            break;
        }
        changed[i] = true;
        const cJSON *fn = get(x, "fn");
        if (cJSON_IsString(fn))
            fr->function = rv_trace_intern(d->t, fn->valuestring);
        else if (!was)
            r = refuse(d, "a pushed frame lacks its function");
        if (get(x, "id"))
            fr->frame = u64(get(x, "id"));
        if (get(x, "g"))
            fr->globals = u64(get(x, "g"));
        size_t keep = was ? was->nvars : 0;
        if (get(x, "vk"))
            keep = (size_t)u64(get(x, "vk"));
        if (keep > (was ? was->nvars : 0))
            r = refuse(d, "a frame keeps more variables than it had");
        if (r < 0)
            break;
        fr->nvars = 0;
        if (keep) {
            fr->vars = rv_malloc(keep * sizeof *fr->vars);
            memcpy(fr->vars, was->vars, keep * sizeof *fr->vars);
            fr->nvars = keep;
        }
        if (get(x, "v"))
            r = read_vars(d, get(x, "v"), &fr->vars, &fr->nvars);
        if (r < 0)
            break;
        double line;
        fr->line = num(get(x, "l"), &line) ? (int)line : s->line;
        fr->has_return = false;
        fr->ret = 0;
        if (get(x, "r")) {
            fr->has_return = true;
            fr->ret = u64(get(x, "r"));
        }
        fr->yields = get(x, "y") != NULL;
    }
    /* variables rebound in place, [frame, position, id]: a frame without
     * an entry gets its own copy of the step before's first */
    const cJSON *vs, *rebound = r == 0 ? get(o, "vs") : NULL;
    cJSON_ArrayForEach(vs, rebound)
    {
        size_t i = (size_t)u64(cJSON_GetArrayItem(vs, 0)), p = (size_t)u64(cJSON_GetArrayItem(vs, 1));
        if (i >= np - pop) {
            r = refuse(d, "a variable rebound in a frame not kept");
            break;
        }
        rv_frame_rec_t *fr = &s->frames[i];
        if (!changed[i]) {
            changed[i] = true;
            fr->vars = rv_malloc((fr->nvars ? fr->nvars : 1) * sizeof *fr->vars);
            if (fr->nvars)
                memcpy(fr->vars, prev->frames[i].vars, fr->nvars * sizeof *fr->vars);
            if (i + 1 == n)
                fr->line = s->line;
        }
        if (p >= fr->nvars) {
            r = refuse(d, "a variable rebound past the frame's variables");
            break;
        }
        fr->vars[p].id = u64(cJSON_GetArrayItem(vs, 2));
    }
    for (size_t i = 0; r == 0 && i < n; i++) {
        rv_frame_rec_t *fr = &s->frames[i];
        if (!fr->function) {
            r = refuse(d, "frame %zu is neither kept nor pushed", i);
            break;
        }
        if (changed[i]) {
            rv_trace_share_vars(d->t, s, i);
            continue;
        }
        /* unchanged: the step before's, shared */
        fr->vars = prev->frames[i].vars;
        fr->shared = true;
        if (i + 1 == n)
            fr->line = s->line;
    }
    rv_free(changed);
    return r;
}

/******************************************************************************/
/* steps                                                                      */

static int read_step(rv_delta_reader_t *d, const cJSON *o)
{
    rv_trace_t *t = d->t;
    if (get(o, "s") && (size_t)u64(get(o, "s")) != t->nsteps)
        return refuse(d, "step %zu where step %zu was due", (size_t)u64(get(o, "s")), t->nsteps);
    const rv_step_rec_t *prev0 = rv_trace_last_step(t);
    int prev_line = prev0 ? prev0->line : 0;
    uint64_t default_nf = rv_delta_default_new_from(prev0);
    size_t prev_out = prev0 ? prev0->stdout_len : 0;
    rv_step_rec_t *s = rv_trace_new_step(t);
    const rv_step_rec_t *prev = rv_trace_last_step(t);
    double line;
    s->line = num(get(o, "l"), &line) ? (int)line : prev_line;
    const char *ev = str_or(get(o, "e"), "step");
    size_t e = 0;
    while (e < 4 && strcmp(ev, event_names[e]) != 0)
        e++;
    if (e == 4)
        return refuse(d, "unknown event '%s'", ev);
    s->event = (rv_event_t)e;
    if (read_output(d, o) < 0)
        return -1;
    (void)prev_out;
    s->stdout_len = t->out.len;
    const cJSON *nf = get(o, "nf");
    double nfd = cJSON_IsNumber(nf) ? nf->valuedouble : 0;
    if (!(nfd > -9223372036854775808.0 && nfd < 9223372036854775808.0))
        return refuse(d, "a step's nf is out of range");
    s->new_from = default_nf + (uint64_t)(int64_t)nfd;
    const cJSON *narr = get(o, "n");
    if (cJSON_IsString(narr)) {
        if (t->nsteps > d->capnarration) {
            size_t cap = d->capnarration ? d->capnarration * 2 : 64;
            while (cap < t->nsteps)
                cap *= 2;
            d->narration = rv_realloc(d->narration, cap * sizeof *d->narration);
            memset(d->narration + d->capnarration, 0,
                   (cap - d->capnarration) * sizeof *d->narration);
            d->capnarration = cap;
        }
        d->narration[t->nsteps - 1] = rv_strdup(narr->valuestring);
    }
    t->events++;
    if (read_frames(d, s, prev, o) < 0)
        return -1;
    const cJSON *x;
    cJSON_ArrayForEach(x, get(o, "x"))
    {
        if (s->nfreed == 0)
            s->freed = rv_malloc((size_t)cJSON_GetArraySize(get(o, "x")) * sizeof *s->freed);
        s->freed[s->nfreed++] = u64(x);
        rv_state_drop(&t->current, u64(x));
    }
    /* a module frame's variables rebound in place: their globals dict's
     * record is implied, unless the step says "ng" */
    size_t nkept = prev ? prev->nframes - (size_t)u64(get(o, "pop")) : 0;
    for (size_t i = 0; !get(o, "ng") && i < nkept && i < s->nframes; i++) {
        const rv_frame_rec_t *fr = &s->frames[i];
        if (!fr->globals)
            continue;
        rv_var_rec_t *rb = rv_malloc((fr->nvars ? fr->nvars : 1) * sizeof *rb);
        size_t nrb = 0;
        cJSON_ArrayForEach(x, get(o, "vs"))
        {
            size_t fi = (size_t)u64(cJSON_GetArrayItem(x, 0)), p = (size_t)u64(cJSON_GetArrayItem(x, 1));
            if (fi == i && p < fr->nvars)
                rb[nrb++] = fr->vars[p];
        }
        rv_obj_rec_t implied;
        if (rv_delta_implied_globals(&t->current, fr->globals, rb, nrb, &implied)) {
            rv_trace_add_rec(t, &implied);
            rv_delta_implied_free(&implied);
        }
        rv_free(rb);
    }
    d->capchanged = 0;
    cJSON_ArrayForEach(x, get(o, "c"))
    {
        rv_obj_rec_t *r = read_rec(d, x);
        if (!r)
            return -1;
        rv_trace_add_rec(t, r);
    }
    rv_trace_commit_step(t);
    return 0;
}

int rv_delta_reader_line(rv_delta_reader_t *d, const char *line, size_t len)
{
    if (d->ended)
        return refuse(d, "a line after the end line");
    d->line_len = len;
    cJSON *o = cJSON_ParseWithLength(line, len);
    if (!cJSON_IsObject(o)) {
        cJSON_Delete(o);
        if (!d->header_seen)
            return refuse(d, "the first line is not a refviz-delta version 1 or 2 header");
        return refuse(d, "a line after step %zu is not a JSON object", d->t->nsteps);
    }
    int r = !d->header_seen ? read_header(d, o)
            : get(o, "end") ? read_end(d, o)
            : get(o, "keyframe") ? 0
                                 : read_step(d, o);
    cJSON_Delete(o);
    return r;
}
