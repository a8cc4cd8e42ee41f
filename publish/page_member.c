/* Member pages: who sits on council today (by role, then surname, with
 * titles), the staff with their job titles and the former members with
 * their terms; for each member who votes or voted, their history (titles
 * and terms with dates), their attendance and every recorded vote they
 * cast with the title they had that day, linked to the minutes that
 * record them: to the item, or to the motion when it was moved under
 * none. (A meeting with attendance or votes has a log, so the site has its
 * minutes.) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "agenda/member.h"
#include "agenda/member_history.h"
#include "base/err.h"
#include "base/buf.h"
#include "base/clock.h"
#include "base/text.h"
#include "render/html.h"
#include "publish/pages.h"
#include "publish/parts.h"
#include "publish/site.h"
#include "publish/vote_record.h"

char *gv_member_page_path_named(int64_t id, const char *name)
{
	char *slug = gv_slugify(name);
	char *path = gv_asprintf("members/%lld-%s.html", (long long)id, slug);
	free(slug);
	return path;
}

char *gv_member_page_path(const struct gv_member *m)
{
	return gv_member_page_path_named(m->id, m->name);
}

bool gv_site_person_has_page(const struct gv_site_people *sp, const struct gv_member *m)
{
	bool voted = gv_role_votes(m->role);
	for (size_t k = 0; !voted && k < sp->h.n_periods; k++)
		voted = sp->h.periods[k].member_id == m->id && gv_role_votes(sp->h.periods[k].role);
	return voted;
}

int gv_site_people_load(struct gv_ws *ws, struct gv_site_people *sp, struct gv_err *err)
{
	memset(sp, 0, sizeof *sp);
	char today[11];
	gv_today(today);
	struct gv_member *now, *ever;
	size_t n_now, n_ever;
	int rc = gv_member_list_on(ws, 0, today, &now, &n_now, err);
	if (rc)
		return rc;
	if ((rc = gv_member_list_on(ws, 0, NULL, &ever, &n_ever, err))) {
		gv_members_free(now, n_now);
		return rc;
	}
	if ((rc = gv_member_history_load(ws, 0, &sp->h, err))) {
		gv_members_free(now, n_now);
		gv_members_free(ever, n_ever);
		return rc;
	}
	sp->now = now;
	sp->n_now = n_now;
	/* the former members: everyone who once voted and whose terms all
	 * ended, as they were last (already by role, then surname); a member
	 * whose term has not begun yet is neither */
	sp->former = gv_calloc(n_ever ? n_ever : 1, sizeof *sp->former);
	for (size_t i = 0; i < n_ever; i++) {
		bool current = false, voted = gv_site_person_has_page(sp, &ever[i]), ended = true;
		for (size_t k = 0; k < n_now && !current; k++)
			current = now[k].id == ever[i].id;
		for (size_t k = 0; k < sp->h.n_terms; k++)
			if (sp->h.terms[k].member_id == ever[i].id)
				ended = ended && sp->h.terms[k].to &&
					strcmp(sp->h.terms[k].to, today) <= 0;
		if (!current && voted && ended) {
			sp->former[sp->n_former++] = ever[i];
			memset(&ever[i], 0, sizeof ever[i]);
		}
	}
	gv_members_free(ever, n_ever);
	return 0;
}

void gv_site_people_clear(struct gv_site_people *sp)
{
	gv_members_free(sp->now, sp->n_now);
	gv_members_free(sp->former, sp->n_former);
	gv_member_history_clear(&sp->h);
	memset(sp, 0, sizeof *sp);
}

/* "Councillor, Ward 2", "Director of Finance" */
static void role_line(struct gv_buf *b, const char *role, const char *title, const char *ward)
{
	gv_html_esc(b, title && *title ? title : gv_role_label(role));
	if (ward && *ward) {
		gv_buf_puts(b, ", Ward ");
		gv_html_esc(b, ward);
	}
}

/* "November 14, 2026" of a YYYY-MM-DD date */
static void day(struct gv_buf *b, const char *d)
{
	char words[40];
	if (gv_date_words(d, words))
		gv_buf_puts(b, words);
	else
		gv_html_esc(b, d);
}

/* The days of [from, to) as a reader says them: "November 15, 2022 to
 * November 14, 2026" (the last day), "since ...", "until ...", or nothing
 * for a period as old as the record and still open. */
