/* index.html: upcoming meetings first (soonest first), then past meetings
 * by year (newest first), each with its body, title, date, time and
 * place and links to its agenda (with its revision once revised), its
 * minutes (marked draft or approved) and its video. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "agenda/agenda_view.h"
#include "base/buf.h"
#include "minutes/minutes.h"
#include "render/html.h"
#include "publish/pages.h"
#include "publish/site.h"

static void meeting_row(struct gv_buf *b, const struct gv_site_meeting *sm)
{
	char dir[160], when[80];
	gv_site_meeting_dir(sm, dir);
	gv_meeting_when(&sm->m, when);
	gv_buf_puts(b, "<li>\n<p class=\"meeting\"><a href=\"");
	gv_html_esc(b, dir);
	gv_buf_puts(b, "agenda.html\">");
	gv_html_esc(b, sm->m.body_name);
	gv_buf_puts(b, ": ");
	gv_html_esc(b, sm->m.title);
	gv_buf_puts(b, "</a><br>\n");
	gv_html_esc(b, when);
	if (sm->m.location && *sm->m.location) {
		gv_buf_puts(b, " · ");
		gv_html_esc(b, sm->m.location);
	}
	if (sm->m.cancelled)
		gv_buf_puts(b, " · <strong>Cancelled</strong>");
	else if (sm->not_held) /* the minutes' words (docs/minutes.md) */
		gv_buf_puts(b, " · <strong>Not held: there was no quorum</strong>");
	gv_buf_puts(b, "</p>\n<ul class=\"links\">\n<li><a href=\"");
	gv_html_esc(b, dir);
	if (sm->n_revisions > 1)
		gv_buf_printf(b, "agenda.html\">Agenda (revision %d)</a></li>\n",
			      sm->revisions[sm->n_revisions - 1].number);
	else
		gv_buf_puts(b, "agenda.html\">Agenda</a></li>\n");
	if (sm->has_minutes) {
		gv_buf_puts(b, "<li><a href=\"");
		gv_html_esc(b, dir);
		gv_buf_printf(b, "minutes.html\">Minutes (%s)</a></li>\n",
			      sm->approval.approved ? "approved" : "draft");
	}
	if (gv_site_video(sm)) {
		gv_buf_puts(b, "<li><a href=\"");
		gv_html_esc(b, gv_site_video(sm));
		gv_buf_puts(b, "\">Video</a></li>\n");
	}
	gv_buf_puts(b, "</ul>\n</li>\n");
}

/* Past: its time has come, or it was held already (it has minutes) even if
 * the clerk recorded it before its scheduled time. */
static bool held(const struct gv_site *s, const struct gv_site_meeting *sm)
{
	return sm->m.starts_at < s->now || sm->has_minutes;
}

void gv_page_index(struct gv_buf *out, const struct gv_site *s)
{
	char *title = gv_asprintf("Meetings – %s", s->municipality);
	struct gv_page p = {title, "en", "", s->municipality};
	gv_html_begin(out, &p);
	gv_buf_puts(out, "<h1>Meetings</h1>\n<h2>Upcoming meetings</h2>\n");
	size_t upcoming = 0;
	for (size_t i = 0; i < s->n; i++)
		upcoming += !held(s, &s->meetings[i]);
	if (!upcoming) {
		gv_buf_puts(out, "<p>No meetings are scheduled.</p>\n");
	} else {
		gv_buf_puts(out, "<ul class=\"meetings\">\n");
		for (size_t i = 0; i < s->n; i++)
			if (!held(s, &s->meetings[i]))
				meeting_row(out, &s->meetings[i]);
		gv_buf_puts(out, "</ul>\n");
	}
	gv_buf_puts(out, "<h2>Past meetings</h2>\n");
	if (upcoming == s->n)
		gv_buf_puts(out, "<p>No past meetings yet.</p>\n");
	char year[5] = "";
	for (size_t i = s->n; i-- > 0;) {
		const struct gv_site_meeting *sm = &s->meetings[i];
		if (!held(s, sm))
			continue;
		if (strncmp(year, sm->date, 4)) {
			if (*year)
				gv_buf_puts(out, "</ul>\n");
			memcpy(year, sm->date, 4);
			gv_buf_printf(out, "<h3>%s</h3>\n<ul class=\"meetings\">\n", year);
		}
		meeting_row(out, sm);
	}
	if (*year)
		gv_buf_puts(out, "</ul>\n");
	gv_html_end(out, &p);
	free(title);
}
