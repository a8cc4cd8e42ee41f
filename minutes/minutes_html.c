/* The minutes as HTML. The walk of minutes_md.c writes markdown, and at each
 * block markdown cannot express (a heading with an id, the status line, a
 * vote table with caption and scopes, a note whose headings sit below its
 * item) it hands what it wrote so far to discount with the safe flags and
 * writes the block itself, escaped. */
#include "minutes/minutes_parts.h"

#include "agenda/agenda_view.h"
#include "base/buf.h"
#include "base/clock.h"
#include "base/err.h"
#include "base/text.h"
#include "render/html.h"
#include "render/markdown.h"

#include <stdlib.h>

struct mp_html {
	struct gv_buf *out;
	const struct gv_minutes_html_opts *o;
	struct gv_err *err;
	int rc;  /* the first failure; later markdown is skipped */
	/* where in out the status line starts, and where the page's links
	 * after it end (approved_text.c keeps what is around them) */
	size_t status_at, links_end;
};

struct gv_buf *mp_html_block(struct gv_buf *md, const struct gv_page_ctx *p)
{
	struct mp_html *h = p->html;
	if (!h)
		return NULL;
	if (md->len && !h->rc)
		h->rc = gv_md_to_html(h->out, gv_buf_str(md), 0, h->err);
	gv_buf_reset(md);
	return h->out;
}

static void status(struct gv_buf *h, const struct gv_approval *a, const char *href)
{
	if (!a->approved) {
		gv_buf_puts(h, "<p class=\"status draft\"><strong>Draft</strong>: these minutes "
			       "have not been approved.</p>\n");
		return;
	}
	gv_buf_puts(h, "<p class=\"status approved\"><strong>Approved</strong>");
	if (!a->at_slug) {
		gv_buf_puts(h, " by the clerk without a motion (forced).</p>\n");
		return;
	}
	gv_buf_puts(h, " at ");
	if (href) {
		gv_buf_puts(h, "<a href=\"");
		gv_html_esc(h, href);
		gv_buf_puts(h, "\">");
	}
	gv_html_esc(h, a->at_name);
	gv_buf_puts(h, href ? "</a>" : "");
	if (*a->resolution)
		gv_buf_printf(h, " (Resolution %s)", a->resolution);
	gv_buf_puts(h, ".</p>\n");
}

void mp_html_header(struct gv_buf *h, const struct gv_page_ctx *p)
{
	const struct gv_meeting *m = &p->m->meeting;
	gv_buf_puts(h, "<h1>Minutes: ");
	gv_html_esc_lang(h, m->lang, m->title);
	gv_buf_puts(h, "</h1>\n<p class=\"meta\">");
	if (p->m->municipality && *p->m->municipality) {
		gv_html_esc(h, p->m->municipality);
		gv_buf_puts(h, " · ");
	}
	char when[80], iso[32];
	gv_meeting_when(m, when);
	gv_time_iso_utc(m->starts_at, iso);
	gv_html_esc(h, m->body_name);
	gv_buf_printf(h, " · <time datetime=\"%s\">", iso);
	gv_html_esc(h, when);
	gv_buf_puts(h, "</time>");
	if (m->location) {
		gv_buf_puts(h, " · ");
		gv_html_esc(h, m->location);
	}
	gv_buf_puts(h, "</p>\n");
	if (m->cancelled)
		gv_buf_puts(h, "<p class=\"notice\"><strong>This meeting was cancelled.</strong></p>\n");
	if (mp_confidential(p))
		gv_buf_puts(h, "<p class=\"notice\"><strong>Confidential: these minutes include "
			       "closed-session proceedings. Not for publication.</strong></p>\n");
	p->html->status_at = h->len;
	status(h, &p->m->approval, p->html->o->approval_href);
	if (p->html->o->links_html)
		gv_buf_puts(h, p->html->o->links_html);
	p->html->links_end = h->len;
}

static int item_level(const struct gv_item *it)
{
	return it->depth + 1 > 6 ? 6 : it->depth + 1;
}

void mp_html_item_heading(struct gv_buf *h, const struct gv_item *it, const char *lang)
{
	gv_buf_printf(h, "<h%d id=\"", item_level(it));
	gv_item_anchor(h, it->number);
	gv_buf_puts(h, "\">");
	gv_html_esc(h, it->number);
	gv_buf_putc(h, ' ');
	gv_html_esc_lang(h, lang, it->title);
	gv_buf_printf(h, "</h%d>\n", item_level(it));
}

void mp_html_note(struct gv_buf *h, const struct gv_page_ctx *p, const struct gv_item *it,
		  const char *note)
{
	struct mp_html *html = p->html;
	if (html->rc)
		return;
	int level = item_level(it) + 1;
	/* a note is the clerk's words, in the meeting's language */
	const char *lang = p->m->meeting.lang;
	if (gv_html_foreign(lang)) {
		gv_buf_puts(h, "<div");
		gv_html_lang_attr(h, lang);
		gv_buf_puts(h, ">\n");
	}
	html->rc = gv_md_to_html(h, note, level > 6 ? 6 : level, html->err);
	if (gv_html_foreign(lang))
		gv_buf_puts(h, "</div>\n");
}

/* The HTML body as made now from m; h->out gets it. */
static int made(struct mp_html *h, const struct gv_minutes *m)
{
	struct gv_page_ctx p = {m, m->public, h};
	struct gv_buf md = GV_BUF_INIT;
	mp_minutes(&md, &p);
	mp_html_block(&md, &p);
	gv_buf_free(&md);
	return h->rc;
}

int mp_html_parts(const struct gv_minutes *m, char **head, char **tail, struct gv_err *err)
{
	struct gv_buf out = GV_BUF_INIT;
	struct gv_minutes_html_opts o = {0};
	struct mp_html h = {&out, &o, err, 0, 0, 0};
	int rc = made(&h, m);
	*head = rc ? NULL : gv_strndup(gv_buf_str(&out), h.status_at);
	*tail = rc ? NULL : gv_strdup(gv_buf_str(&out) + h.links_end);
	gv_buf_free(&out);
	return rc;
}

int gv_minutes_html_body(struct gv_buf *out, const struct gv_minutes *m,
			 const struct gv_minutes_html_opts *o, struct gv_err *err)
{
	/* approved: the text approved, with this page's status line and
	 * links (the same status, but for the link to the approving meeting) */
	const struct gv_minutes_approved *approved = gv_minutes_approved_text(m);
	if (approved) {
		gv_buf_puts(out, approved->html_head);
		status(out, &m->approval, o->approval_href);
		if (o->links_html)
			gv_buf_puts(out, o->links_html);
		gv_buf_puts(out, approved->html_tail);
		return 0;
	}
	struct mp_html h = {out, o, err, 0, 0, 0};
	return made(&h, m);
}

int gv_minutes_html(struct gv_buf *out, const struct gv_minutes *m, struct gv_err *err)
{
	/* gavel's words are English; the meeting's own carry their language */
	gv_buf_puts(out, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
			 "<title>Minutes: ");
	gv_html_esc(out, m->meeting.title);
	gv_buf_puts(out, " (");
	gv_html_esc(out, m->meeting.slug);
	gv_buf_puts(out, ")</title>\n</head>\n<body>\n<main>\n");
	struct gv_minutes_html_opts o = {0};
	int rc = gv_minutes_html_body(out, m, &o, err);
	gv_buf_puts(out, "</main>\n</body>\n</html>\n");
	return rc;
}
