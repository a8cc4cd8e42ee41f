/* bylaw reserve|list|show|sign, mayor decision|veto (docs/bylaws.md) */
#include "cmd/cmd.h"
#include "cmd/handlers.h"
#include "cmd/util.h"

#include "agenda/bylaw.h"
#include "agenda/mayor.h"
#include "agenda/member.h"
#include "base/buf.h"
#include "base/clock.h"
#include "base/json.h"
#include "base/text.h"
#include "store/settings.h"
#include "store/workspace.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* --on DATE, else today */
static int date_opt(struct gv_ctx *ctx, const struct gv_args *a, char out[11])
{
	const char *on = gv_arg(a, "on");
	if (on && !gv_date_valid(on))
		return gv_err_set(&ctx->err, GV_EREFUSED, "--on %s is not a date (YYYY-MM-DD)", on);
	if (on)
		snprintf(out, 11, "%s", on);
	else
		gv_today(out);
	return 0;
}

int cmd_bylaw_reserve(struct gv_ctx *ctx, const struct gv_args *a)
{
	const char *title = gv_arg(a, "title");
	if (title && gv_check_line(title, "by-law title", 500, &ctx->err))
		return ctx->err.code;
	char today[11];
	gv_today(today);
	int year = atoi(today);
	const char *number = a->npos ? a->pos[0] : NULL;
	/* a number of another year is that year's */
	if (number && strlen(number) >= 4 && number[0] >= '1' && number[0] <= '9')
		year = atoi(number) > 999 ? atoi(number) : year;
	char *t = title ? gv_trim(title) : NULL, *out;
	if (gv_flag(a, "start") && !number)
		return gv_err_set(&ctx->err, GV_EUSAGE,
				  "--start needs the NUMBER the year's register begins at");
	int rc = gv_bylaw_reserve(ctx->ws, year, number, gv_flag(a, "start"), t && *t ? t : NULL,
				  &out, &ctx->err);
	free(t);
	if (rc)
		return rc;
	fprintf(ctx->out, "%s\n", out);
	free(out);
	return 0;
}

static void step_json(struct gv_json *j, const char *key, const struct gv_bylaw_step *s)
{
	gv_json_key(j, key);
	if (!s) {
		gv_json_null(j);
		return;
	}
	gv_json_obj(j);
	gv_json_kstr(j, "date", s->date);
	gv_json_kstr(j, "meeting", s->meeting);
	gv_json_kstr(j, "meeting_name", s->meeting_name);
	gv_json_kstr(j, "resolution", *s->res ? s->res : NULL);
	gv_json_obj_end(j);
}

static void bylaw_json(struct gv_json *j, const struct gv_bylaw *b)
{
	gv_json_obj(j);
	gv_json_kstr(j, "number", b->number);
	gv_json_kstr(j, "title", b->title);
	gv_json_kstr(j, "status", gv_bylaw_status(b));
	gv_json_kstr(j, "status_date", gv_bylaw_status_date(b));
	gv_json_key(j, "readings");
	gv_json_arr(j);
	for (size_t k = 0; k < b->n_steps; k++) {
		const struct gv_bylaw_step *s = &b->steps[k];
		char w[40];
		gv_readings_words(s->readings, w);
		gv_json_obj(j);
		gv_json_kstr(j, "readings", s->override ? "override of the veto" : w);
		gv_json_kstr(j, "date", s->date);
		gv_json_kstr(j, "meeting", s->meeting);
		gv_json_kstr(j, "resolution", *s->res ? s->res : NULL);
		gv_json_obj_end(j);
	}
	gv_json_arr_end(j);
	/* passed: the third reading carried; enacted: passed and in force,
	 * which a by-law under a veto is not (docs/bylaws.md) */
	step_json(j, "passed", b->enacted);
	step_json(j, "enacted", gv_bylaw_vetoed(b) ? NULL : b->enacted);
	gv_json_kstr(j, "signed_on", b->signed_on);
	gv_json_kstr(j, "signed_head", b->signed_head);
	gv_json_kstr(j, "signed_clerk", b->signed_clerk);
	gv_json_kstr(j, "amends", b->amends);
	gv_json_kstr(j, "repeals", b->repeals);
	gv_json_kstr(j, "amended_by", b->amended_by);
	gv_json_kstr(j, "repealed_by", b->repealed_by);
	gv_json_kstr(j, "repealed_on", b->n_repeals_of ? b->repeals_of[0].date : NULL);
	gv_bylaw_changes_json(j, "amendments", b->amendments, b->n_amendments);
	gv_json_kstr(j, "vetoed_on", b->vetoed_on);
	gv_json_kstr(j, "veto_reasons", b->veto_reasons);
	step_json(j, "veto_overridden", b->overridden);
	gv_json_obj_end(j);
}

