#include "agenda/notice.h"

#include "agenda/approved.h"
#include "agenda/item.h"
#include "agenda/item_role.h"
#include "agenda/meeting.h"
#include "agenda/meeting_ahead.h"
#include "agenda/member.h"
#include "base/buf.h"
#include "base/err.h"
#include "base/text.h"
#include "store/db.h"
#include "store/workspace.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Under "Motions" when the agenda has it, else under "Notices of Motion",
 * else last. */
static void motions_section(const struct gv_agenda *a, enum gv_place *place, char ref[32])
{
	*place = GV_PLACE_END;
	ref[0] = '\0';
	int best = 0;
	for (size_t i = 0; i < a->n; i++) {
		const struct gv_item *it = &a->items[i];
		if (it->depth != 1)
			continue;
		char *f = gv_fold(it->title);
		int score = !strcmp(f, "motions") ? 2 : gv_item_is_notices_section(it->title) ? 1 : 0;
		free(f);
		if (score > best) {
			best = score;
			*place = GV_PLACE_UNDER;
			snprintf(ref, 32, "%s", it->number);
		}
	}
}

/* Put notice id on meeting_id's agenda. */
static int place(struct gv_ws *ws, int64_t id, int64_t meeting_id, char placed[32],
		 struct gv_err *err)
{
	sqlite3_stmt *st;
	if (gv_db_prepare(ws->db,
			  "SELECT n.text, p.name, p.role, p.title, m.title, b.name, m.starts_at"
			  " FROM notices n JOIN meetings m ON m.id = n.meeting_id"
			  " JOIN bodies b ON b.id = m.body_id"
			  " JOIN member_periods p ON p.member_id = n.mover_id"
			  " WHERE n.id = ? ORDER BY p.from_date IS NULL, p.from_date DESC LIMIT 1",
			  &st, err))
		return GV_EIO;
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) != SQLITE_ROW) {
		sqlite3_finalize(st);
		return gv_db_fail(ws->db, "cannot read the notice of motion", err);
	}
	char *text = gv_db_text(st, 0);
	char *mover = gv_person_styled((const char *)sqlite3_column_text(st, 1),
				       (const char *)sqlite3_column_text(st, 2),
				       (const char *)sqlite3_column_text(st, 3), false);
	char *at = gv_meeting_name((const char *)sqlite3_column_text(st, 4),
				   (const char *)sqlite3_column_text(st, 5),
				   sqlite3_column_int64(st, 6));
	sqlite3_finalize(st);
	char *title = gv_asprintf("Motion of %s (notice given at %s)", mover, at);
	char *body = gv_asprintf("Notice of this motion was given at %s.", at);
	struct gv_agenda a;
	enum gv_place where = GV_PLACE_END;
	char ref[32] = "", number[32];
	int rc = gv_agenda_load(ws, meeting_id, &a, err);
	if (!rc) {
		motions_section(&a, &where, ref);
		gv_agenda_free(&a);
	}
	struct gv_item_fields f = {.title = title, .body = body, .recommendation = text,
				   .consent = -1};
	if (!rc)
		rc = gv_item_add(ws, meeting_id, &f, where, ref, number, err);
	int64_t item_id = sqlite3_last_insert_rowid(ws->db);
	if (!rc && !(rc = gv_db_prepare(ws->db, "UPDATE notices SET item_id = ? WHERE id = ?", &st,
					err))) {
		sqlite3_bind_int64(st, 1, item_id);
		sqlite3_bind_int64(st, 2, id);
		rc = gv_db_run(ws->db, st, "cannot place the notice of motion", err);
	}
	if (!rc && placed)
		snprintf(placed, 32, "%s", number);
	free(text);
	free(mover);
	free(at);
	free(title);
	free(body);
	return rc;
}

/* Has meeting_id's agenda a section for motions ("Motions" or "Notices of
 * Motion")? */
static bool takes_motions(struct gv_ws *ws, int64_t meeting_id)
{
	struct gv_agenda a;
	struct gv_err ignored = {0};
	if (gv_agenda_load(ws, meeting_id, &a, &ignored))
		return false;
	enum gv_place where;
	char ref[32];
	motions_section(&a, &where, ref);
	gv_agenda_free(&a);
	return where == GV_PLACE_UNDER;
}

