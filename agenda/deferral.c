#include "agenda/deferral.h"

#include "agenda/agenda_public.h"
#include "agenda/item.h"
#include "agenda/item_role.h"
#include "agenda/meeting.h"
#include "agenda/meeting_ahead.h"
#include "base/buf.h"
#include "base/err.h"
#include "base/text.h"
#include "store/db.h"
#include "store/workspace.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Prepare sql with its ?1 bound to id. */
static int prepare_id(struct gv_ws *ws, const char *sql, int64_t id, sqlite3_stmt **st,
		      struct gv_err *err)
{
	int rc = gv_db_prepare(ws->db, sql, st, err);
	if (!rc)
		sqlite3_bind_int64(*st, 1, id);
	return rc;
}

/* Run sql with its ?1 bound to id. */
static int run_id(struct gv_ws *ws, const char *sql, int64_t id, const char *doing,
		  struct gv_err *err)
{
	sqlite3_stmt *st;
	int rc = prepare_id(ws, sql, id, &st, err);
	return rc ? rc : gv_db_run(ws->db, st, doing, err);
}

/* The top-level section of the item numbered number on a's agenda (the
 * item itself when it is one), NULL when there is none. */
static const struct gv_item *section_of(const struct gv_agenda *a, const char *number)
{
	const struct gv_item *it = NULL;
	for (size_t i = 0; i < a->n && number && !it; i++)
		if (!strcmp(a->items[i].number, number))
			it = &a->items[i];
	while (it && it->depth > 1) {
		const struct gv_item *up = NULL;
		for (size_t i = 0; i < a->n && !up; i++)
			if (a->items[i].id == it->parent_id)
				up = &a->items[i];
		it = up;
	}
	return it;
}

/* Whether two top-level headings are the same section: the same title
 * (accents and case aside), or the same role (agenda/item_role.h). */
static bool same_section(const char *title, const char *other)
{
	char *f = gv_fold(title), *g = gv_fold(other);
	bool same = !strcmp(f, g);
	free(f);
	free(g);
	enum gv_item_role r = gv_item_role_of(title);
	return same || (r != ITEM_PLAIN && r == gv_item_role_of(other));
}

/* Where deferred business goes on an agenda (gavel's choice, where
 * Ontario agendas list business carried over, and closed business stays
 * in the closed part): open business under "Unfinished Business" when the
 * agenda has that heading, else under the section it had (section: its
 * title, NULL for an item of its own or a motion without one); closed
 * business under the section it had, else under "Closed Session"; else as
 * an item of its own before the closed session, the confirmatory by-law
 * and the adjournment; else last. */
static void place_on(const struct gv_agenda *a, const char *section, bool closed,
		     enum gv_place *place, char ref[32])
{
	*place = GV_PLACE_END;
	ref[0] = '\0';
	const struct gv_item *same = NULL, *closed_sec = NULL, *unfinished = NULL;
	const struct gv_item *before = NULL, *prev = NULL;
	for (size_t i = 0; i < a->n; i++) {
		const struct gv_item *it = &a->items[i];
		if (it->depth != 1)
			continue;
		if (section && !same && same_section(section, it->title))
			same = it;
		char *f = gv_fold(it->title);
		if (!closed_sec && !strcmp(f, "closed session"))
			closed_sec = it;
		if (!unfinished && !strcmp(f, "unfinished business"))
			unfinished = it;
		bool late = !strcmp(f, "closed session") || !strcmp(f, "confirmatory by-law") ||
			    gv_item_role_of(it->title) == ITEM_ADJOURNMENT;
		free(f);
		if (late && !before) {
			before = it;
			if (prev) {
				*place = GV_PLACE_AFTER;
				snprintf(ref, 32, "%s", prev->number);
			} else {
				*place = GV_PLACE_FIRST;
			}
		}
		if (!before)
			prev = it;
	}
	const struct gv_item *to = closed ? (same ? same : closed_sec)
					  : (unfinished ? unfinished : same);
	if (to) {
		*place = GV_PLACE_UNDER;
		snprintf(ref, 32, "%s", to->number);
	}
}

