/* meeting new/edit/list/show */
#include "cmd/cmd.h"
#include "cmd/handlers.h"
#include "cmd/util.h"

#include "agenda/deferral.h"
#include "agenda/notice.h"

#include "agenda/agenda_view.h"
#include "agenda/item.h"
#include "agenda/item_records.h"
#include "agenda/login.h"
#include "agenda/meeting.h"
#include "base/buf.h"
#include "base/clock.h"
#include "base/json.h"
#include "store/workspace.h"

#include <stdlib.h>

int cmd_meeting_new(struct gv_ctx *ctx, const struct gv_args *a)
{
	if (!gv_arg(a, "title") || !gv_arg(a, "at"))
		return gv_err_set(&ctx->err, GV_EUSAGE,
				  "meeting new needs --title and --at; see 'gavel help meeting new'");
	struct gv_meeting_spec spec = {
		.title = gv_arg(a, "title"),
		.body = gv_arg(a, "body"),
		.location = gv_arg(a, "location"),
		.template = gv_arg(a, "template"),
	};
	if (gv_time_parse(gv_arg(a, "at"), 0, &spec.starts_at, &ctx->err))
		return ctx->err.code;
	char *slug;
	if (gv_meeting_new(ctx->ws, &spec, &slug, &ctx->err))
		return ctx->err.code;
	struct gv_meeting m;
	if (!gv_meeting_find(ctx->ws, slug, &m, NULL)) {
		char when[80];
		gv_meeting_when(&m, when);
		fprintf(ctx->out, "Scheduled %s (%s), %s\n", m.title, m.body_name, when);
		gv_meeting_clear(&m);
	}
	fprintf(ctx->out, "%s\n", slug);
	free(slug);
	return 0;
}

int cmd_meeting_edit(struct gv_ctx *ctx, const struct gv_args *a)
{
	struct gv_meeting m;
	if (gv_meeting_find(ctx->ws, a->pos[0], &m, &ctx->err))
		return ctx->err.code;
	int64_t at;
	struct gv_meeting_edit e = {
		.title = gv_arg(a, "title"),
		.location = gv_arg(a, "location"),
		.stream_url = gv_arg(a, "stream-url"),
		.lang = gv_arg(a, "lang"),
		.cancel = gv_flag(a, "cancel"),
	};
	int rc = 0;
	if (gv_arg(a, "at")) {
		if ((rc = gv_time_parse(gv_arg(a, "at"), m.starts_at, &at, &ctx->err)))
			goto out;
		e.starts_at = &at;
	}
	if (!e.title && !e.location && !e.stream_url && !e.lang && !e.cancel && !e.starts_at) {
		rc = gv_err_set(&ctx->err, GV_EUSAGE,
				"nothing to change; see 'gavel help meeting edit'");
		goto out;
	}
	if (!(rc = gv_meeting_edit(ctx->ws, m.slug, &e, &ctx->err)))
		fprintf(ctx->out, "%s %s\n", e.cancel ? "Cancelled" : "Updated", m.slug);
out:
	gv_meeting_clear(&m);
	return rc;
}

int cmd_meeting_list(struct gv_ctx *ctx, const struct gv_args *a)
{
	struct gv_meeting *m;
	size_t n;
	if (gv_meeting_list(ctx->ws, &m, &n, &ctx->err))
		return ctx->err.code;
	struct gv_buf out = GV_BUF_INIT;
	struct gv_json j;
	gv_json_init(&j, &out, true);
	if (gv_flag(a, "json"))
		gv_json_arr(&j);
	size_t shown = 0;
	for (size_t i = 0; i < n; i++) {
		/* a member through the server: the meetings of bodies they sit on */
		int sits = 1;
		if (ctx->member_id &&
		    gv_login_sits(ctx->ws, ctx->member_id, m[i].id, &sits, &ctx->err)) {
			gv_buf_free(&out);
			gv_meetings_free(m, n);
			return ctx->err.code;
		}
		if (!sits)
			continue;
		shown++;
		if (gv_flag(a, "json")) {
			gv_meeting_json(&j, &m[i]);
			continue;
		}
		char when[32];
		gv_time_format(m[i].starts_at, "%a %Y-%m-%d %H:%M", when, sizeof when);
		gv_buf_printf(&out, "%-26s %s  %-12s %s%s%s\n", m[i].slug, when, m[i].body_name,
			      m[i].title, m[i].cancelled ? "  [cancelled]" : "",
			      m[i].agenda_changed	   ? "  [agenda changed since published]"
			      : m[i].agenda_published_at ? "  [agenda published]"
							 : "");
	}
	if (gv_flag(a, "json"))
		gv_json_arr_end(&j);
	else if (!shown)
		gv_buf_puts(&out, "No meetings yet: add one with 'gavel meeting new'.\n");
	cmd_emit(ctx, &out);
	gv_meetings_free(m, n);
	return 0;
}

/* Business deferred to m from an earlier meeting, on m's agenda, and
 * business of m's body deferred to a date that no meeting of it has
 * reached yet (docs/procedure.md, "Dispositions"; the JSON keys in
 * docs/formats.md, "Markdown agenda"). */
