#include "agenda/member_history.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/err.h"
#include "store/db.h"
#include "store/workspace.h"

static int read_periods(struct gv_ws *ws, int64_t id, struct gv_member_history *h,
			struct gv_err *err)
{
	sqlite3_stmt *st;
	if (gv_db_prepare(ws->db,
			  "SELECT member_id, from_date, to_date, name, role, title, ward"
			  " FROM member_periods WHERE ?1 = 0 OR member_id = ?1"
			  " ORDER BY member_id, from_date IS NOT NULL, from_date",
			  &st, err))
		return GV_EIO;
	sqlite3_bind_int64(st, 1, id);
	while (sqlite3_step(st) == SQLITE_ROW) {
		struct gv_period *p = GV_PUSH(h->periods, h->n_periods);
		p->member_id = sqlite3_column_int64(st, 0);
		p->from = gv_db_text(st, 1);
		p->to = gv_db_text(st, 2);
		p->name = gv_db_text(st, 3);
		p->role = gv_db_text(st, 4);
		p->title = gv_db_text(st, 5);
		p->ward = gv_db_text(st, 6);
	}
	sqlite3_finalize(st);
	return 0;
}

static int read_terms(struct gv_ws *ws, int64_t id, struct gv_member_history *h,
		      struct gv_err *err)
{
	sqlite3_stmt *st;
	if (gv_db_prepare(ws->db,
			  "SELECT t.member_id, t.body_id, b.name, b.slug, t.from_date, t.to_date"
			  " FROM terms t JOIN bodies b ON b.id = t.body_id"
			  " WHERE ?1 = 0 OR t.member_id = ?1"
			  " ORDER BY t.member_id, t.body_id, t.from_date IS NOT NULL, t.from_date",
			  &st, err))
		return GV_EIO;
	sqlite3_bind_int64(st, 1, id);
	while (sqlite3_step(st) == SQLITE_ROW) {
		struct gv_term *t = GV_PUSH(h->terms, h->n_terms);
		t->member_id = sqlite3_column_int64(st, 0);
		t->body_id = sqlite3_column_int64(st, 1);
		t->body = gv_db_text(st, 2);
		t->body_slug = gv_db_text(st, 3);
		t->from = gv_db_text(st, 4);
		t->to = gv_db_text(st, 5);
	}
	sqlite3_finalize(st);
	return 0;
}

int gv_member_history_load(struct gv_ws *ws, int64_t member_id, struct gv_member_history *h,
			   struct gv_err *err)
{
	memset(h, 0, sizeof *h);
	int rc = read_periods(ws, member_id, h, err);
	if (!rc)
		rc = read_terms(ws, member_id, h, err);
	if (rc)
		gv_member_history_clear(h);
	return rc;
}

void gv_member_history_clear(struct gv_member_history *h)
{
	for (size_t i = 0; i < h->n_periods; i++) {
		struct gv_period *p = &h->periods[i];
		free(p->from);
		free(p->to);
		free(p->name);
		free(p->role);
		free(p->title);
		free(p->ward);
	}
	for (size_t i = 0; i < h->n_terms; i++) {
		struct gv_term *t = &h->terms[i];
		free(t->body);
		free(t->body_slug);
		free(t->from);
		free(t->to);
	}
	free(h->periods);
	free(h->terms);
	memset(h, 0, sizeof *h);
}

