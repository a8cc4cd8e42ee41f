#include "live/speakers.h"

#include "base/buf.h"
#include "base/clock.h"
#include "base/err.h"
#include "live/state.h"
#include "store/db.h"
#include "store/settings.h"
#include "store/workspace.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

int gv_speakers_load(struct gv_ws *ws, int64_t meeting_id, struct gv_speakers *out,
		     struct gv_err *err)
{
	memset(out, 0, sizeof *out);
	char *minutes = gv_setting_get(ws->db, "procedure.speaking-time");
	out->speaking_time = (minutes ? atoi(minutes) : 5) * 60;
	free(minutes);
	sqlite3_stmt *st;
	if (gv_db_prepare(ws->db, "SELECT member_id, requested_at, coalesce(started_at, 0)"
			  " FROM speakers WHERE meeting_id = ? AND ended_at IS NULL"
			  " AND NOT withdrawn ORDER BY coalesce(place, id), id", &st, err))
		return err->code;
	sqlite3_bind_int64(st, 1, meeting_id);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct gv_speaker s = {sqlite3_column_int64(st, 0), sqlite3_column_int64(st, 1),
				       sqlite3_column_int64(st, 2)};
		if (s.started_at)
			out->current = s;
		else
			*GV_PUSH(out->waiting, out->n_waiting) = s;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		gv_speakers_clear(out);
		return gv_db_fail(ws->db, "reading the speakers' list", err);
	}
	return 0;
}

void gv_speakers_clear(struct gv_speakers *sp)
{
	free(sp->waiting);
	memset(sp, 0, sizeof *sp);
}

static int on_list(struct gv_ws *ws, int64_t meeting_id, int64_t member_id, int *on,
		   int64_t *started, struct gv_err *err)
{
	*on = 0;
	*started = 0;
	sqlite3_stmt *st;
	if (gv_db_prepare(ws->db, "SELECT coalesce(started_at, 0) FROM speakers WHERE"
			  " meeting_id = ? AND member_id = ? AND ended_at IS NULL AND NOT withdrawn",
			  &st, err))
		return err->code;
	sqlite3_bind_int64(st, 1, meeting_id);
	sqlite3_bind_int64(st, 2, member_id);
	int rc = sqlite3_step(st);
	*on = rc == SQLITE_ROW;
	*started = *on ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return gv_db_fail(ws->db, "reading the speakers' list", err);
	return 0;
}

int gv_speakers_add(struct gv_ws *ws, int64_t meeting_id, int64_t member_id, struct gv_err *err)
{
	int on;
	int64_t started;
	if (on_list(ws, meeting_id, member_id, &on, &started, err))
		return err->code;
	if (on)
		return gv_err_set(err, GV_EREFUSED, started ? "already speaking"
						       : "already on the speakers' list");
	sqlite3_stmt *st;
	if (gv_db_prepare(ws->db, "INSERT INTO speakers(meeting_id, member_id, requested_at)"
			  " VALUES (?, ?, ?)", &st, err))
		return err->code;
	sqlite3_bind_int64(st, 1, meeting_id);
	sqlite3_bind_int64(st, 2, member_id);
	sqlite3_bind_int64(st, 3, gv_now());
	return gv_db_run(ws->db, st, "adding to the speakers' list", err);
}

int gv_speakers_remove(struct gv_ws *ws, int64_t meeting_id, int64_t member_id,
		       struct gv_err *err)
{
	int on;
	int64_t started;
	if (on_list(ws, meeting_id, member_id, &on, &started, err))
		return err->code;
	if (!on)
		return gv_err_set(err, GV_EREFUSED, "not on the speakers' list");
	sqlite3_stmt *st;
	if (gv_db_prepare(ws->db, started ? "UPDATE speakers SET ended_at = ?3 WHERE meeting_id = ?1"
					    " AND member_id = ?2 AND ended_at IS NULL"
					  : "UPDATE speakers SET withdrawn = 1 WHERE meeting_id = ?1"
					    " AND member_id = ?2 AND ended_at IS NULL AND NOT withdrawn",
			  &st, err))
		return err->code;
	sqlite3_bind_int64(st, 1, meeting_id);
	sqlite3_bind_int64(st, 2, member_id);
	if (started)
		sqlite3_bind_int64(st, 3, gv_now());
	return gv_db_run(ws->db, st, "removing from the speakers' list", err);
}

int gv_speakers_withdraw(struct gv_ws *ws, int64_t meeting_id, int64_t member_id,
			 struct gv_err *err)
{
	int on;
	int64_t started;
	if (on_list(ws, meeting_id, member_id, &on, &started, err))
		return err->code;
	if (!on || started)
		return gv_err_set(err, GV_EREFUSED, "no request to speak to withdraw");
	return gv_speakers_remove(ws, meeting_id, member_id, err);
}

