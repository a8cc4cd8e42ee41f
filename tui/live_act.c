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
#include "agenda/clause.h"
#include "agenda/item.h"
#include "live/describe.h"
#include "live/live_view.h"
#include "live/rules.h"

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
	/* The roll is called in order: the next member not yet marked (those
	 * who sent regrets before the meeting are marked already) is selected. */
	if (!strcmp(verb[i], "attend"))
		l->members.sel = live_next_unmarked(l, l->members.sel);
	return run(t, a);
}

/* Refused before any question when the meeting's state already says no
 * (adjourned, not called to order, in recess). */
static bool refused_up_front(const struct live *l, struct tui *t, enum gv_event_kind kind)
{
	struct gv_err err = {0};
	if (!gv_rules_phase_check(&l->c, &l->s, kind, &err))
		return false;
	tui_status_error(t, &err);
	return true;
}

static int declare(struct live *l, struct tui *t, struct args *a)
{
	if (refused_up_front(l, t, EV_DECLARE))
		return TUI_DONE;
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

/* The members who may move or second a motion now: present and without a
 * declared interest on what it is about (the floor motion for an
 * amendment, else the current item), copied so that nothing of the view is
 * needed after a command ran (docs/console.md, "Motions by keys"). */
struct roster {
	char **names;
	int64_t *ids;
	size_t n;
};

static void roster_of(const struct live *l, const struct gv_motion *about, struct roster *r)
{
	struct gv_motion item = {.item_id = l->s.current_item,
				 .consent = gv_live_consent_section(&l->c, l->s.current_item)};
	memset(r, 0, sizeof *r);
	for (size_t i = 0; i < l->c.n_members; i++) {
		const struct gv_attendance *at = &l->s.attendance[i];
		if (at->status != PRES_PRESENT ||
		    gv_live_declared(&l->c, &l->s, at->member_id, about ? about : &item))
			continue;
		GV_ROOM(r->names, r->n);
		r->names[r->n] = gv_strdup(l->c.members[i].name);
		*GV_PUSH(r->ids, r->n) = l->c.members[i].id;
	}
}

static void roster_free(struct roster *r)
{
	for (size_t i = 0; i < r->n; i++)
		free(r->names[i]);
	free(r->names);
	free(r->ids);
}

/* The roster's index of member id, -1 when not in it. */
static int roster_find(const struct roster *r, int64_t id)
{
	for (size_t i = 0; i < r->n; i++)
		if (r->ids[i] == id)
			return (int)i;
	return -1;
}

/* What has been answered of a motion, kept when the core refuses it so the
 * questions come back with the answers in them. */
struct draft {
	char *text, *replace, *extra; /* extra: --to, --until or --reconsider's */
	int how;             /* a disposition: refer, defer, table */
	int mover, seconder; /* roster indexes; seconder == n: not seconded yet */
	int threshold;
	int closed_kind;     /* moved in closed session: closed_kinds[] */
	char *note;          /* the refusal, shown above the questions */
};

static void draft_free(struct draft *d)
{
	free(d->extra);
	free(d->text);
	free(d->replace);
	free(d->note);
}

static const char *const thresholds[] = {"majority", "two-thirds", "members-majority",
					 "members-two-thirds", "present-two-thirds"};

/* Mover then seconder from the roster, by their first letters; the
 * seconder's choices leave the mover out and start with "not seconded
 * yet". False when cancelled. */
static bool pick_movers(struct tui *t, const struct roster *r, struct draft *d)
{
	size_t pick;
	if (!tui_pick(t, "Mover: ", (const char *const *)r->names, r->n, d->mover, d->note, &pick))
		return false;
	d->mover = (int)pick;
	const char **names = gv_calloc(r->n + 1, sizeof *names);
	int *index = gv_calloc(r->n + 1, sizeof *index), n = 0, first = 0;
	names[n] = "(not seconded yet)";
	index[n++] = (int)r->n;
	for (size_t i = 0; i < r->n; i++)
		if ((int)i != d->mover) {
			if ((int)i == d->seconder)
				first = n;
			names[n] = r->names[i];
			index[n++] = (int)i;
		}
	bool go = tui_pick(t, "Seconder: ", names, (size_t)n, first, d->note, &pick);
	if (go)
		d->seconder = index[pick];
	free(names);
	free(index);
	return go;
}

static void arg_movers(struct args *a, const struct roster *r, const struct draft *d)
{
	arg(a, "--mover");
	arg_id(a, r->ids[d->mover]);
	if (d->seconder >= 0 && (size_t)d->seconder < r->n) {
		arg(a, "--seconder");
		arg_id(a, r->ids[d->seconder]);
	}
}

/* Ask for text, starting from *kept, which gets the answer; false when
 * cancelled or left empty (required). */
static bool ask_text(struct tui *t, const char *label, const char *note, char **kept,
		     bool required)
{
	struct tui_prompt_opts o = {.label = label, .initial = *kept, .note = note};
	char *v;
	if (!tui_prompt_with(t, &o, &v))
		return false;
	free(*kept);
	*kept = v;
	return !required || *v;
}

/* The current item's recommendation (clause false), or the clause that
 * closes it (clause true: its own or a closed ancestor's): where a new
 * motion's wording, or a resolution to close's clause, begins. Caller
 * frees; NULL when there is none. */
static char *of_current_item(struct tui *t, const struct live *l, bool clause)
{
	struct gv_agenda ag;
	struct gv_err err = {0};
	if (!l->s.current_item || gv_agenda_load(t->ctx->ws, l->meeting_id, &ag, &err))
		return NULL;
	char *v = NULL;
	for (size_t i = 0; i < ag.n; i++) {
		const struct gv_item *it = &ag.items[i];
		const char *c = clause ? gv_item_private_clause(&ag, it) : it->recommendation;
		if (it->id == l->s.current_item && c && *c)
			v = gv_strdup(c);
	}
	gv_agenda_free(&ag);
	return v;
}

enum form { FORM_MOVE, FORM_AMEND, FORM_DISPOSE, FORM_RECONSIDER, FORM_APPEAL, FORM_CLOSE };

/* A motion moved in closed session is a direction to staff, procedural, or
 * substantive, which cannot be voted there (docs/procedure.md, s.239(6)). */
static const char *const closed_kinds[] = {"direction to staff", "procedural",
					   "substantive (not voted in closed session)"};
static const char *const closed_flags[] = {"--direction", "--procedural", NULL};

/* The wording a resolution to close begins with: the clause and its
 * general nature, which s.239(4) has the resolution state. */
static char *to_close_wording(const char *clause)
{
	char canon[16];
	struct gv_err err = {0};
	if (gv_clause_parse(clause, canon, &err))
		return NULL;
	return gv_asprintf("That Council proceed into closed session under s.%s to consider %s.",
			   canon, gv_clause_nature(canon));
}

static const char *const dispositions[] = {"refer", "defer", "table"};

/* The questions of one kind of motion before its mover and seconder:
 * false when cancelled. about: the motion amended or disposed of. */
static bool ask_kind(struct tui *t, enum form kind, int about, struct draft *d)
{
	char *label = NULL;
	bool go = true;
	size_t how = (size_t)d->how;
	switch (kind) {
	case FORM_MOVE: go = ask_text(t, "Motion: ", d->note, &d->text, true); break;
	case FORM_AMEND:
		label = gv_asprintf("Amendment to motion %d: ", about);
		go = ask_text(t, label, d->note, &d->text, true);
		free(label);
		label = gv_asprintf("New wording of motion %d if it carries (empty: none): ", about);
		go = go && ask_text(t, label, d->note, &d->replace, false);
		break;
	case FORM_DISPOSE:
		label = gv_asprintf("Motion %d: ", about);
		go = tui_pick(t, label, dispositions, 3, d->how, d->note, &how);
		d->how = (int)how;
		go = go && ask_text(t, "Motion: ", d->note, &d->text, true);
		if (go && d->how == 0)
			go = ask_text(t, "Refer to (a body or text; empty: none): ", d->note, &d->extra,
				      false);
		else if (go && d->how == 1)
			go = ask_text(t, "Defer until (a meeting or YYYY-MM-DD; empty: none): ",
				      d->note, &d->extra, false);
		break;
	case FORM_RECONSIDER:
		go = ask_text(t, "Reconsider resolution (e.g. 2026-12): ", d->note, &d->extra, true) &&
		     ask_text(t, "Motion: ", d->note, &d->text, true);
		break;
	case FORM_APPEAL: break;
	case FORM_CLOSE:
		go = ask_text(t, "Resolution to close under s.239 clause (e.g. 239(2)(c)): ", d->note,
			      &d->extra, true);
		if (go && (!d->text || !*d->text)) {
			free(d->text);
			d->text = to_close_wording(d->extra);
		}
		go = go && ask_text(t, "Motion: ", d->note, &d->text, true);
		break;
	}
	free(label);
	return go;
}

/* The command of the answers: "live M move TEXT ..." or "live M appeal". */
static void form_args(struct args *a, const char *slug, enum form kind, int about,
		      const struct roster *r, const struct draft *d)
{
	a->n = 0;
	arg(a, "live");
	arg(a, slug);
	arg(a, kind == FORM_APPEAL ? "appeal" : "move");
	if (kind != FORM_APPEAL)
		arg(a, d->text);
	if (kind == FORM_AMEND) {
		arg(a, "--amends");
		arg_int(a, about);
		if (d->replace && *d->replace) {
			arg(a, "--replace-text");
			arg(a, d->replace);
		}
	} else if (kind == FORM_DISPOSE) {
		char opt[16];
		snprintf(opt, sizeof opt, "--%s", dispositions[d->how]);
		arg(a, opt);
		arg_int(a, about);
		if (d->how < 2 && d->extra && *d->extra) {
			arg(a, d->how ? "--until" : "--to");
			arg(a, d->extra);
		}
	} else if (kind == FORM_RECONSIDER) {
		arg(a, "--reconsider");
		arg(a, d->extra);
	} else if (kind == FORM_CLOSE) {
		arg(a, "--to-close");
		arg(a, d->extra);
	}
	arg_movers(a, r, d);
	if (kind == FORM_MOVE) {
		arg(a, "--threshold");
		arg(a, thresholds[d->threshold]);
		if (d->closed_kind >= 0 && closed_flags[d->closed_kind])
			arg(a, closed_flags[d->closed_kind]);
	}
}

/* A motion of any kind: its own questions (a new motion's wording begins as
 * the item's recommendation), then mover and seconder picked from the
 * members who may, then (a new motion) the threshold. When the core refuses
 * it, the questions come back with the answers given and the refusal above
 * them, until it is recorded or Esc. about: the motion amended or disposed
 * of (0: none). */
static int motion_form(struct live *l, struct tui *t, struct args *a, enum form kind,
		       const struct gv_motion *about)
{
	if (refused_up_front(l, t, EV_MOVE))
		return TUI_DONE;
	struct gv_err err = {0};
	if (kind == FORM_APPEAL && gv_rules_appeal_check(&l->c, &l->s, &err)) {
		tui_status_error(t, &err); /* no ruling to appeal: before any question */
		return TUI_DONE;
	}
	struct roster r;
	roster_of(l, kind == FORM_MOVE ? NULL : gv_live_on_floor(&l->s), &r);
	if (!r.n) {
		tui_status(t, "No member present may move a motion now");
		roster_free(&r);
		return TUI_DONE;
	}
	const struct gv_live_member *sel = live_selected_member(l);
	struct draft d = {.text = kind == FORM_MOVE ? of_current_item(t, l, false) : NULL,
			  .extra = kind == FORM_CLOSE ? of_current_item(t, l, true) : NULL,
			  .mover = sel ? roster_find(&r, sel->id) : -1,
			  .seconder = (int)r.n,
			  .closed_kind = l->s.phase == PHASE_CLOSED ? 0 : -1};
	int number = about ? about->number : 0;
	char *slug = gv_strdup(l->c.slug); /* the view may be gone after a run */
	for (;;) {
		bool go = ask_kind(t, kind, number, &d) && pick_movers(t, &r, &d);
		size_t th = (size_t)d.threshold;
		if (go && kind == FORM_MOVE) {
			go = tui_pick(t, "Threshold: ", thresholds,
				      sizeof thresholds / sizeof *thresholds, d.threshold, d.note, &th);
			d.threshold = (int)th;
		}
		if (go && kind == FORM_MOVE && d.closed_kind >= 0) {
			size_t k = (size_t)d.closed_kind;
			go = tui_pick(t, "In closed session, a motion that is: ", closed_kinds,
				      sizeof closed_kinds / sizeof *closed_kinds, d.closed_kind,
				      d.note, &k);
			d.closed_kind = (int)k;
		}
		if (!go) {
			tui_status(t, "Nothing moved");
			break;
		}
		form_args(a, slug, kind, number, &r, &d);
		if (!run_rc(t, a))
			break;
		free(d.note);
		d.note = gv_asprintf("gavel: %s (the answers are kept: change one, or Esc)",
				     t->ctx->err.msg);
	}
	discard(a);
	free(slug);
	draft_free(&d);
	roster_free(&r);
	return TUI_DONE;
}

static int second(struct live *l, struct tui *t, struct args *a, const struct gv_motion *m)
{
	if (refused_up_front(l, t, EV_SECOND))
		return TUI_DONE;
	struct roster r;
	roster_of(l, m, &r);
	/* not the mover: the core would refuse it */
	int mover = roster_find(&r, m->mover_id);
	const char **names = gv_calloc(r.n + 1, sizeof *names);
	size_t *index = gv_calloc(r.n + 1, sizeof *index), n = 0, pick;
	for (size_t i = 0; i < r.n; i++)
		if ((int)i != mover) {
			names[n] = r.names[i];
			index[n++] = i;
		}
	char *label = gv_asprintf("Seconder of motion %d: ", m->number);
	int number = m->number;
	if (!n)
		tui_status(t, "No member present may second motion %d", number);
	else if (tui_pick(t, label, names, n, -1, NULL, &pick)) {
		command(a, l, "second");
		arg_int(a, number);
		arg_id(a, r.ids[index[pick]]);
		run(t, a);
	}
	free(label);
	free(names);
	free(index);
	roster_free(&r);
	return TUI_DONE;
}

/* The grid as --yes/--no/--abstain lists of member ids. */
static int recorded_vote(struct live *l, struct tui *t, struct args *a, const struct gv_motion *m)
{
	static const char *const opt[] = {"--yes", "--no", "--abstain"};
	static const int mark[] = {MARK_YES, MARK_NO, MARK_ABSTAIN};
	command(a, l, "vote");
	arg_int(a, m->number);
	arg(a, "--recorded");
	bool any = false; /* a yes or a no: cmd_live_fill_vote needs one */
	for (int k = 0; k < 3; k++) {
		struct gv_buf ids = GV_BUF_INIT;
		for (size_t i = 0; i < l->c.n_members; i++)
			if (l->marks[i] == mark[k])
				gv_buf_printf(&ids, "%s%lld", ids.len ? "," : "",
					      (long long)l->c.members[i].id);
		if (ids.len) {
			arg(a, opt[k]);
			arg(a, gv_buf_str(&ids));
			any |= mark[k] != MARK_ABSTAIN;
		}
		gv_buf_free(&ids);
	}
	if (!any) {
		discard(a);
		tui_status(t, "Mark a yes or a no first: y yes, n no, a abstain on each member");
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
	case LIVE_REQ_AMEND: return motion_form(l, t, a, FORM_AMEND, m);
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
	if (refused_up_front(l, t, EV_CLOSED))
		return TUI_DONE;
	/* begun as the clause of the resolution to close carried last */
	const char *resolved = NULL;
	for (size_t i = 0; i < l->s.n_motions; i++)
		if (l->s.motions[i].to_close && l->s.motions[i].result == RESULT_CARRIED)
			resolved = l->s.motions[i].to_close;
	char *clause = NULL;
	if (!ask(t, "Closed session under s.239 clause (e.g. 239(2)(c)): ", resolved, &clause))
		return TUI_DONE;
	if (!clause) {
		tui_status(t, "Not in closed session: it needs its s.239 clause%s",
			   resolved ? "" : " and a resolution to close carried just before (X moves it)");
		return TUI_DONE;
	}
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
	/* before the call to order, a meeting is adjourned only as not held
	 * for want of quorum (docs/procedure.md, "Calling the meeting to
	 * order"); with quorum the core refuses, saying to call it to order */
	if (l->s.phase == PHASE_NOT_STARTED) {
		if (!tui_confirm(t, "Record that the meeting was not held, for want of quorum? "
				    "The log then closes."))
			return TUI_DONE;
		command(a, l, "adjourn");
		arg(a, "--no-quorum");
		return run(t, a);
	}
	if (refused_up_front(l, t, EV_ADJOURN))
		return TUI_DONE;
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

/* Pull the selected agenda item out of the consent agenda, to be dealt
 * with on its own (`live M hold N`); asked first, the state checked before. */
static int hold(struct live *l, struct tui *t, struct args *a)
{
	const struct gv_live_item *it = live_selected_item(l);
	if (!it || refused_up_front(l, t, EV_HOLD))
		return TUI_DONE;
	if (!it->consent) {
		tui_status(t, "Item %s is not on the consent agenda: Tab, then select one", it->number);
		return TUI_DONE;
	}
	char *q = gv_asprintf("Hold %s %s: pull it out of the consent agenda?", it->number,
			      it->title);
	bool yes = tui_confirm(t, q);
	free(q);
	if (!yes) {
		tui_status(t, "Item %s stays on the consent agenda", it->number);
		return TUI_DONE;
	}
	command(a, l, "hold");
	arg(a, it->number);
	return run(t, a);
}

/* Void the latest event, asked first in its own words; "n" says it stays. */
static int undo(struct live *l, struct tui *t, struct args *a)
{
	const struct gv_event *e = gv_rules_undo_target(l->ev, l->n_ev);
	if (!e) {
		tui_status(t, "Nothing to undo");
		return TUI_DONE;
	}
	struct gv_buf what = GV_BUF_INIT;
	char at[32];
	gv_time_format(e->at, "%H:%M", at, sizeof at);
	gv_buf_printf(&what, "%s ", at);
	gv_event_describe_in(&what, &l->c, l->ev, (size_t)(e - l->ev));
	char *q = gv_asprintf("Void \"%s\"? (kept in the log as a correction)",
			      gv_buf_str(&what));
	bool yes = tui_confirm(t, q);
	free(q);
	if (yes) {
		command(a, l, "undo");
		run(t, a);
	} else {
		tui_status(t, "Kept: %s", gv_buf_str(&what));
	}
	gv_buf_free(&what);
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
	l->members.sel = live_next_unmarked(l, l->members.sel);
	return run(t, a);
}

/* Staff or the clerk present: named, since the members list holds the
 * voting members only. */
static int staff(struct live *l, struct tui *t, struct args *a)
{
	char *who = NULL;
	if (refused_up_front(l, t, EV_ATTEND))
		return TUI_DONE;
	if (!ask(t, "Staff present (names, comma-separated): ", NULL, &who))
		return TUI_DONE;
	if (!who) {
		tui_status(t, "Nothing recorded: no names given");
		return TUI_DONE;
	}
	command(a, l, "attend");
	arg(a, who);
	arg(a, "--present");
	free(who);
	return run(t, a);
}

/* --refer, --defer or --table the main motion on the floor (docs/procedure.md,
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
	return motion_form(l, t, a, FORM_DISPOSE, m);
}

static int ruling(struct live *l, struct tui *t, struct args *a)
{
	char *text = NULL;
	if (refused_up_front(l, t, EV_RULING))
		return TUI_DONE;
	if (!ask(t, "The chair's ruling: ", NULL, &text))
		return TUI_DONE;
	if (!text) {
		tui_status(t, "Nothing recorded: the ruling was left empty");
		return TUI_DONE;
	}
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
	case LIVE_REQ_MOVE: return motion_form(l, t, &a, FORM_MOVE, NULL);
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
	case LIVE_REQ_UNDO: return undo(l, t, &a);
	case LIVE_REQ_REMOTE:
	case LIVE_REQ_CHAIR: return selected_member(l, t, &a, req);
	case LIVE_REQ_STAFF: return staff(l, t, &a);
	case LIVE_REQ_DISPOSE: return dispose(l, t, &a);
	case LIVE_REQ_RECONSIDER: return motion_form(l, t, &a, FORM_RECONSIDER, NULL);
	case LIVE_REQ_RULING: return ruling(l, t, &a);
	case LIVE_REQ_HOLD: return hold(l, t, &a);
	case LIVE_REQ_APPEAL: return motion_form(l, t, &a, FORM_APPEAL, NULL);
	case LIVE_REQ_TO_CLOSE: return motion_form(l, t, &a, FORM_CLOSE, NULL);
	default: return live_after(l, t, req);
	}
}
