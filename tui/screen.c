/* The screen around the views: the title bar, the status line, and the
 * stack of views that the main loop, the views and the prompt share. */
#include "tui/screen.h"

#include "tui/cells.h"
#include "tui/view.h"

#include "base/buf.h"
#include "base/err.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The message whole, however long (the adjournment's list of the items
 * not dealt with): it wraps above the status line, never cut. */
void tui_status(struct tui *t, const char *fmt, ...)
{
	va_list ap, again;
	va_start(ap, fmt);
	va_copy(again, ap);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	char *s = gv_malloc(n < 0 ? 1 : (size_t)n + 1);
	if (n < 0)
		s[0] = '\0';
	else
		vsnprintf(s, (size_t)n + 1, fmt, again);
	va_end(again);
	free(t->status);
	t->status = s;
	t->status_role = TUI_NORMAL;
}

void tui_status_error(struct tui *t, const struct gv_err *err)
{
	tui_status(t, "gavel: %s", err->msg);
	t->status_role = TUI_ERROR;
}

void tui_status_clear(struct tui *t)
{
	free(t->status);
	t->status = NULL;
}

struct tui_view *tui_top(struct tui *t)
{
	return t->nviews ? t->views[t->nviews - 1] : NULL;
}

void tui_push(struct tui *t, struct tui_view *v)
{
	struct gv_err err = {0};
	if (t->nviews == TUI_MAX_VIEWS) {
		gv_err_set(&err, GV_EREFUSED, "too many views open; press q to close some");
		tui_status_error(t, &err);
		v->ops->free(v);
		return;
	}
	if (v->ops->reload(v, t, &err)) {
		tui_status_error(t, &err);
		v->ops->free(v);
		return;
	}
	t->views[t->nviews++] = v;
}

void tui_pop(struct tui *t)
{
	if (!t->nviews)
		return;
	struct tui_view *v = t->views[--t->nviews];
	v->ops->free(v);
	if (t->nviews)
		tui_reload(t);
}

void tui_reload(struct tui *t)
{
	struct tui_view *v = tui_top(t);
	struct gv_err err = {0};
	if (!v || !v->ops->reload(v, t, &err))
		return;
	tui_status_error(t, &err);
	if (t->nviews > 1) {
		t->nviews--;
		v->ops->free(v);
		tui_reload(t);
	}
}

/* The title bar: where we are, and the three keys that get you anywhere.
 * When the title does not fit beside them, the keys give way first (to
 * "? help", then to nothing), then the title ends in an ellipsis. */
static void draw_titlebar(struct tui_view *v)
{
	static const char *const hints[] = {"? help  : command  q back", "? help", ""};
	char *title = gv_asprintf("gavel - %s", v ? v->ops->title(v) : "");
	int tw = tui_cells_width(title, strlen(title));
	const char *hint = "";
	for (size_t i = 0; i < sizeof hints / sizeof *hints; i++) {
		hint = hints[i];
		if (tw + (int)strlen(hint) + 2 <= COLS)
			break;
	}
	int hw = (int)strlen(hint);
	tui_fill(0, 0, COLS, TUI_TITLEBAR);
	tui_put_cut(0, 0, hw ? COLS - hw - 2 : COLS, title, TUI_TITLEBAR);
	if (hw)
		tui_put(0, COLS - hw, hw, hint, (size_t)-1, TUI_TITLEBAR);
	free(title);
}

void tui_draw(struct tui *t)
{
	erase();
	struct tui_view *v = tui_top(t);
	draw_titlebar(v);
	if (v && LINES > 2) {
		v->edit_at = (struct tui_rect){0};
		v->ops->draw(v, t, (struct tui_rect){1, 0, LINES - 2, COLS});
	}
	/* a status longer than the screen is wide takes the rows above the
	 * last one: wrapped, never cut */
	int rows = t->status && t->status[0] ? tui_cells_rows(t->status, COLS) : 1;
	if (rows > LINES - 1)
		rows = LINES - 1;
	if (rows < 1)
		rows = 1;
	struct tui_rect r = {LINES - rows, 0, rows, COLS};
	for (int y = r.y; y < LINES; y++)
		tui_fill(y, 0, COLS, TUI_NORMAL);
	int y = r.y;
	if (t->status)
		tui_put_wrapped(r, &y, t->status, t->status_role);
}
