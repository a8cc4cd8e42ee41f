/* Paragraphs shaped once and broken by gavel (render/pdf_lines.h): the same
 * lines as Pango's own wrapping of the same text at the same width, every
 * line within the width, a word longer than a line broken between
 * characters, nothing lost or repeated, no line starting with a combining
 * mark, and an empty paragraph one line high, as Pango makes it. */
#include "unit.h"

#include <math.h>
#include <string.h>

#include "pdf_fixture.h"
#include "render/pdf_lines.h"

/* text in DejaVu Sans at 10 points; width in points, < 0: not wrapped */
static PangoLayout *layout(struct fixture *f, const char *text, double width)
{
	PangoLayout *l = L(pango_layout_new)(f->ctx);
	PangoFontDescription *fd = L(pango_font_description_new)();
	L(pango_font_description_set_family)(fd, "DejaVu Sans");
	L(pango_font_description_set_absolute_size)(fd, 10 * PANGO_SCALE);
	L(pango_layout_set_font_description)(l, fd);
	L(pango_font_description_free)(fd);
	L(pango_layout_set_wrap)(l, PANGO_WRAP_WORD_CHAR);
	L(pango_layout_set_width)(l, width < 0 ? -1 : (int)(width * PANGO_SCALE));
	L(pango_layout_set_text)(l, text, -1);
	return l;
}

static struct gv_pdf_shaped *shaped(struct fixture *f, const char *text)
{
	return gv_pdf_shape(f->ctx, "DejaVu Sans", 10, false, text, (int)strlen(text), NULL);
}

/* The lines cover the text in order, each within width. */
static void assert_whole(const struct gv_pdf_lines *ls, const char *text, double width)
{
	assert_true(ls->n > 0);
	int at = 0;
	for (size_t i = 0; i < ls->n; i++) {
		const struct gv_pdf_line *line = &ls->v[i];
		if (line->start != at) /* only a newline between two lines */
			assert_true(line->start == at + 1 && text[at] == '\n');
		assert_true(line->end > line->start || !text[0] || text[line->start] == '\n' ||
			    line->start == (int)strlen(text));
		assert_true(line->width <= width + 0.01);
		assert_true(line->height > 0);
		at = line->end;
	}
	assert_int_equal(at, (int)strlen(text));
}

static void test_breaks_where_pango_breaks(void **state)
{
	struct fixture *f = *state;
	static const char *texts[] = {
		"That Council receive the report of the Director of Finance on the 2027 budget "
		"for information, and direct staff to bring back options for a levy of no more "
		"than 2.5 per cent, with the reserve contributions shown separately.",
		"Councillor Nguyễn Thị Hương and Councillor Côté-Bérubé declared a pecuniary "
		"interest (their families own property on Elm Street) and left the room.",
		"Short.",
		"Words  with   several    spaces between them, and a hyphen-ated com-pound or "
		"two, and numbers like 1,234,567.89 and (parenthesised text) and \"quotes\".",
	};
	/* wider than any word: Pango puts a hyphen where it breaks a word */
	static const double widths[] = {90, 150, 300, 468};
	for (size_t t = 0; t < sizeof texts / sizeof *texts; t++)
		for (size_t w = 0; w < sizeof widths / sizeof *widths; w++) {
			struct gv_pdf_shaped *sp = shaped(f, texts[t]);
			PangoLayout *pango = layout(f, texts[t], widths[w]);
			struct gv_pdf_lines ls;
			gv_pdf_lines_break(&ls, sp, widths[w]);
			assert_whole(&ls, texts[t], widths[w]);
			GSList *pl = L(pango_layout_get_lines_readonly)(pango);
			size_t i = 0;
			for (; pl && i < ls.n; pl = pl->next, i++)
				assert_int_equal(ls.v[i].start,
						 ((PangoLayoutLine *)pl->data)->start_index);
			assert_null(pl);
			assert_int_equal(i, ls.n);
			/* as high as Pango's lines */
			PangoRectangle r;
			L(pango_layout_get_extents)(pango, NULL, &r);
			assert_true(ls.height * PANGO_SCALE > r.height - 2 &&
				    ls.height * PANGO_SCALE < r.height + 2);
			gv_pdf_lines_free(&ls);
			L(g_object_unref)(pango);
			gv_pdf_shaped_free(sp);
		}
}

