/* The registers that follow the vote (docs/bylaws.md): the by-laws, one
 * row each with number, status, enactment and title; and the follow-up
 * actions by due date, the overdue ones marked, 'd' closing the selected
 * one. Both re-read the workspace on reload, like every view. */
#include "tui/view.h"

#include "tui/list.h"
#include "tui/prompt.h"
#include "tui/screen.h"

#include "agenda/action.h"
#include "agenda/bylaw.h"
#include "agenda/member.h"
#include "base/buf.h"
#include "base/err.h"
#include "cmd/cmd.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { REQ_DONE = TUI_REQ_VIEW };

static const struct tui_binding bylaw_keys[] = {
	{0, NULL, NULL, {0}},
};

static const struct tui_binding action_keys[] = {
	{REQ_DONE, "done", "mark the selected action done today, with a note", {'d'}},
	{0, NULL, NULL, {0}},
};

struct row {
	char *text;
	enum tui_role role;
	int64_t id;        /* an action's id, 0 for a by-law */
	bool open;
};

struct reg {
	struct tui_view view;
	bool actions;      /* the actions, else the by-laws */
	char *title;
	struct row *rows;
	size_t n;
	struct tui_list list;
};

static struct reg *reg_of(struct tui_view *v)
{
	return (struct reg *)v;
}

static void rows_free(struct reg *r)
{
	for (size_t i = 0; i < r->n; i++)
		free(r->rows[i].text);
	free(r->rows);
	r->rows = NULL;
	r->n = 0;
}

static int load_bylaws(struct reg *r, struct gv_ws *ws, struct gv_err *err)
{
	struct gv_bylaw *b;
	size_t n;
	if (gv_bylaw_list(ws, 0, &b, &n, err))
		return err->code;
	for (size_t i = 0; i < n; i++) {
		struct row *w = GV_PUSH(r->rows, r->n);
		char when[40] = "";
		const char *on = gv_bylaw_status_date(&b[i]); /* a repeal: its own day */
		if (on)
			snprintf(when, sizeof when, "%s%s", on, b[i].signed_on ? " signed" : "");
		w->text = gv_asprintf("%-10s %-15s %-18s %s", b[i].number, gv_bylaw_status(&b[i]),
				      when, b[i].title ? b[i].title : "");
		w->role = b[i].enacted ? TUI_NORMAL : TUI_HINT;
		w->id = 0;
	}
	free(r->title);
	r->title = gv_asprintf("By-laws (%zu)", n);
	gv_bylaws_free(b, n);
	return 0;
}

static int load_actions(struct reg *r, struct gv_ws *ws, struct gv_err *err)
{
	struct gv_action *a;
	size_t n, late = 0;
	if (gv_action_list(ws, false, false, &a, &n, err))
		return err->code;
	char today[11];
	gv_today(today);
	for (size_t i = 0; i < n; i++) {
		struct row *w = GV_PUSH(r->rows, r->n);
		bool overdue = gv_action_overdue(&a[i], today);
		late += overdue;
		w->text = gv_asprintf("%3lld  due %s  %-8s %s: %s (Resolution %s)%s",
				      (long long)a[i].id, a[i].due,
				      a[i].done_on ? "done" : overdue ? "OVERDUE" : "open",
				      a[i].assignee, a[i].text, a[i].res,
				      a[i].confidential ? " [closed session]" : "");
		w->role = overdue ? TUI_ALERT : a[i].done_on ? TUI_HINT : TUI_NORMAL;
		w->id = a[i].id;
		w->open = !a[i].done_on;
	}
	free(r->title);
	r->title = gv_asprintf("Follow-up actions (%zu, %zu overdue)", n, late);
	gv_actions_free(a, n);
	return 0;
}

static int reg_reload(struct tui_view *v, struct tui *t, struct gv_err *err)
{
	struct reg *r = reg_of(v);
	rows_free(r);
	int rc = r->actions ? load_actions(r, t->ctx->ws, err) : load_bylaws(r, t->ctx->ws, err);
	r->list.n = (int)r->n;
	tui_list_fit(&r->list, v->page);
	return rc;
}

static const char *reg_title(struct tui_view *v)
{
	return reg_of(v)->title;
}

static void reg_draw(struct tui_view *v, struct tui *t, struct tui_rect rect)
{
	(void)t;
	struct reg *r = reg_of(v);
	v->page = rect.h > 0 ? rect.h : 1;
	if (!r->n) {
		tui_put_cut(rect.y + 1, rect.x + 2, rect.w - 2,
			    r->actions ? "No follow-up actions (gavel action add RES TEXT --to WHO --due DATE)."
				       : "No by-laws yet (gavel bylaw reserve).",
			    TUI_HINT);
		return;
	}
	tui_list_fit(&r->list, v->page);
	for (int row = 0; row < v->page && r->list.top + row < (int)r->n; row++) {
		int i = r->list.top + row;
		bool sel = i == r->list.sel;
		tui_fill(rect.y + row, rect.x, rect.w, sel ? TUI_SELECTED : TUI_NORMAL);
		/* cut to fit, a row ends in an ellipsis (docs/tui.md, "Layout") */
		tui_put_cut(rect.y + row, rect.x + 1, rect.w - 1, r->rows[i].text,
			    sel ? TUI_SELECTED : r->rows[i].role);
	}
}

static int mark_done(struct reg *r, struct tui *t)
{
	const struct row *w = &r->rows[r->list.sel];
	if (!w->open) {
		tui_status(t, "Action %lld is done already", (long long)w->id);
		return TUI_DONE;
	}
	char *note = NULL;
	if (!tui_prompt(t, "Done; note (may be empty): ", "", &note)) {
		free(note);
		return TUI_DONE;
	}
	char today[11];
	gv_today(today);
	struct gv_err err = {0};
	if (gv_action_done(t->ctx->ws, w->id, today, *note ? note : NULL, &err))
		tui_status_error(t, &err);
	else
		tui_status(t, "Action %lld done on %s", (long long)w->id, today);
	free(note);
	return TUI_RELOAD;
}

static int reg_request(struct tui_view *v, struct tui *t, int req)
{
	struct reg *r = reg_of(v);
	if (tui_list_move(&r->list, req, v->page))
		return TUI_DONE;
	if (req == REQ_DONE && r->actions && r->n)
		return mark_done(r, t);
	return TUI_UNHANDLED;
}

static void reg_free(struct tui_view *v)
{
	struct reg *r = reg_of(v);
	rows_free(r);
	free(r->title);
	free(r);
}

static const struct tui_view_ops bylaw_ops = {
	.name = "bylaws",
	.keys = bylaw_keys,
	.reload = reg_reload,
	.title = reg_title,
	.draw = reg_draw,
	.request = reg_request,
	.free = reg_free,
};

static const struct tui_view_ops action_ops = {
	.name = "actions",
	.keys = action_keys,
	.reload = reg_reload,
	.title = reg_title,
	.draw = reg_draw,
	.request = reg_request,
	.free = reg_free,
};

static struct tui_view *reg_new(bool actions)
{
	struct reg *r = gv_calloc(1, sizeof *r);
	r->view.ops = actions ? &action_ops : &bylaw_ops;
	r->view.page = 1;
	r->actions = actions;
	r->title = gv_strdup(actions ? "Follow-up actions" : "By-laws");
	return &r->view;
}

struct tui_view *tui_bylaws_new(void)
{
	return reg_new(false);
}

struct tui_view *tui_actions_new(void)
{
	return reg_new(true);
}
