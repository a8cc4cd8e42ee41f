/* actions.html: the outstanding items (docs/bylaws.md, "Follow-up
 * actions"): what Council's resolutions directed, to whom, by when, and
 * whether it was done. Only actions of resolutions of meetings on the
 * site, and never one on a direction given in closed session. */
#include <stdlib.h>
#include <string.h>

#include "agenda/action.h"
#include "agenda/member.h"
#include "base/buf.h"
#include "base/clock.h"
#include "base/err.h"
#include "publish/pages.h"
#include "publish/site.h"
#include "render/html.h"

static bool on_site(const struct gv_site *s, const char *slug)
{
	for (size_t i = 0; i < s->n; i++)
		if (!strcmp(s->meetings[i].m.slug, slug))
			return true;
	return false;
}

static void row(struct gv_buf *b, const struct gv_site *s, const struct gv_action *a,
		const char *today)
{
	char w[40];
	gv_buf_puts(b, "<tr><td>");
	gv_page_public_text(b, a->text);
	gv_buf_puts(b, "</td><td>");
	gv_page_public_text(b, a->assignee);
	gv_buf_puts(b, "</td><td>");
	gv_html_esc(b, gv_date_words(a->due, w) ? w : a->due);
	if (gv_action_overdue(a, today))
		gv_buf_puts(b, " <strong>(overdue)</strong>");
	gv_buf_puts(b, "</td><td>Resolution ");
	gv_html_esc(b, a->res);
	gv_buf_puts(b, ", ");
	gv_page_meeting_link(b, s, a->meeting, a->meeting_name);
	gv_buf_puts(b, "</td>");
	if (a->done_on) {
		gv_buf_puts(b, "<td>");
		gv_html_esc(b, gv_date_words(a->done_on, w) ? w : a->done_on);
		if (a->note) {
			gv_buf_puts(b, ": ");
			gv_page_public_text(b, a->note);
		}
		gv_buf_puts(b, "</td>");
	}
	gv_buf_puts(b, "</tr>\n");
}

static void table(struct gv_buf *b, const struct gv_site *s, const struct gv_action *a, size_t n,
		  bool done, const char *today)
{
	size_t shown = 0;
	for (size_t i = 0; i < n; i++) {
		if (a[i].confidential || !on_site(s, a[i].meeting) || !a[i].done_on != !done)
			continue;
		if (!shown++)
			gv_buf_printf(b, "<table>\n<caption>%s</caption>\n<thead><tr>"
					 "<th scope=\"col\">Action</th><th scope=\"col\">Directed to</th>"
					 "<th scope=\"col\">Due</th><th scope=\"col\">Directed by</th>%s"
					 "</tr></thead>\n<tbody>\n",
				      done ? "Completed actions" : "Outstanding actions, by due date",
				      done ? "<th scope=\"col\">Done</th>" : "");
		row(b, s, &a[i], today);
	}
	if (shown)
		gv_buf_puts(b, "</tbody>\n</table>\n");
	else
		gv_buf_puts(b, done ? "<p>None completed yet.</p>\n" : "<p>Nothing outstanding.</p>\n");
}

int gv_page_actions(struct gv_buf *out, const struct gv_site *s, struct gv_err *err)
{
	struct gv_action *a;
	size_t n;
	if (gv_action_list(s->ws, false, true, &a, &n, err))
		return err->code;
	char today[11];
	gv_today(today);
	char *title = gv_asprintf("Outstanding items – %s", s->municipality);
	struct gv_page p = {title, "en", "", s->municipality};
	gv_html_begin(out, &p);
	gv_buf_puts(out, "<h1>Outstanding items</h1>\n<p>What resolutions of Council and its "
			 "committees directed staff to do, by when, and what has been done.</p>\n"
			 "<h2>Outstanding</h2>\n");
	table(out, s, a, n, false, today);
	gv_buf_puts(out, "<h2>Completed</h2>\n");
	table(out, s, a, n, true, today);
	gv_html_end(out, &p);
	free(title);
	gv_actions_free(a, n);
	return 0;
}
