/* gavel: parse the global options, then run one command from the table (or
 * the terminal UI) and turn its error value into a message and exit status. */
#include "base/clock.h"
#include "cmd/cmd.h"
#include "store/workspace.h"
#include "tui/tui.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

static int fail(struct gv_ctx *ctx)
{
	fflush(stdout);
	fprintf(stderr, "gavel: %s\n", ctx->err.msg);
	return gv_err_exit_status(ctx->err.code);
}

int main(int argc, char **argv)
{
	struct gv_ctx ctx = {
		.in = stdin,
		.out = stdout,
		.tty = isatty(STDOUT_FILENO),
		.open_tui = tui_open,
		.open_display = tui_display_open,
	};
	const char *dir_flag = NULL;
	int i = 1;
	for (; i < argc; i++) {
		if (!strcmp(argv[i], "-C")) {
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
	ctx.dir = gv_ws_locate(dir_flag);
	if (gv_clock_check(&ctx.err))
		return fail(&ctx);

	char *tui_argv[] = {"tui", NULL};
	int rc = i < argc ? gv_cmd_run(&ctx, argc - i, argv + i) : gv_cmd_run(&ctx, 1, tui_argv);
	if (fflush(stdout) != 0 && !rc)
		gv_err_set(&ctx.err, rc = GV_EIO, "cannot write output");
	struct gv_err exposed = {0};
	if (ctx.ws && gv_ws_private(ctx.ws, &exposed))
		fprintf(stderr, "gavel: warning: %s\n", exposed.msg);
	gv_ws_close(ctx.ws);
	return rc ? fail(&ctx) : 0;
}
