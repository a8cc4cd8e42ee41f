/* The PDF file format, written (render/pdf_file.h; docs/formats.md, "PDF:
 * the file"). Pages are written as they end: their content stream
 * compressed, their resources and link annotations, the page itself. The
 * rest, which names pages from anywhere in the file (fonts, structure
 * tree, outline, destinations, catalog), is written at the end, then the
 * cross-reference table. Object 1 is the catalog, 2 the page tree, 3 the
 * structure tree's root. */
#include "render/pdf_file.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "render/pdf.h"
#include "render/pdf_font.h"
#include "render/pdf_libs.h"

#define OBJ_CATALOG 1
#define OBJ_PAGES 2
#define OBJ_STRUCT 3
#define MAX_OPEN 64

/* ---- numbers and strings, without printf -------------------------------- */

static void put_uint(struct gv_buf *b, unsigned long long v)
{
	char d[24];
	int n = 0;
	do
		d[n++] = (char)('0' + v % 10);
	while ((v /= 10));
	char *o = gv_buf_extend(b, (size_t)n);
	while (n)
		*o++ = d[--n];
}

/* v to a thousandth, trailing zeros dropped, then a space. */
static void put_num(struct gv_buf *b, double v)
{
	long long q = (long long)(v * 1000 + (v < 0 ? -0.5 : 0.5));
	if (q < 0) {
		gv_buf_putc(b, '-');
		q = -q;
	}
	put_uint(b, (unsigned long long)(q / 1000));
	int frac = (int)(q % 1000);
	if (frac) {
		char d[4] = {'.', (char)('0' + frac / 100), (char)('0' + frac / 10 % 10),
			     (char)('0' + frac % 10)};
		int n = 4;
		while (d[n - 1] == '0')
			n--;
		gv_buf_add(b, d, (size_t)n);
	}
	gv_buf_putc(b, ' ');
}

static void put_ref(struct gv_buf *b, int id)
{
	put_uint(b, (unsigned)id);
	gv_buf_puts(b, " 0 R ");
}

static const char hex[] = "0123456789ABCDEF";

static void put_hex16(struct gv_buf *b, unsigned v)
{
	char c[4] = {hex[v >> 12 & 15], hex[v >> 8 & 15], hex[v >> 4 & 15], hex[v & 15]};
	gv_buf_add(b, c, 4);
}

/* UTF-8 s (n bytes) as UTF-16BE hex digits; invalid bytes as U+FFFD. */
static void put_utf16(struct gv_buf *b, const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	for (size_t i = 0; i < n;) {
		uint32_t c = u[i];
		size_t k = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
		if (!k || i + k > n) {
			c = 0xFFFD, k = 1;
		} else if (k > 1) {
			c &= 0x3F >> (k - 1);
			for (size_t j = 1; j < k; j++)
				c = c << 6 | (u[i + j] & 0x3F);
		}
		i += k;
		if (c >= 0x10000) {
			c -= 0x10000;
			put_hex16(b, 0xD800 | c >> 10);
			put_hex16(b, 0xDC00 | (c & 0x3FF));
		} else
			put_hex16(b, c);
	}
}

/* A text string (a title, an author): UTF-16 with its byte order mark. */
static void put_text(struct gv_buf *b, const char *s)
{
	gv_buf_puts(b, "<FEFF");
	put_utf16(b, s, strlen(s));
	gv_buf_puts(b, "> ");
}

/* A byte string (a URI, a destination's name), escaped as PDF's literal
 * strings are. */
static void put_bytes(struct gv_buf *b, const char *s)
{
	gv_buf_putc(b, '(');
	for (const unsigned char *u = (const unsigned char *)s; *u; u++) {
		if (*u == '(' || *u == ')' || *u == '\\') {
			gv_buf_putc(b, '\\');
			gv_buf_putc(b, (char)*u);
		} else if (*u < 32 || *u > 126) {
			char o[4] = {'\\', (char)('0' + (*u >> 6)), (char)('0' + (*u >> 3 & 7)),
				     (char)('0' + (*u & 7))};
			gv_buf_add(b, o, 4);
		} else
			gv_buf_putc(b, (char)*u);
	}
	gv_buf_puts(b, ") ");
}

/* ---- the document's parts ----------------------------------------------- */

/* A font face of the document, cut down at the end to the glyphs shown. */
struct face {
	hb_face_t *hb;
	int id;               /* its Type0 font object */
	struct gv_pdf_font_info info;
	uint16_t *code;       /* each glyph's number in the document, 0 none yet */
	uint32_t *gids;       /* the glyph of each number; 0, .notdef, first */
	size_t n_codes;
	char **text;          /* each glyph's text, NULL when none yet */
	uint16_t *adv;        /* each glyph's advance, in the face's units */
};

/* A Pango font (a face at a size) met before. */
struct font_use {
	PangoFont *font;
	int face;
	double size;
};

enum kid_kind { KID_ELEM, KID_MC, KID_ANNOT };
struct kid {
	enum kid_kind kind;
	int v;                /* element index, MCID, or annotation object */
	int page;             /* page index (MC, annotation) */
};

struct elem {
	char type[12];
	int parent;           /* -1: the root's */
	struct kid *kids;
	size_t n_kids;
	int id;
};

struct page {
	int id;
	int key;              /* its key in the parent tree */
	int *mc_elem;         /* the element of each MCID */
	size_t n_mc;
	int *annots;
	size_t n_annots;
};

struct annot_key {
	int key, elem;
};

struct dest {
	char *name;
	size_t seq;           /* the order they came in */
	int page;
	double x, y;
};

struct outline {
	char *title;
	int parent;           /* index + 1, 0: the top */
	int page;
	double x, y;
	int id;
};

