/* src/export/dot.c - see dot.h.
 *
 * Meaning never rests on colour alone: every header names its type (the
 * theme's fills tell mutable from immutable at a glance); new and mutated
 * objects have their header filled and say NEW / MUTATED; a
 * name just (re)bound is marked with "*" and shaded.  Ghosts are dashed
 * and grey and say what they are: an object freed since the last step
 * ("freed", once), one alive but unreachable from any frame
 * ("unreachable: kept alive by a cycle or the interpreter").
 *
 * One arrow per reference: when several references reach one object (the
 * rows of [[0] * 3] * 3), each arrow gets its own head port on the
 * object's left side, so that no two arrows share a head or a path. */
#include "export/dot.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "base/buf.h"
#include "export/export.h"
#include "export/slide.h"

const rv_draw_options_t rv_draw_defaults = { .theme = NULL, .scale = 1 };

/* Point sizes: readable from the back of a lecture hall once the drawing
 * fills a projector (Graphviz's default is 14, refviz's was 11). */
#define FONT_BODY "16"
#define FONT_SMALL "12"

/* An edge waiting for its head port: head ports are handed out once every
 * reference to the target is known. */
typedef struct pending_edge {
    Agnode_t *from;
    char tailport[24];
    uint64_t to;
    size_t order;      /* top to bottom, as the tails are drawn */
    bool dashed;
} pending_edge_t;

typedef struct dot_ctx {
    Agraph_t *g, *frames;
    const rv_view_t *v;
    const rv_draw_options_t *d;
    const rv_theme_t *t;
    pending_edge_t *edges;
    size_t nedges, cap;
    rv_idmap_t anchors;  /* id -> malloc'd "h:w;h:sw;..." (where arrows may end) */
} dot_ctx_t;

static void node_name(char *buf, size_t size, uint64_t id)
{
    snprintf(buf, size, "o%llu", (unsigned long long)id);
}

void rv_dot_set_html(Agraph_t *g, void *obj, const char *attr, rv_buf_t *html)
{
    char *s = agstrdup_html(g, (char *)rv_buf_cstr(html));
    agsafeset(obj, (char *)attr, s, "");
    agstrfree(g, s);
}

void rv_dot_set(void *obj, const char *attr, const char *value)
{
    agsafeset(obj, (char *)attr, (char *)value, "");
}

/* Records where arrows to object `id` may end, top to bottom: the middle
 * and bottom of each row's left side. */
static void set_anchors(dot_ctx_t *c, uint64_t id, const char *const *ports, size_t n)
{
    rv_buf_t b = RV_BUF_INIT;
    for (size_t i = 0; i < n; i++)
        rv_buf_printf(&b, "%s%s:w;%s:sw", i ? ";" : "", ports[i], ports[i]);
    char *old = rv_idmap_get(&c->anchors, id);
    rv_free(old);
    rv_idmap_put(&c->anchors, id, rv_buf_steal(&b, NULL));
}

static void drop_anchors(dot_ctx_t *c, uint64_t id)
{
    rv_free(rv_idmap_get(&c->anchors, id));
    rv_idmap_put(&c->anchors, id, NULL);
}

/* The signature of the one `def NAME(...)` of source, as "def f(a, b=[])"
 * with its whitespace collapsed; false when there is none or several, or
 * it is long. */
static bool def_signature(const char *source, const char *name, size_t len, rv_buf_t *out)
{
    const char *found = NULL;
    for (const char *p = source; p && (p = strstr(p, "def ")) != NULL; p += 4) {
        const char *line = p;
        while (line > source && (line[-1] == ' ' || line[-1] == '\t'))
            line--;
        if ((line == source || line[-1] == '\n') && !strncmp(p + 4, name, len) && p[4 + len] == '(') {
            if (found)
                return false;
            found = p;
        }
    }
    if (!found)
        return false;
    rv_buf_t sig = RV_BUF_INIT;
    int depth = 0;
    bool space = false;
    for (const char *p = found; *p; p++) {
        depth += *p == '(' || *p == '[' || *p == '{';
        depth -= *p == ')' || *p == ']' || *p == '}';
        if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') {
            space = true;
            continue;
        }
        if (space && sig.len && sig.data[sig.len - 1] != '(' && *p != ')' && *p != ',')
            rv_buf_addc(&sig, ' ');
        space = false;
        rv_buf_addc(&sig, *p);
        if (depth == 0 && *p == ')')
            break;
        if (sig.len > 60 || (depth == 0 && *p == ':')) {
            rv_buf_free(&sig);
            return false;
        }
    }
    rv_buf_add_markup(out, rv_buf_cstr(&sig));
    rv_buf_free(&sig);
    return true;
}

