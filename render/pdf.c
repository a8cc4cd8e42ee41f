/* The PDF typesetter: pages, running header, paragraphs line by line,
 * tables, structure tags, outline, links, attached PDF pages
 * (docs/formats.md, "PDF"). */
#include "render/pdf.h"
#include "render/pdf_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "render/pdf_graft.h"
#include "render/pdf_lines.h"
#include "render/markdown.h"
#include "render/pdf_libs.h"

/* US Letter, in points. */
#define PAGE_W 612.0
#define PAGE_H 792.0
#define MARGIN_X 72.0
#define TOP 72.0
#define BOTTOM (PAGE_H - 60.0)
#define HEADER_Y 34.0
#define TEXT_W (PAGE_W - 2 * MARGIN_X)
#define FONT "DejaVu Sans"
#define MONO "DejaVu Sans Mono"
#define MAX_TAGS 48
#define MAX_OUTLINE 8

struct anchor {
	char *name;
	int page;
	double y;
};

/* The shaped paragraphs of the first pass, in the order they were made.
 * The second pass asks for the same ones in the same order (gv_pdf_write's
 * rule), so it takes them from here instead of shaping the text again:
 * shaping is the largest part of laying out (docs/performance.md, "Agenda
 * package"). */
struct shaped {
	struct gv_pdf_shaped **v;
	size_t n, next;
	/* and the HTML of each markdown text, read back in both passes */
	struct md_html *md;
	size_t n_md, next_md;
};

struct md_html {
	char *md;
	int top_level;
	struct gv_buf html;
};

struct gv_pdf {
	const struct gv_pdf_meta *meta;
	bool counting;
	cairo_surface_t *surf;
	cairo_t *cr;
	PangoContext *pango; /* one for both passes: their layouts are shared */
	struct shaped *shaped;
	int page;            /* 1-based, the page being written */
	int total;           /* pages in all, from the first pass (0 in it) */
	double y;            /* top of the next line */
	bool empty;          /* nothing on this page yet */
	const char *tags[MAX_TAGS];
	int n_tags;
	int outline[MAX_OUTLINE];
	struct anchor *anchors; /* this pass */
	size_t n_anchors;
	const struct anchor *known; /* the first pass's, in the second */
	size_t n_known;
	/* attached pages to copy in once Cairo is done (render/pdf_graft.h);
	 * no_graft when they are drawn through Poppler instead */
	bool no_graft;
	struct gv_graft_src **srcs;
	size_t n_srcs;
	struct gv_graft_place *places;
	size_t n_places;
};

bool gv_pdf_counting(const struct gv_pdf *p)
{
	return p->counting;
}

/* ---- structure tags ----------------------------------------------------- */

/* Tags nested deeper than MAX_TAGS (lists in lists in lists...) are left
 * out: their content belongs to the deepest tag kept. */
void gv_pdf_tag_begin(struct gv_pdf *p, const char *name)
{
	if (p->n_tags < MAX_TAGS) {
		p->tags[p->n_tags] = name;
		if (!p->counting)
			L(cairo_tag_begin)(p->cr, name, NULL);
	}
	p->n_tags++;
}

void gv_pdf_tag_end(struct gv_pdf *p)
{
	p->n_tags--;
	if (!p->counting && p->n_tags < MAX_TAGS)
		L(cairo_tag_end)(p->cr, p->tags[p->n_tags]);
}

/* An attribute string value: quotes and backslashes escaped (cairo_tag_begin). */
static void attr_quote(struct gv_buf *b, const char *s)
{
	gv_buf_putc(b, '\'');
	for (; *s; s++) {
		if (*s == '\'' || *s == '\\')
			gv_buf_putc(b, '\\');
		gv_buf_putc(b, *s);
	}
	gv_buf_putc(b, '\'');
}

/* A link over the rectangle, to uri or (uri NULL) to the anchor dest. */
static void link_rect(struct gv_pdf *p, double x, double y, double w, double h, const char *uri,
		      const char *dest)
{
	if (p->counting || w <= 0)
		return;
	struct gv_buf a = GV_BUF_INIT;
	if (uri) {
		gv_buf_puts(&a, "uri=");
		attr_quote(&a, uri);
	} else {
		/* A named destination: Cairo 1.16 drops an explicit page= link
		 * to a page not written yet. */
		gv_buf_puts(&a, "dest=");
		attr_quote(&a, dest);
	}
	gv_buf_printf(&a, " rect=[%g %g %g %g]", x, y, w, h);
	L(cairo_tag_begin)(p->cr, CAIRO_TAG_LINK, gv_buf_str(&a));
	L(cairo_tag_end)(p->cr, CAIRO_TAG_LINK);
	gv_buf_free(&a);
}

/* ---- pages -------------------------------------------------------------- */

