/* src/lesson/question.c - a lesson's #? questions checked against its run.
 *
 * A question is about one object: the one its answers refer to at the
 * question's step (the first step of the statement after it: that
 * statement has run).  A path is resolved in that snapshot as Python would
 * evaluate it without running code: a name in the innermost frame (else
 * the module's), then [i] an item of a list or tuple (negative from the
 * end), [key] a dict value whose key's repr is key ("a" and 'a' alike),
 * .name an attribute.  Which choices are right is therefore the trace's
 * word, not the author's: `refviz check` reports an answer that refers to
 * something else. */
#include "lesson/lesson.h"

#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"

static bool is_name_char(char c, bool first)
{
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (!first && c >= '0' && c <= '9') || ((unsigned char)c >= 0x80);
}

static bool frame_var(const rv_frame_rec_t *fr, const char *name, size_t len, uint64_t *id)
{
    for (size_t k = 0; k < fr->nvars; k++)
        if (strlen(fr->vars[k].name) == len && memcmp(fr->vars[k].name, name, len) == 0) {
            *id = fr->vars[k].id;
            return true;
        }
    return false;
}

/* Whether "[text]" selects reference r: an index, or a key written as its
 * repr (double quotes allowed for single). */
static bool subscript_matches(const rv_ref_rec_t *r, const char *text, size_t len, size_t nindex)
{
    if (r->kind == RV_REF_INDEX) {
        char *end;
        long k = strtol(text, &end, 10);
        if (end != text + len || len == 0)
            return false;
        if (k < 0)
            k += (long)nindex;
        return k >= 0 && (size_t)k == r->index;
    }
    if (r->kind != RV_REF_VALUE || !r->label || strlen(r->label) != len)
        return false;
    for (size_t i = 0; i < len; i++) {
        char c = text[i] == '"' ? '\'' : text[i];
        if (c != r->label[i])
            return false;
    }
    return true;
}

/* One step of a path from object *id: "[...]" or ".name" at p; moves p
 * past it. */
static bool follow(const rv_snapshot_t *s, const char **p, uint64_t *id)
{
    long at = rv_snapshot_find(s, *id);
    if (at < 0)
        return false;
    const rv_snap_obj_t *o = &s->objects[at];
    const char *text = *p + 1, *stop;
    bool item = **p == '[';
    if (item) {
        stop = strchr(text, ']');
        if (!stop)
            return false;
        *p = stop + 1;
    } else {
        stop = text;
        while (is_name_char(*stop, stop == text))
            stop++;
        *p = stop;
    }
    size_t len = (size_t)(stop - text), nindex = 0;
    for (size_t k = 0; k < o->nrefs; k++)
        nindex += o->refs[k].kind == RV_REF_INDEX;
    for (size_t k = 0; k < o->nrefs; k++) {
        const rv_ref_rec_t *r = &o->refs[k];
        bool match = item ? subscript_matches(r, text, len, nindex)
                          : r->kind == RV_REF_NAMED && r->label && strlen(r->label) == len &&
                                memcmp(r->label, text, len) == 0;
        if (match) {
            *id = r->target;
            return true;
        }
    }
    return false;
}

/* The object `path` refers to in snapshot s. */
static bool resolve(const rv_snapshot_t *s, const char *path, uint64_t *id)
{
    const char *p = path;
    while (is_name_char(*p, p == path))
        p++;
    size_t len = (size_t)(p - path);
    const rv_step_rec_t *st = s->rec;
    if (!len || !st->nframes)
        return false;
    if (!frame_var(&st->frames[st->nframes - 1], path, len, id) &&
        !frame_var(&st->frames[0], path, len, id))
        return false;
    while (*p == ' ')
        p++;
    while (*p == '[' || *p == '.') {
        if (!follow(s, &p, id))
            return false;
        while (*p == ' ')
            p++;
    }
    return *p == '\0';
}

/* Names a learner would not mean: dunders, modules, functions, classes. */
static bool offered_name(const rv_snapshot_t *s, const rv_var_rec_t *v)
{
    static const char *const plumbing[] = { "module", "function", "type",
                                            "builtin_function_or_method" };
    if (strncmp(v->name, "__", 2) == 0)
        return false;
    long at = rv_snapshot_find(s, v->id);
    for (size_t i = 0; at >= 0 && i < sizeof plumbing / sizeof plumbing[0]; i++)
        if (strcmp(s->objects[at].rec->type, plumbing[i]) == 0)
            return false;
    return true;
}

