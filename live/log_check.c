#include "live/log_check.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "agenda/meeting.h"
#include "base/err.h"
#include "live/event.h"
#include "live/live.h"
#include "live/rules.h"
#include "live/state.h"
#include "store/db.h"
#include "store/workspace.h"

static bool same_text(const char *a, const char *b)
{
	return (!a && !b) || (a && b && !strcmp(a, b));
}

/* What the rules derive, compared with what was stored. */
static const char *derived_differs(const struct gv_event *stored, const struct gv_event *again)
{
	if (stored->motion != again->motion)
		return "motion number";
	if (stored->voids != again->voids)
		return "voided event";
	if (stored->confidential != again->confidential)
		return "confidentiality";
	if (!same_text(stored->result, again->result))
		return "result";
	return NULL;
}

/* What the rules read of a deferral's meeting, which the log names only. */
static void target_meeting(struct gv_ws *ws, struct gv_event *e)
{
	struct gv_meeting m;
	char ref[24];
	snprintf(ref, sizeof ref, "%lld", (long long)e->target_meeting_id);
	if (!e->target_meeting_id || gv_meeting_find(ws, ref, &m, NULL))
		return;
	e->target_at = m.starts_at;
	e->target_body_id = m.body_id;
	gv_meeting_clear(&m);
}

/* Whether the log ev began before the workspace took the December 2026
 * rules (migration 11): it is checked against the rules it was recorded
 * under (docs/procedure.md, "Logs recorded before the December rules"). */
static int before_december(struct gv_ws *ws, const struct gv_event *ev, size_t n, bool *before,
			   struct gv_err *err)
{
	*before = false;
	if (!n)
		return 0;
	sqlite3_stmt *st;
	int rc = gv_db_prepare(ws->db, "SELECT since FROM procedure_rules WHERE version = 2",
			       &st, err);
	if (rc)
		return rc;
	int step = sqlite3_step(st);
	if (step == SQLITE_ROW)
		*before = ev[0].recorded_at < sqlite3_column_int64(st, 0);
	else if (step != SQLITE_DONE)
		rc = gv_db_fail(ws->db, "cannot read when the procedure rules changed", err);
	sqlite3_finalize(st);
	return rc;
}

int gv_live_check(struct gv_ws *ws, int64_t meeting_id, struct gv_err *err)
{
	char ref[24];
	snprintf(ref, sizeof ref, "%lld", (long long)meeting_id);
	struct gv_live_ctx c;
	int rc = gv_live_ctx_load(ws, ref, &c, err);
	if (rc)
		return rc;
	struct gv_event *ev;
	size_t n;
	if ((rc = gv_event_load(ws->db, meeting_id, &ev, &n, err))) {
		gv_live_ctx_clear(&c);
		return rc;
	}
	if ((rc = before_december(ws, ev, n, &c.before_december, err))) {
		gv_events_free(ev, n);
		gv_live_ctx_clear(&c);
		return rc;
	}
	for (size_t k = 0; k < n && !rc; k++) {
		struct gv_live_state before;
		gv_live_replay(&c, ev, k, &before);
		struct gv_event again;
		gv_event_copy(&again, &ev[k]);
		struct gv_err why = {0};
		target_meeting(ws, &again);
		if (again.disposition && !strcmp(again.disposition, "reconsider") &&
		    gv_live_reconsider_lookup(ws, &c, &again, &why) == 0) {
			/* as it stood then: the reconsideration it carried is not
			 * one before it */
			if (again.reconsider == GV_RECONSIDER_DONE)
				again.reconsider = GV_RECONSIDER_STANDS;
		}
		if (gv_rules_check(&c, &before, ev, k, &again, &why)) {
			rc = gv_err_set(err, GV_EREFUSED, "%s: event %d (%s) breaks a rule: %s", c.slug,
					ev[k].seq, gv_event_kind_name(ev[k].kind), why.msg);
		} else {
			const char *what = derived_differs(&ev[k], &again);
			if (what)
				rc = gv_err_set(err, GV_EREFUSED,
						"%s: event %d (%s): the log's %s is not what the rules give",
						c.slug, ev[k].seq, gv_event_kind_name(ev[k].kind), what);
		}
		gv_event_clear(&again);
		gv_live_state_clear(&before);
	}
	gv_events_free(ev, n);
	gv_live_ctx_clear(&c);
	return rc;
}
