/* Search: the query expression, and the index of a workspace made before
 * search existed is filled by the migration that adds it. */
#include "unit.h"

#include "agenda/item.h"
#include "agenda/meeting.h"
#include "base/buf.h"
#include "store/db.h"
#include "store/search.h"

static void expect_expression(const char *typed, const char *fts)
{
	char *out = NULL;
	struct gv_err err = {0};
	assert_int_equal(gv_search_expression(typed, &out, &err), 0);
	assert_string_equal(out, fts);
	free(out);
}

static void test_typed_words_become_quoted_terms(void **state)
{
	(void)state;
	expect_expression("water rates", "\"water\" AND \"rates\"");
	expect_expression("by-law s.239", "\"by-law\" AND \"s.239\"");
	expect_expression("\"speed study\" budg*", "\"speed study\" AND \"budg\"*");
	expect_expression("say \"\"\"", "\"say\"");
	expect_expression("OR NOT NEAR(", "\"OR\" AND \"NOT\" AND \"NEAR(\"");
	char *out = NULL;
	struct gv_err err = {0};
	assert_int_equal(gv_search_expression("  -- ... ", &out, &err), GV_EREFUSED);
	assert_null(out);
}

/* Drop what migration 6 made: its triggers, table and column. */
static void undo_change_counters(sqlite3 *db)
{
	sqlite3_stmt *st;
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT name FROM sqlite_master WHERE type ="
					    " 'trigger' AND name LIKE 'changes_%'", -1, &st, NULL),
			 SQLITE_OK);
	struct gv_buf sql = GV_BUF_INIT;
	while (sqlite3_step(st) == SQLITE_ROW)
		gv_buf_printf(&sql, "DROP TRIGGER %s;", (const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	assert_true(sql.len > 0);
	gv_buf_puts(&sql, "DROP TABLE site_changes; ALTER TABLE meetings DROP COLUMN changes;");
	assert_int_equal(sqlite3_exec(db, gv_buf_str(&sql), NULL, NULL, NULL), SQLITE_OK);
	gv_buf_free(&sql);
}

static void test_migration_indexes_what_was_there(void **state)
{
	(void)state;
	struct gv_ws *ws = unit_ws_new();
	struct gv_err err = {0};
	/* the meeting as this gavel makes it (it places deferred business) */
	struct gv_meeting_spec spec = {"Regular", 1796000000, NULL, NULL, "blank"};
	char *slug = NULL;
	assert_int_equal(gv_meeting_new(ws, &spec, &slug, &err), 0);
	struct gv_meeting m;
	assert_int_equal(gv_meeting_find(ws, slug, &m, &err), 0);
	/* Back to before search: drop the index and its triggers, add an item. */
	assert_int_equal(gv_db_exec(ws->db,
				    "DROP TRIGGER search_item_insert; DROP TRIGGER search_item_update;"
				    "DROP TRIGGER search_item_delete; DROP TRIGGER search_motion_insert;"
				    "DROP TRIGGER search_note_insert; DROP TRIGGER search_note_update;"
				    "DROP TRIGGER search_note_delete;"
				    "DROP TABLE search;", &err), 0);
	/* search is migration 5: undo the later ones (6: change counters; 7:
	 * public titles, pushes; 9: dispositions, deferred business; 10: agenda
	 * revisions; 11: when the procedure rules changed; 13: people over time; 14: by-laws,
	 * notices, actions, mayoral decisions; 16: notices from items; 17: what deferred
	 * business carries; 18: approved minutes kept) */
	undo_change_counters(ws->db);
	assert_int_equal(gv_db_exec(ws->db, "DROP TABLE record_pushes;"
				    "ALTER TABLE items DROP COLUMN public_title;"
				    "DROP TABLE revision_attachments; DROP TABLE revision_items;"
				    "DROP TABLE agenda_revisions;"
				    "DROP TABLE deferrals; DROP TABLE procedure_rules;"
				    "DROP INDEX events_dispositions;"
				    "DROP TABLE member_periods; DROP TABLE terms;"
				    "DROP TABLE member_logins; DROP TABLE annotations;"
				    "DROP TABLE electronic_votes; DROP TABLE ballots;"
				    "DROP TABLE speakers;"
				    "DROP TABLE bylaw_motions; DROP TABLE actions;"
				    "DROP TABLE mayor_decisions; DROP TABLE notices;"
				    "DROP TABLE bylaws; ALTER TABLE items DROP COLUMN bylaw_id;"
				    "ALTER TABLE items DROP COLUMN mover_id;"
				    "DROP TABLE approved_minutes;"
				    "ALTER TABLE minutes_approvals DROP COLUMN at_name;"
				    "ALTER TABLE minutes_approvals DROP COLUMN resolution;"
				    "ALTER TABLE items DROP COLUMN deferred_from;"
				    "ALTER TABLE items DROP COLUMN deferred_item;"
				    "ALTER TABLE events DROP COLUMN disposition;"
				    "ALTER TABLE events DROP COLUMN disposes;"
				    "ALTER TABLE events DROP COLUMN target;"
				    "ALTER TABLE events DROP COLUMN target_meeting_id;", &err), 0);
	assert_int_equal(gv_db_exec(ws->db, "PRAGMA user_version = 4", &err), 0);
	/* as a gavel of schema 4 would have added it */
	char *add = gv_asprintf("INSERT INTO items(meeting_id, position, title)"
				" VALUES (%lld, 1, 'Quarry rehabilitation')", (long long)m.id);
	assert_int_equal(gv_db_exec(ws->db, add, &err), 0);
	free(add);
	assert_int_equal(gv_db_migrate(ws->db, gv_db_schema_version(), &err), 0);
	struct gv_search_query q = {.text = "quarry", .limit = 5};
	struct gv_search_hit *hits;
	size_t n;
	assert_int_equal(gv_search(ws, &q, &hits, &n, &err), 0);
	assert_int_equal(n, 1);
	assert_string_equal(hits[0].title, "Quarry rehabilitation");
	assert_string_equal(hits[0].item, "1");
	gv_search_hits_free(hits, n);
	gv_meeting_clear(&m);
	free(slug);
	unit_ws_free(ws);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_typed_words_become_quoted_terms),
		cmocka_unit_test(test_migration_indexes_what_was_there),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
