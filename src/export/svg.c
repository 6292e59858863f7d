/* src/export/svg.c - rendering steps in-process with libgvc (no dot
 * subprocess): svg, png and pdf.  An SVG names its step in <title> and
 * carries the step's narration and description for screen readers in
 * <desc>, which Graphviz does not write, so they are inserted after the
 * <svg> element.
 *
 * Stable layout: the union of the planned steps' graphs (every frame and
 * object any of them shows, every reference) is laid out once with dot.
 * Each step is then drawn with its nodes pinned where the union put them,
 * in boxes of their union size with the table at the box's top left, and
 * its own edges routed between them by nop2 (curved splines: the
 * spline router that avoids nodes aborts on some of these graphs in
 * Graphviz 2.42).  Objects keep their places from step to step, and
 * `--step N` draws exactly what step N of the sequence draws.  The canvas
 * is then cut to what the step shows, its top left kept, unless a page
 * size is asked for (--fit, slides), which every step then shares.
 *
 * Beyond STABLE_BUDGET (nodes of the union times steps drawn) each step
 * is laid out on its own by dot. */
#include <cairo-pdf.h>
#include <cairo.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <graphviz/gvc.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/alloc.h"
#include "base/buf.h"
#include "export/dot.h"
#include "export/export.h"
#include "export/slide.h"

#define STABLE_BUDGET 200000
/* Points between the drawing and a cut canvas's edge. */
#define CUT_MARGIN 8.0

typedef struct image_ctx {
    GVC_t *gvc;
    const char *format;
    const char *path;
    const rv_draw_options_t *d;
    bool single;          /* one step into one file */
    bool pages;           /* several steps into one pdf */
    Agraph_t *merged;     /* the union of the planned steps' graphs */
    boxf bb;              /* the union's canvas, once laid out */
    size_t nmerged;       /* its nodes */
    cairo_surface_t *pdf; /* pages: the document */
    rv_buf_t pdf_data;    /* what cairo wrote of it */
    rv_image_fn sink;     /* rv_export_images: where each image goes */
    void *sink_ctx;
} image_ctx_t;

static void set(void *obj, const char *attr, const char *value)
{
    agsafeset(obj, (char *)attr, (char *)value, "");
}

/* The narration and what changed, for <desc>. */
static void description(const rv_export_input_t *in, const rv_view_t *v, const char *desc,
                        rv_buf_t *out)
{
    const char *narration = in->narration ? in->narration[v->snap->step] : NULL;
    if (narration && *narration) {
        rv_buf_adds(out, narration);
        rv_buf_addc(out, '\n');
    }
    rv_buf_adds(out, desc);
}

static const char *tail_port(Agedge_t *e)
{
    const char *port = agget(e, (char *)"tailport");
    return port ? port : "";
}

static void copy_rank(Agraph_t *to, Agraph_t *from)
{
    const char *rank = agget(from, (char *)"rank");
    if (rank && *rank)
        set(to, "rank", rank);
}

/* The graph of a step (a slide with --layout slide).  desc is what the
 * step changed; the graph's tooltip gets the narration too. */
static Agraph_t *step_graph(const rv_export_input_t *in, const rv_view_t *v, size_t nth,
                            const char *title, const char *desc)
{
    rv_buf_t full = RV_BUF_INIT;
    description(in, v, desc, &full);
    Agraph_t *g = rv_dot_graph(v, title, rv_buf_cstr(&full), in->draw);
    rv_buf_free(&full);
    if (in->draw && in->draw->slide) {
        const char *narration = in->narration ? in->narration[v->snap->step] : NULL;
        rv_slide_decorate(g, in, v, nth, narration, desc);
    }
    return g;
}

/* A label's width in characters: the widest row's visible text, a cell
 * counting two more for its padding. */
static size_t label_width(const char *html)
{
    size_t widest = 0, row = 0;
    bool tag = false;
    for (const char *p = html; p && *p; p++) {
        if (*p == '<') {
            tag = true;
            if (!strncmp(p, "<TR", 3) || !strncmp(p, "<BR", 3))
                row = 0;
            else if (!strncmp(p, "</TD", 4))
                row += 2;
        } else if (*p == '>') {
            tag = false;
        } else if (!tag && ((unsigned char)*p & 0xC0) != 0x80 && *p != ';') {
            row++;
        }
        if (row > widest)
            widest = row;
    }
    return widest;
}