/* What the header calls an object: its type, or for code and classes
 * what their repr names ("class Node", "function Node.__init__",
 * "generator fib"); a function by its def line when the source has it. */
static void kind_name(dot_ctx_t *c, rv_buf_t *b, const rv_obj_rec_t *r)
{
    static const struct { const char *type, *prefix, *word; } named[] = {
        { "function", "<function ", "function " },
        { "generator", "<generator object ", "generator " },
        /* any type: a class's metaclass may be EnumType or ABCMeta */
        { NULL, "<class '", "class " },
        { NULL, "<enum '", "enum " },
    };
    for (size_t i = 0; r->repr && i < sizeof named / sizeof named[0]; i++) {
        size_t n = strlen(named[i].prefix);
        if ((named[i].type && strcmp(r->type, named[i].type) != 0) ||
            strncmp(r->repr, named[i].prefix, n) != 0)
            continue;
        const char *name = r->repr + n;
        if (strncmp(name, "__main__.", 9) == 0)
            name += 9;
        size_t len = strcspn(name, "' ");
        if (i == 0 && c->d->source && memchr(name, '.', len) == NULL &&
            def_signature(c->d->source, name, len, b))
            return;
        rv_buf_t t = RV_BUF_INIT;
        rv_buf_adds(&t, named[i].word);
        rv_buf_add(&t, name, len);
        rv_buf_add_markup(b, rv_buf_cstr(&t));
        rv_buf_free(&t);
        return;
    }
    rv_buf_add_markup(b, r->type);
}

/* The header row: "list #12", with --detail full "list #12 · rc 2 · 120 B";
 * a new or mutated object's header is filled and says so. */
static void header(dot_ctx_t *c, rv_buf_t *b, const rv_snap_obj_t *o, size_t span)
{
    const rv_obj_rec_t *r = o->rec;
    const rv_theme_t *t = c->t;
    const char *mark = o->change == RV_CHANGE_NEW       ? "NEW"
                       : o->change == RV_CHANGE_MUTATED ? "MUTATED"
                                                        : NULL;
    const char *fill = o->change == RV_CHANGE_NEW       ? t->new_
                       : o->change == RV_CHANGE_MUTATED ? t->mutated
                       : r->mutable_                    ? t->mutable_fill
                                                        : t->immutable_fill;
    rv_buf_printf(b, "<TR><TD PORT=\"h\" COLSPAN=\"%zu\" BGCOLOR=\"%s\">", span ? span : 1, fill);
    if (mark)
        rv_buf_printf(b, "<FONT COLOR=\"%s\">", t->on_mark);
    rv_buf_adds(b, "<B>");
    kind_name(c, b, r);
    rv_buf_adds(b, "</B>");
    /* Spaces where the face changes are no-break: SVG collapses a space
     * at the start or end of a text piece, and the pieces are placed by
     * widths measured with it. */
    if (c->v->opt->detail >= RV_DETAIL_NORMAL)
        rv_buf_printf(b, "&#160;#%llu", (unsigned long long)r->id);
    if (c->v->opt->detail >= RV_DETAIL_FULL)
        rv_buf_printf(b, "&#160;&#183; rc %zu &#183; %zu B", o->refcount, r->size);
    if (mark)
        rv_buf_printf(b, "&#160;&#183;&#160;<B>%s</B></FONT>", mark);
    rv_buf_adds(b, "</TD></TR>");
}

