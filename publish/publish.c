/* The publishing flow: choose the meetings, check where the site goes,
 * make again each meeting whose parts changed (on the threads of
 * publish/pool.h), then the pages made from every meeting (listings,
 * search shards, open data, members), and close the output directory,
 * which removes what this publish did not make. */
#include "publish/publish.h"

#include <inttypes.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "agenda/agenda_md.h"
#include "agenda/member.h"
#include "base/buf.h"
#include "base/err.h"
#include "base/files.h"
#include "live/registry.h"
#include "publish/export.h"
#include "render/markdown.h"
#include "publish/pages.h"
#include "publish/minutes_pdf.h"
#include "publish/package.h"
#include "publish/parts.h"
#include "publish/pool.h"
#include "publish/search_index.h"
#include "publish/site.h"
#include "streaming-hooks/chapter_formats.h"
#include "publish/vote_record.h"
#include "store/workspace.h"

/* The site may go anywhere except into the workspace's own directories:
 * never into record/ (it would be committed) or confidential/. */
static int check_out_dir(struct gv_ws *ws, const char *out, struct gv_err *err)
{
	static const char *const own[] = {"record", "confidential", "attachments", "hooks",
					  "live", "site-cache"};
	char *target = gv_path_absolute(out);
	char *home = gv_path_absolute(ws->dir);
	int rc = 0;
	if (!strcmp(target, home))
		rc = gv_err_set(err, GV_EREFUSED,
				"the site cannot be the workspace itself; use --out DIR");
	for (size_t i = 0; !rc && i < sizeof own / sizeof *own; i++) {
		char *d = gv_path_join(home, own[i]);
		if (gv_path_within(target, d))
			rc = gv_err_set(err, GV_EREFUSED,
					"the site cannot go inside the workspace's %s/", own[i]);
		free(d);
	}
	free(target);
	free(home);
	return rc;
}

/* Write b to path in the site, and empty it for the next file. */
static int put_buf(struct gv_outdir *od, const char *path, const char *key, struct gv_buf *b,
		   struct gv_err *err)
{
	int rc = gv_outdir_put(od, path, key, gv_buf_str(b), b->len, err);
	gv_buf_reset(b);
	return rc;
}

/* The files of one meeting as they are written: each is also listed, with
 * its key, in the meeting's FILES part, so a later publish can keep them
 * all without loading the meeting. */
struct writer {
	struct gv_outdir *od;
	const char *dir;      /* "meetings/<slug>/" */
	struct gv_buf *files;
};

static int put(struct writer *w, const char *name, const char *key, struct gv_buf *b,
	       struct gv_err *err)
{
	char *path = gv_asprintf("%s%s", w->dir, name);
	int rc = put_buf(w->od, path, key, b, err);
	if (!rc)
		gv_buf_printf(w->files, "%s %s\n", key, path);
	free(path);
	return rc;
}

/* The attachments of agenda a into <sub>files/ of the meeting's folder. */
static int attachment_files(struct gv_ws *ws, const struct gv_agenda *a, const char *sub,
			    struct writer *w, struct gv_err *err)
{
	int rc = 0;
	for (size_t i = 0; !rc && i < a->n; i++) {
		const struct gv_item *it = &a->items[i];
		for (size_t k = 0; !rc && k < it->n_attachments; k++) {
			const struct gv_attachment *att = &it->attachments[k];
			char *name = gv_site_attachment_name(it, att);
			char *path = gv_asprintf("%s%sfiles/%s", w->dir, sub, name);
			if (att->published) {
				/* a redacted text, keyed by what is published */
				rc = gv_outdir_put(w->od, path, att->sha256, att->published,
						   (size_t)att->size, err);
			} else {
				char *rel = gv_asprintf("attachments/%s", att->sha256);
				char *src = gv_ws_path(ws, rel);
				rc = gv_outdir_copy(w->od, path, att->sha256, src, err);
				free(src);
				free(rel);
			}
			if (!rc)
				gv_buf_printf(w->files, "%s %s\n", att->sha256, path);
			free(path);
			free(name);
		}
	}
	return rc;
}

