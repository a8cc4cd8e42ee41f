/* Closed-meeting clauses of Municipal Act s.239. */
#include "unit.h"

#include "agenda/clause.h"

static void test_clause_forms_normalise_to_canonical(void **state)
{
	(void)state;
	const char *forms[][2] = {
		{"239(2)(c)", "239(2)(c)"},  {"s.239(2)(e)", "239(2)(e)"},
		{"s. 239 (2) (K)", "239(2)(k)"}, {"section 239(3.1)", "239(3.1)"},
		{" 239(3)(a) ", "239(3)(a)"},
	};
	for (size_t i = 0; i < sizeof forms / sizeof *forms; i++) {
		char out[16];
		struct gv_err err = {0};
		if (gv_clause_parse(forms[i][0], out, &err))
			fail_msg("'%s' refused: %s", forms[i][0], err.msg);
		assert_string_equal(out, forms[i][1]);
	}
}

static void test_unknown_clauses_are_refused_naming_the_valid_ones(void **state)
{
	(void)state;
	const char *bad[] = {"239(2)(z)", "239", "239(2)", "240(2)(a)", "", "239(2)(a)x",
			     "239(4)"};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		char out[16];
		struct gv_err err = {0};
		if (gv_clause_parse(bad[i], out, &err) != GV_EREFUSED)
			fail_msg("'%s' accepted", bad[i]);
		assert_non_null(strstr(err.msg, "239(2)(a)-(k)"));
	}
}

static void test_every_clause_has_a_general_nature(void **state)
{
	(void)state;
	assert_string_equal(gv_clause_nature("239(2)(e)"), "litigation or potential litigation");
	assert_non_null(gv_clause_nature("239(3.1)"));
	assert_null(gv_clause_nature("239(2)(l)"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_clause_forms_normalise_to_canonical),
		cmocka_unit_test(test_unknown_clauses_are_refused_naming_the_valid_ones),
		cmocka_unit_test(test_every_clause_has_a_general_nature),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
