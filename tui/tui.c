#include "tui/tui.h"
#include "cmd/cmd.h"
int tui_open(struct gv_ctx *ctx, const char *meeting)
{
	(void)meeting;
	return gv_err_set(&ctx->err, GV_EREFUSED, "TUI not built yet");
}
