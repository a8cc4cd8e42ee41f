/* The PDF typesetter (render/pdf.h): every kind of markdown block laid out
 * across pages without a memory error, pages counted before they are
 * written, the language added to the catalog, unreadable attachments
 * refused. Poppler reads the results back. */
#include "unit.h"

#include "base/buf.h"
#include "render/pdf.h"

struct doc {
	const char *md;
	int breaks;      /* page breaks after the markdown */
	const char *pdf; /* attached after it, when set */
	size_t pdf_len;
};

static int build(struct gv_pdf *p, void *ctx, struct gv_err *err)
{
	const struct doc *d = ctx;
	gv_pdf_heading(p, 1, "Nguyễn — Côté", "top", 1);
	int rc = gv_pdf_markdown(p, d->md, 2, 2, err);
	for (int i = 0; i < d->breaks && !rc; i++) {
		gv_pdf_page_break(p);
		gv_pdf_text(p, GV_PDF_BODY, "x");
	}
	if (!rc && d->pdf)
		rc = gv_pdf_attach_pdf(p, d->pdf, d->pdf_len, 0, "a.pdf", err);
	gv_pdf_toc_line(p, 1, "Back to the top", "top");
	return rc;
}

static int write_doc(const struct doc *d, const char *lang, struct gv_buf *out)
{
	struct gv_pdf_meta meta = {"Test", "Town", lang, "Council — December 8, 2026", NULL};
	struct gv_err err = {0};
	return gv_pdf_write(&meta, build, (void *)d, out, &err);
}

static void test_every_block_kind_across_pages(void **state)
{
	(void)state;
	struct gv_buf md = GV_BUF_INIT;
	gv_buf_puts(&md, "## Lists\n\n- one\n- two\n    1. nested &amp; ordered\n    2. more\n"
			 "- three\n\n1. loose\n\n2. list\n\n> a quote with *em* and **strong**\n\n"
			 "```\ncode  kept\n  as typed\n```\n\n"
			 "A [link](https://example.org/a?b=1&c=2) and `code` and ~~gone~~.\n\n"
			 "| a | b | c |\n|---|---|---|\n| 1 | ragged |\n");
	for (int i = 0; i < 150; i++)
		gv_buf_printf(&md, "| row %d | a long cell that has to wrap inside its column "
				   "when the table is wider than the page | %d |\n",
			      i, i * i);
	gv_buf_puts(&md, "\n### Unclosed <b> and & and &#x1F600; and &bogus; end\n");
	for (int i = 0; i < 40; i++)
		gv_buf_puts(&md, "A long paragraph that goes on and on so that it has to break "
				 "across the pages of the document. ");
	struct doc d = {gv_buf_str(&md), 0, NULL, 0};
	struct gv_buf out = GV_BUF_INIT;
	assert_int_equal(write_doc(&d, "en-CA", &out), 0);
	assert_memory_equal(out.data, "%PDF-", 5);
	assert_true(gv_pdf_page_count(out.data, out.len) > 3);
	assert_non_null(memmem(out.data, out.len, "/StructTreeRoot", 15));
	gv_buf_free(&out);
	gv_buf_free(&md);
}

static void test_pages_are_counted_before_they_are_written(void **state)
{
	(void)state;
	struct doc d = {"Hello.", 4, NULL, 0};
	struct gv_buf out = GV_BUF_INIT;
	assert_int_equal(write_doc(&d, "en-CA", &out), 0);
	assert_int_equal(gv_pdf_page_count(out.data, out.len), 5);
	gv_buf_free(&out);
}

static void test_language_is_added_to_the_catalog(void **state)
{
	(void)state;
	struct doc d = {"Bonjour.", 0, NULL, 0};
	struct gv_buf out = GV_BUF_INIT;
	assert_int_equal(write_doc(&d, "fr-CA", &out), 0);
	assert_non_null(memmem(out.data, out.len, "/Lang (fr-CA)", 13));
	assert_int_equal(gv_pdf_page_count(out.data, out.len), 1);
	gv_buf_reset(&out);
	assert_int_not_equal(write_doc(&d, "fr) /Evil (x", &out), 0);
	gv_buf_free(&out);
}

static void test_attached_pdf_pages_follow_and_junk_is_refused(void **state)
{
	(void)state;
	struct doc inner = {"Inner.", 2, NULL, 0};
	struct gv_buf att = GV_BUF_INIT, out = GV_BUF_INIT;
	assert_int_equal(write_doc(&inner, "en-CA", &att), 0);
	struct doc d = {"Outer.", 0, att.data, att.len};
	assert_int_equal(write_doc(&d, "en-CA", &out), 0);
	/* its page, the 3 attached pages each on their own, and a page for
	 * the line after them */
	assert_int_equal(gv_pdf_page_count(out.data, out.len), 1 + 3 + 1);
	gv_buf_reset(&out);
	static const char junk[] = "%PDF-1.4\n%%EOF\n";
	assert_int_equal(gv_pdf_page_count(junk, sizeof junk - 1), 0);
	struct doc bad = {"Outer.", 0, junk, sizeof junk - 1};
	assert_int_not_equal(write_doc(&bad, "en-CA", &out), 0);
	gv_buf_free(&out);
	gv_buf_free(&att);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_block_kind_across_pages),
		cmocka_unit_test(test_pages_are_counted_before_they_are_written),
		cmocka_unit_test(test_language_is_added_to_the_catalog),
		cmocka_unit_test(test_attached_pdf_pages_follow_and_junk_is_refused),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
