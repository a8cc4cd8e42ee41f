/* The minutes view's state, shared by its drawing and key handling
 * (view_minutes.c) and its changes through the core (minutes_edit.c). */
#ifndef GAVEL_TUI_MINUTES_H
#define GAVEL_TUI_MINUTES_H

#include "tui/page.h"
#include "tui/view.h"

#include "minutes/minutes.h"

#include <stdbool.h>

struct tui;

enum minutes_req {
	MINUTES_REQ_NOTE = TUI_REQ_VIEW,
	MINUTES_REQ_SAVE,
	MINUTES_REQ_APPROVE,
	MINUTES_REQ_HISTORY,
	MINUTES_REQ_PUBLIC,
};

struct minutes_view {
	struct tui_view view;
	int64_t meeting_id;
	struct gv_minutes m;   /* meeting, agenda, notes and approval, as loaded */
	bool loaded;
	bool public;           /* the public minutes, not the complete ones */
	char *title;           /* of the title bar */
	struct tui_page page;  /* the minutes as formatted text */
};

/* The agenda item whose section holds the page's cursor: the match found
 * last while it is on screen, else the top row (NULL above the first item). */
const struct gv_item *minutes_item_at_cursor(const struct minutes_view *mv);

/* Edit a note, save or approve through the core; returns TUI_* flags
 * (TUI_RELOAD after a change). Refusals, the lock among them, go to the
 * status line. */
int minutes_edit(struct minutes_view *mv, struct tui *t, int req);

#endif
