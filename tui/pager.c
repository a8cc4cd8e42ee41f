/* The pager: a page of text to scroll and close, for the help and for the
 * output of ':' commands. Text is wrapped at draw time so a resize rewraps. */
#include "tui/view.h"

#include "tui/cells.h"
#include "tui/keys.h"
#include "tui/screen.h"

#include "base/buf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct pager {
	struct tui_view view;
	char *title;
	char *text;
	int top;  /* first wrapped row shown */
	int rows; /* wrapped rows at the last draw */
};

static const struct tui_binding pager_keys[] = {
	{TUI_REQ_BACK, "close", "close this page", {TUI_KEY_ESC, KEY_LEFT}},
	{0, NULL, NULL, {0}},
};

static struct pager *pager_of(struct tui_view *v)
{
	return (struct pager *)v;
}

static int pager_reload(struct tui_view *v, struct tui *t, struct gv_err *err)
{
	(void)v, (void)t, (void)err;
	return 0;
}

static const char *pager_title(struct tui_view *v)
{
	return pager_of(v)->title;
}

static void pager_draw(struct tui_view *v, struct tui *t, struct tui_rect r)
{
	(void)t;
	struct pager *p = pager_of(v);
	int h = r.h - 1; /* the last row says where we are */
	if (h < 1)
		return;
	v->page = h;
	p->rows = tui_cells_rows(p->text, r.w);
	if (p->top > p->rows - h)
		p->top = p->rows - h;
	if (p->top < 0)
		p->top = 0;
	size_t n = strlen(p->text), at = 0;
	for (int row = 0; at < n && row < p->top + h; row++) {
		size_t next, len = tui_cells_wrap(p->text + at, n - at, r.w, &next);
		if (row >= p->top)
			tui_put(r.y + row - p->top, r.x, r.w, p->text + at, len, TUI_NORMAL);
		at += next;
	}
	char where[128];
	int last = p->top + h < p->rows ? p->top + h : p->rows;
	snprintf(where, sizeof where, "lines %d-%d of %d   q or Esc closes", p->rows ? p->top + 1 : 0,
		 last, p->rows);
	tui_fill(r.y + r.h - 1, r.x, r.w, TUI_HINT);
	tui_put(r.y + r.h - 1, r.x, r.w, where, (size_t)-1, TUI_HINT);
}

static int pager_request(struct tui_view *v, struct tui *t, int req)
{
	(void)t;
	struct pager *p = pager_of(v);
	int step = v->page > 1 ? v->page - 1 : 1;
	switch (req) {
	case TUI_REQ_UP: p->top--; break;
	case TUI_REQ_DOWN: p->top++; break;
	case TUI_REQ_PAGE_UP: p->top -= step; break;
	case TUI_REQ_PAGE_DOWN: p->top += step; break;
	case TUI_REQ_FIRST: p->top = 0; break;
	case TUI_REQ_LAST: p->top = p->rows; break; /* drawing clamps it */
	default: return TUI_UNHANDLED;
	}
	return TUI_DONE;
}

static void pager_free(struct tui_view *v)
{
	struct pager *p = pager_of(v);
	free(p->title);
	free(p->text);
	free(p);
}

static const struct tui_view_ops pager_ops = {
	.name = "pager",
	.keys = pager_keys,
	.reload = pager_reload,
	.title = pager_title,
	.draw = pager_draw,
	.request = pager_request,
	.free = pager_free,
};

struct tui_view *tui_pager_new(const char *title, const char *text)
{
	struct pager *p = gv_calloc(1, sizeof *p);
	p->view.ops = &pager_ops;
	p->title = gv_strdup(title);
	p->text = gv_strdup(text);
	return &p->view;
}
