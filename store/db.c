#include "store/db.h"

#include "base/buf.h"
#include "base/err.h"
#include "base/files.h"
#include "base/text.h"
#include "store/migrations.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define BUSY_TIMEOUT_MS 10000

/* (gv_db_fail): the name, not the analyzer's macro of store/db.h */
int (gv_db_fail)(sqlite3 *db, const char *doing, struct gv_err *err)
{
	int code = sqlite3_errcode(db);
	if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
		return gv_err_set(err, GV_EIO,
				  "%s: the workspace is busy (another gavel holds it); try again",
				  doing);
	/* SQLite reports a write that failed for want of space in the WAL as
	 * an I/O error; the errno says what it was */
	if (code == SQLITE_FULL || sqlite3_system_errno(db) == ENOSPC)
		return gv_err_set(err, GV_EIO, "%s: the disk is full", doing);
	if (code == SQLITE_READONLY || sqlite3_system_errno(db) == EROFS ||
	    sqlite3_system_errno(db) == EACCES)
		return gv_err_set(err, GV_EIO, "%s: the workspace is read-only", doing);
	return gv_err_set(err, GV_EIO, "%s: %s", doing, sqlite3_errmsg(db));
}

int gv_db_prepare(sqlite3 *db, const char *sql, sqlite3_stmt **st, struct gv_err *err)
{
	if (sqlite3_prepare_v2(db, sql, -1, st, NULL) != SQLITE_OK)
		return gv_db_fail(db, "database query failed", err);
	return 0;
}

int gv_db_run(sqlite3 *db, sqlite3_stmt *st, const char *doing, struct gv_err *err)
{
	int rc = sqlite3_step(st) == SQLITE_DONE ? 0 : gv_db_fail(db, doing, err);
	sqlite3_finalize(st);
	return rc;
}

int gv_db_exec(sqlite3 *db, const char *sql, struct gv_err *err)
{
	if (sqlite3_exec(db, sql, NULL, NULL, NULL) != SQLITE_OK)
		return gv_db_fail(db, "database update failed", err);
	return 0;
}

int gv_db_begin(sqlite3 *db, struct gv_err *err)
{
	return gv_db_exec(db, "BEGIN IMMEDIATE", err);
}

