/* PDF's objects and values written without printf (docs/formats.md, "PDF:
 * the file"): numbers, names' strings, text strings, objects one after the
 * other with their offsets, compressed streams, and the cross-reference
 * table that ends a file. Not for use outside render/pdf*.c. */
#ifndef GAVEL_RENDER_PDF_OBJ_H
#define GAVEL_RENDER_PDF_OBJ_H

#include <stddef.h>

#include "base/buf.h"

struct libdeflate_compressor;

/* The objects of a file being appended to out. */
struct gv_pdf_objs {
	struct gv_buf *out;
	size_t start;         /* where the file starts in out */
	size_t *offset;       /* each object's, index its number; 0 until written */
	size_t n;             /* numbers given, 0 (the free one) among them */
	struct libdeflate_compressor *z; /* one for every stream */
	struct gv_buf zbuf;
};

/* Begin a file in out: its header, and object numbers from 1. */
void gv_pdf_objs_init(struct gv_pdf_objs *o, struct gv_buf *out);
void gv_pdf_objs_free(struct gv_pdf_objs *o);

/* A new object number, for an object written later. */
int gv_pdf_obj_new(struct gv_pdf_objs *o);
/* Begin object id: what follows in the returned buffer is its value, until
 * gv_pdf_obj_end. */
struct gv_buf *gv_pdf_obj_begin(struct gv_pdf_objs *o, int id);
void gv_pdf_obj_end(struct gv_pdf_objs *o);
/* Object id: a stream of data, compressed (as it is when it cannot be),
 * extra (may be NULL) added to its dictionary. */
void gv_pdf_obj_stream(struct gv_pdf_objs *o, int id, const char *extra, const char *data,
		       size_t len);
/* End the file: the cross-reference table and the trailer naming its
 * catalog root and its information dictionary info. */
void gv_pdf_objs_end(struct gv_pdf_objs *o, int root, int info);

/* Values, each followed by a space where PDF needs one. */
void gv_pdf_put_uint(struct gv_buf *b, unsigned long long v);     /* no space after */
void gv_pdf_put_num(struct gv_buf *b, double v);                  /* to a thousandth */
void gv_pdf_put_ref(struct gv_buf *b, int id);                    /* "12 0 R " */
void gv_pdf_put_hex16(struct gv_buf *b, unsigned v);              /* 4 hex digits */
void gv_pdf_put_utf16(struct gv_buf *b, const char *s, size_t n); /* UTF-8 as UTF-16BE hex */
void gv_pdf_put_text(struct gv_buf *b, const char *s);   /* a text string: <FEFF...> */
void gv_pdf_put_bytes(struct gv_buf *b, const char *s);  /* a literal string: (...) */

#endif