static void span(struct gv_buf *b, const char *from, const char *to)
{
	char last[11];
	if (to)
		gv_date_before(to, last);
	if (from && to) {
		day(b, from);
		gv_buf_puts(b, " to ");
		day(b, last);
	} else if (from) {
		gv_buf_puts(b, "since ");
		day(b, from);
	} else if (to) {
		gv_buf_puts(b, "until ");
		day(b, last);
	}
}

/* The first and last days of id's terms (NULL: since always, still open). */
static void term_bounds(const struct gv_member_history *h, int64_t id, const char **from,
			const char **to)
{
	bool any = false;
	*from = *to = NULL;
	bool open = false, ancient = false;
	for (size_t i = 0; i < h->n_terms; i++) {
		const struct gv_term *t = &h->terms[i];
		if (t->member_id != id)
			continue;
		ancient = ancient || !t->from;
		open = open || !t->to;
		if (!any || (t->from && *from && strcmp(t->from, *from) < 0))
			*from = t->from;
		if (!any || (t->to && *to && strcmp(t->to, *to) > 0))
			*to = t->to;
		any = true;
	}
	if (ancient)
		*from = NULL;
	if (open)
		*to = NULL;
}

static void member_item(struct gv_buf *out, const struct gv_member *m, bool link,
			const struct gv_member_history *h)
{
	gv_buf_puts(out, "<li>");
	if (link) {
		char *path = gv_member_page_path(m);
		gv_buf_puts(out, "<a href=\"");
		gv_html_esc(out, path + strlen("members/"));
		gv_buf_puts(out, "\">");
		free(path);
	}
	gv_html_esc(out, m->name);
	gv_buf_puts(out, link ? "</a>, " : ", ");
	role_line(out, m->role, m->title, m->ward);
	if (h) {
		const char *from, *to;
		term_bounds(h, m->id, &from, &to);
		if (from || to) {
			gv_buf_puts(out, " (");
			span(out, from, to);
			gv_buf_putc(out, ')');
		}
	}
	gv_buf_puts(out, "</li>\n");
}

void gv_page_members(struct gv_buf *out, const struct gv_site *s, const struct gv_site_people *sp)
{
	char *title = gv_asprintf("Members of council – %s", s->municipality);
	struct gv_page p = {title, "en", "../", s->municipality};
	gv_html_begin(out, &p);
	gv_buf_puts(out, "<h1>Members of council</h1>\n<p>Each member's history, attendance and "
			 "recorded votes.</p>\n<ul class=\"members\">\n");
	for (size_t i = 0; i < sp->n_now; i++)
		if (gv_role_votes(sp->now[i].role))
			member_item(out, &sp->now[i], true, NULL);
	gv_buf_puts(out, "</ul>\n");
	bool staff = false;
	for (size_t i = 0; i < sp->n_now; i++) {
		if (gv_role_votes(sp->now[i].role))
			continue;
		if (!staff)
			gv_buf_puts(out, "<h2>Staff</h2>\n<ul class=\"members\">\n");
		staff = true;
		/* staff who once sat on council keep their record's page */
		member_item(out, &sp->now[i], gv_site_person_has_page(sp, &sp->now[i]), NULL);
	}
	if (staff)
		gv_buf_puts(out, "</ul>\n");
	if (sp->n_former) {
		gv_buf_puts(out, "<h2>Former members</h2>\n<ul class=\"members\">\n");
		for (size_t i = 0; i < sp->n_former; i++)
			member_item(out, &sp->former[i], true, &sp->h);
		gv_buf_puts(out, "</ul>\n");
	}
	gv_html_end(out, &p);
	free(title);
}

static void attendance_text(struct gv_buf *b, const struct gv_pub_attendance *a)
{
	char t[32];
	if (a->arrived_at) {
		gv_time_clock12(a->arrived_at, t);
		gv_buf_printf(b, "Arrived at %s", t);
	} else {
		gv_buf_puts(b, !strcmp(a->roll, "present") ? "Present"
			       : !strcmp(a->roll, "regrets") ? "Regrets" : "Absent");
	}
	if (a->remote)
		gv_buf_puts(b, " (electronically)");
	if (a->left_at) {
		gv_time_clock12(a->left_at, t);
		gv_buf_printf(b, ", left at %s", t);
	}
}

/* A link to the meeting's minutes, at item (may be NULL or "") or else at
 * the motion named by its public key (NULL: none). */
