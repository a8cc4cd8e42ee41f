/* The minutes as approved (docs/minutes.md, "What approval locks"): at
 * approval the complete and the public minutes are kept as they were made
 * then, and from then on every output of the minutes is that text, never
 * made again: the clerk signed it, and record/'s approved/<slug> tag holds
 * it. gv_minutes_load fills them in; gv_minutes_md, gv_minutes_html_body
 * and gv_minutes_md_items give them. */
#include "minutes/minutes_parts.h"

#include "base/buf.h"
#include "base/err.h"
#include "live/chapters.h"
#include "render/html.h"
#include "store/db.h"

#include <stdlib.h>
#include <string.h>

int gv_minutes_approved_load(sqlite3 *db, struct gv_minutes *m, struct gv_err *err)
{
	if (!m->approval.approved)
		return 0;
	sqlite3_stmt *st;
	if (gv_db_prepare(db,
			  "SELECT public, md, html_head, html_tail FROM approved_minutes"
			  " WHERE meeting_id = ?",
			  &st, err))
		return GV_EIO;
	sqlite3_bind_int64(st, 1, m->meeting.id);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct gv_minutes_approved *a = &m->approved[sqlite3_column_int(st, 0) != 0];
		gv_minutes_approved_free(a);
		a->md = gv_db_text(st, 1);
		a->html_head = gv_db_text(st, 2);
		a->html_tail = gv_db_text(st, 3);
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : gv_db_fail(db, "cannot read the approved minutes", err);
}

void gv_minutes_approved_free(struct gv_minutes_approved *a)
{
	free(a->md);
	free(a->html_head);
	free(a->html_tail);
	memset(a, 0, sizeof *a);
}

const struct gv_minutes_approved *gv_minutes_approved_text(const struct gv_minutes *m)
{
	const struct gv_minutes_approved *a = &m->approved[m->public];
	return a->md ? a : NULL;
}

int gv_minutes_approved_keep(sqlite3 *db, const struct gv_minutes *m, struct gv_err *err)
{
	struct gv_buf md = GV_BUF_INIT;
	struct gv_page_ctx p = {m, m->public, NULL};
	mp_minutes(&md, &p);
	char *head = NULL, *tail = NULL;
	sqlite3_stmt *st = NULL;
	int rc = mp_html_parts(m, &head, &tail, err);
	if (!rc && !(rc = gv_db_prepare(db,
					"INSERT OR REPLACE INTO approved_minutes"
					" (meeting_id, public, md, html_head, html_tail)"
					" VALUES (?, ?, ?, ?, ?)",
					&st, err))) {
		sqlite3_bind_int64(st, 1, m->meeting.id);
		sqlite3_bind_int(st, 2, m->public);
		sqlite3_bind_text(st, 3, gv_buf_str(&md), (int)md.len, SQLITE_STATIC);
		sqlite3_bind_text(st, 4, head, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 5, tail, -1, SQLITE_STATIC);
		rc = gv_db_run(db, st, "cannot keep the approved minutes", err);
	}
	free(head);
	free(tail);
	gv_buf_free(&md);
	return rc;
}

/* Where item it's heading ("### 9.1 Title") starts in text, at or after
 * from at a line's start; NULL when it is not there. */
static const char *heading_of(const char *text, const char *from, const struct gv_item *it)
{
	struct gv_buf h = GV_BUF_INIT;
	for (int d = 0; d <= it->depth; d++)
		gv_buf_putc(&h, '#');
	gv_buf_printf(&h, " %s %s\n\n", it->number, it->title);
	const char *at = from;
	while ((at = strstr(at, gv_buf_str(&h))) && at != text && at[-1] != '\n')
		at++;
	gv_buf_free(&h);
	return at;
}

/* The end of the last item's part: what the minutes put after every item
 * (minutes_md.c, mp_minutes), the signatures at the latest. */
static const char *after_items(const char *from)
{
	static const char *const marks[] = {"\n## Proceedings Not Under an Agenda Item\n",
					    "\n---\n\nSigned: "};
	const char *end = from + strlen(from);
	for (size_t i = 0; i < sizeof marks / sizeof *marks; i++) {
		const char *at = strstr(from, marks[i]);
		if (at && at < end)
			end = at + 1;
	}
	return end;
}

bool gv_minutes_approved_items(const struct gv_minutes *m,
			       void (*fn)(void *arg, const struct gv_item *it, const char *md),
			       void *arg)
{
	const struct gv_minutes_approved *a = gv_minutes_approved_text(m);
	if (!a)
		return false;
	const char *text = a->md, *from = text;
	struct gv_buf part = GV_BUF_INIT;
	for (size_t i = 0; i < m->agenda.n; i++) {
		const struct gv_item *it = &m->agenda.items[i];
		const char *at = heading_of(text, from, it);
		gv_buf_reset(&part);
		if (at) {
			const char *start = strstr(at, "\n\n") + 2;
			/* the link into the recording is the heading's, not the item's */
			if (gv_chapters_item(&m->chapters, it->number) &&
			    gv_web_url(m->meeting.stream_url) && *start == '[') {
				const char *past = strstr(start, ")\n\n");
				start = past ? past + 3 : start;
			}
			const char *end = NULL;
			for (size_t k = i + 1; k < m->agenda.n && !end; k++)
				end = heading_of(text, start, &m->agenda.items[k]);
			if (!end)
				end = after_items(start);
			gv_buf_add(&part, start, (size_t)(end - start));
			from = end;
		}
		fn(arg, it, gv_buf_str(&part));
	}
	gv_buf_free(&part);
	return true;
}
