/* src/export/svg.c - rendering steps in-process with libgvc (no dot
 * subprocess): svg, png and pdf.  An SVG names its step in <title> and
 * carries the step's description for screen readers in <desc>, which
 * Graphviz does not write, so it is inserted after the <svg> element.
 *
 * Stable layout: when several steps are rendered, the union of their
 * graphs (every frame and object any of them shows, every reference) is
 * laid out once with dot; each step is then drawn with its nodes pinned
 * where the union put them (the nop2 engine routes the edges), on the
 * union's canvas, so that flipping through the slides animates rather
 * than jumps. */
#include <errno.h>
#include <graphviz/gvc.h>
#include <string.h>
#include <sys/stat.h>

#include "base/alloc.h"
#include "base/buf.h"
#include "export/dot.h"
#include "export/export.h"

typedef struct image_ctx {
    GVC_t *gvc;
    const char *format;
    const char *path;
    bool single;
    Agraph_t *merged;     /* the union of the shown steps' graphs */
    boxf bb;              /* the union's bounding box, once laid out */
} image_ctx_t;

/* Copies v's graph into the union: new nodes (with their label of that
 * step) and new edges between the same ports. */
static int merge_step(const rv_export_input_t *in, const rv_view_t *v, size_t nth,
                      const char *desc, void *ctx)
{
    (void)nth;
    image_ctx_t *c = ctx;
    Agraph_t *g = rv_dot_graph(v, NULL, desc, in->dark);
    Agraph_t *frames = agsubg(c->merged, (char *)"frames", 1);
    /* The longest label of a node wins (lists grow, frames gain names, an
     * object's ghost is smaller than the object): a node laid out for a
     * smaller label would overlap its neighbours in the steps it is big. */
    for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n)) {
        bool is_frame = strncmp(agnameof(n), "frame", 5) == 0;
        Agnode_t *m = agnode(c->merged, agnameof(n), 0);
        char *label = agget(n, (char *)"label");
        if (m) {
            char *old = agget(m, (char *)"label");
            if (old && label && strlen(old) > strlen(label))
                continue;
        } else {
            m = agnode(is_frame ? frames : c->merged, agnameof(n), 1);
        }
        char *copy = agstrdup_html(c->merged, label);
        agsafeset(m, (char *)"label", copy, (char *)"");
        agstrfree(c->merged, copy);
    }
    /* Edges without ports: a port of an older label may be gone. */
    for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n)) {
        for (Agedge_t *e = agfstout(g, n); e; e = agnxtout(g, e)) {
            Agnode_t *t = agnode(c->merged, agnameof(agtail(e)), 0);
            Agnode_t *h = agnode(c->merged, agnameof(aghead(e)), 0);
            if (!agedge(c->merged, t, h, NULL, 0))
                agedge(c->merged, t, h, NULL, 1);
        }
    }
    agclose(g);
    return 0;
}

/* Lays the union out with dot and keeps its node positions in `pos`. */
static int layout_union(image_ctx_t *c)
{
    if (gvLayout(c->gvc, c->merged, "dot") != 0)
        return -1;
    c->bb = GD_bb(c->merged);
    for (Agnode_t *n = agfstnode(c->merged); n; n = agnxtnode(c->merged, n)) {
        char pos[64];
        snprintf(pos, sizeof pos, "%.2f,%.2f!", ND_coord(n).x, ND_coord(n).y);
        agsafeset(n, (char *)"stable_pos", pos, (char *)"");
    }
    gvFreeLayout(c->gvc, c->merged);
    return 0;
}

/* Pins g's nodes where the union put them; returns the layout engine. */
static const char *pin(image_ctx_t *c, Agraph_t *g)
{
    if (!c->merged)
        return "dot";
    for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n)) {
        Agnode_t *m = agnode(c->merged, agnameof(n), 0);
        char *pos = m ? agget(m, (char *)"stable_pos") : NULL;
        if (pos && *pos)
            agsafeset(n, (char *)"pos", pos, (char *)"");
    }
    agsafeset(g, (char *)"splines", (char *)"true", (char *)"");
    agsafeset(g, (char *)"notranslate", (char *)"true", (char *)"");
    return "nop2";
}

