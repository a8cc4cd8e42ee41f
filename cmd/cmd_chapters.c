/* gavel chapters M --format F: the recording's chapter markers. */
#include "cmd/cmd.h"
#include "cmd/handlers.h"
#include "cmd/util.h"
#include "streaming-hooks/chapter_formats.h"

#include "base/buf.h"
#include "live/chapters.h"

int cmd_chapters(struct gv_ctx *ctx, const struct gv_args *a)
{
	const char *format = gv_arg(a, "format");
	if (!format)
		return gv_err_set(&ctx->err, GV_EUSAGE, "chapters needs --format");
	struct gv_chapters c;
	if (gv_chapters_load(ctx->ws, a->pos[0], &c, &ctx->err))
		return ctx->err.code;
	struct gv_buf out = GV_BUF_INIT;
	int rc = gv_chapters_write(&c, format, &out, &ctx->err);
	if (rc)
		gv_buf_free(&out);
	else
		cmd_emit(ctx, &out);
	gv_chapters_free(&c);
	return rc;
}
