/* Items made without Pango (render/pdf_items.h): for simple text, with and
 * without attributes (bold, italic, monospace, colour, underline,
 * strike-through, in ranges that meet, overlap and repeat), the items are
 * pango_itemize's: the same offsets, lengths, fonts, scripts, languages,
 * levels and attributes; text that is not simple goes to Pango. */
#include "unit.h"

#include <string.h>

#include "pdf_fixture.h"
#include "render/pdf_items.h"

static const char *const simple_texts[] = {
	"The Council approves the 2027 water and wastewater rates.",
	"Report PW-2026-23: Millrace Bridge Rehabilitation \xe2\x80\x94 \xe2\x80\x9c" "Construction\xe2\x80\x9d Update",
	"Minh-Anh Nguy\xe1\xbb\x85n, H\xc3\xa9l\xc3\xa8ne C\xc3\xb4t\xc3\xa9, Siobh\xc3\xa1n \xc3\x93 Briain",
	"2026 \xe2\x80\x93 1,234.56 \xe2\x82\xac, 42 %, \xc2\xa7 3(b)",
	"  two  spaces,   three  ",
	"x",
};

static const char *const other_texts[] = {
	"\xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d and Hebrew",        /* right to left */
	"Council \xe8\xad\xb0\xe4\xbc\x9a Council",               /* not in the font */
	"Nguye\xcc\x82\xcc\x83n",                                 /* combining marks */
	"\xce\x91\xce\xb8\xce\xae\xce\xbd\xce\xb1 Athens",         /* Greek: another script */
};

static void add(PangoAttrList *l, PangoAttribute *a, unsigned s, unsigned e)
{
	a->start_index = s;
	a->end_index = e;
	L(pango_attr_list_insert)(l, a);
}

static PangoAttrList *attrs_for(size_t len, int kind)
{
	PangoAttrList *l = L(pango_attr_list_new)();
	unsigned n = (unsigned)len;
	if (kind == 1) {
		add(l, L(pango_attr_weight_new)(PANGO_WEIGHT_BOLD), 0, n / 3);
		add(l, L(pango_attr_style_new)(PANGO_STYLE_ITALIC), n / 4, n / 2);
		add(l, L(pango_attr_foreground_new)(0x1a00, 0x4f00, 0x9c00), n / 2, n);
		add(l, L(pango_attr_underline_new)(PANGO_UNDERLINE_SINGLE), n / 2, n);
	} else if (kind == 2) {
		add(l, L(pango_attr_family_new)("DejaVu Sans Mono"), 1, n / 2);
		add(l, L(pango_attr_strikethrough_new)(TRUE), n / 3, n);
		add(l, L(pango_attr_weight_new)(PANGO_WEIGHT_BOLD), n / 2, n / 2 + 1);
		add(l, L(pango_attr_weight_new)(PANGO_WEIGHT_BOLD), n / 2 + 1, n);
	}
	return l;
}

static bool same_extras(GSList *a, GSList *b)
{
	for (; a && b; a = a->next, b = b->next)
		if (!L(pango_attribute_equal)(a->data, b->data))
			return false;
	return !a && !b;
}

/* gv_pdf_itemize against pango_itemize on text with attributes kind;
 * whether gavel made them itself. */
static bool compare(PangoContext *ctx, const char *text, int kind)
{
	size_t len = strlen(text);
	PangoAttrList *attrs = attrs_for(len, kind);
	/* a line inside a paragraph: from byte 1 of "\n" + text */
	char *para = gv_asprintf("\n%s", text);
	PangoItem **mine = NULL;
	size_t n = 0;
	L(pango_attr_list_unref)(attrs);
	attrs = L(pango_attr_list_new)();
	PangoAttrList *shifted = attrs_for(len, kind);
	/* the same ranges, one byte on */
	PangoAttrIterator *it = L(pango_attr_list_get_iterator)(shifted);
	do {
		GSList *all = L(pango_attr_iterator_get_attrs)(it);
		for (GSList *e = all; e; e = e->next) {
			PangoAttribute *a = e->data;
			if (a->start_index != G_MAXUINT)
				a->start_index++;
			if (a->end_index != G_MAXUINT)
				a->end_index++;
			L(pango_attr_list_change)(attrs, a);
		}
		L(g_slist_free)(all);
	} while (L(pango_attr_iterator_next)(it));
	L(pango_attr_iterator_destroy)(it);
	L(pango_attr_list_unref)(shifted);
	bool own = gv_pdf_itemize(ctx, para, 1, (int)len, attrs, &mine, &n);
	GList *theirs = L(pango_itemize)(ctx, para, 1, (int)len, attrs, NULL);
	assert_int_equal(n, L(g_list_length)(theirs));
	size_t i = 0;
	for (GList *l = theirs; l; l = l->next, i++) {
		PangoItem *a = mine[i], *b = l->data;
		assert_int_equal(a->offset, b->offset);
		assert_int_equal(a->length, b->length);
		assert_int_equal(a->num_chars, b->num_chars);
		assert_ptr_equal(a->analysis.font, b->analysis.font);
		assert_int_equal(a->analysis.script, b->analysis.script);
		assert_ptr_equal(a->analysis.language, b->analysis.language);
		assert_int_equal(a->analysis.level, b->analysis.level);
		assert_int_equal(a->analysis.gravity, b->analysis.gravity);
		assert_int_equal(a->analysis.flags, b->analysis.flags);
		assert_true(same_extras(a->analysis.extra_attrs, b->analysis.extra_attrs));
		L(pango_item_free)(a);
		L(pango_item_free)(b);
	}
	L(g_list_free)(theirs);
	free(mine);
	free(para);
	L(pango_attr_list_unref)(attrs);
	return own;
}

static void set_font(PangoContext *ctx, const char *family, bool bold)
{
	PangoFontDescription *fd = L(pango_font_description_new)();
	L(pango_font_description_set_family)(fd, family);
	L(pango_font_description_set_absolute_size)(fd, 10 * PANGO_SCALE);
	if (bold)
		L(pango_font_description_set_weight)(fd, PANGO_WEIGHT_BOLD);
	L(pango_context_set_font_description)(ctx, fd);
	L(pango_font_description_free)(fd);
}

static void test_simple_text_is_itemized_as_pango_does(void **state)
{
	struct fixture *f = *state;
	for (int font = 0; font < 3; font++) {
		set_font(f->ctx, font == 2 ? "DejaVu Sans Mono" : "DejaVu Sans", font == 1);
		for (size_t t = 0; t < sizeof simple_texts / sizeof *simple_texts; t++)
			for (int kind = 0; kind < 3; kind++) {
				/* DejaVu Sans Mono has no Vietnamese "ễ": Pango's
				 * fallback font is Pango's to find */
				bool simple = t != 2 || (font != 2 && kind != 2);
				if (compare(f->ctx, simple_texts[t], kind) != simple)
					fail_msg("font %d text %zu kind %d", font, t, kind);
			}
	}
}

static void test_other_text_goes_to_pango(void **state)
{
	struct fixture *f = *state;
	set_font(f->ctx, "DejaVu Sans", false);
	for (size_t t = 0; t < sizeof other_texts / sizeof *other_texts; t++)
		for (int kind = 0; kind < 3; kind++)
			assert_false(compare(f->ctx, other_texts[t], kind));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_simple_text_is_itemized_as_pango_does),
		cmocka_unit_test(test_other_text_goes_to_pango),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