/* An earlier revision k of the agenda: revision-N/ with its page, its
 * markdown and its files, so that a link to it keeps working after the
 * next revision. */
static int revision_files(struct gv_ws *ws, struct gv_site *s, struct gv_site_meeting *sm,
			  size_t k, struct writer *w, struct gv_buf *b, struct gv_err *err)
{
	const struct gv_site_revision *r = &sm->revisions[k];
	char *sub = gv_asprintf("revision-%d/", r->number);
	char *page = gv_asprintf("%sagenda.html", sub), *md = gv_asprintf("%sagenda.md", sub);
	int rc = gv_page_agenda_revision(b, s, sm, k, err);
	if (!rc)
		rc = put(w, page, sm->key, b, err);
	if (!rc) {
		gv_agenda_md_write(b, &sm->m, &r->agenda);
		rc = put(w, md, sm->key, b, err);
	}
	if (!rc)
		rc = attachment_files(ws, &r->agenda, sub, w, err);
	gv_buf_reset(b);
	free(page);
	free(md);
	free(sub);
	return rc;
}

/* True when name (a PDF of the meeting) was made from inputs with this key
 * and is still there: it is kept, with its bytes in *size for the page that
 * links it. A meeting's key moves with anything on its pages (a live event,
 * a member's name, the site's format); a PDF's only with what it shows, so
 * a publish typesets again only the PDFs whose content changed. */
static bool pdf_kept(struct writer *w, const char *name, const char *key, long long *size)
{
	char *path = gv_asprintf("%s%s", w->dir, name);
	long long n = gv_outdir_fresh(w->od, path, key) ? gv_outdir_size(w->od, path) : -1;
	if (n >= 0) {
		gv_outdir_keep(w->od, path, key);
		gv_buf_printf(w->files, "%s %s\n", key, path);
		*size = n;
	}
	free(path);
	return n >= 0;
}

/* agenda-package.pdf, agenda.html, agenda.md, chapters.vtt, the attachments,
 * the earlier revisions, and minutes.pdf, minutes.html and minutes.md when
 * the meeting has minutes. */
static int meeting_files(struct gv_ws *ws, struct gv_site *s, struct gv_site_meeting *sm,
			 struct writer *w, struct gv_err *err)
{
	struct gv_buf b = GV_BUF_INIT;
	/* The package first: the agenda page gives its size. */
	struct gv_package pkg = {ws, s->municipality, &sm->m, &sm->agenda, false};
	char pdf_key[65];
	int rc = 0;
	if (s->pdf)
		gv_package_key(&pkg, pdf_key);
	if (s->pdf && !pdf_kept(w, "agenda-package.pdf", pdf_key, &sm->package_size)) {
		rc = gv_package_pdf(&pkg, &b, err);
		sm->package_size = (long long)b.len;
		if (!rc)
			rc = put(w, "agenda-package.pdf", pdf_key, &b, err);
	}
	if (!rc)
		rc = gv_page_agenda(&b, s, sm, err);
	if (!rc)
		rc = put(w, "agenda.html", sm->key, &b, err);
	if (!rc) {
		gv_agenda_md_write(&b, &sm->m, &sm->agenda);
		rc = put(w, "agenda.md", sm->key, &b, err);
	}
	if (!rc && sm->chapters->n && !(rc = gv_chapters_write(sm->chapters, "webvtt", &b, err)))
		rc = put(w, "chapters.vtt", sm->key, &b, err);
	if (!rc)
		rc = attachment_files(ws, &sm->agenda, "", w, err);
	for (size_t k = 0; !rc && k + 1 < sm->n_revisions; k++)
		rc = revision_files(ws, s, sm, k, w, &b, err);
	if (!rc && sm->minutes && s->pdf) {
		gv_minutes_pdf_key(sm->minutes, sm->minutes_md, pdf_key);
		if (!pdf_kept(w, "minutes.pdf", pdf_key, &sm->minutes_pdf_size) &&
		    !(rc = gv_minutes_pdf(sm->minutes, sm->minutes_md, &b, err))) {
			sm->minutes_pdf_size = (long long)b.len;
			rc = put(w, "minutes.pdf", pdf_key, &b, err);
		}
	}
	if (!rc && sm->minutes && !(rc = gv_page_minutes(&b, s, sm, err)))
		rc = put(w, "minutes.html", sm->key, &b, err);
	if (!rc && sm->minutes) {
		gv_buf_puts(&b, sm->minutes_md);
		rc = put(w, "minutes.md", sm->key, &b, err);
	}
	gv_buf_free(&b);
	return rc;
}

