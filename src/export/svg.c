/* src/export/svg.c - rendering steps in-process with libgvc (no dot
 * subprocess): svg, png and pdf.  An SVG names its step in <title> and
 * carries the step's narration and description for screen readers in
 * <desc>, which Graphviz does not write, so they are inserted after the
 * <svg> element.
 *
 * Each step is placed by layout.c (objects keep their places from step to
 * step); this file renders it to a file, to a page of one pdf, or to a
 * caller's sink. */
#include <cairo-pdf.h>
#include <cairo.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <graphviz/gvc.h>
#include <string.h>
#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/alloc.h"
#include "base/buf.h"
#include "base/outfile.h"
#include "export/dot.h"
#include "export/export.h"
#include "export/layout.h"

typedef struct image_ctx {
    GVC_t *gvc;
    const char *format;
    const char *path;
    const rv_draw_options_t *d;
    bool single;          /* one step into one file */
    bool in_dir;          /* a file per step into the directory path */
    bool pages;           /* several steps into one pdf */
    rv_layout_t layout;   /* where each step's nodes go */
    cairo_surface_t *pdf; /* pages: the document */
    rv_buf_t pdf_data;    /* what cairo wrote of it */
    rv_image_fn sink;     /* rv_export_images: where each image goes */
    void *sink_ctx;
} image_ctx_t;

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
    rv_buf_add_markup(out, title);
    rv_buf_adds(out, "</title>\n<desc>");
    rv_buf_add_markup(out, desc);
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

/* Where one step's file is being written: standard output, the file -o
 * names, or a fresh file in the directory (base/outfile.h). */
typedef struct step_out {
    FILE *f;
    bool to_stdout;
    bool in_dir;
    rv_outfile_t dir_file;
    char *shown_name; /* for messages */
} step_out_t;

/* Opens the file of a step: name is the file (-: stdout), or in a
 * directory export the step's name inside c->path.  NULL after a message. */
static FILE *step_open(const image_ctx_t *c, const char *name, step_out_t *so)
{
    *so = (step_out_t){ .to_stdout = !c->in_dir && strcmp(name, "-") == 0, .in_dir = c->in_dir };
    rv_buf_t shown = RV_BUF_INIT;
    if (c->in_dir)
        rv_buf_printf(&shown, "%s/%s", c->path, name);
    else
        rv_buf_adds(&shown, name);
    so->shown_name = rv_buf_steal(&shown, NULL);
    so->f = so->to_stdout ? stdout
            : c->in_dir   ? rv_outfile_open(&so->dir_file, c->path, name)
                          : fopen(name, "wb");
    if (!so->f) {
        fprintf(stderr, "refviz: error: cannot write '%s': %s\n", so->shown_name,
                strerror(errno));
        rv_free(so->shown_name);
    }
    return so->f;
}

/* Finishes a step's file; r is the writing's result so far.  Returns 0, or
 * -1 after a message. */
