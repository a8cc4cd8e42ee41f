/* The versions of a meeting's agenda and minutes in record/, newest first,
 * as `gavel history` lists them, and coloured diffs of the minutes between
 * any two: Space marks versions, Enter compares the two marked, or the one
 * marked with the selected, or the selected with the version before it. */
#include "tui/view.h"

#include "tui/keys.h"
#include "tui/list.h"
#include "tui/page.h"
#include "tui/screen.h"

#include "base/buf.h"
#include "base/clock.h"
#include "base/err.h"
#include "cmd/cmd.h"
#include "minutes/record.h"
#include "store/repo.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { REQ_DIFF = TUI_REQ_VIEW, REQ_MARK };

static const struct tui_binding history_keys[] = {
	{REQ_DIFF, "diff",
	 "compare the minutes: the two marked versions, the marked one and the selected, or the "
	 "selected and the one before",
	 {'\n', '\r', KEY_ENTER, 'd'}},
	{REQ_MARK, "mark", "mark or unmark the selected version for comparing (two at most)", {' '}},
	{TUI_REQ_BACK, "back", "back to the minutes", {TUI_KEY_ESC, KEY_LEFT}},
	{0, NULL, NULL, {0}},
};

struct history {
	struct tui_view view;
	int64_t meeting_id;
	char *slug, *title;
	struct gv_repo_version *v;
	size_t n;
	struct tui_list list;
	char marks[2][41]; /* commit ids in the order marked; "" when free */
};

static struct history *history_of(struct tui_view *v)
{
	return (struct history *)v;
}

static size_t index_of(const struct history *h, const char *oid)
{
	for (size_t i = 0; i < h->n; i++)
		if (!strcmp(h->v[i].oid, oid))
			return i;
	return h->n;
}

static int history_reload(struct tui_view *v, struct tui *t, struct gv_err *err)
{
	struct history *h = history_of(v);
	char ref[32], *slug;
	struct gv_repo_version *versions;
	size_t n;
	snprintf(ref, sizeof ref, "%lld", (long long)h->meeting_id);
	int rc = gv_minutes_history(t->ctx->ws, ref, &slug, &versions, &n, err);
	if (rc)
		return rc;
	gv_repo_versions_free(h->v, h->n);
	free(h->slug);
	free(h->title);
	h->v = versions;
	h->n = n;
	h->slug = slug;
	h->title = gv_asprintf("%s: versions in record/", slug);
	h->list.n = (int)n;
	tui_list_fit(&h->list, v->page);
	for (int k = 1; k >= 0; k--) /* versions gone since (never, short of a rewrite) */
		if (h->marks[k][0] && index_of(h, h->marks[k]) == n)
			h->marks[k][0] = '\0';
	if (!h->marks[0][0] && h->marks[1][0]) {
		memcpy(h->marks[0], h->marks[1], 41);
		h->marks[1][0] = '\0';
	}
	return 0;
}

static const char *history_title(struct tui_view *v)
{
	return history_of(v)->title;
}

static int mark_of(const struct history *h, const char *oid)
{
	for (int k = 0; k < 2; k++)
		if (!strcmp(h->marks[k], oid))
			return k;
	return -1;
}

/* Where each column starts, from the left edge. */
enum { COL_COMMIT = 2, COL_TIME = 14, COL_AUTHOR = 32, COL_CHANGED = 55, COL_MESSAGE = 64 };

static void put_at(int y, struct tui_rect r, int col, int next, const char *s, size_t n,
		   enum tui_role role)
{
	int w = next ? next - col - 1 : r.w - col;
	w = w < r.w - col ? w : r.w - col;
	/* text cut to fit ends in an ellipsis (docs/tui.md, "Layout") */
	if (n == (size_t)-1)
		tui_put_cut(y, r.x + col, w, s, role);
	else
		tui_put(y, r.x + col, w, s, n, role);
}

