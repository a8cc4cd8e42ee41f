/* gavel live M VERB: record the meeting as it happens, and show its state. */
#include "cmd/cmd.h"
#include "cmd/handlers.h"
#include "cmd/util.h"

#include "agenda/body.h"
#include "agenda/bylaw.h"
#include "agenda/clause.h"
#include "agenda/meeting.h"
#include "agenda/meeting_ahead.h"
#include "agenda/notice.h"
#include "agenda/item_ref.h"
#include "base/buf.h"
#include "base/clock.h"
#include "base/json.h"
#include "base/text.h"
#include "live/describe.h"
#include "live/evote.h"
#include "live/live.h"
#include "live/live_view.h"
#include "live/public_view.h"
#include "live/rules.h"
#include "minutes/approval.h"
#include "minutes/record.h"
#include "streaming-hooks/live_hooks.h"
#include "streaming-hooks/now_playing.h"
#include "store/workspace.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static int usage(struct gv_ctx *ctx, const struct gv_args *a, const char *what)
{
	return gv_err_set(&ctx->err, GV_EUSAGE, "%s; see 'gavel help %s'", what, a->cmd->name);
}

static int find_item(struct gv_ctx *ctx, const struct gv_live_ctx *c, const char *ref,
		     int64_t *id)
{
	for (size_t i = 0; i < c->n_items; i++)
		if (gv_item_ref_names(ref, c->items[i].id, c->items[i].number)) {
			*id = c->items[i].id;
			return 0;
		}
	return gv_err_set(&ctx->err, GV_ENOTFOUND, "no item %s on the agenda of %s", ref, c->slug);
}

static int motion_number(struct gv_ctx *ctx, const struct gv_live_ctx *c, const char *s,
			 int *k)
{
	char *end;
	long v = strtol(s, &end, 10);
	if (!*s || *end || v < 1 || v > 100000)
		return gv_err_set(&ctx->err, GV_ENOTFOUND,
				  "there is no motion '%s' in %s (motions are numbered 1, 2, ...)",
				  s, c->slug);
	*k = (int)v;
	return 0;
}

/* For an undo: what it voided. */
static void describe_voided(const struct gv_live_ctx *c, const struct gv_live_log *log,
			    int64_t id, struct gv_buf *b)
{
	gv_buf_puts(b, "Undone (kept in the log as a correction): ");
	for (size_t i = 0; i < log->n; i++)
		if (log->ev[i].id == id)
			gv_event_describe_in(b, c, log->ev, i);
}

/* What was recorded, in words; a new motion's number alone last. */
static void say(struct gv_ctx *ctx, const struct gv_live_ctx *c, const struct gv_live_log *log,
		const struct gv_event *e)
{
	struct gv_buf b = GV_BUF_INIT;
	size_t at = log->n;
	for (size_t i = 0; i < log->n; i++)
		if (log->ev[i].id == e->id)
			at = i;
	if (e->kind == EV_UNDO)
		describe_voided(c, log, e->voids, &b);
	else if (at < log->n)
		gv_event_describe_in(&b, c, log->ev, at);
	else
		gv_event_describe(&b, c, e);
	gv_buf_putc(&b, '\n');
	const struct gv_motion *m = gv_live_motion(&log->state, e->motion);
	if (e->kind == EV_VOTE && e->recorded && m)
		gv_live_counts_text(&b, c, m), gv_buf_putc(&b, '\n');
	/* the question of an appeal carried or lost: what it means for the
	 * ruling (docs/procedure.md, "Points of order") */
	if (e->kind == EV_VOTE && m &&
	    (m->result == RESULT_SUSTAINED || m->result == RESULT_OVERTURNED))
		gv_buf_printf(&b, "The ruling of the chair is %s\n", gv_result_name(m->result));
	if (e->kind == EV_MOVE)
		gv_buf_printf(&b, "%d\n", e->motion);
	cmd_emit(ctx, &b);
}

/* At the adjournment, the items the meeting did not deal with: the minutes
 * list them as not dealt with. */
