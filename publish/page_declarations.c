/* declarations.html: the public registry of declarations of interest
 * (live/registry.h; docs/formats.md, "The registry of declarations"). Each
 * meeting's part holds its public declarations as gv_declared_load made
 * them; the page joins every meeting's part and places them with
 * gv_registry_rows, as `gavel declarations --public` does. */
#include <stdlib.h>
#include <string.h>

#include "agenda/member.h"
#include "base/buf.h"
#include "base/err.h"
#include "live/registry.h"
#include "publish/pages.h"
#include "publish/parts.h"
#include "publish/site.h"
#include "render/html.h"

/* The part: records (publish/parts.h) by member, each one field, its first
 * byte naming it: "H" then 1 when the meeting was held (always first),
 * then for each declaration "D" with 1 when made in closed session, "c"
 * with 1 for a private item, then "m" the member, "n" the item's number,
 * "t" its title, "r" the nature (the last three when it has them). */
static void field(struct gv_buf *part, int64_t id, char tag, const char *value)
{
	if (!value)
		return;
	struct gv_buf b = GV_BUF_INIT;
	gv_buf_putc(&b, tag);
	gv_buf_puts(&b, value);
	gv_part_record(part, id, &b);
	gv_buf_free(&b);
}

void gv_part_declarations(struct gv_buf *part, const struct gv_declared_meeting *dm)
{
	field(part, 0, 'H', dm->held ? "1" : "0");
	for (size_t i = 0; i < dm->n; i++) {
		const struct gv_declared *d = &dm->d[i];
		field(part, d->member_id, 'D', d->closed_session ? "1" : "0");
		field(part, d->member_id, 'c', d->closed_item ? "1" : "0");
		field(part, d->member_id, 'm', d->member);
		field(part, d->member_id, 'n', d->item);
		field(part, d->member_id, 't', d->item_title);
		field(part, d->member_id, 'r', d->nature);
	}
}

/* The meeting's declarations back from its part; false when it is damaged. */
static bool parse(const struct gv_buf *part, struct gv_declared_meeting *dm)
{
	const char *p = part->data, *end = p + part->len, *bytes;
	int64_t id;
	size_t len;
	struct gv_declared *d = NULL;
	while (p && p < end) {
		if (!gv_part_record_next(&p, end, &id, &bytes, &len) || !len)
			return false;
		char *value = gv_strndup(bytes + 1, len - 1);
		char **to = NULL;
		switch (bytes[0]) {
		case 'H': dm->held = *value == '1'; break;
		case 'D':
			d = GV_PUSH(dm->d, dm->n);
			*d = (struct gv_declared){.member_id = id, .closed_session = *value == '1'};
			break;
		case 'c': if (d) d->closed_item = *value == '1'; break;
		case 'm': to = d ? &d->member : NULL; break;
		case 'n': to = d ? &d->item : NULL; break;
		case 't': to = d ? &d->item_title : NULL; break;
		case 'r': to = d ? &d->nature : NULL; break;
		}
		if (to && !*to) {
			*to = value;
			value = NULL;
		}
		free(value);
	}
	for (size_t i = 0; i < dm->n; i++)
		if (!dm->d[i].member)
			return false;
	return true;
}

static void meeting_cell(struct gv_buf *b, const struct gv_site_meeting *sm)
{
	char *name = gv_meeting_name(sm->m.title, sm->m.body_name, sm->m.starts_at);
	gv_buf_puts(b, "<td><a href=\"meetings/");
	gv_html_esc(b, sm->m.slug);
	gv_buf_puts(b, sm->has_minutes ? "/minutes.html\">" : "/agenda.html\">");
	gv_html_esc(b, name);
	gv_buf_puts(b, "</a></td>");
	free(name);
}

