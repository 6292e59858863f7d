/* src/trace/load.c - see load.h. */
#include "trace/load.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "trace/store.h"

/* Inferred frame identities are counted from here, far above any object
 * id, so the two never meet in a map keyed by either. */
#define FRAME_IDS_FROM (UINT64_C(1) << 62)

void rv_loader_init(rv_trace_loader_t *l, rv_trace_t *t)
{
    memset(l, 0, sizeof *l);
    l->t = t;
    l->next_frame = FRAME_IDS_FROM;
}

void rv_loader_init_full(rv_trace_loader_t *l, rv_trace_t *t)
{
    rv_loader_init(l, t);
    l->full = true;
    l->header_seen = true;
}

void rv_loader_free(rv_trace_loader_t *l)
{
    for (size_t i = 0; i < l->capnarration; i++)
        rv_free(l->narration[i]);
    rv_free(l->narration);
    rv_free(l->error_type);
    rv_free(l->error_message);
    rv_free(l->refs);
}

static int refuse(rv_trace_loader_t *l, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(l->err, sizeof l->err, fmt, ap);
    va_end(ap);
    return -1;
}

/* An id: a non-negative integer JSON number. */
static bool get_id(const cJSON *v, uint64_t *id)
{
    if (!cJSON_IsNumber(v) || v->valuedouble < 0 || v->valuedouble >= 9007199254740992.0 ||
        v->valuedouble != floor(v->valuedouble))
        return false;
    *id = (uint64_t)v->valuedouble;
    return true;
}

static const char *get_str(const cJSON *o, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    return cJSON_IsString(v) ? v->valuestring : NULL;
}

static bool get_int(const cJSON *o, const char *key, int *out)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    if (!cJSON_IsNumber(v) || v->valuedouble < -2147483648.0 || v->valuedouble > 2147483647.0)
        return false;
    *out = (int)v->valuedouble;
    return true;
}

/******************************************************************************/
/* the header and the end                                                     */

static int read_header(rv_trace_loader_t *l, const cJSON *o)
{
    const char *format = get_str(o, "format");
    const cJSON *version = cJSON_GetObjectItemCaseSensitive(o, "version");
    if (!format || strcmp(format, "refviz-trace") != 0 || !cJSON_IsNumber(version) ||
        version->valuedouble != 1)
        return refuse(l, "the first line is not a refviz-trace version 1 header");
    const char *py = get_str(o, "python");
    snprintf(l->python, sizeof l->python, "%s", py ? py : "");
    l->header_seen = true;
    return 0;
}

static int read_end(rv_trace_loader_t *l, const cJSON *o)
{
    const cJSON *e = cJSON_GetObjectItemCaseSensitive(o, "error");
    if (cJSON_IsObject(e)) {
        const char *type = get_str(e, "type"), *msg = get_str(e, "message");
        if (!type || !msg || !get_int(e, "line", &l->error_line))
            return refuse(l, "the end line's error lacks its type, message or line");
        l->error_type = rv_strdup(type);
        l->error_message = rv_strdup(msg);
    } else if (e && !cJSON_IsNull(e)) {
        return refuse(l, "the end line's error is neither null nor an object");
    }
    const cJSON *stopped = cJSON_GetObjectItemCaseSensitive(o, "stopped");
    if (cJSON_IsNumber(stopped))
        get_int(o, "stopped", &l->stopped_line);
    l->ended = true;
    return 0;
}

/******************************************************************************/
/* frames                                                                     */

static const char *const event_names[] = { "step", "call", "return", "exception" };

/* Frame i is the step before's frame i when it runs the same function, the
 * frames below it are the same, and this step did not enter it (a call
 * enters the innermost frame). */
static uint64_t infer_frame(rv_trace_loader_t *l, const rv_step_rec_t *s, size_t i, size_t n,
                            bool below_same)
{
    const rv_step_rec_t *prev = rv_trace_last_step(l->t);
    bool entered = s->event == RV_EV_CALL && i + 1 == n;
    if (prev && below_same && !entered && i < prev->nframes &&
        prev->frames[i].function == s->frames[i].function)
        return prev->frames[i].frame;
    return l->next_frame++;
}

