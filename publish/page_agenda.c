/* The agenda package: the whole agenda with a table of contents, every
 * item's report and recommendation, links to attachments, closed items as
 * clause and general nature only (the site model has already emptied them,
 * and left out every attachment that is not a safe file type). */
#include <stdlib.h>
#include <string.h>

#include "agenda/agenda_view.h"
#include "agenda/attach_type.h"
#include "agenda/clause.h"
#include "base/buf.h"
#include "render/watch.h"
#include "base/clock.h"
#include "base/err.h"
#include "base/files.h"
#include "render/html.h"
#include "render/markdown.h"
#include "publish/pages.h"
#include "publish/site.h"
#include "streaming-hooks/chapter_formats.h"

/* "7. Presentations", "7.2 Staff report" as agendas print them; the title
 * is the meeting's words, in its language (lang). */
static void numbered_title(struct gv_buf *b, const struct gv_item *it, const char *lang)
{
	gv_html_esc(b, it->number);
	gv_buf_puts(b, it->depth == 1 ? ". " : " ");
	gv_html_esc_lang(b, lang, it->title);
}

static int heading_level(const struct gv_item *it)
{
	return it->depth + 1 > 6 ? 6 : it->depth + 1;
}

/* Nested lists of links, one level per depth. */
static void toc(struct gv_buf *b, const struct gv_agenda *a, const char *lang)
{
	gv_buf_puts(b, "<nav class=\"toc\" aria-labelledby=\"toc-title\">\n"
		       "<h2 id=\"toc-title\">Contents</h2>\n");
	int depth = 0;
	for (size_t i = 0; i < a->n; i++) {
		const struct gv_item *it = &a->items[i];
		if (it->depth > depth) {
			for (; depth < it->depth; depth++)
				gv_buf_puts(b, "\n<ul>\n<li>");
		} else {
			gv_buf_puts(b, "</li>\n");
			for (; depth > it->depth; depth--)
				gv_buf_puts(b, "</ul>\n</li>\n");
			gv_buf_puts(b, "<li>");
		}
		gv_buf_puts(b, "<a href=\"#");
		gv_item_anchor(b, it->number);
		gv_buf_puts(b, "\">");
		numbered_title(b, it, lang);
		gv_buf_puts(b, "</a>");
	}
	if (depth) {
		gv_buf_puts(b, "</li>\n");
		for (; depth > 1; depth--)
			gv_buf_puts(b, "</ul>\n</li>\n");
		gv_buf_puts(b, "</ul>\n");
	}
	gv_buf_puts(b, "</nav>\n");
}

static void attachments(struct gv_buf *b, const struct gv_item *it)
{
	if (!it->n_attachments)
		return;
	gv_buf_puts(b, "<ul class=\"attachments\">\n");
	for (size_t k = 0; k < it->n_attachments; k++) {
		const struct gv_attachment *att = &it->attachments[k];
		char size[32];
		gv_size_human(att->size, size);
		char *file = gv_site_attachment_name(it, att);
		gv_buf_puts(b, "<li><a href=\"files/");
		gv_html_esc(b, file);
		gv_buf_puts(b, "\">");
		gv_html_esc(b, att->name);
		gv_buf_puts(b, "</a> (");
		gv_html_esc(b, gv_attach_type_label(att->media_type));
		gv_buf_puts(b, ", ");
		gv_html_esc(b, size);
		gv_buf_puts(b, ")</li>\n");
		free(file);
	}
	gv_buf_puts(b, "</ul>\n");
}

/* "Watch 9.1 Road repairs in the recording", at its moment in it. */
static void watch_link(struct gv_buf *b, const struct gv_site_meeting *sm, const struct gv_item *it)
{
	const struct gv_chapter *ch = gv_chapters_item(sm->chapters, it->number);
	if (ch && gv_web_url(sm->m.stream_url))
		gv_html_watch_link(b, sm->m.stream_url, it->number, it->title, ch->start_ms);
}

/* The recording, its chapters as WebVTT, and the YouTube description text. */
static void recording(struct gv_buf *b, const struct gv_site_meeting *sm)
{
	if (!gv_site_video(sm))
		return;
	gv_buf_puts(b, "<h2 id=\"recording\">Recording</h2>\n<ul class=\"links\">\n<li><a href=\"");
	gv_html_esc(b, gv_site_video(sm));
	gv_buf_puts(b, "\">Watch the meeting</a></li>\n");
	if (sm->chapters->n)
		gv_buf_puts(b, "<li><a href=\"chapters.vtt\">Chapters (WebVTT text)</a></li>\n");
	gv_buf_puts(b, "</ul>\n");
	struct gv_buf yt = GV_BUF_INIT;
	if (sm->chapters->n && !gv_chapters_write(sm->chapters, "youtube", &yt, NULL)) {
		gv_buf_puts(b, "<details>\n<summary>Chapters for a YouTube description</summary>\n<pre>");
		gv_html_esc(b, gv_buf_str(&yt));
		gv_buf_puts(b, "</pre>\n</details>\n");
	}
	gv_buf_free(&yt);
}

