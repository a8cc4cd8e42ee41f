#include "agenda/agenda_publish.h"

#include "agenda/agenda_md.h"
#include "agenda/agenda_public.h"
#include "agenda/agenda_view.h"
#include "agenda/attach.h"
#include "agenda/item.h"
#include "agenda/meeting.h"
#include "agenda/revision.h"
#include "base/buf.h"
#include "base/clock.h"
#include "base/err.h"
#include "base/files.h"
#include "store/db.h"
#include "store/repo.h"
#include "store/workspace.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>

/* Files of one repository's commit, with the buffers they point into. */
struct fileset {
	struct gv_repo_file *files;
	char **owned;
	size_t n;
};

static void add_file(struct fileset *fs, char *path, char *data, size_t len)
{
	size_t owned = 2 * fs->n; /* two a file */
	*GV_PUSH(fs->owned, owned) = path;
	*GV_PUSH(fs->owned, owned) = data;
	*GV_PUSH(fs->files, fs->n) = (struct gv_repo_file){path, data, len};
}

static void fileset_free(struct fileset *fs)
{
	for (size_t i = 0; i < 2 * fs->n; i++)
		free(fs->owned[i]);
	free(fs->owned);
	free(fs->files);
}

/* Start the meeting's attachments/ afresh: remove it from the tree, and each
 * file the work tree of repo has there, so that the checkout after the commit
 * removes them too. Files still on the agenda are added back after this. */
static void clear_attachments(const char *repo, const char *dir, struct fileset *fs)
{
	char *rel = gv_asprintf("%s/attachments", dir);
	char *on_disk = gv_path_join(repo, rel);
	add_file(fs, gv_strdup(rel), NULL, 0);
	DIR *d = opendir(on_disk);
	for (struct dirent *e; d && (e = readdir(d));)
		if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
			add_file(fs, gv_asprintf("%s/%s", rel, e->d_name), NULL, 0);
	if (d)
		closedir(d);
	free(on_disk);
	free(rel);
}

/* agenda.md and attachments of the meeting for one repository, as given
 * (the public form's attachments hold what they publish). */
static int collect(struct gv_ws *ws, const struct gv_meeting *m, const struct gv_agenda *a,
		   const char *repo, const char *dir, struct fileset *fs,
		   struct gv_err *err)
{
	struct gv_buf md = GV_BUF_INIT;
	gv_agenda_md_write(&md, m, a);
	size_t len = md.len;
	add_file(fs, gv_asprintf("%s/agenda.md", dir), gv_buf_detach(&md), len);
	clear_attachments(repo, dir, fs);
	int rc = 0;
	for (size_t i = 0; !rc && i < a->n; i++) {
		const struct gv_item *it = &a->items[i];
		for (size_t k = 0; !rc && k < it->n_attachments; k++) {
			char *data;
			size_t n;
			rc = gv_attach_read(ws, &it->attachments[k], &data, &n, err);
			if (!rc)
				add_file(fs,
					 gv_asprintf("%s/attachments/%s-%s", dir, it->number,
						     it->attachments[k].name),
					 data, n);
		}
	}
	return rc;
}

static int mark_published(struct gv_ws *ws, int64_t meeting, int64_t when, struct gv_err *err)
{
	sqlite3_stmt *st;
	int rc = gv_db_begin(ws->db, err);
	if (rc)
		return rc;
	if (!(rc = gv_db_prepare(ws->db, "UPDATE meetings SET agenda_published_at = ? WHERE id = ?",
				 &st, err))) {
		sqlite3_bind_int64(st, 1, when);
		sqlite3_bind_int64(st, 2, meeting);
		rc = gv_db_run(ws->db, st, "cannot mark published", err);
	}
	return gv_db_end(ws->db, rc, err);
}

/* The commit message: the first publish, or the next revision with what
 * the public will read as changed since the latest (pub: the agenda about
 * to be published, public form). Public text only: record/ keeps it. */
static int message(struct gv_ws *ws, const struct gv_meeting *m, const struct gv_meeting *pm,
		   const struct gv_agenda *pub, char **out, char ***changes, size_t *n_changes,
		   struct gv_err *err)
{
	*changes = NULL;
	*n_changes = 0;
	if (!m->agenda_revision) {
		*out = gv_asprintf("Publish agenda of %s\n\n%s, %s: %zu items.\n", m->slug,
				   pm->title, m->body_name, pub->n);
		return 0;
	}
	struct gv_agenda last;
	int rc = gv_agenda_load_revision(ws, m->id, m->agenda_revision, &last, err);
	if (rc || (rc = gv_agenda_make_public_files(ws, &last, err))) {
		gv_agenda_free(&last);
		return rc;
	}
	*changes = gv_revision_changes(&last, pub, n_changes);
	gv_agenda_free(&last);
	struct gv_buf b = GV_BUF_INIT;
	gv_buf_printf(&b, "Revise agenda of %s (revision %d)\n\n", m->slug,
		      m->agenda_revision + 1);
	for (size_t i = 0; i < *n_changes; i++)
		gv_buf_printf(&b, "- %s\n", (*changes)[i]);
	if (!*n_changes)
		gv_buf_printf(&b, "The meeting's details changed.\n");
	*out = gv_buf_detach(&b);
	return 0;
}

