#include "agenda/attach_type.h"

#include "base/err.h"
#include "base/text.h"

#include <stdint.h>
#include <string.h>
#include <strings.h>

#define ALLOWED                                                                            \
	"gavel attaches PDF, office documents, OpenDocument, text, CSV, markdown, PNG, JPEG, " \
	"GIF and WebP"

/* How the content of a type is recognised. */
enum check { PDF, OLE2, OOXML, ODF, RTF, TEXT, PNG, JPEG, GIF, WEBP };

static const struct type {
	const char *ext;
	const char *media;
	const char *what;  /* "a PDF": "x.pdf is an HTML document, not a PDF" */
	const char *label; /* "PDF": a link's file type on a page */
	enum check check;
	const char *part;  /* OOXML: the folder of the main part; ODF: its mimetype */
} types[] = {
	{"pdf", "application/pdf", "a PDF", "PDF", PDF, NULL},
	{"doc", "application/msword", "a Word document", "Word document", OLE2, NULL},
	{"xls", "application/vnd.ms-excel", "an Excel spreadsheet", "Excel spreadsheet", OLE2,
	 NULL},
	{"ppt", "application/vnd.ms-powerpoint", "a PowerPoint presentation",
	 "PowerPoint presentation", OLE2, NULL},
	{"docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
	 "a Word document", "Word document", OOXML, "word/"},
	{"xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
	 "an Excel spreadsheet", "Excel spreadsheet", OOXML, "xl/"},
	{"pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
	 "a PowerPoint presentation", "PowerPoint presentation", OOXML, "ppt/"},
	{"rtf", "application/rtf", "an RTF document", "RTF document", RTF, NULL},
	{"odt", "application/vnd.oasis.opendocument.text", "an OpenDocument text",
	 "OpenDocument text", ODF, "application/vnd.oasis.opendocument.text"},
	{"ods", "application/vnd.oasis.opendocument.spreadsheet", "an OpenDocument spreadsheet",
	 "OpenDocument spreadsheet", ODF, "application/vnd.oasis.opendocument.spreadsheet"},
	{"odp", "application/vnd.oasis.opendocument.presentation", "an OpenDocument presentation",
	 "OpenDocument presentation", ODF, "application/vnd.oasis.opendocument.presentation"},
	{"txt", "text/plain", "plain text", "text", TEXT, NULL},
	{"csv", "text/csv", "CSV text", "CSV", TEXT, NULL},
	{"md", "text/markdown", "Markdown text", "Markdown", TEXT, NULL},
	{"png", "image/png", "a PNG image", "PNG image", PNG, NULL},
	{"jpg", "image/jpeg", "a JPEG image", "JPEG image", JPEG, NULL},
	{"jpeg", "image/jpeg", "a JPEG image", "JPEG image", JPEG, NULL},
	{"gif", "image/gif", "a GIF image", "GIF image", GIF, NULL},
	{"webp", "image/webp", "a WebP image", "WebP image", WEBP, NULL},
};
#define N_TYPES (sizeof types / sizeof *types)

/* Extensions of what a browser runs: named even when the content does not
 * give itself away. */
static const struct {
	const char *ext, *what;
} runnable[] = {
	{"html", "an HTML document"},  {"htm", "an HTML document"},
	{"shtml", "an HTML document"}, {"xhtml", "an XHTML document"},
	{"xht", "an XHTML document"},  {"svg", "an SVG image"},
	{"svgz", "an SVG image"},      {"xml", "an XML document"},
	{"xsl", "an XML document"},    {"xslt", "an XML document"},
	{"js", "a JavaScript file"},   {"mjs", "a JavaScript file"},
	{"cjs", "a JavaScript file"},  {"hta", "an HTML application"},
};

/* --- the content ------------------------------------------------------------ */

struct bytes {
	const unsigned char *p;
	size_t n;
};

static bool starts(struct bytes b, const char *magic, size_t n)
{
	return b.n >= n && !memcmp(b.p, magic, n);
}