static PangoLayout *layout_new(struct gv_pdf *p, const char *family, double size, bool bold)
{
	PangoLayout *l = L(pango_layout_new)(p->pango);
	PangoFontDescription *fd = L(pango_font_description_new)();
	L(pango_font_description_set_family)(fd, family);
	L(pango_font_description_set_absolute_size)(fd, size * PANGO_SCALE);
	if (bold)
		L(pango_font_description_set_weight)(fd, PANGO_WEIGHT_BOLD);
	L(pango_layout_set_font_description)(l, fd);
	L(pango_font_description_free)(fd);
	L(pango_layout_set_wrap)(l, PANGO_WRAP_WORD_CHAR);
	return l;
}

static void page_label(struct gv_pdf *p)
{
	if (p->counting)
		return;
	char label[16];
	snprintf(label, sizeof label, "%d", p->page);
	L(cairo_pdf_surface_set_page_label)(p->surf, label);
}

/* "Council — December 8, 2026 — page 12 of 140", outside every tag. */
static void draw_header(struct gv_pdf *p)
{
	if (p->counting || !p->meta->header)
		return;
	char *text = gv_asprintf("%s — page %d of %d", p->meta->header, p->page, p->total);
	PangoLayout *l = layout_new(p, FONT, 8, false);
	L(pango_layout_set_text)(l, text, -1);
	L(cairo_set_source_rgb)(p->cr, 0.3, 0.3, 0.3);
	L(cairo_move_to)(p->cr, MARGIN_X, HEADER_Y);
	L(pango_cairo_show_layout)(p->cr, l);
	L(cairo_move_to)(p->cr, MARGIN_X, HEADER_Y + 13);
	L(cairo_line_to)(p->cr, PAGE_W - MARGIN_X, HEADER_Y + 13);
	L(cairo_set_line_width)(p->cr, 0.5);
	L(cairo_stroke)(p->cr);
	L(cairo_set_source_rgb)(p->cr, 0, 0, 0);
	L(g_object_unref)(l);
	free(text);
}

/* The next page. The open structure tags are closed before the header and
 * opened again after it, so the header is no part of the text around it
 * (Cairo 1.16 has no artifact tag). */
static void new_page(struct gv_pdf *p)
{
	int open = p->n_tags < MAX_TAGS ? p->n_tags : MAX_TAGS;
	if (!p->counting) {
		for (int i = open - 1; i >= 0; i--)
			L(cairo_tag_end)(p->cr, p->tags[i]);
		L(cairo_show_page)(p->cr);
	}
	p->page++;
	page_label(p);
	draw_header(p);
	if (!p->counting)
		for (int i = 0; i < open; i++)
			L(cairo_tag_begin)(p->cr, p->tags[i], NULL);
	p->y = TOP;
	p->empty = true;
}

void gv_pdf_page_break(struct gv_pdf *p)
{
	if (!p->empty)
		new_page(p);
}

/* Room for h more points on this page, else the next page. */
static void need(struct gv_pdf *p, double h)
{
	if (!p->empty && p->y + h > BOTTOM)
		new_page(p);
}

void gv_pdf_space(struct gv_pdf *p, double pt)
{
	if (!p->empty)
		p->y += pt;
}

/* Name this place: a destination for links, and its page for the first pass. */
static void anchor_add(struct gv_pdf *p, const char *name)
{
	if (!p->counting) {
		struct gv_buf d = GV_BUF_INIT;
		gv_buf_puts(&d, "name=");
		attr_quote(&d, name);
		gv_buf_printf(&d, " x=%g y=%g", MARGIN_X, p->y);
		L(cairo_tag_begin)(p->cr, CAIRO_TAG_DEST, gv_buf_str(&d));
		L(cairo_tag_end)(p->cr, CAIRO_TAG_DEST);
		gv_buf_free(&d);
	}
	struct anchor *a = GV_PUSH(p->anchors, p->n_anchors);
	a->name = gv_strdup(name);
	a->page = p->page;
	a->y = p->y;
}

static const struct anchor *anchor_find(const struct gv_pdf *p, const char *name)
{
	for (size_t i = 0; i < p->n_known; i++)
		if (!strcmp(p->known[i].name, name))
			return &p->known[i];
	return NULL;
}

/* ---- paragraphs --------------------------------------------------------- */

void gv_pdf_para_init(struct gv_pdf_para *para)
{
	memset(para, 0, sizeof *para);
	para->attrs = L(pango_attr_list_new)();
}

void gv_pdf_para_free(struct gv_pdf_para *para)
{
	gv_buf_free(&para->text);
	L(pango_attr_list_unref)(para->attrs);
	for (size_t i = 0; i < para->n_links; i++)
		free(para->links[i].uri);
	free(para->links);
	memset(para, 0, sizeof *para);
}

/* text (attrs may be NULL) shaped: made and kept in the first pass, taken
 * back in the second. The document owns it. */
