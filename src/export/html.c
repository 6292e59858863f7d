/* src/export/html.c - the classroom stepper: one self-contained HTML page
 * (no network, no external script, style or font) that steps through the
 * shown steps in a browser.
 *
 * The page is share/html/page.html with the stylesheet, the script and the
 * step data put in its @NAME@ places; the three files are compiled in
 * (html_assets.c is generated from them at build time), so the binary
 * needs nothing installed to write a page.
 *
 * The step data is one JSON document in a <script type="application/json">:
 * the program, its whole output, and per shown step its diagram (the SVG
 * of rv_export_images, so objects keep their places from step to step),
 * line, next line, narration, what changed and how much of the output it
 * has printed (an offset into the whole output rather than a copy: a
 * 1,000-step program would otherwise repeat its output a thousand times).
 * Any "<" that could end the script element or open a comment is escaped.
 *
 * Diagrams are drawn once, in the --theme asked for (light by default);
 * the other of light and dark is a stylesheet that recolours the SVG's
 * fill and stroke attributes (generated from theme.c, so the two palettes
 * cannot drift apart).  Two sets of SVGs would double the page. */
#include "export/html.h"

#include <string.h>

#include "base/alloc.h"
#include "base/buf.h"
#include "export/export.h"

static const char *const event_names[] = { "step", "call", "return", "exception", "line" };

/* A JSON string of s[0..len): "<" before "/" or "!" is escaped so that no
 * "</script" or "<!--" appears inside the script element. */
static void json_str(rv_buf_t *b, const char *s, size_t len)
{
    rv_buf_addc(b, '"');
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        switch (c) {
        case '"':
            rv_buf_adds(b, "\\\"");
            break;
        case '\\':
            rv_buf_adds(b, "\\\\");
            break;
        case '\n':
            rv_buf_adds(b, "\\n");
            break;
        case '\t':
            rv_buf_adds(b, "\\t");
            break;
        case '<':
            if (i + 1 < len && (s[i + 1] == '/' || s[i + 1] == '!'))
                rv_buf_adds(b, "\\u003c");
            else
                rv_buf_addc(b, '<');
            break;
        default:
            if (c < 0x20)
                rv_buf_printf(b, "\\u%04x", c);
            else
                rv_buf_addc(b, (char)c);
        }
    }
    rv_buf_addc(b, '"');
}

static void json_cstr(rv_buf_t *b, const char *s)
{
    if (s)
        json_str(b, s, strlen(s));
    else
        rv_buf_adds(b, "null");
}

/* How many UTF-16 units the UTF-8 text s[0..len) is: what JavaScript's
 * String.prototype.slice counts. */
static size_t utf16_length(const char *s, size_t len)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if ((c & 0xC0) != 0x80)
            n += c >= 0xF0 ? 2 : 1;
    }
    return n;
}

/* Whether the element at p is a node's <title> ("o12", "frame0"): the
 * script turns it into the node's data-name, which tests match with the
 * JSON trace's ids, so that it is no tooltip. */
static bool node_title(const char *start, const char *p)
{
    static const char node[] = "class=\"node\">\n";
    size_t n = sizeof node - 1;
    return (size_t)(p - start) >= n && memcmp(p - n, node, n) == 0;
}

/* Skips from p (at "<") past the element that starts there if it is one
 * of those the page does without; returns p when it is not. */
static const char *skip_unwanted(const char *start, const char *p, const char *end)
{
    static const struct {
        const char *open, *close;
    } drop[] = {
        /* Comments; edges' and the graph's titles; the step's title and
         * desc, which the page gives the diagram as its accessible name. */
        { "<!--", "-->" },
        { "<title>", "</title>" },
        { "<desc>", "</desc>" },
    };
    for (size_t i = 0; i < sizeof drop / sizeof drop[0]; i++) {
        size_t n = strlen(drop[i].open);
        if ((size_t)(end - p) < n || memcmp(p, drop[i].open, n) != 0)
            continue;
        if (i == 1 && node_title(start, p))
            return p;
        const char *q = strstr(p + n, drop[i].close);
        if (!q || q >= end)
            return p;
        q += strlen(drop[i].close);
        return q < end && *q == '\n' ? q + 1 : q;
    }
    return p;
}

/* Removes every occurrence of needle from b. */
static void drop_all(rv_buf_t *b, const char *needle)
{
    size_t n = strlen(needle), to = 0;
    for (size_t from = 0; from < b->len;) {
        if (b->len - from >= n && memcmp(b->data + from, needle, n) == 0) {
            from += n;
            continue;
        }
        b->data[to++] = b->data[from++];
    }
    rv_buf_truncate(b, to);
}