static int read_vars(rv_trace_loader_t *l, rv_frame_rec_t *fr, const cJSON *vars)
{
    size_t n = (size_t)cJSON_GetArraySize(vars);
    fr->vars = rv_calloc(n ? n : 1, sizeof *fr->vars);
    const cJSON *v;
    cJSON_ArrayForEach(v, vars)
    {
        const char *name = get_str(v, "name");
        uint64_t id;
        if (!name || !get_id(cJSON_GetObjectItemCaseSensitive(v, "ref"), &id))
            return refuse(l, "a frame variable lacks its name or ref");
        fr->vars[fr->nvars].name = rv_trace_intern(l->t, name);
        fr->vars[fr->nvars].id = id;
        fr->nvars++;
    }
    return 0;
}

static int read_frames(rv_trace_loader_t *l, rv_step_rec_t *s, const cJSON *frames)
{
    if (!cJSON_IsArray(frames))
        return refuse(l, "a snapshot lacks its frames");
    size_t n = (size_t)cJSON_GetArraySize(frames);
    s->frames = rv_calloc(n ? n : 1, sizeof *s->frames);
    bool below_same = true;
    const cJSON *f;
    cJSON_ArrayForEach(f, frames)
    {
        rv_frame_rec_t *fr = &s->frames[s->nframes++];
        const char *fn = get_str(f, "function");
        const cJSON *vars = cJSON_GetObjectItemCaseSensitive(f, "vars");
        if (!fn || !get_int(f, "line", &fr->line) || !cJSON_IsArray(vars))
            return refuse(l, "a frame lacks its function, line or vars");
        fr->function = rv_trace_intern(l->t, fn);
        if (read_vars(l, fr, vars) < 0)
            return -1;
        const cJSON *ret = cJSON_GetObjectItemCaseSensitive(f, "return");
        if (ret) {
            if (!get_id(ret, &fr->ret))
                return refuse(l, "a frame's return is not an id");
            fr->has_return = true;
            fr->yields = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(f, "yields"));
        }
        uint64_t given;
        if (get_id(cJSON_GetObjectItemCaseSensitive(f, "frame"), &given))
            fr->frame = given + FRAME_IDS_FROM;
        else
            fr->frame = infer_frame(l, s, s->nframes - 1, n, below_same);
        const rv_step_rec_t *prev = rv_trace_last_step(l->t);
        size_t i = s->nframes - 1;
        below_same = below_same && prev && i < prev->nframes && prev->frames[i].frame == fr->frame;
        rv_trace_share_vars(l->t, s, i);
    }
    return 0;
}

/******************************************************************************/
/* object states                                                              */

static void reserve_refs(rv_trace_loader_t *l, size_t n)
{
    if (n <= l->caprefs)
        return;
    l->caprefs = n > 2 * l->caprefs ? n : 2 * l->caprefs;
    l->refs = rv_realloc(l->refs, l->caprefs * sizeof *l->refs);
}

/* Whether label is the decimal text of i: a sequence's items are labelled
 * by their index from the first reference on. */
static bool is_index_label(const char *label, size_t i)
{
    char text[24];
    snprintf(text, sizeof text, "%zu", i);
    return strcmp(label, text) == 0;
}

/* The references of one object, as the recorder stores them: a mapping
 * entry is its key (counted) then its value; a sequence's items are
 * indexed; a set's members unlabelled; everything else named. */
