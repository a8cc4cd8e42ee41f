#include "agenda/item.h"
#include "agenda/meeting.h"

#include "agenda/agenda_public.h"
#include "agenda/approved.h"
#include "agenda/clause.h"
#include "agenda/item_ref.h"
#include "base/buf.h"
#include "base/err.h"
#include "base/text.h"
#include "store/db.h"
#include "store/workspace.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void item_clear(struct gv_item *it)
{
	free(it->title);
	free(it->body);
	free(it->recommendation);
	free(it->closed_clause);
	free(it->public_title);
	free(it->deferred_from);
	free(it->deferred_item);
	free(it->deferred_from_name);
	for (size_t i = 0; i < it->n_attachments; i++) {
		free(it->attachments[i].name);
		free(it->attachments[i].sha256);
		free(it->attachments[i].media_type);
		free(it->attachments[i].published);
	}
	free(it->attachments);
}

void gv_agenda_free(struct gv_agenda *a)
{
	for (size_t i = 0; i < a->n; i++)
		item_clear(&a->items[i]);
	free(a->items);
	memset(a, 0, sizeof *a);
}

static int by_parent_position(const void *x, const void *y)
{
	const struct gv_item *a = x, *b = y;
	if (a->parent_id != b->parent_id)
		return a->parent_id < b->parent_id ? -1 : 1;
	return a->position - b->position;
}

/* Emit the children of `parent` (sorted by parent then position in src) in
 * reading order into dst, numbering them under prefix. */
static void emit(struct gv_item *src, size_t n, int64_t parent, const char *prefix, int depth,
		 struct gv_item *dst, size_t *k)
{
	int ordinal = 0;
	for (size_t i = 0; i < n; i++) {
		if (src[i].parent_id != parent)
			continue;
		struct gv_item *it = &dst[(*k)++];
		*it = src[i];
		it->depth = depth;
		snprintf(it->number, sizeof it->number, "%s%s%d", prefix, *prefix ? "." : "",
			 ++ordinal);
		char sub[32];
		snprintf(sub, sizeof sub, "%s", it->number);
		emit(src, n, it->id, sub, depth + 1, dst, k);
	}
}

void gv_agenda_number(struct gv_item *items, size_t n)
{
	struct gv_item *src = gv_malloc(n * sizeof *src);
	memcpy(src, items, n * sizeof *src);
	qsort(src, n, sizeof *src, by_parent_position);
	size_t k = 0;
	emit(src, n, 0, "", 1, items, &k);
	/* Items whose parent is missing cannot be reached; keep them last rather
	 * than lose them. */
	for (size_t i = 0; i < n && k < n; i++) {
		bool placed = false;
		for (size_t j = 0; j < k && !placed; j++)
			placed = items[j].id == src[i].id;
		if (!placed) {
			items[k] = src[i];
			gv_item_ref_of(src[i].id, items[k].number);
			k++;
		}
	}
	free(src);
}

/* Sub-items of a closed item belong to the closed session too. Items are in
 * reading order, so a parent is marked before its children. */
static void mark_under_closed(struct gv_agenda *a)
{
	for (size_t i = 0; i < a->n; i++)
		for (size_t p = 0; p < i; p++)
			if (a->items[p].id == a->items[i].parent_id)
				a->items[i].under_closed =
					a->items[p].closed_clause || a->items[p].under_closed;
}

/* The agenda's own tables, or those of revision `revision` (> 0). */
static int load_attachments(sqlite3 *db, struct gv_agenda *a, int revision, struct gv_err *err)
{
	sqlite3_stmt *st;
	if (gv_db_prepare(db,
			  revision ? "SELECT item_id, id, name, sha256, media_type, size"
				     " FROM revision_attachments WHERE meeting_id = ?"
				     " AND revision = ?2 ORDER BY id"
				   : "SELECT at.item_id, at.id, at.name, at.sha256, at.media_type, at.size"
				     " FROM attachments at JOIN items i ON i.id = at.item_id"
				     " WHERE i.meeting_id = ? ORDER BY at.id",
			  &st, err))
		return GV_EIO;
	sqlite3_bind_int64(st, 1, a->meeting_id);
	if (revision)
		sqlite3_bind_int(st, 2, revision);
	while (sqlite3_step(st) == SQLITE_ROW) {
		int64_t item = sqlite3_column_int64(st, 0);
		for (size_t i = 0; i < a->n; i++) {
			struct gv_item *it = &a->items[i];
			if (it->id != item)
				continue;
			*GV_PUSH(it->attachments, it->n_attachments) = (struct gv_attachment){
				.id = sqlite3_column_int64(st, 1),
				.name = gv_db_text(st, 2),
				.sha256 = gv_db_text(st, 3),
				.media_type = gv_db_text(st, 4),
				.size = sqlite3_column_int64(st, 5),
			};
		}
	}
	sqlite3_finalize(st);
	return 0;
}