/* "* 5edeb04987  2026-10-14 10:00  Anne-Marie Desjardins  minutes  [approved/x] message" */
static void draw_version(const struct history *h, size_t i, int y, struct tui_rect r)
{
	const struct gv_repo_version *v = &h->v[i];
	bool selected = (int)i == h->list.sel;
	enum tui_role base = selected ? TUI_SELECTED : TUI_NORMAL;
	tui_fill(y, r.x, r.w, base);
	char when[32];
	gv_time_format(v->when, "%Y-%m-%d %H:%M", when, sizeof when);
	if (mark_of(h, v->oid) >= 0)
		put_at(y, r, 0, COL_COMMIT, "*", 1, selected ? base : TUI_FLAG);
	put_at(y, r, COL_COMMIT, COL_TIME, v->oid, 10, selected ? base : TUI_NUMBER);
	put_at(y, r, COL_TIME, COL_AUTHOR, when, (size_t)-1, base);
	put_at(y, r, COL_AUTHOR, COL_CHANGED, v->author, (size_t)-1, base);
	const char *what = v->changed == 3 ? "both" : v->changed & 2 ? "minutes" : "agenda";
	put_at(y, r, COL_CHANGED, COL_MESSAGE, what, (size_t)-1, selected ? base : TUI_HINT);
	if (r.w <= COL_MESSAGE)
		return;
	/* Tags first, as tig shows refs: a long message must not hide them. */
	int x = r.x + COL_MESSAGE, end = r.x + r.w;
	for (size_t k = 0; k < v->n_tags; k++) {
		char *tag = gv_asprintf("[%s] ", v->tags[k]);
		x += tui_put_cut(y, x, end - x, tag, selected ? base : TUI_FLAG);
		free(tag);
	}
	/* "Minutes of <slug>: " says again what the title bar and the Changed
	 * column say; the rest is what tells versions apart. */
	const char *msg = v->message;
	size_t plen = strlen("Minutes of ") + strlen(h->slug) + 2;
	if (!strncmp(msg, "Minutes of ", 11) && !strncmp(msg + 11, h->slug, strlen(h->slug)) &&
	    !strncmp(msg + plen - 2, ": ", 2))
		msg += plen;
	char *first = gv_strndup(msg, strcspn(msg, "\n"));
	tui_put_cut(y, x, end - x, first, base);
	free(first);
}

static void history_draw(struct tui_view *v, struct tui *t, struct tui_rect r)
{
	(void)t;
	struct history *h = history_of(v);
	tui_fill(r.y, r.x, r.w, TUI_HEADER);
	put_at(r.y, r, COL_COMMIT, COL_TIME, "Commit", (size_t)-1, TUI_HEADER);
	put_at(r.y, r, COL_TIME, COL_AUTHOR, "Time", (size_t)-1, TUI_HEADER);
	put_at(r.y, r, COL_AUTHOR, COL_CHANGED, "Author", (size_t)-1, TUI_HEADER);
	put_at(r.y, r, COL_CHANGED, COL_MESSAGE, "Changed", (size_t)-1, TUI_HEADER);
	if (r.w > COL_MESSAGE)
		put_at(r.y, r, COL_MESSAGE, 0, "Tags and message", (size_t)-1, TUI_HEADER);
	int rows = r.h - 2;
	v->page = rows > 1 ? rows : 1;
	if (!h->n) {
		char *line = gv_asprintf("Nothing of %s is in record/ yet: s in the minutes saves "
					 "a version",
					 h->slug);
		tui_put_cut(r.y + 2, r.x + 2, r.w - 2, line, TUI_HINT);
		free(line);
		return;
	}
	tui_list_fit(&h->list, v->page);
	for (int row = 0; row < v->page && h->list.top + row < h->list.n; row++)
		draw_version(h, (size_t)(h->list.top + row), r.y + 1 + row, r);
	tui_fill(r.y + r.h - 1, r.x, r.w, TUI_HINT);
	tui_put_cut(r.y + r.h - 1, r.x, r.w,
		    "Space marks a version   Enter compares the minutes: the two marked, the marked "
		    "and the selected, or the selected and the one before",
		    TUI_HINT);
}

