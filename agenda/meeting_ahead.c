#include "agenda/meeting_ahead.h"

#include "base/buf.h"
#include "base/clock.h"
#include "base/err.h"
#include "store/db.h"
#include "store/workspace.h"

#include <stdlib.h>
#include <string.h>

/* Meeting m (an SQL expression) was held: a call to order or an
 * adjournment of it stands, no event voiding it that is not itself undone. */
#define HELD(m)                                                                           \
	"EXISTS (SELECT 1 FROM events e WHERE e.meeting_id = " m                            \
	" AND e.kind IN ('start', 'adjourn')"                                               \
	" AND e.id NOT IN (SELECT voids FROM events WHERE meeting_id = " m                  \
	"  AND voids IS NOT NULL AND id NOT IN (SELECT voids FROM events"                   \
	"   WHERE meeting_id = " m " AND kind = 'undo' AND voids IS NOT NULL)))"

static const char held_sql[] = "SELECT " HELD("?1");

int gv_meeting_held(struct gv_ws *ws, int64_t meeting_id, bool *held, struct gv_err *err)
{
	*held = false;
	sqlite3_stmt *st;
	int rc = gv_db_prepare(ws->db, held_sql, &st, err);
	if (rc)
		return rc;
	sqlite3_bind_int64(st, 1, meeting_id);
	if (sqlite3_step(st) == SQLITE_ROW)
		*held = sqlite3_column_int(st, 0);
	else
		rc = gv_db_fail(ws->db, "cannot read whether the meeting was held", err);
	sqlite3_finalize(st);
	return rc;
}

int gv_meetings_ahead(struct gv_ws *ws, int64_t body_id, int64_t after, const char *date,
		      int64_t **ids, size_t *n, struct gv_err *err)
{
	*ids = NULL;
	*n = 0;
	sqlite3_stmt *st;
	int rc = gv_db_prepare(ws->db,
			       "SELECT id, starts_at FROM meetings m WHERE body_id = ?1 AND starts_at > ?2"
			       " AND NOT cancelled AND NOT " HELD("m.id") " ORDER BY starts_at, id",
			       &st, err);
	if (rc)
		return rc;
	sqlite3_bind_int64(st, 1, body_id);
	sqlite3_bind_int64(st, 2, after);
	int step;
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		char d[16];
		gv_time_format(sqlite3_column_int64(st, 1), "%Y-%m-%d", d, sizeof d);
		if (!date || strcmp(d, date) >= 0)
			*GV_PUSH(*ids, *n) = sqlite3_column_int64(st, 0);
	}
	if (step != SQLITE_DONE) {
		rc = gv_db_fail(ws->db, "cannot read the meetings ahead", err);
		free(*ids);
		*ids = NULL;
		*n = 0;
	}
	sqlite3_finalize(st);
	return rc;
}
