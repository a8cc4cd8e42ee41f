/* Agenda numbering and the tree operations: add, move, remove. */
#include "unit.h"

#include "agenda/item.h"
#include "agenda/item_ref.h"
#include "agenda/meeting.h"

struct fixture {
	struct gv_ws *ws;
	int64_t meeting;
};

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	f->ws = unit_ws_new();
	struct gv_err err = {0};
	struct gv_meeting_spec spec = {.title = "Regular Council Meeting"};
	assert_int_equal(gv_time_parse("2026-12-01 19:00", 0, &spec.starts_at, &err), 0);
	char *slug;
	assert_int_equal(gv_meeting_new(f->ws, &spec, &slug, &err), 0);
	struct gv_meeting m;
	assert_int_equal(gv_meeting_find(f->ws, slug, &m, &err), 0);
	f->meeting = m.id;
	gv_meeting_clear(&m);
	free(slug);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	unit_ws_free(f->ws);
	free(f);
	return 0;
}

static void add(struct fixture *f, const char *title, enum gv_place place, const char *ref,
		const char *expect)
{
	struct gv_item_fields fields = {.title = title, .consent = -1};
	char number[32];
	struct gv_err err = {0};
	if (gv_item_add(f->ws, f->meeting, &fields, place, ref, number, &err))
		fail_msg("add '%s': %s", title, err.msg);
	assert_string_equal(number, expect);
}

/* The agenda's numbers and titles, one "number title" per line. */
static char *outline(struct fixture *f)
{
	struct gv_agenda a;
	struct gv_err err = {0};
	assert_int_equal(gv_agenda_load(f->ws, f->meeting, &a, &err), 0);
	size_t cap = 4096, len = 0;
	char *s = calloc(1, cap);
	for (size_t i = 0; i < a.n; i++)
		if (a.items[i].depth > 1 || !strncmp(a.items[i].number, "9", 2) ||
		    !strcmp(a.items[i].number, "10"))
			len += (size_t)snprintf(s + len, cap - len, "%s %s\n", a.items[i].number,
						a.items[i].title);
	gv_agenda_free(&a);
	return s;
}

static void expect_outline(struct fixture *f, const char *want)
{
	char *got = outline(f);
	assert_string_equal(got, want);
	free(got);
}

static void test_template_gives_fifteen_numbered_sections(void **state)
{
	struct fixture *f = *state;
	struct gv_agenda a;
	assert_int_equal(gv_agenda_load(f->ws, f->meeting, &a, NULL), 0);
	assert_int_equal(a.n, 15);
	assert_string_equal(a.items[0].title, "Call to Order");
	assert_string_equal(a.items[12].number, "13");
	assert_string_equal(a.items[12].title, "Closed Session");
	assert_string_equal(a.items[14].title, "Adjournment");
	gv_agenda_free(&a);
}

static void test_add_numbers_children_and_renumbers_after_insert(void **state)
{
	struct fixture *f = *state;
	add(f, "Water rates", GV_PLACE_UNDER, "9", "9.1");
	add(f, "Roads", GV_PLACE_UNDER, "9", "9.2");
	add(f, "Budget", GV_PLACE_AFTER, "9.1", "9.2");
	add(f, "Appendix", GV_PLACE_UNDER, "9.2", "9.2.1");
	expect_outline(f, "9 Staff and Committee Reports\n9.1 Water rates\n9.2 Budget\n"
			  "9.2.1 Appendix\n9.3 Roads\n10 Correspondence\n");
}

static void test_fourth_level_is_refused(void **state)
{
	struct fixture *f = *state;
	add(f, "A", GV_PLACE_UNDER, "9", "9.1");
	add(f, "B", GV_PLACE_UNDER, "9.1", "9.1.1");
	struct gv_item_fields fields = {.title = "C", .consent = -1};
	char number[32];
	struct gv_err err = {0};
	assert_int_equal(gv_item_add(f->ws, f->meeting, &fields, GV_PLACE_UNDER, "9.1.1", number,
				     &err),
			 GV_EREFUSED);
	assert_non_null(strstr(err.msg, "at most 3 levels"));
}

static void test_move_after_under_and_first_keep_numbers_contiguous(void **state)
{
	struct fixture *f = *state;
	add(f, "A", GV_PLACE_UNDER, "9", "9.1");
	add(f, "B", GV_PLACE_UNDER, "9", "9.2");
	add(f, "C", GV_PLACE_UNDER, "9", "9.3");
	char number[32];
	struct gv_err err = {0};
	assert_int_equal(gv_item_move(f->ws, f->meeting, "9.1", GV_PLACE_AFTER, "9.3", false, number, &err), 0);
	assert_string_equal(number, "9.3");
	expect_outline(f, "9 Staff and Committee Reports\n9.1 B\n9.2 C\n9.3 A\n10 Correspondence\n");
	assert_int_equal(gv_item_move(f->ws, f->meeting, "9.3", GV_PLACE_FIRST, NULL, false, number, &err), 0);
	assert_string_equal(number, "9.1");
	assert_int_equal(gv_item_move(f->ws, f->meeting, "9.3", GV_PLACE_UNDER, "9.1", false, number, &err), 0);
	assert_string_equal(number, "9.1.1");
	expect_outline(f, "9 Staff and Committee Reports\n9.1 A\n9.1.1 C\n9.2 B\n10 Correspondence\n");
	/* a top-level section moved under another keeps its own children */
	assert_int_equal(gv_item_move(f->ws, f->meeting, "9", GV_PLACE_AFTER, "10", false, number, &err), 0);
	assert_string_equal(number, "10");
}

