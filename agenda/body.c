#include "agenda/body.h"

#include "agenda/member.h"
#include "base/buf.h"
#include "base/err.h"
#include "base/text.h"
#include "store/db.h"
#include "store/workspace.h"

#include <stdlib.h>
#include <string.h>

/* Prepare the select of bodies that body_from_row reads, then tail (its
 * WHERE and ORDER BY), counting the members whose terms cover day (NULL:
 * today; docs/people.md, "Rosters by date"): parameter 9, so that tail
 * numbers its own from 1. */
static int prepare_bodies(sqlite3 *db, const char *tail, const char *day, sqlite3_stmt **st,
			  struct gv_err *err)
{
#define COVERS(t) "(" t ".from_date IS NULL OR " t ".from_date <= ?9) AND" \
		  " (" t ".to_date IS NULL OR " t ".to_date > ?9)"
	char *voting = gv_role_votes_sql("p.role");
	char *sql = gv_asprintf(
		"SELECT b.id, b.name, b.slug, b.seats, b.quorum,"
		" (SELECT count(*) FROM terms t JOIN member_periods p ON p.member_id = t.member_id"
		"   WHERE t.body_id = b.id AND %s AND " COVERS("t") " AND " COVERS("p") "),"
		" (SELECT count(*) FROM terms t WHERE t.body_id = b.id AND " COVERS("t") ")"
		" FROM bodies b %s",
		voting, tail);
#undef COVERS
	int rc = gv_db_prepare(db, sql, st, err);
	free(sql);
	free(voting);
	if (rc)
		return rc;
	char today[11];
	gv_today(today);
	sqlite3_bind_text(*st, 9, day ? day : today, -1, SQLITE_TRANSIENT);
	return 0;
}

static void body_from_row(sqlite3_stmt *st, struct gv_body *b)
{
	b->id = sqlite3_column_int64(st, 0);
	b->name = gv_db_text(st, 1);
	b->slug = gv_db_text(st, 2);
	int voting = sqlite3_column_int(st, 5);
	b->seats = sqlite3_column_type(st, 3) == SQLITE_NULL ? voting : sqlite3_column_int(st, 3);
	b->quorum = sqlite3_column_type(st, 4) == SQLITE_NULL ? b->seats / 2 + 1
							       : sqlite3_column_int(st, 4);
	b->members = sqlite3_column_int(st, 6);
}

void gv_body_clear(struct gv_body *b)
{
	free(b->name);
	free(b->slug);
	memset(b, 0, sizeof *b);
}

void gv_bodies_free(struct gv_body *b, size_t n)
{
	for (size_t i = 0; i < n; i++)
		gv_body_clear(&b[i]);
	free(b);
}

static int body_insert(struct gv_ws *ws, const char *name, int seats, int quorum, int64_t *id,
		       struct gv_err *err);

int gv_body_add(struct gv_ws *ws, const char *name, int seats, int quorum, int64_t *id,
		struct gv_err *err)
{
	/* Spaces pasted around a name would defeat finding the body by name. */
	char *clean = gv_trim(name);
	int rc = body_insert(ws, clean, seats, quorum, id, err);
	free(clean);
	return rc;
}