static void toggle_mark(struct history *h, struct tui *t)
{
	const char *oid = h->v[h->list.sel].oid;
	int k = mark_of(h, oid);
	if (k >= 0) {
		h->marks[k][0] = '\0';
	} else {
		if (h->marks[0][0] && h->marks[1][0]) /* a third: the first marked goes */
			memcpy(h->marks[0], h->marks[1], 41);
		memcpy(h->marks[h->marks[0][0] ? 1 : 0], oid, 41);
	}
	if (!h->marks[0][0] && h->marks[1][0]) {
		memcpy(h->marks[0], h->marks[1], 41);
		h->marks[1][0] = '\0';
	}
	int n = !!h->marks[0][0] + !!h->marks[1][0];
	tui_status(t, n == 2   ? "Two versions marked: Enter compares them"
		      : n == 1 ? "One version marked: Enter compares it with the selected one"
			       : "No version marked");
	tui_list_move(&h->list, TUI_REQ_DOWN, h->view.page);
}

/* The two versions to compare, older first (the list is newest first). A
 * version with no older one is compared with no minutes at all (""). */
static void pick_pair(const struct history *h, char from[48], char to[48])
{
	size_t sel = (size_t)h->list.sel, a = sel, b = h->n;
	if (h->marks[0][0])
		a = index_of(h, h->marks[0]);
	if (h->marks[1][0])
		b = index_of(h, h->marks[1]);
	else if (a != sel)
		b = sel;
	if (b == h->n) {
		for (b = a + 1; b < h->n && !(h->v[b].changed & 2); b++)
			;
	}
	size_t newer = a < b ? a : b, older = a < b ? b : a;
	snprintf(to, 48, "%s", h->v[newer].oid);
	if (older < h->n)
		snprintf(from, 48, "%s", h->v[older].oid);
	else
		from[0] = '\0';
}

/* How a revision given to tui_diff_show is named on screen. */
static const char *name(const char *rev, const char *fallback)
{
	return !rev ? fallback : *rev ? rev : "nothing";
}

void tui_diff_show(struct tui *t, const char *meeting_ref, const char *rev1, const char *rev2)
{
	struct gv_buf diff = GV_BUF_INIT;
	struct gv_err err = {0};
	if (gv_minutes_diff(t->ctx->ws, meeting_ref, rev1, rev2, &diff, &err)) {
		tui_status_error(t, &err);
	} else if (!diff.len) {
		tui_status(t, "No change to the minutes from %.10s to %.10s", name(rev1, "previous"),
			   name(rev2, "latest"));
	} else {
		char *title = gv_asprintf("diff of the minutes %.10s..%.10s", name(rev1, "previous"),
					  name(rev2, "latest"));
		tui_push(t, tui_pager_new_styled(title, tui_styled_diff(gv_buf_str(&diff))));
		free(title);
	}
	gv_buf_free(&diff);
}

static int history_request(struct tui_view *v, struct tui *t, int req)
{
	struct history *h = history_of(v);
	if (tui_list_move(&h->list, req, v->page))
		return TUI_DONE;
	if (req != REQ_DIFF && req != REQ_MARK)
		return TUI_UNHANDLED;
	if (!h->n) {
		tui_status(t, "No versions yet");
		return TUI_DONE;
	}
	if (req == REQ_MARK) {
		toggle_mark(h, t);
		return TUI_DONE;
	}
	char from[48], to[48], ref[32];
	pick_pair(h, from, to);
	snprintf(ref, sizeof ref, "%lld", (long long)h->meeting_id);
	tui_diff_show(t, ref, from, to);
	return TUI_DONE;
}

static void history_free(struct tui_view *v)
{
	struct history *h = history_of(v);
	gv_repo_versions_free(h->v, h->n);
	free(h->slug);
	free(h->title);
	free(h);
}

static const struct tui_view_ops history_ops = {
	.name = "history",
	.keys = history_keys,
	.reload = history_reload,
	.title = history_title,
	.draw = history_draw,
	.request = history_request,
	.free = history_free,
};

struct tui_view *tui_history_new(int64_t meeting_id)
{
	struct history *h = gv_calloc(1, sizeof *h);
	h->view.ops = &history_ops;
	h->view.page = 1;
	h->meeting_id = meeting_id;
	h->view.meeting_id = meeting_id;
	return &h->view;
}
