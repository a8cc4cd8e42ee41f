/* Councillors at their own terminals (docs/serve.md): the clerk links a
 * login to a member, opens and closes electronic votes and keeps the
 * speakers' list; a member, through gavel serve (ctx->member_id), casts
 * their own vote, asks to speak and keeps private annotations. */
#include "cmd/cmd.h"
#include "cmd/handlers.h"
#include "cmd/util.h"

#include "agenda/annotation.h"
#include "agenda/item_ref.h"
#include "agenda/login.h"
#include "base/buf.h"
#include "base/clock.h"
#include "base/json.h"
#include "base/text.h"
#include "live/evote.h"
#include "live/live.h"
#include "live/public_view.h"
#include "live/speakers.h"
#include "store/db.h"
#include "store/settings.h"
#include "streaming-hooks/now_playing.h"
#include "store/workspace.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int motion_arg(struct gv_ctx *ctx, const struct gv_live_ctx *c, const char *s, int *k)
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

/* The member's own commands run only through gavel serve, which knows who
 * is asking (docs/serve.md, "Who is asking"). */
static int member_only(struct gv_ctx *ctx, const struct gv_args *a)
{
	if (ctx->member_id)
		return 0;
	return gv_err_set(&ctx->err, GV_EREFUSED,
			  "'%s' is a member's own command: a councillor runs it as their login "
			  "through the server (gavel --server SOCKET %s ...)",
			  a->cmd->name, a->cmd->name);
}

/* The meeting a->pos[0] and its log, for the commands below. */
static int load(struct gv_ctx *ctx, const char *ref, struct gv_live_ctx *c,
		struct gv_live_log *log)
{
	memset(log, 0, sizeof *log);
	if (gv_live_ctx_load(ctx->ws, ref, c, &ctx->err))
		return ctx->err.code;
	if (gv_live_log_load(ctx->ws, c, log, &ctx->err)) {
		gv_live_ctx_clear(c);
		return ctx->err.code;
	}
	return 0;
}

static void unload(struct gv_live_ctx *c, struct gv_live_log *log)
{
	gv_live_log_clear(log);
	gv_live_ctx_clear(c);
}

int cmd_member_link(struct gv_ctx *ctx, const struct gv_args *a)
{
	const char *login = gv_arg(a, "user");
	if (!login)
		return gv_err_set(&ctx->err, GV_EUSAGE, "member link needs --user LOGIN; see "
				  "'gavel help member link'");
	if (gv_login_link(ctx->ws, a->pos[0], login, &ctx->err))
		return ctx->err.code;
	int64_t id;
	const char *name = a->pos[0];
	char *full = NULL;
	if (!gv_login_member(ctx->ws, login, &id, &ctx->err)) {
		sqlite3_stmt *st;
		if (!gv_db_prepare(ctx->ws->db, "SELECT name FROM members WHERE id = ?", &st,
				   &ctx->err)) {
			sqlite3_bind_int64(st, 1, id);
			if (sqlite3_step(st) == SQLITE_ROW)
				full = gv_db_text(st, 0);
			sqlite3_finalize(st);
		}
	}
	fprintf(ctx->out, "The login %s is %s's\n", login, full ? full : name);
	free(full);
	return 0;
}

int cmd_cast(struct gv_ctx *ctx, const struct gv_args *a)
{
	if (member_only(ctx, a))
		return ctx->err.code;
	/* the vote still open and the ballot taken under one write lock: a
	 * close recorded meanwhile (the clerk's command line beside the
	 * server) refuses it rather than leave it uncounted */
	if (gv_db_begin(ctx->ws->db, &ctx->err))
		return ctx->err.code;
	struct gv_live_ctx c;
	struct gv_live_log log;
	if (load(ctx, a->pos[0], &c, &log)) {
		gv_db_rollback(ctx->ws->db);
		return ctx->err.code;
	}
	int k;
	int rc = motion_arg(ctx, &c, a->pos[1], &k);
	if (!rc)
		rc = gv_evote_cast(ctx->ws, &c, &log, ctx->member_id, k, a->pos[2], &ctx->err);
	rc = gv_db_end(ctx->ws->db, rc, &ctx->err);
	if (!rc)
		fprintf(ctx->out, "Your vote on motion %d: %s (you may change it until the vote "
			"closes)\n", k, a->pos[2]);
	unload(&c, &log);
	return rc;
}