/* Graphviz's SVG with <title> and <desc> of the step right after <svg>. */
static int add_description(const char *svg, unsigned len, const char *title, const char *desc,
                           FILE *out)
{
    const char *open = strstr(svg, "<svg");
    const char *end = open ? strchr(open, '>') : NULL;
    if (!end)
        return fwrite(svg, 1, len, out) == len ? 0 : -1;
    size_t head = (size_t)(end + 1 - svg);
    rv_buf_t b = RV_BUF_INIT;
    rv_buf_add(&b, svg, head);
    rv_buf_adds(&b, "\n<title>");
    rv_dot_escape(&b, title);
    rv_buf_adds(&b, "</title>\n<desc>");
    rv_dot_escape(&b, desc);
    rv_buf_adds(&b, "</desc>");
    rv_buf_add(&b, svg + head, len - head);
    int r = fwrite(b.data, 1, b.len, out) == b.len ? 0 : -1;
    rv_buf_free(&b);
    return r;
}

static int render_step(const rv_export_input_t *in, const rv_view_t *v, size_t nth,
                       const char *desc, void *ctx)
{
    image_ctx_t *c = ctx;
    char title[128];
    /* The trace's own step number too, so that a slide can be matched
     * with the JSON trace. */
    snprintf(title, sizeof title, "%s: step %zu, line %d (trace step %zu)",
             in->name ? in->name : "refviz", nth, v->snap->rec->line, v->snap->step);
    Agraph_t *g = rv_dot_graph(v, title, desc, in->dark);
    if (in->transparent)
        agsafeset(g, (char *)"bgcolor", (char *)"transparent", (char *)"");
    rv_buf_t file = RV_BUF_INIT;
    if (c->single)
        rv_buf_adds(&file, c->path);
    else
        rv_buf_printf(&file, "%s/step-%02zu.%s", c->path, nth, c->format);
    bool to_stdout = strcmp(rv_buf_cstr(&file), "-") == 0;
    FILE *out = to_stdout ? stdout : fopen(rv_buf_cstr(&file), "wb");
    int r = -1;
    if (!out) {
        fprintf(stderr, "refviz: error: cannot write '%s': %s\n", rv_buf_cstr(&file),
                strerror(errno));
    } else if (strcmp(c->format, "dot") == 0) {
        r = agwrite(g, out) == 0 ? 0 : -1;
    } else if (gvLayout(c->gvc, g, pin(c, g)) != 0) {
        fprintf(stderr, "refviz: error: Graphviz could not lay out step %zu\n", nth);
    } else {
        /* The union's canvas for every step: the same translation, the same
         * size, so pinned objects stay put on the page too. */
        if (c->merged)
            GD_bb(g) = c->bb;
        char *data = NULL;
        unsigned len = 0;
        if (gvRenderData(c->gvc, g, c->format, &data, &len) == 0 && data) {
            r = strcmp(c->format, "svg") == 0 ? add_description(data, len, title, desc, out)
                : fwrite(data, 1, len, out) == len ? 0
                                                   : -1;
            gvFreeRenderData(data);
        } else {
            fprintf(stderr, "refviz: error: Graphviz could not render %s\n", c->format);
        }
        gvFreeLayout(c->gvc, g);
    }
    if (out && !to_stdout && fclose(out) != 0)
        r = -1;
    rv_buf_free(&file);
    agclose(g);
    return r;
}

int rv_export_image(const rv_export_input_t *in, const char *format, const char *path)
{
    size_t nshown = 0;
    for (size_t i = 0; i < in->trace->nsteps; i++)
        nshown += !in->shown || in->shown[i];
    image_ctx_t c = { .format = format, .path = path, .single = nshown == 1 };
    if (!c.single && mkdir(path, 0777) != 0 && errno != EEXIST) {
        fprintf(stderr, "refviz: error: cannot create directory '%s': %s\n", path,
                strerror(errno));
        return -1;
    }
    /* Layout warnings (edges falling back to straight lines) are not the
     * user's business; errors still print. */
    agseterr(AGERR);
    c.gvc = gvContext();
    int r = 0;
    if (!c.single && strcmp(format, "dot") != 0) {
        c.merged = rv_dot_new(in->dark);
        r = rv_export_walk(in, merge_step, &c);
        if (!r)
            r = layout_union(&c);
    }
    if (!r)
        r = rv_export_walk(in, render_step, &c);
    if (c.merged)
        agclose(c.merged);
    gvFreeContext(c.gvc);
    return r;
}