/* Put deferral id on meeting_id's agenda. */
static int place(struct gv_ws *ws, int64_t id, int64_t meeting_id, struct gv_err *err)
{
	sqlite3_stmt *st;
	int rc = prepare_id(ws,
			    "SELECT d.title, d.closed_clause, d.public_title, m.slug, d.from_item,"
			    " d.from_meeting_id, d.body, d.recommendation, d.from_item_id"
			    " FROM deferrals d JOIN meetings m ON m.id = d.from_meeting_id"
			    " WHERE d.id = ?1",
			    id, &st, err);
	if (rc)
		return rc;
	if (sqlite3_step(st) != SQLITE_ROW) {
		rc = gv_db_fail(ws->db, "cannot read the deferred business", err);
		sqlite3_finalize(st);
		return rc;
	}
	char *title = gv_db_text(st, 0), *clause = gv_db_text(st, 1);
	char *public_title = gv_db_text(st, 2), *from = gv_db_text(st, 3);
	char *from_item = gv_db_text(st, 4);
	int64_t from_id = sqlite3_column_int64(st, 5);
	char *body = gv_db_text(st, 6), *recommendation = gv_db_text(st, 7);
	int64_t source = sqlite3_column_int64(st, 8);
	sqlite3_finalize(st);
	/* the section the item had where it was deferred from: only one
	 * under a section has one */
	struct gv_agenda a, had;
	char *section = NULL;
	if (!(rc = gv_agenda_load(ws, from_id, &had, err))) {
		const struct gv_item *sec = section_of(&had, from_item);
		if (sec && from_item && strcmp(sec->number, from_item))
			section = gv_strdup(sec->title);
		gv_agenda_free(&had);
	}
	enum gv_place where = GV_PLACE_END;
	char ref[32] = "", number[32];
	if (!rc && !(rc = gv_agenda_load(ws, meeting_id, &a, err))) {
		place_on(&a, section, clause != NULL, &where, ref);
		gv_agenda_free(&a);
	}
	free(section);
	struct gv_item_fields f = {.title = title, .body = body,
				   .recommendation = recommendation, .consent = -1,
				   .closed = clause, .public_title = public_title};
	if (!rc)
		rc = gv_item_add(ws, meeting_id, &f, where, ref, number, err);
	int64_t item_id = sqlite3_last_insert_rowid(ws->db);
	/* the item's attachments go with it: the files are shared */
	if (!rc && source && !(rc = gv_db_prepare(ws->db,
						  "INSERT INTO attachments(item_id, name, sha256,"
						  " media_type, size) SELECT ?1, name, sha256,"
						  " media_type, size FROM attachments"
						  " WHERE item_id = ?2 ORDER BY id",
						  &st, err))) {
		sqlite3_bind_int64(st, 1, item_id);
		sqlite3_bind_int64(st, 2, source);
		rc = gv_db_run(ws->db, st, "cannot attach the deferred item's documents", err);
	}
	if (!rc && !(rc = gv_db_prepare(ws->db,
					"UPDATE items SET deferred_from = ?1, deferred_item = ?2"
					" WHERE id = ?3",
					&st, err))) {
		sqlite3_bind_text(st, 1, from, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, from_item, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 3, item_id);
		rc = gv_db_run(ws->db, st, "cannot mark the deferred item", err);
	}
	if (!rc && !(rc = gv_db_prepare(ws->db, "UPDATE deferrals SET item_id = ?1 WHERE id = ?2",
					&st, err))) {
		sqlite3_bind_int64(st, 1, item_id);
		sqlite3_bind_int64(st, 2, id);
		rc = gv_db_run(ws->db, st, "cannot place the deferred business", err);
	}
	free(title);
	free(clause);
	free(public_title);
	free(from);
	free(from_item);
	free(body);
	free(recommendation);
	return rc;
}

