/* src/export/pager.c - see pager.h.
 *
 * The screen is redrawn whole after every key: row 1 the status line,
 * then the body (the page's wrapped lines from `top`), and the last row
 * when there is something to say there (the number being typed, a
 * message, or which lines of a tall page are shown).  Every row is
 * addressed and erased on its own, so nothing depends on what was on the
 * screen before and a resize only needs another layout. */
#include "export/pager.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "export/term.h"
#include "export/wrap.h"

#define H RV_WRAP_HANG
static const char help_text[] =
    "Keys\n"
    "\n"
    "  space, Enter, Right, j  " H "the next step\n"
    "  b, Left, k              " H "the step before\n"
    "  g, Home                 " H "the first step\n"
    "  G, End                  " H "the last step\n"
    "  a number, then Enter    " H "that step\n"
    "  Down, Up                " H "scroll a step taller than the screen by a line\n"
    "  PgDn, PgUp              " H "scroll it by a screen\n"
    "  Ctrl-L                  " H "draw the screen again\n"
    "  ?, h                    " H "these keys\n"
    "  q, Esc                  " H "quit\n"
    "\n"
    "refviz lesson --no-pager (or REFVIZ_PAGER=0) prints every step at once.\n"
    "\n"
    "Any key goes back to the step.\n";
#undef H

bool rv_pager_wanted(void)
{
    const char *v = getenv("REFVIZ_PAGER");
    return !(v && strcmp(v, "0") == 0) && rv_term_interactive();
}

void rv_pager_init(rv_pager_t *p, const rv_pager_source_t *src, size_t rows, size_t cols)
{
    memset(p, 0, sizeof *p);
    p->src = src;
    p->rows = rows;
    p->cols = cols;
    p->relayout = true;
    rv_buf_init(&p->lines);
}

void rv_pager_free(rv_pager_t *p)
{
    rv_buf_free(&p->lines);
    rv_free(p->starts);
}

/* Rows for the body: all but the status line, and but the last row when
 * something is said there. */
static size_t body_rows(const rv_pager_t *p)
{
    size_t avail = p->rows > 2 ? p->rows - 1 : 1;
    bool last_row = p->ntyped || p->message[0] || p->nlines > avail;
    return last_row && avail > 1 ? avail - 1 : avail;
}

static size_t max_top(const rv_pager_t *p)
{
    size_t body = body_rows(p);
    return p->nlines > body ? p->nlines - body : 0;
}

static void clamp_top(rv_pager_t *p)
{
    if (p->top > max_top(p))
        p->top = max_top(p);
}

void rv_pager_layout(rv_pager_t *p)
{
    if (!p->relayout)
        return;
    p->relayout = false;
    const char *text = p->help ? help_text : p->src->page(p->src->ctx, p->page);
    rv_buf_truncate(&p->lines, 0);
    size_t n = rv_wrap(text, strlen(text), p->cols, &p->lines);
    if (n > p->cap) {
        p->cap = n;
        p->starts = rv_realloc(p->starts, rv_mul_size(n, sizeof *p->starts));
    }
    const char *s = rv_buf_cstr(&p->lines);
    p->nlines = 0;
    for (size_t i = 0, start = 0; i < p->lines.len; i++)
        if (s[i] == '\n') {
            p->starts[p->nlines++] = start;
            start = i + 1;
        }
    /* A step ends with a blank line, which would only cost a row. */
    while (p->nlines && s[p->starts[p->nlines - 1]] == '\n')
        p->nlines--;
    clamp_top(p);
}

static void say(rv_pager_t *p, const char *text)
{
    snprintf(p->message, sizeof p->message, "%s", text);
}

static void go_to(rv_pager_t *p, size_t page)
{
    if (page != p->page) {
        p->page = page;
        p->top = 0;
        p->relayout = true;
    }
}

static void step_by(rv_pager_t *p, int delta)
{
    if (delta > 0 && p->page + 1 >= p->src->npages)
        say(p, "This is the last step (q quits).");
    else if (delta < 0 && p->page == 0)
        say(p, "This is the first step.");
    else
        go_to(p, delta > 0 ? p->page + 1 : p->page - 1);
}

/* The page showing step n, as typed. */
static void jump(rv_pager_t *p, size_t n)
{
    const rv_pager_source_t *s = p->src;
    for (size_t k = 0; k < s->npages; k++)
        if (s->numbers[k] == n) {
            go_to(p, k);
            return;
        }
    if (s->npages == 1)
        snprintf(p->message, sizeof p->message,
                 "There is no step %zu here: only step %zu is shown.", n, s->numbers[0]);
    else
        snprintf(p->message, sizeof p->message, "There is no step %zu: the steps are %zu to %zu.",
                 n, s->numbers[0], s->numbers[s->npages - 1]);
}

