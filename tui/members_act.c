/* The members view's actions. Add, edit and retire fill a form, then build
 * the argv of `member add|edit|retire` and run it through the one command
 * table (tui_command_argv), so every rule and refusal is the CLI's
 * (docs/people.md). A refusal shows on the status line and the form asks
 * again with what was typed. Members are named by id, never by a name
 * that could match another. */
#include "tui/members.h"

#include "tui/command.h"
#include "tui/prompt.h"
#include "tui/screen.h"

#include "base/buf.h"
#include "base/err.h"
#include "base/text.h"
#include "cmd/cmd.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_ARGS 16

struct words {
	const char *v[MAX_ARGS]; /* borrowed: literals and the form's values */
	int n;
};

static void word(struct words *w, const char *s)
{
	if (w->n < MAX_ARGS)
		w->v[w->n++] = s;
}

/* "--opt value", when value is not empty. */
static void word_opt(struct words *w, const char *opt, const char *value)
{
	if (*value) {
		word(w, opt);
		word(w, value);
	}
}

/* Run the words as a command: 0 when it ran; the refusal is on the status
 * line. The view reloads; *gone says it went away meanwhile (its data
 * unreadable), and then nothing of it may be used. */
static int run(struct members *ms, struct tui *t, struct words *w, bool *gone)
{
	char *text = NULL;
	int rc = tui_command_argv(t, w->n, (char **)w->v, &text);
	free(text);
	*gone = tui_top(t) != &ms->view;
	return rc;
}

enum { NAME, ROLE, WARD, TITLE, BODIES, FROM };

static int add(struct members *ms, struct tui *t)
{
	struct members_form *f = &ms->form;
	members_form_begin(f, "Add a member (member add)");
	members_form_field(f, "Name", NULL, "The full name, first name first.", false);
	members_form_field(f, "Role", "councillor",
			   "Left/Right or a first letter chooses the role.", true);
	members_form_field(f, "Ward", NULL, "Empty: no ward.", false);
	members_form_field(f, "Title", NULL,
			   "Empty: the role's label. Clerk and staff: a job title.", false);
	members_form_field(f, "Bodies", NULL,
			   "Comma-separated; a role that votes also joins Council.", false);
	members_form_field(f, "From", ms->today,
			   "The first day, YYYY-MM-DD; empty: since always.", false);
	while (members_form_fill(ms, t)) {
		struct words w = {0};
		word(&w, "member");
		word(&w, "add");
		word(&w, f->f[NAME].value);
		word(&w, "--role");
		word(&w, f->f[ROLE].value);
		word_opt(&w, "--ward", f->f[WARD].value);
		word_opt(&w, "--title", f->f[TITLE].value);
		word_opt(&w, "--body", f->f[BODIES].value);
		word_opt(&w, "--from", f->f[FROM].value);
		bool gone;
		int rc = run(ms, t, &w, &gone);
		if (gone)
			return TUI_DONE;
		if (rc)
			continue;
		char *name = gv_trim(f->f[NAME].value);
		struct gv_err err = {0};
		gv_member_resolve(t->ctx->ws, name, 0, &ms->select, &err);
		tui_status(t, "Added %s %s%s%s", f->f[ROLE].value, name,
			   *f->f[FROM].value ? " from " : "", f->f[FROM].value);
		free(name);
		members_form_end(f);
		return TUI_RELOAD;
	}
	members_form_end(f);
	tui_status(t, "Nothing added");
	return TUI_DONE;
}

/* The member as they are last (the period an edit changes), found in the
 * list of everyone; NULL with the reason on the status line. */
static struct gv_member *latest(struct tui *t, int64_t id, struct gv_member **all, size_t *n)
{
	struct gv_err err = {0};
	if (gv_member_list_on(t->ctx->ws, 0, NULL, all, n, &err)) {
		tui_status_error(t, &err);
		return NULL;
	}
	for (size_t i = 0; i < *n; i++)
		if ((*all)[i].id == id)
			return &(*all)[i];
	tui_status(t, "That member is gone; the list is read again");
	return NULL;
}

