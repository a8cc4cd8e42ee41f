/* Member pages: who sits on council, and for each member their attendance
 * and every recorded vote they cast, linked to the minutes that record
 * them: to the item, or to the motion when it was moved under none. (A
 * meeting with attendance or votes has a log, so the site has its minutes.) */
#include <stdlib.h>
#include <string.h>

#include "agenda/member.h"
#include "base/buf.h"
#include "base/clock.h"
#include "base/text.h"
#include "render/html.h"
#include "publish/pages.h"
#include "publish/parts.h"
#include "publish/site.h"
#include "publish/vote_record.h"

char *gv_member_page_path(const struct gv_member *m)
{
	char *slug = gv_slugify(m->name);
	char *path = gv_asprintf("members/%lld-%s.html", (long long)m->id, slug);
	free(slug);
	return path;
}

static void role_line(struct gv_buf *b, const struct gv_member *m)
{
	gv_html_esc(b, gv_role_label(m->role));
	if (m->ward) {
		gv_buf_puts(b, ", Ward ");
		gv_html_esc(b, m->ward);
	}
}

void gv_page_members(struct gv_buf *out, const struct gv_site *s, const struct gv_member *m,
		     size_t n)
{
	char *title = gv_asprintf("Members of council – %s", s->municipality);
	struct gv_page p = {title, "en", "../", s->municipality};
	gv_html_begin(out, &p);
	gv_buf_puts(out, "<h1>Members of council</h1>\n<p>Each member's attendance and recorded "
			 "votes.</p>\n<ul class=\"members\">\n");
	for (size_t i = 0; i < n; i++) {
		char *path = gv_member_page_path(&m[i]);
		gv_buf_puts(out, "<li><a href=\"");
		gv_html_esc(out, path + strlen("members/"));
		gv_buf_puts(out, "\">");
		gv_html_esc(out, m[i].name);
		gv_buf_puts(out, "</a> (");
		role_line(out, &m[i]);
		gv_buf_puts(out, ")</li>\n");
		free(path);
	}
	gv_buf_puts(out, "</ul>\n");
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
			gv_html_esc(rows, m->text);
			gv_buf_puts(rows, "</td><td>");
			gv_html_esc(rows, m->votes[i].interest  ? "declared an interest"
					  : m->votes[i].regrets ? "absent (regrets)"
								: m->votes[i].option);
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

void gv_page_member(struct gv_buf *out, const struct gv_site *s, const struct gv_member *m,
		    const struct gv_buf *attendance, const struct gv_buf *votes)
{
	char *title = gv_asprintf("%s – %s", m->name, s->municipality);
	struct gv_page p = {title, "en", "../", s->municipality};
	gv_html_begin(out, &p);
	gv_buf_puts(out, "<h1>");
	gv_html_esc(out, m->name);
	gv_buf_puts(out, "</h1>\n<p class=\"meta\">");
	role_line(out, m);
	gv_buf_puts(out, "</p>\n");
	static const char *const attendance_columns[] = {"Meeting", "Attendance", NULL};
	section(out, "Attendance", "Attendance at meetings, newest first", attendance_columns,
		attendance, "No meetings recorded yet.");
	static const char *const vote_columns[] = {"Meeting and item", "Motion", "Vote", "Result",
						   NULL};
	section(out, "Recorded votes", "Recorded votes, newest first", vote_columns, votes,
		"No recorded votes yet.");
	gv_html_end(out, &p);
	free(title);
}
