/* The pager: a page of text to read, search and close, for the help, the
 * output of ':' commands and diffs. */
#include "tui/view.h"

#include "tui/keys.h"
#include "tui/page.h"
#include "tui/screen.h"

#include "base/buf.h"

#include <stdlib.h>

struct pager {
	struct tui_view view;
	char *title;
	struct tui_page page;
};

static const struct tui_binding pager_keys[] = {
	TUI_PAGE_KEYS,
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
	tui_page_draw(&p->page, (struct tui_rect){r.y, r.x, h, r.w});
	tui_page_footer(&p->page, r.y + r.h - 1, r, "/ find   q or Esc closes");
}

static int pager_request(struct tui_view *v, struct tui *t, int req)
{
	return tui_page_request(&pager_of(v)->page, t, req) ? TUI_DONE : TUI_UNHANDLED;
}

static void pager_free(struct tui_view *v)
{
	struct pager *p = pager_of(v);
	free(p->title);
	tui_page_clear(&p->page);
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

struct tui_view *tui_pager_new_styled(const char *title, struct tui_styled s)
{
	struct pager *p = gv_calloc(1, sizeof *p);
	p->view.ops = &pager_ops;
	p->title = gv_strdup(title);
	tui_page_set(&p->page, s);
	return &p->view;
}

struct tui_view *tui_pager_new(const char *title, const char *text)
{
	return tui_pager_new_styled(title, (struct tui_styled){.text = gv_strdup(text)});
}

struct tui_view *tui_pager_new_hanging(const char *title, const char *text, int hang)
{
	struct tui_view *v = tui_pager_new(title, text);
	pager_of(v)->page.hang = hang;
	return v;
}

struct tui_view *tui_pager_new_markdown(const char *title, const char *md)
{
	struct tui_view *v = tui_pager_new_styled(title, (struct tui_styled){0});
	tui_page_set_markdown(&pager_of(v)->page, md);
	return v;
}
