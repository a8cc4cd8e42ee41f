/* feed.xml (Atom, RFC 4287): one entry per published agenda, newest
 * first. Ids are tag: URIs that never change for a meeting. */
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/clock.h"
#include "base/text.h"
#include "publish/html.h"
#include "publish/pages.h"
#include "publish/site.h"

#define FEED_ENTRIES 50

static int by_published_desc(const void *a, const void *b)
{
	const struct gv_site_meeting *x = *(const struct gv_site_meeting *const *)a;
	const struct gv_site_meeting *y = *(const struct gv_site_meeting *const *)b;
	if (x->m.agenda_published_at != y->m.agenda_published_at)
		return x->m.agenda_published_at < y->m.agenda_published_at ? 1 : -1;
	return strcmp(x->m.slug, y->m.slug);
}

static void link_to(struct gv_buf *b, const struct gv_site *s, const char *path)
{
	const char *sep = *s->base_url && s->base_url[strlen(s->base_url) - 1] != '/' ? "/" : "";
	gv_html_esc(b, s->base_url);
	gv_buf_puts(b, sep);
	gv_html_esc(b, path);
}

void gv_page_feed(struct gv_buf *out, const struct gv_site *s)
{
	const struct gv_site_meeting **order = gv_calloc(s->n ? s->n : 1, sizeof *order);
	for (size_t i = 0; i < s->n; i++)
		order[i] = &s->meetings[i];
	qsort(order, s->n, sizeof *order, by_published_desc);
	char *slug = gv_slugify(s->municipality);
	char updated[32] = "1970-01-01T00:00:00Z";
	if (s->n)
		gv_time_iso_utc(order[0]->m.agenda_published_at, updated);
	gv_buf_puts(out, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
			 "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<title>");
	gv_html_esc(out, s->municipality);
	gv_buf_puts(out, ": agendas and minutes</title>\n<id>tag:");
	gv_html_esc(out, *slug ? slug : "council");
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
	for (size_t i = 0; i < s->n && i < FEED_ENTRIES; i++) {
		const struct gv_site_meeting *sm = order[i];
		char when[32], dir[160];
		gv_time_iso_utc(sm->m.agenda_published_at, when);
		gv_site_meeting_dir(sm, dir);
		char *path = gv_asprintf("%sagenda.html", dir);
		gv_buf_puts(out, "<entry>\n<title>Agenda: ");
		gv_html_esc(out, sm->m.body_name);
		gv_buf_puts(out, ", ");
		gv_html_esc(out, sm->m.title);
		gv_buf_puts(out, ", ");
		gv_html_esc(out, sm->date);
		gv_buf_puts(out, "</title>\n<id>tag:");
		gv_html_esc(out, *slug ? slug : "council");
		gv_buf_puts(out, ".gavel,2026:agenda/");
		gv_html_esc(out, sm->m.slug);
		gv_buf_printf(out, "</id>\n<updated>%s</updated>\n<link rel=\"alternate\" "
				   "type=\"text/html\" href=\"", when);
		link_to(out, s, path);
		gv_buf_printf(out, "\"/>\n<summary>The agenda of the %s meeting of ", sm->date);
		gv_html_esc(out, sm->m.body_name);
		gv_buf_puts(out, sm->m.cancelled ? " (cancelled).</summary>\n</entry>\n"
						   : ".</summary>\n</entry>\n");
		free(path);
	}
	gv_buf_puts(out, "</feed>\n");
	free(slug);
	free(order);
}
