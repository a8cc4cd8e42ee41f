#include "publish/site.h"

#include <stdbool.h>
#include <stdio.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "agenda/agenda_md.h"
#include "agenda/agenda_public.h"
#include "agenda/agenda_view.h"
#include "agenda/attach.h"
#include "agenda/revision.h"
#include "base/buf.h"
#include "base/clock.h"
#include "base/err.h"
#include "base/files.h"
#include "base/json.h"
#include "base/text.h"
#include "minutes/minutes.h"
#include "render/html.h"
#include "store/db.h"
#include "store/settings.h"
#include "store/workspace.h"

static const struct gv_chapters no_chapters;

/* The meeting's minutes, kept when it has any; its chapters come with them. */
static int load_minutes(struct gv_ws *ws, struct gv_site_meeting *sm, struct gv_err *err)
{
	struct gv_minutes *mn = gv_calloc(1, sizeof *mn);
	int rc = gv_minutes_load(ws, sm->m.slug, mn, err);
	if (rc) {
		free(mn);
		return rc;
	}
	gv_minutes_make_public(mn);
	gv_approval_clear(&sm->approval);
	sm->has_minutes = gv_minutes_exist(mn);
	sm->not_held = false;
	if (!sm->has_minutes) {
		gv_minutes_clear(mn);
		free(mn);
		return 0;
	}
	sm->minutes = mn;
	sm->chapters = &mn->chapters;
	sm->approval = mn->approval;
	sm->approval.at_slug = gv_strdup(mn->approval.at_slug);
	sm->approval.at_name = gv_strdup(mn->approval.at_name);
	struct gv_buf b = GV_BUF_INIT;
	gv_minutes_md(&b, mn);
	sm->minutes_md = gv_buf_detach(&b);
	sm->not_held = mn->log.state.no_quorum;
	sm->minutes_at = mn->log.state.adjourned_at;
	for (size_t i = 0; !mn->log.state.adjourned_at && i < mn->log.n; i++)
		if (mn->log.ev[i].at > sm->minutes_at)
			sm->minutes_at = mn->log.ev[i].at;
	if (!sm->minutes_at)
		sm->minutes_at = sm->m.starts_at;
	return 0;
}

/* Every revision's agenda in public form (the latest into sm->agenda),
 * and what changed in each. The site shows what the clerk published, never
 * the working agenda (docs/formats.md, "Agenda revisions"). */
static int load_revisions(struct gv_ws *ws, struct gv_site_meeting *sm, struct gv_err *err)
{
	int rc = 0;
	for (size_t i = 0; !rc && i < sm->n_revisions; i++) {
		struct gv_site_revision *r = &sm->revisions[i];
		struct gv_agenda *a = i + 1 == sm->n_revisions ? &sm->agenda : &r->agenda;
		if ((rc = gv_agenda_load_revision(ws, sm->m.id, r->number, a, err)) ||
		    (rc = gv_agenda_make_public_files(ws, a, err)))
			break;
		if (i)
			r->changes = gv_revision_changes(&sm->revisions[i - 1].agenda, a,
							 &r->n_changes);
	}
	return rc;
}

int gv_site_load_meeting(struct gv_ws *ws, struct gv_site_meeting *sm, struct gv_err *err)
{
	gv_site_unload_meeting(sm);
	int rc;
	if ((rc = load_revisions(ws, sm, err)) || (rc = load_minutes(ws, sm, err))) {
		gv_site_unload_meeting(sm);
		return rc;
	}
	sm->loaded = true;
	return 0;
}

void gv_site_unload_meeting(struct gv_site_meeting *sm)
{
	gv_agenda_free(&sm->agenda);
	memset(&sm->agenda, 0, sizeof sm->agenda);
	for (size_t i = 0; i < sm->n_revisions; i++) {
		struct gv_site_revision *r = &sm->revisions[i];
		gv_agenda_free(&r->agenda);
		gv_revision_changes_free(r->changes, r->n_changes);
		r->changes = NULL;
		r->n_changes = 0;
	}
	if (sm->minutes)
		gv_minutes_clear(sm->minutes);
	free(sm->minutes);
	sm->minutes = NULL;
	free(sm->minutes_md);
	sm->minutes_md = NULL;
	sm->chapters = &no_chapters;
	sm->loaded = false;
}

