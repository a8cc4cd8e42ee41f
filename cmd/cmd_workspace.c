/* Commands about the workspace itself: init, demo, config, help, version, tui,
 * display. */
#include "cmd/cmd.h"
#include "cmd/handlers.h"

#include "base/buf.h"
#include "base/json.h"
#include "store/settings.h"
#include "store/workspace.h"

#include <stdlib.h>
#include <string.h>

#ifndef GAVEL_VERSION
#define GAVEL_VERSION "0.1.0"
#endif

int cmd_init(struct gv_ctx *ctx, const struct gv_args *a)
{
	const char *dir = a->npos ? a->pos[0] : ctx->dir;
	struct gv_ws_init_opts o = {gv_arg(a, "name"), gv_arg(a, "timezone"),
				    gv_arg(a, "procedure")};
	if (gv_ws_init(dir, &o, &ctx->err))
		return ctx->err.code;
	fprintf(ctx->out, "Initialized gavel workspace in %s\n", dir);
	return 0;
}

int cmd_demo(struct gv_ctx *ctx, const struct gv_args *a)
{
	const char *dir = a->npos ? a->pos[0] : ctx->dir;
	if (!ctx->build_demo)
		return gv_err_set(&ctx->err, GV_EREFUSED, "the demo is made from the command line: "
				  "gavel demo [DIR]");
	if (ctx->build_demo(dir, &ctx->err))
		return ctx->err.code;
	fprintf(ctx->out, "Demo workspace ready in %s\nIts website: %s/site/index.html\n", dir,
		dir);
	if (gv_flag(a, "no-tui") || !ctx->tty || !ctx->open_tui || ctx->in_tui)
		return 0;
	ctx->dir = dir;
	return ctx->open_tui(ctx, NULL);
}

int cmd_config(struct gv_ctx *ctx, const struct gv_args *a)
{
	sqlite3 *db = ctx->ws->db;
	if (a->npos == 2) {
		if (gv_setting_set(db, a->pos[0], a->pos[1], &ctx->err))
			return ctx->err.code;
		return 0;
	}
	if (a->npos == 1) {
		char *v = gv_setting_get(db, a->pos[0]);
		if (!v)
			return gv_err_set(&ctx->err, GV_EREFUSED,
					  "unknown setting '%s' (see 'gavel help config')", a->pos[0]);
		fprintf(ctx->out, "%s\n", v);
		free(v);
		return 0;
	}
	struct gv_buf b = GV_BUF_INIT;
	struct gv_json j;
	gv_json_init(&j, &b, true);
	if (gv_flag(a, "json"))
		gv_json_obj(&j);
	for (const struct gv_setting_def *d = gv_setting_defs; d->key; d++) {
		char *v = gv_setting_get(db, d->key);
		if (gv_flag(a, "json"))
			gv_json_kstr(&j, d->key, v);
		else
			gv_buf_printf(&b, "%-20s %s\n", d->key, v);
		free(v);
	}
	if (gv_flag(a, "json"))
		gv_json_obj_end(&j);
	fputs(gv_buf_str(&b), ctx->out);
	gv_buf_free(&b);
	return 0;
}

int cmd_help(struct gv_ctx *ctx, const struct gv_args *a)
{
	if (gv_flag(a, "man")) {
		gv_cmd_manpage(ctx->out);
		return 0;
	}
	char topic[64] = "";
	for (int i = 0; i < a->npos; i++)
		snprintf(topic + strlen(topic), sizeof topic - strlen(topic), "%s%s", i ? " " : "",
			 a->pos[i]);
	return gv_cmd_help(ctx->out, a->npos ? topic : NULL, &ctx->err);
}

int cmd_version(struct gv_ctx *ctx, const struct gv_args *a)
{
	(void)a;
	fprintf(ctx->out, "gavel %s\n", GAVEL_VERSION);
	return 0;
}

int cmd_tui(struct gv_ctx *ctx, const struct gv_args *a)
{
	if (ctx->in_tui)
		return gv_err_set(&ctx->err, GV_EREFUSED, "the terminal UI is already open");
	if (!ctx->open_tui)
		return gv_err_set(&ctx->err, GV_EREFUSED, "no terminal UI in this build");
	return ctx->open_tui(ctx, a->npos ? a->pos[0] : NULL);
}

/* gavel connect [SOCKET]: the councillor's terminal, which reads nothing of
 * the workspace but through its server (docs/connect.md). */
int cmd_connect(struct gv_ctx *ctx, const struct gv_args *a)
{
	if (ctx->in_tui || !ctx->open_connect) /* the TUI's prompt, the server */
		return gv_err_set(&ctx->err, GV_EREFUSED,
				  "gavel connect runs from the command line, at a terminal of its own");
	if (a->npos)
		return ctx->open_connect(ctx, a->pos[0]);
	char *sock = gv_asprintf("%s/live/gavel.sock", ctx->dir);
	int rc = ctx->open_connect(ctx, sock);
	free(sock);
	return rc;
}

int cmd_display(struct gv_ctx *ctx, const struct gv_args *a)
{
	if (ctx->in_tui)
		return gv_err_set(&ctx->err, GV_EREFUSED,
				  "the display needs its own terminal; run 'gavel display %s' there",
				  a->pos[0]);
	if (!ctx->open_display)
		return gv_err_set(&ctx->err, GV_EREFUSED, "no terminal display in this build");
	return ctx->open_display(ctx, a->pos[0]);
}
