#include "agenda/meeting.h"

#include "agenda/approved.h"
#include "agenda/body.h"
#include "agenda/deferral.h"
#include "agenda/notice.h"
#include "agenda/template.h"
#include "base/buf.h"
#include "base/clock.h"
#include "base/err.h"
#include "base/text.h"
#include "store/db.h"
#include "store/settings.h"
#include "store/workspace.h"

#include <stdlib.h>
#include <string.h>

/* The meeting's latest agenda revision (agenda/revision.h). */
#define LATEST_REVISION "SELECT max(revision) FROM agenda_revisions r WHERE r.meeting_id = m.id"
#define ITEM_COLUMNS                                                                      \
	"id, parent_id, position, title, body, recommendation, consent, closed_clause,"   \
	" public_title"
#define ATTACHMENT_COLUMNS "item_id, id, name, sha256, media_type, size"
#define REVISION_ITEMS                                                                    \
	"SELECT " ITEM_COLUMNS " FROM revision_items WHERE meeting_id = m.id"              \
	" AND revision = (" LATEST_REVISION ")"
#define WORKING_ITEMS "SELECT " ITEM_COLUMNS " FROM items WHERE meeting_id = m.id"
#define REVISION_ATTACHMENTS                                                              \
	"SELECT " ATTACHMENT_COLUMNS " FROM revision_attachments WHERE meeting_id = m.id"  \
	" AND revision = (" LATEST_REVISION ")"
#define WORKING_ATTACHMENTS                                                               \
	"SELECT " ATTACHMENT_COLUMNS " FROM attachments WHERE item_id IN"                  \
	" (SELECT id FROM items WHERE meeting_id = m.id)"
/* Whether the working agenda differs from its latest revision: items or
 * attachments on one side that are not on the other, every column alike. */
#define AGENDA_CHANGED                                                                    \
	"m.agenda_published_at IS NOT NULL AND ("                                           \
	" EXISTS (" WORKING_ITEMS " EXCEPT " REVISION_ITEMS ")"                            \
	" OR EXISTS (" REVISION_ITEMS " EXCEPT " WORKING_ITEMS ")"                         \
	" OR EXISTS (" WORKING_ATTACHMENTS " EXCEPT " REVISION_ATTACHMENTS ")"             \
	" OR EXISTS (" REVISION_ATTACHMENTS " EXCEPT " WORKING_ATTACHMENTS "))"

#define MEETING_SELECT                                                                   \
	"SELECT m.id, m.body_id, b.name, m.slug, m.title, m.starts_at, m.location,"      \
	" m.stream_url, m.lang, m.cancelled, m.sequence, m.agenda_published_at,"         \
	" (SELECT count(*) FROM items i WHERE i.meeting_id = m.id),"                     \
	" coalesce((" LATEST_REVISION "), 0), (" AGENDA_CHANGED ")"                      \
	" FROM meetings m JOIN bodies b ON b.id = m.body_id "

static void meeting_from_row(sqlite3_stmt *st, struct gv_meeting *m)
{
	m->id = sqlite3_column_int64(st, 0);
	m->body_id = sqlite3_column_int64(st, 1);
	m->body_name = gv_db_text(st, 2);
	m->slug = gv_db_text(st, 3);
	m->title = gv_db_text(st, 4);
	m->starts_at = sqlite3_column_int64(st, 5);
	m->location = gv_db_text(st, 6);
	m->stream_url = gv_db_text(st, 7);
	m->lang = gv_db_text(st, 8);
	m->cancelled = sqlite3_column_int(st, 9) != 0;
	m->sequence = sqlite3_column_int(st, 10);
	m->agenda_published_at = sqlite3_column_int64(st, 11);
	m->items = sqlite3_column_int(st, 12);
	m->agenda_revision = sqlite3_column_int(st, 13);
	m->agenda_changed = sqlite3_column_int(st, 14) != 0;
}

void gv_meeting_clear(struct gv_meeting *m)
{
	free(m->body_name);
	free(m->slug);
	free(m->title);
	free(m->location);
	free(m->stream_url);
	free(m->lang);
	memset(m, 0, sizeof *m);
}