/* The first meeting of body_id on or after date, after after_at and still
 * to be held: *found, 0 when there is none yet. */
static int first_on_or_after(struct gv_ws *ws, int64_t body_id, const char *date,
			     int64_t after_at, int64_t *found, struct gv_err *err)
{
	int64_t *ids;
	size_t n;
	int rc = gv_meetings_ahead(ws, body_id, after_at, date, &ids, &n, err);
	*found = !rc && n ? ids[0] : 0;
	free(ids);
	return rc;
}

/* Refused when the meeting a deferral names was held or cancelled since
 * the deferral was moved: business is deferred to a meeting that will be
 * held (docs/procedure.md, "Dispositions"). */
static int still_to_hold(struct gv_ws *ws, int64_t meeting_id, struct gv_err *err)
{
	struct gv_meeting m;
	char ref[24];
	bool held = false;
	snprintf(ref, sizeof ref, "%lld", (long long)meeting_id);
	int rc = gv_meeting_find(ws, ref, &m, err);
	if (rc)
		return rc;
	if (!m.cancelled)
		rc = gv_meeting_held(ws, meeting_id, &held, err);
	if (!rc && (m.cancelled || held))
		rc = gv_err_set(err, GV_EREFUSED, "meeting %s was %s since the deferral was moved: "
				"business is deferred to a meeting that will be held (withdraw the "
				"deferral and defer to another)", m.slug,
				m.cancelled ? "cancelled" : "held");
	gv_meeting_clear(&m);
	return rc;
}

int gv_deferral_add(struct gv_ws *ws, const struct gv_deferral_spec *d, struct gv_err *err)
{
	struct gv_meeting from;
	char ref[24];
	snprintf(ref, sizeof ref, "%lld", (long long)d->from_meeting_id);
	int rc = gv_meeting_find(ws, ref, &from, err);
	if (rc)
		return rc;
	struct gv_agenda a = {0};
	const struct gv_item *it = NULL;
	if (!(rc = gv_agenda_load(ws, d->from_meeting_id, &a, err)))
		for (size_t i = 0; i < a.n && d->item_id; i++)
			if (a.items[i].id == d->item_id)
				it = &a.items[i];
	/* closed business stays closed where it goes: a private item (under
	 * however many levels), or a motion moved in closed session, which
	 * takes the clause of its session; the public reads the public title,
	 * never a motion's wording (docs/safety.md, "Closed items") */
	const char *clause = it ? gv_item_private_clause(&a, it) : NULL;
	if (!clause)
		clause = d->closed_clause;
	struct gv_item closed = {.closed_clause = (char *)clause,
				 .public_title = it && clause ? it->public_title : NULL};
	char *public_title = clause ? gv_item_public_title(&a, &closed) : NULL;
	/* without an item, the meeting it came from: a motion's wording is no
	 * title (docs/procedure.md, "Dispositions") */
	char *name = gv_meeting_name(from.title, from.body_name, from.starts_at);
	char *title = it ? gv_strdup(it->title) : gv_asprintf("Deferred business from %s", name);
	free(name);
	sqlite3_stmt *st = NULL;
	if (!rc)
		rc = gv_db_prepare(ws->db,
				   "INSERT INTO deferrals(event_id, from_meeting_id, from_item, title,"
				   " closed_clause, public_title, body_id, until_date, until_meeting_id,"
				   " body, recommendation, from_item_id)"
				   " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, NULLIF(?9, 0), ?10, ?11,"
				   " NULLIF(?12, 0))",
				   &st, err);
	if (!rc) {
		sqlite3_bind_int64(st, 1, d->event_id);
		sqlite3_bind_int64(st, 2, d->from_meeting_id);
		if (it)
			sqlite3_bind_text(st, 3, it->number, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 4, title, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 5, clause, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 6, public_title, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 7, from.body_id);
		sqlite3_bind_text(st, 8, d->until_date, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 9, d->until_meeting_id);
		/* what the council is to decide: the report as it stood and the
		 * motion as amended when it was deferred, else the item's own
		 * recommendation (docs/procedure.md, "Dispositions") */
		sqlite3_bind_text(st, 10, it ? it->body : NULL, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 11, d->wording && *d->wording ? d->wording
				  : it ? it->recommendation : NULL, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 12, it ? it->id : 0);
		rc = gv_db_run(ws->db, st, "cannot record the deferred business", err);
	}
	free(title);
	free(public_title);
	int64_t id = sqlite3_last_insert_rowid(ws->db);
	int64_t to = d->until_meeting_id;
	if (!rc && to)
		rc = still_to_hold(ws, to, err);
	if (!rc && !to && d->until_date)
		rc = first_on_or_after(ws, from.body_id, d->until_date, from.starts_at, &to, err);
	if (!rc && to)
		rc = place(ws, id, to, err);
	gv_agenda_free(&a);
	gv_meeting_clear(&from);
	return rc;
}

