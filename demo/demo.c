/* gavel demo: run the demo script (demo_script.h) through the command table,
 * on a context of its own whose output goes nowhere and whose input is the
 * text each line reads. */
#include "demo/demo.h"
#include "demo/demo_script.h"

#include "base/buf.h"
#include "base/err.h"
#include "base/files.h"
#include "cmd/cmd.h"
#include "store/db.h"
#include "store/workspace.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define TMP_WORD "{tmp}/"

struct demo_run {
	struct gv_ctx ctx;
	char *tmp;      /* scratch directory for files the lines attach */
	FILE *nothing;  /* standard input of lines that read nothing */
};

/* Replace a "{tmp}/NAME" word by the path in the scratch directory; returns
 * that path (owned by argv) or NULL when the line names no file. */
static const char *place_files(struct demo_run *r, char **argv, int argc)
{
	const char *file = NULL;
	for (int i = 0; i < argc; i++) {
		if (strncmp(argv[i], TMP_WORD, strlen(TMP_WORD)))
			continue;
		char *path = gv_path_join(r->tmp, argv[i] + strlen(TMP_WORD));
		free(argv[i]);
		file = argv[i] = path;
	}
	return file;
}

/* Run one line; on failure ctx.err says why, as the command said it. */
static int run_line(struct demo_run *r, const struct demo_line *l)
{
	struct gv_ctx *ctx = &r->ctx;
	char **argv;
	int argc;
	if (gv_cmd_split(l->cmd, &argv, &argc, &ctx->err))
		return ctx->err.code;
	const char *file = place_files(r, argv, argc);
	FILE *in = NULL;
	int rc = 0;
	if (l->input && file)
		rc = gv_file_write_atomic(file, l->input, strlen(l->input), 0600, &ctx->err);
	else if (l->input && !(in = fmemopen((void *)l->input, strlen(l->input), "r")))
		rc = gv_err_set(&ctx->err, GV_EIO, "cannot read the text of a demo line");
	if (!rc) {
		ctx->in = in ? in : r->nothing;
		rc = gv_cmd_run(ctx, argc, argv);
		ctx->in = r->nothing;
	}
	if (in)
		fclose(in);
	if (file)
		unlink(file);
	gv_cmd_split_free(argv, argc);
	return rc;
}

/* Run the scene's lines at its moment. Any failure is a bug in the demo,
 * so the error names the line. */
static int run_scene(struct demo_run *r, const struct demo_scene *s, struct gv_err *err)
{
	if (!s->lines)
		return 0;
	setenv("GAVEL_NOW", s->at, 1);
	for (const struct demo_line *l = s->lines; l->cmd; l++)
		if (run_line(r, l))
			return gv_err_set(err, GV_EREFUSED, "the demo script failed at '%.200s': %.280s",
					  l->cmd, r->ctx.err.msg);
	return 0;
}

/* The script after init: the setup, then each meeting as it happens, then
 * the website.
 * Nobody waits on a single line of it, so the database syncs to disk once,
 * at the end, instead of on every command. */
static int run_script(struct demo_run *r, struct gv_err *err)
{
	int rc = gv_ws_open(r->ctx.dir, &r->ctx.ws, err);
	if (!rc)
		rc = gv_db_exec(r->ctx.ws->db, "PRAGMA synchronous = OFF", err);
	if (!rc)
		rc = run_scene(r, &demo_setup, err);
	for (const struct demo_meeting *const *m = demo_meetings; *m && !rc; m++) {
		rc = run_scene(r, &(*m)->agenda, err);
		for (const struct demo_scene *s = (*m)->live; s && s->at && !rc; s++)
			rc = run_scene(r, s, err);
		if (!rc)
			rc = run_scene(r, &(*m)->minutes, err);
	}
	if (!rc)
		rc = run_scene(r, &demo_publish, err);
	if (!rc && !(rc = gv_db_exec(r->ctx.ws->db, "PRAGMA synchronous = FULL", err)))
		rc = gv_db_exec(r->ctx.ws->db, "PRAGMA wal_checkpoint(TRUNCATE)", err);
	return rc;
}

static int begin(struct demo_run *r, const char *dir, struct gv_err *err)
{
	const char *base = getenv("TMPDIR");
	char *tmpl = gv_path_join(base && *base ? base : "/tmp", "gavel-demo.XXXXXX");
	r->ctx = (struct gv_ctx){.dir = dir};
	r->ctx.out = fopen("/dev/null", "w");
	r->nothing = fopen("/dev/null", "r");
	if (mkdtemp(tmpl))
		r->tmp = tmpl;
	else
		free(tmpl);
	if (!r->ctx.out || !r->nothing || !r->tmp)
		return gv_err_set(err, GV_EIO, "cannot prepare the demo: out of files or no %s",
				  base && *base ? "$TMPDIR" : "/tmp");
	return 0;
}

static void end(struct demo_run *r)
{
	gv_ws_close(r->ctx.ws);
	if (r->ctx.out)
		fclose(r->ctx.out);
	if (r->nothing)
		fclose(r->nothing);
	if (r->tmp)
		rmdir(r->tmp);
	free(r->tmp);
}

int gv_demo_build(const char *dir, struct gv_err *err)
{
	/* The script moves the clock; the caller's clock comes back after. */
	const char *now = getenv("GAVEL_NOW");
	char *saved = now ? gv_strdup(now) : NULL;
	struct demo_run r = {0};
	int rc = begin(&r, dir, err);
	if (!rc) {
		setenv("GAVEL_NOW", demo_setup.at, 1);
		struct demo_line init = {demo_init, NULL};
		if (!(rc = run_line(&r, &init)))
			rc = run_script(&r, err);
		else if (err)
			*err = r.ctx.err;
	}
	end(&r);
	if (saved)
		setenv("GAVEL_NOW", saved, 1);
	else
		unsetenv("GAVEL_NOW");
	free(saved);
	return rc;
}
