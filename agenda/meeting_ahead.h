/* The meetings still to be held: business that goes on a later meeting
 * (deferred business, a notice of motion) passes over a meeting already
 * held, though it is later than the one the business came from, as when
 * the clerk enters an earlier meeting from paper after a later one was
 * held (docs/procedure.md, "Dispositions"). */
#ifndef GAVEL_MEETING_AHEAD_H
#define GAVEL_MEETING_AHEAD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct gv_ws;
struct gv_err;

/* Whether meeting_id was held: called to order, or adjourned (for want of
 * quorum), by an event its log has not undone. */
int gv_meeting_held(struct gv_ws *ws, int64_t meeting_id, bool *held, struct gv_err *err);

/* The meetings of body_id after `after` (UTC seconds) whose local date is on
 * or after `date` (NULL: any), not cancelled and not held, in the order
 * they are held (*ids: caller frees). */
int gv_meetings_ahead(struct gv_ws *ws, int64_t body_id, int64_t after, const char *date,
		      int64_t **ids, size_t *n, struct gv_err *err);

#endif
