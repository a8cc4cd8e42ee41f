/* TrueType fonts cut down to the glyphs a PDF shows (render/pdf_font.h).
 * Fonts come from the system's fontconfig, but are read as untrusted all
 * the same: every offset is checked against its table. */
#include "render/pdf_font.h"

#include <stdlib.h>
#include <string.h>

#include "render/pdf_libs.h"

struct table {
	hb_blob_t *blob;
	const uint8_t *d;
	unsigned n;
};

static struct table table_get(hb_face_t *face, const char tag[4])
{
	struct table t;
	t.blob = L(hb_face_reference_table)(face, HB_TAG(tag[0], tag[1], tag[2], tag[3]));
	t.d = (const uint8_t *)L(hb_blob_get_data)(t.blob, &t.n);
	if (!t.d)
		t.n = 0;
	return t;
}

static void table_put(struct table *t)
{
	L(hb_blob_destroy)(t->blob);
}

static unsigned u16(const struct table *t, unsigned at)
{
	return at + 2 <= t->n ? (unsigned)(t->d[at] << 8 | t->d[at + 1]) : 0;
}

static int s16(const struct table *t, unsigned at)
{
	return (int16_t)u16(t, at);
}

static uint32_t u32(const struct table *t, unsigned at)
{
	return at + 4 <= t->n ? (uint32_t)t->d[at] << 24 | (uint32_t)t->d[at + 1] << 16 |
					(uint32_t)t->d[at + 2] << 8 | t->d[at + 3]
			      : 0;
}

bool gv_pdf_font_info(hb_face_t *face, struct gv_pdf_font_info *fi)
{
	memset(fi, 0, sizeof *fi);
	struct table head = table_get(face, "head"), hhea = table_get(face, "hhea"),
		     glyf = table_get(face, "glyf"), post = table_get(face, "post"),
		     os2 = table_get(face, "OS/2");
	bool ok = head.n >= 54 && hhea.n >= 36 && glyf.n > 0;
	if (ok) {
		fi->upem = u16(&head, 18);
		for (int i = 0; i < 4; i++)
			fi->bbox[i] = s16(&head, 36 + 2 * (unsigned)i);
		unsigned style = u16(&head, 44);
		fi->bold = style & 1;
		fi->italic = style & 2;
		fi->ascent = s16(&hhea, 4);
		fi->descent = s16(&hhea, 6);
		fi->cap_height = os2.n >= 90 && u16(&os2, 0) >= 2 ? s16(&os2, 88) : fi->ascent;
		fi->italic_angle = post.n >= 32 ? (int32_t)u32(&post, 4) / 65536.0 : 0;
		fi->fixed_pitch = post.n >= 32 && u32(&post, 12);
		fi->n_glyphs = L(hb_face_get_glyph_count)(face);
		ok = fi->upem >= 16 && fi->n_glyphs > 0;
	}
	char name[64];
	unsigned len = sizeof name;
	L(hb_ot_name_get_utf8)(face, HB_OT_NAME_ID_POSTSCRIPT_NAME, HB_LANGUAGE_INVALID, &len, name);
	size_t k = 0;
	for (unsigned i = 0; i < len && name[i] && k + 1 < sizeof fi->name; i++) {
		char c = name[i];
		if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
		    c == '-')
			fi->name[k++] = c;
	}
	if (!k)
		strcpy(fi->name, "Font");
	table_put(&head);
	table_put(&hhea);
	table_put(&glyf);
	table_put(&post);
	table_put(&os2);
	return ok;
}

void gv_pdf_font_advances(hb_face_t *face, unsigned n, uint16_t *adv)
{
	struct table hhea = table_get(face, "hhea"), hmtx = table_get(face, "hmtx");
	unsigned nh = u16(&hhea, 34);
	for (unsigned g = 0; g < n; g++)
		adv[g] = nh ? (uint16_t)u16(&hmtx, 4 * (g < nh ? g : nh - 1)) : 0;
	table_put(&hhea);
	table_put(&hmtx);
}

/* ---- the cut-down font ------------------------------------------------------ */

/* Where glyph g's outline is in glyf: [*b, *e); false when loca is wrong. */
static bool glyph_span(const struct table *loca, bool long_loca, const struct table *glyf,
		       unsigned g, unsigned *b, unsigned *e)
{
	if (long_loca) {
		*b = u32(loca, 4 * g);
		*e = u32(loca, 4 * g + 4);
	} else {
		*b = 2 * u16(loca, 2 * g);
		*e = 2 * u16(loca, 2 * g + 2);
	}
	return *b <= *e && *e <= glyf->n;
}

/* The glyphs the composite glyph at [b, e) of glyf is made of: each added
 * to the list (gids, *n, room for cap) when not in it yet, its number in
 * the list written over its own in out (the glyph's copy, same length). */
static void components(const struct table *glyf, unsigned b, unsigned e, unsigned n_glyphs,
		       uint32_t **gids, size_t *n, uint32_t *new_of, char *out)
{
	if (e - b < 10 || s16(glyf, b) >= 0)
		return; /* a simple glyph, or empty */
	unsigned at = b + 10;
	for (;;) {
		if (at + 4 > e)
			return;
		unsigned flags = u16(glyf, at), g = u16(glyf, at + 2);
		if (g >= n_glyphs)
			g = 0;
		if (!new_of[g] && g) {
			new_of[g] = (uint32_t)*n;
			*GV_PUSH(*gids, *n) = g;
		}
		out[at + 2 - b] = (char)(new_of[g] >> 8);
		out[at + 3 - b] = (char)new_of[g];
		at += 4 + ((flags & 1) ? 4 : 2);
		if (flags & 0x08)
			at += 2;
		else if (flags & 0x40)
			at += 4;
		else if (flags & 0x80)
			at += 8;
		if (!(flags & 0x20))
			return;
	}
}

