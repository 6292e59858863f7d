/* src/export/json.c - the JSON trace (spec/snapshot-format.md, version 1),
 * streamed one snapshot at a time: the header and the error through cJSON,
 * the snapshots written directly (see "the steps, written directly"). */
#include <cjson/cJSON.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/jsonnum.h"
#include "export/export.h"
#include "export/jsonw.h"

static const char *const event_names[] = { "step", "call", "return", "exception" };
static const char *const change_names[] = { "same", "new", "mutated" };

/******************************************************************************/
/* the steps, written directly                                                */

/* Snapshots are written straight from the cursor's snapshot into a buffer,
 * with no cJSON tree (building and freeing one was most of the time spent
 * on a long trace).  The bytes are exactly what cJSON_PrintUnformatted
 * writes for the same document (json-trace.sh and the golden traces check
 * it): keys in the order added, no spaces, strings escaped as cJSON's
 * print_string_ptr does, numbers as its print_number does. */

static void value_json(rv_jw_t *w, const rv_obj_rec_t *r)
{
    switch (r->vkind) {
    case RV_VAL_NULL:
        rv_jw_key(w, "value", false);
        rv_jw_lit(w, "null");
        return;
    case RV_VAL_BOOL:
        rv_jw_key(w, "value", false);
        rv_jw_lit(w, r->vbool ? "true" : "false");
        return;
    case RV_VAL_INT:
        rv_jw_key(w, "value", false);
        rv_jw_num(w, (double)r->vint);
        return;
    case RV_VAL_BIGINT:
    case RV_VAL_STR:
        if (!r->vtext)
            return;
        rv_jw_key(w, "value", false);
        rv_jw_str(w, r->vtext);
        return;
    case RV_VAL_FLOAT:
        rv_jw_key(w, "value", false);
        /* The float's repr is its shortest round-tripping text and JSON
         * syntax: 0.0 and -0.0 stay floats, and distinct, where cJSON would
         * write 0 and -0. */
        if (isfinite(r->vfloat) && r->repr_kind == RV_REPR_TEXT && r->repr && !r->repr_cut &&
            rv_jsonnum_check(r->repr))
            rv_jw_lit(w, r->repr);
        else if (isfinite(r->vfloat))
            rv_jw_num(w, r->vfloat);
        else
            rv_jw_str(w, isnan(r->vfloat) ? "nan" : r->vfloat > 0 ? "inf" : "-inf");
        return;
    default:
        return;
    }
}

static void refs_json(rv_jw_t *w, const rv_snap_obj_t *so)
{
    rv_jw_c(w, '[');
    bool first = true;
    for (size_t i = 0; i < so->nrefs; i++) {
        const rv_ref_rec_t *ref = &so->refs[i];
        if (ref->kind == RV_REF_KEY)
            continue; /* a dict key is part of its value's entry */
        if (!first)
            rv_jw_c(w, ',');
        first = false;
        rv_jw_c(w, '{');
        bool none = true; /* no member yet */
        switch (ref->kind) {
        case RV_REF_INDEX:
            rv_jw_lit(w, "\"label\":\"");
            rv_jw_num(w, (double)ref->index);
            rv_jw_c(w, '"');
            none = false;
            break;
        case RV_REF_VALUE:
            rv_jw_key(w, "key", true);
            rv_jw_uint(w, ref->key);
            none = false;
            if (ref->label) {
                rv_jw_key(w, "label", false);
                rv_jw_str(w, ref->label);
            }
            break;
        case RV_REF_MEMBER:
            rv_jw_key(w, "label", true);
            rv_jw_lit(w, "null");
            none = false;
            break;
        default:
            if (ref->label) {
                rv_jw_key(w, "label", true);
                rv_jw_str(w, ref->label);
                none = false;
            }
            break;
        }
        rv_jw_key(w, "ref", none);
        rv_jw_uint(w, ref->target);
        if (ref->weak)
            rv_jw_lit(w, ",\"weak\":true");
        rv_jw_c(w, '}');
    }
    rv_jw_c(w, ']');
}