static void meeting_cell(struct gv_buf *b, const struct gv_pub_meeting *pm, const char *item,
			 const char *motion)
{
	gv_buf_puts(b, "<a href=\"../meetings/");
	gv_html_esc(b, pm->slug);
	gv_buf_puts(b, "/minutes.html");
	if (item && *item) {
		gv_buf_putc(b, '#');
		gv_item_anchor(b, item);
	} else if (motion) {
		gv_buf_printf(b, "#%s", motion);
	}
	gv_buf_puts(b, "\">");
	gv_html_esc(b, pm->date);
	gv_buf_puts(b, " ");
	gv_html_esc(b, pm->body);
	if (item && *item) {
		gv_buf_puts(b, ", item ");
		gv_html_esc(b, item);
	}
	gv_buf_puts(b, "</a>");
}

/* A section: its heading, then the table of rows (or a line saying there
 * are none). columns: the header cells, NULL-terminated. */
static void section(struct gv_buf *b, const char *heading, const char *caption,
		    const char *const *columns, const struct gv_buf *rows, const char *none)
{
	gv_buf_printf(b, "<h2>%s</h2>\n", heading);
	if (!rows->len) {
		gv_buf_printf(b, "<p>%s</p>\n", none);
		return;
	}
	gv_buf_printf(b, "<table>\n<caption>%s</caption>\n<thead><tr>", caption);
	for (const char *const *c = columns; *c; c++)
		gv_buf_printf(b, "<th scope=\"col\">%s</th>", *c);
	gv_buf_printf(b, "</tr></thead>\n<tbody>\n%s</tbody>\n</table>\n", gv_buf_str(rows));
}

/* The rows of each member in one meeting, as records by member. */
struct member_rows {
	int64_t id;
	struct gv_buf rows;
};

static struct gv_buf *rows_of(struct member_rows **v, size_t *n, int64_t id)
{
	for (size_t i = 0; i < *n; i++)
		if ((*v)[i].id == id)
			return &(*v)[i].rows;
	struct member_rows *r = GV_PUSH(*v, *n);
	*r = (struct member_rows){id, GV_BUF_INIT};
	return &r->rows;
}

static void records(struct gv_buf *part, struct member_rows *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		gv_part_record(part, v[i].id, &v[i].rows);
		gv_buf_free(&v[i].rows);
	}
	free(v);
}

static void attendance_rows(struct gv_buf *part, const struct gv_pub_meeting *pm)
{
	struct member_rows *v = NULL;
	size_t n = 0;
	for (size_t k = 0; k < pm->n_attendance; k++) {
		struct gv_buf *rows = rows_of(&v, &n, pm->attendance[k].member_id);
		gv_buf_puts(rows, "<tr><th scope=\"row\">");
		meeting_cell(rows, pm, NULL, NULL);
		gv_buf_puts(rows, "</th><td>");
		gv_html_esc(rows, pm->attendance[k].title);
		gv_buf_puts(rows, "</td><td>");
		attendance_text(rows, &pm->attendance[k]);
		gv_buf_puts(rows, "</td></tr>\n");
	}
	records(part, v, n);
}

static void vote_rows(struct gv_buf *part, const struct gv_pub_meeting *pm)
{
	struct member_rows *v = NULL;
	size_t n = 0;
	for (size_t k = 0; k < pm->n_motions; k++) {
		const struct gv_pub_motion *m = &pm->motions[k];
		for (size_t i = 0; i < m->n_votes; i++) {
			struct gv_buf *rows = rows_of(&v, &n, m->votes[i].member_id);
			gv_buf_puts(rows, "<tr><th scope=\"row\">");
			meeting_cell(rows, pm, m->item, m->key);
			gv_buf_puts(rows, "</th><td>");
			gv_html_esc(rows, m->votes[i].title);
			gv_buf_puts(rows, "</td><td>");
			gv_html_esc(rows, m->text);
			gv_buf_puts(rows, "</td><td>");
			gv_html_esc(rows, m->votes[i].interest  ? "declared an interest"
					  : m->votes[i].regrets ? "absent (regrets)"
								: gv_pub_vote_words(&m->votes[i]));
			gv_buf_puts(rows, "</td><td>");
			gv_html_esc(rows, !strcmp(m->result, "carried")     ? "Carried"
					  : !strcmp(m->result, "sustained") ? "Ruling sustained"
					  : !strcmp(m->result, "overturned") ? "Ruling overturned"
									     : "Lost");
			if (*m->resolution) {
				gv_buf_puts(rows, " (");
				gv_html_esc(rows, m->resolution);
				gv_buf_puts(rows, ")");
			}
			if (m->note) {
				gv_buf_puts(rows, ": ");
				gv_html_esc(rows, m->note);
			}
			gv_buf_puts(rows, "</td></tr>\n");
		}
	}
	records(part, v, n);
}