static int step_close(step_out_t *so, int r)
{
    if (!so->f)
        return -1;
    if (fflush(so->f) != 0 || ferror(so->f))
        r = -1;
    if (so->in_dir) {
        if (r != 0)
            rv_outfile_abort(&so->dir_file);
        else if (rv_outfile_commit(&so->dir_file) != 0)
            r = -1;
    } else if (!so->to_stdout && fclose(so->f) != 0) {
        r = -1;
    }
    if (r != 0)
        fprintf(stderr, "refviz: error: cannot write '%s': %s\n", so->shown_name,
                errno ? strerror(errno) : "write error");
    rv_free(so->shown_name);
    return r;
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
        step_out_t so;
        FILE *f = step_open(c, file, &so);
        r = f && fwrite(out.data, 1, out.len, f) == out.len ? 0 : -1;
        r = step_close(&so, r);
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
    rv_layout_describe(in, v, desc, &full);
    Agraph_t *g = rv_layout_graph(in, v, nth, title, desc);
    rv_buf_t file = RV_BUF_INIT;
    if (c->in_dir)
        rv_buf_printf(&file, "step-%02zu.%s", nth, c->format);
    else
        rv_buf_adds(&file, c->path);
    int r = -1;
    if (strcmp(c->format, "dot") == 0) {
        step_out_t so;
        FILE *out = step_open(c, rv_buf_cstr(&file), &so);
        r = out && agwrite(g, out) == 0 ? 0 : -1;
        r = step_close(&so, r);
    } else {
        if (rv_layout_step(&c->layout, g, !c->d->fit_w && !c->d->slide) != 0) {
            fprintf(stderr, "refviz: error: Graphviz could not lay out step %zu\n", nth);
        } else {
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

/* The step files of this format beyond the plan's last step: left by an
 * earlier, longer run, they would pass for steps of this one. */
static void remove_stale_steps(const char *dir, const char *format, size_t nplanned)
{
    DIR *d = opendir(dir);
    if (!d)
        return;
    struct dirent *ent;
    while ((ent = readdir(d)) != NULL) {
        const char *p = ent->d_name;
        if (strncmp(p, "step-", 5) != 0)
            continue;
        char *end;
        errno = 0;
        unsigned long long k = strtoull(p + 5, &end, 10);
        if (errno || end == p + 5 || *end != '.' || strcmp(end + 1, format) != 0 || k <= nplanned)
            continue;
        /* Only the names refviz writes (step-%02zu.FMT). */
        char canon[64];
        snprintf(canon, sizeof canon, "step-%02llu.%s", k, format);
        if (strcmp(canon, p) != 0)
            continue;
        rv_buf_t path = RV_BUF_INIT;
        rv_buf_printf(&path, "%s/%s", dir, p);
        unlink(rv_buf_cstr(&path));
        rv_buf_free(&path);
    }
    closedir(d);
}

/* The directory of -o DIR: made if missing, and a directory. */
static int make_dir(const char *path)
{
    struct stat st;
    if (mkdir(path, 0777) != 0 && errno != EEXIST) {
        fprintf(stderr, "refviz: error: cannot create directory '%s': %s\n", path,
                strerror(errno));
        return -1;
    }
    if (stat(path, &st) != 0 || !S_ISDIR(st.st_mode)) {
        fprintf(stderr, "refviz: error: cannot write into '%s': %s\n", path,
                strerror(errno ? errno : ENOTDIR));
        return -1;
    }
    return 0;
}

static int export_images(const rv_export_input_t *in, image_ctx_t *c, bool one_file)
{
    size_t nshown = 0;
    for (size_t i = 0; i < in->trace->nsteps; i++)
        nshown += !in->shown || in->shown[i];
    c->d = in->draw ? in->draw : &rv_draw_defaults;
    c->pdf_data = (rv_buf_t)RV_BUF_INIT;
    c->pages = !c->sink && one_file && nshown > 1 && strcmp(c->format, "pdf") == 0;
    c->single = !c->sink && one_file && !c->pages;
    c->in_dir = !c->sink && !one_file;
    errno = 0;
    if (c->in_dir && make_dir(c->path) != 0)
        return -1;
    /* Layout warnings (edges falling back to straight lines) are not the
     * user's business; errors still print. */
    agseterr(AGERR);
    c->gvc = gvContext();
    rv_layout_init(&c->layout, c->gvc, c->d);
    int r = strcmp(c->format, "dot") != 0 ? rv_layout_plan(&c->layout, in, nshown) : 0;
    if (!r)
        r = rv_export_walk(in, render_step, c);
    if (c->pages)
        r = close_document(c, r);
    if (!r && c->in_dir)
        remove_stale_steps(c->path, c->format, in->nplanned ? in->nplanned : nshown);
    rv_layout_free(&c->layout);
    gvFreeContext(c->gvc);
    return r;
}

int rv_export_image(const rv_export_input_t *in, const char *format, const char *path,
                    bool one_file)
{
    image_ctx_t c = { .format = format, .path = path };
    return export_images(in, &c, one_file);
}

int rv_export_images(const rv_export_input_t *in, const char *format, rv_image_fn fn, void *ctx)
{
    image_ctx_t c = { .format = format, .path = "", .sink = fn, .sink_ctx = ctx };
    return export_images(in, &c, false);
}
