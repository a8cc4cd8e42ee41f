/* Markdown from users (item bodies, minutes) to HTML, through the bomb
 * defuser and discount. The first byte picks the top heading level and
 * whether the text is blown up past the size cap. The HTML holds only the
 * tags discount writes for markdown, links only to safe places, and
 * headings from the level given down to h6; text over the cap is refused
 * with nothing written. */
#include "fuzz.h"

#include "base/buf.h"
#include "base/err.h"
#include "render/markdown.h"
#include "render/md_defuse.h"

#include <ctype.h>
#include <strings.h>

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	gv_md_init();
	return 0;
}

static const char *const tags[] = {
	"p", "a", "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li", "h1", "h2",
	"h3", "h4", "h5", "h6", "hr", "br", "table", "thead", "tbody", "tr", "th", "td", "del",
	"sup", "sub", "dl", "dt", "dd", NULL,
};

static bool known_tag(const char *name, size_t n)
{
	for (const char *const *t = tags; *t; t++)
		if (strlen(*t) == n && !strncmp(*t, name, n))
			return true;
	return false;
}

/* The URL an href holds once a browser has decoded its entities and
 * dropped the white space and controls it ignores in a scheme. */
static bool safe_href(const char *v, size_t n)
{
	char scheme[16];
	size_t k = 0;
	bool colon = false;
	for (size_t i = 0; i < n && k + 1 < sizeof scheme; i++) {
		unsigned char c = (unsigned char)v[i];
		if (c == '&') {
			/* a numeric entity may spell a scheme letter */
			const char *semi = memchr(v + i, ';', n - i);
			if (!semi)
				return true;
			if (v[i + 1] == '#') {
				long cp = v[i + 2] == 'x' || v[i + 2] == 'X'
						  ? strtol(v + i + 3, NULL, 16)
						  : strtol(v + i + 2, NULL, 10);
				c = cp > 0 && cp < 128 ? (unsigned char)cp : '?';
			} else if (!strncmp(v + i, "&colon;", 7)) {
				c = ':';
			} else if (!strncmp(v + i, "&Tab;", 5) || !strncmp(v + i, "&NewLine;", 9)) {
				c = ' ';
			} else {
				return true;
			}
			i = (size_t)(semi - v);
		}
		if (c <= ' ')
			continue;
		if (c == ':') {
			colon = true;
			break;
		}
		/* a scheme is a letter, then letters, digits, "+", "-", "."; anything
		 * else makes a path, query or fragment: a relative link */
		if (!isalpha(c) && (!k || (!isdigit(c) && c != '+' && c != '-' && c != '.')))
			return true;
		scheme[k++] = (char)tolower(c);
		if (k + 1 == sizeof scheme)
			return true;
	}
	if (!colon || !k) /* no scheme: a relative link */
		return true;
	scheme[k] = '\0';
	return !strcmp(scheme, "http") || !strcmp(scheme, "https") || !strcmp(scheme, "mailto") ||
	       !strcmp(scheme, "ftp") || !strcmp(scheme, "news");
}

static void check_html(const char *html, int top)
{
	for (const char *p = strchr(html, '<'), *end; p; p = strchr(end, '<')) {
		const char *name = p + 1 + (p[1] == '/');
		size_t n = strspn(name, "abcdefghijklmnopqrstuvwxyz123456");
		FZ_CHECK(n && known_tag(name, n), p);
		end = strchr(name, '>');
		FZ_CHECK(end != NULL, p);
		if (name[0] == 'h' && n == 2 && name[1] >= '1' && name[1] <= '6')
			FZ_CHECK(name[1] - '0' >= top && name[1] <= '6', p);
		/* attributes: a link's href and title, a cell's alignment, a
		 * list's numbering, a code block's language, a task list's box */
		for (const char *a = name + n; a < end; a++) {
			if (*a != ' ' || a[1] == '/')
				continue;
			const char *an = a + 1;
			size_t al = strspn(an, "abcdefghijklmnopqrstuvwxyz-");
			FZ_CHECK((al == 4 && !strncmp(an, "href", 4)) ||
					 (al == 5 && !strncmp(an, "title", 5)) ||
					 (al == 5 && !strncmp(an, "align", 5)) ||
					 (al == 5 && !strncmp(an, "style", 5)) ||
					 (al == 5 && !strncmp(an, "start", 5)) ||
					 (al == 4 && !strncmp(an, "type", 4)) ||
					 (al == 5 && !strncmp(an, "class", 5) &&
					  ((n == 4 && !strncmp(name, "code", 4)) ||
					   (n == 2 && !strncmp(name, "li", 2)))),
				 p);
			FZ_CHECK(an[al] == '=' && an[al + 1] == '"', p);
			const char *val = an + al + 2, *close = strchr(val, '"');
			FZ_CHECK(close != NULL, p);
			if (al == 4 && an[0] == 'h')
				FZ_CHECK(safe_href(val, (size_t)(close - val)), p);
			if (al == 5 && !strncmp(an, "style", 5))
				FZ_CHECK(!strncmp(val, "text-align:", 11), p);
			a = close;
			if (a > end)
				end = strchr(a, '>');
			FZ_CHECK(end != NULL, p);
		}
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	uint8_t pick = size ? data[0] : 0;
	int top = 2 + pick % 5;
	char *md = fz_cstr(size ? data + 1 : data, size ? size - 1 : 0);
	struct gv_buf out = GV_BUF_INIT;
	struct gv_err err = {0};
	if (pick & 0x80) {
		/* Blown up past the cap: refused before discount sees it. */
		size_t n = strlen(md);
		if (!n) {
			free(md);
			return 0;
		}
		size_t times = GV_MD_RENDER_MAX / n + 1;
		char *big = malloc(n * times + 1);
		for (size_t i = 0; i < times; i++)
			memcpy(big + i * n, md, n);
		big[n * times] = '\0';
		FZ_CHECK(gv_md_to_html(&out, big, top, &err) == GV_EREFUSED && out.len == 0, err.msg);
		free(big);
	} else if (gv_md_to_html(&out, md, top, &err) == 0) {
		check_html(gv_buf_str(&out), top);
	} else {
		FZ_CHECK(err.msg[0], md);
	}
	/* The defuser alone: text within its budgets passes byte for byte, so
	 * a short line without markers or openers comes back unchanged. */
	size_t len;
	char *d = gv_md_defuse(md, strlen(md), &len);
	FZ_CHECK(len >= strlen(md) && strlen(d) <= len, d);
	free(d);
	gv_buf_free(&out);
	free(md);
	return 0;
}
