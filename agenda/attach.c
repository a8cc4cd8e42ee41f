#include "agenda/attach.h"

#include "agenda/item.h"
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
#include <strings.h>
#include <sys/stat.h>

static const struct {
	const char *ext;
	const char *type;
} by_extension[] = {
	{"pdf", "application/pdf"},
	{"doc", "application/msword"},
	{"docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
	{"xls", "application/vnd.ms-excel"},
	{"xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
	{"ppt", "application/vnd.ms-powerpoint"},
	{"pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"},
	{"odt", "application/vnd.oasis.opendocument.text"},
	{"ods", "application/vnd.oasis.opendocument.spreadsheet"},
	{"csv", "text/csv"},
	{"txt", "text/plain"},
	{"md", "text/markdown"},
	{"html", "text/html"},
	{"png", "image/png"},
	{"jpg", "image/jpeg"},
	{"jpeg", "image/jpeg"},
	{"gif", "image/gif"},
	{"svg", "image/svg+xml"},
	{"zip", "application/zip"},
	{"mp3", "audio/mpeg"},
	{"mp4", "video/mp4"},
};

const char *gv_media_type(const char *name, const unsigned char *head, size_t n)
{
	if (n >= 5 && !memcmp(head, "%PDF-", 5))
		return "application/pdf";
	if (n >= 8 && !memcmp(head, "\x89PNG\r\n\x1a\n", 8))
		return "image/png";
	if (n >= 3 && !memcmp(head, "\xff\xd8\xff", 3))
		return "image/jpeg";
	const char *dot = strrchr(name, '.');
	if (dot)
		for (size_t i = 0; i < sizeof by_extension / sizeof *by_extension; i++)
			if (!strcasecmp(dot + 1, by_extension[i].ext))
				return by_extension[i].type;
	return "application/octet-stream";
}

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
	int rc = vet_path(ws, path, &real, err);
	if (rc)
		goto out;
	char *copy = gv_strdup(path);
	char *name = gv_strdup(basename(copy));
	free(copy);
	if ((rc = gv_check_line(name, "attachment name", 255, err)))
		goto out_name;
	if ((rc = gv_file_read(real, GV_ATTACH_MAX, "attachment", &data, &len, err)))
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
	sqlite3_bind_text(st, 4, gv_media_type(name, (const unsigned char *)data, len), -1,
			  SQLITE_STATIC);
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
	if (gv_db_prepare(ws->db, "SELECT DISTINCT sha256, size, name FROM attachments ORDER BY 1",
			  &st, err))
		return err->code;
	int rc = 0;
	while (!rc && sqlite3_step(st) == SQLITE_ROW) {
		const char *sha = (const char *)sqlite3_column_text(st, 0);
		char *rel = gv_asprintf("attachments/%s", sha);
		char *path = gv_ws_path(ws, rel);
		char *data = NULL;
		size_t len = 0;
		struct gv_err why;
		char actual[65] = "";
		if (!gv_file_read(path, GV_ATTACH_MAX, "attachment", &data, &len, &why))
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
