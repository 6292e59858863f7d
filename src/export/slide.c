/* src/export/slide.c - see slide.h. */
#include "export/slide.h"

#include <string.h>

#include "base/alloc.h"
#include "base/buf.h"
#include "export/dot.h"

/* Characters per line of the title's text, and code lines shown around
 * the current one: a 16:9 page keeps them readable at 16 pt. */
#define TITLE_WIDTH 90
#define CODE_LINES 22
#define OUTPUT_LINES 6

/* Appends text escaped and wrapped at spaces to lines of at most `width`
 * bytes, each ended by a left-aligned break. */
static void wrapped(rv_buf_t *b, const char *text, size_t width)
{
    const char *p = text;
    while (*p) {
        while (*p == ' ')
            p++;
        size_t len = strlen(p), cut = len;
        if (len > width) {
            cut = width;
            while (cut > 0 && p[cut] != ' ')
                cut--;
            if (cut == 0) /* one word longer than a line */
                cut = strcspn(p, " ");
        }
        rv_buf_t line = RV_BUF_INIT;
        rv_buf_add(&line, p, cut);
        rv_buf_add_markup(b, rv_buf_cstr(&line));
        rv_buf_free(&line);
        rv_buf_adds(b, "<BR ALIGN=\"LEFT\"/>");
        p += cut;
    }
}

/* The title: lesson or file, step, line; the narration; what changed. */
static void title(Agraph_t *g, const rv_export_input_t *in, const rv_view_t *v, size_t nth,
                  const char *narration, const char *desc)
{
    size_t nplanned = in->shown ? in->nplanned : in->trace->nsteps;
    rv_buf_t b = RV_BUF_INIT;
    rv_buf_adds(&b, "<TABLE BORDER=\"0\" CELLPADDING=\"4\"><TR><TD ALIGN=\"LEFT\">"
                    "<FONT POINT-SIZE=\"22\"><B>");
    rv_buf_add_markup(&b, in->lesson_title ? in->lesson_title : in->name ? in->name : "refviz");
    /* A step finished its line; the other events say what happened at it. */
    static const char *const event_words[] = {
        [RV_EV_STEP] = "", [RV_EV_CALL] = " (a call)", [RV_EV_RETURN] = " (a return)",
        [RV_EV_EXCEPTION] = " (an exception)", [RV_EV_LINE] = "",
    };
    rv_buf_printf(&b, "</B> &#183; step %zu of %zu &#183; line %d%s</FONT></TD></TR>", nth,
                  nplanned, v->snap->rec->line, event_words[v->snap->rec->event]);
    if (narration && *narration) {
        rv_buf_adds(&b, "<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\"><FONT POINT-SIZE=\"20\">");
        wrapped(&b, narration, TITLE_WIDTH);
        rv_buf_adds(&b, "</FONT></TD></TR>");
    }
    if (desc && *desc) {
        rv_buf_adds(&b, "<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\"><FONT POINT-SIZE=\"16\"><I>");
        /* One line of the description per change. */
        const char *p = desc;
        while (*p) {
            const char *nl = strchr(p, '\n');
            size_t n = nl ? (size_t)(nl - p) : strlen(p);
            rv_buf_t line = RV_BUF_INIT;
            rv_buf_add(&line, p, n);
            wrapped(&b, rv_buf_cstr(&line), TITLE_WIDTH + 20);
            rv_buf_free(&line);
            p += n + (nl != NULL);
        }
        rv_buf_adds(&b, "</I></FONT></TD></TR>");
    }
    rv_buf_adds(&b, "</TABLE>");
    rv_dot_set_html(g, g, "label", &b);
    rv_dot_set(g, "labelloc", "t");
    rv_dot_set(g, "labeljust", "l");
    rv_buf_free(&b);
}

/* The line the next recorded step runs, or 0 at the end. */
static int next_line(const rv_export_input_t *in, const rv_view_t *v)
{
    size_t s = v->snap->step + 1;
    return s < in->trace->nsteps ? rv_trace_head(in->trace, s)->line : 0;
}

