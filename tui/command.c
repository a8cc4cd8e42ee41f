#include "tui/command.h"

#include "tui/complete.h"
#include "tui/prompt.h"
#include "tui/recall.h"
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

int64_t tui_open_meeting(struct tui *t, const char **item)
{
	if (item)
		*item = NULL;
	for (int i = t->nviews - 1; i >= 0; i--) {
		struct tui_view *v = t->views[i];
		if (!v->meeting_id)
			continue;
		if (item && v->ops->item)
			*item = v->ops->item(v);
		return v->meeting_id;
	}
	return 0;
}

/* Tab completes from the command table and the open meeting, Up and Down
 * go through the workspace's earlier lines (tui/recall.h). */
void tui_command_prompt(struct tui *t)
{
	tui_command_prompt_from(t, NULL);
}

void tui_command_prompt_from(struct tui *t, const char *initial)
{
	struct tui_recall recall;
	tui_recall_load(t->ctx->ws, &recall);
	struct tui_prompt_opts o = {.label = ":", .initial = initial,
				    .complete = tui_complete_command, .arg = t, .history = &recall};
	char *line;
	if (tui_prompt_with(t, &o, &line)) {
		tui_recall_add(t->ctx->ws, &recall, line);
		tui_command_run(t, line);
		free(line);
	}
	tui_recall_free(&recall);
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

/* argv with word inserted at position at (a new array; the words are
 * copies). */
static char **with_word(char **argv, int argc, int at, const char *word)
{
	char **v = gv_calloc((size_t)argc + 2, sizeof *v);
	for (int i = 0, j = 0; i <= argc; i++) {
		if (i == at)
			v[j++] = gv_strdup(word);
		if (i < argc)
			v[j++] = gv_strdup(argv[i]);
	}
	return v;
}

/* A command that leaves out its meeting (and then its item) gets the ones
 * the UI is on: `agenda show` in a meeting's agenda is `agenda show M`,
 * `agenda edit --title T` there is `agenda edit M N --title T` for the
 * selected item, `live take` in the console is `live M take N`. Only when
 * the line as typed does not parse and the filled-in one does; *argv and
 * *argc are replaced then. */
static void fill_in(struct tui *t, char ***argv, int *argc)
{
	struct gv_args a;
	struct gv_err err = {0};
	const char *item;
	if (!*argc || !gv_cmd_parse(*argc, *argv, &a, &err))
		return;
	int64_t id = tui_open_meeting(t, &item);
	struct gv_meeting m;
	char ref[24];
	snprintf(ref, sizeof ref, "%lld", (long long)id);
	if (!id || gv_meeting_find(t->ctx->ws, ref, &m, &err))
		return;
	/* where M goes: after "live", after a two-word command's verb, after
	 * a one-word command */
	int at = 1;
	bool verb_after = false; /* "live M verb" */
	for (const struct gv_cmd *c = gv_commands; c->name; c++) {
		size_t g = strcspn(c->name, " ");
		if (c->name[g] && !strncmp(c->name, (*argv)[0], g) && !(*argv)[0][g]) {
			verb_after = c->flags & GV_CMD_ARG_FIRST;
			at = verb_after ? 1 : 2;
		}
	}
	if (at > *argc)
		at = *argc;
	char **v1 = with_word(*argv, *argc, at, m.slug), **v2 = NULL;
	int n1 = *argc + 1;
	/* the item goes after M, or after the verb that follows M */
	int item_at = at + 1 + verb_after;
	if (gv_cmd_parse(n1, v1, &a, &err) && item && item_at <= n1) {
		v2 = with_word(v1, n1, item_at, item);
		if (gv_cmd_parse(n1 + 1, v2, &a, &err)) {
			gv_cmd_split_free(v2, n1 + 1);
			v2 = NULL;
		}
	} else if (!gv_cmd_parse(n1, v1, &a, &err)) {
		gv_cmd_split_free(*argv, *argc);
		*argv = v1;
		*argc = n1;
		v1 = NULL;
	}
	if (v2) {
		gv_cmd_split_free(*argv, *argc);
		*argv = v2;
		*argc = n1 + 1;
	}
	if (v1)
		gv_cmd_split_free(v1, n1);
	gv_meeting_clear(&m);
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
	if (argc && !strcmp(argv[0], "gavel")) {
		free(argv[0]);
		memmove(argv, argv + 1, (size_t)(argc - 1) * sizeof *argv);
		argc--;
	}
	fill_in(t, &argv, &argc);
	int skip = 0;
	char *text;
	if (argc > skip && !open_view(t, argc - skip, argv + skip) &&
	    !tui_command_argv(t, argc - skip, argv + skip, &text)) {
		show_output(t, line, text);
		free(text);
	}
	gv_cmd_split_free(argv, argc);
}
