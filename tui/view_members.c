/* The members: today's roster as `gavel member list` shows it (by role,
 * then surname), everyone who ever was a member (`--all`), or the roster of
 * a day (`--on D`), with each member's title, ward, bodies and the dates of
 * the period shown (docs/people.md). Keys add, edit and retire members
 * through members_act.c; the form they fill is drawn under the list. */
#include "tui/members.h"

#include "tui/cells.h"
#include "tui/keys.h"
#include "tui/screen.h"

#include "base/buf.h"
#include "cmd/cmd.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const struct tui_binding members_keys[] = {
	{MEMBERS_REQ_ADD, "add", "add a member, or a new term for one who retired", {'a'}},
	{MEMBERS_REQ_EDIT, "edit", "change the selected member from today", {'e'}},
	{MEMBERS_REQ_RETIRE, "retire", "retire the selected member on a day (asks y/n)",
	 {'R', 'd', KEY_DC}},
	{MEMBERS_REQ_ALL, "everyone", "everyone who ever was a member, or today's again", {'v'}},
	{MEMBERS_REQ_ON, "on-a-day", "the members of a day (asks the date)", {'o'}},
	{TUI_REQ_BACK, "back", "back to the meetings", {TUI_KEY_ESC, 'h', KEY_LEFT}},
	{0, NULL, NULL, {0}},
};

static struct members *members_of(struct tui_view *v)
{
	return (struct members *)v;
}

const struct gv_member *members_selected(const struct members *ms)
{
	return ms->n ? &ms->m[ms->list.sel] : NULL;
}

static int members_reload(struct tui_view *v, struct tui *t, struct gv_err *err)
{
	struct members *ms = members_of(v);
	gv_today(ms->today);
	const char *on = ms->mode == MEMBERS_ALL ? NULL
			 : ms->mode == MEMBERS_ON ? ms->on
						  : ms->today;
	struct gv_member *m;
	size_t n;
	int rc = gv_member_list_on(t->ctx->ws, 0, on, &m, &n, err);
	if (rc)
		return rc;
	const struct gv_member *sel = members_selected(ms);
	int64_t keep = ms->select ? ms->select : sel ? sel->id : 0;
	ms->select = 0;
	gv_members_free(ms->m, ms->n);
	ms->m = m;
	ms->n = n;
	ms->list.n = (int)n;
	/* The member stays selected; one gone from this list leaves the
	 * cursor where it was, on the next one. */
	for (size_t i = 0; i < n; i++)
		if (m[i].id == keep)
			ms->list.sel = (int)i;
	tui_list_fit(&ms->list, v->page);
	free(ms->title);
	ms->title = ms->mode == MEMBERS_ALL ? gv_strdup("Members: everyone who ever was one")
		    : ms->mode == MEMBERS_ON ? gv_asprintf("Members on %s", ms->on)
					     : gv_asprintf("Members today (%s)", ms->today);
	return 0;
}

static const char *members_title(struct tui_view *v)
{
	return members_of(v)->title;
}

/* True when the member's period shown ended on or before the day shown:
 * in the list of everyone, a member who retired. */
static bool retired(const struct members *ms, const struct gv_member *m)
{
	const char *day = ms->mode == MEMBERS_ON ? ms->on : ms->today;
	return m->to && strcmp(m->to, day) <= 0;
}

/* Column widths for a screen w wide (0: not shown). Dates and wards take
 * what they need; the name up to two fifths of the rest, then title and
 * bodies share what is left, none taking more than it needs while another
 * is cut; the role has a column only when all of that fits. */
enum { COL_NAME, COL_ROLE, COL_TITLE, COL_WARD, COL_BODIES, COL_FROM, COL_TO, NCOLS };

static int width_of(const char *s)
{
	return s ? tui_cells_width(s, strlen(s)) : 0;
}

static void widen(int *col, int w)
{
	if (w > *col)
		*col = w;
}

/* Share room among n columns wanting want[i]: the smallest wants first,
 * each getting at most an equal part of what is left. */
static void share(int room, int n, const int *want, int *got)
{
	bool given[2] = {0};
	for (int left = n; left > 0; left--) {
		int k = -1;
		for (int i = 0; i < n; i++)
			if (!given[i] && (k < 0 || want[i] < want[k]))
				k = i;
		got[k] = want[k] < room / left ? want[k] : room / left;
		room -= got[k];
		given[k] = true;
	}
}

static void columns_for(const struct members *ms, int w, int col[NCOLS])
{
	int want[3] = {4, 5, 6}; /* name, title, bodies: their headings */
	memset(col, 0, NCOLS * sizeof *col);
	col[COL_WARD] = 4;
	col[COL_FROM] = 4;
	for (size_t i = 0; i < ms->n; i++) {
		const struct gv_member *m = &ms->m[i];
		widen(&want[0], width_of(m->name));
		widen(&want[1], width_of(gv_member_title(m)));
		widen(&want[2], width_of(m->bodies));
		widen(&col[COL_WARD], width_of(m->ward) < 12 ? width_of(m->ward) : 12);
		if (m->from)
			col[COL_FROM] = 10;
		if (m->to)
			col[COL_TO] = 10;
	}
	int room = w - 1 - col[COL_WARD] - col[COL_FROM] - col[COL_TO] - 2 * (4 + !!col[COL_TO]);
	if (room >= want[0] + want[1] + want[2] + 14) {
		col[COL_ROLE] = 12;
		room -= 14;
	}
	if (room < 12)
		room = 12;
	/* The name first, up to two fifths; then title and bodies share. */
	int got[2];
	col[COL_NAME] = want[0] < room * 2 / 5 ? want[0] : room * 2 / 5;
	share(room - col[COL_NAME], 2, want + 1, got);
	col[COL_TITLE] = got[0];
	col[COL_BODIES] = got[1];
	int rest = room - col[COL_NAME] - got[0] - got[1];
	int more = want[0] - col[COL_NAME];
	if (more > rest)
		more = rest;
	col[COL_NAME] += more;
	col[COL_BODIES] += rest - more;
}

