#include "agenda/action.h"

#include "agenda/bylaw.h"
#include "agenda/meeting.h"
#include "base/buf.h"
#include "base/clock.h"
#include "base/err.h"
#include "base/text.h"
#include "store/db.h"
#include "store/workspace.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define STANDING GV_EVENT_STANDING

/* The latest standing vote on the motion res names: its id, result and
 * whether it was in closed session. */
static int find_vote(struct gv_ws *ws, const char *res, int64_t *vote, bool *carried,
		     bool *confidential, struct gv_err *err)
{
	int year, seq, k, used = 0;
	char slug[200];
	sqlite3_stmt *st;
	const char *sql;
	if (sscanf(res, "%d-%d%n", &year, &seq, &used) == 2 && !res[used] && year > 999)
		sql = "SELECT v.id, v.result, v.confidential FROM events v"
		      " WHERE v.id = (SELECT max(w.id) FROM events r JOIN events w"
		      "  ON w.meeting_id = r.meeting_id AND w.motion = r.motion AND w.kind = 'vote'"
		      "  AND " STANDING("w.id")
		      "  WHERE r.resolution_year = ?1 AND r.resolution_seq = ?2 AND r.kind = 'vote'"
		      "  AND " STANDING("r.id") ")";
	else if (sscanf(res, "%199[^:]:%d%n", slug, &k, &used) == 2 && !res[used])
		sql = "SELECT v.id, v.result, v.confidential FROM events v"
		      " WHERE v.id = (SELECT max(w.id) FROM events w JOIN meetings m"
		      "  ON m.id = w.meeting_id WHERE m.slug = ?3 AND w.motion = ?4"
		      "  AND w.kind = 'vote' AND " STANDING("w.id") ")";
	else
		return gv_err_set(err, GV_EREFUSED,
				  "'%s' is not a resolution (2026-12) or a motion (MEETING:K)", res);
	if (gv_db_prepare(ws->db, sql, &st, err))
		return GV_EIO;
	if (used && strchr(res, ':')) {
		sqlite3_bind_text(st, 3, slug, -1, SQLITE_TRANSIENT);
		sqlite3_bind_int(st, 4, k);
	} else {
		sqlite3_bind_int(st, 1, year);
		sqlite3_bind_int(st, 2, seq);
	}
	int rc = 0;
	if (sqlite3_step(st) == SQLITE_ROW) {
		*vote = sqlite3_column_int64(st, 0);
		const char *r = (const char *)sqlite3_column_text(st, 1);
		*carried = r && !strcmp(r, "carried");
		*confidential = sqlite3_column_int(st, 2);
	} else {
		rc = gv_err_set(err, GV_EREFUSED, "no resolution or decided motion %s: an action "
				"follows a carried resolution", res);
	}
	sqlite3_finalize(st);
	if (!rc && !*carried)
		rc = gv_err_set(err, GV_EREFUSED,
				"%s was lost: only a carried resolution directs an action", res);
	return rc;
}

int gv_action_add(struct gv_ws *ws, const char *res, const char *to, const char *due,
		  const char *text, int64_t *id, struct gv_err *err)
{
	int rc;
	if (!gv_date_valid(due))
		return gv_err_set(err, GV_EREFUSED, "--due %s is not a date (YYYY-MM-DD)", due);
	if (!*text || !*to)
		return gv_err_set(err, GV_EREFUSED, "an action needs its text and --to WHO");
	if ((rc = gv_check_line(text, "action", 2000, err)) ||
	    (rc = gv_check_line(to, "--to", 200, err)) || (rc = gv_db_begin(ws->db, err)))
		return rc;
	int64_t vote = 0;
	bool carried = false, confidential = false;
	sqlite3_stmt *st;
	if (!(rc = find_vote(ws, res, &vote, &carried, &confidential, err)) &&
	    !(rc = gv_db_prepare(ws->db, "INSERT INTO actions(vote_id, assignee, due, text,"
					 " confidential, created_at) VALUES (?, ?, ?, ?, ?, ?)",
				 &st, err))) {
		sqlite3_bind_int64(st, 1, vote);
		sqlite3_bind_text(st, 2, to, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 3, due, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 4, text, -1, SQLITE_STATIC);
		sqlite3_bind_int(st, 5, confidential);
		sqlite3_bind_int64(st, 6, gv_now());
		rc = gv_db_run(ws->db, st, "cannot record the action", err);
		*id = sqlite3_last_insert_rowid(ws->db);
	}
	return gv_db_end(ws->db, rc, err);
}