static void name_unreached(struct gv_ctx *ctx, const struct gv_live_ctx *c,
			   const struct gv_live_state *s)
{
	int64_t *ids;
	size_t n = gv_live_unreached(c, s, &ids);
	if (n && ctx->notice) {
		struct gv_buf b = GV_BUF_INIT;
		gv_buf_puts(&b, "not dealt with (the minutes say so): ");
		for (size_t i = 0; i < n; i++) {
			const struct gv_live_item *it = gv_live_item(c, ids[i]);
			gv_buf_printf(&b, "%s%s %s", i ? "; " : "", gv_live_item_label(c, ids[i]),
				      it ? it->title : "?");
		}
		ctx->notice(ctx, gv_buf_str(&b));
		gv_buf_free(&b);
	}
	free(ids);
}

/* A departure that leaves the meeting without quorum: the clerk hears of
 * it at once, since nothing can be moved or voted until it is back
 * (docs/procedure.md, "Quorum"). */
static void quorum_lost(struct gv_ctx *ctx, const struct gv_live_ctx *c,
			const struct gv_live_state *s)
{
	struct gv_quorum q;
	gv_rules_quorum(c, s, NULL, &q);
	if (q.met || !ctx->notice || s->phase == PHASE_NOT_STARTED)
		return;
	char line[200];
	snprintf(line, sizeof line,
		 "quorum lost: %d of %d present, %d needed; nothing can be moved or voted until "
		 "members return", q.present, c->seats, q.needed);
	ctx->notice(ctx, line);
}

/* Adjournment saves the minutes; the adjournment stands even if the save
 * cannot be made, and the clerk is told how to make it. */
static void save_minutes(struct gv_ctx *ctx, const struct gv_live_ctx *c)
{
	bool committed = false;
	struct gv_err why = {0};
	if (gv_minutes_save(ctx->ws, c->meeting_id, NULL, &committed, &why))
		fprintf(ctx->out, "The minutes were not saved (%s): run 'gavel minutes %s save'\n",
			why.msg, c->slug);
	else
		fprintf(ctx->out, "Minutes saved to record/ and confidential/\n");
}

/* Record an event of kind on meeting a->pos[0], made at this moment unless
 * fill (NULL: none) makes it from the arguments: check it against the rules
 * and record it; then the streaming outputs, the hooks and the clerk hear of
 * it, and an adjournment saves the minutes. */
static int live_record(struct gv_ctx *ctx, const struct gv_args *a, enum gv_event_kind kind,
		       cmd_live_fill *fill)
{
	struct gv_live_ctx c;
	if (gv_live_ctx_load(ctx->ws, a->pos[0], &c, &ctx->err))
		return ctx->err.code;
	struct gv_event e;
	gv_event_init(&e, kind);
	e.at = gv_now();
	struct gv_live_log log = {0};
	int rc = fill ? fill(ctx, a, &c, &e) : 0;
	if (!rc)
		rc = gv_minutes_locked(ctx->ws, c.meeting_id, &ctx->err);
	if (!rc)
		rc = gv_live_record(ctx->ws, &c, &log, &e, &ctx->err);
	if (!rc) {
		struct gv_err ignored;
		struct gv_public_view v;
		gv_public_view_make(&c, log.ev, log.n, &v);
		gv_now_playing_write(ctx->ws, &v, &ignored);
		gv_live_hooks_fire(ctx->ws, &v);
		gv_public_view_clear(&v);
		say(ctx, &c, &log, &e);
		if (e.kind == EV_LEAVE)
			quorum_lost(ctx, &c, &log.state);
		if (e.kind == EV_ADJOURN && !log.state.no_quorum)
			name_unreached(ctx, &c, &log.state);
		if (e.kind == EV_ADJOURN)
			save_minutes(ctx, &c);
	}
	gv_live_log_clear(&log);
	gv_event_clear(&e);
	gv_live_ctx_clear(&c);
	return rc;
}

int cmd_live_fill_start(struct gv_ctx *ctx, const struct gv_args *a,
			const struct gv_live_ctx *c, struct gv_event *e)
{
	const char *chair = gv_arg(a, "chair");
	return chair ? gv_live_resolve(c, chair, &e->member_id, &ctx->err) : 0;
}

