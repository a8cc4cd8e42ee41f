/* The meetings list: every meeting by date with its body, title, number of
 * agenda items and whether the agenda is published. Enter opens the agenda.
 * It knows every meeting's id and start, and loads the rest only for the
 * rows on screen, so a twenty-year archive opens as fast as a new one. */
#include "tui/command.h"
#include "tui/view.h"

#include "tui/cells.h"
#include "tui/keys.h"
#include "tui/list.h"
#include "tui/meeting_form.h"
#include "tui/screen.h"

#include "agenda/meeting.h"
#include "base/buf.h"
#include "base/clock.h"
#include "cmd/cmd.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { REQ_OPEN = TUI_REQ_VIEW, REQ_LIVE, REQ_MINUTES, REQ_PUBLISH, REQ_MEMBERS, REQ_NEW,
       REQ_EDIT, REQ_BYLAWS, REQ_ACTIONS };

static const struct tui_binding meetings_keys[] = {
	{REQ_OPEN, "open", "open the selected meeting's agenda",
	 {'\n', '\r', KEY_ENTER, 'l', KEY_RIGHT}},
	{REQ_LIVE, "live", "open the live console of the selected meeting", {'L'}},
	{REQ_MINUTES, "minutes", "open the minutes of the selected meeting", {'m'}},
	{REQ_PUBLISH, "publish",
	 "write the public website (site/), as gavel publish; progress on the status line", {'p'}},
	{REQ_MEMBERS, "members", "the members of council and staff: add, edit, retire", {'M'}},
	{REQ_NEW, "new-meeting", "schedule a meeting (asks title, time, agenda template)", {'n'}},
	{REQ_EDIT, "edit-meeting", "change the selected meeting's title, time or location",
	 {'e'}},
	{REQ_BYLAWS, "bylaws", "the by-law register", {'B'}},
	{REQ_ACTIONS, "actions", "the follow-up actions of resolutions: d marks one done", {'A'}},
	{0, NULL, NULL, {0}},
};

struct meetings {
	struct tui_view view;
	struct gv_meeting_start *all;  /* every meeting, by date */
	size_t n;
	struct gv_meeting *shown;      /* the rows from shown_from on, as last drawn */
	size_t shown_from, n_shown;
	struct tui_list list;
	bool loaded;
};

static struct meetings *meetings_of(struct tui_view *v)
{
	return (struct meetings *)v;
}

/* Where a clerk starts: the next meeting (one that began in the last few
 * hours counts, it may be running), else the latest. */
static int next_meeting(const struct gv_meeting_start *m, size_t n)
{
	int64_t since = gv_now() - 6 * 3600;
	for (size_t i = 0; i < n; i++)
		if (m[i].starts_at >= since)
			return (int)i;
	return n ? (int)n - 1 : 0;
}

static void forget_shown(struct meetings *ms)
{
	gv_meetings_free(ms->shown, ms->n_shown);
	ms->shown = NULL;
	ms->n_shown = 0;
}

static int meetings_reload(struct tui_view *v, struct tui *t, struct gv_err *err)
{
	struct meetings *ms = meetings_of(v);
	int64_t keep = ms->n ? ms->all[ms->list.sel].id : 0;
	struct gv_meeting_start *all;
	size_t n;
	int rc = gv_meeting_starts(t->ctx->ws, &all, &n, err);
	if (rc)
		return rc;
	free(ms->all);
	forget_shown(ms);
	ms->all = all;
	ms->n = n;
	ms->list.n = (int)n;
	for (size_t i = 0; i < n; i++)
		if (all[i].id == keep)
			ms->list.sel = (int)i;
	if (!ms->loaded)
		ms->list.sel = next_meeting(all, n);
	ms->loaded = true;
	tui_list_fit(&ms->list, v->page);
	return 0;
}

