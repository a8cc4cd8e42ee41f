/* Firing the streaming hooks for a live event that was just recorded: the
 * event as JSON on stdin and GAVEL_* variables, public text only. During a
 * closed session only on-closed and on-rise run, with nothing confidential. */
#ifndef GAVEL_LIVE_HOOKS_H
#define GAVEL_LIVE_HOOKS_H

#include "minutes/event.h"
#include "minutes/state.h"

struct gv_ws;

/* Start the hooks for e (already in the log; s is the state after it) in
 * the background. Never fails and never waits. */
void gv_live_hooks_fire(struct gv_ws *ws, const struct gv_live_ctx *c,
			const struct gv_live_state *s, const struct gv_event *e);

#endif