struct gv_pdf_file {
	struct gv_buf *out;
	size_t start;         /* where the file starts in out */
	double w, h;
	size_t *offset;       /* each object's, index id; 0 until written */
	size_t n_ids;
	struct gv_buf content; /* the page's content stream */
	struct libdeflate_compressor *z; /* one for every stream */
	struct gv_buf zbuf;
	struct page *pages;
	size_t n_pages;
	uint64_t fonts_used;   /* bits of faces on this page (the first 64) */
	bool font_overflow;
	double rgb[3];
	struct face *faces;
	size_t n_faces;
	struct font_use *uses;
	size_t n_uses;
	struct elem *elems;
	size_t n_elems;
	int open[MAX_OPEN];
	int n_open;            /* may exceed MAX_OPEN: those are not kept */
	int mc;                /* element whose marked content is open, -1 none */
	bool artifact;
	int next_key;
	struct annot_key *annot_keys;
	size_t n_annot_keys;
	struct dest *dests;
	size_t n_dests;
	struct outline *outlines;
	size_t n_outlines;
};

static int new_id(struct gv_pdf_file *f)
{
	*GV_PUSH(f->offset, f->n_ids) = 0;
	return (int)f->n_ids - 1;
}

/* Begin object id in the output. */
static struct gv_buf *obj_begin(struct gv_pdf_file *f, int id)
{
	f->offset[id] = f->out->len - f->start;
	put_uint(f->out, (unsigned)id);
	gv_buf_puts(f->out, " 0 obj\n");
	return f->out;
}

static void obj_end(struct gv_pdf_file *f)
{
	gv_buf_puts(f->out, "\nendobj\n");
}

/* Object id: a stream of data, compressed (as it is when it cannot be),
 * with extra keys in its dictionary. libdeflate at its fastest level:
 * zlib's default level took a fifth of a publish's instructions, its
 * fastest half as much again as this (docs/performance.md, "Our own PDF
 * writer"). */
static void stream_obj(struct gv_pdf_file *f, int id, const char *extra, const char *data,
		       size_t len)
{
	if (!f->z)
		f->z = L(libdeflate_alloc_compressor)(1);
	size_t zl = f->z ? L(libdeflate_zlib_compress_bound)(f->z, len) : 0;
	f->zbuf.len = 0;
	char *out = gv_buf_extend(&f->zbuf, zl);
	zl = f->z ? L(libdeflate_zlib_compress)(f->z, data, len, out, zl) : 0;
	bool packed = zl > 0;
	struct gv_buf *o = obj_begin(f, id);
	gv_buf_puts(o, "<< /Length ");
	put_uint(o, packed ? zl : len);
	if (packed)
		gv_buf_puts(o, "/Filter /FlateDecode ");
	if (extra)
		gv_buf_puts(o, extra);
	gv_buf_puts(o, ">>\nstream\n");
	gv_buf_add(o, packed ? out : data, packed ? zl : len);
	gv_buf_puts(o, "\nendstream");
	obj_end(f);
}

struct gv_pdf_file *gv_pdf_file_new(double w, double h, struct gv_buf *out)
{
	struct gv_pdf_file *f = gv_calloc(1, sizeof *f);
	f->out = out;
	f->start = out->len;
	f->w = w;
	f->h = h;
	f->mc = -1;
	for (int i = 0; i < 4; i++)
		new_id(f); /* 0 (free), catalog, pages, structure root */
	/* a binary comment: the file is binary, for those who would guess */
	gv_buf_puts(out, "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n");
	return f;
}

/* ---- marked content ------------------------------------------------------ */

static struct page *cur_page(struct gv_pdf_file *f)
{
	return &f->pages[f->n_pages - 1];
}

static void mc_close(struct gv_pdf_file *f)
{
	if (f->mc >= 0) {
		gv_buf_puts(&f->content, "EMC\n");
		f->mc = -1;
	}
}

static struct kid *kid_add(struct elem *e)
{
	return GV_PUSH(e->kids, e->n_kids);
}

/* Content is about to be drawn: in the open element's marked content. */
static void mc_ensure(struct gv_pdf_file *f)
{
	if (f->artifact || !f->n_open)
		return;
	int top = f->open[(f->n_open < MAX_OPEN ? f->n_open : MAX_OPEN) - 1];
	if (f->mc == top)
		return;
	mc_close(f);
	struct page *p = cur_page(f);
	int mcid = (int)p->n_mc;
	*GV_PUSH(p->mc_elem, p->n_mc) = top;
	*kid_add(&f->elems[top]) = (struct kid){KID_MC, mcid, (int)f->n_pages - 1};
	gv_buf_putc(&f->content, '/');
	gv_buf_puts(&f->content, f->elems[top].type);
	gv_buf_puts(&f->content, " << /MCID ");
	put_uint(&f->content, (unsigned)mcid);
	gv_buf_puts(&f->content, ">> BDC\n");
	f->mc = top;
}

void gv_pdf_file_tag_begin(struct gv_pdf_file *f, const char *type)
{
	if (f->n_open < MAX_OPEN) {
		mc_close(f);
		int parent = f->n_open ? f->open[f->n_open - 1] : -1;
		int i = (int)f->n_elems;
		struct elem *e = GV_PUSH(f->elems, f->n_elems);
		*e = (struct elem){.parent = parent};
		snprintf(e->type, sizeof e->type, "%s", type);
		if (parent >= 0)
			*kid_add(&f->elems[parent]) = (struct kid){KID_ELEM, i, 0};
		f->open[f->n_open] = i;
	}
	f->n_open++;
}

void gv_pdf_file_tag_end(struct gv_pdf_file *f)
{
	if (f->n_open <= MAX_OPEN)
		mc_close(f);
	f->n_open--;
}

void gv_pdf_file_artifact(struct gv_pdf_file *f, bool on)
{
	if (on == f->artifact)
		return;
	mc_close(f);
	gv_buf_puts(&f->content, on ? "/Artifact BMC\n" : "EMC\n");
	f->artifact = on;
}