int gv_deferral_undo(struct gv_ws *ws, int64_t event_id, struct gv_err *err)
{
	/* once the meeting it went to has taken the item up, its log names
	 * it: the deferral stands (docs/procedure.md, "Dispositions") */
	sqlite3_stmt *st;
	int rc = prepare_id(ws,
			    "SELECT m.slug FROM deferrals d JOIN items i ON i.id = d.item_id"
			    " JOIN meetings m ON m.id = i.meeting_id WHERE d.event_id = ?1"
			    " AND EXISTS (SELECT 1 FROM events e WHERE e.item_id = d.item_id)",
			    event_id, &st, err);
	if (rc)
		return rc;
	int step = sqlite3_step(st);
	char *taken = step == SQLITE_ROW ? gv_db_text(st, 0) : NULL;
	if (step != SQLITE_ROW && step != SQLITE_DONE)
		rc = gv_db_fail(ws->db, "cannot read the deferred business", err);
	sqlite3_finalize(st);
	if (taken) {
		rc = gv_err_set(err, GV_EREFUSED, "the deferred business was already taken up at "
				"%s: the deferral stands", taken);
		free(taken);
	}
	if (rc)
		return rc;
	if (!(rc = run_id(ws, "DELETE FROM items WHERE id IN (SELECT item_id FROM deferrals"
			      " WHERE event_id = ?1)", event_id, "cannot remove the deferred item",
			  err)))
		rc = run_id(ws, "DELETE FROM deferrals WHERE event_id = ?1", event_id,
			    "cannot remove the deferred business", err);
	return rc;
}

/* Which of the votes recorded a deferral (*found 0: none). */
static int recorded_by(struct gv_ws *ws, const int64_t *votes, size_t n, int64_t *found,
		       struct gv_err *err)
{
	*found = 0;
	int rc = 0;
	for (size_t i = 0; i < n && !*found && !rc; i++) {
		sqlite3_stmt *st;
		if ((rc = prepare_id(ws, "SELECT 1 FROM deferrals WHERE event_id = ?1", votes[i],
				     &st, err)))
			return rc;
		int step = sqlite3_step(st);
		if (step == SQLITE_ROW)
			*found = votes[i];
		else if (step != SQLITE_DONE)
			rc = gv_db_fail(ws->db, "cannot read the deferred business", err);
		sqlite3_finalize(st);
	}
	return rc;
}