static void frames_json(rv_jw_t *w, const rv_step_rec_t *st)
{
    rv_jw_c(w, '[');
    for (size_t f = 0; f < st->nframes; f++) {
        const rv_frame_rec_t *fr = &st->frames[f];
        if (f)
            rv_jw_c(w, ',');
        rv_jw_c(w, '{');
        bool first = true;
        if (fr->function) {
            rv_jw_key(w, "function", true);
            rv_jw_str(w, fr->function);
            first = false;
        }
        rv_jw_key(w, "line", first);
        rv_jw_num(w, fr->line);
        rv_jw_lit(w, ",\"vars\":[");
        for (size_t v = 0; v < fr->nvars; v++) {
            if (v)
                rv_jw_c(w, ',');
            rv_jw_c(w, '{');
            bool vfirst = true;
            if (fr->vars[v].name) {
                rv_jw_key(w, "name", true);
                rv_jw_str(w, fr->vars[v].name);
                vfirst = false;
            }
            rv_jw_key(w, "ref", vfirst);
            rv_jw_uint(w, fr->vars[v].id);
            rv_jw_c(w, '}');
        }
        rv_jw_c(w, ']');
        if (fr->has_return) {
            rv_jw_key(w, "return", false);
            rv_jw_uint(w, fr->ret);
        }
        rv_jw_c(w, '}');
    }
    rv_jw_c(w, ']');
}

static void object_json(rv_jw_t *w, const rv_snap_obj_t *so)
{
    const rv_obj_rec_t *r = so->rec;
    rv_jw_lit(w, "{\"id\":");
    rv_jw_uint(w, r->id);
    if (r->type) {
        rv_jw_key(w, "type", false);
        rv_jw_str(w, r->type);
    }
    rv_jw_lit(w, r->mutable_ ? ",\"mutable\":true,\"refcount\":" : ",\"mutable\":false,\"refcount\":");
    rv_jw_uint(w, so->refcount);
    rv_jw_key(w, "size", false);
    rv_jw_uint(w, r->size);
    if (so->repr) {
        rv_jw_key(w, "repr", false);
        rv_jw_str(w, so->repr);
    }
    value_json(w, r);
    rv_jw_key(w, "refs", false);
    refs_json(w, so);
    rv_jw_key(w, "change", false);
    rv_jw_str(w, change_names[so->change]);
    rv_jw_c(w, '}');
}

