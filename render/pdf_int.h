/* Inside the PDF typesetter: rich paragraphs and tables, shared by
 * render/pdf.c (which lays them out) and render/pdf_md.c (which makes them
 * from markdown). Not for use outside render/pdf*.c. */
#ifndef GAVEL_RENDER_PDF_INT_H
#define GAVEL_RENDER_PDF_INT_H

#include <pango/pango.h>
#include <stdbool.h>

#include "base/buf.h"

struct gv_err;
struct gv_pdf;

struct gv_pdf_link {
	unsigned start, end; /* byte range of the paragraph's text */
	char *uri;
};

/* Text with Pango attributes (emphasis, code, links) and where its links are. */
struct gv_pdf_para {
	struct gv_buf text;
	PangoAttrList *attrs;
	struct gv_pdf_link *links;
	size_t n_links;
	bool mono;           /* preformatted: monospace, lines kept */
};

void gv_pdf_para_init(struct gv_pdf_para *para);
void gv_pdf_para_free(struct gv_pdf_para *para);

/* Lay para out: structure tag `tag` ("P", "H2", "LBody", ...), size in
 * points, bold, indented by indent points, with label (a list's bullet or
 * number, may be NULL) hanging before it in a "Lbl" tag. */
void gv_pdf_para_draw(struct gv_pdf *p, struct gv_pdf_para *para, const char *tag, double size,
		      bool bold, double indent, const char *label);

/* A table: rows of cells, row-major, n_cols cells a row (missing cells
 * empty); header[r] when row r is header cells. */
struct gv_pdf_table {
	struct gv_pdf_para *cells;
	bool *header;
	size_t n_rows, n_cols;
};
void gv_pdf_table_draw(struct gv_pdf *p, struct gv_pdf_table *t, double indent);

/* Structure tags that stay open across page breaks (lists, quotes). */
void gv_pdf_tag_begin(struct gv_pdf *p, const char *name);
void gv_pdf_tag_end(struct gv_pdf *p);

/* Room for h points on this page, else the next page. */
void gv_pdf_keep(struct gv_pdf *p, double h);

/* An outline entry for here at depth (1: top), under the last entry one
 * level up; depth 0 does nothing. */
void gv_pdf_outline(struct gv_pdf *p, int depth, const char *text);

/* The HTML of markdown md from top_level (render/markdown.h), len bytes:
 * made in the first pass and taken back in the second, which asks for the
 * same texts in the same order (gv_pdf_write's rule). Owned by the
 * document; NULL with err set when md cannot be read. */
const char *gv_pdf_md_html(struct gv_pdf *p, const char *md, int top_level, size_t *len,
			   struct gv_err *err);

/* A heading's look at level 1..6. */
double gv_pdf_heading_size(int level);

#endif
