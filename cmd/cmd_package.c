/* gavel package: a meeting's agenda package as one PDF (publish/package.h). */
#include "cmd/cmd.h"
#include "cmd/handlers.h"

#include "agenda/agenda_public.h"
#include "agenda/item.h"
#include "agenda/meeting.h"
#include "base/buf.h"
#include "base/files.h"
#include "publish/package.h"
#include "store/settings.h"
#include "store/workspace.h"

#include <stdlib.h>

int cmd_package(struct gv_ctx *ctx, const struct gv_args *a)
{
	bool public = gv_flag(a, "public");
	struct gv_meeting m;
	if (gv_meeting_find(ctx->ws, a->pos[0], &m, &ctx->err))
		return ctx->err.code;
	struct gv_agenda ag;
	if (gv_agenda_load(ctx->ws, m.id, &ag, &ctx->err)) {
		gv_meeting_clear(&m);
		return ctx->err.code;
	}
	char *path = gv_arg(a, "out") ? gv_strdup(gv_arg(a, "out"))
				      : gv_asprintf("%s-agenda-package%s.pdf", m.slug,
						    public ? "-public" : "");
	char *municipality = gv_setting_get(ctx->ws->db, "municipality");
	struct gv_buf pdf = GV_BUF_INIT;
	int rc = 0;
	if (public) {
		gv_meeting_make_public(&m);
		rc = gv_agenda_make_public_files(ctx->ws, &ag, &ctx->err);
	}
	struct gv_package pkg = {ctx->ws, municipality, &m, &ag, !public};
	if (!rc)
		rc = gv_package_pdf(&pkg, &pdf, &ctx->err);
	if (!rc)
		rc = gv_file_write_atomic(path, pdf.data, pdf.len, public ? 0644 : 0600, &ctx->err);
	if (!rc)
		fprintf(ctx->out, "Wrote the %s agenda package of %s.\n%s\n",
			public ? "public" : "confidential", m.slug, path);
	gv_buf_free(&pdf);
	free(municipality);
	free(path);
	gv_agenda_free(&ag);
	gv_meeting_clear(&m);
	return rc;
}