/* ---- pages -------------------------------------------------------------- */

/* Write the page that ends: its content, resources and annotations, itself. */
static void page_end(struct gv_pdf_file *f)
{
	mc_close(f);
	gv_pdf_file_artifact(f, false);
	struct page *p = cur_page(f);
	int content = new_id(f), res = new_id(f);
	stream_obj(f, content, NULL, gv_buf_str(&f->content), f->content.len);
	f->content.len = 0;
	struct gv_buf *o = obj_begin(f, res);
	gv_buf_puts(o, "<< /Font << ");
	for (size_t i = 0; i < f->n_faces; i++)
		if (f->font_overflow || (i < 64 && (f->fonts_used >> i & 1))) {
			gv_buf_puts(o, "/F");
			put_uint(o, i);
			gv_buf_putc(o, ' ');
			put_ref(o, f->faces[i].id);
		}
	gv_buf_puts(o, ">> >>");
	obj_end(f);
	o = obj_begin(f, p->id);
	gv_buf_puts(o, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ");
	put_num(o, f->w);
	put_num(o, f->h);
	gv_buf_puts(o, "] /Resources ");
	put_ref(o, res);
	gv_buf_puts(o, "/Contents ");
	put_ref(o, content);
	gv_buf_puts(o, "/StructParents ");
	put_uint(o, (unsigned)p->key);
	gv_buf_puts(o, " /Tabs /S ");
	if (p->n_annots) {
		gv_buf_puts(o, "/Annots [ ");
		for (size_t i = 0; i < p->n_annots; i++)
			put_ref(o, p->annots[i]);
		gv_buf_puts(o, "] ");
	}
	gv_buf_puts(o, ">>");
	obj_end(f);
	f->fonts_used = 0;
	f->font_overflow = false;
}

void gv_pdf_file_page(struct gv_pdf_file *f)
{
	if (f->n_pages)
		page_end(f);
	struct page *p = GV_PUSH(f->pages, f->n_pages);
	*p = (struct page){.id = new_id(f), .key = f->next_key++};
	f->rgb[0] = f->rgb[1] = f->rgb[2] = 0;
}

/* ---- drawing ------------------------------------------------------------- */

/* (x, y) from the top left, as PDF's from the bottom left. */
static void put_xy(struct gv_pdf_file *f, double x, double y)
{
	put_num(&f->content, x);
	put_num(&f->content, f->h - y);
}

void gv_pdf_file_rgb(struct gv_pdf_file *f, double r, double g, double b)
{
	if (r == f->rgb[0] && g == f->rgb[1] && b == f->rgb[2])
		return;
	f->rgb[0] = r, f->rgb[1] = g, f->rgb[2] = b;
	for (int stroke = 0; stroke < 2; stroke++) {
		for (int i = 0; i < 3; i++)
			put_num(&f->content, f->rgb[i]);
		gv_buf_puts(&f->content, stroke ? "RG\n" : "rg\n");
	}
}

void gv_pdf_file_rect(struct gv_pdf_file *f, double x, double y, double w, double h, double line)
{
	mc_ensure(f);
	if (line > 0) {
		put_num(&f->content, line);
		gv_buf_puts(&f->content, "w ");
	}
	put_xy(f, x, y + h);
	put_num(&f->content, w);
	put_num(&f->content, h);
	gv_buf_puts(&f->content, line > 0 ? "re S\n" : "re f\n");
}

void gv_pdf_file_line(struct gv_pdf_file *f, double x0, double y0, double x1, double y1,
		      double width)
{
	mc_ensure(f);
	put_num(&f->content, width);
	gv_buf_puts(&f->content, "w ");
	put_xy(f, x0, y0);
	gv_buf_puts(&f->content, "m ");
	put_xy(f, x1, y1);
	gv_buf_puts(&f->content, "l S\n");
}

/* The document's font for a Pango font; -1 when it cannot be embedded. */
static const struct font_use *font_of(struct gv_pdf_file *f, PangoFont *font)
{
	for (size_t i = 0; i < f->n_uses; i++)
		if (f->uses[i].font == font)
			return &f->uses[i];
	hb_font_t *hf = L(pango_font_get_hb_font)(font);
	hb_face_t *hb = hf ? L(hb_font_get_face)(hf) : NULL;
	PangoFontDescription *d = L(pango_font_describe_with_absolute_size)(font);
	double size = L(pango_font_description_get_size)(d) / (double)PANGO_SCALE;
	L(pango_font_description_free)(d);
	int face = -1;
	for (size_t i = 0; hb && i < f->n_faces && face < 0; i++)
		if (f->faces[i].hb == hb)
			face = (int)i;
	struct gv_pdf_font_info info;
	if (face < 0 && hb && gv_pdf_font_info(hb, &info)) {
		face = (int)f->n_faces;
		struct face *fc = GV_PUSH(f->faces, f->n_faces);
		*fc = (struct face){L(hb_face_reference)(hb), new_id(f), info,
				    gv_calloc(info.n_glyphs, sizeof(uint16_t)), NULL, 0,
				    gv_calloc(info.n_glyphs, sizeof(char *)),
				    gv_calloc(info.n_glyphs, sizeof(uint16_t))};
		*GV_PUSH(fc->gids, fc->n_codes) = 0;
		gv_pdf_font_advances(hb, info.n_glyphs, fc->adv);
	}
	struct font_use *u = GV_PUSH(f->uses, f->n_uses);
	*u = (struct font_use){font, face, size};
	return u;
}

/* The text glyph gid stands for, from text [a, b): recorded when it has
 * none yet; false when it stands for other text already. */
static bool glyph_text(struct face *fc, unsigned gid, const char *text, int a, int b)
{
	char *t = fc->text[gid];
	if (!t) {
		t = fc->text[gid] = gv_malloc((size_t)(b - a) + 1);
		memcpy(t, text + a, (size_t)(b - a));
		t[b - a] = '\0';
		return true;
	}
	for (int k = a; k < b; k++, t++)
		if (*t != text[k])
			return false;
	return !*t;
}

/* The characters [*a, *b) glyph i of n stands for: its cluster's, all to
 * the cluster's first glyph, none to the others, or one each when the
 * cluster has as many glyphs as characters (a letter and its marks). */
static void glyph_chars(const int *cluster, int n, bool rtl, const char *text, int end, int i,
			int *a, int *b)
{
	int c = cluster[i], e = end;
	if (!rtl && (i == 0 || cluster[i - 1] < c) && (i + 1 == n || cluster[i + 1] > c)) {
		*a = c; /* a cluster of one glyph, most of them */
		*b = i + 1 < n ? cluster[i + 1] : end;
		return;
	}
	if (rtl) {
		for (int k = i - 1; k >= 0 && e == end; k--)
			if (cluster[k] != c)
				e = cluster[k];
	} else {
		for (int k = i + 1; k < n && e == end; k++)
			if (cluster[k] != c)
				e = cluster[k];
	}
	int first = i, count = 0, at = 0;
	while (first > 0 && cluster[first - 1] == c)
		first--;
	for (int k = first; k < n && cluster[k] == c; k++, count++)
		if (k < i)
			at++;
	if (rtl)
		at = count - 1 - at;
	int chars = 0;
	for (int k = c; k < e; k++)
		chars += ((unsigned char)text[k] & 0xC0) != 0x80;
	if (count == 1 || count != chars) {
		*a = c;
		*b = at == 0 ? e : c;
		return;
	}
	int k = c;
	for (int j = 0; j < at; j++)
		do
			k++;
		while (k < e && ((unsigned char)text[k] & 0xC0) == 0x80);
	*a = k;
	do
		k++;
	while (k < e && ((unsigned char)text[k] & 0xC0) == 0x80);
	*b = k;
}

/* Glyphs of a font this writer cannot embed (not TrueType outlines, such
 * as the CFF fonts of Noto CJK): each drawn as an empty box, their text
 * kept as the boxes' actual text, so it is still read, found and copied. */
static void unembeddable(struct gv_pdf_file *f, const PangoGlyphInfo *g, const int *cluster,
			 int n, const char *text, int end, double x, double y, double size)
{
	int from = cluster[0] < cluster[n - 1] ? cluster[0] : cluster[n - 1];
	mc_ensure(f);
	gv_buf_puts(&f->content, "/Span << /ActualText <FEFF");
	put_utf16(&f->content, text + from, (size_t)(end - from));
	gv_buf_puts(&f->content, "> >> BDC\n");
	for (int i = 0; i < n; i++) {
		double w = g[i].geometry.width / (double)PANGO_SCALE;
		if (g[i].glyph != PANGO_GLYPH_EMPTY && w > 0) {
			put_num(&f->content, size / 20);
			gv_buf_puts(&f->content, "w ");
			put_xy(f, x + w * 0.1, y);
			put_num(&f->content, w * 0.8);
			put_num(&f->content, size * 0.7);
			gv_buf_puts(&f->content, "re S\n");
		}
		x += w;
	}
	gv_buf_puts(&f->content, "EMC\n");
}

/* The TJ array being written: glyph numbers run together in one string,
 * two bytes each, as they are (half the bytes of hex digits, so half of
 * zlib's work), the few that PDF's strings reserve escaped. */
struct tj {
	struct gv_buf *b;
	bool in_array, in_str;
};

static char *str_byte(char *o, unsigned char c)
{
	if (c == '(' || c == ')' || c == '\\')
		*o++ = '\\';
	else if (c == '\r') {
		*o++ = '\\';
		c = 'r';
	}
	*o++ = (char)c;
	return o;
}

static void tj_glyph(struct tj *t, unsigned gid)
{
	struct gv_buf *b = t->b;
	if (b->len + 7 > b->cap) {
		gv_buf_extend(b, 7);
		b->len -= 7;
	}
	char *o = b->data + b->len;
	if (!t->in_array)
		*o++ = '[';
	if (!t->in_str)
		*o++ = '(';
	t->in_array = t->in_str = true;
	o = str_byte(o, (unsigned char)(gid >> 8));
	o = str_byte(o, (unsigned char)gid);
	*o = '\0';
	b->len = (size_t)(o - b->data);
}

/* Move the next glyph right by dx thousandths of the font size. */
static void tj_adjust(struct tj *t, double dx)
{
	if (t->in_str)
		gv_buf_putc(t->b, ')');
	else if (!t->in_array)
		gv_buf_putc(t->b, '[');
	t->in_array = true;
	t->in_str = false;
	put_num(t->b, -dx);
}

static void tj_close(struct tj *t)
{
	if (t->in_str)
		gv_buf_putc(t->b, ')');
	if (t->in_array)
		gv_buf_puts(t->b, "] TJ\n");
	t->in_array = t->in_str = false;
}

void gv_pdf_file_glyphs(struct gv_pdf_file *f, PangoFont *font, const PangoGlyphInfo *g,
			const int *cluster, int n, bool rtl, const char *text, int end, double x,
			double y)
{
	const struct font_use *u = font_of(f, font);
	if (n <= 0)
		return;
	if (u->face < 0) {
		unembeddable(f, g, cluster, n, text, end, x, y, u->size);
		return;
	}
	struct face *fc = &f->faces[u->face];
	if (u->face < 64)
		f->fonts_used |= 1ull << u->face;
	else
		f->font_overflow = true;
	mc_ensure(f);
	struct gv_buf *b = &f->content;
	gv_buf_puts(b, "BT /F");
	put_uint(b, (unsigned)u->face);
	gv_buf_putc(b, ' ');
	put_num(b, u->size);
	gv_buf_puts(b, "Tf ");
	put_xy(f, x, y);
	gv_buf_puts(b, "Td\n");
	struct tj t = {b, false, false};
	/* where the pen is in the PDF's reckoning (the font's advances) and in
	 * Pango's; a difference over 0.01 point is made up in the TJ array */
	double pen = 0, want = 0, scale = u->size / fc->info.upem, rise = 0;
	for (int i = 0; i < n; i++) {
		double adv = g[i].geometry.width / (double)PANGO_SCALE;
		PangoGlyph gid = g[i].glyph;
		if (gid == PANGO_GLYPH_EMPTY) {
			want += adv;
			continue;
		}
		if (gid & PANGO_GLYPH_UNKNOWN_FLAG || gid >= fc->info.n_glyphs)
			gid = 0;
		double gx = want + g[i].geometry.x_offset / (double)PANGO_SCALE;
		double gy = -g[i].geometry.y_offset / (double)PANGO_SCALE;
		if (gy != rise) {
			tj_close(&t);
			put_num(b, gy);
			gv_buf_puts(b, "Ts\n");
			rise = gy;
		}
		if (gx - pen > 0.01 || pen - gx > 0.01) {
			tj_adjust(&t, (gx - pen) * 1000 / u->size);
			pen = gx;
		}
		int ca, cb;
		glyph_chars(cluster, n, rtl, text, end, i, &ca, &cb);
		unsigned code = fc->code[gid];
		if (!code && gid) {
			code = fc->code[gid] = (uint16_t)fc->n_codes;
			*GV_PUSH(fc->gids, fc->n_codes) = gid;
		}
		bool same = ca == cb || glyph_text(fc, gid, text, ca, cb);
		if (!same) { /* this glyph stands for other text elsewhere */
			tj_close(&t);
			gv_buf_puts(b, "/Span << /ActualText <FEFF");
			put_utf16(b, text + ca, (size_t)(cb - ca));
			gv_buf_puts(b, "> >> BDC\n");
		}
		tj_glyph(&t, code);
		if (!same) {
			tj_close(&t);
			gv_buf_puts(b, "EMC\n");
		}
		pen += fc->adv[gid] * scale;
		want += adv;
	}
	tj_close(&t);
	if (rise != 0)
		gv_buf_puts(b, "0 Ts\n");
	gv_buf_puts(b, "ET\n");
}

/* ---- links, destinations, outline ----------------------------------------- */

void gv_pdf_file_link(struct gv_pdf_file *f, double x, double y, double w, double h,
		      const char *uri, const char *dest)
{
	struct page *p = cur_page(f);
	int id = new_id(f), key = f->next_key++;
	struct gv_buf *o = obj_begin(f, id);
	gv_buf_puts(o, "<< /Type /Annot /Subtype /Link /Rect [");
	put_num(o, x);
	put_num(o, f->h - y - h);
	put_num(o, x + w);
	put_num(o, f->h - y);
	gv_buf_puts(o, "] /Border [0 0 0] /P ");
	put_ref(o, p->id);
	gv_buf_puts(o, "/StructParent ");
	put_uint(o, (unsigned)key);
	if (uri) {
		gv_buf_puts(o, " /A << /S /URI /URI ");
		put_bytes(o, uri);
		gv_buf_puts(o, ">> >>");
	} else {
		gv_buf_puts(o, " /Dest ");
		put_bytes(o, dest);
		gv_buf_puts(o, ">>");
	}
	obj_end(f);
	*GV_PUSH(p->annots, p->n_annots) = id;
	/* a Link element in the open one, naming the annotation; the text's
	 * marked content goes on */
	int e = -1;
	if (f->n_open && f->n_open < MAX_OPEN) {
		int parent = f->open[f->n_open - 1];
		e = (int)f->n_elems;
		struct elem *l = GV_PUSH(f->elems, f->n_elems);
		*l = (struct elem){"Link", parent, NULL, 0, 0};
		*kid_add(l) = (struct kid){KID_ANNOT, id, (int)f->n_pages - 1};
		*kid_add(&f->elems[parent]) = (struct kid){KID_ELEM, e, 0};
	}
	*GV_PUSH(f->annot_keys, f->n_annot_keys) = (struct annot_key){key, e};
}

void gv_pdf_file_dest(struct gv_pdf_file *f, const char *name, double x, double y)
{
	*GV_PUSH(f->dests, f->n_dests) =
		(struct dest){gv_strdup(name), f->n_dests, (int)f->n_pages - 1, x, y};
}

int gv_pdf_file_outline(struct gv_pdf_file *f, int parent, const char *title, double x, double y)
{
	*GV_PUSH(f->outlines, f->n_outlines) =
		(struct outline){gv_strdup(title), parent, (int)f->n_pages - 1, x, y, 0};
	return (int)f->n_outlines;
}

/* ---- the end ------------------------------------------------------------- */

/* [page /XYZ x y 0]: the place (x, y) of page, the zoom left as it is. */
static void put_dest(struct gv_pdf_file *f, struct gv_buf *o, int page, double x, double y)
{
	gv_buf_putc(o, '[');
	put_ref(o, f->pages[page].id);
	gv_buf_puts(o, "/XYZ ");
	put_num(o, x);
	put_num(o, f->h - y);
	gv_buf_puts(o, "0] ");
}

/* The six letters before a cut-down font's name, from the glyphs it keeps:
 * the same glyphs, the same name. */
static void subset_tag(const struct face *fc, char tag[8])
{
	uint64_t h = 14695981039346656037ull;
	for (size_t i = 0; i < fc->n_codes; i++)
		h = (h ^ fc->gids[i]) * 1099511628211ull;
	for (int i = 0; i < 6; i++, h /= 26)
		tag[i] = (char)('A' + h % 26);
	tag[6] = '+';
	tag[7] = '\0';
}

static int write_face(struct gv_pdf_file *f, struct face *fc)
{
	char tag[8], len1[40];
	subset_tag(fc, tag);
	size_t shown = fc->n_codes; /* the font adds the parts of composite glyphs */
	struct gv_buf prog = GV_BUF_INIT;
	if (gv_pdf_font_subset(fc->hb, &fc->gids, &fc->n_codes, &prog)) {
		gv_buf_free(&prog);
		return -1;
	}
	int desc = new_id(f), fd = new_id(f), file = new_id(f), cmap = new_id(f);
	const struct gv_pdf_font_info *in = &fc->info;
	double k = 1000.0 / in->upem;
	struct gv_buf *o = obj_begin(f, fc->id);
	gv_buf_puts(o, "<< /Type /Font /Subtype /Type0 /BaseFont /");
	gv_buf_puts(o, tag);
	gv_buf_puts(o, in->name);
	gv_buf_puts(o, " /Encoding /Identity-H /DescendantFonts [");
	put_ref(o, desc);
	gv_buf_puts(o, "] /ToUnicode ");
	put_ref(o, cmap);
	gv_buf_puts(o, ">>");
	obj_end(f);
	o = obj_begin(f, desc);
	gv_buf_puts(o, "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /");
	gv_buf_puts(o, tag);
	gv_buf_puts(o, in->name);
	gv_buf_puts(o, " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
		       " /CIDToGIDMap /Identity /FontDescriptor ");
	put_ref(o, fd);
	gv_buf_puts(o, "/W [0 [");
	for (size_t c = 0; c < shown; c++)
		put_num(o, fc->adv[fc->gids[c]] * k);
	gv_buf_puts(o, "]] >>");
	obj_end(f);
	o = obj_begin(f, fd);
	gv_buf_puts(o, "<< /Type /FontDescriptor /FontName /");
	gv_buf_puts(o, tag);
	gv_buf_puts(o, in->name);
	gv_buf_puts(o, " /Flags ");
	put_uint(o, 4u | (in->fixed_pitch ? 1u : 0u) | (in->italic ? 64u : 0u));
	gv_buf_puts(o, " /FontBBox [");
	for (int i = 0; i < 4; i++)
		put_num(o, in->bbox[i] * k);
	gv_buf_puts(o, "] /ItalicAngle ");
	put_num(o, in->italic_angle);
	gv_buf_puts(o, "/Ascent ");
	put_num(o, in->ascent * k);
	gv_buf_puts(o, "/Descent ");
	put_num(o, in->descent * k);
	gv_buf_puts(o, "/CapHeight ");
	put_num(o, in->cap_height * k);
	gv_buf_puts(o, "/StemV ");
	put_uint(o, in->bold ? 140 : 80);
	gv_buf_puts(o, " /FontFile2 ");
	put_ref(o, file);
	gv_buf_puts(o, ">>");
	obj_end(f);
	snprintf(len1, sizeof len1, "/Length1 %zu ", prog.len);
	stream_obj(f, file, len1, prog.data, prog.len);
	gv_buf_free(&prog);
	/* each glyph's text, 100 a block as the CMap format asks */
	struct gv_buf cm = GV_BUF_INIT;
	gv_buf_puts(&cm, "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
			"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
			"/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
			"1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
	unsigned block = 0;
	struct gv_buf entries = GV_BUF_INIT;
	for (size_t c = 1; c <= shown; c++) {
		if (block && (block == 100 || c == shown)) {
			put_uint(&cm, block);
			gv_buf_puts(&cm, " beginbfchar\n");
			gv_buf_add(&cm, entries.data, entries.len);
			gv_buf_puts(&cm, "endbfchar\n");
			entries.len = 0;
			block = 0;
		}
		const char *text = c < shown ? fc->text[fc->gids[c]] : NULL;
		if (!text || !*text)
			continue;
		gv_buf_putc(&entries, '<');
		put_hex16(&entries, (unsigned)c);
		gv_buf_puts(&entries, "> <");
		put_utf16(&entries, text, strlen(text));
		gv_buf_puts(&entries, ">\n");
		block++;
	}
	gv_buf_free(&entries);
	gv_buf_puts(&cm, "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
	stream_obj(f, cmap, NULL, cm.data, cm.len);
	gv_buf_free(&cm);
	return 0;
}

/* The structure tree: its elements and the tree from each page's marked
 * content and each annotation back to its element. */
static void write_structure(struct gv_pdf_file *f)
{
	for (size_t i = 0; i < f->n_elems; i++)
		f->elems[i].id = new_id(f);
	int parents = new_id(f);
	for (size_t i = 0; i < f->n_elems; i++) {
		struct elem *e = &f->elems[i];
		int pg = -1;
		for (size_t k = 0; k < e->n_kids && pg < 0; k++)
			if (e->kids[k].kind == KID_MC)
				pg = e->kids[k].page;
		struct gv_buf *o = obj_begin(f, e->id);
		gv_buf_puts(o, "<< /Type /StructElem /S /");
		gv_buf_puts(o, e->type);
		gv_buf_puts(o, " /P ");
		put_ref(o, e->parent >= 0 ? f->elems[e->parent].id : OBJ_STRUCT);
		if (!strcmp(e->type, "TH")) /* a markdown table's header row */
			gv_buf_puts(o, "/A << /O /Table /Scope /Column >> ");
		if (pg >= 0) {
			gv_buf_puts(o, "/Pg ");
			put_ref(o, f->pages[pg].id);
		}
		gv_buf_puts(o, "/K [");
		for (size_t k = 0; k < e->n_kids; k++) {
			const struct kid *kd = &e->kids[k];
			if (kd->kind == KID_ELEM) {
				put_ref(o, f->elems[kd->v].id);
			} else if (kd->kind == KID_MC && kd->page == pg) {
				put_uint(o, (unsigned)kd->v);
				gv_buf_putc(o, ' ');
			} else {
				gv_buf_puts(o, kd->kind == KID_MC ? "<< /Type /MCR /MCID "
								  : "<< /Type /OBJR /Obj ");
				if (kd->kind == KID_MC) {
					put_uint(o, (unsigned)kd->v);
					gv_buf_putc(o, ' ');
				} else
					put_ref(o, kd->v);
				gv_buf_puts(o, "/Pg ");
				put_ref(o, f->pages[kd->page].id);
				gv_buf_puts(o, ">> ");
			}
		}
		gv_buf_puts(o, "] >>");
		obj_end(f);
	}
	struct gv_buf *o = obj_begin(f, parents);
	gv_buf_puts(o, "<< /Nums [");
	size_t a = 0;
	for (size_t i = 0; i < f->n_pages; i++) {
		const struct page *p = &f->pages[i];
		for (; a < f->n_annot_keys && f->annot_keys[a].key < p->key; a++)
			if (f->annot_keys[a].elem >= 0) {
				put_uint(o, (unsigned)f->annot_keys[a].key);
				gv_buf_putc(o, ' ');
				put_ref(o, f->elems[f->annot_keys[a].elem].id);
			}
		put_uint(o, (unsigned)p->key);
		gv_buf_puts(o, " [");
		for (size_t k = 0; k < p->n_mc; k++)
			put_ref(o, f->elems[p->mc_elem[k]].id);
		gv_buf_puts(o, "]\n");
	}
	for (; a < f->n_annot_keys; a++)
		if (f->annot_keys[a].elem >= 0) {
			put_uint(o, (unsigned)f->annot_keys[a].key);
			gv_buf_putc(o, ' ');
			put_ref(o, f->elems[f->annot_keys[a].elem].id);
		}
	gv_buf_puts(o, "] >>");
	obj_end(f);
	o = obj_begin(f, OBJ_STRUCT);
	gv_buf_puts(o, "<< /Type /StructTreeRoot /K [");
	for (size_t i = 0; i < f->n_elems; i++)
		if (f->elems[i].parent < 0)
			put_ref(o, f->elems[i].id);
	gv_buf_puts(o, "] /ParentTree ");
	put_ref(o, parents);
	gv_buf_puts(o, "/ParentTreeNextKey ");
	put_uint(o, (unsigned)f->next_key);
	gv_buf_puts(o, " >>");
	obj_end(f);
}

/* The outline's entries, linked as siblings under their parents; the
 * outline's root, 0 when it has none. */
static int write_outline(struct gv_pdf_file *f)
{
	if (!f->n_outlines)
		return 0;
	int root = new_id(f);
	size_t n = f->n_outlines;
	for (size_t i = 0; i < n; i++)
		f->outlines[i].id = new_id(f);
	/* each entry's family: first and last child, next and previous sibling,
	 * and how many entries are under it */
	int *first = gv_calloc(n + 1, sizeof *first), *last = gv_calloc(n + 1, sizeof *last);
	int *next = gv_calloc(n + 1, sizeof *next), *prev = gv_calloc(n + 1, sizeof *prev);
	int *count = gv_calloc(n + 1, sizeof *count);
	for (size_t i = 1; i <= n; i++) {
		int par = f->outlines[i - 1].parent;
		if (last[par]) {
			next[last[par]] = (int)i;
			prev[i] = last[par];
		} else
			first[par] = (int)i;
		last[par] = (int)i;
		for (int a = par;; a = f->outlines[a - 1].parent) {
			count[a]++;
			if (!a)
				break;
		}
	}
#define OUT_ID(i) ((i) ? f->outlines[(i) - 1].id : root)
	for (size_t i = 0; i <= n; i++) {
		struct gv_buf *o = obj_begin(f, OUT_ID(i));
		gv_buf_puts(o, "<< ");
		if (i) {
			const struct outline *e = &f->outlines[i - 1];
			gv_buf_puts(o, "/Title ");
			put_text(o, e->title);
			gv_buf_puts(o, "/Parent ");
			put_ref(o, OUT_ID(e->parent));
			gv_buf_puts(o, "/Dest ");
			put_dest(f, o, e->page, e->x, e->y);
			if (next[i]) {
				gv_buf_puts(o, "/Next ");
				put_ref(o, OUT_ID(next[i]));
			}
			if (prev[i]) {
				gv_buf_puts(o, "/Prev ");
				put_ref(o, OUT_ID(prev[i]));
			}
		} else
			gv_buf_puts(o, "/Type /Outlines ");
		if (first[i]) {
			gv_buf_puts(o, "/First ");
			put_ref(o, OUT_ID(first[i]));
			gv_buf_puts(o, "/Last ");
			put_ref(o, OUT_ID(last[i]));
			gv_buf_puts(o, "/Count ");
			put_uint(o, (unsigned)count[i]);
		}
		gv_buf_puts(o, " >>");
		obj_end(f);
	}
#undef OUT_ID
	free(first);
	free(last);
	free(next);
	free(prev);
	free(count);
	return root;
}

static int dest_cmp(const void *a, const void *b)
{
	const struct dest *x = a, *y = b;
	int c = strcmp(x->name, y->name);
	return c ? c : (x->seq > y->seq) - (x->seq < y->seq);
}

/* The named destinations, sorted by name (the first of a name kept); 0
 * when there are none. */
static int write_dests(struct gv_pdf_file *f)
{
	if (!f->n_dests)
		return 0;
	qsort(f->dests, f->n_dests, sizeof *f->dests, dest_cmp);
	int id = new_id(f);
	struct gv_buf *o = obj_begin(f, id);
	gv_buf_puts(o, "<< /Names [");
	for (size_t i = 0; i < f->n_dests; i++) {
		const struct dest *d = &f->dests[i];
		if (i && !strcmp(d->name, f->dests[i - 1].name))
			continue;
		put_bytes(o, d->name);
		put_dest(f, o, d->page, d->x, d->y);
	}
	gv_buf_puts(o, "] >>");
	obj_end(f);
	return id;
}

/* An ISO 8601 time with its offset ("2026-12-01T19:00:00-05:00") as PDF's
 * date ("D:20261201190000-05'00'"); false when it is not one. */
static bool pdf_date(const char *iso, char out[32])
{
	char d[15];
	int n = 0;
	const char *s = iso;
	for (; *s && n < 14; s++)
		if (*s >= '0' && *s <= '9')
			d[n++] = *s;
		else if (!strchr("-:T", *s))
			return false;
	if (n != 14)
		return false;
	d[14] = '\0';
	if (*s == 'Z' && !s[1])
		return snprintf(out, 32, "D:%sZ", d) > 0;
	if ((*s == '+' || *s == '-') && strlen(s) == 6 && s[3] == ':')
		return snprintf(out, 32, "D:%s%c%c%c'%c%c'", d, s[0], s[1], s[2], s[4], s[5]) > 0;
	return false;
}

static void write_info(struct gv_pdf_file *f, int id, const struct gv_pdf_meta *m)
{
	struct gv_buf *o = obj_begin(f, id);
	gv_buf_puts(o, "<< /Title ");
	put_text(o, m->title ? m->title : "");
	if (m->author) {
		gv_buf_puts(o, "/Author ");
		put_text(o, m->author);
	}
	gv_buf_puts(o, "/Creator (gavel) /Producer (gavel) ");
	char date[32];
	if (m->date && pdf_date(m->date, date)) {
		gv_buf_puts(o, "/CreationDate ");
		put_bytes(o, date);
		gv_buf_puts(o, "/ModDate ");
		put_bytes(o, date);
	}
	gv_buf_puts(o, ">>");
	obj_end(f);
}

int gv_pdf_file_finish(struct gv_pdf_file *f, const struct gv_pdf_meta *m)
{
	if (!f->n_pages)
		gv_pdf_file_page(f);
	page_end(f);
	int rc = 0;
	for (size_t i = 0; i < f->n_faces && !rc; i++)
		rc = write_face(f, &f->faces[i]);
	if (rc) {
		f->out->len = f->start;
		gv_pdf_file_free(f);
		return -1;
	}
	struct gv_buf *o = obj_begin(f, OBJ_PAGES);
	gv_buf_puts(o, "<< /Type /Pages /Kids [");
	for (size_t i = 0; i < f->n_pages; i++)
		put_ref(o, f->pages[i].id);
	gv_buf_puts(o, "] /Count ");
	put_uint(o, f->n_pages);
	gv_buf_puts(o, " >>");
	obj_end(f);
	write_structure(f);
	int outline = write_outline(f), dests = write_dests(f), info = new_id(f);
	write_info(f, info, m);
	o = obj_begin(f, OBJ_CATALOG);
	gv_buf_puts(o, "<< /Type /Catalog /Pages 2 0 R /StructTreeRoot 3 0 R"
		       " /MarkInfo << /Marked true >> /ViewerPreferences << /DisplayDocTitle true >>"
		       " /PageLabels << /Nums [0 << /S /D >>] >> ");
	if (m->lang) { /* checked by gv_pdf_write */
		gv_buf_puts(o, "/Lang ");
		put_bytes(o, m->lang);
	}
	if (outline) {
		gv_buf_puts(o, "/Outlines ");
		put_ref(o, outline);
		gv_buf_puts(o, "/PageMode /UseOutlines ");
	}
	if (dests) {
		gv_buf_puts(o, "/Names << /Dests ");
		put_ref(o, dests);
		gv_buf_puts(o, ">> ");
	}
	gv_buf_puts(o, ">>");
	obj_end(f);
	size_t xref = o->len - f->start;
	gv_buf_puts(o, "xref\n0 ");
	put_uint(o, f->n_ids);
	gv_buf_puts(o, "\n0000000000 65535 f \n");
	for (size_t i = 1; i < f->n_ids; i++) {
		char e[21];
		size_t v = f->offset[i];
		for (int k = 9; k >= 0; k--, v /= 10)
			e[k] = (char)('0' + v % 10);
		memcpy(e + 10, " 00000 n \n", 10);
		gv_buf_add(o, e, 20);
	}
	gv_buf_puts(o, "trailer\n<< /Size ");
	put_uint(o, f->n_ids);
	gv_buf_puts(o, " /Root 1 0 R /Info ");
	put_ref(o, info);
	gv_buf_puts(o, ">>\nstartxref\n");
	put_uint(o, xref);
	gv_buf_puts(o, "\n%%EOF\n");
	gv_pdf_file_free(f);
	return 0;
}

void gv_pdf_file_free(struct gv_pdf_file *f)
{
	if (!f)
		return;
	for (size_t i = 0; i < f->n_faces; i++) {
		struct face *fc = &f->faces[i];
		for (unsigned g = 0; g < fc->info.n_glyphs; g++)
			free(fc->text[g]);
		free(fc->text);
		free(fc->code);
		free(fc->gids);
		free(fc->adv);
		L(hb_face_destroy)(fc->hb);
	}
	free(f->faces);
	free(f->uses);
	for (size_t i = 0; i < f->n_elems; i++)
		free(f->elems[i].kids);
	free(f->elems);
	for (size_t i = 0; i < f->n_pages; i++) {
		free(f->pages[i].mc_elem);
		free(f->pages[i].annots);
	}
	free(f->pages);
	free(f->annot_keys);
	for (size_t i = 0; i < f->n_dests; i++)
		free(f->dests[i].name);
	free(f->dests);
	for (size_t i = 0; i < f->n_outlines; i++)
		free(f->outlines[i].title);
	free(f->outlines);
	free(f->offset);
	gv_buf_free(&f->content);
	if (f->z)
		L(libdeflate_free_compressor)(f->z);
	gv_buf_free(&f->zbuf);
	free(f);
}