/* Graphviz's SVG as the page inlines it: from <svg on, without comments,
 * desc and the titles of anything but nodes, nor the two attributes of
 * every text that the stylesheet gives them (a quarter of a 1,000-step
 * page). */
static void slim_svg(const char *svg, size_t len, rv_buf_t *out)
{
    const char *end = svg + len, *p = strstr(svg, "<svg");
    if (!p)
        return;
    const char *run = p;
    while (p < end) {
        const char *lt = memchr(p, '<', (size_t)(end - p));
        if (!lt)
            break;
        const char *after = skip_unwanted(svg, lt, end);
        if (after != lt) {
            rv_buf_add(out, run, (size_t)(lt - run));
            run = p = after;
        } else {
            p = lt + 1;
        }
    }
    rv_buf_add(out, run, (size_t)(end - run));
    drop_all(out, " font-family=\"" RV_DOT_FONT "\"");
    drop_all(out, " text-anchor=\"start\"");
}

typedef struct html_ctx {
    rv_buf_t steps;     /* the steps' JSON objects, comma-separated */
    rv_buf_t svg;       /* scratch */
    size_t count;
} html_ctx_t;

/* The line the program runs after trace step `step` (0: none). */
static int next_line(const rv_trace_t *t, size_t step)
{
    return step + 1 < t->nsteps ? rv_trace_head(t, step + 1)->line : 0;
}

static void add_question(rv_buf_t *b, const rv_export_question_t *q)
{
    rv_buf_adds(b, ",\"question\":{\"text\":");
    json_cstr(b, q->text);
    rv_buf_adds(b, ",\"choices\":[");
    for (size_t i = 0; i < q->nchoices; i++) {
        rv_buf_adds(b, i ? ",{\"label\":" : "{\"label\":");
        json_cstr(b, q->choices[i]);
        rv_buf_printf(b, ",\"correct\":%s}", q->correct[i] ? "true" : "false");
    }
    rv_buf_adds(b, "]}");
}

static int add_step(const rv_step_t *st, const char *data, size_t len, void *ctx)
{
    html_ctx_t *c = ctx;
    const rv_export_input_t *in = st->in;
    const rv_snapshot_t *s = st->view->snap;
    rv_buf_t *b = &c->steps;
    if (c->count++)
        rv_buf_adds(b, ",\n");
    rv_buf_printf(b, "{\"n\":%zu,\"step\":%zu,\"line\":%d,\"next\":%d,\"event\":\"%s\"", st->nth,
                  s->step, s->rec->line, next_line(in->trace, s->step),
                  event_names[s->rec->event]);
    rv_buf_adds(b, ",\"title\":");
    json_cstr(b, st->title);
    rv_buf_adds(b, ",\"narration\":");
    json_cstr(b, in->narration ? in->narration[s->step] : NULL);
    rv_buf_adds(b, ",\"changes\":");
    json_cstr(b, st->changes);
    rv_buf_printf(b, ",\"out\":%zu", utf16_length(s->stdout_text, s->stdout_len));
    if (in->questions && in->questions[s->step])
        add_question(b, in->questions[s->step]);
    rv_buf_truncate(&c->svg, 0);
    slim_svg(data, len, &c->svg);
    rv_buf_adds(b, ",\"svg\":");
    json_str(b, c->svg.data ? c->svg.data : "", c->svg.len);
    rv_buf_addc(b, '}');
    return 0;
}

/* The whole document the script reads. */
static void page_data(const rv_export_input_t *in, const html_ctx_t *c, rv_buf_t *b)
{
    rv_buf_adds(b, "{\"name\":");
    json_cstr(b, in->name);
    rv_buf_adds(b, ",\"title\":");
    json_cstr(b, in->lesson_title);
    rv_buf_adds(b, ",\"summary\":");
    json_cstr(b, in->lesson_summary);
    rv_buf_adds(b, ",\"code\":");
    json_cstr(b, in->code ? in->code : "");
    rv_buf_adds(b, ",\"output\":");
    json_str(b, in->trace->out.data ? in->trace->out.data : "", in->trace->out.len);
    rv_buf_adds(b, ",\"error\":");
    if (in->error) {
        rv_buf_adds(b, "{\"type\":");
        json_cstr(b, in->error->type);
        rv_buf_adds(b, ",\"message\":");
        json_cstr(b, in->error->message);
        rv_buf_printf(b, ",\"line\":%d}", in->error->line);
    } else {
        rv_buf_adds(b, "null");
    }
    rv_buf_printf(b, ",\"planned\":%zu,\"steps\":[\n", in->shown ? in->nplanned : c->count);
    rv_buf_add(b, c->steps.data ? c->steps.data : "", c->steps.len);
    rv_buf_adds(b, "\n]}");
}