static uint32_t le16(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8;
}

static uint32_t le32(const unsigned char *p)
{
	return le16(p) | le16(p + 2) << 16;
}

/* A ZIP archive's central directory: where it is and how many entries. */
struct zip {
	struct bytes b;
	size_t cd, end;
	uint32_t entries;
};

/* The end-of-central-directory record (within the last 64 KiB and 22 bytes,
 * as its comment may be up to 64 KiB); false when there is none that fits. */
static bool zip_open(struct bytes b, struct zip *z)
{
	if (!starts(b, "PK\x03\x04", 4) || b.n < 22)
		return false;
	size_t low = b.n - 22 > 65535 ? b.n - 22 - 65535 : 0;
	for (size_t at = b.n - 22 + 1; at-- > low;) {
		const unsigned char *e = b.p + at;
		if (memcmp(e, "PK\x05\x06", 4))
			continue;
		size_t cd = le32(e + 16), size = le32(e + 12);
		if (cd > at || size > at - cd)
			return false;
		*z = (struct zip){b, cd, cd + size, le16(e + 10)};
		return true;
	}
	return false;
}

/* The next central directory entry after *at: its name, the offset of its
 * local header, its compressed size and method. */
struct zip_entry {
	const char *name;
	size_t name_len, local;
	uint32_t size, method;
};

static bool zip_next(const struct zip *z, size_t *at, struct zip_entry *e)
{
	if (*at + 46 > z->end || memcmp(z->b.p + *at, "PK\x01\x02", 4))
		return false;
	const unsigned char *h = z->b.p + *at;
	size_t n = le16(h + 28), extra = le16(h + 30), comment = le16(h + 32);
	if (*at + 46 + n > z->end)
		return false;
	*e = (struct zip_entry){(const char *)h + 46, n, le32(h + 42), le32(h + 20), le16(h + 10)};
	*at += 46 + n + extra + comment;
	return true;
}

static bool entry_is(const struct zip_entry *e, const char *name)
{
	return e->name_len == strlen(name) && !memcmp(e->name, name, e->name_len);
}

/* The stored (uncompressed) data of entry e, if it is stored. */
static bool zip_stored(const struct zip *z, const struct zip_entry *e, struct bytes *out)
{
	const unsigned char *p = z->b.p;
	if (e->method != 0 || e->local + 30 > z->b.n || memcmp(p + e->local, "PK\x03\x04", 4))
		return false;
	size_t data = e->local + 30 + le16(p + e->local + 26) + le16(p + e->local + 28);
	if (data > z->b.n || e->size > z->b.n - data)
		return false;
	*out = (struct bytes){p + data, e->size};
	return true;
}

/* Office Open XML: [Content_Types].xml and the main part's folder.
 * OpenDocument: an entry "mimetype", stored, that says which kind. */
static bool zip_is(struct bytes b, const struct type *t)
{
	struct zip z;
	if (!zip_open(b, &z))
		return false;
	bool content_types = false, part = false;
	size_t at = z.cd;
	struct zip_entry e;
	for (uint32_t i = 0; i < z.entries && zip_next(&z, &at, &e); i++) {
		if (t->check == ODF && entry_is(&e, "mimetype")) {
			struct bytes m;
			return zip_stored(&z, &e, &m) && m.n == strlen(t->part) &&
			       !memcmp(m.p, t->part, m.n);
		}
		content_types |= entry_is(&e, "[Content_Types].xml");
		part |= e.name_len > strlen(t->part) && !memcmp(e.name, t->part, strlen(t->part));
	}
	return t->check == OOXML && content_types && part;
}

