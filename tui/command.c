#include "tui/command.h"

#include "tui/prompt.h"
#include "tui/screen.h"
#include "tui/view.h"

#include "base/buf.h"
#include "base/err.h"
#include "cmd/cmd.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void tui_command_prompt(struct tui *t)
{
	char *line;
	if (!tui_prompt(t, ":", NULL, &line))
		return;
	tui_command_run(t, line);
	free(line);
}

/* Run argv with the context's output in memory and no standard input (the
 * terminal belongs to curses); *text gets the output (caller frees). */
static int run_captured(struct gv_ctx *ctx, int argc, char **argv, char **text)
{
	size_t len;
	*text = NULL;
	FILE *out = open_memstream(text, &len);
	FILE *in = fopen("/dev/null", "r");
	if (!out || !in) {
		int e = errno;
		if (out)
			fclose(out);
		if (in)
			fclose(in);
		free(*text);
		*text = NULL;
		return gv_err_set(&ctx->err, GV_EIO, "cannot capture the output: %s", strerror(e));
	}
	struct gv_ctx saved = *ctx;
	ctx->out = out;
	ctx->in = in;
	ctx->tty = false;
	ctx->in_tui = true;
	int rc = gv_cmd_run(ctx, argc, argv);
	fclose(out);
	fclose(in);
	ctx->out = saved.out;
	ctx->in = saved.in;
	ctx->tty = saved.tty;
	ctx->in_tui = saved.in_tui;
	return rc;
}

static void show_output(struct tui *t, const char *line, char *text)
{
	size_t n = strlen(text);
	while (n && text[n - 1] == '\n')
		text[--n] = '\0';
	if (!n) {
		tui_status(t, "Done: %s", line);
		return;
	}
	if (!strchr(text, '\n') && n < (size_t)COLS) {
		tui_status(t, "%s", text);
		return;
	}
	char *title = gv_asprintf(":%s", line);
	tui_push(t, tui_pager_new(title, text));
	free(title);
}

int tui_command_argv(struct tui *t, int argc, char **argv, char **text)
{
	int rc = run_captured(t->ctx, argc, argv, text);
	tui_reload(t);
	if (rc) {
		tui_status_error(t, &t->ctx->err);
		free(*text);
		*text = NULL;
	}
	return rc;
}

void tui_command_run(struct tui *t, const char *line)
{
	struct gv_err err = {0};
	char **argv;
	int argc;
	if (gv_cmd_split(line, &argv, &argc, &err)) {
		tui_status_error(t, &err);
		return;
	}
	/* People type the word out of habit; the prompt forgives it. */
	int skip = argc && !strcmp(argv[0], "gavel");
	char *text;
	if (argc > skip && !tui_command_argv(t, argc - skip, argv + skip, &text)) {
		show_output(t, line, text);
		free(text);
	}
	gv_cmd_split_free(argv, argc);
}
