/* The live console of one meeting, shared by its key handling
 * (view_live.c), its drawing (live_draw.c) and its actions (live_act.c).
 * The state is the core's replay of the log (minutes/live.h); every action
 * is a `live M ...` command run through the one command table, so the
 * console records exactly what the CLI would and refuses the same way. */
#ifndef GAVEL_TUI_LIVE_H
#define GAVEL_TUI_LIVE_H

#include "tui/list.h"
#include "tui/view.h"

#include "live/live.h"

struct tui;

enum live_req {
	LIVE_REQ_FOCUS = TUI_REQ_VIEW,
	LIVE_REQ_START,
	LIVE_REQ_STREAM,
	LIVE_REQ_TAKE_NEXT,
	LIVE_REQ_TAKE,
	LIVE_REQ_PRESENT,
	LIVE_REQ_ABSENT,
	LIVE_REQ_REGRETS,
	LIVE_REQ_ARRIVE,
	LIVE_REQ_LEAVE,
	LIVE_REQ_ARRIVE_REMOTE,
	LIVE_REQ_DECLARE,
	LIVE_REQ_MOVE,
	LIVE_REQ_AMEND,
	LIVE_REQ_SECOND,
	LIVE_REQ_YES,
	LIVE_REQ_NO,
	LIVE_REQ_ABSTAIN,
	LIVE_REQ_CLEAR,
	LIVE_REQ_RECORDED,
	LIVE_REQ_CARRIED,
	LIVE_REQ_LOST,
	LIVE_REQ_WITHDRAW,
	LIVE_REQ_RECESS,
	LIVE_REQ_CLOSED,
	LIVE_REQ_ADJOURN,
	LIVE_REQ_UNDO,
	LIVE_REQ_REMOTE,
	LIVE_REQ_STAFF,
	LIVE_REQ_CHAIR,
	LIVE_REQ_DISPOSE,
	LIVE_REQ_RECONSIDER,
	LIVE_REQ_RULING,
	LIVE_REQ_APPEAL,
	LIVE_REQ_HOLD,
	LIVE_REQ_ACTION,
	LIVE_REQ_NOTICE,
	LIVE_REQ_BYLAW_MOVE,
	LIVE_REQ_TO_CLOSE,
};

/* A member's mark in the vote grid before the vote is recorded. */
enum live_mark { LIVE_UNMARKED = -1 };

struct live {
	struct tui_view view;
	int64_t meeting_id;
	bool loaded;
	struct gv_live_ctx c;
	struct gv_live_state s;
	struct gv_event *ev;   /* the log, corrections included */
	size_t n_ev;
	struct gv_notice_given *notices; /* given at the meeting: not events, */
	size_t n_notices;                /* shown among them by time, as the log does */
	char *title;           /* of the title bar */
	struct tui_list items;   /* the agenda's cursor */
	struct tui_list members; /* the attendance and vote grid's cursor */
	bool agenda_focus;       /* j/k move in the agenda, not the members */
	int grid_motion;         /* the motion the marks are for */
	int *marks;              /* per member of c: enum gv_mark or LIVE_UNMARKED */
	int agenda_rows, member_rows; /* rows shown at the last draw */
	struct gv_ws *ws;        /* for the speakers' list and electronic vote */
};

/* Meeting ref's context and the state replayed from its log, with the log
 * itself when ev is not NULL: all or nothing. */
int live_load(struct gv_ws *ws, const char *ref, struct gv_live_ctx *c, struct gv_live_state *s,
	      struct gv_event **ev, size_t *n, struct gv_err *err);

/* The selected member and item (NULL when there are none). */
const struct gv_live_member *live_selected_member(const struct live *l);
const struct gv_live_item *live_selected_item(const struct live *l);

/* The first member after from (going round) whose attendance is not yet
 * recorded; from itself when every other one is. */
int live_next_unmarked(const struct live *l, int from);

/* Why a member cannot vote on m ("absent", "interest", ...), NULL when they
 * can. */
const char *live_cannot_vote(const struct live *l, size_t member, const struct gv_motion *m);

/* Draw the console into r. */
void live_draw(struct live *l, struct tui_rect r);

/* Do a request that records something; returns TUI_* flags. Refusals go to
 * the status line as the CLI says them. */
int live_act(struct live *l, struct tui *t, int req);

/* What follows a vote (tui/live_after.c): a follow-up action, a notice of
 * motion, a by-law's readings, each at the `:` prompt filled in. */
int live_after(struct live *l, struct tui *t, int req);

#endif