/* A public meeting's change counters: its own, and that of the meeting
 * whose motion approved its minutes (-1 when none). */
struct changes {
	int64_t id, own, approver;
};

static int by_id(const void *a, const void *b)
{
	int64_t x = ((const struct changes *)a)->id, y = ((const struct changes *)b)->id;
	return (x > y) - (x < y);
}

static int load_changes(struct gv_ws *ws, int64_t *site, struct changes **out, size_t *n,
			struct gv_err *err)
{
	sqlite3_stmt *st;
	*out = NULL;
	*n = 0;
	int rc = gv_db_prepare(ws->db, "SELECT n FROM site_changes", &st, err);
	if (rc)
		return rc;
	*site = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
	sqlite3_finalize(st);
	if ((rc = gv_db_prepare(ws->db,
				"SELECT m.id, m.changes, coalesce(am.changes, -1) FROM meetings m"
				" LEFT JOIN minutes_approvals a ON a.meeting_id = m.id"
				" LEFT JOIN meetings am ON am.id = a.at_meeting_id"
				" WHERE m.agenda_published_at IS NOT NULL ORDER BY m.id",
				&st, err)))
		return rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		*GV_PUSH(*out, *n) = (struct changes){sqlite3_column_int64(st, 0),
						  sqlite3_column_int64(st, 1),
						  sqlite3_column_int64(st, 2)};
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		free(*out);
		*out = NULL;
		return gv_db_fail(ws->db, "reading what changed", err);
	}
	return 0;
}

static void meeting_key(struct gv_site_meeting *sm, int64_t site, const struct changes *c,
			size_t n)
{
	struct changes k = {sm->m.id, 0, 0};
	const struct changes *found = n ? bsearch(&k, c, n, sizeof *c, by_id) : NULL;
	char text[256];
	int len = snprintf(text, sizeof text, "%s %s site %lld meeting %lld %lld %lld",
			   GV_SITE_FORMAT, GAVEL_VERSION, (long long)site, (long long)sm->m.id,
			   found ? (long long)found->own : -1LL,
			   found ? (long long)found->approver : -1LL);
	gv_sha256_hex(text, (size_t)len, sm->key);
}

/* Every public meeting's revisions (numbers and times: the feed announces
 * each); a meeting without any has its agenda as revision 1. */
static int load_revision_list(struct gv_ws *ws, struct gv_site *s, struct gv_err *err)
{
	sqlite3_stmt *st;
	int rc = gv_db_prepare(ws->db,
			       "SELECT meeting_id, revision, published_at FROM agenda_revisions"
			       " ORDER BY meeting_id, revision",
			       &st, err);
	if (rc)
		return rc;
	size_t i = 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int64_t id = sqlite3_column_int64(st, 0);
		/* meetings are by start time, not id: search */
		if (i >= s->n || s->meetings[i].m.id != id)
			for (i = 0; i < s->n && s->meetings[i].m.id != id; i++)
				;
		if (i == s->n)
			continue;
		struct gv_site_meeting *sm = &s->meetings[i];
		*GV_PUSH(sm->revisions, sm->n_revisions) = (struct gv_site_revision){
			.number = sqlite3_column_int(st, 1),
			.published_at = sqlite3_column_int64(st, 2)};
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return gv_db_fail(ws->db, "reading the agendas' revisions", err);
	return 0;
}

