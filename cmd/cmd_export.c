/* gavel export popolo|ocd|ics|csv [M...]: open data to stdout. */
#include "cmd/cmd.h"
#include "cmd/handlers.h"
#include "cmd/util.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "publish/export.h"
#include "publish/pages.h"
#include "publish/site.h"
#include "publish/vote_record.h"

static int export_ics(struct gv_ctx *ctx, const struct gv_args *a, struct gv_buf *out)
{
	struct gv_site s;
	if (gv_site_load(ctx->ws, &s, &ctx->err))
		return ctx->err.code;
	bool *only = a->npos > 1 ? gv_calloc(s.n ? s.n : 1, sizeof *only) : NULL;
	int rc = 0;
	for (int i = 1; !rc && i < a->npos; i++) {
		struct gv_site_meeting *sm;
		rc = gv_site_find(&s, a->pos[i], &sm, &ctx->err);
		if (!rc)
			only[sm - s.meetings] = true;
	}
	if (!rc)
		gv_page_calendar(out, &s, only);
	free(only);
	gv_site_free(&s);
	return rc;
}

int cmd_export(struct gv_ctx *ctx, const struct gv_args *a)
{
	const char *kind = a->pos[0];
	struct gv_buf out = GV_BUF_INIT;
	int rc;
	if (!strcmp(kind, "ics")) {
		rc = export_ics(ctx, a, &out);
	} else if (!strcmp(kind, "popolo") || !strcmp(kind, "csv") || !strcmp(kind, "ocd")) {
		struct gv_vote_record r;
		rc = gv_vote_record_load(ctx->ws, a->pos + 1, (size_t)a->npos - 1, &r, &ctx->err);
		if (!rc && !strcmp(kind, "popolo"))
			rc = gv_export_popolo(ctx->ws, &r, &out, &ctx->err);
		else if (!rc && !strcmp(kind, "csv"))
			gv_export_votes_csv(&r, &out);
		else if (!rc)
			rc = gv_export_ocd(ctx->ws, &r, &out, &ctx->err);
		gv_vote_record_free(&r);
	} else {
		rc = gv_err_set(&ctx->err, GV_EUSAGE, "unknown export '%s' (popolo, ocd, ics or csv)",
				kind);
	}
	if (rc)
		gv_buf_free(&out);
	else
		cmd_emit(ctx, &out);
	return rc;
}
