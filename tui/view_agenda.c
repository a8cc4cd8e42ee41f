/* The agenda of one meeting: the numbered tree of items (7, 7.2, 7.2.1,
 * indented) on the left, the selected item's preview on the right. Keys
 * edit the agenda through agenda_edit.c. */
#include "tui/agenda.h"

#include "tui/cells.h"
#include "tui/keys.h"
#include "tui/preview.h"
#include "tui/screen.h"

#include "base/buf.h"
#include "base/clock.h"
#include "cmd/cmd.h"
#include "streaming-hooks/hooks.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const struct tui_binding agenda_keys[] = {
	{AGENDA_REQ_SHOW, "show", "show the whole item on a page", {'\r', '\n', KEY_ENTER}},
	{AGENDA_REQ_ADD, "add", "add an item after the selected one", {'a'}},
	{AGENDA_REQ_ADD_UNDER, "add-under", "add a sub-item under the selected one", {'A'}},
	{AGENDA_REQ_TITLE, "edit-title", "edit the title in place (Enter saves, Esc cancels)",
	 {'e'}},
	{AGENDA_REQ_BODY, "edit-text", "edit the item's text in $EDITOR", {'E'}},
	{AGENDA_REQ_RECOMMENDATION, "edit-recommendation", "edit the recommendation in $EDITOR",
	 {'R'}},
	{AGENDA_REQ_DELETE, "delete", "delete the item and its sub-items (asks first)",
	 {'d', KEY_DC}},
	{AGENDA_REQ_MOVE_UP, "move-up", "move the item above its previous sibling", {'K'}},
	{AGENDA_REQ_MOVE_DOWN, "move-down", "move the item below its next sibling", {'J'}},
	{AGENDA_REQ_INDENT, "indent", "make it the last sub-item of the item above", {'>'}},
	{AGENDA_REQ_OUTDENT, "outdent", "move it out to follow its parent", {'<'}},
	{AGENDA_REQ_CONSENT, "consent", "put on or take off the consent agenda", {'c'}},
	{AGENDA_REQ_CLOSED, "closed", "set the closed-session clause (empty: open)", {'x'}},
	{AGENDA_REQ_LIVE, "live", "open the live console of this meeting", {'L'}},
	{AGENDA_REQ_MINUTES, "minutes", "open the minutes of this meeting", {'m'}},
	{TUI_REQ_BACK, "back", "back to the meetings", {TUI_KEY_ESC, 'h', KEY_LEFT}},
	{0, NULL, NULL, {0}},
};

static struct agenda *agenda_of(struct tui_view *v)
{
	return (struct agenda *)v;
}

const struct gv_item *agenda_selected(const struct agenda *a)
{
	return a->items.n ? &a->items.items[a->list.sel] : NULL;
}

/* The streaming hooks that will run during the meeting: the clerk should
 * know before calling it to order. */
static char *hooks_line(struct gv_ws *ws)
{
	struct gv_hook_file *h;
	size_t n;
	struct gv_err err = {0};
	if (gv_hooks_list(ws, &h, &n, &err))
		return gv_asprintf("hooks: %s", err.msg);
	struct gv_buf b = GV_BUF_INIT;
	for (size_t i = 0; i < n; i++)
		if (!h[i].why && h[i].known)
			gv_buf_printf(&b, "%s%s", b.len ? ", " : "hooks: ", h[i].name);
	gv_hooks_list_free(h, n);
	if (!b.len)
		gv_buf_puts(&b, "no streaming hooks");
	/* and the failures in hooks/log, the latest as "on-vote: exit 3" from
	 * "TIME on-vote (event vote): exit 3 in 0.012 s" */
	char last[512];
	int failed = gv_hooks_failures(ws, last, sizeof last);
	const char *name = strchr(last, ' '), *how = strstr(last, "): ");
	if (failed && name && how) {
		const char *end = strstr(how, " in ");
		int nlen = (int)strcspn(name + 1, " "), hlen = end ? (int)(end - how - 3) : 40;
		gv_buf_printf(&b, " · %d failed (%.*s: %.*s)", failed, nlen, name + 1, hlen,
			      how + 3);
	}
	return gv_buf_detach(&b);
}

