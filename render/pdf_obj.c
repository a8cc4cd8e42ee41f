/* PDF's objects and values, written (render/pdf_obj.h). */
#include "render/pdf_obj.h"

#include <libdeflate.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "render/pdf_libs.h"

void gv_pdf_put_uint(struct gv_buf *b, unsigned long long v)
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
void gv_pdf_put_num(struct gv_buf *b, double v)
{
	long long q = (long long)(v * 1000 + (v < 0 ? -0.5 : 0.5));
	if (q < 0) {
		gv_buf_putc(b, '-');
		q = -q;
	}
	gv_pdf_put_uint(b, (unsigned long long)(q / 1000));
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

void gv_pdf_put_ref(struct gv_buf *b, int id)
{
	gv_pdf_put_uint(b, (unsigned)id);
	gv_buf_puts(b, " 0 R ");
}

static const char hex[] = "0123456789ABCDEF";

void gv_pdf_put_hex16(struct gv_buf *b, unsigned v)
{
	char c[4] = {hex[v >> 12 & 15], hex[v >> 8 & 15], hex[v >> 4 & 15], hex[v & 15]};
	gv_buf_add(b, c, 4);
}

/* UTF-8 s (n bytes) as UTF-16BE hex digits; invalid bytes as U+FFFD. */
void gv_pdf_put_utf16(struct gv_buf *b, const char *s, size_t n)
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
			gv_pdf_put_hex16(b, 0xD800 | c >> 10);
			gv_pdf_put_hex16(b, 0xDC00 | (c & 0x3FF));
		} else
			gv_pdf_put_hex16(b, c);
	}
}

/* A text string (a title, an author): UTF-16 with its byte order mark. */
void gv_pdf_put_text(struct gv_buf *b, const char *s)
{
	gv_buf_puts(b, "<FEFF");
	gv_pdf_put_utf16(b, s, strlen(s));
	gv_buf_puts(b, "> ");
}

/* A byte string (a URI, a destination's name), escaped as PDF's literal
 * strings are. */
void gv_pdf_put_bytes(struct gv_buf *b, const char *s)
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


/* ---- objects -------------------------------------------------------------- */

void gv_pdf_objs_init(struct gv_pdf_objs *o, struct gv_buf *out)
{
	*o = (struct gv_pdf_objs){.out = out, .start = out->len};
	gv_pdf_obj_new(o); /* 0, the free one */
	/* a comment of bytes above 127: the file is binary, for those who guess */
	gv_buf_puts(out, "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n");
}

void gv_pdf_objs_free(struct gv_pdf_objs *o)
{
	free(o->offset);
	if (o->z)
		L(libdeflate_free_compressor)(o->z);
	gv_buf_free(&o->zbuf);
}

int gv_pdf_obj_new(struct gv_pdf_objs *o)
{
	*GV_PUSH(o->offset, o->n) = 0;
	return (int)o->n - 1;
}

struct gv_buf *gv_pdf_obj_begin(struct gv_pdf_objs *o, int id)
{
	o->offset[id] = o->out->len - o->start;
	gv_pdf_put_uint(o->out, (unsigned)id);
	gv_buf_puts(o->out, " 0 obj\n");
	return o->out;
}

void gv_pdf_obj_end(struct gv_pdf_objs *o)
{
	gv_buf_puts(o->out, "\nendobj\n");
}

/* libdeflate at its fastest level: zlib's default level took a fifth of a
 * publish's instructions, its fastest half as much again as this
 * (docs/performance.md, "Our own PDF writer"). */
void gv_pdf_obj_stream(struct gv_pdf_objs *o, int id, const char *extra, const char *data,
		       size_t len)
{
	if (!o->z)
		o->z = L(libdeflate_alloc_compressor)(1);
	size_t zl = o->z ? L(libdeflate_zlib_compress_bound)(o->z, len) : 0;
	o->zbuf.len = 0;
	char *packed = gv_buf_extend(&o->zbuf, zl);
	zl = o->z ? L(libdeflate_zlib_compress)(o->z, data, len, packed, zl) : 0;
	struct gv_buf *b = gv_pdf_obj_begin(o, id);
	gv_buf_puts(b, "<< /Length ");
	gv_pdf_put_uint(b, zl ? zl : len);
	if (zl)
		gv_buf_puts(b, "/Filter /FlateDecode ");
	if (extra)
		gv_buf_puts(b, extra);
	gv_buf_puts(b, ">>\nstream\n");
	gv_buf_add(b, zl ? packed : data, zl ? zl : len);
	gv_buf_puts(b, "\nendstream");
	gv_pdf_obj_end(o);
}

void gv_pdf_objs_end(struct gv_pdf_objs *o, int root, int info)
{
	struct gv_buf *b = o->out;
	size_t xref = b->len - o->start;
	gv_buf_puts(b, "xref\n0 ");
	gv_pdf_put_uint(b, o->n);
	gv_buf_puts(b, "\n0000000000 65535 f \n");
	for (size_t i = 1; i < o->n; i++) {
		char e[21];
		size_t v = o->offset[i];
		for (int k = 9; k >= 0; k--, v /= 10)
			e[k] = (char)('0' + v % 10);
		memcpy(e + 10, " 00000 n \n", 10);
		gv_buf_add(b, e, 20);
	}
	gv_buf_puts(b, "trailer\n<< /Size ");
	gv_pdf_put_uint(b, o->n);
	gv_buf_puts(b, " /Root ");
	gv_pdf_put_ref(b, root);
	gv_buf_puts(b, "/Info ");
	gv_pdf_put_ref(b, info);
	gv_buf_puts(b, ">>\nstartxref\n");
	gv_pdf_put_uint(b, xref);
	gv_buf_puts(b, "\n%%EOF\n");
}
