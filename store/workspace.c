#include "store/workspace.h"

#include "base/buf.h"
#include "base/clock.h"
#include "base/err.h"
#include "base/files.h"
#include "store/db.h"
#include "store/repo.h"
#include "store/settings.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define DB_NAME "gavel.db"

const char *gv_ws_locate(const char *flag_dir)
{
	if (flag_dir && *flag_dir)
		return flag_dir;
	const char *env = getenv("GAVEL_DIR");
	return env && *env ? env : ".";
}

char *gv_ws_path(const struct gv_ws *ws, const char *rel)
{
	return gv_path_join(ws->dir, rel);
}

/* The commit record/ of the workspace in dir is at, if it has any. */
static bool record_commit(const char *dir, char oid[41])
{
	char *record = gv_path_join(dir, "record");
	bool has = gv_is_dir(record) && !gv_repo_resolve(record, "main", oid, NULL);
	free(record);
	return has;
}

/* "gavel.db", or "town/gavel.db" outside the current directory. */
static char *db_shown(const char *dir)
{
	return strcmp(dir, ".") ? gv_path_join(dir, DB_NAME) : gv_strdup(DB_NAME);
}

/* Why the gavel.db of dir, holding kind (or missing), must not be used,
 * or NULL: it is missing, empty or not a gavel database while record/ has
 * commits (a database lost or overwritten: gavel working from it would
 * publish an empty town), or it is some other program's file. An empty one
 * beside a record without commits is a workspace whose init was cut short:
 * it is made as new. The line of an error, or at length for gavel check. */
static char *db_refusal(const char *dir, enum gv_db_kind kind, bool missing, bool long_form)
{
	char oid[41];
	if (!missing && (kind == GV_DB_GAVEL || kind == GV_DB_UNREAD))
		return NULL;
	bool record = record_commit(dir, oid);
	if ((missing || kind == GV_DB_EMPTY) && !record)
		return NULL;
	const char *what = "is some other program's database";
	if (missing)
		what = "is missing";
	else if (kind == GV_DB_EMPTY)
		what = "is empty";
	else if (kind == GV_DB_NOT_SQLITE)
		what = "is not a database";
	char *shown = db_shown(dir), *out;
	if (!record)
		out = gv_asprintf("%s %s: gavel will not write into it; move it away to make a "
				  "workspace here (gavel init)",
				  shown, what);
	else if (!long_form)
		out = gv_asprintf("%s %s but record/ holds the town's record: restore %s from a "
				  "backup (gavel check explains)",
				  shown, what, DB_NAME);
	else
		out = gv_asprintf(
			"%s %s, but record/ holds the town's record (main is at commit %.12s). "
			"The database is where everything lives: meetings, agendas, logs, members, "
			"closed-session text. Every command refuses to work without it, so that "
			"nothing is made from an empty town (a publish would delete the town's "
			"pages). Restore %s from a backup, then run gavel check again; record/ "
			"holds only the public text, so a new database (gavel init) would not have "
			"the meetings back",
			shown, what, oid, shown);
	free(shown);
	return out;
}

char *gv_ws_db_explain(const char *dir)
{
	char *path = gv_path_join(dir, DB_NAME);
	bool missing = !gv_exists(path);
	enum gv_db_kind kind = GV_DB_UNREAD;
	sqlite3 *db;
	/* opened as gv_ws_open opens it, so that what it finds is the same */
	if (!missing && !gv_db_open_kind(path, 0, &kind, &db, NULL))
		sqlite3_close(db);
	char *why = db_refusal(dir, kind, missing, true);
	free(path);
	return why;
}

/* Refused with db_refusal's line, or 0. */
static int refuse_db(const char *dir, enum gv_db_kind kind, bool missing, struct gv_err *err)
{
	char *why = db_refusal(dir, kind, missing, false);
	if (!why)
		return 0;
	gv_err_set(err, GV_EREFUSED, "%s", why);
	free(why);
	return GV_EREFUSED;
}

/* Create the database file ourselves so it is 0600 from its first byte. */
static int create_private_file(const char *path, struct gv_err *err)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	if (fd < 0)
		return gv_err_set(err, GV_EIO, "cannot create '%s': %s", path, strerror(errno));
	close(fd);
	return 0;
}

