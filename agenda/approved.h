/* Whether a meeting's minutes were approved, and by what (docs/minutes.md,
 * "Approval"). Once they are, the meeting and its agenda are part of the
 * record: nothing that the approved minutes show may change
 * (docs/minutes.md, "What approval locks"). The approving itself is the
 * minutes' (minutes/approval.h). */
#ifndef GAVEL_AGENDA_APPROVED_H
#define GAVEL_AGENDA_APPROVED_H

#include <sqlite3.h>
#include <stdbool.h>
#include <stdint.h>

struct gv_ws;
struct gv_err;

struct gv_approval {
	bool approved;
	char *at_slug;      /* the meeting that approved them; NULL when forced */
	char *at_name;      /* its name as a reader knows it ("the Regular Meeting of
			     * Council of January 12, 2027"), as it was when the
			     * minutes were approved; NULL when forced */
	int motion;         /* its motion; 0 when forced */
	char resolution[24];/* the approving motion's resolution number, "" when none */
	int64_t approved_at;
};

/* The approval of a meeting's minutes (approved false when none). Clear
 * with gv_approval_clear. */
int gv_approval_load(sqlite3 *db, int64_t meeting_id, struct gv_approval *a,
		     struct gv_err *err);
void gv_approval_clear(struct gv_approval *a);

/* "at M2 (resolution 2027-1)", "at M2 (motion K)" when the motion has no
 * resolution number, or "(forced by the clerk)": free the result. */
char *gv_approval_said(const struct gv_approval *a);

/* The slug of meeting id ("?" when there is none); caller frees. */
char *gv_meeting_slug_of(sqlite3 *db, int64_t meeting_id);

/* 0 while the meeting's minutes are not approved; GV_EREFUSED with "the
 * minutes of <slug> were approved at <M2> (resolution X): its agenda is
 * part of the record" once they are. Every change to a meeting or its
 * agenda asks it first, inside its transaction when it has one. */
int gv_agenda_locked(struct gv_ws *ws, int64_t meeting_id, struct gv_err *err);

#endif
