/* A paragraph's lines, broken by gavel rather than by Pango
 * (docs/performance.md, "Lines broken once, and the heap in huge pages"):
 * Pango shapes the rest of a paragraph again at every line it breaks, so a
 * paragraph of n lines was shaped about n/2 times over. Here the text is
 * shaped once, without wrapping, and broken where Pango's own line-breaking
 * rules allow (its log attributes, Unicode's UAX #14): each line takes as
 * many words as fit, and a word longer than a whole line is broken between
 * characters, as Pango's PANGO_WRAP_WORD_CHAR does (without its hyphen). A
 * line is drawn from the pieces of the shaped runs it covers, with their
 * text, so it stays real text. Not for use outside render/pdf*.c. */
#ifndef GAVEL_RENDER_PDF_LINES_H
#define GAVEL_RENDER_PDF_LINES_H

#include <cairo.h>
#include <pango/pango.h>
#include <stddef.h>

struct gv_pdf_line {
	PangoLayoutLine *src; /* the unwrapped layout's line it is part of */
	int start, end;       /* its bytes of the layout's text */
	int first;            /* its first character */
	double width;         /* in points, without the spaces it ends with */
	double height, base;  /* its height, and its baseline below its top */
};

struct gv_pdf_lines {
	PangoLayout *layout;  /* shaped without wrapping; not owned */
	struct gv_pdf_line *v;
	size_t n;
	double width, height; /* the widest line; all the lines */
	int n_chars;
	int *index;           /* each character's byte index, then the text's length */
	int *x;               /* each character's x in its unwrapped line, Pango units */
};

/* The lines of layout (shaped with no width) at most width points wide;
 * width < 0: broken only where the text breaks them (a newline). */
void gv_pdf_lines_break(struct gv_pdf_lines *ls, PangoLayout *layout, double width);
void gv_pdf_lines_free(struct gv_pdf_lines *ls);

/* Where byte index i of the text falls on line, in points from its start. */
double gv_pdf_line_x(const struct gv_pdf_lines *ls, const struct gv_pdf_line *line, int i);

/* Draw line with its baseline at (x, y): links in their colour, underlined
 * or struck through as their attributes say. */
void gv_pdf_line_show(cairo_t *cr, const struct gv_pdf_lines *ls, const struct gv_pdf_line *line,
		      double x, double y);

#endif
