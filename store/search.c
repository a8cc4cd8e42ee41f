#include "store/search.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/clock.h"
#include "base/err.h"
#include "store/db.h"
#include "store/search_sql.h"
#include "store/workspace.h"

#define SEARCH_MAX_TERMS 32

int gv_search_expression(const char *text, char **out, struct gv_err *err)
{
	struct gv_buf b = GV_BUF_INIT;
	int terms = 0;
	const char *p = text;
	while (*p) {
		while (*p == ' ' || *p == '\t')
			p++;
		if (!*p)
			break;
		struct gv_buf term = GV_BUF_INIT;
		bool prefix = false;
		if (*p == '"') {
			const char *end = strchr(p + 1, '"');
			size_t n = end ? (size_t)(end - p - 1) : strlen(p + 1);
			gv_buf_add(&term, p + 1, n);
			p += n + 1 + (end ? 1 : 0);
		} else {
			const char *end = p;
			while (*end && *end != ' ' && *end != '\t')
				end++;
			size_t n = (size_t)(end - p);
			prefix = n > 1 && p[n - 1] == '*';
			gv_buf_add(&term, p, n - prefix);
			p = end;
		}
		/* a term made only of punctuation finds nothing: leave it out */
		bool searchable = false;
		for (const char *t = gv_buf_str(&term); *t; t++)
			searchable |= (unsigned char)*t >= 0x80 || (*t >= '0' && *t <= '9') ||
				      ((*t | 0x20) >= 'a' && (*t | 0x20) <= 'z');
		if (searchable && terms < SEARCH_MAX_TERMS) {
			if (terms++)
				gv_buf_puts(&b, " AND ");
			gv_buf_putc(&b, '"');
			for (const char *t = gv_buf_str(&term); *t; t++) {
				if (*t == '"')
					gv_buf_putc(&b, '"');
				gv_buf_putc(&b, *t);
			}
			gv_buf_putc(&b, '"');
			if (prefix)
				gv_buf_putc(&b, '*');
		}
		gv_buf_free(&term);
	}
	if (!terms) {
		gv_buf_free(&b);
		return gv_err_set(err, GV_EREFUSED, "nothing to search for in '%s'", text);
	}
	*out = gv_buf_detach(&b);
	return 0;
}

/* The item's number ("9.1") and whether it or an item above it is closed. */
static int item_place(sqlite3 *db, int64_t item_id, char number[32], bool *closed,
		      struct gv_err *err)
{
	sqlite3_stmt *st;
	int rc = gv_db_prepare(db,
			       "SELECT i.parent_id, i.closed_clause IS NOT NULL,"
			       " (SELECT count(*) FROM items s WHERE s.meeting_id = i.meeting_id"
			       "  AND coalesce(s.parent_id, 0) = coalesce(i.parent_id, 0)"
			       "  AND s.position <= i.position)"
			       " FROM items i WHERE i.id = ?1",
			       &st, err);
	if (rc)
		return rc;
	char parts[8][12];
	int depth = 0;
	*closed = false;
	for (int64_t id = item_id; id && depth < 8;) {
		sqlite3_reset(st);
		sqlite3_bind_int64(st, 1, id);
		if (sqlite3_step(st) != SQLITE_ROW)
			break;
		id = sqlite3_column_int64(st, 0);
		*closed |= sqlite3_column_int(st, 1) != 0;
		snprintf(parts[depth++], sizeof parts[0], "%d", sqlite3_column_int(st, 2));
	}
	sqlite3_finalize(st);
	number[0] = '\0';
	for (int i = depth - 1; i >= 0; i--) {
		strncat(number, parts[i], 31 - strlen(number));
		if (i)
			strncat(number, ".", 31 - strlen(number));
	}
	return 0;
}

/* Ranked by FTS5's own rank (bm25, titles weighted ten times the text),
 * which FTS5 sorts itself: the snippet and the columns of the other tables
 * are then made only for the rows returned, not for every match (a common
 * word matches thousands of reports in a 20-year archive). */