static bool binary_is(struct bytes b, const struct type *t)
{
	switch (t->check) {
	case PDF:
		return starts(b, "%PDF-", 5);
	case OLE2:
		return starts(b, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8);
	case OOXML:
	case ODF:
		return zip_is(b, t);
	case RTF:
		return starts(b, "{\\rtf", 5);
	case PNG:
		return starts(b, "\x89PNG\r\n\x1a\n", 8);
	case JPEG:
		return starts(b, "\xff\xd8\xff", 3);
	case GIF:
		return starts(b, "GIF87a", 6) || starts(b, "GIF89a", 6);
	case WEBP:
		return b.n >= 12 && starts(b, "RIFF", 4) && !memcmp(b.p + 8, "WEBP", 4);
	case TEXT:
		break;
	}
	return false;
}

/* --- text a browser would run ------------------------------------------------ */

static bool space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f';
}

static bool word_char(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       c == '_' || c == '$';
}

/* b starts with the word w (ASCII, any case) not followed by a word character. */
static bool starts_word(struct bytes b, const char *w)
{
	size_t n = strlen(w);
	return b.n >= n && !strncasecmp((const char *)b.p, w, n) && (b.n == n || !word_char(b.p[n]));
}

/* b starts with the keyword w (exactly) not followed by a word character. */
static bool starts_keyword(struct bytes b, const char *w)
{
	size_t n = strlen(w);
	return b.n >= n && !memcmp(b.p, w, n) && (b.n == n || !word_char(b.p[n]));
}

/* b starts with "<tag" ending there (space, '>' or '/'), any case. */
static bool starts_tag(struct bytes b, const char *tag)
{
	size_t n = strlen(tag);
	if (b.n < n + 2 || b.p[0] != '<' || strncasecmp((const char *)b.p + 1, tag, n))
		return false;
	unsigned char c = b.p[n + 1];
	return space(c) || c == '>' || c == '/';
}

static struct bytes skip(struct bytes b, size_t n)
{
	return (struct bytes){b.p + n, b.n - n};
}

static struct bytes skip_space(struct bytes b)
{
	size_t i = 0;
	while (i < b.n && space(b.p[i]))
		i++;
	return skip(b, i);
}

/* Does tag start anywhere in b, as starts_tag sees it? */
static bool contains_tag(struct bytes b, const char *tag)
{
	for (const unsigned char *p = b.p; (p = memchr(p, '<', b.n - (size_t)(p - b.p))); p++)
		if (starts_tag((struct bytes){p, b.n - (size_t)(p - b.p)}, tag))
			return true;
	return false;
}

/* What a browser makes of a document that starts with markup: the tags by
 * which the WHATWG sniffing algorithm takes a file for HTML, and XML. */
static const char *markup(struct bytes b)
{
	static const char *const html[] = {"html",  "head",  "body", "script", "iframe",
					   "h1",    "div",   "font", "table",  "a",
					   "style", "title", "b",    "br",     "p",
					   "frameset", "object", "embed"};
	if (starts(b, "<?xml", 5) || starts_tag(b, "!doctype")) {
		bool xhtml = memmem(b.p, b.n, "http://www.w3.org/1999/xhtml", 28) != NULL;
		if (starts_word(skip(b, 2), "doctype html"))
			return xhtml ? "an XHTML document" : "an HTML document";
		if (contains_tag(b, "svg"))
			return "an SVG image";
		return xhtml || contains_tag(b, "html") ? "an XHTML document" : "an XML document";
	}
	if (starts_tag(b, "svg"))
		return "an SVG image";
	for (size_t i = 0; i < sizeof html / sizeof *html; i++)
		if (starts_tag(b, html[i]))
			return "an HTML document";
	if (starts(b, "<!--", 4))
		return "an HTML document";
	/* Any other document that starts with a tag ("<report>", "<x:a ",
	 * "<note/>", not the link "<https://...>") is XML to a browser. */
	if (b.n < 3 || b.p[0] != '<' || (b.p[1] | 0x20) < 'a' || (b.p[1] | 0x20) > 'z')
		return NULL;
	size_t i = 2;
	while (i < b.n && (word_char(b.p[i]) || b.p[i] == ':' || b.p[i] == '-' || b.p[i] == '.'))
		i++;
	bool tag_end = i < b.n && (space(b.p[i]) || b.p[i] == '>' ||
				   (b.p[i] == '/' && i + 1 < b.n && b.p[i + 1] == '>'));
	return tag_end ? "an XML document" : NULL;
}