static const struct gv_pdf_shaped *shaped_text(struct gv_pdf *p, const char *family, double size,
					       bool bold, const char *text, int len,
					       PangoAttrList *attrs)
{
	struct shaped *sh = p->shaped;
	if (!p->counting && sh->next < sh->n) {
		const struct gv_pdf_shaped *sp = sh->v[sh->next++];
		int n;
		const char *t = gv_pdf_shaped_text(sp, &n);
		if (n == len && !memcmp(t, text, (size_t)len))
			return sp;
		/* not the same call: never expected */
	}
	struct gv_pdf_shaped *sp = gv_pdf_shape(p->pango, family, size, bold, text, len, attrs);
	*GV_PUSH(sh->v, sh->n) = sp;
	if (!p->counting)
		sh->next = sh->n; /* made in the second pass: not taken again */
	return sp;
}

static const struct gv_pdf_shaped *para_shaped(struct gv_pdf *p, struct gv_pdf_para *para,
					       double size, bool bold)
{
	return shaped_text(p, para->mono ? MONO : FONT, para->mono ? size - 1 : size, bold,
			   gv_buf_str(&para->text), (int)para->text.len, para->attrs);
}

const char *gv_pdf_md_html(struct gv_pdf *p, const char *md, int top_level, size_t *len,
			   struct gv_err *err)
{
	struct shaped *sh = p->shaped;
	struct md_html *h = NULL;
	if (!p->counting && sh->next_md < sh->n_md) {
		h = &sh->md[sh->next_md++];
		if (h->top_level != top_level || strcmp(h->md, md))
			h = NULL; /* not the same call: never expected */
	}
	if (!h) {
		struct gv_buf html = GV_BUF_INIT;
		if (gv_md_to_html(&html, md, top_level, err)) {
			gv_buf_free(&html);
			return NULL;
		}
		h = GV_PUSH(sh->md, sh->n_md);
		*h = (struct md_html){gv_strdup(md), top_level, html};
		if (!p->counting)
			sh->next_md = sh->n_md; /* made in the second pass: not taken again */
	}
	*len = h->html.len;
	return gv_buf_str(&h->html);
}

/* The links of para over line, drawn with its top at (x, top). */
static void line_links(struct gv_pdf *p, struct gv_pdf_para *para, const struct gv_pdf_lines *ls,
		       const struct gv_pdf_line *line, double x, double top)
{
	unsigned s = (unsigned)line->start, e = (unsigned)line->end;
	for (size_t i = 0; i < para->n_links; i++) {
		struct gv_pdf_link *k = &para->links[i];
		if (k->end <= s || k->start >= e)
			continue;
		double x0 = gv_pdf_line_x(ls, line, (int)(k->start > s ? k->start : s));
		double x1 = k->end >= e ? gv_pdf_line_indent(ls, line) + line->width
					: gv_pdf_line_x(ls, line, (int)k->end);
		link_rect(p, x + x0, top, x1 - x0, line->height, k->uri, NULL);
	}
}

/* The room line i of ls needs to be drawn on this page: no paragraph
 * leaves its first line alone at the foot of a page, nor its last alone at
 * the top of the next (docs/formats.md, "PDF: agenda packages and
 * minutes"): the first line asks for the second too (for all three of
 * three), and the line before the last, for the last, when two are left
 * behind. */
static double room_for(const struct gv_pdf_lines *ls, size_t i)
{
	size_t n = ls->n, upto = i + 1;
	if (i == 0)
		upto = n == 3 ? 3 : n >= 2 ? 2 : 1;
	else if (n >= 4 && i == n - 2)
		upto = n;
	double h = 0;
	for (size_t k = i; k < upto; k++)
		h += ls->v[k].height;
	return h;
}

/* Draw lines from (x, p->y), the lines after the first from x + hang,
 * breaking pages between them; para (may be NULL) has their links. */
static void draw_lines(struct gv_pdf *p, const struct gv_pdf_lines *ls, struct gv_pdf_para *para,
		       double x, double hang)
{
	for (size_t i = 0; i < ls->n; i++, x += i == 1 ? hang : 0) {
		const struct gv_pdf_line *line = &ls->v[i];
		need(p, room_for(ls, i));
		if (!p->counting) {
			gv_pdf_line_show(p->cr, ls, line, x, p->y + line->base);
			if (para)
				line_links(p, para, ls, line, x, p->y);
		}
		p->y += line->height;
		p->empty = false;
	}
}