/* A public meeting in this publish: its parts are made again (and its
 * pages, when chosen), or kept from the last publish with its pages. */
struct job {
	struct gv_site_meeting *sm;
	bool chosen;                /* its pages are part of this publish */
	bool cached;                /* its parts are in the cache, made from its key */
	struct gv_parts *parts;     /* else they are here (a meeting not chosen) */
	struct gv_parts_index ix;
};

/* Keep every file the meeting's FILES part lists, if each is still as it
 * was written; false when one is not, or the part cannot be read. */
static bool keep_files(struct gv_outdir *od, struct job *jb)
{
	const struct gv_buf *files = &jb->ix.files;
	bool fresh = files->len && files->data[files->len - 1] == '\n';
	for (int pass = 0; fresh && pass < 2; pass++) {
		char *line = files->data;
		for (char *nl; line && (nl = strchr(line, '\n')); line = nl + 1) {
			*nl = '\0';
			char *sp = strchr(line, ' ');
			if (sp)
				*sp = '\0';
			if (!sp || (pass == 0 && !gv_outdir_fresh(od, sp + 1, line)))
				fresh = false;
			else if (pass == 1)
				gv_outdir_keep(od, sp + 1, line);
			if (sp)
				*sp = ' ';
			*nl = '\n';
		}
	}
	return fresh;
}

/* Load the meeting, write its pages when chosen, and make its parts: into
 * the cache when its pages were written, else into memory. */
static int make_meeting(struct gv_ws *ws, struct gv_site *s, struct job *jb, struct gv_outdir *od,
			struct gv_err *err)
{
	struct gv_site_meeting *sm = jb->sm;
	struct gv_pub_meeting pm;
	struct gv_declared_meeting dm;
	int rc = gv_site_load_meeting(ws, sm, err);
	if (rc)
		return rc;
	if ((rc = gv_vote_record_meeting(ws, &sm->m, &pm, err))) {
		gv_site_unload_meeting(sm);
		return rc;
	}
	if ((rc = gv_declared_load(ws, &sm->m, true, &dm, err))) {
		gv_pub_meeting_clear(&pm);
		gv_site_unload_meeting(sm);
		return rc;
	}
	struct gv_parts *p = gv_calloc(1, sizeof *p);
	char dir[160];
	gv_site_meeting_dir(sm, dir);
	struct writer w = {od, dir, &p->part[GV_PART_FILES]};
	rc = jb->chosen ? meeting_files(ws, s, sm, &w, err) : 0;
	gv_part_search(&p->part[GV_PART_SEARCH], &p->part[GV_PART_TERMS], sm);
	gv_part_popolo(&p->part[GV_PART_MOTIONS], &p->part[GV_PART_VOTE_EVENTS], &pm);
	gv_part_csv(&p->part[GV_PART_CSV], &pm);
	gv_part_member_rows(&p->part[GV_PART_ATTENDANCE], &p->part[GV_PART_VOTES], &pm);
	gv_part_declarations(&p->part[GV_PART_DECLARATIONS], &dm);
	gv_declared_meeting_clear(&dm);
	/* The cache only saves time: when it cannot be written, keep the
	 * parts in memory. */
	if (!rc && jb->chosen)
		jb->cached = !gv_parts_save(ws, sm, p, &jb->ix, NULL);
	if (!rc && !jb->cached) {
		for (int k = 0; k < GV_PARTS; k++)
			gv_sha256_hex(p->part[k].data ? p->part[k].data : "", p->part[k].len,
				      jb->ix.hash[k]);
		jb->parts = p;
		p = NULL;
	}
	if (p)
		gv_parts_free(p);
	free(p);
	gv_pub_meeting_clear(&pm);
	gv_site_unload_meeting(sm);
	return rc;
}

