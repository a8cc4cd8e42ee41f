/* UTF-8 handling, folding, slugs, redaction, block trimming, and the rule
 * of every text field: what it refuses and how stored text is shown. */
#include "unit.h"

#include "base/buf.h"
#include "base/json.h"
#include "base/text.h"
#include "base/visible_stream.h"

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

static void expect_redact_as(const char *text, const char *model, const char *want)
{
	char *marked = gv_redact_as(text, model), *r = gv_redact(marked);
	assert_string_equal(r, want);
	free(marked);
	free(r);
}

static void test_redact_as_hides_in_an_earlier_text_what_the_current_one_hides(void **state)
{
	(void)state;
	expect_redact_as("Call Jane at 555-0100, Jane.", "Call [REDACT]Jane[/redact] at 555-0100.",
			 "Call [redacted] at 555-0100, [redacted].");
	expect_redact_as("Old [redact]x[/redact] and y", "New y [redact]y and z",
			 "Old [redacted] and y");
	expect_redact_as("a b", "[redact]a [redact]b[/redact][/redact] c", "[redacted]");
	expect_redact_as("Nothing hidden", "Nothing [redact][/redact] hidden", "Nothing hidden");
}

/* A passage the earlier text already hides keeps its markers as they were:
 * the complete copy of a published agenda made again (gavel check --repair)
 * is the one published, not one with every redaction marked twice. */
static void test_redact_as_leaves_a_passage_already_hidden_as_it_was(void **state)
{
	(void)state;
	char *r = gv_redact_as("Contact: [redact]555-0142, 17 Willow[/redact]; again 555-0142",
			       "Contact: [redact]555-0142[/redact], [REDACT]17 Willow[/redact]");
	assert_string_equal(r, "Contact: [redact]555-0142, 17 Willow[/redact]; again "
			       "[redact]555-0142[/redact]");
	free(r);
	r = gv_redact_as("Vendors: [redact]Harold Vandermeer[/redact]",
			 "Vendors: [redact]Harold Vandermeer[/redact]");
	assert_string_equal(r, "Vendors: [redact]Harold Vandermeer[/redact]");
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
	assert_int_equal(gv_check_line("Rates \u202e2027", "title", 100, &err), GV_EREFUSED);
	assert_string_equal(err.msg, "the title contains a bidirectional formatting character "
				     "(U+202E RLO); remove it");
}

/* One of each class the rule refuses, as UTF-8, with its message's words. */
static const struct {
	const char *text, *says;
} forbidden[] = {
	{"\x01", "control character (U+0001 SOH)"},
	{"\a", "control character (U+0007 BEL)"},
	{"\x1b", "control character (U+001B ESC)"},
	{"\x1f", "control character (U+001F US)"},
	{"\x7f", "control character (U+007F DEL)"},
	{"\xc2\x80", "control character (U+0080 PAD)"},
	{"\xc2\x85", "control character (U+0085 NEL)"},
	{"\xc2\x9b", "control character (U+009B CSI)"},
	{"\xc2\x9f", "control character (U+009F APC)"},
	{"\u202a", "bidirectional formatting character (U+202A LRE)"},
	{"\u202e", "bidirectional formatting character (U+202E RLO)"},
	{"\u2066", "bidirectional formatting character (U+2066 LRI)"},
	{"\u2067", "bidirectional formatting character (U+2067 RLI)"},
	{"\u2069", "bidirectional formatting character (U+2069 PDI)"},
};

static void test_every_forbidden_class_is_refused_in_lines_and_blocks(void **state)
{
	(void)state;
	struct gv_err err = {0};
	for (size_t i = 0; i < sizeof forbidden / sizeof forbidden[0]; i++) {
		char *text = gv_asprintf("Côté %s said", forbidden[i].text);
		assert_int_equal(gv_check_chars(text, true, "member name", &err), GV_EREFUSED);
		char *want = gv_asprintf("the member name contains a %s; remove it",
					 forbidden[i].says);
		assert_string_equal(err.msg, want);
		free(want);
		free(text);
		text = gv_asprintf("First line\n\tsecond %s line\n", forbidden[i].text);
		assert_int_equal(gv_check_chars(text, false, "note", &err), GV_EREFUSED);
		want = gv_asprintf("the note contains a %s on line 2; remove it", forbidden[i].says);
		assert_string_equal(err.msg, want);
		free(want);
		free(text);
	}
}