static int body_insert(struct gv_ws *ws, const char *name, int seats, int quorum, int64_t *id,
		       struct gv_err *err)
{
	if (gv_check_line(name, "body name", 200, err))
		return GV_EREFUSED;
	if (strchr(name, ','))
		return gv_err_set(err, GV_EREFUSED,
				  "body name '%s' cannot contain a comma (lists of bodies are "
				  "comma-separated)",
				  name);
	if (seats == 0 || seats > 1000)
		return gv_err_set(err, GV_EREFUSED, "seats must be between 1 and 1000");
	if (quorum == 0 || (seats > 0 && quorum > seats))
		return gv_err_set(err, GV_EREFUSED, "quorum must be between 1 and the seats (%d)",
				  seats);
	char *slug = gv_slugify(name);
	if (!*slug) {
		free(slug);
		return gv_err_set(err, GV_EREFUSED, "body name '%s' needs a letter or digit", name);
	}
	sqlite3_stmt *st = NULL;
	int rc = 0;
	if (gv_db_begin(ws->db, err)) {
		free(slug);
		return GV_EIO;
	}
	if ((rc = gv_db_prepare(ws->db, "SELECT name FROM bodies WHERE slug = ?", &st, err)))
		goto out;
	sqlite3_bind_text(st, 1, slug, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW) {
		rc = gv_err_set(err, GV_EREFUSED, "a body named '%s' already exists",
				sqlite3_column_text(st, 0));
		goto out;
	}
	sqlite3_finalize(st);
	if ((rc = gv_db_prepare(ws->db,
				"INSERT INTO bodies(name, slug, seats, quorum) VALUES (?,?,?,?)",
				&st, err)))
		goto out;
	sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, slug, -1, SQLITE_STATIC);
	if (seats > 0)
		sqlite3_bind_int(st, 3, seats);
	if (quorum > 0)
		sqlite3_bind_int(st, 4, quorum);
	if (sqlite3_step(st) != SQLITE_DONE) {
		rc = gv_db_fail(ws->db, "cannot add body", err);
		goto out;
	}
	if (id)
		*id = sqlite3_last_insert_rowid(ws->db);
out:
	sqlite3_finalize(st);
	free(slug);
	return gv_db_end(ws->db, rc, err);
}

int gv_body_list(struct gv_ws *ws, struct gv_body **out, size_t *n, struct gv_err *err)
{
	sqlite3_stmt *st;
	int rc = prepare_bodies(ws->db, "ORDER BY b.id != 1, b.name", NULL, &st, err);
	if (rc)
		return rc;
	*n = 0;
	*out = NULL;
	GV_ROOM(*out, 0); /* never NULL, even empty */
	while (sqlite3_step(st) == SQLITE_ROW)
		body_from_row(st, GV_PUSH(*out, *n));
	sqlite3_finalize(st);
	return 0;
}

int gv_body_find(struct gv_ws *ws, const char *ref, struct gv_body *out, struct gv_err *err)
{
	return gv_body_find_on(ws, ref, NULL, out, err);
}

int gv_body_find_on(struct gv_ws *ws, const char *ref, const char *day, struct gv_body *out,
		    struct gv_err *err)
{
	sqlite3_stmt *st;
	int rc = prepare_bodies(ws->db, "WHERE b.slug = ?1 OR CAST(b.id AS TEXT) = ?2", day, &st,
				err);
	if (rc)
		return rc;
	char *slug = gv_slugify(ref);
	sqlite3_bind_text(st, 1, slug, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, ref, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW)
		body_from_row(st, out);
	else
		rc = gv_err_set(err, GV_ENOTFOUND, "no body named '%s' (see 'gavel body list')",
				ref);
	sqlite3_finalize(st);
	free(slug);
	return rc;
}

int gv_body_edit(struct gv_ws *ws, const char *ref, int seats, int quorum, struct gv_err *err)
{
	struct gv_body b = {0};
	int rc = gv_body_find(ws, ref, &b, err);
	if (rc)
		return rc;
	int s = seats > 0 ? seats : b.seats, q = quorum > 0 ? quorum : b.quorum;
	if (q > s) {
		rc = gv_err_set(err, GV_EREFUSED, "quorum must be between 1 and the seats (%d)", s);
		goto out;
	}
	sqlite3_stmt *st;
	if ((rc = gv_db_prepare(ws->db,
				"UPDATE bodies SET seats = coalesce(?2, seats),"
				" quorum = coalesce(?3, quorum) WHERE id = ?1",
				&st, err)))
		goto out;
	sqlite3_bind_int64(st, 1, b.id);
	if (seats > 0)
		sqlite3_bind_int(st, 2, seats);
	if (quorum > 0)
		sqlite3_bind_int(st, 3, quorum);
	rc = gv_db_run(ws->db, st, "cannot change body", err);
out:
	gv_body_clear(&b);
	return rc;
}