int gv_deferral_sync(struct gv_ws *ws, const struct gv_deferral_spec *d, const int64_t *votes,
		     size_t n_votes, struct gv_err *err)
{
	int64_t had;
	int rc = recorded_by(ws, votes, n_votes, &had, err);
	if (rc)
		return rc;
	if (!d->event_id)
		return had ? gv_deferral_undo(ws, had, err) : 0;
	if (!had)
		return gv_deferral_add(ws, d, err);
	if (had == d->event_id)
		return 0;
	/* the same deferral carried by another vote (a recorded vote that
	 * replaced the show of hands, or the undo of one): its item stays
	 * as it is */
	sqlite3_stmt *st;
	if ((rc = prepare_id(ws, "UPDATE deferrals SET event_id = ?2 WHERE event_id = ?1", had,
			     &st, err)))
		return rc;
	sqlite3_bind_int64(st, 2, d->event_id);
	return gv_db_run(ws->db, st, "cannot record the deferred business", err);
}

int gv_deferral_place_waiting(struct gv_ws *ws, int64_t meeting_id, struct gv_err *err)
{
	struct gv_meeting m;
	char ref[24];
	snprintf(ref, sizeof ref, "%lld", (long long)meeting_id);
	int rc = gv_meeting_find(ws, ref, &m, err);
	if (rc)
		return rc;
	char date[16];
	gv_meeting_date(&m, date);
	sqlite3_stmt *st;
	int64_t *ids = NULL;
	size_t n = 0;
	if (!(rc = prepare_id(ws,
			      "SELECT d.id FROM deferrals d JOIN meetings f ON f.id = d.from_meeting_id"
			      " WHERE d.item_id IS NULL AND d.until_meeting_id IS NULL"
			      " AND d.body_id = ?1 AND d.until_date <= ?2 AND f.starts_at < ?3"
			      " ORDER BY d.id",
			      m.body_id, &st, err))) {
		sqlite3_bind_text(st, 2, date, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 3, m.starts_at);
		while (sqlite3_step(st) == SQLITE_ROW)
			*GV_PUSH(ids, n) = sqlite3_column_int64(st, 0);
		sqlite3_finalize(st);
	}
	for (size_t i = 0; !rc && i < n; i++)
		rc = place(ws, ids[i], meeting_id, err);
	free(ids);
	gv_meeting_clear(&m);
	return rc;
}

int gv_deferrals_waiting(struct gv_ws *ws, int64_t body_id, struct gv_deferral **out,
			 size_t *n, struct gv_err *err)
{
	*out = NULL;
	*n = 0;
	sqlite3_stmt *st;
	int rc = prepare_id(ws,
			    "SELECT m.slug, coalesce(d.from_item, ''), d.title, d.until_date, m.title,"
			    " b.name, m.starts_at"
			    " FROM deferrals d JOIN meetings m ON m.id = d.from_meeting_id"
			    " JOIN bodies b ON b.id = m.body_id"
			    " WHERE d.item_id IS NULL AND d.body_id = ?1 ORDER BY d.until_date, d.id",
			    body_id, &st, err);
	if (rc)
		return rc;
	int step;
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		struct gv_deferral *d = GV_PUSH(*out, *n);
		d->from_slug = gv_db_text(st, 0);
		snprintf(d->from_item, sizeof d->from_item, "%s", sqlite3_column_text(st, 1));
		d->title = gv_db_text(st, 2);
		d->from_name = gv_meeting_name((const char *)sqlite3_column_text(st, 4),
					       (const char *)sqlite3_column_text(st, 5),
					       sqlite3_column_int64(st, 6));
		snprintf(d->until, sizeof d->until, "%s",
			 sqlite3_column_text(st, 3) ? (const char *)sqlite3_column_text(st, 3) : "");
	}
	if (step != SQLITE_DONE)
		rc = gv_db_fail(ws->db, "cannot read the deferred business", err);
	sqlite3_finalize(st);
	if (rc) {
		gv_deferrals_free(*out, *n);
		*out = NULL;
		*n = 0;
	}
	return rc;
}

void gv_deferrals_free(struct gv_deferral *d, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(d[i].from_slug);
		free(d[i].from_name);
		free(d[i].title);
	}
	free(d);
}