void gv_pdf_para_draw(struct gv_pdf *p, struct gv_pdf_para *para, const char *tag, double size,
		      bool bold, double indent, const char *label)
{
	double hang = label ? 18 : 0;
	struct gv_pdf_lines ls;
	gv_pdf_lines_break(&ls, para_shaped(p, para, size, bold), TEXT_W - indent - hang);
	double base = ls.v[0].base;
	need(p, ls.v[0].height);
	/* a short paragraph that ends in a colon introduces what follows
	 * ("Motion 3, moved by ...:"): it stays with the first lines of it, as
	 * a heading does (a long one would leave a gap) */
	size_t end = para->text.len;
	while (end > 0 && (para->text.data[end - 1] == ' ' || para->text.data[end - 1] == '\n'))
		end--;
	if (ls.n <= 3 && end > 0 && para->text.data[end - 1] == ':')
		need(p, ls.height + 30);
	if (label) {
		gv_pdf_tag_begin(p, "Lbl");
		if (!p->counting) {
			PangoLayout *ll = layout_new(p, FONT, size, bold);
			L(pango_layout_set_text)(ll, label, -1);
			L(cairo_move_to)(p->cr, MARGIN_X + indent, p->y + base);
			L(pango_cairo_show_layout_line)(p->cr, L(pango_layout_get_line_readonly)(ll, 0));
			L(g_object_unref)(ll);
		}
		gv_pdf_tag_end(p);
	}
	gv_pdf_tag_begin(p, tag);
	draw_lines(p, &ls, para, MARGIN_X + indent + hang, 0);
	gv_pdf_tag_end(p);
	gv_pdf_lines_free(&ls);
}

static void plain_para(struct gv_pdf *p, const char *tag, const char *text, double size,
		       bool bold, double indent)
{
	struct gv_pdf_para para;
	gv_pdf_para_init(&para);
	gv_buf_puts(&para.text, text);
	gv_pdf_para_draw(p, &para, tag, size, bold, indent, NULL);
	gv_pdf_para_free(&para);
}

void gv_pdf_text(struct gv_pdf *p, enum gv_pdf_style style, const char *text)
{
	static const double size[] = {[GV_PDF_BODY] = 10, [GV_PDF_SMALL] = 8.5,
				      [GV_PDF_TITLE] = 24, [GV_PDF_SUBTITLE] = 14};
	plain_para(p, "P", text, size[style], style == GV_PDF_TITLE, 0);
	gv_pdf_space(p, style == GV_PDF_TITLE ? 12 : 5);
}

void gv_pdf_keep(struct gv_pdf *p, double h)
{
	need(p, h);
}

void gv_pdf_outline(struct gv_pdf *p, int depth, const char *text)
{
	if (depth < 1 || depth >= MAX_OUTLINE)
		return;
	int id = 0;
	if (!p->counting) {
		/* An outline entry is written at the end, when every page exists. */
		int parent = depth > 1 ? p->outline[depth - 1] : CAIRO_PDF_OUTLINE_ROOT;
		char *dest = gv_asprintf("page=%d pos=[%g %g]", p->page, MARGIN_X, p->y);
		id = L(cairo_pdf_surface_add_outline)(p->surf, parent, text, dest, 0);
		free(dest);
	}
	p->outline[depth] = id;
	for (int d = depth + 1; d < MAX_OUTLINE; d++)
		p->outline[d] = CAIRO_PDF_OUTLINE_ROOT;
}

double gv_pdf_heading_size(int level)
{
	static const double size[] = {18, 15, 13, 11.5, 10.5, 10};
	return size[(level < 1 ? 1 : level > 6 ? 6 : level) - 1];
}

void gv_pdf_heading(struct gv_pdf *p, int level, const char *text, const char *anchor,
		    int outline_depth)
{
	double size = gv_pdf_heading_size(level);
	gv_pdf_space(p, size * 0.6);
	need(p, size * 1.4 + 40); /* never alone at the foot of a page */
	if (anchor)
		anchor_add(p, anchor);
	gv_pdf_outline(p, outline_depth, text);
	char tag[3] = {'H', (char)('0' + (level < 1 ? 1 : level > 6 ? 6 : level)), 0};
	plain_para(p, tag, text, size, true, 0);
	gv_pdf_space(p, size * 0.4);
}

