/* Firing the streaming hooks for a live event that was just recorded: the
 * event as JSON on stdin and GAVEL_* variables, made from the public view
 * of the meeting. Of a closed session only on-closed and on-rise run. */
#ifndef GAVEL_LIVE_HOOKS_H
#define GAVEL_LIVE_HOOKS_H

#include "live/public_view.h"

struct gv_ws;

/* Start the hooks for the latest event of the view in the background.
 * Never fails and never waits. */
void gv_live_hooks_fire(struct gv_ws *ws, const struct gv_public_view *v);

#endif
