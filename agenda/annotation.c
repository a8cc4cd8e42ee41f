#include "agenda/annotation.h"

#include "base/buf.h"
#include "base/clock.h"
#include "base/err.h"
#include "base/text.h"
#include "store/db.h"
#include "store/workspace.h"

#include <stdlib.h>
#include <string.h>

int gv_annotation_set(struct gv_ws *ws, int64_t member_id, int64_t item_id, const char *text,
		      struct gv_err *err)
{
	sqlite3_stmt *st;
	if (!*text) {
		if (gv_db_prepare(ws->db, "DELETE FROM annotations WHERE member_id = ? AND item_id = ?",
				  &st, err))
			return err->code;
	} else {
		if (gv_check_chars(text, false, "annotation", err))
			return err->code;
		if (strlen(text) > GV_ANNOTATION_MAX)
			return gv_err_set(err, GV_EREFUSED, "an annotation holds at most %d bytes",
					  GV_ANNOTATION_MAX);
		if (gv_db_prepare(ws->db, "INSERT INTO annotations(member_id, item_id, text, updated_at)"
				  " VALUES (?1, ?2, ?3, ?4) ON CONFLICT(member_id, item_id)"
				  " DO UPDATE SET text = ?3, updated_at = ?4", &st, err))
			return err->code;
		sqlite3_bind_text(st, 3, text, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 4, gv_now());
	}
	sqlite3_bind_int64(st, 1, member_id);
	sqlite3_bind_int64(st, 2, item_id);
	return gv_db_run(ws->db, st, "saving the annotation", err);
}

int gv_annotation_list(struct gv_ws *ws, int64_t member_id, int64_t meeting_id,
		       struct gv_annotation **out, size_t *n, struct gv_err *err)
{
	*out = NULL;
	*n = 0;
	sqlite3_stmt *st;
	if (gv_db_prepare(ws->db, "SELECT i.meeting_id, a.item_id, a.text, a.updated_at"
			  " FROM annotations a JOIN items i ON i.id = a.item_id"
			  " JOIN meetings m ON m.id = i.meeting_id"
			  " WHERE a.member_id = ?1 AND (?2 = 0 OR i.meeting_id = ?2)"
			  " ORDER BY m.starts_at, m.id, a.item_id", &st, err))
		return err->code;
	sqlite3_bind_int64(st, 1, member_id);
	sqlite3_bind_int64(st, 2, meeting_id);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct gv_annotation *a = GV_PUSH(*out, *n);
		a->meeting_id = sqlite3_column_int64(st, 0);
		a->item_id = sqlite3_column_int64(st, 1);
		a->text = gv_db_text(st, 2);
		a->updated_at = sqlite3_column_int64(st, 3);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		gv_annotations_free(*out, *n);
		*out = NULL;
		*n = 0;
		return gv_db_fail(ws->db, "reading annotations", err);
	}
	return 0;
}

void gv_annotations_free(struct gv_annotation *a, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(a[i].text);
	free(a);
}