static int load(struct gv_ws *ws, int64_t meeting_id, int revision, struct gv_agenda *out,
		struct gv_err *err)
{
	memset(out, 0, sizeof *out);
	out->meeting_id = meeting_id;
	sqlite3_stmt *st;
	if (gv_db_prepare(ws->db,
			  /* a revision's items keep the working item's deferral mark */
			  revision ? "SELECT r.id, coalesce(r.parent_id, 0), r.position, r.title, r.body,"
				     " r.recommendation, r.consent, r.closed_clause, r.public_title,"
				     " i.deferred_from, i.deferred_item, dm.title, db.name, dm.starts_at"
				     " FROM revision_items r LEFT JOIN items i ON i.id = r.id"
				     " LEFT JOIN meetings dm ON dm.slug = i.deferred_from"
				     " LEFT JOIN bodies db ON db.id = dm.body_id"
				     " WHERE r.meeting_id = ?1 AND r.revision = ?2"
				   : "SELECT i.id, coalesce(i.parent_id, 0), i.position, i.title, i.body,"
				     " i.recommendation, i.consent, i.closed_clause, i.public_title,"
				     " i.deferred_from, i.deferred_item, dm.title, db.name, dm.starts_at"
				     " FROM items i LEFT JOIN meetings dm ON dm.slug = i.deferred_from"
				     " LEFT JOIN bodies db ON db.id = dm.body_id WHERE i.meeting_id = ?1",
			  &st, err))
		return GV_EIO;
	sqlite3_bind_int64(st, 1, meeting_id);
	if (revision)
		sqlite3_bind_int(st, 2, revision);
	GV_ROOM(out->items, 0); /* never NULL, even empty */
	while (sqlite3_step(st) == SQLITE_ROW) {
		struct gv_item *it = GV_PUSH(out->items, out->n);
		it->id = sqlite3_column_int64(st, 0);
		it->parent_id = sqlite3_column_int64(st, 1);
		it->position = sqlite3_column_int(st, 2);
		it->title = gv_db_text(st, 3);
		it->body = gv_db_text(st, 4);
		it->recommendation = gv_db_text(st, 5);
		it->consent = sqlite3_column_int(st, 6) != 0;
		it->closed_clause = gv_db_text(st, 7);
		it->public_title = gv_db_text(st, 8);
		it->deferred_from = gv_db_text(st, 9);
		it->deferred_item = gv_db_text(st, 10);
		if (sqlite3_column_type(st, 11) != SQLITE_NULL)
			it->deferred_from_name = gv_meeting_name(
				(const char *)sqlite3_column_text(st, 11),
				(const char *)sqlite3_column_text(st, 12), sqlite3_column_int64(st, 13));
	}
	sqlite3_finalize(st);
	gv_agenda_number(out->items, out->n);
	mark_under_closed(out);
	int rc = load_attachments(ws->db, out, revision, err);
	if (rc)
		gv_agenda_free(out);
	return rc;
}

int gv_agenda_load(struct gv_ws *ws, int64_t meeting_id, struct gv_agenda *out,
		   struct gv_err *err)
{
	return load(ws, meeting_id, 0, out, err);
}

static const struct gv_item *item_by_id(const struct gv_agenda *a, int64_t id);

const char *gv_item_private_clause(const struct gv_agenda *a, const struct gv_item *it)
{
	while (it && !it->closed_clause)
		it = item_by_id(a, it->parent_id);
	return it ? it->closed_clause : NULL;
}

static void redact_field_as(char **field, const char *now)
{
	char *r = gv_redact_as(*field, now);
	free(*field);
	*field = r;
}