/* A cell's content: the inline value, a dot for an arrow, or "..." */
static void cell(dot_ctx_t *c, rv_buf_t *b, const rv_view_ref_t *ref, size_t port)
{
    /* A cell the step set: shaded, and the border doubled. */
    if (ref->changed)
        rv_buf_printf(b, "<TD PORT=\"p%zu\" BORDER=\"3\" COLOR=\"%s\">", port, c->t->mutated);
    else
        rv_buf_printf(b, "<TD PORT=\"p%zu\">", port);
    if (!ref->ref) {
        rv_buf_printf(b, "&#8230; %zu more", ref->hidden);
    } else if (ref->method) {
        rv_buf_adds(b, "<I>method</I>");
    } else if (ref->inline_value) {
        rv_buf_t t = RV_BUF_INIT;
        rv_view_short_repr(c->v, ref->target, &t);
        rv_buf_add_markup(b, rv_buf_cstr(&t));
        rv_buf_free(&t);
    } else {
        rv_buf_adds(b, "&#9679;");
    }
    rv_buf_adds(b, "</TD>");
}

/* Whether every shown reference is a sequence item (a deque's): such an
 * object is drawn as a row of indexed cells like a list. */
static bool all_indexed(const rv_view_ref_t *refs, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (refs[k].ref && refs[k].ref->kind != RV_REF_INDEX)
            return false;
    return n > 0;
}

static bool any_named(const rv_view_ref_t *refs, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (refs[k].ref && refs[k].ref->kind == RV_REF_NAMED)
            return true;
    return false;
}

/* Whether o is drawn as one row of cells (a list, a tuple, a set); an
 * instance of a class deriving from one, with its attributes, is drawn
 * as a column, as other instances are. */
static bool is_row(const rv_snap_obj_t *o, const rv_view_ref_t *refs, size_t n)
{
    rv_repr_kind_t kind = o->rec->repr_kind;
    if (any_named(refs, n))
        return false;
    return kind == RV_REPR_LIST || kind == RV_REPR_TUPLE || kind == RV_REPR_DEQUE ||
           (kind == RV_REPR_TEXT && all_indexed(refs, n)) || kind == RV_REPR_SET ||
           kind == RV_REPR_FROZENSET;
}

static void leaf_label(dot_ctx_t *c, rv_buf_t *b, size_t i)
{
    const rv_snap_obj_t *o = c->v->nodes[i];
    header(c, b, o, 1);
    /* A function's repr repeats its header, with an address. */
    if (!c->v->cut[i] && strcmp(o->rec->type, "function") == 0) {
        static const char *const only[] = { "h" };
        set_anchors(c, o->rec->id, only, 1);
        return;
    }
    rv_buf_adds(b, "<TR><TD PORT=\"r\">");
    if (c->v->cut[i]) {
        rv_buf_printf(b, "&#8230; %zu references (depth limit)", rv_view_ref_count(o));
    } else {
        rv_buf_t t = RV_BUF_INIT;
        rv_view_short_repr(c->v, o, &t);
        rv_buf_add_markup(b, rv_buf_cstr(&t));
        rv_buf_free(&t);
    }
    rv_buf_adds(b, "</TD></TR>");
    static const char *const ports[] = { "h", "r" };
    set_anchors(c, o->rec->id, ports, 2);
}

static void row_label(dot_ctx_t *c, rv_buf_t *b, const rv_snap_obj_t *o, const rv_view_ref_t *refs,
                      size_t n)
{
    rv_repr_kind_t kind = o->rec->repr_kind;
    bool indexed = kind != RV_REPR_SET && kind != RV_REPR_FROZENSET;
    header(c, b, o, n);
    if (indexed) {
        rv_buf_adds(b, "<TR>");
        for (size_t k = 0; k < n; k++) {
            char label[64];
            rv_view_ref_label(&refs[k], label, sizeof label);
            rv_buf_printf(b, "<TD%s><FONT POINT-SIZE=\"" FONT_SMALL "\">%s</FONT></TD>",
                          k ? "" : " PORT=\"i\"", label);
        }
        rv_buf_adds(b, "</TR>");
    }
    rv_buf_adds(b, "<TR>");
    for (size_t k = 0; k < n; k++)
        cell(c, b, &refs[k], k);
    rv_buf_adds(b, "</TR>");
    const char *const ports[] = { "h", indexed ? "i" : "p0", "p0" };
    set_anchors(c, o->rec->id, ports, indexed ? 3 : 2);
}