static int item(struct gv_buf *b, const struct gv_site_meeting *sm, const struct gv_item *it,
		bool watch, struct gv_err *err)
{
	int level = heading_level(it);
	gv_buf_printf(b, "<div class=\"item depth-%d\">\n<h%d id=\"", it->depth, level);
	gv_item_anchor(b, it->number);
	gv_buf_puts(b, "\">");
	numbered_title(b, it, sm->m.lang);
	gv_buf_printf(b, "</h%d>\n", level);
	if (watch)
		watch_link(b, sm, it);
	if (it->deferred_from) {
		/* the earlier record of deferred business (docs/procedure.md,
		 * "Dispositions") */
		gv_buf_puts(b, "<p class=\"flag\">Deferred from <a href=\"../");
		gv_html_esc(b, it->deferred_from);
		gv_buf_puts(b, "/minutes.html");
		if (it->deferred_item) {
			gv_buf_putc(b, '#');
			gv_item_anchor(b, it->deferred_item);
		}
		gv_buf_puts(b, "\">");
		struct gv_buf words = GV_BUF_INIT;
		gv_item_deferred_words(&words, it);
		gv_html_esc(b, gv_buf_str(&words));
		gv_buf_free(&words);
		gv_buf_puts(b, "</a>.</p>\n");
	}
	if (it->consent)
		gv_buf_puts(b, "<p class=\"flag\">Consent item: adopted with the consent agenda "
			       "unless a member asks that it be dealt with separately.</p>\n");
	if (it->closed_clause) {
		gv_buf_puts(b, "<p class=\"flag closed\">Closed session item, s. ");
		gv_html_esc(b, it->closed_clause);
		gv_buf_puts(b, " of the Municipal Act, 2001: ");
		gv_html_esc(b, gv_clause_nature(it->closed_clause));
		gv_buf_puts(b, ".</p>\n");
	}
	/* the item's text is the meeting's words: in its language */
	bool foreign = gv_html_foreign(sm->m.lang) && *it->body;
	if (foreign) {
		gv_buf_puts(b, "<div");
		gv_html_lang_attr(b, sm->m.lang);
		gv_buf_puts(b, ">\n");
	}
	int rc = gv_md_to_html(b, it->body, level + 1, err);
	if (rc)
		return rc;
	if (foreign)
		gv_buf_puts(b, "</div>\n");
	if (*it->recommendation) {
		gv_buf_puts(b, "<div class=\"recommendation\">\n<p><strong>Recommendation</strong></p>\n");
		if (gv_html_foreign(sm->m.lang)) {
			gv_buf_puts(b, "<div");
			gv_html_lang_attr(b, sm->m.lang);
			gv_buf_puts(b, ">\n");
		}
		if ((rc = gv_md_to_html(b, it->recommendation, level + 1, err)))
			return rc;
		gv_buf_puts(b, gv_html_foreign(sm->m.lang) ? "</div>\n</div>\n" : "</div>\n");
	}
	attachments(b, it);
	gv_buf_puts(b, "</div>\n");
	return 0;
}

/* "December 7, 2026, 3:15 p.m." in a <time> element. */
static void published_time(struct gv_buf *b, int64_t at)
{
	char iso[32], day[48], clock[32];
	gv_time_iso_utc(at, iso);
	gv_time_format(at, "%B %-d, %Y, ", day, sizeof day);
	gv_time_clock12(at, clock);
	gv_buf_printf(b, "<time datetime=\"%s\">", iso);
	gv_html_esc(b, day);
	gv_html_esc(b, clock);
	gv_buf_puts(b, "</time>");
}

static void change_list(struct gv_buf *b, const struct gv_site_revision *r)
{
	gv_buf_puts(b, "<ul class=\"changes\">\n");
	for (size_t i = 0; i < r->n_changes; i++) {
		gv_buf_puts(b, "<li>");
		gv_html_esc(b, r->changes[i]);
		gv_buf_puts(b, "</li>\n");
	}
	if (!r->n_changes)
		gv_buf_puts(b, "<li>The meeting's details changed; the items did not.</li>\n");
	gv_buf_puts(b, "</ul>\n");
}

/* Which revision this page shows, what changed in it, and the others:
 * "Revised agenda (revision 2, published December 7, 2026, 3:15 p.m.)". */
