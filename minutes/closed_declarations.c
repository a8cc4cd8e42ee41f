/* The declarations of interest made in closed session since the body's
 * last open meeting, which these minutes record (MCIA s.6(2); docs/minutes.md,
 * "Declarations made in closed session"): read off the public registry
 * (live/registry.h), so the minutes and declarations.html say the same. */
#include "minutes/minutes.h"

#include "base/buf.h"
#include "base/err.h"
#include "live/registry.h"
#include "store/db.h"
#include "store/workspace.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The meetings of the body before m, latest first, until the first that
 * was held: the closed sessions whose declarations m records. */
int gv_minutes_load_closed_declarations(struct gv_ws *ws, struct gv_minutes *m,
					struct gv_err *err)
{
	if (!m->log.state.started_at || m->log.state.no_quorum)
		return 0;
	sqlite3_stmt *st;
	if (gv_db_prepare(ws->db,
			  "SELECT id,"
			  " EXISTS (SELECT 1 FROM events WHERE meeting_id = m.id AND kind = 'declare'),"
			  " EXISTS (SELECT 1 FROM events WHERE meeting_id = m.id AND kind = 'start')"
			  " FROM meetings m WHERE body_id = ?1 AND starts_at < ?2"
			  " ORDER BY starts_at DESC",
			  &st, err))
		return GV_EIO;
	sqlite3_bind_int64(st, 1, m->meeting.body_id);
	sqlite3_bind_int64(st, 2, m->meeting.starts_at);
	int rc = 0;
	bool held = false;
	while (!rc && !held && sqlite3_step(st) == SQLITE_ROW) {
		/* most meetings declare nothing: their log need not be read */
		if (!sqlite3_column_int(st, 1)) {
			held = sqlite3_column_int(st, 2);
			continue;
		}
		char id[24];
		snprintf(id, sizeof id, "%lld", (long long)sqlite3_column_int64(st, 0));
		struct gv_meeting before;
		struct gv_declared_meeting dm;
		if ((rc = gv_meeting_find(ws, id, &before, err)))
			break;
		if (!(rc = gv_declared_load(ws, &before, true, &dm, err))) {
			held = dm.held;
			for (size_t i = 0; i < dm.n; i++) {
				if (!dm.d[i].closed_session)
					continue;
				struct gv_closed_declaration *c =
					GV_PUSH(m->closed_declarations, m->n_closed_declarations);
				c->member = dm.d[i].member;
				c->nature = dm.d[i].nature;
				c->meeting = gv_meeting_name(before.title, before.body_name, before.starts_at);
				dm.d[i].member = dm.d[i].nature = NULL;
			}
			gv_declared_meeting_clear(&dm);
		}
		gv_meeting_clear(&before);
	}
	sqlite3_finalize(st);
	return rc;
}

void gv_minutes_clear_closed_declarations(struct gv_minutes *m)
{
	for (size_t i = 0; i < m->n_closed_declarations; i++) {
		free(m->closed_declarations[i].member);
		free(m->closed_declarations[i].nature);
		free(m->closed_declarations[i].meeting);
	}
	free(m->closed_declarations);
	m->closed_declarations = NULL;
	m->n_closed_declarations = 0;
}
