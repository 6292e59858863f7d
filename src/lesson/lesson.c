/* src/lesson/lesson.c - see lesson.h. */
#include "lesson/lesson.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "base/alloc.h"
#include "base/buf.h"

typedef struct line_view {
    const char *p;
    size_t n;
} line_view_t;

static const char *skip_space(const char *p, const char *end)
{
    while (p < end && (*p == ' ' || *p == '\t'))
        p++;
    return p;
}

static char *trimmed(const char *p, size_t n)
{
    while (n && (*p == ' ' || *p == '\t')) {
        p++;
        n--;
    }
    while (n && (p[n - 1] == ' ' || p[n - 1] == '\t' || p[n - 1] == '\r'))
        n--;
    return rv_strndup(p, n);
}

static bool is_statement(line_view_t l)
{
    const char *p = skip_space(l.p, l.p + l.n);
    return p < l.p + l.n && *p != '#' && *p != '\r';
}

/* A trailing `#@` marker on a statement line (outside strings is assumed:
 * lessons keep markers at the end of the line). */
static bool has_marker(line_view_t l)
{
    size_t n = l.n;
    while (n && (l.p[n - 1] == ' ' || l.p[n - 1] == '\r'))
        n--;
    return n >= 2 && l.p[n - 2] == '#' && l.p[n - 1] == '@';
}

/* def, class, or a decorator (the statement is the decorated def or
 * class): statements whose line later snapshots take too.  (async def is
 * outside refviz's subset.) */
static bool is_definition(line_view_t l)
{
    static const char *const kw[] = { "def", "class" };
    const char *p = skip_space(l.p, l.p + l.n), *end = l.p + l.n;
    if (p < end && *p == '@')
        return true;
    for (size_t i = 0; i < sizeof kw / sizeof kw[0]; i++) {
        size_t n = strlen(kw[i]);
        if ((size_t)(end - p) > n && memcmp(p, kw[i], n) == 0 && (p[n] == ' ' || p[n] == '\t'))
            return true;
    }
    return false;
}

static void problem(rv_buf_t *b, int line, const char *msg)
{
    rv_buf_printf(b, "line %d: %s\n", line, msg);
}

/* A problem that makes the file no lesson (rv_lesson_t.refusal). */
static void refuse(rv_lesson_t *l, rv_buf_t *b, int line, const char *msg)
{
    problem(b, line, msg);
    if (!l->refusal) {
        rv_buf_t r = RV_BUF_INIT;
        rv_buf_printf(&r, "line %d: %s", line, msg);
        l->refusal = rv_buf_steal(&r, NULL);
    }
}

/* The length of a control character at p (C0 but tab, DEL, or a C1 in
 * UTF-8: U+0080..U+009F, of which U+009B starts escape sequences as ESC [
 * does), else 0. */
static size_t control_at(const char *p, const char *end)
{
    unsigned char c = (unsigned char)*p;
    if ((c < 0x20 && c != '\t') || c == 0x7f)
        return 1;
    if (c == 0xc2 && p + 1 < end && (unsigned char)p[1] >= 0x80 && (unsigned char)p[1] <= 0x9f)
        return 2;
    return 0;
}

/* Text of a lesson comment with its control characters written as \xNN
 * (what Python's repr shows), so that none reaches a terminal raw; each
 * one found is a refusal naming `what` at line. */
static char *escaped_text(rv_lesson_t *l, rv_buf_t *probs, int line, const char *what,
                          char *text)
{
    const char *end = text + strlen(text);
    size_t k;
    const char *p = text;
    while (p < end && !control_at(p, end))
        p++;
    if (p == end)
        return text;
    rv_buf_t out = RV_BUF_INIT;
    char msg[128];
    snprintf(msg, sizeof msg, "the %s contains a control character (\\x%02x), which would reach "
             "the terminal", what, (unsigned char)(control_at(p, end) == 2 ? p[1] : p[0]));
    refuse(l, probs, line, msg);
    for (p = text; p < end; p += k ? k : 1) {
        k = control_at(p, end);
        if (k)
            rv_buf_printf(&out, "\\x%02x", (unsigned char)(k == 2 ? p[1] : p[0]));
        else
            rv_buf_addc(&out, *p);
    }
    rv_free(text);
    return rv_buf_steal(&out, NULL);
}

