/* src/export/slide.h - a step as a lecture slide (--layout slide): the
 * step's graph with the code beside it (the line just run marked, the next
 * one pointed at), the output so far under the code and the step's
 * narration and change description as the title.  Everything is a node or
 * the label of the one Graphviz graph, so dot lays the slide out and every
 * renderer draws it. */
#ifndef RV_EXPORT_SLIDE_H
#define RV_EXPORT_SLIDE_H

#include <graphviz/cgraph.h>

#include "export/export.h"

/* Adds the slide's panels to g, the graph rv_dot_graph made of v.  nth is
 * the step's number among the planned ones; narration may be NULL. */
void rv_slide_decorate(Agraph_t *g, const rv_export_input_t *in, const rv_view_t *v, size_t nth,
                       const char *narration, const char *desc);

#endif
