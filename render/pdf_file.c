/* The PDF file format, written (render/pdf_file.h; docs/formats.md, "PDF:
 * the file"): pages, marked content and the structure tree, links,
 * destinations and the outline; the text is render/pdf_glyphs.c's, the
 * objects' syntax render/pdf_obj.c's. Pages are written as they end: their
 * content stream compressed, their resources and link annotations, the
 * page itself. The rest, which names pages from anywhere in the file
 * (fonts, structure tree, outline, destinations, catalog), is written at
 * the end, then the cross-reference table. Object 1 is the catalog, 2 the
 * page tree, 3 the structure tree's root. */
#include "render/pdf_file.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "render/html.h"
#include "render/pdf.h"
#include "render/pdf_file_int.h"

#define OBJ_CATALOG 1
#define OBJ_PAGES 2
#define OBJ_STRUCT 3

/* ---- the document's parts ----------------------------------------------- */

struct gv_pdf_file *gv_pdf_file_new(double w, double h, struct gv_buf *out)
{
	struct gv_pdf_file *f = gv_calloc(1, sizeof *f);
	gv_pdf_objs_init(&f->objs, out);
	f->w = w;
	f->h = h;
	f->mc = -1;
	for (int i = 0; i < 3; i++)
		gv_pdf_obj_new(&f->objs); /* the catalog, the pages, the structure root */
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

void gv_pdf_file_mark(struct gv_pdf_file *f)
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
	gv_pdf_put_uint(&f->content, (unsigned)mcid);
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
	int content = gv_pdf_obj_new(&f->objs), res = gv_pdf_obj_new(&f->objs);
	gv_pdf_obj_stream(&f->objs, content, NULL, gv_buf_str(&f->content), f->content.len);
	f->content.len = 0;
	struct gv_buf *o = gv_pdf_obj_begin(&f->objs, res);
	gv_buf_puts(o, "<< /Font << ");
	for (size_t i = 0; i < f->n_faces; i++)
		if (f->font_overflow || (i < 64 && (f->fonts_used >> i & 1))) {
			gv_buf_puts(o, "/F");
			gv_pdf_put_uint(o, i);
			gv_buf_putc(o, ' ');
			gv_pdf_put_ref(o, f->faces[i].id);
		}
	gv_buf_puts(o, ">> >>");
	gv_pdf_obj_end(&f->objs);
	o = gv_pdf_obj_begin(&f->objs, p->id);
	gv_buf_puts(o, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ");
	gv_pdf_put_num(o, f->w);
	gv_pdf_put_num(o, f->h);
	gv_buf_puts(o, "] /Resources ");
	gv_pdf_put_ref(o, res);
	gv_buf_puts(o, "/Contents ");
	gv_pdf_put_ref(o, content);
	gv_buf_puts(o, "/StructParents ");
	gv_pdf_put_uint(o, (unsigned)p->key);
	gv_buf_puts(o, " /Tabs /S ");
	if (p->n_annots) {
		gv_buf_puts(o, "/Annots [ ");
		for (size_t i = 0; i < p->n_annots; i++)
			gv_pdf_put_ref(o, p->annots[i]);
		gv_buf_puts(o, "] ");
	}
	gv_buf_puts(o, ">>");
	gv_pdf_obj_end(&f->objs);
	f->fonts_used = 0;
	f->font_overflow = false;
}

void gv_pdf_file_page(struct gv_pdf_file *f)
{
	if (f->n_pages)
		page_end(f);
	struct page *p = GV_PUSH(f->pages, f->n_pages);
	*p = (struct page){.id = gv_pdf_obj_new(&f->objs), .key = f->next_key++};
	f->rgb[0] = f->rgb[1] = f->rgb[2] = 0;
}

/* ---- drawing ------------------------------------------------------------- */

void gv_pdf_file_put_xy(struct gv_pdf_file *f, double x, double y)
{
	gv_pdf_put_num(&f->content, x);
	gv_pdf_put_num(&f->content, f->h - y);
}

void gv_pdf_file_rgb(struct gv_pdf_file *f, double r, double g, double b)
{
	if (r == f->rgb[0] && g == f->rgb[1] && b == f->rgb[2])
		return;
	f->rgb[0] = r, f->rgb[1] = g, f->rgb[2] = b;
	for (int stroke = 0; stroke < 2; stroke++) {
		for (int i = 0; i < 3; i++)
			gv_pdf_put_num(&f->content, f->rgb[i]);
		gv_buf_puts(&f->content, stroke ? "RG\n" : "rg\n");
	}
}

void gv_pdf_file_rect(struct gv_pdf_file *f, double x, double y, double w, double h, double line)
{
	gv_pdf_file_mark(f);
	if (line > 0) {
		gv_pdf_put_num(&f->content, line);
		gv_buf_puts(&f->content, "w ");
	}
	gv_pdf_file_put_xy(f, x, y + h);
	gv_pdf_put_num(&f->content, w);
	gv_pdf_put_num(&f->content, h);
	gv_buf_puts(&f->content, line > 0 ? "re S\n" : "re f\n");
}

void gv_pdf_file_line(struct gv_pdf_file *f, double x0, double y0, double x1, double y1,
		      double width)
{
	gv_pdf_file_mark(f);
	gv_pdf_put_num(&f->content, width);
	gv_buf_puts(&f->content, "w ");
	gv_pdf_file_put_xy(f, x0, y0);
	gv_buf_puts(&f->content, "m ");
	gv_pdf_file_put_xy(f, x1, y1);
	gv_buf_puts(&f->content, "l S\n");
}

/* ---- links, destinations, outline ----------------------------------------- */

void gv_pdf_file_link(struct gv_pdf_file *f, double x, double y, double w, double h,
		      const char *uri, const char *dest, const char *text, size_t n)
{
	struct page *p = cur_page(f);
	int id = gv_pdf_obj_new(&f->objs), key = f->next_key++;
	struct gv_buf *o = gv_pdf_obj_begin(&f->objs, id);
	gv_buf_puts(o, "<< /Type /Annot /Subtype /Link /Rect [");
	gv_pdf_put_num(o, x);
	gv_pdf_put_num(o, f->h - y - h);
	gv_pdf_put_num(o, x + w);
	gv_pdf_put_num(o, f->h - y);
	gv_buf_puts(o, "] /Border [0 0 0] /P ");
	gv_pdf_put_ref(o, p->id);
	gv_buf_puts(o, "/StructParent ");
	gv_pdf_put_uint(o, (unsigned)key);
	/* what a reader hears of the link (PDF/UA: a link has a description) */
	if (!n && uri) {
		text = uri;
		n = strlen(uri);
	}
	size_t ascii = 0;
	while (ascii < n && text[ascii] >= 32 && text[ascii] < 127)
		ascii++;
	if (n && ascii == n) { /* ASCII is PDFDocEncoding: a quarter the bytes */
		char *t = gv_strndup(text, n);
		gv_buf_puts(o, " /Contents ");
		gv_pdf_put_bytes(o, t);
		free(t);
	} else if (n) {
		gv_buf_puts(o, " /Contents <FEFF");
		gv_pdf_put_utf16(o, text, n);
		gv_buf_putc(o, '>');
	}
	if (uri) {
		gv_buf_puts(o, " /A << /S /URI /URI ");
		gv_pdf_put_bytes(o, uri);
		gv_buf_puts(o, ">> >>");
	} else {
		gv_buf_puts(o, " /Dest ");
		gv_pdf_put_bytes(o, dest);
		gv_buf_puts(o, ">>");
	}
	gv_pdf_obj_end(&f->objs);
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
	gv_pdf_put_ref(o, f->pages[page].id);
	gv_buf_puts(o, "/XYZ ");
	gv_pdf_put_num(o, x);
	gv_pdf_put_num(o, f->h - y);
	gv_buf_puts(o, "0] ");
}

/* The structure tree: its elements and the tree from each page's marked
 * content and each annotation back to its element. */
static void write_structure(struct gv_pdf_file *f)
{
	for (size_t i = 0; i < f->n_elems; i++)
		f->elems[i].id = gv_pdf_obj_new(&f->objs);
	int parents = gv_pdf_obj_new(&f->objs);
	for (size_t i = 0; i < f->n_elems; i++) {
		struct elem *e = &f->elems[i];
		int pg = -1;
		for (size_t k = 0; k < e->n_kids && pg < 0; k++)
			if (e->kids[k].kind == KID_MC)
				pg = e->kids[k].page;
		struct gv_buf *o = gv_pdf_obj_begin(&f->objs, e->id);
		gv_buf_puts(o, "<< /Type /StructElem /S /");
		gv_buf_puts(o, e->type);
		gv_buf_puts(o, " /P ");
		gv_pdf_put_ref(o, e->parent >= 0 ? f->elems[e->parent].id : OBJ_STRUCT);
		if (!strcmp(e->type, "TH")) /* a markdown table's header row */
			gv_buf_puts(o, "/A << /O /Table /Scope /Column >> ");
		if (pg >= 0) {
			gv_buf_puts(o, "/Pg ");
			gv_pdf_put_ref(o, f->pages[pg].id);
		}
		gv_buf_puts(o, "/K [");
		for (size_t k = 0; k < e->n_kids; k++) {
			const struct kid *kd = &e->kids[k];
			if (kd->kind == KID_ELEM) {
				gv_pdf_put_ref(o, f->elems[kd->v].id);
			} else if (kd->kind == KID_MC && kd->page == pg) {
				gv_pdf_put_uint(o, (unsigned)kd->v);
				gv_buf_putc(o, ' ');
			} else {
				gv_buf_puts(o, kd->kind == KID_MC ? "<< /Type /MCR /MCID "
								  : "<< /Type /OBJR /Obj ");
				if (kd->kind == KID_MC) {
					gv_pdf_put_uint(o, (unsigned)kd->v);
					gv_buf_putc(o, ' ');
				} else
					gv_pdf_put_ref(o, kd->v);
				gv_buf_puts(o, "/Pg ");
				gv_pdf_put_ref(o, f->pages[kd->page].id);
				gv_buf_puts(o, ">> ");
			}
		}
		gv_buf_puts(o, "] >>");
		gv_pdf_obj_end(&f->objs);
	}
	struct gv_buf *o = gv_pdf_obj_begin(&f->objs, parents);
	gv_buf_puts(o, "<< /Nums [");
	size_t a = 0;
	for (size_t i = 0; i < f->n_pages; i++) {
		const struct page *p = &f->pages[i];
		for (; a < f->n_annot_keys && f->annot_keys[a].key < p->key; a++)
			if (f->annot_keys[a].elem >= 0) {
				gv_pdf_put_uint(o, (unsigned)f->annot_keys[a].key);
				gv_buf_putc(o, ' ');
				gv_pdf_put_ref(o, f->elems[f->annot_keys[a].elem].id);
			}
		gv_pdf_put_uint(o, (unsigned)p->key);
		gv_buf_puts(o, " [");
		for (size_t k = 0; k < p->n_mc; k++)
			gv_pdf_put_ref(o, f->elems[p->mc_elem[k]].id);
		gv_buf_puts(o, "]\n");
	}
	for (; a < f->n_annot_keys; a++)
		if (f->annot_keys[a].elem >= 0) {
			gv_pdf_put_uint(o, (unsigned)f->annot_keys[a].key);
			gv_buf_putc(o, ' ');
			gv_pdf_put_ref(o, f->elems[f->annot_keys[a].elem].id);
		}
	gv_buf_puts(o, "] >>");
	gv_pdf_obj_end(&f->objs);
	o = gv_pdf_obj_begin(&f->objs, OBJ_STRUCT);
	gv_buf_puts(o, "<< /Type /StructTreeRoot /K [");
	for (size_t i = 0; i < f->n_elems; i++)
		if (f->elems[i].parent < 0)
			gv_pdf_put_ref(o, f->elems[i].id);
	gv_buf_puts(o, "] /ParentTree ");
	gv_pdf_put_ref(o, parents);
	gv_buf_puts(o, "/ParentTreeNextKey ");
	gv_pdf_put_uint(o, (unsigned)f->next_key);
	gv_buf_puts(o, " >>");
	gv_pdf_obj_end(&f->objs);
}

/* The outline's entries, linked as siblings under their parents; the
 * outline's root, 0 when it has none. */
static int write_outline(struct gv_pdf_file *f)
{
	if (!f->n_outlines)
		return 0;
	int root = gv_pdf_obj_new(&f->objs);
	size_t n = f->n_outlines;
	for (size_t i = 0; i < n; i++)
		f->outlines[i].id = gv_pdf_obj_new(&f->objs);
	/* each entry's family (entry 0 the root): first and last child, next
	 * and previous sibling, and how many entries are under it */
	struct {
		int first, last, next, prev, count;
	} *fam = gv_calloc(n + 1, sizeof *fam);
	for (size_t i = 1; i <= n; i++) {
		int par = f->outlines[i - 1].parent;
		if (fam[par].last) {
			fam[fam[par].last].next = (int)i;
			fam[i].prev = fam[par].last;
		} else
			fam[par].first = (int)i;
		fam[par].last = (int)i;
		for (int a = par;; a = f->outlines[a - 1].parent) {
			fam[a].count++;
			if (!a)
				break;
		}
	}
#define OUT_ID(i) ((i) ? f->outlines[(i) - 1].id : root)
	for (size_t i = 0; i <= n; i++) {
		struct gv_buf *o = gv_pdf_obj_begin(&f->objs, OUT_ID(i));
		gv_buf_puts(o, "<< ");
		if (i) {
			const struct outline *e = &f->outlines[i - 1];
			gv_buf_puts(o, "/Title ");
			gv_pdf_put_text(o, e->title);
			gv_buf_puts(o, "/Parent ");
			gv_pdf_put_ref(o, OUT_ID(e->parent));
			gv_buf_puts(o, "/Dest ");
			put_dest(f, o, e->page, e->x, e->y);
			if (fam[i].next) {
				gv_buf_puts(o, "/Next ");
				gv_pdf_put_ref(o, OUT_ID(fam[i].next));
			}
			if (fam[i].prev) {
				gv_buf_puts(o, "/Prev ");
				gv_pdf_put_ref(o, OUT_ID(fam[i].prev));
			}
		} else
			gv_buf_puts(o, "/Type /Outlines ");
		if (fam[i].first) {
			gv_buf_puts(o, "/First ");
			gv_pdf_put_ref(o, OUT_ID(fam[i].first));
			gv_buf_puts(o, "/Last ");
			gv_pdf_put_ref(o, OUT_ID(fam[i].last));
			gv_buf_puts(o, "/Count ");
			gv_pdf_put_uint(o, (unsigned)fam[i].count);
		}
		gv_buf_puts(o, " >>");
		gv_pdf_obj_end(&f->objs);
	}
#undef OUT_ID
	free(fam);
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
	int id = gv_pdf_obj_new(&f->objs);
	struct gv_buf *o = gv_pdf_obj_begin(&f->objs, id);
	gv_buf_puts(o, "<< /Names [");
	for (size_t i = 0; i < f->n_dests; i++) {
		const struct dest *d = &f->dests[i];
		if (i && !strcmp(d->name, f->dests[i - 1].name))
			continue;
		gv_pdf_put_bytes(o, d->name);
		put_dest(f, o, d->page, d->x, d->y);
	}
	gv_buf_puts(o, "] >>");
	gv_pdf_obj_end(&f->objs);
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
	struct gv_buf *o = gv_pdf_obj_begin(&f->objs, id);
	gv_buf_puts(o, "<< /Title ");
	gv_pdf_put_text(o, m->title ? m->title : "");
	if (m->author) {
		gv_buf_puts(o, "/Author ");
		gv_pdf_put_text(o, m->author);
	}
	gv_buf_puts(o, "/Creator (gavel) /Producer (gavel) ");
	char date[32];
	if (m->date && pdf_date(m->date, date)) {
		gv_buf_puts(o, "/CreationDate ");
		gv_pdf_put_bytes(o, date);
		gv_buf_puts(o, "/ModDate ");
		gv_pdf_put_bytes(o, date);
	}
	gv_buf_puts(o, ">>");
	gv_pdf_obj_end(&f->objs);
}

/* The same metadata as XMP, the catalog's /Metadata: where PDF/UA's
 * checkers and assistive software look for the title (dc:title). */
static int write_xmp(struct gv_pdf_file *f, const struct gv_pdf_meta *m)
{
	struct gv_buf x = GV_BUF_INIT;
	gv_buf_puts(&x, "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
			"<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
			"<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
			"<rdf:Description rdf:about=\"\""
			" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
			" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\""
			" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
			"<dc:format>application/pdf</dc:format>\n"
			"<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">");
	gv_html_esc(&x, m->title ? m->title : "");
	gv_buf_puts(&x, "</rdf:li></rdf:Alt></dc:title>\n");
	if (m->author) {
		gv_buf_puts(&x, "<dc:creator><rdf:Seq><rdf:li>");
		gv_html_esc(&x, m->author);
		gv_buf_puts(&x, "</rdf:li></rdf:Seq></dc:creator>\n");
	}
	if (m->lang) {
		gv_buf_puts(&x, "<dc:language><rdf:Bag><rdf:li>");
		gv_html_esc(&x, m->lang);
		gv_buf_puts(&x, "</rdf:li></rdf:Bag></dc:language>\n");
	}
	gv_buf_puts(&x, "<xmp:CreatorTool>gavel</xmp:CreatorTool>\n");
	char date[32];
	if (m->date && pdf_date(m->date, date)) { /* the Info's dates, as typed */
		gv_buf_puts(&x, "<xmp:CreateDate>");
		gv_html_esc(&x, m->date);
		gv_buf_puts(&x, "</xmp:CreateDate>\n<xmp:ModifyDate>");
		gv_html_esc(&x, m->date);
		gv_buf_puts(&x, "</xmp:ModifyDate>\n");
	}
	gv_buf_puts(&x, "<pdf:Producer>gavel</pdf:Producer>\n</rdf:Description>\n</rdf:RDF>\n"
			"</x:xmpmeta>\n<?xpacket end=\"r\"?>\n");
	int id = gv_pdf_obj_new(&f->objs);
	gv_pdf_obj_stream(&f->objs, id, "/Type /Metadata /Subtype /XML ", x.data, x.len);
	gv_buf_free(&x);
	return id;
}

int gv_pdf_file_finish(struct gv_pdf_file *f, const struct gv_pdf_meta *m)
{
	if (!f->n_pages)
		gv_pdf_file_page(f);
	page_end(f);
	if (gv_pdf_glyphs_end(f)) {
		f->objs.out->len = f->objs.start;
		gv_pdf_file_free(f);
		return -1;
	}
	struct gv_buf *o = gv_pdf_obj_begin(&f->objs, OBJ_PAGES);
	gv_buf_puts(o, "<< /Type /Pages /Kids [");
	for (size_t i = 0; i < f->n_pages; i++)
		gv_pdf_put_ref(o, f->pages[i].id);
	gv_buf_puts(o, "] /Count ");
	gv_pdf_put_uint(o, f->n_pages);
	gv_buf_puts(o, " >>");
	gv_pdf_obj_end(&f->objs);
	write_structure(f);
	int outline = write_outline(f), dests = write_dests(f), info = gv_pdf_obj_new(&f->objs);
	write_info(f, info, m);
	int xmp = write_xmp(f, m);
	o = gv_pdf_obj_begin(&f->objs, OBJ_CATALOG);
	gv_buf_puts(o, "<< /Type /Catalog /Pages 2 0 R /StructTreeRoot 3 0 R"
		       " /MarkInfo << /Marked true >> /ViewerPreferences << /DisplayDocTitle true >>"
		       " /PageLabels << /Nums [0 << /S /D >>] >> /Metadata ");
	gv_pdf_put_ref(o, xmp);
	if (m->lang) { /* checked by gv_pdf_write */
		gv_buf_puts(o, "/Lang ");
		gv_pdf_put_bytes(o, m->lang);
	}
	if (outline) {
		gv_buf_puts(o, "/Outlines ");
		gv_pdf_put_ref(o, outline);
		gv_buf_puts(o, "/PageMode /UseOutlines ");
	}
	if (dests) {
		gv_buf_puts(o, "/Names << /Dests ");
		gv_pdf_put_ref(o, dests);
		gv_buf_puts(o, ">> ");
	}
	gv_buf_puts(o, ">>");
	gv_pdf_obj_end(&f->objs);
	gv_pdf_objs_end(&f->objs, OBJ_CATALOG, info);
	gv_pdf_file_free(f);
	return 0;
}

void gv_pdf_file_free(struct gv_pdf_file *f)
{
	if (!f)
		return;
	gv_pdf_glyphs_free(f);
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
	gv_pdf_objs_free(&f->objs);
	gv_buf_free(&f->content);
	free(f);
}