int gv_site_load(struct gv_ws *ws, struct gv_site *s, struct gv_err *err)
{
	memset(s, 0, sizeof *s);
	s->ws = ws;
	s->municipality = gv_setting_get(ws->db, "municipality");
	s->base_url = gv_setting_get(ws->db, "publish.base-url");
	s->clerk_name = gv_setting_get(ws->db, "clerk.name");
	s->clerk_email = gv_setting_get(ws->db, "clerk.email");
	char *pdf = gv_setting_get(ws->db, "publish.pdf");
	s->pdf = strcmp(pdf, "no") != 0;
	free(pdf);
	s->now = gv_now();
	struct gv_meeting *all = NULL;
	size_t n = 0, n_changes = 0;
	struct changes *changes = NULL;
	int64_t site = 0;
	int rc;
	if ((rc = load_changes(ws, &site, &changes, &n_changes, err)) ||
	    (rc = gv_meeting_list(ws, &all, &n, err))) {
		free(changes);
		gv_site_free(s);
		return rc;
	}
	s->meetings = gv_calloc(n ? n : 1, sizeof *s->meetings);
	for (size_t i = 0; i < n; i++) {
		if (!all[i].agenda_published_at) {
			gv_meeting_clear(&all[i]);
			continue;
		}
		struct gv_site_meeting *sm = &s->meetings[s->n++];
		sm->m = all[i];
		gv_meeting_make_public(&sm->m);
		sm->chapters = &no_chapters;
		gv_meeting_date(&sm->m, sm->date);
		if (!gv_date_words(sm->date, sm->date_words))
			memcpy(sm->date_words, sm->date, sizeof sm->date);
		meeting_key(sm, site, changes, n_changes);
	}
	free(all);
	free(changes);
	s->changes = site;
	if ((rc = load_revision_list(ws, s, err)))
		gv_site_free(s);
	return rc;
}

void gv_site_free(struct gv_site *s)
{
	for (size_t i = 0; i < s->n; i++) {
		gv_site_unload_meeting(&s->meetings[i]);
		gv_meeting_clear(&s->meetings[i].m);
		gv_approval_clear(&s->meetings[i].approval);
		free(s->meetings[i].revisions);
	}
	free(s->meetings);
	free(s->municipality);
	free(s->base_url);
	free(s->clerk_name);
	free(s->clerk_email);
	memset(s, 0, sizeof *s);
}

int gv_site_find(struct gv_site *s, const char *ref, struct gv_site_meeting **out,
		 struct gv_err *err)
{
	struct gv_meeting m;
	int rc = gv_meeting_find(s->ws, ref, &m, err);
	if (rc)
		return rc;
	int64_t id = m.id;
	char *slug = gv_strdup(m.slug);
	gv_meeting_clear(&m);
	for (size_t i = 0; i < s->n; i++) {
		if (s->meetings[i].m.id == id) {
			*out = &s->meetings[i];
			free(slug);
			return 0;
		}
	}
	rc = gv_err_set(err, GV_EREFUSED, "meeting %s is not public: publish its agenda first "
			"(gavel agenda publish %s)", slug, slug);
	free(slug);
	return rc;
}

void gv_site_meeting_dir(const struct gv_site_meeting *sm, char out[160])
{
	snprintf(out, 160, "meetings/%s/", sm->m.slug);
}

const char *gv_site_video(const struct gv_site_meeting *sm)
{
	return !sm->m.cancelled && gv_web_url(sm->m.stream_url) ? sm->m.stream_url : NULL;
}

char *gv_site_approval_href(const struct gv_site *s, const struct gv_site_meeting *sm)
{
	const struct gv_approval *a = &sm->approval;
	if (!sm->has_minutes || !a->approved || !a->at_slug)
		return NULL;
	/* A motion carried there, so that meeting has a log, hence minutes. */
	for (size_t i = 0; i < s->n; i++)
		if (!strcmp(s->meetings[i].m.slug, a->at_slug))
			return *a->resolution ? gv_asprintf("../%s/minutes.html#resolution-%s",
							    a->at_slug, a->resolution)
					      : gv_asprintf("../%s/minutes.html", a->at_slug);
	return NULL;
}

char *gv_site_attachment_name(const struct gv_item *it, const struct gv_attachment *att)
{
	const char *dot = strrchr(att->name, '.');
	char *stem = gv_strndup(att->name, dot && dot != att->name ? (size_t)(dot - att->name)
								     : strlen(att->name));
	char *slug = gv_slugify(stem);
	char *ext = dot && dot != att->name ? gv_slugify(dot + 1) : gv_strdup("");
	char *name = gv_asprintf("%s-%s%s%s", it->number, *slug ? slug : "file",
				 *ext ? "." : "", ext);
	free(stem);
	free(slug);
	free(ext);
	return name;
}