static void test_move_under_itself_or_too_deep_is_refused(void **state)
{
	struct fixture *f = *state;
	add(f, "A", GV_PLACE_UNDER, "9", "9.1");
	add(f, "B", GV_PLACE_UNDER, "9.1", "9.1.1");
	char number[32];
	struct gv_err err = {0};
	assert_int_equal(gv_item_move(f->ws, f->meeting, "9", GV_PLACE_UNDER, "9.1", false, number, &err),
			 GV_EREFUSED);
	assert_non_null(strstr(err.msg, "itself"));
	/* 9.1 has a child: under 8 it would be 8.1 and 8.1.1 (fine), under 9.1.1 too deep */
	add(f, "Consent item", GV_PLACE_UNDER, "8", "8.1");
	assert_int_equal(gv_item_move(f->ws, f->meeting, "9.1", GV_PLACE_UNDER, "8.1", false, number, &err),
			 GV_EREFUSED);
	assert_non_null(strstr(err.msg, "at most 3 levels"));
	expect_outline(f, "8.1 Consent item\n9 Staff and Committee Reports\n9.1 A\n9.1.1 B\n"
			  "10 Correspondence\n");
}

static void test_remove_takes_sub_items_and_renumbers(void **state)
{
	struct fixture *f = *state;
	add(f, "A", GV_PLACE_UNDER, "9", "9.1");
	add(f, "A.1", GV_PLACE_UNDER, "9.1", "9.1.1");
	add(f, "B", GV_PLACE_UNDER, "9", "9.2");
	struct gv_err err = {0};
	assert_int_equal(gv_item_rm(f->ws, f->meeting, "9.1", &err), 0);
	expect_outline(f, "9 Staff and Committee Reports\n9.1 B\n10 Correspondence\n");
	assert_int_equal(gv_item_rm(f->ws, f->meeting, "9.7", &err), GV_ENOTFOUND);
}

static void test_edit_stores_trimmed_blocks_and_canonical_clause(void **state)
{
	struct fixture *f = *state;
	add(f, "Land", GV_PLACE_UNDER, "13", "13.1");
	struct gv_item_fields e = {.body = "\n\nConfidential appraisal.\n\n", .consent = -1,
				   .closed = "s. 239 (2)(c)"};
	struct gv_err err = {0};
	assert_int_equal(gv_item_edit(f->ws, f->meeting, "13.1", &e, &err), 0);
	struct gv_agenda a;
	const struct gv_item *it;
	assert_int_equal(gv_agenda_load(f->ws, f->meeting, &a, &err), 0);
	assert_int_equal(gv_agenda_find(&a, "13.1", &it, &err), 0);
	assert_string_equal(it->body, "Confidential appraisal.");
	assert_string_equal(it->closed_clause, "239(2)(c)");
	char ref[32];
	snprintf(ref, sizeof ref, "#%lld", (long long)it->id);
	const struct gv_item *by_id;
	assert_int_equal(gv_agenda_find(&a, ref, &by_id, &err), 0);
	assert_ptr_equal(by_id, it);
	gv_agenda_free(&a);
	struct gv_item_fields bad = {.consent = -1, .closed = "239(2)(z)"};
	assert_int_equal(gv_item_edit(f->ws, f->meeting, "13.1", &bad, &err), GV_EREFUSED);
}

static void test_number_orders_items_by_parent_and_position(void **state)
{
	(void)state;
	struct gv_item items[] = {
		{.id = 3, .parent_id = 1, .position = 2, .title = "b"},
		{.id = 1, .parent_id = 0, .position = 1, .title = "one"},
		{.id = 4, .parent_id = 3, .position = 1, .title = "b1"},
		{.id = 2, .parent_id = 1, .position = 1, .title = "a"},
		{.id = 5, .parent_id = 0, .position = 2, .title = "two"},
	};
	gv_agenda_number(items, 5);
	const char *want[][2] = {{"1", "one"}, {"1.1", "a"}, {"1.2", "b"}, {"1.2.1", "b1"},
				 {"2", "two"}};
	for (int i = 0; i < 5; i++) {
		assert_string_equal(items[i].number, want[i][0]);
		assert_string_equal(items[i].title, want[i][1]);
	}
	assert_int_equal(items[3].depth, 3);
}

static void test_item_refs_are_numbers_or_ids_typed_loosely(void **state)
{
	(void)state;
	char ref[GV_ITEM_REF_MAX];
	gv_item_ref_of(42, ref);
	assert_string_equal(ref, "#42");
	assert_true(gv_item_ref_names("7.2", 42, "7.2"));
	assert_true(gv_item_ref_names(" 7.2. ", 42, "7.2"));
	assert_true(gv_item_ref_names("7.", 42, "7"));
	assert_true(gv_item_ref_names("#42", 42, "7.2"));
	assert_false(gv_item_ref_names("7..", 42, "7"));
	assert_false(gv_item_ref_names("7.2", 42, "7"));
	assert_false(gv_item_ref_names("#4", 42, "7"));
	assert_false(gv_item_ref_names("", 42, "7"));
	assert_false(gv_item_ref_names(".", 42, "7"));
}

#define T(name) cmocka_unit_test_setup_teardown(name, setup, teardown)

int main(void)
{
	const struct CMUnitTest tests[] = {
		T(test_template_gives_fifteen_numbered_sections),
		T(test_add_numbers_children_and_renumbers_after_insert),
		T(test_fourth_level_is_refused),
		T(test_move_after_under_and_first_keep_numbers_contiguous),
		T(test_move_under_itself_or_too_deep_is_refused),
		T(test_remove_takes_sub_items_and_renumbers),
		T(test_edit_stores_trimmed_blocks_and_canonical_clause),
		cmocka_unit_test(test_number_orders_items_by_parent_and_position),
		cmocka_unit_test(test_item_refs_are_numbers_or_ids_typed_loosely),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