/* The next meeting of the body after `after`, still to be held, whose
 * agenda has a section for motions (*found 0: none): an inaugural or
 * special meeting without one is passed over, and so is a meeting already
 * held (agenda/meeting_ahead.h). */
static int next_meeting(struct gv_ws *ws, int64_t body_id, int64_t after, int64_t *found,
			struct gv_err *err)
{
	int64_t *ids;
	size_t n;
	*found = 0;
	int rc = gv_meetings_ahead(ws, body_id, after, NULL, &ids, &n, err);
	for (size_t i = 0; !rc && i < n && !*found; i++)
		if (takes_motions(ws, ids[i]))
			*found = ids[i];
	free(ids);
	return rc;
}

int gv_notice_record(struct gv_ws *ws, int64_t meeting_id, int64_t mover_id, const char *text,
		     int64_t given_at, int64_t source_item_id, char placed[96],
		     struct gv_err *err)
{
	placed[0] = '\0';
	int rc;
	if (!*text)
		return gv_err_set(err, GV_EREFUSED, "the notice of motion has no text");
	if ((rc = gv_check_line(text, "notice of motion", 8000, err)))
		return rc;
	struct gv_meeting m = {0};
	sqlite3_stmt *st;
	char ref[24];
	snprintf(ref, sizeof ref, "%lld", (long long)meeting_id);
	if (!(rc = gv_meeting_find(ws, ref, &m, err)) &&
	    !(rc = gv_db_prepare(ws->db, "INSERT INTO notices(meeting_id, body_id, mover_id, text,"
					 " given_at, source_item_id) VALUES (?, ?, ?, ?, ?, ?)",
				 &st, err))) {
		sqlite3_bind_int64(st, 1, meeting_id);
		sqlite3_bind_int64(st, 2, m.body_id);
		sqlite3_bind_int64(st, 3, mover_id);
		sqlite3_bind_text(st, 4, text, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 5, given_at);
		if (source_item_id)
			sqlite3_bind_int64(st, 6, source_item_id);
		rc = gv_db_run(ws->db, st, "cannot record the notice of motion", err);
	}
	int64_t id = sqlite3_last_insert_rowid(ws->db);
	int64_t next = 0;
	if (!rc)
		rc = next_meeting(ws, m.body_id, m.starts_at, &next, err);
	if (!rc && next) {
		char number[32];
		struct gv_meeting n = {0};
		snprintf(ref, sizeof ref, "%lld", (long long)next);
		if (!(rc = place(ws, id, next, number, err)) &&
		    !(rc = gv_meeting_find(ws, ref, &n, err)))
			snprintf(placed, 96, "%.58s item %.30s", n.slug, number);
		gv_meeting_clear(&n);
	}
	gv_meeting_clear(&m);
	return rc;
}

int gv_notice_add(struct gv_ws *ws, int64_t meeting_id, int64_t mover_id, const char *text,
		  int64_t given_at, int64_t source_item_id, char placed[96], struct gv_err *err)
{
	placed[0] = '\0';
	int rc = gv_db_begin(ws->db, err);
	if (rc)
		return rc;
	/* given at a meeting whose approved minutes do not say so: refused */
	rc = gv_agenda_locked(ws, meeting_id, err);
	if (!rc)
		rc = gv_notice_record(ws, meeting_id, mover_id, text, given_at, source_item_id, placed,
			      err);
	return gv_db_end(ws->db, rc, err);
}

int gv_notice_item_mover(struct gv_ws *ws, int64_t meeting_id, const char *ref,
			 int64_t mover_id, struct gv_err *err)
{
	struct gv_agenda_edit e;
	int rc = gv_agenda_edit_begin(&e, ws, meeting_id, ref, err);
	sqlite3_stmt *st;
	if (!rc && !(rc = gv_db_prepare(ws->db, "UPDATE items SET mover_id = ? WHERE id = ?", &st,
					err))) {
		sqlite3_bind_int64(st, 1, mover_id);
		sqlite3_bind_int64(st, 2, e.it->id);
		rc = gv_db_run(ws->db, st, "cannot give the item its mover", err);
	}
	return gv_agenda_edit_end(&e, rc, err);
}