static void column_label(dot_ctx_t *c, rv_buf_t *b, const rv_snap_obj_t *o,
                         const rv_view_ref_t *refs, size_t n)
{
    header(c, b, o, 2);
    const char **ports = rv_malloc((n + 1) * sizeof *ports);
    char (*names)[24] = rv_malloc((n + 1) * sizeof *names);
    ports[0] = "h";
    for (size_t k = 0; k < n; k++) {
        char label[256];
        rv_view_ref_label(&refs[k], label, sizeof label);
        snprintf(names[k], sizeof names[k], "k%zu", k);
        ports[k + 1] = names[k];
        rv_buf_printf(b, "<TR><TD PORT=\"k%zu\">", k);
        rv_buf_add_markup(b, label);
        rv_buf_adds(b, "</TD>");
        cell(c, b, &refs[k], k);
        rv_buf_adds(b, "</TR>");
    }
    set_anchors(c, o->rec->id, ports, n + 1);
    rv_free(names);
    rv_free(ports);
}

static void object_label(dot_ctx_t *c, rv_buf_t *b, size_t i, const rv_view_ref_t *refs, size_t n)
{
    const rv_snap_obj_t *o = c->v->nodes[i];
    rv_buf_adds(b, "<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"6\">");
    if (c->v->cut[i] || n == 0)
        leaf_label(c, b, i);
    else if (is_row(o, refs, n))
        row_label(c, b, o, refs, n);
    else
        column_label(c, b, o, refs, n);
    rv_buf_adds(b, "</TABLE>");
}

/* A frame slot's content (a variable's, the return value's): the value
 * itself when it is drawn inline, else the dot its arrow leaves from. */
static void slot_content(const rv_view_t *v, rv_buf_t *b, uint64_t id)
{
    const rv_snap_obj_t *o = rv_view_object(v, id);
    if (o && rv_view_is_inline(v, o)) {
        rv_buf_t t = RV_BUF_INIT;
        rv_view_short_repr(v, o, &t);
        rv_buf_add_markup(b, rv_buf_cstr(&t));
        rv_buf_free(&t);
    } else {
        rv_buf_adds(b, "&#9679;");
    }
}

static void frame_node(dot_ctx_t *c, size_t f)
{
    const rv_view_t *v = c->v;
    const rv_frame_rec_t *fr = &v->snap->rec->frames[f];
    bool active = f + 1 == v->snap->rec->nframes;
    rv_buf_t b = RV_BUF_INIT;
    rv_buf_printf(&b,
                  "<TABLE BORDER=\"%d\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"6\" "
                  "BGCOLOR=\"%s\"><TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>",
                  active ? 3 : 1, c->t->frame_fill);
    rv_buf_add_markup(&b, fr->function);
    rv_buf_printf(&b, "</B>%s</TD></TR>", active && f ? " (active)" : "");
    for (size_t k = 0; k < fr->nvars; k++) {
        const rv_var_rec_t *var = &fr->vars[k];
        bool rebound = rv_view_rebound(v, f, k);
        rv_buf_adds(&b, "<TR><TD ALIGN=\"RIGHT\">");
        rv_buf_add_markup(&b, var->name);
        rv_buf_printf(&b, "%s</TD><TD PORT=\"v%zu\" BORDER=\"1\"%s%s%s>", rebound ? " *" : "", k,
                      rebound ? " BGCOLOR=\"" : "", rebound ? c->t->rebound : "",
                      rebound ? "\"" : "");
        slot_content(v, &b, var->id);
        rv_buf_adds(&b, "</TD></TR>");
    }
    /* Python Tutor's "Return value" row: the frame is returning (or
     * yielding) that object. */
    if (fr->has_return) {
        rv_buf_adds(&b, "<TR><TD ALIGN=\"RIGHT\"><I>" RV_VIEW_RETURN_LABEL
                        "</I></TD><TD PORT=\"ret\" BORDER=\"1\">");
        slot_content(v, &b, fr->ret);
        rv_buf_adds(&b, "</TD></TR>");
    }
    rv_buf_adds(&b, "</TABLE>");
    char name[32];
    snprintf(name, sizeof name, "frame%zu", rv_view_frame_slot(v, f));
    Agnode_t *n = agnode(c->frames, name, 1);
    rv_dot_set_html(c->g, n, "label", &b);
    rv_buf_free(&b);
}

