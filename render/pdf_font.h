/* A TrueType font as a PDF embeds it (docs/formats.md, "PDF: fonts"): the
 * glyphs a document shows kept, every other glyph emptied but keeping its
 * number, so the glyph numbers HarfBuzz gave are the document's character
 * codes (Identity-H) and need no map of their own. Only the tables a PDF
 * reader uses are kept: head, hhea, maxp, hmtx, loca, glyf. Not for use
 * outside render/pdf*.c. */
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

/* Append to out the font program of face keeping the glyphs whose bit is
 * set in used (n_glyphs bits; the glyphs their composites use are added),
 * glyph 0 always. -1 when face cannot be read. */
int gv_pdf_font_subset(hb_face_t *face, uint8_t *used, struct gv_buf *out);

#endif
