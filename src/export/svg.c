/* src/export/svg.c - rendering steps in-process with libgvc (no dot
 * subprocess): svg, png and pdf.  An SVG names its step in <title> and
 * carries the step's description for screen readers in <desc>, which
 * Graphviz does not write, so it is inserted after the <svg> element. */
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
    int status;
} image_ctx_t;

static void xml_text(rv_buf_t *b, const char *s)
{
    for (; *s; s++) {
        switch (*s) {
        case '&': rv_buf_adds(b, "&amp;"); break;
        case '<': rv_buf_adds(b, "&lt;"); break;
        case '>': rv_buf_adds(b, "&gt;"); break;
        default: rv_buf_addc(b, *s); break;
        }
    }
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
    xml_text(&b, title);
    rv_buf_adds(&b, "</title>\n<desc>");
    xml_text(&b, desc);
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
    snprintf(title, sizeof title, "%s: step %zu, line %d", in->name ? in->name : "refviz", nth,
             v->snap->rec->line);
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
    } else if (gvLayout(c->gvc, g, "dot") != 0) {
        fprintf(stderr, "refviz: error: Graphviz could not lay out step %zu\n", nth);
    } else {
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
    c.gvc = gvContext();
    int r = rv_export_walk(in, render_step, &c);
    gvFreeContext(c.gvc);
    return r;
}
