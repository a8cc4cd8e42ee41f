/* Attached PDF pages copied into the package as they are: each page's
 * content stream and the objects its resources name (fonts, images) become
 * a form XObject of the package, drawn where the typesetter left the page's
 * frame (docs/formats.md, "PDF"). Nothing is interpreted or drawn again, so
 * an attached page costs what copying its bytes costs, and its text stays
 * the text it was. A PDF this reader does not take (an xref stream, object
 * streams, encryption, rotated pages, several content streams to a page,
 * annotations other than links, whose appearance Poppler prints) is drawn
 * again through Poppler into one it reads (render/pdf.c). Not for use outside
 * render/pdf*.c. */
#ifndef GAVEL_RENDER_PDF_GRAFT_H
#define GAVEL_RENDER_PDF_GRAFT_H

#include <stdbool.h>
#include <stddef.h>

#include "base/buf.h"

/* An attached PDF read for copying; it keeps its own copy of the bytes. */
struct gv_graft_src;

/* NULL when the PDF is not one this reader takes (see above). */
struct gv_graft_src *gv_graft_open(const char *data, size_t len);
int gv_graft_pages(const struct gv_graft_src *s);
/* The box page i shows (its CropBox, else its MediaBox): x0 y0 x1 y1. */
void gv_graft_box(const struct gv_graft_src *s, int i, double box[4]);
void gv_graft_close(struct gv_graft_src *s);

/* Page `page` of src drawn on page `target` (1-based) of the package, in
 * the structure tag "Part" the typesetter opened there: m maps the source
 * page's space to the package page's (PDF's, y up), clip is x y w h in it. */
struct gv_graft_place {
	struct gv_graft_src *src;
	int page, target;
	double m[6], clip[4];
};

/* Append to the PDF in out (from start) an incremental update that copies
 * the placed pages in. 0, or -1 when the PDF is not as render/pdf_file.c
 * writes it (out is then as it was). */
int gv_graft_apply(struct gv_buf *out, size_t start, const struct gv_graft_place *pl, size_t n);

#endif