/* Splits "a, b[0], c.d" at its commas into trimmed, non-empty paths. */
static size_t split_paths(const char *p, const char *end, char ***out)
{
    size_t n = 0;
    *out = NULL;
    while (p < end) {
        const char *comma = memchr(p, ',', (size_t)(end - p));
        const char *stop = comma ? comma : end;
        char *path = trimmed(p, (size_t)(stop - p));
        if (*path) {
            *out = rv_realloc(*out, (n + 1) * sizeof **out);
            (*out)[n++] = path;
        } else {
            rv_free(path);
        }
        p = comma ? comma + 1 : end;
    }
    return n;
}

/* "#? TEXT = ANSWERS [~ OTHERS]" (q after the "#?"): the text is what
 * comes before the last "=", so that the question may contain one. */
static bool parse_question(rv_question_t *qn, const char *q, const char *e, int lineno,
                           rv_buf_t *probs)
{
    const char *eq = NULL;
    for (const char *p = q; p < e; p++)
        if (*p == '=')
            eq = p;
    if (!eq) {
        problem(probs, lineno, "#? question has no '= ANSWER' (the names that refer to the object)");
        return false;
    }
    memset(qn, 0, sizeof *qn);
    qn->comment_line = lineno;
    qn->text = trimmed(q, (size_t)(eq - q));
    const char *tilde = memchr(eq, '~', (size_t)(e - eq));
    qn->nanswers = split_paths(eq + 1, tilde ? tilde : e, &qn->answers);
    if (tilde)
        qn->nothers = split_paths(tilde + 1, e, &qn->others);
    if (!qn->nanswers || !*qn->text) {
        problem(probs, lineno, !*qn->text ? "#? question has no text before '='"
                                          : "#? question has no answer after '='");
        return true; /* kept, so that it is freed; never asked */
    }
    return true;
}

static void free_question(rv_question_t *q)
{
    for (size_t i = 0; i < q->nanswers; i++)
        rv_free(q->answers[i]);
    for (size_t i = 0; i < q->nothers; i++)
        rv_free(q->others[i]);
    rv_free(q->answers);
    rv_free(q->others);
    rv_free(q->text);
}