static int read_refs(rv_trace_loader_t *l, const cJSON *refs, size_t *nout)
{
    size_t n = 0, entry = 0;
    bool indexed = true;
    reserve_refs(l, 2 * (size_t)cJSON_GetArraySize(refs) + 1);
    const cJSON *r;
    cJSON_ArrayForEach(r, refs)
    {
        uint64_t target, key;
        if (!get_id(cJSON_GetObjectItemCaseSensitive(r, "ref"), &target))
            return refuse(l, "a reference lacks its ref");
        const cJSON *label = cJSON_GetObjectItemCaseSensitive(r, "label");
        const cJSON *k = cJSON_GetObjectItemCaseSensitive(r, "key");
        bool weak = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(r, "weak"));
        rv_ref_rec_t *x = &l->refs[n];
        memset(x, 0, sizeof *x);
        if (k) {
            if (!get_id(k, &key) || !cJSON_IsString(label))
                return refuse(l, "a mapping entry lacks its key or label");
            x->kind = RV_REF_KEY;
            x->target = key;
            x = &l->refs[++n];
            memset(x, 0, sizeof *x);
            x->kind = RV_REF_VALUE;
            x->key = key;
            x->label = rv_trace_intern(l->t, label->valuestring);
            indexed = false;
        } else if (cJSON_IsNull(label) || !label) {
            x->kind = RV_REF_MEMBER;
            indexed = false;
        } else if (!cJSON_IsString(label)) {
            return refuse(l, "a reference's label is neither a string nor null");
        } else if (indexed && is_index_label(label->valuestring, entry)) {
            x->kind = RV_REF_INDEX;
            x->index = entry;
        } else {
            x->kind = RV_REF_NAMED;
            x->label = rv_trace_intern(l->t, label->valuestring);
            indexed = false;
        }
        x->target = target;
        x->weak = weak;
        n++;
        entry++;
    }
    *nout = n;
    return 0;
}

/* Atomic values: what the JSON export writes back and the drawings show. */
static int read_value(rv_trace_loader_t *l, rv_obj_rec_t *r, const cJSON *o)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, "value");
    if (!v)
        return 0;
    bool is_float = strcmp(r->type, "float") == 0;
    if (cJSON_IsNull(v)) {
        r->vkind = RV_VAL_NULL;
    } else if (cJSON_IsBool(v)) {
        r->vkind = RV_VAL_BOOL;
        r->vbool = cJSON_IsTrue(v);
    } else if (cJSON_IsNumber(v) && is_float) {
        r->vkind = RV_VAL_FLOAT;
        r->vfloat = v->valuedouble;
    } else if (cJSON_IsNumber(v)) {
        /* (the tracer writes a bigger int as a string; converting one out
         * of int64_t's range is undefined) */
        if (!(v->valuedouble > -9223372036854775808.0 && v->valuedouble < 9223372036854775808.0))
            return refuse(l, "object %llu has an int value out of range", (unsigned long long)r->id);
        r->vkind = RV_VAL_INT;
        r->vint = (int64_t)v->valuedouble;
    } else if (cJSON_IsString(v) && is_float) {
        const char *s = v->valuestring;
        r->vkind = RV_VAL_FLOAT;
        r->vfloat = strcmp(s, "nan") == 0 ? NAN : strcmp(s, "-inf") == 0 ? -INFINITY : INFINITY;
    } else if (cJSON_IsString(v)) {
        r->vkind = strcmp(r->type, "str") == 0 ? RV_VAL_STR : RV_VAL_BIGINT;
        r->vtext = rv_trace_text(l->t, v->valuestring, strlen(v->valuestring));
    } else {
        return refuse(l, "object %llu has a value of no atomic kind", (unsigned long long)r->id);
    }
    return 0;
}

static bool same_ref(const rv_ref_rec_t *x, const rv_ref_rec_t *y)
{
    return x->kind == y->kind && x->target == y->target && x->key == y->key &&
           x->index == y->index && x->label == y->label && x->weak == y->weak;
}

