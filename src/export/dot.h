/* src/export/dot.h - one step's diagram as a Graphviz graph (libcgraph),
 * shared by the DOT writer, the slides (slide.c), the stable layout
 * (layout.c) and the renderers (svg.c): only these include Graphviz.
 *
 * Layout in the style of Python Tutor: rankdir LR, one node per frame on
 * the left (a row per variable, in binding order), objects on the right as
 * HTML-like tables (list and tuple: index-labelled cells; dict: key/value
 * rows; set: cells; other objects: their repr), each header giving type
 * and, by --detail, id, refcount and size.  Every reference is an edge
 * from its cell's port to a head port of its own on the target: the
 * header cell is port "h". */
#ifndef RV_EXPORT_DOT_H
#define RV_EXPORT_DOT_H

#include <graphviz/cgraph.h>

#include "base/buf.h"
#include "export/export.h"
#include "export/view.h"

/* Sets an attribute of a graph, node or edge (declaring it if need be). */
void rv_dot_set(void *obj, const char *attr, const char *value);
/* Sets an attribute to an HTML-like label. */
void rv_dot_set_html(Agraph_t *g, void *obj, const char *attr, rv_buf_t *html);
/* An empty graph with the diagrams' attributes and the frames subgraph. */
Agraph_t *rv_dot_new(const rv_draw_options_t *d);
/* The graph of v's snapshot (agclose it).  `title` and `desc` become the
 * graph's label-free metadata (the SVG's <title> and a comment). */
Agraph_t *rv_dot_graph(const rv_view_t *v, const char *title, const char *desc,
                       const rv_draw_options_t *d);

#endif
