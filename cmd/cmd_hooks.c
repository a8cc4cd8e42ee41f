/* gavel hooks list | gavel hooks test EVENT */
#include "cmd/cmd.h"
#include "cmd/handlers.h"
#include "cmd/util.h"

#include <stdio.h>

#include "base/buf.h"
#include "base/json.h"
#include "streaming-hooks/hook_sample.h"
#include "streaming-hooks/hooks.h"

int cmd_hooks_list(struct gv_ctx *ctx, const struct gv_args *a)
{
	struct gv_hook_file *h;
	size_t n;
	if (gv_hooks_list(ctx->ws, &h, &n, &ctx->err))
		return ctx->err.code;
	struct gv_buf b = GV_BUF_INIT;
	if (gv_flag(a, "json")) {
		struct gv_json j;
		gv_json_init(&j, &b, true);
		gv_json_arr(&j);
		for (size_t i = 0; i < n; i++) {
			gv_json_obj(&j);
			gv_json_kstr(&j, "name", h[i].name);
			gv_json_kbool(&j, "executable", h[i].executable);
			gv_json_kbool(&j, "known", h[i].known);
			gv_json_kbool(&j, "runs", !h[i].why);
			gv_json_kbool(&j, "unsafe", h[i].unsafe);
			if (h[i].why)
				gv_json_kstr(&j, "why", h[i].why);
			gv_json_obj_end(&j);
		}
		gv_json_arr_end(&j);
		gv_buf_putc(&b, '\n');
	} else if (!n) {
		gv_buf_puts(&b, "No hooks installed: put executables named on-EVENT in hooks/ "
				"(events: start item motion vote recess resume closed rise adjourn, "
				"or on-event for all)\n");
	}
	for (size_t i = 0; i < n && !gv_flag(a, "json"); i++)
		gv_buf_printf(&b, "%-12s %s%s%s\n", h[i].name, h[i].unsafe ? "not run: " : "",
			      h[i].why ? h[i].why : "executable",
			      h[i].known ? "" : ", not an event gavel fires");
	cmd_emit(ctx, &b);
	gv_hooks_list_free(h, n);
	return 0;
}

int cmd_hooks_test(struct gv_ctx *ctx, const struct gv_args *a)
{
	struct gv_hook_sample s;
	if (gv_hook_sample(a->pos[0], &s, &ctx->err))
		return ctx->err.code;
	struct gv_buf report = GV_BUF_INIT;
	int rc = gv_hooks_run_now(ctx->ws, &s.ev, &report, &ctx->err);
	if (!rc)
		cmd_emit(ctx, &report);
	else
		gv_buf_free(&report);
	return rc;
}
