/* live/now.txt and live/now.json: what is on the floor now, for OBS text
 * sources and overlays, read off the public view of the meeting. Rewritten
 * atomically after every live event. */
#ifndef GAVEL_NOW_PLAYING_H
#define GAVEL_NOW_PLAYING_H

#include "live/public_view.h"

struct gv_ws;
struct gv_err;

/* Write both files. A failure is returned for logging only: it must never
 * fail the clerk's action. */
int gv_now_playing_write(struct gv_ws *ws, const struct gv_public_view *v, struct gv_err *err);

#endif
