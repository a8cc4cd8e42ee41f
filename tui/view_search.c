/* Search results: what `gavel search` finds across every meeting, two rows a
 * hit (where it is, then the snippet with the matched words marked). Enter
 * opens the item in its meeting's agenda; / searches again. */
#include "tui/view.h"

#include "tui/cells.h"
#include "tui/list.h"
#include "tui/page.h"
#include "tui/prompt.h"
#include "tui/screen.h"

#include "agenda/meeting.h"
#include "base/buf.h"
#include "base/err.h"
#include "cmd/cmd.h"
#include "render/mdterm.h"
#include "store/search.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { REQ_OPEN = TUI_REQ_VIEW };

static const struct tui_binding search_keys[] = {
	{REQ_OPEN, "open", "open the item in its meeting's agenda",
	 {'\n', '\r', KEY_ENTER, 'l', KEY_RIGHT}},
	{TUI_REQ_SEARCH, "search", "search again", {'/'}},
	{0, NULL, NULL, {0}},
};

enum { MAX_HITS = 500, ROWS_PER_HIT = 2 };

struct search {
	struct tui_view view;
	char *query;
	char *title;
	struct gv_search_hit *hits;
	size_t n;
	struct tui_list list;
};

static struct search *search_of(struct tui_view *v)
{
	return (struct search *)v;
}

static int search_reload(struct tui_view *v, struct tui *t, struct gv_err *err)
{
	struct search *s = search_of(v);
	struct gv_search_query q = {.text = s->query, .limit = MAX_HITS};
	struct gv_search_hit *hits;
	size_t n;
	int rc = gv_search(t->ctx->ws, &q, &hits, &n, err);
	if (rc)
		return rc;
	gv_search_hits_free(s->hits, s->n);
	s->hits = hits;
	s->n = n;
	s->list.n = (int)n;
	tui_list_fit(&s->list, v->page);
	free(s->title);
	s->title = gv_asprintf("Search: %s (%zu%s %s)", s->query, n, n == MAX_HITS ? "+" : "",
			       n == 1 ? "match" : "matches");
	return 0;
}

static const char *search_title(struct tui_view *v)
{
	return search_of(v)->title;
}

/* The snippet formatted as its markdown reads (render/mdterm.h), its
 * [matched] words in the flag's look with the brackets out (under the
 * selection bar, so the highlight stays visible). The brackets become
 * \x01 and \x02 first, so the renderer passes them through and a match
 * inside **strong** does not break the pair. */
static void put_snippet(int y, int x, int w, const char *s)
{
	char *marked = gv_strdup(s);
	for (char *p = marked; *p; p++)
		*p = *p == '[' ? '\x01' : *p == ']' ? '\x02' : *p;
	struct gv_mdt o = {GV_BUF_INIT, GV_BUF_INIT};
	struct gv_mdt_opts opt;
	tui_mdt_opts(&opt, 0);
	gv_mdt_inline(&o, marked, strlen(marked), GV_MDT_PLAIN, &opt);
	free(marked);
	struct tui_styled st = tui_styled_from(&o);
	/* cut to fit, it ends in an ellipsis (docs/tui.md, "Layout") */
	int x0 = x, w0 = w;
	char *plain = gv_strdup(st.text), *q = plain; /* without the marks */
	for (const char *p = st.text; *p; p++)
		if (*p != '\x01' && *p != '\x02')
			*q++ = *p;
	*q = '\0';
	bool cut = tui_cells_width(plain, strlen(plain)) > w;
	free(plain);
	if (cut)
		w--;
	bool match = false;
	for (const char *p = st.text; *p && w > 0;) {
		if (*p == '\x01' || *p == '\x02') {
			match = *p++ == '\x01';
			continue;
		}
		size_t n = 1;
		while (p[n] && p[n] != '\x01' && p[n] != '\x02' &&
		       st.roles[p + n - st.text] == st.roles[p - st.text])
			n++;
		int used = tui_put(y, x, w, p, n,
				   match ? TUI_FLAG : (enum tui_role)st.roles[p - st.text]);
		x += used, w -= used;
		p += n;
	}
	if (cut && w0 > 0)
		tui_put(y, x, x0 + w0 - x, MB_CUR_MAX > 1 ? "\u2026" : "~", (size_t)-1, TUI_HINT);
	tui_styled_free(&st);
}

