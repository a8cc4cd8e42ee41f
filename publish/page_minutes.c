/* The minutes page of a meeting: its public minutes in the site's frame,
 * saying in the title and at the top whether they are a draft or approved
 * (and by which meeting and motion), with links to the agenda, the
 * markdown copy and the recording. */
#include <stdlib.h>

#include "base/buf.h"
#include "minutes/minutes.h"
#include "render/html.h"
#include "base/files.h"
#include "publish/pages.h"
#include "publish/site.h"

int gv_page_minutes(struct gv_buf *out, const struct gv_site *s,
		    const struct gv_site_meeting *sm, struct gv_err *err)
{
	const struct gv_meeting *m = &sm->m;
	char *title = gv_asprintf("%s minutes: %s, %s – %s",
				  sm->approval.approved ? "Approved" : "Draft", m->title,
				  sm->date_words, s->municipality);
	/* gavel's words are English; the minutes mark the meeting's own
	 * (docs/formats.md, "Language of the page") */
	struct gv_page p = {title, "en", "../../", s->municipality};
	struct gv_buf links = GV_BUF_INIT;
	gv_buf_puts(&links, "<p class=\"downloads\"><a href=\"agenda.html\">The agenda</a> · "
			    "<a href=\"minutes.md\">These minutes as plain text (Markdown)</a>");
	if (sm->minutes_pdf_size) {
		char size[32];
		gv_size_human(sm->minutes_pdf_size, size);
		gv_buf_printf(&links, " · <a href=\"minutes.pdf\">These minutes to print (PDF, %s)</a>",
			      size);
	}
	if (gv_site_video(sm)) {
		gv_buf_puts(&links, " · <a href=\"");
		gv_html_esc(&links, gv_site_video(sm));
		gv_buf_puts(&links, "\">Watch the meeting</a>");
	}
	gv_buf_puts(&links, "</p>\n");
	char *href = gv_site_approval_href(s, sm);
	struct gv_minutes_html_opts o = {gv_buf_str(&links), href};
	gv_html_begin(out, &p);
	int rc = gv_minutes_html_body(out, sm->minutes, &o, err);
	gv_html_end(out, &p);
	free(href);
	gv_buf_free(&links);
	free(title);
	return rc;
}