/* Make sure the rows from top, h of them (fewer at the end), are loaded. */
static void load_shown(struct meetings *ms, struct tui *t, size_t top, size_t h)
{
	size_t end = top + h < ms->n ? top + h : ms->n;
	if (top >= ms->shown_from && end <= ms->shown_from + ms->n_shown)
		return;
	struct gv_err err = {0};
	forget_shown(ms);
	ms->shown_from = top;
	if (gv_meeting_range(t->ctx->ws, top, h, &ms->shown, &ms->n_shown, &err))
		ms->n_shown = 0;
}

static const char *meetings_title(struct tui_view *v)
{
	(void)v;
	return "Meetings";
}

/* Column widths for a screen w wide, from what the rows hold: the body and
 * agenda-state columns as wide as their longest text, the title taking what
 * is left (docs/tui.md, Layout). */
struct columns {
	int date, body, title, items, pub;
	bool long_pub; /* "changed since published", not "changed" */
};

static const char *pub_text(const struct gv_meeting *m, bool long_pub)
{
	return m->agenda_changed       ? long_pub ? "changed since published" : "changed"
	       : m->agenda_published_at ? "published"
					: "draft";
}

static int text_w(const char *s)
{
	return tui_cells_width(s, strlen(s));
}

static struct columns columns_for(int w, const struct meetings *ms)
{
	struct columns c = {.date = 16, .body = 4, .items = 5, .long_pub = true};
	for (int pass = 0; pass < 2; pass++) {
		c.pub = 6; /* "Agenda" */
		for (size_t i = 0; i < ms->n_shown; i++) {
			const struct gv_meeting *m = &ms->shown[i];
			int bw = text_w(m->body_name), pw = text_w(pub_text(m, c.long_pub));
			c.body = bw > c.body ? bw : c.body;
			c.pub = pw > c.pub ? pw : c.pub;
		}
		if (c.body > 20)
			c.body = 20;
		if (w < 60)
			c.body = 0;
		c.title = w - c.date - 2 - (c.body ? c.body + 2 : 0) - c.items - 2 - c.pub - 1;
		if (c.title >= 24 || !c.long_pub)
			break;
		c.long_pub = false; /* narrow: the short words first */
	}
	if (c.title < 4)
		c.title = 4;
	return c;
}

static void draw_row(int y, struct tui_rect r, const struct columns *c, const char *date,
		     const char *body, const char *title, const char *items, const char *pub,
		     enum tui_role base, bool cancelled)
{
	bool plain = base != TUI_NORMAL; /* header and selection: one look */
	tui_fill(y, r.x, r.w, base);
	int x = r.x;
	tui_put(y, x, c->date, date, (size_t)-1, base);
	x += c->date + 2;
	if (c->body) {
		tui_put_cut(y, x, c->body, body, base);
		x += c->body + 2;
	}
	int used = tui_put_cut(y, x, c->title, title, base);
	if (cancelled && used + 1 < c->title)
		tui_put(y, x + used + 1, c->title - used - 1, "(cancelled)", (size_t)-1,
			plain ? base : TUI_HINT);
	x += c->title + 1;
	char right[16];
	snprintf(right, sizeof right, "%*s", c->items, items);
	tui_put(y, x, c->items, right, (size_t)-1, plain ? base : TUI_NUMBER);
	x += c->items + 2;
	tui_put_cut(y, x, c->pub, pub,
		plain ? base : strcmp(pub, "published") ? TUI_HINT : TUI_FLAG);
}

