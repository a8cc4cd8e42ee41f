#include "agenda/mayor.h"

#include "agenda/bylaw.h"
#include "base/buf.h"
#include "base/clock.h"
#include "base/err.h"
#include "base/text.h"
#include "render/md_defuse.h"
#include "store/repo.h"
#include "store/db.h"
#include "store/settings.h"
#include "store/workspace.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

bool gv_date_add(const char *date, int days, char out[11])
{
	if (!gv_date_valid(date))
		return false;
	struct tm tm = {0};
	tm.tm_year = atoi(date) - 1900;
	tm.tm_mon = atoi(date + 5) - 1;
	tm.tm_mday = atoi(date + 8) + days;
	tm.tm_hour = 12;
	time_t t = timegm(&tm);
	gmtime_r(&t, &tm);
	strftime(out, 11, "%Y-%m-%d", &tm);
	return true;
}

static int setting_int(struct gv_ws *ws, const char *key)
{
	char *v = gv_setting_get(ws->db, key);
	int n = atoi(v);
	free(v);
	return n;
}

static int strong_mayor(struct gv_ws *ws, struct gv_err *err)
{
	char *v = gv_setting_get(ws->db, "procedure.strong-mayor");
	bool yes = !strcmp(v, "yes");
	free(v);
	return yes ? 0
		   : gv_err_set(err, GV_EREFUSED,
				"the head of council has no strong-mayor powers here (gavel config "
				"procedure.strong-mayor yes)");
}

static int insert(struct gv_ws *ws, const char *kind, const char *on, const char *text,
		  int64_t bylaw_id, int64_t *id, struct gv_err *err)
{
	sqlite3_stmt *st;
	if (gv_db_prepare(ws->db, "INSERT INTO mayor_decisions(kind, on_date, text, bylaw_id,"
				  " recorded_at) VALUES (?, ?, ?, ?, ?)", &st, err))
		return GV_EIO;
	sqlite3_bind_text(st, 1, kind, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, on, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, text, -1, SQLITE_STATIC);
	if (bylaw_id)
		sqlite3_bind_int64(st, 4, bylaw_id);
	sqlite3_bind_int64(st, 5, gv_now());
	int rc = gv_db_run(ws->db, st, "cannot record the decision", err);
	if (!rc && id)
		*id = sqlite3_last_insert_rowid(ws->db);
	return rc;
}

static int check_text(const char *text, const char *what, struct gv_err *err)
{
	if (!*text)
		return gv_err_set(err, GV_EREFUSED, "the %s is empty", what);
	return gv_check_line(text, what, 8000, err);
}

/* head-of-council.md in record/: every decision and veto with its date,
 * newest first, as the regulation has them made public (docs/bylaws.md,
 * "Mayoral decisions"), committed after the database has them. */
static int record(struct gv_ws *ws, const char *what, bool only_if_any, struct gv_err *err)
{
	struct gv_mayor_decision *d;
	size_t n;
	int rc = gv_mayor_list(ws, &d, &n, err);
	if (rc || (only_if_any && !n)) {
		if (!rc)
			gv_mayor_free(d, n);
		return rc;
	}
	struct gv_buf md = GV_BUF_INIT;
	gv_buf_puts(&md, "# Decisions of the head of council\n\nMade in writing under Part VI.1 "
			 "of the Municipal Act, 2001, newest first.\n");
	for (size_t i = 0; i < n; i++) {
		char words[40];
		char *text = gv_redact(d[i].text);
		size_t len;
		char *safe = gv_md_defuse(text, strlen(text), &len);
		gv_buf_printf(&md, "\n## %s: ", gv_date_words(d[i].on, words) ? words : d[i].on);
		if (d[i].bylaw)
			gv_buf_printf(&md, "veto of By-law %s\n\nReasons: ", d[i].bylaw);
		else
			gv_buf_puts(&md, "decision\n\n");
		gv_buf_printf(&md, "%s\n", safe);
		free(safe);
		free(text);
	}
	gv_mayor_free(d, n);
	char *repo = gv_ws_path(ws, "record"), *msg = gv_asprintf("Head of council: %s\n", what);
	struct gv_signature sig;
	gv_ws_signature(ws, gv_now(), &sig);
	struct gv_repo_file f = {"head-of-council.md", gv_buf_str(&md), md.len};
	bool committed;
	rc = gv_repo_commit(repo, &f, 1, msg, &sig, &committed, NULL, err);
	free(repo);
	free(msg);
	gv_buf_free(&md);
	return rc;
}

int gv_mayor_recommit(struct gv_ws *ws, struct gv_err *err)
{
	return record(ws, "made again from the database (gavel check --repair)", true, err);
}

int gv_mayor_decision(struct gv_ws *ws, const char *on, const char *text, int64_t *id,
		      struct gv_err *err)
{
	int rc;
	if ((rc = strong_mayor(ws, err)) || (rc = check_text(text, "decision", err)))
		return rc;
	if ((rc = gv_db_begin(ws->db, err)))
		return rc;
	if ((rc = gv_db_end(ws->db, insert(ws, "decision", on, text, 0, id, err), err)))
		return rc;
	char *what = gv_asprintf("decision of %s", on);
	rc = record(ws, what, false, err);
	free(what);
	return rc;
}