/* A label's height in rows of text. */
static size_t label_rows(const char *html)
{
    size_t rows = 0;
    for (const char *p = html; p && (p = strchr(p, '<')) != NULL; p++)
        rows += !strncmp(p, "<TR", 3) || !strncmp(p, "<BR", 3);
    return rows;
}

/* Keeps in m's attribute `attr` the label that scores highest. */
static void keep_larger(Agraph_t *merged, Agnode_t *m, const char *attr, const char *label,
                        size_t score)
{
    char key[32];
    snprintf(key, sizeof key, "%s_score", attr);
    const char *old = agget(m, key);
    if (old && *old && (size_t)strtoul(old, NULL, 10) >= score)
        return;
    char num[32];
    snprintf(num, sizeof num, "%zu", score);
    set(m, key, num);
    char *copy = agstrdup_html(merged, (char *)label);
    agsafeset(m, (char *)attr, copy, (char *)"");
    agstrfree(merged, copy);
}

/* A label in a box of (at least) the union's size, drawn at the box's top
 * left. */
static void boxed_label(Agraph_t *g, Agnode_t *n, const char *label, int w, int h)
{
    rv_buf_t b = RV_BUF_INIT;
    rv_buf_printf(&b,
                  "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\" "
                  "WIDTH=\"%d\" HEIGHT=\"%d\"><TR><TD ALIGN=\"LEFT\" "
                  "VALIGN=\"TOP\">%s</TD></TR></TABLE>",
                  w, h, label && *label ? label : "");
    char *s = agstrdup_html(g, (char *)rv_buf_cstr(&b));
    agsafeset(n, (char *)"label", s, (char *)"");
    agstrfree(g, s);
    rv_buf_free(&b);
}

static void add_measured(Agraph_t *scratch, const char *name, const char *label)
{
    Agnode_t *n = agnode(scratch, (char *)name, 1);
    char *copy = agstrdup_html(scratch, (char *)label);
    agsafeset(n, (char *)"label", copy, (char *)"");
    agstrfree(scratch, copy);
}

/* The union's label of each node: its widest label over the steps, in a
 * box that also fits its tallest one (an object that becomes a one-line
 * ghost, a code window that moves).  Which label is widest is only
 * guessed from its characters, so the box has room to spare.  All the
 * labels are measured in one layout of a graph without edges. */
static int union_labels(image_ctx_t *c)
{
    Agraph_t *scratch = rv_dot_new(c->d);
    char name[64];
    for (Agnode_t *m = agfstnode(c->merged); m; m = agnxtnode(c->merged, m)) {
        snprintf(name, sizeof name, "w%d", AGSEQ(m));
        add_measured(scratch, name, agget(m, (char *)"wide_label"));
        snprintf(name, sizeof name, "t%d", AGSEQ(m));
        add_measured(scratch, name, agget(m, (char *)"tall_label"));
    }
    if (gvLayout(c->gvc, scratch, "dot") != 0) {
        agclose(scratch);
        return -1;
    }
    for (Agnode_t *m = agfstnode(c->merged); m; m = agnxtnode(c->merged, m)) {
        snprintf(name, sizeof name, "w%d", AGSEQ(m));
        Agnode_t *w = agnode(scratch, name, 0);
        snprintf(name, sizeof name, "t%d", AGSEQ(m));
        Agnode_t *t = agnode(scratch, name, 0);
        double wd = ND_width(w) > ND_width(t) ? ND_width(w) : ND_width(t);
        double ht = ND_height(w) > ND_height(t) ? ND_height(w) : ND_height(t);
        boxed_label(c->merged, m, agget(m, (char *)"wide_label"), (int)(wd * 72 * 1.05 + 6),
                    (int)(ht * 72 + 2));
    }
    gvFreeLayout(c->gvc, scratch);
    agclose(scratch);
    return 0;
}

/* Copies v's graph into the union: new nodes with their label of that
 * step, the longest label of a node winning (lists grow, frames gain
 * names), and new edges, one per tail port. */