void rv_lesson_parse(rv_lesson_t *l, const char *name, const char *path, const char *src,
                     size_t len)
{
    memset(l, 0, sizeof *l);
    l->name = rv_strdup(name);
    l->path = rv_strdup(path);
    l->source = rv_strndup(src, len);
    l->len = len;
    rv_buf_t probs = RV_BUF_INIT;
    /* A NUL byte: Python refuses the source, and C strings would cut the
     * lesson's texts short. */
    const char *nul = memchr(src, '\0', len);
    if (nul) {
        int line = 1;
        for (const char *c = src; c < nul; c++)
            line += *c == '\n';
        refuse(l, &probs, line, "the lesson contains a NUL byte");
    }

    /* Split into lines once. */
    size_t nlines = 0, cap = 64;
    line_view_t *lines = rv_malloc(cap * sizeof *lines);
    const char *p = l->source, *end = l->source + len;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *stop = nl ? nl : end;
        if (nlines == cap) {
            cap *= 2;
            lines = rv_realloc(lines, cap * sizeof *lines);
        }
        lines[nlines].p = p;
        lines[nlines].n = (size_t)(stop - p);
        nlines++;
        p = nl ? nl + 1 : end;
    }

    l->nlines = nlines;
    l->comment = rv_calloc(nlines ? nlines : 1, sizeof *l->comment);
    size_t i = 0;
    /* Header: comment lines `# key: value` before the first statement. */
    for (; i < nlines && !is_statement(lines[i]); i++) {
        const char *q = skip_space(lines[i].p, lines[i].p + lines[i].n);
        const char *e = lines[i].p + lines[i].n;
        if (q + 2 > e || q[0] != '#' || q[1] != ' ')
            continue;
        q += 2;
        const char *colon = memchr(q, ':', (size_t)(e - q));
        if (!colon)
            continue;
        char *key = trimmed(q, (size_t)(colon - q));
        char *val = trimmed(colon + 1, (size_t)(e - colon - 1));
        char **slot = strcmp(key, "title") == 0     ? &l->title
                      : strcmp(key, "summary") == 0 ? &l->summary
                      : strcmp(key, "heap") == 0    ? &l->heap
                      : strcmp(key, "detail") == 0  ? &l->detail
                      : strcmp(key, "show") == 0    ? &l->show
                                                    : NULL;
        if (slot && !*slot) {
            if (!*val && (slot == &l->title || slot == &l->summary)) {
                char msg[64];
                snprintf(msg, sizeof msg, "'# %s:' is empty", key);
                refuse(l, &probs, (int)i + 1, msg);
            }
            *slot = escaped_text(l, &probs, (int)i + 1, key, val);
            val = NULL;
        }
        l->comment[i] = slot != NULL;
        rv_free(key);
        rv_free(val);
    }
    if (l->heap && strcmp(l->heap, "all") != 0 && strcmp(l->heap, "inline") != 0)
        problem(&probs, 1, "heap: must be 'all' or 'inline'");
    if (l->detail && strcmp(l->detail, "minimal") != 0 && strcmp(l->detail, "normal") != 0 &&
        strcmp(l->detail, "full") != 0)
        problem(&probs, 1, "detail: must be 'minimal', 'normal' or 'full'");
    if (l->show && strcmp(l->show, "classes") != 0)
        problem(&probs, 1, "show: must be 'classes'");

    /* Narration blocks and markers. */
    rv_buf_t text = RV_BUF_INIT;
    int text_line = 0;
    bool pending_marker = false;
    rv_question_t question;
    bool pending_question = false;
    size_t capn = 0, capm = 0;
    for (i = 0; i < nlines; i++) {
        line_view_t lv = lines[i];
        const char *q = skip_space(lv.p, lv.p + lv.n);
        const char *e = lv.p + lv.n;
        int lineno = (int)i + 1;
        if (q + 2 <= e && q[0] == '#' && q[1] == ':') {
            char *t = escaped_text(l, &probs, lineno, "narration",
                                   trimmed(q + 2, (size_t)(e - q - 2)));
            if (text.len)
                rv_buf_addc(&text, ' ');
            else
                text_line = lineno;
            rv_buf_adds(&text, t);
            rv_free(t);
            l->comment[i] = true;
            continue;
        }
        if (q + 2 <= e && q[0] == '#' && q[1] == '?') {
            l->comment[i] = true;
            if (pending_question) {
                problem(&probs, lineno, "a second #? question before the same statement");
                continue;
            }
            pending_question = parse_question(&question, q + 2, e, lineno, &probs);
            if (pending_question)
                question.text = escaped_text(l, &probs, lineno, "question", question.text);
            continue;
        }
        if (q + 2 <= e && q[0] == '#' && q[1] == '@' && skip_space(q + 2, e) >= e) {
            pending_marker = true;
            l->comment[i] = true;
            continue;
        }
        if (!is_statement(lv))
            continue;
        if (text.len) {
            if (l->nnarrations == capn) {
                capn = capn ? capn * 2 : 8;
                l->narrations = rv_realloc(l->narrations, capn * sizeof *l->narrations);
            }
            rv_narration_t *n = &l->narrations[l->nnarrations++];
            n->line = lineno;
            n->comment_line = text_line;
            n->text = rv_buf_steal(&text, NULL);
            n->definition = is_definition(lv);
        }
        if (pending_question) {
            question.line = lineno;
            l->questions = rv_realloc(l->questions, (l->nquestions + 1) * sizeof *l->questions);
            l->questions[l->nquestions++] = question;
            pending_question = false;
        }
        if (pending_marker || has_marker(lv)) {
            if (l->nmarked == capm) {
                capm = capm ? capm * 2 : 8;
                l->marked = rv_realloc(l->marked, capm * sizeof *l->marked);
            }
            l->marked[l->nmarked++] = lineno;
            pending_marker = false;
        }
    }
    if (text.len)
        problem(&probs, text_line, "narration is not followed by a statement");
    if (pending_marker)
        problem(&probs, (int)nlines, "#@ marker is not followed by a statement");
    if (pending_question) {
        problem(&probs, question.comment_line, "#? question is not followed by a statement");
        free_question(&question);
    }
    rv_buf_free(&text);
    rv_free(lines);
    if (probs.len)
        l->problems = rv_buf_steal(&probs, NULL);
    rv_buf_free(&probs);
}

