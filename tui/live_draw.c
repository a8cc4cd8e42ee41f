/* Drawing the live console: a line with the phase, the clock, the time
 * since the call to order, the stream offset and the quorum; the agenda
 * with the current item marked and the members with their attendance and
 * vote-grid marks on the left; the motion on the floor with its amendment
 * stack and the last events of the log on the right. */
#include "tui/live_council.h"
#include "tui/live.h"

#include "tui/cells.h"
#include "tui/draw.h"

#include "agenda/notice.h"
#include "base/buf.h"
#include "base/clock.h"
#include "live/describe.h"
#include "live/live_view.h"
#include "live/people.h"
#include "live/rules.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void duration(int64_t secs, char out[16])
{
	if (secs < 0)
		secs = 0;
	snprintf(out, 16, "%d:%02d:%02d", (int)(secs / 3600), (int)(secs / 60 % 60),
		 (int)(secs % 60));
}

static int text_w(const char *s)
{
	return tui_cells_width(s, strlen(s));
}

/* "in-session  19:36:10  elapsed 0:34:10  stream 0:30:00" and the quorum at
 * the right, in the alert look when it is lost. On a narrow terminal the
 * parts give way in order of importance: the stream's time first, then the
 * time since the call to order, then the clock; the state and the quorum
 * stay (docs/tui.md, Layout). */
static void draw_clock_line(const struct live *l, int y, struct tui_rect r)
{
	int64_t now = gv_now();
	char part[4][48], d[16];
	int n = 0;
	gv_time_format(now, "%H:%M:%S", part[1], sizeof part[1]);
	snprintf(part[0], sizeof part[0], "%s", gv_phase_name(l->s.phase));
	n = 2;
	/* the clocks stop at the adjournment (a meeting entered from paper
	 * shows its own length, not the time since) */
	int64_t end = l->s.adjourned_at ? l->s.adjourned_at : now;
	if (l->s.started_at) {
		duration(end - l->s.started_at, d);
		snprintf(part[n++], sizeof part[0], "elapsed %s", d);
	}
	if (l->s.stream_at) {
		duration(end - l->s.stream_at, d);
		snprintf(part[n++], sizeof part[0], "stream %s", d);
	}
	struct gv_quorum q;
	gv_rules_quorum(&l->c, &l->s, NULL, &q);
	char quorum[48];
	snprintf(quorum, sizeof quorum, q.met ? " quorum %d/%d " : " NO QUORUM %d/%d ", q.present,
		 q.needed);
	int qw = (int)strlen(quorum);
	struct gv_buf b = GV_BUF_INIT;
	for (int keep = n; keep >= 1; keep--) {
		gv_buf_reset(&b);
		for (int i = 0; i < keep; i++)
			gv_buf_printf(&b, "%s%s", i ? "  " : "", part[i]);
		if (text_w(gv_buf_str(&b)) <= r.w - qw - 1)
			break;
	}
	tui_fill(y, r.x, r.w, TUI_HEADER);
	tui_put_cut(y, r.x, r.w - qw - 1, gv_buf_str(&b), TUI_HEADER);
	tui_put(y, r.x + r.w - qw, qw, quorum, (size_t)-1, q.met ? TUI_FLAG : TUI_ALERT);
	gv_buf_free(&b);
}

/* A pane's title; the pane the keys act on has it reversed (and in its
 * colour), so focus shows without colour too. */
static void heading(int y, struct tui_rect r, const char *text, bool focused)
{
	tui_fill(y, r.x, r.w, focused ? TUI_FOCUS : TUI_HINT);
	tui_put_cut(y, r.x, r.w, text, focused ? TUI_FOCUS : TUI_HEADER);
}

static void draw_agenda(struct live *l, struct tui_rect r)
{
	heading(r.y, r, l->agenda_focus ? "Agenda (j/k; Tab: members)" : "Agenda", l->agenda_focus);
	int h = r.h - 1;
	l->agenda_rows = h;
	tui_list_fit(&l->items, h);
	/* the numbers' column as wide as the longest number */
	int num_w = 1;
	for (size_t i = 0; i < l->c.n_items; i++) {
		int w = text_w(l->c.items[i].number);
		num_w = w > num_w ? w : num_w;
	}
	for (int row = 0; row < h && l->items.top + row < l->items.n; row++) {
		int i = l->items.top + row;
		const struct gv_live_item *it = &l->c.items[i];
		int y = r.y + 1 + row;
		/* after the adjournment no item is before the meeting */
		bool current = it->id == l->s.current_item && l->s.phase != PHASE_ADJOURNED;
		enum tui_role role = i == l->items.sel && l->agenda_focus ? TUI_SELECTED
				     : current                          ? TUI_HEADING
									: TUI_NORMAL;
		tui_fill(y, r.x, r.w, role);
		char lead[48];
		snprintf(lead, sizeof lead, "%s %-*s ", current ? ">" : " ", num_w, it->number);
		int x = r.x + tui_put(y, r.x, r.w, lead, (size_t)-1, role);
		static const char closed[] = " [closed]";
		int room = r.x + r.w - x - (it->closed ? (int)sizeof closed - 1 : 0);
		x += tui_put_cut(y, x, room > 1 ? room : 1, it->title, role);
		if (it->closed)
			tui_put(y, x, r.x + r.w - x, closed, (size_t)-1,
				role == TUI_NORMAL ? TUI_CLOSED : role);
	}
}

