#include "publish/publish.h"

#include <errno.h>
#include <limits.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "agenda/agenda_md.h"
#include "agenda/member.h"
#include "base/buf.h"
#include "base/err.h"
#include "base/files.h"
#include "publish/export.h"
#include "publish/markdown.h"
#include "publish/pages.h"
#include "publish/site.h"
#include "publish/vote_record.h"
#include "store/workspace.h"

/* The absolute path path would have, resolving the part that exists. */
static char *resolve(const char *path)
{
	char *p = gv_strdup(path);
	char *rest = NULL;
	char real[PATH_MAX];
	while (!realpath(p, real)) {
		char *slash = strrchr(p, '/');
		char *tail = gv_strdup(slash ? slash + 1 : p);
		char *joined = rest ? gv_path_join(tail, rest) : gv_strdup(tail);
		free(rest);
		free(tail);
		rest = joined;
		if (!slash) {
			strcpy(p, ".");
		} else if (slash == p) {
			p[1] = '\0';
		} else {
			*slash = '\0';
		}
		if (!strcmp(p, "/") && !realpath(p, real))
			break;
	}
	char *out = rest ? gv_path_join(real, rest) : gv_strdup(real);
	free(rest);
	free(p);
	return out;
}

static bool within(const char *path, const char *dir)
{
	size_t n = strlen(dir);
	return !strncmp(path, dir, n) && (path[n] == '/' || path[n] == '\0');
}

/* The site may go anywhere except into the workspace's own directories:
 * never into record/ (it would be committed) or confidential/. */
static int check_out_dir(struct gv_ws *ws, const char *out, struct gv_err *err)
{
	static const char *const own[] = {"record", "confidential", "attachments", "hooks",
					  "live"};
	char *target = resolve(out);
	char *home = resolve(ws->dir);
	int rc = 0;
	if (!strcmp(target, home))
		rc = gv_err_set(err, GV_EREFUSED,
				"the site cannot be the workspace itself; use --out DIR");
	for (size_t i = 0; !rc && i < sizeof own / sizeof *own; i++) {
		char *d = gv_path_join(home, own[i]);
		if (within(target, d))
			rc = gv_err_set(err, GV_EREFUSED,
					"the site cannot go inside the workspace's %s/", own[i]);
		free(d);
	}
	free(target);
	free(home);
	return rc;
}

static int put_buf(struct gv_outdir *od, const char *path, const char *key, struct gv_buf *b,
		   struct gv_err *err)
{
	int rc = gv_outdir_put(od, path, key, gv_buf_str(b), b->len, err);
	gv_buf_reset(b);
	return rc;
}

/* When each of paths (NULLs skipped) was made from key and is still
 * there, keep them all: the caller need not make them again. */
static bool keep_fresh(struct gv_outdir *od, const char *key, const char *const *paths, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (paths[i] && !gv_outdir_fresh(od, paths[i], key))
			return false;
	for (size_t i = 0; i < n; i++)
		if (paths[i])
			gv_outdir_keep(od, paths[i], key);
	return true;
}

static int meeting_files(struct gv_ws *ws, struct gv_site *s, struct gv_site_meeting *sm,
			 struct gv_outdir *od, struct gv_err *err)
{
	char dir[160];
	gv_site_meeting_dir(sm, dir);
	char *html = gv_asprintf("%sagenda.html", dir);
	char *md = gv_asprintf("%sagenda.md", dir);
	int rc = 0;
	char *vtt = gv_asprintf("%schapters.vtt", dir);
	const char *pages[] = {html, md, sm->chapters->n ? vtt : NULL};
	if (!keep_fresh(od, sm->key, pages, 3)) {
		struct gv_buf b = GV_BUF_INIT;
		rc = gv_page_agenda(&b, s, sm, err);
		if (!rc)
			rc = put_buf(od, html, sm->key, &b, err);
		if (!rc) {
			gv_agenda_md_write(&b, &sm->m, &sm->agenda, true);
			rc = put_buf(od, md, sm->key, &b, err);
		}
		if (!rc && sm->chapters->n &&
		    !(rc = gv_chapters_write(sm->chapters, "webvtt", &b, err)))
			rc = put_buf(od, vtt, sm->key, &b, err);
		gv_buf_free(&b);
	}
	for (size_t i = 0; !rc && i < sm->agenda.n; i++) {
		const struct gv_item *it = &sm->agenda.items[i];
		for (size_t k = 0; !rc && k < it->n_attachments; k++) {
			const struct gv_attachment *att = &it->attachments[k];
			char *name = gv_site_attachment_name(it, att);
			char *path = gv_asprintf("%sfiles/%s", dir, name);
			char *rel = gv_asprintf("attachments/%s", att->sha256);
			char *src = gv_ws_path(ws, rel);
			rc = gv_outdir_copy(od, path, att->sha256, src, err);
			free(src);
			free(rel);
			free(path);
			free(name);
		}
	}
	free(html);
	free(md);
	free(vtt);
	return rc;
}

/* minutes.html and its markdown copy, when the meeting has minutes. */
static int minutes_files(struct gv_site *s, struct gv_site_meeting *sm, struct gv_outdir *od,
			 struct gv_err *err)
{
	if (!sm->minutes)
		return 0;
	char dir[160];
	gv_site_meeting_dir(sm, dir);
	char *html = gv_asprintf("%sminutes.html", dir);
	char *md = gv_asprintf("%sminutes.md", dir);
	int rc = 0;
	const char *pages[] = {html, md};
	if (!keep_fresh(od, sm->minutes_key, pages, 2)) {
		struct gv_buf b = GV_BUF_INIT;
		rc = gv_page_minutes(&b, s, sm, err);
		if (!rc)
			rc = put_buf(od, html, sm->minutes_key, &b, err);
		if (!rc)
			rc = gv_outdir_put(od, md, sm->minutes_key, sm->minutes_md,
					   strlen(sm->minutes_md), err);
		gv_buf_free(&b);
	}
	free(html);
	free(md);
	return rc;
}

