#include "minutes/notes.h"

#include "agenda/item.h"
#include "base/buf.h"
#include "base/clock.h"
#include "base/err.h"
#include "base/text.h"
#include "minutes/approval.h"
#include "store/db.h"
#include "store/workspace.h"

#include <stdlib.h>
#include <string.h>

int gv_notes_load(sqlite3 *db, int64_t meeting_id, struct gv_note **out, size_t *n,
		  struct gv_err *err)
{
	*out = NULL;
	*n = 0;
	sqlite3_stmt *st;
	if (gv_db_prepare(db,
			  "SELECT n.item_id, n.body, n.saved_body IS NOT n.body FROM minutes_notes n"
			  " JOIN items i ON i.id = n.item_id WHERE i.meeting_id = ?"
			  " ORDER BY n.item_id",
			  &st, err))
		return GV_EIO;
	sqlite3_bind_int64(st, 1, meeting_id);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		*GV_PUSH(*out, *n) = (struct gv_note){sqlite3_column_int64(st, 0), gv_db_text(st, 1),
						  sqlite3_column_int(st, 2) != 0};
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		gv_notes_free(*out, *n);
		*out = NULL;
		*n = 0;
		return gv_db_fail(db, "cannot read the minutes notes", err);
	}
	return 0;
}

void gv_notes_free(struct gv_note *notes, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(notes[i].body);
	free(notes);
}

const struct gv_note *gv_note_find(const struct gv_note *notes, size_t n, int64_t item_id)
{
	for (size_t i = 0; i < n; i++)
		if (notes[i].item_id == item_id)
			return &notes[i];
	return NULL;
}

static int check_text(const char *text, struct gv_err *err)
{
	size_t len = strlen(text);
	if (len > GV_NOTE_MAX)
		return gv_err_set(err, GV_EREFUSED, "the note is %zu bytes; at most %d are allowed",
				  len, GV_NOTE_MAX);
	return gv_check_chars(text, false, "note", err);
}

static int write_note(sqlite3 *db, int64_t item_id, const char *body, struct gv_err *err)
{
	sqlite3_stmt *st;
	const char *sql = *body ? "INSERT INTO minutes_notes (item_id, body, updated_at)"
				  " VALUES (?1, ?2, ?3)"
				  " ON CONFLICT (item_id) DO UPDATE SET body = ?2, updated_at = ?3"
				: "DELETE FROM minutes_notes WHERE item_id = ?1";
	if (gv_db_prepare(db, sql, &st, err))
		return GV_EIO;
	sqlite3_bind_int64(st, 1, item_id);
	if (*body) {
		sqlite3_bind_text(st, 2, body, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 3, gv_now());
	}
	return gv_db_run(db, st, "cannot store the note", err);
}

int gv_note_set(struct gv_ws *ws, int64_t meeting_id, const char *item_ref, const char *text,
		char number[32], struct gv_err *err)
{
	int rc = check_text(text, err);
	if (rc)
		return rc;
	struct gv_agenda a;
	if ((rc = gv_agenda_load(ws, meeting_id, &a, err)))
		return rc;
	const struct gv_item *it;
	char *body = gv_trim_block(text);
	rc = gv_agenda_find(&a, item_ref, &it, err);
	if (rc)
		goto out;
	memcpy(number, it->number, 32);
	if ((rc = gv_db_begin(ws->db, err)))
		goto out;
	if ((rc = gv_minutes_locked(ws, meeting_id, err)) ||
	    (rc = write_note(ws->db, it->id, body, err)) || (rc = gv_db_commit(ws->db, err)))
		gv_db_rollback(ws->db);
out:
	free(body);
	gv_agenda_free(&a);
	return rc;
}

int gv_notes_mark_saved(sqlite3 *db, int64_t meeting_id, struct gv_err *err)
{
	sqlite3_stmt *st;
	if (gv_db_prepare(db,
			  "UPDATE minutes_notes SET saved_body = body WHERE item_id IN"
			  " (SELECT id FROM items WHERE meeting_id = ?)",
			  &st, err))
		return GV_EIO;
	sqlite3_bind_int64(st, 1, meeting_id);
	return gv_db_run(db, st, "cannot mark the notes saved", err);
}
