/* UTF-8 handling, folding, slugs, redaction and block trimming. */
#include "unit.h"

#include "base/text.h"

static void test_utf8_validation_rejects_overlong_surrogates_and_nul(void **state)
{
	(void)state;
	assert_true(gv_utf8_valid("Côté", strlen("Côté")));
	assert_false(gv_utf8_valid("\xc0\xaf", 2));       /* overlong '/' */
	assert_false(gv_utf8_valid("\xed\xa0\x80", 3));   /* surrogate */
	assert_false(gv_utf8_valid("a\0b", 3));
	assert_false(gv_utf8_valid("\xe2\x82", 2));       /* truncated */
	assert_true(gv_utf8_valid("\xf0\x9f\x8e\x89", 4)); /* emoji */
}

static void test_fold_lowercases_and_strips_latin_accents(void **state)
{
	(void)state;
	char *f = gv_fold("Émilie CÔTÉ-Bélanger Œuvre Straße");
	assert_string_equal(f, "emilie cote-belanger oeuvre strasse");
	free(f);
	f = gv_fold("Łukasz Ørsted");
	assert_string_equal(f, "lukasz orsted");
	free(f);
}

static void test_fold_strips_vietnamese_accents(void **state)
{
	(void)state;
	char *f = gv_fold("Nguyễn Thị Ánh Tuyết, Trương Đức Lượng, Ỹ");
	assert_string_equal(f, "nguyen thi anh tuyet, truong duc luong, y");
	free(f);
}

static void test_slugify_keeps_ascii_letters_and_digits(void **state)
{
	(void)state;
	char *s = gv_slugify("  Comité de l'urbanisme — Planning (2026) ");
	assert_string_equal(s, "comite-de-lurbanisme-planning-2026");
	free(s);
	s = gv_slugify("!!!");
	assert_string_equal(s, "");
	free(s);
}

static void test_redact_replaces_every_span_and_hides_unclosed_rest(void **state)
{
	(void)state;
	char *r = gv_redact("Call [redact]555-0100[/redact] or [redact]x[/redact].");
	assert_string_equal(r, "Call [redacted] or [redacted].");
	free(r);
	r = gv_redact("Name: [redact]Jane Doe, never closed");
	assert_string_equal(r, "Name: [redacted]");
	free(r);
}

static void test_redact_markers_ignore_case_and_nest_to_the_outer_close(void **state)
{
	(void)state;
	char *r = gv_redact("A [REDACT]one[/Redact] B [Redact]two[/REDACT] C");
	assert_string_equal(r, "A [redacted] B [redacted] C");
	free(r);
	r = gv_redact("x [redact]a [redact]b[/redact] still hidden[/redact] y");
	assert_string_equal(r, "x [redacted] y");
	free(r);
	r = gv_redact("[redact]a [REDACT]b[/redact] c");
	assert_string_equal(r, "[redacted]");
	free(r);
	r = gv_redact("kept [/redact] [re] [redac] text");
	assert_string_equal(r, "kept [/redact] [re] [redac] text");
	free(r);
}

static void test_check_line_refuses_control_characters_and_empty(void **state)
{
	(void)state;
	struct gv_err err = {0};
	assert_int_equal(gv_check_line("Water rates", "title", 100, &err), 0);
	assert_int_equal(gv_check_line("bad\x1b[31m", "title", 100, &err), GV_EREFUSED);
	assert_non_null(strstr(err.msg, "control"));
	assert_int_equal(gv_check_line("   ", "title", 100, &err), GV_EREFUSED);
	assert_int_equal(gv_check_line("two\nlines", "title", 100, &err), GV_EREFUSED);
	assert_int_equal(gv_check_line("abcdef", "title", 3, &err), GV_EREFUSED);
}

static void test_trim_block_drops_blank_edges_and_carriage_returns(void **state)
{
	(void)state;
	char *t = gv_trim_block("\n\n  \n    code\r\nline two  \n\n");
	assert_string_equal(t, "    code\nline two");
	free(t);
	/* found by the agenda_md fuzz target: "\r\r\n" kept one "\r", which
	 * the agenda's markdown then lost on import */
	t = gv_trim_block("a\r\r\nb\rc\r\r\r\nd");
	assert_string_equal(t, "a\nb\rc\nd");
	free(t);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_utf8_validation_rejects_overlong_surrogates_and_nul),
		cmocka_unit_test(test_fold_lowercases_and_strips_latin_accents),
		cmocka_unit_test(test_fold_strips_vietnamese_accents),
		cmocka_unit_test(test_slugify_keeps_ascii_letters_and_digits),
		cmocka_unit_test(test_redact_replaces_every_span_and_hides_unclosed_rest),
		cmocka_unit_test(test_redact_markers_ignore_case_and_nest_to_the_outer_close),
		cmocka_unit_test(test_check_line_refuses_control_characters_and_empty),
		cmocka_unit_test(test_trim_block_drops_blank_edges_and_carriage_returns),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