static void test_rule_keeps_tab_newline_and_every_script(void **state)
{
	(void)state;
	struct gv_err err = {0};
	const char *fine[] = {"Côté", "Nguyễn Thị Ánh", "Ahmed \u062d\u062f\u0627\u062f",
			      "🎉 Budget 2027 ✓", "\u00a0non-breaking", "RLM \u200f, LS \u2028"};
	for (size_t i = 0; i < sizeof fine / sizeof fine[0]; i++) {
		assert_int_equal(gv_check_chars(fine[i], false, "body", &err), 0);
		assert_false(gv_char_unsafe(gv_utf8_next(&(const char *){fine[i]})));
	}
	assert_int_equal(gv_check_chars("a\tb\nc\n", false, "body", &err), 0);
	assert_false(gv_char_unsafe('\t'));
	assert_false(gv_char_unsafe('\n'));
	assert_false(gv_char_unsafe(0xA0));
	assert_false(gv_char_unsafe(0x2065));
	assert_false(gv_char_unsafe(0x206A));
	assert_false(gv_char_unsafe(0x2029));
	/* a one-line field keeps refusing tabs and line breaks */
	assert_int_equal(gv_check_chars("a\tb", true, "title", &err), GV_EREFUSED);
	assert_string_equal(err.msg, "the title contains a tab (U+0009 HT); use spaces");
	assert_int_equal(gv_check_chars("a\u2028b", true, "title", &err), GV_EREFUSED);
	assert_string_equal(err.msg,
			    "the title contains a line break (U+2028 LS); write it on one line");
	assert_int_equal(gv_check_chars("a\r\nb", true, "title", &err), GV_EREFUSED);
	assert_non_null(strstr(err.msg, "(U+000D CR)"));
	assert_int_equal(gv_check_chars("Caf\xe9", true, "title", &err), GV_EREFUSED);
	assert_string_equal(err.msg, "the title is not valid UTF-8");
}

static void test_a_block_takes_crlf_line_ends_and_refuses_a_lone_cr(void **state)
{
	(void)state;
	struct gv_err err = {0};
	const char *crlf = "Report\r\nsecond line\r\r\nlast\r\n";
	assert_int_equal(gv_check_chars(crlf, false, "item body", &err), 0);
	char *kept = gv_trim_block(crlf);
	assert_string_equal(kept, "Report\nsecond line\nlast");
	free(kept);
	assert_int_equal(gv_check_chars("end\r", false, "item body", &err), 0);
	/* a carriage return inside a line sends the cursor back over it */
	assert_int_equal(gv_check_chars("one\nMotion carried\rlost", false, "item body", &err),
			 GV_EREFUSED);
	assert_string_equal(err.msg,
			    "the item body contains a control character (U+000D CR) on line 2; "
			    "remove it");
}

static void assert_visible(const char *text, const char *shown)
{
	char *v = gv_visible(text);
	assert_string_equal(v, shown);
	free(v);
}

static void test_visible_shows_each_forbidden_character_as_its_escape(void **state)
{
	(void)state;
	assert_visible("T\x1b]0;PWNED\a \x1b[2J \x7f\xc2\x85\u202e\u2067 end",
		       "T\\u001b]0;PWNED\\u0007 \\u001b[2J \\u007f\\u0085\\u202e\\u2067 end");
	assert_visible("Côté\tNguyễn 🎉\nnext\r\n", "Côté\tNguyễn 🎉\nnext\r\n");
	/* a carriage return but in a line end would let text overwrite text */
	assert_visible("Motion carried\rlost\r\r\n\r",
		       "Motion carried\\u000dlost\\u000d\r\n\\u000d");
	/* bytes that are not UTF-8 (0x9b alone is CSI to an 8-bit terminal) */
	assert_visible("a\x9b" "1m\xe2\x80", "a\xef\xbf\xbd" "1m\xef\xbf\xbd\xef\xbf\xbd");
}

