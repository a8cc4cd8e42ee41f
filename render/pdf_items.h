/* A line of text cut into items (runs of one font, script, direction and
 * attributes) as pango_itemize cuts it, without it where the text is
 * simple (docs/performance.md, "Our own PDF writer"): pango_itemize looks
 * every character up in the fontset, runs the bidirectional algorithm and
 * three more iterators, and took an eighth of a publish's instructions.
 * Simple text is left-to-right Latin (with Vietnamese), digits and common
 * punctuation, every character in the font its attributes ask for, and no
 * attribute but the font's, a colour, an underline and a strike-through:
 * nearly every paragraph of a council's documents. Anything else goes to
 * pango_itemize. Not for use outside render/pdf*.c. */
#ifndef GAVEL_RENDER_PDF_ITEMS_H
#define GAVEL_RENDER_PDF_ITEMS_H

#include <pango/pango.h>
#include <stdbool.h>

/* The items of text[start, start + len) (attrs may be NULL), with the
 * context's font description, appended to *items (n of them, freed with
 * pango_item_free); true when they were made without Pango. */
bool gv_pdf_itemize(PangoContext *ctx, const char *text, int start, int len,
		    PangoAttrList *attrs, PangoItem ***items, size_t *n);

#endif