void gv_meetings_free(struct gv_meeting *m, size_t n)
{
	for (size_t i = 0; i < n; i++)
		gv_meeting_clear(&m[i]);
	free(m);
}

void gv_meeting_date(const struct gv_meeting *m, char out[16])
{
	gv_time_format(m->starts_at, "%Y-%m-%d", out, 16);
}

char *gv_meeting_slug(const char *date, const char *body_slug,
		      bool (*taken)(const char *slug, void *ctx), void *ctx)
{
	char *slug = gv_asprintf("%s-%s", date, body_slug);
	for (int k = 2; taken(slug, ctx); k++) {
		free(slug);
		slug = gv_asprintf("%s-%s-%d", date, body_slug, k);
	}
	return slug;
}

static bool slug_taken(const char *slug, void *ctx)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(ctx, "SELECT 1 FROM meetings WHERE slug = ?", -1, &st, NULL))
		return true;
	sqlite3_bind_text(st, 1, slug, -1, SQLITE_STATIC);
	bool found = sqlite3_step(st) == SQLITE_ROW;
	sqlite3_finalize(st);
	return found;
}

static int insert_sections(sqlite3 *db, int64_t meeting, const char *const *sections,
			   struct gv_err *err)
{
	sqlite3_stmt *st;
	if (gv_db_prepare(db, "INSERT INTO items(meeting_id, position, title) VALUES (?,?,?)", &st,
			  err))
		return GV_EIO;
	int rc = 0;
	for (int i = 0; sections[i] && !rc; i++) {
		sqlite3_bind_int64(st, 1, meeting);
		sqlite3_bind_int(st, 2, i + 1);
		sqlite3_bind_text(st, 3, sections[i], -1, SQLITE_STATIC);
		if (sqlite3_step(st) != SQLITE_DONE)
			rc = gv_db_fail(db, "cannot add agenda sections", err);
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
	return rc;
}

static int meeting_insert(struct gv_ws *ws, const struct gv_meeting_spec *spec,
			  char **slug_out, struct gv_err *err);

/* s without surrounding spaces, or NULL; caller frees. */
static char *trimmed(const char *s)
{
	return s ? gv_trim(s) : NULL;
}

int gv_meeting_new(struct gv_ws *ws, const struct gv_meeting_spec *spec, char **slug_out,
		   struct gv_err *err)
{
	struct gv_meeting_spec clean = *spec;
	clean.title = trimmed(spec->title);
	clean.location = trimmed(spec->location);
	int rc = meeting_insert(ws, &clean, slug_out, err);
	free((char *)clean.title);
	free((char *)clean.location);
	return rc;
}

static int meeting_insert(struct gv_ws *ws, const struct gv_meeting_spec *spec,
			  char **slug_out, struct gv_err *err)
{
	const char *tmpl = spec->template ? spec->template : "ontario-regular";
	const char *const *sections = gv_template_sections(tmpl);
	if (!sections)
		return gv_err_set(err, GV_EREFUSED, "unknown template '%s' (%s)", tmpl,
				  gv_template_names());
	int rc;
	if ((rc = gv_check_line(spec->title, "meeting title", 300, err)) ||
	    (spec->location && (rc = gv_check_line(spec->location, "location", 300, err))))
		return rc;
	struct gv_body body = {0};
	if ((rc = gv_body_find(ws, spec->body ? spec->body : "1", &body, err)))
		return rc;

	char date[16];
	gv_time_format(spec->starts_at, "%Y-%m-%d", date, sizeof date);
	sqlite3_stmt *st = NULL;
	char *slug = NULL;
	rc = gv_db_begin(ws->db, err);
	if (rc)
		goto out;
	slug = gv_meeting_slug(date, body.slug, slug_taken, ws->db);
	char *lang = gv_setting_get(ws->db, "lang");
	char *stream = gv_setting_get(ws->db, "stream.url");
	rc = gv_db_prepare(ws->db,
			   "INSERT INTO meetings(body_id, slug, title, starts_at, location, lang,"
			   " stream_url) VALUES (?,?,?,?,?,?,NULLIF(?, ''))",
			   &st, err);
	if (!rc) {
		sqlite3_bind_int64(st, 1, body.id);
		sqlite3_bind_text(st, 2, slug, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 3, spec->title, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 4, spec->starts_at);
		if (spec->location)
			sqlite3_bind_text(st, 5, spec->location, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 6, lang, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 7, stream, -1, SQLITE_TRANSIENT);
		if (sqlite3_step(st) != SQLITE_DONE)
			rc = gv_db_fail(ws->db, "cannot add meeting", err);
	}
	free(lang);
	free(stream);
	int64_t id = sqlite3_last_insert_rowid(ws->db);
	if (!rc)
		rc = insert_sections(ws->db, id, sections, err);
	/* business deferred to a date goes to the first meeting on or after it */
	if (!rc)
		rc = gv_deferral_place_waiting(ws, id, err);
	/* and notices of motion to the next meeting of the body */
	if (!rc)
		rc = gv_notice_place_waiting(ws, id, err);
out:
	sqlite3_finalize(st);
	gv_body_clear(&body);
	if (rc) {
		gv_db_rollback(ws->db);
		free(slug);
		return rc;
	}
	if ((rc = gv_db_commit(ws->db, err))) {
		free(slug);
		return rc;
	}
	*slug_out = slug;
	return 0;
}

int gv_meeting_find(struct gv_ws *ws, const char *ref, struct gv_meeting *out,
		    struct gv_err *err)
{
	sqlite3_stmt *st;
	/* By the slug's index or the id, never by a scan of every meeting: an
	 * id is a number written without leading zeros. */
	if (gv_db_prepare(ws->db, MEETING_SELECT "WHERE m.slug = ?1 OR m.id = ?2", &st, err))
		return GV_EIO;
	sqlite3_bind_text(st, 1, ref, -1, SQLITE_STATIC);
	size_t digits = strspn(ref, "0123456789");
	if (digits && digits < 19 && !ref[digits] && ref[0] != '0')
		sqlite3_bind_int64(st, 2, strtoll(ref, NULL, 10));
	int rc = 0;
	if (sqlite3_step(st) == SQLITE_ROW)
		meeting_from_row(st, out);
	else
		rc = gv_err_set(err, GV_ENOTFOUND,
				"no meeting '%s' (see 'gavel meeting list')", ref);
	sqlite3_finalize(st);
	return rc;
}

/* The rows st gives, as meetings. */
static void meetings_from(sqlite3_stmt *st, struct gv_meeting **out, size_t *n)
{
	*n = 0;
	*out = NULL;
	GV_ROOM(*out, 0); /* never NULL, even empty */
	while (sqlite3_step(st) == SQLITE_ROW)
		meeting_from_row(st, GV_PUSH(*out, *n));
	sqlite3_finalize(st);
}

int gv_meeting_list(struct gv_ws *ws, struct gv_meeting **out, size_t *n, struct gv_err *err)
{
	return gv_meeting_range(ws, 0, (size_t)-1 >> 1, out, n, err);
}

int gv_meeting_range(struct gv_ws *ws, size_t from, size_t count, struct gv_meeting **out,
		     size_t *n, struct gv_err *err)
{
	sqlite3_stmt *st;
	if (gv_db_prepare(ws->db, MEETING_SELECT "ORDER BY m.starts_at, m.id LIMIT ?2 OFFSET ?1",
			  &st, err))
		return GV_EIO;
	sqlite3_bind_int64(st, 1, (sqlite3_int64)from);
	sqlite3_bind_int64(st, 2, count > INT64_MAX ? INT64_MAX : (sqlite3_int64)count);
	meetings_from(st, out, n);
	return 0;
}

int gv_meeting_starts(struct gv_ws *ws, struct gv_meeting_start **out, size_t *n,
		      struct gv_err *err)
{
	sqlite3_stmt *st;
	if (gv_db_prepare(ws->db, "SELECT id, starts_at FROM meetings ORDER BY starts_at, id", &st,
			  err))
		return GV_EIO;
	*n = 0;
	*out = NULL;
	GV_ROOM(*out, 0); /* never NULL, even empty */
	while (sqlite3_step(st) == SQLITE_ROW)
		*GV_PUSH(*out, *n) = (struct gv_meeting_start){sqlite3_column_int64(st, 0),
							       sqlite3_column_int64(st, 1)};
	sqlite3_finalize(st);
	return 0;
}

static int check_edit(const struct gv_meeting_edit *e, struct gv_err *err)
{
	int rc = 0;
	if (e->title && (rc = gv_check_line(e->title, "meeting title", 300, err)))
		return rc;
	if (e->location && (rc = gv_check_line(e->location, "location", 300, err)))
		return rc;
	if (e->stream_url && *e->stream_url &&
	    ((rc = gv_check_chars(e->stream_url, true, "stream URL", err)) ||
	     (rc = gv_setting_def("stream.url")->check(e->stream_url, err))))
		return rc;
	if (e->lang)
		rc = gv_setting_def("lang")->check(e->lang, err);
	return rc;
}

static int meeting_update(struct gv_ws *ws, const char *ref, const struct gv_meeting_edit *e,
			  struct gv_err *err);

int gv_meeting_edit(struct gv_ws *ws, const char *ref, const struct gv_meeting_edit *e,
		    struct gv_err *err)
{
	struct gv_meeting_edit clean = *e;
	clean.title = trimmed(e->title);
	clean.location = trimmed(e->location);
	int rc = meeting_update(ws, ref, &clean, err);
	free((char *)clean.title);
	free((char *)clean.location);
	return rc;
}

static int meeting_update(struct gv_ws *ws, const char *ref, const struct gv_meeting_edit *e,
			  struct gv_err *err)
{
	int rc = check_edit(e, err);
	if (rc)
		return rc;
	struct gv_meeting m = {0};
	if ((rc = gv_meeting_find(ws, ref, &m, err)))
		return rc;
	sqlite3_stmt *st = NULL;
	if ((rc = gv_db_begin(ws->db, err)))
		goto out;
	if ((rc = gv_agenda_locked(ws, m.id, err)))
		goto out;
	rc = gv_db_prepare(ws->db,
			   "UPDATE meetings SET title = coalesce(?1, title),"
			   " starts_at = coalesce(?2, starts_at), location = coalesce(?3, location),"
			   " stream_url = CASE WHEN ?4 IS NULL THEN stream_url ELSE NULLIF(?4, '') END,"
			   " lang = coalesce(?5, lang), cancelled = cancelled OR ?6,"
			   " sequence = sequence + 1 WHERE id = ?7",
			   &st, err);
	if (rc)
		goto out;
	if (e->title)
		sqlite3_bind_text(st, 1, e->title, -1, SQLITE_STATIC);
	if (e->starts_at)
		sqlite3_bind_int64(st, 2, *e->starts_at);
	if (e->location)
		sqlite3_bind_text(st, 3, e->location, -1, SQLITE_STATIC);
	if (e->stream_url)
		sqlite3_bind_text(st, 4, e->stream_url, -1, SQLITE_STATIC);
	if (e->lang)
		sqlite3_bind_text(st, 5, e->lang, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 6, e->cancel);
	sqlite3_bind_int64(st, 7, m.id);
	if (sqlite3_step(st) != SQLITE_DONE)
		rc = gv_db_fail(ws->db, "cannot edit meeting", err);
out:
	sqlite3_finalize(st);
	gv_meeting_clear(&m);
	return gv_db_end(ws->db, rc, err);
}

char *gv_meeting_name(const char *title, const char *body_name, int64_t starts_at)
{
	char day[48];
	gv_time_format(starts_at, "%B %-d, %Y", day, sizeof day);
	char *t = gv_fold(title), *b = gv_fold(body_name);
	bool named = strstr(t, b) != NULL;
	free(t);
	free(b);
	return named ? gv_asprintf("the %s of %s", title, day)
		     : gv_asprintf("the %s of %s of %s", title, body_name, day);
}