int cmd_speak(struct gv_ctx *ctx, const struct gv_args *a)
{
	if (member_only(ctx, a))
		return ctx->err.code;
	struct gv_live_ctx c;
	struct gv_live_log log;
	if (load(ctx, a->pos[0], &c, &log))
		return ctx->err.code;
	int rc;
	if (gv_flag(a, "withdraw")) {
		rc = gv_speakers_withdraw(ctx->ws, c.meeting_id, ctx->member_id, &ctx->err);
		if (!rc)
			fprintf(ctx->out, "Your request to speak is withdrawn\n");
	} else {
		rc = gv_speakers_may_speak(&c, &log.state, ctx->member_id, &ctx->err);
		if (!rc)
			rc = gv_speakers_add(ctx->ws, c.meeting_id, ctx->member_id, &ctx->err);
		if (!rc)
			fprintf(ctx->out, "You are on the speakers' list\n");
	}
	unload(&c, &log);
	return rc;
}

static const struct gv_live_item *item_of(struct gv_ctx *ctx, const struct gv_live_ctx *c,
					  const char *ref)
{
	for (size_t i = 0; i < c->n_items; i++)
		if (gv_item_ref_names(ref, c->items[i].id, c->items[i].number))
			return &c->items[i];
	gv_err_set(&ctx->err, GV_ENOTFOUND, "no item %s on the agenda of %s", ref, c->slug);
	return NULL;
}

int cmd_annotate(struct gv_ctx *ctx, const struct gv_args *a)
{
	if (member_only(ctx, a))
		return ctx->err.code;
	struct gv_live_ctx c;
	if (gv_live_ctx_load(ctx->ws, a->pos[0], &c, &ctx->err))
		return ctx->err.code;
	const struct gv_live_item *it = item_of(ctx, &c, a->pos[1]);
	int rc = it ? gv_annotation_set(ctx->ws, ctx->member_id, it->id, a->pos[2], &ctx->err)
		    : ctx->err.code;
	if (!rc)
		fprintf(ctx->out, *a->pos[2] ? "Your annotation on item %s is saved\n"
					     : "Your annotation on item %s is removed\n",
			it->number);
	gv_live_ctx_clear(&c);
	return rc;
}

int cmd_annotations(struct gv_ctx *ctx, const struct gv_args *a)
{
	if (member_only(ctx, a))
		return ctx->err.code;
	struct gv_live_ctx only = {0};
	if (a->npos && gv_live_ctx_load(ctx->ws, a->pos[0], &only, &ctx->err))
		return ctx->err.code;
	struct gv_annotation *an;
	size_t n;
	int rc = gv_annotation_list(ctx->ws, ctx->member_id, a->npos ? only.meeting_id : 0, &an, &n,
				    &ctx->err);
	gv_live_ctx_clear(&only);
	if (rc)
		return rc;
	bool json = gv_flag(a, "json");
	struct gv_buf out = GV_BUF_INIT;
	struct gv_json j;
	gv_json_init(&j, &out, true);
	if (json)
		gv_json_arr(&j);
	/* each meeting's context once, for its slug and item numbers */
	struct gv_live_ctx c = {0};
	for (size_t i = 0; i < n && !rc; i++) {
		if (c.meeting_id != an[i].meeting_id) {
			gv_live_ctx_clear(&c);
			char ref[32];
			snprintf(ref, sizeof ref, "%lld", (long long)an[i].meeting_id);
			if ((rc = gv_live_ctx_load(ctx->ws, ref, &c, &ctx->err)))
				break;
		}
		const struct gv_live_item *it = gv_live_item(&c, an[i].item_id);
		const char *number = it ? it->number : "?";
		if (json) {
			gv_json_obj(&j);
			gv_json_kstr(&j, "meeting", c.slug);
			gv_json_kstr(&j, "item", number);
			gv_json_kstr(&j, "title", it ? it->title : NULL);
			gv_json_kstr(&j, "text", an[i].text);
			gv_json_kint(&j, "updated", an[i].updated_at);
			gv_json_obj_end(&j);
		} else {
			gv_buf_printf(&out, "%s %s  %s\n  %s\n", c.slug, number, it ? it->title : "",
				      an[i].text);
		}
	}
	gv_live_ctx_clear(&c);
	if (json) {
		gv_json_arr_end(&j);
		gv_buf_putc(&out, '\n');
	}
	if (!rc)
		cmd_emit(ctx, &out);
	else
		gv_buf_free(&out);
	gv_annotations_free(an, n);
	return rc;
}

