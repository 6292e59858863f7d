/* src/trace/file.c - see file.h.  The first line tells the format: a
 * complete JSON object is a delta header ("refviz-delta"), a JSON Lines
 * header ("refviz-trace" without steps) or a whole JSON trace on one line;
 * anything else starting with '{' is a JSON trace spread over lines (refviz
 * writes one snapshot a line; another tool may indent it). */
#include "trace/file.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

#include "base/alloc.h"
#include "base/buf.h"
#include "trace/delta.h"
#include "trace/load.h"
#include "trace/store.h"

const char *rv_trace_format_name(rv_trace_format_t format)
{
    return format == RV_TRACE_DELTA ? "delta" : format == RV_TRACE_JSON ? "JSON" : "JSON Lines";
}

void rv_trace_file_free(rv_trace_file_t *f)
{
    rv_trace_free(&f->trace);
    rv_free(f->name);
    rv_free(f->path);
    rv_free(f->code);
    rv_free(f->lesson_title);
    rv_free(f->lesson_summary);
    rv_free(f->error_type);
    rv_free(f->error_message);
    for (size_t i = 0; i < f->nnarration; i++)
        rv_free(f->narration[i]);
    rv_free(f->narration);
}

static int refuse(rv_trace_file_t *f, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(f->err, sizeof f->err, fmt, ap);
    va_end(ap);
    return -1;
}

static int read_failed(rv_trace_file_t *f, const char *label)
{
    return refuse(f, "cannot read '%s': %s", label, strerror(errno ? errno : EIO));
}

static char *dup_str(const cJSON *o, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    return cJSON_IsString(v) ? rv_strdup(v->valuestring) : NULL;
}

/* The full format's trace object (without its steps): the source, the
 * lesson and, when it has one, the error. */
static void take_header(rv_trace_file_t *f, const cJSON *h)
{
    const cJSON *src = cJSON_GetObjectItemCaseSensitive(h, "source");
    f->name = dup_str(src, "name");
    f->path = dup_str(src, "path");
    f->code = dup_str(src, "code");
    const cJSON *lesson = cJSON_GetObjectItemCaseSensitive(h, "lesson");
    if (cJSON_IsObject(lesson)) {
        f->has_lesson = true;
        f->lesson_title = dup_str(lesson, "title");
        f->lesson_summary = dup_str(lesson, "summary");
    }
    const cJSON *e = cJSON_GetObjectItemCaseSensitive(h, "error");
    if (cJSON_IsObject(e)) {
        f->has_error = true;
        f->error_type = dup_str(e, "type");
        f->error_message = dup_str(e, "message");
        const cJSON *line = cJSON_GetObjectItemCaseSensitive(e, "line");
        if (cJSON_IsNumber(line) && line->valuedouble >= 0 && line->valuedouble < 2147483647.0)
            f->error_line = (int)line->valuedouble;
    }
}

static size_t chomp(const char *line, size_t len)
{
    while (len && (line[len - 1] == '\n' || line[len - 1] == '\r'))
        len--;
    return len;
}

/******************************************************************************/
/* line by line: delta and JSON Lines                                         */

static int read_delta(rv_trace_file_t *f, FILE *in, const char *label, char **line, size_t *cap,
                      size_t len)
{
    rv_delta_reader_t d;
    rv_delta_reader_init(&d, &f->trace);
    size_t n = 1;
    int r = 0;
    ssize_t got = (ssize_t)len;
    do {
        if (rv_delta_reader_line(&d, *line, chomp(*line, (size_t)got)) < 0) {
            r = refuse(f, "%s:%zu: %s", label, n, d.err);
            break;
        }
        n++;
    } while ((got = getline(line, cap, in)) >= 0);
    if (r == 0 && ferror(in))
        r = read_failed(f, label);
    else if (r == 0 && !d.ended)
        r = refuse(f, "%s: the trace ends before its end line (cut short?)", label);
    f->name = d.name, f->path = d.path, f->code = d.code;
    f->has_lesson = d.has_lesson;
    f->lesson_title = d.lesson_title, f->lesson_summary = d.lesson_summary;
    f->has_error = d.has_error;
    f->error_type = d.error_type, f->error_message = d.error_message;
    f->error_line = d.error_line;
    f->narration = d.narration, f->nnarration = d.capnarration;
    /* (moved: the reader frees nothing of it) */
    d.name = d.path = d.code = d.lesson_title = d.lesson_summary = NULL;
    d.error_type = d.error_message = NULL;
    d.narration = NULL;
    d.capnarration = 0;
    rv_delta_reader_free(&d);
    return r;
}