int gv_speakers_advance(struct gv_ws *ws, int64_t meeting_id, int next, int64_t *member_id,
			struct gv_err *err)
{
	*member_id = 0;
	if (gv_db_begin(ws->db, err))
		return err->code;
	int64_t now = gv_now();
	sqlite3_stmt *st;
	int rc = gv_db_prepare(ws->db, "UPDATE speakers SET ended_at = ? WHERE meeting_id = ?"
			       " AND started_at IS NOT NULL AND ended_at IS NULL", &st, err);
	if (!rc) {
		sqlite3_bind_int64(st, 1, now);
		sqlite3_bind_int64(st, 2, meeting_id);
		rc = gv_db_run(ws->db, st, "ending the speaker's turn", err);
	}
	if (!rc && next)
		rc = gv_db_prepare(ws->db, "SELECT id, member_id FROM speakers WHERE meeting_id = ?"
				   " AND started_at IS NULL AND NOT withdrawn"
				   " ORDER BY coalesce(place, id), id LIMIT 1",
				   &st, err);
	if (!rc && next) {
		sqlite3_bind_int64(st, 1, meeting_id);
		int64_t id = 0;
		int step = sqlite3_step(st);
		if (step == SQLITE_ROW) {
			id = sqlite3_column_int64(st, 0);
			*member_id = sqlite3_column_int64(st, 1);
		}
		sqlite3_finalize(st);
		if (step != SQLITE_ROW && step != SQLITE_DONE)
			rc = gv_db_fail(ws->db, "reading the speakers' list", err);
		if (!rc && id &&
		    !(rc = gv_db_prepare(ws->db, "UPDATE speakers SET started_at = ? WHERE id = ?",
					 &st, err))) {
			sqlite3_bind_int64(st, 1, now);
			sqlite3_bind_int64(st, 2, id);
			rc = gv_db_run(ws->db, st, "calling the next speaker", err);
		}
	}
	return gv_db_end(ws->db, rc, err);
}

int gv_speakers_swap(struct gv_ws *ws, int64_t meeting_id, int64_t member_id, int up,
		      struct gv_err *err)
{
	/* the waiting, in order: member's row and its neighbour's swap places */
	sqlite3_stmt *st;
	if (gv_db_prepare(ws->db, "SELECT id, coalesce(place, id), member_id FROM speakers"
			  " WHERE meeting_id = ? AND started_at IS NULL AND ended_at IS NULL"
			  " AND NOT withdrawn ORDER BY coalesce(place, id), id", &st, err))
		return err->code;
	sqlite3_bind_int64(st, 1, meeting_id);
	int64_t row[2][2] = {{0}}; /* the member's, the neighbour's: id, place */
	int64_t prev[2] = {0, 0};
	bool found = false, after = false;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int64_t id = sqlite3_column_int64(st, 0), place = sqlite3_column_int64(st, 1);
		if (after) {
			row[1][0] = id, row[1][1] = place;
			break;
		}
		if (sqlite3_column_int64(st, 2) == member_id) {
			found = true;
			row[0][0] = id, row[0][1] = place;
			if (up) {
				row[1][0] = prev[0], row[1][1] = prev[1];
				break;
			}
			after = true;
		}
		prev[0] = id, prev[1] = place;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return gv_db_fail(ws->db, "reading the speakers' list", err);
	if (!found)
		return gv_err_set(err, GV_EREFUSED, "not waiting on the speakers' list");
	if (!row[1][0])
		return gv_err_set(err, GV_EREFUSED, up ? "already first on the speakers' list"
						       : "already last on the speakers' list");
	if (gv_db_begin(ws->db, err))
		return err->code;
	rc = 0;
	for (int i = 0; i < 2 && !rc; i++) {
		if ((rc = gv_db_prepare(ws->db, "UPDATE speakers SET place = ? WHERE id = ?", &st,
					err)))
			break;
		sqlite3_bind_int64(st, 1, row[1 - i][1]);
		sqlite3_bind_int64(st, 2, row[i][0]);
		rc = gv_db_run(ws->db, st, "reordering the speakers' list", err);
	}
	return gv_db_end(ws->db, rc, err);
}

int64_t gv_speakers_left(const struct gv_speakers *sp, int64_t now)
{
	return sp->current.started_at + sp->speaking_time - now;
}

int gv_speakers_may_speak(const struct gv_live_ctx *c, const struct gv_live_state *s,
			  int64_t member_id, struct gv_err *err)
{
	const char *who = gv_live_who(c, member_id);
	if (s->phase != PHASE_IN_SESSION && s->phase != PHASE_CLOSED)
		return gv_err_set(err, GV_EREFUSED, "the meeting is not in session (%s): nobody "
				  "has the floor", gv_phase_name(s->phase));
	const struct gv_attendance *a = gv_live_attendance(s, member_id);
	if (!a || a->status != PRES_PRESENT)
		return gv_err_set(err, GV_EREFUSED, "%s is not present and cannot speak", who);
	if (s->current_item && gv_live_declared_on(s, member_id, s->current_item))
		return gv_err_set(err, GV_EREFUSED, "%s declared an interest on item %s and takes "
				  "no part in its discussion", who,
				  gv_live_item_label(c, s->current_item));
	return 0;
}