static int merge_step(const rv_export_input_t *in, const rv_view_t *v, size_t nth,
                      const char *desc, void *ctx)
{
    image_ctx_t *c = ctx;
    Agraph_t *g = step_graph(in, v, nth, NULL, desc);
    for (Agraph_t *sub = agfstsubg(g); sub; sub = agnxtsubg(sub)) {
        Agraph_t *m = agsubg(c->merged, agnameof(sub), 1);
        copy_rank(m, sub);
        for (Agnode_t *n = agfstnode(sub); n; n = agnxtnode(sub, n))
            agsubnode(m, agnode(c->merged, agnameof(n), 1), 1);
    }
    /* A slide's title: the tallest one has room above the drawing. */
    char *glabel = agget(g, (char *)"label");
    if (glabel && *glabel) {
        char *old = agget(c->merged, (char *)"label");
        if (!old || label_rows(old) < label_rows(glabel)) {
            char *copy = agstrdup_html(c->merged, glabel);
            agsafeset(c->merged, (char *)"label", copy, (char *)"");
            agstrfree(c->merged, copy);
        }
    }
    for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n)) {
        Agnode_t *m = agnode(c->merged, agnameof(n), 0);
        if (!m) {
            m = agnode(c->merged, agnameof(n), 1);
            c->nmerged++;
        }
        char *label = agget(n, (char *)"label");
        keep_larger(c->merged, m, "wide_label", label, label_width(label));
        keep_larger(c->merged, m, "tall_label", label, label_rows(label));
    }
    for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n)) {
        for (Agedge_t *e = agfstout(g, n); e; e = agnxtout(g, e)) {
            char key[64];
            snprintf(key, sizeof key, "%s", tail_port(e));
            Agnode_t *t = agnode(c->merged, agnameof(agtail(e)), 0);
            Agnode_t *h = agnode(c->merged, agnameof(aghead(e)), 0);
            if (!agedge(c->merged, t, h, key, 0)) {
                Agedge_t *me = agedge(c->merged, t, h, key, 1);
                set(me, "tailport", key);
            }
        }
    }
    agclose(g);
    return 0;
}

/* Lays the union out once and keeps each node's size, in points, and
 * place. */
static int measure_union(image_ctx_t *c)
{
    if (union_labels(c) != 0)
        return -1;
    if (gvLayout(c->gvc, c->merged, "dot") != 0)
        return -1;
    c->bb = GD_bb(c->merged);
    /* A slide's title goes above everything: with rankdir LR, dot leaves
     * its room at the side, not on top. */
    if (GD_label(c->merged)) {
        double top = c->bb.LL.y;
        for (Agnode_t *n = agfstnode(c->merged); n; n = agnxtnode(c->merged, n))
            if (ND_coord(n).y + ND_height(n) * 36 > top)
                top = ND_coord(n).y + ND_height(n) * 36;
        c->bb.UR.y = top + GD_label(c->merged)->dimen.y + 8;
    }
    for (Agnode_t *n = agfstnode(c->merged); n; n = agnxtnode(c->merged, n)) {
        char size[64];
        snprintf(size, sizeof size, "%d,%d", (int)(ND_width(n) * 72 + 0.999),
                 (int)(ND_height(n) * 72 + 0.999));
        set(n, "union_size", size);
        snprintf(size, sizeof size, "%.2f,%.2f!", ND_coord(n).x, ND_coord(n).y);
        set(n, "union_pos", size);
    }
    gvFreeLayout(c->gvc, c->merged);
    return 0;
}

/* Puts g's nodes where the union has them, in boxes of their union size
 * (the table at the box's top left); returns the layout engine, which
 * routes the step's own edges between them. */
static const char *over_union(image_ctx_t *c, Agraph_t *g)
{
    if (!c->merged)
        return "dot";
    for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n)) {
        Agnode_t *m = agnode(c->merged, agnameof(n), 0);
        if (!m)
            continue;
        int w = 0, h = 0;
        sscanf(agget(m, (char *)"union_size"), "%d,%d", &w, &h);
        boxed_label(g, n, agget(n, (char *)"label"), w, h);
        set(n, "pos", agget(m, (char *)"union_pos"));
    }
    set(g, "splines", "curved");
    set(g, "notranslate", "true");
    return "nop2";
}

static bool visible(void *obj)
{
    char *style = agget(obj, (char *)"style");
    return !style || !strstr(style, "invis");
}

static void grow(boxf *b, double x, double y)
{
    if (x < b->LL.x)
        b->LL.x = x;
    if (y < b->LL.y)
        b->LL.y = y;
    if (x > b->UR.x)
        b->UR.x = x;
    if (y > b->UR.y)
        b->UR.y = y;
}

/* Cuts the canvas to what the step draws, keeping its top left corner so
 * that objects stay where the other steps have them. */