/* Moves the loader's narration into f. */
static void take_narration(rv_trace_file_t *f, rv_trace_loader_t *l)
{
    f->narration = l->narration;
    f->nnarration = l->capnarration;
    l->narration = NULL;
    l->capnarration = 0;
}

static int read_jsonl(rv_trace_file_t *f, FILE *in, const char *label, char **line, size_t *cap)
{
    rv_trace_loader_t l;
    rv_loader_init_full(&l, &f->trace);
    size_t n = 1;
    int r = 0;
    ssize_t got;
    while ((got = getline(line, cap, in)) >= 0) {
        n++;
        size_t len = chomp(*line, (size_t)got);
        if (len && rv_loader_line(&l, *line, len) < 0) {
            r = refuse(f, "%s:%zu: %s", label, n, l.err);
            break;
        }
    }
    if (r == 0 && ferror(in))
        r = read_failed(f, label);
    take_narration(f, &l);
    rv_loader_free(&l);
    return r;
}

/******************************************************************************/
/* the JSON document, a step at a time                                        */

/* Cuts the document into the trace object without its steps' elements
 * (head: "steps" left as an empty array) and each element, handed to the
 * loader as it ends.  Only strings, brackets and the key before a value
 * at the top level matter. */
typedef struct scan {
    rv_trace_loader_t *l;
    rv_buf_t head, elem, key;
    size_t depth;
    bool in_str, esc;
    bool keying;              /* reading a string at the top level */
    bool steps_next;          /* the value after ':' is the steps array */
    bool in_steps, in_elem, done, seen_steps;
    size_t nelem;
} scan_t;

/* One byte; -1 with f->err set when the document is not a trace. */
static int scan_byte(rv_trace_file_t *f, scan_t *s, char c, const char *label)
{
    if (s->done) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
            return 0;
        return refuse(f, "%s: text after the end of the JSON trace", label);
    }
    if (s->in_elem) {
        rv_buf_addc(&s->elem, c);
        if (s->in_str) {
            if (s->esc)
                s->esc = false;
            else if (c == '\\')
                s->esc = true;
            else if (c == '"')
                s->in_str = false;
        } else if (c == '"') {
            s->in_str = true;
        } else if (c == '{' || c == '[') {
            s->depth++;
        } else if ((c == '}' || c == ']') && --s->depth == 2) {
            s->in_elem = false;
            if (rv_loader_line(s->l, s->elem.data, s->elem.len) < 0)
                return refuse(f, "%s: step %zu: %s", label, s->nelem, s->l->err);
            s->nelem++;
            s->elem.len = 0;
        }
        return 0;
    }
    if (s->in_steps && s->depth == 2) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == ',')
            return 0;
        if (c == '{') {
            s->in_elem = true;
            s->depth = 3;
            rv_buf_addc(&s->elem, c);
            return 0;
        }
        if (c == ']') {
            s->in_steps = false;
            s->depth = 1;
            rv_buf_addc(&s->head, c);
            return 0;
        }
        return refuse(f, "%s: step %zu is not a JSON object", label, s->nelem);
    }
    rv_buf_addc(&s->head, c);
    if (s->in_str) {
        if (s->esc)
            s->esc = false;
        else if (c == '\\')
            s->esc = true;
        else if (c == '"')
            s->in_str = s->keying = false;
        if (s->keying && s->in_str)
            rv_buf_addc(&s->key, c);
        return 0;
    }
    switch (c) {
    case '"':
        s->in_str = true;
        if (s->depth == 1) {
            s->keying = true;
            s->key.len = 0;
        }
        break;
    case ':':
        if (s->depth == 1)
            s->steps_next = s->key.len == 5 && memcmp(s->key.data, "steps", 5) == 0;
        break;
    case '[':
    case '{':
        if (s->depth == 0 && c != '{')
            return refuse(f, "%s: not a refviz trace (delta, JSON or JSON Lines)", label);
        if (++s->depth == 2 && c == '[' && s->steps_next) {
            s->in_steps = s->seen_steps = true;
            s->steps_next = false;
        }
        break;
    case ']':
    case '}':
        if (s->depth == 0)
            return refuse(f, "%s: not a refviz trace (delta, JSON or JSON Lines)", label);
        s->done = --s->depth == 0;
        break;
    default:
        break;
    }
    return 0;
}

