/* Lines broken once from one shaped paragraph (render/pdf_lines.h). */
#include "render/pdf_lines.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "render/pdf_libs.h"

/* The character at byte index i (a character's first byte, or the end). */
static int char_at(const struct gv_pdf_lines *ls, int i)
{
	int lo = 0, hi = ls->n_chars;
	while (lo < hi) {
		int mid = lo + (hi - lo) / 2;
		if (ls->index[mid] < i)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Each character's x in its line: the widths Pango gave its clusters,
 * added up from the line's start. */
static void measure(struct gv_pdf_lines *ls, const char *text, PangoLayoutLine *src, int c0,
		    int c1)
{
	for (GSList *r = src->runs; r; r = r->next) {
		PangoGlyphItem *run = r->data;
		int rc = char_at(ls, run->item->offset);
		L(pango_glyph_item_get_logical_widths)(run, text, ls->x + rc + 1);
	}
	ls->x[c0] = 0;
	for (int i = c0 + 1; i <= c1; i++)
		ls->x[i] += ls->x[i - 1];
}

/* Where the line starting at character s ends (s < result <= c1): after
 * the most words whose ink fits in w; a word longer than w goes between
 * characters; at least one character, so that every line makes progress
 * (none on an empty line). */
static int line_end(const struct gv_pdf_lines *ls, const PangoLogAttr *a, int s, int c1, int w)
{
	if (w < 0 || s >= c1)
		return c1;
	int best = -1;
	for (int b = s + 1; b <= c1; b++) {
		if (b < c1 && !a[b].is_line_break)
			continue;
		int t = b;
		while (t > s && a[t - 1].is_white)
			t--;
		if (ls->x[t] - ls->x[s] > w)
			break;
		best = b;
		if (b < c1 && a[b].is_mandatory_break)
			break;
	}
	if (best > 0)
		return best;
	best = s + 1;
	while (best < c1 && !a[best].is_cursor_position)
		best++;
	for (int b = best + 1; b <= c1 && ls->x[b] - ls->x[s] <= w; b++)
		if (b == c1 || a[b].is_cursor_position)
			best = b;
	return best;
}

void gv_pdf_lines_break(struct gv_pdf_lines *ls, PangoLayout *layout, double width)
{
	memset(ls, 0, sizeof *ls);
	ls->layout = layout;
	const char *text = L(pango_layout_get_text)(layout);
	int n_attrs = 0;
	const PangoLogAttr *a = L(pango_layout_get_log_attrs_readonly)(layout, &n_attrs);
	int len = (int)strlen(text), n = 0;
	ls->index = gv_calloc((size_t)len + 1, sizeof *ls->index);
	for (int i = 0; i < len; i++)
		if (((unsigned char)text[i] & 0xC0) != 0x80)
			ls->index[n++] = i;
	ls->index[n] = len;
	ls->n_chars = n < n_attrs - 1 ? n : n_attrs - 1;
	ls->x = gv_calloc((size_t)n + 1, sizeof *ls->x);
	int w = width < 0 ? -1 : (int)(width * PANGO_SCALE);
	size_t cap = 0;
	for (GSList *s = L(pango_layout_get_lines_readonly)(layout); s; s = s->next) {
		PangoLayoutLine *src = s->data;
		PangoRectangle lg;
		L(pango_layout_line_get_extents)(src, NULL, &lg);
		int c0 = char_at(ls, src->start_index);
		int c1 = char_at(ls, src->start_index + src->length);
		measure(ls, text, src, c0, c1);
		int c = c0;
		do {
			int e = line_end(ls, a, c, c1, w);
			int t = e;
			while (t > c && a[t - 1].is_white)
				t--;
			if (ls->n == cap)
				ls->v = gv_realloc(ls->v, (cap = cap ? 2 * cap : 8) * sizeof *ls->v);
			struct gv_pdf_line *l = &ls->v[ls->n++];
			*l = (struct gv_pdf_line){src,
						  ls->index[c],
						  ls->index[e],
						  c,
						  (ls->x[t] - ls->x[c]) / (double)PANGO_SCALE,
						  lg.height / (double)PANGO_SCALE,
						  -lg.y / (double)PANGO_SCALE};
			if (l->width > ls->width)
				ls->width = l->width;
			ls->height += l->height;
			c = e;
		} while (c < c1);
	}
}

void gv_pdf_lines_free(struct gv_pdf_lines *ls)
{
	free(ls->v);
	free(ls->index);
	free(ls->x);
	memset(ls, 0, sizeof *ls);
}

double gv_pdf_line_x(const struct gv_pdf_lines *ls, const struct gv_pdf_line *line, int i)
{
	return (ls->x[char_at(ls, i)] - ls->x[line->first]) / (double)PANGO_SCALE;
}

/* Underline or strike through a piece w wide at (x, y), where the font
 * puts its own. */
static void rule(cairo_t *cr, PangoFont *font, bool strike, double x, double y, double w)
{
	PangoFontMetrics *m = L(pango_font_get_metrics)(font, NULL);
	int pos = strike ? L(pango_font_metrics_get_strikethrough_position)(m)
			 : L(pango_font_metrics_get_underline_position)(m);
	int th = strike ? L(pango_font_metrics_get_strikethrough_thickness)(m)
			: L(pango_font_metrics_get_underline_thickness)(m);
	L(pango_font_metrics_unref)(m);
	L(cairo_rectangle)(cr, x, y - pos / (double)PANGO_SCALE, w, th / (double)PANGO_SCALE);
	L(cairo_fill)(cr);
}

/* The piece [a, b) of a shaped run drawn at (x, y); its width in points.
 * The piece is a view of the run's glyphs, its clusters counted from a. */
static double show_piece(cairo_t *cr, const char *text, PangoGlyphItem *run, int a, int b,
			 double x, double y)
{
	PangoGlyphString *g = run->glyphs;
	int ro = run->item->offset, g0 = -1, g1 = -1, width = 0;
	for (int i = 0; i < g->num_glyphs; i++) {
		int c = ro + g->log_clusters[i];
		if (c >= a && c < b) {
			if (g0 < 0)
				g0 = i;
			g1 = i + 1;
			width += g->glyphs[i].geometry.width;
		}
	}
	if (g0 < 0)
		return 0;
	int n = g1 - g0;
	int *clusters = gv_calloc((size_t)n, sizeof *clusters);
	for (int i = 0; i < n; i++)
		clusters[i] = g->log_clusters[g0 + i] - (a - ro);
	PangoItem item = *run->item;
	item.offset = a;
	item.length = b - a;
	item.num_chars = 0;
	for (int i = a; i < b; i++)
		item.num_chars += ((unsigned char)text[i] & 0xC0) != 0x80;
	/* only Pango's public flags: a private one says the item is larger */
	item.analysis.flags &= PANGO_ANALYSIS_FLAG_CENTERED_BASELINE |
			       PANGO_ANALYSIS_FLAG_IS_ELLIPSIS | PANGO_ANALYSIS_FLAG_NEED_HYPHEN;
	PangoGlyphString piece = {n, g->glyphs + g0, clusters, n};
	PangoGlyphItem gi = {&item, &piece, 0, 0, 0};
	bool coloured = false, under = false, strike = false;
	for (GSList *e = item.analysis.extra_attrs; e; e = e->next) {
		PangoAttribute *at = e->data;
		if (at->klass->type == PANGO_ATTR_FOREGROUND) {
			PangoColor *c = &((PangoAttrColor *)at)->color;
			L(cairo_set_source_rgb)(cr, c->red / 65535.0, c->green / 65535.0,
						c->blue / 65535.0);
			coloured = true;
		} else if (at->klass->type == PANGO_ATTR_UNDERLINE)
			under = ((PangoAttrInt *)at)->value != PANGO_UNDERLINE_NONE;
		else if (at->klass->type == PANGO_ATTR_STRIKETHROUGH)
			strike = ((PangoAttrInt *)at)->value != 0;
	}
	double w = width / (double)PANGO_SCALE;
	L(cairo_move_to)(cr, x, y);
	L(pango_cairo_show_glyph_item)(cr, text, &gi);
	if (under)
		rule(cr, item.analysis.font, false, x, y, w);
	if (strike)
		rule(cr, item.analysis.font, true, x, y, w);
	if (coloured)
		L(cairo_set_source_rgb)(cr, 0, 0, 0);
	free(clusters);
	return w;
}

void gv_pdf_line_show(cairo_t *cr, const struct gv_pdf_lines *ls, const struct gv_pdf_line *line,
		      double x, double y)
{
	const char *text = L(pango_layout_get_text)(ls->layout);
	for (GSList *r = line->src->runs; r; r = r->next) {
		PangoGlyphItem *run = r->data;
		int a = run->item->offset, b = a + run->item->length;
		if (a < line->start)
			a = line->start;
		if (b > line->end)
			b = line->end;
		if (a < b)
			x += show_piece(cr, text, run, a, b, x, y);
	}
}