void gv_pdf_toc_line(struct gv_pdf *p, int depth, const char *text, const char *anchor)
{
	const struct anchor *a = anchor_find(p, anchor);
	char num[16];
	snprintf(num, sizeof num, "%d", a ? a->page : 0);
	double indent = (depth - 1) * 16.0, hang = 0;
	const struct gv_pdf_shaped *sh =
		shaped_text(p, FONT, 10, depth == 1, text, (int)strlen(text), NULL);
	struct gv_pdf_lines ls;
	/* a title that wraps goes on under itself, not under its number */
	const char *space = strchr(text, ' ');
	if (space) {
		gv_pdf_lines_break(&ls, sh, -1);
		hang = gv_pdf_line_x(&ls, &ls.v[0], (int)(space - text) + 1);
		gv_pdf_lines_free(&ls);
		if (hang > (TEXT_W - indent) / 4)
			hang = 0;
	}
	gv_pdf_lines_break(&ls, sh, TEXT_W - indent - 36 - hang);
	need(p, ls.height);
	double top = p->y;
	gv_pdf_tag_begin(p, "TOCI");
	gv_pdf_tag_begin(p, "Reference");
	draw_lines(p, &ls, NULL, MARGIN_X + indent, hang);
	gv_pdf_lines_free(&ls);
	if (!p->counting) {
		PangoLayout *nl = layout_new(p, FONT, 10, depth == 1);
		L(pango_layout_set_text)(nl, num, -1);
		PangoRectangle nr;
		L(pango_layout_get_extents)(nl, NULL, &nr);
		L(cairo_move_to)(p->cr, PAGE_W - MARGIN_X - nr.width / (double)PANGO_SCALE, top);
		L(pango_cairo_show_layout)(p->cr, nl);
		L(g_object_unref)(nl);
		if (a)
			link_rect(p, MARGIN_X + indent, top, TEXT_W - indent, p->y - top, NULL,
				  anchor);
	}
	gv_pdf_tag_end(p);
	gv_pdf_tag_end(p);
	p->y += 3;
}

void gv_pdf_signature(struct gv_pdf *p, const char *label)
{
	need(p, 70);
	p->y += 40;
	if (!p->counting) {
		L(cairo_move_to)(p->cr, MARGIN_X, p->y);
		L(cairo_line_to)(p->cr, MARGIN_X + 260, p->y);
		L(cairo_set_line_width)(p->cr, 0.75);
		L(cairo_stroke)(p->cr);
	}
	p->y += 4;
	p->empty = false;
	plain_para(p, "P", label, 9.5, false, 0);
}

/* ---- tables ------------------------------------------------------------- */

#define CELL_PAD 4.0

/* The height of row r, its cells' lines ls broken at their columns' widths. */
static double row_height(const struct gv_pdf_table *t, const struct gv_pdf_lines *ls, size_t r)
{
	double h = 0;
	for (size_t c = 0; c < t->n_cols; c++) {
		double ch = ls[r * t->n_cols + c].height + 2 * CELL_PAD;
		if (ch > h)
			h = ch;
	}
	return h;
}

/* Cell para's lines with their top left at (x, top), and its links. */
static void draw_cell(struct gv_pdf *p, struct gv_pdf_para *para, const struct gv_pdf_lines *ls,
		      double x, double top)
{
	for (size_t i = 0; i < ls->n; i++) {
		const struct gv_pdf_line *line = &ls->v[i];
		gv_pdf_line_show(p->cr, ls, line, x, top + line->base);
		line_links(p, para, ls, line, x, top);
		top += line->height;
	}
}

/* Each column as wide as its widest cell needs, or, when they do not fit
 * in avail, the wide columns shrunk: every column keeps at least its share. */
static void column_widths(const struct gv_pdf_table *t, struct gv_pdf_lines *ls,
			  const struct gv_pdf_shaped **cell, double avail, double *w)
{
	size_t nc = t->n_cols, n = t->n_rows * nc;
	double sum = 0;
	for (size_t i = 0; i < n; i++) {
		gv_pdf_lines_break(&ls[i], cell[i], -1);
		double nat = ls[i].width + 2 * CELL_PAD + 1;
		if (nat > w[i % nc])
			w[i % nc] = nat;
		gv_pdf_lines_free(&ls[i]);
	}
	for (size_t c = 0; c < nc; c++)
		sum += w[c];
	if (sum <= avail)
		return;
	double fair = avail / (double)nc, wide = 0, narrow = 0;
	for (size_t c = 0; c < nc; c++)
		if (w[c] > fair)
			wide += w[c];
		else
			narrow += w[c];
	for (size_t c = 0; c < nc; c++)
		if (w[c] > fair)
			w[c] = (avail - narrow) * w[c] / wide;
}