static int read_document(rv_trace_file_t *f, FILE *in, const char *label, const char *first,
                         size_t nfirst)
{
    rv_trace_loader_t l;
    rv_loader_init_full(&l, &f->trace);
    scan_t s = { .l = &l, .head = RV_BUF_INIT, .elem = RV_BUF_INIT, .key = RV_BUF_INIT };
    int r = 0;
    for (size_t i = 0; i < nfirst && r == 0; i++)
        r = scan_byte(f, &s, first[i], label);
    char chunk[65536];
    size_t got;
    while (r == 0 && (got = fread(chunk, 1, sizeof chunk, in)) > 0)
        for (size_t i = 0; i < got && r == 0; i++)
            r = scan_byte(f, &s, chunk[i], label);
    if (r == 0 && ferror(in))
        r = read_failed(f, label);
    else if (r == 0 && !s.done)
        r = refuse(f, "%s: the JSON trace ends %s (cut short?)", label,
                   s.in_steps ? "inside its steps" : "before its end");
    cJSON *h = r == 0 ? cJSON_ParseWithLength(s.head.data, s.head.len) : NULL;
    const cJSON *fmt = cJSON_GetObjectItemCaseSensitive(h, "format");
    if (r == 0 && (!cJSON_IsString(fmt) || strcmp(fmt->valuestring, "refviz-trace") != 0))
        r = refuse(f, "%s: not a refviz trace (delta, JSON or JSON Lines)", label);
    else if (r == 0 && !s.seen_steps)
        r = refuse(f, "%s: the JSON trace has no steps array", label);
    if (h)
        take_header(f, h);
    cJSON_Delete(h);
    take_narration(f, &l);
    rv_loader_free(&l);
    rv_buf_free(&s.head);
    rv_buf_free(&s.elem);
    rv_buf_free(&s.key);
    return r;
}

/******************************************************************************/

int rv_trace_file_read(rv_trace_file_t *f, FILE *in, const char *label)
{
    memset(f, 0, sizeof *f);
    rv_trace_options_t topt = { .record = true };
    rv_trace_init(&f->trace, &topt);
    char *line = NULL;
    size_t cap = 0;
    errno = 0;
    ssize_t got = getline(&line, &cap, in);
    if (got < 0) {
        free(line);
        if (ferror(in))
            return read_failed(f, label);
        return refuse(f, "%s: empty: not a refviz trace", label);
    }
    size_t len = chomp(line, (size_t)got);
    cJSON *h = cJSON_ParseWithLength(line, len);
    const cJSON *fmt = cJSON_GetObjectItemCaseSensitive(h, "format");
    const char *format = cJSON_IsString(fmt) ? fmt->valuestring : "";
    const char *p = line;
    while (p < line + len && (*p == ' ' || *p == '\t'))
        p++;
    int r;
    if (cJSON_IsObject(h) && strcmp(format, "refviz-delta") == 0) {
        f->format = RV_TRACE_DELTA;
        r = read_delta(f, in, label, &line, &cap, (size_t)got);
    } else if (cJSON_IsObject(h) && strcmp(format, "refviz-trace") == 0 &&
               !cJSON_GetObjectItemCaseSensitive(h, "steps")) {
        f->format = RV_TRACE_JSONL;
        take_header(f, h);
        r = read_jsonl(f, in, label, &line, &cap);
    } else if ((cJSON_IsObject(h) && strcmp(format, "refviz-trace") == 0) ||
               (!h && p < line + len && *p == '{')) {
        f->format = RV_TRACE_JSON;
        r = read_document(f, in, label, line, (size_t)got);
    } else {
        r = refuse(f, "%s: not a refviz trace (delta, JSON or JSON Lines)", label);
    }
    cJSON_Delete(h);
    free(line);
    return r;
}

