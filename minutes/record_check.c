/* gavel check: record/ and confidential/ hold what the database says was
 * published and approved (docs/safety.md, "The record against the
 * database"). A file gone from main (a commit removed, a reset), approved
 * minutes changed afterwards in the repository or in gavel.db, an approval
 * tag missing or off main's history: each is one line naming the meeting.
 * --repair commits again what the database holds whole (a published
 * agenda's latest revision, the head of council's decisions); the rest is
 * the clerk's to weigh.
 * Agendas are only looked for, not compared: the database may hold
 * changes not yet published. Draft minutes are not looked for: a workspace
 * older than the minutes has meetings that never had any. */
#include "minutes/record.h"

#include "agenda/agenda_publish.h"
#include "agenda/mayor.h"
#include "agenda/meeting.h"
#include "base/buf.h"
#include "base/clock.h"
#include "base/err.h"
#include "minutes/minutes.h"
#include "store/db.h"
#include "store/repo.h"
#include "store/workspace.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct rc_check {
	struct gv_ws *ws;
	const char *name; /* "record" or "confidential" */
	struct gv_repo_reader *repo;
	bool repair;
	const struct gv_record_check_out *out;
};

static void say(struct rc_check *k, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void say(struct rc_check *k, const char *fmt, ...)
{
	char line[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(line, sizeof line, fmt, ap);
	va_end(ap);
	k->out->found(k->out->arg, line);
}

/* The one text column of the query's first row (NULL: no row, or NULL),
 * the query's parameters (if any) id and public; *rc an error reading it. */
static char *db_text(sqlite3 *db, const char *sql, int64_t id, int public, int *rc,
		     struct gv_err *err)
{
	sqlite3_stmt *st;
	if ((*rc = gv_db_prepare(db, sql, &st, err)))
		return NULL;
	if (sqlite3_bind_parameter_count(st) > 0)
		sqlite3_bind_int64(st, 1, id);
	if (sqlite3_bind_parameter_count(st) > 1)
		sqlite3_bind_int(st, 2, public);
	char *text = NULL;
	int step = sqlite3_step(st);
	if (step == SQLITE_ROW)
		text = gv_db_text(st, 0);
	else if (step != SQLITE_DONE)
		*rc = gv_db_fail(db, "cannot read the record's meetings", err);
	sqlite3_finalize(st);
	return text;
}

/* path at rev of the repository: *rc an error other than no such file
 * (an unknown rev is GV_ENOTFOUND). */
static char *repo_text(struct rc_check *k, const char *rev, const char *path, int *rc,
		       struct gv_err *err)
{
	char *data;
	size_t len;
	*rc = gv_repo_reader_read(k->repo, rev, path, &data, &len, err);
	if (*rc == GV_ENOTFOUND && !strcmp(rev, "main"))
		*rc = 0; /* nothing committed yet: no file */
	return data;
}

/* The approval of meeting m: its tag in record/ (on main's history, with
 * the minutes approved), and the minutes at main as approved. */
static int check_approved(struct rc_check *k, const struct gv_meeting *m, const char *path,
			  const char *at_main, struct gv_err *err)
{
	bool public = !strcmp(k->name, "record");
	int rc;
	char *approved = db_text(k->ws->db,
				 "SELECT md FROM approved_minutes WHERE meeting_id = ? AND public = ?",
				 m->id, public, &rc, err);
	if (rc)
		return rc;
	char *tag = gv_asprintf("approved/%s", m->slug), *tagged = NULL;
	if (public) {
		bool in;
		rc = gv_repo_reader_in_main(k->repo, tag, &in, err);
		if (rc == GV_ENOTFOUND) {
			say(k, "%s: record/ has no tag %s, though gavel.db says the minutes were "
			       "approved", m->slug, tag);
			rc = 0;
		} else if (!rc) {
			if (!in)
				say(k, "%s: record/'s tag %s is not in main's history (commits taken "
				       "out of main)", m->slug, tag);
			tagged = repo_text(k, tag, path, &rc, err);
			if (!rc && !tagged)
				say(k, "%s: record/'s tag %s has no %s", m->slug, tag, path);
			else if (!rc && approved && strcmp(tagged, approved))
				say(k, "%s: %s at record/'s tag %s is not the text approved, which "
				       "gavel.db keeps", m->slug, path, tag);
		}
	}
	/* minutes approved before gavel kept their text: main holds what
	 * the tag does */
	const char *want = approved ? approved : tagged;
	if (!rc && at_main && want && strcmp(at_main, want))
		say(k, "%s: %s at %s/'s main is not the text approved%s", m->slug, path, k->name,
		    approved ? ", which gavel.db keeps" : " (the tag's)");
	free(tagged);
	free(tag);
	free(approved);
	return rc;
}

static int check_meeting(struct rc_check *k, const struct gv_meeting *m, struct gv_err *err)
{
	char *dir = gv_minutes_dir(m);
	char *agenda = gv_asprintf("%s/agenda.md", dir), *minutes = gv_asprintf("%s/minutes.md", dir);
	char *text = NULL, *approved_at = NULL;
	int rc = 0;
	if (m->agenda_published_at) {
		text = repo_text(k, "main", agenda, &rc, err);
		bool changed;
		if (!rc && !text && k->repair && !gv_agenda_recommit(k->ws, m, &changed, NULL)) {
			char *what = gv_asprintf("committed %s (revision %d) to %s/ again from the "
						 "database, as it was published",
						 agenda, m->agenda_revision, k->name);
			k->out->mended(k->out->arg, what);
			free(what);
		} else if (!rc && !text) {
			char day[16];
			gv_time_format(m->agenda_published_at, "%Y-%m-%d", day, sizeof day);
			say(k, "%s: %s/ has no %s, published on %s (commits taken out of main, or the "
			       "file deleted)",
			    m->slug, k->name, agenda, day);
		}
		free(text);
		text = NULL;
	}
	if (!rc)
		approved_at = db_text(k->ws->db,
				      "SELECT approved_at FROM minutes_approvals WHERE meeting_id = ?",
				      m->id, 0, &rc, err);
	if (!rc && approved_at && !(text = repo_text(k, "main", minutes, &rc, err)) && !rc)
		say(k, "%s: %s/ has no %s, though the minutes were approved (commits taken out "
		       "of main, or the file deleted)", m->slug, k->name, minutes);
	if (!rc && approved_at)
		rc = check_approved(k, m, minutes, text, err);
	free(text);
	free(approved_at);
	free(agenda);
	free(minutes);
	free(dir);
	return rc;
}

/* The head of council's decisions and vetoes (docs/bylaws.md), public
 * record only: looked for, as agendas are. */
static int check_head_of_council(struct rc_check *k, struct gv_err *err)
{
	int rc;
	char *latest = db_text(k->ws->db,
			       "SELECT max(on_date) FROM mayor_decisions",
			       0, 0, &rc, err);
	char *text = NULL;
	if (!rc && latest && !(text = repo_text(k, "main", "head-of-council.md", &rc, err)) && !rc &&
	    k->repair && !gv_mayor_recommit(k->ws, NULL))
		k->out->mended(k->out->arg, "committed head-of-council.md to record/ again from the "
					    "database");
	else if (!rc && latest && !text)
		say(k, "record/ has no head-of-council.md, though gavel.db has the head of "
		       "council's decisions up to %s (commits taken out of main, or the file "
		       "deleted)", latest);
	free(text);
	free(latest);
	return rc;
}

int gv_record_check(struct gv_ws *ws, const char *name, bool repair,
		    const struct gv_record_check_out *out, struct gv_err *err)
{
	struct rc_check k = {ws, name, NULL, repair, out};
	char *path = gv_ws_path(ws, name);
	int rc = gv_repo_reader_open(path, &k.repo, err);
	free(path);
	struct gv_meeting *m = NULL;
	size_t n = 0;
	if (!rc)
		rc = gv_meeting_list(ws, &m, &n, err);
	for (size_t i = 0; !rc && i < n; i++)
		rc = check_meeting(&k, &m[i], err);
	gv_meetings_free(m, n);
	if (!rc && !strcmp(name, "record"))
		rc = check_head_of_council(&k, err);
	gv_repo_reader_close(k.repo);
	return rc;
}
