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

struct gv_tally {
	int yes, no, abstain;          /* no includes what the profile counts as no */
	struct gv_member_vote *votes;  /* one per member of the body; caller frees */
	size_t n_votes;
};

/* Tally a recorded vote on m from the marks the clerk named, given who is
 * present and who declared an interest in s. Ontario: unnamed present and
 * qualified members are deemed no and abstentions count as no; roberts:
 * neither is counted. */
void gv_tally_recorded(const struct gv_live_ctx *c, const struct gv_live_state *s,
		       const struct gv_motion *m, const struct gv_mark_entry *marks, size_t n,
		       struct gv_tally *t);

#endif