struct out_table {
	uint32_t tag;
	struct gv_buf data;
};

static void put16(struct gv_buf *b, unsigned v)
{
	char c[2] = {(char)(v >> 8), (char)v};
	gv_buf_add(b, c, 2);
}

static void put32(struct gv_buf *b, uint32_t v)
{
	char c[4] = {(char)(v >> 24), (char)(v >> 16), (char)(v >> 8), (char)v};
	gv_buf_add(b, c, 4);
}

static uint32_t checksum(const struct gv_buf *b)
{
	uint32_t sum = 0;
	for (size_t i = 0; i < b->len; i += 4) {
		uint32_t w = 0;
		for (size_t k = 0; k < 4; k++)
			w = w << 8 | (i + k < b->len ? (uint8_t)b->data[i + k] : 0);
		sum += w;
	}
	return sum;
}

int gv_pdf_font_subset(hb_face_t *face, uint32_t **gids, size_t *n, struct gv_buf *out)
{
	struct table head = table_get(face, "head"), hhea = table_get(face, "hhea"),
		     maxp = table_get(face, "maxp"), hmtx = table_get(face, "hmtx"),
		     loca = table_get(face, "loca"), glyf = table_get(face, "glyf");
	unsigned ng = u16(&maxp, 4), nh = u16(&hhea, 34);
	bool long_loca = s16(&head, 50) == 1;
	int rc = -1;
	uint32_t *new_of = NULL;
	if (head.n < 54 || hhea.n < 36 || maxp.n < 6 || !ng || !nh || !glyf.n ||
	    loca.n < (long_loca ? 4u : 2u) * (ng + 1) || hmtx.n < 4 * nh + 2 * (ng - nh))
		goto done;
	new_of = gv_calloc(ng, sizeof *new_of);
	for (size_t i = 0; i < *n; i++)
		if ((*gids)[i] < ng && (*gids)[i])
			new_of[(*gids)[i]] = (uint32_t)i;
	struct out_table t[6] = {
		{HB_TAG('g', 'l', 'y', 'f'), GV_BUF_INIT}, {HB_TAG('h', 'e', 'a', 'd'), GV_BUF_INIT},
		{HB_TAG('h', 'h', 'e', 'a'), GV_BUF_INIT}, {HB_TAG('h', 'm', 't', 'x'), GV_BUF_INIT},
		{HB_TAG('l', 'o', 'c', 'a'), GV_BUF_INIT}, {HB_TAG('m', 'a', 'x', 'p'), GV_BUF_INIT},
	};
	struct gv_buf *g = &t[0].data, *l = &t[4].data, *h = &t[3].data;
	/* the list grows as composites name glyphs not in it */
	for (size_t i = 0; i < *n; i++) {
		unsigned old = (*gids)[i] < ng ? (*gids)[i] : 0, b, e;
		put32(l, (uint32_t)g->len);
		put32(h, u32(&hmtx, 4 * (old < nh ? old : nh - 1)));
		if (old >= nh) /* its own left side bearing, after the last advance */
			memcpy(h->data + h->len - 2, hmtx.d + 4 * nh + 2 * (old - nh), 2);
		if (glyph_span(&loca, long_loca, &glyf, old, &b, &e) && e > b) {
			char *copy = gv_buf_extend(g, e - b);
			memcpy(copy, glyf.d + b, e - b);
			components(&glyf, b, e, ng, gids, n, new_of, copy);
			while (g->len % 4)
				gv_buf_putc(g, 0);
		}
	}
	put32(l, (uint32_t)g->len);
	gv_buf_add(&t[1].data, (const char *)head.d, 54);
	memset(t[1].data.data + 8, 0, 4);         /* checkSumAdjustment, left at 0 */
	t[1].data.data[50] = 0, t[1].data.data[51] = 1; /* long loca */
	gv_buf_add(&t[2].data, (const char *)hhea.d, 36);
	/* every glyph has an advance of its own, and there are n of them */
	t[2].data.data[34] = (char)(*n >> 8), t[2].data.data[35] = (char)*n;
	gv_buf_add(&t[5].data, (const char *)maxp.d, maxp.n > 32 ? 32 : maxp.n);
	t[5].data.data[4] = (char)(*n >> 8), t[5].data.data[5] = (char)*n;
	/* the table directory, tags in order, each table 4-byte aligned */
	size_t nt = sizeof t / sizeof *t, at = 12 + 16 * nt, start = out->len;
	put32(out, 0x00010000);
	put16(out, (unsigned)nt);
	put16(out, 64);
	put16(out, 2);
	put16(out, (unsigned)(16 * nt - 64));
	for (size_t i = 0; i < nt; i++) {
		put32(out, t[i].tag);
		put32(out, checksum(&t[i].data));
		put32(out, (uint32_t)at);
		put32(out, (uint32_t)t[i].data.len);
		at += (t[i].data.len + 3) & ~(size_t)3;
	}
	for (size_t i = 0; i < nt; i++) {
		gv_buf_add(out, t[i].data.data, t[i].data.len);
		while ((out->len - start) % 4)
			gv_buf_putc(out, 0);
		gv_buf_free(&t[i].data);
	}
	rc = 0;
done:
	free(new_of);
	table_put(&head);
	table_put(&hhea);
	table_put(&maxp);
	table_put(&hmtx);
	table_put(&loca);
	table_put(&glyf);
	return rc;
}