static int site_files(struct gv_site *s, struct gv_outdir *od, struct gv_err *err)
{
	struct gv_buf b = GV_BUF_INIT;
	gv_page_index(&b, s);
	int rc = put_buf(od, "index.html", "", &b, err);
	if (!rc) {
		gv_page_style(&b);
		rc = put_buf(od, "style.css", "", &b, err);
	}
	if (!rc) {
		gv_page_calendar(&b, s, NULL);
		rc = put_buf(od, "calendar.ics", "", &b, err);
	}
	if (!rc) {
		gv_page_feed(&b, s);
		rc = put_buf(od, "feed.xml", "", &b, err);
	}
	if (!rc) {
		gv_page_search(&b, s);
		rc = put_buf(od, "search.html", "", &b, err);
	}
	if (!rc) {
		gv_page_search_index(&b, s);
		rc = put_buf(od, "search-index.js", "", &b, err);
	}
	if (!rc) {
		gv_page_search_script(&b);
		rc = put_buf(od, "search.js", "", &b, err);
	}
	gv_buf_free(&b);
	return rc;
}

/* members/: a page per voting member, and their list. */
static int member_files(struct gv_ws *ws, struct gv_site *s, const struct gv_vote_record *r,
			struct gv_outdir *od, struct gv_err *err)
{
	struct gv_member *all;
	size_t n, voting = 0;
	if (gv_member_list(ws, 0, &all, &n, err))
		return err->code;
	for (size_t i = 0; i < n; i++)
		if (gv_role_votes(all[i].role)) {
			struct gv_member t = all[voting];
			all[voting++] = all[i];
			all[i] = t;
		}
	struct gv_buf b = GV_BUF_INIT;
	gv_page_members(&b, s, all, voting);
	int rc = put_buf(od, "members/index.html", "", &b, err);
	for (size_t i = 0; !rc && i < voting; i++) {
		char *path = gv_member_page_path(&all[i]);
		gv_page_member(&b, s, r, &all[i]);
		rc = put_buf(od, path, "", &b, err);
		free(path);
	}
	gv_buf_free(&b);
	gv_members_free(all, n);
	return rc;
}

/* data/: the votes of every public meeting as Popolo JSON and CSV; and the
 * member pages, made from the same record. */
static int record_files(struct gv_ws *ws, struct gv_site *s, struct gv_outdir *od,
			struct gv_err *err)
{
	struct gv_vote_record r;
	if (gv_vote_record_load(ws, NULL, 0, &r, err))
		return err->code;
	struct gv_buf b = GV_BUF_INIT;
	int rc = member_files(ws, s, &r, od, err);
	if (!rc)
		rc = gv_export_popolo(ws, &r, &b, err);
	if (!rc)
		rc = put_buf(od, "data/popolo.json", "", &b, err);
	if (!rc) {
		gv_export_votes_csv(&r, &b);
		rc = put_buf(od, "data/votes.csv", "", &b, err);
	}
	gv_buf_free(&b);
	gv_vote_record_free(&r);
	return rc;
}

/* The meetings to write: the ones named (each must be public), or all. */
static int choose(struct gv_site *s, const struct gv_publish_opts *o, bool *chosen,
		  struct gv_err *err)
{
	for (size_t i = 0; i < s->n; i++)
		chosen[i] = o->n_meetings == 0;
	for (size_t k = 0; k < o->n_meetings; k++) {
		struct gv_site_meeting *sm;
		if (gv_site_find(s, o->meetings[k], &sm, err))
			return err->code;
		chosen[sm - s->meetings] = true;
	}
	return 0;
}

int gv_publish(struct gv_ws *ws, const struct gv_publish_opts *o, struct gv_publish_result *r,
	       struct gv_err *err)
{
	memset(r, 0, sizeof *r);
	r->dir = o->out ? gv_strdup(o->out) : gv_ws_path(ws, "site");
	struct gv_site s;
	if (gv_site_load(ws, &s, err))
		return err->code;
	bool *chosen = gv_calloc(s.n ? s.n : 1, sizeof *chosen);
	struct gv_outdir *od = NULL;
	int rc = choose(&s, o, chosen, err);
	if (!rc)
		rc = check_out_dir(ws, r->dir, err);
	if (!rc)
		rc = gv_outdir_open(r->dir, &od, err);
	gv_md_init();
	size_t total = 0, done = 0;
	for (size_t i = 0; i < s.n; i++)
		total += chosen[i];
	for (size_t i = 0; !rc && i < s.n; i++) {
		if (!chosen[i])
			continue;
		rc = meeting_files(ws, &s, &s.meetings[i], od, err);
		if (!rc)
			rc = minutes_files(&s, &s.meetings[i], od, err);
		r->meetings++;
		if (o->progress)
			o->progress(o->progress_arg, ++done, total);
	}
	if (!rc)
		rc = site_files(&s, od, err);
	if (!rc)
		rc = record_files(ws, &s, od, err);
	if (od) {
		struct gv_err close_err = {0};
		int crc = gv_outdir_close(od, !rc && o->n_meetings == 0, &r->files, &close_err);
		if (!rc && crc)
			rc = gv_err_set(err, crc, "%s", close_err.msg);
	}
	free(chosen);
	gv_site_free(&s);
	return rc;
}
