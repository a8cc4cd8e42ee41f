#include "minutes/text_check.h"

#include "agenda/item.h"
#include "agenda/meeting.h"
#include "base/buf.h"
#include "base/err.h"
#include "base/text.h"
#include "minutes/notes.h"
#include "store/db.h"
#include "store/settings.h"
#include "store/workspace.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

struct finder {
	void (*found)(void *arg, const char *problem);
	void *arg;
};

/* Report text when it breaks the rule, as the field what, with fix, the
 * command that changes it. Frees what and fix. */
static void look(const struct finder *f, const char *text, bool one_line, char *what, char *fix)
{
	struct gv_err e = {0};
	if (text && gv_check_chars(text, one_line, what, &e)) {
		char *line = gv_utf8_valid(text, strlen(text))
				     ? gv_asprintf("%s with: %s", e.msg, fix)
				     : gv_asprintf("%s; replace it with: %s", e.msg, fix);
		f->found(f->arg, line);
		free(line);
	}
	free(what);
	free(fix);
}

/* The fix for a field no gavel command changes: the SQL that does. */
static char *sql_fix_key(const char *table, const char *column, const char *key, int64_t id)
{
	return gv_asprintf("sqlite3 gavel.db \"UPDATE %s SET %s = 'TEXT' WHERE %s = %lld\"", table,
			   column, key, (long long)id);
}

static char *sql_fix(const char *table, const char *column, int64_t id)
{
	return sql_fix_key(table, column, "id", id);
}

/* The same for the words of an event, which no trigger follows: the
 * meeting's change counter is moved too, so that the next publish makes
 * its pages again. */
static char *log_fix(const char *column, int64_t id, int64_t meeting_id)
{
	return gv_asprintf("sqlite3 gavel.db \"UPDATE events SET %s = 'TEXT' WHERE id = %lld; "
			   "UPDATE meetings SET changes = changes + 1 WHERE id = %lld\"",
			   column, (long long)id, (long long)meeting_id);
}

static const char *column_text(sqlite3_stmt *st, int col)
{
	return (const char *)sqlite3_column_text(st, col);
}

static int check_settings(sqlite3 *db, const struct finder *f, struct gv_err *err)
{
	sqlite3_stmt *st;
	if (gv_db_prepare(db, "SELECT key, value FROM settings ORDER BY key", &st, err))
		return GV_EIO;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *key = column_text(st, 0);
		if (key && gv_setting_def(key)) /* gavel never reads the others */
			look(f, column_text(st, 1), true, gv_asprintf("setting %s", key),
			     gv_asprintf("gavel config %s VALUE", key));
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : gv_db_fail(db, "cannot read the settings", err);
}

/* Fields of bodies and members, and of members' periods (docs/people.md),
 * which `member edit` never rewrites: the fix is SQL. */
static int check_people(sqlite3 *db, const struct finder *f, struct gv_err *err)
{
	static const struct {
		const char *table, *column, *name, *key;
	} fields[] = {
		{"bodies", "name", "name of body", "id"},
		{"members", "name", "name of member", "id"},
		{"members", "ward", "ward of member", "id"},
		{"member_periods", "name", "name in member period", "rowid"},
		{"member_periods", "ward", "ward in member period", "rowid"},
		{"member_periods", "title", "title in member period", "rowid"},
	};
	for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
		char *sql = gv_asprintf("SELECT %s, %s FROM %s ORDER BY %s", fields[i].key,
					fields[i].column, fields[i].table, fields[i].key);
		sqlite3_stmt *st;
		int rc = gv_db_prepare(db, sql, &st, err);
		free(sql);
		if (rc)
			return GV_EIO;
		while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
			int64_t id = sqlite3_column_int64(st, 0);
			look(f, column_text(st, 1), true,
			     gv_asprintf("%s %lld", fields[i].name, (long long)id),
			     sql_fix_key(fields[i].table, fields[i].column, fields[i].key, id));
		}
		sqlite3_finalize(st);
		if (rc != SQLITE_DONE)
			return gv_db_fail(db, "cannot read the bodies and members", err);
	}
	return 0;
}

static void check_meeting(const struct finder *f, const struct gv_meeting *m)
{
	const char *s = m->slug;
	look(f, m->title, true, gv_asprintf("title of meeting %s", s),
	     gv_asprintf("gavel meeting edit %s --title TEXT", s));
	look(f, m->location, true, gv_asprintf("location of meeting %s", s),
	     gv_asprintf("gavel meeting edit %s --location TEXT", s));
	look(f, m->stream_url, true, gv_asprintf("stream URL of meeting %s", s),
	     gv_asprintf("gavel meeting edit %s --stream-url URL", s));
}

