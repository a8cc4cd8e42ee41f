/* The running UI: the stack of views and the status line, shared by the
 * main loop (tui.c), the views, the prompt and the command runner. */
#ifndef GAVEL_TUI_SCREEN_H
#define GAVEL_TUI_SCREEN_H

#include "tui/draw.h"

#include <stdbool.h>

struct gv_ctx;
struct gv_err;
struct tui_view;

#define TUI_MAX_VIEWS 16

struct tui {
	struct gv_ctx *ctx;           /* its workspace is open */
	struct tui_view *views[TUI_MAX_VIEWS]; /* owned; the last one is shown */
	int nviews;
	char *status;                 /* until the next key (NULL: none); owned */
	enum tui_role status_role;
	bool quit;
};

/* The view on top (NULL when none). */
struct tui_view *tui_top(struct tui *t);

/* Say something on the status line until the next key. */
void tui_status(struct tui *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Show a refusal or failure as the CLI would: "gavel: <message>". */
void tui_status_error(struct tui *t, const struct gv_err *err);
/* Take the status line's message away (and free it). */
void tui_status_clear(struct tui *t);

/* Show v on top of the others (t takes it). Its data is loaded first; when
 * that fails the error goes to the status line and v is freed. */
void tui_push(struct tui *t, struct tui_view *v);

/* Close the view on top and reload the one below (the closed one may have
 * changed its data). */
void tui_pop(struct tui *t);

/* Reload the view on top; on failure show why and, unless it is the last
 * view, close it (its meeting may be gone). */
void tui_reload(struct tui *t);

/* Draw the whole screen (title bar, top view, status line) for the current
 * terminal size, without refreshing it. */
void tui_draw(struct tui *t);

#endif