static int agenda_reload(struct tui_view *v, struct tui *t, struct gv_err *err)
{
	struct agenda *a = agenda_of(v);
	const struct gv_item *sel = agenda_selected(a);
	int64_t keep = sel ? sel->id : 0;
	char ref[32];
	snprintf(ref, sizeof ref, "%lld", (long long)a->meeting_id);
	struct gv_meeting m;
	struct gv_agenda items;
	int rc = gv_meeting_find(t->ctx->ws, ref, &m, err);
	if (rc)
		return rc;
	if ((rc = gv_agenda_load(t->ctx->ws, a->meeting_id, &items, err))) {
		gv_meeting_clear(&m);
		return rc;
	}
	gv_meeting_clear(&a->meeting);
	gv_agenda_free(&a->items);
	a->meeting = m;
	a->items = items;
	free(a->title);
	a->title = gv_asprintf("%s: %s", m.slug, m.title);
	free(a->hooks);
	a->hooks = hooks_line(t->ctx->ws);
	a->list.n = (int)items.n;
	for (size_t i = 0; i < items.n; i++)
		if (a->select[0] ? !strcmp(items.items[i].number, a->select)
				 : items.items[i].id == keep)
			a->list.sel = (int)i;
	a->select[0] = '\0';
	tui_list_fit(&a->list, v->page);
	return 0;
}

static const char *agenda_title(struct tui_view *v)
{
	return agenda_of(v)->title;
}

/* "Tue 2026-12-08 19:00, Council Chambers, agenda published" (or "agenda changed
 * since published") */
static void draw_meeting_line(const struct gv_meeting *m, const char *hooks, struct tui_rect r)
{
	char when[48];
	gv_time_format(m->starts_at, "%a %Y-%m-%d %H:%M", when, sizeof when);
	char *line = gv_asprintf("%s  %s%s%s", when, m->body_name, m->location ? ", " : "",
				 m->location ? m->location : "");
	int used = tui_put(r.y, r.x, r.w, line, (size_t)-1, TUI_HEADER);
	free(line);
	const char *state = m->cancelled                ? "  CANCELLED"
			    : m->agenda_changed      ? "  agenda changed since published"
			    : m->agenda_published_at ? "  agenda published"
						     : "  draft agenda";
	used += tui_put(r.y, r.x + used, r.w - used, state, (size_t)-1,
			m->cancelled ? TUI_ERROR : TUI_FLAG);
	int hw = tui_cells_width(hooks, strlen(hooks));
	if (used + 2 + hw <= r.w)
		tui_put(r.y, r.x + r.w - hw, hw, hooks, (size_t)-1, TUI_HINT);
}

/* " 7.2  Title [consent] [closed]": indented by depth; the title gives way
 * to the marks when the row is short. */
static void draw_item(struct agenda *a, const struct gv_item *it, int y, struct tui_rect r,
		      int number_w, bool selected)
{
	enum tui_role base = selected ? TUI_SELECTED : TUI_NORMAL;
	tui_fill(y, r.x, r.w, base);
	int x = r.x + 1 + 2 * (it->depth - 1);
	tui_put(y, x, r.x + r.w - x, it->number, (size_t)-1, selected ? base : TUI_NUMBER);
	x += number_w + 2;
	char marks[64] = "";
	if (it->consent)
		strcat(marks, " [consent]");
	if (it->closed_clause)
		strcat(marks, " [closed]");
	int room = r.x + r.w - x - 1;
	int mw = (int)strlen(marks);
	if (mw > room / 2)
		mw = 0;
	int tw = tui_put(y, x, room - mw, it->title, (size_t)-1, base);
	if (mw)
		tui_put(y, x + tw, mw, marks, (size_t)-1,
			selected ? base : it->closed_clause ? TUI_CLOSED : TUI_FLAG);
	if (selected)
		a->view.edit_at = (struct tui_rect){y, x, 1, r.x + r.w - x};
}

