/* Building a workspace by running gavel command lines through the command
 * table (gv_cmd_split, gv_cmd_run), as a clerk would type them after
 * "gavel": the demo and bench/gen-archive use it, so what they build is
 * what the real commands make. Output goes nowhere; a line's input is its
 * standard input or, for a word "{tmp}/NAME", a file in a scratch directory. */
#ifndef GAVEL_DEMO_RUNNER_H
#define GAVEL_DEMO_RUNNER_H

#include <stdio.h>

#include "cmd/cmd.h"

struct demo_runner {
	struct gv_ctx ctx;
	char *tmp;      /* scratch directory for files the lines attach */
	FILE *nothing;  /* standard input of lines that read nothing */
};

/* Prepare a runner for the workspace in dir (which `init` may create). */
int demo_runner_begin(struct demo_runner *r, const char *dir, struct gv_err *err);

/* Run one line; on failure r->ctx.err says why, as the command said it. The
 * line's input (NULL: none) is written to {tmp}/NAME when the line names
 * one, else it is the command's standard input. */
int demo_runner_line(struct demo_runner *r, const char *cmd, const char *input);

/* Open the workspace for a long script. Nobody waits on a single line of
 * it, so the database syncs to disk once, in demo_runner_finish, instead of
 * on every command. */
int demo_runner_open(struct demo_runner *r, struct gv_err *err);
/* Make everything durable again: synchronous=FULL and a checkpoint. */
int demo_runner_finish(struct demo_runner *r, struct gv_err *err);

/* Close the workspace and remove the scratch directory. */
void demo_runner_end(struct demo_runner *r);

#endif
