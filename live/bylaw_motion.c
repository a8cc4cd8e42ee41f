#include "live/bylaw_motion.h"

#include "agenda/bylaw.h"
#include "agenda/mayor.h"
#include "base/clock.h"
#include "base/err.h"
#include "store/workspace.h"

#include <sqlite3.h>
#include <stdbool.h>
#include <string.h>
#include "live/state.h"

/* Is motion k of the meeting an override of a veto? */
static bool overrides(struct gv_ws *ws, int64_t meeting_id, int k)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(ws->db, "SELECT 1 FROM bylaw_motions bm JOIN events mv"
				       " ON mv.id = bm.event_id WHERE mv.meeting_id = ? AND"
				       " mv.motion = ? AND mv.kind = 'move' AND bm.override AND "
				       GV_EVENT_STANDING("mv.id"),
			       -1, &st, NULL) != SQLITE_OK)
		return false;
	sqlite3_bind_int64(st, 1, meeting_id);
	sqlite3_bind_int(st, 2, k);
	bool yes = sqlite3_step(st) == SQLITE_ROW;
	sqlite3_finalize(st);
	return yes;
}

int gv_live_bylaw_motion(struct gv_ws *ws, const struct gv_live_ctx *c, const struct gv_event *e,
			 struct gv_err *err)
{
	/* two thirds of all members is a count: an override carried by a show
	 * of hands needs its numbers (docs/bylaws.md, "Mayoral decisions") */
	if (e->kind == EV_VOTE && e->result && !strcmp(e->result, "carried") && !e->recorded &&
	    e->yes < 0 && overrides(ws, c->meeting_id, e->motion))
		return gv_err_set(err, GV_EREFUSED,
				  "overriding a veto needs two thirds of all members (%d of %d): give "
				  "the counts (--for N --against N) or a recorded vote",
				  (2 * c->seats + 2) / 3, c->seats);
	if (e->kind != EV_MOVE || !e->n_bylaws)
		return 0;
	if (e->amends || e->disposition)
		return gv_err_set(err, GV_EREFUSED,
				  "a by-law's readings are given by a main motion, not an amendment "
				  "or a disposition");
	/* what one by-law amends or repeals is that by-law's own: a motion
	 * reading several cannot say which (docs/bylaws.md, "Readings and
	 * enactment") */
	if (e->n_bylaws > 1 && (e->amends_bylaw_id || e->repeals_bylaw_id))
		return gv_err_set(err, GV_EREFUSED,
				  "a motion reading %zu by-laws cannot amend or repeal: move a "
				  "motion of its own for each by-law that amends or repeals one",
				  e->n_bylaws);
	int rc = 0;
	for (size_t i = 0; !rc && i < e->n_bylaws; i++) {
		if (e->override_veto) {
			char date[11];
			gv_time_format(e->at, "%Y-%m-%d", date, sizeof date);
			rc = gv_mayor_override_check(ws, e->bylaw_ids[i], date, err);
		} else {
			rc = gv_bylaw_check_readings(ws, e->bylaw_ids[i], e->readings, err);
		}
		if (!rc)
			rc = gv_bylaw_motion_add(ws, e->id, e->bylaw_ids[i], e->readings,
						 e->amends_bylaw_id, e->repeals_bylaw_id,
						 e->override_veto, err);
	}
	return rc;
}
