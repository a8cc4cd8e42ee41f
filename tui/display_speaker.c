/* The chamber display's speaker line (docs/serve.md, "The speakers' list"):
 * who has the floor and the time they have left, counting down as the
 * display redraws; nothing in closed session or when nobody speaks. */
#include "tui/display.h"

#include "tui/cells.h"
#include "tui/draw.h"

#include "base/buf.h"
#include "base/clock.h"
#include "base/err.h"
#include "live/speakers.h"

#include <stdlib.h>
#include <string.h>

void display_speaker(const struct display *d, int y)
{
	if (!d->ws || d->v.state.phase != PHASE_IN_SESSION)
		return;
	struct gv_speakers sp;
	struct gv_err err = {0};
	if (gv_speakers_load(d->ws, d->v.ctx.meeting_id, &sp, &err))
		return;
	if (sp.current.member_id) {
		int64_t left = gv_speakers_left(&sp, gv_now());
		int64_t t = left < 0 ? -left : left;
		char *line = gv_asprintf("Speaking: %s   %lld:%02lld%s",
					 gv_live_who(&d->v.ctx, sp.current.member_id),
					 (long long)(t / 60), (long long)(t % 60),
					 left < 0 ? " over" : "");
		int w = tui_cells_width(line, strlen(line));
		int x = w < COLS ? (COLS - w) / 2 : 0;
		tui_put(y, x, COLS - x, line, (size_t)-1, left < 0 ? TUI_ERROR : TUI_HEADING);
		free(line);
	}
	gv_speakers_clear(&sp);
}
