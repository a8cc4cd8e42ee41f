#include "demo/runner.h"

#include "base/err.h"
#include "base/files.h"
#include "store/db.h"
#include "store/workspace.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define TMP_WORD "{tmp}/"

/* Replace a "{tmp}/NAME" word by the path in the scratch directory; returns
 * that path (owned by argv) or NULL when the line names no file. */
static const char *place_files(struct demo_runner *r, char **argv, int argc)
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

int demo_runner_line(struct demo_runner *r, const char *cmd, const char *input)
{
	struct gv_ctx *ctx = &r->ctx;
	char **argv;
	int argc;
	if (gv_cmd_split(cmd, &argv, &argc, &ctx->err))
		return ctx->err.code;
	const char *file = place_files(r, argv, argc);
	FILE *in = NULL;
	int rc = 0;
	if (input && file)
		rc = gv_file_write_atomic(file, input, strlen(input), 0600, &ctx->err);
	else if (input && !(in = fmemopen((void *)input, strlen(input), "r")))
		rc = gv_err_set(&ctx->err, GV_EIO, "cannot read the text of a script line");
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

int demo_runner_open(struct demo_runner *r, struct gv_err *err)
{
	int rc = gv_ws_open(r->ctx.dir, &r->ctx.ws, err);
	if (!rc)
		rc = gv_db_exec(r->ctx.ws->db, "PRAGMA synchronous = OFF", err);
	return rc;
}

int demo_runner_finish(struct demo_runner *r, struct gv_err *err)
{
	int rc = gv_db_exec(r->ctx.ws->db, "PRAGMA synchronous = FULL", err);
	if (!rc)
		rc = gv_db_exec(r->ctx.ws->db, "PRAGMA wal_checkpoint(TRUNCATE)", err);
	return rc;
}

int demo_runner_begin(struct demo_runner *r, const char *dir, struct gv_err *err)
{
	const char *base = getenv("TMPDIR");
	char *tmpl = gv_path_join(base && *base ? base : "/tmp", "gavel-demo.XXXXXX");
	*r = (struct demo_runner){.ctx = {.dir = dir}};
	r->ctx.out = fopen("/dev/null", "w");
	r->nothing = fopen("/dev/null", "r");
	if (mkdtemp(tmpl))
		r->tmp = tmpl;
	else
		free(tmpl);
	if (!r->ctx.out || !r->nothing || !r->tmp)
		return gv_err_set(err, GV_EIO, "cannot prepare the script: out of files or no %s",
				  base && *base ? "$TMPDIR" : "/tmp");
	return 0;
}

void demo_runner_end(struct demo_runner *r)
{
	gv_ws_close(r->ctx.ws);
	r->ctx.ws = NULL;
	if (r->ctx.out)
		fclose(r->ctx.out);
	if (r->nothing)
		fclose(r->nothing);
	if (r->tmp)
		rmdir(r->tmp);
	free(r->tmp);
	r->tmp = NULL;
}