/* The frames a deep stack leaves out, as one box in their place. */
static void frames_gap(dot_ctx_t *c)
{
    size_t slot, hidden = rv_view_frames_hidden(c->v, &slot);
    if (!hidden)
        return;
    rv_buf_t b = RV_BUF_INIT;
    rv_buf_printf(&b,
                  "<TABLE BORDER=\"1\" STYLE=\"dashed\" CELLBORDER=\"0\" CELLPADDING=\"6\">"
                  "<TR><TD><I>&#8942; %zu more frame%s</I></TD></TR></TABLE>",
                  hidden, hidden == 1 ? "" : "s");
    char name[32];
    snprintf(name, sizeof name, "frame%zu", slot);
    rv_dot_set_html(c->g, agnode(c->frames, name, 1), "label", &b);
    rv_buf_free(&b);
}

static void add_edge(dot_ctx_t *c, Agnode_t *from, const char *port, uint64_t to, bool dashed)
{
    if (c->nedges == c->cap) {
        c->cap = c->cap ? c->cap * 2 : 32;
        c->edges = rv_realloc(c->edges, c->cap * sizeof *c->edges);
    }
    pending_edge_t *e = &c->edges[c->nedges];
    *e = (pending_edge_t){ .from = from, .to = to, .order = c->nedges, .dashed = dashed };
    snprintf(e->tailport, sizeof e->tailport, "%s", port);
    c->nedges++;
}

static int by_target(const void *a, const void *b)
{
    const pending_edge_t *x = a, *y = b;
    if (x->to != y->to)
        return x->to < y->to ? -1 : 1;
    return x->order < y->order ? -1 : x->order > y->order;
}

/* Copies the k-th of n anchors spread over the list `all` ("h:w;h:sw;...")
 * into port: the first at the top, the last at the bottom. */
static void pick_anchor(const char *all, size_t k, size_t n, char *port, size_t size)
{
    size_t m = 1;
    for (const char *p = all; *p; p++)
        m += *p == ';';
    size_t at = n <= 1 ? 0 : n <= m ? k * (m - 1) / (n - 1) : k % m;
    const char *p = all;
    for (size_t i = 0; i < at; i++)
        p = strchr(p, ';') + 1;
    size_t len = strcspn(p, ";");
    snprintf(port, size, "%.*s", (int)len, p);
}

/* Creates the pending edges, each reaching its target at its own point. */
static void flush_edges(dot_ctx_t *c)
{
    if (c->nedges > 1) /* no array at all when there is no edge: UBSan */
        qsort(c->edges, c->nedges, sizeof *c->edges, by_target);
    for (size_t i = 0, j; i < c->nedges; i = j) {
        for (j = i; j < c->nedges && c->edges[j].to == c->edges[i].to; j++)
            ;
        char name[32];
        node_name(name, sizeof name, c->edges[i].to);
        Agnode_t *target = agnode(c->g, name, 0);
        const char *anchors = rv_idmap_get(&c->anchors, c->edges[i].to);
        for (size_t k = i; target && k < j; k++) {
            Agedge_t *e = agedge(c->g, c->edges[k].from, target, NULL, 1);
            rv_dot_set(e, "tailport", c->edges[k].tailport);
            if (anchors) {
                char port[32];
                pick_anchor(anchors, k - i, j - i, port, sizeof port);
                rv_dot_set(e, "headport", port);
            }
            if (c->edges[k].dashed)
                rv_dot_set(e, "style", "dashed");
        }
    }
}