/* Append part k of the meeting to out. */
static int part_of(struct gv_ws *ws, const struct job *jb, enum gv_part k, struct gv_buf *out,
		   struct gv_err *err)
{
	if (jb->parts) {
		gv_buf_add(out, jb->parts->part[k].data, jb->parts->part[k].len);
		return 0;
	}
	return gv_parts_read(ws, jb->sm, &jb->ix, k, out, err);
}

/* The key of a file made from parts kinds of the meetings jobs[from..to),
 * and from what extra names. */
static void parts_key(const struct job *jobs, size_t from, size_t to, const enum gv_part *kinds,
		      size_t n_kinds, const char *extra, char out[65])
{
	struct gv_buf b = GV_BUF_INIT;
	gv_buf_printf(&b, "%s %s %s\n", GV_SITE_FORMAT, GAVEL_VERSION, extra);
	for (size_t i = from; i < to; i++)
		for (size_t k = 0; k < n_kinds; k++)
			gv_buf_add(&b, jobs[i].ix.hash[kinds[k]], 64);
	gv_sha256_hex(b.data, b.len, out);
	gv_buf_free(&b);
}

struct site_build {
	struct gv_ws *ws;
	struct gv_site *s;
	struct job *jobs;
	struct gv_outdir *od;
};

/* Pages made from every meeting's row alone: cheap, so made every time. */
static int listing_files(struct gv_site *s, struct gv_outdir *od, struct gv_err *err)
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
		gv_page_search_script(&b);
		rc = put_buf(od, "search.js", "", &b, err);
	}
	gv_buf_free(&b);
	return rc;
}

/* The term shards and the manifest of the search index, made again from
 * every meeting's terms when one of them changed; a shard whose bytes are
 * the same is not written again. */
static int search_terms(struct site_build *sb, struct gv_err *err)
{
	static const enum gv_part kinds[] = {GV_PART_TERMS};
	char key[65];
	parts_key(sb->jobs, 0, sb->s->n, kinds, 1, "search-terms", key);
	if (gv_outdir_fresh(sb->od, "search/index.js", key) &&
	    gv_outdir_keep_under(sb->od, "search/t/", key)) {
		gv_outdir_keep(sb->od, "search/index.js", key);
		return 0;
	}
	struct gv_search_index *ix = gv_search_index_new();
	struct gv_buf terms = GV_BUF_INIT, b = GV_BUF_INIT, path = GV_BUF_INIT;
	int rc = 0;
	for (size_t i = 0; !rc && i < sb->s->n; i++) {
		gv_buf_reset(&terms);
		rc = part_of(sb->ws, &sb->jobs[i], GV_PART_TERMS, &terms, err);
		if (!rc && !gv_search_index_add(ix, sb->s->meetings[i].m.id, gv_buf_str(&terms),
						terms.len))
			rc = gv_err_set(err, GV_EIO, "the search terms of %s in site-cache/ are "
					"damaged; publish again", sb->s->meetings[i].m.slug);
	}
	size_t n = rc ? 0 : gv_search_index_finish(ix);
	for (size_t k = 0; !rc && k < n; k++) {
		gv_buf_reset(&path);
		gv_search_index_shard(ix, k, &path, &b);
		rc = put_buf(sb->od, gv_buf_str(&path), key, &b, err);
	}
	if (!rc) {
		gv_search_index_manifest(ix, &b);
		rc = put_buf(sb->od, "search/index.js", key, &b, err);
	}
	gv_search_index_free(ix);
	gv_buf_free(&terms);
	gv_buf_free(&b);
	gv_buf_free(&path);
	return rc;
}