void rv_lesson_free(rv_lesson_t *l)
{
    for (size_t i = 0; i < l->nnarrations; i++)
        rv_free(l->narrations[i].text);
    rv_free(l->narrations);
    for (size_t i = 0; i < l->nquestions; i++)
        free_question(&l->questions[i]);
    rv_free(l->questions);
    rv_free(l->marked);
    rv_free(l->comment);
    rv_free(l->name);
    rv_free(l->path);
    rv_free(l->source);
    rv_free(l->title);
    rv_free(l->refusal);
    rv_free(l->summary);
    rv_free(l->heap);
    rv_free(l->detail);
    rv_free(l->show);
    rv_free(l->problems);
    memset(l, 0, sizeof *l);
}

static const rv_narration_t *find_narration(const rv_lesson_t *l, int line)
{
    for (size_t i = 0; i < l->nnarrations; i++)
        if (l->narrations[i].line == line)
            return &l->narrations[i];
    return NULL;
}

const char *rv_lesson_narration(const rv_lesson_t *l, int line)
{
    const rv_narration_t *n = find_narration(l, line);
    return n ? n->text : NULL;
}

/******************************************************************************/
/* lookup                                                                     */

static bool is_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static bool is_marked(const rv_lesson_t *l, int line)
{
    for (size_t i = 0; i < l->nmarked; i++)
        if (l->marked[i] == line)
            return true;
    return false;
}

bool rv_lesson_steps_parse(const char *name, rv_steps_t *out)
{
    static const char *const names[] = { "statements", "lines", "marked" };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(name, names[i]) == 0) {
            *out = (rv_steps_t)i;
            return true;
        }
    return false;
}

rv_steps_t rv_lesson_default_steps(const rv_lesson_t *l, rv_steps_t otherwise)
{
    return l->nmarked ? RV_STEPS_MARKED : otherwise;
}

/* A call snapshot takes the def's line (a resumed generator's, the yield's)
 * without being that statement's; a return takes a def's line when the
 * body is on it (`def f(): return 1`) or is only a docstring. */
static const char *step_narration(const rv_lesson_t *l, const rv_step_head_t *s)
{
    const rv_narration_t *n = find_narration(l, s->line);
    if (!n || s->event == RV_EV_CALL || (n->definition && s->event == RV_EV_RETURN))
        return NULL;
    return n->text;
}

const char *rv_lesson_step_narration(const rv_lesson_t *l, const rv_trace_t *t, size_t i)
{
    return step_narration(l, rv_trace_head(t, i));
}

void rv_lesson_plan(const rv_lesson_t *l, const rv_trace_t *t, rv_steps_t steps, bool *shown,
                    const char **narration)
{
    switch (steps) {
    case RV_STEPS_LINES:
        for (size_t i = 0; i < t->nsteps; i++)
            shown[i] = true;
        break;
    case RV_STEPS_MARKED:
        /* A marked line shows every snapshot taken at it: a statement's
         * steps, a def's calls (their line is the def's), a return
         * statement's returns and the exceptions a statement raised. */
        for (size_t i = 0; i < t->nsteps; i++)
            shown[i] = is_marked(l, rv_trace_head(t, i)->line);
        break;
    case RV_STEPS_STATEMENTS:
        rv_trace_top_steps(t, l->source, shown);
        break;
    }
    for (size_t i = 0; i < t->nsteps; i++)
        narration[i] = step_narration(l, rv_trace_head(t, i));
}