/* Whether a source line is lesson markup rather than code: narration
 * (#:) and the header's comments. */
static bool markup_line(const char *p, size_t len, bool header)
{
    size_t k = 0;
    while (k < len && (p[k] == ' ' || p[k] == '\t'))
        k++;
    if (k + 1 < len && p[k] == '#' && p[k + 1] == ':')
        return true;
    return header && (k == len || p[k] == '#');
}

/* The code part of a line: without a trailing `# expect:` or `#@`
 * comment (a # inside a string literal is not one). */
static size_t code_length(const char *p, size_t len)
{
    char quote = 0;
    for (size_t k = 0; k < len; k++) {
        if (quote) {
            if (p[k] == '\\')
                k++;
            else if (p[k] == quote)
                quote = 0;
        } else if (p[k] == '\'' || p[k] == '"') {
            quote = p[k];
        } else if (p[k] == '#') {
            if (k + 1 < len && p[k + 1] != '@' && (len - k < 9 || memcmp(p + k, "# expect:", 9)))
                return len;
            while (k > 0 && p[k - 1] == ' ')
                k--;
            return k;
        }
    }
    return len;
}

typedef struct code_line {
    const char *p;
    size_t len;
    int n;
} code_line_t;

/* The lines of code to show (lesson markup left out), and how many. */
static size_t code_lines(const rv_export_input_t *in, code_line_t **out)
{
    size_t cap = 64, count = 0;
    code_line_t *lines = rv_malloc(cap * sizeof *lines);
    bool header = in->lesson_title != NULL;
    const char *p = in->code ? in->code : "";
    for (int n = 1; *p; n++) {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p);
        if (header && !markup_line(p, len, true))
            header = false;
        /* Narration taken out leaves blank lines: one is enough. */
        bool blank = code_length(p, len) == strspn(p, " \t\r");
        bool after_blank = count && lines[count - 1].len == strspn(lines[count - 1].p, " \t\r");
        if (!markup_line(p, len, header) && !(blank && (after_blank || !count))) {
            if (count == cap)
                lines = rv_realloc(lines, (cap *= 2) * sizeof *lines);
            lines[count++] = (code_line_t){ p, code_length(p, len), n };
        }
        p = nl ? nl + 1 : p + len;
    }
    *out = lines;
    return count;
}

static void code_row(rv_buf_t *b, const code_line_t *l, int cur, int next, const rv_theme_t *t)
{
    bool here = l->n == cur;
    const char *mark = here ? "&#9654;" : l->n == next ? "&#8594;" : "";
    char fill[48] = "";
    if (here)
        snprintf(fill, sizeof fill, " BGCOLOR=\"%s\"", t->current_line);
    rv_buf_printf(b, "<TR><TD ALIGN=\"RIGHT\"%s><FONT COLOR=\"%s\">%s %d</FONT></TD>"
                     "<TD ALIGN=\"LEFT\"%s><FONT FACE=\"Courier\">",
                  fill, t->ghost, mark, l->n, fill);
    /* Leading spaces survive as no-break spaces. */
    size_t k = 0;
    for (; k < l->len && l->p[k] == ' '; k++)
        rv_buf_adds(b, "&#160;");
    rv_buf_t line = RV_BUF_INIT;
    rv_buf_add(&line, l->p + k, l->len - k);
    rv_buf_add_markup(b, rv_buf_cstr(&line));
    rv_buf_free(&line);
    rv_buf_adds(b, "&#160;</FONT></TD></TR>");
}