static int evote_open(struct gv_ctx *ctx, const struct gv_args *a)
{
	if (gv_flag(a, "carried") || gv_flag(a, "lost") || gv_flag(a, "recorded"))
		return gv_err_set(&ctx->err, GV_EUSAGE, "--electronic takes the votes from the "
				  "members' terminals: not with --carried, --lost or --recorded");
	struct gv_live_ctx c;
	struct gv_live_log log;
	if (load(ctx, a->pos[0], &c, &log))
		return ctx->err.code;
	int k;
	int64_t at;
	int rc = motion_arg(ctx, &c, a->pos[1], &k);
	if (!rc)
		rc = cmd_time_opt(ctx, a, "at", c.starts_at, &at);
	if (!rc)
		rc = gv_evote_open(ctx->ws, &c, &log, k, at, &ctx->err);
	if (!rc)
		fprintf(ctx->out, "Electronic vote open on motion %d: members vote at their "
			"terminals; close it with live %s close-vote %d\n", k, c.slug, k);
	unload(&c, &log);
	return rc;
}

int cmd_live_vote(struct gv_ctx *ctx, const struct gv_args *a)
{
	return gv_flag(a, "electronic") ? evote_open(ctx, a) : cmd_live_record(ctx, a);
}

/* live M close-vote K [--cancel]: --cancel discards the ballots and records
 * no vote (the motion stays on the floor). */
int cmd_live_close_vote(struct gv_ctx *ctx, const struct gv_args *a)
{
	if (!gv_flag(a, "cancel"))
		return cmd_live_record(ctx, a);
	if (gv_arg(a, "at"))
		return gv_err_set(&ctx->err, GV_EUSAGE, "--cancel records nothing: not with --at");
	struct gv_live_ctx c;
	struct gv_live_log log;
	if (load(ctx, a->pos[0], &c, &log))
		return ctx->err.code;
	int k;
	int rc = motion_arg(ctx, &c, a->pos[1], &k);
	if (!rc)
		rc = gv_evote_cancel(ctx->ws, &c, &log.state, k, &ctx->err);
	if (!rc)
		fprintf(ctx->out, "Electronic vote on motion %d cancelled: its ballots are discarded "
			"and no vote is recorded\n", k);
	unload(&c, &log);
	return rc;
}

int cmd_live_fill_close_vote(struct gv_ctx *ctx, const struct gv_args *a,
			     const struct gv_live_ctx *c, struct gv_event *e)
{
	int k;
	if (motion_arg(ctx, c, a->pos[1], &k))
		return ctx->err.code;
	struct gv_live_state s;
	if (gv_live_state_load(ctx->ws, c, &s, NULL, NULL, &ctx->err))
		return ctx->err.code;
	int rc = gv_evote_close(ctx->ws, c, &s, k, e, &ctx->err);
	e->from_ballots = true;
	gv_live_state_clear(&s);
	return rc;
}

static void clock_left(struct gv_buf *b, int64_t left)
{
	int64_t t = left < 0 ? -left : left;
	gv_buf_printf(b, "%lld:%02lld %s", (long long)(t / 60), (long long)(t % 60),
		      left < 0 ? "over" : "left");
}

static void speakers_text(struct gv_buf *out, const struct gv_live_ctx *c,
			  const struct gv_speakers *sp)
{
	if (sp->current.member_id) {
		gv_buf_printf(out, "Speaking: %s (", gv_live_who(c, sp->current.member_id));
		clock_left(out, gv_speakers_left(sp, gv_now()));
		gv_buf_add(out, ")\n", 2);
	}
	if (sp->n_waiting) {
		gv_buf_printf(out, "Waiting to speak:");
		for (size_t i = 0; i < sp->n_waiting; i++)
			gv_buf_printf(out, "%s %zu. %s", i ? "," : "", i + 1,
				      gv_live_who(c, sp->waiting[i].member_id));
		gv_buf_putc(out, '\n');
	}
}

static void speakers_json(struct gv_json *j, const struct gv_live_ctx *c,
			  const struct gv_speakers *sp)
{
	gv_json_obj(j);
	gv_json_kstr(j, "speaking", sp->current.member_id ? gv_live_who(c, sp->current.member_id)
							  : NULL);
	if (sp->current.member_id)
		gv_json_kint(j, "seconds_left", gv_speakers_left(sp, gv_now()));
	else
		gv_json_key(j, "seconds_left"), gv_json_null(j);
	gv_json_kint(j, "speaking_time", sp->speaking_time);
	gv_json_key(j, "waiting");
	gv_json_arr(j);
	for (size_t i = 0; i < sp->n_waiting; i++)
		gv_json_str(j, gv_live_who(c, sp->waiting[i].member_id));
	gv_json_arr_end(j);
	gv_json_obj_end(j);
}

