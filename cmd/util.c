#include "cmd/util.h"

#include "base/buf.h"
#include "base/clock.h"
#include "cmd/cmd.h"

#include <stdlib.h>

int cmd_int_opt(struct gv_ctx *ctx, const struct gv_args *a, const char *name, int def,
		int min, int max, int *out)
{
	const char *v = gv_arg(a, name);
	if (!v) {
		*out = def;
		return 0;
	}
	char *end;
	long n = strtol(v, &end, 10);
	if (!*v || *end || n < min || n > max)
		return gv_err_set(&ctx->err, GV_EREFUSED, "--%s must be a whole number from %d to %d",
				  name, min, max);
	*out = (int)n;
	return 0;
}

int cmd_time_opt(struct gv_ctx *ctx, const struct gv_args *a, const char *name, int64_t day,
		 int64_t *out)
{
	const char *v = gv_arg(a, name);
	if (!v) {
		*out = gv_now();
		return 0;
	}
	return gv_time_parse(v, day, out, &ctx->err);
}

void cmd_emit(struct gv_ctx *ctx, struct gv_buf *b)
{
	fputs(gv_buf_str(b), ctx->out);
	gv_buf_free(b);
}