static void scroll(rv_pager_t *p, long lines)
{
    if (lines < 0)
        p->top = (size_t)-lines > p->top ? 0 : p->top - (size_t)-lines;
    else
        p->top += (size_t)lines;
    clamp_top(p);
}

/* A digit, Backspace, Enter or Esc while a number is typed; returns false
 * for any other key, which ends the number and acts as itself. */
static bool typing(rv_pager_t *p, int key)
{
    if (key >= '0' && key <= '9') {
        if (p->ntyped < sizeof p->typed - 1)
            p->typed[p->ntyped++] = (char)key;
        return true;
    }
    if (!p->ntyped)
        return false;
    if (key == RV_KEY_BACKSPACE) {
        p->ntyped--;
        return true;
    }
    bool enter = key == RV_KEY_ENTER;
    p->typed[p->ntyped] = '\0';
    p->ntyped = 0;
    if (enter)
        jump(p, strtoul(p->typed, NULL, 10));
    return enter || key == RV_KEY_ESC;
}

void rv_pager_key(rv_pager_t *p, int key)
{
    p->message[0] = '\0';
    if (key == RV_KEY_RESIZE) {
        p->relayout = true;
        return;
    }
    if (key == RV_KEY_REDRAW || key == '\f' || key == RV_KEY_NONE) /* '\f': ^L */
        return;
    if (key == RV_KEY_EOF) {
        p->quit = true;
        return;
    }
    if (p->help) { /* any key goes back */
        p->help = false;
        p->relayout = true;
        return;
    }
    if (typing(p, key))
        return;
    long screen = (long)body_rows(p);
    switch (key) {
    case ' ': case RV_KEY_ENTER: case RV_KEY_RIGHT: case 'j':
        step_by(p, 1);
        break;
    case 'b': case RV_KEY_LEFT: case 'k':
        step_by(p, -1);
        break;
    case 'g': case RV_KEY_HOME:
        go_to(p, 0);
        break;
    case 'G': case RV_KEY_END:
        go_to(p, p->src->npages - 1);
        break;
    case RV_KEY_DOWN: scroll(p, 1); break;
    case RV_KEY_UP: scroll(p, -1); break;
    case RV_KEY_PGDN: scroll(p, screen); break;
    case RV_KEY_PGUP: scroll(p, -screen); break;
    case '?': case 'h':
        p->help = true;
        p->top = 0;
        p->relayout = true;
        break;
    case 'q': case 'Q': case RV_KEY_ESC:
        p->quit = true;
        break;
    default:
        say(p, "Press ? for the keys, q to quit.");
        break;
    }
}

/* s cut to cols columns. */
static void add_fitted(rv_buf_t *out, const char *s, size_t cols)
{
    rv_buf_add(out, s, rv_wrap_fit(s, strlen(s), cols));
}

/* The status line: " title   step 3/9", the keys that matter most at the
 * right.  On a narrow window the hint gets shorter, then goes, then the
 * title is cut; "step 3/9" stays. */
static void draw_status(const rv_pager_t *p, rv_buf_t *out)
{
    static const char *const step_hints[] = { "space next  b back  ? keys  q quit",
                                              "? keys  q quit", "" };
    static const char *const help_hints[] = { "any key: back to the step", "any key: back",
                                              "" };
    const char *const *hints = p->help ? help_hints : step_hints;
    enum { MIN_TITLE = 20 };
    char where[64];
    if (p->help)
        snprintf(where, sizeof where, "keys");
    else
        snprintf(where, sizeof where, "step %zu/%zu", p->src->numbers[p->page], p->src->total);
    const char *title = p->src->title ? p->src->title : "";
    size_t tw = rv_wrap_width(title, strlen(title)), ww = strlen(where), room = 0;
    const char *hint = "";
    for (size_t i = 0; i < 3; i++) {
        hint = hints[i];
        size_t hw = strlen(hint), fixed = 1 + 3 + ww + (hw ? 2 + hw : 0) + 1;
        room = p->cols > fixed ? p->cols - fixed : 0;
        if (tw <= room || (i > 0 && room >= MIN_TITLE))
            break;
    }
    rv_buf_t line = RV_BUF_INIT;
    rv_buf_addc(&line, ' ');
    if (tw && tw <= room) {
        rv_buf_adds(&line, title);
    } else if (tw && room >= 2) {
        rv_buf_add(&line, title, rv_wrap_fit(title, strlen(title), room - 1));
        rv_buf_adds(&line, "\xE2\x80\xA6"); /* … */
    }
    if (line.len > 1)
        rv_buf_adds(&line, "   ");
    rv_buf_adds(&line, where);
    size_t used = rv_wrap_width(line.data, line.len), hw = strlen(hint);
    if (hw)
        for (; used + hw + 1 < p->cols; used++)
            rv_buf_addc(&line, ' ');
    rv_buf_adds(&line, hint);
    for (used += hw; used < p->cols; used++)
        rv_buf_addc(&line, ' ');
    rv_buf_adds(out, "\033[1;1H\033[2K\033[7m");
    add_fitted(out, line.data, p->cols);
    rv_buf_adds(out, "\033[0m");
    rv_buf_free(&line);
}

