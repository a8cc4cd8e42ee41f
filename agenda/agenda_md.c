#include "agenda/agenda_md.h"

#include "agenda/approved.h"
#include "agenda/agenda_view.h"
#include "agenda/clause.h"
#include "agenda/item.h"
#include "agenda/meeting.h"
#include "base/buf.h"
#include "base/err.h"
#include "base/files.h"
#include "base/text.h"
#include "store/db.h"
#include "store/workspace.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#define CONSENT_LINE "*Consent item.*"
#define CLOSED_PREFIX "*Closed session item: "
#define PUBLIC_TITLE_PREFIX "*Public title:* "
#define RECOMMENDATION_PREFIX "**Recommendation:**"
#define ATTACHMENTS_LINE "*Attachments:*"
#define DEFERRED_PREFIX "*Deferred from "

static bool starts(const char *s, const char *prefix)
{
	return !strncmp(s, prefix, strlen(prefix));
}

/* A line that the reader would take for structure (an item heading or one
 * of the marker lines) if it stood at the start of a line. */
static bool looks_special(const char *s)
{
	size_t hashes = strspn(s, "#");
	if (hashes >= 1 && hashes <= 6 && s[hashes] == ' ' && isdigit((unsigned char)s[hashes + 1]))
		return true;
	return starts(s, CONSENT_LINE) || starts(s, CLOSED_PREFIX) || starts(s, PUBLIC_TITLE_PREFIX) ||
	       starts(s, RECOMMENDATION_PREFIX) || starts(s, ATTACHMENTS_LINE) ||
	       starts(s, DEFERRED_PREFIX);
}

/* Write a markdown block, indenting by one more space every line that looks
 * special, at any indent: the reader removes one space from every such line,
 * so blocks round-trip. Up to three spaces of indent render the same; a
 * deeper line (code) shows one more space, a small price for a lossless form. */
static void put_block(struct gv_buf *out, const char *s)
{
	while (*s) {
		size_t len = strcspn(s, "\n");
		size_t indent = strspn(s, " ");
		if (indent < len && looks_special(s + indent))
			gv_buf_putc(out, ' ');
		gv_buf_add(out, s, len);
		s += len;
		if (*s == '\n')
			gv_buf_putc(out, *s++);
	}
}

/* Undo put_block's indent on one line read back. */
static const char *unescape(const char *line)
{
	size_t indent = strspn(line, " ");
	return indent >= 1 && looks_special(line + indent) ? line + 1 : line;
}

void gv_agenda_md_write(struct gv_buf *out, const struct gv_meeting *m,
			const struct gv_agenda *a)
{
	char when[80];
	gv_meeting_when(m, when);
	gv_buf_printf(out, "# %s\n\n%s · %s", m->title, m->body_name, when);
	if (m->location)
		gv_buf_printf(out, " · %s", m->location);
	gv_buf_puts(out, m->cancelled ? "\n\n**This meeting is cancelled.**\n" : "\n");
	for (size_t i = 0; i < a->n; i++) {
		const struct gv_item *it = &a->items[i];
		gv_buf_putc(out, '\n');
		for (int d = 0; d <= it->depth; d++)
			gv_buf_putc(out, '#');
		gv_buf_printf(out, " %s %s\n", it->number, it->title);
		if (it->deferred_from) {
			/* the words of the site's agenda page, without its link */
			gv_buf_puts(out, "\n" DEFERRED_PREFIX);
			gv_item_deferred_words(out, it);
			gv_buf_puts(out, ".*\n");
		}
		if (it->consent)
			gv_buf_puts(out, "\n" CONSENT_LINE "\n");
		if (it->closed_clause)
			gv_buf_printf(out, "\n" CLOSED_PREFIX "%s — %s.*\n", it->closed_clause,
				      gv_clause_nature(it->closed_clause));
		if (it->public_title)
			gv_buf_printf(out, "\n" PUBLIC_TITLE_PREFIX "%s\n", it->public_title);
		if (*it->body) {
			gv_buf_putc(out, '\n');
			put_block(out, it->body);
			gv_buf_putc(out, '\n');
		}
		if (*it->recommendation) {
			/* The reader skips the spaces after the marker: a first line
			 * that starts with spaces (code, say) goes on a line of its own. */
			gv_buf_puts(out, "\n" RECOMMENDATION_PREFIX);
			gv_buf_putc(out, *it->recommendation == ' ' ? '\n' : ' ');
			put_block(out, it->recommendation);
			gv_buf_putc(out, '\n');
		}
		if (it->n_attachments) {
			gv_buf_puts(out, "\n" ATTACHMENTS_LINE "\n\n");
			for (size_t k = 0; k < it->n_attachments; k++) {
				char size[32];
				gv_size_human(it->attachments[k].size, size);
				gv_buf_printf(out, "- %s (%s, %s)\n", it->attachments[k].name,
					      it->attachments[k].media_type, size);
			}
		}
	}
}