static void cut_canvas(Agraph_t *g)
{
    boxf bb = GD_bb(g);
    boxf used = { { bb.UR.x, bb.UR.y }, { bb.LL.x, bb.LL.y } };
    for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n)) {
        if (!visible(n))
            continue;
        double w = ND_width(n) * 36, h = ND_height(n) * 36;
        grow(&used, ND_coord(n).x - w, ND_coord(n).y - h);
        grow(&used, ND_coord(n).x + w, ND_coord(n).y + h);
        for (Agedge_t *e = agfstout(g, n); e; e = agnxtout(g, e)) {
            if (!visible(e) || !ED_spl(e))
                continue;
            for (int i = 0; i < ED_spl(e)->size; i++) {
                bezier *bz = &ED_spl(e)->list[i];
                for (int k = 0; k < bz->size; k++)
                    grow(&used, bz->list[k].x, bz->list[k].y);
                if (bz->eflag)
                    grow(&used, bz->ep.x, bz->ep.y);
            }
        }
    }
    if (used.LL.x > used.UR.x)
        return;
    /* The graph's label (a slide's title) sits at the top: keep it. */
    if (used.UR.x + CUT_MARGIN < bb.UR.x && !GD_label(g))
        bb.UR.x = used.UR.x + CUT_MARGIN;
    if (used.LL.y - CUT_MARGIN > bb.LL.y)
        bb.LL.y = used.LL.y - CUT_MARGIN;
    GD_bb(g) = bb;
}

/* Widens the canvas, centred, to the page's proportions and has the
 * renderer scale the drawing to the page. */
static void fit_page(Agraph_t *g, double page_w, double page_h)
{
    boxf bb = GD_bb(g);
    /* Graphviz pads the drawing by 4 points on each side before scaling. */
    double w = bb.UR.x - bb.LL.x + 8, h = bb.UR.y - bb.LL.y + 8;
    if (w <= 8 || h <= 8)
        return;
    if (w / h < page_w / page_h) {
        double grow_w = h * page_w / page_h - w;
        bb.LL.x -= grow_w / 2;
        bb.UR.x += grow_w / 2;
    } else {
        double grow_h = w * page_h / page_w - h;
        bb.LL.y -= grow_h / 2;
        bb.UR.y += grow_h / 2;
    }
    GD_bb(g) = bb;
    GD_drawing(g)->size.x = page_w;
    GD_drawing(g)->size.y = page_h;
    GD_drawing(g)->filled = true;
}

/* A slide's title at the top left of the union's canvas, where every
 * step has it (nop2 placed it on the step's own). */
static void place_title(Agraph_t *g)
{
    textlabel_t *l = GD_label(g);
    if (!l)
        return;
    boxf bb = GD_bb(g);
    l->pos.x = bb.LL.x + l->dimen.x / 2;
    l->pos.y = bb.UR.y - l->dimen.y / 2;
    l->set = true;
}

/* Page size, zoom and resolution: set on the laid-out graph, which the
 * renderer reads them from. */
static void page_setup(const image_ctx_t *c, Agraph_t *g)
{
    const rv_draw_options_t *d = c->d;
    bool png = strcmp(c->format, "png") == 0;
    double dpi = d->dpi ? d->dpi : d->fit_w ? 96 : 144;
    if (png)
        GD_drawing(g)->dpi = dpi;
    if (d->fit_w && d->fit_h) {
        /* Pixels at the png's resolution; for svg and pdf, CSS pixels. */
        double per_px = png ? 72.0 / dpi : 0.75;
        fit_page(g, d->fit_w * per_px, d->fit_h * per_px);
    } else if (d->scale > 0 && d->scale != 1) {
        boxf bb = GD_bb(g);
        GD_drawing(g)->size.x = (bb.UR.x - bb.LL.x) * d->scale;
        GD_drawing(g)->size.y = (bb.UR.y - bb.LL.y) * d->scale;
        GD_drawing(g)->filled = true;
    }
}

/* Graphviz's SVG with <title> and <desc> of the step right after <svg>. */
static void describe_svg(const char *svg, unsigned len, const char *title, const char *desc,
                         rv_buf_t *out)
{
    const char *open = strstr(svg, "<svg");
    const char *end = open ? strchr(open, '>') : NULL;
    if (!end) {
        rv_buf_add(out, svg, len);
        return;
    }
    size_t head = (size_t)(end + 1 - svg);
    rv_buf_add(out, svg, head);
    rv_buf_adds(out, "\n<title>");
    rv_dot_escape(out, title);
    rv_buf_adds(out, "</title>\n<desc>");
    rv_dot_escape(out, desc);
    rv_buf_adds(out, "</desc>");
    rv_buf_add(out, svg + head, len - head);
}

