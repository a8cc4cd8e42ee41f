#include "agenda/revision.h"

#include "agenda/item.h"
#include "base/buf.h"
#include "base/err.h"
#include "store/db.h"
#include "store/workspace.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

int gv_revision_list(struct gv_ws *ws, int64_t meeting_id, struct gv_revision **out,
		     size_t *n, struct gv_err *err)
{
	*out = NULL;
	*n = 0;
	sqlite3_stmt *st;
	int rc = gv_db_prepare(ws->db,
			       "SELECT revision, published_at FROM agenda_revisions"
			       " WHERE meeting_id = ? ORDER BY revision",
			       &st, err);
	if (rc)
		return rc;
	sqlite3_bind_int64(st, 1, meeting_id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		*GV_PUSH(*out, *n) = (struct gv_revision){sqlite3_column_int(st, 0),
							  sqlite3_column_int64(st, 1)};
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		free(*out);
		*out = NULL;
		*n = 0;
		return gv_db_fail(ws->db, "reading the agenda's revisions", err);
	}
	return 0;
}

static int run(struct gv_ws *ws, const char *sql, int64_t meeting_id, int number, int64_t at,
	       struct gv_err *err)
{
	sqlite3_stmt *st;
	int rc = gv_db_prepare(ws->db, sql, &st, err);
	if (rc)
		return rc;
	sqlite3_bind_int64(st, 1, meeting_id);
	sqlite3_bind_int(st, 2, number);
	if (strstr(sql, "?3"))
		sqlite3_bind_int64(st, 3, at);
	return gv_db_run(ws->db, st, "cannot save the agenda's revision", err);
}

int gv_revision_save(struct gv_ws *ws, int64_t meeting_id, int number, int64_t at,
		     struct gv_err *err)
{
	static const char *const sql[] = {
		"DELETE FROM agenda_revisions WHERE meeting_id = ?1 AND revision = ?2",
		"DELETE FROM revision_items WHERE meeting_id = ?1 AND revision = ?2",
		"DELETE FROM revision_attachments WHERE meeting_id = ?1 AND revision = ?2",
		"INSERT INTO agenda_revisions (meeting_id, revision, published_at)"
		" VALUES (?1, ?2, ?3)",
		"INSERT INTO revision_items SELECT meeting_id, ?2, id, parent_id, position, title,"
		" body, recommendation, consent, closed_clause, public_title FROM items"
		" WHERE meeting_id = ?1",
		"INSERT INTO revision_attachments SELECT i.meeting_id, ?2, a.item_id, a.id, a.name,"
		" a.sha256, a.media_type, a.size FROM attachments a JOIN items i ON i.id = a.item_id"
		" WHERE i.meeting_id = ?1",
	};
	int rc = gv_db_begin(ws->db, err);
	for (size_t i = 0; !rc && i < sizeof sql / sizeof *sql; i++)
		rc = run(ws, sql[i], meeting_id, number, at, err);
	return gv_db_end(ws->db, rc, err);
}

static const struct gv_item *by_id(const struct gv_agenda *a, int64_t id)
{
	for (size_t i = 0; i < a->n; i++)
		if (a->items[i].id == id)
			return &a->items[i];
	return NULL;
}

static bool same_parent(const struct gv_agenda *other, const struct gv_item *it)
{
	const struct gv_item *o = by_id(other, it->id);
	return o && o->parent_id == it->parent_id;
}

/* moved[i] for each item i of `to` that kept its parent but changed its
 * place among the siblings both agendas share: those outside a longest
 * common subsequence of the two orders. */
static void mark_reordered(const struct gv_agenda *from, const struct gv_agenda *to, bool *moved)
{
	size_t *a = gv_calloc(from->n + 1, sizeof *a), *b = gv_calloc(to->n + 1, sizeof *b);
	size_t *len = gv_calloc((from->n + 1) * (to->n + 1), sizeof *len);
	for (size_t p = 0; p < to->n + 1; p++) {
		int64_t parent = p ? to->items[p - 1].id : 0;
		size_t na = 0, nb = 0;
		for (size_t i = 0; i < from->n; i++)
			if (from->items[i].parent_id == parent && same_parent(to, &from->items[i]))
				a[na++] = i;
		for (size_t i = 0; i < to->n; i++)
			if (to->items[i].parent_id == parent && same_parent(from, &to->items[i]))
				b[nb++] = i;
		if (!nb)
			continue;
		size_t w = nb + 1;
		for (size_t i = na + 1; i-- > 0;)
			for (size_t j = nb + 1; j-- > 0;) {
				size_t *c = &len[i * w + j];
				if (i == na || j == nb)
					*c = 0;
				else if (from->items[a[i]].id == to->items[b[j]].id)
					*c = 1 + len[(i + 1) * w + j + 1];
				else
					*c = len[(i + 1) * w + j] > len[i * w + j + 1]
						     ? len[(i + 1) * w + j]
						     : len[i * w + j + 1];
			}
		for (size_t j = 0; j < nb; j++)
			moved[b[j]] = true;
		for (size_t i = 0, j = 0; i < na && j < nb;) {
			if (from->items[a[i]].id == to->items[b[j]].id) {
				moved[b[j]] = false;
				i++, j++;
			} else if (len[(i + 1) * w + j] >= len[i * w + j + 1]) {
				i++;
			} else {
				j++;
			}
		}
	}
	free(len);
	free(a);
	free(b);
}

