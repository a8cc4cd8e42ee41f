/* Electronic votes (docs/serve.md, "Electronic votes"): the clerk opens
 * one on a motion; members present and qualified cast a ballot at their
 * terminals, and may change it, until the clerk closes it, which records
 * the ballots as a recorded vote under the usual rules (live/rules.h). A
 * vote is open while its motion is undecided: once decided, through its
 * close or otherwise, no ballot is taken. Ballots are committed
 * (synchronous=FULL) before a cast returns. */
#ifndef GAVEL_EVOTE_H
#define GAVEL_EVOTE_H

#include <stddef.h>
#include <stdint.h>

#include "live/state.h"

struct gv_ws;
struct gv_err;
struct gv_live_log;

struct gv_ballot {
	int64_t member_id;
	enum gv_mark mark;     /* MARK_YES, MARK_NO or MARK_ABSTAIN */
	int64_t cast_at;
};

/* The motion whose electronic vote is open in this meeting, 0 when none. */
int gv_evote_current(struct gv_ws *ws, const struct gv_live_ctx *c, const struct gv_live_state *s,
		     int *motion, struct gv_err *err);
/* Open an electronic vote on motion (refused when one is open, or when the
 * rules would refuse a recorded vote on it now). */
int gv_evote_open(struct gv_ws *ws, const struct gv_live_ctx *c, const struct gv_live_log *log,
		  int motion, int64_t at, struct gv_err *err);
/* member casts mark ("yes", "no", "abstain") on motion, or changes it. */
int gv_evote_cast(struct gv_ws *ws, const struct gv_live_ctx *c, const struct gv_live_log *log,
		  int64_t member_id, int motion, const char *mark, struct gv_err *err);
/* The ballots cast on motion, in the order of the roster. */
int gv_evote_ballots(struct gv_ws *ws, const struct gv_live_ctx *c, int motion,
		     struct gv_ballot **out, size_t *n, struct gv_err *err);
/* Make e (EV_VOTE) the recorded vote of what was cast on the open vote on
 * motion, by the members who are still qualified to vote on it: the rules
 * deem the others present no (ontario). */
int gv_evote_close(struct gv_ws *ws, const struct gv_live_ctx *c, const struct gv_live_state *s,
		   int motion, struct gv_event *e, struct gv_err *err);

/* Cancel the open electronic vote on motion: its ballots are discarded and
 * no vote is recorded; the motion stays on the floor. */
int gv_evote_cancel(struct gv_ws *ws, const struct gv_live_ctx *c, const struct gv_live_state *s,
		    int motion, struct gv_err *err);

#endif
