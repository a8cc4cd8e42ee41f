/* A TrueType font as a PDF embeds it (docs/formats.md, "PDF: the file"):
 * only the glyphs a document shows, numbered in the order it first showed
 * them, so the numbers in its text are small and the font's tables short.
 * Only the tables a PDF reader uses are kept: head, hhea, maxp, hmtx,
 * loca, glyf. Not for use outside render/pdf*.c. */
#ifndef GAVEL_RENDER_PDF_FONT_H
#define GAVEL_RENDER_PDF_FONT_H

#include <hb.h>
#include <stdbool.h>
#include <stdint.h>

#include "base/buf.h"

/* What a PDF's font descriptor says of a face, in its own units. */
struct gv_pdf_font_info {
	char name[64];      /* PostScript name, only [A-Za-z0-9-] */
	unsigned upem, n_glyphs;
	int bbox[4];
	int ascent, descent, cap_height;
	double italic_angle;
	bool fixed_pitch, italic, bold;
};

/* False when face is not a TrueType-outline font this file can embed. */
bool gv_pdf_font_info(hb_face_t *face, struct gv_pdf_font_info *fi);

/* The advance of each of face's n glyphs, in its units, into adv. */
void gv_pdf_font_advances(hb_face_t *face, unsigned n, uint16_t *adv);

/* Append to out the font program of face whose glyph i is the face's glyph
 * (*gids)[i], for i < *n ((*gids)[0] is 0, .notdef). The glyphs composite
 * glyphs are made of are added to the list (*gids, *n grow) and numbered
 * after it. -1 when face cannot be read. */
int gv_pdf_font_subset(hb_face_t *face, uint32_t **gids, size_t *n, struct gv_buf *out);

#endif