static void meetings_draw(struct tui_view *v, struct tui *t, struct tui_rect r)
{
	struct meetings *ms = meetings_of(v);
	int h = r.h - 2;
	if (h < 1)
		h = 1;
	v->page = h;
	if (ms->n) {
		tui_list_fit(&ms->list, h);
		load_shown(ms, t, (size_t)ms->list.top, (size_t)h);
	}
	struct columns c = columns_for(r.w, ms);
	draw_row(r.y, r, &c, "Date", "Body", "Title", "Items", "Agenda", TUI_HEADER, false);
	int foot = r.y + r.h - 1;
	tui_fill(foot, r.x, r.w, TUI_HINT);
	tui_put_cut(foot, r.x, r.w,
		    "Enter agenda  L live  m minutes  n new  e edit  M members  p publish  / search  ? keys",
		    TUI_HINT);
	if (!ms->n) {
		tui_put(r.y + 2, r.x + 2, r.w - 2,
			"No meetings yet. Schedule one with :meeting new --title TEXT --at TIME",
			(size_t)-1, TUI_HINT);
		return;
	}
	for (int row = 0; row < h; row++) {
		size_t i = (size_t)ms->list.top + (size_t)row;
		if (i < ms->shown_from || i >= ms->shown_from + ms->n_shown)
			break;
		const struct gv_meeting *m = &ms->shown[i - ms->shown_from];
		char date[32], items[16];
		gv_time_format(m->starts_at, "%Y-%m-%d %H:%M", date, sizeof date);
		snprintf(items, sizeof items, "%d", m->items);
		draw_row(r.y + 1 + row, r, &c, date, m->body_name, m->title, items,
			 pub_text(m, c.long_pub),
			 (int)i == ms->list.sel ? TUI_SELECTED : TUI_NORMAL, m->cancelled);
	}
}

static int meetings_request(struct tui_view *v, struct tui *t, int req)
{
	struct meetings *ms = meetings_of(v);
	if (tui_list_move(&ms->list, req, v->page))
		return TUI_DONE;
	if (req == REQ_PUBLISH) {
		tui_command_run(t, "publish");
		return TUI_DONE;
	}
	if (req == REQ_MEMBERS || req == REQ_BYLAWS || req == REQ_ACTIONS) {
		tui_push(t, req == REQ_MEMBERS  ? tui_members_new()
			    : req == REQ_BYLAWS ? tui_bylaws_new()
						: tui_actions_new());
		return TUI_DONE;
	}
	if (req == REQ_NEW) {
		char *slug;
		tui_meeting_new(t, &slug);
		/* the new one selected: the list is by date */
		struct gv_meeting m;
		struct gv_err err = {0};
		if (slug && !gv_meeting_find(t->ctx->ws, slug, &m, &err)) {
			for (size_t i = 0; i < ms->n; i++)
				if (ms->all[i].id == m.id)
					ms->list.sel = (int)i;
			gv_meeting_clear(&m);
		}
		free(slug);
		return TUI_DONE;
	}
	if (req == REQ_EDIT) {
		if (ms->n)
			tui_meeting_edit(t, ms->all[ms->list.sel].id);
		return TUI_DONE;
	}
	if (req != REQ_OPEN && req != REQ_LIVE && req != REQ_MINUTES)
		return TUI_UNHANDLED;
	if (!ms->n) {
		tui_status(t, "No meeting to open");
		return TUI_DONE;
	}
	int64_t id = ms->all[ms->list.sel].id;
	tui_push(t, req == REQ_LIVE      ? tui_live_new(id)
		    : req == REQ_MINUTES ? tui_minutes_new(id)
					 : tui_agenda_new(id));
	return TUI_DONE;
}

static void meetings_free(struct tui_view *v)
{
	struct meetings *ms = meetings_of(v);
	forget_shown(ms);
	free(ms->all);
	free(ms);
}

static const struct tui_view_ops meetings_ops = {
	.name = "meetings",
	.keys = meetings_keys,
	.reload = meetings_reload,
	.title = meetings_title,
	.draw = meetings_draw,
	.request = meetings_request,
	.free = meetings_free,
};

struct tui_view *tui_meetings_new(void)
{
	struct meetings *ms = gv_calloc(1, sizeof *ms);
	ms->view.ops = &meetings_ops;
	ms->view.page = 1;
	return &ms->view;
}