static bool same_fields(const rv_obj_rec_t *a, const rv_obj_rec_t *b)
{
    if (a->type != b->type || a->size != b->size || a->mutable_ != b->mutable_ ||
        a->vkind != b->vkind || strcmp(a->repr, b->repr) != 0)
        return false;
    if (a->vkind == RV_VAL_STR || a->vkind == RV_VAL_BIGINT)
        return strcmp(a->vtext, b->vtext) == 0;
    if (a->vkind == RV_VAL_FLOAT)
        return memcmp(&a->vfloat, &b->vfloat, sizeof a->vfloat) == 0;
    return a->vint == b->vint && a->vbool == b->vbool;
}

/* Types drawn inside their referrer's cell, as the model's flag them. */
static bool inline_type(const char *type)
{
    return strcmp(type, "int") == 0 || strcmp(type, "float") == 0 || strcmp(type, "str") == 0 ||
           strcmp(type, "bool") == 0 || strcmp(type, "NoneType") == 0;
}

static void add_changed(rv_trace_loader_t *l, rv_step_rec_t *s, size_t *cap, rv_obj_rec_t *r)
{
    (void)s;
    (void)cap;
    rv_trace_add_rec(l->t, r);
}

/* One object's state; stored only if it differs from the one recorded,
 * and of its references only those from the first that changed. */
static int read_object(rv_trace_loader_t *l, rv_step_rec_t *s, size_t *cap, const cJSON *o)
{
    rv_trace_t *t = l->t;
    rv_obj_rec_t cand;
    memset(&cand, 0, sizeof cand);
    const char *type = get_str(o, "type"), *repr = get_str(o, "repr");
    const cJSON *size = cJSON_GetObjectItemCaseSensitive(o, "size");
    const cJSON *refs = cJSON_GetObjectItemCaseSensitive(o, "refs");
    if (!get_id(cJSON_GetObjectItemCaseSensitive(o, "id"), &cand.id) || !type || !repr ||
        !cJSON_IsNumber(size) || !(size->valuedouble >= 0 && size->valuedouble < 9007199254740992.0) ||
        !cJSON_IsArray(refs))
        return refuse(l, "an object lacks its id, type, size, repr or refs");
    cand.type = rv_trace_intern(t, type);
    cand.size = (size_t)size->valuedouble;
    cand.mutable_ = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(o, "mutable"));
    cand.inline_ = inline_type(type);
    cand.repr_kind = RV_REPR_TEXT;
    cand.repr = (char *)repr;
    if (read_value(l, &cand, o) < 0 || read_refs(l, refs, &cand.nrefs) < 0)
        return -1;
    if (cand.id > l->max_id)
        l->max_id = cand.id;
    const rv_state_obj_t *prev = rv_state_get(&t->current, cand.id);
    size_t k = 0;
    if (prev) {
        size_t common = prev->nrefs < cand.nrefs ? prev->nrefs : cand.nrefs;
        while (k < common && same_ref(&l->refs[k], &prev->refs[k]))
            k++;
        if (k == cand.nrefs && cand.nrefs == prev->nrefs && same_fields(prev->rec, &cand))
            return 0;
    }
    rv_obj_rec_t *r = rv_trace_new_rec(t);
    *r = cand;
    r->repr = rv_trace_text(t, repr, strlen(repr));
    r->refs_from = k;
    r->nstored = cand.nrefs - k;
    r->refs = rv_trace_alloc(t, (r->nstored ? r->nstored : 1) * sizeof *r->refs);
    if (r->nstored)
        memcpy(r->refs, l->refs + k, r->nstored * sizeof *r->refs);
    add_changed(l, s, cap, r);
    return 0;
}

/* The freed ids the trace knows: each leaves the current state. */
static int read_freed(rv_trace_loader_t *l, rv_step_rec_t *s, const cJSON *freed)
{
    if (!freed)
        return 0;
    if (!cJSON_IsArray(freed))
        return refuse(l, "a snapshot's freed is not a list");
    size_t n = (size_t)cJSON_GetArraySize(freed);
    s->freed = rv_malloc((n ? n : 1) * sizeof *s->freed);
    const cJSON *v;
    cJSON_ArrayForEach(v, freed)
    {
        uint64_t id;
        if (!get_id(v, &id))
            return refuse(l, "a freed id is not an id");
        if (rv_state_drop(&l->t->current, id))
            s->freed[s->nfreed++] = id;
    }
    return 0;
}