/* live/now.json names the speaker and when their time ends: written again
 * when the speaker changes (a failure never fails the clerk's action). */
static void now_playing(struct gv_ctx *ctx, const struct gv_live_ctx *c)
{
	struct gv_live_state s;
	struct gv_event *ev = NULL;
	size_t n = 0;
	struct gv_err ignored;
	if (gv_live_state_load(ctx->ws, c, &s, &ev, &n, &ignored))
		return;
	struct gv_public_view v;
	gv_public_view_make(c, ev, n, &v);
	gv_now_playing_write(ctx->ws, &v, &ignored);
	gv_public_view_clear(&v);
	gv_live_state_clear(&s);
	gv_events_free(ev, n);
}

int cmd_live_speakers(struct gv_ctx *ctx, const struct gv_args *a)
{
	const char *verb = a->pos[1];
	bool add = !strcmp(verb, "add"), next = !strcmp(verb, "next");
	bool remove = !strcmp(verb, "remove");
	bool up = !strcmp(verb, "up"), down = !strcmp(verb, "down");
	bool done = !strcmp(verb, "done"), list = !strcmp(verb, "list");
	if (!add && !remove && !up && !down && !next && !done && !list)
		return gv_err_set(&ctx->err, GV_EUSAGE, "'%s' is not add, remove, up, down, next, "
				  "done or list; see 'gavel help live speakers'", verb);
	bool named = add || remove || up || down;
	if (named && a->npos != 3)
		return gv_err_set(&ctx->err, GV_EUSAGE, "speakers %s needs a NAME; see 'gavel help "
				  "live speakers'", verb);
	if (!named && a->npos == 3)
		return gv_err_set(&ctx->err, GV_EUSAGE, "unexpected argument '%s'; see 'gavel help "
				  "live speakers'", a->pos[2]);
	struct gv_live_ctx c;
	struct gv_live_log log;
	if (load(ctx, a->pos[0], &c, &log))
		return ctx->err.code;
	int rc = 0;
	int64_t who = 0;
	if (named && !(rc = gv_live_resolve(&c, a->pos[2], &who, &ctx->err)) && add)
		rc = gv_speakers_may_speak(&c, &log.state, who, &ctx->err);
	if (named && !rc)
		rc = add      ? gv_speakers_add(ctx->ws, c.meeting_id, who, &ctx->err)
		     : remove ? gv_speakers_remove(ctx->ws, c.meeting_id, who, &ctx->err)
			      : gv_speakers_swap(ctx->ws, c.meeting_id, who, up, &ctx->err);
	/* the next waiting must be able to take the floor: refused with why */
	if (next && !rc) {
		struct gv_speakers waiting;
		if (!(rc = gv_speakers_load(ctx->ws, c.meeting_id, &waiting, &ctx->err))) {
			if (waiting.n_waiting)
				rc = gv_speakers_may_speak(&c, &log.state, waiting.waiting[0].member_id,
							   &ctx->err);
			gv_speakers_clear(&waiting);
		}
	}
	if ((next || done) && !rc)
		rc = gv_speakers_advance(ctx->ws, c.meeting_id, next, &who, &ctx->err);
	if (!rc && (next || done || remove))
		now_playing(ctx, &c);
	struct gv_speakers sp;
	if (!rc)
		rc = gv_speakers_load(ctx->ws, c.meeting_id, &sp, &ctx->err);
	if (!rc) {
		struct gv_buf out = GV_BUF_INIT;
		if (list && gv_flag(a, "json")) {
			struct gv_json j;
			gv_json_init(&j, &out, true);
			speakers_json(&j, &c, &sp);
			gv_buf_putc(&out, '\n');
		} else {
			if (next && !who)
				gv_buf_printf(&out, "Nobody is waiting to speak\n");
			speakers_text(&out, &c, &sp);
			if (list && !sp.current.member_id && !sp.n_waiting)
				gv_buf_printf(&out, "The speakers' list is empty\n");
		}
		cmd_emit(ctx, &out);
		gv_speakers_clear(&sp);
	}
	unload(&c, &log);
	return rc;
}

/* What live M status adds: the electronic vote open (who has voted, and
 * how unless vote.secret-until-close) and the speakers' list. */