/* search/d/ID-K.js, the documents of each meeting, made again when the
 * meeting's documents changed. */
static int search_docs(struct site_build *sb, struct gv_err *err)
{
	static const enum gv_part kinds[] = {GV_PART_SEARCH};
	struct gv_buf docs = GV_BUF_INIT, b = GV_BUF_INIT, path = GV_BUF_INIT;
	int rc = 0;
	for (size_t i = 0; !rc && i < sb->s->n; i++) {
		int64_t id = sb->s->meetings[i].m.id;
		char prefix[64], key[65];
		snprintf(prefix, sizeof prefix, "search/d/%" PRId64 "-", id);
		parts_key(sb->jobs, i, i + 1, kinds, 1, "search-docs", key);
		if (gv_outdir_keep_under(sb->od, prefix, key))
			continue;
		gv_buf_reset(&docs);
		rc = part_of(sb->ws, &sb->jobs[i], GV_PART_SEARCH, &docs, err);
		for (size_t k = 0, n = 1; !rc && k < n; k++) {
			gv_buf_reset(&path);
			n = gv_search_doc_chunks(id, gv_buf_str(&docs), docs.len, k, &path, &b);
			if (k < n)
				rc = put_buf(sb->od, gv_buf_str(&path), key, &b, err);
		}
	}
	gv_buf_free(&docs);
	gv_buf_free(&b);
	gv_buf_free(&path);
	return rc;
}

/* Every meeting's part k joined, in meeting order (newest first when
 * reverse). */
static int joined(struct site_build *sb, enum gv_part k, bool reverse, struct gv_buf *out,
		  struct gv_err *err)
{
	int rc = 0;
	for (size_t i = 0; !rc && i < sb->s->n; i++)
		rc = part_of(sb->ws, &sb->jobs[reverse ? sb->s->n - 1 - i : i], k, out, err);
	return rc;
}

/* data/popolo.json and data/votes.csv. */
static int data_files(struct site_build *sb, struct gv_err *err)
{
	static const enum gv_part popolo[] = {GV_PART_MOTIONS, GV_PART_VOTE_EVENTS};
	static const enum gv_part csv[] = {GV_PART_CSV};
	char key[65], extra[64];
	snprintf(extra, sizeof extra, "popolo %lld", (long long)sb->s->changes);
	parts_key(sb->jobs, 0, sb->s->n, popolo, 2, extra, key);
	struct gv_buf motions = GV_BUF_INIT, votes = GV_BUF_INIT, b = GV_BUF_INIT;
	int rc = 0;
	if (gv_outdir_fresh(sb->od, "data/popolo.json", key)) {
		gv_outdir_keep(sb->od, "data/popolo.json", key);
	} else if (!(rc = joined(sb, GV_PART_MOTIONS, false, &motions, err)) &&
		   !(rc = joined(sb, GV_PART_VOTE_EVENTS, false, &votes, err)) &&
		   !(rc = gv_popolo_write(sb->ws, &motions, &votes, &b, err))) {
		rc = put_buf(sb->od, "data/popolo.json", key, &b, err);
	}
	parts_key(sb->jobs, 0, sb->s->n, csv, 1, "csv", key);
	if (rc) {
	} else if (gv_outdir_fresh(sb->od, "data/votes.csv", key)) {
		gv_outdir_keep(sb->od, "data/votes.csv", key);
	} else {
		gv_csv_header(&b);
		if (!(rc = joined(sb, GV_PART_CSV, false, &b, err)))
			rc = put_buf(sb->od, "data/votes.csv", key, &b, err);
	}
	gv_buf_free(&motions);
	gv_buf_free(&votes);
	gv_buf_free(&b);
	return rc;
}