int gv_db_commit(sqlite3 *db, struct gv_err *err)
{
	if (sqlite3_exec(db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) {
		int rc = gv_db_fail(db, "cannot save to the database", err);
		gv_db_rollback(db);
		return rc;
	}
	return 0;
}

void gv_db_rollback(sqlite3 *db)
{
	if (!sqlite3_get_autocommit(db))
		sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
}

int gv_db_end(sqlite3 *db, int rc, struct gv_err *err)
{
	if (!rc)
		return gv_db_commit(db, err);
	gv_db_rollback(db);
	return rc;
}

char *gv_db_text(sqlite3_stmt *st, int col)
{
	const unsigned char *t = sqlite3_column_text(st, col);
	return t ? gv_strdup((const char *)t) : NULL;
}

static int user_version(sqlite3 *db, int *v, struct gv_err *err)
{
	sqlite3_stmt *st;
	if (gv_db_prepare(db, "PRAGMA user_version", &st, err))
		return GV_EIO;
	int rc = sqlite3_step(st);
	*v = rc == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? 0 : gv_db_fail(db, "cannot read the schema version", err);
}

int gv_db_schema_version(void)
{
	return (int)gv_migrations_count;
}

int gv_db_migrate(sqlite3 *db, int target, struct gv_err *err)
{
	int v;
	if (user_version(db, &v, err))
		return GV_EIO;
	if (v > gv_db_schema_version())
		return gv_err_set(err, GV_EREFUSED,
				  "this workspace was made by a newer gavel (schema %d, this one knows %d)",
				  v, gv_db_schema_version());
	if (v >= target)
		return 0;
	if (gv_db_begin(db, err))
		return GV_EIO;
	/* Another process may have migrated while we waited for the lock. */
	if (user_version(db, &v, err))
		goto fail;
	for (; v < target; v++) {
		if (sqlite3_exec(db, gv_migrations[v], NULL, NULL, NULL) != SQLITE_OK) {
			gv_db_fail(db, "cannot upgrade the workspace", err);
			goto fail;
		}
	}
	char sql[64];
	snprintf(sql, sizeof sql, "PRAGMA user_version = %d", target);
	if (gv_db_exec(db, sql, err))
		goto fail;
	return gv_db_commit(db, err);
fail:
	gv_db_rollback(db);
	return GV_EIO;
}

/* gv_redact(text) in SQL: the search index's public columns use it. */
static void sql_redact(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	(void)argc;
	const char *s = (const char *)sqlite3_value_text(argv[0]);
	if (!s) {
		sqlite3_result_null(ctx);
		return;
	}
	sqlite3_result_text(ctx, gv_redact(s), -1, free);
}

static int open_as(const char *name, int flags, sqlite3 **out, struct gv_err *err)
{
	sqlite3 *db = NULL;
	if (sqlite3_open_v2(name, &db, flags, NULL) != SQLITE_OK) {
		gv_err_set(err, GV_EIO, "cannot open database '%s': %s", name,
			   db ? sqlite3_errmsg(db) : "out of memory");
		sqlite3_close(db);
		return GV_EIO;
	}
	sqlite3_busy_timeout(db, BUSY_TIMEOUT_MS);
	sqlite3_create_function(db, "gv_redact", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL,
				sql_redact, NULL, NULL);
	sqlite3_extended_result_codes(db, 0);
	*out = db;
	return 0;
}

/* "file:<path>?<query>", path escaped for a URI. Caller frees. */
static char *file_uri(const char *path, const char *query)
{
	struct gv_buf uri = GV_BUF_INIT;
	gv_buf_puts(&uri, "file:");
	for (const char *c = path; *c; c++)
		gv_buf_printf(&uri, strchr("?#%", *c) ? "%%%02X" : "%c", (unsigned char)*c);
	gv_buf_printf(&uri, "?%s", query);
	return gv_buf_detach(&uri);
}

/* What the database open as db holds, read before anything is written:
 * gavel's tables (those of its first schema), none, or others. */
static enum gv_db_kind schema_kind(sqlite3 *db)
{
	sqlite3_stmt *q = NULL;
	enum gv_db_kind kind = GV_DB_UNREAD;
	if (sqlite3_prepare_v2(db,
			       "SELECT (SELECT user_version FROM pragma_user_version), count(*),"
			       " coalesce(sum(name IN ('settings', 'meetings', 'items', 'attachments')),"
			       " 0) FROM sqlite_master WHERE type = 'table'",
			       -1, &q, NULL) == SQLITE_OK &&
	    sqlite3_step(q) == SQLITE_ROW) {
		int version = sqlite3_column_int(q, 0), tables = sqlite3_column_int(q, 1);
		if (version == 0 && tables == 0)
			kind = GV_DB_EMPTY;
		else if (version > 0 && sqlite3_column_int(q, 2) == 4)
			kind = GV_DB_GAVEL;
		else
			kind = GV_DB_FOREIGN;
	} else if (sqlite3_errcode(db) == SQLITE_NOTADB) {
		kind = GV_DB_NOT_SQLITE;
	}
	sqlite3_finalize(q);
	return kind;
}

enum gv_db_kind gv_db_kind(const char *path)
{
	/* The header first: SQLite's magic, and the WAL mode byte. A reader
	 * of a WAL database makes its -wal and -shm files, so that one is
	 * left unread; one in the old journal mode is read with nothing made. */
	unsigned char head[20];
	struct stat st;
	FILE *f = fopen(path, "rb");
	size_t n = f ? fread(head, 1, sizeof head, f) : 0;
	if (f)
		fclose(f);
	if (!f || stat(path, &st) != 0)
		return GV_DB_UNREAD;
	if (st.st_size == 0)
		return GV_DB_EMPTY;
	if (n < sizeof head || memcmp(head, "SQLite format 3", 16))
		return GV_DB_NOT_SQLITE;
	if (head[18] == 2)
		return GV_DB_UNREAD;
	sqlite3 *db;
	char *uri = file_uri(path, "mode=ro");
	int rc = open_as(uri, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, &db, NULL);
	free(uri);
	if (rc)
		return GV_DB_UNREAD;
	enum gv_db_kind kind = schema_kind(db);
	sqlite3_close(db);
	return kind;
}

/* Refused, naming path, when kind is not a database gavel opens (with
 * flags); 0 otherwise. */
static int accept_kind(const char *path, enum gv_db_kind kind, int flags, struct gv_err *err)
{
	if (kind == GV_DB_NOT_SQLITE)
		return gv_err_set(err, GV_EREFUSED, "'%s' is not a database", path);
	if (kind == GV_DB_FOREIGN)
		return gv_err_set(err, GV_EREFUSED, "'%s' is another program's database, not gavel's",
				  path);
	if (kind == GV_DB_EMPTY && !(flags & GV_DB_EMPTY_OK))
		return gv_err_set(err, GV_EREFUSED, "'%s' is empty", path);
	return 0;
}

/* A WAL database cannot be read where its -shm file cannot be made (a
 * read-only mount, a directory of another user), unless SQLite is told the
 * file is immutable: true there, as long as no -wal file holds changes
 * that only a writer could apply. Writes through it fail as read-only.
 * The caller has found that path's directory cannot be written
 * (gv_read_only_place). */
static int open_read_only(const char *path, int flags, enum gv_db_kind *kind, sqlite3 **out,
			  struct gv_err *err)
{
	char *wal = gv_asprintf("%s-wal", path);
	struct stat st;
	bool pending = stat(wal, &st) == 0 && st.st_size > 0;
	free(wal);
	if (pending)
		return gv_err_set(err, GV_EIO,
				  "the workspace is read-only and its database has changes not yet "
				  "merged (in %s-wal): open it once where it can be written", path);
	char *uri = file_uri(path, "immutable=1");
	int rc = open_as(uri, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, out, err);
	free(uri);
	if (!rc && ((rc = accept_kind(path, *kind = schema_kind(*out), flags, err)) ||
		    (rc = gv_db_migrate(*out, gv_db_schema_version(), err))))
		sqlite3_close(*out);
	return rc;
}

int gv_db_open_kind(const char *path, int flags, enum gv_db_kind *kind, sqlite3 **out,
		    struct gv_err *err)
{
	sqlite3 *db;
	enum gv_db_kind ignored = GV_DB_UNREAD;
	kind = kind ? kind : &ignored;
	*kind = GV_DB_UNREAD;
	int rc = open_as(path, SQLITE_OPEN_READWRITE | (flags & GV_DB_CREATE ? SQLITE_OPEN_CREATE : 0),
			 &db, err);
	/* Nothing is written (the switch to WAL is a write) before the kind
	 * of database is known. */
	if (!rc && (rc = accept_kind(path, *kind = schema_kind(db), flags, err))) {
		sqlite3_close(db);
		return rc;
	}
	if (!rc && ((rc = gv_db_exec(db, "PRAGMA journal_mode = WAL", err)) ||
		    (rc = gv_db_exec(db, "PRAGMA synchronous = FULL", err)) ||
		    (rc = gv_db_exec(db, "PRAGMA foreign_keys = ON", err)) ||
		    (rc = gv_db_migrate(db, gv_db_schema_version(), err))))
		sqlite3_close(db);
	if (rc)
		return gv_read_only_place(path) ? open_read_only(path, flags, kind, out, err) : rc;
	*out = db;
	return 0;
}

int gv_db_open(const char *path, int create, sqlite3 **out, struct gv_err *err)
{
	return gv_db_open_kind(path, GV_DB_EMPTY_OK | (create ? GV_DB_CREATE : 0), NULL, out, err);
}

int gv_db_check(sqlite3 *db, struct gv_err *err)
{
	sqlite3_stmt *st;
	int rc = gv_db_prepare(db, "PRAGMA integrity_check", &st, err);
	if (rc)
		return rc;
	if (sqlite3_step(st) != SQLITE_ROW)
		rc = gv_db_fail(db, "integrity check", err);
	else if (strcmp((const char *)sqlite3_column_text(st, 0), "ok"))
		rc = gv_err_set(err, GV_EREFUSED, "database damaged: %s",
				(const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	if (rc || (rc = gv_db_prepare(db, "PRAGMA foreign_key_check", &st, err)))
		return rc;
	if (sqlite3_step(st) == SQLITE_ROW)
		rc = gv_err_set(err, GV_EREFUSED, "database inconsistent: a row of %s refers to a "
				"missing row of %s", (const char *)sqlite3_column_text(st, 0),
				(const char *)sqlite3_column_text(st, 2));
	sqlite3_finalize(st);
	return rc;
}

bool gv_db_still_referenced(sqlite3 *db)
{
	return sqlite3_extended_errcode(db) == SQLITE_CONSTRAINT_FOREIGNKEY;
}
