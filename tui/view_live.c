/* The live console view: loading the meeting's log, the cursors of the
 * agenda and the members, the vote grid's marks, and its key table. The
 * recording keys are live_act's (live_act.c); the drawing is live_draw's. */
#include "tui/live.h"

#include "tui/keys.h"
#include "tui/screen.h"

#include "base/buf.h"
#include "base/err.h"
#include "cmd/cmd.h"
#include "agenda/notice.h"
#include "live/live_view.h"
#include "store/workspace.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const struct tui_binding live_keys[] = {
	{LIVE_REQ_FOCUS, "focus", "j/k move in the agenda or in the members", {'\t'}},
	{LIVE_REQ_START, "start", "call the meeting to order", {'s'}},
	{LIVE_REQ_STREAM, "stream", "the livestream starts now (the origin of its chapters)", {'V'}},
	{LIVE_REQ_TAKE_NEXT, "take-next", "take up the next agenda item", {'N'}},
	{LIVE_REQ_TAKE, "take", "take up the selected agenda item", {'t'}},
	{LIVE_REQ_PRESENT, "present", "roll call: the selected member is present", {'P'}},
	{LIVE_REQ_ABSENT, "absent", "roll call: the selected member is absent", {'O'}},
	{LIVE_REQ_REGRETS, "regrets", "roll call: the selected member sent regrets", {'E'}},
	{LIVE_REQ_ARRIVE, "arrive", "the selected member arrives late", {'+'}},
	{LIVE_REQ_LEAVE, "leave", "the selected member leaves", {'-'}},
	{LIVE_REQ_ARRIVE_REMOTE, "arrive-remote",
	 "the selected member joins electronically (arrive --remote)", {'W'}},
	{LIVE_REQ_DECLARE, "declare", "the selected member declares an interest (asks reason)",
	 {'D'}},
	{LIVE_REQ_MOVE, "move", "new motion (asks wording, mover, seconder, threshold)", {'m'}},
	{LIVE_REQ_AMEND, "amend", "amend the motion on the floor (asks the same, new wording)",
	 {'M'}},
	{LIVE_REQ_SECOND, "second", "second the motion on the floor (asks who)", {'S'}},
	{LIVE_REQ_YES, "yes", "vote grid: the selected member votes yes", {'y'}},
	{LIVE_REQ_NO, "no", "vote grid: the selected member votes no", {'n'}},
	{LIVE_REQ_ABSTAIN, "abstain", "vote grid: the selected member abstains", {'a'}},
	{LIVE_REQ_CLEAR, "clear", "vote grid: clear the selected member's mark", {'.'}},
	{LIVE_REQ_RECORDED, "record-vote", "record the vote grid as a recorded vote",
	 {'\r', '\n', KEY_ENTER}},
	{LIVE_REQ_CARRIED, "carried", "show of hands: the motion on the floor carried", {'c'}},
	{LIVE_REQ_LOST, "lost", "show of hands: the motion on the floor lost", {'l'}},
	{LIVE_REQ_WITHDRAW, "withdraw", "withdraw the motion on the floor (asks first)", {'w'}},
	{LIVE_REQ_RECESS, "recess", "recess, or resume after a recess", {'r'}},
	{LIVE_REQ_TO_CLOSE, "to-close",
	 "move the resolution to close (asks the s.239 clause, wording, mover, seconder)", {'X'}},
	{LIVE_REQ_CLOSED, "closed", "go into closed session (asks the clause), or rise", {'x'}},
	{LIVE_REQ_ADJOURN, "adjourn", "adjourn the meeting (asks first)", {'A'}},
	{LIVE_REQ_UNDO, "undo", "void the latest event (asks first)", {'u'}},
	{LIVE_REQ_REMOTE, "remote", "roll call: the selected member takes part electronically",
	 {'R'}},
	{LIVE_REQ_STAFF, "staff", "record staff or the clerk present (asks who)", {'T'}},
	{LIVE_REQ_CHAIR, "chair", "the selected member presides from now on (asks first)", {'C'}},
	{LIVE_REQ_DISPOSE, "dispose",
	 "refer, defer or table the motion on the floor (asks which, where, mover, seconder)",
	 {'f'}},
	{LIVE_REQ_RECONSIDER, "reconsider",
	 "move to reconsider a resolution (asks its number, mover, seconder)", {'z'}},
	{LIVE_REQ_RULING, "ruling", "point of order: record the chair's ruling (asks it)", {'o'}},
	{LIVE_REQ_APPEAL, "appeal", "appeal the latest ruling (asks mover, seconder)", {'e'}},
	{LIVE_REQ_ACTION, "action",
	 "a follow-up action on the resolution just carried (the : prompt, filled in)", {'F'}},
	{LIVE_REQ_NOTICE, "notice",
	 "a notice of motion (the : prompt, filled in from a notices item)", {'!'}},
	{LIVE_REQ_BYLAW_MOVE, "bylaw-move",
	 "a motion reading the current item's by-laws (the : prompt, filled in)", {'b'}},
	{LIVE_REQ_HOLD, "hold",
	 "hold the selected consent item: pull it out of the consent agenda (asks first)", {'H'}},
	{TUI_REQ_BACK, "back", "back to where the console was opened", {TUI_KEY_ESC}},
	{0, NULL, NULL, {0}},
};

