/* Markdown bombs defused: ordinary text passes byte for byte; nesting past
 * the limit and openers past the budget become literal characters. (That
 * the bombs then render at once is checked on the real binary, in
 * tests/cli/test_hostile.sh: under the sanitizers discount's many small
 * reallocations dominate any timing.) */
#include "unit.h"

#include "base/buf.h"
#include "render/md_defuse.h"

static char *defuse(const char *md)
{
	size_t n;
	char *out = gv_md_defuse(md, strlen(md), &n);
	assert_int_equal(strlen(out), n);
	return out;
}

/* s repeated k times, then tail. */
static char *repeat(const char *s, int k, const char *tail)
{
	struct gv_buf b = GV_BUF_INIT;
	for (int i = 0; i < k; i++)
		gv_buf_puts(&b, s);
	gv_buf_puts(&b, tail);
	return gv_buf_detach(&b);
}

static void test_ordinary_markdown_is_unchanged(void **state)
{
	(void)state;
	const char *md = "# Report\n\n"
			 "Council [approved](https://example.org/a(1)) the *rates* <https://x.ca>.\n"
			 "> a quote\n> > nested\n\n"
			 "- one\n  - two\n    1. three\n       2) four\n\n"
			 "```\ncode with ` and [ and <\n```\n\n"
			 "| a | b |\n|---|---|\n| [x](y) | `z` |\n"
			 "-- not a marker, 12.5 not a marker, *emphasis*\n";
	char *out = defuse(md);
	assert_string_equal(out, md);
	free(out);
}

/* The line made of unit k times then tail comes back as the first 16
 * units, then after. */
static void expect_nesting_cut(const char *unit, int k, const char *tail, const char *after)
{
	char *md = repeat(unit, k, tail);
	char *out = defuse(md);
	char *want = repeat(unit, 16, after);
	assert_string_equal(out, want);
	free(want);
	free(out);
	free(md);
}

static void test_nesting_past_sixteen_levels_becomes_text(void **state)
{
	(void)state;
	expect_nesting_cut("> ", 18, "x\n", "\\> > x\n");
	expect_nesting_cut("- ", 20, "y\n", "\\- - - - y\n");
	expect_nesting_cut("1. ", 18, "z\n", "1\\. 1. z\n");
}

static void test_openers_past_the_budget_are_escaped(void **state)
{
	(void)state;
	/* a 100 KB paragraph keeps 64 of each opener (2^22 / 100,000 = 41) */
	char *md = repeat("[<`(", 25000, "\n");
	char *out = defuse(md);
	assert_int_equal(strncmp(out, md, 64 * 4), 0);
	const char *after = out + 64 * 4;
	assert_int_equal(strncmp(after, "\\[&lt;\\`\\(\\[&lt;", 16), 0);
	/* already escaped openers do not count */
	free(out);
	free(md);
	md = repeat("\\[", 5000, "\n");
	out = defuse(md);
	assert_string_equal(out, md);
	free(out);
	free(md);
	/* the budget is per paragraph: a blank line starts a new one */
	md = repeat("[a]\n\n", 1000, "");
	out = defuse(md);
	assert_string_equal(out, md);
	free(out);
	free(md);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ordinary_markdown_is_unchanged),
		cmocka_unit_test(test_nesting_past_sixteen_levels_becomes_text),
		cmocka_unit_test(test_openers_past_the_budget_are_escaped),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