int cmd_live_fill_attend(struct gv_ctx *ctx, const struct gv_args *a,
			 const struct gv_live_ctx *c, struct gv_event *e)
{
	bool present = gv_flag(a, "present"), remote = gv_flag(a, "remote");
	bool absent = gv_flag(a, "absent"), regrets = gv_flag(a, "regrets");
	if (present + remote + absent + regrets > 1)
		return usage(ctx, a, "give one of --present, --remote, --absent or --regrets");
	if (!present && !remote && !absent && !regrets)
		return usage(ctx, a, "attend needs --present, --remote, --absent or --regrets");
	enum gv_mark mark = present ? MARK_PRESENT
			    : remote ? MARK_REMOTE
			    : absent ? MARK_ABSENT
				     : MARK_REGRETS;
	return gv_live_resolve_marks(c, a->pos[1], mark, e, &ctx->err);
}

int cmd_live_fill_arrive(struct gv_ctx *ctx, const struct gv_args *a,
			 const struct gv_live_ctx *c, struct gv_event *e)
{
	int rc = gv_live_resolve(c, a->pos[1], &e->member_id, &ctx->err);
	if (!rc && gv_flag(a, "remote"))
		gv_event_mark(e, e->member_id, MARK_REMOTE);
	/* staff who come in late are recorded present as at a roll call
	 * (docs/live.md): say how, rather than only that they do not vote */
	struct gv_event staff = {0};
	if (rc == GV_EREFUSED && !gv_live_resolve_marks(c, a->pos[1], MARK_PRESENT, &staff, NULL) &&
	    staff.n_marks && !gv_live_member(c, staff.marks[0].member_id)) {
		const char *name = gv_live_who(c, staff.marks[0].member_id);
		rc = gv_err_set(&ctx->err, GV_EREFUSED,
				"%s is staff, not a voting member: record staff who come in late "
				"as present (gavel live %s attend \"%s\" --present --at T)", name,
				c->slug, name);
	}
	gv_event_clear(&staff);
	return rc;
}

int cmd_live_fill_adjourn(struct gv_ctx *ctx, const struct gv_args *a,
			  const struct gv_live_ctx *c, struct gv_event *e)
{
	(void)c;
	e->force = gv_flag(a, "force");
	if (gv_flag(a, "no-quorum"))
		e->result = gv_strdup("no-quorum");
	if (e->force && e->result)
		return usage(ctx, a, "give --force or --no-quorum, not both");
	return 0;
}

int cmd_live_fill_member(struct gv_ctx *ctx, const struct gv_args *a,
			 const struct gv_live_ctx *c, struct gv_event *e)
{
	return gv_live_resolve(c, a->pos[1], &e->member_id, &ctx->err);
}

int cmd_live_fill_item(struct gv_ctx *ctx, const struct gv_args *a,
		       const struct gv_live_ctx *c, struct gv_event *e)
{
	return find_item(ctx, c, a->pos[1], &e->item_id);
}

int cmd_live_fill_declare(struct gv_ctx *ctx, const struct gv_args *a,
			  const struct gv_live_ctx *c, struct gv_event *e)
{
	const char *item = gv_arg(a, "item"), *reason = gv_arg(a, "reason");
	if (!item)
		return usage(ctx, a, "declare needs --item N");
	e->text = gv_strdup(reason);
	if (gv_live_resolve(c, a->pos[1], &e->member_id, &ctx->err))
		return ctx->err.code;
	return find_item(ctx, c, item, &e->item_id);
}

/* --refer K [--to BODY-OR-TEXT], --defer K [--until M2|DATE], --table K:
 * the motion disposed of, and where to (docs/procedure.md,
 * "Dispositions"). A body named by --to is "the Planning Committee". */
