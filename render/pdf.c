/* The PDF typesetter: pages, running header, paragraphs line by line,
 * tables, structure tags, outline, links, attached PDF pages
 * (docs/formats.md, "PDF"), written by render/pdf_file.c. */
#include "render/pdf.h"
#include "render/pdf_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "render/pdf_file.h"
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
	struct gv_pdf_file *file; /* NULL in the first pass */
	PangoContext *pango; /* one for both passes: their layouts are shared */
	struct shaped *shaped;
	int page;            /* 1-based, the page being written */
	int total;           /* pages in all, from the first pass (0 in it) */
	double y;            /* top of the next line */
	bool empty;          /* nothing on this page yet */
	int outline[MAX_OUTLINE];
	struct anchor *anchors; /* this pass */
	size_t n_anchors;
	const struct anchor *known; /* the first pass's, in the second */
	size_t n_known;
	/* attached pages to copy in once the file is written (render/pdf_graft.h) */
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

void gv_pdf_tag_begin(struct gv_pdf *p, const char *name)
{
	if (p->file)
		gv_pdf_file_tag_begin(p->file, name);
}

void gv_pdf_tag_end(struct gv_pdf *p)
{
	if (p->file)
		gv_pdf_file_tag_end(p->file);
}

/* A link over the rectangle, to uri or (uri NULL) to the anchor dest. */
static void link_rect(struct gv_pdf *p, double x, double y, double w, double h, const char *uri,
		      const char *dest, const char *text, size_t n)
{
	if (p->file && w > 0)
		gv_pdf_file_link(p->file, x, y, w, h, uri, dest, text, n);
}

/* ---- pages -------------------------------------------------------------- */

/* text on one line in size points, bold or not, its top left at (x, top),
 * or its top right when right; its width. */
static double plain_line(struct gv_pdf *p, const char *text, double size, bool bold, double x,
			 double top, bool right)
{
	struct gv_pdf_shaped *sh =
		gv_pdf_shape(p->pango, FONT, size, bold, text, (int)strlen(text), NULL);
	struct gv_pdf_lines ls;
	gv_pdf_lines_break(&ls, sh, -1);
	double w = ls.width;
	if (ls.n)
		gv_pdf_line_show(p->file, &ls, &ls.v[0], right ? x - w : x, top + ls.v[0].base);
	gv_pdf_lines_free(&ls);
	gv_pdf_shaped_free(sh);
	return w;
}

/* "Council — December 8, 2026 — page 12 of 140": no part of the text. */
static void draw_header(struct gv_pdf *p)
{
	if (!p->file || !p->meta->header)
		return;
	char *text = gv_asprintf("%s — page %d of %d", p->meta->header, p->page, p->total);
	gv_pdf_file_artifact(p->file, true);
	gv_pdf_file_rgb(p->file, 0.3, 0.3, 0.3);
	plain_line(p, text, 8, false, MARGIN_X, HEADER_Y, false);
	gv_pdf_file_line(p->file, MARGIN_X, HEADER_Y + 13, PAGE_W - MARGIN_X, HEADER_Y + 13, 0.5);
	gv_pdf_file_rgb(p->file, 0, 0, 0);
	gv_pdf_file_artifact(p->file, false);
	free(text);
}

