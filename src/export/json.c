/* src/export/json.c - the JSON trace (spec/snapshot-format.md, version 1),
 * built with cJSON one snapshot at a time so that long traces stream. */
#include <cjson/cJSON.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "export/export.h"

static const char *const event_names[] = { "step", "call", "return", "exception" };
static const char *const change_names[] = { "same", "new", "mutated" };

static cJSON *id_array(const uint64_t *ids, size_t n)
{
    cJSON *a = cJSON_CreateArray();
    for (size_t i = 0; i < n; i++)
        cJSON_AddItemToArray(a, cJSON_CreateNumber((double)ids[i]));
    return a;
}

static cJSON *value_json(const rv_obj_rec_t *r)
{
    switch (r->vkind) {
    case RV_VAL_NULL:
        return cJSON_CreateNull();
    case RV_VAL_BOOL:
        return cJSON_CreateBool(r->vbool);
    case RV_VAL_INT:
        return cJSON_CreateNumber((double)r->vint);
    case RV_VAL_BIGINT:
        return cJSON_CreateString(r->vtext);
    case RV_VAL_FLOAT:
        /* The float's repr is its shortest round-tripping text and JSON
         * syntax: 0.0 and -0.0 stay floats, and distinct, where cJSON would
         * write 0 and -0. */
        if (isfinite(r->vfloat) && r->repr_kind == RV_REPR_TEXT && r->repr && !r->repr_cut)
            return cJSON_CreateRaw(r->repr);
        if (isfinite(r->vfloat))
            return cJSON_CreateNumber(r->vfloat);
        return cJSON_CreateString(isnan(r->vfloat) ? "nan" : r->vfloat > 0 ? "inf" : "-inf");
    case RV_VAL_STR:
        return cJSON_CreateString(r->vtext);
    default:
        return NULL;
    }
}

static cJSON *refs_json(const rv_snap_obj_t *so)
{
    cJSON *a = cJSON_CreateArray();
    char label[32];
    for (size_t i = 0; i < so->nrefs; i++) {
        const rv_ref_rec_t *ref = &so->refs[i];
        if (ref->kind == RV_REF_KEY)
            continue; /* a dict key is part of its value's entry */
        cJSON *e = cJSON_CreateObject();
        switch (ref->kind) {
        case RV_REF_INDEX:
            snprintf(label, sizeof label, "%zu", ref->index);
            cJSON_AddStringToObject(e, "label", label);
            break;
        case RV_REF_VALUE:
            cJSON_AddNumberToObject(e, "key", (double)ref->key);
            cJSON_AddStringToObject(e, "label", ref->label);
            break;
        case RV_REF_MEMBER:
            cJSON_AddNullToObject(e, "label");
            break;
        default:
            cJSON_AddStringToObject(e, "label", ref->label);
            break;
        }
        cJSON_AddNumberToObject(e, "ref", (double)ref->target);
        if (ref->weak)
            cJSON_AddTrueToObject(e, "weak");
        cJSON_AddItemToArray(a, e);
    }
    return a;
}

static cJSON *snapshot_json(const rv_export_input_t *in, const rv_snapshot_t *s)
{
    const rv_step_rec_t *st = s->rec;
    cJSON *o = cJSON_CreateObject();
    cJSON_AddNumberToObject(o, "step", (double)s->step);
    cJSON_AddNumberToObject(o, "line", st->line);
    cJSON_AddStringToObject(o, "event", event_names[st->event]);
    const char *narration = in->narration ? in->narration[s->step] : NULL;
    if (narration)
        cJSON_AddStringToObject(o, "narration", narration);
    else
        cJSON_AddNullToObject(o, "narration");
    char *out = malloc(s->stdout_len + 1);
    if (out) {
        if (s->stdout_len)
            memcpy(out, s->stdout_text, s->stdout_len);
        out[s->stdout_len] = '\0';
        cJSON_AddStringToObject(o, "stdout", out);
        free(out);
    }
    cJSON *frames = cJSON_AddArrayToObject(o, "frames");
    for (size_t f = 0; f < st->nframes; f++) {
        const rv_frame_rec_t *fr = &st->frames[f];
        cJSON *fj = cJSON_CreateObject();
        cJSON_AddStringToObject(fj, "function", fr->function);
        cJSON_AddNumberToObject(fj, "line", fr->line);
        cJSON *vars = cJSON_AddArrayToObject(fj, "vars");
        for (size_t v = 0; v < fr->nvars; v++) {
            cJSON *vj = cJSON_CreateObject();
            cJSON_AddStringToObject(vj, "name", fr->vars[v].name);
            cJSON_AddNumberToObject(vj, "ref", (double)fr->vars[v].id);
            cJSON_AddItemToArray(vars, vj);
        }
        if (fr->has_return)
            cJSON_AddNumberToObject(fj, "return", (double)fr->ret);
        cJSON_AddItemToArray(frames, fj);
    }
    cJSON *objects = cJSON_AddArrayToObject(o, "objects");
    for (size_t i = 0; i < s->nobjects; i++) {
        const rv_snap_obj_t *so = &s->objects[i];
        const rv_obj_rec_t *r = so->rec;
        cJSON *oj = cJSON_CreateObject();
        cJSON_AddNumberToObject(oj, "id", (double)r->id);
        cJSON_AddStringToObject(oj, "type", r->type);
        cJSON_AddBoolToObject(oj, "mutable", r->mutable_);
        cJSON_AddNumberToObject(oj, "refcount", (double)so->refcount);
        cJSON_AddNumberToObject(oj, "size", (double)r->size);
        cJSON_AddStringToObject(oj, "repr", so->repr);
        cJSON *v = value_json(r);
        if (v)
            cJSON_AddItemToObject(oj, "value", v);
        cJSON_AddItemToObject(oj, "refs", refs_json(so));
        cJSON_AddStringToObject(oj, "change", change_names[so->change]);
        cJSON_AddItemToArray(objects, oj);
    }
    cJSON_AddItemToObject(o, "freed", id_array(s->freed, s->nfreed));
    cJSON_AddItemToObject(o, "unreachable", id_array(s->unreachable, s->nunreachable));
    cJSON *mem = cJSON_AddObjectToObject(o, "memory");
    cJSON_AddNumberToObject(mem, "objects", (double)s->nobjects);
    cJSON_AddNumberToObject(mem, "bytes", (double)s->mem_bytes);
    return o;
}

