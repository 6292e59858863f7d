/* src/export/theme.c - see theme.h.  Light and dark use the Okabe-Ito
 * palette (colour-blind safe); contrast is black on white with saturated
 * highlights and heavier lines, for projectors that wash colours out. */
#include "export/theme.h"

#include <string.h>

static const rv_theme_t themes[] = {
    { .name = "light", .bg = "white", .fg = "#222222", .mutable_fill = "#FFF3D6",
      .immutable_fill = "#E4EEF8", .frame_fill = "#EEEEEE", .edge = "#444444",
      .new_ = "#0072B2", .mutated = "#D55E00", .on_mark = "white", .rebound = "#CCE3F2",
      .ghost = "#999999", .code_fill = "#F7F7F7", .current_line = "#FFE08A", .penwidth = 1.5 },
    { .name = "dark", .bg = "#1E1E1E", .fg = "#EEEEEE", .mutable_fill = "#4A3B1A",
      .immutable_fill = "#1D3348", .frame_fill = "#333333", .edge = "#BBBBBB",
      .new_ = "#56B4E9", .mutated = "#E69F00", .on_mark = "black", .rebound = "#21435C",
      .ghost = "#777777", .code_fill = "#2A2A2A", .current_line = "#5C4A12", .penwidth = 1.5 },
    { .name = "contrast", .bg = "white", .fg = "black", .mutable_fill = "white",
      .immutable_fill = "white", .frame_fill = "white", .edge = "black", .new_ = "#0033CC",
      .mutated = "#B00020", .on_mark = "white", .rebound = "#FFE000", .ghost = "#555555",
      .code_fill = "white", .current_line = "#FFE000", .penwidth = 2.5 },
};

const char rv_theme_names[] = "light, dark or contrast";

const rv_theme_t *rv_theme_find(const char *name)
{
    for (size_t i = 0; i < sizeof themes / sizeof themes[0]; i++)
        if (strcmp(themes[i].name, name) == 0)
            return &themes[i];
    return NULL;
}