static int seed(sqlite3 *db, const struct gv_ws_init_opts *o, struct gv_err *err)
{
	int rc = gv_db_begin(db, err);
	if (rc)
		return rc;
	if ((o->name && (rc = gv_setting_put(db, "municipality", o->name, err))) ||
	    (o->timezone && (rc = gv_setting_put(db, "timezone", o->timezone, err))) ||
	    (o->procedure && (rc = gv_setting_put(db, "procedure", o->procedure, err))))
		return gv_db_end(db, rc, err);
	rc = gv_db_exec(db, "INSERT INTO bodies(name, slug) VALUES ('Council', 'council')", err);
	return gv_db_end(db, rc, err);
}

/* Check the options before anything touches the disk. */
static int check_opts(const struct gv_ws_init_opts *o, struct gv_err *err)
{
	const char *keys[] = {"municipality", "timezone", "procedure"};
	const char *vals[] = {o->name, o->timezone, o->procedure};
	int rc = 0;
	for (int i = 0; !rc && i < 3; i++)
		if (vals[i])
			rc = gv_setting_def(keys[i])->check(vals[i], err);
	return rc;
}

int gv_ws_init(const char *dir, const struct gv_ws_init_opts *o, struct gv_err *err)
{
	static const char *const parts[] = {DB_NAME, "record", "confidential"};
	int rc = check_opts(o, err);
	if (rc)
		return rc;
	/* An empty or foreign gavel.db beside a record is refused as gv_ws_open
	 * refuses it, saying what it is. */
	char *old_db = gv_path_join(dir, DB_NAME);
	if (gv_exists(old_db))
		rc = refuse_db(dir, gv_db_kind(old_db), false, err);
	free(old_db);
	if (rc)
		return rc;
	for (size_t i = 0; i < sizeof parts / sizeof *parts; i++) {
		char *p = gv_path_join(dir, parts[i]);
		bool there = gv_exists(p);
		free(p);
		if (there)
			return gv_err_set(err, GV_EREFUSED,
					  "'%s' is already a gavel workspace (it has %s)", dir,
					  parts[i]);
	}
	if (gv_exists(dir) && !gv_is_dir(dir))
		return gv_err_set(err, GV_EREFUSED, "'%s' exists and is not a directory", dir);
	if ((rc = gv_mkdirs(dir, 0755, err)))
		return rc;

	char *db_path = gv_path_join(dir, DB_NAME);
	char *record = gv_path_join(dir, "record");
	char *confidential = gv_path_join(dir, "confidential");
	char *hooks = gv_path_join(dir, "hooks");
	char *live = gv_path_join(dir, "live");
	sqlite3 *db = NULL;
	rc = create_private_file(db_path, err);
	if (!rc)
		rc = gv_db_open(db_path, 0, &db, err);
	if (!rc)
		rc = seed(db, o, err);
	if (!rc)
		rc = gv_repo_init(record, err);
	if (!rc && !(rc = gv_mkdirs(confidential, 0700, err)))
		rc = gv_repo_init(confidential, err);
	if (!rc && chmod(confidential, 0700) != 0)
		rc = gv_err_set(err, GV_EIO, "cannot protect '%s': %s", confidential,
				strerror(errno));
	if (!rc)
		rc = gv_mkdirs(hooks, 0755, err);
	if (!rc)
		rc = gv_mkdirs(live, 0755, err);
	sqlite3_close(db);
	if (rc) {
		/* Leave no half workspace that a retry would refuse. */
		char *wal = gv_asprintf("%s-wal", db_path), *shm = gv_asprintf("%s-shm", db_path);
		unlink(db_path);
		unlink(wal);
		unlink(shm);
		free(wal);
		free(shm);
	}
	free(db_path);
	free(record);
	free(confidential);
	free(hooks);
	free(live);
	return rc;
}

int gv_ws_open(const char *dir, struct gv_ws **out, struct gv_err *err)
{
	char *db_path = gv_path_join(dir, DB_NAME);
	if (!gv_exists(db_path)) {
		free(db_path);
		int refused = refuse_db(dir, GV_DB_UNREAD, true, err);
		if (refused)
			return refused;
		return gv_err_set(err, GV_EREFUSED,
				  "no gavel workspace in '%s' (create one with 'gavel init' or "
				  "try 'gavel demo')",
				  dir);
	}
	sqlite3 *db;
	enum gv_db_kind kind;
	int rc = gv_db_open_kind(db_path, 0, &kind, &db, err);
	if (rc && kind != GV_DB_GAVEL && kind != GV_DB_UNREAD &&
	    !(rc = refuse_db(dir, kind, false, err)))
		rc = gv_db_open_kind(db_path, GV_DB_EMPTY_OK, &kind, &db, err);
	free(db_path);
	if (rc)
		return rc;
	char *tz = gv_setting_get(db, "timezone");
	const char *tz_env = getenv("TZ");
	if (tz && *tz)
		gv_tz_use(tz, NULL);
	else if (tz_env && *tz_env && gv_tz_valid(tz_env))
		gv_tz_use(tz_env, NULL);
	free(tz);
	struct gv_ws *ws = gv_calloc(1, sizeof *ws);
	ws->dir = gv_strdup(dir);
	ws->db = db;
	*out = ws;
	return 0;
}