/* The `# expect: TEXT` comments in order (a bare `# expect:` is an empty
 * line), each followed by a newline: what the program must print. */
static void expected_output(const rv_lesson_t *l, rv_buf_t *out)
{
    const char *p = l->source, *end = p + l->len;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *stop = nl ? nl : end;
        for (const char *q = p; q + 9 <= stop; q++) {
            if (memcmp(q, "# expect:", 9) != 0)
                continue;
            const char *t = q + 9;
            if (t < stop && *t == ' ')
                t++;
            const char *e = stop;
            if (e > t && e[-1] == '\r')
                e--;
            rv_buf_add(out, t, (size_t)(e - t));
            rv_buf_addc(out, '\n');
            break;
        }
        p = nl ? nl + 1 : end;
    }
}

static bool runs_as_step(const rv_trace_t *t, int line)
{
    for (size_t i = 0; i < t->nsteps; i++)
        if (rv_trace_head(t, i)->line == line)
            return true;
    return false;
}

size_t rv_lesson_check(const rv_lesson_t *l, const rv_trace_t *t, rv_buf_t *report)
{
    size_t n = 0;
    if (!l->title) {
        n++;
        rv_buf_adds(report, "line 1: the header has no '# title:'\n");
    }
    if (!l->summary) {
        n++;
        rv_buf_adds(report, "line 1: the header has no '# summary:'\n");
    }
    if (l->problems) {
        rv_buf_adds(report, l->problems);
        for (const char *p = l->problems; *p; p++)
            n += *p == '\n';
    }
    for (size_t i = 0; i < l->nnarrations; i++) {
        if (runs_as_step(t, l->narrations[i].line))
            continue;
        n++;
        rv_buf_printf(report, "line %d: the narration is attached to line %d, which is never "
                              "a step of the run\n",
                      l->narrations[i].comment_line, l->narrations[i].line);
    }
    /* Two statements: C leaves the order of a call's arguments open, and
     * clang reads quiz before rv_lesson_quiz sets it. */
    rv_quiz_t *quiz = NULL;
    size_t nproblems = 0;
    size_t nquiz = rv_lesson_quiz(l, t, NULL, &quiz, report, &nproblems);
    rv_lesson_quiz_free(quiz, nquiz);
    n += nproblems;
    rv_buf_t want = RV_BUF_INIT;
    expected_output(l, &want);
    if (want.len != t->out.len || (want.len && memcmp(want.data, t->out.data, want.len) != 0)) {
        n++;
        rv_buf_adds(report, "the output differs from the '# expect:' comments:\n");
        rv_buf_adds(report, "--- expected\n");
        rv_buf_add(report, want.data, want.len);
        rv_buf_adds(report, "--- printed\n");
        rv_buf_add(report, t->out.data, t->out.len);
        if (t->out.len && t->out.data[t->out.len - 1] != '\n')
            rv_buf_addc(report, '\n');
    }
    rv_buf_free(&want);
    return n;
}

static bool safe_name(const char *s)
{
    if (!*s || strlen(s) > 100)
        return false;
    for (; *s; s++) {
        char c = *s;
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '-' || c == '_'))
            return false;
    }
    return true;
}

/* The directories searched, in order: every REFVIZ_LESSON_PATH entry, then
 * the built-in folders.  Returns how many; *dirs (to rv_free) points into
 * *env_copy (to rv_free) and string constants. */
static size_t search_dirs(char ***dirs, char **env_copy)
{
    size_t n = 0, cap = 2;
    const char *env = getenv("REFVIZ_LESSON_PATH");
    *env_copy = NULL;
    if (env && *env) {
        *env_copy = rv_strdup(env);
        for (const char *p = env; *p; p++)
            cap += *p == ':';
        cap++;
    }
    char **out = rv_malloc(cap * sizeof *out);
    if (*env_copy)
        for (char *tok = strtok(*env_copy, ":"); tok; tok = strtok(NULL, ":"))
            if (*tok)
                out[n++] = tok;
    out[n++] = (char *)RV_SRCDIR "/lessons";
    out[n++] = (char *)RV_PKGDATADIR "/lessons";
    *dirs = out;
    return n;
}

