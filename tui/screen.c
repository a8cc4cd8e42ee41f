/* The screen around the views: the title bar, the status line, and the
 * stack of views that the main loop, the views and the prompt share. */
#include "tui/screen.h"

#include "tui/view.h"

#include "base/err.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

void tui_status(struct tui *t, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(t->status, sizeof t->status, fmt, ap);
	va_end(ap);
	t->status_role = TUI_NORMAL;
}

void tui_status_error(struct tui *t, const struct gv_err *err)
{
	snprintf(t->status, sizeof t->status, "gavel: %s", err->msg);
	t->status_role = TUI_ERROR;
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

/* The title bar: where we are, and the three keys that get you anywhere. */
static void draw_titlebar(struct tui_view *v)
{
	static const char hint[] = "? help  : command  q back";
	int hw = (int)sizeof hint - 1;
	int room = COLS - hw - 2;
	if (room < 20) {
		room = COLS;
		hw = 0;
	}
	tui_fill(0, 0, COLS, TUI_TITLEBAR);
	int used = tui_put(0, 0, room, "gavel - ", (size_t)-1, TUI_TITLEBAR);
	if (v)
		tui_put(0, used, room - used, v->ops->title(v), (size_t)-1, TUI_TITLEBAR);
	if (hw)
		tui_put(0, COLS - hw, hw, hint, (size_t)-1, TUI_TITLEBAR);
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
	tui_fill(LINES - 1, 0, COLS, TUI_NORMAL);
	tui_put(LINES - 1, 0, COLS, t->status, (size_t)-1, t->status_role);
}
