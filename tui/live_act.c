/* The live console's recording keys. Each builds the argv of a
 * `live M VERB ...` command and runs it through the one command table
 * (tui_command_argv), so what the console records, and what it refuses,
 * is exactly what the CLI would. Members are named by id, so two members
 * with similar names can never be confused. */
#include "tui/live.h"

#include "tui/command.h"
#include "tui/prompt.h"
#include "tui/screen.h"

#include "base/buf.h"
#include "base/clock.h"
#include "base/err.h"
#include "cmd/cmd.h"
#include "live/live_view.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_ARGS 24

struct args {
	char *v[MAX_ARGS];
	int n;
};

static void arg(struct args *a, const char *s)
{
	if (a->n < MAX_ARGS)
		a->v[a->n++] = gv_strdup(s);
}

static void arg_id(struct args *a, int64_t id)
{
	char buf[24];
	snprintf(buf, sizeof buf, "%lld", (long long)id);
	arg(a, buf);
}

static void arg_int(struct args *a, int k)
{
	arg_id(a, k);
}

/* "live M verb" */
static void command(struct args *a, const struct live *l, const char *verb)
{
	a->n = 0;
	arg(a, "live");
	arg(a, l->c.slug);
	arg(a, verb);
}

/* Its output on the status line, as one line (a new motion's bare number,
 * already in the first line's words, left out). */
static void say(struct tui *t, char *text)
{
	struct gv_buf line = GV_BUF_INIT;
	for (char *s = strtok(text, "\n"); s; s = strtok(NULL, "\n")) {
		if (strspn(s, "0123456789") == strlen(s))
			continue;
		gv_buf_printf(&line, "%s%s", line.len ? "  " : "", s);
	}
	tui_status(t, "%s", gv_buf_str(&line));
	gv_buf_free(&line);
}

/* Run the command: its refusal code (0 when it ran), the refusal itself in
 * t->ctx->err and on the status line. The view may be gone afterwards (its
 * meeting deleted by someone else), so nothing of it is used after this. */
static int run_rc(struct tui *t, struct args *a)
{
	char *text = NULL;
	int rc = tui_command_argv(t, a->n, a->v, &text);
	if (!rc)
		say(t, text);
	free(text);
	for (int i = 0; i < a->n; i++)
		free(a->v[i]);
	a->n = 0;
	return rc;
}

static int run(struct tui *t, struct args *a)
{
	run_rc(t, a);
	return TUI_DONE;
}

static void discard(struct args *a)
{
	for (int i = 0; i < a->n; i++)
		free(a->v[i]);
	a->n = 0;
}

/* Ask for an optional value: true to go on (with *out NULL when left
 * empty), false when cancelled. */
static bool ask(struct tui *t, const char *label, const char *initial, char **out)
{
	if (!tui_prompt(t, label, initial, out))
		return false;
	if (!**out) {
		free(*out);
		*out = NULL;
	}
	return true;
}

/* Ask, and add "--opt value" when one was given. */
static bool ask_opt(struct tui *t, struct args *a, const char *label, const char *initial,
		    const char *opt)
{
	char *v;
	if (!ask(t, label, initial, &v))
		return false;
	if (v) {
		arg(a, opt);
		arg(a, v);
		free(v);
	}
	return true;
}

static int take_next(struct live *l, struct tui *t, struct args *a)
{
	size_t next = 0;
	for (size_t i = 0; i < l->c.n_items; i++)
		if (l->c.items[i].id == l->s.current_item)
			next = i + 1;
	if (next >= l->c.n_items) {
		tui_status(t, "No agenda item after the current one");
		return TUI_DONE;
	}
	command(a, l, "take");
	arg(a, l->c.items[next].number);
	return run(t, a);
}

static int attendance(struct live *l, struct tui *t, struct args *a, int req)
{
	const struct gv_live_member *who = live_selected_member(l);
	if (!who) {
		tui_status(t, "The body has no voting members");
		return TUI_DONE;
	}
	/* in the order of enum live_req, from LIVE_REQ_PRESENT */
	static const char *const verb[] = {"attend", "attend", "attend", "arrive", "leave",
					   "arrive"};
	static const char *const flag[] = {"--present", "--absent", "--regrets", NULL, NULL,
					   "--remote"};
	int i = req - LIVE_REQ_PRESENT;
	command(a, l, verb[i]);
	arg_id(a, who->id);
	if (flag[i])
		arg(a, flag[i]);
	/* The roll is called in order: the next member is selected. */
	if (!strcmp(verb[i], "attend") && l->members.sel + 1 < l->members.n)
		l->members.sel++;
	return run(t, a);
}

