/* Inside render/pdf_file.c and render/pdf_glyphs.c: the file being
 * written, its pages, structure and fonts. Not for use elsewhere. */
#ifndef GAVEL_RENDER_PDF_FILE_INT_H
#define GAVEL_RENDER_PDF_FILE_INT_H

#include <stdbool.h>
#include <stdint.h>

#include "render/pdf_file.h"
#include "render/pdf_font.h"
#include "render/pdf_obj.h"

#define MAX_OPEN 64

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
	struct gv_pdf_objs objs;
	double w, h;
	struct gv_buf content; /* the page's content stream */
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

/* Content is about to be drawn: in the open element's marked content. */
void gv_pdf_file_mark(struct gv_pdf_file *f);
/* (x, y) from the top left, as PDF's from the bottom left. */
void gv_pdf_file_put_xy(struct gv_pdf_file *f, double x, double y);

/* render/pdf_glyphs.c: each face's font objects; -1 when one cannot be read. */
int gv_pdf_glyphs_end(struct gv_pdf_file *f);
void gv_pdf_glyphs_free(struct gv_pdf_file *f);

#endif
