#include "cmd/cmd.h"

#include "base/buf.h"
#include "store/workspace.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Where the row of a->cmd declares --name. Any other name is a bug in
 * gavel, never a user's mistake: it is said, and the process stops. */
static int declared(const struct gv_args *a, const char *name)
{
	for (int i = 0; a->cmd->opts && a->cmd->opts[i].name; i++)
		if (!strcmp(a->cmd->opts[i].name, name))
			return i;
	fprintf(stderr, "gavel: bug: '%s' reads --%s, which its row in cmd/table.c does not "
		"declare\n", a->cmd->name, name);
	abort();
}

const char *gv_arg(const struct gv_args *a, const char *name)
{
	return a->vals[declared(a, name)];
}

bool gv_flag(const struct gv_args *a, const char *name)
{
	return gv_arg(a, name) != NULL;
}

static int words(const char *name)
{
	return strchr(name, ' ') ? 2 : 1;
}

/* The command argv names, and how many words of argv it used (1 with a
 * two-word command means the group matched but not the verb). */
static const struct gv_cmd *lookup(int argc, char **argv, int *used)
{
	const struct gv_cmd *best = NULL;
	for (const struct gv_cmd *c = gv_commands; c->name; c++) {
		size_t g = strcspn(c->name, " ");
		if (strncmp(c->name, argv[0], g) || argv[0][g])
			continue;
		if (!best || words(best->name) == 2) {
			best = c;
			*used = 1;
		}
		if (words(c->name) == 1)
			continue;
		const char *verb = c->name + g + 1;
		int at = c->flags & GV_CMD_ARG_FIRST ? 2 : 1;
		if (argc > at && !strcmp(argv[at], verb)) {
			*used = 2;
			return c;
		}
	}
	return best;
}

static int usage_error(struct gv_err *err, const struct gv_cmd *c, const char *fmt,
		       const char *what)
{
	char msg[300];
	snprintf(msg, sizeof msg, fmt, what);
	return gv_err_set(err, GV_EUSAGE, "%s; see 'gavel help %s'", msg, c->name);
}

static int parse(const struct gv_cmd *c, int argc, char **argv, int verb_at, struct gv_args *a,
		 struct gv_err *err)
{
	memset(a, 0, sizeof *a);
	a->cmd = c;
	bool only_pos = false;
	for (int i = 0; i < argc; i++) {
		const char *w = argv[i];
		if (i == verb_at)
			continue;
		if (!only_pos && !strcmp(w, "--")) {
			only_pos = true;
			continue;
		}
		if (only_pos || w[0] != '-' || !strcmp(w, "-") ||
		    (w[1] != '-' && strchr("0123456789", w[1]))) {
			if (a->npos == GV_MAX_POS || a->npos >= c->max_pos)
				return usage_error(err, c, "unexpected argument '%s'", w);
			a->pos[a->npos++] = w;
			continue;
		}
		if (w[1] != '-')
			return usage_error(err, c, "unknown option '%s'", w);
		const char *name = w + 2, *eq = strchr(name, '=');
		size_t len = eq ? (size_t)(eq - name) : strlen(name);
		int k = -1;
		for (int j = 0; c->opts && c->opts[j].name; j++)
			if (strlen(c->opts[j].name) == len && !strncmp(c->opts[j].name, name, len))
				k = j;
		if (k < 0)
			return usage_error(err, c, "unknown option '%s'", w);
		if (!c->opts[k].takes_value) {
			if (eq)
				return usage_error(err, c, "option '%s' takes no value", w);
			a->vals[k] = "";
		} else if (eq) {
			a->vals[k] = eq + 1;
		} else if (i + 1 < argc && i + 1 != verb_at) {
			a->vals[k] = argv[++i];
		} else {
			return usage_error(err, c, "option '%s' needs a value", w);
		}
	}
	if (a->npos < c->min_pos)
		return gv_err_set(err, GV_EUSAGE, "missing arguments: usage: gavel %s %s; "
							"see 'gavel help %s'",
				  c->name, c->usage, c->name);
	return 0;
}

int gv_cmd_parse(int argc, char **argv, struct gv_args *a, struct gv_err *err)
{
	if (argc < 1)
		return gv_err_set(err, GV_EUSAGE, "no command; see 'gavel help'");
	int used = 0;
	const struct gv_cmd *c = lookup(argc, argv, &used);
	if (!c)
		return gv_err_set(err, GV_EUSAGE, "unknown command '%s'; see 'gavel help'", argv[0]);
	if (words(c->name) == 2 && used == 1)
		return gv_err_set(err, GV_EUSAGE,
				  "unknown or missing subcommand for '%s'; see 'gavel help %s'",
				  argv[0], argv[0]);
	/* "live M start ...": skip the group, and the verb sits after M;
	 * "agenda add M ...": skip both words. */
	int verb_at = -1, skip = used;
	if (c->flags & GV_CMD_ARG_FIRST) {
		skip = 1;
		verb_at = 1;
	}
	return parse(c, argc - skip, argv + skip, verb_at, a, err);
}

int gv_cmd_run(struct gv_ctx *ctx, int argc, char **argv)
{
	ctx->err.code = 0;
	ctx->err.msg[0] = '\0';
	struct gv_args a;
	if (gv_cmd_parse(argc, argv, &a, &ctx->err))
		return ctx->err.code;
	const struct gv_cmd *c = a.cmd;
	if (!(c->flags & GV_CMD_NO_WS) && !ctx->ws &&
	    gv_ws_open(ctx->dir, &ctx->ws, &ctx->err))
		return ctx->err.code;
	return c->run(ctx, &a);
}

void gv_cmd_split_free(char **argv, int argc)
{
	for (int i = 0; i < argc; i++)
		free(argv[i]);
	free(argv);
}

int gv_cmd_split(const char *line, char ***argv_out, int *argc_out, struct gv_err *err)
{
	char **argv = NULL;
	int argc = 0;
	const char *p = line;
	for (;;) {
		while (*p == ' ' || *p == '\t')
			p++;
		if (!*p)
			break;
		struct gv_buf w = GV_BUF_INIT;
		gv_buf_add(&w, "", 0);
		char quote = 0;
		for (; *p && (quote || (*p != ' ' && *p != '\t')); p++) {
			if (quote == '\'' && *p == '\'') {
				quote = 0;
			} else if (quote == '"' && *p == '"') {
				quote = 0;
			} else if (!quote && (*p == '\'' || *p == '"')) {
				quote = *p;
			} else if (*p == '\\' && quote != '\'' && p[1]) {
				gv_buf_putc(&w, *++p);
			} else {
				gv_buf_putc(&w, *p);
			}
		}
		if (quote) {
			gv_buf_free(&w);
			gv_cmd_split_free(argv, argc);
			return gv_err_set(err, GV_EUSAGE, "unterminated %c quote", quote);
		}
		size_t n = (size_t)argc; /* argv ends with NULL */
		*GV_PUSH(argv, n) = gv_buf_detach(&w);
		GV_ROOM(argv, n);
		argc = (int)n;
	}
	*argv_out = argv;
	*argc_out = argc;
	return 0;
}
