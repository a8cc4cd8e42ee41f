/* The councillors' side in the clerk's live console (live_council.c). */
#ifndef GAVEL_TUI_LIVE_COUNCIL_H
#define GAVEL_TUI_LIVE_COUNCIL_H

#include "tui/draw.h"

struct live;

/* Draw from row y the electronic vote open and the speakers' list (at most
 * three rows); returns the rows used (0 when there is nothing to show). */
int live_council_draw(const struct live *l, int y, struct tui_rect r);

#endif