void gv_part_member_rows(struct gv_buf *attendance, struct gv_buf *votes,
			 const struct gv_pub_meeting *pm)
{
	attendance_rows(attendance, pm);
	vote_rows(votes, pm);
}

/* The member's history: each period's title (and name when it was
 * another) with its days, then each term on a body with its days. */
static void history(struct gv_buf *out, const struct gv_member *m,
		    const struct gv_member_history *h)
{
	gv_buf_puts(out, "<h2>History</h2>\n<ul class=\"history\">\n");
	for (size_t i = 0; i < h->n_periods; i++) {
		const struct gv_period *p = &h->periods[i];
		if (p->member_id != m->id)
			continue;
		gv_buf_puts(out, "<li>");
		role_line(out, p->role, p->title, p->ward);
		if (strcmp(p->name, m->name)) {
			gv_buf_puts(out, ", as ");
			gv_html_esc(out, p->name);
		}
		if (p->from || p->to) {
			gv_buf_puts(out, ": ");
			span(out, p->from, p->to);
		}
		gv_buf_puts(out, "</li>\n");
	}
	for (size_t i = 0; i < h->n_terms; i++) {
		const struct gv_term *t = &h->terms[i];
		if (t->member_id != m->id)
			continue;
		gv_buf_puts(out, "<li>Member of ");
		gv_html_esc(out, t->body);
		if (t->from || t->to) {
			gv_buf_puts(out, ": ");
			span(out, t->from, t->to);
		}
		gv_buf_puts(out, "</li>\n");
	}
	gv_buf_puts(out, "</ul>\n");
}

void gv_page_member(struct gv_buf *out, const struct gv_site *s, const struct gv_member *m,
		    bool former, const struct gv_member_history *h, const struct gv_buf *attendance,
		    const struct gv_buf *votes)
{
	char *title = gv_asprintf("%s – %s", m->name, s->municipality);
	struct gv_page p = {title, "en", "../", s->municipality};
	gv_html_begin(out, &p);
	gv_buf_puts(out, "<h1>");
	gv_html_esc(out, m->name);
	gv_buf_puts(out, "</h1>\n<p class=\"meta\">");
	if (former)
		gv_buf_puts(out, "Former member: ");
	role_line(out, m->role, m->title, m->ward);
	gv_buf_puts(out, "</p>\n");
	history(out, m, h);
	static const char *const attendance_columns[] = {"Meeting", "Title", "Attendance", NULL};
	section(out, "Attendance", "Attendance at meetings, newest first", attendance_columns,
		attendance, "No meetings recorded yet.");
	static const char *const vote_columns[] = {"Meeting and item", "Title", "Motion", "Vote",
						   "Result", NULL};
	section(out, "Recorded votes", "Recorded votes, newest first", vote_columns, votes,
		"No recorded votes yet.");
	gv_html_end(out, &p);
	free(title);
}

void gv_page_member_moved(struct gv_buf *out, const struct gv_site *s, const struct gv_member *m,
			  const char *former_name)
{
	char *title = gv_asprintf("%s – %s", former_name, s->municipality);
	struct gv_page p = {title, "en", "../", s->municipality};
	gv_html_begin(out, &p);
	gv_buf_puts(out, "<h1>");
	gv_html_esc(out, former_name);
	gv_buf_puts(out, "</h1>\n<p>This page has moved: ");
	gv_html_esc(out, former_name);
	gv_buf_puts(out, " is now named ");
	gv_html_esc(out, m->name);
	gv_buf_puts(out, ". Read <a href=\"");
	char *path = gv_member_page_path(m);
	gv_html_esc(out, path + strlen("members/"));
	free(path);
	gv_buf_puts(out, "\">the page of ");
	gv_html_esc(out, m->name);
	gv_buf_puts(out, "</a>: history, attendance and recorded votes.</p>\n");
	gv_html_end(out, &p);
	free(title);
}
