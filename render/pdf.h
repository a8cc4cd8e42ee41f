/* Typesetting to accessible PDF with Pango, written by gavel
 * (render/pdf_file.h; docs/formats.md, "PDF"): pages of US Letter with a running header, text in embedded
 * DejaVu fonts (real text with Unicode mappings), structure tags for
 * headings, paragraphs, lists, tables and links, an outline, page labels,
 * and the pages of attached PDFs placed as vectors (render/pdf_graft.h).
 *
 * A document is written by a build function that gv_pdf_write calls twice:
 * the first time to learn where every anchor falls and how many pages there
 * are (nothing is kept), the second time for real, when the contents can
 * give anchors' page numbers and the header "page 12 of 140". The build
 * function must do the same both times; gv_pdf_counting says which pass it
 * is, for work that only the real pass needs. */
#ifndef GAVEL_RENDER_PDF_H
#define GAVEL_RENDER_PDF_H

#include <stdbool.h>
#include <stddef.h>

struct gv_buf;
struct gv_err;
struct gv_pdf;

struct gv_pdf_meta {
	const char *title;   /* document title (shown by viewers instead of the file name) */
	const char *author;  /* the municipality */
	const char *lang;    /* BCP 47: "en-CA", "fr-CA" */
	const char *header;  /* running header before " — page N of T" (no header on page 1) */
	const char *date;    /* creation date, ISO 8601 with offset: same data, same bytes */
};

typedef int (*gv_pdf_build_fn)(struct gv_pdf *p, void *ctx, struct gv_err *err);

/* Run build twice and append the PDF to out. */
int gv_pdf_write(const struct gv_pdf_meta *meta, gv_pdf_build_fn build, void *ctx,
		 struct gv_buf *out, struct gv_err *err);

/* True during the first pass. */
bool gv_pdf_counting(const struct gv_pdf *p);

/* Text styles of gv_pdf_text. */
enum gv_pdf_style { GV_PDF_BODY, GV_PDF_SMALL, GV_PDF_TITLE, GV_PDF_SUBTITLE };

/* A paragraph of plain text in style. */
void gv_pdf_text(struct gv_pdf *p, enum gv_pdf_style style, const char *text);

/* A heading (level 1..6) of plain text; anchor (may be NULL) names this
 * place for gv_pdf_toc_line, and outline_depth > 0 also puts the heading in
 * the outline at that depth (under the last entry one level up). */
void gv_pdf_heading(struct gv_pdf *p, int level, const char *text, const char *anchor,
		    int outline_depth);

/* A line of the table of contents: text at depth (1..), a dotted leader and
 * the page of anchor, the whole line a link to it. Its lines go between
 * gv_pdf_toc_begin and gv_pdf_toc_end, one TOC element of the tree. */
void gv_pdf_toc_line(struct gv_pdf *p, int depth, const char *text, const char *anchor);
void gv_pdf_toc_begin(struct gv_pdf *p);
void gv_pdf_toc_end(struct gv_pdf *p);

/* Markdown (render/markdown.h, so as safe as on the site) typeset: headings
 * from level top_level (0: as written), paragraphs, lists, tables, quotes,
 * code, emphasis and links. outline_from > 0 puts headings of that level and
 * deeper into the outline, that level at the top. */
int gv_pdf_markdown(struct gv_pdf *p, const char *md, int top_level, int outline_from,
		    struct gv_err *err);

/* A label and a line to sign on, with room above it. */
void gv_pdf_signature(struct gv_pdf *p, const char *label);

/* Vertical space in points, dropped at the top of a page. */
void gv_pdf_space(struct gv_pdf *p, double pt);

/* Start a new page unless the current one is still empty. */
void gv_pdf_page_break(struct gv_pdf *p);

/* Place every page of the PDF data as vectors, each on a page of its own
 * scaled to fit under the running header, in a figure tagged with alt (the
 * attachment's name). Refused when it cannot be read. pages is its
 * page count from gv_pdf_page_count when the caller has it (0: counted
 * here): Poppler then opens it only when its pages cannot be copied as
 * they are, instead of in each pass (docs/performance.md). */
int gv_pdf_attach_pdf(struct gv_pdf *p, const char *data, size_t len, int pages,
		      const char *alt, struct gv_err *err);

/* Pages of a PDF, 0 when it cannot be read: render/pdf_graft.c's count
 * when it takes the file (Poppler, its libraries, are then not loaded at
 * all), else Poppler's. */
int gv_pdf_page_count(const char *data, size_t len);

#endif