int cmd_bylaw_list(struct gv_ctx *ctx, const struct gv_args *a)
{
	struct gv_bylaw *b;
	size_t n;
	if (gv_bylaw_list(ctx->ws, 0, &b, &n, &ctx->err))
		return ctx->err.code;
	struct gv_buf out = GV_BUF_INIT;
	if (gv_flag(a, "json")) {
		struct gv_json j;
		gv_json_init(&j, &out, true);
		gv_json_arr(&j);
		for (size_t i = 0; i < n; i++)
			bylaw_json(&j, &b[i]);
		gv_json_arr_end(&j);
	} else {
		for (size_t i = 0; i < n; i++) {
			gv_buf_printf(&out, "%-10s %-15s %s", b[i].number, gv_bylaw_status(&b[i]),
				      b[i].title ? b[i].title : "(no title)");
			if (b[i].enacted && gv_bylaw_vetoed(&b[i]))
				gv_buf_printf(&out, "  (passed %s; vetoed %s)", b[i].enacted->date,
					      b[i].vetoed_on);
			else if (b[i].enacted)
				gv_buf_printf(&out, "  (enacted %s%s%s%s)", b[i].enacted->date,
					      b[i].signed_on ? ", signed" : "",
					      b[i].n_repeals_of ? "; repealed " : "",
					      b[i].n_repeals_of ? b[i].repeals_of[0].date : "");
			gv_buf_puts(&out, "\n");
		}
		if (!n)
			gv_buf_puts(&out, "No by-laws yet (gavel bylaw reserve).\n");
	}
	cmd_emit(ctx, &out);
	gv_bylaws_free(b, n);
	return 0;
}

int cmd_bylaw_show(struct gv_ctx *ctx, const struct gv_args *a)
{
	int64_t id;
	struct gv_bylaw *b;
	size_t n;
	if (gv_bylaw_id(ctx->ws, a->pos[0], &id, &ctx->err) ||
	    gv_bylaw_list(ctx->ws, id, &b, &n, &ctx->err))
		return ctx->err.code;
	struct gv_buf out = GV_BUF_INIT;
	if (gv_flag(a, "json")) {
		struct gv_json j;
		gv_json_init(&j, &out, true);
		bylaw_json(&j, b);
	} else {
		const char *on = gv_bylaw_status_date(b);
		gv_buf_printf(&out, "By-law %s: %s\nStatus: %s%s%s\n", b->number,
			      b->title ? b->title : "(no title)", gv_bylaw_status(b),
			      on ? " since " : "", on ? on : "");
		for (size_t k = 0; k < b->n_steps; k++) {
			const struct gv_bylaw_step *s = &b->steps[k];
			char w[40];
			gv_readings_words(s->readings, w);
			gv_buf_printf(&out, "  %s  %s%s, %s", s->date,
				      s->override ? "veto overridden" : w,
				      s->override ? "" : (s->readings & (s->readings - 1)) ? " readings"
											  : " reading",
				      s->meeting_name);
			if (*s->res)
				gv_buf_printf(&out, " (Resolution %s)", s->res);
			gv_buf_puts(&out, "\n");
		}
		if (b->signed_on)
			gv_buf_printf(&out, "Signed %s by %s and %s\n", b->signed_on, b->signed_head,
				      b->signed_clerk);
		if (b->amends)
			gv_buf_printf(&out, "Amends by-law %s\n", b->amends);
		if (b->repeals)
			gv_buf_printf(&out, "Repeals by-law %s\n", b->repeals);
		for (size_t k = 0; k < b->n_amendments; k++)
			gv_buf_printf(&out, "Amended by by-law %s on %s\n", b->amendments[k].by,
				      b->amendments[k].date);
		for (size_t k = 0; k < b->n_repeals_of; k++)
			gv_buf_printf(&out, "Repealed by by-law %s on %s\n", b->repeals_of[k].by,
				      b->repeals_of[k].date);
		if (b->vetoed_on)
			gv_buf_printf(&out, "Vetoed %s by the head of council: %s\n", b->vetoed_on,
				      b->veto_reasons);
	}
	cmd_emit(ctx, &out);
	gv_bylaws_free(b, n);
	return 0;
}

