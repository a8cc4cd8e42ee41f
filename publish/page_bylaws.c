/* bylaws.html: the by-law register as residents read it (docs/bylaws.md,
 * "On the site"): number, title, status, the meeting and resolution that
 * enacted it, what amended or repealed it; then the head of council's
 * decisions and vetoes with their dates (O. Reg. 530/22). By-laws are read
 * in open session, so the register holds nothing confidential; a meeting
 * that is not on the site is named without a link. */
#include <stdlib.h>
#include <string.h>

#include "agenda/bylaw.h"
#include "agenda/mayor.h"
#include "base/buf.h"
#include "base/clock.h"
#include "base/err.h"
#include "base/text.h"
#include "publish/pages.h"
#include "publish/site.h"
#include "render/html.h"

/* Text a clerk typed, as the public reads it: redacted, escaped. */
void gv_page_public_text(struct gv_buf *b, const char *s)
{
	char *r = gv_redact(s);
	gv_html_esc(b, r);
	free(r);
}

/* "the Regular Council Meeting of December 8, 2026", linked to its page on
 * the site when it is there. */
void gv_page_meeting_link(struct gv_buf *b, const struct gv_site *s, const char *slug,
			  const char *name)
{
	const struct gv_site_meeting *sm = NULL;
	for (size_t i = 0; !sm && i < s->n; i++)
		if (!strcmp(s->meetings[i].m.slug, slug))
			sm = &s->meetings[i];
	if (sm) {
		gv_buf_puts(b, "<a href=\"meetings/");
		gv_html_esc(b, slug);
		gv_buf_puts(b, sm->has_minutes ? "/minutes.html\">" : "/agenda.html\">");
	}
	gv_html_esc(b, name);
	if (sm)
		gv_buf_puts(b, "</a>");
}

static void date_words(struct gv_buf *b, const char *date)
{
	char w[40];
	gv_html_esc(b, gv_date_words(date, w) ? w : date);
}

/* The status and the day it took it (gv_bylaw_status_date: a repeal is
 * dated by the repealing by-law's enactment), then the enactment when the
 * status is a later one; a by-law under a veto was passed, not enacted. */
static void status_cell(struct gv_buf *b, const struct gv_bylaw *l)
{
	gv_buf_puts(b, "<td>");
	const char *st = gv_bylaw_status(l);
	const char *on = gv_bylaw_status_date(l);
	if (!strcmp(st, "vetoed")) {
		/* a vetoed by-law is not in force: Council passed it, the head
		 * of council vetoed it; never "enacted" (docs/bylaws.md, "Mayoral
		 * decisions") */
		gv_buf_puts(b, "Vetoed by the head of council on ");
		date_words(b, l->vetoed_on);
		if (l->enacted) {
			gv_buf_puts(b, "; passed by Council on ");
			date_words(b, l->enacted->date);
		}
		gv_buf_puts(b, "; not in force</td>");
		return;
	}
	gv_buf_putc(b, (char)(st[0] - 'a' + 'A'));
	gv_html_esc(b, st + 1);
	if (on) {
		gv_buf_puts(b, ", ");
		date_words(b, on);
	}
	if (l->enacted && strcmp(st, "enacted")) {
		gv_buf_puts(b, "; enacted ");
		date_words(b, l->enacted->date);
	}
	if (l->signed_on)
		gv_buf_puts(b, "; signed");
	if (l->vetoed_on && strcmp(st, "vetoed")) {
		gv_buf_puts(b, "; vetoed by the head of council on ");
		date_words(b, l->vetoed_on);
		if (l->overridden) {
			gv_buf_puts(b, ", veto overridden by Council on ");
			date_words(b, l->overridden->date);
		}
	}
	gv_buf_puts(b, "</td>");
}

static void enacted_cells(struct gv_buf *b, const struct gv_site *s, const struct gv_bylaw *l)
{
	const struct gv_bylaw_step *e = l->enacted;
	if (!e && l->n_steps)
		e = &l->steps[l->n_steps - 1];
	gv_buf_puts(b, "<td>");
	if (e)
		gv_page_meeting_link(b, s, e->meeting, e->meeting_name);
	gv_buf_puts(b, "</td><td>");
	if (e && *e->res) {
		gv_html_esc(b, e->res);
	}
	gv_buf_puts(b, "</td>");
}

/* "Amended by 2026-053 on November 10, 2026, 2026-060 on ...": each later
 * by-law with the day it was enacted, the day it took effect. */
