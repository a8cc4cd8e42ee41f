/* gavel connect: one meeting's agenda package (`agenda show M --json` on
 * the server) as one page to read and search: each item's number and title,
 * its report formatted (tui_styled_markdown), its recommendation and
 * attachments; closed items, which members of the body are entitled to,
 * marked CONFIDENTIAL; one's own annotation beside each item that has one. */
#include "tui/connect.h"

#include "tui/keys.h"
#include "tui/page.h"
#include "tui/view.h"

#include "agenda/clause.h"
#include "base/buf.h"
#include "base/err.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

enum { REQ_ANNOTATE = TUI_REQ_VIEW, REQ_LIVE, REQ_NOTES, REQ_EXPORT, REQ_NEXT, REQ_PREV };

static const struct tui_binding package_keys[] = {
	TUI_PAGE_KEYS,
	{REQ_NEXT, "next-item", "go to the next item", {']', '\t'}},
	{REQ_PREV, "previous-item", "go to the previous item", {'[', KEY_BTAB}},
	{REQ_ANNOTATE, "annotate",
	 "write your private annotation on the item at the top (or the match found)", {'a'}},
	{REQ_NOTES, "annotations", "your annotations on this meeting", {'N'}},
	{REQ_EXPORT, "export", "write your annotations to ~/gavel-annotations-M.md", {'x'}},
	{REQ_LIVE, "live", "follow the meeting as it happens: vote, ask to speak", {'L'}},
	{TUI_REQ_BACK, "close", "back to the meetings", {TUI_KEY_ESC, KEY_LEFT}},
	{0, NULL, NULL, {0}},
};

struct item_at {
	char *number, *note;
	size_t at; /* where its heading starts in the page's text */
};

struct package {
	struct tui_view view;
	char *meeting, *title;
	struct tui_page page;
	struct item_at *items;
	size_t n;
};

static struct package *of(struct tui_view *v)
{
	return (struct package *)v;
}

struct styled_buf {
	struct gv_buf text, roles;
};

static void add(struct styled_buf *o, const char *s, enum tui_role role)
{
	size_t n = strlen(s);
	gv_buf_add(&o->text, s, n);
	for (size_t i = 0; i < n; i++)
		gv_buf_putc(&o->roles, (char)role);
}

/* Formatted markdown; text in [redact] spans, kept from the public
 * (docs/safety.md), shows without its marks in the closed look. */
static void add_markdown(struct styled_buf *o, const char *md, int width)
{
	static const char open[] = "[redact]", close[] = "[/redact]";
	struct tui_styled s = tui_styled_markdown(md, width);
	bool redacted = false;
	for (size_t i = 0; s.text[i];) {
		if (!strncmp(s.text + i, open, sizeof open - 1)) {
			redacted = true;
			i += sizeof open - 1;
		} else if (!strncmp(s.text + i, close, sizeof close - 1)) {
			redacted = false;
			i += sizeof close - 1;
		} else {
			gv_buf_putc(&o->text, s.text[i]);
			gv_buf_putc(&o->roles, (char)(redacted ? TUI_CLOSED : s.roles[i]));
			i++;
		}
	}
	tui_styled_free(&s);
}

static void forget(struct package *p)
{
	for (size_t i = 0; i < p->n; i++) {
		free(p->items[i].number);
		free(p->items[i].note);
	}
	free(p->items);
	p->items = NULL;
	p->n = 0;
}

/* One item: heading, marks, report, recommendation, attachments. */
static void add_item(struct package *p, struct styled_buf *o, sqlite3_stmt *st, char *note)
{
	char *number = cn_col(st, 0), *title = cn_col(st, 1), *closed = cn_col(st, 3);
	int depth = sqlite3_column_int(st, 2);
	*GV_PUSH(p->items, p->n) = (struct item_at){number, note, o->text.len};
	for (int d = 1; d < depth; d++)
		add(o, "  ", TUI_NORMAL);
	add(o, number, TUI_NUMBER);
	add(o, "  ", TUI_NORMAL);
	add(o, title, TUI_HEADING);
	if (sqlite3_column_int(st, 7))
		add(o, "  [consent]", TUI_FLAG);
	if (note)
		add(o, "  [note]", TUI_FLAG);
	add(o, "\n", TUI_NORMAL);
	if (*closed) {
		const char *nature = gv_clause_nature(closed);
		char *line = gv_asprintf("CONFIDENTIAL - closed session, s. %s%s%s\n", closed,
					 nature ? ": " : "", nature ? nature : "");
		add(o, line, TUI_CLOSED);
		free(line);
	}
	if (note) {
		char *line = gv_asprintf("Your annotation: %s\n", note);
		add(o, line, TUI_FLAG);
		free(line);
	}
	const unsigned char *body = sqlite3_column_text(st, 4);
	if (body && *body) {
		add(o, "\n", TUI_NORMAL);
		add_markdown(o, (const char *)body, p->page.width);
	}
	const unsigned char *rec = sqlite3_column_text(st, 5);
	if (rec && *rec) {
		add(o, "\nRecommendation\n", TUI_HEADER);
		add_markdown(o, (const char *)rec, p->page.width);
	}
	const unsigned char *att = sqlite3_column_text(st, 6);
	if (att && *att) {
		add(o, "\nAttachments: ", TUI_HEADER);
		add(o, (const char *)att, TUI_NORMAL);
		add(o, "\n", TUI_NORMAL);
	}
	add(o, "\n", TUI_NORMAL);
	free(title);
	free(closed);
}