/* The rows of member id in records (of every meeting, newest first). */
static void rows_for(const struct gv_buf *records, int64_t id, struct gv_buf *out)
{
	const char *p = records->data, *end = p + records->len, *bytes;
	int64_t who;
	size_t len;
	while (p && gv_part_record_next(&p, end, &who, &bytes, &len))
		if (who == id)
			gv_buf_add(out, bytes, len);
}

/* declarations.html, made again when a meeting's declarations or the
 * members (their pages are linked) changed. */
static int declaration_files(struct site_build *sb, const struct gv_member *members,
			     size_t n_members, struct gv_err *err)
{
	static const enum gv_part kinds[] = {GV_PART_DECLARATIONS};
	char extra[64], key[65];
	snprintf(extra, sizeof extra, "declarations %lld", (long long)sb->s->changes);
	parts_key(sb->jobs, 0, sb->s->n, kinds, 1, extra, key);
	if (gv_outdir_fresh(sb->od, "declarations.html", key)) {
		gv_outdir_keep(sb->od, "declarations.html", key);
		return 0;
	}
	struct gv_buf *parts = gv_calloc(sb->s->n ? sb->s->n : 1, sizeof *parts);
	struct gv_buf b = GV_BUF_INIT;
	int rc = 0;
	for (size_t i = 0; !rc && i < sb->s->n; i++)
		rc = part_of(sb->ws, &sb->jobs[i], GV_PART_DECLARATIONS, &parts[i], err);
	if (!rc)
		rc = gv_page_declarations(&b, sb->s, parts, members, n_members, err);
	if (!rc)
		rc = put_buf(sb->od, "declarations.html", key, &b, err);
	for (size_t i = 0; i < sb->s->n; i++)
		gv_buf_free(&parts[i]);
	free(parts);
	gv_buf_free(&b);
	return rc;
}

/* The page of a renamed member under each name they had before, so that a
 * link to it made then still leads to them (docs/people.md). */
static int moved_member_pages(struct site_build *sb, const struct gv_site_people *sp,
			      const struct gv_member *m, const char *path, struct gv_buf *b,
			      struct gv_err *err)
{
	int rc = 0;
	const struct gv_member_history *h = &sp->h;
	for (size_t i = 0; !rc && i < h->n_periods; i++) {
		if (h->periods[i].member_id != m->id)
			continue;
		char *old = gv_member_page_path_named(m->id, h->periods[i].name);
		bool seen = !strcmp(old, path);
		for (size_t k = 0; !seen && k < i; k++)
			if (h->periods[k].member_id == m->id) {
				char *o = gv_member_page_path_named(m->id, h->periods[k].name);
				seen = !strcmp(o, old);
				free(o);
			}
		if (!seen) { /* small: made every time, kept when the same */
			gv_page_member_moved(b, sb->s, m, h->periods[i].name);
			rc = put_buf(sb->od, old, "", b, err);
		}
		free(old);
	}
	return rc;
}

/* members/: a page per member who votes or voted, and their list; then
 * declarations.html, which links to their pages. */
