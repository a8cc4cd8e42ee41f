/* TrueType fonts cut down to the glyphs shown (render/pdf_font.h): the
 * glyphs asked for keep their outlines byte for byte, with the glyphs their
 * composites are made of; every other glyph is empty but keeps its number;
 * HarfBuzz reads the result as a font of as many glyphs, with the same
 * outlines where kept. */
#include "unit.h"

#include <string.h>

#include "pdf_fixture.h"
#include "render/pdf_font.h"

static hb_face_t *dejavu(struct fixture *f, hb_font_t **font)
{
	PangoFontDescription *d = L(pango_font_description_new)();
	L(pango_font_description_set_family)(d, "DejaVu Sans");
	L(pango_font_description_set_absolute_size)(d, 10 * PANGO_SCALE);
	PangoFont *pf = L(pango_context_load_font)(f->ctx, d);
	L(pango_font_description_free)(d);
	assert_non_null(pf);
	*font = L(pango_font_get_hb_font)(pf);
	return L(hb_font_get_face)(*font);
}

static unsigned glyph_of(hb_font_t *font, unsigned c)
{
	hb_codepoint_t g = 0;
	assert_true(L(hb_font_get_nominal_glyph)(font, c, &g));
	return g;
}

static uint32_t be32(const uint8_t *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

/* Table tag of the font program in b: where it is and how long. */
static const uint8_t *table(const struct gv_buf *b, const char *tag, uint32_t *len)
{
	const uint8_t *d = (const uint8_t *)b->data;
	unsigned n = (unsigned)(d[4] << 8 | d[5]);
	for (unsigned i = 0; i < n; i++) {
		const uint8_t *e = d + 12 + 16 * i;
		if (!memcmp(e, tag, 4)) {
			*len = be32(e + 12);
			assert_true(be32(e + 8) + *len <= b->len);
			return d + be32(e + 8);
		}
	}
	fail_msg("no %s table", tag);
	return NULL;
}

static void test_the_glyphs_shown_are_kept_and_the_rest_emptied(void **state)
{
	hb_font_t *font;
	hb_face_t *face = dejavu(*state, &font);
	struct gv_pdf_font_info info;
	assert_true(gv_pdf_font_info(face, &info));
	assert_string_equal(info.name, "DejaVuSans");
	assert_int_equal(info.upem, 2048);
	assert_true(info.n_glyphs > 5000);
	unsigned a = glyph_of(font, 'A'), umlaut = glyph_of(font, 0xC4), b = glyph_of(font, 'B');
	uint8_t *used = gv_calloc(info.n_glyphs / 8 + 1, 1);
	used[a / 8] |= (uint8_t)(1u << (a % 8));
	used[umlaut / 8] |= (uint8_t)(1u << (umlaut % 8));
	struct gv_buf prog = GV_BUF_INIT;
	gv_buf_puts(&prog, "xyz"); /* appended: the font's offsets are its own */
	size_t at = prog.len;
	assert_int_equal(gv_pdf_font_subset(face, used, &prog), 0);
	struct gv_buf sub = GV_BUF_INIT;
	gv_buf_add(&sub, prog.data + at, prog.len - at);
	uint32_t loca_len, glyf_len;
	const uint8_t *loca = table(&sub, "loca", &loca_len);
	table(&sub, "glyf", &glyf_len);
	assert_int_equal(loca_len, 4 * (info.n_glyphs + 1));
	unsigned kept = 0;
	for (unsigned g = 0; g < info.n_glyphs; g++) {
		uint32_t s = be32(loca + 4 * g), e = be32(loca + 4 * g + 4);
		assert_true(s <= e && e <= glyf_len);
		if (e > s)
			kept++;
		if (g == b)
			assert_int_equal(e - s, 0);
		if (g == a || g == umlaut || g == 0)
			assert_true(e > s);
	}
	/* Ä is A and a dieresis in DejaVu: the dieresis came along */
	assert_int_equal(kept, 4);
	assert_true(glyf_len < 2000);
	/* HarfBuzz reads it: as many glyphs, A's outline as it was */
	hb_blob_t *blob = L(hb_blob_create)(sub.data, (unsigned)sub.len, HB_MEMORY_MODE_READONLY,
					    NULL, NULL);
	hb_face_t *cut = L(hb_face_create)(blob, 0);
	assert_int_equal(L(hb_face_get_glyph_count)(cut), info.n_glyphs);
	hb_font_t *cf = L(hb_font_create)(cut);
	hb_glyph_extents_t x0, x1;
	hb_font_t *full = L(hb_font_create)(face);
	assert_true(L(hb_font_get_glyph_extents)(full, a, &x0));
	assert_true(L(hb_font_get_glyph_extents)(cf, a, &x1));
	assert_memory_equal(&x0, &x1, sizeof x0);
	assert_true(x1.width > 0);
	assert_true(L(hb_font_get_glyph_extents)(cf, b, &x1));
	assert_int_equal(x1.width, 0);
	/* the widths: each glyph's advance as the font has it */
	uint16_t *adv = gv_calloc(info.n_glyphs, sizeof *adv);
	gv_pdf_font_advances(face, info.n_glyphs, adv);
	assert_int_equal(adv[a], 1401); /* DejaVu Sans's A */
	free(adv);
	L(hb_font_destroy)(full);
	L(hb_font_destroy)(cf);
	L(hb_face_destroy)(cut);
	L(hb_blob_destroy)(blob);
	gv_buf_free(&sub);
	gv_buf_free(&prog);
	free(used);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_the_glyphs_shown_are_kept_and_the_rest_emptied),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