static void test_a_word_longer_than_a_line_breaks_between_characters(void **state)
{
	struct fixture *f = *state;
	const char *text = "See https://larchmere.example.ca/council/2026/agendas/"
			   "regular-meeting-of-council-december-8/report-fin-2026-301.pdf now";
	struct gv_pdf_shaped *sp = shaped(f, text);
	struct gv_pdf_lines ls;
	gv_pdf_lines_break(&ls, sp, 120);
	assert_whole(&ls, text, 120);
	assert_true(ls.n >= 4);
	/* "See https://" (a break is allowed after the slashes), then lines
	 * filled to within a character */
	assert_int_equal(ls.v[0].end, 12);
	assert_true(ls.v[1].width > 110);
	assert_true(ls.v[2].width > 110);
	/* x grows along a line, from 0 at its start */
	const struct gv_pdf_line *l = &ls.v[1];
	assert_true(gv_pdf_line_x(&ls, l, l->start) == 0);
	assert_true(gv_pdf_line_x(&ls, l, l->start + 5) > 0);
	assert_true(gv_pdf_line_x(&ls, l, l->start + 5) < gv_pdf_line_x(&ls, l, l->start + 10));
	gv_pdf_lines_free(&ls);
	gv_pdf_shaped_free(sp);
}

static void test_newlines_and_empty_text(void **state)
{
	struct fixture *f = *state;
	const char *code = "code  kept\n  as typed\n\nafter a blank line";
	struct gv_pdf_shaped *sp = shaped(f, code);
	struct gv_pdf_lines ls;
	gv_pdf_lines_break(&ls, sp, -1);
	assert_whole(&ls, code, 1000);
	assert_int_equal(ls.n, 4);
	assert_int_equal(ls.v[2].start, ls.v[2].end); /* the blank line */
	gv_pdf_lines_free(&ls);
	gv_pdf_shaped_free(sp);

	/* CR LF and a lone CR end lines as a newline does */
	sp = shaped(f, "one\r\ntwo\rthree");
	gv_pdf_lines_break(&ls, sp, -1);
	assert_int_equal(ls.n, 3);
	assert_int_equal(ls.v[1].start, 5);
	assert_int_equal(ls.v[1].end, 8);
	assert_int_equal(ls.v[2].start, 9);
	gv_pdf_lines_free(&ls);
	gv_pdf_shaped_free(sp);

	sp = shaped(f, "");
	gv_pdf_lines_break(&ls, sp, 100);
	assert_int_equal(ls.n, 1);
	assert_true(ls.width == 0);
	PangoLayout *pango = layout(f, "", 100);
	PangoRectangle r;
	L(pango_layout_get_extents)(pango, NULL, &r);
	assert_true(ls.height * PANGO_SCALE > r.height - 2 && ls.height * PANGO_SCALE < r.height + 2);
	L(g_object_unref)(pango);
	gv_pdf_lines_free(&ls);
	gv_pdf_shaped_free(sp);
}

static void test_marks_stay_with_their_letter_and_stray_bytes_are_shown(void **state)
{
	struct fixture *f = *state;
	/* "Nguyễn" with its marks apart (e, circumflex, tilde), many times over,
	 * broken between characters at a width of a few letters */
	struct gv_buf t = GV_BUF_INIT;
	for (int i = 0; i < 12; i++)
		gv_buf_puts(&t, "Nguye\xcc\x82\xcc\x83n");
	struct gv_pdf_shaped *sp = shaped(f, gv_buf_str(&t));
	struct gv_pdf_lines ls;
	gv_pdf_lines_break(&ls, sp, 30);
	assert_whole(&ls, gv_buf_str(&t), 30);
	assert_true(ls.n > 3);
	for (size_t i = 1; i < ls.n; i++) /* no line starts with a mark */
		assert_int_not_equal((unsigned char)t.data[ls.v[i].start], 0xcc);
	gv_pdf_lines_free(&ls);
	gv_pdf_shaped_free(sp);
	gv_buf_free(&t);

	const char bad[] = "a\xff b\xc3";
	sp = gv_pdf_shape(f->ctx, "DejaVu Sans", 10, false, bad, (int)sizeof bad - 1, NULL);
	int len;
	assert_string_equal(gv_pdf_shaped_text(sp, &len), "a? b?");
	assert_int_equal(len, 5);
	gv_pdf_shaped_free(sp);
}