static void revision_notice(struct gv_buf *b, const struct gv_site_meeting *sm, size_t shown,
			    const char *to_latest)
{
	if (!sm->n_revisions)
		return;
	const struct gv_site_revision *r = &sm->revisions[shown];
	bool latest = shown + 1 == sm->n_revisions;
	gv_buf_puts(b, "<section class=\"revision\" aria-labelledby=\"revision-title\">\n");
	if (sm->n_revisions == 1) {
		gv_buf_puts(b, "<p id=\"revision-title\">Agenda published ");
		published_time(b, r->published_at);
		gv_buf_puts(b, ".</p>\n</section>\n");
		return;
	}
	gv_buf_printf(b, "<h2 id=\"revision-title\">%s (revision %d, published ",
		      latest ? "Revised agenda" : "Earlier agenda", r->number);
	published_time(b, r->published_at);
	gv_buf_puts(b, ")</h2>\n");
	if (!latest)
		gv_buf_printf(b, "<p class=\"notice\">This agenda was replaced. <a href=\"%sagenda.html\">"
				 "Read the current agenda (revision %d)</a>.</p>\n",
			      to_latest, sm->revisions[sm->n_revisions - 1].number);
	if (shown) {
		gv_buf_printf(b, "<p>Changed since revision %d:</p>\n", sm->revisions[shown - 1].number);
		change_list(b, r);
	} else {
		gv_buf_puts(b, "<p>The agenda as first published.</p>\n");
	}
	gv_buf_puts(b, "<p>Every revision:</p>\n<ul class=\"links\">\n");
	for (size_t i = sm->n_revisions; i-- > 0;) {
		const struct gv_site_revision *o = &sm->revisions[i];
		gv_buf_puts(b, "<li>");
		if (i != shown) {
			if (i + 1 == sm->n_revisions)
				gv_buf_printf(b, "<a href=\"%sagenda.html\">", to_latest);
			else
				gv_buf_printf(b, "<a href=\"%srevision-%d/agenda.html\">", to_latest,
					      o->number);
		}
		gv_buf_printf(b, "Revision %d%s, published ", o->number,
			      i + 1 == sm->n_revisions ? " (current)" : "");
		published_time(b, o->published_at);
		gv_buf_puts(b, i != shown ? "</a>" : " (this page)");
		gv_buf_puts(b, "</li>\n");
	}
	gv_buf_puts(b, "</ul>\n</section>\n");
}

/* The agenda package of revision `shown` (an index into sm->revisions) of
 * agenda a; root leads from the page to the site's root. */
static int agenda_page(struct gv_buf *out, const struct gv_site *s,
		       const struct gv_site_meeting *sm, const struct gv_agenda *a, size_t shown,
		       const char *root, struct gv_err *err)
{
	const struct gv_meeting *m = &sm->m;
	bool latest = shown + 1 >= sm->n_revisions;
	char when[80];
	gv_meeting_when(m, when);
	char *title = latest ? gv_asprintf("Agenda: %s, %s – %s", m->title, sm->date_words,
					   s->municipality)
			     : gv_asprintf("Agenda, revision %d: %s, %s – %s",
					   sm->revisions[shown].number, m->title, sm->date_words,
					   s->municipality);
	/* the page is in gavel's language; the meeting's words carry their
	 * own (docs/formats.md, "Language of the page") */
	struct gv_page p = {title, "en", root, s->municipality};
	gv_html_begin(out, &p);
	gv_buf_puts(out, "<h1>");
	gv_html_esc_lang(out, m->lang, m->title);
	gv_buf_puts(out, "</h1>\n<p class=\"meta\">");
	gv_html_esc(out, m->body_name);
	gv_buf_puts(out, " · <time datetime=\"");
	char iso[32];
	gv_time_iso_utc(m->starts_at, iso);
	gv_buf_puts(out, iso);
	gv_buf_puts(out, "\">");
	gv_html_esc(out, when);
	gv_buf_puts(out, "</time>");
	if (m->location && *m->location) {
		gv_buf_puts(out, " · ");
		gv_html_esc(out, m->location);
	}
	gv_buf_puts(out, "</p>\n");
	if (m->cancelled)
		gv_buf_puts(out, "<p class=\"notice\"><strong>This meeting is cancelled.</strong></p>\n");
	revision_notice(out, sm, shown, latest ? "" : "../");
	gv_buf_puts(out, "<p class=\"downloads\"><a href=\"agenda.md\">This agenda as plain text "
			 "(Markdown)</a>");
	/* the package is of the latest revision only */
	if (latest && sm->package_size) {
		char size[32];
		gv_size_human(sm->package_size, size);
		gv_buf_printf(out, " · <a href=\"agenda-package.pdf\">The agenda package, with its "
				   "reports and attachments (PDF, %s)</a>", size);
	}
	gv_buf_puts(out, "</p>\n");
	if (latest)
		recording(out, sm);
	toc(out, a, m->lang);
	int rc = 0;
	for (size_t i = 0; i < a->n && !rc; i++)
		rc = item(out, sm, &a->items[i], latest, err);
	gv_html_end(out, &p);
	free(title);
	return rc;
}

int gv_page_agenda(struct gv_buf *out, const struct gv_site *s,
		   const struct gv_site_meeting *sm, struct gv_err *err)
{
	size_t latest = sm->n_revisions ? sm->n_revisions - 1 : 0;
	return agenda_page(out, s, sm, &sm->agenda, latest, "../../", err);
}

int gv_page_agenda_revision(struct gv_buf *out, const struct gv_site *s,
			    const struct gv_site_meeting *sm, size_t k, struct gv_err *err)
{
	return agenda_page(out, s, sm, &sm->revisions[k].agenda, k, "../../../", err);
}
