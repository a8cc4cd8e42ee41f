/* The agenda view's state, shared by its drawing and key handling
 * (view_agenda.c) and its edits through the core (agenda_edit.c). */
#ifndef GAVEL_TUI_AGENDA_H
#define GAVEL_TUI_AGENDA_H

#include "tui/agenda_undo.h"
#include "tui/list.h"
#include "tui/view.h"

#include "agenda/item.h"
#include "agenda/meeting.h"

struct tui;

enum agenda_req {
	AGENDA_REQ_SHOW = TUI_REQ_VIEW,
	AGENDA_REQ_ADD,
	AGENDA_REQ_ADD_UNDER,
	AGENDA_REQ_TITLE,
	AGENDA_REQ_BODY,
	AGENDA_REQ_RECOMMENDATION,
	AGENDA_REQ_DELETE,
	AGENDA_REQ_MOVE_UP,
	AGENDA_REQ_MOVE_DOWN,
	AGENDA_REQ_INDENT,
	AGENDA_REQ_OUTDENT,
	AGENDA_REQ_CONSENT,
	AGENDA_REQ_CLOSED,
	AGENDA_REQ_LIVE,
	AGENDA_REQ_MINUTES,
	AGENDA_REQ_UNDO,
	AGENDA_REQ_ATTACH,
};

struct agenda {
	struct tui_view view;
	int64_t meeting_id;
	struct gv_meeting meeting;
	char *title;             /* of the title bar */
	struct gv_agenda items;
	struct tui_list list;
	char *hooks;             /* "hooks: on-vote, on-event" or "no streaming hooks" */
	char select[32];         /* number to select at the next reload ("" keeps the item) */
	struct agenda_undo undo; /* the last change by key, to take back (u) */
};

/* The selected item, NULL when the agenda is empty. */
const struct gv_item *agenda_selected(const struct agenda *a);

/* Do an editing request on the selected item through the core; returns
 * TUI_* flags (TUI_RELOAD after a change). Refusals go to the status line. */
int agenda_edit(struct agenda *a, struct tui *t, int req);

#endif
