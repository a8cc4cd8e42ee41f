/* Member name resolution as docs/references.md ("Members") says: full name, or an unambiguous
 * case- and accent-insensitive prefix of the full name or of the surname. */
#include "unit.h"

#include "agenda/member.h"

static const char *const council[] = {
	"Émilie Côté", "François Bélanger", "Marie-Ève Tremblay", "Genevieve Tremblay-Roy",
	"Marc Côté", "Gen Li",
};
#define N (sizeof council / sizeof *council)

static size_t match(const char *q)
{
	size_t at = 99;
	struct gv_err err = {0};
	if (gv_name_match(q, council, N, &at, &err))
		fail_msg("'%s' refused: %s", q, err.msg);
	return at;
}

static void test_full_name_matches_case_and_accent_insensitively(void **state)
{
	(void)state;
	assert_int_equal(match("émilie côté"), 0);
	assert_int_equal(match("EMILIE COTE"), 0);
	assert_int_equal(match("  François Bélanger "), 1);
}

static void test_unique_prefix_of_name_or_surname_matches(void **state)
{
	(void)state;
	assert_int_equal(match("Fran"), 1);
	assert_int_equal(match("bél"), 1);
	assert_int_equal(match("Marie"), 2);
	assert_int_equal(match("Émi"), 0);
}

static void test_exact_full_name_wins_over_longer_prefix_matches(void **state)
{
	(void)state;
	/* "Gen Li" is also a prefix of "Genevieve Tremblay-Roy" */
	assert_int_equal(match("gen li"), 5);
}

static void test_ambiguous_name_is_refused_with_the_candidates(void **state)
{
	(void)state;
	size_t at;
	struct gv_err err = {0};
	assert_int_equal(gv_name_match("côté", council, N, &at, &err), GV_EREFUSED);
	assert_string_equal(err.msg, "'côté' is ambiguous: Émilie Côté, Marc Côté");
	assert_int_equal(gv_name_match("Gen", council, N, &at, &err), GV_EREFUSED);
	assert_non_null(strstr(err.msg, "Genevieve Tremblay-Roy"));
	assert_non_null(strstr(err.msg, "Gen Li"));
}

static void test_a_surname_of_two_words_matches_whole_or_by_its_last_word(void **state)
{
	(void)state;
	static const char *const names[] = {"Siobhán Ó Briain", "Minh-Anh Nguyễn",
					    "Olivia Brant"};
	size_t at = 99;
	struct gv_err err = {0};
	assert_int_equal(gv_name_match("ó briain", names, 3, &at, &err), 0);
	assert_int_equal(at, 0);
	assert_int_equal(gv_name_match("O Bri", names, 3, &at, &err), 0);
	assert_int_equal(at, 0);
	assert_int_equal(gv_name_match("briain", names, 3, &at, &err), 0);
	assert_int_equal(at, 0);
	assert_int_equal(gv_name_match("nguyen", names, 3, &at, &err), 0);
	assert_int_equal(at, 1);
	/* "o" starts a word of two names */
	assert_int_equal(gv_name_match("o", names, 3, &at, &err), GV_EREFUSED);
	/* a word is matched from its start only */
	assert_int_equal(gv_name_match("riain", names, 3, &at, &err), GV_ENOTFOUND);
}

static void test_unknown_and_empty_names_are_not_found(void **state)
{
	(void)state;
	size_t at;
	struct gv_err err = {0};
	assert_int_equal(gv_name_match("Zed", council, N, &at, &err), GV_ENOTFOUND);
	assert_non_null(strstr(err.msg, "no member named 'Zed'"));
	assert_int_equal(gv_name_match("", council, N, &at, &err), GV_ENOTFOUND);
}

/* The roles a form offers are the ones gavel accepts, those that vote
 * first, as lists order them. */
static void test_the_roles_to_choose_from_are_the_known_ones_voting_first(void **state)
{
	(void)state;
	size_t n = 0;
	bool voting = true;
	for (const char *role; (role = gv_role_name(n)); n++) {
		assert_true(gv_role_valid(role));
		if (!gv_role_votes(role))
			voting = false;
		else
			assert_true(voting);
	}
	assert_int_equal(n, 5);
	assert_string_equal(gv_role_name(0), "mayor");
	assert_string_equal(gv_role_name(2), "councillor");
	assert_null(gv_role_name(n));
}

static void test_workspace_resolution_by_id_and_name_list(void **state)
{
	(void)state;
	struct gv_ws *ws = unit_ws_new();
	struct gv_err err = {0};
	int64_t a, b, id;
	assert_int_equal(gv_member_add(ws, "Émilie Côté", "mayor", NULL, NULL, &a, &err), 0);
	assert_int_equal(gv_member_add(ws, "Marc Côté", "councillor", "Ward 2", NULL, &b, &err), 0);
	char ref[16];
	snprintf(ref, sizeof ref, "%lld", (long long)b);
	assert_int_equal(gv_member_resolve(ws, ref, 0, &id, &err), 0);
	assert_int_equal(id, b);
	int64_t *ids;
	size_t n;
	assert_int_equal(gv_member_resolve_list(ws, "marc, émilie", 1, &ids, &n, &err), 0);
	assert_int_equal(n, 2);
	assert_int_equal(ids[0], b);
	assert_int_equal(ids[1], a);
	free(ids);
	assert_int_equal(gv_member_resolve_list(ws, "marc,Marc Côté", 1, &ids, &n, &err),
			 GV_EREFUSED);
	assert_non_null(strstr(err.msg, "named twice"));
	unit_ws_free(ws);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_full_name_matches_case_and_accent_insensitively),
		cmocka_unit_test(test_unique_prefix_of_name_or_surname_matches),
		cmocka_unit_test(test_exact_full_name_wins_over_longer_prefix_matches),
		cmocka_unit_test(test_ambiguous_name_is_refused_with_the_candidates),
		cmocka_unit_test(test_a_surname_of_two_words_matches_whole_or_by_its_last_word),
		cmocka_unit_test(test_unknown_and_empty_names_are_not_found),
		cmocka_unit_test(test_the_roles_to_choose_from_are_the_known_ones_voting_first),
		cmocka_unit_test(test_workspace_resolution_by_id_and_name_list),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
