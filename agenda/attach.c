#include "agenda/attach.h"

#include "agenda/agenda_public.h"
#include "agenda/approved.h"
#include "agenda/attach_type.h"
#include "agenda/item.h"
#include "agenda/meeting.h"
#include "base/buf.h"
#include "base/err.h"
#include "base/files.h"
#include "base/text.h"
#include "store/db.h"
#include "store/workspace.h"

#include <errno.h>
#include <libgen.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* True if the file or any directory on the way to it, as path names them,
 * is a symlink. */
static bool through_symlink(const char *path)
{
	char *p = gv_strdup(path);
	bool link = false;
	for (char *s = p + 1; !link; s++) {
		char c = *s;
		if (c != '/' && c != '\0')
			continue;
		*s = '\0';
		struct stat st;
		link = lstat(p, &st) == 0 && S_ISLNK(st.st_mode);
		*s = c;
		if (!c)
			break;
	}
	free(p);
	return link;
}

/* The real path of the file to attach, after the checks on what path is. */
static int vet_path(const struct gv_ws *ws, const char *path, char **real, struct gv_err *err)
{
	struct stat st;
	if (lstat(path, &st) != 0)
		return gv_err_set(err, GV_EREFUSED, "cannot attach '%s': %s", path, strerror(errno));
	*real = realpath(path, NULL);
	if (!*real)
		return gv_err_set(err, GV_EREFUSED, "cannot attach '%s': %s", path, strerror(errno));
	if (through_symlink(path)) {
		char *root = realpath(ws->dir, NULL);
		size_t n = root ? strlen(root) : 0;
		bool inside = root && !strncmp(*real, root, n) && (*real)[n] == '/';
		free(root);
		if (!inside) {
			free(*real);
			*real = NULL;
			return gv_err_set(err, GV_EREFUSED,
					  "cannot attach '%s': a symlink on its path leads out of the "
					  "workspace",
					  path);
		}
	}
	return 0;
}

/* One item's attachments are published as <number>-<name>: two files of
 * one name would overwrite each other there, and one file twice is noise. */
static int check_not_attached(const struct gv_item *it, const char *name, const char *sha,
			      struct gv_err *err)
{
	for (size_t k = 0; k < it->n_attachments; k++) {
		if (!strcmp(it->attachments[k].sha256, sha))
			return gv_err_set(err, GV_EREFUSED,
					  "item %s already has this file attached (as '%s')",
					  it->number, it->attachments[k].name);
		if (!strcmp(it->attachments[k].name, name))
			return gv_err_set(err, GV_EREFUSED,
					  "item %s already has an attachment named '%s'", it->number,
					  name);
	}
	return 0;
}

int gv_attach(struct gv_ws *ws, int64_t meeting_id, const char *ref, const char *path,
	      struct gv_err *err)
{
	char *real = NULL, *data = NULL, *store_dir = NULL, *stored = NULL;
	size_t len = 0;
	struct gv_agenda a = {0};
	sqlite3_stmt *st = NULL;
	int rc = gv_agenda_locked(ws, meeting_id, err);
	if (!rc)
		rc = vet_path(ws, path, &real, err);
	if (rc)
		goto out;
	char *copy = gv_strdup(path);
	char *name = gv_strdup(basename(copy));
	free(copy);
	if ((rc = gv_check_line(name, "attachment name", 255, err)))
		goto out_name;
	if ((rc = gv_file_read(real, GV_ATTACH_MAX, "attachment", &data, &len, err)))
		goto out_name;
	const char *type;
	if ((rc = gv_attach_type(name, data, len, &type, err)))
		goto out_name;
	/* Check the item before copying anything. */
	const struct gv_item *it;
	if ((rc = gv_agenda_load(ws, meeting_id, &a, err)) ||
	    (rc = gv_agenda_find(&a, ref, &it, err)))
		goto out_name;
	char sha[65];
	gv_sha256_hex(data, len, sha);
	if ((rc = check_not_attached(it, name, sha, err)))
		goto out_name;
	store_dir = gv_ws_path(ws, "attachments");
	stored = gv_path_join(store_dir, sha);
	if ((rc = gv_mkdirs(store_dir, 0700, err)))
		goto out_name;
	if (!gv_exists(stored) && (rc = gv_file_write_atomic(stored, data, len, 0600, err)))
		goto out_name;
	if ((rc = gv_db_begin(ws->db, err)))
		goto out_name;
	if ((rc = gv_db_prepare(ws->db,
				"INSERT INTO attachments(item_id, name, sha256, media_type, size)"
				" SELECT ?1, ?2, ?3, ?4, ?5 WHERE NOT EXISTS (SELECT 1 FROM"
				" attachments WHERE item_id = ?1 AND (sha256 = ?3 OR name = ?2))",
				&st, err)))
		goto out_name;
	sqlite3_bind_int64(st, 1, it->id);
	sqlite3_bind_text(st, 2, name, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, sha, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, type, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 5, (sqlite3_int64)len);
	if (sqlite3_step(st) != SQLITE_DONE)
		rc = gv_db_fail(ws->db, "cannot record attachment", err);
	else if (sqlite3_changes(ws->db) == 0)
		rc = gv_err_set(err, GV_EREFUSED,
				"item %s already has this file or a file named '%s' attached",
				it->number, name);
	else
		rc = gv_db_commit(ws->db, err);
out_name:
	free(name);
out:
	sqlite3_finalize(st);
	gv_db_rollback(ws->db);
	gv_agenda_free(&a);
	free(real);
	free(data);
	free(store_dir);
	free(stored);
	return rc;
}

