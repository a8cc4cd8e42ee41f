/* A view is one screen of the UI (meetings, agenda, pager) behind a small
 * vtable, as in tig. The main loop owns the stack of views and turns keys
 * into requests through the view's key table and the common one; the view
 * answers with flags that say what the screen must do next, as in htop. */
#ifndef GAVEL_TUI_VIEW_H
#define GAVEL_TUI_VIEW_H

#include "tui/draw.h"

#include <stdint.h>

struct tui;
struct tui_view;
struct gv_err;

/* Requests every view may get (from the common key table); a view numbers
 * its own from TUI_REQ_VIEW. */
enum tui_req {
	TUI_REQ_NONE,
	TUI_REQ_UP,
	TUI_REQ_DOWN,
	TUI_REQ_PAGE_UP,
	TUI_REQ_PAGE_DOWN,
	TUI_REQ_FIRST,
	TUI_REQ_LAST,
	TUI_REQ_HELP,
	TUI_REQ_PROMPT,
	TUI_REQ_BACK,
	TUI_REQ_QUIT,
	TUI_REQ_REDRAW,
	TUI_REQ_SEARCH,
	TUI_REQ_FIND,        /* within a page (tui/page.h), in views that show one */
	TUI_REQ_FIND_NEXT,
	TUI_REQ_FIND_PREV,
	TUI_REQ_VIEW = 100,
};

/* What a request handler tells the main loop (flags). */
enum {
	TUI_DONE = 0,      /* handled; redraw */
	TUI_UNHANDLED = 1, /* not this view's request: the main loop's turn */
	TUI_RELOAD = 2,    /* data may have changed: reload the view */
	TUI_BACK = 4,      /* close this view */
};

/* One line of a key table: the keys that ask for a request, its name and
 * what it does. The table drives both the key handling and the help. */
struct tui_binding {
	int req;          /* 0 ends a table */
	const char *name; /* "add-item" */
	const char *help; /* "add an item after the selected one" */
	int keys[6];      /* curses key codes or characters, 0-terminated */
};

struct tui_view_ops {
	const char *name;                /* "agenda": names the help page */
	const struct tui_binding *keys;  /* the view's own keys */
	/* Re-read the view's data from the workspace, keeping the selection. */
	int (*reload)(struct tui_view *v, struct tui *t, struct gv_err *err);
	/* The text of the title bar. */
	const char *(*title)(struct tui_view *v);
	void (*draw)(struct tui_view *v, struct tui *t, struct tui_rect r);
	/* Answer a request with TUI_* flags. */
	int (*request)(struct tui_view *v, struct tui *t, int req);
	void (*free)(struct tui_view *v);
	/* The item the view is on ("9.1"), for the ':' prompt to fill in;
	 * NULL (or no function): none. */
	const char *(*item)(struct tui_view *v);
};

/* Embedded first in each view's own struct. */
struct tui_view {
	const struct tui_view_ops *ops;
	int page;  /* rows of the list or text at the last draw, for PgUp/PgDn */
	/* Where the selected row's text was drawn (w 0: nowhere), so a line
	 * editor can open in place of it. */
	struct tui_rect edit_at;
	/* The meeting the view shows (0: none): the ':' prompt's meeting when
	 * a command leaves it out. */
	int64_t meeting_id;
};

/* The views. Each returns a view the caller owns (free with ops->free). */
struct tui_view *tui_meetings_new(void);
/* The members of today, of a day, or everyone ever, with keys that add,
 * edit and retire them (tui/members.h). */
struct tui_view *tui_members_new(void);
struct tui_view *tui_agenda_new(int64_t meeting_id);
/* The live console of a meeting (tui/live.h). */
struct tui_view *tui_live_new(int64_t meeting_id);
/* The agenda of a meeting with item number (may be "") selected. */
struct tui_view *tui_agenda_at(int64_t meeting_id, const char *number);
/* What `gavel search query` finds, Enter opening each in its agenda. */
struct tui_view *tui_search_new(const char *query);
/* The by-law register and the follow-up actions (docs/bylaws.md). */
struct tui_view *tui_bylaws_new(void);
struct tui_view *tui_actions_new(void);
/* A scrollable page of text (help, command output); copies title and text.
 * tui_pager_new_styled (tui/page.h) shows styled text. */
struct tui_view *tui_pager_new(const char *title, const char *text);
/* The same, a line's rows after its first indented hang cells. */
struct tui_view *tui_pager_new_hanging(const char *title, const char *text, int hang);
/* The minutes of a meeting: formatted, searchable, with keys to edit notes,
 * save and approve. */
struct tui_view *tui_minutes_new(int64_t meeting_id);
/* The versions of a meeting's agenda and minutes in record/, and diffs. */
struct tui_view *tui_history_new(int64_t meeting_id);
/* The coloured diff of a meeting's minutes between rev1 and rev2 (NULL: as
 * `gavel diff` chooses; rev1 "": from nothing) in a pager, or on the status
 * line why there is none. */
void tui_diff_show(struct tui *t, const char *meeting_ref, const char *rev1, const char *rev2);

#endif