void gv_pdf_table_draw(struct gv_pdf *p, struct gv_pdf_table *t, double indent)
{
	if (!t->n_rows || !t->n_cols)
		return;
	size_t nc = t->n_cols, n = t->n_rows * nc;
	/* each cell shaped once: for its column's width, then its lines */
	const struct gv_pdf_shaped **cell = gv_calloc(n, sizeof *cell);
	struct gv_pdf_lines *ls = gv_calloc(n, sizeof *ls);
	double *w = gv_calloc(nc, sizeof *w);
	for (size_t i = 0; i < n; i++)
		cell[i] = para_shaped(p, &t->cells[i], 9, t->header[i / nc]);
	column_widths(t, ls, cell, TEXT_W - indent, w);
	for (size_t i = 0; i < n; i++)
		gv_pdf_lines_break(&ls[i], cell[i], w[i % nc] - 2 * CELL_PAD);
	/* A header row never ends a page: it goes with the first row below it. */
	if (t->n_rows > 1 && t->header[0])
		need(p, row_height(t, ls, 0) + row_height(t, ls, 1));
	gv_pdf_tag_begin(p, "Table");
	for (size_t r = 0; r < t->n_rows; r++) {
		double h = row_height(t, ls, r);
		/* A row is never split: the table breaks between rows. */
		need(p, h);
		gv_pdf_tag_begin(p, "TR");
		double x = MARGIN_X + indent;
		for (size_t c = 0; c < nc; c++) {
			gv_pdf_tag_begin(p, t->header[r] ? "TH" : "TD");
			if (!p->counting) {
				if (t->header[r]) {
					L(cairo_set_source_rgb)(p->cr, 0.9, 0.9, 0.9);
					L(cairo_rectangle)(p->cr, x, p->y, w[c], h);
					L(cairo_fill)(p->cr);
					L(cairo_set_source_rgb)(p->cr, 0, 0, 0);
				}
				draw_cell(p, &t->cells[r * nc + c], &ls[r * nc + c], x + CELL_PAD,
					  p->y + CELL_PAD);
				L(cairo_set_source_rgb)(p->cr, 0.6, 0.6, 0.6);
				L(cairo_set_line_width)(p->cr, 0.5);
				L(cairo_rectangle)(p->cr, x, p->y, w[c], h);
				L(cairo_stroke)(p->cr);
				L(cairo_set_source_rgb)(p->cr, 0, 0, 0);
			}
			gv_pdf_tag_end(p);
			x += w[c];
		}
		gv_pdf_tag_end(p);
		p->y += h;
		p->empty = false;
	}
	gv_pdf_tag_end(p);
	p->y += 6;
	for (size_t i = 0; i < n; i++)
		gv_pdf_lines_free(&ls[i]);
	free(cell);
	free(ls);
	free(w);
}

/* ---- attached PDFs ------------------------------------------------------ */

static PopplerDocument *poppler_open(const char *data, size_t len, GBytes **bytes)
{
	if (gv_pdf_poppler_load(NULL))
		return NULL;
	*bytes = L(g_bytes_new_static)(data, len);
	PopplerDocument *doc = L(poppler_document_new_from_bytes)(*bytes, NULL, NULL);
	if (!doc)
		L(g_bytes_unref)(*bytes);
	return doc;
}

int gv_pdf_page_count(const char *data, size_t len)
{
	struct gv_graft_src *g = gv_graft_open(data, len);
	if (g) {
		int n = gv_graft_pages(g);
		gv_graft_close(g);
		if (n > 0)
			return n;
	}
	GBytes *bytes;
	PopplerDocument *doc = poppler_open(data, len, &bytes);
	if (!doc)
		return 0;
	int n = L(poppler_document_get_n_pages)(doc);
	L(g_object_unref)(doc);
	L(g_bytes_unref)(bytes);
	return n;
}

/* The source of an attached PDF's pages for the second pass: copied as
 * they are when render/pdf_graft.c reads it and counts the pages Poppler
 * counts, else NULL (drawn through Poppler). */
static struct gv_graft_src *graft_source(struct gv_pdf *p, const char *data, size_t len, int n)
{
	if (p->counting || p->no_graft)
		return NULL;
	struct gv_graft_src *g = gv_graft_open(data, len);
	if (g && gv_graft_pages(g) != n) {
		gv_graft_close(g);
		g = NULL;
	}
	if (g)
		*GV_PUSH(p->srcs, p->n_srcs) = g;
	return g;
}

