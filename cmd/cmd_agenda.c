/* agenda show/add/edit/move/rm/attach/import/publish */
#include "cmd/cmd.h"
#include "cmd/handlers.h"
#include "cmd/util.h"

#include "agenda/bylaw.h"
#include "agenda/agenda_md.h"
#include "agenda/agenda_public.h"
#include "agenda/agenda_publish.h"
#include "agenda/revision.h"
#include "agenda/agenda_view.h"
#include "agenda/attach.h"
#include "agenda/clause.h"
#include "agenda/item.h"
#include "agenda/item_records.h"
#include "agenda/meeting.h"
#include "agenda/member.h"
#include "agenda/notice.h"
#include "live/added_late.h"
#include "base/buf.h"
#include "base/files.h"
#include "base/json.h"
#include "store/workspace.h"

#include <stdlib.h>
#include <string.h>

/* The meeting named by the first argument. */
static int meeting_arg(struct gv_ctx *ctx, const struct gv_args *a, struct gv_meeting *m)
{
	return gv_meeting_find(ctx->ws, a->pos[0], m, &ctx->err);
}

int cmd_agenda_show(struct gv_ctx *ctx, const struct gv_args *a)
{
	const char *format = gv_arg(a, "format") ? gv_arg(a, "format") : "text";
	if (strcmp(format, "text") && strcmp(format, "md"))
		return gv_err_set(&ctx->err, GV_EUSAGE,
				  "unknown format '%s' (text or md); see 'gavel help agenda show'",
				  format);
	struct gv_meeting m;
	if (meeting_arg(ctx, a, &m))
		return ctx->err.code;
	struct gv_agenda ag;
	if (gv_agenda_load(ctx->ws, m.id, &ag, &ctx->err)) {
		gv_meeting_clear(&m);
		return ctx->err.code;
	}
	bool public = gv_flag(a, "public");
	if (public) {
		gv_meeting_make_public(&m);
		if (gv_agenda_make_public_files(ctx->ws, &ag, &ctx->err)) {
			gv_agenda_free(&ag);
			gv_meeting_clear(&m);
			return ctx->err.code;
		}
	}
	struct gv_buf out = GV_BUF_INIT;
	struct gv_item_records_arg rec = {0};
	struct gv_item_record *r;
	if (gv_item_records(ctx->ws, m.id, &r, &rec.n, &ctx->err)) {
		gv_agenda_free(&ag);
		gv_meeting_clear(&m);
		return ctx->err.code;
	}
	rec.r = r;
	if (gv_flag(a, "json")) {
		struct gv_json j;
		gv_json_init(&j, &out, true);
		gv_json_obj(&j);
		gv_json_kstr(&j, "meeting", m.slug);
		gv_json_kstr(&j, "title", m.title);
		gv_json_kbool(&j, "public", public);
		gv_json_key(&j, "items");
		gv_agenda_json_items_with(&j, &ag, public, gv_item_records_json, &rec);
		gv_json_obj_end(&j);
	} else if (!strcmp(format, "md") || public) {
		/* The public outline is the public markdown: nothing closed in it. */
		gv_agenda_md_write(&out, &m, &ag);
	} else {
		char when[80];
		gv_meeting_when(&m, when);
		gv_buf_printf(&out, "%s — %s — %s\n\n", m.title, m.body_name, when);
		gv_agenda_text_write(&out, &ag, &rec);
	}
	gv_item_records_free(r, rec.n);
	cmd_emit(ctx, &out);
	gv_agenda_free(&ag);
	gv_meeting_clear(&m);
	return 0;
}

/* Fields from the options add and edit share, over what f holds. *body is
 * the caller's. */
static int item_fields(struct gv_ctx *ctx, const struct gv_args *a, struct gv_item_fields *f,
		       char **body)
{
	*body = NULL;
	if (gv_flag(a, "consent"))
		f->consent = 1;
	f->recommendation = gv_arg(a, "recommendation");
	if (gv_arg(a, "closed"))
		f->closed = gv_arg(a, "closed");
	f->public_title = gv_arg(a, "public-title");
	/* "" would mean "open" further down; only --open may say that. */
	char canonical[16];
	if (gv_arg(a, "closed") && !*gv_arg(a, "closed"))
		return gv_clause_parse("", canonical, &ctx->err);
	const char *file = gv_arg(a, "body-file");
	if (file && gv_text_read(file, ctx->in, GV_BODY_MAX, "body file", body, &ctx->err))
		return ctx->err.code;
	f->body = *body;
	return 0;
}

