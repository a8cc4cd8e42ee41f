/* action add|list|done, live M notice (docs/bylaws.md) */
#include "cmd/cmd.h"
#include "cmd/handlers.h"
#include "cmd/util.h"

#include "agenda/action.h"
#include "agenda/meeting.h"
#include "agenda/member.h"
#include "agenda/notice.h"
#include "live/live.h"
#include "live/notice_items.h"
#include "base/buf.h"
#include "base/clock.h"
#include "base/json.h"
#include "base/text.h"
#include "store/workspace.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int cmd_action_add(struct gv_ctx *ctx, const struct gv_args *a)
{
	const char *to = gv_arg(a, "to"), *due = gv_arg(a, "due");
	if (!to || !due)
		return gv_err_set(&ctx->err, GV_EUSAGE, "an action needs --to WHO and --due DATE");
	char *text = gv_trim(a->pos[1]), *who = gv_trim(to);
	int64_t id;
	int rc = gv_action_add(ctx->ws, a->pos[0], who, due, text, &id, &ctx->err);
	if (!rc)
		fprintf(ctx->out, "%lld\n", (long long)id);
	free(text);
	free(who);
	return rc;
}

int cmd_action_list(struct gv_ctx *ctx, const struct gv_args *a)
{
	bool overdue = gv_flag(a, "overdue");
	struct gv_action *l;
	size_t n;
	if (gv_action_list(ctx->ws, gv_flag(a, "open") || overdue, false, &l, &n, &ctx->err))
		return ctx->err.code;
	char today[11];
	gv_today(today);
	struct gv_buf out = GV_BUF_INIT;
	struct gv_json j;
	bool json = gv_flag(a, "json");
	if (json) {
		gv_json_init(&j, &out, true);
		gv_json_arr(&j);
	}
	size_t shown = 0;
	for (size_t i = 0; i < n; i++) {
		bool late = gv_action_overdue(&l[i], today);
		if (overdue && !late)
			continue;
		shown++;
		if (json) {
			gv_json_obj(&j);
			gv_json_kint(&j, "id", l[i].id);
			gv_json_kstr(&j, "resolution", l[i].res);
			gv_json_kstr(&j, "meeting", l[i].meeting);
			gv_json_kstr(&j, "to", l[i].assignee);
			gv_json_kstr(&j, "due", l[i].due);
			gv_json_kstr(&j, "text", l[i].text);
			gv_json_kstr(&j, "done_on", l[i].done_on);
			gv_json_kstr(&j, "note", l[i].note);
			gv_json_kbool(&j, "overdue", late);
			gv_json_kbool(&j, "confidential", l[i].confidential);
			gv_json_obj_end(&j);
			continue;
		}
		gv_buf_printf(&out, "%3lld  due %s  %-8s %s: %s (Resolution %s)%s\n",
			      (long long)l[i].id, l[i].due,
			      l[i].done_on ? "done" : late ? "OVERDUE" : "open", l[i].assignee,
			      l[i].text, l[i].res, l[i].confidential ? " [closed session]" : "");
		if (l[i].done_on)
			gv_buf_printf(&out, "     done %s%s%s\n", l[i].done_on, l[i].note ? ": " : "",
				      l[i].note ? l[i].note : "");
	}
	if (json)
		gv_json_arr_end(&j);
	else if (!shown)
		gv_buf_puts(&out, "No actions.\n");
	cmd_emit(ctx, &out);
	gv_actions_free(l, n);
	return 0;
}

int cmd_action_done(struct gv_ctx *ctx, const struct gv_args *a)
{
	char *end;
	long long id = strtoll(a->pos[0], &end, 10);
	if (!*a->pos[0] || *end || id < 1)
		return gv_err_set(&ctx->err, GV_EREFUSED, "'%s' is not an action number", a->pos[0]);
	const char *on = gv_arg(a, "on");
	char today[11];
	gv_today(today);
	if (on && !gv_date_valid(on))
		return gv_err_set(&ctx->err, GV_EREFUSED, "--on %s is not a date (YYYY-MM-DD)", on);
	const char *note = gv_arg(a, "note");
	char *n = note ? gv_trim(note) : NULL;
	int rc = gv_action_done(ctx->ws, id, on ? on : today, n, &ctx->err);
	free(n);
	if (!rc)
		fprintf(ctx->out, "Action %lld done on %s\n", id, on ? on : today);
	return rc;
}

/* The notice may be given at `at` (the meeting sits in open session), and
 * the item of the notices section before the meeting then whose notice it
 * is (gv_live_notice_item_of), if any. */
static int notice_item_now(struct gv_ctx *ctx, const struct gv_meeting *m, int64_t at,
			   int64_t mover_id, int64_t *item)
{
	struct gv_live_ctx c;
	struct gv_live_state s;
	*item = 0;
	if (gv_live_ctx_load(ctx->ws, m->slug, &c, &ctx->err))
		return ctx->err.code;
	int rc = gv_live_state_load(ctx->ws, &c, &s, NULL, NULL, &ctx->err);
	if (!rc) {
		rc = gv_live_notice_check(&c, &s, at, &ctx->err);
		if (!rc)
			rc = gv_live_notice_item_of(ctx->ws, &c, &s, mover_id, item, &ctx->err);
		gv_live_state_clear(&s);
	}
	gv_live_ctx_clear(&c);
	return rc;
}

int cmd_live_notice(struct gv_ctx *ctx, const struct gv_args *a)
{
	const char *mover = gv_arg(a, "mover");
	if (!mover)
		return gv_err_set(&ctx->err, GV_EUSAGE, "a notice of motion needs --mover NAME");
	struct gv_meeting m;
	if (gv_meeting_find(ctx->ws, a->pos[0], &m, &ctx->err))
		return ctx->err.code;
	int64_t mover_id, at = gv_now();
	char placed[96];
	char *text = gv_trim(a->pos[1]);
	int rc = gv_member_resolve(ctx->ws, mover, m.body_id, &mover_id, &ctx->err);
	if (!rc && gv_arg(a, "at"))
		rc = cmd_time_opt(ctx, a, "at", m.starts_at, &at);
	/* given by its mover while an item of the notices section is before
	 * the meeting, the notice is that item's: the adjournment does not give
	 * it again */
	int64_t source = 0;
	if (!rc)
		rc = notice_item_now(ctx, &m, at, mover_id, &source);
	if (!rc)
		rc = gv_notice_add(ctx->ws, m.id, mover_id, text, at, source, placed, &ctx->err);
	if (!rc && *placed)
		fprintf(ctx->out, "Notice of motion recorded; on the agenda of %s\n", placed);
	else if (!rc)
		fprintf(ctx->out, "Notice of motion recorded; it goes on the agenda of the next "
				  "meeting of %s\n", m.body_name);
	free(text);
	gv_meeting_clear(&m);
	return rc;
}
