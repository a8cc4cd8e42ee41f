/* Rosters by date (docs/people.md): the members whose period covers a day,
 * with the role and bodies they had then, sorted by role then surname. */
#include "unit.h"

#include "agenda/member.h"

static struct gv_member *on(struct gv_ws *ws, int64_t body, const char *day, size_t *n)
{
	struct gv_member *m;
	struct gv_err err = {0};
	if (gv_member_list_on(ws, body, day, &m, n, &err))
		fail_msg("list on %s refused: %s", day ? day : "(all)", err.msg);
	return m;
}

static void test_roster_by_date_across_a_retirement_and_a_new_term(void **state)
{
	(void)state;
	setenv("GAVEL_NOW", "2026-12-06T12:00:00Z", 1);
	struct gv_ws *ws = unit_ws_new();
	struct gv_err err = {0};
	int64_t a, b, c;
	assert_int_equal(gv_member_add_from(ws, "Marie Côté", "mayor", NULL, NULL, "2022-11-15",
					    NULL, &a, &err), 0);
	assert_int_equal(gv_member_add_from(ws, "Ahmed Haddad", "councillor", "2", NULL,
					    "2022-11-15", NULL, &b, &err), 0);
	assert_int_equal(gv_member_add_from(ws, "Zoé Abbott", "councillor", "3", NULL,
					    "2026-11-15", "Regional Councillor", &c, &err), 0);
	assert_int_equal(gv_member_retire(ws, "Haddad", "2026-11-15", &err), 0);

	size_t n;
	struct gv_member *m = on(ws, 1, "2022-11-14", &n);
	assert_int_equal(n, 0);
	gv_members_free(m, n);

	m = on(ws, 1, "2026-11-14", &n);
	assert_int_equal(n, 2);
	assert_string_equal(m[0].name, "Marie Côté");
	assert_string_equal(m[1].name, "Ahmed Haddad");
	assert_string_equal(m[1].to, "2026-11-15");
	assert_string_equal(gv_member_title(&m[1]), "Councillor");
	gv_members_free(m, n);

	m = on(ws, 1, "2026-11-15", &n);
	assert_int_equal(n, 2);
	assert_string_equal(m[1].name, "Zoé Abbott");
	assert_string_equal(gv_member_title(&m[1]), "Regional Councillor");
	gv_members_free(m, n);

	/* the retired member's term does not overlap a new one after it */
	assert_int_equal(gv_member_add_from(ws, "Ahmed Haddad", "councillor", "2", NULL,
					    "2026-11-01", NULL, NULL, &err), GV_EREFUSED);
	assert_non_null(strstr(err.msg, "overlapping terms"));
	m = on(ws, 0, NULL, &n);
	assert_int_equal(n, 3);
	gv_members_free(m, n);
	unit_ws_free(ws);
}

static void test_sorted_by_role_then_surname_accents_folded(void **state)
{
	(void)state;
	setenv("GAVEL_NOW", "2026-12-06T12:00:00Z", 1);
	struct gv_ws *ws = unit_ws_new();
	struct gv_err err = {0};
	const char *names[][2] = {{"Jane Doe", "clerk"},       {"Élise Bouchard", "councillor"},
				  {"Ahmed Haddad", "councillor"}, {"Marie Côté", "mayor"},
				  {"Zoé Abbott", "councillor"},   {"Lin Chen", "deputy-mayor"}};
	for (size_t i = 0; i < sizeof names / sizeof *names; i++)
		assert_int_equal(gv_member_add(ws, names[i][0], names[i][1], NULL, NULL, NULL, &err),
				 0);
	size_t n;
	struct gv_member *m = on(ws, 0, "2026-12-06", &n);
	const char *want[] = {"Marie Côté",	"Lin Chen",	"Zoé Abbott",
			      "Élise Bouchard", "Ahmed Haddad", "Jane Doe"};
	assert_int_equal(n, 6);
	for (size_t i = 0; i < n; i++)
		assert_string_equal(m[i].name, want[i]);
	gv_members_free(m, n);
	unit_ws_free(ws);
}

static void expect_styled(const char *name, const char *role, const char *title, bool full,
			  const char *want)
{
	char *got = gv_person_styled(name, role, title, full);
	assert_string_equal(got, want);
	free(got);
}

static void test_titles_name_members_by_surname_and_staff_by_job(void **state)
{
	(void)state;
	expect_styled("Marie Côté", "mayor", NULL, false, "Mayor Côté");
	expect_styled("Marie Côté", "mayor", NULL, true, "Mayor Marie Côté");
	expect_styled("Siobhán Ó Briain", "deputy-mayor", "", false, "Deputy Mayor Ó Briain");
	expect_styled("Zoé Abbott", "councillor", "Regional Councillor", false,
		      "Regional Councillor Abbott");
	expect_styled("Cher", "councillor", NULL, false, "Councillor Cher");
	expect_styled("Anne-Marie Desjardins", "clerk", NULL, false, "Anne-Marie Desjardins, Clerk");
	expect_styled("Sam Lee", "staff", "Director of Finance", true,
		      "Sam Lee, Director of Finance");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_roster_by_date_across_a_retirement_and_a_new_term),
		cmocka_unit_test(test_sorted_by_role_then_surname_accents_folded),
		cmocka_unit_test(test_titles_name_members_by_surname_and_staff_by_job),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
