/* The procedure rules: whether an event may be appended to a meeting's log
 * in its current state (SPEC "Procedure rules"). */
#ifndef GAVEL_RULES_H
#define GAVEL_RULES_H

#include "minutes/state.h"

struct gv_err;

/* Check e against the state replayed from the log (ev, n) and complete it:
 * the number of a new motion and the item it belongs to, its threshold and
 * kind, the result of a recorded vote, the event an undo voids, and whether
 * the event is confidential. A refusal (GV_EREFUSED) is one line naming the
 * rule; e is then not to be appended. */
int gv_rules_check(const struct gv_live_ctx *c, const struct gv_live_state *s,
		   const struct gv_event *ev, size_t n, struct gv_event *e, struct gv_err *err);

/* Quorum for a vote on m (or for the current item when m is NULL):
 * present members, the quorum needed, and whether it is met (MCIA s.7). */
struct gv_quorum {
	int present, qualified, needed;
	bool met;
};
void gv_rules_quorum(const struct gv_live_ctx *c, const struct gv_live_state *s,
		     const struct gv_motion *m, struct gv_quorum *q);

#endif
