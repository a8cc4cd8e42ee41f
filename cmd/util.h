/* Small helpers shared by the command handlers. */
#ifndef GAVEL_CMD_UTIL_H
#define GAVEL_CMD_UTIL_H

#include <stdint.h>

struct gv_ctx;
struct gv_args;
struct gv_buf;

/* Integer option --name (def when absent); refused unless it is a whole
 * number in [min, max]. */
int cmd_int_opt(struct gv_ctx *ctx, const struct gv_args *a, const char *name, int def,
		int min, int max, int *out);
/* A time option parsed against the day of `day` (0: today). */
int cmd_time_opt(struct gv_ctx *ctx, const struct gv_args *a, const char *name, int64_t day,
		 int64_t *out);
/* Write b to ctx->out and free it. */
void cmd_emit(struct gv_ctx *ctx, struct gv_buf *b);

#endif