struct council_status {
	int motion;
	struct gv_ballot *ballots;
	size_t n_ballots;
	bool secret;
	struct gv_speakers sp;
};

static int status_load(struct gv_ctx *ctx, const struct gv_live_ctx *c,
		       const struct gv_live_state *s, struct council_status *cs)
{
	memset(cs, 0, sizeof *cs);
	if (gv_evote_current(ctx->ws, c, s, &cs->motion, &ctx->err) ||
	    (cs->motion &&
	     gv_evote_ballots(ctx->ws, c, cs->motion, &cs->ballots, &cs->n_ballots, &ctx->err)) ||
	    gv_speakers_load(ctx->ws, c->meeting_id, &cs->sp, &ctx->err)) {
		free(cs->ballots);
		cs->ballots = NULL;
		cs->n_ballots = 0;
		return GV_EIO;
	}
	char *secret = gv_setting_get(ctx->ws->db, "vote.secret-until-close");
	cs->secret = !secret || strcmp(secret, "no");
	free(secret);
	return 0;
}

/* The member asking's own ballot on the open vote (NULL: none, or the
 * clerk asks): a vote kept secret from the others is never secret from the
 * one who cast it, at another terminal or after connecting again
 * (docs/serve.md, "Electronic votes"). */
static const char *own_ballot(const struct gv_ctx *ctx, const struct council_status *cs)
{
	for (size_t i = 0; ctx->member_id && i < cs->n_ballots; i++)
		if (cs->ballots[i].member_id == ctx->member_id)
			return gv_mark_name(cs->ballots[i].mark);
	return NULL;
}

int cmd_council_status_text(struct gv_ctx *ctx, const struct gv_live_ctx *c,
			    const struct gv_live_state *s, struct gv_buf *out)
{
	struct council_status cs;
	if (status_load(ctx, c, s, &cs))
		return ctx->err.code;
	if (cs.motion) {
		gv_buf_printf(out, "Electronic vote on motion %d: %zu voted", cs.motion,
			      cs.n_ballots);
		for (size_t i = 0; i < cs.n_ballots; i++) {
			gv_buf_printf(out, "%s %s", i ? "," : ":", gv_live_who(c, cs.ballots[i].member_id));
			if (!cs.secret)
				gv_buf_printf(out, " %s", gv_mark_name(cs.ballots[i].mark));
		}
		gv_buf_putc(out, '\n');
		const char *mine = own_ballot(ctx, &cs);
		if (mine)
			gv_buf_printf(out, "Your vote: %s (you may change it until the vote closes)\n",
				      mine);
		else if (ctx->member_id)
			gv_buf_printf(out, "You have not voted\n");
	}
	speakers_text(out, c, &cs.sp);
	free(cs.ballots);
	gv_speakers_clear(&cs.sp);
	return 0;
}

int cmd_council_status_json(struct gv_ctx *ctx, const struct gv_live_ctx *c,
			    const struct gv_live_state *s, struct gv_json *j)
{
	struct council_status cs;
	if (status_load(ctx, c, s, &cs))
		return ctx->err.code;
	gv_json_key(j, "electronic_vote");
	if (!cs.motion) {
		gv_json_null(j);
	} else {
		gv_json_obj(j);
		gv_json_kint(j, "motion", cs.motion);
		gv_json_kbool(j, "secret", cs.secret);
		gv_json_key(j, "voted");
		gv_json_arr(j);
		for (size_t i = 0; i < cs.n_ballots; i++) {
			gv_json_obj(j);
			gv_json_kstr(j, "member", gv_live_who(c, cs.ballots[i].member_id));
			if (!cs.secret)
				gv_json_kstr(j, "vote", gv_mark_name(cs.ballots[i].mark));
			gv_json_obj_end(j);
		}
		gv_json_arr_end(j);
		gv_json_kstr(j, "mine", own_ballot(ctx, &cs));
		gv_json_obj_end(j);
	}
	gv_json_key(j, "speakers");
	speakers_json(j, c, &cs.sp);
	free(cs.ballots);
	gv_speakers_clear(&cs.sp);
	return 0;
}

int cmd_serve(struct gv_ctx *ctx, const struct gv_args *a)
{
	if (!ctx->serve || ctx->member_id || ctx->in_tui)
		return gv_err_set(&ctx->err, GV_EREFUSED, "gavel serve runs from the command line");
	return ctx->serve(ctx, gv_arg(a, "socket"));
}
