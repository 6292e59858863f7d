/* src/export/theme.h - the colours of a diagram.
 *
 * Colour never carries meaning alone: every highlight also has a word
 * (NEW, MUTATED, freed), a mark (* on a name) or a line style (dashed for
 * immutable and weak), so a theme may change every colour. */
#ifndef RV_EXPORT_THEME_H
#define RV_EXPORT_THEME_H

#include <stdbool.h>

typedef struct rv_theme {
    const char *name;
    const char *bg, *fg;
    const char *mutable_fill, *immutable_fill, *frame_fill;
    const char *edge;
    const char *new_, *mutated;   /* highlight fills of a header */
    const char *on_mark;          /* text on a highlight fill */
    const char *rebound;          /* a name just bound */
    const char *ghost;            /* freed and unreachable objects */
    const char *code_fill, *current_line; /* slides: the code panel */
    double penwidth;              /* edges and borders */
} rv_theme_t;

/* The theme named light, dark or contrast; NULL for another name. */
const rv_theme_t *rv_theme_find(const char *name);
/* The names, for messages: "light, dark or contrast". */
extern const char rv_theme_names[];

#endif
