/* feed.xml (Atom, RFC 4287): an entry when an agenda is published and for
 * each revision of it, when a meeting's draft minutes appear and when its
 * minutes are approved, newest first. Ids are tag: URIs that never change
 * for a meeting, kind and revision. */
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/clock.h"
#include "base/text.h"
#include "minutes/minutes.h"
#include "render/html.h"
#include "publish/pages.h"
#include "publish/site.h"

#define FEED_ENTRIES 50

enum kind { AGENDA, DRAFT, APPROVED };

struct entry {
	const struct gv_site_meeting *sm;
	enum kind kind;
	int64_t at;
	int revision;  /* of an agenda: 1 for the first publish */
};

static int newest_first(const void *a, const void *b)
{
	const struct entry *x = a, *y = b;
	if (x->at != y->at)
		return x->at < y->at ? 1 : -1;
	int c = strcmp(x->sm->m.slug, y->sm->m.slug);
	if (c || x->kind != y->kind)
		return c ? c : (int)y->kind - (int)x->kind;
	return y->revision - x->revision;
}

static void link_to(struct gv_buf *b, const struct gv_site *s, const char *path)
{
	const char *sep = *s->base_url && s->base_url[strlen(s->base_url) - 1] != '/' ? "/" : "";
	gv_html_esc(b, s->base_url);
	gv_buf_puts(b, sep);
	gv_html_esc(b, path);
}

/* Every entry the site has news for, newest first; caller frees. */
static struct entry *entries(const struct gv_site *s, size_t *n)
{
	size_t room = 3 * s->n + 1;
	for (size_t i = 0; i < s->n; i++)
		room += s->meetings[i].n_revisions;
	struct entry *e = gv_calloc(room, sizeof *e);
	*n = 0;
	for (size_t i = 0; i < s->n; i++) {
		const struct gv_site_meeting *sm = &s->meetings[i];
		for (size_t k = 0; k < sm->n_revisions; k++)
			e[(*n)++] = (struct entry){sm, AGENDA, sm->revisions[k].published_at,
						   sm->revisions[k].number};
		if (!sm->n_revisions)
			e[(*n)++] = (struct entry){sm, AGENDA, sm->m.agenda_published_at, 1};
		if (!sm->has_minutes)
			continue;
		e[(*n)++] = (struct entry){sm, DRAFT, sm->minutes_at};
		if (sm->approval.approved)
			e[(*n)++] = (struct entry){sm, APPROVED, sm->approval.approved_at};
	}
	qsort(e, *n, sizeof *e, newest_first);
	return e;
}

static void summary(struct gv_buf *b, const struct entry *e)
{
	const struct gv_site_meeting *sm = e->sm;
	static const char *const what[] = {[AGENDA] = "The agenda", [DRAFT] = "The draft minutes",
					   [APPROVED] = "The minutes"};
	_Static_assert(sizeof what / sizeof *what == APPROVED + 1, "a summary for every kind");
	if (e->kind == AGENDA && e->revision > 1)
		gv_buf_printf(b, "<summary>Revision %d of the agenda of the %s meeting of ",
			      e->revision, sm->date_words);
	else
		gv_buf_printf(b, "<summary>%s of the %s meeting of ", what[e->kind], sm->date_words);
	gv_html_esc(b, sm->m.body_name);
	const struct gv_approval *a = &sm->approval;
	if (e->kind == AGENDA && sm->m.cancelled) {
		gv_buf_puts(b, " (cancelled)");
	} else if (e->kind == APPROVED && a->at_slug) {
		gv_buf_puts(b, ", approved at ");
		gv_html_esc(b, a->at_name);
		if (*a->resolution)
			gv_buf_printf(b, " (Resolution %s)", a->resolution);
	} else if (e->kind == APPROVED) {
		gv_buf_puts(b, ", approved by the clerk without a motion");
	}
	gv_buf_puts(b, ".</summary>\n");
}

static void entry(struct gv_buf *out, const struct gv_site *s, const char *site_tag,
		  const struct entry *e)
{
	static const char *const title[] = {[AGENDA] = "Agenda", [DRAFT] = "Draft minutes",
					    [APPROVED] = "Approved minutes"};
	static const char *const id[] = {[AGENDA] = "agenda/%s", [DRAFT] = "minutes/%s/draft",
					 [APPROVED] = "minutes/%s/approved"};
	_Static_assert(sizeof title / sizeof *title == APPROVED + 1, "a title for every kind");
	_Static_assert(sizeof id / sizeof *id == APPROVED + 1, "an id for every kind");
	const struct gv_site_meeting *sm = e->sm;
	char when[32], dir[160];
	gv_time_iso_utc(e->at, when);
	gv_site_meeting_dir(sm, dir);
	char *path = gv_asprintf("%s%s.html", dir, e->kind == AGENDA ? "agenda" : "minutes");
	char *tag = gv_asprintf(id[e->kind], sm->m.slug);
	if (e->kind == AGENDA && e->revision > 1) {
		/* the first publish keeps the id it always had */
		char *rev = gv_asprintf("%s/revision-%d", tag, e->revision);
		free(tag);
		tag = rev;
		gv_buf_printf(out, "<entry>\n<title>Revised agenda (revision %d): ", e->revision);
	} else {
		gv_buf_printf(out, "<entry>\n<title>%s: ", title[e->kind]);
	}
	gv_html_esc(out, sm->m.body_name);
	gv_buf_puts(out, ", ");
	gv_html_esc(out, sm->m.title);
	gv_buf_puts(out, ", ");
	gv_html_esc(out, sm->date_words);
	gv_buf_puts(out, "</title>\n<id>tag:");
	gv_html_esc(out, site_tag);
	gv_buf_puts(out, ".gavel,2026:");
	gv_html_esc(out, tag);
	gv_buf_printf(out, "</id>\n<updated>%s</updated>\n<link rel=\"alternate\" "
			   "type=\"text/html\" href=\"", when);
	link_to(out, s, path);
	gv_buf_puts(out, "\"/>\n");
	summary(out, e);
	gv_buf_puts(out, "</entry>\n");
	free(tag);
	free(path);
}

void gv_page_feed(struct gv_buf *out, const struct gv_site *s)
{
	size_t n;
	struct entry *e = entries(s, &n);
	char *slug = gv_slugify(s->municipality);
	const char *site_tag = *slug ? slug : "council";
	char updated[32] = "1970-01-01T00:00:00Z";
	if (n)
		gv_time_iso_utc(e[0].at, updated);
	gv_buf_puts(out, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
			 "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<title>");
	gv_html_esc(out, s->municipality);
	gv_buf_puts(out, ": agendas and minutes</title>\n<id>tag:");
	gv_html_esc(out, site_tag);
	gv_buf_puts(out, ".gavel,2026:feed</id>\n<updated>");
	gv_buf_puts(out, updated);
	gv_buf_puts(out, "</updated>\n<author><name>");
	gv_html_esc(out, s->clerk_name);
	gv_buf_puts(out, "</name></author>\n<link rel=\"alternate\" href=\"");
	link_to(out, s, "index.html");
	gv_buf_puts(out, "\"/>\n");
	if (*s->base_url) {
		gv_buf_puts(out, "<link rel=\"self\" href=\"");
		link_to(out, s, "feed.xml");
		gv_buf_puts(out, "\"/>\n");
	}
	for (size_t i = 0; i < n && i < FEED_ENTRIES; i++)
		entry(out, s, site_tag, &e[i]);
	gv_buf_puts(out, "</feed>\n");
	free(slug);
	free(e);
}