int gv_attach_check(struct gv_ws *ws, struct gv_err *err)
{
	sqlite3_stmt *st;
	int rc = gv_db_prepare(ws->db,
			       "SELECT DISTINCT sha256, size, name FROM attachments ORDER BY 1", &st,
			       err);
	if (rc)
		return rc;
	while (!rc && sqlite3_step(st) == SQLITE_ROW) {
		const char *sha = (const char *)sqlite3_column_text(st, 0);
		char *rel = gv_asprintf("attachments/%s", sha);
		char *path = gv_ws_path(ws, rel);
		char *data = NULL;
		size_t len = 0;
		char actual[65] = "";
		if (!gv_file_read(path, GV_ATTACH_MAX, "attachment", &data, &len, NULL))
			gv_sha256_hex(data, len, actual);
		if (strcmp(actual, sha) || (int64_t)len != sqlite3_column_int64(st, 1))
			rc = gv_err_set(err, GV_EREFUSED, "attachment '%s' (%s) is missing or changed",
					(const char *)sqlite3_column_text(st, 2), rel);
		free(data);
		free(path);
		free(rel);
	}
	sqlite3_finalize(st);
	return rc;
}

/* The stored copy of the file whose SHA-256 is sha. */
static int stored_read(struct gv_ws *ws, const char *sha, char **data, size_t *len,
		       struct gv_err *err)
{
	char *rel = gv_asprintf("attachments/%s", sha);
	char *path = gv_ws_path(ws, rel);
	int rc = gv_file_read(path, GV_ATTACH_MAX, "attachment", data, len, err);
	free(path);
	free(rel);
	return rc;
}

int gv_attach_remove(struct gv_ws *ws, int64_t meeting_id, const char *ref, const char *name,
		     struct gv_err *err)
{
	struct gv_agenda a = {0};
	const struct gv_item *it;
	sqlite3_stmt *st = NULL;
	char *sha = NULL;
	int rc = gv_agenda_locked(ws, meeting_id, err);
	if (!rc)
		rc = gv_agenda_load(ws, meeting_id, &a, err);
	if (!rc)
		rc = gv_agenda_find(&a, ref, &it, err);
	if (rc)
		goto out;
	const struct gv_attachment *att = NULL;
	for (size_t k = 0; k < it->n_attachments && !att; k++)
		if (!strcmp(it->attachments[k].name, name))
			att = &it->attachments[k];
	if (!att) {
		rc = gv_err_set(err, GV_ENOTFOUND, "item %s has no attachment named '%s'%s",
				it->number, name,
				it->n_attachments ? " (gavel agenda show --json lists them)" : "");
		goto out;
	}
	sha = gv_strdup(att->sha256);
	if ((rc = gv_db_begin(ws->db, err)) ||
	    (rc = gv_db_prepare(ws->db, "DELETE FROM attachments WHERE id = ?", &st, err)))
		goto out;
	sqlite3_bind_int64(st, 1, att->id);
	if (sqlite3_step(st) != SQLITE_DONE) {
		rc = gv_db_fail(ws->db, "cannot remove the attachment", err);
		goto out;
	}
	sqlite3_finalize(st);
	st = NULL;
	if ((rc = gv_db_commit(ws->db, err)))
		goto out;
	/* The copy is only a cache of what the rows name: one no row names
	 * again (an attachment, or one of a published revision of an agenda)
	 * is removed, and a failure to remove it changes nothing. */
	if (!gv_db_prepare(ws->db, "SELECT 1 FROM attachments WHERE sha256 = ?1 UNION ALL"
			   " SELECT 1 FROM revision_attachments WHERE sha256 = ?1", &st, err)) {
		sqlite3_bind_text(st, 1, sha, -1, SQLITE_STATIC);
		if (sqlite3_step(st) == SQLITE_DONE) {
			char *rel = gv_asprintf("attachments/%s", sha);
			char *path = gv_ws_path(ws, rel);
			unlink(path);
			free(path);
			free(rel);
		}
	}
out:
	sqlite3_finalize(st);
	gv_db_rollback(ws->db);
	gv_agenda_free(&a);
	free(sha);
	return rc;
}