int gv_pdf_attach_pdf(struct gv_pdf *p, const char *data, size_t len, int pages,
		      const char *alt, struct gv_err *err)
{
	int n = pages > 0 ? pages : gv_pdf_page_count(data, len);
	if (n <= 0)
		return gv_err_set(err, GV_EIO, "%s: not a PDF that can be read", alt);
	/* Poppler reads it only to draw pages the graft cannot copy. */
	struct gv_graft_src *g = graft_source(p, data, len, n);
	GBytes *bytes = NULL;
	PopplerDocument *doc = NULL;
	if (!p->counting && !g && !(doc = poppler_open(data, len, &bytes)))
		return gv_err_set(err, GV_EIO, "%s: not a PDF that can be read", alt);
	for (int i = 0; i < n; i++) {
		new_page(p);
		char *cap = gv_asprintf("Attachment %s, page %d of %d", alt, i + 1, n);
		plain_para(p, "P", cap, 8.5, false, 0);
		free(cap);
		p->y += 4;
		gv_pdf_tag_begin(p, "Part");
		PopplerPage *pg = p->counting || g ? NULL : L(poppler_document_get_page)(doc, i);
		if (g || pg) {
			double box[4] = {0, 0, 0, 0}, w, h;
			if (g) {
				gv_graft_box(g, i, box);
				w = box[2] - box[0];
				h = box[3] - box[1];
			} else
				L(poppler_page_get_size)(pg, &w, &h);
			double sx = TEXT_W / w, sy = (BOTTOM - p->y) / h;
			double s = sx < sy ? sx : sy;
			L(cairo_save)(p->cr);
			L(cairo_rectangle)(p->cr, MARGIN_X, p->y, w * s, h * s);
			L(cairo_set_source_rgb)(p->cr, 0.6, 0.6, 0.6);
			L(cairo_set_line_width)(p->cr, 0.5);
			L(cairo_stroke_preserve)(p->cr);
			L(cairo_clip)(p->cr);
			if (g) {
				/* the page's own space (y up) onto Cairo's (y down) */
				*GV_PUSH(p->places, p->n_places) = (struct gv_graft_place){
					g, i, p->page,
					{s, 0, 0, -s, MARGIN_X - s * box[0], p->y + s * box[3]},
					{MARGIN_X, p->y, w * s, h * s}};
			} else {
				L(cairo_translate)(p->cr, MARGIN_X, p->y);
				L(cairo_scale)(p->cr, s, s);
				L(cairo_set_source_rgb)(p->cr, 0, 0, 0);
				L(poppler_page_render_for_printing)(pg, p->cr);
				L(g_object_unref)(pg);
			}
			L(cairo_restore)(p->cr);
		}
		gv_pdf_tag_end(p);
		p->y = BOTTOM;
		p->empty = false;
	}
	if (doc) {
		L(g_object_unref)(doc);
		L(g_bytes_unref)(bytes);
	}
	return 0;
}

/* ---- the document ------------------------------------------------------- */

static cairo_status_t write_buf(void *closure, const unsigned char *data, unsigned int len)
{
	if (closure)
		gv_buf_add(closure, (const char *)data, len);
	return CAIRO_STATUS_SUCCESS;
}

static void anchors_free(struct anchor *a, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(a[i].name);
	free(a);
}

static void grafts_free(struct gv_pdf *p)
{
	for (size_t i = 0; i < p->n_srcs; i++)
		gv_graft_close(p->srcs[i]);
	free(p->srcs);
	free(p->places);
	p->srcs = NULL;
	p->places = NULL;
	p->n_srcs = p->n_places = 0;
}

/* Cairo 1.16 has no way to set the document's language: it is added to the
 * catalog as an incremental update, the way any PDF editor would. */
