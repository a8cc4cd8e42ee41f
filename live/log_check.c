#include "live/log_check.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "agenda/meeting.h"
#include "base/buf.h"
#include "base/clock.h"
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

/* since[v]: when the workspace took version v of the procedure rules (0
 * when it had them from the start, or the table has no row for it). */
static int rules_since(struct gv_ws *ws, int64_t since[GV_RULES_LATEST + 1], struct gv_err *err)
{
	for (int v = 0; v <= GV_RULES_LATEST; v++)
		since[v] = 0;
	sqlite3_stmt *st;
	int rc = gv_db_prepare(ws->db, "SELECT version, since FROM procedure_rules", &st, err);
	if (rc)
		return rc;
	int step;
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		int v = sqlite3_column_int(st, 0);
		if (v > 0 && v <= GV_RULES_LATEST)
			since[v] = sqlite3_column_int64(st, 1);
	}
	if (step != SQLITE_DONE)
		rc = gv_db_fail(ws->db, "cannot read when the procedure rules changed", err);
	sqlite3_finalize(st);
	return rc;
}

/* The version of the rules event k of ev was recorded under. A log begun
 * before the December rules is held to the earlier ones throughout; other
 * events each to the version in force when recorded. */
static int recorded_under(const int64_t since[GV_RULES_LATEST + 1], const struct gv_event *ev,
			  size_t k)
{
	if (ev[0].recorded_at < since[GV_RULES_2])
		return GV_RULES_1;
	int v = GV_RULES_LATEST;
	while (v > GV_RULES_2 && ev[k].recorded_at < since[v])
		v--;
	return v == GV_RULES_LATEST ? GV_RULES_TODAY : v;
}

/* Event k of ev checked against the rules c holds it to, from the state
 * before it; again is the event as the rules derive it. */
static int replay_event(struct gv_ws *ws, const struct gv_live_ctx *c,
			const struct gv_live_state *before, const struct gv_event *ev, size_t k,
			struct gv_event *again, struct gv_err *why)
{
	gv_event_copy(again, &ev[k]);
	target_meeting(ws, again);
	if (again->disposition && !strcmp(again->disposition, "reconsider") &&
	    gv_live_reconsider_lookup(ws, c, again, NULL) == 0) {
		/* as it stood then: the reconsideration it carried is not
		 * one before it */
		if (again->reconsider == GV_RECONSIDER_DONE)
			again->reconsider = GV_RECONSIDER_STANDS;
	}
	return gv_rules_check(c, before, ev, k, again, why);
}

/* Event k, accepted under the earlier rules c held it to: today's rules
 * refuse it too? Then warn, naming it. */
static void today_refuses(struct gv_ws *ws, struct gv_live_ctx *c,
			  const struct gv_live_state *before, const struct gv_event *ev, size_t k,
			  gv_live_warn_fn *warn, void *arg)
{
	int then = c->rules;
	c->rules = GV_RULES_TODAY;
	struct gv_event today;
	struct gv_err why = {0};
	if (replay_event(ws, c, before, ev, k, &today, &why)) {
		char day[16], *line;
		gv_time_format(ev[k].recorded_at, "%Y-%m-%d", day, sizeof day);
		line = gv_asprintf("%s: event %d (%s), recorded on %s, was accepted under the "
				   "rules of then and stands; today's rules refuse it: %s",
				   c->slug, ev[k].seq, gv_event_kind_name(ev[k].kind), day, why.msg);
		warn(arg, line);
		free(line);
	}
	gv_event_clear(&today);
	c->rules = then;
}

int gv_live_check(struct gv_ws *ws, int64_t meeting_id, gv_live_warn_fn *warn, void *arg,
		  struct gv_err *err)
{
	char ref[24];
	snprintf(ref, sizeof ref, "%lld", (long long)meeting_id);
	struct gv_live_ctx c;
	int rc = gv_live_ctx_load(ws, ref, &c, err);
	if (rc)
		return rc;
	struct gv_event *ev;
	size_t n;
	int64_t since[GV_RULES_LATEST + 1];
	if ((rc = gv_event_load(ws->db, meeting_id, &ev, &n, err))) {
		/* the meeting named: check reads every log */
		char why[sizeof err->msg];
		snprintf(why, sizeof why, "%s", err ? err->msg : "");
		gv_err_set(err, rc, "%s: %s", c.slug, why);
		gv_live_ctx_clear(&c);
		return rc;
	}
	if ((rc = rules_since(ws, since, err))) {
		gv_events_free(ev, n);
		gv_live_ctx_clear(&c);
		return rc;
	}
	for (size_t k = 0; k < n && !rc; k++) {
		/* events are appended, numbered from 1, and never deleted */
		if (ev[k].seq != (int)k + 1) {
			rc = gv_err_set(err, GV_EREFUSED,
					"%s: event %zu is missing from the log (after event %d comes "
					"event %d): a row of events was deleted",
					c.slug, k + 1, k ? ev[k - 1].seq : 0, ev[k].seq);
			break;
		}
		struct gv_live_state before;
		gv_live_replay(&c, ev, k, &before);
		struct gv_event again;
		struct gv_err why = {0};
		c.rules = recorded_under(since, ev, k);
		if (replay_event(ws, &c, &before, ev, k, &again, &why)) {
			rc = gv_err_set(err, GV_EREFUSED, "%s: event %d (%s) breaks a rule: %s", c.slug,
					ev[k].seq, gv_event_kind_name(ev[k].kind), why.msg);
		} else {
			const char *what = derived_differs(&ev[k], &again);
			if (what)
				rc = gv_err_set(err, GV_EREFUSED,
						"%s: event %d (%s): the log's %s is not what the rules give",
						c.slug, ev[k].seq, gv_event_kind_name(ev[k].kind), what);
			else if (c.rules != GV_RULES_TODAY && warn)
				today_refuses(ws, &c, &before, ev, k, warn, arg);
		}
		gv_event_clear(&again);
		gv_live_state_clear(&before);
	}
	gv_events_free(ev, n);
	gv_live_ctx_clear(&c);
	return rc;
}