/* Make att, of an item the public sees, public; *withheld when its
 * content is not a type gavel attaches. */
static int attachment_public(struct gv_ws *ws, struct gv_attachment *att, bool *withheld,
			     struct gv_err *err)
{
	char *data = NULL;
	size_t len = 0;
	const char *type;
	int rc = stored_read(ws, att->sha256, &data, &len, err);
	if (rc)
		return rc;
	*withheld = gv_attach_type(att->name, data, len, &type, NULL) != 0;
	if (!*withheld) {
		free(att->media_type);
		att->media_type = gv_strdup(type);
	}
	if (!*withheld && gv_attach_type_is_text(type)) {
		char *redacted = gv_redact(data);
		size_t n = strlen(redacted);
		if (n != len || memcmp(redacted, data, n)) {
			att->published = redacted;
			att->size = (int64_t)n;
			gv_sha256_hex(redacted, n, att->sha256);
			redacted = NULL;
		}
		free(redacted);
	}
	free(data);
	return 0;
}

static void attachment_clear(struct gv_attachment *att)
{
	free(att->name);
	free(att->sha256);
	free(att->media_type);
	free(att->published);
}

int gv_attach_make_public(struct gv_ws *ws, struct gv_agenda *a, struct gv_err *err)
{
	int rc = 0;
	for (size_t i = 0; i < a->n; i++) {
		struct gv_item *it = &a->items[i];
		size_t kept = 0;
		for (size_t k = 0; k < it->n_attachments; k++) {
			struct gv_attachment *att = &it->attachments[k];
			bool withheld = gv_item_is_private(it);
			if (!rc && !withheld)
				rc = attachment_public(ws, att, &withheld, err);
			if (withheld || rc)
				attachment_clear(att);
			else
				it->attachments[kept++] = *att;
		}
		it->n_attachments = kept;
	}
	return rc;
}

int gv_attach_read(struct gv_ws *ws, const struct gv_attachment *att, char **data, size_t *len,
		   struct gv_err *err)
{
	if (!att->published)
		return stored_read(ws, att->sha256, data, len, err);
	*len = (size_t)att->size;
	*data = gv_strndup(att->published, *len);
	return 0;
}

int gv_attach_withheld(struct gv_ws *ws, char ***out, size_t *n, struct gv_err *err)
{
	struct gv_meeting *m;
	size_t n_meetings;
	*out = NULL;
	*n = 0;
	int rc = gv_meeting_list(ws, &m, &n_meetings, err);
	if (rc)
		return rc;
	for (size_t i = 0; !rc && i < n_meetings; i++) {
		struct gv_agenda a;
		if ((rc = gv_agenda_load(ws, m[i].id, &a, err)))
			break;
		for (size_t j = 0; !rc && j < a.n; j++) {
			const struct gv_item *it = &a.items[j];
			for (size_t k = 0; !rc && k < it->n_attachments; k++) {
				const struct gv_attachment *att = &it->attachments[k];
				char *data = NULL;
				size_t len = 0;
				const char *type;
				struct gv_err why;
				if ((rc = stored_read(ws, att->sha256, &data, &len, err)))
					break;
				if (gv_attach_type(att->name, data, len, &type, &why)) {
					*GV_PUSH(*out, *n) = gv_asprintf(
						"item %s of %s: %s; it is left out of the site and "
						"record/: gavel agenda detach %s %s '%s' removes it",
						it->number, m[i].slug, why.msg, m[i].slug, it->number,
						att->name);
				}
				free(data);
			}
		}
		gv_agenda_free(&a);
	}
	gv_meetings_free(m, n_meetings);
	if (rc) {
		gv_attach_withheld_free(*out, *n);
		*out = NULL;
		*n = 0;
	}
	return rc;
}

void gv_attach_withheld_free(char **msgs, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(msgs[i]);
	free(msgs);
}