static void deferred_text(struct gv_buf *out, const struct gv_meeting *m,
			  const struct gv_agenda *ag, const struct gv_deferral *d, size_t n)
{
	bool any = false;
	for (size_t i = 0; i < ag->n; i++) {
		const struct gv_item *it = &ag->items[i];
		if (!it->deferred_from)
			continue;
		if (!any)
			gv_buf_puts(out, "\nDeferred to this meeting\n");
		any = true;
		gv_buf_printf(out, "  %s %s (from ", it->number, it->title);
		gv_item_deferred_words(out, it);
		gv_buf_puts(out, ")\n");
	}
	if (n)
		gv_buf_printf(out, "\nDeferred business waiting for a meeting of %s\n", m->body_name);
	for (size_t i = 0; i < n; i++)
		gv_buf_printf(out, "  %s %s (from %s), on or after %s\n", *d[i].from_item ?
			      d[i].from_item : "-", d[i].title, d[i].from_name, d[i].until);
}

static void deferred_json(struct gv_json *j, const struct gv_agenda *ag,
			  const struct gv_deferral *d, size_t n)
{
	gv_json_key(j, "deferred_here");
	gv_json_arr(j);
	for (size_t i = 0; i < ag->n; i++) {
		const struct gv_item *it = &ag->items[i];
		if (!it->deferred_from)
			continue;
		gv_json_obj(j);
		gv_json_kstr(j, "number", it->number);
		gv_json_kstr(j, "title", it->title);
		gv_deferred_from_json(j, it->deferred_from, it->deferred_item);
		gv_json_obj_end(j);
	}
	gv_json_arr_end(j);
	gv_json_key(j, "deferred_waiting");
	gv_json_arr(j);
	for (size_t i = 0; i < n; i++) {
		gv_json_obj(j);
		gv_json_kstr(j, "title", d[i].title);
		gv_deferred_from_json(j, d[i].from_slug, d[i].from_item);
		gv_json_kstr(j, "until", d[i].until);
		gv_json_obj_end(j);
	}
	gv_json_arr_end(j);
}

/* Notices of motion of m's body that no meeting has yet (docs/bylaws.md,
 * "Notices of motion"), as text or as the key "notices_waiting". */
static void notices_text(struct gv_ctx *ctx, struct gv_buf *out, const struct gv_meeting *m,
			 struct gv_json *j)
{
	struct gv_notice *d;
	size_t n;
	if (gv_notices_waiting(ctx->ws, m->body_id, &d, &n, NULL))
		return;
	if (j) {
		gv_json_key(j, "notices_waiting");
		gv_json_arr(j);
		for (size_t i = 0; i < n; i++) {
			gv_json_obj(j);
			gv_json_kstr(j, "text", d[i].text);
			gv_json_kstr(j, "mover", d[i].mover);
			gv_json_kstr(j, "given_at", d[i].given_at);
			gv_json_obj_end(j);
		}
		gv_json_arr_end(j);
		gv_notices_free(d, n);
		return;
	}
	if (n)
		gv_buf_printf(out, "\nNotices of motion awaiting a meeting of %s\n", m->body_name);
	for (size_t i = 0; i < n; i++)
		/* the meeting by name, as the deferred business above says it */
		gv_buf_printf(out, "  %s (notice given at %s): %s\n", d[i].mover,
			      d[i].given_at_name, d[i].text);
	gv_notices_free(d, n);
}

int cmd_meeting_show(struct gv_ctx *ctx, const struct gv_args *a)
{
	struct gv_meeting m;
	if (gv_meeting_find(ctx->ws, a->pos[0], &m, &ctx->err))
		return ctx->err.code;
	struct gv_agenda ag;
	if (gv_agenda_load(ctx->ws, m.id, &ag, &ctx->err)) {
		gv_meeting_clear(&m);
		return ctx->err.code;
	}
	/* the waiting business is a reminder: the meeting shows without it */
	struct gv_deferral *d;
	size_t n;
	gv_deferrals_waiting(ctx->ws, m.body_id, &d, &n, NULL);
	struct gv_buf out = GV_BUF_INIT;
	if (gv_flag(a, "json")) {
		struct gv_json j;
		gv_json_init(&j, &out, true);
		gv_json_obj(&j);
		gv_meeting_json_fields(&j, &m);
		deferred_json(&j, &ag, d, n);
		notices_text(ctx, &out, &m, &j);
		gv_json_obj_end(&j);
	} else {
		char when[80], at[32], published[96] = "not published";
		gv_meeting_when(&m, when);
		if (m.agenda_published_at) {
			gv_time_format(m.agenda_published_at, "%Y-%m-%d %H:%M", at, sizeof at);
			snprintf(published, sizeof published, "published %s (revision %d)%s", at,
				 m.agenda_revision,
				 m.agenda_changed ? ", changed since published" : "");
		}
		gv_buf_printf(&out, "%s%s\n", m.title, m.cancelled ? " (CANCELLED)" : "");
		gv_buf_printf(&out, "  meeting   %s\n  body      %s\n  when      %s (%s)\n",
			      m.slug, m.body_name, when, gv_tz_name());
		if (m.location)
			gv_buf_printf(&out, "  where     %s\n", m.location);
		if (m.stream_url)
			gv_buf_printf(&out, "  stream    %s\n", m.stream_url);
		gv_buf_printf(&out, "  agenda    %d items, %s\n\n", m.items, published);
		/* without its movers and by-laws when they cannot be read: the
		 * outline shows still */
		struct gv_item_records_arg rec = {0};
		struct gv_item_record *r = NULL;
		if (!gv_item_records(ctx->ws, m.id, &r, &rec.n, NULL))
			rec.r = r;
		gv_agenda_text_write(&out, &ag, &rec);
		gv_item_records_free(r, rec.n);
		deferred_text(&out, &m, &ag, d, n);
		notices_text(ctx, &out, &m, NULL);
	}
	gv_deferrals_free(d, n);
	cmd_emit(ctx, &out);
	gv_agenda_free(&ag);
	gv_meeting_clear(&m);
	return 0;
}