static int edit(struct members *ms, struct tui *t, const struct gv_member *sel)
{
	struct gv_member *all = NULL;
	size_t n = 0;
	int64_t id = sel->id;
	const struct gv_member *m = latest(t, id, &all, &n);
	if (!m) {
		gv_members_free(all, n);
		return TUI_RELOAD;
	}
	struct members_form *f = &ms->form;
	char *heading = gv_asprintf("Change %s from today (member edit)", m->name);
	members_form_begin(f, heading);
	free(heading);
	members_form_field(f, "Name", m->name, "The full name, first name first.", false);
	members_form_field(f, "Role", m->role, "Left/Right or a first letter chooses the role.",
			   true);
	members_form_field(f, "Ward", m->ward, "Empty: no ward.", false);
	members_form_field(f, "Title", m->title,
			   "Empty: the role's label. A new role without a title takes its label.",
			   false);
	members_form_field(f, "Bodies", m->bodies,
			   "Comma-separated, from today; a role that votes also sits on Council.",
			   false);
	const char *was[] = {m->name, m->role, m->ward ? m->ward : "", m->title ? m->title : "",
			     m->bodies ? m->bodies : ""};
	static const char *const opt[] = {"--name", "--role", "--ward", "--title", "--body"};
	char ref[24];
	snprintf(ref, sizeof ref, "%lld", (long long)id);
	int r = TUI_DONE;
	bool asked = false;
	while ((asked = members_form_fill(ms, t))) {
		struct words w = {0};
		struct gv_buf changed = GV_BUF_INIT;
		word(&w, "member");
		word(&w, "edit");
		word(&w, ref);
		for (int i = NAME; i <= BODIES; i++) {
			if (!strcmp(f->f[i].value, was[i]))
				continue;
			/* only what changed: an empty ward or title clears it */
			word(&w, opt[i]);
			word(&w, f->f[i].value);
			gv_buf_printf(&changed, "%s%s", changed.len ? ", " : "", opt[i] + 2);
		}
		if (w.n == 3) {
			gv_buf_free(&changed);
			tui_status(t, "Nothing changed");
			break;
		}
		bool gone;
		int rc = run(ms, t, &w, &gone);
		if (gone) {
			gv_buf_free(&changed);
			gv_members_free(all, n);
			return TUI_DONE;
		}
		if (!rc) {
			tui_status(t, "Changed %s from today: %s", m->name, gv_buf_str(&changed));
			ms->select = id;
			r = TUI_RELOAD;
		}
		gv_buf_free(&changed);
		if (!rc)
			break;
	}
	if (!asked)
		tui_status(t, "Nothing changed");
	members_form_end(f);
	gv_members_free(all, n);
	return r;
}

static int retire(struct members *ms, struct tui *t, const struct gv_member *sel)
{
	char *name = gv_strdup(sel->name), ref[24];
	int64_t id = sel->id;
	snprintf(ref, sizeof ref, "%lld", (long long)id);
	struct members_form *f = &ms->form;
	char *heading = gv_asprintf("Retire %s (member retire)", name);
	char *hint = gv_asprintf("The first day %s is no longer a member, YYYY-MM-DD.", name);
	members_form_begin(f, heading);
	members_form_field(f, "On", ms->today, hint, false);
	free(heading);
	int r = TUI_DONE;
	bool gone = false;
	while (members_form_fill(ms, t)) {
		const char *on = f->f[0].value;
		char *q = gv_asprintf("Retire %s on %s? Nothing is deleted", name, on);
		bool yes = tui_confirm(t, q);
		free(q);
		if (!yes)
			break;
		struct words w = {0};
		word(&w, "member");
		word(&w, "retire");
		word(&w, ref);
		word(&w, "--on");
		word(&w, on);
		if (!run(ms, t, &w, &gone) && !gone) {
			tui_status(t, "Retired %s on %s", name, on);
			ms->select = id;
			r = TUI_RELOAD;
		}
		if (gone || r == TUI_RELOAD)
			break;
	}
	if (!gone) {
		if (r == TUI_DONE)
			tui_status(t, "Nothing changed");
		members_form_end(f);
	}
	free(hint);
	free(name);
	return r;
}

/* The roster of a day: the date is checked by the core as `member list
 * --on` checks it, and asked again when refused. */
static int on_a_day(struct members *ms, struct tui *t)
{
	struct members_form *f = &ms->form;
	members_form_begin(f, "The members of a day (member list --on)");
	members_form_field(f, "On", ms->mode == MEMBERS_ON ? ms->on : ms->today,
			   "YYYY-MM-DD; empty: today.", false);
	int r = TUI_DONE;
	while (members_form_fill(ms, t)) {
		const char *on = f->f[0].value;
		struct gv_member *m;
		size_t n;
		struct gv_err err = {0};
		if (!*on) {
			ms->mode = MEMBERS_TODAY;
			r = TUI_RELOAD;
			break;
		}
		if (gv_member_list_on(t->ctx->ws, 0, on, &m, &n, &err)) {
			tui_status_error(t, &err);
			continue;
		}
		gv_members_free(m, n);
		ms->mode = MEMBERS_ON;
		snprintf(ms->on, sizeof ms->on, "%s", on);
		r = TUI_RELOAD;
		break;
	}
	members_form_end(f);
	return r;
}

int members_act(struct members *ms, struct tui *t, int req)
{
	if (req == MEMBERS_REQ_ADD)
		return add(ms, t);
	if (req == MEMBERS_REQ_ON)
		return on_a_day(ms, t);
	const struct gv_member *sel = members_selected(ms);
	if (!sel) {
		tui_status(t, "No member selected");
		return TUI_DONE;
	}
	return req == MEMBERS_REQ_EDIT ? edit(ms, t, sel) : retire(ms, t, sel);
}