static int member_files(struct site_build *sb, struct gv_err *err)
{
	static const enum gv_part kinds[] = {GV_PART_ATTENDANCE, GV_PART_VOTES};
	struct gv_site_people sp;
	int rc = gv_site_people_load(sb->ws, &sp, err);
	if (rc)
		return rc;
	struct gv_buf b = GV_BUF_INIT;
	gv_page_members(&b, sb->s, &sp);
	rc = put_buf(sb->od, "members/index.html", "", &b, err);
	/* who is a member, and with which title, depends on the day too */
	char extra[64], key[65], today[11];
	gv_today(today);
	snprintf(extra, sizeof extra, "members %lld %s", (long long)sb->s->changes, today);
	parts_key(sb->jobs, 0, sb->s->n, kinds, 2, extra, key);
	struct gv_buf attendance = GV_BUF_INIT, votes = GV_BUF_INIT, mine_a = GV_BUF_INIT,
		      mine_v = GV_BUF_INIT;
	bool loaded = false;
	for (size_t i = 0; !rc && i < sp.n_now + sp.n_former; i++) {
		bool former = i >= sp.n_now;
		const struct gv_member *m = former ? &sp.former[i - sp.n_now] : &sp.now[i];
		if (!gv_site_person_has_page(&sp, m))
			continue;
		char *path = gv_member_page_path(m);
		if (gv_outdir_fresh(sb->od, path, key)) {
			gv_outdir_keep(sb->od, path, key);
		} else if (loaded || (!(rc = joined(sb, GV_PART_ATTENDANCE, true, &attendance, err)) &&
				      !(rc = joined(sb, GV_PART_VOTES, true, &votes, err)))) {
			loaded = true;
			gv_buf_reset(&mine_a);
			gv_buf_reset(&mine_v);
			rows_for(&attendance, m->id, &mine_a);
			rows_for(&votes, m->id, &mine_v);
			gv_page_member(&b, sb->s, m, former, &sp.h, &mine_a, &mine_v);
			rc = put_buf(sb->od, path, key, &b, err);
		}
		if (!rc)
			rc = moved_member_pages(sb, &sp, m, path, &b, err);
		free(path);
	}
	gv_buf_free(&attendance);
	gv_buf_free(&votes);
	gv_buf_free(&mine_a);
	gv_buf_free(&mine_v);
	gv_buf_free(&b);
	if (!rc) {
		/* the members with a page: who votes today, and former members */
		struct gv_member *paged = gv_calloc(sp.n_now + sp.n_former + 1, sizeof *paged);
		size_t n_paged = 0;
		for (size_t i = 0; i < sp.n_now + sp.n_former; i++)
			if (i >= sp.n_now || gv_site_person_has_page(&sp, &sp.now[i]))
				paged[n_paged++] = i >= sp.n_now ? sp.former[i - sp.n_now] : sp.now[i];
		rc = declaration_files(sb, paged, n_paged, err);
		free(paged);
	}
	gv_site_people_clear(&sp);
	return rc;
}

/* bylaws.html and actions.html (docs/bylaws.md): small, made every time;
 * a file whose content is the same is left as it was. */
static int after_vote_files(struct site_build *sb, struct gv_err *err)
{
	struct gv_buf b = GV_BUF_INIT;
	int rc = gv_page_bylaws(&b, sb->s, err);
	if (!rc)
		rc = put_buf(sb->od, "bylaws.html", "", &b, err);
	if (!rc)
		rc = gv_page_actions(&b, sb->s, err);
	if (!rc)
		rc = put_buf(sb->od, "actions.html", "", &b, err);
	gv_buf_free(&b);
	return rc;
}

/* The meetings to write: the ones named (each must be public), or all. */
static int choose(struct gv_site *s, const struct gv_publish_opts *o, struct job *jobs,
		  struct gv_err *err)
{
	for (size_t i = 0; i < s->n; i++)
		jobs[i] = (struct job){.sm = &s->meetings[i], .chosen = o->n_meetings == 0};
	int rc = 0;
	for (size_t k = 0; !rc && k < o->n_meetings; k++) {
		struct gv_site_meeting *sm;
		if (!(rc = gv_site_find(s, o->meetings[k], &sm, err)))
			jobs[sm - s->meetings].chosen = true;
	}
	return rc;
}

/* make_meeting on a thread of the pool: item i of todo. */
struct remake {
	struct site_build *sb;
	const struct gv_publish_opts *o;
	size_t *todo;
	size_t kept;            /* meetings kept as they were, reported before */
};

