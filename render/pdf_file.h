/* A tagged PDF file written by gavel itself (docs/formats.md, "PDF: the
 * file"): pages of text and rules, fonts embedded cut down to the glyphs
 * shown (render/pdf_font.h) with the Unicode text of each glyph, a
 * structure tree whose elements hold the page content drawn while they are
 * open, content that is no part of the text (running headers, rules,
 * borders) marked as artifacts, link annotations, named destinations, an
 * outline, page labels, the document's title, author and language.
 *
 * Cairo wrote these files before; it kept every page as a recording, read
 * it back twice and printed every number through snprintf, several times
 * what laying the text out costs (docs/performance.md, "Our own PDF
 * writer"). Coordinates here are Cairo's: points from the top left.
 * Not for use outside render/pdf*.c. */
#ifndef GAVEL_RENDER_PDF_FILE_H
#define GAVEL_RENDER_PDF_FILE_H

#include <pango/pango.h>
#include <stdbool.h>

#include "base/buf.h"

struct gv_pdf_meta;
struct gv_pdf_file;

/* A file of w x h point pages, appended to out when finished. */
struct gv_pdf_file *gv_pdf_file_new(double w, double h, struct gv_buf *out);

/* Begin the next page (the first call, page 1). */
void gv_pdf_file_page(struct gv_pdf_file *f);

/* The colour of text, fills and lines from here on this page (0..1). */
void gv_pdf_file_rgb(struct gv_pdf_file *f, double r, double g, double b);
/* A rectangle filled, or (line > 0) its outline drawn line points wide. */
void gv_pdf_file_rect(struct gv_pdf_file *f, double x, double y, double w, double h, double line);
void gv_pdf_file_line(struct gv_pdf_file *f, double x0, double y0, double x1, double y1,
		      double width);

/* n glyphs of font, left to right from the baseline at (x, y) (Pango's
 * glyphs and units); cluster[i] the byte of text where glyph i's
 * characters begin, end the end of the last; rtl when the glyphs are
 * right-to-left text (clusters falling from left to right). */
void gv_pdf_file_glyphs(struct gv_pdf_file *f, PangoFont *font, const PangoGlyphInfo *g,
			const int *cluster, int n, bool rtl, const char *text, int end, double x,
			double y);

/* A structure element of type (a standard name: "P", "H1", "LI", ...)
 * under the one open; what is drawn until its end is its content. */
void gv_pdf_file_tag_begin(struct gv_pdf_file *f, const char *type);
void gv_pdf_file_tag_end(struct gv_pdf_file *f);
/* What is drawn until gv_pdf_file_artifact(f, false) is no part of the
 * document's text: a running header, a rule, a table's borders. */
void gv_pdf_file_artifact(struct gv_pdf_file *f, bool on);

/* A link over the rectangle to uri, or (uri NULL) to the destination dest,
 * a "Link" element in the open one; the n bytes of text (UTF-8) say where
 * it goes, its /Contents (the URI when n is 0). */
void gv_pdf_file_link(struct gv_pdf_file *f, double x, double y, double w, double h,
		      const char *uri, const char *dest, const char *text, size_t n);
/* The destination name at (x, y) of this page. */
void gv_pdf_file_dest(struct gv_pdf_file *f, const char *name, double x, double y);
/* An outline entry for (x, y) of this page under entry parent (0: the top);
 * its number for the entries under it. */
int gv_pdf_file_outline(struct gv_pdf_file *f, int parent, const char *title, double x, double y);

/* Write the file's last objects with meta's title, author, language and
 * date, append it to out, and free f. -1 (out as it was) when a font
 * cannot be read. */
int gv_pdf_file_finish(struct gv_pdf_file *f, const struct gv_pdf_meta *meta);
void gv_pdf_file_free(struct gv_pdf_file *f);

#endif