int cmd_agenda_add(struct gv_ctx *ctx, const struct gv_args *a)
{
	if (gv_arg(a, "under") && gv_arg(a, "after"))
		return gv_err_set(&ctx->err, GV_EUSAGE,
				  "--under and --after together; see 'gavel help agenda add'");
	struct gv_item_fields f = {.title = a->pos[1], .consent = -1};
	char *body;
	if (item_fields(ctx, a, &f, &body))
		return ctx->err.code;
	struct gv_meeting m;
	int rc = meeting_arg(ctx, a, &m);
	if (rc) {
		free(body);
		return rc;
	}
	enum gv_place place = gv_arg(a, "under") ? GV_PLACE_UNDER
			      : gv_arg(a, "after") ? GV_PLACE_AFTER
						   : GV_PLACE_END;
	const char *ref = gv_arg(a, "under") ? gv_arg(a, "under") : gv_arg(a, "after");
	char number[32];
	int64_t bylaw = 0, mover = 0;
	if (gv_arg(a, "bylaw"))
		rc = gv_bylaw_id(ctx->ws, gv_arg(a, "bylaw"), &bylaw, &ctx->err);
	if (!rc && gv_arg(a, "mover"))
		rc = gv_member_resolve(ctx->ws, gv_arg(a, "mover"), m.body_id, &mover, &ctx->err);
	if (!rc && !(rc = gv_item_add(ctx->ws, m.id, &f, place, ref, number, &ctx->err)) &&
	    (!bylaw || !(rc = gv_bylaw_item_set(ctx->ws, m.id, number, bylaw, &ctx->err))) &&
	    (!mover || !(rc = gv_notice_item_mover(ctx->ws, m.id, number, mover, &ctx->err)))) {
		fprintf(ctx->out, "%s\n", number);
		/* accepted, the clerk may be catching up on the record; but the
		 * draft minutes now say the item was not dealt with */
		char *late = ctx->notice ? gv_live_added_late(ctx->ws, m.id, number) : NULL;
		if (late)
			ctx->notice(ctx, late);
		free(late);
	}
	free(body);
	gv_meeting_clear(&m);
	return rc;
}

int cmd_agenda_edit(struct gv_ctx *ctx, const struct gv_args *a)
{
	if (gv_flag(a, "consent") && gv_flag(a, "no-consent"))
		return gv_err_set(&ctx->err, GV_EUSAGE,
				  "--consent and --no-consent together; see 'gavel help agenda edit'");
	if (gv_flag(a, "open") && gv_arg(a, "closed"))
		return gv_err_set(&ctx->err, GV_EUSAGE,
				  "--closed and --open together; see 'gavel help agenda edit'");
	struct gv_item_fields f = {.title = gv_arg(a, "title"),
				   .consent = gv_flag(a, "no-consent") ? 0 : -1,
				   .closed = gv_flag(a, "open") ? "" : NULL,
				   .force = gv_flag(a, "force")};
	char *body;
	if (item_fields(ctx, a, &f, &body))
		return ctx->err.code;
	const char *bylaw_num = gv_arg(a, "bylaw"), *mover_name = gv_arg(a, "mover");
	if (!f.title && !f.body && !f.recommendation && f.consent < 0 && !f.closed &&
	    !f.public_title && !bylaw_num && !mover_name) {
		free(body);
		return gv_err_set(&ctx->err, GV_EUSAGE,
				  "nothing to change; see 'gavel help agenda edit'");
	}
	struct gv_meeting m;
	int rc = meeting_arg(ctx, a, &m);
	int64_t bylaw = 0, mover = 0;
	if (!rc && bylaw_num)
		rc = gv_bylaw_id(ctx->ws, bylaw_num, &bylaw, &ctx->err);
	if (!rc && mover_name)
		rc = gv_member_resolve(ctx->ws, mover_name, m.body_id, &mover, &ctx->err);
	if (!rc) {
		bool fields = f.title || f.body || f.recommendation || f.consent >= 0 || f.closed ||
			      f.public_title;
		if (!(fields && (rc = gv_item_edit(ctx->ws, m.id, a->pos[1], &f, &ctx->err))) &&
		    !(bylaw && (rc = gv_bylaw_item_set(ctx->ws, m.id, a->pos[1], bylaw, &ctx->err))) &&
		    !(mover && (rc = gv_notice_item_mover(ctx->ws, m.id, a->pos[1], mover, &ctx->err))))
			fprintf(ctx->out, "Updated item %s\n", a->pos[1]);
		gv_meeting_clear(&m);
	}
	free(body);
	return rc;
}

