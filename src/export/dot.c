/* src/export/dot.c - see dot.h.
 *
 * Colours come from the Okabe-Ito palette (colour-blind safe) and never
 * carry meaning alone: mutable objects have a square header and the word
 * of their type, immutable ones a rounded, dashed outline; new and mutated
 * objects say NEW / MUTATED in their header as well as being outlined in
 * blue / orange; a name just (re)bound is marked with "*" and shaded.
 * Ghosts are drawn dashed and grey and say what they are: an object freed
 * since the last step ("freed", once), one alive but unreachable from any
 * frame ("unreachable: kept alive by a cycle or the interpreter"). */
#include "export/dot.h"

#include <stdio.h>
#include <string.h>

#include "base/alloc.h"
#include "base/buf.h"
#include "export/export.h"

typedef struct palette {
    const char *bg, *fg, *mutable_fill, *immutable_fill, *frame_fill, *edge, *new_, *mutated,
        *rebound, *ghost;
} palette_t;

static const palette_t light = { "white",   "#222222", "#FFF3D6", "#E4EEF8", "#EEEEEE",
                                 "#444444", "#0072B2", "#D55E00", "#CCE3F2", "#999999" };
static const palette_t dark = { "#1E1E1E", "#EEEEEE", "#4A3B1A", "#1D3348", "#333333",
                                "#BBBBBB", "#56B4E9", "#E69F00", "#21435C", "#777777" };

void rv_dot_escape(rv_buf_t *b, const char *s)
{
    for (; *s; s++) {
        switch (*s) {
        case '&':
            rv_buf_adds(b, "&amp;");
            break;
        case '<':
            rv_buf_adds(b, "&lt;");
            break;
        case '>':
            rv_buf_adds(b, "&gt;");
            break;
        case '"':
            rv_buf_adds(b, "&quot;");
            break;
        default:
            rv_buf_addc(b, *s);
            break;
        }
    }
}

static void node_name(char *buf, size_t size, uint64_t id)
{
    snprintf(buf, size, "o%llu", (unsigned long long)id);
}

static void set_html(Agraph_t *g, void *obj, const char *attr, rv_buf_t *html)
{
    char *s = agstrdup_html(g, (char *)rv_buf_cstr(html));
    agsafeset(obj, (char *)attr, s, "");
    agstrfree(g, s);
}

static void set(void *obj, const char *attr, const char *value)
{
    agsafeset(obj, (char *)attr, (char *)value, "");
}

/* What the header calls an object: its type, or for code and classes
 * what their repr names ("class Node", "function Node.__init__",
 * "generator fib"). */
static void kind_name(rv_buf_t *b, const rv_obj_rec_t *r)
{
    static const struct { const char *type, *prefix, *word; } named[] = {
        { "type", "<class '", "class " },
        { "function", "<function ", "function " },
        { "generator", "<generator object ", "generator " },
    };
    for (size_t i = 0; r->repr && i < sizeof named / sizeof named[0]; i++) {
        size_t n = strlen(named[i].prefix);
        if (strcmp(r->type, named[i].type) != 0 || strncmp(r->repr, named[i].prefix, n) != 0)
            continue;
        const char *name = r->repr + n;
        if (strncmp(name, "__main__.", 9) == 0)
            name += 9;
        size_t len = strcspn(name, "' ");
        rv_buf_t t = RV_BUF_INIT;
        rv_buf_adds(&t, named[i].word);
        rv_buf_add(&t, name, len);
        rv_dot_escape(b, rv_buf_cstr(&t));
        rv_buf_free(&t);
        return;
    }
    rv_dot_escape(b, r->type);
}