static int package_reload(struct tui_view *v, struct tui *t, struct gv_err *err)
{
	struct package *p = of(v);
	char *agenda = NULL, *notes = NULL;
	if (cn_run(t, &agenda, err, (const char *const[]){"agenda", "show", p->meeting, "--json", NULL}) ||
	    cn_run(t, &notes, err, (const char *const[]){"annotations", p->meeting, "--json", NULL})) {
		free(agenda);
		return err->code;
	}
	forget(p);
	free(p->title);
	char *mtitle = cn_json_text(t, agenda, "$.title");
	p->title = gv_asprintf("%s: %s - package", p->meeting, mtitle ? mtitle : "");
	struct styled_buf o = {GV_BUF_INIT, GV_BUF_INIT};
	add(&o, mtitle ? mtitle : p->meeting, TUI_HEADING);
	add(&o, "\n", TUI_NORMAL);
	add(&o, "Closed items are CONFIDENTIAL. [note]: your private annotation (a writes one).\n\n",
	    TUI_HINT);
	free(mtitle);
	sqlite3_stmt *st = cn_json_query(
		t,
		"SELECT i.value->>'number', i.value->>'title', i.value->>'depth', i.value->>'closed', "
		"i.value->>'body', i.value->>'recommendation', "
		"(SELECT group_concat(a.value->>'name', ', ') FROM json_each(i.value, '$.attachments') a), "
		"i.value->>'consent', "
		"(SELECT n.value->>'text' FROM json_each(?2) n WHERE n.value->>'item' = i.value->>'number') "
		"FROM json_each(?1, '$.items') i",
		agenda);
	if (st)
		sqlite3_bind_text(st, 2, notes, -1, SQLITE_STATIC);
	while (st && sqlite3_step(st) == SQLITE_ROW)
		add_item(p, &o, st, sqlite3_column_type(st, 8) == SQLITE_NULL ? NULL : cn_col(st, 8));
	sqlite3_finalize(st);
	free(agenda);
	free(notes);
	tui_page_set(&p->page, (struct tui_styled){.text = gv_buf_detach(&o.text),
						   .roles = (unsigned char *)gv_buf_detach(&o.roles)});
	cn_follow(t, p->meeting);
	return 0;
}

/* The item the reader is at: the last whose heading is at or above it. */
static const struct item_at *current(const struct package *p)
{
	size_t at = tui_page_cursor(&p->page);
	const struct item_at *it = NULL;
	for (size_t i = 0; i < p->n && p->items[i].at <= at; i++)
		it = &p->items[i];
	return it ? it : p->n ? &p->items[0] : NULL;
}

/* Go to the next item (dir 1) or the previous one (-1) from the top of the
 * page, leaving the last match behind. */
static void step_item(struct package *p, struct tui *t, int dir)
{
	size_t top = tui_page_top_offset(&p->page), k = p->n;
	if (p->n && top < p->items[0].at) /* above the first item: at it */
		top = p->items[0].at;
	for (size_t i = 0; i < p->n; i++)
		if (dir > 0 ? p->items[i].at > top && k == p->n : p->items[i].at < top)
			k = i;
	if (k == p->n) {
		tui_status(t, dir > 0 ? "This is the last item" : "This is the first item");
		return;
	}
	tui_page_goto(&p->page, p->items[k].at);
	p->page.cur = p->page.n_matches; /* the item, not the match, is where we are */
}

static const char *package_title(struct tui_view *v)
{
	return of(v)->title ? of(v)->title : of(v)->meeting;
}

static void package_draw(struct tui_view *v, struct tui *t, struct tui_rect r)
{
	(void)t;
	struct package *p = of(v);
	int h = r.h - 1;
	if (h < 1)
		return;
	v->page = h;
	tui_page_draw(&p->page, (struct tui_rect){r.y, r.x, h, r.w});
	const struct item_at *it = current(p);
	char *keys = gv_asprintf("item %s  ] [ items  / find  a annotate  N notes  x export  L live",
				 it ? it->number : "-");
	tui_page_footer(&p->page, r.y + r.h - 1, r, keys);
	free(keys);
}

static int package_request(struct tui_view *v, struct tui *t, int req)
{
	struct package *p = of(v);
	if (tui_page_request(&p->page, t, req))
		return TUI_DONE;
	switch (req) {
	case REQ_ANNOTATE: {
		const struct item_at *it = current(p);
		if (!it) {
			tui_status(t, "No item to annotate");
			return TUI_DONE;
		}
		return cn_note_edit(t, p->meeting, it->number, it->note) ? TUI_RELOAD : TUI_DONE;
	}
	case REQ_NEXT: step_item(p, t, 1); return TUI_DONE;
	case REQ_PREV: step_item(p, t, -1); return TUI_DONE;
	case REQ_NOTES: cn_notes_show(t, p->meeting); return TUI_DONE;
	case REQ_EXPORT: cn_notes_export(t, p->meeting); return TUI_DONE;
	case REQ_LIVE: tui_push(t, cn_live_new(p->meeting)); return TUI_DONE;
	default: return TUI_UNHANDLED;
	}
}

static void package_free(struct tui_view *v)
{
	struct package *p = of(v);
	forget(p);
	tui_page_clear(&p->page);
	free(p->meeting);
	free(p->title);
	free(p);
}

static const struct tui_view_ops package_ops = {
	.name = "package",
	.keys = package_keys,
	.reload = package_reload,
	.title = package_title,
	.draw = package_draw,
	.request = package_request,
	.free = package_free,
};

struct tui_view *cn_package_new(const char *meeting)
{
	struct package *p = gv_calloc(1, sizeof *p);
	p->view.ops = &package_ops;
	p->view.page = 1;
	p->meeting = gv_strdup(meeting);
	return &p->view;
}
