/* Shaping by words, each word shaped once per thread (docs/performance.md,
 * "Words shaped once, and all of Chromium's time"): the same words come
 * back on every page of a package and in every meeting's PDFs, and
 * HarfBuzz shaped them again each time. A run of left-to-right text is cut
 * after its spaces into words (a word keeps the spaces that follow it), and
 * each word's glyphs are kept, keyed by its font, script, language and
 * bytes. Shaping a word alone gives the glyphs it gets inside its run: the
 * words are cut at spaces, which no ligature, mark or joining form crosses.
 * Right-to-left runs, and runs with an attribute shaping reads (font
 * features, letter spacing), are shaped whole. Not for use outside
 * render/pdf*.c. */
#ifndef GAVEL_RENDER_PDF_WORDS_H
#define GAVEL_RENDER_PDF_WORDS_H

#include <pango/pango.h>

/* The glyphs of text[0..len) into g, as pango_shape would make them: one
 * item of the paragraph para[0..para_len), as pango_itemize analysed it. */
void gv_pdf_shape_words(const char *text, int len, const char *para, int para_len,
			const PangoAnalysis *analysis, PangoGlyphString *g);

#endif