/* The trace object without `steps` (the JSON Lines header), or with an
 * empty steps array to splice the steps into. */
static cJSON *header_json(const rv_export_input_t *in)
{
    cJSON *h = cJSON_CreateObject();
    cJSON_AddStringToObject(h, "format", "refviz-trace");
    cJSON_AddNumberToObject(h, "version", 1);
    cJSON *src = cJSON_AddObjectToObject(h, "source");
    cJSON_AddStringToObject(src, "name", in->name ? in->name : "");
    cJSON_AddStringToObject(src, "path", in->path ? in->path : "");
    cJSON_AddStringToObject(src, "code", in->code ? in->code : "");
    if (in->lesson_title) {
        cJSON *l = cJSON_AddObjectToObject(h, "lesson");
        cJSON_AddStringToObject(l, "title", in->lesson_title);
        cJSON_AddStringToObject(l, "summary", in->lesson_summary ? in->lesson_summary : "");
    } else {
        cJSON_AddNullToObject(h, "lesson");
    }
    cJSON_AddStringToObject(h, "python", "3.11");
    return h;
}

static cJSON *error_json(const rv_export_input_t *in)
{
    if (!in->error)
        return cJSON_CreateNull();
    cJSON *e = cJSON_CreateObject();
    cJSON_AddStringToObject(e, "type", in->error->type);
    cJSON_AddStringToObject(e, "message", in->error->message);
    cJSON_AddNumberToObject(e, "line", in->error->line);
    return e;
}

static int put_json(cJSON *j, FILE *out)
{
    char *s = cJSON_PrintUnformatted(j);
    cJSON_Delete(j);
    if (!s)
        return -1;
    int r = fputs(s, out) < 0 ? -1 : 0;
    cJSON_free(s);
    return r;
}

/* Writes the header object's members without its closing brace, so the
 * steps can be streamed after it. */
static int put_open_object(cJSON *j, FILE *out)
{
    char *s = cJSON_PrintUnformatted(j);
    cJSON_Delete(j);
    if (!s)
        return -1;
    size_t n = strlen(s);
    int r = (fwrite(s, 1, n - 1, out) == n - 1) ? 0 : -1;
    cJSON_free(s);
    return r;
}

/* A --final trace records the snapshots that may be the last (record.c):
 * only the last of them is written. */
static bool skip_for_final(const rv_export_input_t *in, size_t i)
{
    return in->trace->opt.final_only && i + 1 < in->trace->nsteps;
}

int rv_export_json(const rv_export_input_t *in, FILE *out)
{
    int err = put_open_object(header_json(in), out);
    fputs(",\"steps\":[\n", out);
    rv_trace_cursor_t c;
    rv_cursor_init(&c, in->trace);
    const rv_snapshot_t *s;
    bool first = true;
    size_t i = 0;
    while (!err && (s = rv_cursor_next(&c)) != NULL) {
        if (skip_for_final(in, i++))
            continue;
        if (!first)
            fputs(",\n", out);
        first = false;
        err = put_json(snapshot_json(in, s), out);
    }
    rv_cursor_free(&c);
    fputs("\n],\"error\":", out);
    if (!err)
        err = put_json(error_json(in), out);
    fputs("}\n", out);
    return err || ferror(out) ? -1 : 0;
}

int rv_export_jsonl(const rv_export_input_t *in, FILE *out)
{
    cJSON *h = header_json(in);
    cJSON_AddItemToObject(h, "error", error_json(in));
    int err = put_json(h, out);
    fputc('\n', out);
    rv_trace_cursor_t c;
    rv_cursor_init(&c, in->trace);
    const rv_snapshot_t *s;
    size_t i = 0;
    while (!err && (s = rv_cursor_next(&c)) != NULL) {
        if (skip_for_final(in, i++))
            continue;
        err = put_json(snapshot_json(in, s), out);
        fputc('\n', out);
    }
    rv_cursor_free(&c);
    return err || ferror(out) ? -1 : 0;
}