/* A line mixing directions is drawn in the order of Pango's own layout of
 * it: each run where Unicode's bidirectional algorithm puts it. */
static void test_mixed_directions_are_drawn_in_visual_order(void **state)
{
	struct fixture *f = *state;
	const char *texts[] = {
		"Council: \xd8\xa7\xd8\xac\xd8\xaa\xd9\x85\xd8\xa7\xd8\xb9 2026 "
		"\xd8\xa7\xd9\x84\xd9\x85\xd8\xac\xd9\x84\xd8\xb3 and more",
		"\xd8\xa7\xd8\xac\xd8\xaa\xd9\x85\xd8\xa7\xd8\xb9 2026 "
		"\xd8\xa7\xd9\x84\xd9\x85\xd8\xac\xd9\x84\xd8\xb3",
		"Item \xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d 12 \xd7\xa2\xd7\x95\xd7\x9c\xd7\x9d "
		"(\xd7\x90) end",
	};
	for (size_t t = 0; t < sizeof texts / sizeof *texts; t++) {
		PangoLayout *pango = layout(f, texts[t], -1);
		PangoLayoutLine *pl = L(pango_layout_get_lines_readonly)(pango)->data;
		int want[16], n_want = 0;
		for (GSList *r = pl->runs; r && n_want < 16; r = r->next)
			want[n_want++] = ((PangoGlyphItem *)r->data)->item->offset;
		struct gv_pdf_shaped *sp = shaped(f, texts[t]);
		struct gv_pdf_lines ls;
		gv_pdf_lines_break(&ls, sp, -1);
		assert_int_equal(ls.n, 1);
		int got[16];
		assert_int_equal(gv_pdf_line_order(&ls.v[0], got), n_want);
		assert_true(n_want >= 3);
		assert_memory_equal(got, want, (size_t)n_want * sizeof *got);
		gv_pdf_lines_free(&ls);
		gv_pdf_shaped_free(sp);
		L(g_object_unref)(pango);
	}
}

/* A right-to-left paragraph's lines end at the right of their measure, a
 * left-to-right one's start at its left; unwrapped text starts at the left. */
static void test_right_to_left_paragraphs_are_set_right(void **state)
{
	struct fixture *f = *state;
	const char *arabic = "\xd8\xa7\xd8\xac\xd8\xaa\xd9\x85\xd8\xa7\xd8\xb9 "
			     "\xd8\xa7\xd9\x84\xd9\x85\xd8\xac\xd9\x84\xd8\xb3 2026 ";
	struct gv_buf t = {0};
	for (int i = 0; i < 6; i++)
		gv_buf_puts(&t, arabic);
	gv_buf_puts(&t, "\nCouncil \xd8\xa7\xd8\xac\xd8\xaa\xd9\x85\xd8\xa7\xd8\xb9");
	struct gv_pdf_shaped *sp = shaped(f, gv_buf_str(&t));
	struct gv_pdf_lines ls;
	gv_pdf_lines_break(&ls, sp, 120);
	assert_true(ls.n >= 3);
	for (size_t i = 0; i + 1 < ls.n; i++) { /* the Arabic paragraph's lines */
		const struct gv_pdf_line *line = &ls.v[i];
		assert_true(gv_pdf_line_indent(&ls, line) > 0);
		assert_true(fabs(gv_pdf_line_x(&ls, line, line->end) - 120) < 0.01);
	}
	assert_true(gv_pdf_line_indent(&ls, &ls.v[ls.n - 1]) == 0); /* "Council ..." */
	gv_pdf_lines_free(&ls);
	gv_pdf_lines_break(&ls, sp, -1);
	for (size_t i = 0; i < ls.n; i++)
		assert_true(gv_pdf_line_indent(&ls, &ls.v[i]) == 0);
	gv_pdf_lines_free(&ls);
	gv_pdf_shaped_free(sp);
	gv_buf_free(&t);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_breaks_where_pango_breaks),
		cmocka_unit_test(test_a_word_longer_than_a_line_breaks_between_characters),
		cmocka_unit_test(test_newlines_and_empty_text),
		cmocka_unit_test(test_marks_stay_with_their_letter_and_stray_bytes_are_shown),
		cmocka_unit_test(test_mixed_directions_are_drawn_in_visual_order),
		cmocka_unit_test(test_right_to_left_paragraphs_are_set_right),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