static void code_panel(Agraph_t *g, Agraph_t *col, const rv_export_input_t *in,
                       const rv_view_t *v, const rv_theme_t *t)
{
    int cur = v->snap->rec->line, next = next_line(in, v);
    code_line_t *lines;
    size_t n = code_lines(in, &lines);
    /* A window of CODE_LINES lines, the current one in its first third. */
    size_t at = 0;
    while (at < n && lines[at].n < cur)
        at++;
    size_t first = at > CODE_LINES / 3 ? at - CODE_LINES / 3 : 0;
    if (first + CODE_LINES > n)
        first = n > CODE_LINES ? n - CODE_LINES : 0;
    rv_buf_t b = RV_BUF_INIT;
    rv_buf_printf(&b,
                  "<TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"3\" "
                  "BGCOLOR=\"%s\">",
                  t->code_fill);
    for (size_t i = first; i < n && i < first + CODE_LINES; i++)
        code_row(&b, &lines[i], cur, next, t);
    if (!n)
        rv_buf_adds(&b, "<TR><TD> </TD></TR>");
    rv_buf_adds(&b, "</TABLE>");
    Agnode_t *node = agnode(col, (char *)"code", 1);
    rv_dot_set_html(g, node, "label", &b);
    rv_buf_free(&b);
    rv_free(lines);
}

/* The last OUTPUT_LINES lines the program printed so far. */
static void output_panel(Agraph_t *g, Agraph_t *col, const rv_view_t *v, const rv_theme_t *t)
{
    const char *text = v->snap->stdout_text;
    size_t len = v->snap->stdout_len;
    size_t start = len, lines = 0;
    if (start && text[start - 1] == '\n')
        start--;
    while (start > 0 && lines < OUTPUT_LINES) {
        start--;
        if (text[start] == '\n' && ++lines == OUTPUT_LINES) {
            start++;
            break;
        }
    }
    rv_buf_t b = RV_BUF_INIT;
    rv_buf_printf(&b,
                  "<TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"3\" "
                  "BGCOLOR=\"%s\"><TR><TD ALIGN=\"LEFT\"><B>Output</B></TD></TR>"
                  "<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\"><FONT FACE=\"Courier\">",
                  t->code_fill);
    if (start > 0) /* earlier lines left out */
        rv_buf_adds(&b, "&#8230;<BR ALIGN=\"LEFT\"/>");
    for (size_t i = start; i < len;) {
        const char *nl = memchr(text + i, '\n', len - i);
        size_t n = nl ? (size_t)(nl - (text + i)) : len - i;
        rv_buf_t line = RV_BUF_INIT;
        rv_buf_add(&line, text + i, n > 80 ? 80 : n);
        rv_buf_add_markup(&b, rv_buf_cstr(&line));
        rv_buf_free(&line);
        rv_buf_adds(&b, "<BR ALIGN=\"LEFT\"/>");
        i += n + 1;
    }
    if (!len)
        rv_buf_adds(&b, "&#160;");
    rv_buf_adds(&b, "</FONT></TD></TR></TABLE>");
    Agnode_t *n = agnode(col, (char *)"output", 1);
    rv_dot_set_html(g, n, "label", &b);
    rv_buf_free(&b);
}

void rv_slide_decorate(Agraph_t *g, const rv_export_input_t *in, const rv_view_t *v, size_t nth,
                       const char *narration, const char *desc)
{
    const rv_draw_options_t *d = in->draw ? in->draw : &rv_draw_defaults;
    const rv_theme_t *t = d->theme ? d->theme : rv_theme_find("light");
    title(g, in, v, nth, narration, desc);
    /* The code column is the leftmost rank, the frames one rank right of
     * it: the frames' own rank can no longer be the source.  It is
     * anonymous: cgraph orders named subgraphs by their name's address,
     * which would make the written dot differ from run to run. */
    Agraph_t *col = agsubg(g, NULL, 1);
    rv_dot_set(col, "rank", "source");
    rv_dot_set(agsubg(g, (char *)"frames", 1), "rank", "same");
    code_panel(g, col, in, v, t);
    output_panel(g, col, v, t);
    Agnode_t *code = agnode(col, (char *)"code", 0), *out = agnode(col, (char *)"output", 0);
    rv_dot_set(agedge(col, code, out, NULL, 1), "style", "invis");
    Agraph_t *frames = agsubg(g, (char *)"frames", 0);
    for (Agnode_t *n = agfstnode(frames); n; n = agnxtnode(frames, n))
        rv_dot_set(agedge(g, code, n, NULL, 1), "style", "invis");
}