/* The identifier at the start of b, and what follows it after spaces. */
static bool identifier(struct bytes b, struct bytes *rest)
{
	size_t i = 0;
	while (i < b.n && word_char(b.p[i]))
		i++;
	if (!i || (b.p[0] >= '0' && b.p[0] <= '9'))
		return false;
	*rest = skip_space(skip(b, i));
	return true;
}

/* Leading JavaScript comments ("// ..." lines, "/" "* ... *" "/" blocks). */
static struct bytes skip_comments(struct bytes b)
{
	for (b = skip_space(b);; b = skip_space(b)) {
		if (starts(b, "//", 2)) {
			const unsigned char *nl = memchr(b.p, '\n', b.n);
			b = nl ? skip(b, (size_t)(nl - b.p)) : skip(b, b.n);
		} else if (starts(b, "/*", 2)) {
			size_t i = 2;
			while (i + 1 < b.n && (b.p[i] != '*' || b.p[i + 1] != '/'))
				i++;
			b = skip(b, i + 1 < b.n ? i + 2 : b.n);
		} else {
			return b;
		}
	}
}

/* Does the text start as a script does? Its first statement after
 * comments: a declaration ("var x =", "function f(", "import ... from",
 * "export default"), "use strict", an immediately called function, or a
 * use of the page ("document.cookie;", "window.location =", "alert(").
 * Prose seldom starts so. */
static bool javascript(struct bytes b)
{
	if (starts(b, "#!", 2)) {
		const unsigned char *nl = memchr(b.p, '\n', b.n);
		size_t n = nl ? (size_t)(nl - b.p) : b.n;
		return memmem(b.p, n, "node", 4) || memmem(b.p, n, "deno", 4) ||
		       memmem(b.p, n, "bun", 3);
	}
	b = skip_comments(b);
	struct bytes r;
	if (starts(b, "'use strict'", 12) || starts(b, "\"use strict\"", 12) ||
	    starts(b, "(function", 9) || starts(b, "!function", 9) || starts(b, "(()", 3) ||
	    (starts(b, "(", 1) && starts_keyword(skip(b, 1), "async")) || starts(b, "alert(", 6))
		return true;
	for (const char *const *o = (const char *const[]){"document.", "window.", NULL}; *o; o++)
		if (starts(b, *o, strlen(*o)) && identifier(skip(b, strlen(*o)), &r) &&
		    (starts(r, "(", 1) || starts(r, "=", 1) || starts(r, ".", 1) || starts(r, ";", 1)))
			return true;
	for (const char *const *kw = (const char *const[]){"var", "let", "const", NULL}; *kw; kw++)
		if (starts_keyword(b, *kw) && identifier(skip_space(skip(b, strlen(*kw))), &r) &&
		    (starts(r, "=", 1) && !starts(r, "==", 2)))
			return true;
	if (starts_keyword(b, "function")) {
		r = skip_space(skip(b, 8));
		identifier(r, &r);
		return starts(r, "(", 1);
	}
	if (starts_keyword(b, "import")) {
		r = skip_space(skip(b, 6));
		return starts(r, "{", 1) || starts(r, "*", 1) || starts(r, "'", 1) ||
		       starts(r, "\"", 1) || (identifier(r, &r) && starts_keyword(r, "from"));
	}
	if (starts_keyword(b, "export")) {
		r = skip_space(skip(b, 6));
		return starts(r, "{", 1) || starts_keyword(r, "default") || starts_keyword(r, "function") ||
		       starts_keyword(r, "const") || starts_keyword(r, "class");
	}
	return false;
}

/* What a browser would run in text: a page (by its start, or a <script>,
 * <svg>, <html> or <iframe> element anywhere), or a script. NULL if none. */