static void draw_row(int y, struct tui_rect r, const int col[NCOLS], const char *const cell[NCOLS],
		     enum tui_role role)
{
	tui_fill(y, r.x, r.w, role);
	int x = r.x + 1;
	for (int c = 0; c < NCOLS && x < r.x + r.w; c++) {
		if (!col[c])
			continue;
		int w = col[c] < r.x + r.w - x ? col[c] : r.x + r.w - x;
		tui_put_cut(y, x, w, cell[c], role);
		x += col[c] + 2;
	}
}

static void draw_member(const struct members *ms, size_t i, int y, struct tui_rect r,
			const int col[NCOLS])
{
	const struct gv_member *m = &ms->m[i];
	const char *cell[NCOLS] = {
		[COL_NAME] = m->name,
		[COL_ROLE] = m->role,
		[COL_TITLE] = gv_member_title(m),
		[COL_WARD] = m->ward ? m->ward : "",
		[COL_BODIES] = m->bodies ? m->bodies : "",
		[COL_FROM] = m->from ? m->from : "",
		[COL_TO] = m->to ? m->to : "",
	};
	enum tui_role role = (int)i == ms->list.sel ? TUI_SELECTED
			     : retired(ms, m)	    ? TUI_HINT
						    : TUI_NORMAL;
	draw_row(y, r, col, cell, role);
}

static void members_draw(struct tui_view *v, struct tui *t, struct tui_rect r)
{
	(void)t;
	struct members *ms = members_of(v);
	int col[NCOLS];
	columns_for(ms, r.w, col);
	/* In the list of everyone, an end is a retirement. */
	const char *head[NCOLS] = {"Name",   "Role", "Title", "Ward",
				   "Bodies", "From", ms->mode == MEMBERS_ALL ? "Retired" : "Until"};
	draw_row(r.y, r, col, head, TUI_HEADER);
	int below = ms->form.open ? members_form_rows(&ms->form) : 1;
	int h = r.h - 1 - below;
	v->page = h > 1 ? h : 1;
	if (!ms->n) {
		tui_put(r.y + 2, r.x + 2, r.w - 2,
			ms->mode == MEMBERS_TODAY ? "No members today: a adds one"
						  : "No members on that day",
			(size_t)-1, TUI_HINT);
	}
	tui_list_fit(&ms->list, v->page);
	for (int row = 0; row < h && ms->list.top + row < ms->list.n; row++)
		draw_member(ms, (size_t)(ms->list.top + row), r.y + 1 + row, r, col);
	struct tui_rect foot = {r.y + r.h - below, r.x, below, r.w};
	if (foot.y <= r.y) { /* a very short terminal: the form over the list */
		foot.y = r.y + 1;
		foot.h = r.h - 1;
	}
	if (ms->form.open) {
		members_form_draw(ms, foot);
		return;
	}
	tui_fill(foot.y, foot.x, foot.w, TUI_HINT);
	tui_put_cut(foot.y, foot.x, foot.w,
		    "a add  e edit  R retire  v everyone/today  o on a day  ? keys", TUI_HINT);
}

static int members_request(struct tui_view *v, struct tui *t, int req)
{
	struct members *ms = members_of(v);
	if (tui_list_move(&ms->list, req, v->page))
		return TUI_DONE;
	switch (req) {
	case MEMBERS_REQ_ALL:
		ms->mode = ms->mode == MEMBERS_TODAY ? MEMBERS_ALL : MEMBERS_TODAY;
		return TUI_RELOAD;
	case MEMBERS_REQ_ADD:
	case MEMBERS_REQ_EDIT:
	case MEMBERS_REQ_RETIRE:
	case MEMBERS_REQ_ON: return members_act(ms, t, req);
	default: return TUI_UNHANDLED;
	}
}

static void members_free(struct tui_view *v)
{
	struct members *ms = members_of(v);
	members_form_end(&ms->form);
	gv_members_free(ms->m, ms->n);
	free(ms->title);
	free(ms);
}

static const struct tui_view_ops members_ops = {
	.name = "members",
	.keys = members_keys,
	.reload = members_reload,
	.title = members_title,
	.draw = members_draw,
	.request = members_request,
	.free = members_free,
};

struct tui_view *tui_members_new(void)
{
	struct members *ms = gv_calloc(1, sizeof *ms);
	ms->view.ops = &members_ops;
	ms->view.page = 1;
	return &ms->view;
}