static void draw_hit(int y, struct tui_rect r, const struct gv_search_hit *h, bool selected)
{
	enum tui_role base = selected ? TUI_SELECTED : TUI_NORMAL;
	tui_fill(y, r.x, r.w, base);
	char where[96];
	int at = snprintf(where, sizeof where, "%s  %-6s ", h->date, h->item);
	if (h->motion)
		snprintf(where + at, sizeof where - (size_t)at, "motion %d  ", h->motion);
	else if (!strcmp(h->kind, "note"))
		snprintf(where + at, sizeof where - (size_t)at, "note  ");
	int x = r.x + 1;
	x += tui_put_cut(y, x, r.w - 1, where, selected ? base : TUI_NUMBER);
	x += tui_put_cut(y, x, r.x + r.w - x, h->title, selected ? base : TUI_HEADING);
	x += tui_put(y, x, r.x + r.w - x, "  ", 2, base);
	tui_put_cut(y, x, r.x + r.w - x, h->body, selected ? base : TUI_HINT);
	put_snippet(y + 1, r.x + 4, r.w - 4, h->snippet);
}

static void search_draw(struct tui_view *v, struct tui *t, struct tui_rect r)
{
	(void)t;
	struct search *s = search_of(v);
	int page = r.h / ROWS_PER_HIT;
	v->page = page > 0 ? page : 1;
	if (!s->n) {
		tui_put(r.y + 1, r.x + 2, r.w - 2, "Nothing matches. / searches again.", (size_t)-1,
			TUI_HINT);
		return;
	}
	tui_list_fit(&s->list, v->page);
	for (int row = 0; row < v->page && s->list.top + row < (int)s->n; row++) {
		int i = s->list.top + row;
		draw_hit(r.y + row * ROWS_PER_HIT, r, &s->hits[i], i == s->list.sel);
	}
}

/* The agenda of the hit's meeting, at its item. */
static void open_hit(struct tui *t, const struct gv_search_hit *h)
{
	struct gv_meeting m;
	struct gv_err err = {0};
	if (gv_meeting_find(t->ctx->ws, h->meeting, &m, &err)) {
		tui_status_error(t, &err);
		return;
	}
	tui_push(t, tui_agenda_at(m.id, h->item));
	gv_meeting_clear(&m);
}

static int search_request(struct tui_view *v, struct tui *t, int req)
{
	struct search *s = search_of(v);
	if (tui_list_move(&s->list, req, v->page))
		return TUI_DONE;
	if (req == TUI_REQ_SEARCH) {
		char *q = NULL;
		if (tui_prompt(t, "Search: ", s->query, &q) && *q) {
			free(s->query);
			s->query = q;
			s->list.sel = s->list.top = 0;
			return TUI_RELOAD;
		}
		free(q);
		return TUI_DONE;
	}
	if (req != REQ_OPEN)
		return TUI_UNHANDLED;
	if (s->n)
		open_hit(t, &s->hits[s->list.sel]);
	return TUI_DONE;
}

static void search_free(struct tui_view *v)
{
	struct search *s = search_of(v);
	gv_search_hits_free(s->hits, s->n);
	free(s->query);
	free(s->title);
	free(s);
}

static const struct tui_view_ops search_ops = {
	.name = "search",
	.keys = search_keys,
	.reload = search_reload,
	.title = search_title,
	.draw = search_draw,
	.request = search_request,
	.free = search_free,
};

struct tui_view *tui_search_new(const char *query)
{
	struct search *s = gv_calloc(1, sizeof *s);
	s->view.ops = &search_ops;
	s->view.page = 1;
	s->query = gv_strdup(query);
	s->title = gv_strdup("Search");
	return &s->view;
}