void gv_md_items_free(struct gv_md_item *items, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(items[i].title);
		free(items[i].body);
		free(items[i].recommendation);
		free(items[i].closed);
		free(items[i].public_title);
	}
	free(items);
}

/* Numbering state while reading: how many items so far at each depth along
 * the current path. */
struct numbering {
	int count[GV_ITEM_MAX_DEPTH + 1];
	int depth;
};

/* If line is the heading of the next item in sequence, its depth and title. */
static bool item_heading(const char *line, const struct numbering *nb, int *depth,
			 const char **title)
{
	int level = 0;
	while (line[level] == '#')
		level++;
	int d = level - 1;
	if (d < 1 || d > GV_ITEM_MAX_DEPTH || line[level] != ' ' || d > nb->depth + 1)
		return false;
	const char *p = line + level + 1;
	for (int k = 1; k <= d; k++) {
		int want = k < d ? nb->count[k] : nb->count[k] + 1;
		if (k == d && d > nb->depth)
			want = 1;
		char *end;
		long v = strtol(p, &end, 10);
		if (end == p || !isdigit((unsigned char)*p) || v != want)
			return false;
		p = end;
		if (k < d) {
			if (*p != '.')
				return false;
			p++;
		}
	}
	if (*p == '.')
		p++;
	if (*p != ' ')
		return false;
	while (*p == ' ')
		p++;
	if (!*p)
		return false;
	*depth = d;
	*title = p;
	return true;
}

static void advance(struct numbering *nb, int depth)
{
	if (depth > nb->depth)
		nb->count[depth] = 0;
	nb->count[depth]++;
	nb->depth = depth;
}

enum section { S_BODY, S_RECOMMENDATION, S_ATTACHMENTS };

/* Finish the item being read: trim its blocks. */
static void finish(struct gv_md_item *it, struct gv_buf *body, struct gv_buf *rec)
{
	it->body = gv_trim_block(gv_buf_str(body));
	it->recommendation = gv_trim_block(gv_buf_str(rec));
	gv_buf_reset(body);
	gv_buf_reset(rec);
}

