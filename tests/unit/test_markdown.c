/* Markdown from users to HTML: no raw HTML, no unsafe links, headings
 * shifted under their container, size capped. */
#include "unit.h"

#include "base/buf.h"
#include "render/markdown.h"

static char *render(const char *md, int level)
{
	struct gv_buf b = GV_BUF_INIT;
	struct gv_err err = {0};
	assert_int_equal(gv_md_to_html(&b, md, level, &err), 0);
	return gv_buf_detach(&b);
}

static void test_raw_html_is_shown_as_text(void **state)
{
	(void)state;
	char *h = render("a <script>alert(1)</script> <img src=x onerror=alert(2)>\n\n"
			 "<div onclick=x>block</div>\n", 2);
	assert_null(strstr(h, "<script"));
	assert_null(strstr(h, "<img"));
	assert_null(strstr(h, "<div"));
	assert_non_null(strstr(h, "&lt;script>alert(1)&lt;/script>"));
	free(h);
}

static void test_only_safe_links_become_links(void **state)
{
	(void)state;
	char *h = render("[a](javascript:alert(1)) [b](JaVaScRiPt:x) [c](data:text/html,x) "
			 "[d](vbscript:x) [ok](https://example.org/?a=1&b=2) ![i](https://x/i.png)\n", 2);
	assert_null(strstr(h, "javascript:\""));
	assert_null(strstr(h, "href=\"javascript"));
	assert_null(strstr(h, "href=\"JaVaScRiPt"));
	assert_null(strstr(h, "href=\"data:"));
	assert_null(strstr(h, "href=\"vbscript:"));
	assert_null(strstr(h, "<img"));
	assert_non_null(strstr(h, "<a href=\"https://example.org/?a=1&amp;b=2\">ok</a>"));
	free(h);
}

static void test_headings_start_at_the_level_given_and_keep_their_steps(void **state)
{
	(void)state;
	char *h = render("### Background\n\ntext\n\n#### Detail\n\n### Options\n", 4);
	assert_non_null(strstr(h, "<h4>Background</h4>"));
	assert_non_null(strstr(h, "<h5>Detail</h5>"));
	assert_non_null(strstr(h, "<h4>Options</h4>"));
	free(h);
	h = render("# A\n\n## B\n\n### C\n", 5);
	assert_non_null(strstr(h, "<h5>A</h5>"));
	assert_non_null(strstr(h, "<h6>B</h6>"));
	assert_non_null(strstr(h, "<h6>C</h6>"));   /* nothing beyond h6 */
	free(h);
}

static void test_top_level_zero_keeps_the_levels_written(void **state)
{
	(void)state;
	char *h = render("## Attendance\n\ntext\n\n### Detail\n", 0);
	assert_non_null(strstr(h, "<h2>Attendance</h2>"));
	assert_non_null(strstr(h, "<h3>Detail</h3>"));
	free(h);
}

static void test_heading_with_markup_stays_text(void **state)
{
	(void)state;
	char *h = render("## <script>alert(1)</script>\n", 3);
	assert_null(strstr(h, "<script"));
	assert_non_null(strstr(h, "<h3>&lt;script>"));
	free(h);
}

static void test_text_over_the_cap_is_refused(void **state)
{
	(void)state;
	size_t n = GV_MD_RENDER_MAX + 1;
	char *big = malloc(n + 1);
	memset(big, '[', n);
	big[n] = '\0';
	struct gv_buf b = GV_BUF_INIT;
	struct gv_err err = {0};
	assert_int_equal(gv_md_to_html(&b, big, 2, &err), GV_EREFUSED);
	assert_non_null(strstr(err.msg, "limit"));
	assert_int_equal(b.len, 0);
	free(big);
}

static void test_empty_text_gives_nothing(void **state)
{
	(void)state;
	char *h = render("", 2);
	assert_string_equal(h ? h : "", "");
	free(h);
}

/* A text rendered again (its page, then its package) comes from what was
 * kept: the same HTML, its headings shifted for each caller, and a text
 * that differs by one byte is rendered for itself. */
static void test_a_text_rendered_again_is_the_same_at_each_level(void **state)
{
	(void)state;
	const char *md = "# Background\n\nThe *rates* rise.\n\n## Options\n";
	char *a = render(md, 2), *b = render(md, 4), *c = render(md, 2);
	assert_string_equal(a, c);
	assert_non_null(strstr(a, "<h2>Background</h2>"));
	assert_non_null(strstr(a, "<h3>Options</h3>"));
	assert_non_null(strstr(b, "<h4>Background</h4>"));
	assert_non_null(strstr(b, "<h5>Options</h5>"));
	assert_non_null(strstr(b, "<em>rates</em>"));
	char *d = render("# Background\n\nThe *rates* fall.\n\n## Options\n", 2);
	assert_non_null(strstr(d, "fall."));
	assert_null(strstr(d, "rise."));
	free(a);
	free(b);
	free(c);
	free(d);
}

int main(void)
{
	gv_md_init();
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_raw_html_is_shown_as_text),
		cmocka_unit_test(test_only_safe_links_become_links),
		cmocka_unit_test(test_headings_start_at_the_level_given_and_keep_their_steps),
		cmocka_unit_test(test_top_level_zero_keeps_the_levels_written),
		cmocka_unit_test(test_heading_with_markup_stays_text),
		cmocka_unit_test(test_text_over_the_cap_is_refused),
		cmocka_unit_test(test_empty_text_gives_nothing),
		cmocka_unit_test(test_a_text_rendered_again_is_the_same_at_each_level),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