/* What shapes, words and colours mean, under the frames (--legend). */
static void legend(dot_ctx_t *c)
{
    const rv_theme_t *t = c->t;
    rv_buf_t b = RV_BUF_INIT;
    rv_buf_printf(&b,
                  "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"3\">"
                  "<TR><TD ALIGN=\"LEFT\"><B>Legend</B></TD></TR>"
                  "<TR><TD ALIGN=\"LEFT\" BGCOLOR=\"%s\">mutable: list, dict, set</TD></TR>"
                  "<TR><TD ALIGN=\"LEFT\" BGCOLOR=\"%s\">immutable: tuple, str, int ...</TD></TR>"
                  "<TR><TD ALIGN=\"LEFT\" BGCOLOR=\"%s\"><FONT COLOR=\"%s\"><B>NEW</B>: created "
                  "by this step</FONT></TD></TR>"
                  "<TR><TD ALIGN=\"LEFT\" BGCOLOR=\"%s\"><FONT COLOR=\"%s\"><B>MUTATED</B>: "
                  "changed in place</FONT></TD></TR>"
                  "<TR><TD ALIGN=\"LEFT\">thick border: cells it set</TD></TR>"
                  "<TR><TD ALIGN=\"LEFT\">name *: bound by this step</TD></TR>"
                  "<TR><TD ALIGN=\"LEFT\"><FONT COLOR=\"%s\">dashed grey: freed, or "
                  "unreachable</FONT></TD></TR>",
                  t->mutable_fill, t->immutable_fill, t->new_, t->on_mark, t->mutated, t->on_mark,
                  t->ghost);
    if (c->v->opt->detail >= RV_DETAIL_FULL)
        rv_buf_adds(&b, "<TR><TD ALIGN=\"LEFT\">rc: refcount; B: sys.getsizeof</TD></TR>");
    rv_buf_adds(&b, "</TABLE>");
    Agnode_t *n = agnode(c->frames, (char *)"legend", 1);
    rv_dot_set_html(c->g, n, "label", &b);
    rv_dot_set(n, "fontsize", FONT_SMALL);
    rv_buf_free(&b);
}

static void ghost(dot_ctx_t *c, uint64_t id, const char *type, const char *what)
{
    char name[32];
    node_name(name, sizeof name, id);
    if (agnode(c->g, name, 0))
        return;
    Agnode_t *n = agnode(c->g, name, 1);
    rv_buf_t b = RV_BUF_INIT;
    rv_buf_printf(&b, "<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"0\" "
                      "CELLPADDING=\"6\" COLOR=\"%s\"><TR><TD PORT=\"h\"><FONT COLOR=\"%s\">",
                  c->t->ghost, c->t->ghost);
    rv_buf_add_markup(&b, type);
    if (c->v->opt->detail >= RV_DETAIL_NORMAL)
        rv_buf_printf(&b, " #%llu", (unsigned long long)id);
    rv_buf_printf(&b, " &#183; %s</FONT></TD></TR></TABLE>", what);
    rv_dot_set_html(c->g, n, "label", &b);
    rv_buf_free(&b);
    rv_dot_set(n, "style", "dashed");
    rv_dot_set(n, "color", c->t->ghost);
    static const char *const ports[] = { "h" };
    set_anchors(c, id, ports, 1);
}

static void add_ghosts(dot_ctx_t *c)
{
    const rv_snapshot_t *s = c->v->snap;
    for (size_t i = 0; i < c->v->nfreed; i++)
        ghost(c, s->freed[c->v->freed[i]], s->freed_types[c->v->freed[i]], "freed");
    for (size_t i = 0; i < c->v->nunreachable; i++)
        ghost(c, c->v->unreachable[i]->rec->id, c->v->unreachable[i]->rec->type,
              "unreachable: kept alive by a cycle or the interpreter");
}

/* An unreachable object still refers to what it referred to: the cycle,
 * one dashed arrow per pair of objects. */
static void ghost_edges(dot_ctx_t *c)
{
    const rv_view_t *v = c->v;
    rv_idmap_t seen;
    rv_idmap_init(&seen);
    for (size_t i = 0; i < v->nunreachable; i++) {
        const rv_state_obj_t *so = v->unreachable[i];
        char name[32];
        node_name(name, sizeof name, so->rec->id);
        Agnode_t *from = agnode(c->g, name, 0);
        rv_idmap_clear(&seen);
        for (size_t k = 0; k < so->nrefs; k++) {
            uint64_t to = so->refs[k].target;
            node_name(name, sizeof name, to);
            if (so->refs[k].kind == RV_REF_KEY || !agnode(c->g, name, 0) ||
                rv_idmap_has(&seen, to))
                continue;
            rv_idmap_put(&seen, to, (void *)1);
            add_edge(c, from, "c", to, true);
        }
    }
    rv_idmap_free(&seen);
}