static void check_item(const struct finder *f, const char *s, const struct gv_item *it,
		       const struct gv_note *note)
{
	const char *n = it->number;
	look(f, it->title, true, gv_asprintf("title of item %s of %s", n, s),
	     gv_asprintf("gavel agenda edit %s %s --title TEXT", s, n));
	if (it->public_title)
		look(f, it->public_title, true, gv_asprintf("public title of item %s of %s", n, s),
		     gv_asprintf("gavel agenda edit %s %s --public-title TEXT", s, n));
	look(f, it->body, false, gv_asprintf("body of item %s of %s", n, s),
	     gv_asprintf("gavel agenda edit %s %s --body-file FILE", s, n));
	look(f, it->recommendation, false, gv_asprintf("recommendation of item %s of %s", n, s),
	     gv_asprintf("gavel agenda edit %s %s --recommendation TEXT", s, n));
	for (size_t k = 0; k < it->n_attachments; k++) {
		const struct gv_attachment *at = &it->attachments[k];
		look(f, at->name, true,
		     gv_asprintf("name of attachment %lld of item %s of %s", (long long)at->id, n, s),
		     sql_fix("attachments", "name", at->id));
	}
	if (note)
		look(f, note->body, false, gv_asprintf("note on item %s of %s", n, s),
		     gv_asprintf("gavel minutes %s note %s --file FILE", s, n));
}

static int check_agendas(struct gv_ws *ws, const struct finder *f, struct gv_err *err)
{
	struct gv_meeting *m;
	size_t n;
	int rc = gv_meeting_list(ws, &m, &n, err);
	if (rc)
		return rc;
	for (size_t i = 0; i < n && !rc; i++) {
		check_meeting(f, &m[i]);
		struct gv_agenda a;
		struct gv_note *notes = NULL;
		size_t n_notes = 0;
		if ((rc = gv_agenda_load(ws, m[i].id, &a, err)))
			break;
		if (!(rc = gv_notes_load(ws->db, m[i].id, &notes, &n_notes, err)))
			for (size_t k = 0; k < a.n; k++)
				check_item(f, m[i].slug, &a.items[k],
					   gv_note_find(notes, n_notes, a.items[k].id));
		gv_notes_free(notes, n_notes);
		gv_agenda_free(&a);
	}
	gv_meetings_free(m, n);
	return rc;
}

/* The words of the meeting logs: motions, amendments' replacement text,
 * reasons for declarations. */
static int check_logs(sqlite3 *db, const struct finder *f, struct gv_err *err)
{
	sqlite3_stmt *st;
	if (gv_db_prepare(db,
			  "SELECT e.id, e.seq, e.kind, e.motion, e.text, e.replace_text, m.slug, m.id"
			  " FROM events e JOIN meetings m ON m.id = e.meeting_id"
			  " WHERE e.text IS NOT NULL OR e.replace_text IS NOT NULL"
			  " ORDER BY m.starts_at, m.id, e.seq",
			  &st, err))
		return GV_EIO;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int64_t id = sqlite3_column_int64(st, 0), meeting_id = sqlite3_column_int64(st, 7);
		int seq = sqlite3_column_int(st, 1), k = sqlite3_column_int(st, 3);
		const char *kind = column_text(st, 2), *s = column_text(st, 6);
		char *what = !strcmp(kind, "move")
				     ? gv_asprintf("wording of motion %d of %s", k, s)
			     : !strcmp(kind, "declare")
				     ? gv_asprintf("reason for the declaration in event %d of %s", seq, s)
				     : gv_asprintf("text of event %d of %s", seq, s);
		look(f, column_text(st, 4), true, what, log_fix("text", id, meeting_id));
		look(f, column_text(st, 5), true,
		     gv_asprintf("replacement text of motion %d of %s", k, s),
		     log_fix("replace_text", id, meeting_id));
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : gv_db_fail(db, "cannot read the meeting logs", err);
}

int gv_text_check(struct gv_ws *ws, void (*found)(void *arg, const char *problem), void *arg,
		  struct gv_err *err)
{
	struct finder f = {found, arg};
	int rc;
	if ((rc = check_settings(ws->db, &f, err)) || (rc = check_people(ws->db, &f, err)) ||
	    (rc = check_agendas(ws, &f, err)))
		return rc;
	return check_logs(ws->db, &f, err);
}