static void draw_tree(struct agenda *a, struct tui_rect r)
{
	a->view.page = r.h;
	if (!a->items.n) {
		tui_put(r.y + 1, r.x + 2, r.w - 2, "No items yet: a adds one", (size_t)-1, TUI_HINT);
		return;
	}
	/* Titles of one level start in one column: "9  Reports" over "10  By-laws". */
	int number_w[GV_ITEM_MAX_DEPTH + 1] = {0};
	for (size_t i = 0; i < a->items.n; i++) {
		const struct gv_item *it = &a->items.items[i];
		int w = (int)strlen(it->number), d = it->depth <= GV_ITEM_MAX_DEPTH ? it->depth : 0;
		if (w > number_w[d])
			number_w[d] = w;
	}
	tui_list_fit(&a->list, r.h);
	for (int row = 0; row < r.h && a->list.top + row < a->list.n; row++) {
		int i = a->list.top + row;
		const struct gv_item *it = &a->items.items[i];
		int d = it->depth <= GV_ITEM_MAX_DEPTH ? it->depth : 0;
		draw_item(a, it, r.y + row, r, number_w[d], i == a->list.sel);
	}
}

static void agenda_draw(struct tui_view *v, struct tui *t, struct tui_rect r)
{
	(void)t;
	struct agenda *a = agenda_of(v);
	draw_meeting_line(&a->meeting, a->hooks, r);
	struct tui_rect body = {r.y + 2, r.x, r.h - 2, r.w};
	if (body.h < 1)
		return;
	/* The preview only when both halves stay readable. */
	const struct gv_item *sel = agenda_selected(a);
	if (r.w < 70 || !a->items.n) {
		draw_tree(a, body);
		return;
	}
	int lw = r.w * 11 / 20;
	draw_tree(a, (struct tui_rect){body.y, body.x, body.h, lw});
	for (int y = body.y; y < body.y + body.h; y++)
		tui_put(y, body.x + lw, 1, MB_CUR_MAX > 1 ? "\u2502" : "|", (size_t)-1, TUI_HINT);
	tui_preview_draw(sel, (struct tui_rect){body.y, body.x + lw + 2, body.h, r.w - lw - 3});
}

static int agenda_request(struct tui_view *v, struct tui *t, int req)
{
	struct agenda *a = agenda_of(v);
	if (tui_list_move(&a->list, req, v->page))
		return TUI_DONE;
	if (req == TUI_REQ_BACK)
		return TUI_UNHANDLED;
	if (req == AGENDA_REQ_LIVE || req == AGENDA_REQ_MINUTES) {
		tui_push(t, req == AGENDA_REQ_LIVE ? tui_live_new(a->meeting_id)
						   : tui_minutes_new(a->meeting_id));
		return TUI_DONE;
	}
	if (req == AGENDA_REQ_SHOW) {
		const struct gv_item *it = agenda_selected(a);
		if (it) {
			char *text = tui_preview_text(it);
			char *title = gv_asprintf("%s  item %s", a->meeting.slug, it->number);
			tui_push(t, tui_pager_new(title, text));
			free(title);
			free(text);
		}
		return TUI_DONE;
	}
	return agenda_edit(a, t, req);
}

static void agenda_free(struct tui_view *v)
{
	struct agenda *a = agenda_of(v);
	gv_meeting_clear(&a->meeting);
	gv_agenda_free(&a->items);
	free(a->title);
	free(a->hooks);
	free(a);
}

static const struct tui_view_ops agenda_ops = {
	.name = "agenda",
	.keys = agenda_keys,
	.reload = agenda_reload,
	.title = agenda_title,
	.draw = agenda_draw,
	.request = agenda_request,
	.free = agenda_free,
};

struct tui_view *tui_agenda_at(int64_t meeting_id, const char *number)
{
	struct agenda *a = gv_calloc(1, sizeof *a);
	a->view.ops = &agenda_ops;
	a->view.page = 1;
	a->meeting_id = meeting_id;
	snprintf(a->select, sizeof a->select, "%s", number);
	return &a->view;
}

struct tui_view *tui_agenda_new(int64_t meeting_id)
{
	return tui_agenda_at(meeting_id, "");
}