/* The files that must stay the clerk's alone: the database (closed-session
 * proceedings and redacted text live in it, and in its write-ahead log
 * until a checkpoint) and confidential/. */
static const char *const private_files[] = {DB_NAME, DB_NAME "-wal", DB_NAME "-shm",
					    "confidential/"};

/* Each private file others may use, with its mode, and the paths. */
static int exposed(const struct gv_ws *ws, struct gv_buf *list, struct gv_buf *paths,
		   bool make_private, struct gv_err *err)
{
	int n = 0, rc = 0;
	for (size_t i = 0; i < sizeof private_files / sizeof *private_files && !rc; i++) {
		char *path = gv_ws_path(ws, private_files[i]);
		struct stat st;
		if (stat(path, &st) == 0 && (st.st_mode & 0077)) {
			gv_buf_printf(list, "%s%s (mode %04o)", n ? ", " : "", private_files[i],
				      (unsigned)(st.st_mode & 07777));
			gv_buf_printf(paths, " %s", path);
			n++;
			if (make_private && chmod(path, st.st_mode & 07700) != 0)
				rc = gv_err_set(err, GV_EIO, "cannot make %s private: %s", path,
						strerror(errno));
		}
		free(path);
	}
	return rc ? rc : n;
}

int gv_ws_private(const struct gv_ws *ws, struct gv_err *err)
{
	struct gv_buf list = GV_BUF_INIT, paths = GV_BUF_INIT;
	int n = exposed(ws, &list, &paths, false, err), rc = 0;
	if (n > 0)
		rc = gv_err_set(err, GV_EREFUSED, "%s can be read by other users; run: chmod go-rwx%s",
				gv_buf_str(&list), gv_buf_str(&paths));
	gv_buf_free(&list);
	gv_buf_free(&paths);
	return rc;
}

int gv_ws_make_private(const struct gv_ws *ws, char **done, struct gv_err *err)
{
	struct gv_buf list = GV_BUF_INIT, paths = GV_BUF_INIT;
	int n = exposed(ws, &list, &paths, true, err);
	*done = n > 0 ? gv_buf_detach(&list) : NULL;
	gv_buf_free(&list);
	gv_buf_free(&paths);
	return n < 0 ? n : 0;
}

int gv_ws_writable(const struct gv_ws *ws, struct gv_err *err)
{
	static const char *const dirs[] = {".", "record", "confidential", "live"};
	if (sqlite3_db_readonly(ws->db, "main") == 1)
		return gv_err_set(err, GV_EREFUSED,
				  "the workspace is read-only: %s/%s can only be read", ws->dir,
				  DB_NAME);
	for (size_t i = 0; i < sizeof dirs / sizeof *dirs; i++) {
		char *path = gv_ws_path(ws, dirs[i]);
		int rc = 0;
		if (access(path, W_OK) != 0)
			rc = gv_err_set(err, GV_EREFUSED, "the workspace is read-only: %s: %s",
					path, strerror(errno));
		free(path);
		if (rc)
			return rc;
	}
	return 0;
}

void gv_ws_close(struct gv_ws *ws)
{
	if (!ws)
		return;
	sqlite3_close(ws->db);
	free(ws->dir);
	free(ws);
}

void gv_ws_signature(struct gv_ws *ws, int64_t when, struct gv_signature *sig)
{
	char *name = gv_setting_get(ws->db, "clerk.name");
	char *email = gv_setting_get(ws->db, "clerk.email");
	struct tm tm;
	gv_time_local(when, &tm);
	*sig = (struct gv_signature){.when = when, .offset_min = (int)(tm.tm_gmtoff / 60)};
	snprintf(sig->name, sizeof sig->name, "%s", name);
	snprintf(sig->email, sizeof sig->email, "%s", email);
	free(name);
	free(email);
}
