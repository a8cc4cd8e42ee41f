/* The chamber display's state and drawing (display.c runs the loop). */
#ifndef GAVEL_TUI_DISPLAY_H
#define GAVEL_TUI_DISPLAY_H

#include "minutes/state.h"

#include <stdbool.h>

struct display {
	struct gv_live_ctx c;
	struct gv_live_state s;
	bool loaded;
	bool stale; /* the last reload failed: the screen shows older news */
};

/* Draw the whole screen: the meeting's title, then only what the public
 * may see. In closed session that is the words "In closed session" and
 * nothing else; motions, votes and items taken in closed session never
 * show, and [redact]ed text shows as "[redacted]". */
void display_draw(const struct display *d);

#endif