static struct live *live_of(struct tui_view *v)
{
	return (struct live *)v;
}

const struct gv_live_member *live_selected_member(const struct live *l)
{
	return l->c.n_members ? &l->c.members[l->members.sel] : NULL;
}

const struct gv_live_item *live_selected_item(const struct live *l)
{
	return l->c.n_items ? &l->c.items[l->items.sel] : NULL;
}

const char *live_cannot_vote(const struct live *l, size_t member, const struct gv_motion *m)
{
	const struct gv_attendance *a = &l->s.attendance[member];
	if (a->status != PRES_PRESENT)
		return gv_presence_name(a->status);
	if (m && gv_live_declared(&l->c, &l->s, a->member_id, m))
		return "interest";
	return NULL;
}

int live_next_unmarked(const struct live *l, int from)
{
	int n = (int)l->c.n_members;
	for (int k = 1; k < n; k++) {
		int i = (from + k) % n;
		if (l->s.attendance[i].status == PRES_UNRECORDED)
			return i;
	}
	return from;
}

static void free_loaded(struct live *l)
{
	if (!l->loaded)
		return;
	gv_live_state_clear(&l->s);
	gv_live_ctx_clear(&l->c);
	gv_events_free(l->ev, l->n_ev);
	gv_notices_given_free(l->notices, l->n_notices);
	l->notices = NULL;
	l->n_notices = 0;
	l->loaded = false;
}

/* Marks survive a reload while the same motion is on the floor and each
 * member can still vote; a new motion starts an empty grid. */
static void keep_marks(struct live *l, const int64_t *old_ids, const int *old_marks, size_t n)
{
	const struct gv_motion *m = gv_live_on_floor(&l->s);
	int floor = m ? m->number : 0;
	free(l->marks);
	l->marks = gv_malloc((l->c.n_members + 1) * sizeof *l->marks);
	for (size_t i = 0; i < l->c.n_members; i++) {
		l->marks[i] = LIVE_UNMARKED;
		for (size_t j = 0; floor == l->grid_motion && j < n; j++)
			if (old_ids[j] == l->c.members[i].id && !live_cannot_vote(l, i, m))
				l->marks[i] = old_marks[j];
	}
	l->grid_motion = floor;
}

int live_load(struct gv_ws *ws, const char *ref, struct gv_live_ctx *c, struct gv_live_state *s,
	      struct gv_event **ev, size_t *n, struct gv_err *err)
{
	int rc = gv_live_ctx_load(ws, ref, c, err);
	if (!rc && (rc = gv_live_state_load(ws, c, s, ev, n, err)))
		gv_live_ctx_clear(c);
	return rc;
}