int gv_agenda_md_parse(const char *text, struct gv_md_item **items_out, size_t *n_out,
		       struct gv_err *err)
{
	struct gv_md_item *items = NULL;
	size_t n = 0;
	struct numbering nb = {{0}, 0};
	struct gv_buf body = GV_BUF_INIT, rec = GV_BUF_INIT;
	enum section sec = S_BODY;
	bool meta = false; /* still in the lines right after a heading */
	int lineno = 0, rc = gv_check_chars(text, false, "agenda file", err);
	const char *p = text;
	/* Windows editors may start the file with a byte order mark, which would
	 * hide a first item heading. */
	if (!strncmp(p, "\xEF\xBB\xBF", 3))
		p += 3;
	while (*p && !rc) {
		size_t len = strcspn(p, "\n");
		char *line = gv_strndup(p, len);
		if (len && line[len - 1] == '\r')
			line[len - 1] = '\0';
		p += len + (p[len] == '\n');
		lineno++;
		int depth;
		const char *title;
		if (item_heading(line, &nb, &depth, &title)) {
			if (n)
				finish(&items[n - 1], &body, &rec);
			struct gv_md_item *it = GV_PUSH(items, n);
			it->depth = depth;
			it->title = gv_trim(title);
			rc = gv_check_line(it->title, "item title", GV_TITLE_MAX, err);
			advance(&nb, depth);
			sec = S_BODY;
			meta = true;
		} else if (!n) {
			/* the meeting's title and details before the first item */
		} else if (meta && !*line) {
		} else if (meta && starts(line, DEFERRED_PREFIX)) {
			/* the mark stays with the item of the same title (import) */
		} else if (meta && !strcmp(line, CONSENT_LINE)) {
			items[n - 1].consent = true;
		} else if (meta && starts(line, CLOSED_PREFIX)) {
			const char *c = line + strlen(CLOSED_PREFIX);
			char *clause = gv_strndup(c, strcspn(c, " *"));
			char canon[16];
			/* of two clause lines, the last one counts */
			if (!(rc = gv_clause_parse(clause, canon, err))) {
				free(items[n - 1].closed);
				items[n - 1].closed = gv_strdup(canon);
			}
			free(clause);
		} else if (meta && starts(line, PUBLIC_TITLE_PREFIX)) {
			free(items[n - 1].public_title);
			items[n - 1].public_title = gv_trim(line + strlen(PUBLIC_TITLE_PREFIX));
			rc = gv_check_line(items[n - 1].public_title, "public title", GV_TITLE_MAX,
					   err);
		} else if (starts(line, RECOMMENDATION_PREFIX)) {
			meta = false;
			sec = S_RECOMMENDATION;
			const char *r = line + strlen(RECOMMENDATION_PREFIX);
			while (*r == ' ')
				r++;
			gv_buf_puts(&rec, r);
			gv_buf_putc(&rec, '\n');
		} else if (!strcmp(line, ATTACHMENTS_LINE)) {
			meta = false;
			sec = S_ATTACHMENTS;
		} else {
			meta = false;
			if (sec != S_ATTACHMENTS) {
				struct gv_buf *b = sec == S_BODY ? &body : &rec;
				gv_buf_puts(b, unescape(line));
				gv_buf_putc(b, '\n');
			}
		}
		free(line);
		if (rc && err) {
			char msg[sizeof err->msg];
			snprintf(msg, sizeof msg, "%s", err->msg);
			gv_err_set(err, rc, "line %d: %s", lineno, msg);
		}
	}
	if (n && !rc)
		finish(&items[n - 1], &body, &rec);
	gv_buf_free(&body);
	gv_buf_free(&rec);
	if (!rc && !n)
		rc = gv_err_set(err, GV_EREFUSED,
				"no agenda items found (items are headings like '## 1 Call to Order')");
	for (size_t i = 0; i < n && !rc; i++)
		if (strlen(items[i].body) > GV_BODY_MAX)
			rc = gv_err_set(err, GV_EREFUSED, "the body of item '%s' is larger than %d KiB",
					items[i].title, GV_BODY_MAX / 1024);
	if (rc) {
		gv_md_items_free(items, n);
		return rc;
	}
	*items_out = items;
	*n_out = n;
	return 0;
}

/* What an old item keeps in the new item with the same title: its
 * attachments, the mark of business deferred to it (with the deferral
 * that placed it, and the deferral waiting to carry its attachments on),
 * its by-law and the mover of its notice, and the notice
 * of motion it is (docs/bylaws.md). ?1 the new item, ?2 the old one. */
static const char *const kept[] = {
	"UPDATE attachments SET item_id = ?1 WHERE item_id = ?2",
	("UPDATE items SET (deferred_from, deferred_item, bylaw_id, mover_id) ="
	 " (SELECT deferred_from, deferred_item, bylaw_id, mover_id FROM items WHERE id = ?2)"
	 " WHERE id = ?1"),
	"UPDATE deferrals SET item_id = ?1 WHERE item_id = ?2",
	"UPDATE deferrals SET from_item_id = ?1 WHERE from_item_id = ?2",
	"UPDATE notices SET item_id = ?1 WHERE item_id = ?2",
};

static int keep_by_title(sqlite3 *db, const struct gv_agenda *old,
			 const struct gv_md_item *items, const int64_t *ids, size_t n,
			 struct gv_err *err)
{
	int rc = 0;
	for (size_t q = 0; q < sizeof kept / sizeof *kept && !rc; q++) {
		sqlite3_stmt *st;
		if ((rc = gv_db_prepare(db, kept[q], &st, err)))
			break;
		for (size_t i = 0; i < old->n && !rc; i++) {
			for (size_t k = 0; k < n; k++) {
				if (strcmp(items[k].title, old->items[i].title))
					continue;
				sqlite3_bind_int64(st, 1, ids[k]);
				sqlite3_bind_int64(st, 2, old->items[i].id);
				if (sqlite3_step(st) != SQLITE_DONE)
					rc = gv_db_fail(db, "cannot keep the items' attachments", err);
				sqlite3_reset(st);
				break;
			}
		}
		sqlite3_finalize(st);
	}
	return rc;
}

