/* Paragraphs shaped once and broken into lines by gavel (render/pdf_lines.h). */
#include "render/pdf_lines.h"

#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/text.h"
#include "render/pdf_file.h"
#include "render/pdf_items.h"
#include "render/pdf_libs.h"
#include "render/pdf_words.h"

struct gv_pdf_src_line {
	int start, end;        /* bytes of the text, without the newline */
	int c0, c1;            /* its characters */
	PangoGlyphItem *runs;  /* shaped, in the text's order */
	size_t n_runs;
	double height, base;
	bool rtl;              /* a right-to-left paragraph: its lowest level is odd */
};

struct gv_pdf_shaped {
	char *text;
	int len, n_chars;
	int *index;            /* each character's byte index, then len */
	int *x;                /* each character's x in its line, Pango units */
	PangoLogAttr *at;      /* n_chars + 1: where a line may break */
	struct gv_pdf_src_line *lines;
	size_t n_lines;
};

const char *gv_pdf_shaped_text(const struct gv_pdf_shaped *sp, int *len)
{
	*len = sp->len;
	return sp->text;
}

/* ---- where a line may break ---------------------------------------------- */

static bool is_space(int32_t c)
{
	return c == ' ' || c == '\t' || (c >= 0x2000 && c <= 0x200A && c != 0x2007) ||
	       c == 0x205F || c == 0x3000;
}

static bool is_ideograph(int32_t c)
{
	return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
	       (c >= 0x20000 && c <= 0x3FFFF);
}

/* Joined to the character before it: a combining mark, a joiner, a
 * variation selector. */
static bool joins(int32_t c)
{
	if (c < 0x300) /* no mark comes before the combining diacritics */
		return false;
	return L(g_unichar_ismark)((gunichar)c) || c == 0x200D || (c >= 0xFE00 && c <= 0xFE0F);
}

/* A hyphen, a dash or a slash: a line may end after one inside a word. */
static bool breaks_after(int32_t c)
{
	return c == '-' || c == '/' || c == 0x2010 || c == 0x2013 || c == 0x2014;
}

/* Punctuation that never starts a line. */
static bool closes(int32_t c)
{
	switch (c) {
	case ')': case ']': case '}': case ',': case '.': case ';':
	case ':': case '!': case '?': case '/': case '-':
		return true;
	default:
		return false;
	}
}

/* What the rules below ask of a character, found once for each. */
enum { SPACE = 1, CLOSES = 2, BREAKS_AFTER = 4, IDEOGRAPH = 8, JOINS = 16, ZWJ = 32 };

static unsigned class_of(int32_t c)
{
	return (is_space(c) ? SPACE : 0) | (closes(c) ? CLOSES : 0) |
	       (breaks_after(c) ? BREAKS_AFTER : 0) | (is_ideograph(c) ? IDEOGRAPH : 0) |
	       (joins(c) ? JOINS : 0) | (c == 0x200D ? ZWJ : 0);
}

/* The rules of render/pdf_lines.h over the characters cp[0..n). */
static void mark_breaks(PangoLogAttr *at, const int32_t *cp, int n)
{
	/* class_of's answers for ASCII */
	static const uint8_t ascii[128] = {
		['\t'] = SPACE, [' '] = SPACE, [')'] = CLOSES, [']'] = CLOSES,
		['}'] = CLOSES, [','] = CLOSES, ['.'] = CLOSES, [';'] = CLOSES,
		[':'] = CLOSES, ['!'] = CLOSES, ['?'] = CLOSES, ['/'] = CLOSES | BREAKS_AFTER,
		['-'] = CLOSES | BREAKS_AFTER,
	};
	unsigned c = 0, p = 0, pp = 0; /* the classes of cp[i], cp[i - 1], cp[i - 2] */
	for (int i = 0; i <= n; i++, pp = p, p = c) {
		c = i == n ? 0 : cp[i] >= 0 && cp[i] < 128 ? ascii[cp[i]] : class_of(cp[i]);
		at[i].is_cursor_position = i == n || !((c & JOINS) || (p & ZWJ));
		at[i].is_white = (c & SPACE) != 0;
		if (i == 0 || !at[i].is_cursor_position)
			continue;
		if (i == n)
			at[i].is_line_break = true;
		else if (c & (SPACE | CLOSES))
			at[i].is_line_break = false;
		else if (p & SPACE)
			at[i].is_line_break = true;
		else if (p & BREAKS_AFTER)
			at[i].is_line_break = i > 1 && !(pp & SPACE) &&
					      !(cp[i - 1] == '-' && cp[i] >= '0' && cp[i] <= '9');
		else
			at[i].is_line_break = ((c | p) & IDEOGRAPH) != 0;
	}
}