/* A member's vote column: their mark, or why they cannot vote, and its look. */
static const char *vote_cell(const struct live *l, size_t i, const struct gv_motion *m,
			     enum tui_role *role)
{
	*role = TUI_HINT;
	if (!m)
		return "";
	const char *why = live_cannot_vote(l, i, m);
	if (why)
		return strcmp(why, "interest") ? "-" : "interest";
	switch (l->marks[i]) {
	case MARK_YES: *role = TUI_VOTE_YES; return "YES";
	case MARK_NO: *role = TUI_VOTE_NO; return "NO";
	case MARK_ABSTAIN: *role = TUI_VOTE_ABSTAIN; return "abstain";
	default: *role = TUI_VOTE_NONE; return "not voted";
	}
}

#define PRESENCE_W 8 /* "present?" */
#define VOTE_W 9     /* "not voted" */

static int longest_name(const struct live *l)
{
	int need = 7; /* "Members" */
	for (size_t i = 0; i < l->c.n_members; i++) {
		int w = text_w(l->c.members[i].name);
		need = w > need ? w : need;
	}
	return need;
}

/* The columns the members' grid takes with a motion on the floor. */
static int members_width(const struct live *l)
{
	return 1 + longest_name(l) + 1 + PRESENCE_W + 1 + VOTE_W;
}

static void draw_members(struct live *l, struct tui_rect r)
{
	const struct gv_motion *m = gv_live_on_floor(&l->s);
	/* the names' column as wide as the longest name, at most what is left */
	int name_need = longest_name(l);
	int name_w = r.w - 2 - PRESENCE_W - (m ? 1 + VOTE_W : 0);
	if (name_w > name_need)
		name_w = name_need;
	if (name_w < 4)
		name_w = 4;
	char head[160];
	if (m)
		snprintf(head, sizeof head, " %-*s %-*s %s", name_w, "Members", PRESENCE_W, "present?",
			 "motion");
	else
		snprintf(head, sizeof head, " Members (no motion on the floor)");
	bool focused = !l->agenda_focus;
	heading(r.y, r, head, focused);
	int h = r.h - 1;
	l->member_rows = h;
	tui_list_fit(&l->members, h);
	for (int row = 0; row < h && l->members.top + row < l->members.n; row++) {
		size_t i = (size_t)(l->members.top + row);
		int y = r.y + 1 + row;
		const struct gv_attendance *a = &l->s.attendance[i];
		enum tui_role role = (int)i == l->members.sel && focused ? TUI_SELECTED : TUI_NORMAL;
		tui_fill(y, r.x, r.w, role);
		tui_put_cut(y, r.x + 1, name_w, l->c.members[i].name, role);
		/* presiding: "chair"; present electronically: "remote"
		 * (docs/console.md) */
		bool chair = a->status == PRES_PRESENT && l->s.n_chairs &&
			     l->s.chairs[l->s.n_chairs - 1].member_id == l->c.members[i].id;
		const char *presence = a->status == PRES_UNRECORDED            ? "-"
				       : chair                                  ? "chair"
				       : a->status == PRES_PRESENT && a->remote ? "remote"
										: gv_presence_name(a->status);
		int x = r.x + 1 + name_w + 1;
		tui_put(y, x, PRESENCE_W, presence, (size_t)-1,
			role == TUI_NORMAL && a->status != PRES_PRESENT ? TUI_HINT : role);
		enum tui_role vote_role;
		const char *vote = vote_cell(l, i, m, &vote_role);
		tui_put(y, x + PRESENCE_W + 1, VOTE_W, vote, (size_t)-1, vote_role);
	}
}

/* "Last vote: motion 2 carried 5-2" and under it "Resolution 2026-12", each
 * cut with an ellipsis when the pane is narrower (docs/tui.md, Layout): on
 * a line of their own the resolution's number stands whole at 80x24. */
