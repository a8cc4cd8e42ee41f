#include "live/tally.h"

#include "base/buf.h"

#include <string.h>

bool gv_threshold_valid(const char *t)
{
	return t && (!strcmp(t, "majority") || !strcmp(t, "two-thirds") ||
		     !strcmp(t, "members-majority") || !strcmp(t, "members-two-thirds") ||
		     !strcmp(t, "present-two-thirds"));
}

bool gv_threshold_met(const char *t, int yes, int no, int seats, int present)
{
	if (!strcmp(t, "sustain")) /* an appeal: a tie sustains the chair */
		return yes >= no;
	if (!strcmp(t, "present-two-thirds"))
		return yes > 0 && 3 * yes >= 2 * present;
	if (!strcmp(t, "two-thirds"))
		return yes > 0 && 3 * yes >= 2 * (yes + no);
	if (!strcmp(t, "members-majority"))
		return 2 * yes > seats;
	if (!strcmp(t, "members-two-thirds"))
		return 3 * yes >= 2 * seats;
	return yes > no;
}

const char *gv_threshold_rule(const char *t)
{
	if (!strcmp(t, "two-thirds"))
		return "two-thirds of the votes cast";
	if (!strcmp(t, "members-majority"))
		return "a majority of all members";
	if (!strcmp(t, "members-two-thirds"))
		return "two-thirds of all members";
	if (!strcmp(t, "present-two-thirds"))
		return "two-thirds of the members present and qualified";
	if (!strcmp(t, "sustain"))
		return "as many yes as no: a tie sustains the chair";
	return "more yes than no";
}

static int named(const struct gv_mark_entry *marks, size_t n, int64_t member_id)
{
	for (size_t i = 0; i < n; i++)
		if (marks[i].member_id == member_id)
			return (int)marks[i].mark;
	return -1;
}

enum gv_vote gv_vote_counted_as(enum gv_profile p, enum gv_vote v)
{
	switch (v) {
	case VOTE_YES: return VOTE_YES;
	case VOTE_NO:
	case VOTE_DEEMED_NO: return VOTE_NO;
	case VOTE_ABSTAIN: return p == PROFILE_ONTARIO ? VOTE_NO : VOTE_ABSTAIN;
	case VOTE_NOT_VOTING:
	case VOTE_ABSENT:
	case VOTE_INTEREST: break;
	}
	return VOTE_NOT_VOTING;
}

bool gv_vote_abstained_deemed_no(enum gv_profile p, enum gv_vote v)
{
	return v == VOTE_ABSTAIN && gv_vote_counted_as(p, v) == VOTE_NO;
}

void gv_tally_recorded(const struct gv_live_ctx *c, const struct gv_live_state *s,
		       const struct gv_motion *m, const struct gv_mark_entry *marks, size_t n,
		       struct gv_tally *t)
{
	bool ontario = c->profile == PROFILE_ONTARIO;
	memset(t, 0, sizeof *t);
	t->votes = gv_calloc(c->n_members ? c->n_members : 1, sizeof *t->votes);
	for (size_t i = 0; i < c->n_members; i++) {
		int64_t id = c->members[i].id;
		const struct gv_attendance *a = gv_live_attendance(s, id);
		int mark = named(marks, n, id);
		enum gv_vote v;
		if (mark == MARK_YES) {
			v = VOTE_YES;
		} else if (mark == MARK_NO) {
			v = VOTE_NO;
		} else if (mark == MARK_ABSTAIN) {
			v = VOTE_ABSTAIN;
		} else if (gv_live_declared(c, s, id, m)) {
			v = VOTE_INTEREST;
		} else if (!a || a->status != PRES_PRESENT) {
			v = VOTE_ABSENT;
		} else if (ontario) {
			v = VOTE_DEEMED_NO;
		} else {
			v = VOTE_NOT_VOTING;
		}
		switch (gv_vote_counted_as(c->profile, v)) {
		case VOTE_YES: t->yes++; break;
		case VOTE_NO: t->no++; break;
		case VOTE_ABSTAIN: t->abstain++; break;
		default: break;
		}
		t->votes[t->n_votes++] = (struct gv_member_vote){id, v};
	}
}