int gv_agenda_publish(struct gv_ws *ws, const char *meeting_ref, bool *changed,
		      struct gv_err *err)
{
	return gv_agenda_publish_revision(ws, meeting_ref, changed, NULL, err);
}

/* Publish the working agenda (again: 0), or commit revision `again` as it
 * was published, making no revision. */
static int publish(struct gv_ws *ws, const char *meeting_ref, int again, bool *changed,
		   struct gv_agenda_published *out, struct gv_err *err);

int gv_agenda_publish_revision(struct gv_ws *ws, const char *meeting_ref, bool *changed,
			       struct gv_agenda_published *out, struct gv_err *err)
{
	return publish(ws, meeting_ref, 0, changed, out, err);
}

int gv_agenda_recommit(struct gv_ws *ws, const struct gv_meeting *m, bool *changed,
		       struct gv_err *err)
{
	*changed = false;
	return m->agenda_revision ? publish(ws, m->slug, m->agenda_revision, changed, NULL, err)
				  : 0;
}

static int publish(struct gv_ws *ws, const char *meeting_ref, int again, bool *changed,
		   struct gv_agenda_published *out, struct gv_err *err)
{
	/* the confidential form, then the public one (pm, a made public) */
	struct gv_meeting m, pm;
	int rc = gv_meeting_find(ws, meeting_ref, &m, err);
	if (rc)
		return rc;
	if ((rc = gv_meeting_find(ws, meeting_ref, &pm, err))) {
		gv_meeting_clear(&m);
		return rc;
	}
	gv_meeting_make_public(&pm);
	struct gv_agenda a = {0};
	struct fileset pub = {0}, full = {0};
	char *record = gv_ws_path(ws, "record"), *confidential = gv_ws_path(ws, "confidential");
	char year[8], *dir = NULL, *msg = NULL, **changes = NULL;
	size_t n_changes = 0;
	gv_time_format(m.starts_at, "%Y", year, sizeof year);
	dir = gv_asprintf("meetings/%s/%s", year, m.slug);
	rc = again ? gv_agenda_load_revision(ws, m.id, again, &a, err)
		   : gv_agenda_load(ws, m.id, &a, err);
	if (rc || (rc = collect(ws, &m, &a, confidential, dir, &full, err)))
		goto out;
	if ((rc = gv_agenda_make_public_files(ws, &a, err)) ||
	    (rc = collect(ws, &pm, &a, record, dir, &pub, err)))
		goto out;
	if (again)
		msg = gv_asprintf("Agenda of %s, revision %d, made again from the database\n",
				  m.slug, again);
	else if ((rc = message(ws, &m, &pm, &a, &msg, &changes, &n_changes, err)))
		goto out;
	int64_t now = gv_now();
	struct gv_signature sig;
	gv_ws_signature(ws, now, &sig);
	bool secret_changed;
	if ((rc = gv_repo_commit(confidential, full.files, full.n, msg, &sig, &secret_changed,
				 NULL, err)) ||
	    (rc = gv_repo_commit(record, pub.files, pub.n, msg, &sig, changed, NULL, err)))
		goto out;
	/* A new revision when the public reads something new (record/ got a
	 * commit); the latest one kept up to date with a change only the
	 * workspace sees, so that the agenda no longer reads as changed. */
	int revision = m.agenda_revision;
	if (again)
		goto out;
	if (!m.agenda_revision || *changed)
		revision++;
	if (revision != m.agenda_revision)
		rc = gv_revision_save(ws, m.id, revision, now, err);
	else if (m.agenda_changed || secret_changed)
		rc = gv_revision_save(ws, m.id, revision, m.agenda_published_at, err);
	if (!rc && revision != m.agenda_revision)
		rc = mark_published(ws, m.id, now, err);
	if (!rc && out) {
		out->revision = revision;
		out->is_new = revision != m.agenda_revision;
		out->changes = changes;
		out->n_changes = n_changes;
		changes = NULL;
		n_changes = 0;
	}
out:
	gv_revision_changes_free(changes, n_changes);
	free(msg);
	free(dir);
	free(record);
	free(confidential);
	fileset_free(&pub);
	fileset_free(&full);
	gv_agenda_free(&a);
	gv_meeting_clear(&m);
	gv_meeting_clear(&pm);
	return rc;
}