static void draw_last_vote(const struct live *l, int y, struct tui_rect r)
{
	const struct gv_motion *m = gv_live_last_decided(&l->s, true);
	if (!m || y >= r.y + r.h)
		return;
	struct gv_buf b = GV_BUF_INIT;
	gv_buf_printf(&b, "Last vote: motion %d %s", m->number, gv_result_name(m->result));
	if (m->counted)
		gv_buf_printf(&b, " %d-%d", m->yes, m->no);
	if (m->counted && m->abstain)
		gv_buf_printf(&b, " (%d abstaining)", m->abstain);
	tui_put_cut(y, r.x + 1, r.w - 1, gv_buf_str(&b), TUI_FLAG);
	char res[24];
	gv_live_resolution(m, res);
	if (res[0] && y + 1 < r.y + r.h) {
		gv_buf_reset(&b);
		gv_buf_printf(&b, "Resolution %s", res);
		tui_put_cut(y + 1, r.x + 1, r.w - 1, gv_buf_str(&b), TUI_FLAG);
	}
	gv_buf_free(&b);
}

/* "Motion 1 (majority), moved by Deputy Mayor Gagné, seconded by ...",
 * "Amendment 2 to motion 1, moved by ...": named with their titles, as the
 * minutes will (docs/people.md). */
static char *motion_heading(const struct live *l, const struct gv_motion *k)
{
	char *mover = gv_people_styled(&l->c, k->mover_id, false);
	char *sec = k->seconder_id ? gv_people_styled(&l->c, k->seconder_id, false) : NULL;
	char *line;
	if (k->amends)
		line = gv_asprintf("Amendment %d to motion %d, moved by %s, %s%s", k->number,
				   k->amends, mover, sec ? "seconded by " : "not seconded",
				   sec ? sec : "");
	else
		line = gv_asprintf("Motion %d (%s), moved by %s, %s%s", k->number,
				   k->threshold ? k->threshold : "majority", mover,
				   sec ? "seconded by " : "not seconded", sec ? sec : "");
	free(mover);
	free(sec);
	return line;
}

/* The rows motion k takes drawn whole in a pane w wide. */
static int motion_rows(const struct gv_motion *k, const char *heading, int w)
{
	int rows = tui_cells_rows(heading, w - 1) + tui_cells_rows(k->text, w - 2);
	if (k->replace_text)
		rows += 1 + tui_cells_rows(k->replace_text, w - 2);
	return rows;
}

/* The main motion the motion on the floor belongs to, then each amendment
 * down to the floor: numbers, movers, thresholds and wordings. */
static void draw_motion(const struct live *l, struct tui_rect r)
{
	heading(r.y, r, "Motion on the floor", false);
	int y = r.y + 1;
	const struct gv_motion *m = gv_live_on_floor(&l->s);
	if (l->s.phase == PHASE_ADJOURNED) {
		char at[32];
		gv_time_clock12(l->s.adjourned_at, at);
		char *line = gv_asprintf("Adjourned at %s", at);
		tui_put_cut(y, r.x + 1, r.w - 1, line, TUI_HEADING);
		free(line);
		return;
	}
	if (!m) {
		tui_put_cut(y, r.x + 1, r.w - 1, "None. m moves one.", TUI_HINT);
		draw_last_vote(l, y + 2, r);
		return;
	}
	const struct gv_motion *stack[3];
	int n = 0;
	for (const struct gv_motion *k = m; k && n < 3; k = gv_live_motion(&l->s, k->amends))
		stack[n++] = k;
	char *heads[3];
	int need = 0, n_heads = n;
	for (int i = 0; i < n; i++) {
		heads[i] = motion_heading(l, stack[i]);
		need += motion_rows(stack[i], heads[i], r.w);
	}
	/* When the stack does not fit, the motions it amends take a row for
	 * their heading and one for their wording, each cut with an ellipsis,
	 * so that the motion on the floor, the one voted on, shows whole
	 * below them. */
	bool compact = need > r.h - 1;
	struct tui_rect text = {r.y, r.x + 2, r.h, r.w - 2};
	while (n-- > 0 && y < r.y + r.h) {
		const struct gv_motion *k = stack[n];
		if (compact && n > 0) {
			tui_put_cut(y++, r.x + 1, r.w - 1, heads[n], TUI_HEADING);
			if (y < r.y + r.h)
				tui_put_cut(y++, r.x + 2, r.w - 2, k->text, TUI_NORMAL);
			continue;
		}
		tui_put_wrapped((struct tui_rect){r.y, r.x + 1, r.h, r.w - 1}, &y, heads[n], TUI_HEADING);
		tui_put_wrapped(text, &y, k->text, TUI_NORMAL);
		if (k->replace_text && y < r.y + r.h) {
			tui_put_cut(y++, r.x + 2, r.w - 2, "would make the wording:", TUI_HINT);
			tui_put_wrapped(text, &y, k->replace_text, TUI_NORMAL);
		}
	}
	for (int i = 0; i < n_heads; i++)
		free(heads[i]);
}