/* What the last row says, or "" to leave it to the body. */
static void last_row(const rv_pager_t *p, char *buf, size_t size)
{
    size_t body = body_rows(p);
    if (p->ntyped)
        snprintf(buf, size, "Go to step: %.*s  (Enter goes, Esc cancels)", (int)p->ntyped,
                 p->typed);
    else if (p->message[0])
        snprintf(buf, size, "%s", p->message);
    else if (p->nlines > body)
        snprintf(buf, size, "lines %zu-%zu of %zu  %s", p->top + 1,
                 p->top + body < p->nlines ? p->top + body : p->nlines, p->nlines,
                 p->top + body < p->nlines ? "Down/PgDn: more" : "Up/PgUp: back up");
    else
        buf[0] = '\0';
}

void rv_pager_draw(const rv_pager_t *p, rv_buf_t *out)
{
    draw_status(p, out);
    size_t body = body_rows(p);
    const char *s = p->lines.data;
    for (size_t r = 0; r < body; r++) {
        rv_buf_printf(out, "\033[%zu;1H\033[2K", r + 2);
        size_t i = p->top + r;
        if (i < p->nlines) {
            const char *nl = strchr(s + p->starts[i], '\n');
            rv_buf_add(out, s + p->starts[i], (size_t)(nl - (s + p->starts[i])));
        }
    }
    char note[160];
    last_row(p, note, sizeof note);
    if (body + 1 < p->rows) {
        rv_buf_printf(out, "\033[%zu;1H\033[2K", p->rows);
        if (note[0]) {
            rv_buf_adds(out, "\033[7m");
            add_fitted(out, note, p->cols);
            rv_buf_adds(out, "\033[0m");
        }
    }
}

/* Before a page that is not rendered yet, which may take a while (a long
 * trace is replayed up to it): a note on the last row, over the page still
 * shown, so that the usual quick render does not flash the screen. */
static int draw_working(const rv_pager_t *p, size_t page)
{
    char note[64];
    snprintf(note, sizeof note, "Working on step %zu...", p->src->numbers[page]);
    rv_buf_t out = RV_BUF_INIT;
    rv_buf_printf(&out, "\033[%zu;1H\033[2K\033[7m", p->rows);
    add_fitted(&out, note, p->cols);
    rv_buf_adds(&out, "\033[0m");
    int r = rv_term_write(out.data, out.len);
    rv_buf_free(&out);
    return r;
}

int rv_pager_run(const rv_pager_source_t *src)
{
    if (rv_term_open() != 0)
        return -1;
    size_t rows, cols;
    rv_term_size(&rows, &cols);
    rv_pager_t p;
    rv_pager_init(&p, src, rows, cols);
    rv_buf_t frame = RV_BUF_INIT;
    int r = 0;
    while (!p.quit && r == 0) {
        if (p.relayout && !p.help && src->ready && !src->ready(src->ctx, p.page))
            r = draw_working(&p, p.page);
        rv_pager_layout(&p);
        rv_buf_truncate(&frame, 0);
        rv_pager_draw(&p, &frame);
        if (r == 0)
            r = rv_term_write(frame.data, frame.len);
        if (r != 0)
            break;
        int key = rv_term_key();
        if (key == RV_KEY_RESIZE)
            rv_term_size(&p.rows, &p.cols);
        rv_pager_key(&p, key);
    }
    rv_term_close();
    rv_buf_free(&frame);
    rv_pager_free(&p);
    return r;
}