static void object_edges(dot_ctx_t *c, size_t i, rv_view_ref_t *refs)
{
    const rv_view_t *v = c->v;
    char name[32];
    node_name(name, sizeof name, v->nodes[i]->rec->id);
    Agnode_t *from = agnode(c->g, name, 0);
    size_t n = rv_view_refs(v, v->nodes[i], refs);
    /* Every arrow leaves from its cell's dot; listed left to right, the
     * leftmost cell's arrow takes the highest point of a shared target,
     * so the arrows of a row fan out without crossing. */
    for (size_t k = 0; k < n; k++) {
        if (!refs[k].ref || refs[k].inline_value || refs[k].method || !refs[k].target)
            continue;
        char port[32];
        snprintf(port, sizeof port, "p%zu:c", k);
        add_edge(c, from, port, refs[k].target->rec->id, refs[k].ref->weak);
    }
}

Agraph_t *rv_dot_new(const rv_draw_options_t *d)
{
    const rv_theme_t *t = d && d->theme ? d->theme : rv_theme_find("light");
    Agraph_t *g = agopen((char *)"refviz", Agdirected, NULL);
    char pen[16];
    snprintf(pen, sizeof pen, "%.1f", t->penwidth);
    rv_dot_set(g, "rankdir", "LR");
    rv_dot_set(g, "bgcolor", d && d->transparent ? "transparent" : t->bg);
    rv_dot_set(g, "fontname", RV_DOT_FONT);
    rv_dot_set(g, "fontsize", FONT_BODY);
    rv_dot_set(g, "fontcolor", t->fg);
    rv_dot_set(g, "nodesep", "0.35");
    rv_dot_set(g, "ranksep", "0.7");
    /* References leave a frame or an object top to bottom in the order of
     * its rows and cells: their targets are stacked in that order, so
     * arrows from one node do not cross. */
    rv_dot_set(g, "ordering", "out");
    agattr(g, AGNODE, (char *)"shape", (char *)"plain");
    agattr(g, AGNODE, (char *)"fontname", (char *)RV_DOT_FONT);
    agattr(g, AGNODE, (char *)"fontsize", (char *)FONT_BODY);
    agattr(g, AGNODE, (char *)"fontcolor", (char *)t->fg);
    agattr(g, AGNODE, (char *)"color", (char *)t->fg);
    agattr(g, AGEDGE, (char *)"color", (char *)t->edge);
    agattr(g, AGEDGE, (char *)"penwidth", pen);
    agattr(g, AGEDGE, (char *)"arrowsize", (char *)"1.0");
    agattr(g, AGEDGE, (char *)"tailclip", (char *)"false");
    /* Frames first, in one rank on the left. */
    rv_dot_set(agsubg(g, (char *)"frames", 1), "rank", "source");
    return g;
}

/* Invisible edges down the frames' rank keep the call stack reading top
 * to bottom, <module> first, and the legend under it. */
static void stack_order(dot_ctx_t *c, size_t nframes)
{
    Agnode_t *prev = NULL;
    for (size_t f = 0; f <= nframes; f++) {
        char name[32];
        snprintf(name, sizeof name, "frame%zu", f);
        Agnode_t *n = agnode(c->frames, f < nframes ? name : (char *)"legend", 0);
        if (prev && n)
            rv_dot_set(agedge(c->frames, prev, n, NULL, 1), "style", "invis");
        if (n)
            prev = n;
    }
}