/* The log's rows, as `live M log` lists them: the events, and the notices
 * of motion given (not events) before the first event later than each. */
struct log_row {
	size_t event;   /* index in l->ev, or (size_t)-1 for a notice */
	size_t notice;  /* index in l->notices */
};

static size_t log_rows(const struct live *l, struct log_row *rows)
{
	size_t n = 0, k = 0;
	for (size_t i = 0; i <= l->n_ev; i++) {
		for (; k < l->n_notices && (i == l->n_ev || l->notices[k].at < l->ev[i].at); k++)
			rows[n++] = (struct log_row){(size_t)-1, k};
		if (i < l->n_ev)
			rows[n++] = (struct log_row){i, 0};
	}
	return n;
}

/* The log's last events, newest at the bottom; voided ones say so. */
static void draw_events(const struct live *l, struct tui_rect r)
{
	heading(r.y, r, "Last events", false);
	int h = r.h - 1;
	struct log_row *rows = gv_malloc((l->n_ev + l->n_notices + 1) * sizeof *rows);
	size_t n = log_rows(l, rows);
	size_t first = n > (size_t)h ? n - (size_t)h : 0;
	for (size_t row = first; row < n; row++) {
		struct gv_buf b = GV_BUF_INIT;
		char at[32];
		int y = r.y + 1 + (int)(row - first);
		if (rows[row].event == (size_t)-1) {
			const struct gv_notice_given *nt = &l->notices[rows[row].notice];
			gv_time_format(nt->at, "%H:%M", at, sizeof at);
			gv_buf_printf(&b, "%s ", at);
			gv_live_notice_describe(&b, &l->c, nt);
			tui_put_cut(y, r.x + 1, r.w - 1, gv_buf_str(&b), TUI_NORMAL);
			gv_buf_free(&b);
			continue;
		}
		size_t i = rows[row].event;
		const struct gv_event *e = &l->ev[i];
		bool voided = false;
		for (size_t j = i + 1; j < l->n_ev; j++)
			voided |= l->ev[j].kind == EV_UNDO && l->ev[j].voids == e->id;
		gv_time_format(e->at, "%H:%M", at, sizeof at);
		gv_buf_printf(&b, "%s %s", at, voided ? "(voided) " : "");
		gv_event_describe_in(&b, &l->c, l->ev, i);
		tui_put_cut(y, r.x + 1, r.w - 1, gv_buf_str(&b),
			    voided ? TUI_HINT : e->kind == EV_UNDO ? TUI_FLAG : TUI_NORMAL);
		gv_buf_free(&b);
	}
	free(rows);
}

void live_draw(struct live *l, struct tui_rect r)
{
	draw_clock_line(l, r.y, r);
	int council = live_council_draw(l, r.y + 1, r); /* live_council.c */
	struct tui_rect body = {r.y + 1 + council, r.x, r.h - 1 - council, r.w};
	/* the left side as wide as the members' grid needs, within 45-55% */
	int lw = body.w * 45 / 100, need = members_width(l);
	if (lw < need)
		lw = need < body.w * 55 / 100 ? need : body.w * 55 / 100;
	if (lw < 34)
		lw = body.w < 68 ? body.w / 2 : 34;
	/* the members' grid as tall as the members (with its title), the
	 * agenda the rest: at least half */
	int agenda_h = body.h / 2, members_h = (int)l->c.n_members + 1;
	if (body.h - members_h > agenda_h)
		agenda_h = body.h - members_h;
	struct tui_rect agenda = {body.y, body.x, agenda_h, lw};
	struct tui_rect members = {body.y + agenda_h, body.x, body.h - agenda_h, lw};
	struct tui_rect right = {body.y, body.x + lw + 1, body.h, body.w - lw - 1};
	int motion_h = right.h / 2;
	struct tui_rect motion = {right.y, right.x, motion_h, right.w};
	struct tui_rect events = {right.y + motion_h, right.x, right.h - motion_h, right.w};
	draw_agenda(l, agenda);
	draw_members(l, members);
	draw_motion(l, motion);
	draw_events(l, events);
}
