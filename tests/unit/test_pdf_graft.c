/* Attached pages copied as they are (render/pdf_graft.h): a PDF Cairo
 * wrote is read with its pages and boxes, the package takes its pages as
 * form XObjects, and what the reader does not take (a damaged or hostile
 * file, a loop in the page tree, a cross-reference stream) is given back
 * whole (and so are pages Poppler must turn or whose annotations it
 * prints), under the sanitizers, without reading outside the bytes. */
#include "unit.h"

#include "base/buf.h"
#include "render/pdf.h"
#include "render/pdf_graft.h"

struct doc {
	int pages;
	const char *pdf; /* attached after them, when set */
	size_t len;
};

static int build(struct gv_pdf *p, void *ctx, struct gv_err *err)
{
	const struct doc *d = ctx;
	gv_pdf_heading(p, 1, "Rapport — Côté", "top", 1);
	for (int i = 1; i < d->pages; i++) {
		gv_pdf_page_break(p);
		gv_pdf_text(p, GV_PDF_BODY, "GRAFT-TEXT on its own page.");
	}
	return d->pdf ? gv_pdf_attach_pdf(p, d->pdf, d->len, 0, "a.pdf", err) : 0;
}

static void write_doc(const struct doc *d, struct gv_buf *out)
{
	struct gv_pdf_meta meta = {"Test", "Town", "en-CA", "Council — December 8, 2026", NULL};
	struct gv_err err = {0};
	assert_int_equal(gv_pdf_write(&meta, build, (void *)d, out, &err), 0);
}

static void test_a_gavel_pdf_is_read_with_its_pages(void **state)
{
	(void)state;
	struct gv_buf pdf = GV_BUF_INIT;
	write_doc(&(struct doc){3, NULL, 0}, &pdf);
	struct gv_graft_src *s = gv_graft_open(pdf.data, pdf.len);
	assert_non_null(s);
	assert_int_equal(gv_graft_pages(s), 3);
	double box[4];
	gv_graft_box(s, 2, box);
	assert_true(box[0] == 0 && box[1] == 0 && box[2] == 612 && box[3] == 792);
	gv_graft_close(s);
	gv_buf_free(&pdf);
}

static void test_attached_pages_become_forms(void **state)
{
	(void)state;
	struct gv_buf att = GV_BUF_INIT, out = GV_BUF_INIT;
	write_doc(&(struct doc){2, NULL, 0}, &att);
	write_doc(&(struct doc){1, att.data, att.len}, &out);
	assert_int_equal(gv_pdf_page_count(out.data, out.len), 1 + 2);
	size_t forms = 0;
	for (const char *q = out.data; (q = memmem(q, out.len - (size_t)(q - out.data),
						   "/Subtype /Form", 14)); q++)
		forms++;
	assert_int_equal(forms, 2);
	/* the package is read again as it now is: the copy's update is sound */
	struct gv_graft_src *s = gv_graft_open(out.data, out.len);
	assert_non_null(s);
	assert_int_equal(gv_graft_pages(s), 3);
	gv_graft_close(s);
	gv_buf_free(&out);
	gv_buf_free(&att);
}

/* Every cut and many changed bytes of a good PDF: read or refused, never
 * a read outside it; and a package with such an attachment still written. */
static void test_damaged_pdfs_are_read_or_refused(void **state)
{
	(void)state;
	struct gv_buf pdf = GV_BUF_INIT;
	write_doc(&(struct doc){2, NULL, 0}, &pdf);
	for (size_t n = 0; n < pdf.len; n += 37) {
		char *cut = malloc(n ? n : 1);
		memcpy(cut, pdf.data, n);
		gv_graft_close(gv_graft_open(cut, n));
		free(cut);
	}
	static const char bytes[] = "0 9R<>[]()/\\%\n x";
	char *bad = malloc(pdf.len);
	for (size_t i = 0; i < pdf.len; i += 11) {
		memcpy(bad, pdf.data, pdf.len);
		bad[i] = bytes[i % (sizeof bytes - 1)];
		struct gv_graft_src *s = gv_graft_open(bad, pdf.len);
		if (s)
			assert_true(gv_graft_pages(s) >= 1);
		gv_graft_close(s);
	}
	free(bad);
	gv_buf_free(&pdf);
}