static void new_page(struct gv_pdf *p)
{
	if (p->file)
		gv_pdf_file_page(p->file);
	p->page++;
	draw_header(p);
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
	if (p->file)
		gv_pdf_file_dest(p->file, name, MARGIN_X, p->y);
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
		link_rect(p, x + x0, top, x1 - x0, line->height, k->uri, NULL,
			  para->text.data + k->start, k->end - k->start);
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
		if (p->file) {
			gv_pdf_line_show(p->file, ls, line, x, p->y + line->base);
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
		if (p->file)
			plain_line(p, label, size, bold, MARGIN_X + indent, p->y, false);
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
	if (p->file)
		id = gv_pdf_file_outline(p->file, depth > 1 ? p->outline[depth - 1] : 0, text,
					 MARGIN_X, p->y);
	p->outline[depth] = id;
	for (int d = depth + 1; d < MAX_OUTLINE; d++)
		p->outline[d] = 0;
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

void gv_pdf_toc_begin(struct gv_pdf *p)
{
	gv_pdf_tag_begin(p, "TOC");
}

void gv_pdf_toc_end(struct gv_pdf *p)
{
	gv_pdf_tag_end(p);
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
	if (p->file) {
		plain_line(p, num, 10, depth == 1, PAGE_W - MARGIN_X, top, true);
		if (a)
			link_rect(p, MARGIN_X + indent, top, TEXT_W - indent, p->y - top, NULL,
				  anchor, text, strlen(text));
	}
	gv_pdf_tag_end(p);
	gv_pdf_tag_end(p);
	p->y += 3;
}

void gv_pdf_signature(struct gv_pdf *p, const char *label)
{
	need(p, 70);
	p->y += 40;
	if (p->file) { /* the line to sign on: no part of the text */
		gv_pdf_file_artifact(p->file, true);
		gv_pdf_file_line(p->file, MARGIN_X, p->y, MARGIN_X + 260, p->y, 0.75);
		gv_pdf_file_artifact(p->file, false);
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
		gv_pdf_line_show(p->file, ls, line, x, top + line->base);
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
			if (p->file) { /* shading and borders: no part of the text */
				gv_pdf_file_artifact(p->file, true);
				if (t->header[r]) {
					gv_pdf_file_rgb(p->file, 0.9, 0.9, 0.9);
					gv_pdf_file_rect(p->file, x, p->y, w[c], h, 0);
				}
				gv_pdf_file_rgb(p->file, 0.6, 0.6, 0.6);
				gv_pdf_file_rect(p->file, x, p->y, w[c], h, 0.5);
				gv_pdf_file_rgb(p->file, 0, 0, 0);
				gv_pdf_file_artifact(p->file, false);
				draw_cell(p, &t->cells[r * nc + c], &ls[r * nc + c], x + CELL_PAD,
					  p->y + CELL_PAD);
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

static cairo_status_t write_buf(void *closure, const unsigned char *data, unsigned int len)
{
	gv_buf_add(closure, (const char *)data, len);
	return CAIRO_STATUS_SUCCESS;
}

/* A PDF render/pdf_graft.c does not take, drawn again page by page through
 * Poppler into one it takes (Cairo's); NULL when Poppler cannot read it. */
static struct gv_graft_src *redrawn(const char *data, size_t len)
{
	GBytes *bytes;
	PopplerDocument *doc = poppler_open(data, len, &bytes);
	if (!doc)
		return NULL;
	struct gv_buf out = GV_BUF_INIT;
	cairo_surface_t *surf = L(cairo_pdf_surface_create_for_stream)(write_buf, &out, 612, 792);
	cairo_t *cr = L(cairo_create)(surf);
	int n = L(poppler_document_get_n_pages)(doc);
	for (int i = 0; i < n; i++) {
		PopplerPage *pg = L(poppler_document_get_page)(doc, i);
		double w = 612, h = 792;
		if (pg)
			L(poppler_page_get_size)(pg, &w, &h);
		L(cairo_pdf_surface_set_size)(surf, w, h);
		if (pg) {
			L(poppler_page_render_for_printing)(pg, cr);
			L(g_object_unref)(pg);
		}
		L(cairo_show_page)(cr);
	}
	L(cairo_destroy)(cr);
	L(cairo_surface_finish)(surf);
	bool ok = !L(cairo_surface_status)(surf);
	L(cairo_surface_destroy)(surf);
	L(g_object_unref)(doc);
	L(g_bytes_unref)(bytes);
	struct gv_graft_src *g = ok ? gv_graft_open(out.data, out.len) : NULL;
	gv_buf_free(&out);
	return g;
}

/* The source of an attached PDF's pages for the second pass: the file as
 * it is when render/pdf_graft.c reads it and counts the pages Poppler
 * counts, else Poppler's drawing of it. */
static struct gv_graft_src *graft_source(struct gv_pdf *p, const char *data, size_t len, int n)
{
	struct gv_graft_src *g = gv_graft_open(data, len);
	if (!g || gv_graft_pages(g) != n) {
		gv_graft_close(g);
		g = redrawn(data, len);
	}
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
	struct gv_graft_src *g = NULL;
	if (n <= 0 || (p->file && !(g = graft_source(p, data, len, n))))
		return gv_err_set(err, GV_EIO, "%s: not a PDF that can be read", alt);
	for (int i = 0; i < n; i++) {
		new_page(p);
		char *cap = gv_asprintf("Attachment %s, page %d of %d", alt, i + 1, n);
		plain_para(p, "P", cap, 8.5, false, 0);
		free(cap);
		p->y += 4;
		gv_pdf_tag_begin(p, "Part");
		if (g) {
			double box[4];
			gv_graft_box(g, i, box);
			double w = box[2] - box[0], h = box[3] - box[1];
			double sx = TEXT_W / w, sy = (BOTTOM - p->y) / h;
			double s = sx < sy ? sx : sy;
			/* its frame, in the Part: the page is drawn into it */
			gv_pdf_file_rgb(p->file, 0.6, 0.6, 0.6);
			gv_pdf_file_rect(p->file, MARGIN_X, p->y, w * s, h * s, 0.5);
			gv_pdf_file_rgb(p->file, 0, 0, 0);
			/* the page's own space into the file's (both y up) */
			*GV_PUSH(p->places, p->n_places) = (struct gv_graft_place){
				g, i, p->page,
				{s, 0, 0, s, MARGIN_X - s * box[0], PAGE_H - p->y - h * s - s * box[1]},
				{MARGIN_X, PAGE_H - p->y - h * s, w * s, h * s}};
		}
		gv_pdf_tag_end(p);
		p->y = BOTTOM;
		p->empty = false;
	}
	return 0;
}

/* ---- the document ------------------------------------------------------- */

static void anchors_free(struct anchor *a, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(a[i].name);
	free(a);
}

static int run_pass(struct gv_pdf *p, gv_pdf_build_fn build, void *ctx, struct gv_buf *out,
		    struct gv_err *err)
{
	if (out) {
		p->file = gv_pdf_file_new(PAGE_W, PAGE_H, out);
		gv_pdf_file_page(p->file);
	}
	p->page = 1;
	p->y = TOP;
	p->empty = true;
	gv_pdf_tag_begin(p, "Document");
	int rc = build(p, ctx, err);
	gv_pdf_tag_end(p);
	if (!p->file)
		return rc;
	if (rc)
		gv_pdf_file_free(p->file);
	else if (gv_pdf_file_finish(p->file, p->meta))
		rc = gv_err_set(err, GV_EIO, "PDF: a font cannot be read");
	p->file = NULL;
	return rc;
}

/* A language tag's letters, digits and hyphens (BCP 47), nothing else. */
static bool lang_ok(const char *lang)
{
	if (!*lang)
		return false;
	for (const char *c = lang; *c; c++)
		if (!((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') ||
		      (*c >= '0' && *c <= '9') || *c == '-'))
			return false;
	return true;
}

int gv_pdf_write(const struct gv_pdf_meta *meta, gv_pdf_build_fn build, void *ctx,
		 struct gv_buf *out, struct gv_err *err)
{
	if (meta->lang && !lang_ok(meta->lang))
		return gv_err_set(err, GV_EIO, "PDF: \"%s\" is not a language tag", meta->lang);
	if (gv_pdf_libs_load(err))
		return err ? err->code : GV_EIO;
	struct shaped sh = {0};
	struct gv_pdf first = {.meta = meta, .counting = true, .shaped = &sh,
			       .pango = gv_pdf_context()};
	int rc = run_pass(&first, build, ctx, NULL, err);
	struct gv_pdf p = {.meta = meta, .total = first.page, .known = first.anchors,
			   .n_known = first.n_anchors, .pango = first.pango, .shaped = &sh};
	size_t start = out->len;
	if (!rc)
		rc = run_pass(&p, build, ctx, out, err);
	if (!rc && gv_graft_apply(out, start, p.places, p.n_places))
		rc = gv_err_set(err, GV_EIO, "PDF: the attached pages cannot be copied in");
	if (rc)
		out->len = start;
	for (size_t i = 0; i < p.n_srcs; i++)
		gv_graft_close(p.srcs[i]);
	free(p.srcs);
	free(p.places);
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