static int live_reload(struct tui_view *v, struct tui *t, struct gv_err *err)
{
	struct live *l = live_of(v);
	char ref[32];
	snprintf(ref, sizeof ref, "%lld", (long long)l->meeting_id);
	struct gv_live_ctx c;
	struct gv_live_state s;
	struct gv_event *ev;
	size_t n;
	int rc = live_load(t->ctx->ws, ref, &c, &s, &ev, &n, err);
	if (rc)
		return rc;
	struct gv_notice_given *notices = NULL;
	size_t n_notices = 0;
	if ((rc = gv_notices_given(t->ctx->ws, c.meeting_id, &notices, &n_notices, err))) {
		gv_live_state_clear(&s);
		gv_live_ctx_clear(&c);
		gv_events_free(ev, n);
		return rc;
	}
	/* the selections, by id (not through a pointer the reload frees) */
	int64_t keep_member = l->c.n_members ? l->c.members[l->members.sel].id : 0;
	int64_t keep_item = l->c.n_items ? l->c.items[l->items.sel].id : 0;
	/* When the current item changes, the agenda's cursor follows it. */
	if (!l->loaded || l->s.current_item != s.current_item)
		keep_item = s.current_item;
	size_t old_n = l->loaded ? l->c.n_members : 0;
	int64_t *old_ids = gv_malloc((old_n + 1) * sizeof *old_ids);
	for (size_t i = 0; i < old_n; i++)
		old_ids[i] = l->c.members[i].id;
	int *old_marks = l->marks;
	l->marks = NULL;
	free_loaded(l);
	l->c = c;
	l->s = s;
	l->ev = ev;
	l->n_ev = n;
	l->notices = notices;
	l->n_notices = n_notices;
	l->loaded = true;
	l->ws = t->ctx->ws;
	keep_marks(l, old_ids, old_marks, old_n);
	free(old_ids);
	free(old_marks);
	free(l->title);
	l->title = gv_asprintf("%s: %s - live console", c.slug, c.title);
	l->items.n = (int)c.n_items;
	l->members.n = (int)c.n_members;
	for (size_t i = 0; i < c.n_items; i++)
		if (c.items[i].id == keep_item)
			l->items.sel = (int)i;
	for (size_t i = 0; i < c.n_members; i++)
		if (c.members[i].id == keep_member)
			l->members.sel = (int)i;
	/* Opened for the roll call: on the first member not yet marked. */
	if (!keep_member && s.phase == PHASE_NOT_STARTED && c.n_members &&
	    s.attendance[0].status != PRES_UNRECORDED)
		l->members.sel = live_next_unmarked(l, 0);
	tui_list_fit(&l->items, l->agenda_rows);
	tui_list_fit(&l->members, l->member_rows);
	return 0;
}

static const char *live_title(struct tui_view *v)
{
	return live_of(v)->title;
}

static void live_draw_view(struct tui_view *v, struct tui *t, struct tui_rect r)
{
	(void)t;
	live_draw(live_of(v), r);
}

/* y, n, a, '.': mark the selected member in the grid. */
static void mark(struct live *l, struct tui *t, int req)
{
	const struct gv_motion *m = gv_live_on_floor(&l->s);
	const struct gv_live_member *who = live_selected_member(l);
	if (!m || !who) {
		tui_status(t, "No motion on the floor to vote on");
		return;
	}
	const char *why = live_cannot_vote(l, (size_t)l->members.sel, m);
	if (why) {
		tui_status(t, "%s cannot vote on motion %d: %s", who->name, m->number, why);
		return;
	}
	static const int marks[] = {MARK_YES, MARK_NO, MARK_ABSTAIN, LIVE_UNMARKED};
	l->marks[l->members.sel] = marks[req - LIVE_REQ_YES];
	/* The clerk goes down the roll: the next member is selected. */
	if (l->members.sel + 1 < l->members.n)
		l->members.sel++;
}

static int live_request(struct tui_view *v, struct tui *t, int req)
{
	struct live *l = live_of(v);
	struct tui_list *list = l->agenda_focus ? &l->items : &l->members;
	if (tui_list_move(list, req, l->agenda_focus ? l->agenda_rows : l->member_rows))
		return TUI_DONE;
	switch (req) {
	case LIVE_REQ_FOCUS: l->agenda_focus = !l->agenda_focus; return TUI_DONE;
	case LIVE_REQ_YES:
	case LIVE_REQ_NO:
	case LIVE_REQ_ABSTAIN:
	case LIVE_REQ_CLEAR: mark(l, t, req); return TUI_DONE;
	case TUI_REQ_BACK: return TUI_BACK;
	default: break;
	}
	return req >= LIVE_REQ_START ? live_act(l, t, req) : TUI_UNHANDLED;
}

static void live_free(struct tui_view *v)
{
	struct live *l = live_of(v);
	free_loaded(l);
	free(l->marks);
	free(l->title);
	free(l);
}

/* The item on the floor, else the one selected. */
static const char *live_item(struct tui_view *v)
{
	struct live *l = live_of(v);
	if (!l->loaded)
		return NULL;
	const char *current = gv_live_item_number(&l->c, l->s.current_item);
	if (current)
		return current;
	return live_selected_item(l) ? live_selected_item(l)->number : NULL;
}

static const struct tui_view_ops live_ops = {
	.name = "live console",
	.keys = live_keys,
	.reload = live_reload,
	.title = live_title,
	.draw = live_draw_view,
	.request = live_request,
	.free = live_free,
	.item = live_item,
};

struct tui_view *tui_live_new(int64_t meeting_id)
{
	struct live *l = gv_calloc(1, sizeof *l);
	l->view.ops = &live_ops;
	l->view.page = 1;
	l->meeting_id = meeting_id;
	l->view.meeting_id = meeting_id;
	l->agenda_rows = l->member_rows = 1;
	return &l->view;
}