int cmd_agenda_move(struct gv_ctx *ctx, const struct gv_args *a)
{
	int given = !!gv_arg(a, "after") + !!gv_arg(a, "under") + gv_flag(a, "first");
	if (given != 1)
		return gv_err_set(&ctx->err, GV_EUSAGE,
				  "give one of --after, --under or --first; see 'gavel help agenda move'");
	enum gv_place place = gv_arg(a, "under") ? GV_PLACE_UNDER
			      : gv_arg(a, "after") ? GV_PLACE_AFTER
						   : GV_PLACE_FIRST;
	const char *ref2 = gv_arg(a, "under") ? gv_arg(a, "under") : gv_arg(a, "after");
	struct gv_meeting m;
	if (meeting_arg(ctx, a, &m))
		return ctx->err.code;
	char number[32];
	int rc = gv_item_move(ctx->ws, m.id, a->pos[1], place, ref2, gv_flag(a, "force"), number,
			      &ctx->err);
	if (!rc)
		fprintf(ctx->out, "%s\n", number);
	gv_meeting_clear(&m);
	return rc;
}

int cmd_agenda_rm(struct gv_ctx *ctx, const struct gv_args *a)
{
	struct gv_meeting m;
	if (meeting_arg(ctx, a, &m))
		return ctx->err.code;
	int rc = gv_item_rm(ctx->ws, m.id, a->pos[1], &ctx->err);
	if (!rc)
		fprintf(ctx->out, "Removed item %s\n", a->pos[1]);
	gv_meeting_clear(&m);
	return rc;
}

int cmd_agenda_attach(struct gv_ctx *ctx, const struct gv_args *a)
{
	struct gv_meeting m;
	if (meeting_arg(ctx, a, &m))
		return ctx->err.code;
	int rc = gv_attach(ctx->ws, m.id, a->pos[1], a->pos[2], &ctx->err);
	if (!rc)
		fprintf(ctx->out, "Attached %s to item %s\n", a->pos[2], a->pos[1]);
	gv_meeting_clear(&m);
	return rc;
}

int cmd_agenda_detach(struct gv_ctx *ctx, const struct gv_args *a)
{
	struct gv_meeting m;
	if (meeting_arg(ctx, a, &m))
		return ctx->err.code;
	int rc = gv_attach_remove(ctx->ws, m.id, a->pos[1], a->pos[2], &ctx->err);
	if (!rc)
		fprintf(ctx->out, "Removed %s from item %s\n", a->pos[2], a->pos[1]);
	gv_meeting_clear(&m);
	return rc;
}

int cmd_agenda_import(struct gv_ctx *ctx, const struct gv_args *a)
{
	struct gv_meeting m;
	if (meeting_arg(ctx, a, &m))
		return ctx->err.code;
	char *text = NULL;
	size_t count = 0;
	int rc = gv_text_read(a->pos[1], ctx->in, 8 * 1024 * 1024, "agenda file", &text,
			      &ctx->err);
	if (!rc && !(rc = gv_agenda_import(ctx->ws, m.id, text, &count, &ctx->err)))
		fprintf(ctx->out, "Imported %zu items into %s\n", count, m.slug);
	free(text);
	gv_meeting_clear(&m);
	return rc;
}

int cmd_agenda_publish(struct gv_ctx *ctx, const struct gv_args *a)
{
	struct gv_meeting m;
	if (meeting_arg(ctx, a, &m))
		return ctx->err.code;
	bool changed;
	struct gv_agenda_published p;
	int rc = gv_agenda_publish_revision(ctx->ws, m.slug, &changed, &p, &ctx->err);
	if (!rc && !p.is_new)
		fprintf(ctx->out, "The agenda of %s is already published as it is (revision %d)\n",
			m.slug, p.revision);
	else if (!rc && p.revision == 1)
		fprintf(ctx->out, "Published the agenda of %s to record/\n", m.slug);
	else if (!rc)
		fprintf(ctx->out, "Published revision %d of the agenda of %s to record/%s\n",
			p.revision, m.slug, p.n_changes ? ":" : " (the meeting's details changed)");
	for (size_t i = 0; !rc && i < p.n_changes; i++)
		fprintf(ctx->out, "  %s\n", p.changes[i]);
	if (!rc)
		gv_revision_changes_free(p.changes, p.n_changes);
	gv_meeting_clear(&m);
	return rc;
}
