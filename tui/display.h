/* The chamber display's state and drawing (display.c runs the loop). */
#ifndef GAVEL_TUI_DISPLAY_H
#define GAVEL_TUI_DISPLAY_H

#include "live/public_view.h"

#include <stdbool.h>

struct gv_ws;

struct display {
	struct gv_public_view v;  /* the meeting as the public may know it */
	bool loaded;
	bool stale; /* the last reload failed: the screen shows older news */
	struct gv_ws *ws; /* for the speakers' list (display_speaker.c) */
};

/* Draw the whole screen from the public view: the meeting's title, where
 * it is, the item, the motion on the floor and the last result. In closed
 * session that is the words "In closed session" and nothing else. */
void display_draw(const struct display *d);
/* Row y: the speaker and the time they have left (display_speaker.c). */
void display_speaker(const struct display *d, int y);

#endif
