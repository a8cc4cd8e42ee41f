/* The procedure rules: whether an event may be appended to a meeting's log
 * in its current state (docs/procedure.md).
 *
 * Choices the statutes and by-laws leave open:
 * - Before the call to order only the roll call (attend), stream and undo are
 *   recorded: attendance is taken as the meeting opens, and the stream may
 *   start before it. In a recess only attendance, arrivals, departures,
 *   stream, resume and undo; in closed session no recess or adjournment
 *   before rising. After adjournment the log is closed: everything is
 *   refused, undo included.
 * - Movers, seconders and voters must be present, voting members of the body
 *   without a declared interest on the motion's item. A motion belongs to the
 *   item current when it was moved (an amendment to the item of the motion it
 *   amends); one moved while a consent section (an item with consent items
 *   under it) is current adopts every consent item not held when it carries.
 * - An amendment is a motion of the same kind (direction, procedural) as the
 *   motion it amends unless it says otherwise.
 * - Counts: in a recorded vote "no" counts every vote counted against (named,
 *   deemed, and in ontario abstentions); "abstain" counts the abstentions. A
 *   show of hands may give counts, which must agree with the declared result
 *   and not exceed the qualified members present.
 * - Every carried motion, amendments included, gets the next resolution
 *   number of its meeting's year, in the order the votes were recorded; a
 *   voided vote gives its number back only if no later one was issued. */
#ifndef GAVEL_RULES_H
#define GAVEL_RULES_H

#include "live/state.h"

struct gv_err;

/* Check e against the state replayed from the log (ev, n) and complete it:
 * the number of a new motion and the item it belongs to, its threshold and
 * kind, the result of a recorded vote, the event an undo voids, and whether
 * the event is confidential. A refusal (GV_EREFUSED) is one line naming the
 * rule; e is then not to be appended. */
int gv_rules_check(const struct gv_live_ctx *c, const struct gv_live_state *s,
		   const struct gv_event *ev, size_t n, struct gv_event *e, struct gv_err *err);

/* Whether an event of kind may happen where the meeting is (adjourned, not
 * called to order, in recess, ...): the first check gv_rules_check makes,
 * for a caller to refuse before asking for the event's details. */
int gv_rules_phase_check(const struct gv_live_ctx *c, const struct gv_live_state *s,
			 enum gv_event_kind kind, struct gv_err *err);
/* Whether there is a ruling of the chair to appeal (the latest, not
 * appealed yet): for a caller to refuse before asking mover and seconder. */
int gv_rules_appeal_check(const struct gv_live_ctx *c, const struct gv_live_state *s,
			  struct gv_err *err);

/* What member did on motion m: "moved", "seconded", "voted on", ... NULL
 * when nothing. A member deemed to vote no was counted in the vote. */
const char *gv_rules_part_in(const struct gv_motion *m, int64_t member_id);

/* The event an undo would void: the latest that is neither a correction
 * nor voided; NULL when there is none. */
const struct gv_event *gv_rules_undo_target(const struct gv_event *ev, size_t n);

/* Quorum for a vote on m (or for the current item when m is NULL):
 * present members, the quorum needed, and whether it is met (MCIA s.7). */
struct gv_quorum {
	int present, qualified, needed;
	bool met;
};
void gv_rules_quorum(const struct gv_live_ctx *c, const struct gv_live_state *s,
		     const struct gv_motion *m, struct gv_quorum *q);

#endif