static int fill_disposition(struct gv_ctx *ctx, const struct gv_args *a,
			    const struct gv_live_ctx *c, struct gv_event *e)
{
	const char *refer = gv_arg(a, "refer"), *defer = gv_arg(a, "defer");
	const char *table = gv_arg(a, "table");
	const char *reconsider = gv_arg(a, "reconsider");
	if (!!refer + !!defer + !!table + !!reconsider > 1)
		return usage(ctx, a, "give one of --refer, --defer, --table or --reconsider");
	const char *to = gv_arg(a, "to"), *until = gv_arg(a, "until");
	const char *threshold = gv_arg(a, "threshold");
	if (reconsider) {
		if (to || until || threshold)
			return usage(ctx, a, "a motion to reconsider takes its threshold from "
				     "procedure.reconsider: not with --to, --until or --threshold");
		e->disposition = gv_strdup("reconsider");
		/* one form of each number: "2026-01" is resolution 2026-1 */
		int year, seq;
		char *res = gv_trim(reconsider);
		e->target = gv_live_resolution_parse(res, &year, &seq)
				    ? gv_asprintf("%d-%d", year, seq) : gv_strdup(res);
		free(res);
		return 0;
	}
	const char *which = refer ? "refer" : defer ? "defer" : table ? "table" : NULL;
	const char *k = refer ? refer : defer ? defer : table;
	/* decided by a majority (docs/procedure.md, "Dispositions") */
	if (which && threshold)
		return usage(ctx, a, "a disposition is decided by a majority: not with --threshold");
	if ((to && (!which || strcmp(which, "refer"))) ||
	    (until && (!which || strcmp(which, "defer"))))
		return usage(ctx, a, to ? "--to goes with --refer K" : "--until goes with --defer K");
	if (!which)
		return 0;
	if (gv_arg(a, "amends") || gv_arg(a, "to-close") || gv_flag(a, "direction") ||
	    gv_flag(a, "procedural"))
		return usage(ctx, a, "a disposition is a procedural motion of its own: not with "
			     "--amends, --to-close, --direction or --procedural");
	e->disposition = gv_strdup(which);
	if (motion_number(ctx, c, k, &e->disposes))
		return ctx->err.code;
	if (to) {
		struct gv_body b;
		char *t = gv_trim(to);
		if (!gv_body_find(ctx->ws, t, &b, NULL)) {
			bool the = !strncasecmp(b.name, "the ", 4);
			e->target = gv_asprintf("%s%s", the ? "" : "the ", b.name);
			gv_body_clear(&b);
			free(t);
		} else {
			e->target = t;
		}
	}
	if (!until)
		return 0;
	if (gv_date_valid(until)) {
		e->target = gv_strdup(until);
		return 0;
	}
	struct gv_meeting m;
	if (gv_meeting_find(ctx->ws, until, &m, &ctx->err))
		return gv_err_set(&ctx->err, GV_EREFUSED, "--until %s is neither a meeting nor a "
				  "date (YYYY-MM-DD)", until);
	e->target = gv_strdup(m.slug);
	e->target_meeting_id = m.id;
	e->target_at = m.starts_at;
	e->target_body_id = m.body_id;
	e->target_cancelled = m.cancelled;
	gv_meeting_clear(&m);
	return gv_meeting_held(ctx->ws, e->target_meeting_id, &e->target_held, &ctx->err);
}

/* --bylaw NUM --readings 1,2,3 [--amends-bylaw NUM] [--repeals NUM], or
 * --override-veto NUM, whose threshold the rule fixes: two thirds of all
 * members (docs/bylaws.md). live/bylaw_motion.c checks them against the
 * register. */
