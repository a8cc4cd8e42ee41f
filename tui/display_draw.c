/* What the chamber display shows: the meeting's title and the clock, where
 * the meeting is (not started, in session before the first item, in recess,
 * adjourned: then nothing else), the current item with
 * its number in large digits, the motion on the floor, and the result of
 * the last vote with its counts in large digits, all read off the public
 * view. On a small terminal the large digits give way to bold lines. */
#include "tui/display.h"

#include "tui/bigtext.h"
#include "tui/cells.h"
#include "tui/draw.h"
#include "tui/live.h"

#include "base/buf.h"
#include "base/clock.h"
#include "base/text.h"
#include "live/live_view.h"
#include "live/rules.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TEXT_COLS 72 /* the widest a wrapped line gets: easier to read */

static void centre(int y, const char *text, enum tui_role role)
{
	int w = tui_cells_width(text, strlen(text));
	int x = w < COLS ? (COLS - w) / 2 : 0;
	tui_put(y, x, COLS - x, text, (size_t)-1, role);
}

/* Text wrapped and centred from row *y, at most rows rows. */
static void centre_wrapped(int *y, int rows, const char *text, enum tui_role role)
{
	int cols = COLS - 4 < TEXT_COLS ? COLS - 4 : TEXT_COLS;
	size_t n = strlen(text), at = 0;
	for (int r = 0; r < rows && at < n && *y < LINES - 1; r++) {
		size_t next, len = tui_cells_wrap(text + at, n - at, cols, &next);
		if (at + next < n && (r == rows - 1 || *y == LINES - 2)) {
			/* the last row there is room for: the rest, cut with an
			 * ellipsis (docs/tui.md, "Layout") */
			tui_put_cut((*y)++, (COLS - cols) / 2, cols, text + at, role);
			return;
		}
		char *row = gv_strndup(text + at, len);
		centre((*y)++, row, role);
		free(row);
		at += next;
	}
}

static bool big_enough(void)
{
	return LINES >= 22 && COLS >= 40;
}

/* s in large digits centred at *y when it fits, else as a bold line. */
static void big_line(int *y, const char *s, const char *plain, enum tui_role role)
{
	int w = tui_big_width(s);
	if (big_enough() && w && w <= COLS) {
		tui_big_put(*y, (COLS - w) / 2, s, role);
		*y += TUI_BIG_ROWS + 1;
	}
	centre((*y)++, plain, TUI_HEADING);
}

static void title_bar(const struct display *d)
{
	char clock[32];
	gv_time_format(gv_now(), "%H:%M", clock, sizeof clock);
	tui_fill(0, 0, COLS, TUI_TITLEBAR);
	char *title = gv_asprintf("%s - %s", d->v.ctx.body_name, d->v.ctx.title);
	int room = COLS - (int)strlen(clock) - 2;
	int w = tui_cells_width(title, strlen(title));
	tui_put_cut(0, w < room ? (room - w) / 2 : 0, room, title, TUI_TITLEBAR);
	tui_put(0, COLS - (int)strlen(clock) - 1, (int)strlen(clock), clock, (size_t)-1,
		TUI_TITLEBAR);
	free(title);
}

static void where(const struct display *d, int *y)
{
	char at[32];
	switch (d->v.state.phase) {
	case PHASE_NOT_STARTED:
		gv_time_clock12(d->v.ctx.starts_at, at);
		centre((*y)++, "Not yet called to order", TUI_HEADING);
		{
			char *line = gv_asprintf("The meeting begins at %s", at);
			centre((*y)++, line, TUI_NORMAL);
			free(line);
		}
		break;
	case PHASE_RECESS: centre((*y)++, "In recess", TUI_HEADING); break;
	case PHASE_IN_SESSION:
		/* between the call to order and the first item, not a blank screen */
		if (gv_public_current_item(&d->v))
			return;
		centre_wrapped(y, 2, d->v.ctx.title, TUI_HEADING);
		centre((*y)++, "In session", TUI_NORMAL);
		break;
	case PHASE_ADJOURNED: {
		gv_time_clock12(d->v.state.adjourned_at, at);
		char *line = gv_asprintf("Adjourned at %s", at);
		centre((*y)++, line, TUI_HEADING);
		free(line);
		break;
	}
	default: return;
	}
	(*y)++;
}