static cairo_status_t write_pdf(void *closure, const unsigned char *data, unsigned int len)
{
    rv_buf_add(closure, (const char *)data, len);
    return CAIRO_STATUS_SUCCESS;
}

/* libgvc draws g onto cr.  Its cairo devices with a caller's context
 * either finish the surface (pdf, svg, ps) or also write a png to the
 * job's output, stdout: the png device is used, with stdout pointed at
 * /dev/null meanwhile (the document is kept in memory until the end). */
static int draw_on(GVC_t *gvc, Agraph_t *g, cairo_t *cr)
{
    fflush(stdout);
    int saved = dup(STDOUT_FILENO);
    int null = open("/dev/null", O_WRONLY);
    if (saved < 0 || null < 0) {
        if (saved >= 0)
            close(saved);
        if (null >= 0)
            close(null);
        return -1;
    }
    dup2(null, STDOUT_FILENO);
    close(null);
    int r = gvRenderContext(gvc, g, "png", cr);
    fflush(stdout);
    dup2(saved, STDOUT_FILENO);
    close(saved);
    return r;
}

/* One page of the document: libgvc draws the laid-out graph onto it. */
static int add_page(image_ctx_t *c, Agraph_t *g)
{
    boxf bb = GD_bb(g);
    double w = bb.UR.x - bb.LL.x, h = bb.UR.y - bb.LL.y;
    if (GD_drawing(g)->size.x > 0) {
        w = GD_drawing(g)->size.x;
        h = GD_drawing(g)->size.y;
    }
    w += 8; /* Graphviz's pad, 4 points each side */
    h += 8;
    if (!c->pdf) {
        c->pdf = cairo_pdf_surface_create_for_stream(write_pdf, &c->pdf_data, w, h);
    } else {
        cairo_pdf_surface_set_size(c->pdf, w, h);
    }
    cairo_t *cr = cairo_create(c->pdf);
    GD_drawing(g)->dpi = 72; /* the png device's default is 96 */
    int r = draw_on(c->gvc, g, cr);
    cairo_show_page(cr);
    cairo_destroy(cr);
    return r == 0 && cairo_surface_status(c->pdf) == CAIRO_STATUS_SUCCESS ? 0 : -1;
}

/* Renders g: a page of the document, the svg to the sink, or a file. */
static int write_file(image_ctx_t *c, Agraph_t *g, const char *file, const rv_step_t *step)
{
    if (c->pages)
        return add_page(c, g);
    char *data = NULL;
    unsigned len = 0;
    if (gvRenderData(c->gvc, g, c->format, &data, &len) != 0 || !data) {
        fprintf(stderr, "refviz: error: Graphviz could not render step %zu as %s\n", step->nth,
                c->format);
        return -1;
    }
    rv_buf_t out = RV_BUF_INIT;
    if (strcmp(c->format, "svg") == 0)
        describe_svg(data, len, step->title, step->desc, &out);
    else
        rv_buf_add(&out, data, len);
    gvFreeRenderData(data);
    int r = 0;
    if (c->sink) {
        r = c->sink(step, out.data, out.len, c->sink_ctx);
    } else {
        bool to_stdout = strcmp(file, "-") == 0;
        FILE *f = to_stdout ? stdout : fopen(file, "wb");
        r = f && fwrite(out.data, 1, out.len, f) == out.len ? 0 : -1;
        if (f && !to_stdout && fclose(f) != 0)
            r = -1;
        if (r != 0)
            fprintf(stderr, "refviz: error: cannot write '%s': %s\n", file, strerror(errno));
    }
    rv_buf_free(&out);
    return r;
}

