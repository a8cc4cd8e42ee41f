/* The one public view of a live meeting: what anyone may know of it
 * (docs/safety.md, "The public view of a meeting").
 *
 * The view is the meeting's log as the public may know it, replayed with
 * the context as the public may read it:
 * - each event in its public form (gv_public_event): every text redacted;
 *   an event of the closed session keeps only what the public may know
 *   (that a motion was moved, its number, kind and result, that a member
 *   declared an interest, arrivals and departures), never its wording,
 *   reason, mover, seconder or individual votes;
 * - the context's meeting title redacted, and every item under its public
 *   title (closed items under their public title or clause).
 * Replayed, no wording a confidential event set or changed can be in it: an
 * amendment carried in closed session has no wording to put into the
 * motion it amends.
 *
 * Every public output is made from this view and nothing else: live/now.*,
 * the hooks' payloads, `gavel display`, `live M status` without
 * --confidential, the public minutes, chapters, exports and the site. A
 * motion of the closed session stays in the view as a stub
 * (confidential, no wording), so that motion numbers still index it. */
#ifndef GAVEL_PUBLIC_VIEW_H
#define GAVEL_PUBLIC_VIEW_H

#include <stdbool.h>
#include <stddef.h>

#include "live/event.h"
#include "live/state.h"

struct gv_public_view {
	struct gv_live_ctx ctx;
	struct gv_event *ev;          /* the public form of every event, in order */
	size_t n;
	struct gv_live_state state;   /* replay of ev */
};

/* The wording a motion of the closed session has in the view. */
#define GV_PUBLIC_CLOSED_MOTION "(moved in closed session)"

/* The public form of e into out (clear with gv_event_clear). */
void gv_public_event(const struct gv_event *e, struct gv_event *out);

/* The public view of the meeting of context c with log ev[0..n). Clear with
 * gv_public_view_clear. */
void gv_public_view_make(const struct gv_live_ctx *c, const struct gv_event *ev, size_t n,
			 struct gv_public_view *v);
void gv_public_view_clear(struct gv_public_view *v);

struct gv_ws;
struct gv_err;
/* gv_public_view_make for the meeting ref names (slug or id) with its
 * stored log. Clear with gv_public_view_clear. */
int gv_public_view_load(struct gv_ws *ws, const char *ref, struct gv_public_view *v,
			struct gv_err *err);

/* What a live display shows, read off the view (NULL when nothing):
 * the item under consideration in open session (none once adjourned); the
 * motion on the floor in open session; the latest motion decided in open
 * session. */
const struct gv_live_item *gv_public_current_item(const struct gv_public_view *v);
const struct gv_motion *gv_public_floor(const struct gv_public_view *v);
const struct gv_motion *gv_public_last_decided(const struct gv_public_view *v);

#endif
