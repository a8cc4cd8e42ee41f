/* Markdown for the terminal (render/mdterm.h): the marks go, their meaning
 * stays as a style per byte, tables become grids whose bars line up and
 * whose wide cells wrap inside their column. */
#include "unit.h"

#include "base/buf.h"
#include "render/mdterm.h"

/* Columns as bytes, except a box-drawing character (3 bytes) is one. */
static int cols(const char *s, size_t n)
{
	int w = 0;
	for (size_t i = 0; i < n; i++)
		w += ((unsigned char)s[i] & 0xC0) != 0x80;
	return w;
}

static struct gv_mdt render(const char *md, int width)
{
	struct gv_mdt o = {GV_BUF_INIT, GV_BUF_INIT};
	struct gv_mdt_opts opt = {.cols = cols, .width = width, .utf8 = 1};
	gv_mdt_markdown(&o, md, &opt);
	assert_int_equal(o.text.len, o.styles.len);
	return o;
}

/* The style of the first byte of what in o's text. */
static int style_of(const struct gv_mdt *o, const char *what)
{
	const char *at = strstr(gv_buf_str(&o->text), what);
	assert_non_null(at);
	return (unsigned char)gv_buf_str(&o->styles)[at - gv_buf_str(&o->text)];
}

static void test_marks_go_and_their_meaning_stays(void **state)
{
	(void)state;
	struct gv_mdt o = render("#### Rates\n\nThe **new** *rate*, `r2`, see [the report](https://x.ca/r).\n"
				 "- one\n  2. two\n> quoted\n", 0);
	const char *text = gv_buf_str(&o.text);
	assert_null(strstr(text, "**"));
	assert_null(strstr(text, "####"));
	assert_null(strstr(text, "]("));
	assert_non_null(strstr(text, "Rates\n"));
	assert_non_null(strstr(text, "The new rate, r2, see the report <https://x.ca/r>."));
	assert_non_null(strstr(text, "  \u2022 one\n"));
	assert_non_null(strstr(text, "    2. two\n"));
	assert_non_null(strstr(text, "  \u2502 quoted\n"));
	assert_int_equal(style_of(&o, "Rates"), GV_MDT_HEADING);
	assert_int_equal(style_of(&o, "new"), GV_MDT_STRONG);
	assert_int_equal(style_of(&o, "rate,"), GV_MDT_EMPH);
	assert_int_equal(style_of(&o, "r2"), GV_MDT_CODE);
	assert_int_equal(style_of(&o, "https"), GV_MDT_LINK);
	gv_mdt_free(&o);
}

static void test_snake_case_and_lone_stars_stay(void **state)
{
	(void)state;
	struct gv_mdt o = render("file_name_here and 3 * 4 = 12\n", 0);
	assert_string_equal(gv_buf_str(&o.text), "file_name_here and 3 * 4 = 12\n");
	gv_mdt_free(&o);
}

/* The column of each bar in line, as a string. */
static void bars(const char *line, size_t n, char out[64])
{
	out[0] = '\0';
	int col = 0;
	for (size_t i = 0; i < n; i++) {
		if (((unsigned char)line[i] & 0xC0) == 0x80)
			continue;
		if (!strncmp(line + i, "\u2502", 3) || !strncmp(line + i, "\u253c", 3))
			snprintf(out + strlen(out), 64 - strlen(out), "%d,", col);
		col++;
	}
}

static void test_a_wide_table_wraps_by_cell_with_its_bars_aligned(void **state)
{
	(void)state;
	struct gv_mdt o = render("| Class | Rate | Note |\n|---|---:|---|\n"
				 "| Residential | 1.13 | most households in the township, billed "
				 "quarterly |\n| Commercial | 1.45 | |\n",
				 40);
	const char *text = gv_buf_str(&o.text);
	assert_null(strstr(text, "|"));
	char first[64] = "", b[64];
	int rows = 0;
	for (const char *p = text; *p; rows++) {
		size_t n = strcspn(p, "\n");
		assert_true(cols(p, n) <= 40);
		bars(p, n, b);
		if (!rows)
			snprintf(first, sizeof first, "%s", b);
		assert_string_equal(b, first);
		p += n + 1;
	}
	/* header, rule, three rows for the wrapped note, one for Commercial */
	assert_true(rows >= 5);
	assert_int_equal(style_of(&o, "Class"), GV_MDT_HEADER);
	gv_mdt_free(&o);
}

/* Openers without closers on a 256 KB line (an item body may be that
 * long): rendered in time linear in the line, every byte kept. */
static void test_openers_without_closers_stay_linear(void **state)
{
	(void)state;
	struct gv_buf b = GV_BUF_INIT;
	while (b.len < 256 * 1024)
		gv_buf_puts(&b, "[a *b `c <d _e **f ");
	struct gv_mdt o = render(gv_buf_str(&b), 80);
	assert_true(o.text.len >= b.len * 3 / 4); /* only "**" pairs go */
	gv_mdt_free(&o);
	gv_buf_free(&b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_marks_go_and_their_meaning_stays),
		cmocka_unit_test(test_snake_case_and_lone_stars_stay),
		cmocka_unit_test(test_a_wide_table_wraps_by_cell_with_its_bars_aligned),
		cmocka_unit_test(test_openers_without_closers_stay_linear),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
