/* The councillors' side in the clerk's live console (docs/serve.md): under
 * the clock line, the electronic vote open (who has voted, and how unless
 * vote.secret-until-close) and the speakers' list with the time the
 * current speaker has left. The same lines as `live M status`. */
#include "tui/live_council.h"

#include "tui/draw.h"
#include "tui/live.h"

#include "base/buf.h"
#include "cmd/cmd.h"
#include "cmd/handlers.h"

#include <stdlib.h>
#include <string.h>

int live_council_draw(const struct live *l, int y, struct tui_rect r)
{
	if (!l->ws || !l->loaded)
		return 0;
	struct gv_ctx ctx = {.ws = l->ws};
	struct gv_buf b = GV_BUF_INIT;
	int rows = 0;
	if (!cmd_council_status_text(&ctx, &l->c, &l->s, &b)) {
		const char *line = gv_buf_str(&b);
		while (*line && rows < 3) {
			size_t n = strcspn(line, "\n");
			/* cut to the screen with an ellipsis (docs/tui.md, Layout) */
			char *one = gv_strndup(line, n);
			tui_fill(y + rows, r.x, r.w, TUI_NORMAL);
			tui_put_cut(y + rows, r.x + 1, r.w - 1, one,
				    strstr(one, " over)") ? TUI_ALERT : TUI_FLAG);
			free(one);
			rows++;
			line += n + (line[n] == '\n');
		}
	}
	gv_buf_free(&b);
	return rows;
}