static int render_step(const rv_export_input_t *in, const rv_view_t *v, size_t nth,
                       const char *desc, void *ctx)
{
    image_ctx_t *c = ctx;
    char title[256];
    /* The trace's own step number too, so that a slide can be matched
     * with the JSON trace. */
    snprintf(title, sizeof title, "%s: step %zu, line %d (trace step %zu)",
             in->name ? in->name : "refviz", nth, v->snap->rec->line, v->snap->step);
    rv_buf_t full = RV_BUF_INIT;
    description(in, v, desc, &full);
    Agraph_t *g = step_graph(in, v, nth, title, desc);
    rv_buf_t file = RV_BUF_INIT;
    if (c->single || c->pages)
        rv_buf_adds(&file, c->path);
    else
        rv_buf_printf(&file, "%s/step-%02zu.%s", c->path, nth, c->format);
    int r = -1;
    if (strcmp(c->format, "dot") == 0) {
        bool to_stdout = strcmp(rv_buf_cstr(&file), "-") == 0;
        FILE *out = to_stdout ? stdout : fopen(rv_buf_cstr(&file), "wb");
        if (!out)
            fprintf(stderr, "refviz: error: cannot write '%s': %s\n", rv_buf_cstr(&file),
                    strerror(errno));
        else
            r = agwrite(g, out) == 0 && (out == stdout || fclose(out) == 0) ? 0 : -1;
    } else {
        if (gvLayout(c->gvc, g, over_union(c, g)) != 0) {
            fprintf(stderr, "refviz: error: Graphviz could not lay out step %zu\n", nth);
        } else {
            if (c->merged) {
                GD_bb(g) = c->bb;
                place_title(g);
            }
            if (!c->d->fit_w && !c->d->slide)
                cut_canvas(g);
            page_setup(c, g);
            rv_step_t step = { .in = in, .view = v, .nth = nth, .title = title,
                               .desc = rv_buf_cstr(&full), .changes = desc };
            r = write_file(c, g, rv_buf_cstr(&file), &step);
            gvFreeLayout(c->gvc, g);
        }
    }
    rv_buf_free(&file);
    rv_buf_free(&full);
    agclose(g);
    return r;
}

/* Finishes the pdf of several steps and writes it to c->path. */
static int close_document(image_ctx_t *c, int r)
{
    if (c->pdf) {
        cairo_surface_finish(c->pdf);
        if (cairo_surface_status(c->pdf) != CAIRO_STATUS_SUCCESS)
            r = -1;
        cairo_surface_destroy(c->pdf);
    }
    if (!r) {
        bool to_stdout = strcmp(c->path, "-") == 0;
        FILE *out = to_stdout ? stdout : fopen(c->path, "wb");
        if (!out || fwrite(c->pdf_data.data, 1, c->pdf_data.len, out) != c->pdf_data.len)
            r = -1;
        if (out && !to_stdout && fclose(out) != 0)
            r = -1;
        if (r)
            fprintf(stderr, "refviz: error: cannot write '%s': %s\n", c->path, strerror(errno));
    }
    rv_buf_free(&c->pdf_data);
    return r;
}

static int export_images(const rv_export_input_t *in, image_ctx_t *c)
{
    size_t nshown = 0, nplanned = 0;
    for (size_t i = 0; i < in->trace->nsteps; i++) {
        nshown += !in->shown || in->shown[i];
        nplanned += in->planned ? in->planned[i] : !in->shown || in->shown[i];
    }
    c->d = in->draw ? in->draw : &rv_draw_defaults;
    c->pdf_data = (rv_buf_t)RV_BUF_INIT;
    c->single = nshown == 1;
    c->pages = !c->sink && !c->single && strcmp(c->format, "pdf") == 0;
    if (!c->sink && !c->single && !c->pages && mkdir(c->path, 0777) != 0 && errno != EEXIST) {
        fprintf(stderr, "refviz: error: cannot create directory '%s': %s\n", c->path,
                strerror(errno));
        return -1;
    }
    /* Layout warnings (edges falling back to straight lines) are not the
     * user's business; errors still print. */
    agseterr(AGERR);
    c->gvc = gvContext();
    int r = 0;
    if (strcmp(c->format, "dot") != 0 && nplanned > 1) {
        c->merged = rv_dot_new(c->d);
        r = rv_export_walk_plan(in, merge_step, c);
        if (!r && c->nmerged * nshown > STABLE_BUDGET) {
            agclose(c->merged);
            c->merged = NULL;
        }
        if (!r && c->merged)
            r = measure_union(c);
    }
    if (!r)
        r = rv_export_walk(in, render_step, c);
    if (c->pages)
        r = close_document(c, r);
    if (c->merged)
        agclose(c->merged);
    gvFreeContext(c->gvc);
    return r;
}

int rv_export_image(const rv_export_input_t *in, const char *format, const char *path)
{
    image_ctx_t c = { .format = format, .path = path };
    return export_images(in, &c);
}

int rv_export_images(const rv_export_input_t *in, const char *format, rv_image_fn fn, void *ctx)
{
    image_ctx_t c = { .format = format, .path = "", .sink = fn, .sink_ctx = ctx };
    return export_images(in, &c);
}
