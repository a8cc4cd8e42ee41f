/* What gavel attaches: a type gavel knows, whose content is what the
 * extension says, and never what a browser would run. */
#include "unit.h"

#include "agenda/attach_type.h"
#include "base/buf.h"

/* The media type of name holding text, or NULL when refused (err then
 * says why). */
static const char *type_of(const char *name, const void *data, size_t len, struct gv_err *err)
{
	const char *type = NULL;
	*err = (struct gv_err){0};
	int rc = gv_attach_type(name, data, len, &type, err);
	if (rc) {
		assert_int_equal(rc, GV_EREFUSED);
		assert_true(err->msg[0] != '\0');
		return NULL;
	}
	return type;
}

static const char *type_of_text(const char *name, const char *text, struct gv_err *err)
{
	return type_of(name, text, strlen(text), err);
}

static void le16(struct gv_buf *b, unsigned v)
{
	gv_buf_putc(b, (char)(v & 0xff));
	gv_buf_putc(b, (char)(v >> 8 & 0xff));
}

static void le32(struct gv_buf *b, unsigned v)
{
	le16(b, v & 0xffff);
	le16(b, v >> 16);
}

/* A ZIP archive of stored entries: names[i] holding contents[i]. */
static void zip(struct gv_buf *b, const char *const *names, const char *const *contents, size_t n)
{
	size_t offsets[8];
	gv_buf_reset(b);
	for (size_t i = 0; i < n; i++) {
		offsets[i] = b->len;
		gv_buf_add(b, "PK\x03\x04", 4);
		le16(b, 10), le16(b, 0), le16(b, 0), le16(b, 0), le16(b, 0);
		le32(b, 0), le32(b, (unsigned)strlen(contents[i])), le32(b, (unsigned)strlen(contents[i]));
		le16(b, (unsigned)strlen(names[i])), le16(b, 0);
		gv_buf_puts(b, names[i]);
		gv_buf_puts(b, contents[i]);
	}
	size_t cd = b->len;
	for (size_t i = 0; i < n; i++) {
		gv_buf_add(b, "PK\x01\x02", 4);
		le16(b, 20), le16(b, 10), le16(b, 0), le16(b, 0), le16(b, 0), le16(b, 0);
		le32(b, 0), le32(b, (unsigned)strlen(contents[i])), le32(b, (unsigned)strlen(contents[i]));
		le16(b, (unsigned)strlen(names[i])), le16(b, 0), le16(b, 0), le16(b, 0), le16(b, 0);
		le32(b, 0), le32(b, (unsigned)offsets[i]);
		gv_buf_puts(b, names[i]);
	}
	size_t end = b->len;
	gv_buf_add(b, "PK\x05\x06", 4);
	le16(b, 0), le16(b, 0), le16(b, (unsigned)n), le16(b, (unsigned)n);
	le32(b, (unsigned)(end - cd)), le32(b, (unsigned)cd), le16(b, 0);
}

