/* gavel check [--repair]: is the workspace consistent? The database, the
 * search index, every meeting log against the procedure rules, stored text
 * with control or bidirectional characters, the attachments (present,
 * unchanged, and of a type gavel publishes), the hooks (safe to run), both
 * git repositories, who may read the private files, and whether gavel can
 * write where it must.
 * --repair makes again what can be derived (the search index, a repository
 * that cannot be read) and says what it cannot. */
#include "cmd/cmd.h"
#include "cmd/handlers.h"
#include "cmd/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "agenda/attach.h"
#include "agenda/meeting.h"
#include "base/buf.h"
#include "base/clock.h"
#include "live/log_check.h"
#include "minutes/record.h"
#include "minutes/text_check.h"
#include "store/db.h"
#include "store/pushes.h"
#include "store/repo.h"
#include "store/search.h"
#include "store/workspace.h"
#include "streaming-hooks/hooks.h"

struct tally {
	struct gv_buf out;
	int problems;
};

static void report(struct tally *t, const char *what, int rc, const struct gv_err *e)
{
	if (rc) {
		gv_buf_printf(&t->out, "FAIL %s: %s\n", what, e->msg);
		t->problems++;
	} else {
		gv_buf_printf(&t->out, "ok   %s\n", what);
	}
}

/* For a record/ made again: where its history went, when it was pushed
 * (docs/safety.md, "The record against the database"); NULL otherwise. */
static char *pushed_to(struct gv_ws *ws, const char *name)
{
	char *url = NULL, when[32];
	int64_t at;
	if (strcmp(name, "record") || gv_pushes_last(ws->db, &url, &at, NULL) || !url)
		return NULL;
	gv_time_format(at, "%Y-%m-%d", when, sizeof when);
	char *s = gv_asprintf("; record/ was pushed to %s on %s, which keeps its history and which "
			      "gavel push will not overwrite: to keep the history, restore record/ "
			      "from there (docs/safety.md)",
			      url, when);
	free(url);
	return s;
}

static int check_repo(struct tally *t, struct gv_ws *ws, const char *name, bool repair)
{
	char *path = gv_ws_path(ws, name);
	char *what = gv_asprintf("%s/ history readable", name);
	struct gv_err e = {0};
	int rc = gv_repo_check(path, &e);
	if (rc && repair) {
		struct gv_err r = {0};
		char *moved = NULL;
		if (!gv_record_rebuild(ws, name, &moved, &r)) {
			char *pushed = pushed_to(ws, name);
			gv_buf_printf(&t->out,
				      "made %s/ again from the database (%s); its earlier versions "
				      "cannot be made again%s%s%s\n",
				      name, e.msg, moved ? ": the damaged one is kept as " : "",
				      moved ? moved : "", pushed ? pushed : "");
			free(pushed);
			rc = gv_repo_check(path, &e);
		} else {
			e = r;
		}
		free(moved);
	}
	report(t, what, rc, &e);
	free(what);
	free(path);
	return rc;
}

struct record_tally {
	struct tally *t;
	const char *what;
};

static void record_found(void *arg, const char *problem)
{
	struct record_tally *r = arg;
	gv_buf_printf(&r->t->out, "FAIL %s: %s\n", r->what, problem);
	r->t->problems++;
}

static void record_mended(void *arg, const char *what)
{
	struct record_tally *r = arg;
	gv_buf_printf(&r->t->out, "%s\n", what);
}

/* A readable repository against the database: one line for each problem.
 * --repair commits again what the database holds whole and leaves the
 * rest: which side is right is the clerk's to find out (docs/safety.md,
 * "The record against the database"). */
static void check_record(struct tally *t, struct gv_ws *ws, const char *name, bool repair)
{
	char *what = gv_asprintf("%s/ holds what was published and approved", name);
	struct record_tally r = {t, what};
	struct gv_record_check_out out = {record_found, record_mended, &r};
	struct gv_err e = {0};
	int before = t->problems;
	int rc = gv_record_check(ws, name, repair, &out, &e);
	if (rc || t->problems == before)
		report(t, what, rc, &e);
	free(what);
}

static void check_search(struct tally *t, struct gv_ws *ws, bool repair)
{
	struct gv_err e = {0};
	int rc = gv_search_check(ws->db, &e);
	if (rc && repair) {
		struct gv_err r = {0};
		if (!gv_search_rebuild(ws->db, &r)) {
			gv_buf_printf(&t->out, "rebuilt the search index (%s)\n", e.msg);
			rc = gv_search_check(ws->db, &e);
		}
	}
	report(t, "search index matches the agenda and the logs", rc, &e);
}

/* An event accepted under the rules of its day that today's refuse: the
 * log stands, so not a problem, but the clerk hears of it. */
static void log_warning(void *arg, const char *warning)
{
	struct tally *t = arg;
	gv_buf_printf(&t->out, "warn %s\n", warning);
}

static void check_logs(struct tally *t, struct gv_ws *ws)
{
	struct gv_meeting *m;
	size_t n;
	struct gv_err e = {0};
	if (gv_meeting_list(ws, &m, &n, &e)) {
		report(t, "meeting logs follow the procedure rules", e.code, &e);
		return;
	}
	/* each broken log its own line: the clerk sees them all at once;
	 * within a log, the first event that breaks it (what follows is
	 * replayed on a broken state) */
	char *what = gv_asprintf("meeting logs follow the procedure rules (%zu meeting%s)", n,
				 n == 1 ? "" : "s");
	int broken = 0;
	for (size_t i = 0; i < n; i++)
		if (gv_live_check(ws, m[i].id, log_warning, t, &e)) {
			report(t, what, e.code, &e);
			broken++;
		}
	gv_meetings_free(m, n);
	if (!broken)
		report(t, what, 0, &e);
	free(what);
}

