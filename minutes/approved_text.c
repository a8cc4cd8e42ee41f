/* The minutes as approved (docs/minutes.md, "What approval locks"): at
 * approval the complete and the public minutes are kept as they were made
 * then, and from then on every output of the minutes is that text, never
 * made again: the clerk signed it, and record/'s approved/<slug> tag holds
 * it. gv_minutes_load fills them in; gv_minutes_md and
 * gv_minutes_html_body give them. */
#include "minutes/minutes_parts.h"

#include "base/buf.h"
#include "base/err.h"
#include "store/db.h"

#include <stdlib.h>
#include <string.h>

int gv_minutes_approved_load(sqlite3 *db, struct gv_minutes *m, struct gv_err *err)
{
	if (!m->approval.approved)
		return 0;
	sqlite3_stmt *st;
	if (gv_db_prepare(db,
			  "SELECT public, md, html_head, html_tail FROM approved_minutes"
			  " WHERE meeting_id = ?",
			  &st, err))
		return GV_EIO;
	sqlite3_bind_int64(st, 1, m->meeting.id);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct gv_minutes_approved *a = &m->approved[sqlite3_column_int(st, 0) != 0];
		gv_minutes_approved_free(a);
		a->md = gv_db_text(st, 1);
		a->html_head = gv_db_text(st, 2);
		a->html_tail = gv_db_text(st, 3);
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : gv_db_fail(db, "cannot read the approved minutes", err);
}

void gv_minutes_approved_free(struct gv_minutes_approved *a)
{
	free(a->md);
	free(a->html_head);
	free(a->html_tail);
	memset(a, 0, sizeof *a);
}

const struct gv_minutes_approved *gv_minutes_approved_text(const struct gv_minutes *m)
{
	const struct gv_minutes_approved *a = &m->approved[m->public];
	return a->md ? a : NULL;
}

int gv_minutes_approved_keep(sqlite3 *db, const struct gv_minutes *m, struct gv_err *err)
{
	struct gv_buf md = GV_BUF_INIT;
	struct gv_page_ctx p = {m, m->public, NULL};
	mp_minutes(&md, &p);
	char *head = NULL, *tail = NULL;
	sqlite3_stmt *st = NULL;
	int rc = mp_html_parts(m, &head, &tail, err);
	if (!rc && !(rc = gv_db_prepare(db,
					"INSERT OR REPLACE INTO approved_minutes"
					" (meeting_id, public, md, html_head, html_tail)"
					" VALUES (?, ?, ?, ?, ?)",
					&st, err))) {
		sqlite3_bind_int64(st, 1, m->meeting.id);
		sqlite3_bind_int(st, 2, m->public);
		sqlite3_bind_text(st, 3, gv_buf_str(&md), (int)md.len, SQLITE_STATIC);
		sqlite3_bind_text(st, 4, head, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 5, tail, -1, SQLITE_STATIC);
		rc = gv_db_run(db, st, "cannot keep the approved minutes", err);
	}
	free(head);
	free(tail);
	gv_buf_free(&md);
	return rc;
}
