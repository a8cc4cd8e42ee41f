#include "render/html.h"

#include <stdlib.h>
#include <string.h>

#include "base/buf.h"

void gv_html_esc(struct gv_buf *b, const char *s)
{
	for (; s && *s; s++) {
		switch (*s) {
		case '&': gv_buf_puts(b, "&amp;"); break;
		case '<': gv_buf_puts(b, "&lt;"); break;
		case '>': gv_buf_puts(b, "&gt;"); break;
		case '"': gv_buf_puts(b, "&quot;"); break;
		case '\'': gv_buf_puts(b, "&#39;"); break;
		default: gv_buf_putc(b, *s);
		}
	}
}

bool gv_web_url(const char *u)
{
	return u && (!strncmp(u, "https://", 8) || !strncmp(u, "http://", 7));
}

void gv_item_anchor(struct gv_buf *b, const char *number)
{
	gv_buf_puts(b, "item-");
	for (const char *p = number; *p; p++)
		gv_buf_putc(b, *p == '.' ? '-' : *p);
}

/* href="<root><path>" */
static void href(struct gv_buf *b, const struct gv_page *p, const char *path)
{
	gv_buf_puts(b, "href=\"");
	gv_html_esc(b, p->root);
	gv_html_esc(b, path);
	gv_buf_putc(b, '"');
}

static const struct {
	const char *path, *label;
} site_nav[] = {
	{"index.html", "Meetings"},
	{"members/index.html", "Members"},
	{"declarations.html", "Declarations"},
	{"bylaws.html", "By-laws"},
	{"actions.html", "Outstanding items"},
	{"search.html", "Search"},
	{"calendar.ics", "Calendar (iCalendar)"},
	{"feed.xml", "News feed (Atom)"},
};

bool gv_html_foreign(const char *lang)
{
	return lang && *lang && strcmp(lang, "en") && strncmp(lang, "en-", 3);
}

void gv_html_lang_attr(struct gv_buf *b, const char *lang)
{
	if (!gv_html_foreign(lang))
		return;
	gv_buf_puts(b, " lang=\"");
	gv_html_esc(b, lang);
	gv_buf_putc(b, '"');
}

void gv_html_esc_lang(struct gv_buf *b, const char *lang, const char *text)
{
	if (!gv_html_foreign(lang)) {
		gv_html_esc(b, text);
		return;
	}
	gv_buf_puts(b, "<span");
	gv_html_lang_attr(b, lang);
	gv_buf_putc(b, '>');
	gv_html_esc(b, text);
	gv_buf_puts(b, "</span>");
}

void gv_html_begin(struct gv_buf *b, const struct gv_page *p)
{
	gv_buf_puts(b, "<!DOCTYPE html>\n<html lang=\"");
	gv_html_esc(b, p->lang && *p->lang ? p->lang : "en");
	gv_buf_puts(b, "\">\n<head>\n<meta charset=\"utf-8\">\n"
		       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
		       "<title>");
	gv_html_esc(b, p->title);
	gv_buf_puts(b, "</title>\n<link rel=\"stylesheet\" ");
	href(b, p, "style.css");
	gv_buf_puts(b, ">\n<link rel=\"alternate\" type=\"application/atom+xml\" "
		       "title=\"New agendas and minutes\" ");
	href(b, p, "feed.xml");
	gv_buf_puts(b, ">\n</head>\n<body>\n"
		       "<a class=\"skip\" href=\"#main\">Skip to main content</a>\n"
		       "<header class=\"site\">\n<p class=\"site-name\"><a ");
	href(b, p, "index.html");
	gv_buf_putc(b, '>');
	gv_html_esc(b, p->site);
	gv_buf_puts(b, "</a></p>\n<nav aria-label=\"Site\">\n<ul>\n");
	for (size_t i = 0; i < sizeof site_nav / sizeof *site_nav; i++) {
		gv_buf_puts(b, "<li><a ");
		href(b, p, site_nav[i].path);
		gv_buf_printf(b, ">%s</a></li>\n", site_nav[i].label);
	}
	gv_buf_puts(b, "</ul>\n</nav>\n</header>\n<main id=\"main\">\n");
}

void gv_html_end(struct gv_buf *b, const struct gv_page *p)
{
	gv_buf_puts(b, "</main>\n<footer class=\"site\">\n<p>Published by ");
	gv_html_esc(b, p->site);
	gv_buf_puts(b, " with gavel. Open data: <a ");
	href(b, p, "data/popolo.json");
	gv_buf_puts(b, ">votes as Popolo JSON</a>, <a ");
	href(b, p, "data/votes.csv");
	gv_buf_puts(b, ">votes as CSV</a>.</p>\n</footer>\n</body>\n</html>\n");
}