/* ---- shaping --------------------------------------------------------------- */

/* The character at byte index i (a character's first byte, or the end). */
static int char_at(const struct gv_pdf_shaped *sp, int i)
{
	int lo = 0, hi = sp->n_chars;
	while (lo < hi) {
		int mid = lo + (hi - lo) / 2;
		if (sp->index[mid] < i)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The logical extents of glyphs g in font, as pango_glyph_string_extents
 * gives them: every glyph of a font has the font's ascent and descent, so
 * one glyph tells them, unless a glyph is missing from the font (drawn as
 * a box of its own size) or there is none. */
static void logical_extents(PangoGlyphString *g, PangoFont *font, PangoRectangle *lg)
{
	int one = -1;
	for (int i = 0; i < g->num_glyphs; i++) {
		PangoGlyph gl = g->glyphs[i].glyph;
		if (gl & PANGO_GLYPH_UNKNOWN_FLAG && gl != PANGO_GLYPH_EMPTY) {
			one = -1;
			break;
		}
		if (one < 0 && gl != PANGO_GLYPH_EMPTY)
			one = i;
	}
	if (one < 0) {
		L(pango_glyph_string_extents)(g, font, NULL, lg);
		return;
	}
	L(pango_font_get_glyph_extents)(font, g->glyphs[one].glyph, NULL, lg);
}

/* Each character's width in a left-to-right run, as
 * pango_glyph_item_get_logical_widths gives it: a cluster's glyphs'
 * advances shared among its characters, what does not divide evenly to the
 * first. */
static void logical_widths(const PangoGlyphItem *run, const char *text, int *w)
{
	const PangoGlyphString *g = run->glyphs;
	int off = run->item->offset, end = run->item->length, ch = 0;
	for (int i = 0; i < g->num_glyphs;) {
		int c = g->log_clusters[i], width = 0, j = i;
		for (; j < g->num_glyphs && g->log_clusters[j] == c; j++)
			width += g->glyphs[j].geometry.width;
		int next = j < g->num_glyphs ? g->log_clusters[j] : end, chars = 0;
		if (next == c + 1) { /* one glyph, one byte: most of them */
			w[ch++] = width;
			i = j;
			continue;
		}
		for (int k = c; k < next; k++)
			chars += ((unsigned char)text[off + k] & 0xC0) != 0x80;
		if (chars) {
			for (int k = 0; k < chars; k++)
				w[ch + k] = width / chars;
			w[ch] += width - width / chars * chars;
		}
		ch += chars;
		i = j;
	}
}

/* Itemize and shape the line's text; its height from its glyphs' fonts, or
 * from the paragraph's font when it is empty. */
static void shape_line(struct gv_pdf_shaped *sp, struct gv_pdf_src_line *ln, PangoContext *ctx,
		       PangoFontDescription *fd, PangoAttrList *attrs)
{
	int asc = 0, desc = 0;
	PangoItem **items = NULL;
	size_t n_items = 0;
	gv_pdf_itemize(ctx, sp->text, ln->start, ln->end - ln->start, attrs, &items, &n_items);
	ln->runs = gv_calloc(n_items + 1, sizeof *ln->runs);
	for (size_t k = 0; k < n_items; k++) {
		PangoItem *item = items[k];
		PangoGlyphString *g = L(pango_glyph_string_new)();
		gv_pdf_shape_words(sp->text + item->offset, item->length, sp->text, sp->len,
				   &item->analysis, g);
		ln->runs[ln->n_runs++] = (PangoGlyphItem){item, g, 0, 0, 0};
		PangoRectangle lg;
		logical_extents(g, item->analysis.font, &lg);
		if (-lg.y > asc)
			asc = -lg.y;
		if (lg.y + lg.height > desc)
			desc = lg.y + lg.height;
	}
	free(items);
	/* a paragraph's base level is its lowest (Unicode's rules P2, P3): 1
	 * when its first strong character is right to left */
	int low = 255;
	for (size_t r = 0; r < ln->n_runs; r++)
		if (ln->runs[r].item->analysis.level < low)
			low = ln->runs[r].item->analysis.level;
	ln->rtl = ln->n_runs && low % 2;
	if (!ln->n_runs) {
		PangoFontMetrics *m = L(pango_context_get_metrics)(ctx, fd, NULL);
		asc = L(pango_font_metrics_get_ascent)(m);
		desc = L(pango_font_metrics_get_descent)(m);
		L(pango_font_metrics_unref)(m);
	}
	ln->height = (asc + desc) / (double)PANGO_SCALE;
	ln->base = asc / (double)PANGO_SCALE;
	/* each character's x: the widths of its clusters, added up */
	for (size_t r = 0; r < ln->n_runs; r++) {
		PangoGlyphItem *run = &ln->runs[r];
		int *w = sp->x + char_at(sp, run->item->offset) + 1;
		if (run->item->analysis.level % 2)
			L(pango_glyph_item_get_logical_widths)(run, sp->text, w);
		else
			logical_widths(run, sp->text, w);
	}
	sp->x[ln->c0] = 0;
	for (int i = ln->c0 + 1; i <= ln->c1; i++)
		sp->x[i] += sp->x[i - 1];
}

struct gv_pdf_shaped *gv_pdf_shape(PangoContext *ctx, const char *family, double size,
				   bool bold, const char *text, int len, PangoAttrList *attrs)
{
	struct gv_pdf_shaped *sp = gv_calloc(1, sizeof *sp);
	sp->text = gv_malloc((size_t)len + 1);
	memcpy(sp->text, text, (size_t)len);
	sp->text[len] = '\0';
	sp->len = len;
	/* Pango takes only well-formed UTF-8: a stray byte becomes '?' (the
	 * same length, so the attributes' byte ranges stay where they were) */
	int32_t *cp = gv_calloc((size_t)len + 1, sizeof *cp);
	sp->index = gv_calloc((size_t)len + 1, sizeof *sp->index);
	for (const char *p = sp->text, *end = sp->text + len; p < end;) {
		const char *at = p;
		int32_t c = gv_utf8_next(&p);
		if (c <= 0 || p > end) {
			sp->text[at - sp->text] = '?';
			p = at + 1;
			c = '?';
		}
		sp->index[sp->n_chars] = (int)(at - sp->text);
		cp[sp->n_chars++] = c;
	}
	sp->index[sp->n_chars] = len;
	sp->at = gv_calloc((size_t)sp->n_chars + 1, sizeof *sp->at);
	mark_breaks(sp->at, cp, sp->n_chars);
	sp->x = gv_calloc((size_t)sp->n_chars + 1, sizeof *sp->x);
	PangoFontDescription *fd = L(pango_font_description_new)();
	L(pango_font_description_set_family)(fd, family);
	L(pango_font_description_set_absolute_size)(fd, size * PANGO_SCALE);
	if (bold)
		L(pango_font_description_set_weight)(fd, PANGO_WEIGHT_BOLD);
	L(pango_context_set_font_description)(ctx, fd);
	size_t cap = 0;
	int start = 0;
	for (;;) {
		/* a line ends at a newline, a carriage return, or both (as Pango's) */
		int end = start + (int)strcspn(sp->text + start, "\r\n"); /* no NUL inside */
		bool nl = end < len;
		if (sp->n_lines == cap)
			sp->lines = gv_realloc(sp->lines, (cap = cap ? 2 * cap : 4) * sizeof *sp->lines);
		struct gv_pdf_src_line *ln = &sp->lines[sp->n_lines++];
		*ln = (struct gv_pdf_src_line){start, end, char_at(sp, start), char_at(sp, end)};
		shape_line(sp, ln, ctx, fd, attrs);
		if (!nl)
			break;
		start = end + (sp->text[end] == '\r' && sp->text[end + 1] == '\n' ? 2 : 1);
	}
	L(pango_font_description_free)(fd);
	free(cp);
	return sp;
}

void gv_pdf_shaped_free(struct gv_pdf_shaped *sp)
{
	if (!sp)
		return;
	for (size_t i = 0; i < sp->n_lines; i++) {
		for (size_t r = 0; r < sp->lines[i].n_runs; r++) {
			L(pango_item_free)(sp->lines[i].runs[r].item);
			L(pango_glyph_string_free)(sp->lines[i].runs[r].glyphs);
		}
		free(sp->lines[i].runs);
	}
	free(sp->lines);
	free(sp->text);
	free(sp->index);
	free(sp->x);
	free(sp->at);
	free(sp);
}

/* ---- lines ----------------------------------------------------------------- */

/* Where the line starting at character s ends (s < result <= c1, or c1 on
 * an empty line): after the most words whose ink fits in w; a word longer
 * than w goes between characters; at least one character, so that every
 * line makes progress. */
static int line_end(const struct gv_pdf_shaped *sp, int s, int c1, int w)
{
	const PangoLogAttr *a = sp->at;
	const int *x = sp->x;
	if (w < 0 || s >= c1)
		return c1;
	int best = -1;
	for (int b = s + 1; b <= c1; b++) {
		if (b < c1 && !a[b].is_line_break)
			continue;
		int t = b;
		while (t > s && a[t - 1].is_white)
			t--;
		if (x[t] - x[s] > w)
			break;
		best = b;
	}
	if (best > 0)
		return best;
	best = s + 1;
	while (best < c1 && !a[best].is_cursor_position)
		best++;
	for (int b = best + 1; b <= c1 && x[b] - x[s] <= w; b++)
		if (b == c1 || a[b].is_cursor_position)
			best = b;
	return best;
}

void gv_pdf_lines_break(struct gv_pdf_lines *ls, const struct gv_pdf_shaped *sp, double width)
{
	memset(ls, 0, sizeof *ls);
	ls->shaped = sp;
	ls->measure = width;
	int w = width < 0 ? -1 : (int)(width * PANGO_SCALE);
	size_t cap = 0;
	for (size_t k = 0; k < sp->n_lines; k++) {
		const struct gv_pdf_src_line *src = &sp->lines[k];
		int c = src->c0;
		do {
			int e = line_end(sp, c, src->c1, w), t = e;
			while (t > c && sp->at[t - 1].is_white)
				t--;
			if (ls->n == cap)
				ls->v = gv_realloc(ls->v, (cap = cap ? 2 * cap : 8) * sizeof *ls->v);
			struct gv_pdf_line *l = &ls->v[ls->n++];
			*l = (struct gv_pdf_line){src,
						  sp->index[c],
						  sp->index[e],
						  c,
						  (sp->x[t] - sp->x[c]) / (double)PANGO_SCALE,
						  src->height,
						  src->base};
			if (l->width > ls->width)
				ls->width = l->width;
			ls->height += l->height;
			c = e;
		} while (c < src->c1);
	}
}

void gv_pdf_lines_free(struct gv_pdf_lines *ls)
{
	free(ls->v);
	memset(ls, 0, sizeof *ls);
}

double gv_pdf_line_indent(const struct gv_pdf_lines *ls, const struct gv_pdf_line *line)
{
	if (ls->measure <= 0 || !line->src->rtl)
		return 0;
	const struct gv_pdf_shaped *sp = ls->shaped;
	double full = (sp->x[char_at(sp, line->end)] - sp->x[line->first]) / (double)PANGO_SCALE;
	return full < ls->measure ? ls->measure - full : 0;
}

double gv_pdf_line_x(const struct gv_pdf_lines *ls, const struct gv_pdf_line *line, int i)
{
	const struct gv_pdf_shaped *sp = ls->shaped;
	return gv_pdf_line_indent(ls, line) +
	       (sp->x[char_at(sp, i)] - sp->x[line->first]) / (double)PANGO_SCALE;
}

/* Underline or strike through a piece w wide at (x, y), where the font
 * puts its own. */
static void rule(struct gv_pdf_file *f, PangoFont *font, bool strike, double x, double y, double w)
{
	PangoFontMetrics *m = L(pango_font_get_metrics)(font, NULL);
	int pos = strike ? L(pango_font_metrics_get_strikethrough_position)(m)
			 : L(pango_font_metrics_get_underline_position)(m);
	int th = strike ? L(pango_font_metrics_get_strikethrough_thickness)(m)
			: L(pango_font_metrics_get_underline_thickness)(m);
	L(pango_font_metrics_unref)(m);
	gv_pdf_file_rect(f, x, y - pos / (double)PANGO_SCALE, w, th / (double)PANGO_SCALE, 0);
}

/* The piece [a, b) of a shaped run drawn at (x, y); its width in points. */
static double show_piece(struct gv_pdf_file *f, const char *text, const PangoGlyphItem *run, int a,
			 int b, double x, double y)
{
	PangoGlyphString *g = run->glyphs;
	int ro = run->item->offset, g0 = -1, g1 = -1, width = 0, from = 0;
	bool ltr = !(run->item->analysis.level % 2);
	if (ltr) {
		/* left to right, the clusters rise: the piece's first glyph by
		 * bisection, not a walk over the run for every line of it */
		int lo = 0, hi = g->num_glyphs;
		while (lo < hi) {
			int mid = lo + (hi - lo) / 2;
			if (ro + g->log_clusters[mid] < a)
				lo = mid + 1;
			else
				hi = mid;
		}
		from = lo;
	}
	for (int i = from; i < g->num_glyphs; i++) {
		int c = ro + g->log_clusters[i];
		if (c >= a && c < b) {
			if (g0 < 0)
				g0 = i;
			g1 = i + 1;
			width += g->glyphs[i].geometry.width;
		} else if (ltr && c >= b)
			break;
	}
	if (g0 < 0)
		return 0;
	int n = g1 - g0;
	int *clusters = gv_calloc((size_t)n, sizeof *clusters);
	for (int i = 0; i < n; i++)
		clusters[i] = ro + g->log_clusters[g0 + i];
	bool coloured = false, under = false, strike = false;
	for (GSList *e = run->item->analysis.extra_attrs; e; e = e->next) {
		PangoAttribute *at = e->data;
		if (at->klass->type == PANGO_ATTR_FOREGROUND) {
			PangoColor *c = &((PangoAttrColor *)at)->color;
			gv_pdf_file_rgb(f, c->red / 65535.0, c->green / 65535.0, c->blue / 65535.0);
			coloured = true;
		} else if (at->klass->type == PANGO_ATTR_UNDERLINE)
			under = ((PangoAttrInt *)at)->value != PANGO_UNDERLINE_NONE;
		else if (at->klass->type == PANGO_ATTR_STRIKETHROUGH)
			strike = ((PangoAttrInt *)at)->value != 0;
	}
	PangoFont *font = run->item->analysis.font;
	double w = width / (double)PANGO_SCALE;
	gv_pdf_file_glyphs(f, font, g->glyphs + g0, clusters, n, run->item->analysis.level & 1, text,
			   b, x, y);
	if (under)
		rule(f, font, false, x, y, w);
	if (strike)
		rule(f, font, true, x, y, w);
	if (coloured)
		gv_pdf_file_rgb(f, 0, 0, 0);
	free(clusters);
	return w;
}

/* The bytes [a, b) of a shaped run that a line shows. */
struct piece {
	const PangoGlyphItem *run;
	int a, b;
};

/* The pieces of line's runs in the order they are drawn, left to right:
 * Unicode's rule L2 by their embedding levels (docs/formats.md, "PDF:
 * agenda packages and minutes"): from the highest level down to the lowest
 * odd one, each sequence of pieces at that level or higher is reversed.
 * Within a piece, a right-to-left run's glyphs are already left to right. */

static size_t line_pieces(const struct gv_pdf_line *line, struct piece *v)
{
	size_t n = 0;
	int top = 0, low_odd = 255;
	for (size_t r = 0; r < line->src->n_runs; r++) {
		const PangoGlyphItem *run = &line->src->runs[r];
		int a = run->item->offset, b = a + run->item->length;
		if (a < line->start)
			a = line->start;
		if (b > line->end)
			b = line->end;
		if (a >= b)
			continue;
		v[n++] = (struct piece){run, a, b};
		int lv = run->item->analysis.level;
		if (lv > top)
			top = lv;
		if (lv % 2 && lv < low_odd)
			low_odd = lv;
	}
	for (int lv = top; lv >= low_odd; lv--)
		for (size_t i = 0; i < n;) {
			if (v[i].run->item->analysis.level < lv) {
				i++;
				continue;
			}
			size_t j = i;
			while (j < n && v[j].run->item->analysis.level >= lv)
				j++;
			for (size_t l = i, h = j - 1; l < h; l++, h--) {
				struct piece t = v[l];
				v[l] = v[h];
				v[h] = t;
			}
			i = j;
		}
	return n;
}

size_t gv_pdf_line_order(const struct gv_pdf_line *line, int *starts)
{
	struct piece *v = gv_calloc(line->src->n_runs + 1, sizeof *v);
	size_t n = line_pieces(line, v);
	for (size_t i = 0; i < n; i++)
		starts[i] = v[i].a;
	free(v);
	return n;
}

void gv_pdf_line_show(struct gv_pdf_file *f, const struct gv_pdf_lines *ls,
		      const struct gv_pdf_line *line, double x, double y)
{
	struct piece *v = gv_calloc(line->src->n_runs + 1, sizeof *v);
	size_t n = line_pieces(line, v);
	x += gv_pdf_line_indent(ls, line);
	for (size_t i = 0; i < n; i++)
		x += show_piece(f, ls->shaped->text, v[i].run, v[i].a, v[i].b, x, y);
	free(v);
}

PangoContext *gv_pdf_context(void)
{
	PangoContext *ctx = L(pango_font_map_create_context)(L(pango_cairo_font_map_get_default)());
	/* outlines as they are drawn on paper: no hinting, and each glyph's
	 * advance the font's own, not rounded to whole points */
	cairo_font_options_t *o = L(cairo_font_options_create)();
	L(cairo_font_options_set_hint_style)(o, CAIRO_HINT_STYLE_NONE);
	L(cairo_font_options_set_hint_metrics)(o, CAIRO_HINT_METRICS_OFF);
	L(pango_cairo_context_set_font_options)(ctx, o);
	L(cairo_font_options_destroy)(o);
	L(pango_context_set_round_glyph_positions)(ctx, false);
	return ctx;
}