static int remake_one(void *arg, struct gv_ws *ws, size_t i, struct gv_err *err)
{
	struct remake *r = arg;
	return make_meeting(ws, r->sb->s, &r->sb->jobs[r->todo[i]], r->sb->od, err);
}

static void remade(void *arg, size_t n_done)
{
	struct remake *r = arg;
	if (r->o->progress)
		r->o->progress(r->o->progress_arg, r->kept + n_done, r->sb->s->n);
}

/* Every public meeting: kept when its parts (and, when chosen, its files)
 * are as the last publish left them, else made again. */
static int meetings(struct site_build *sb, const struct gv_publish_opts *o, size_t *written,
		    struct gv_err *err)
{
	struct remake r = {sb, o, gv_calloc(sb->s->n ? sb->s->n : 1, sizeof *r.todo), 0};
	struct gv_pool_task t = {0, remake_one, remade, &r};
	for (size_t i = 0; i < sb->s->n; i++) {
		struct job *jb = &sb->jobs[i];
		jb->cached = gv_parts_cached(sb->ws, jb->sm, &jb->ix);
		if (!jb->cached || (jb->chosen && !keep_files(sb->od, jb)))
			r.todo[t.n++] = i;
		else if (o->progress)
			o->progress(o->progress_arg, ++r.kept, sb->s->n);
		*written += jb->chosen;
	}
	int rc = gv_pool_run(sb->ws, &t, err);
	free(r.todo);
	return rc;
}

static void jobs_free(struct job *jobs, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		gv_buf_free(&jobs[i].ix.files);
		if (jobs[i].parts)
			gv_parts_free(jobs[i].parts);
		free(jobs[i].parts);
	}
	free(jobs);
}

int gv_publish(struct gv_ws *ws, const struct gv_publish_opts *o, struct gv_publish_result *r,
	       struct gv_err *err)
{
	memset(r, 0, sizeof *r);
	r->dir = o->out ? gv_strdup(o->out) : gv_ws_path(ws, "site");
	struct gv_site s;
	int rc = gv_site_load(ws, &s, err);
	if (rc)
		return rc;
	struct site_build sb = {ws, &s, gv_calloc(s.n ? s.n : 1, sizeof *sb.jobs), NULL};
	rc = choose(&s, o, sb.jobs, err);
	if (!rc)
		rc = check_out_dir(ws, r->dir, err);
	if (!rc)
		rc = gv_outdir_open(r->dir, o->force, &sb.od, err);
	gv_md_init();
	if (!rc)
		rc = meetings(&sb, o, &r->meetings, err);
	if (!rc)
		rc = listing_files(&s, sb.od, err);
	if (!rc)
		rc = search_terms(&sb, err);
	if (!rc)
		rc = search_docs(&sb, err);
	if (!rc)
		rc = data_files(&sb, err);
	if (!rc)
		rc = member_files(&sb, err);
	if (!rc)
		rc = after_vote_files(&sb, err);
	if (!rc && o->n_meetings == 0)
		gv_parts_prune(ws, &s);
	/* A meeting written again keeps no file it no longer has (an
	 * attachment removed, or withheld), even when other meetings are not
	 * written this time; after a failure every old file stays. */
	for (size_t i = 0; !rc && i < s.n; i++) {
		char dir[160];
		gv_site_meeting_dir(&s.meetings[i], dir);
		if (sb.jobs[i].chosen)
			gv_outdir_prune_under(sb.od, dir);
	}
	if (sb.od) {
		struct gv_err close_err = {0};
		int crc = gv_outdir_close(sb.od, !rc && o->n_meetings == 0, &r->files, &close_err);
		if (!rc && crc)
			rc = gv_err_set(err, crc, "%s", close_err.msg);
	}
	jobs_free(sb.jobs, s.n);
	gv_site_free(&s);
	return rc;
}
