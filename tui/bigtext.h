/* Large text for the chamber display: digits and a few signs five rows
 * tall in block characters, readable across a room. */
#ifndef GAVEL_TUI_BIGTEXT_H
#define GAVEL_TUI_BIGTEXT_H

#include "tui/draw.h"

#define TUI_BIG_ROWS 5

/* Columns s takes in the big font; 0 when the font lacks one of its
 * characters (the caller then draws it as ordinary text). */
int tui_big_width(const char *s);

/* Draw s in the big font with its top left at y, x (clipped to the screen). */
void tui_big_put(int y, int x, const char *s, enum tui_role role);

#endif
