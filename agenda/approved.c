#include "agenda/approved.h"

#include "agenda/meeting.h"
#include "base/buf.h"
#include "base/err.h"
#include "store/db.h"
#include "store/workspace.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int gv_approval_load(sqlite3 *db, int64_t meeting_id, struct gv_approval *a,
		     struct gv_err *err)
{
	memset(a, 0, sizeof *a);
	sqlite3_stmt *st;
	/* at_name and resolution as they were said at approval (migration
	 * 17); an approval recorded before says them as they are now */
	if (gv_db_prepare(db,
			  "SELECT m.slug, a.motion, a.approved_at,"
			  " coalesce(a.resolution,"
			  " (SELECT e.resolution_year || '-' || e.resolution_seq FROM events e"
			  "  WHERE e.meeting_id = a.at_meeting_id AND e.kind = 'vote'"
			  "  AND e.motion = a.motion AND e.resolution_seq IS NOT NULL"
			  "  AND e.id NOT IN (SELECT voids FROM events WHERE voids IS NOT NULL))),"
			  " m.title, b.name, m.starts_at, a.at_name"
			  " FROM minutes_approvals a"
			  " LEFT JOIN meetings m ON m.id = a.at_meeting_id"
			  " LEFT JOIN bodies b ON b.id = m.body_id WHERE a.meeting_id = ?",
			  &st, err))
		return GV_EIO;
	sqlite3_bind_int64(st, 1, meeting_id);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		a->approved = true;
		a->at_slug = gv_db_text(st, 0);
		a->motion = sqlite3_column_int(st, 1);
		a->approved_at = sqlite3_column_int64(st, 2);
		if (sqlite3_column_text(st, 3))
			snprintf(a->resolution, sizeof a->resolution, "%s",
				 (const char *)sqlite3_column_text(st, 3));
		if (a->at_slug)
			a->at_name = sqlite3_column_text(st, 7)
					     ? gv_db_text(st, 7)
					     : gv_meeting_name(
						       (const char *)sqlite3_column_text(st, 4),
						       (const char *)sqlite3_column_text(st, 5),
						       sqlite3_column_int64(st, 6));
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return gv_db_fail(db, "cannot read the approval of the minutes", err);
	return 0;
}

void gv_approval_clear(struct gv_approval *a)
{
	free(a->at_slug);
	free(a->at_name);
	memset(a, 0, sizeof *a);
}

char *gv_meeting_slug_of(sqlite3 *db, int64_t meeting_id)
{
	sqlite3_stmt *st;
	char *slug = NULL;
	if (sqlite3_prepare_v2(db, "SELECT slug FROM meetings WHERE id = ?", -1, &st, NULL))
		return gv_strdup("?");
	sqlite3_bind_int64(st, 1, meeting_id);
	if (sqlite3_step(st) == SQLITE_ROW)
		slug = gv_db_text(st, 0);
	sqlite3_finalize(st);
	return slug ? slug : gv_strdup("?");
}

char *gv_approval_said(const struct gv_approval *a)
{
	if (!a->at_slug)
		return gv_strdup("(forced by the clerk)");
	if (*a->resolution)
		return gv_asprintf("at %s (resolution %s)", a->at_slug, a->resolution);
	return gv_asprintf("at %s (motion %d)", a->at_slug, a->motion);
}

int gv_agenda_locked(struct gv_ws *ws, int64_t meeting_id, struct gv_err *err)
{
	struct gv_approval a;
	int rc = gv_approval_load(ws->db, meeting_id, &a, err);
	if (rc || !a.approved) {
		gv_approval_clear(&a);
		return rc;
	}
	char *slug = gv_meeting_slug_of(ws->db, meeting_id);
	char *said = gv_approval_said(&a);
	rc = gv_err_set(err, GV_EREFUSED,
			"the minutes of %s were approved %s: its agenda is part of the record",
			slug, said);
	free(said);
	free(slug);
	gv_approval_clear(&a);
	return rc;
}