/* What the working item w redacts, redacted in its published copy it. */
static void redact_as_now(struct gv_item *it, const struct gv_item *w)
{
	redact_field_as(&it->title, w->title);
	redact_field_as(&it->body, w->body);
	redact_field_as(&it->recommendation, w->recommendation);
	if (it->public_title && w->public_title)
		redact_field_as(&it->public_title, w->public_title);
}

int gv_agenda_load_revision(struct gv_ws *ws, int64_t meeting_id, int revision,
			    struct gv_agenda *out, struct gv_err *err)
{
	struct gv_agenda now;
	int rc = load(ws, meeting_id, revision, out, err);
	if (rc || (rc = load(ws, meeting_id, 0, &now, err)))
		return rc;
	/* Privacy follows the working agenda one way only (docs/safety.md,
	 * "Closing and opening items"): an item closed since the revision is
	 * private in it too, a passage redacted since is redacted in it too;
	 * an item opened since stays as it was published. */
	for (size_t i = 0; i < out->n; i++) {
		struct gv_item *it = &out->items[i];
		const struct gv_item *w = item_by_id(&now, it->id);
		if (w)
			redact_as_now(it, w);
		if (!w || !gv_item_is_private(w) || gv_item_is_private(it))
			continue;
		free(it->closed_clause);
		free(it->public_title);
		it->closed_clause = gv_strdup(gv_item_private_clause(&now, w));
		it->public_title = gv_item_public_title(&now, w);
	}
	mark_under_closed(out);
	gv_agenda_free(&now);
	return 0;
}

int gv_agenda_find(const struct gv_agenda *a, const char *ref, const struct gv_item **out,
		   struct gv_err *err)
{
	for (size_t i = 0; i < a->n; i++)
		if (gv_item_ref_names(ref, a->items[i].id, a->items[i].number)) {
			*out = &a->items[i];
			return 0;
		}
	return gv_err_set(err, GV_ENOTFOUND, "no agenda item '%s' in this meeting", ref);
}

/* Height of the subtree rooted at it (1 for a leaf). */
static int subtree_height(const struct gv_agenda *a, const struct gv_item *it)
{
	int h = 1;
	for (size_t i = 0; i < a->n; i++)
		if (a->items[i].parent_id == it->id) {
			int sub = 1 + subtree_height(a, &a->items[i]);
			if (sub > h)
				h = sub;
		}
	return h;
}

static bool is_within(const struct gv_agenda *a, const struct gv_item *it, int64_t ancestor)
{
	while (it) {
		if (it->id == ancestor)
			return true;
		const struct gv_item *up = NULL;
		for (size_t i = 0; i < a->n && !up; i++)
			if (a->items[i].id == it->parent_id)
				up = &a->items[i];
		it = up;
	}
	return false;
}

int gv_item_fields_check(const struct gv_item_fields *f, struct gv_err *err)
{
	int rc = 0;
	if (f->title && (rc = gv_check_line(f->title, "item title", GV_TITLE_MAX, err)))
		return rc;
	if (f->public_title && *f->public_title &&
	    (rc = gv_check_line(f->public_title, "public title", GV_TITLE_MAX, err)))
		return rc;
	if (f->body) {
		size_t n = strlen(f->body);
		if (n > GV_BODY_MAX)
			return gv_err_set(err, GV_EREFUSED,
					  "item body is larger than %d KiB (%zu bytes)",
					  GV_BODY_MAX / 1024, n);
		if ((rc = gv_check_chars(f->body, false, "item body", err)))
			return rc;
	}
	if (f->recommendation) {
		size_t n = strlen(f->recommendation);
		if (n > GV_BODY_MAX / 4)
			return gv_err_set(err, GV_EREFUSED, "recommendation is larger than %d KiB",
					  GV_BODY_MAX / 4 / 1024);
		if ((rc = gv_check_chars(f->recommendation, false, "recommendation", err)))
			return rc;
	}
	char clause[16];
	if (f->closed && *f->closed)
		rc = gv_clause_parse(f->closed, clause, err);
	return rc;
}

