#include "live/evote.h"

#include "base/buf.h"
#include "base/clock.h"
#include "base/err.h"
#include "live/live.h"
#include "live/rules.h"
#include "store/db.h"
#include "store/workspace.h"

#include <stdlib.h>
#include <string.h>

/* When the electronic vote on motion was opened (*at; 0 when it was not). */
static int opened(struct gv_ws *ws, const struct gv_live_ctx *c, int motion, int64_t *at,
		  struct gv_err *err)
{
	*at = 0;
	sqlite3_stmt *st;
	if (gv_db_prepare(ws->db, "SELECT opened_at FROM electronic_votes"
			  " WHERE meeting_id = ? AND motion = ?", &st, err))
		return err->code;
	sqlite3_bind_int64(st, 1, c->meeting_id);
	sqlite3_bind_int(st, 2, motion);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*at = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE
		       ? 0
		       : gv_db_fail(ws->db, "reading electronic votes", err);
}

int gv_evote_current(struct gv_ws *ws, const struct gv_live_ctx *c, const struct gv_live_state *s,
		     int *motion, struct gv_err *err)
{
	*motion = 0;
	sqlite3_stmt *st;
	if (gv_db_prepare(ws->db, "SELECT motion FROM electronic_votes WHERE meeting_id = ?"
			  " ORDER BY opened_at DESC, motion DESC", &st, err))
		return err->code;
	sqlite3_bind_int64(st, 1, c->meeting_id);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const struct gv_motion *m = gv_live_motion(s, sqlite3_column_int(st, 0));
		if (m && m->result == RESULT_PENDING) {
			*motion = m->number;
			break;
		}
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return gv_db_fail(ws->db, "reading electronic votes", err);
	return 0;
}

/* Would the rules take a recorded vote on motion naming marks at time at? */
static int trial(const struct gv_live_ctx *c, const struct gv_live_log *log, int motion,
		 int64_t member_id, enum gv_mark mark, int64_t at, struct gv_err *err)
{
	struct gv_event e;
	gv_event_init(&e, EV_VOTE);
	e.meeting_id = c->meeting_id;
	e.at = at;
	e.motion = motion;
	e.recorded = true;
	if (member_id)
		gv_event_mark(&e, member_id, mark);
	int rc = gv_rules_check(c, &log->state, log->ev, log->n, &e, err);
	gv_event_clear(&e);
	return rc;
}

int gv_evote_open(struct gv_ws *ws, const struct gv_live_ctx *c, const struct gv_live_log *log,
		  int motion, int64_t at, struct gv_err *err)
{
	int current;
	if (gv_evote_current(ws, c, &log->state, &current, err))
		return err->code;
	if (current == motion)
		return gv_err_set(err, GV_EREFUSED, "an electronic vote on motion %d is already open",
				  motion);
	if (current)
		return gv_err_set(err, GV_EREFUSED, "the electronic vote on motion %d is still open: "
				  "close it first (live %s close-vote %d)", current, c->slug, current);
	if (trial(c, log, motion, 0, MARK_YES, at, err))
		return err->code;
	sqlite3_stmt *st;
	if (gv_db_prepare(ws->db, "INSERT INTO electronic_votes(meeting_id, motion, opened_at)"
			  " VALUES (?, ?, ?) ON CONFLICT(meeting_id, motion)"
			  " DO UPDATE SET opened_at = excluded.opened_at", &st, err))
		return err->code;
	sqlite3_bind_int64(st, 1, c->meeting_id);
	sqlite3_bind_int(st, 2, motion);
	sqlite3_bind_int64(st, 3, at);
	return gv_db_run(ws->db, st, "opening the vote", err);
}

static int mark_parse(const char *s, enum gv_mark *m)
{
	if (!strcmp(s, "yes"))
		*m = MARK_YES;
	else if (!strcmp(s, "no"))
		*m = MARK_NO;
	else if (!strcmp(s, "abstain"))
		*m = MARK_ABSTAIN;
	else
		return -1;
	return 0;
}