static bool ends_with_py(const char *s)
{
    size_t n = strlen(s);
    return n > 3 && strcmp(s + n - 3, ".py") == 0;
}

/* A lesson is named or given by path, never confused: a NAME (letters,
 * digits, '-', '_') is looked up in the lesson folders only, and a path
 * must name an existing regular file ending in .py, so that neither
 * `refviz lesson ../../etc/passwd` nor a stray file called `aliasing` in
 * the working directory is read as a lesson. */
char *rv_lesson_find(const char *arg, char *err, size_t errsize)
{
    if (!safe_name(arg)) {
        if (ends_with_py(arg) && is_file(arg))
            return rv_strdup(arg);
        snprintf(err, errsize,
                 ends_with_py(arg) ? "'%s' is not a lesson: no such file"
                                   : "'%s' is not a lesson: a lesson is a NAME (letters, digits, "
                                     "'-' and '_') or a FILE.py",
                 arg);
        return NULL;
    }
    char **dirs, *env_copy;
    size_t n = search_dirs(&dirs, &env_copy);
    char *found = NULL;
    for (size_t i = 0; i < n && !found; i++) {
        rv_buf_t b = RV_BUF_INIT;
        rv_buf_printf(&b, "%s/%s.py", dirs[i], arg);
        if (is_file(rv_buf_cstr(&b)))
            found = rv_buf_steal(&b, NULL);
        rv_buf_free(&b);
    }
    rv_free(env_copy);
    rv_free(dirs);
    if (!found)
        snprintf(err, errsize, "no lesson named '%s' (try 'refviz lesson list')", arg);
    return found;
}

static int cmp_base(const void *a, const void *b)
{
    const char *x = strrchr(*(char *const *)a, '/'), *y = strrchr(*(char *const *)b, '/');
    return strcmp(x ? x + 1 : *(char *const *)a, y ? y + 1 : *(char *const *)b);
}

size_t rv_lesson_list(char ***paths)
{
    char **dirs, *env_copy;
    size_t n = search_dirs(&dirs, &env_copy);
    size_t count = 0, cap = 16;
    char **out = rv_malloc(cap * sizeof *out);
    for (size_t i = 0; i < n; i++) {
        DIR *d = opendir(dirs[i]);
        if (!d)
            continue;
        struct dirent *ent;
        while ((ent = readdir(d)) != NULL) {
            size_t len = strlen(ent->d_name);
            if (len < 4 || strcmp(ent->d_name + len - 3, ".py") != 0)
                continue;
            char stem[256];
            snprintf(stem, sizeof stem, "%.*s", (int)(len - 3), ent->d_name);
            if (!safe_name(stem))
                continue;
            bool dup = false;
            for (size_t k = 0; k < count && !dup; k++) {
                const char *b = strrchr(out[k], '/');
                dup = strcmp(b ? b + 1 : out[k], ent->d_name) == 0;
            }
            if (dup)
                continue;
            /* Regular files only (a link to one is fine): a FIFO or a
             * link to a device is not a lesson, and listing must not
             * block on it or read it. */
            rv_buf_t b = RV_BUF_INIT;
            rv_buf_printf(&b, "%s/%s", dirs[i], ent->d_name);
            if (!is_file(rv_buf_cstr(&b))) {
                rv_buf_free(&b);
                continue;
            }
            if (count == cap) {
                cap *= 2;
                out = rv_realloc(out, cap * sizeof *out);
            }
            out[count++] = rv_buf_steal(&b, NULL);
        }
        closedir(d);
    }
    rv_free(env_copy);
    rv_free(dirs);
    if (count > 1)
        qsort(out, count, sizeof *out, cmp_base);
    *paths = out;
    return count;
}