static void later_by_laws(struct gv_buf *b, const char *what, const struct gv_bylaw_change *c,
			  size_t n)
{
	gv_buf_puts(b, what);
	for (size_t k = 0; k < n; k++) {
		gv_buf_puts(b, k ? ", " : " ");
		gv_html_esc(b, c[k].by);
		gv_buf_puts(b, " on ");
		date_words(b, c[k].date);
	}
}

static void changes_cell(struct gv_buf *b, const struct gv_bylaw *l)
{
	gv_buf_puts(b, "<td>");
	const char *sep = "";
	if (l->amends) {
		gv_buf_puts(b, "Amends ");
		gv_html_esc(b, l->amends);
		sep = "; ";
	}
	if (l->repeals) {
		gv_buf_printf(b, "%sRepeals ", sep);
		gv_html_esc(b, l->repeals);
		sep = "; ";
	}
	if (l->n_amendments) {
		gv_buf_puts(b, sep);
		later_by_laws(b, "Amended by", l->amendments, l->n_amendments);
		sep = "; ";
	}
	if (l->n_repeals_of) {
		gv_buf_puts(b, sep);
		later_by_laws(b, "Repealed by", l->repeals_of, l->n_repeals_of);
	}
	gv_buf_puts(b, "</td>");
}

static void decisions(struct gv_buf *b, const struct gv_mayor_decision *d, size_t n)
{
	gv_buf_puts(b, "<h2 id=\"head-of-council\">Decisions of the head of council</h2>\n"
		       "<p>Decisions and vetoes the head of council made in writing under the "
		       "powers of Part VI.1 of the Municipal Act, newest first.</p>\n");
	gv_buf_puts(b, "<table>\n<caption>Decisions and vetoes of the head of council</caption>\n"
		       "<thead><tr><th scope=\"col\">Date</th><th scope=\"col\">Kind</th>"
		       "<th scope=\"col\">Decision</th></tr></thead>\n<tbody>\n");
	for (size_t i = 0; i < n; i++) {
		gv_buf_puts(b, "<tr><td>");
		date_words(b, d[i].on);
		gv_buf_puts(b, "</td><td>");
		if (d[i].bylaw) {
			gv_buf_puts(b, "Veto of by-law ");
			gv_html_esc(b, d[i].bylaw);
		} else {
			gv_buf_puts(b, "Decision");
		}
		gv_buf_puts(b, "</td><td>");
		gv_page_public_text(b, d[i].text);
		gv_buf_puts(b, "</td></tr>\n");
	}
	gv_buf_puts(b, "</tbody>\n</table>\n");
}

int gv_page_bylaws(struct gv_buf *out, const struct gv_site *s, struct gv_err *err)
{
	struct gv_bylaw *l;
	size_t n;
	struct gv_mayor_decision *d = NULL;
	size_t nd = 0;
	if (gv_bylaw_list(s->ws, 0, &l, &n, err) || gv_mayor_list(s->ws, &d, &nd, err))
		return err->code;
	char *title = gv_asprintf("By-laws – %s", s->municipality);
	struct gv_page p = {title, "en", "", s->municipality};
	gv_html_begin(out, &p);
	gv_buf_puts(out, "<h1>By-laws</h1>\n<p>Every by-law number, from its reservation to its "
			 "three readings and enactment, with the meeting and resolution that "
			 "enacted it and the by-laws that later amended or repealed it.</p>\n");
	if (!n) {
		gv_buf_puts(out, "<p>No by-laws recorded.</p>\n");
	} else {
		gv_buf_puts(out, "<table>\n<caption>By-laws by number</caption>\n<thead><tr>"
				 "<th scope=\"col\">Number</th><th scope=\"col\">Title</th>"
				 "<th scope=\"col\">Status</th><th scope=\"col\">Meeting</th>"
				 "<th scope=\"col\">Resolution</th>"
				 "<th scope=\"col\">Amended or repealed</th></tr></thead>\n<tbody>\n");
		for (size_t i = 0; i < n; i++) {
			gv_buf_puts(out, "<tr><th scope=\"row\">");
			gv_html_esc(out, l[i].number);
			gv_buf_puts(out, "</th><td>");
			gv_page_public_text(out, l[i].title ? l[i].title : "Not yet titled");
			gv_buf_puts(out, "</td>");
			status_cell(out, &l[i]);
			enacted_cells(out, s, &l[i]);
			changes_cell(out, &l[i]);
			gv_buf_puts(out, "</tr>\n");
		}
		gv_buf_puts(out, "</tbody>\n</table>\n");
	}
	if (nd)
		decisions(out, d, nd);
	gv_html_end(out, &p);
	free(title);
	gv_bylaws_free(l, n);
	gv_mayor_free(d, nd);
	return 0;
}