/* Insert items[0..n) as the meeting's agenda; ids[i] gets the id of
 * items[i]. */
static int insert_items(sqlite3 *db, int64_t meeting_id, const struct gv_md_item *items,
			size_t n, int64_t *ids, struct gv_err *err)
{
	int64_t parents[GV_ITEM_MAX_DEPTH + 1] = {0};
	int positions[GV_ITEM_MAX_DEPTH + 1] = {0};
	sqlite3_stmt *ins;
	int rc = gv_db_prepare(db,
			       "INSERT INTO items(meeting_id, parent_id, position, title, body,"
			       " recommendation, consent, closed_clause, public_title)"
			       " VALUES (?,NULLIF(?, 0),?,?,?,?,?,?,?)",
			       &ins, err);
	for (size_t i = 0; i < n && !rc; i++) {
		int d = items[i].depth;
		positions[d] = (i && items[i - 1].depth < d) ? 1 : positions[d] + 1;
		for (int k = d + 1; k <= GV_ITEM_MAX_DEPTH; k++)
			positions[k] = 0;
		sqlite3_bind_int64(ins, 1, meeting_id);
		sqlite3_bind_int64(ins, 2, d > 1 ? parents[d - 1] : 0);
		sqlite3_bind_int(ins, 3, positions[d]);
		sqlite3_bind_text(ins, 4, items[i].title, -1, SQLITE_STATIC);
		sqlite3_bind_text(ins, 5, items[i].body, -1, SQLITE_STATIC);
		sqlite3_bind_text(ins, 6, items[i].recommendation, -1, SQLITE_STATIC);
		sqlite3_bind_int(ins, 7, items[i].consent);
		if (items[i].closed)
			sqlite3_bind_text(ins, 8, items[i].closed, -1, SQLITE_STATIC);
		else
			sqlite3_bind_null(ins, 8);
		if (items[i].public_title)
			sqlite3_bind_text(ins, 9, items[i].public_title, -1, SQLITE_STATIC);
		else
			sqlite3_bind_null(ins, 9);
		if (sqlite3_step(ins) != SQLITE_DONE)
			rc = gv_db_fail(db, "cannot import agenda", err);
		sqlite3_reset(ins);
		ids[i] = parents[d] = sqlite3_last_insert_rowid(db);
	}
	sqlite3_finalize(ins);
	return rc;
}

/* Delete the items of the agenda as it was; refused when the meeting log
 * refers to one. */
static int delete_items(sqlite3 *db, const struct gv_agenda *old, struct gv_err *err)
{
	sqlite3_stmt *del;
	int rc = gv_db_prepare(db, "DELETE FROM items WHERE id = ?", &del, err);
	for (size_t i = 0; i < old->n && !rc; i++) {
		sqlite3_bind_int64(del, 1, old->items[i].id);
		int step = sqlite3_step(del);
		if (step != SQLITE_DONE && gv_db_still_referenced(db))
			rc = gv_err_set(err, GV_EREFUSED, "the agenda cannot be replaced: the meeting "
					"log refers to its items (edit them one by one instead)");
		else if (step != SQLITE_DONE)
			rc = gv_db_fail(db, "cannot replace agenda", err);
		sqlite3_reset(del);
	}
	sqlite3_finalize(del);
	return rc;
}

int gv_agenda_import(struct gv_ws *ws, int64_t meeting_id, const char *text, size_t *count,
		     struct gv_err *err)
{
	struct gv_md_item *items;
	size_t n;
	int rc = gv_agenda_locked(ws, meeting_id, err);
	if (rc || (rc = gv_agenda_md_parse(text, &items, &n, err)))
		return rc;
	int64_t *ids = gv_calloc(n, sizeof *ids);
	struct gv_agenda_edit e;
	if (!(rc = gv_agenda_edit_begin(&e, ws, meeting_id, NULL, err)) &&
	    !(rc = insert_items(ws->db, meeting_id, items, n, ids, err)) &&
	    !(rc = keep_by_title(ws->db, &e.a, items, ids, n, err)))
		rc = delete_items(ws->db, &e.a, err);
	if (!(rc = gv_agenda_edit_end(&e, rc, err)))
		*count = n;
	gv_md_items_free(items, n);
	free(ids);
	return rc;
}