static void test_documents_and_images_are_known_by_their_first_bytes(void **state)
{
	(void)state;
	struct gv_err err;
	assert_string_equal(type_of_text("r.pdf", "%PDF-1.7\n", &err), "application/pdf");
	assert_string_equal(type_of("old.doc", "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8, &err),
			    "application/msword");
	assert_string_equal(type_of("old.XLS", "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8, &err),
			    "application/vnd.ms-excel");
	assert_string_equal(type_of_text("memo.rtf", "{\\rtf1 hi}", &err), "application/rtf");
	assert_string_equal(type_of("m.png", "\x89PNG\r\n\x1a\n", 8, &err), "image/png");
	assert_string_equal(type_of("p.jpeg", "\xff\xd8\xff\xdb", 4, &err), "image/jpeg");
	assert_string_equal(type_of_text("l.gif", "GIF87a..", &err), "image/gif");
	assert_string_equal(type_of("a.webp", "RIFF\x10\0\0\0WEBPVP8 ", 16, &err), "image/webp");
	assert_null(type_of("a.webp", "RIFF\x10\0\0\0WAVEfmt ", 16, &err));
	assert_null(type_of_text("r.pdf", "PDF-1.7", &err));
	assert_non_null(strstr(err.msg, "r.pdf is not a PDF"));
}

static void test_office_and_opendocument_are_read_from_the_zip_directory(void **state)
{
	(void)state;
	struct gv_err err;
	struct gv_buf b = GV_BUF_INIT;
	zip(&b, (const char *[]){"[Content_Types].xml", "word/document.xml"},
	    (const char *[]){"<Types/>", "<w/>"}, 2);
	assert_string_equal(type_of("l.docx", b.data, b.len, &err),
			    "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
	assert_null(type_of("l.xlsx", b.data, b.len, &err));
	assert_non_null(strstr(err.msg, "l.xlsx is a Word document, not an Excel spreadsheet"));
	zip(&b, (const char *[]){"mimetype", "content.xml"},
	    (const char *[]){"application/vnd.oasis.opendocument.spreadsheet", "<c/>"}, 2);
	assert_string_equal(type_of("t.ods", b.data, b.len, &err),
			    "application/vnd.oasis.opendocument.spreadsheet");
	assert_null(type_of("t.odt", b.data, b.len, &err));
	/* a ZIP is not an office document by its extension alone */
	zip(&b, (const char *[]){"readme.txt"}, (const char *[]){"hi"}, 1);
	assert_null(type_of("l.docx", b.data, b.len, &err));
	assert_null(type_of("t.odt", b.data, b.len, &err));
	assert_null(type_of("a.zip", b.data, b.len, &err));
	assert_non_null(strstr(err.msg, "not a type gavel attaches (.zip)"));
	gv_buf_free(&b);
}

static void test_a_damaged_zip_directory_is_refused_without_reading_past_the_end(void **state)
{
	(void)state;
	struct gv_err err;
	struct gv_buf b = GV_BUF_INIT;
	zip(&b, (const char *[]){"mimetype"}, (const char *[]){"application/vnd.oasis.opendocument.text"},
	    1);
	size_t eocd = b.len - 22;
	for (size_t cut = 4; cut < b.len; cut += 7)   /* cut short anywhere */
		assert_null(type_of("t.odt", b.data, cut, &err));
	char *bad = malloc(b.len);
	memcpy(bad, b.data, b.len);
	bad[eocd + 16] = (char)0xf0;                   /* directory past the end */
	assert_null(type_of("t.odt", bad, b.len, &err));
	memcpy(bad, b.data, b.len);
	bad[eocd + 10] = (char)0xff;                   /* more entries than there are */
	assert_string_equal(type_of("t.odt", bad, b.len, &err),
			    "application/vnd.oasis.opendocument.text");
	memcpy(bad, b.data, b.len);
	bad[eocd - 46 - strlen("mimetype") + 45] = (char)0xff;  /* its local header far away */
	assert_null(type_of("t.odt", bad, b.len, &err));
	free(bad);
	gv_buf_free(&b);
}

static void test_text_must_be_utf8_without_nul(void **state)
{
	(void)state;
	struct gv_err err;
	assert_string_equal(type_of_text("n.txt", "Notes: café, 12 $\n", &err), "text/plain");
	assert_string_equal(type_of_text("c.CSV", "\xef\xbb\xbf" "a,b\n", &err), "text/csv");
	assert_string_equal(type_of_text("s.md", "", &err), "text/markdown");
	assert_null(type_of_text("c.csv", "caf\xe9", &err));
	assert_non_null(strstr(err.msg, "c.csv is not CSV text in UTF-8"));
	assert_null(type_of("n.txt", "a\0b", 3, &err));
	assert_non_null(strstr(err.msg, "NUL"));
}

/* What a browser runs is named, whatever the file is called. */
static void test_pages_are_named_by_their_content(void **state)
{
	(void)state;
	static const struct {
		const char *text, *kind;
	} pages[] = {
		{"<!DOCTYPE html><p>x", "an HTML document"},
		{"\xef\xbb\xbf  \r\n<!doctype HTML>", "an HTML document"},
		{"<html>", "an HTML document"},
		{"<HEAD><title>x", "an HTML document"},
		{"<script>alert(1)</script>", "an HTML document"},
		{"<iframe src=x>", "an HTML document"},
		{"<p>Dear council", "an HTML document"},
		{"<!-- a comment -->", "an HTML document"},
		{"<svg onload=alert(1)>", "an SVG image"},
		{"<?xml version=\"1.0\"?><!DOCTYPE svg><svg/>", "an SVG image"},
		{"<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"/>",
		 "an XHTML document"},
		{"<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" "
		 "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\"><html "
		 "xmlns=\"http://www.w3.org/1999/xhtml\">",
		 "an XHTML document"},
		{"<?xml version=\"1.0\"?><rss/>", "an XML document"},
		{"<report date=\"x\"><total/></report>", "an XML document"},
		{"Notes\n\n<ScRiPt>x</script>", "text with a <script> element"},
		{"a,b\n1,<svg/onload=x>", "text with an <svg> image"},
	};
	struct gv_err err;
	char want[200];
	for (size_t i = 0; i < sizeof pages / sizeof *pages; i++) {
		for (int n = 0; n < 3; n++) {
			const char *name = (const char *[]){"f.txt", "f.pdf", "f.md"}[n];
			assert_null(type_of_text(name, pages[i].text, &err));
			snprintf(want, sizeof want, "%s is %s, not ", name, pages[i].kind);
			if (!strstr(err.msg, want))
				fail_msg("%s: '%s' is not in '%s'", pages[i].text, want, err.msg);
		}
	}
}

static void test_scripts_are_named_and_prose_is_not_taken_for_one(void **state)
{
	(void)state;
	static const char *const scripts[] = {
		"\"use strict\";\nx()",
		"// header\n/* more */\nconst k = document.cookie;",
		"var a=1",
		"let total = 0;",
		"function steal() {}",
		"function(){}",
		"import x from './x.js'",
		"import {a} from 'b'",
		"export default {}",
		"(function () {})()",
		"!function(){}()",
		"(() => 1)()",
		"document.write('x')",
		"window.location = 'https://evil.example'",
		"alert(1)",
		"#!/usr/bin/env node\nconsole.log(1)",
	};
	static const char *const prose[] = {
		"Let the record show that the motion carried.",
		"let me know by Friday",
		"Function (a) of the committee is review.",
		"function of the committee",
		"Import duties were discussed.",
		"import duties were discussed",
		"Export of goods",
		"Const. Act, s. 5",
		"Var. 2 of the by-law",
		"#!/bin/sh\necho not a browser script",
		"Costs: a < b and c > d; see <attached> memo.",
		"Window repairs at the arena.",
		"document.pdf is attached for council.",
		"window.jpg shows the damage",
		"(asynchronous meeting, see s. 238)",
	};
	struct gv_err err;
	for (size_t i = 0; i < sizeof scripts / sizeof *scripts; i++) {
		assert_null(type_of_text("notes.txt", scripts[i], &err));
		if (!strstr(err.msg, "notes.txt is a JavaScript file, not plain text"))
			fail_msg("%s: %s", scripts[i], err.msg);
	}
	for (size_t i = 0; i < sizeof prose / sizeof *prose; i++)
		if (!type_of_text("notes.txt", prose[i], &err))
			fail_msg("prose refused: %s: %s", prose[i], err.msg);
}

static void test_markdown_may_start_with_a_link(void **state)
{
	(void)state;
	struct gv_err err;
	assert_string_equal(type_of_text("r.md", "<https://town.example/report>\n\nText.", &err),
			    "text/markdown");
	assert_string_equal(type_of_text("r.md", "<clerk@town.example>", &err), "text/markdown");
	assert_null(type_of_text("r.md", "<note/>", &err));
	assert_non_null(strstr(err.msg, "an XML document"));
}

static void test_unknown_and_runnable_extensions_are_refused(void **state)
{
	(void)state;
	struct gv_err err;
	assert_null(type_of_text("page.html", "hello", &err));
	assert_non_null(strstr(err.msg, "page.html is an HTML document: gavel attaches PDF"));
	assert_null(type_of_text("x.svg", "hello", &err));
	assert_non_null(strstr(err.msg, "x.svg is an SVG image"));
	assert_null(type_of_text("app.js", "hello", &err));
	assert_non_null(strstr(err.msg, "app.js is a JavaScript file"));
	assert_null(type_of_text("notes", "hello", &err));
	assert_non_null(strstr(err.msg, "notes has no extension"));
	assert_null(type_of("map", "\x89PNG\r\n\x1a\n", 8, &err));
	assert_non_null(strstr(err.msg, "map is a PNG image: name it for what it is (.png)"));
	assert_null(type_of_text("film.mp4", "....ftypisom", &err));
	assert_non_null(strstr(err.msg, "film.mp4 is not a type gavel attaches (.mp4)"));
	assert_null(type_of_text(".pdf", "%PDF-1.4", &err));
}

static void test_text_types_are_the_ones_redacted(void **state)
{
	(void)state;
	assert_true(gv_attach_type_is_text("text/plain"));
	assert_true(gv_attach_type_is_text("text/csv"));
	assert_true(gv_attach_type_is_text("text/markdown"));
	assert_false(gv_attach_type_is_text("application/rtf"));
	assert_false(gv_attach_type_is_text("text/html"));
	assert_string_equal(gv_attach_type_label("application/vnd.oasis.opendocument.text"),
			    "OpenDocument text");
	assert_string_equal(gv_attach_type_label("text/html"), "text/html");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_documents_and_images_are_known_by_their_first_bytes),
		cmocka_unit_test(test_office_and_opendocument_are_read_from_the_zip_directory),
		cmocka_unit_test(test_a_damaged_zip_directory_is_refused_without_reading_past_the_end),
		cmocka_unit_test(test_text_must_be_utf8_without_nul),
		cmocka_unit_test(test_pages_are_named_by_their_content),
		cmocka_unit_test(test_scripts_are_named_and_prose_is_not_taken_for_one),
		cmocka_unit_test(test_markdown_may_start_with_a_link),
		cmocka_unit_test(test_unknown_and_runnable_extensions_are_refused),
		cmocka_unit_test(test_text_types_are_the_ones_redacted),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
