/* Schema versions: an old workspace is upgraded on open, in one step, with
 * its data kept; a newer one is refused, and so is a file that is not a
 * gavel database, before anything is written to it. */
#include "unit.h"

#include <sys/stat.h>

#include "store/db.h"
#include "store/migrations.h"

static char *temp_db(void)
{
	char tmpl[] = "/tmp/gavel-mig-XXXXXX";
	assert_non_null(mkdtemp(tmpl));
	char *path = NULL;
	assert_true(asprintf(&path, "%s/gavel.db", tmpl) > 0);
	return path;
}

/* The one value of a PRAGMA is want. */
static void expect_pragma(sqlite3 *db, const char *sql, const char *want)
{
	sqlite3_stmt *st;
	assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	assert_string_equal((const char *)sqlite3_column_text(st, 0), want);
	sqlite3_finalize(st);
}

static int version(sqlite3 *db)
{
	sqlite3_stmt *st;
	assert_int_equal(sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	int v = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return v;
}

static void test_there_is_a_migration_after_version_one(void **state)
{
	(void)state;
	assert_true(gv_db_schema_version() >= 2);
}

static void test_version_one_workspace_is_upgraded_keeping_its_meetings(void **state)
{
	(void)state;
	char *path = temp_db();
	sqlite3 *db;
	struct gv_err err = {0};
	/* make a workspace as gavel's first schema left it */
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(gv_db_migrate(db, 1, &err), 0);
	assert_int_equal(version(db), 1);
	assert_int_equal(sqlite3_exec(db,
				      "INSERT INTO bodies(name, slug) VALUES ('Council', 'council');"
				      "INSERT INTO meetings(body_id, slug, title, starts_at)"
				      " VALUES (1, '2020-01-07-council', 'Old meeting', 1578441600);",
				      NULL, NULL, NULL),
			 SQLITE_OK);
	/* the v2 column does not exist yet */
	assert_int_not_equal(sqlite3_exec(db, "SELECT stream_url FROM meetings", NULL, NULL, NULL),
			     SQLITE_OK);
	sqlite3_close(db);

	assert_int_equal(gv_db_open(path, 0, &db, &err), 0);
	assert_int_equal(version(db), gv_db_schema_version());
	sqlite3_stmt *st;
	assert_int_equal(sqlite3_prepare_v2(db,
					    "SELECT title, lang, cancelled, sequence, stream_url"
					    " FROM meetings",
					    -1, &st, NULL),
			 SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	assert_string_equal((const char *)sqlite3_column_text(st, 0), "Old meeting");
	assert_string_equal((const char *)sqlite3_column_text(st, 1), "en");
	assert_int_equal(sqlite3_column_int(st, 2), 0);
	assert_int_equal(sqlite3_column_type(st, 4), SQLITE_NULL);
	sqlite3_finalize(st);
	sqlite3_close(db);
	free(path);
}

static void test_open_sets_wal_and_foreign_keys(void **state)
{
	(void)state;
	char *path = temp_db();
	sqlite3 *db;
	struct gv_err err = {0};
	assert_int_equal(gv_db_open(path, 1, &db, &err), 0);
	expect_pragma(db, "PRAGMA journal_mode", "wal");
	expect_pragma(db, "PRAGMA synchronous", "2"); /* FULL */
	expect_pragma(db, "PRAGMA foreign_keys", "1");
	sqlite3_close(db);
	free(path);
}

static void test_workspace_from_a_newer_gavel_is_refused(void **state)
{
	(void)state;
	char *path = temp_db();
	sqlite3 *db;
	struct gv_err err = {0};
	/* gavel's tables, at a version this gavel does not know */
	assert_int_equal(gv_db_open(path, 1, &db, &err), 0);
	assert_int_equal(sqlite3_exec(db, "PRAGMA user_version = 999", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
	assert_int_equal(gv_db_open(path, 0, &db, &err), GV_EREFUSED);
	assert_non_null(strstr(err.msg, "newer gavel"));
	free(path);
}

static void test_another_programs_database_is_refused_and_left_as_it_was(void **state)
{
	(void)state;
	char *path = temp_db();
	sqlite3 *db;
	struct gv_err err = {0};
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, "CREATE TABLE photos(id); PRAGMA user_version = 3", NULL,
				      NULL, NULL),
			 SQLITE_OK);
	sqlite3_close(db);
	enum gv_db_kind kind;
	assert_int_equal(gv_db_open_kind(path, GV_DB_EMPTY_OK, &kind, &db, &err), GV_EREFUSED);
	assert_int_equal(kind, GV_DB_FOREIGN);
	assert_non_null(strstr(err.msg, "another program's database"));
	assert_int_equal(gv_db_kind(path), GV_DB_FOREIGN);
	/* still in the journal mode it had: nothing was written */
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	expect_pragma(db, "PRAGMA journal_mode", "delete");
	sqlite3_close(db);
	free(path);
}

static void test_an_empty_file_is_a_new_database_only_when_allowed(void **state)
{
	(void)state;
	char *path = temp_db();
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	fclose(f);
	sqlite3 *db;
	struct gv_err err = {0};
	enum gv_db_kind kind;
	assert_int_equal(gv_db_kind(path), GV_DB_EMPTY);
	assert_int_equal(gv_db_open_kind(path, 0, &kind, &db, &err), GV_EREFUSED);
	assert_int_equal(kind, GV_DB_EMPTY);
	struct stat st;
	assert_int_equal(stat(path, &st), 0);
	assert_int_equal(st.st_size, 0);
	assert_int_equal(gv_db_open_kind(path, GV_DB_EMPTY_OK, &kind, &db, &err), 0);
	sqlite3_close(db);
	assert_int_equal(gv_db_kind(path), GV_DB_UNREAD);  /* now gavel's, in WAL mode */
	f = fopen(path, "w");
	fputs("not a database, though long enough to have a header", f);
	fclose(f);
	assert_int_equal(gv_db_kind(path), GV_DB_NOT_SQLITE);
	assert_int_equal(gv_db_open(path, 0, &db, &err), GV_EREFUSED);
	free(path);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_there_is_a_migration_after_version_one),
		cmocka_unit_test(test_version_one_workspace_is_upgraded_keeping_its_meetings),
		cmocka_unit_test(test_open_sets_wal_and_foreign_keys),
		cmocka_unit_test(test_workspace_from_a_newer_gavel_is_refused),
		cmocka_unit_test(test_another_programs_database_is_refused_and_left_as_it_was),
		cmocka_unit_test(test_an_empty_file_is_a_new_database_only_when_allowed),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
