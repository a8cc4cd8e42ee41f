/* Counting votes: thresholds in integer arithmetic, and the part every
 * member of the body takes in a recorded vote under the procedure profile. */
#ifndef GAVEL_TALLY_H
#define GAVEL_TALLY_H

#include <stdbool.h>

#include "live/state.h"

/* True for majority, two-thirds, members-majority, members-two-thirds,
 * present-two-thirds. */
bool gv_threshold_valid(const char *threshold);

/* Whether yes/no meet the threshold (ties lost; members-* against seats,
 * present-two-thirds against the members present and qualified; "sustain",
 * an appeal's, which the rules give: yes >= no). */
bool gv_threshold_met(const char *threshold, int yes, int no, int seats, int present);

/* One line saying what the threshold needs ("more yes than no"). */
const char *gv_threshold_rule(const char *threshold);

/* What a member's part in a recorded vote counts as under profile p
 * (docs/procedure.md, "Abstentions"): VOTE_YES, VOTE_NO or VOTE_ABSTAIN, else
 * VOTE_NOT_VOTING when it is not counted. Under ontario an abstention and a
 * silent member count as VOTE_NO (s.246(2)); under roberts an abstention is
 * VOTE_ABSTAIN, its own count. Every count of a recorded vote (status,
 * console, minutes, exports, site) comes from this. */
enum gv_vote gv_vote_counted_as(enum gv_profile p, enum gv_vote v);

/* Whether v is an abstention that p counts as a no: where votes are listed
 * it reads "abstained: deemed in the negative". */
bool gv_vote_abstained_deemed_no(enum gv_profile p, enum gv_vote v);
#define GV_ABSTAINED_NO_NOTE "abstained: deemed in the negative, s.246(2)"
/* And a member present and qualified who did not vote (VOTE_DEEMED_NO). */
#define GV_DEEMED_NO_NOTE "present, did not vote: deemed in the negative, s.246(2)"

struct gv_tally {
	int yes, no, abstain;          /* by gv_vote_counted_as: they add up to the
					  members who voted */
	struct gv_member_vote *votes;  /* one per member of the body; caller frees */
	size_t n_votes;
};

/* Tally a recorded vote on m from the marks the clerk named, given who is
 * present and who declared an interest in s. Ontario: unnamed present and
 * qualified members are deemed no and abstentions count as no; roberts:
 * neither is a no, and abstentions are their own count. */
void gv_tally_recorded(const struct gv_live_ctx *c, const struct gv_live_state *s,
		       const struct gv_motion *m, const struct gv_mark_entry *marks, size_t n,
		       struct gv_tally *t);

#endif