static const char *runnable_text(struct bytes b)
{
	if (starts(b, "\xef\xbb\xbf", 3))
		b = skip(b, 3);
	b = skip_space(b);
	const char *m = markup(b);
	if (m)
		return m;
	if (javascript(b))
		return "a JavaScript file";
	if (contains_tag(b, "script"))
		return "text with a <script> element";
	if (contains_tag(b, "svg"))
		return "text with an <svg> image";
	if (contains_tag(b, "html"))
		return "text with an <html> element";
	if (contains_tag(b, "iframe"))
		return "text with an <iframe> element";
	return NULL;
}

/* --- the verdict ------------------------------------------------------------- */

static const struct type *by_extension(const char *name)
{
	const char *dot = strrchr(name, '.');
	if (!dot || dot == name)
		return NULL;
	for (size_t i = 0; i < N_TYPES; i++)
		if (!strcasecmp(dot + 1, types[i].ext))
			return &types[i];
	return NULL;
}

/* What the content is when it is one of the binary types (its entry). */
static const struct type *binary_kind(struct bytes b)
{
	for (size_t i = 0; i < N_TYPES; i++)
		if (types[i].check != TEXT && binary_is(b, &types[i]))
			return &types[i];
	return NULL;
}

static const char *runnable_extension(const char *name)
{
	const char *dot = strrchr(name, '.');
	for (size_t i = 0; dot && i < sizeof runnable / sizeof *runnable; i++)
		if (!strcasecmp(dot + 1, runnable[i].ext))
			return runnable[i].what;
	return NULL;
}

int gv_attach_type(const char *name, const void *data, size_t len, const char **media_type,
		   struct gv_err *err)
{
	struct bytes b = {data, len};
	const struct type *claimed = by_extension(name);
	const struct type *binary = binary_kind(b);
	const char *runs = binary ? NULL : runnable_text(b);
	if (!runs && !binary && !claimed)
		runs = runnable_extension(name);
	const char *ext = strrchr(name, '.');
	if (runs)
		return gv_err_set(err, GV_EREFUSED, "%s is %s%s%s: " ALLOWED, name, runs,
				  claimed ? ", not " : "", claimed ? claimed->what : "");
	if (claimed && claimed->check == TEXT && !binary) {
		if (memchr(data, '\0', len))
			return gv_err_set(err, GV_EREFUSED, "%s is not %s: it holds NUL bytes", name,
					  claimed->what);
		if (!gv_utf8_valid(data, len))
			return gv_err_set(err, GV_EREFUSED,
					  "%s is not %s in UTF-8: save it as UTF-8 and attach it again",
					  name, claimed->what);
		*media_type = claimed->media;
		return 0;
	}
	if (claimed && binary_is(b, claimed)) {
		*media_type = claimed->media;
		return 0;
	}
	if (binary)
		return gv_err_set(err, GV_EREFUSED,
				  "%s is %s%s%s: name it for what it is (.%s)", name, binary->what,
				  claimed ? ", not " : "", claimed ? claimed->what : "", binary->ext);
	if (claimed)
		return gv_err_set(err, GV_EREFUSED,
				  "%s is not %s: its content is not what its extension says; " ALLOWED,
				  name, claimed->what);
	if (!ext || ext == name)
		return gv_err_set(err, GV_EREFUSED,
				  "%s has no extension to say what it is: " ALLOWED, name);
	return gv_err_set(err, GV_EREFUSED, "%s is not a type gavel attaches (%s): " ALLOWED, name,
			  ext);
}

bool gv_attach_type_is_text(const char *media_type)
{
	for (size_t i = 0; i < N_TYPES; i++)
		if (types[i].check == TEXT && !strcmp(media_type, types[i].media))
			return true;
	return false;
}

const char *gv_attach_type_label(const char *media_type)
{
	for (size_t i = 0; i < N_TYPES; i++)
		if (!strcmp(media_type, types[i].media))
			return types[i].label;
	return media_type;
}