int gv_mayor_veto(struct gv_ws *ws, const char *number, const char *on, const char *notice,
		  const char *reasons, struct gv_err *err)
{
	int rc;
	int64_t id;
	if ((rc = strong_mayor(ws, err)) || (rc = check_text(reasons, "reasons", err)))
		return rc;
	if ((rc = gv_db_begin(ws->db, err)))
		return rc;
	struct gv_bylaw *b = NULL;
	size_t n = 0;
	if (!(rc = gv_bylaw_id(ws, number, &id, err)) && !(rc = gv_bylaw_list(ws, id, &b, &n, err))) {
		char last_notice[11], last_veto[11];
		const char *passed = b->enacted ? b->enacted->date : "";
		if (!notice)
			notice = on;
		if (!b->enacted)
			rc = gv_err_set(err, GV_EREFUSED,
					"by-law %s is not subject to veto: council has not passed it (%s)",
					b->number, gv_bylaw_status(b));
		else if (b->vetoed_on)
			rc = gv_err_set(err, GV_EREFUSED, "by-law %s was already vetoed on %s",
					b->number, b->vetoed_on);
		else if (b->repealed_by)
			rc = gv_err_set(err, GV_EREFUSED,
					"by-law %s is not subject to veto: by-law %s repealed it",
					b->number, b->repealed_by);
		else if (gv_date_add(passed, setting_int(ws, "mayor.veto-notice-days"), last_notice) &&
			 (strcmp(notice, passed) < 0 || strcmp(notice, last_notice) > 0))
			rc = gv_err_set(err, GV_EREFUSED,
					"by-law %s passed on %s: notice of intent to veto is given "
					"from %s to %s, not %s (O. Reg. 530/22; mayor.veto-notice-days)",
					b->number, passed, passed, last_notice, notice);
		else if (gv_date_add(notice, setting_int(ws, "mayor.veto-days"), last_veto) &&
			 (strcmp(on, notice) < 0 || strcmp(on, last_veto) > 0))
			rc = gv_err_set(err, GV_EREFUSED,
					"notice of intent to veto by-law %s was given on %s: the veto "
					"comes from %s to %s, not %s (O. Reg. 530/22; mayor.veto-days)",
					b->number, notice, notice, last_veto, on);
	}
	if (!rc)
		rc = insert(ws, "veto", on, reasons, id, NULL, err);
	gv_bylaws_free(b, n);
	if ((rc = gv_db_end(ws->db, rc, err)))
		return rc;
	char *what = gv_asprintf("veto of By-law %s on %s", number, on);
	rc = record(ws, what, false, err);
	free(what);
	return rc;
}

int gv_mayor_override_check(struct gv_ws *ws, int64_t bylaw_id, const char *date,
			    struct gv_err *err)
{
	struct gv_bylaw *b = NULL;
	size_t n = 0;
	int rc = strong_mayor(ws, err);
	if (!rc)
		rc = gv_bylaw_list(ws, bylaw_id, &b, &n, err);
	if (rc || !n)
		return rc ? rc : gv_err_set(err, GV_ENOTFOUND, "no such by-law");
	char last[11];
	if (!b->vetoed_on)
		rc = gv_err_set(err, GV_EREFUSED, "by-law %s was not vetoed: there is nothing to "
				"override", b->number);
	else if (b->overridden)
		rc = gv_err_set(err, GV_EREFUSED, "council already overrode the veto of by-law %s "
				"(Resolution %s)", b->number, b->overridden->res);
	else if (gv_date_add(b->vetoed_on, setting_int(ws, "mayor.override-days"), last) &&
		 (strcmp(date, b->vetoed_on) < 0 || strcmp(date, last) > 0))
		rc = gv_err_set(err, GV_EREFUSED,
				"the veto of by-law %s of %s may be overridden from %s to %s, not %s "
				"(Municipal Act s.284.11; mayor.override-days)", b->number,
				b->vetoed_on, b->vetoed_on, last, date);
	gv_bylaws_free(b, n);
	return rc;
}

int gv_mayor_list(struct gv_ws *ws, struct gv_mayor_decision **out, size_t *n,
		  struct gv_err *err)
{
	*out = NULL;
	*n = 0;
	sqlite3_stmt *st;
	if (gv_db_prepare(ws->db, "SELECT d.id, d.kind, d.on_date, d.text, b.number, b.title"
				  " FROM mayor_decisions d LEFT JOIN bylaws b ON b.id = d.bylaw_id"
				  " ORDER BY d.on_date DESC, d.id DESC", &st, err))
		return GV_EIO;
	while (sqlite3_step(st) == SQLITE_ROW) {
		struct gv_mayor_decision *d = GV_PUSH(*out, *n);
		memset(d, 0, sizeof *d);
		d->id = sqlite3_column_int64(st, 0);
		snprintf(d->kind, sizeof d->kind, "%s", (const char *)sqlite3_column_text(st, 1));
		snprintf(d->on, sizeof d->on, "%s", (const char *)sqlite3_column_text(st, 2));
		d->text = gv_db_text(st, 3);
		d->bylaw = gv_db_text(st, 4);
		d->bylaw_title = gv_db_text(st, 5);
	}
	sqlite3_finalize(st);
	return 0;
}

void gv_mayor_free(struct gv_mayor_decision *d, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(d[i].text);
		free(d[i].bylaw);
		free(d[i].bylaw_title);
	}
	free(d);
}
