/* The one table of commands. The CLI runs argv through gv_cmd_run; the TUI's
 * ':' prompt splits a line with gv_cmd_split and runs the same table, so every
 * verb is parsed, validated and documented once. */
#ifndef GAVEL_CMD_H
#define GAVEL_CMD_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "base/err.h"

struct gv_ws;

#define GV_MAX_POS 16
#define GV_MAX_OPTS 24

struct gv_opt {
	const char *name;  /* without the leading "--" */
	bool takes_value;
};

struct gv_ctx;
struct gv_args;
struct cmd_live_verb;

enum {
	GV_CMD_NO_WS = 1,     /* not given a workspace: init, demo, help and version run
			         without one, check opens its own */
	GV_CMD_ARG_FIRST = 2, /* "live M start": the verb follows the first argument */
};

struct gv_cmd {
	const char *name;     /* "meeting new", "live start" */
	const char *usage;    /* what follows the name in a usage line */
	const char *summary;  /* one line for lists */
	int min_pos, max_pos; /* positional arguments, the meeting of ARG_FIRST included */
	const struct gv_opt *opts;
	unsigned flags;
	int (*run)(struct gv_ctx *ctx, const struct gv_args *a);
	/* For the live verbs that record an event (run is cmd_live_record): the
	 * event, and how the arguments fill it in. NULL otherwise. */
	const struct cmd_live_verb *live;
};

struct gv_args {
	const struct gv_cmd *cmd;
	int npos;
	const char *pos[GV_MAX_POS];
	const char *vals[GV_MAX_OPTS]; /* per cmd->opts; "" for a flag given without value */
};

/* The value of --name, NULL when absent. The row of a->cmd declares name:
 * reading any other is a bug, which ends the process naming the command and
 * the option (and which tests/unit/test_cmd.c looks for in every handler). */
const char *gv_arg(const struct gv_args *a, const char *name);
bool gv_flag(const struct gv_args *a, const char *name);

/* gavel's own colours in what a command prints (a diff). */
enum gv_colour { GV_COLOUR_PLAIN, GV_COLOUR_BOLD, GV_COLOUR_CYAN, GV_COLOUR_GREEN, GV_COLOUR_RED };

struct gv_ctx {
	const char *dir;     /* workspace directory (-C, $GAVEL_DIR or ".") */
	struct gv_ws *ws;    /* opened by gv_cmd_run for commands that need it */
	FILE *in;            /* for "-" arguments */
	/* Everything a command prints. The CLI's shows every character no text
	 * field may hold made visible (base/visible_stream.h). */
	FILE *out;
	bool tty;            /* out is a terminal: progress allowed */
	/* Set by a front end whose out is a terminal that shows colours: what
	 * out shows next is in colour c (GV_COLOUR_PLAIN: plain again). The one
	 * way an escape sequence reaches the terminal, and it only ever sends
	 * gavel's own. NULL: no colours (not a terminal, or NO_COLOR set). */
	void (*colour)(struct gv_ctx *ctx, enum gv_colour c);
	bool in_tui;         /* run from the TUI prompt */
	struct gv_err err;
	/* Set by a front end that can open the terminal UI (NULL otherwise). */
	int (*open_tui)(struct gv_ctx *ctx, const char *meeting);
	/* The same for the public display of a live meeting (NULL otherwise). */
	int (*open_display)(struct gv_ctx *ctx, const char *meeting);
	/* The same for the councillor's terminal on the server at socket
	 * (docs/connect.md). */
	int (*open_connect)(struct gv_ctx *ctx, const char *socket);
	/* Set by gavel serve for a request of a councillor's login: the member
	 * it acts for (0: the clerk, or no server). docs/serve.md. */
	int64_t member_id;
	/* Set by a front end that can serve the workspace (gavel serve) on the
	 * Unix socket at path (NULL: live/gavel.sock). */
	int (*serve)(struct gv_ctx *ctx, const char *path);
	/* Set by a front end that can make the demo workspace in dir (demo/,
	 * which runs its script through this table, sits above it). */
	int (*build_demo)(const char *dir, struct gv_err *err);
	/* Set by a front end that shows how a long command is getting on
	 * ("publishing: 12 of 40 meetings"): the TUI on its status line, the
	 * CLI on a terminal's stderr (NULL: not shown). last: the work is done. */
	void (*progress)(void *arg, const char *line, bool last);
	void *progress_arg;
	/* Set by a front end to tell the user something beside a command's
	 * output, which succeeded ("items not dealt with: 9.2, 10"): the CLI on
	 * standard error, the TUI on its status line (NULL: not shown). */
	void (*notice)(struct gv_ctx *ctx, const char *line);
};

extern const struct gv_cmd gv_commands[]; /* NULL-name terminated */

/* Find and run the command in argv (without the program name). Returns 0 or
 * an error code with ctx->err filled; GV_EUSAGE for usage errors. Opens
 * ctx->ws when the command needs it and it is not open yet. */
int gv_cmd_run(struct gv_ctx *ctx, int argc, char **argv);

/* Find the command in argv and check its arguments against the table, as
 * gv_cmd_run does, without opening or running anything. On success *a names
 * the command, and its words point into argv. GV_EUSAGE otherwise. */
int gv_cmd_parse(int argc, char **argv, struct gv_args *a, struct gv_err *err);

/* Split a prompt line into words the way a shell would for quotes and
 * backslashes (no expansion of any kind). Free with gv_cmd_split_free. */
int gv_cmd_split(const char *line, char ***argv, int *argc, struct gv_err *err);
void gv_cmd_split_free(char **argv, int argc);

/* Help text: every command, or the commands whose name starts with topic. */
int gv_cmd_help(FILE *out, const char *topic, struct gv_err *err);
/* The manual page in troff (docs/gavel.1 is generated from it). */
void gv_cmd_manpage(FILE *out);

#endif