static void test_visible_add_waits_for_a_character_cut_between_pieces(void **state)
{
	(void)state;
	struct gv_buf b = GV_BUF_INIT;
	const char *rlo = "x\u202e"; /* "x" e2 80 ae */
	assert_int_equal(gv_visible_add(&b, rlo, 3, false), 2);
	assert_string_equal(gv_buf_str(&b), "x");
	assert_int_equal(gv_visible_add(&b, rlo + 1, 3, false), 0);
	assert_string_equal(gv_buf_str(&b), "x\\u202e");
	/* a CR at the end may begin a CRLF */
	assert_int_equal(gv_visible_add(&b, "a\r", 2, false), 1);
	assert_int_equal(gv_visible_add(&b, "\r\nb\r", 4, false), 1);
	assert_int_equal(gv_visible_add(&b, "\rc", 2, false), 0);
	assert_string_equal(gv_buf_str(&b), "x\\u202ea\r\nb\\u000dc");
	/* at the end nothing waits: a cut character is not UTF-8 */
	assert_int_equal(gv_visible_add(&b, "\xc3", 1, true), 0);
	assert_string_equal(gv_buf_str(&b), "x\\u202ea\r\nb\\u000dc\xef\xbf\xbd");
	gv_buf_free(&b);
}

static void test_visible_stream_makes_what_passes_visible_in_any_pieces(void **state)
{
	(void)state;
	char *text = NULL;
	size_t len = 0;
	FILE *mem = open_memstream(&text, &len);
	FILE *f = gv_visible_stream(mem);
	assert_non_null(f);
	setvbuf(f, NULL, _IONBF, 0); /* every byte its own write */
	fputs("Title \x1b]0;PWNED\a Côté ", f);
	fputs("\u202e", f);
	fprintf(f, "%s\n", "Nguyễn \xc2\x85");
	fputs("\xe2\x80", f); /* cut by the close */
	assert_int_equal(fclose(f), 0);
	assert_int_equal(fclose(mem), 0);
	assert_string_equal(text, "Title \\u001b]0;PWNED\\u0007 Côté \\u202e"
				  "Nguyễn \\u0085\n\xef\xbf\xbd\xef\xbf\xbd");
	free(text);
}

static void test_json_escapes_what_no_text_field_may_hold(void **state)
{
	(void)state;
	struct gv_buf b = GV_BUF_INIT;
	gv_json_quote(&b, "a\x1b[31m\x7f\xc2\x85\u202e\u2069 Côté 🎉 \xff", false);
	assert_string_equal(gv_buf_str(&b), "\"a\\u001b[31m\\u007f\\u0085\\u202e\\u2069 Côté 🎉 "
					    "\\ufffd\"");
	gv_buf_free(&b);
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
		cmocka_unit_test(test_redact_as_hides_in_an_earlier_text_what_the_current_one_hides),
		cmocka_unit_test(test_redact_as_leaves_a_passage_already_hidden_as_it_was),
		cmocka_unit_test(test_check_line_refuses_control_characters_and_empty),
		cmocka_unit_test(test_every_forbidden_class_is_refused_in_lines_and_blocks),
		cmocka_unit_test(test_rule_keeps_tab_newline_and_every_script),
		cmocka_unit_test(test_a_block_takes_crlf_line_ends_and_refuses_a_lone_cr),
		cmocka_unit_test(test_visible_shows_each_forbidden_character_as_its_escape),
		cmocka_unit_test(test_visible_add_waits_for_a_character_cut_between_pieces),
		cmocka_unit_test(test_visible_stream_makes_what_passes_visible_in_any_pieces),
		cmocka_unit_test(test_json_escapes_what_no_text_field_may_hold),
		cmocka_unit_test(test_trim_block_drops_blank_edges_and_carriage_returns),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