/* Rules that turn a diagram drawn in `from` into one in `to`, for pages
 * whose root element has class `cls`.  Fill colours of shapes and of text
 * are mapped separately: in light, white is both the background and the
 * text on a highlight, which dark makes different colours. */
static void remap_css(rv_buf_t *b, const char *cls, const rv_theme_t *from, const rv_theme_t *to)
{
#define PAIR(f) { from->f, to->f }
    const struct {
        const char *from, *to;
    } shapes[] = {
        PAIR(bg), PAIR(frame_fill), PAIR(mutable_fill), PAIR(immutable_fill), PAIR(rebound),
        PAIR(code_fill), PAIR(current_line), PAIR(ghost), PAIR(edge), PAIR(fg), PAIR(new_),
        PAIR(mutated),
    }, texts[] = {
        PAIR(ghost), PAIR(edge), PAIR(new_), PAIR(mutated), PAIR(on_mark), PAIR(fg),
    }, strokes[] = {
        PAIR(ghost), PAIR(new_), PAIR(mutated), PAIR(edge), PAIR(fg),
    };
#undef PAIR
    for (size_t i = 0; i < sizeof shapes / sizeof shapes[0]; i++)
        rv_buf_printf(b, ".%s .diagram svg :not(text)[fill=\"%s\" i]{fill:%s}\n", cls,
                      shapes[i].from, shapes[i].to);
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++)
        rv_buf_printf(b, ".%s .diagram svg text[fill=\"%s\" i]{fill:%s}\n", cls, texts[i].from,
                      texts[i].to);
    for (size_t i = 0; i < sizeof strokes / sizeof strokes[0]; i++)
        rv_buf_printf(b, ".%s .diagram svg [stroke=\"%s\" i]{stroke:%s}\n", cls,
                      strokes[i].from, strokes[i].to);
}

/* The theme the diagrams are drawn in and the stylesheet giving them the
 * other one: a light drawing is recoloured for the dark page, a dark one
 * for the light page; contrast stays as it is. */
static void theme_css(const rv_export_input_t *in, rv_buf_t *b)
{
    const rv_theme_t *drawn = in->draw && in->draw->theme ? in->draw->theme
                                                          : rv_theme_find("light");
    const rv_theme_t *light = rv_theme_find("light"), *dark = rv_theme_find("dark");
    if (drawn == light)
        remap_css(b, "dark", light, dark);
    else if (drawn == dark)
        remap_css(b, "light", dark, light);
}

/* Copies the template, putting each @NAME@ place's text in. */
static void fill_template(rv_buf_t *page, const char *tpl, const char *const *names,
                          const rv_buf_t *values, size_t n)
{
    const char *p = tpl;
    for (;;) {
        const char *at = strchr(p, '@');
        if (!at) {
            rv_buf_adds(page, p);
            return;
        }
        rv_buf_add(page, p, (size_t)(at - p));
        size_t k = 0;
        for (; k < n; k++) {
            size_t len = strlen(names[k]);
            if (strncmp(at + 1, names[k], len) == 0 && at[len + 1] == '@')
                break;
        }
        if (k == n) {
            rv_buf_addc(page, '@');
            p = at + 1;
            continue;
        }
        rv_buf_add(page, values[k].data ? values[k].data : "", values[k].len);
        p = at + strlen(names[k]) + 2;
    }
}

int rv_export_html(const rv_export_input_t *in, FILE *out)
{
    html_ctx_t c = { .steps = RV_BUF_INIT, .svg = RV_BUF_INIT };
    int r = rv_export_images(in, "svg", add_step, &c);
    rv_buf_free(&c.svg);
    if (r != 0) {
        rv_buf_free(&c.steps);
        return -1;
    }
    static const char *const names[] = { "TITLE", "STYLE", "THEME", "DATA", "SCRIPT" };
    rv_buf_t values[5] = { RV_BUF_INIT, RV_BUF_INIT, RV_BUF_INIT, RV_BUF_INIT, RV_BUF_INIT };
    rv_buf_add_markup(&values[0],
                      in->lesson_title ? in->lesson_title : in->name ? in->name : "refviz");
    rv_buf_adds(&values[1], rv_html_style);
    theme_css(in, &values[2]);
    page_data(in, &c, &values[3]);
    rv_buf_adds(&values[4], rv_html_script);
    rv_buf_free(&c.steps);
    rv_buf_t page = RV_BUF_INIT;
    fill_template(&page, rv_html_page, names, values, 5);
    for (size_t i = 0; i < 5; i++)
        rv_buf_free(&values[i]);
    r = fwrite(page.data, 1, page.len, out) == page.len ? 0 : -1;
    rv_buf_free(&page);
    return r;
}
