/* The main loop: draw the view on top, read a key, turn it into a request
 * through the view's key table and the common one, and do what the view
 * answers. Between keys, notice another process writing the workspace and
 * a signal asking gavel to stop. */
#include "tui/tui.h"

#include "tui/command.h"
#include "tui/keys.h"
#include "tui/prompt.h"
#include "tui/screen.h"
#include "tui/term.h"
#include "tui/view.h"
#include "tui/watch.h"

#include "agenda/meeting.h"
#include "base/buf.h"
#include "base/err.h"
#include "cmd/cmd.h"
#include "store/workspace.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Search from any view: ask what, then show what matched. */
static void search(struct tui *t)
{
	char *q = NULL;
	if (tui_prompt(t, "Search: ", NULL, &q) && *q)
		tui_push(t, tui_search_new(q));
	free(q);
}

/* Requests no view took: help, the prompt, search, going back. */
static void common_request(struct tui *t, struct tui_view *v, int req)
{
	switch (req) {
	case TUI_REQ_HELP: tui_push(t, tui_key_help_view(v)); break;
	case TUI_REQ_PROMPT: tui_command_prompt(t); break;
	case TUI_REQ_SEARCH: search(t); break;
	case TUI_REQ_BACK:
		if (t->nviews > 1)
			tui_pop(t);
		else
			t->quit = true;
		break;
	case TUI_REQ_QUIT: t->quit = true; break;
	case TUI_REQ_REDRAW: clearok(curscr, TRUE); break;
	default: break; /* movement in a view without a cursor */
	}
}

static void handle_key(struct tui *t, int key)
{
	struct tui_view *v = tui_top(t);
	int req = tui_key_request(v, key);
	if (req == TUI_REQ_NONE) {
		char buf[8];
		if (key == TUI_KEY_OTHER)
			tui_status(t, "That key does nothing here; ? shows the keys");
		else
			tui_status(t, "%s does nothing here; ? shows the keys",
				   tui_key_label(key, buf));
		return;
	}
	int r = v->ops->request(v, t, req);
	if (r & TUI_UNHANDLED)
		common_request(t, v, req);
	else if (r & TUI_BACK)
		tui_pop(t);
	else if (r & TUI_RELOAD)
		tui_reload(t);
}

/* Until the user quits, the last view closes, or a signal asks to stop. */
static void run(struct tui *t, bool first_frame_only)
{
	int64_t seen = -1;
	tui_watch_changed(t->ctx->ws->db, &seen);
	while (!t->quit && t->nviews && !tui_term_stop_signal()) {
		tui_draw(t);
		refresh();
		if (first_frame_only)
			return;
		int key = tui_key_read();
		if (key != ERR) {
			tui_status_clear(t);
			if (key != KEY_RESIZE)
				handle_key(t, key);
		} else if (tui_term_gone()) {
			return;
		}
		if (tui_watch_changed(t->ctx->ws->db, &seen))
			tui_reload(t);
	}
}

/* The meeting's id, found before the terminal is taken so that a wrong
 * name is an ordinary "gavel: ..." error. */
static int meeting_id(struct gv_ctx *ctx, const char *ref, int64_t *id)
{
	struct gv_meeting m;
	if (gv_meeting_find(ctx->ws, ref, &m, &ctx->err))
		return ctx->err.code;
	*id = m.id;
	gv_meeting_clear(&m);
	return 0;
}

int tui_open(struct gv_ctx *ctx, const char *meeting)
{
	if (!ctx->ws && gv_ws_open(ctx->dir, &ctx->ws, &ctx->err))
		return ctx->err.code;
	int64_t id = 0;
	if (meeting && meeting_id(ctx, meeting, &id))
		return ctx->err.code;
	const char *env = getenv("GAVEL_TUI_EXIT_AFTER_FIRST_FRAME");
	bool first_frame_only = env && !strcmp(env, "1");
	if (!first_frame_only && (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)))
		return gv_err_set(&ctx->err, GV_EREFUSED,
				  "the terminal UI needs a terminal; see 'gavel help' for commands");
	if (tui_term_start(&ctx->err))
		return ctx->err.code;
	struct tui t = {.ctx = ctx};
	struct tui_view *home = tui_meetings_new();
	if (home->ops->reload(home, &t, &ctx->err)) {
		home->ops->free(home);
		tui_term_stop();
		return ctx->err.code;
	}
	t.views[t.nviews++] = home;
	if (id)
		tui_push(&t, tui_agenda_new(id));
	run(&t, first_frame_only);
	while (t.nviews) {
		struct tui_view *v = t.views[--t.nviews];
		v->ops->free(v);
	}
	tui_status_clear(&t);
	tui_term_stop();
	tui_term_reraise();
	return 0;
}
