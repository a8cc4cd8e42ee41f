#include "tui/command.h"

#include "tui/prompt.h"
#include "tui/screen.h"
#include "tui/view.h"

#include "agenda/meeting.h"
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

/* A long command's progress ("publishing: 3 of 40 meetings") on the
 * status line, drawn at once since the main loop is waiting for it. */
static void show_progress(void *arg, const char *line, bool last)
{
	(void)last;
	struct tui *t = arg;
	tui_status(t, "%s", line);
	tui_draw(t);
	refresh();
}

/* What a command tells beside its output joins its output, which the TUI
 * shows. */
static void notice_in_output(struct gv_ctx *ctx, const char *line)
{
	fprintf(ctx->out, "%s\n", line);
}

/* Run argv with the context's output in memory and no standard input (the
 * terminal belongs to curses); *text gets the output (caller frees). */
static int run_captured(struct tui *t, int argc, char **argv, char **text)
{
	struct gv_ctx *ctx = t->ctx;
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
	ctx->colour = NULL;
	ctx->in_tui = true;
	ctx->progress = show_progress;
	ctx->progress_arg = t;
	ctx->notice = notice_in_output;
	int rc = gv_cmd_run(ctx, argc, argv);
	fclose(out);
	fclose(in);
	ctx->out = saved.out;
	ctx->in = saved.in;
	ctx->tty = saved.tty;
	ctx->colour = saved.colour;
	ctx->in_tui = saved.in_tui;
	ctx->progress = saved.progress;
	ctx->progress_arg = saved.progress_arg;
	ctx->notice = saved.notice;
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
	int rc = run_captured(t, argc, argv, text);
	tui_reload(t);
	if (rc) {
		tui_status_error(t, &t->ctx->err);
		free(*text);
		*text = NULL;
	}
	return rc;
}

/* `minutes M`, `history M` and `diff M [REV1 [REV2]]` open the minutes
 * view, the versions and a coloured diff rather than printing; true when
 * argv was one of them (a wrong M is said on the status line). With any
 * option they print as on the command line. */
static bool open_view(struct tui *t, int argc, char **argv)
{
	bool minutes = !strcmp(argv[0], "minutes") && argc == 2;
	bool history = !strcmp(argv[0], "history") && argc == 2;
	bool diff = !strcmp(argv[0], "diff") && argc >= 2 && argc <= 4;
	for (int i = 1; i < argc; i++)
		if (argv[i][0] == '-')
			return false;
	if (!minutes && !history && !diff)
		return false;
	struct gv_meeting m;
	struct gv_err err = {0};
	if (gv_meeting_find(t->ctx->ws, argv[1], &m, &err)) {
		tui_status_error(t, &err);
		return true;
	}
	if (diff)
		tui_diff_show(t, m.slug, argc > 2 ? argv[2] : NULL, argc > 3 ? argv[3] : NULL);
	else
		tui_push(t, minutes ? tui_minutes_new(m.id) : tui_history_new(m.id));
	gv_meeting_clear(&m);
	return true;
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
	if (argc > skip && !open_view(t, argc - skip, argv + skip) &&
	    !tui_command_argv(t, argc - skip, argv + skip, &text)) {
		show_output(t, line, text);
		free(text);
	}
	gv_cmd_split_free(argv, argc);
}
