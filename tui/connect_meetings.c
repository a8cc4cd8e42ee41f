/* gavel connect's first view: the meetings (`meeting list --json` on the
 * server), the next one selected; Enter opens its package, L follows it
 * live. */
#include "tui/connect.h"

#include "tui/list.h"
#include "tui/view.h"

#include "base/buf.h"
#include "base/clock.h"
#include "base/err.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

enum { REQ_OPEN = TUI_REQ_VIEW, REQ_LIVE, REQ_NOTES };

static const struct tui_binding meetings_keys[] = {
	{REQ_OPEN, "open", "read the meeting's agenda package", {'\n', '\r', KEY_ENTER, KEY_RIGHT}},
	{REQ_LIVE, "live", "follow the meeting as it happens: vote, ask to speak", {'L', 'l'}},
	{REQ_NOTES, "annotations", "your annotations on every meeting", {'N'}},
	{0, NULL, NULL, {0}},
};

struct meeting {
	char *slug, *when, *body, *title;
	bool cancelled;
};

struct meetings {
	struct tui_view view;
	struct meeting *m;
	size_t n;
	struct tui_list list;
	bool placed; /* the next meeting selected once */
	char *title;
};

static struct meetings *of(struct tui_view *v)
{
	return (struct meetings *)v;
}

static void forget(struct meetings *ms)
{
	for (size_t i = 0; i < ms->n; i++) {
		free(ms->m[i].slug);
		free(ms->m[i].when);
		free(ms->m[i].body);
		free(ms->m[i].title);
	}
	free(ms->m);
	ms->m = NULL;
	ms->n = 0;
}

/* The first meeting from today on (else the last). */
static int next_meeting(const struct meetings *ms)
{
	time_t now = (time_t)gv_now();
	struct tm tm;
	char today[16];
	gmtime_r(&now, &tm);
	strftime(today, sizeof today, "%Y-%m-%d", &tm);
	for (size_t i = 0; i < ms->n; i++)
		if (strncmp(ms->m[i].when, today, 10) >= 0)
			return (int)i;
	return ms->n ? (int)ms->n - 1 : 0;
}

static int meetings_reload(struct tui_view *v, struct tui *t, struct gv_err *err)
{
	struct meetings *ms = of(v);
	char *json = NULL;
	if (cn_run(t, &json, err, (const char *const[]){"meeting", "list", "--json", NULL}))
		return err->code;
	forget(ms);
	sqlite3_stmt *st = cn_json_query(
		t,
		"SELECT value->>'slug', replace(substr(value->>'starts_at', 1, 16), 'T', ' '), "
		"value->>'body', value->>'title', value->>'cancelled' FROM json_each(?1)",
		json);
	while (st && sqlite3_step(st) == SQLITE_ROW)
		*GV_PUSH(ms->m, ms->n) = (struct meeting){cn_col(st, 0), cn_col(st, 1), cn_col(st, 2),
							  cn_col(st, 3), sqlite3_column_int(st, 4)};
	sqlite3_finalize(st);
	free(json);
	ms->list.n = (int)ms->n;
	if (!ms->placed) {
		ms->list.sel = next_meeting(ms);
		ms->placed = true;
	}
	free(ms->title);
	ms->title = gv_asprintf("meetings - %s", cn_of(t)->member);
	return 0;
}

static const char *meetings_title(struct tui_view *v)
{
	return of(v)->title ? of(v)->title : "meetings";
}

static void meetings_draw(struct tui_view *v, struct tui *t, struct tui_rect r)
{
	(void)t;
	struct meetings *ms = of(v);
	int h = r.h - 2;
	if (h < 1)
		h = 1;
	v->page = h;
	int bw = r.w > 70 ? 20 : 12, tx = 18 + bw + 2;
	tui_fill(r.y, r.x, r.w, TUI_HEADER);
	tui_put(r.y, r.x + 1, 16, "Date", (size_t)-1, TUI_HEADER);
	tui_put(r.y, r.x + 18, bw, "Body", (size_t)-1, TUI_HEADER);
	tui_put(r.y, r.x + tx, r.w - tx, "Title", (size_t)-1, TUI_HEADER);
	int foot = r.y + r.h - 1;
	tui_fill(foot, r.x, r.w, TUI_HINT);
	tui_put_cut(foot, r.x, r.w, "Enter package  L live  N your annotations  ? keys  q quit",
		    TUI_HINT);
	if (!ms->n) {
		tui_put(r.y + 2, r.x + 2, r.w - 2, "No meetings of your bodies yet.", (size_t)-1,
			TUI_HINT);
		return;
	}
	tui_list_fit(&ms->list, h);
	for (int row = 0; row < h && ms->list.top + row < ms->list.n; row++) {
		int i = ms->list.top + row, y = r.y + 1 + row;
		const struct meeting *m = &ms->m[i];
		enum tui_role role = i == ms->list.sel ? TUI_SELECTED : TUI_NORMAL;
		tui_fill(y, r.x, r.w, role);
		tui_put(y, r.x + 1, 16, m->when, (size_t)-1, role);
		tui_put_cut(y, r.x + 18, bw, m->body, role);
		char *title = gv_asprintf("%s%s", m->title, m->cancelled ? "  [cancelled]" : "");
		tui_put_cut(y, r.x + tx, r.w - tx, title, role);
		free(title);
	}
}

static int meetings_request(struct tui_view *v, struct tui *t, int req)
{
	struct meetings *ms = of(v);
	if (tui_list_move(&ms->list, req, v->page))
		return TUI_DONE;
	if (req == REQ_NOTES) {
		cn_notes_show(t, NULL);
		return TUI_DONE;
	}
	if (req != REQ_OPEN && req != REQ_LIVE)
		return TUI_UNHANDLED;
	if (!ms->n) {
		tui_status(t, "No meeting to open");
		return TUI_DONE;
	}
	const char *slug = ms->m[ms->list.sel].slug;
	tui_push(t, req == REQ_LIVE ? cn_live_new(slug) : cn_package_new(slug));
	return TUI_DONE;
}

static void meetings_free(struct tui_view *v)
{
	forget(of(v));
	free(of(v)->title);
	free(v);
}

static const struct tui_view_ops meetings_ops = {
	.name = "meetings",
	.keys = meetings_keys,
	.reload = meetings_reload,
	.title = meetings_title,
	.draw = meetings_draw,
	.request = meetings_request,
	.free = meetings_free,
};

struct tui_view *cn_meetings_new(void)
{
	struct meetings *ms = gv_calloc(1, sizeof *ms);
	ms->view.ops = &meetings_ops;
	ms->view.page = 1;
	return &ms->view;
}