/* Shift the positions of a sibling list: +delta for positions >= from. */
static int shift(sqlite3 *db, int64_t meeting, int64_t parent, int from, int delta,
		 struct gv_err *err)
{
	sqlite3_stmt *st;
	if (gv_db_prepare(db,
			  "UPDATE items SET position = position + ?1 WHERE meeting_id = ?2"
			  " AND coalesce(parent_id, 0) = ?3 AND position >= ?4",
			  &st, err))
		return GV_EIO;
	sqlite3_bind_int(st, 1, delta);
	sqlite3_bind_int64(st, 2, meeting);
	sqlite3_bind_int64(st, 3, parent);
	sqlite3_bind_int(st, 4, from);
	return gv_db_run(db, st, "cannot renumber", err);
}

/* Children of parent, not counting an item taken out by a move (position < 1). */
static int children(const struct gv_agenda *a, int64_t parent)
{
	int n = 0;
	for (size_t i = 0; i < a->n; i++)
		n += a->items[i].parent_id == parent && a->items[i].position > 0;
	return n;
}

/* Where a new or moved item goes: its parent and position, with the sibling
 * list opened at that position. depth is the depth it will have. */
static int make_room(sqlite3 *db, const struct gv_agenda *a, enum gv_place place,
		     const struct gv_item *target, int64_t stay_parent, int64_t *parent,
		     int *position, int *depth, struct gv_err *err)
{
	switch (place) {
	case GV_PLACE_END:
		*parent = 0;
		*position = children(a, 0) + 1;
		*depth = 1;
		return 0;
	case GV_PLACE_FIRST:
		*parent = stay_parent;
		*position = 1;
		*depth = 1;
		for (size_t i = 0; i < a->n; i++)
			if (a->items[i].id == stay_parent)
				*depth = a->items[i].depth + 1;
		return shift(db, a->meeting_id, *parent, 1, 1, err);
	case GV_PLACE_UNDER:
		*parent = target->id;
		*position = children(a, target->id) + 1;
		*depth = target->depth + 1;
		return 0;
	case GV_PLACE_AFTER:
		*parent = target->parent_id;
		*position = target->position + 1;
		*depth = target->depth;
		return shift(db, a->meeting_id, *parent, *position, 1, err);
	}
	return GV_EREFUSED;
}

/* The fields of f that are set, as ?1 to ?5 and ?9 of an insert or an
 * update of an item. */
static void bind_fields(sqlite3_stmt *st, const struct gv_item_fields *f)
{
	if (f->title)
		sqlite3_bind_text(st, 1, f->title, -1, SQLITE_STATIC);
	if (f->body)
		sqlite3_bind_text(st, 2, f->body, -1, SQLITE_STATIC);
	if (f->recommendation)
		sqlite3_bind_text(st, 3, f->recommendation, -1, SQLITE_STATIC);
	if (f->consent >= 0)
		sqlite3_bind_int(st, 4, f->consent);
	if (f->closed)
		sqlite3_bind_text(st, 5, f->closed, -1, SQLITE_STATIC);
	if (f->public_title)
		sqlite3_bind_text(st, 9, f->public_title, -1, SQLITE_STATIC);
}

/* A recommendation block without the indent of its first line: in markdown
 * that line follows "**Recommendation:** " and its indent would not survive. */
static char *trim_recommendation(const char *s)
{
	char *t = gv_trim_block(s);
	size_t k = strspn(t, " \t");
	memmove(t, t + k, strlen(t + k) + 1);
	return t;
}

/* The fields f of an add or an edit as they are stored, once checked
 * (gv_item_fields_check): the titles trimmed, the markdown blocks without
 * surrounding blank lines (so that the markdown form reads back to the same
 * text), the clause canonical ("" still opens the item). Free *n with
 * fields_free. */
static int fields_norm(const struct gv_item_fields *f, struct gv_item_fields *n,
		       struct gv_err *err)
{
	int rc = gv_item_fields_check(f, err);
	if (rc)
		return rc;
	char clause[16] = "";
	if (f->closed && *f->closed)
		gv_clause_parse(f->closed, clause, NULL);
	*n = *f;
	n->title = f->title ? gv_trim(f->title) : NULL;
	n->public_title = f->public_title ? gv_trim(f->public_title) : NULL;
	n->body = f->body ? gv_trim_block(f->body) : NULL;
	n->recommendation = f->recommendation ? trim_recommendation(f->recommendation) : NULL;
	n->closed = f->closed ? gv_strdup(clause) : NULL;
	return 0;
}

static void fields_free(struct gv_item_fields *n)
{
	free((char *)n->title);
	free((char *)n->public_title);
	free((char *)n->body);
	free((char *)n->recommendation);
	free((char *)n->closed);
}

