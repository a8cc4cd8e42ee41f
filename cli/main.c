/* gavel: parse the global options, then run one command from the table (or
 * the terminal UI) and turn its error value into a message and exit status. */
#include "base/buf.h"
#include "base/clock.h"
#include "base/err.h"
#include "base/files.h"
#include "base/text.h"
#include "base/visible_stream.h"
#include "cmd/cmd.h"
#include "demo/demo.h"
#include "serve/client.h"
#include "serve/server.h"
#include "store/workspace.h"
#include "tui/tui.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* A message on stderr, which may quote stored text: made visible as out is. */
static void say(const char *prefix, const char *msg)
{
	char *shown = gv_visible(msg);
	fprintf(stderr, "gavel: %s%s\n", prefix, shown);
	free(shown);
}

/* A long command's progress, rewritten in place on the terminal and erased
 * when the work is done. */
static void show_progress(void *arg, const char *line, bool last)
{
	(void)arg;
	fprintf(stderr, "\r%s", line);
	if (last)
		fputs("\r\033[K", stderr);
	fflush(stderr);
}

/* What a command tells beside its output, on standard error. */
static void show_notice(struct gv_ctx *ctx, const char *line)
{
	(void)ctx;
	char *shown = gv_visible(line);
	fprintf(stderr, "gavel: %s\n", shown);
	free(shown);
}

static int fail(struct gv_ctx *ctx)
{
	fflush(ctx->out);
	fflush(stdout);
	say("", ctx->err.msg);
	return gv_err_exit_status(ctx->err.code);
}

static void colour(struct gv_ctx *ctx, enum gv_colour c)
{
	static const char *const sgr[] = {
		[GV_COLOUR_PLAIN] = "\033[m",  [GV_COLOUR_BOLD] = "\033[1m",
		[GV_COLOUR_CYAN] = "\033[36m", [GV_COLOUR_GREEN] = "\033[32m",
		[GV_COLOUR_RED] = "\033[31m",
	};
	_Static_assert(sizeof sgr / sizeof *sgr == GV_COLOUR_RED + 1, "an SGR for every colour");
	/* what out holds goes first, to the same stdout */
	fflush(ctx->out);
	fputs(sgr[c], stdout);
}

/* gavel serve: its lines of what it serves reach a pipe at once. */
static int serve(struct gv_ctx *ctx, const char *path)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	return gv_serve(ctx, path);
}

/* The words of a command for the server, which has neither this terminal's
 * stdin nor its directory (docs/serve.md): '-' (stdin) is refused, a word
 * (or --opt=word) after the first naming an existing regular file by a
 * relative path is made absolute (not a directory: "live" is one). *out holds the words (caller frees each and it). */
static int server_words(int argc, char **argv, char ***out, struct gv_err *err)
{
	char **w = gv_malloc(((size_t)argc + 1) * sizeof *w);
	char *cwd = getcwd(NULL, 0);
	int i;
	for (i = 0; i < argc; i++) {
		const char *word = argv[i], *eq = NULL;
		if (!strncmp(word, "--", 2) && (eq = strchr(word, '=')))
			word = eq + 1;
		struct stat st;
		if (!strcmp(word, "-")) {
			gv_err_set(err, GV_EREFUSED, "through the server, give file paths in full and "
				   "not '-'");
			break;
		}
		if (i && *word && *word != '/' && cwd && !stat(word, &st) && S_ISREG(st.st_mode)) {
			char *abs = gv_path_join(cwd, word);
			w[i] = eq ? gv_asprintf("%.*s%s", (int)(eq + 1 - argv[i]), argv[i], abs)
				  : gv_strdup(abs);
			free(abs);
		} else {
			w[i] = gv_strdup(argv[i]);
		}
	}
	free(cwd);
	w[i] = NULL;
	*out = w;
	return i == argc ? 0 : err->code;
}

static void free_words(char **w)
{
	for (size_t i = 0; w && w[i]; i++)
		free(w[i]);
	free(w);
}

/* gavel --server SOCKET COMMAND...: the command runs in the server, as the
 * calling login (docs/serve.md); its output, notices and failure are shown
 * as if it ran here. */
