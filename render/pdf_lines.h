/* A paragraph's lines, shaped and broken by gavel rather than laid out by
 * Pango (docs/performance.md, "Lines broken once, and the heap in huge
 * pages"): Pango shapes the rest of a paragraph again at every line it
 * breaks, so a paragraph of n lines was shaped about n/2 times over, and
 * analyses every character for words and sentences a layout never uses.
 * Here the text is itemized (render/pdf_items.h) and shaped once (pango_shape,
 * HarfBuzz underneath), each newline (or carriage return)
 * starting a line of its own, and broken where the rules below allow: each line takes as many
 * words as fit, and a word longer than a whole line is broken between
 * characters. A line is drawn from the pieces of the shaped runs it
 * covers, with their text, so it stays real text.
 *
 * Where a line may break: after spaces; after a hyphen, a dash or a slash
 * between two non-spaces (hyphen-ated, 2026/27, an address's parts); before
 * and after an ideograph. Never before a combining mark or joiner, nor at a
 * no-break space. Not for use outside render/pdf*.c. */
#ifndef GAVEL_RENDER_PDF_LINES_H
#define GAVEL_RENDER_PDF_LINES_H

#include <pango/pango.h>
#include <stdbool.h>
#include <stddef.h>

struct gv_pdf_file;

/* A Pango context for text laid out on paper: unhinted outlines, and
 * advances as the font gives them. */
PangoContext *gv_pdf_context(void);

/* A paragraph shaped once. */
struct gv_pdf_shaped;

/* text (len bytes, attrs may be NULL) in family at size points, bold or
 * not, shaped through ctx. */
struct gv_pdf_shaped *gv_pdf_shape(PangoContext *ctx, const char *family, double size,
				   bool bold, const char *text, int len, PangoAttrList *attrs);
void gv_pdf_shaped_free(struct gv_pdf_shaped *sp);
/* Its text; *len its length. */
const char *gv_pdf_shaped_text(const struct gv_pdf_shaped *sp, int *len);

struct gv_pdf_src_line; /* a line of the text as written (between newlines) */

struct gv_pdf_line {
	const struct gv_pdf_src_line *src; /* the line of the text it is part of */
	int start, end;       /* its bytes of the text */
	int first;            /* its first character */
	double width;         /* in points, without the spaces it ends with */
	double height, base;  /* its height, and its baseline below its top */
};

struct gv_pdf_lines {
	const struct gv_pdf_shaped *shaped; /* not owned */
	struct gv_pdf_line *v;
	size_t n;
	double width, height; /* the widest line; all the lines */
	double measure;       /* the width they were broken at; < 0 none */
};

/* The lines of sp at most width points wide; width < 0: broken only where
 * the text breaks them (a newline). */
void gv_pdf_lines_break(struct gv_pdf_lines *ls, const struct gv_pdf_shaped *sp, double width);
void gv_pdf_lines_free(struct gv_pdf_lines *ls);

/* How far line starts from the left of its measure: a line of a
 * right-to-left paragraph (one whose first strong character is, as for
 * Unicode's rule P2) ends at the measure's right edge; any other starts at
 * its left. */
double gv_pdf_line_indent(const struct gv_pdf_lines *ls, const struct gv_pdf_line *line);

/* Where byte index i of the text falls on line, in points from the left of
 * its measure. */
double gv_pdf_line_x(const struct gv_pdf_lines *ls, const struct gv_pdf_line *line, int i);

/* Draw line with its baseline at (x, y), x the left of its measure: links in their colour, underlined
 * or struck through as their attributes say. */
void gv_pdf_line_show(struct gv_pdf_file *f, const struct gv_pdf_lines *ls,
		      const struct gv_pdf_line *line, double x, double y);

/* The first byte of each piece of line, in the order it is drawn (left to
 * right, runs of right-to-left text reordered); their number. starts has
 * room for one piece a run of the line's text. */
size_t gv_pdf_line_order(const struct gv_pdf_line *line, int *starts);

#endif
