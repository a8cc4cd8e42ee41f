/* The SQLite store: opening with the durability pragmas, forward-only schema
 * migrations, and write transactions that wait for other gavel processes. */
#ifndef GAVEL_DB_H
#define GAVEL_DB_H

#include <sqlite3.h>
#include <stdbool.h>
#include <stdint.h>

struct gv_err;

/* The schema version this build writes. */
int gv_db_schema_version(void);

/* Open (and create when `create`) the database at path, set WAL,
 * synchronous=FULL, foreign keys and the busy timeout, and migrate it to the
 * current schema. A database from a newer gavel is refused, and so is a file
 * that is not SQLite or is another program's database, before anything is
 * written to it; an empty one becomes a new gavel database. */
int gv_db_open(const char *path, int create, sqlite3 **out, struct gv_err *err);

/* What a database file holds, found before anything is written to it. */
enum gv_db_kind {
	GV_DB_GAVEL,      /* gavel's schema */
	GV_DB_EMPTY,      /* nothing yet: a zero-length file, or SQLite without a table */
	GV_DB_NOT_SQLITE, /* not an SQLite database at all */
	GV_DB_FOREIGN,    /* an SQLite database of some other program */
	GV_DB_UNREAD,     /* could not be looked at */
};

enum {
	GV_DB_CREATE = 1,   /* create the file when missing */
	GV_DB_EMPTY_OK = 2, /* an empty database is fine: it is made a new gavel one */
};

/* What the database at path holds, found without making or changing any
 * file: a database in WAL mode is GV_DB_UNREAD (a reader would make its
 * -wal and -shm files). */
enum gv_db_kind gv_db_kind(const char *path);

/* gv_db_open, but refused (GV_EREFUSED, nothing written) when the file is
 * not SQLite, another program's database, or empty without GV_DB_EMPTY_OK;
 * *kind (when not NULL) says what it held. */
int gv_db_open_kind(const char *path, int flags, enum gv_db_kind *kind, sqlite3 **out,
		    struct gv_err *err);

/* Apply migrations up to `target` in one transaction (tests use a lower target
 * to make an old workspace). */
int gv_db_migrate(sqlite3 *db, int target, struct gv_err *err);

/* BEGIN IMMEDIATE / COMMIT / ROLLBACK. Begin waits for the busy timeout;
 * begin and commit fail with GV_EIO (gv_db_fail's message), and a commit
 * that fails rolls back. */
int gv_db_begin(sqlite3 *db, struct gv_err *err);
int gv_db_commit(sqlite3 *db, struct gv_err *err);
void gv_db_rollback(sqlite3 *db);
/* End the transaction gv_db_begin began, after work that returned rc:
 * commit when rc is 0, else roll back. Returns rc, or the commit's. */
int gv_db_end(sqlite3 *db, int rc, struct gv_err *err);

/* Prepare sql, or fail with GV_EIO naming the SQLite failure. */
int gv_db_prepare(sqlite3 *db, const char *sql, sqlite3_stmt **st, struct gv_err *err);
/* Step st, a prepared statement without results, once and finalize it;
 * GV_EIO with gv_db_fail's message naming doing when the step fails. */
int gv_db_run(sqlite3 *db, sqlite3_stmt *st, const char *doing, struct gv_err *err);
/* Run one statement without results; GV_EIO when it fails. */
int gv_db_exec(sqlite3 *db, const char *sql, struct gv_err *err);
/* Fill err from the connection's last error; returns GV_EIO. */
int gv_db_fail(sqlite3 *db, const char *doing, struct gv_err *err);

/* True when the statement that just failed on db tried to delete a row that
 * another still refers to (a foreign key without cascade, such as an agenda
 * item the meeting log names): the caller says what that means. */
bool gv_db_still_referenced(sqlite3 *db);
#ifdef __clang_analyzer__
#include "base/err.h"
/* It never returns 0: tell the static analyzer (make analyze), which does
 * not look into another file. */
#define gv_db_fail(db, doing, err) (gv_db_fail(db, doing, err), GV_EIO)
#endif

/* PRAGMA integrity_check and foreign_key_check: refused naming the first
 * problem when either finds one. */
int gv_db_check(sqlite3 *db, struct gv_err *err);

/* Column text as a fresh string (NULL for SQL NULL). */
char *gv_db_text(sqlite3_stmt *st, int col);

#endif
