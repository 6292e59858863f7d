/* src/export/layout.c - see layout.h. */
#include "export/layout.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "export/dot.h"
#include "export/slide.h"

/* Beyond this many nodes of the union times steps drawn, each step is laid
 * out on its own: laying out over the union costs in proportion to it. */
#define STABLE_BUDGET 200000
/* Points between the drawing and a cut canvas's edge. */
#define CUT_MARGIN 8.0

/* The narration and what changed, for <desc>. */
void rv_layout_describe(const rv_export_input_t *in, const rv_view_t *v, const char *desc,
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
        rv_dot_set(to, "rank", rank);
}

/* The graph of a step (a slide with --layout slide).  desc is what the
 * step changed; the graph's tooltip gets the narration too. */
Agraph_t *rv_layout_graph(const rv_export_input_t *in, const rv_view_t *v, size_t nth,
                          const char *title, const char *desc)
{
    rv_buf_t full = RV_BUF_INIT;
    rv_layout_describe(in, v, desc, &full);
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
    rv_dot_set(m, key, num);
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
static int union_labels(rv_layout_t *c)
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

/* Copies v's graph into the union: its nodes, each keeping its widest and
 * its tallest label over the steps (lists grow, frames gain names, an
 * object becomes a ghost), and its edges, one per tail port. */
static int merge_step(const rv_export_input_t *in, const rv_view_t *v, size_t nth,
                      const char *desc, void *ctx)
{
    rv_layout_t *c = ctx;
    Agraph_t *g = rv_layout_graph(in, v, nth, NULL, desc);
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
                rv_dot_set(me, "tailport", key);
            }
        }
    }
    agclose(g);
    return 0;
}

/* Lays the union out once and keeps each node's size, in points, and
 * place. */
static int measure_union(rv_layout_t *c)
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
        rv_dot_set(n, "union_size", size);
        snprintf(size, sizeof size, "%.2f,%.2f!", ND_coord(n).x, ND_coord(n).y);
        rv_dot_set(n, "union_pos", size);
    }
    gvFreeLayout(c->gvc, c->merged);
    return 0;
}

/* Puts g's nodes where the union has them, in boxes of their union size
 * (the table at the box's top left); returns the layout engine, which
 * routes the step's own edges between them. */
static const char *over_union(rv_layout_t *c, Agraph_t *g)
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
        rv_dot_set(n, "pos", agget(m, (char *)"union_pos"));
    }
    rv_dot_set(g, "splines", "curved");
    rv_dot_set(g, "notranslate", "true");
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


void rv_layout_init(rv_layout_t *l, GVC_t *gvc, const rv_draw_options_t *d)
{
    *l = (rv_layout_t){ .gvc = gvc, .d = d };
}

int rv_layout_plan(rv_layout_t *l, const rv_export_input_t *in, size_t nshown)
{
    size_t nplanned = 0;
    for (size_t i = 0; i < in->trace->nsteps; i++)
        nplanned += in->planned ? in->planned[i] : !in->shown || in->shown[i];
    if (nplanned < 2)
        return 0;
    l->merged = rv_dot_new(l->d);
    int r = rv_export_walk_plan(in, merge_step, l);
    if (r || l->nmerged * nshown > STABLE_BUDGET) {
        agclose(l->merged);
        l->merged = NULL;
        return r;
    }
    return measure_union(l);
}

int rv_layout_step(rv_layout_t *l, Agraph_t *g, bool cut)
{
    if (gvLayout(l->gvc, g, over_union(l, g)) != 0)
        return -1;
    if (l->merged) {
        GD_bb(g) = l->bb;
        place_title(g);
    }
    if (cut)
        cut_canvas(g);
    return 0;
}

void rv_layout_free(rv_layout_t *l)
{
    if (l->merged)
        agclose(l->merged);
    l->merged = NULL;
}