static void member_cell(struct gv_buf *b, const struct gv_declared *d,
			const struct gv_member *members, size_t n_members)
{
	const struct gv_member *m = NULL;
	for (size_t i = 0; !m && i < n_members; i++)
		if (members[i].id == d->member_id)
			m = &members[i];
	gv_buf_puts(b, "<td>");
	if (m) {
		char *path = gv_member_page_path(m);
		gv_buf_puts(b, "<a href=\"");
		gv_html_esc(b, path);
		gv_buf_puts(b, "\">");
		gv_html_esc(b, d->member);
		gv_buf_puts(b, "</a>");
		free(path);
	} else {
		gv_html_esc(b, d->member);
	}
	gv_buf_puts(b, "</td>");
}

static void row(struct gv_buf *b, const struct gv_site_meeting *sm, const struct gv_declared *d,
		const struct gv_member *members, size_t n_members)
{
	gv_buf_puts(b, "<tr><td>");
	gv_html_esc(b, sm->date_words);
	gv_buf_puts(b, "</td>");
	meeting_cell(b, sm);
	gv_buf_puts(b, "<td>");
	if (d->item) {
		gv_html_esc(b, d->item);
		gv_buf_puts(b, " ");
		gv_html_esc(b, d->item_title);
	} else {
		gv_buf_puts(b, "Declared in closed session at an earlier meeting");
	}
	gv_buf_puts(b, "</td>");
	member_cell(b, d, members, n_members);
	gv_buf_puts(b, "<td>");
	gv_html_esc(b, d->nature ? d->nature : "Not given");
	gv_buf_puts(b, "</td></tr>\n");
}

int gv_page_declarations(struct gv_buf *out, const struct gv_site *s, const struct gv_buf *parts,
			 const struct gv_member *members, size_t n_members, struct gv_err *err)
{
	struct gv_declared_meeting *dm = gv_calloc(s->n ? s->n : 1, sizeof *dm);
	int rc = 0;
	for (size_t i = 0; i < s->n; i++) {
		const struct gv_meeting *m = &s->meetings[i].m;
		if (!parse(&parts[i], &dm[i]) && !rc)
			rc = gv_err_set(err, GV_EIO, "the declarations of %s in site-cache/ are "
					"damaged; publish again", m->slug);
		dm[i].meeting_id = m->id;
		dm[i].body_id = m->body_id;
		dm[i].starts_at = m->starts_at;
	}
	struct gv_registry_row *rows = NULL;
	size_t n = rc ? 0 : gv_registry_rows(dm, s->n, true, &rows);
	char *title = gv_asprintf("Declarations of interest – %s", s->municipality);
	struct gv_page p = {title, "en", "", s->municipality};
	gv_html_begin(out, &p);
	gv_buf_puts(out,
		    "<h1>Declarations of interest</h1>\n"
		    "<p>The public registry of the declarations of pecuniary interest made at "
		    "meetings (Municipal Conflict of Interest Act, s.6.1), newest first. A "
		    "declaration made in closed session is recorded at the next open meeting of "
		    "the same body, with its general nature only.</p>\n");
	if (!n) {
		gv_buf_puts(out, "<p>No declarations recorded.</p>\n");
	} else {
		gv_buf_puts(out, "<table>\n<caption>Declarations of pecuniary interest, newest "
				 "first</caption>\n<thead><tr><th scope=\"col\">Date</th>"
				 "<th scope=\"col\">Meeting</th><th scope=\"col\">Item</th>"
				 "<th scope=\"col\">Member</th><th scope=\"col\">General nature</th>"
				 "</tr></thead>\n<tbody>\n");
		for (size_t i = 0; i < n; i++)
			row(out, &s->meetings[rows[i].at], rows[i].d, members, n_members);
		gv_buf_puts(out, "</tbody>\n</table>\n");
	}
	gv_html_end(out, &p);
	free(title);
	free(rows);
	for (size_t i = 0; i < s->n; i++)
		gv_declared_meeting_clear(&dm[i]);
	free(dm);
	return rc;
}