/* The head of council on a date, as signatures name them. */
static char *head_of_council(struct gv_ctx *ctx, const char *on)
{
	struct gv_member *m;
	size_t n;
	char *name = NULL;
	if (gv_member_list_on(ctx->ws, 0, on, &m, &n, &ctx->err))
		return NULL;
	for (size_t i = 0; i < n && !name; i++)
		if (!strcmp(m[i].role, "mayor"))
			name = gv_person_styled(m[i].name, m[i].role, m[i].title, true);
	gv_members_free(m, n);
	if (!name)
		gv_err_set(&ctx->err, GV_EREFUSED,
			   "no head of council on %s to sign: name one with --head NAME", on);
	return name;
}

int cmd_bylaw_sign(struct gv_ctx *ctx, const struct gv_args *a)
{
	char on[11];
	if (date_opt(ctx, a, on))
		return ctx->err.code;
	const char *h = gv_arg(a, "head"), *c = gv_arg(a, "clerk");
	if ((h && gv_check_line(h, "--head", 200, &ctx->err)) ||
	    (c && gv_check_line(c, "--clerk", 200, &ctx->err)))
		return ctx->err.code;
	char *head = h ? gv_trim(h) : head_of_council(ctx, on);
	if (!head)
		return ctx->err.code;
	char *clerk = c ? gv_trim(c) : gv_setting_get(ctx->ws->db, "clerk.name");
	int rc = gv_bylaw_sign(ctx->ws, a->pos[0], on, head, clerk, &ctx->err);
	if (!rc)
		fprintf(ctx->out, "By-law %s signed on %s by %s and %s\n", a->pos[0], on, head,
			clerk);
	free(head);
	free(clerk);
	return rc;
}

int cmd_mayor_decision(struct gv_ctx *ctx, const struct gv_args *a)
{
	char on[11];
	if (date_opt(ctx, a, on))
		return ctx->err.code;
	char *text = gv_trim(a->pos[0]);
	int64_t id;
	int rc = gv_mayor_decision(ctx->ws, on, text, &id, &ctx->err);
	free(text);
	if (!rc)
		fprintf(ctx->out, "Decision %lld of the head of council recorded (%s)\n",
			(long long)id, on);
	return rc;
}

int cmd_mayor_veto(struct gv_ctx *ctx, const struct gv_args *a)
{
	char on[11];
	const char *notice = gv_arg(a, "notice");
	if (date_opt(ctx, a, on))
		return ctx->err.code;
	if (notice && !gv_date_valid(notice))
		return gv_err_set(&ctx->err, GV_EREFUSED, "--notice %s is not a date (YYYY-MM-DD)",
				  notice);
	const char *r = gv_arg(a, "reasons");
	if (!r)
		return gv_err_set(&ctx->err, GV_EUSAGE, "a veto needs --reasons TEXT");
	char *reasons = gv_trim(r);
	int rc = gv_mayor_veto(ctx->ws, a->pos[0], on, notice, reasons, &ctx->err);
	free(reasons);
	if (!rc)
		fprintf(ctx->out, "By-law %s vetoed on %s\n", a->pos[0], on);
	return rc;
}

int cmd_mayor_list(struct gv_ctx *ctx, const struct gv_args *a)
{
	struct gv_mayor_decision *d;
	size_t n;
	if (gv_mayor_list(ctx->ws, &d, &n, &ctx->err))
		return ctx->err.code;
	struct gv_buf out = GV_BUF_INIT;
	if (gv_flag(a, "json")) {
		struct gv_json j;
		gv_json_init(&j, &out, true);
		gv_json_arr(&j);
		for (size_t i = 0; i < n; i++) {
			gv_json_obj(&j);
			gv_json_kstr(&j, "kind", d[i].kind);
			gv_json_kstr(&j, "date", d[i].on);
			gv_json_kstr(&j, "text", d[i].text);
			gv_json_kstr(&j, "bylaw", d[i].bylaw);
			gv_json_obj_end(&j);
		}
		gv_json_arr_end(&j);
	} else {
		for (size_t i = 0; i < n; i++) {
			if (d[i].bylaw)
				gv_buf_printf(&out, "%s  veto of by-law %s: %s\n", d[i].on, d[i].bylaw,
					      d[i].text);
			else
				gv_buf_printf(&out, "%s  decision: %s\n", d[i].on, d[i].text);
		}
		if (!n)
			gv_buf_puts(&out, "No decisions of the head of council recorded.\n");
	}
	cmd_emit(ctx, &out);
	gv_mayor_free(d, n);
	return 0;
}