static void add_choice(rv_quiz_t *z, const char *label)
{
    for (size_t i = 0; i < z->nchoices; i++)
        if (strcmp(z->choices[i], label) == 0)
            return;
    z->choices = rv_realloc(z->choices, (z->nchoices + 1) * sizeof *z->choices);
    z->choices[z->nchoices++] = rv_strdup(label);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void report_problem(rv_buf_t *report, size_t *n, const rv_question_t *q,
                           const char *fmt, const char *path)
{
    (*n)++;
    if (!report)
        return;
    rv_buf_printf(report, "line %d: #? question: ", q->comment_line);
    rv_buf_printf(report, fmt, path, q->line);
    rv_buf_addc(report, '\n');
}

/* Builds the question's choices at its snapshot and checks its paths. */
static void ask(rv_quiz_t *z, const rv_snapshot_t *s, rv_buf_t *report, size_t *nprob)
{
    const rv_question_t *q = z->q;
    uint64_t target = 0, id;
    bool found = false;
    for (size_t i = 0; i < q->nanswers; i++) {
        if (!resolve(s, q->answers[i], &id)) {
            report_problem(report, nprob, q, "the answer '%s' refers to nothing at line %d's step",
                           q->answers[i]);
        } else if (!found) {
            target = id;
            found = true;
        }
        else if (id != target)
            report_problem(report, nprob, q,
                           "the answer '%s' refers to another object than the first answer "
                           "at line %d's step", q->answers[i]);
        add_choice(z, q->answers[i]);
    }
    for (size_t i = 0; i < q->nothers; i++) {
        if (found && resolve(s, q->others[i], &id) && id == target)
            report_problem(report, nprob, q,
                           "'%s', offered as wrong, refers to the answer's object at line %d's step",
                           q->others[i]);
        add_choice(z, q->others[i]);
    }
    const rv_step_rec_t *st = s->rec;
    const rv_frame_rec_t *fr = st->nframes ? &st->frames[st->nframes - 1] : NULL;
    for (size_t k = 0; fr && k < fr->nvars; k++)
        if (offered_name(s, &fr->vars[k]))
            add_choice(z, fr->vars[k].name);
    qsort(z->choices, z->nchoices, sizeof *z->choices, cmp_str);
    z->correct = rv_calloc(z->nchoices ? z->nchoices : 1, sizeof *z->correct);
    for (size_t i = 0; i < z->nchoices; i++)
        z->correct[i] = found && resolve(s, z->choices[i], &id) && id == target;
}

/* The step a question is asked before, or SIZE_MAX. */
static size_t question_step(const rv_question_t *q, const rv_trace_t *t, const size_t *shown)
{
    for (size_t i = 0; i < t->nsteps; i++)
        if (rv_trace_head(t, i)->line == q->line && rv_trace_head(t, i)->event != RV_EV_CALL &&
            (!shown || shown[i]))
            return i;
    return SIZE_MAX;
}

size_t rv_lesson_quiz(const rv_lesson_t *l, const rv_trace_t *t, const size_t *shown,
                      rv_quiz_t **out, rv_buf_t *report, size_t *nproblems)
{
    size_t nprob = 0, n = 0;
    *out = NULL;
    if (l->nquestions)
        *out = rv_calloc(l->nquestions, sizeof **out);
    for (size_t k = 0; k < l->nquestions; k++) {
        const rv_question_t *q = &l->questions[k];
        if (!q->nanswers)
            continue;
        size_t step = question_step(q, t, shown);
        if (step == SIZE_MAX) {
            if (!shown)
                report_problem(report, &nprob, q, "%sit is attached to line %d, which is never "
                               "a step of the run", "");
            continue;
        }
        (*out)[n++] = (rv_quiz_t){ .step = step, .q = q };
    }
    if (n) {
        rv_trace_cursor_t c;
        rv_cursor_init(&c, t);
        const rv_snapshot_t *s;
        size_t last = 0;
        for (size_t k = 0; k < n; k++)
            last = (*out)[k].step > last ? (*out)[k].step : last;
        for (size_t i = 0; i <= last && (s = rv_cursor_next(&c)) != NULL; i++)
            for (size_t k = 0; k < n; k++)
                if ((*out)[k].step == i)
                    ask(&(*out)[k], s, report, &nprob);
        rv_cursor_free(&c);
    }
    if (nproblems)
        *nproblems = nprob;
    return n;
}

void rv_lesson_quiz_free(rv_quiz_t *quiz, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        for (size_t i = 0; i < quiz[k].nchoices; i++)
            rv_free(quiz[k].choices[i]);
        rv_free(quiz[k].choices);
        rv_free(quiz[k].correct);
    }
    rv_free(quiz);
}