static int remote(struct gv_ctx *ctx, const char *socket, int argc, char **argv)
{
	struct gv_client c;
	struct gv_proto_msg reply;
	if (!argc) {
		gv_err_set(&ctx->err, GV_EUSAGE, "--server needs a command; see 'gavel help'");
		fclose(ctx->out);
		ctx->out = stdout;
		return fail(ctx);
	}
	char **words = NULL;
	int rc = server_words(argc, argv, &words, &ctx->err);
	if (!rc && !(rc = gv_client_open(&c, socket, &ctx->err))) {
		rc = gv_client_call(&c, argc, words, &reply, &ctx->err);
		gv_client_close(&c);
	}
	free_words(words);
	if (rc) {
		fclose(ctx->out);
		ctx->out = stdout;
		return fail(ctx);
	}
	if (reply.out)
		fputs(reply.out, ctx->out);
	fflush(ctx->out);
	for (int i = 0; i < reply.n_notices; i++)
		show_notice(ctx, reply.notices[i]);
	int status = (int)reply.status;
	if (status)
		say("", reply.error ? reply.error : "the command failed");
	gv_proto_msg_clear(&reply);
	bool written = fclose(ctx->out) == 0 && fflush(stdout) == 0;
	if (!written && !status) {
		say("", "cannot write output");
		status = 1;
	}
	return status;
}

int main(int argc, char **argv)
{
	const char *no_color = getenv("NO_COLOR");
	struct gv_ctx ctx = {
		.in = stdin,
		.out = gv_visible_stream(stdout),
		.tty = isatty(STDOUT_FILENO),
		.open_tui = tui_open,
		.open_display = tui_display_open,
		.open_connect = tui_connect_open,
		.build_demo = gv_demo_build,
		.notice = show_notice,
		.serve = serve,
		.progress = isatty(STDOUT_FILENO) ? show_progress : NULL,
	};
	if (!ctx.out) {
		ctx.out = stdout;
		gv_err_set(&ctx.err, GV_EIO, "cannot write output: %s", strerror(errno));
		return fail(&ctx);
	}
	if (ctx.tty && !(no_color && *no_color))
		ctx.colour = colour;
	const char *dir_flag = NULL, *server = NULL;
	int i = 1;
	for (; i < argc; i++) {
		if (!strcmp(argv[i], "--server")) {
			if (i + 1 == argc) {
				gv_err_set(&ctx.err, GV_EUSAGE, "--server needs a socket; see 'gavel help'");
				return fail(&ctx);
			}
			server = argv[++i];
		} else if (!strcmp(argv[i], "-C")) {
			if (i + 1 == argc) {
				gv_err_set(&ctx.err, GV_EUSAGE, "-C needs a directory; see 'gavel help'");
				return fail(&ctx);
			}
			dir_flag = argv[++i];
		} else if (!strncmp(argv[i], "-C", 2)) {
			dir_flag = argv[i] + 2;
		} else if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
			argv[i] = "help";
			break;
		} else if (!strcmp(argv[i], "--version")) {
			argv[i] = "version";
			break;
		} else if (argv[i][0] == '-') {
			gv_err_set(&ctx.err, GV_EUSAGE, "unknown option '%s'; see 'gavel help'", argv[i]);
			return fail(&ctx);
		} else {
			break;
		}
	}
	if (server)
		return remote(&ctx, server, argc - i, argv + i);
	ctx.dir = gv_ws_locate(dir_flag);
	if (gv_clock_check(&ctx.err))
		return fail(&ctx);

	char *tui_argv[] = {"tui", NULL};
	int rc = i < argc ? gv_cmd_run(&ctx, argc - i, argv + i) : gv_cmd_run(&ctx, 1, tui_argv);
	bool written = fclose(ctx.out) == 0;
	ctx.out = stdout;
	if ((!written || fflush(stdout) != 0) && !rc)
		gv_err_set(&ctx.err, rc = GV_EIO, "cannot write output");
	struct gv_err exposed = {0};
	if (ctx.ws && gv_ws_private(ctx.ws, &exposed))
		say("warning: ", exposed.msg);
	gv_ws_close(ctx.ws);
	return rc ? fail(&ctx) : 0;
}