static int declare(struct live *l, struct tui *t, struct args *a)
{
	const struct gv_live_member *who = live_selected_member(l);
	const char *item = gv_live_item_number(&l->c, l->s.current_item);
	if (!item && live_selected_item(l))
		item = live_selected_item(l)->number;
	if (!who || !item) {
		tui_status(t, "Select a member, and take up an item first");
		return TUI_DONE;
	}
	command(a, l, "declare");
	arg_id(a, who->id);
	arg(a, "--item");
	arg(a, item);
	char *label = gv_asprintf("%s declares an interest on %s; reason (optional): ",
				  who->name, item);
	bool go = ask_opt(t, a, label, NULL, "--reason");
	free(label);
	if (!go) {
		discard(a);
		return TUI_DONE;
	}
	return run(t, a);
}

/* A new motion, or an amendment to the one on the floor (floor not NULL). */
static int move_motion(struct live *l, struct tui *t, struct args *a, const struct gv_motion *floor)
{
	char *label = floor ? gv_asprintf("Amendment to motion %d: ", floor->number)
			    : gv_strdup("Motion: ");
	char *text = NULL;
	bool go = ask(t, label, NULL, &text) && text;
	free(label);
	command(a, l, "move");
	if (go)
		arg(a, text);
	free(text);
	if (go && floor) {
		arg(a, "--amends");
		arg_int(a, floor->number);
		char *q = gv_asprintf("New wording of motion %d if it carries (empty: none): ",
				      floor->number);
		go = ask_opt(t, a, q, NULL, "--replace-text");
		free(q);
	}
	const struct gv_live_member *sel = live_selected_member(l);
	go = go && ask_opt(t, a, "Mover: ", sel ? sel->name : NULL, "--mover") &&
	     ask_opt(t, a, "Seconder (empty: not yet): ", NULL, "--seconder") &&
	     (floor || ask_opt(t, a,
			       "Threshold (majority, two-thirds, members-majority, "
			       "members-two-thirds, present-two-thirds; empty: majority): ",
			       NULL, "--threshold"));
	if (!go) {
		discard(a);
		tui_status(t, "Nothing moved");
		return TUI_DONE;
	}
	return run(t, a);
}

static int second(struct live *l, struct tui *t, struct args *a, const struct gv_motion *m)
{
	const struct gv_live_member *sel = live_selected_member(l);
	char *label = gv_asprintf("Seconder of motion %d: ", m->number);
	char *who = NULL;
	bool go = ask(t, label, sel ? sel->name : NULL, &who) && who;
	free(label);
	if (!go) {
		free(who);
		return TUI_DONE;
	}
	command(a, l, "second");
	arg_int(a, m->number);
	arg(a, who);
	free(who);
	return run(t, a);
}

/* The grid as --yes/--no/--abstain lists of member ids. */
static int recorded_vote(struct live *l, struct tui *t, struct args *a, const struct gv_motion *m)
{
	static const char *const opt[] = {"--yes", "--no", "--abstain"};
	static const int mark[] = {MARK_YES, MARK_NO, MARK_ABSTAIN};
	command(a, l, "vote");
	arg_int(a, m->number);
	arg(a, "--recorded");
	bool any = false;
	for (int k = 0; k < 3; k++) {
		struct gv_buf ids = GV_BUF_INIT;
		for (size_t i = 0; i < l->c.n_members; i++)
			if (l->marks[i] == mark[k])
				gv_buf_printf(&ids, "%s%lld", ids.len ? "," : "",
					      (long long)l->c.members[i].id);
		if (ids.len) {
			arg(a, opt[k]);
			arg(a, gv_buf_str(&ids));
			any = true;
		}
		gv_buf_free(&ids);
	}
	if (!any) {
		discard(a);
		tui_status(t, "Mark the votes first: y yes, n no, a abstain on each member");
		return TUI_DONE;
	}
	return run(t, a);
}

/* Requests on the motion on the floor. */
static int on_floor(struct live *l, struct tui *t, struct args *a, int req)
{
	const struct gv_motion *m = gv_live_on_floor(&l->s);
	if (!m) {
		tui_status(t, "No motion on the floor");
		return TUI_DONE;
	}
	switch (req) {
	case LIVE_REQ_AMEND: return move_motion(l, t, a, m);
	case LIVE_REQ_SECOND: return second(l, t, a, m);
	case LIVE_REQ_RECORDED: return recorded_vote(l, t, a, m);
	case LIVE_REQ_WITHDRAW: {
		char *q = gv_asprintf("Withdraw motion %d?", m->number);
		bool yes = tui_confirm(t, q);
		free(q);
		if (!yes)
			return TUI_DONE;
		command(a, l, "withdraw");
		arg_int(a, m->number);
		return run(t, a);
	}
	default: /* carried, lost */
		command(a, l, "vote");
		arg_int(a, m->number);
		arg(a, req == LIVE_REQ_CARRIED ? "--carried" : "--lost");
		return run(t, a);
	}
}