static void stored_text_found(void *arg, const char *problem)
{
	struct tally *t = arg;
	gv_buf_printf(&t->out, "FAIL stored text: %s\n", problem);
	t->problems++;
}

/* Text stored before gavel refused control and bidi characters: one line
 * for each field, as the clerk cleans them one by one. */
static void check_stored_text(struct tally *t, struct gv_ws *ws)
{
	struct gv_err e = {0};
	int before = t->problems;
	int rc = gv_text_check(ws, stored_text_found, t, &e);
	if (rc || t->problems == before)
		report(t, "stored text has no control or bidirectional characters", rc, &e);
}

/* Each attachment no public output serves, as its own problem. */
static void check_attachment_types(struct tally *t, struct gv_ws *ws)
{
	char **withheld;
	size_t n;
	struct gv_err e = {0};
	int rc = gv_attach_withheld(ws, &withheld, &n, &e);
	for (size_t i = 0; i < n; i++) {
		e.code = GV_EREFUSED;
		snprintf(e.msg, sizeof e.msg, "%s", withheld[i]);
		report(t, "attachments are safe file types", e.code, &e);
	}
	if (rc || !n)
		report(t, "attachments are safe file types", rc, &e);
	gv_attach_withheld_free(withheld, n);
}

/* Each hook gavel will not run because another user could change it. */
static void check_hooks(struct tally *t, struct gv_ws *ws)
{
	struct gv_hook_file *h;
	size_t n, unsafe = 0;
	struct gv_err e = {0};
	int rc = gv_hooks_list(ws, &h, &n, &e);
	for (size_t i = 0; !rc && i < n; i++) {
		if (!h[i].unsafe)
			continue;
		unsafe++;
		e.code = GV_EREFUSED;
		snprintf(e.msg, sizeof e.msg, "hooks/%s is not run: %s", h[i].name, h[i].why);
		report(t, "hooks are safe to run", e.code, &e);
	}
	if (rc || !unsafe)
		report(t, "hooks are safe to run", rc, &e);
	if (!rc)
		gv_hooks_list_free(h, n);
}

/* --repair takes from others what only the clerk may read: what check
 * says to run, run. */
static void check_private(struct tally *t, struct gv_ws *ws, bool repair)
{
	struct gv_err e = {0};
	int rc = gv_ws_private(ws, &e);
	char *done = NULL;
	if (rc && repair && !gv_ws_make_private(ws, &done, &e) && done) {
		gv_buf_printf(&t->out, "made %s private to their owner (chmod go-rwx)\n", done);
		rc = gv_ws_private(ws, &e);
	}
	free(done);
	report(t, "gavel.db and confidential/ private to their owner", rc, &e);
}

/* The workspace, opened here rather than by the dispatcher, so that a
 * gavel.db every command refuses is explained rather than only refused. */
static int open_workspace(struct gv_ctx *ctx)
{
	if (ctx->ws || !gv_ws_open(ctx->dir, &ctx->ws, &ctx->err))
		return 0;
	char *why = gv_ws_db_explain(ctx->dir);
	if (!why)
		return ctx->err.code;
	struct gv_buf b = GV_BUF_INIT;
	gv_buf_printf(&b, "FAIL the workspace's database: %s\n", why);
	cmd_emit(ctx, &b);
	free(why);
	return gv_err_set(&ctx->err, GV_EREFUSED, "check found 1 problem: the workspace's database");
}

int cmd_check(struct gv_ctx *ctx, const struct gv_args *a)
{
	if (open_workspace(ctx))
		return ctx->err.code;
	struct tally t = {GV_BUF_INIT, 0};
	struct gv_err e = {0};
	report(&t, "database integrity and references", gv_db_check(ctx->ws->db, &e), &e);
	check_search(&t, ctx->ws, gv_flag(a, "repair"));
	check_logs(&t, ctx->ws);
	check_stored_text(&t, ctx->ws);
	report(&t, "attachments present and unchanged", gv_attach_check(ctx->ws, &e), &e);
	check_attachment_types(&t, ctx->ws);
	check_hooks(&t, ctx->ws);
	if (!check_repo(&t, ctx->ws, "record", gv_flag(a, "repair")))
		check_record(&t, ctx->ws, "record", gv_flag(a, "repair"));
	if (!check_repo(&t, ctx->ws, "confidential", gv_flag(a, "repair")))
		check_record(&t, ctx->ws, "confidential", gv_flag(a, "repair"));
	check_private(&t, ctx->ws, gv_flag(a, "repair"));
	report(&t, "workspace can be written", gv_ws_writable(ctx->ws, &e), &e);
	int problems = t.problems;
	cmd_emit(ctx, &t.out);
	if (problems)
		return gv_err_set(&ctx->err, GV_EREFUSED, "check found %d problem%s%s", problems,
				  problems == 1 ? "" : "s",
				  gv_flag(a, "repair") ? " that --repair cannot mend" : "");
	return 0;
}
