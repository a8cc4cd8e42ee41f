/* TrueType fonts cut down to the glyphs shown (render/pdf_font.h): the
 * glyphs asked for, numbered in the order asked, with the glyphs their
 * composites are made of added after them and the composites pointing at
 * their new numbers; HarfBuzz reads the result as a font of those glyphs,
 * each with the outline and advance it had. */
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

static void test_the_glyphs_shown_are_kept_and_renumbered(void **state)
{
	hb_font_t *font;
	hb_face_t *face = dejavu(*state, &font);
	struct gv_pdf_font_info info;
	assert_true(gv_pdf_font_info(face, &info));
	assert_string_equal(info.name, "DejaVuSans");
	assert_int_equal(info.upem, 2048);
	assert_true(info.n_glyphs > 5000);
	/* Ä is a composite in DejaVu: A and a dieresis */
	unsigned a = glyph_of(font, 'A'), umlaut = glyph_of(font, 0xC4), b = glyph_of(font, 'B');
	uint32_t *gids = NULL;
	size_t n = 0;
	*GV_PUSH(gids, n) = 0;
	*GV_PUSH(gids, n) = umlaut;
	*GV_PUSH(gids, n) = a;
	struct gv_buf prog = GV_BUF_INIT;
	gv_buf_puts(&prog, "xyz"); /* appended: the font's offsets are its own */
	size_t at = prog.len;
	assert_int_equal(gv_pdf_font_subset(face, &gids, &n, &prog), 0);
	assert_int_equal(n, 4); /* the dieresis came along */
	assert_true(prog.len - at < 4000);
	hb_blob_t *blob = L(hb_blob_create)(prog.data + at, (unsigned)(prog.len - at),
					    HB_MEMORY_MODE_READONLY, NULL, NULL);
	hb_face_t *cut = L(hb_face_create)(blob, 0);
	assert_int_equal(L(hb_face_get_glyph_count)(cut), 4);
	hb_font_t *cf = L(hb_font_create)(cut), *full = L(hb_font_create)(face);
	for (unsigned g = 0; g < 4; g++) {
		hb_glyph_extents_t was, is;
		assert_true(L(hb_font_get_glyph_extents)(full, gids[g], &was));
		assert_true(L(hb_font_get_glyph_extents)(cf, g, &is));
		assert_memory_equal(&was, &is, sizeof was);
		assert_int_equal(L(hb_font_get_glyph_h_advance)(cf, g),
				 L(hb_font_get_glyph_h_advance)(full, gids[g]));
	}
	assert_int_equal(gids[1], umlaut);
	assert_int_equal(gids[2], a);
	assert_true(gids[3] != b && gids[3] != a && gids[3] != 0);
	/* the widths: each glyph's advance as the font has it */
	uint16_t *adv = gv_calloc(info.n_glyphs, sizeof *adv);
	gv_pdf_font_advances(face, info.n_glyphs, adv);
	assert_int_equal(adv[a], 1401); /* DejaVu Sans's A */
	free(adv);
	L(hb_font_destroy)(full);
	L(hb_font_destroy)(cf);
	L(hb_face_destroy)(cut);
	L(hb_blob_destroy)(blob);
	gv_buf_free(&prog);
	free(gids);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_the_glyphs_shown_are_kept_and_renumbered),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
