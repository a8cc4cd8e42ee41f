/* `gavel display M`: the chamber screen. Its own small loop rather than a
 * view of the UI: no keys but q, no prompt, nothing confidential. It reads
 * the meeting's log again whenever another process writes the workspace
 * (PRAGMA data_version, looked at every DISPLAY_TICK_MS) and on resize. */
#include "tui/tui.h"

#include "tui/display.h"
#include "tui/draw.h"
#include "tui/keys.h"
#include "tui/live.h"
#include "tui/term.h"
#include "tui/watch.h"

#include "base/err.h"
#include "cmd/cmd.h"
#include "live/live.h"
#include "store/workspace.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Within a second of another process's write, with room to spare. */
#define DISPLAY_TICK_MS 250

static int load(struct gv_ws *ws, const char *ref, struct display *d, struct gv_err *err)
{
	struct gv_live_ctx c;
	struct gv_live_state s;
	struct gv_event *ev;
	size_t n;
	int rc = live_load(ws, ref, &c, &s, &ev, &n, err);
	if (rc)
		return rc;
	if (d->loaded)
		gv_public_view_clear(&d->v);
	gv_public_view_make(&c, ev, n, &d->v);
	d->loaded = true;
	gv_events_free(ev, n);
	gv_live_state_clear(&s);
	gv_live_ctx_clear(&c);
	return 0;
}

/* Until q, a signal, or the terminal going away. A failed reload (the
 * workspace busy for longer than its timeout) keeps the last screen and
 * says so at the bottom; the next change tries again. */
static void run(struct gv_ctx *ctx, const char *ref, struct display *d)
{
	int64_t seen = -1;
	tui_watch_changed(ctx->ws->db, &seen);
	while (!tui_term_stop_signal()) {
		display_draw(d);
		refresh();
		int key = tui_key_read();
		if (key == 'q' || key == 'Q')
			return;
		if (key == ERR && tui_term_gone())
			return;
		if (tui_watch_changed(ctx->ws->db, &seen)) {
			struct gv_err err = {0};
			d->stale = load(ctx->ws, ref, d, &err) != 0;
		}
	}
}

int tui_display_open(struct gv_ctx *ctx, const char *meeting)
{
	if (!ctx->ws && gv_ws_open(ctx->dir, &ctx->ws, &ctx->err))
		return ctx->err.code;
	struct display d = {.loaded = false, .ws = ctx->ws};
	if (load(ctx->ws, meeting, &d, &ctx->err))
		return ctx->err.code;
	char ref[32];
	snprintf(ref, sizeof ref, "%lld", (long long)d.v.ctx.meeting_id);
	int rc = 0;
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO))
		rc = gv_err_set(&ctx->err, GV_EREFUSED,
				"the display needs a terminal; 'gavel live %s status' prints the state",
				d.v.ctx.slug);
	else if (!(rc = tui_term_start(&ctx->err))) {
		timeout(DISPLAY_TICK_MS);
		run(ctx, ref, &d);
		tui_term_stop();
	}
	gv_public_view_clear(&d.v);
	if (!rc)
		tui_term_reraise();
	return rc;
}