static int fill_bylaw(struct gv_ctx *ctx, const struct gv_args *a, struct gv_event *e)
{
	const char *bylaw = gv_arg(a, "bylaw"), *readings = gv_arg(a, "readings");
	const char *amends = gv_arg(a, "amends-bylaw"), *repeals = gv_arg(a, "repeals");
	const char *override = gv_arg(a, "override-veto");
	if (override && (bylaw || readings || amends || repeals))
		return usage(ctx, a, "--override-veto is a motion of its own, without --bylaw");
	if (override) {
		if (e->threshold && strcmp(e->threshold, "members-two-thirds"))
			return usage(ctx, a, "overriding a veto needs two thirds of all members: "
					     "the threshold is fixed (Municipal Act s.284.11)");
		free(e->threshold);
		e->threshold = gv_strdup("members-two-thirds");
		e->override_veto = true;
		e->n_bylaws = 1;
		return gv_bylaw_id(ctx->ws, override, &e->bylaw_ids[0], &ctx->err);
	}
	if (!bylaw && (readings || amends || repeals))
		return usage(ctx, a, "--readings, --amends-bylaw and --repeals need --bylaw NUM");
	if (!bylaw)
		return 0;
	if (!readings)
		return usage(ctx, a, "--bylaw needs --readings (1, 2, 3 or a list: 1,2,3)");
	if (!gv_readings_parse(readings, &e->readings))
		return usage(ctx, a, "--readings is 1, 2, 3 or a list of them such as 1,2,3");
	if ((amends && gv_bylaw_id(ctx->ws, amends, &e->amends_bylaw_id, &ctx->err)) ||
	    (repeals && gv_bylaw_id(ctx->ws, repeals, &e->repeals_bylaw_id, &ctx->err)))
		return ctx->err.code;
	/* one motion may read several by-laws: --bylaw 2026-041,2026-043 */
	char *list = gv_strdup(bylaw), *save = NULL;
	int rc = 0;
	for (char *w = strtok_r(list, ",", &save); w && !rc; w = strtok_r(NULL, ",", &save)) {
		char *num = gv_trim(w);
		int64_t id = 0;
		if (e->n_bylaws == GV_EVENT_BYLAWS)
			rc = usage(ctx, a, "one motion reads at most 8 by-laws");
		else if (!(rc = gv_bylaw_id(ctx->ws, num, &id, &ctx->err)))
			e->bylaw_ids[e->n_bylaws++] = id;
		if (!rc && (id == e->amends_bylaw_id || id == e->repeals_bylaw_id))
			rc = usage(ctx, a, "a by-law cannot amend or repeal itself");
		for (size_t k = 0; !rc && k + 1 < e->n_bylaws; k++)
			if (e->bylaw_ids[k] == id)
				rc = usage(ctx, a, "a by-law is named twice in --bylaw");
		free(num);
	}
	free(list);
	return rc;
}

int cmd_live_fill_move(struct gv_ctx *ctx, const struct gv_args *a,
		       const struct gv_live_ctx *c, struct gv_event *e)
{
	if (fill_disposition(ctx, a, c, e))
		return ctx->err.code;
	const char *mover = gv_arg(a, "mover"), *seconder = gv_arg(a, "seconder");
	const char *amends = gv_arg(a, "amends"), *replace = gv_arg(a, "replace-text");
	if (!mover)
		return usage(ctx, a, "move needs --mover NAME");
	if (gv_flag(a, "direction") && gv_flag(a, "procedural"))
		return usage(ctx, a, "give --direction or --procedural, not both");
	if (replace && !amends)
		return usage(ctx, a, "--replace-text needs --amends K");
	const char *to_close = gv_arg(a, "to-close");
	if (to_close && (gv_flag(a, "direction") || gv_flag(a, "procedural")))
		return usage(ctx, a, "a resolution to close (--to-close) is procedural by nature");
	char clause[32];
	if (to_close && gv_clause_parse(to_close, clause, &ctx->err))
		return ctx->err.code;
	e->clause = to_close ? gv_strdup(clause) : NULL;
	if (amends && motion_number(ctx, c, amends, &e->amends))
		return ctx->err.code;
	e->text = gv_trim(a->pos[1]);
	e->replace_text = replace ? gv_trim(replace) : NULL;
	e->threshold = gv_strdup(gv_arg(a, "threshold"));
	e->motion_kind = gv_strdup(gv_flag(a, "direction")    ? "direction"
				   : gv_flag(a, "procedural") ? "procedural"
							      : NULL);
	if (gv_live_resolve(c, mover, &e->member_id, &ctx->err) ||
	    (seconder && gv_live_resolve(c, seconder, &e->seconder_id, &ctx->err)))
		return ctx->err.code;
	/* nothing is moved while members vote: an amendment moved then would
	 * leave the open vote unclosable (docs/serve.md, "Electronic votes") */
	struct gv_live_state s;
	if (gv_live_state_load(ctx->ws, c, &s, NULL, NULL, &ctx->err))
		return ctx->err.code;
	int open = 0;
	int rc = gv_evote_current(ctx->ws, c, &s, &open, &ctx->err);
	gv_live_state_clear(&s);
	if (rc)
		return rc;
	if (open)
		return gv_err_set(&ctx->err, GV_EREFUSED, "the vote on motion %d is open: close or "
				  "cancel it first (live %s close-vote %d [--cancel])", open,
				  c->slug, open);
	if (fill_bylaw(ctx, a, e))
		return ctx->err.code;
	if (e->disposition && !strcmp(e->disposition, "reconsider"))
		return gv_live_reconsider_lookup(ctx->ws, c, e, &ctx->err);
	return 0;
}