static void snapshot_json(rv_jw_t *w, const rv_export_input_t *in, const rv_snapshot_t *s)
{
    const rv_step_rec_t *st = s->rec;
    rv_jw_lit(w, "{\"step\":");
    rv_jw_uint(w, s->step);
    rv_jw_key(w, "line", false);
    rv_jw_num(w, st->line);
    rv_jw_key(w, "event", false);
    rv_jw_str(w, event_names[st->event]);
    const char *narration = in->narration ? in->narration[s->step] : NULL;
    rv_jw_key(w, "narration", false);
    if (narration)
        rv_jw_str(w, narration);
    else
        rv_jw_lit(w, "null");
    rv_jw_key(w, "stdout", false);
    rv_jw_str_n(w, s->stdout_len ? s->stdout_text : "", s->stdout_len);
    rv_jw_key(w, "frames", false);
    frames_json(w, st);
    rv_jw_lit(w, ",\"objects\":[");
    for (size_t i = 0; i < s->nobjects; i++) {
        if (i)
            rv_jw_c(w, ',');
        object_json(w, &s->objects[i]);
        rv_jw_maybe_flush(w);
    }
    rv_jw_lit(w, "],\"freed\":");
    rv_jw_ids(w, s->freed, s->nfreed);
    rv_jw_lit(w, ",\"unreachable\":");
    rv_jw_ids(w, s->unreachable, s->nunreachable);
    rv_jw_lit(w, ",\"memory\":{\"objects\":");
    rv_jw_uint(w, s->nobjects);
    rv_jw_lit(w, ",\"bytes\":");
    rv_jw_uint(w, s->mem_bytes);
    rv_jw_lit(w, "}}");
    rv_jw_maybe_flush(w);
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

/* cut: the steps left out by max_bytes, written after the step at line. */
static cJSON *error_json(const rv_export_input_t *in, size_t cut, int line)
{
    if (cut) {
        char msg[160];
        snprintf(msg, sizeof msg, "the trace stops %zu steps early: it reached the output "
                 "limit (%zu MiB)", cut, in->max_bytes >> 20);
        cJSON *e = cJSON_CreateObject();
        cJSON_AddStringToObject(e, "type", "limit");
        cJSON_AddStringToObject(e, "message", msg);
        cJSON_AddNumberToObject(e, "line", line);
        return e;
    }
    if (!in->error)
        return cJSON_CreateNull();
    cJSON *e = cJSON_CreateObject();
    cJSON_AddStringToObject(e, "type", in->error->type);
    cJSON_AddStringToObject(e, "message", in->error->message);
    cJSON_AddNumberToObject(e, "line", in->error->line);
    return e;
}

/* Writes j's text (all of it, or without its closing brace so that more
 * members can follow) and deletes j. */
static void put_json(rv_jw_t *w, cJSON *j, bool open)
{
    char *s = cJSON_PrintUnformatted(j);
    cJSON_Delete(j);
    if (!s) {
        w->err = -1;
        return;
    }
    size_t n = strlen(s);
    rv_jw_add(w, s, open ? n - 1 : n);
    cJSON_free(s);
    rv_jw_maybe_flush(w);
}

/* A --final trace records the snapshots that may be the last (record.c):
 * only the last of them is written. */
static bool skip_for_final(const rv_export_input_t *in, size_t i)
{
    return in->trace->opt.final_only && i + 1 < in->trace->nsteps;
}

static bool over_budget(const rv_export_input_t *in, const rv_jw_t *w)
{
    return in->max_bytes && w->flushed + w->len >= in->max_bytes;
}

int rv_export_json(const rv_export_input_t *in, FILE *out)
{
    rv_jw_t w;
    rv_jw_init(&w, out);
    put_json(&w, header_json(in), true);
    rv_jw_lit(&w, ",\"steps\":[\n");
    rv_trace_cursor_t c;
    rv_cursor_init(&c, in->trace);
    const rv_snapshot_t *s;
    bool first = true;
    size_t i = 0, cut = 0;
    int line = 0;
    while (!w.err && (s = rv_cursor_next(&c)) != NULL) {
        if (skip_for_final(in, i++))
            continue;
        if (!first && over_budget(in, &w)) {
            cut = in->trace->nsteps - (i - 1);
            break;
        }
        if (!first)
            rv_jw_lit(&w, ",\n");
        first = false;
        snapshot_json(&w, in, s);
        line = s->rec->line;
    }
    rv_cursor_free(&c);
    if (in->steps_cut)
        *in->steps_cut = cut;
    rv_jw_lit(&w, "\n],\"error\":");
    put_json(&w, error_json(in, cut, line), false);
    rv_jw_lit(&w, "}\n");
    return rv_jw_end(&w);
}

int rv_export_jsonl(const rv_export_input_t *in, FILE *out)
{
    rv_jw_t w;
    rv_jw_init(&w, out);
    cJSON *h = header_json(in);
    cJSON_AddItemToObject(h, "error", error_json(in, 0, 0));
    put_json(&w, h, false);
    rv_jw_c(&w, '\n');
    rv_trace_cursor_t c;
    rv_cursor_init(&c, in->trace);
    const rv_snapshot_t *s;
    size_t i = 0, written = 0, cut = 0;
    while (!w.err && (s = rv_cursor_next(&c)) != NULL) {
        if (skip_for_final(in, i++))
            continue;
        /* the header, with the error, is out already: stderr says why */
        if (written && over_budget(in, &w)) {
            cut = in->trace->nsteps - (i - 1);
            break;
        }
        snapshot_json(&w, in, s);
        rv_jw_c(&w, '\n');
        written++;
    }
    rv_cursor_free(&c);
    if (in->steps_cut)
        *in->steps_cut = cut;
    return rv_jw_end(&w);
}