int gv_notice_place_waiting(struct gv_ws *ws, int64_t meeting_id, struct gv_err *err)
{
	if (!takes_motions(ws, meeting_id))
		return 0;
	sqlite3_stmt *st;
	if (gv_db_prepare(ws->db,
			  "SELECT n.id FROM notices n JOIN meetings given ON given.id = n.meeting_id"
			  " JOIN meetings m ON m.id = ?"
			  " WHERE n.item_id IS NULL AND n.body_id = m.body_id"
			  " AND given.starts_at < m.starts_at ORDER BY n.id",
			  &st, err))
		return GV_EIO;
	sqlite3_bind_int64(st, 1, meeting_id);
	int64_t *ids = NULL;
	size_t n = 0;
	while (sqlite3_step(st) == SQLITE_ROW)
		*GV_PUSH(ids, n) = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	int rc = 0;
	for (size_t i = 0; !rc && i < n; i++)
		rc = place(ws, ids[i], meeting_id, NULL, err);
	free(ids);
	return rc;
}

int gv_notices_waiting(struct gv_ws *ws, int64_t body_id, struct gv_notice **out, size_t *n,
		       struct gv_err *err)
{
	*out = NULL;
	*n = 0;
	sqlite3_stmt *st;
	if (gv_db_prepare(ws->db,
			  "SELECT n.text, (SELECT name FROM member_periods p WHERE p.member_id ="
			  " n.mover_id ORDER BY p.from_date IS NULL, p.from_date DESC LIMIT 1),"
			  " m.slug, m.title, b.name, m.starts_at FROM notices n"
			  " JOIN meetings m ON m.id = n.meeting_id JOIN bodies b ON b.id = m.body_id"
			  " WHERE n.item_id IS NULL AND n.body_id = ? ORDER BY n.id",
			  &st, err))
		return GV_EIO;
	sqlite3_bind_int64(st, 1, body_id);
	while (sqlite3_step(st) == SQLITE_ROW) {
		struct gv_notice *d = GV_PUSH(*out, *n);
		d->text = gv_db_text(st, 0);
		d->mover = gv_db_text(st, 1);
		d->given_at = gv_db_text(st, 2);
		d->given_at_name = gv_meeting_name((const char *)sqlite3_column_text(st, 3),
						   (const char *)sqlite3_column_text(st, 4),
						   sqlite3_column_int64(st, 5));
	}
	sqlite3_finalize(st);
	return 0;
}

int gv_notices_given(struct gv_ws *ws, int64_t meeting_id, struct gv_notice_given **out,
		     size_t *n, struct gv_err *err)
{
	*out = NULL;
	*n = 0;
	sqlite3_stmt *st;
	if (gv_db_prepare(ws->db,
			  "SELECT mover_id, text, given_at, coalesce(source_item_id, 0) FROM notices"
			  " WHERE meeting_id = ? ORDER BY given_at, id",
			  &st, err))
		return GV_EIO;
	sqlite3_bind_int64(st, 1, meeting_id);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct gv_notice_given *d = GV_PUSH(*out, *n);
		d->mover_id = sqlite3_column_int64(st, 0);
		d->text = gv_db_text(st, 1);
		d->at = sqlite3_column_int64(st, 2);
		d->item_id = sqlite3_column_int64(st, 3);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		gv_notices_given_free(*out, *n);
		*out = NULL;
		*n = 0;
		return gv_db_fail(ws->db, "cannot read the notices of motion", err);
	}
	return 0;
}

void gv_notices_given_make_public(struct gv_notice_given *d, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		char *r = gv_redact(d[i].text);
		free(d[i].text);
		d[i].text = r;
	}
}

void gv_notices_given_free(struct gv_notice_given *d, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(d[i].text);
	free(d);
}

void gv_notices_free(struct gv_notice *d, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(d[i].text);
		free(d[i].mover);
		free(d[i].given_at);
		free(d[i].given_at_name);
	}
	free(d);
}