int cmd_live_fill_second(struct gv_ctx *ctx, const struct gv_args *a,
			 const struct gv_live_ctx *c, struct gv_event *e)
{
	if (motion_number(ctx, c, a->pos[1], &e->motion))
		return ctx->err.code;
	return gv_live_resolve(c, a->pos[2], &e->member_id, &ctx->err);
}

int cmd_live_fill_motion(struct gv_ctx *ctx, const struct gv_args *a,
			 const struct gv_live_ctx *c, struct gv_event *e)
{
	return motion_number(ctx, c, a->pos[1], &e->motion);
}

int cmd_live_fill_vote(struct gv_ctx *ctx, const struct gv_args *a,
		       const struct gv_live_ctx *c, struct gv_event *e)
{
	bool carried = gv_flag(a, "carried"), lost = gv_flag(a, "lost");
	bool recorded = gv_flag(a, "recorded");
	bool names = gv_flag(a, "yes") || gv_flag(a, "no") || gv_flag(a, "abstain");
	bool counts = gv_flag(a, "for") || gv_flag(a, "against");
	if (carried && lost)
		return usage(ctx, a, "give --carried or --lost, not both");
	if (!recorded && !carried && !lost)
		return usage(ctx, a, "vote needs --carried, --lost or --recorded");
	if (names && !recorded)
		return usage(ctx, a, "--yes, --no and --abstain name a --recorded vote");
	if (recorded && counts)
		return usage(ctx, a, "a --recorded vote is counted from the names, not --for/--against");
	if (counts && !(gv_flag(a, "for") && gv_flag(a, "against")))
		return usage(ctx, a, "give both --for N and --against N");
	if (motion_number(ctx, c, a->pos[1], &e->motion) ||
	    cmd_int_opt(ctx, a, "for", -1, 0, 1000, &e->yes) ||
	    cmd_int_opt(ctx, a, "against", -1, 0, 1000, &e->no))
		return ctx->err.code;
	e->result = carried ? gv_strdup("carried") : lost ? gv_strdup("lost") : NULL;
	e->recorded = recorded;
	const char *yes = gv_arg(a, "yes"), *no = gv_arg(a, "no"), *abstain = gv_arg(a, "abstain");
	if ((yes && gv_live_resolve_marks(c, yes, MARK_YES, e, &ctx->err)) ||
	    (no && gv_live_resolve_marks(c, no, MARK_NO, e, &ctx->err)) ||
	    (abstain && gv_live_resolve_marks(c, abstain, MARK_ABSTAIN, e, &ctx->err)))
		return ctx->err.code;
	/* with nobody named every member present would be deemed no: a
	 * forgotten --yes is not a unanimous defeat (docs/procedure.md,
	 * "Recorded votes") */
	bool named = false;
	for (size_t i = 0; i < e->n_marks; i++)
		named |= e->marks[i].mark == MARK_YES || e->marks[i].mark == MARK_NO;
	if (recorded && !named)
		return usage(ctx, a, "a --recorded vote needs --yes or --no NAMES");
	return 0;
}

int cmd_live_fill_ruling(struct gv_ctx *ctx, const struct gv_args *a,
			 const struct gv_live_ctx *c, struct gv_event *e)
{
	(void)ctx;
	(void)c;
	e->text = gv_trim(a->pos[1]);
	return 0;
}

/* The question an appeal puts (docs/procedure.md, "Points of order"). */
int cmd_live_fill_appeal(struct gv_ctx *ctx, const struct gv_args *a,
			 const struct gv_live_ctx *c, struct gv_event *e)
{
	const char *mover = gv_arg(a, "mover"), *seconder = gv_arg(a, "seconder");
	if (!mover)
		return usage(ctx, a, "appeal needs --mover NAME");
	e->text = gv_strdup("Shall the ruling of the chair be sustained?");
	e->disposition = gv_strdup("appeal");
	if (gv_live_resolve(c, mover, &e->member_id, &ctx->err) ||
	    (seconder && gv_live_resolve(c, seconder, &e->seconder_id, &ctx->err)))
		return ctx->err.code;
	return 0;
}

