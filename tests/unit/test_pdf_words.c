/* Words shaped once (render/pdf_words.h): each item of a paragraph, shaped
 * word by word and from the kept words, has the glyphs, advances, offsets
 * and clusters HarfBuzz gives the whole item, in regular, bold and italic
 * text, with accents and stacked marks, ligatures, several spaces, tabs and
 * right-to-left text; a word shaped in one font is not taken for the same
 * word in another. */
#include "unit.h"

#include <string.h>

#include "pdf_fixture.h"
#include "render/pdf_words.h"

static const char *const texts[] = {
	"The Council approves the 2027 water and wastewater rates.",
	"Report PW-2026-23: Millrace Bridge Rehabilitation \xe2\x80\x94 Construction Update",
	"office affluent efficient fjord flow", /* ligatures, where the font has them */
	"Minh-Anh Nguy\xe1\xbb\x85n, H\xc3\xa9l\xc3\xa8ne C\xc3\xb4t\xc3\xa9, Siobh\xc3\xa1n \xc3\x93 Briain",
	"Nguye\xcc\x82\xcc\x83n Thi\xcc\xa3 a\xcc\x80", /* letters and stacked combining marks */
	"  two  spaces,   three,\tand a tab  ",
	"x",
	" ",
	"\xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d \xd7\xa2\xd7\x95\xd7\x9c\xd7\x9d and \xd8\xa7\xd9\x84\xd8\xb3\xd9\x84\xd8\xa7\xd9\x85 "
	"\xd8\xb9\xd9\x84\xd9\x8a\xd9\x83\xd9\x85", /* Hebrew and Arabic: right to left */
	"Council \xe8\xad\xb0\xe4\xbc\x9a Council",
};

static void assert_same(const PangoGlyphString *a, const PangoGlyphString *b)
{
	assert_int_equal(a->num_glyphs, b->num_glyphs);
	for (int i = 0; i < a->num_glyphs; i++) {
		assert_int_equal(a->glyphs[i].glyph, b->glyphs[i].glyph);
		assert_int_equal(a->glyphs[i].geometry.width, b->glyphs[i].geometry.width);
		assert_int_equal(a->glyphs[i].geometry.x_offset, b->glyphs[i].geometry.x_offset);
		assert_int_equal(a->glyphs[i].geometry.y_offset, b->glyphs[i].geometry.y_offset);
		assert_int_equal(a->glyphs[i].attr.is_cluster_start,
				 b->glyphs[i].attr.is_cluster_start);
		assert_int_equal(a->log_clusters[i], b->log_clusters[i]);
	}
}

/* Every item of text in the context's font: shaped whole, by words, and by
 * words again (from the kept words); the three the same. */
static int compare_items_with(struct fixture *f, const char *text, PangoAttrList *attrs)
{
	int len = (int)strlen(text), n = 0;
	GList *items = L(pango_itemize)(f->ctx, text, 0, len, attrs, NULL);
	for (GList *it = items; it; it = it->next, n++) {
		PangoItem *item = it->data;
		const char *s = text + item->offset;
		PangoGlyphString *whole = L(pango_glyph_string_new)();
		PangoGlyphString *words = L(pango_glyph_string_new)();
		L(pango_shape_with_flags)(s, item->length, text, len, &item->analysis, whole,
					  PANGO_SHAPE_NONE);
		for (int again = 0; again < 2; again++) {
			gv_pdf_shape_words(s, item->length, text, len, &item->analysis, words);
			assert_same(whole, words);
		}
		L(pango_glyph_string_free)(whole);
		L(pango_glyph_string_free)(words);
		L(pango_item_free)(item);
	}
	L(g_list_free)(items);
	return n;
}

static int compare_items(struct fixture *f, const char *text)
{
	return compare_items_with(f, text, NULL);
}

static void use_font(struct fixture *f, const char *family, double size, PangoWeight weight,
		     PangoStyle style)
{
	PangoFontDescription *fd = L(pango_font_description_new)();
	L(pango_font_description_set_family)(fd, family);
	L(pango_font_description_set_absolute_size)(fd, size * PANGO_SCALE);
	L(pango_font_description_set_weight)(fd, weight);
	L(pango_font_description_set_style)(fd, style);
	L(pango_context_set_font_description)(f->ctx, fd);
	L(pango_font_description_free)(fd);
}

static void test_words_shape_as_their_item(void **state)
{
	struct fixture *f = *state;
	const struct {
		double size;
		PangoWeight weight;
		PangoStyle style;
	} fonts[] = {
		{10, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL},
		{10, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL},
		{9.5, PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC},
		{18, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL},
	};
	int items = 0;
	for (size_t i = 0; i < sizeof fonts / sizeof *fonts; i++) {
		use_font(f, "DejaVu Sans", fonts[i].size, fonts[i].weight, fonts[i].style);
		for (size_t t = 0; t < sizeof texts / sizeof *texts; t++)
			items += compare_items(f, texts[t]);
	}
	assert_true(items > (int)(2 * sizeof texts / sizeof *texts)); /* scripts split items */
}

/* A word kept from a run without font features is not taken for the same
 * word in a run with them: "office" without its ligature. */
static void test_font_features_are_not_taken_from_the_kept_words(void **state)
{
	struct fixture *f = *state;
	use_font(f, "DejaVu Sans", 10, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL);
	const char *text = "office official affluent";
	compare_items(f, text);
	PangoAttrList *attrs = L(pango_attr_list_new)();
	L(pango_attr_list_insert)(attrs, L(pango_attr_font_features_new)("liga 0, kern 0"));
	assert_true(compare_items_with(f, text, attrs) > 0);
	L(pango_attr_list_unref)(attrs);
}

/* The same word in two sizes: kept apart (a size is a font of its own). */
static void test_a_word_is_kept_per_font(void **state)
{
	struct fixture *f = *state;
	int width[2];
	for (int i = 0; i < 2; i++) {
		use_font(f, "DejaVu Sans", i ? 20 : 10, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL);
		GList *items = L(pango_itemize)(f->ctx, "Council", 0, 7, NULL, NULL);
		PangoItem *item = items->data;
		PangoGlyphString *g = L(pango_glyph_string_new)();
		gv_pdf_shape_words("Council", 7, "Council", 7, &item->analysis, g);
		width[i] = L(pango_glyph_string_get_width)(g);
		L(pango_glyph_string_free)(g);
		L(pango_item_free)(item);
		L(g_list_free)(items);
	}
	assert_true(width[1] > width[0] * 3 / 2);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_words_shape_as_their_item),
		cmocka_unit_test(test_a_word_is_kept_per_font),
		cmocka_unit_test(test_font_features_are_not_taken_from_the_kept_words),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