static int number_of(struct gv_ws *ws, int64_t meeting, int64_t id, char out[32],
		     struct gv_err *err)
{
	struct gv_agenda a;
	int rc = gv_agenda_load(ws, meeting, &a, err);
	if (rc)
		return rc;
	out[0] = '\0';
	for (size_t i = 0; i < a.n; i++)
		if (a.items[i].id == id)
			snprintf(out, 32, "%s", a.items[i].number);
	gv_agenda_free(&a);
	return 0;
}

static const struct gv_item *item_by_id(const struct gv_agenda *a, int64_t id)
{
	for (size_t i = 0; id && i < a->n; i++)
		if (a->items[i].id == id)
			return &a->items[i];
	return NULL;
}

/* A public title is what the public reads of a private item: refused for
 * an item the public reads in full. */
static int public_title_fits(const struct gv_item_fields *f, bool private, struct gv_err *err)
{
	if (!f->public_title || !*f->public_title || private)
		return 0;
	return gv_err_set(err, GV_EREFUSED, "--public-title is for closed items (and items under "
			  "them): the public reads this item's own title");
}

static int refuse_depth(struct gv_err *err)
{
	return gv_err_set(err, GV_EREFUSED, "agenda items nest at most %d levels (like 7.2.1)",
			  GV_ITEM_MAX_DEPTH);
}

int gv_agenda_edit_begin(struct gv_agenda_edit *e, struct gv_ws *ws, int64_t meeting_id,
			 const char *ref, struct gv_err *err)
{
	*e = (struct gv_agenda_edit){.ws = ws, .meeting_id = meeting_id};
	/* inside a caller's transaction (a deferral placed on an agenda as
	 * its vote is recorded), the change is part of it */
	bool outer = !sqlite3_get_autocommit(ws->db);
	int rc = outer ? 0 : gv_db_begin(ws->db, err);
	e->begun = !outer && !rc;
	if (!rc)
		rc = gv_agenda_locked(ws, meeting_id, err);
	if (!rc)
		rc = gv_agenda_load(ws, meeting_id, &e->a, err);
	if (!rc && ref)
		rc = gv_agenda_find(&e->a, ref, &e->it, err);
	return rc;
}

int gv_agenda_edit_end(struct gv_agenda_edit *e, int rc, struct gv_err *err)
{
	if (e->begun)
		rc = gv_db_end(e->ws->db, rc, err);
	gv_agenda_free(&e->a);
	e->it = NULL;
	return rc;
}

/* Insert the item of fields f (fields_norm's) at place, relative to
 * e->it; *id gets its id. */
static int insert_item(struct gv_agenda_edit *e, const struct gv_item_fields *f,
		       enum gv_place place, int64_t *id, struct gv_err *err)
{
	const struct gv_item *target = e->it;
	if (place == GV_PLACE_UNDER && target->depth + 1 > GV_ITEM_MAX_DEPTH)
		return refuse_depth(err);
	int64_t parent;
	int position, depth;
	int rc = make_room(e->ws->db, &e->a, place, target, 0, &parent, &position, &depth, err);
	if (rc)
		return rc;
	const struct gv_item *up = item_by_id(&e->a, parent);
	bool closed = f->closed && *f->closed;
	if ((rc = public_title_fits(f, closed || (up && gv_item_is_private(up)), err)))
		return rc;
	sqlite3_stmt *st;
	if ((rc = gv_db_prepare(e->ws->db,
				"INSERT INTO items(title, body, recommendation, consent, closed_clause,"
				" meeting_id, parent_id, position, public_title)"
				" VALUES (?1, coalesce(?2, ''), coalesce(?3, ''), coalesce(?4, 0),"
				" NULLIF(?5, ''), ?6, NULLIF(?7, 0), ?8, NULLIF(?9, ''))",
				&st, err)))
		return rc;
	bind_fields(st, f);
	sqlite3_bind_int64(st, 6, e->meeting_id);
	sqlite3_bind_int64(st, 7, parent);
	sqlite3_bind_int(st, 8, position);
	if (!(rc = gv_db_run(e->ws->db, st, "cannot add item", err)))
		*id = sqlite3_last_insert_rowid(e->ws->db);
	return rc;
}

