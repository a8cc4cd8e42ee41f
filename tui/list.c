#include "tui/list.h"

#include "tui/view.h"

bool tui_list_move(struct tui_list *l, int req, int page)
{
	int step = page > 1 ? page - 1 : 1;
	switch (req) {
	case TUI_REQ_UP: l->sel--; break;
	case TUI_REQ_DOWN: l->sel++; break;
	case TUI_REQ_PAGE_UP: l->sel -= step; l->top -= step; break;
	case TUI_REQ_PAGE_DOWN: l->sel += step; l->top += step; break;
	case TUI_REQ_FIRST: l->sel = 0; break;
	case TUI_REQ_LAST: l->sel = l->n - 1; break;
	default: return false;
	}
	tui_list_fit(l, page);
	return true;
}

void tui_list_fit(struct tui_list *l, int h)
{
	if (h < 1)
		h = 1;
	if (l->sel >= l->n)
		l->sel = l->n - 1;
	if (l->sel < 0)
		l->sel = 0;
	if (l->top > l->n - h)
		l->top = l->n - h;
	if (l->top < 0)
		l->top = 0;
	if (l->sel < l->top)
		l->top = l->sel;
	if (l->sel >= l->top + h)
		l->top = l->sel - h + 1;
}