int cmd_live_fill_closed(struct gv_ctx *ctx, const struct gv_args *a,
			 const struct gv_live_ctx *c, struct gv_event *e)
{
	(void)c;
	const char *clause = gv_arg(a, "clause");
	if (!clause)
		return usage(ctx, a, "closed session needs --clause CLAUSE (Municipal Act s.239)");
	char canonical[32];
	if (gv_clause_parse(clause, canonical, &ctx->err))
		return ctx->err.code;
	e->clause = gv_strdup(canonical);
	return 0;
}

/* The time of the event (--at, on the meeting's day), then the rest of it as
 * the verb's row says. */
static int fill_timed(struct gv_ctx *ctx, const struct gv_args *a, const struct gv_live_ctx *c,
		      struct gv_event *e)
{
	if (cmd_time_opt(ctx, a, "at", c->starts_at, &e->at))
		return ctx->err.code;
	return a->cmd->live->fill ? a->cmd->live->fill(ctx, a, c, e) : 0;
}

int cmd_live_record(struct gv_ctx *ctx, const struct gv_args *a)
{
	return live_record(ctx, a, a->cmd->live->kind, fill_timed);
}

/* An undo voids the latest event now: it takes no --at. */
int cmd_live_undo(struct gv_ctx *ctx, const struct gv_args *a)
{
	return live_record(ctx, a, EV_UNDO, NULL);
}

/* status and log: the state or the log of the meeting, as text or JSON;
 * without --confidential, of its public view. */
static int show(struct gv_ctx *ctx, const struct gv_args *a, bool events)
{
	struct gv_live_ctx c;
	if (gv_live_ctx_load(ctx->ws, a->pos[0], &c, &ctx->err))
		return ctx->err.code;
	struct gv_live_log log = {0};
	struct gv_notice_given *nt = NULL;
	size_t n_nt = 0;
	int rc = gv_live_log_load(ctx->ws, &c, &log, &ctx->err);
	if (!rc && events)
		rc = gv_notices_given(ctx->ws, c.meeting_id, &nt, &n_nt, &ctx->err);
	if (!rc && events && !gv_flag(a, "confidential"))
		gv_notices_given_make_public(nt, n_nt);
	if (!rc) {
		bool confidential = gv_flag(a, "confidential");
		struct gv_public_view v = {0};
		if (!confidential)
			gv_public_view_make(&c, log.ev, log.n, &v);
		const struct gv_live_ctx *vc = confidential ? &c : &v.ctx;
		const struct gv_event *ev = confidential ? log.ev : v.ev;
		const struct gv_live_state *s = confidential ? &log.state : &v.state;
		struct gv_buf out = GV_BUF_INIT;
		struct gv_json j;
		gv_json_init(&j, &out, true);
		if (!gv_flag(a, "json") && events)
			gv_live_log_text(&out, vc, ev, log.n, nt, n_nt, confidential);
		else if (!gv_flag(a, "json"))
			gv_live_status_text(&out, vc, s, confidential);
		else if (events)
			gv_live_log_json(&j, vc, ev, log.n, nt, n_nt, confidential);
		else
			gv_json_obj(&j), gv_live_status_json_fields(&j, vc, s, confidential);
		/* the electronic vote and the speakers' list (cmd_council.c) */
		if (!events && !gv_flag(a, "json"))
			rc = cmd_council_status_text(ctx, &c, &log.state, &out);
		else if (!events)
			rc = cmd_council_status_json(ctx, &c, &log.state, &j), gv_json_obj_end(&j);
		if (gv_flag(a, "json"))
			gv_buf_putc(&out, '\n');
		if (!rc)
			cmd_emit(ctx, &out);
		else
			gv_buf_free(&out);
		gv_public_view_clear(&v);
	}
	gv_notices_given_free(nt, n_nt);
	gv_live_log_clear(&log);
	gv_live_ctx_clear(&c);
	return rc;
}

int cmd_live_status(struct gv_ctx *ctx, const struct gv_args *a)
{
	return show(ctx, a, false);
}

int cmd_live_log(struct gv_ctx *ctx, const struct gv_args *a)
{
	return show(ctx, a, true);
}