int gv_item_add(struct gv_ws *ws, int64_t meeting_id, const struct gv_item_fields *f,
		enum gv_place place, const char *ref, char number_out[32], struct gv_err *err)
{
	if (!f->title)
		return gv_err_set(err, GV_EUSAGE, "an item needs a title");
	struct gv_item_fields norm;
	int rc = fields_norm(f, &norm, err);
	if (rc)
		return rc;
	bool relative = place == GV_PLACE_UNDER || place == GV_PLACE_AFTER;
	struct gv_agenda_edit e;
	int64_t id = 0;
	if (!(rc = gv_agenda_edit_begin(&e, ws, meeting_id, relative ? ref : NULL, err)))
		rc = insert_item(&e, &norm, place, &id, err);
	if (!(rc = gv_agenda_edit_end(&e, rc, err)))
		rc = number_of(ws, meeting_id, id, number_out, err);
	fields_free(&norm);
	return rc;
}

/* Set the fields f (fields_norm's) on e->it. */
static int update_item(struct gv_agenda_edit *e, const struct gv_item_fields *f,
		       struct gv_err *err)
{
	const struct gv_item *it = e->it;
	bool closes = f->closed ? *f->closed != '\0' : it->closed_clause != NULL;
	bool will_be_private = closes || it->under_closed;
	int rc;
	if ((rc = gv_item_privacy_guard(e->ws, e->meeting_id, it, will_be_private,
					will_be_private ? "closing it" : "opening it", f->force,
					err)) ||
	    (rc = public_title_fits(f, will_be_private, err)))
		return rc;
	sqlite3_stmt *st;
	if ((rc = gv_db_prepare(e->ws->db,
				"UPDATE items SET title = coalesce(?1, title),"
				" body = coalesce(?2, body),"
				" recommendation = coalesce(?3, recommendation),"
				" consent = coalesce(?4, consent),"
				" closed_clause = CASE WHEN ?5 IS NULL THEN closed_clause"
				"  ELSE NULLIF(?5, '') END,"
				" public_title = CASE WHEN ?9 IS NULL THEN public_title"
				"  ELSE NULLIF(?9, '') END WHERE id = ?6",
				&st, err)))
		return rc;
	bind_fields(st, f);
	sqlite3_bind_int64(st, 6, it->id);
	return gv_db_run(e->ws->db, st, "cannot edit item", err);
}

int gv_item_edit(struct gv_ws *ws, int64_t meeting_id, const char *ref,
		 const struct gv_item_fields *f, struct gv_err *err)
{
	struct gv_item_fields norm;
	int rc = fields_norm(f, &norm, err);
	if (rc)
		return rc;
	struct gv_agenda_edit e;
	if (!(rc = gv_agenda_edit_begin(&e, ws, meeting_id, ref, err)))
		rc = update_item(&e, &norm, err);
	rc = gv_agenda_edit_end(&e, rc, err);
	fields_free(&norm);
	return rc;
}

static int set_place(sqlite3 *db, int64_t id, int64_t parent, int position,
		     struct gv_err *err)
{
	sqlite3_stmt *st;
	int rc = gv_db_prepare(
		db, "UPDATE items SET parent_id = NULLIF(?1, 0), position = ?2 WHERE id = ?3", &st,
		err);
	if (rc)
		return rc;
	sqlite3_bind_int64(st, 1, parent);
	sqlite3_bind_int(st, 2, position);
	sqlite3_bind_int64(st, 3, id);
	return gv_db_run(db, st, "cannot move item", err);
}

/* Whether e->it may go to place relative to target: not into itself, no
 * deeper than items nest, and public or private as before unless force. */
static int move_allowed(struct gv_agenda_edit *e, enum gv_place place,
			const struct gv_item *target, bool force, struct gv_err *err)
{
	const struct gv_item *it = e->it;
	if (is_within(&e->a, target, it->id))
		return gv_err_set(err, GV_EREFUSED, "cannot move item %s %s itself", it->number,
				  place == GV_PLACE_UNDER ? "under" : "after");
	int depth = place == GV_PLACE_UNDER ? target->depth + 1 : target->depth;
	if (depth + subtree_height(&e->a, it) - 1 > GV_ITEM_MAX_DEPTH)
		return refuse_depth(err);
	const struct gv_item *up =
		place == GV_PLACE_UNDER ? target : item_by_id(&e->a, target->parent_id);
	bool will_be_private = it->closed_clause || (up && gv_item_is_private(up));
	return gv_item_privacy_guard(e->ws, e->meeting_id, it, will_be_private, "moving it there",
				     force, err);
}