static int closed_or_rise(struct live *l, struct tui *t, struct args *a)
{
	if (l->s.phase == PHASE_CLOSED) {
		command(a, l, "rise");
		return run(t, a);
	}
	char *clause = NULL;
	if (!ask(t, "Closed session under s.239 clause (e.g. 239(2)(c)): ", NULL, &clause) ||
	    !clause)
		return TUI_DONE;
	command(a, l, "closed");
	arg(a, "--clause");
	arg(a, clause);
	free(clause);
	return run(t, a);
}

/* The call to order, asked first since it starts the record's clock; the
 * core refuses it on another day than the meeting's or without quorum
 * (docs/procedure.md, "Calling the meeting to order"), and the refusal
 * shows on the status line. Once called, `start` goes straight to the core,
 * which says why it cannot happen twice. */
static int call_to_order(struct live *l, struct tui *t, struct args *a)
{
	if (l->s.phase == PHASE_NOT_STARTED) {
		char now[32];
		gv_time_clock12(gv_now(), now);
		char *q = gv_asprintf("Call the meeting to order now, %s?", now);
		bool yes = tui_confirm(t, q);
		free(q);
		if (!yes) {
			tui_status(t, "Not called to order");
			return TUI_DONE;
		}
	}
	command(a, l, "start");
	return run(t, a);
}

/* Adjourn after asking; when a motion is still pending the core refuses
 * unless forced (docs/procedure.md, "Adjournment"), and the clerk is asked
 * again in the refusal's words whether to adjourn anyway. */
static int adjourn(struct live *l, struct tui *t, struct args *a)
{
	if (!tui_confirm(t, "Adjourn the meeting? The log then closes."))
		return TUI_DONE;
	char *slug = gv_strdup(l->c.slug); /* the view may be gone after a run */
	command(a, l, "adjourn");
	int rc = run_rc(t, a);
	if (tui_go_ahead(t, rc, &t->ctx->err, "Adjourn anyway?")) {
		arg(a, "live");
		arg(a, slug);
		arg(a, "adjourn");
		arg(a, "--force");
		run(t, a);
	}
	free(slug);
	return TUI_DONE;
}

/* Run verb after asking question (NULL: at once). */
static int simple(struct live *l, struct tui *t, struct args *a, const char *verb,
		  const char *question)
{
	if (question && !tui_confirm(t, question))
		return TUI_DONE;
	command(a, l, verb);
	return run(t, a);
}

/* The selected member takes part electronically, or presides from now on. */
static int selected_member(struct live *l, struct tui *t, struct args *a, int req)
{
	const struct gv_live_member *who = live_selected_member(l);
	if (!who) {
		tui_status(t, "The body has no voting members");
		return TUI_DONE;
	}
	if (req == LIVE_REQ_CHAIR) {
		char *q = gv_asprintf("%s presides from now on?", who->name);
		bool yes = tui_confirm(t, q);
		free(q);
		if (!yes)
			return TUI_DONE;
		command(a, l, "chair");
		arg_id(a, who->id);
		return run(t, a);
	}
	command(a, l, "attend");
	arg_id(a, who->id);
	arg(a, "--remote");
	if (l->members.sel + 1 < l->members.n)
		l->members.sel++;
	return run(t, a);
}

/* Staff or the clerk present: named, since the members list holds the
 * voting members only. */
static int staff(struct live *l, struct tui *t, struct args *a)
{
	char *who = NULL;
	if (!ask(t, "Staff present (names, comma-separated): ", NULL, &who) || !who)
		return TUI_DONE;
	command(a, l, "attend");
	arg(a, who);
	arg(a, "--present");
	free(who);
	return run(t, a);
}

/* Unless cancelled (go false), mover and seconder of the motion in a,
 * then run it. */
static int movers_and_run(struct live *l, struct tui *t, struct args *a, bool go)
{
	const struct gv_live_member *sel = live_selected_member(l);
	if (!go || !ask_opt(t, a, "Mover: ", sel ? sel->name : NULL, "--mover") ||
	    !ask_opt(t, a, "Seconder (empty: not yet): ", NULL, "--seconder")) {
		discard(a);
		tui_status(t, "Nothing moved");
		return TUI_DONE;
	}
	return run(t, a);
}

/* --refer, --defer or --table the motion on the floor (docs/procedure.md,
 * "Dispositions"). */
