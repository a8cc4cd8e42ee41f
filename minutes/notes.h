/* The clerk's narrative in the minutes: one markdown note per agenda item,
 * set before, during or after the meeting, kept in the database. */
#ifndef GAVEL_NOTES_H
#define GAVEL_NOTES_H

#include <sqlite3.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct gv_ws;
struct gv_err;

#define GV_NOTE_MAX (64 * 1024)

struct gv_note {
	int64_t item_id;
	char *body;     /* markdown, never empty */
	bool unsaved;   /* differs from the text of the last save */
};

/* The notes of a meeting's items. Free with gv_notes_free. */
int gv_notes_load(sqlite3 *db, int64_t meeting_id, struct gv_note **out, size_t *n,
		  struct gv_err *err);
void gv_notes_free(struct gv_note *notes, size_t n);
/* The note of item, NULL when none. */
const struct gv_note *gv_note_find(const struct gv_note *notes, size_t n, int64_t item_id);

/* Add or replace the note of item_ref ("7.2" or "#ID") of the meeting; an
 * empty text removes it. Refused when the text is over GV_NOTE_MAX or breaks
 * gv_check_chars, when the item does not exist, or when the minutes are
 * approved.
 * number (32 bytes) gets the item's number. */
int gv_note_set(struct gv_ws *ws, int64_t meeting_id, const char *item_ref, const char *text,
		char number[32], struct gv_err *err);

/* Record that the notes as they are now were saved (inside the caller's
 * transaction). */
int gv_notes_mark_saved(sqlite3 *db, int64_t meeting_id, struct gv_err *err);

#endif
