/* The terminal UI. The only part of gavel that includes curses.
 *
 * tui.c          the main loop: draw, read a key, dispatch, watch for writes
 * screen.[ch]    title bar, status line, the stack of views
 * view.h         the view vtable, requests and key bindings
 * keys.[ch]      the common key table, key names, the help page
 * view_meetings.c, view_agenda.c, view_search.c, pager.c   the views
 * minutes.h, view_minutes.c, minutes_edit.c   the minutes of a meeting,
 *                formatted, and keys that edit notes, save and approve
 * view_history.c the versions in record/ and coloured diffs between them
 * members.h, view_members.c, members_form.c, members_act.c   the members
 *                of a day or of all time, and a form that adds, edits and
 *                retires them through `member ...` commands
 * page.[ch]      a page of styled text to scroll and search (/ n N)
 * styled.c       markdown and diffs as styled text for a page
 * live.h, view_live.c, live_draw.c, live_act.c   the live console: the
 *                replayed meeting, its drawing, and keys that run `live M ...`
 * display.[ch], display_draw.c, bigtext.[ch]   `gavel display M`, the
 *                public chamber screen with large digits
 * agenda.h, agenda_edit.c   agenda edits by key, all through agenda/item.h
 * preview.[ch]   what the agenda shows of one item
 * prompt.[ch]    the line editor (its own key table) and y/n questions
 * command.[ch]   the ':' prompt on the one command table (cmd/cmd.h)
 * editor.[ch]    $EDITOR on a temporary file, without a shell
 * term.[ch]      curses on and off, signals, giving the terminal back
 * draw.[ch], cells.[ch], list.[ch]   drawing roles, UTF-8 columns, list cursor
 * watch.[ch]     PRAGMA data_version: another process wrote
 */
#ifndef GAVEL_TUI_H
#define GAVEL_TUI_H

struct gv_ctx;

/* Run the UI on ctx's workspace (opened here when the caller has not), at
 * meeting (may be NULL) until the user quits. The terminal is restored on
 * every way out; SIGINT, SIGTERM and SIGHUP end the UI and then the process
 * of the same signal. GAVEL_TUI_EXIT_AFTER_FIRST_FRAME=1 draws the first
 * screen and returns (benchmarks). Refused without a terminal. */
int tui_open(struct gv_ctx *ctx, const char *meeting);

/* `gavel display M`: the public screen of a live meeting, following the log
 * written by other processes, until q or a signal. Same terminal promises
 * as tui_open. */
int tui_display_open(struct gv_ctx *ctx, const char *meeting);

#endif