static char *label(const struct gv_item *it)
{
	return gv_asprintf("%s %s", it->number, it->title);
}

static const struct gv_attachment *attachment_named(const struct gv_item *it, const char *name)
{
	for (size_t k = 0; k < it->n_attachments; k++)
		if (!strcmp(it->attachments[k].name, name))
			return &it->attachments[k];
	return NULL;
}

static bool differ(const char *x, const char *y)
{
	return strcmp(x ? x : "", y ? y : "") != 0;
}

/* The changes to one item that is in both agendas. */
static void item_changes(char ***lines, size_t *n, const struct gv_item *f,
			 const struct gv_item *it, bool moved)
{
	char *l = label(it);
	if (moved || f->parent_id != it->parent_id)
		*GV_PUSH(*lines, *n) = gv_asprintf("Moved %s (was %s)", l, f->number);
	if (differ(f->title, it->title))
		*GV_PUSH(*lines, *n) = gv_asprintf("Renamed %s (was \u201c%s\u201d)", l, f->title);
	if (!f->closed_clause != !it->closed_clause)
		*GV_PUSH(*lines, *n) = gv_asprintf(it->closed_clause
						   ? "Moved %s into closed session"
						   : "Moved %s out of closed session", l);
	if (differ(f->body, it->body))
		*GV_PUSH(*lines, *n) = gv_asprintf(*f->body ? *it->body ? "Replaced the report of %s"
								      : "Removed the report of %s"
							    : "Added a report to %s", l);
	if (differ(f->recommendation, it->recommendation))
		*GV_PUSH(*lines, *n) = gv_asprintf("Changed the recommendation of %s", l);
	if (f->consent != it->consent)
		*GV_PUSH(*lines, *n) = gv_asprintf(it->consent ? "Put %s on the consent agenda"
							       : "Took %s off the consent agenda", l);
	for (size_t k = 0; k < it->n_attachments; k++) {
		const struct gv_attachment *att = &it->attachments[k];
		const struct gv_attachment *was = attachment_named(f, att->name);
		if (!was)
			*GV_PUSH(*lines, *n) = gv_asprintf("Attached %s to %s", att->name, l);
		else if (differ(was->sha256, att->sha256))
			*GV_PUSH(*lines, *n) = gv_asprintf("Replaced %s of %s", att->name, l);
	}
	for (size_t k = 0; k < f->n_attachments; k++)
		if (!attachment_named(it, f->attachments[k].name))
			*GV_PUSH(*lines, *n) =
				gv_asprintf("Removed %s from %s", f->attachments[k].name, l);
	free(l);
}

char **gv_revision_changes(const struct gv_agenda *from, const struct gv_agenda *to, size_t *n)
{
	char **lines = NULL;
	*n = 0;
	bool *moved = gv_calloc(to->n + 1, sizeof *moved);
	mark_reordered(from, to, moved);
	for (size_t i = 0; i < to->n; i++) {
		const struct gv_item *it = &to->items[i], *f = by_id(from, it->id);
		if (f) {
			item_changes(&lines, n, f, it, moved[i]);
		} else {
			char *l = label(it);
			*GV_PUSH(lines, *n) = gv_asprintf("Added %s", l);
			free(l);
		}
	}
	for (size_t i = 0; i < from->n; i++)
		if (!by_id(to, from->items[i].id)) {
			char *l = label(&from->items[i]);
			*GV_PUSH(lines, *n) = gv_asprintf("Removed %s", l);
			free(l);
		}
	free(moved);
	return lines;
}

void gv_revision_changes_free(char **lines, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(lines[i]);
	free(lines);
}