static void item(const struct display *d, int *y)
{
	const struct gv_live_item *it = gv_public_current_item(&d->v);
	if (!it)
		return;
	char *plain = gv_asprintf("Item %s", it->number);
	big_line(y, it->number, plain, TUI_HEADING);
	free(plain);
	centre_wrapped(y, 2, it->title, TUI_HEADING);
	(*y)++;
}

static void floor_motion(const struct display *d, int *y)
{
	const struct gv_motion *m = gv_public_floor(&d->v);
	if (!m)
		return;
	char *head = m->amends ? gv_asprintf("On the floor: amendment %d to motion %d", m->number,
					     m->amends)
			       : gv_asprintf("On the floor: motion %d", m->number);
	centre((*y)++, head, TUI_HEADER);
	free(head);
	centre_wrapped(y, big_enough() ? 4 : 2, m->text, TUI_NORMAL);
	(*y)++;
}

static void result(const struct display *d, int *y)
{
	const struct gv_motion *m = gv_public_last_decided(&d->v);
	if (!m || d->v.state.phase == PHASE_ADJOURNED)
		return;
	const char *word = m->result == RESULT_CARRIED ? "CARRIED" : "LOST";
	char *line = gv_asprintf("Motion %d %s", m->number, word);
	if (!m->counted) {
		centre((*y)++, line, TUI_HEADING);
		free(line);
		return;
	}
	char counts[32];
	snprintf(counts, sizeof counts, "%d-%d", m->yes, m->no);
	char abstain[32] = "";
	if (m->abstain)
		snprintf(abstain, sizeof abstain, ", %d abstaining", m->abstain);
	char *plain = gv_asprintf("%s: %d for, %d against%s", line, m->yes, m->no, abstain);
	big_line(y, counts, plain, m->result == RESULT_CARRIED ? TUI_FLAG : TUI_ERROR);
	free(plain);
	free(line);
}

/* In session, the quorum line at the foot: who is present, how many take
 * part electronically, and whether they count (docs/console.md). */
static void quorum(const struct display *d)
{
	if (d->v.state.phase != PHASE_IN_SESSION)
		return;
	struct gv_quorum q;
	gv_rules_quorum(&d->v.ctx, &d->v.state, NULL, &q);
	int remote = 0;
	for (size_t i = 0; i < d->v.state.n_attendance; i++)
		remote += d->v.state.attendance[i].status == PRES_PRESENT &&
			  d->v.state.attendance[i].remote;
	char electronically[64] = "";
	if (remote)
		snprintf(electronically, sizeof electronically,
			 d->v.ctx.remote_quorum ? " (%d electronically)"
						: " (and %d electronically, not counted)",
			 remote);
	char *line = gv_asprintf("%s: %d present%s, %d needed", q.met ? "Quorum" : "NO QUORUM",
				 q.present, electronically, q.needed);
	centre(LINES - 2, line, q.met ? TUI_HINT : TUI_ERROR);
	free(line);
}

void display_draw(const struct display *d)
{
	erase();
	title_bar(d);
	int y = 2;
	if (d->v.state.phase == PHASE_CLOSED) {
		centre(LINES / 2, "In closed session", TUI_HEADING);
	} else if (d->v.state.phase == PHASE_ADJOURNED) {
		where(d, &y); /* and nothing of the meeting that was */
	} else {
		where(d, &y);
		item(d, &y);
		floor_motion(d, &y);
		result(d, &y);
		display_speaker(d, LINES - 4);
		quorum(d);
	}
	if (d->stale)
		centre(LINES - 1, "(cannot read the workspace just now; showing the last news)",
		       TUI_HINT);
}
