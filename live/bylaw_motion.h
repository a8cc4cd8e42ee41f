/* The by-law a motion names (docs/bylaws.md): its readings, what it amends
 * or repeals, or the veto it overrides. Checked and stored inside the
 * transaction that records the motion, so a refusal leaves the log as it
 * was. */
#ifndef GAVEL_BYLAW_MOTION_H
#define GAVEL_BYLAW_MOTION_H

struct gv_ws;
struct gv_err;
struct gv_event;
struct gv_live_ctx;

/* e was just inserted (e->id set); nothing to do unless e names a by-law. */
int gv_live_bylaw_motion(struct gv_ws *ws, const struct gv_live_ctx *c, const struct gv_event *e,
			 struct gv_err *err);

#endif