/* Move e->it to place relative to item ref2 (none for FIRST); *id gets
 * its id. */
static int move_item(struct gv_agenda_edit *e, enum gv_place place, const char *ref2,
		     bool force, int64_t *id, struct gv_err *err)
{
	const struct gv_item *target = NULL;
	int rc;
	if (place != GV_PLACE_FIRST && ((rc = gv_agenda_find(&e->a, ref2, &target, err)) ||
					(rc = move_allowed(e, place, target, force, err))))
		return rc;
	*id = e->it->id;
	int64_t old_parent = e->it->parent_id;
	int old_position = e->it->position;
	/* Close the gap, then reload so positions are current before opening
	 * the new slot. */
	if ((rc = set_place(e->ws->db, *id, old_parent, -1, err)) ||
	    (rc = shift(e->ws->db, e->meeting_id, old_parent, old_position + 1, -1, err)))
		return rc;
	char ref2_id[GV_ITEM_REF_MAX] = "";
	if (target)
		gv_item_ref_of(target->id, ref2_id);
	gv_agenda_free(&e->a);
	e->it = target = NULL;
	if ((rc = gv_agenda_load(e->ws, e->meeting_id, &e->a, err)))
		return rc;
	if (place != GV_PLACE_FIRST && (rc = gv_agenda_find(&e->a, ref2_id, &target, err)))
		return rc;
	int64_t parent;
	int position, depth;
	if ((rc = make_room(e->ws->db, &e->a, place, target, old_parent, &parent, &position, &depth,
			    err)))
		return rc;
	return set_place(e->ws->db, *id, parent, position, err);
}

int gv_item_move(struct gv_ws *ws, int64_t meeting_id, const char *ref, enum gv_place place,
		 const char *ref2, bool force, char number_out[32], struct gv_err *err)
{
	struct gv_agenda_edit e;
	int64_t id = 0;
	int rc = gv_agenda_edit_begin(&e, ws, meeting_id, ref, err);
	if (!rc)
		rc = move_item(&e, place, ref2, force, &id, err);
	if (!(rc = gv_agenda_edit_end(&e, rc, err)))
		rc = number_of(ws, meeting_id, id, number_out, err);
	return rc;
}

/* Remove e->it and the items under it, and close the gap it leaves. */
static int delete_item(struct gv_agenda_edit *e, struct gv_err *err)
{
	const struct gv_item *it = e->it;
	sqlite3_stmt *st;
	int rc = gv_db_prepare(e->ws->db, "DELETE FROM items WHERE id = ?", &st, err);
	if (rc)
		return rc;
	sqlite3_bind_int64(st, 1, it->id);
	/* the log's events refer to items, and the store keeps them there
	 * (a foreign key without cascade): it refuses for the log */
	if (sqlite3_step(st) != SQLITE_DONE)
		rc = gv_db_still_referenced(e->ws->db)
			     ? gv_err_set(err, GV_EREFUSED,
					  "item %s cannot be removed: the meeting log refers to it "
					  "or to an item under it",
					  it->number)
			     : gv_db_fail(e->ws->db, "cannot remove item", err);
	sqlite3_finalize(st);
	return rc ? rc : shift(e->ws->db, e->meeting_id, it->parent_id, it->position + 1, -1, err);
}

int gv_item_rm(struct gv_ws *ws, int64_t meeting_id, const char *ref, struct gv_err *err)
{
	struct gv_agenda_edit e;
	int rc = gv_agenda_edit_begin(&e, ws, meeting_id, ref, err);
	if (!rc)
		rc = delete_item(&e, err);
	return gv_agenda_edit_end(&e, rc, err);
}

void gv_item_deferred_words(struct gv_buf *out, const struct gv_item *it)
{
	if (it->deferred_from_name)
		gv_buf_puts(out, it->deferred_from_name);
	else
		gv_buf_printf(out, "the meeting %s", it->deferred_from);
	if (it->deferred_item)
		gv_buf_printf(out, ", item %s", it->deferred_item);
}