/* The full format's "narration" and "step" (which must be the step's
 * place, when given). */
static int keep_narration(rv_trace_loader_t *l, const cJSON *o)
{
    size_t i = l->t->nsteps;
    const cJSON *step = cJSON_GetObjectItemCaseSensitive(o, "step");
    uint64_t n;
    if (step && (!get_id(step, &n) || n != i))
        return refuse(l, "step %zu is numbered otherwise", i);
    const char *text = get_str(o, "narration");
    if (!text)
        return 0;
    if (i >= l->capnarration) {
        size_t cap = l->capnarration ? 2 * l->capnarration : 64;
        while (cap <= i)
            cap *= 2;
        l->narration = rv_realloc(l->narration, cap * sizeof *l->narration);
        memset(l->narration + l->capnarration, 0, (cap - l->capnarration) * sizeof *l->narration);
        l->capnarration = cap;
    }
    l->narration[i] = rv_strdup(text);
    return 0;
}

static int read_snapshot(rv_trace_loader_t *l, const cJSON *o)
{
    rv_trace_t *t = l->t;
    const char *event = get_str(o, "event");
    int line;
    if (!event || !get_int(o, "line", &line))
        return refuse(l, "a snapshot lacks its line or event");
    size_t ev = 0;
    while (ev < 4 && strcmp(event_names[ev], event) != 0)
        ev++;
    if (ev == 4)
        return refuse(l, "unknown event '%s'", event);
    const char *out = get_str(o, "stdout");
    if (out && l->full) {
        /* everything printed so far: what is new follows the step before's */
        size_t n = strlen(out);
        if (n < t->out.len || (t->out.len && memcmp(out, t->out.data, t->out.len) != 0))
            return refuse(l, "step %zu's stdout does not continue the step before's", t->nsteps);
        rv_buf_add(&t->out, out + t->out.len, n - t->out.len);
    } else if (out) {
        rv_buf_adds(&t->out, out);
    }
    if (l->full && keep_narration(l, o) < 0)
        return -1;
    rv_step_rec_t *s = rv_trace_new_step(t);
    s->line = line;
    s->event = (rv_event_t)ev;
    s->stdout_len = t->out.len;
    s->new_from = l->max_id + 1;
    t->events++;
    if (read_freed(l, s, cJSON_GetObjectItemCaseSensitive(o, "freed")) < 0 ||
        read_frames(l, s, cJSON_GetObjectItemCaseSensitive(o, "frames")) < 0)
        return -1;
    const cJSON *objects = cJSON_GetObjectItemCaseSensitive(o, "objects");
    if (!cJSON_IsArray(objects))
        return refuse(l, "a snapshot lacks its objects");
    size_t cap = 0;
    const cJSON *x;
    cJSON_ArrayForEach(x, objects)
        if (read_object(l, s, &cap, x) < 0)
            return -1;
    rv_trace_commit_step(t);
    return 0;
}

int rv_loader_line(rv_trace_loader_t *l, const char *line, size_t len)
{
    if (l->ended)
        return refuse(l, "a line after the end line");
    cJSON *o = cJSON_ParseWithLength(line, len);
    if (!cJSON_IsObject(o)) {
        cJSON_Delete(o);
        return refuse(l, l->full ? "step %zu is not a JSON object (cut short?)"
                                 : "a line is not a JSON object", l->t->nsteps);
    }
    int r = l->full         ? read_snapshot(l, o)
            : !l->header_seen ? read_header(l, o)
            : cJSON_GetObjectItemCaseSensitive(o, "end") ? read_end(l, o)
                                                         : read_snapshot(l, o);
    cJSON_Delete(o);
    return r;
}