static const char SEARCH_SQL[] =
	"SELECT s.kind, s.item_id, s.event_id,"
	"  snippet(search, CASE WHEN ?2 THEN 3 ELSE 1 END, '[', ']', ' … ', 14),"
	"  s.rank,"
	"  m.slug, m.starts_at, b.name,"
	"  (SELECT CASE WHEN ?2 THEN gv_redact(title) ELSE title END FROM items"
	"   WHERE id = s.item_id),"
	"  (SELECT motion FROM events WHERE id = s.event_id),"
	"  (SELECT v.resolution_year || '-' || v.resolution_seq FROM events mv, events v"
	"   WHERE mv.id = s.event_id AND v.meeting_id = mv.meeting_id AND v.kind = 'vote'"
	"   AND v.motion = mv.motion AND v.resolution_seq IS NOT NULL"
	"   AND v.id NOT IN (SELECT voids FROM events WHERE voids IS NOT NULL))"
	" FROM search s JOIN meetings m ON m.id = s.meeting_id JOIN bodies b ON b.id = m.body_id"
	" WHERE search MATCH ?1 AND s.rank MATCH 'bm25(10.0, 1.0, 10.0, 1.0)'"
	"  AND (NOT ?2 OR (s.confidential = 0 AND coalesce(m.agenda_published_at, 0) != 0))"
	"  AND (?3 = 0 OR m.body_id = ?3)"
	"  AND (?4 IS NULL OR (m.starts_at >= ?4 AND m.starts_at < ?7))"
	"  AND (?5 = 0 OR s.event_id IN"
	"       (SELECT id FROM events WHERE member_id = ?5 OR seconder_id = ?5))"
	"  AND (s.event_id IS NULL OR s.event_id NOT IN"
	"       (SELECT voids FROM events WHERE voids IS NOT NULL))"
	" ORDER BY s.rank LIMIT ?6";

/* A snippet on one line: markdown line breaks and heading marks out. */
static char *one_line(const char *s)
{
	struct gv_buf b = GV_BUF_INIT;
	bool space = false;
	for (; s && *s; s++) {
		if (*s == '\n' || *s == '\r' || *s == '\t' || *s == ' ' || *s == '#') {
			space = b.len > 0;
			continue;
		}
		if (space)
			gv_buf_putc(&b, ' ');
		space = false;
		gv_buf_putc(&b, *s);
	}
	return gv_buf_detach(&b);
}

int gv_search(struct gv_ws *ws, const struct gv_search_query *q, struct gv_search_hit **hits,
	      size_t *n, struct gv_err *err)
{
	*hits = NULL;
	*n = 0;
	char *expr;
	int rc = gv_search_expression(q->text, &expr, err);
	if (rc)
		return rc;
	/* public: the columns the public sees; closed items are dropped after
	 * ranking, so ask for more than the limit */
	char *match = gv_asprintf("{%s} : (%s)", q->public ? "public_title public_body"
							     : "title body", expr);
	free(expr);
	int limit = q->limit > 0 ? q->limit : 20;
	sqlite3_stmt *st;
	if ((rc = gv_db_prepare(ws->db, SEARCH_SQL, &st, err))) {
		free(match);
		return rc;
	}
	sqlite3_bind_text(st, 1, match, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 2, q->public);
	sqlite3_bind_int64(st, 3, q->body_id);
	if (q->year) {
		/* the local year as instants: a comparison per match, not a
		 * conversion to local time */
		int64_t from = 0, to = 0;
		char jan1[24];
		snprintf(jan1, sizeof jan1, "%04d-01-01 00:00", q->year);
		if (gv_time_parse(jan1, 0, &from, NULL))
			from = 0;
		snprintf(jan1, sizeof jan1, "%04d-01-01 00:00", q->year + 1);
		if (gv_time_parse(jan1, 0, &to, NULL))
			to = 0; /* a year that cannot be written matches nothing */
		sqlite3_bind_int64(st, 4, from);
		sqlite3_bind_int64(st, 7, to);
	}
	sqlite3_bind_int64(st, 5, q->member_id);
	sqlite3_bind_int(st, 6, q->public ? limit * 4 : limit);
	*hits = gv_calloc((size_t)(q->public ? limit * 4 : limit), sizeof **hits);
	int step = SQLITE_DONE;
	while (*n < (size_t)limit && (step = sqlite3_step(st)) == SQLITE_ROW) {
		struct gv_search_hit *h = &(*hits)[*n];
		memset(h, 0, sizeof *h);
		bool closed = false;
		int64_t item_id = sqlite3_column_int64(st, 1);
		if (item_id && (rc = item_place(ws->db, item_id, h->item, &closed, err)))
			break;
		if (q->public && closed)
			continue;
		const char *kind = (const char *)sqlite3_column_text(st, 0);
		h->kind = !strcmp(kind, "motion") ? "motion" : !strcmp(kind, "note") ? "note" : "item";
		h->snippet = one_line((const char *)sqlite3_column_text(st, 3));
		h->score = sqlite3_column_double(st, 4);
		h->meeting = gv_db_text(st, 5);
		gv_time_format(sqlite3_column_int64(st, 6), "%Y-%m-%d", h->date, sizeof h->date);
		h->body = gv_db_text(st, 7);
		h->title = gv_db_text(st, 8);
		/* the public knows a motion by its resolution: its number in
		 * the log would count the motions of closed sessions */
		h->motion = q->public ? 0 : sqlite3_column_int(st, 9);
		if (sqlite3_column_text(st, 10))
			snprintf(h->resolution, sizeof h->resolution, "%s",
				 (const char *)sqlite3_column_text(st, 10));
		(*n)++;
	}
	if (!rc && step != SQLITE_ROW && step != SQLITE_DONE)
		rc = gv_db_fail(ws->db, "search", err);
	sqlite3_finalize(st);
	free(match);
	if (rc) {
		gv_search_hits_free(*hits, *n);
		*hits = NULL;
		*n = 0;
	}
	return rc;
}

