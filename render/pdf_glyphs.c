/* Text drawn in a PDF file (render/pdf_file.h): the glyphs of Pango's
 * fonts in strings of their numbers in the embedded fonts, each glyph's
 * text for the ToUnicode maps, and the fonts themselves, cut down to the
 * glyphs shown (render/pdf_font.h; docs/formats.md, "PDF: the file"). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "render/pdf_file_int.h"
#include "render/pdf_libs.h"

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
		*fc = (struct face){L(hb_face_reference)(hb), gv_pdf_obj_new(&f->objs), info,
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
	gv_pdf_file_mark(f);
	gv_buf_puts(&f->content, "/Span << /ActualText <FEFF");
	gv_pdf_put_utf16(&f->content, text + from, (size_t)(end - from));
	gv_buf_puts(&f->content, "> >> BDC\n");
	for (int i = 0; i < n; i++) {
		double w = g[i].geometry.width / (double)PANGO_SCALE;
		if (g[i].glyph != PANGO_GLYPH_EMPTY && w > 0) {
			gv_pdf_put_num(&f->content, size / 20);
			gv_buf_puts(&f->content, "w ");
			gv_pdf_file_put_xy(f, x + w * 0.1, y);
			gv_pdf_put_num(&f->content, w * 0.8);
			gv_pdf_put_num(&f->content, size * 0.7);
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
	gv_pdf_put_num(t->b, -dx);
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
	gv_pdf_file_mark(f);
	struct gv_buf *b = &f->content;
	gv_buf_puts(b, "BT /F");
	gv_pdf_put_uint(b, (unsigned)u->face);
	gv_buf_putc(b, ' ');
	gv_pdf_put_num(b, u->size);
	gv_buf_puts(b, "Tf ");
	gv_pdf_file_put_xy(f, x, y);
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
			gv_pdf_put_num(b, gy);
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
		/* .notdef (a character no font has: CJK without a CJK font,
		 * emoji) stands for different text each time and has no
		 * entry in the map: its text is always actual text */
		bool same = ca == cb || (gid && glyph_text(fc, gid, text, ca, cb));
		if (!same) { /* this glyph stands for other text elsewhere */
			tj_close(&t);
			gv_buf_puts(b, "/Span << /ActualText <FEFF");
			gv_pdf_put_utf16(b, text + ca, (size_t)(cb - ca));
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
	char tag[8], len1[40], name[80];
	subset_tag(fc, tag);
	snprintf(name, sizeof name, "/%s%s ", tag, fc->info.name);
	size_t shown = fc->n_codes; /* the font adds the parts of composite glyphs */
	struct gv_buf prog = GV_BUF_INIT;
	if (gv_pdf_font_subset(fc->hb, &fc->gids, &fc->n_codes, &prog)) {
		gv_buf_free(&prog);
		return -1;
	}
	struct gv_pdf_objs *objs = &f->objs;
	int desc = gv_pdf_obj_new(objs), fd = gv_pdf_obj_new(objs), file = gv_pdf_obj_new(objs),
	    cmap = gv_pdf_obj_new(objs);
	const struct gv_pdf_font_info *in = &fc->info;
	double k = 1000.0 / in->upem;
	struct gv_buf *o = gv_pdf_obj_begin(&f->objs, fc->id);
	gv_buf_puts(o, "<< /Type /Font /Subtype /Type0 /BaseFont ");
	gv_buf_puts(o, name);
	gv_buf_puts(o, "/Encoding /Identity-H /DescendantFonts [");
	gv_pdf_put_ref(o, desc);
	gv_buf_puts(o, "] /ToUnicode ");
	gv_pdf_put_ref(o, cmap);
	gv_buf_puts(o, ">>");
	gv_pdf_obj_end(&f->objs);
	o = gv_pdf_obj_begin(&f->objs, desc);
	gv_buf_puts(o, "<< /Type /Font /Subtype /CIDFontType2 /BaseFont ");
	gv_buf_puts(o, name);
	gv_buf_puts(o, "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
		       " /CIDToGIDMap /Identity /FontDescriptor ");
	gv_pdf_put_ref(o, fd);
	gv_buf_puts(o, "/W [0 [");
	for (size_t c = 0; c < shown; c++)
		gv_pdf_put_num(o, fc->adv[fc->gids[c]] * k);
	gv_buf_puts(o, "]] >>");
	gv_pdf_obj_end(&f->objs);
	o = gv_pdf_obj_begin(&f->objs, fd);
	gv_buf_puts(o, "<< /Type /FontDescriptor /FontName ");
	gv_buf_puts(o, name);
	gv_buf_puts(o, "/Flags ");
	gv_pdf_put_uint(o, 4u | (in->fixed_pitch ? 1u : 0u) | (in->italic ? 64u : 0u));
	gv_buf_puts(o, " /FontBBox [");
	for (int i = 0; i < 4; i++)
		gv_pdf_put_num(o, in->bbox[i] * k);
	gv_buf_puts(o, "] /ItalicAngle ");
	gv_pdf_put_num(o, in->italic_angle);
	gv_buf_puts(o, "/Ascent ");
	gv_pdf_put_num(o, in->ascent * k);
	gv_buf_puts(o, "/Descent ");
	gv_pdf_put_num(o, in->descent * k);
	gv_buf_puts(o, "/CapHeight ");
	gv_pdf_put_num(o, in->cap_height * k);
	gv_buf_puts(o, "/StemV ");
	gv_pdf_put_uint(o, in->bold ? 140 : 80);
	gv_buf_puts(o, " /FontFile2 ");
	gv_pdf_put_ref(o, file);
	gv_buf_puts(o, ">>");
	gv_pdf_obj_end(&f->objs);
	snprintf(len1, sizeof len1, "/Length1 %zu ", prog.len);
	gv_pdf_obj_stream(&f->objs, file, len1, prog.data, prog.len);
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
			gv_pdf_put_uint(&cm, block);
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
		gv_pdf_put_hex16(&entries, (unsigned)c);
		gv_buf_puts(&entries, "> <");
		gv_pdf_put_utf16(&entries, text, strlen(text));
		gv_buf_puts(&entries, ">\n");
		block++;
	}
	gv_buf_free(&entries);
	gv_buf_puts(&cm, "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
	gv_pdf_obj_stream(&f->objs, cmap, NULL, cm.data, cm.len);
	gv_buf_free(&cm);
	return 0;
}

int gv_pdf_glyphs_end(struct gv_pdf_file *f)
{
	for (size_t i = 0; i < f->n_faces; i++)
		if (write_face(f, &f->faces[i]))
			return -1;
	return 0;
}

void gv_pdf_glyphs_free(struct gv_pdf_file *f)
{
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
}