/* A PDF of the given objects (1, 2, ...; 1 the catalog), its offsets right. */
static void make_pdf(struct gv_buf *b, const char *const *objs, size_t n)
{
	size_t off[16];
	gv_buf_puts(b, "%PDF-1.4\n");
	for (size_t i = 0; i < n; i++) {
		off[i] = b->len;
		gv_buf_printf(b, "%zu 0 obj\n%s\nendobj\n", i + 1, objs[i]);
	}
	size_t xref = b->len;
	gv_buf_printf(b, "xref\n0 %zu\n0000000000 65535 f \n", n + 1);
	for (size_t i = 0; i < n; i++)
		gv_buf_printf(b, "%010zu 00000 n \n", off[i]);
	gv_buf_printf(b, "trailer\n<< /Size %zu /Root 1 0 R >>\nstartxref\n%zu\n%%%%EOF\n", n + 1,
		      xref);
}

static void test_pages_with_annotations_but_links_are_refused(void **state)
{
	(void)state;
	const char *objs[] = {
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Resources << >>"
		" /Contents 4 0 R /Annots [5 0 R] >>",
		"<< /Length 8 >>\nstream\n0 0 m S\n\nendstream",
		"<< /Type /Annot /Subtype /Link /Rect [0 0 10 10] >>",
	};
	struct gv_buf b = GV_BUF_INIT;
	make_pdf(&b, objs, 5);
	struct gv_graft_src *s = gv_graft_open(b.data, b.len);
	assert_non_null(s);  /* a link draws nothing: copied */
	double box[4];
	gv_graft_box(s, 0, box);
	assert_true(box[2] == 200 && box[3] == 100);
	gv_graft_close(s);
	objs[4] = "<< /Type /Annot /Subtype /Stamp /Rect [0 0 10 10] >>";
	gv_buf_reset(&b);
	make_pdf(&b, objs, 5);
	assert_null(gv_graft_open(b.data, b.len));  /* Poppler prints a stamp */
	objs[2] = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Resources << >>"
		  " /Contents 4 0 R /Rotate 90 >>";
	gv_buf_reset(&b);
	make_pdf(&b, objs, 5);
	assert_null(gv_graft_open(b.data, b.len));  /* turned: Poppler turns it */
	gv_buf_free(&b);
}

static void test_loops_and_xref_streams_are_refused(void **state)
{
	(void)state;
	/* a page tree whose node is its own kid, twice */
	const char *objs[] = {
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [2 0 R 2 0 R] /Count 1 /MediaBox [0 0 612 792] >>",
	};
	struct gv_buf loop = GV_BUF_INIT;
	make_pdf(&loop, objs, 2);
	assert_null(gv_graft_open(loop.data, loop.len));
	static const char xref_stream[] =
		"%PDF-1.5\n1 0 obj\n<< /Type /XRef /Size 2 /W [1 2 1] /Length 0 >>\nstream\n\nendstream\n"
		"endobj\nstartxref\n9\n%%EOF\n";
	assert_null(gv_graft_open(xref_stream, sizeof xref_stream - 1));
	/* a package that is not Cairo's is left as it was */
	struct gv_buf out = GV_BUF_INIT;
	gv_buf_add(&out, loop.data, loop.len);
	struct gv_graft_place pl = {NULL, 0, 1, {1, 0, 0, 1, 0, 0}, {0, 0, 1, 1}};
	assert_int_equal(gv_graft_apply(&out, 0, &pl, 1), -1);
	assert_int_equal(out.len, loop.len);
	gv_buf_free(&out);
	gv_buf_free(&loop);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_a_gavel_pdf_is_read_with_its_pages),
		cmocka_unit_test(test_attached_pages_become_forms),
		cmocka_unit_test(test_damaged_pdfs_are_read_or_refused),
		cmocka_unit_test(test_pages_with_annotations_but_links_are_refused),
		cmocka_unit_test(test_loops_and_xref_streams_are_refused),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