void gv_search_hits_free(struct gv_search_hit *h, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(h[i].meeting);
		free(h[i].body);
		free(h[i].title);
		free(h[i].snippet);
	}
	free(h);
}

int gv_search_check(sqlite3 *db, struct gv_err *err)
{
	struct gv_err e = {0};
	/* FTS5 runs its own check as a write: not on a read-only workspace */
	if (sqlite3_db_readonly(db, "main") != 1 &&
	    gv_db_exec(db, "INSERT INTO search(search) VALUES ('integrity-check')", &e))
		return gv_err_set(err, GV_EREFUSED, "search index damaged: %s", e.msg);
	sqlite3_stmt *st;
	int rc = gv_db_prepare(
		db,
		"SELECT (SELECT count(*) FROM items i LEFT JOIN search s ON s.rowid = i.id * 4"
		"        WHERE s.rowid IS NULL OR s.title IS NOT i.title"
		"        OR s.body IS NOT i.body || char(10) || i.recommendation)"
		"     + (SELECT count(*) FROM events v LEFT JOIN search s"
		"        ON s.rowid = v.id * 4 + 1 WHERE v.kind = 'move' AND (s.rowid IS NULL"
		"        OR s.body IS NOT v.text || char(10) || coalesce(v.replace_text, '')))"
		"     + (SELECT count(*) FROM minutes_notes n LEFT JOIN search s"
		"        ON s.rowid = n.item_id * 4 + 2 WHERE s.body IS NOT n.body)"
		"     + (SELECT count(*) FROM search WHERE kind IN ('item', 'note') AND item_id"
		"        NOT IN (SELECT id FROM items))",
		&st, err);
	if (rc)
		return rc;
	if (sqlite3_step(st) != SQLITE_ROW)
		rc = gv_db_fail(db, "search index check", err);
	else if (sqlite3_column_int(st, 0))
		rc = gv_err_set(err, GV_EREFUSED,
				"search index out of date: %d entries differ from the agenda and log "
				"(gavel check --repair rebuilds it)", sqlite3_column_int(st, 0));
	sqlite3_finalize(st);
	return rc;
}

int gv_search_rebuild(sqlite3 *db, struct gv_err *err)
{
	int rc = gv_db_begin(db, err);
	if (rc)
		return rc;
	return gv_db_end(db, gv_db_exec(db, "DELETE FROM search;" GV_SEARCH_FILL_SQL, err), err);
}