/******************************************************************************/
/* the last snapshot alone                                                    */

/* A copy of object o's state in dst, all its references stored. */
static void copy_object(rv_trace_t *dst, const rv_snap_obj_t *o)
{
    rv_obj_rec_t r = *o->rec;
    r.type = r.type ? rv_trace_intern(dst, r.type) : NULL;
    r.repr = r.repr ? rv_trace_text(dst, r.repr, strlen(r.repr)) : NULL;
    r.vtext = r.vtext ? rv_trace_text(dst, r.vtext, strlen(r.vtext)) : NULL;
    r.nrefs = r.nstored = o->nrefs;
    r.refs_from = 0;
    r.pos = NULL;
    r.refs = rv_malloc((o->nrefs ? o->nrefs : 1) * sizeof *r.refs);
    for (size_t k = 0; k < o->nrefs; k++) {
        r.refs[k] = o->refs[k];
        if (r.refs[k].label)
            r.refs[k].label = rv_trace_intern(dst, r.refs[k].label);
    }
    rv_trace_add_rec(dst, &r);
    rv_free(r.refs);
}

void rv_trace_file_keep_last(rv_trace_file_t *f)
{
    rv_trace_t *src = &f->trace;
    if (src->opt.final_only || src->nsteps == 0)
        return;
    rv_trace_options_t opt = src->opt;
    opt.final_only = true;
    rv_trace_t dst;
    rv_trace_init(&dst, &opt);
    rv_trace_cursor_t c;
    rv_cursor_init(&c, src);
    const rv_snapshot_t *s = NULL;
    uint64_t first_new = 0;
    for (size_t i = 0; i < src->nsteps; i++) {
        s = rv_cursor_next(&c);
        if (i == 0)
            first_new = s->rec->new_from;
    }
    rv_buf_add(&dst.out, src->out.data ? src->out.data : "", src->out.len);
    rv_step_rec_t *st = rv_trace_new_step(&dst);
    const rv_step_rec_t *last = s->rec;
    st->line = last->line;
    st->event = last->event;
    st->stdout_len = last->stdout_len;
    /* new: made since the run began, as when no step was kept before */
    st->new_from = first_new;
    st->frames = rv_calloc(last->nframes ? last->nframes : 1, sizeof *st->frames);
    for (size_t i = 0; i < last->nframes; i++) {
        rv_frame_rec_t *fr = &st->frames[st->nframes++];
        *fr = last->frames[i];
        fr->shared = false;
        fr->function = fr->function ? rv_trace_intern(&dst, fr->function) : NULL;
        fr->vars = rv_calloc(fr->nvars ? fr->nvars : 1, sizeof *fr->vars);
        for (size_t k = 0; k < fr->nvars; k++) {
            fr->vars[k] = last->frames[i].vars[k];
            fr->vars[k].name = rv_trace_intern(&dst, fr->vars[k].name);
        }
    }
    dst.events = 1;
    for (size_t i = 0; i < s->nobjects; i++)
        copy_object(&dst, &s->objects[i]);
    rv_trace_commit_step(&dst);
    /* the narration of the step kept */
    size_t n = src->nsteps;
    char *kept = n - 1 < f->nnarration ? f->narration[n - 1] : NULL;
    if (kept)
        f->narration[n - 1] = NULL;
    for (size_t i = 0; i < f->nnarration; i++)
        rv_free(f->narration[i]);
    rv_free(f->narration);
    f->narration = rv_calloc(1, sizeof *f->narration);
    f->narration[0] = kept;
    f->nnarration = 1;
    rv_cursor_free(&c);
    rv_trace_free(src);
    *src = dst;
}
