/* The declarations of interest made in closed session since the body's
 * last open meeting, which these minutes record without their general
 * nature (MCIA s.6(2); docs/minutes.md, "Declarations made in closed
 * session"), dated as the public registry dates them (live/registry.h). */
#include "minutes/minutes.h"

#include "base/buf.h"
#include "base/err.h"
#include "agenda/agenda_public.h"
#include "live/registry.h"
#include "store/db.h"
#include "store/workspace.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The public registry dates a declaration made in closed session by the
 * next meeting of the body, among those on the site (their agenda
 * published), that was called to order (live/registry.h). So m records
 * those of the site's meetings of its body before it, latest first, down
 * to the first that was held, when m itself is on the site and was held.
 * Only meetings that declared something have their log read; whether the
 * others were held is read off their events, a call to order not undone. */
int gv_minutes_load_closed_declarations(struct gv_ws *ws, struct gv_minutes *m,
					struct gv_err *err)
{
	if (!m->log.state.started_at || !m->meeting.agenda_published_at)
		return 0;
	sqlite3_stmt *st;
	if (gv_db_prepare(ws->db,
			  "SELECT id,"
			  " EXISTS (SELECT 1 FROM events WHERE meeting_id = m.id AND kind = 'declare'),"
			  " EXISTS (SELECT 1 FROM events e WHERE e.meeting_id = m.id AND e.kind = 'start'"
			  "  AND e.id NOT IN (SELECT voids FROM events WHERE voids IS NOT NULL AND id NOT IN"
			  "   (SELECT voids FROM events WHERE kind = 'undo' AND voids IS NOT NULL)))"
			  " FROM meetings m WHERE body_id = ?1 AND starts_at < ?2"
			  " AND agenda_published_at IS NOT NULL ORDER BY starts_at DESC",
			  &st, err))
		return GV_EIO;
	sqlite3_bind_int64(st, 1, m->meeting.body_id);
	sqlite3_bind_int64(st, 2, m->meeting.starts_at);
	int rc = 0;
	bool held = false;
	while (!rc && !held && sqlite3_step(st) == SQLITE_ROW) {
		held = sqlite3_column_int(st, 2);
		if (!sqlite3_column_int(st, 1))
			continue;
		char id[24];
		snprintf(id, sizeof id, "%lld", (long long)sqlite3_column_int64(st, 0));
		struct gv_meeting before;
		struct gv_declared_meeting dm;
		if ((rc = gv_meeting_find(ws, id, &before, err)))
			break;
		gv_meeting_make_public(&before); /* its title is named */
		if (!(rc = gv_declared_load(ws, &before, true, &dm, err))) {
			held = dm.held;
			for (size_t i = 0; i < dm.n; i++) {
				if (!dm.d[i].closed_session)
					continue;
				struct gv_closed_declaration *c =
					GV_PUSH(m->closed_declarations, m->n_closed_declarations);
				c->member = dm.d[i].member;
				c->meeting = gv_meeting_name(before.title, before.body_name,
							     before.starts_at);
				dm.d[i].member = NULL;
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
		free(m->closed_declarations[i].meeting);
	}
	free(m->closed_declarations);
	m->closed_declarations = NULL;
	m->n_closed_declarations = 0;
}
