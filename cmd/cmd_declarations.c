/* gavel declarations [--json] [--public]: the registry of declarations of
 * interest (live/registry.h; docs/procedure.md, "The registry of
 * declarations"). The public one is made from the meetings the site
 * publishes, as declarations.html is. */
#include "cmd/cmd.h"
#include "cmd/handlers.h"
#include "cmd/util.h"

#include <stdbool.h>
#include <stdlib.h>

#include "agenda/meeting.h"
#include "base/buf.h"
#include "base/json.h"
#include "live/registry.h"
#include "publish/site.h"

/* The meetings of the registry, in order of their start: every one for the
 * clerk, the site's (made public) for the public. */
struct meetings {
	struct gv_site site;
	struct gv_meeting *all;
	size_t n;
	const struct gv_meeting **m;
};

static int meetings_load(struct gv_ctx *ctx, bool public, struct meetings *ms)
{
	*ms = (struct meetings){0};
	if (public) {
		if (gv_site_load(ctx->ws, &ms->site, &ctx->err))
			return ctx->err.code;
		ms->m = gv_calloc(ms->site.n ? ms->site.n : 1, sizeof *ms->m);
		for (size_t i = 0; i < ms->site.n; i++)
			ms->m[ms->n++] = &ms->site.meetings[i].m;
		return 0;
	}
	size_t n;
	if (gv_meeting_list(ctx->ws, &ms->all, &n, &ctx->err))
		return ctx->err.code;
	ms->m = gv_calloc(n ? n : 1, sizeof *ms->m);
	for (size_t i = 0; i < n; i++)
		ms->m[ms->n++] = &ms->all[i];
	return 0;
}

static void meetings_free(struct meetings *ms, bool public)
{
	if (public)
		gv_site_free(&ms->site);
	else
		gv_meetings_free(ms->all, ms->n);
	free(ms->m);
}

static void rows_json(struct gv_buf *b, const struct meetings *ms,
		      const struct gv_registry_row *rows, size_t n)
{
	struct gv_json j;
	gv_json_init(&j, b, true);
	gv_json_arr(&j);
	for (size_t i = 0; i < n; i++) {
		const struct gv_meeting *m = ms->m[rows[i].at];
		const struct gv_declared *d = rows[i].d;
		char date[16];
		gv_meeting_date(m, date);
		char *name = gv_meeting_name(m->title, m->body_name, m->starts_at);
		gv_json_obj(&j);
		gv_json_kstr(&j, "date", date);
		gv_json_kstr(&j, "meeting", m->slug);
		gv_json_kstr(&j, "meeting_name", name);
		gv_json_kstr(&j, "item", d->item);
		gv_json_kstr(&j, "item_title", d->item_title);
		gv_json_kint(&j, "member_id", d->member_id);
		gv_json_kstr(&j, "member", d->member);
		gv_json_kstr(&j, "nature", d->nature);
		gv_json_kbool(&j, "closed_session", d->closed_session);
		gv_json_key(&j, "closed_item");
		if (d->item)
			gv_json_bool(&j, d->closed_item);
		else
			gv_json_null(&j);
		gv_json_obj_end(&j);
		free(name);
	}
	gv_json_arr_end(&j);
	gv_buf_putc(b, '\n');
}

/* "2026-12-08  Councillor Ahmed Haddad, item 9.1 Water Rates 2027: owns a
 * rental unit (the Regular Meeting of Council of December 8, 2026)" */
static void rows_text(struct gv_buf *b, const struct meetings *ms,
		      const struct gv_registry_row *rows, size_t n, bool public)
{
	if (!n)
		gv_buf_puts(b, "No declarations recorded.\n");
	for (size_t i = 0; i < n; i++) {
		const struct gv_meeting *m = ms->m[rows[i].at];
		const struct gv_declared *d = rows[i].d;
		char date[16];
		gv_meeting_date(m, date);
		char *name = gv_meeting_name(m->title, m->body_name, m->starts_at);
		gv_buf_printf(b, "%s  %s, ", date, d->member);
		if (d->item)
			gv_buf_printf(b, "item %s %s", d->item, d->item_title);
		else
			gv_buf_puts(b, "in closed session at an earlier meeting");
		gv_buf_printf(b, ": %s (%s)", d->nature ? d->nature : "no general nature given",
			      name);
		/* the clerk's marks (docs/formats.md) */
		if (!public && d->item && d->closed_session)
			gv_buf_puts(b, " [closed session]");
		else if (!public && d->item && d->closed_item)
			gv_buf_puts(b, " [closed item]");
		gv_buf_putc(b, '\n');
		free(name);
	}
}

int cmd_declarations(struct gv_ctx *ctx, const struct gv_args *a)
{
	bool public = gv_flag(a, "public");
	struct meetings ms;
	if (meetings_load(ctx, public, &ms))
		return ctx->err.code;
	struct gv_declared_meeting *dm = gv_calloc(ms.n ? ms.n : 1, sizeof *dm);
	int rc = 0;
	for (size_t i = 0; !rc && i < ms.n; i++)
		rc = gv_declared_load(ctx->ws, ms.m[i], public, &dm[i], &ctx->err);
	if (!rc) {
		struct gv_registry_row *rows;
		size_t n = gv_registry_rows(dm, ms.n, public, &rows);
		struct gv_buf b = GV_BUF_INIT;
		if (gv_flag(a, "json"))
			rows_json(&b, &ms, rows, n);
		else
			rows_text(&b, &ms, rows, n, public);
		cmd_emit(ctx, &b);
		free(rows);
	}
	for (size_t i = 0; i < ms.n; i++)
		gv_declared_meeting_clear(&dm[i]);
	free(dm);
	meetings_free(&ms, public);
	return rc;
}
