#include "publish/html.h"

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

void gv_html_begin(struct gv_buf *b, const struct gv_page *p)
{
	gv_buf_puts(b, "<!DOCTYPE html>\n<html lang=\"");
	gv_html_esc(b, p->lang && *p->lang ? p->lang : "en");
	gv_buf_puts(b, "\">\n<head>\n<meta charset=\"utf-8\">\n"
		       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
		       "<title>");
	gv_html_esc(b, p->title);
	gv_buf_puts(b, "</title>\n<link rel=\"stylesheet\" href=\"");
	gv_html_esc(b, p->root);
	gv_buf_puts(b, "style.css\">\n<link rel=\"alternate\" type=\"application/atom+xml\" "
		       "title=\"New agendas and minutes\" href=\"");
	gv_html_esc(b, p->root);
	gv_buf_puts(b, "feed.xml\">\n</head>\n<body>\n"
		       "<a class=\"skip\" href=\"#main\">Skip to main content</a>\n"
		       "<header class=\"site\">\n<p class=\"site-name\"><a href=\"");
	gv_html_esc(b, p->root);
	gv_buf_puts(b, "index.html\">");
	gv_html_esc(b, p->site);
	gv_buf_puts(b, "</a></p>\n<nav aria-label=\"Site\">\n<ul>\n<li><a href=\"");
	gv_html_esc(b, p->root);
	gv_buf_puts(b, "index.html\">Meetings</a></li>\n<li><a href=\"");
	gv_html_esc(b, p->root);
	gv_buf_puts(b, "members/index.html\">Members</a></li>\n<li><a href=\"");
	gv_html_esc(b, p->root);
	gv_buf_puts(b, "search.html\">Search</a></li>\n<li><a href=\"");
	gv_html_esc(b, p->root);
	gv_buf_puts(b, "calendar.ics\">Calendar (iCalendar)</a></li>\n<li><a href=\"");
	gv_html_esc(b, p->root);
	gv_buf_puts(b, "feed.xml\">News feed (Atom)</a></li>\n</ul>\n</nav>\n</header>\n"
		       "<main id=\"main\">\n");
}

void gv_html_end(struct gv_buf *b, const struct gv_page *p)
{
	gv_buf_puts(b, "</main>\n<footer class=\"site\">\n<p>Published by ");
	gv_html_esc(b, p->site);
	gv_buf_puts(b, " with gavel. Open data: <a href=\"");
	gv_html_esc(b, p->root);
	gv_buf_puts(b, "data/popolo.json\">votes as Popolo JSON</a>, <a href=\"");
	gv_html_esc(b, p->root);
	gv_buf_puts(b, "data/votes.csv\">votes as CSV</a>.</p>\n</footer>\n</body>\n</html>\n");
}