static int dispose(struct live *l, struct tui *t, struct args *a)
{
	const struct gv_motion *m = gv_live_on_floor(&l->s);
	while (m && m->amends)
		m = gv_live_motion(&l->s, m->amends);
	if (!m) {
		tui_status(t, "No motion on the floor");
		return TUI_DONE;
	}
	char *how = NULL;
	char *q = gv_asprintf("Motion %d: refer, defer or table? ", m->number);
	bool go = ask(t, q, NULL, &how) && how;
	free(q);
	if (go && strcmp(how, "refer") && strcmp(how, "defer") && strcmp(how, "table")) {
		tui_status(t, "Give refer, defer or table");
		go = false;
	}
	char *text = NULL;
	if (go)
		go = ask(t, "Motion: ", NULL, &text) && text;
	command(a, l, "move");
	if (go) {
		arg(a, text);
		char opt[16];
		snprintf(opt, sizeof opt, "--%s", how);
		arg(a, opt);
		arg_int(a, m->number);
		if (!strcmp(how, "refer"))
			go = ask_opt(t, a, "Refer to (a body or text; empty: none): ", NULL, "--to");
		else if (!strcmp(how, "defer"))
			go = ask_opt(t, a, "Defer until (a meeting or YYYY-MM-DD; empty: none): ", NULL,
				     "--until");
	}
	free(text);
	free(how);
	return movers_and_run(l, t, a, go);
}

static int reconsider(struct live *l, struct tui *t, struct args *a)
{
	char *res = NULL, *text = NULL;
	bool go = ask(t, "Reconsider resolution (e.g. 2026-12): ", NULL, &res) && res &&
		  ask(t, "Motion: ", NULL, &text) && text;
	command(a, l, "move");
	if (go) {
		arg(a, text);
		arg(a, "--reconsider");
		arg(a, res);
	}
	free(res);
	free(text);
	return movers_and_run(l, t, a, go);
}

static int ruling(struct live *l, struct tui *t, struct args *a)
{
	char *text = NULL;
	if (!ask(t, "The chair's ruling: ", NULL, &text) || !text)
		return TUI_DONE;
	command(a, l, "ruling");
	arg(a, text);
	free(text);
	return run(t, a);
}

int live_act(struct live *l, struct tui *t, int req)
{
	struct args a = {.n = 0};
	switch (req) {
	case LIVE_REQ_START: return call_to_order(l, t, &a);
	case LIVE_REQ_STREAM: return simple(l, t, &a, "stream", NULL);
	case LIVE_REQ_TAKE_NEXT: return take_next(l, t, &a);
	case LIVE_REQ_TAKE:
		if (!live_selected_item(l))
			return TUI_DONE;
		command(&a, l, "take");
		arg(&a, live_selected_item(l)->number);
		return run(t, &a);
	case LIVE_REQ_PRESENT:
	case LIVE_REQ_ABSENT:
	case LIVE_REQ_REGRETS:
	case LIVE_REQ_ARRIVE:
	case LIVE_REQ_LEAVE:
	case LIVE_REQ_ARRIVE_REMOTE: return attendance(l, t, &a, req);
	case LIVE_REQ_DECLARE: return declare(l, t, &a);
	case LIVE_REQ_MOVE: return move_motion(l, t, &a, NULL);
	case LIVE_REQ_AMEND:
	case LIVE_REQ_SECOND:
	case LIVE_REQ_RECORDED:
	case LIVE_REQ_CARRIED:
	case LIVE_REQ_LOST:
	case LIVE_REQ_WITHDRAW: return on_floor(l, t, &a, req);
	case LIVE_REQ_RECESS:
		return simple(l, t, &a, l->s.phase == PHASE_RECESS ? "resume" : "recess", NULL);
	case LIVE_REQ_CLOSED: return closed_or_rise(l, t, &a);
	case LIVE_REQ_ADJOURN: return adjourn(l, t, &a);
	case LIVE_REQ_UNDO:
		return simple(l, t, &a, "undo",
			      "Void the latest event? (kept in the log as a correction)");
	case LIVE_REQ_REMOTE:
	case LIVE_REQ_CHAIR: return selected_member(l, t, &a, req);
	case LIVE_REQ_STAFF: return staff(l, t, &a);
	case LIVE_REQ_DISPOSE: return dispose(l, t, &a);
	case LIVE_REQ_RECONSIDER: return reconsider(l, t, &a);
	case LIVE_REQ_RULING: return ruling(l, t, &a);
	case LIVE_REQ_APPEAL:
		command(&a, l, "appeal");
		return movers_and_run(l, t, &a, true);
	default: return TUI_UNHANDLED;
	}
}