int gv_evote_cast(struct gv_ws *ws, const struct gv_live_ctx *c, const struct gv_live_log *log,
		  int64_t member_id, int motion, const char *mark, struct gv_err *err)
{
	enum gv_mark m;
	if (mark_parse(mark, &m))
		return gv_err_set(err, GV_EUSAGE, "'%s' is not a vote: yes, no or abstain", mark);
	int64_t opened_at;
	if (opened(ws, c, motion, &opened_at, err))
		return err->code;
	const struct gv_motion *mo = gv_live_motion(&log->state, motion);
	if (!opened_at || !mo)
		return gv_err_set(err, GV_EREFUSED, "no electronic vote is open on motion %d",
				  motion);
	if (mo->result != RESULT_PENDING)
		return gv_err_set(err, GV_EREFUSED, "the vote on motion %d is closed: %s", motion,
				  gv_result_name(mo->result));
	const struct gv_live_member *who = gv_live_member(c, member_id);
	if (!who || who->former)
		return gv_err_set(err, GV_EREFUSED, "%s is not a voting member of %s",
				  gv_live_who(c, member_id), c->body_name);
	/* A ballot is cast when it arrives, but never before the vote opened:
	 * a clerk recording the meeting with --at can open it at a time still
	 * to come (docs/serve.md, "Electronic votes"). */
	int64_t at = gv_now();
	if (at < opened_at)
		at = opened_at;
	if (trial(c, log, motion, member_id, m, at, err))
		return err->code;
	sqlite3_stmt *st;
	if (gv_db_prepare(ws->db, "INSERT INTO ballots(meeting_id, motion, member_id, mark, cast_at)"
			  " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT(meeting_id, motion, member_id)"
			  " DO UPDATE SET mark = ?4, cast_at = ?5", &st, err))
		return err->code;
	sqlite3_bind_int64(st, 1, c->meeting_id);
	sqlite3_bind_int(st, 2, motion);
	sqlite3_bind_int64(st, 3, member_id);
	sqlite3_bind_text(st, 4, mark, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 5, at);
	return gv_db_run(ws->db, st, "recording the ballot", err);
}

int gv_evote_ballots(struct gv_ws *ws, const struct gv_live_ctx *c, int motion,
		     struct gv_ballot **out, size_t *n, struct gv_err *err)
{
	*out = NULL;
	*n = 0;
	sqlite3_stmt *st;
	if (gv_db_prepare(ws->db, "SELECT member_id, mark, cast_at FROM ballots"
			  " WHERE meeting_id = ? AND motion = ?", &st, err))
		return err->code;
	sqlite3_bind_int64(st, 1, c->meeting_id);
	sqlite3_bind_int(st, 2, motion);
	struct gv_ballot *all = NULL;
	size_t n_all = 0;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct gv_ballot *b = GV_PUSH(all, n_all);
		b->member_id = sqlite3_column_int64(st, 0);
		if (mark_parse((const char *)sqlite3_column_text(st, 1), &b->mark))
			b->mark = MARK_ABSTAIN; /* the table's CHECK allows no other */
		b->cast_at = sqlite3_column_int64(st, 2);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		free(all);
		return gv_db_fail(ws->db, "reading ballots", err);
	}
	/* in the order of the roster */
	for (size_t i = 0; i < c->n_members; i++)
		for (size_t j = 0; j < n_all; j++)
			if (all[j].member_id == c->members[i].id)
				*GV_PUSH(*out, *n) = all[j];
	free(all);
	return 0;
}

int gv_evote_close(struct gv_ws *ws, const struct gv_live_ctx *c, const struct gv_live_state *s,
		   int motion, struct gv_event *e, struct gv_err *err)
{
	int current;
	if (gv_evote_current(ws, c, s, &current, err))
		return err->code;
	if (current != motion)
		return gv_err_set(err, GV_EREFUSED, "no electronic vote is open on motion %d", motion);
	struct gv_ballot *b;
	size_t n;
	if (gv_evote_ballots(ws, c, motion, &b, &n, err))
		return err->code;
	const struct gv_motion *m = gv_live_motion(s, motion);
	e->motion = motion;
	e->recorded = true;
	for (size_t i = 0; i < n; i++) {
		/* a member who left, or declared since, is no longer counted */
		const struct gv_attendance *a = gv_live_attendance(s, b[i].member_id);
		if (a && a->status == PRES_PRESENT && !gv_live_declared(c, s, b[i].member_id, m))
			gv_event_mark(e, b[i].member_id, b[i].mark);
	}
	free(b);
	return 0;
}

int gv_evote_cancel(struct gv_ws *ws, const struct gv_live_ctx *c, const struct gv_live_state *s,
		    int motion, struct gv_err *err)
{
	int current;
	if (gv_evote_current(ws, c, s, &current, err))
		return err->code;
	if (current != motion)
		return gv_err_set(err, GV_EREFUSED, "no electronic vote is open on motion %d", motion);
	if (gv_db_begin(ws->db, err))
		return err->code;
	static const char *const sql[] = {
		"DELETE FROM ballots WHERE meeting_id = ? AND motion = ?",
		"DELETE FROM electronic_votes WHERE meeting_id = ? AND motion = ?",
	};
	int rc = 0;
	for (size_t i = 0; !rc && i < 2; i++) {
		sqlite3_stmt *st;
		if ((rc = gv_db_prepare(ws->db, sql[i], &st, err)))
			break;
		sqlite3_bind_int64(st, 1, c->meeting_id);
		sqlite3_bind_int(st, 2, motion);
		rc = gv_db_run(ws->db, st, "cancelling the vote", err);
	}
	return gv_db_end(ws->db, rc, err);
}
