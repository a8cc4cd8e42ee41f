/* gavel publish: the static site, with a progress line on a terminal. */
#include "cmd/cmd.h"
#include "cmd/handlers.h"

#include <stdio.h>
#include <stdlib.h>

#include "publish/publish.h"

/* "publishing: 12 of 40 meetings", to the front end's progress line. */
static void progress(void *arg, size_t done, size_t total)
{
	struct gv_ctx *ctx = arg;
	char line[80];
	snprintf(line, sizeof line, "publishing: %zu of %zu meetings", done, total);
	ctx->progress(ctx->progress_arg, line, done == total);
}

int cmd_publish(struct gv_ctx *ctx, const struct gv_args *a)
{
	struct gv_publish_opts o = {
		.out = gv_arg(a, "out"),
		.meetings = a->pos,
		.n_meetings = (size_t)a->npos,
		.force = gv_flag(a, "force"),
	};
	if (ctx->progress) {
		o.progress = progress;
		o.progress_arg = ctx;
	}
	struct gv_publish_result r;
	int rc = gv_publish(ctx->ws, &o, &r, &ctx->err);
	if (!rc)
		fprintf(ctx->out,
			"Published %zu meeting%s to %s: %d file%s written, %d unchanged, %d removed\n",
			r.meetings, r.meetings == 1 ? "" : "s", r.dir, r.files.written,
			r.files.written == 1 ? "" : "s", r.files.unchanged, r.files.removed);
	free(r.dir);
	return rc;
}