int gv_action_done(struct gv_ws *ws, int64_t id, const char *on, const char *note,
		   struct gv_err *err)
{
	int rc;
	if (note && (rc = gv_check_line(note, "--note", 2000, err)))
		return rc;
	if ((rc = gv_db_begin(ws->db, err)))
		return rc;
	sqlite3_stmt *st;
	if (!(rc = gv_db_prepare(ws->db, "SELECT done_on FROM actions WHERE id = ?", &st, err))) {
		sqlite3_bind_int64(st, 1, id);
		if (sqlite3_step(st) != SQLITE_ROW)
			rc = gv_err_set(err, GV_EREFUSED, "no action %lld (gavel action list)",
					(long long)id);
		else if (sqlite3_column_type(st, 0) != SQLITE_NULL)
			rc = gv_err_set(err, GV_EREFUSED, "action %lld was done on %s", (long long)id,
					(const char *)sqlite3_column_text(st, 0));
		sqlite3_finalize(st);
	}
	if (!rc && !(rc = gv_db_prepare(ws->db, "UPDATE actions SET done_on = ?, note = ?"
						" WHERE id = ?", &st, err))) {
		sqlite3_bind_text(st, 1, on, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, note, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 3, id);
		rc = gv_db_run(ws->db, st, "cannot record the action done", err);
	}
	return gv_db_end(ws->db, rc, err);
}

int gv_action_list(struct gv_ws *ws, bool open, bool public, struct gv_action **out, size_t *n,
		   struct gv_err *err)
{
	*out = NULL;
	*n = 0;
	sqlite3_stmt *st;
	if (gv_db_prepare(ws->db,
			  "SELECT a.id, v.resolution_year, v.resolution_seq, m.slug, m.title, b.name,"
			  " m.starts_at, a.assignee, a.due, a.text, a.done_on, a.note, a.confidential,"
			  " v.motion"
			  " FROM actions a JOIN events v ON v.id = a.vote_id"
			  " JOIN meetings m ON m.id = v.meeting_id JOIN bodies b ON b.id = m.body_id"
			  " WHERE (?1 = 0 OR a.done_on IS NULL) AND (?2 = 0 OR a.confidential = 0)"
			  " ORDER BY a.due, a.id",
			  &st, err))
		return GV_EIO;
	sqlite3_bind_int(st, 1, open);
	sqlite3_bind_int(st, 2, public);
	while (sqlite3_step(st) == SQLITE_ROW) {
		struct gv_action *a = GV_PUSH(*out, *n);
		memset(a, 0, sizeof *a);
		a->id = sqlite3_column_int64(st, 0);
		a->meeting = gv_db_text(st, 3);
		if (sqlite3_column_int(st, 2))
			snprintf(a->res, sizeof a->res, "%d-%d", sqlite3_column_int(st, 1),
				 sqlite3_column_int(st, 2));
		else
			snprintf(a->res, sizeof a->res, "%s:%d", a->meeting,
				 sqlite3_column_int(st, 13));
		a->meeting_name = gv_meeting_name((const char *)sqlite3_column_text(st, 4),
						  (const char *)sqlite3_column_text(st, 5),
						  sqlite3_column_int64(st, 6));
		a->assignee = gv_db_text(st, 7);
		snprintf(a->due, sizeof a->due, "%s", (const char *)sqlite3_column_text(st, 8));
		a->text = gv_db_text(st, 9);
		a->done_on = gv_db_text(st, 10);
		a->note = gv_db_text(st, 11);
		a->confidential = sqlite3_column_int(st, 12);
	}
	sqlite3_finalize(st);
	return 0;
}

void gv_actions_free(struct gv_action *a, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(a[i].meeting);
		free(a[i].meeting_name);
		free(a[i].assignee);
		free(a[i].text);
		free(a[i].done_on);
		free(a[i].note);
	}
	free(a);
}

bool gv_action_overdue(const struct gv_action *a, const char *today)
{
	return !a->done_on && strcmp(a->due, today) < 0;
}