Agraph_t *rv_dot_graph(const rv_view_t *v, const char *title, const char *desc,
                       const rv_draw_options_t *d)
{
    dot_ctx_t c = { .v = v, .d = d ? d : &rv_draw_defaults };
    c.t = c.d->theme ? c.d->theme : rv_theme_find("light");
    rv_idmap_init(&c.anchors);
    c.g = rv_dot_new(c.d);
    if (title)
        rv_dot_set(c.g, "comment", title);
    if (desc)
        rv_dot_set(c.g, "tooltip", desc);
    c.frames = agsubg(c.g, (char *)"frames", 0);
    const rv_step_rec_t *st = v->snap->rec;
    size_t nslots = 0;
    for (size_t f = 0; f < st->nframes; f++) {
        size_t slot = rv_view_frame_slot(v, f);
        if (slot != SIZE_MAX) {
            frame_node(&c, f);
            nslots = slot + 1;
        }
    }
    frames_gap(&c);
    if (c.d->legend)
        legend(&c);
    stack_order(&c, nslots);

    rv_view_ref_t *refs = rv_malloc(rv_view_refs_room(v->opt) * sizeof *refs);
    char pen[16];
    snprintf(pen, sizeof pen, "%.1f", c.t->penwidth * 2);
    for (size_t i = 0; i < v->nnodes; i++) {
        const rv_snap_obj_t *o = v->nodes[i];
        char name[32];
        node_name(name, sizeof name, o->rec->id);
        Agnode_t *n = agnode(c.g, name, 1);
        size_t nrefs = v->cut[i] ? 0 : rv_view_refs(v, o, refs);
        rv_buf_t b = RV_BUF_INIT;
        object_label(&c, &b, i, refs, nrefs);
        rv_dot_set_html(c.g, n, "label", &b);
        rv_buf_free(&b);
        /* Instances of one of the program's classes in a group: dot draws
         * the references among them straight, so a linked list is a
         * chain. */
        if (o->rec->repr && !strncmp(o->rec->repr, "<__main__.", 10) &&
            strcmp(o->rec->type, "type") != 0)
            rv_dot_set(n, "group", o->rec->type);
        if (o->change != RV_CHANGE_SAME) {
            rv_dot_set(n, "color", o->change == RV_CHANGE_NEW ? c.t->new_ : c.t->mutated);
            rv_dot_set(n, "penwidth", pen);
        }
    }
    add_ghosts(&c);
    /* Edges after all nodes, so that every target and its anchors exist. */
    for (size_t f = 0; f < st->nframes; f++) {
        size_t slot = rv_view_frame_slot(v, f);
        if (slot == SIZE_MAX)
            continue;
        char name[32];
        snprintf(name, sizeof name, "frame%zu", slot);
        Agnode_t *from = agnode(c.frames, name, 0);
        for (size_t k = 0; k < st->frames[f].nvars; k++) {
            char port[32];
            snprintf(port, sizeof port, "v%zu:e", k);
            add_edge(&c, from, port, st->frames[f].vars[k].id, false);
        }
        if (st->frames[f].has_return)
            add_edge(&c, from, "ret:c", st->frames[f].ret, false);
    }
    for (size_t i = 0; i < v->nnodes; i++)
        if (!v->cut[i])
            object_edges(&c, i, refs);
    ghost_edges(&c);
    flush_edges(&c);
    rv_free(refs);
    rv_free(c.edges);
    for (size_t i = 0; i < v->nnodes; i++)
        drop_anchors(&c, v->nodes[i]->rec->id);
    for (size_t i = 0; i < v->nfreed; i++)
        drop_anchors(&c, v->snap->freed[v->freed[i]]);
    for (size_t i = 0; i < v->nunreachable; i++)
        drop_anchors(&c, v->unreachable[i]->rec->id);
    rv_idmap_free(&c.anchors);
    return c.g;
}

static int write_dot(const rv_export_input_t *in, const rv_view_t *v, size_t nth,
                     const char *desc, void *ctx)
{
    char title[64];
    snprintf(title, sizeof title, "step %zu, line %d", v->snap->step, v->snap->rec->line);
    Agraph_t *g = rv_dot_graph(v, title, desc, in->draw);
    if (in->draw && in->draw->slide)
        rv_slide_decorate(g, in, v, nth, in->narration ? in->narration[v->snap->step] : NULL,
                          desc);
    int r = agwrite(g, ctx);
    agclose(g);
    return r == 0 ? 0 : -1;
}

int rv_export_dot(const rv_export_input_t *in, FILE *out)
{
    int r = rv_export_walk(in, write_dot, out);
    return r || ferror(out) ? -1 : 0;
}