/* The header row: "list #12 · refcount 2 · 120 B", plus NEW / MUTATED. */
static void header(rv_buf_t *b, const rv_snap_obj_t *o, size_t span, const palette_t *p)
{
    const rv_obj_rec_t *r = o->rec;
    const char *mark = o->change == RV_CHANGE_NEW       ? " NEW"
                       : o->change == RV_CHANGE_MUTATED ? " MUTATED"
                                                        : "";
    rv_buf_printf(b, "<TR><TD COLSPAN=\"%zu\" BGCOLOR=\"%s\"><B>", span ? span : 1,
                  r->mutable_ ? p->mutable_fill : p->immutable_fill);
    kind_name(b, r);
    rv_buf_printf(b, "</B> #%llu &#183; rc %zu &#183; %zu B%s</TD></TR>",
                  (unsigned long long)r->id, o->refcount, r->size, mark);
}

/* A cell's content: the inline value, a dot for an arrow, or "..." */
static void cell(rv_buf_t *b, const rv_view_t *v, const rv_view_ref_t *ref, size_t port,
                 const palette_t *p)
{
    /* A cell the step set: shaded, and the border doubled. */
    if (ref->changed)
        rv_buf_printf(b, "<TD PORT=\"p%zu\" BORDER=\"2\" COLOR=\"%s\">", port, p->mutated);
    else
        rv_buf_printf(b, "<TD PORT=\"p%zu\">", port);
    if (!ref->ref) {
        rv_buf_printf(b, "&#8230; %zu more", ref->hidden);
    } else if (ref->inline_value) {
        rv_buf_t t = RV_BUF_INIT;
        rv_view_short_repr(v, ref->target, &t);
        rv_dot_escape(b, rv_buf_cstr(&t));
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

static void object_label(rv_buf_t *b, const rv_view_t *v, size_t i, const rv_view_ref_t *refs,
                         size_t n, const palette_t *p)
{
    const rv_snap_obj_t *o = v->nodes[i];
    rv_buf_adds(b, "<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"4\">");
    rv_repr_kind_t kind = o->rec->repr_kind;
    bool indexed = kind == RV_REPR_LIST || kind == RV_REPR_TUPLE || kind == RV_REPR_DEQUE ||
                   (kind == RV_REPR_TEXT && all_indexed(refs, n));
    bool row = indexed || kind == RV_REPR_SET || kind == RV_REPR_FROZENSET;
    if (v->cut[i] || n == 0) {
        header(b, o, 1, p);
        rv_buf_adds(b, "<TR><TD>");
        if (v->cut[i]) {
            rv_buf_printf(b, "&#8230; %zu references (depth limit)", o->nrefs);
        } else {
            rv_buf_t t = RV_BUF_INIT;
            rv_view_short_repr(v, o, &t);
            rv_dot_escape(b, rv_buf_cstr(&t));
            rv_buf_free(&t);
        }
        rv_buf_adds(b, "</TD></TR>");
    } else if (row) {
        header(b, o, n, p);
        if (indexed) {
            rv_buf_adds(b, "<TR>");
            for (size_t k = 0; k < n; k++) {
                char label[64];
                rv_view_ref_label(&refs[k], label, sizeof label);
                rv_buf_printf(b, "<TD><FONT POINT-SIZE=\"9\">%s</FONT></TD>", label);
            }
            rv_buf_adds(b, "</TR>");
        }
        rv_buf_adds(b, "<TR>");
        for (size_t k = 0; k < n; k++)
            cell(b, v, &refs[k], k, p);
        rv_buf_adds(b, "</TR>");
    } else {
        header(b, o, 2, p);
        for (size_t k = 0; k < n; k++) {
            char label[256];
            rv_view_ref_label(&refs[k], label, sizeof label);
            rv_buf_adds(b, "<TR><TD>");
            rv_dot_escape(b, label);
            rv_buf_adds(b, "</TD>");
            cell(b, v, &refs[k], k, p);
            rv_buf_adds(b, "</TR>");
        }
    }
    rv_buf_adds(b, "</TABLE>");
}

/* A frame slot's content (a variable's, the return value's): the value
 * itself when it is drawn inline, else the dot its arrow leaves from. */
static void slot_content(rv_buf_t *b, const rv_view_t *v, uint64_t id)
{
    const rv_snap_obj_t *o = rv_view_object(v, id);
    if (o && rv_view_is_inline(v, o)) {
        rv_buf_t t = RV_BUF_INIT;
        rv_view_short_repr(v, o, &t);
        rv_dot_escape(b, rv_buf_cstr(&t));
        rv_buf_free(&t);
    } else {
        rv_buf_adds(b, "&#9679;");
    }
}

static void frame_node(Agraph_t *g, const rv_view_t *v, size_t f, const palette_t *p)
{
    const rv_frame_rec_t *fr = &v->snap->rec->frames[f];
    bool active = f + 1 == v->snap->rec->nframes;
    rv_buf_t b = RV_BUF_INIT;
    rv_buf_printf(&b,
                  "<TABLE BORDER=\"%d\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"4\" "
                  "BGCOLOR=\"%s\"><TR><TD COLSPAN=\"2\"><B>",
                  active ? 2 : 1, p->frame_fill);
    rv_dot_escape(&b, fr->function);
    rv_buf_printf(&b, "</B>%s</TD></TR>", active && f ? " (active)" : "");
    for (size_t k = 0; k < fr->nvars; k++) {
        const rv_var_rec_t *var = &fr->vars[k];
        bool rebound = rv_view_rebound(v, f, k);
        rv_buf_adds(&b, "<TR><TD ALIGN=\"RIGHT\">");
        rv_dot_escape(&b, var->name);
        rv_buf_printf(&b, "%s</TD><TD PORT=\"v%zu\" BORDER=\"1\"%s%s%s>", rebound ? " *" : "", k,
                      rebound ? " BGCOLOR=\"" : "", rebound ? p->rebound : "", rebound ? "\"" : "");
        slot_content(&b, v, var->id);
        rv_buf_adds(&b, "</TD></TR>");
    }
    /* Python Tutor's "Return value" row: the frame is returning (or
     * yielding) that object. */
    if (fr->has_return) {
        rv_buf_adds(&b, "<TR><TD ALIGN=\"RIGHT\"><I>" RV_VIEW_RETURN_LABEL
                        "</I></TD><TD PORT=\"ret\" BORDER=\"1\">");
        slot_content(&b, v, fr->ret);
        rv_buf_adds(&b, "</TD></TR>");
    }
    rv_buf_adds(&b, "</TABLE>");
    char name[32];
    snprintf(name, sizeof name, "frame%zu", f);
    Agnode_t *n = agnode(g, name, 1);
    set_html(g, n, "label", &b);
    rv_buf_free(&b);
}

static Agedge_t *edge(Agraph_t *g, Agnode_t *from, const char *port, uint64_t to)
{
    char name[32];
    node_name(name, sizeof name, to);
    Agnode_t *target = agnode(g, name, 0);
    if (!target)
        return NULL;
    Agedge_t *e = agedge(g, from, target, NULL, 1);
    set(e, "tailport", port);
    return e;
}

/* What shapes, words and colours mean, under the frames. */
static void legend(Agraph_t *g, const palette_t *p)
{
    rv_buf_t b = RV_BUF_INIT;
    rv_buf_printf(&b,
                  "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"2\">"
                  "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"9\"><B>Legend</B></FONT></TD></TR>"
                  "<TR><TD ALIGN=\"LEFT\" BGCOLOR=\"%s\"><FONT POINT-SIZE=\"9\">mutable: list, "
                  "dict, set (can change in place)</FONT></TD></TR>"
                  "<TR><TD ALIGN=\"LEFT\" BGCOLOR=\"%s\"><FONT POINT-SIZE=\"9\">immutable: tuple, "
                  "str, int, frozenset ...</FONT></TD></TR>"
                  "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"9\" COLOR=\"%s\">NEW: created by "
                  "this step</FONT></TD></TR>"
                  "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"9\" COLOR=\"%s\">MUTATED: changed "
                  "in place; thick border: cells it set</FONT></TD></TR>"
                  "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"9\">name *: bound by this "
                  "step</FONT></TD></TR>"
                  "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"9\" COLOR=\"%s\">grey: freed, or "
                  "unreachable</FONT></TD></TR>"
                  "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"9\">rc: references in this "
                  "picture; B: sys.getsizeof</FONT></TD></TR></TABLE>",
                  p->mutable_fill, p->immutable_fill, p->new_, p->mutated, p->ghost);
    Agnode_t *n = agnode(g, (char *)"legend", 1);
    set_html(g, n, "label", &b);
    rv_buf_free(&b);
}

static void ghost(Agraph_t *g, uint64_t id, const char *type, const char *what,
                  const palette_t *p)
{
    char name[32];
    node_name(name, sizeof name, id);
    if (agnode(g, name, 0))
        return;
    Agnode_t *n = agnode(g, name, 1);
    rv_buf_t b = RV_BUF_INIT;
    rv_buf_printf(&b, "<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"0\" "
                      "CELLPADDING=\"4\" COLOR=\"%s\"><TR><TD><FONT COLOR=\"%s\">",
                  p->ghost, p->ghost);
    rv_dot_escape(&b, type);
    rv_buf_printf(&b, " #%llu &#183; %s</FONT></TD></TR></TABLE>", (unsigned long long)id, what);
    set_html(g, n, "label", &b);
    rv_buf_free(&b);
    set(n, "style", "dashed");
    set(n, "color", p->ghost);
}

static void add_ghosts(Agraph_t *g, const rv_view_t *v, const palette_t *p)
{
    const rv_snapshot_t *s = v->snap;
    for (size_t i = 0; i < v->nfreed; i++)
        ghost(g, s->freed[v->freed[i]], s->freed_types[v->freed[i]], "freed", p);
    for (size_t i = 0; i < v->nunreachable; i++)
        ghost(g, v->unreachable[i]->rec->id, v->unreachable[i]->rec->type,
              "unreachable: kept alive by a cycle or the interpreter", p);
}

/* An unreachable object still refers to what it referred to: the cycle. */
static void ghost_edges(Agraph_t *g, const rv_view_t *v)
{
    for (size_t i = 0; i < v->nunreachable; i++) {
        const rv_state_obj_t *so = v->unreachable[i];
        char name[32];
        node_name(name, sizeof name, so->rec->id);
        Agnode_t *from = agnode(g, name, 0);
        for (size_t k = 0; k < so->nrefs; k++) {
            if (so->refs[k].kind == RV_REF_KEY)
                continue;
            node_name(name, sizeof name, so->refs[k].target);
            Agnode_t *to = agnode(g, name, 0);
            if (to && !agedge(g, from, to, NULL, 0))
                set(agedge(g, from, to, NULL, 1), "style", "dashed");
        }
    }
}

Agraph_t *rv_dot_new(bool dark_theme)
{
    const palette_t *p = dark_theme ? &dark : &light;
    Agraph_t *g = agopen((char *)"refviz", Agdirected, NULL);
    set(g, "rankdir", "LR");
    set(g, "bgcolor", p->bg);
    set(g, "fontname", "Helvetica");
    set(g, "nodesep", "0.3");
    set(g, "ranksep", "0.6");
    agattr(g, AGNODE, (char *)"shape", (char *)"plain");
    agattr(g, AGNODE, (char *)"fontname", (char *)"Helvetica");
    agattr(g, AGNODE, (char *)"fontsize", (char *)"11");
    agattr(g, AGNODE, (char *)"fontcolor", (char *)p->fg);
    agattr(g, AGEDGE, (char *)"color", (char *)p->edge);
    agattr(g, AGEDGE, (char *)"arrowsize", (char *)"0.7");
    agattr(g, AGEDGE, (char *)"tailclip", (char *)"false");
    /* Frames first, in one rank on the left. */
    set(agsubg(g, (char *)"frames", 1), "rank", "source");
    return g;
}

Agraph_t *rv_dot_graph(const rv_view_t *v, const char *title, const char *desc, bool dark_theme)
{
    const palette_t *p = dark_theme ? &dark : &light;
    Agraph_t *g = rv_dot_new(dark_theme);
    if (title)
        set(g, "comment", title);
    if (desc)
        set(g, "tooltip", desc);
    Agraph_t *frames = agsubg(g, (char *)"frames", 0);
    const rv_step_rec_t *st = v->snap->rec;
    for (size_t f = 0; f < st->nframes; f++)
        frame_node(frames, v, f, p);
    /* The call stack reads top to bottom, <module> first: invisible edges
     * within the frames' rank keep that order. */
    for (size_t f = 1; f < st->nframes; f++) {
        char a[32], b[32];
        snprintf(a, sizeof a, "frame%zu", f - 1);
        snprintf(b, sizeof b, "frame%zu", f);
        Agedge_t *e = agedge(frames, agnode(frames, a, 0), agnode(frames, b, 0), NULL, 1);
        set(e, "style", "invis");
    }

    rv_view_ref_t *refs = rv_malloc((v->opt->max_items + 3) * sizeof *refs);
    for (size_t i = 0; i < v->nnodes; i++) {
        const rv_snap_obj_t *o = v->nodes[i];
        char name[32];
        node_name(name, sizeof name, o->rec->id);
        Agnode_t *n = agnode(g, name, 1);
        size_t nrefs = v->cut[i] ? 0 : rv_view_refs(v, o, refs);
        rv_buf_t b = RV_BUF_INIT;
        object_label(&b, v, i, refs, nrefs, p);
        set_html(g, n, "label", &b);
        rv_buf_free(&b);
        if (o->change != RV_CHANGE_SAME) {
            set(n, "color", o->change == RV_CHANGE_NEW ? p->new_ : p->mutated);
            set(n, "penwidth", "2.5");
        }
    }
    legend(frames, p);
    add_ghosts(g, v, p);
    /* Edges after all nodes, so that every target exists. */
    for (size_t f = 0; f < st->nframes; f++) {
        char name[32];
        snprintf(name, sizeof name, "frame%zu", f);
        Agnode_t *from = agnode(frames, name, 0);
        for (size_t k = 0; k < st->frames[f].nvars; k++) {
            char port[32];
            snprintf(port, sizeof port, "v%zu:c", k);
            edge(g, from, port, st->frames[f].vars[k].id);
        }
        if (st->frames[f].has_return)
            edge(g, from, "ret:c", st->frames[f].ret);
    }
    for (size_t i = 0; i < v->nnodes; i++) {
        if (v->cut[i])
            continue;
        char name[32];
        node_name(name, sizeof name, v->nodes[i]->rec->id);
        Agnode_t *from = agnode(g, name, 0);
        size_t n = rv_view_refs(v, v->nodes[i], refs);
        for (size_t k = 0; k < n; k++) {
            if (!refs[k].ref || refs[k].inline_value || !refs[k].target)
                continue;
            char port[32];
            snprintf(port, sizeof port, "p%zu:c", k);
            Agedge_t *e = edge(g, from, port, refs[k].target->rec->id);
            if (e && refs[k].ref->weak)
                set(e, "style", "dashed");
        }
    }
    ghost_edges(g, v);
    rv_free(refs);
    return g;
}

static int write_dot(const rv_export_input_t *in, const rv_view_t *v, size_t nth,
                     const char *desc, void *ctx)
{
    (void)nth;
    char title[64];
    snprintf(title, sizeof title, "step %zu, line %d", v->snap->step, v->snap->rec->line);
    Agraph_t *g = rv_dot_graph(v, title, desc, in->dark);
    int r = agwrite(g, ctx);
    agclose(g);
    return r == 0 ? 0 : -1;
}

int rv_export_dot(const rv_export_input_t *in, FILE *out)
{
    int r = rv_export_walk(in, write_dot, out);
    return r || ferror(out) ? -1 : 0;
}