static int set_lang(struct gv_buf *out, size_t start, const char *lang)
{
	const char *pdf = out->data + start;
	size_t len = out->len - start;
	for (const char *c = lang; *c; c++)
		if (!((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') ||
		      (*c >= '0' && *c <= '9') || *c == '-'))
			return -1;
	const char *sx = NULL;
	for (size_t i = len >= 9 ? len - 9 : 0; i > 0 && !sx; i--)
		if (!memcmp(pdf + i, "startxref", 9))
			sx = pdf + i;
	const char *tr = sx ? memmem(pdf, (size_t)(sx - pdf), "trailer", 7) : NULL;
	while (tr) {
		const char *next = memmem(tr + 1, (size_t)(sx - tr - 1), "trailer", 7);
		if (!next)
			break;
		tr = next;
	}
	if (!tr)
		return -1;
	long xref = strtol(sx + 9, NULL, 10);
	const char *root = memmem(tr, (size_t)(sx - tr), "/Root", 5);
	const char *dict_end = NULL;
	for (const char *q = sx; q > tr; q--)
		if (q[0] == '>' && q[-1] == '>') {
			dict_end = q - 1;
			break;
		}
	if (!root || !dict_end || xref <= 0 || (size_t)xref >= len)
		return -1;
	long obj = strtol(root + 5, NULL, 10);
	/* The catalog's offset from the xref table "xref\n0 N\n" + 20-byte entries. */
	const char *x = pdf + xref;
	if (strncmp(x, "xref", 4))
		return -1;
	const char *entries = strchr(strchr(x, '\n') + 1, '\n') + 1;
	long off = strtol(entries + 20 * obj, NULL, 10);
	if (off <= 0 || (size_t)off >= len)
		return -1;
	const char *o = pdf + off;
	const char *open = strstr(o, "<<"), *end = memmem(o, len - (size_t)off, "endobj", 6);
	if (!open || !end || open > end)
		return -1;
	struct gv_buf upd = GV_BUF_INIT;
	size_t new_off = len + 1;
	gv_buf_printf(&upd, "\n%ld 0 obj\n<< /Lang (%s)", obj, lang);
	gv_buf_add(&upd, open + 2, (size_t)(end - open - 2));
	gv_buf_puts(&upd, "endobj\n");
	size_t new_xref = len + upd.len;
	gv_buf_printf(&upd, "xref\n%ld 1\n%010zu 00000 n \ntrailer\n", obj, new_off);
	gv_buf_add(&upd, tr + 7, (size_t)(dict_end - tr - 7));
	gv_buf_printf(&upd, " /Prev %ld >>\nstartxref\n%zu\n%%%%EOF\n", xref, new_xref);
	gv_buf_add(out, upd.data, upd.len);
	gv_buf_free(&upd);
	return 0;
}

static int run_pass(struct gv_pdf *p, gv_pdf_build_fn build, void *ctx, struct gv_buf *out,
		    struct gv_err *err)
{
	p->surf = L(cairo_pdf_surface_create_for_stream)(write_buf, p->counting ? NULL : out, PAGE_W,
						      PAGE_H);
	p->cr = L(cairo_create)(p->surf);
	if (!p->pango) {
		p->pango = L(pango_cairo_create_context)(p->cr);
		/* The font's own advances, not rounded to whole points: Cairo
		 * writes a position for every glyph whose advance is not the
		 * font's, so rounded positions cost a number a glyph in the
		 * file (and spaced the letters unevenly). */
		L(pango_context_set_round_glyph_positions)(p->pango, false);
	}
	const struct gv_pdf_meta *m = p->meta;
	if (!p->counting) {
		L(cairo_pdf_surface_set_metadata)(p->surf, CAIRO_PDF_METADATA_TITLE, m->title);
		if (m->author)
			L(cairo_pdf_surface_set_metadata)(p->surf, CAIRO_PDF_METADATA_AUTHOR,
						       m->author);
		L(cairo_pdf_surface_set_metadata)(p->surf, CAIRO_PDF_METADATA_CREATOR, "gavel");
		if (m->date) {
			L(cairo_pdf_surface_set_metadata)(p->surf, CAIRO_PDF_METADATA_CREATE_DATE,
						       m->date);
			L(cairo_pdf_surface_set_metadata)(p->surf, CAIRO_PDF_METADATA_MOD_DATE,
						       m->date);
		}
	}
	p->page = 1;
	p->y = TOP;
	p->empty = true;
	page_label(p);
	gv_pdf_tag_begin(p, "Document");
	int rc = build(p, ctx, err);
	gv_pdf_tag_end(p);
	L(cairo_destroy)(p->cr);
	L(cairo_surface_finish)(p->surf);
	cairo_status_t st = L(cairo_surface_status)(p->surf);
	L(cairo_surface_destroy)(p->surf);
	if (!rc && st)
		rc = gv_err_set(err, GV_EIO, "PDF: %s", L(cairo_status_to_string)(st));
	return rc;
}

int gv_pdf_write(const struct gv_pdf_meta *meta, gv_pdf_build_fn build, void *ctx,
		 struct gv_buf *out, struct gv_err *err)
{
	if (gv_pdf_libs_load(err))
		return err ? err->code : GV_EIO;
	struct shaped sh = {0};
	struct gv_pdf first = {.meta = meta, .counting = true, .shaped = &sh};
	int rc = run_pass(&first, build, ctx, NULL, err);
	struct gv_pdf p = {.meta = meta, .total = first.page, .known = first.anchors,
			   .n_known = first.n_anchors, .pango = first.pango, .shaped = &sh};
	size_t start = out->len;
	if (!rc)
		rc = run_pass(&p, build, ctx, out, err);
	if (!rc && meta->lang && set_lang(out, start, meta->lang))
		rc = gv_err_set(err, GV_EIO, "PDF: cannot set the document's language");
	if (!rc && gv_graft_apply(out, start, p.places, p.n_places)) {
		/* not as render/pdf_graft.c expects Cairo's file: write it again
		 * with the attached pages drawn through Poppler */
		out->len = start;
		grafts_free(&p);
		anchors_free(p.anchors, p.n_anchors);
		p = (struct gv_pdf){.meta = meta, .total = first.page, .known = first.anchors,
				    .n_known = first.n_anchors, .pango = first.pango, .shaped = &sh,
				    .no_graft = true};
		sh.next_md = 0;
		rc = run_pass(&p, build, ctx, out, err);
		if (!rc && meta->lang && set_lang(out, start, meta->lang))
			rc = gv_err_set(err, GV_EIO, "PDF: cannot set the document's language");
	}
	grafts_free(&p);
	for (size_t i = 0; i < sh.n; i++)
		gv_pdf_shaped_free(sh.v[i]);
	free(sh.v);
	for (size_t i = 0; i < sh.n_md; i++) {
		free(sh.md[i].md);
		gv_buf_free(&sh.md[i].html);
	}
	free(sh.md);
	L(g_object_unref)(first.pango);
	anchors_free(first.anchors, first.n_anchors);
	anchors_free(p.anchors, p.n_anchors);
	return rc;
}
