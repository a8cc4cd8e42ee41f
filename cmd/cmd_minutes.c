/* gavel minutes / history / diff / push: the minutes of a meeting, their
 * versions in record/, and publishing the record. */
#include "cmd/cmd.h"
#include "cmd/handlers.h"
#include "cmd/util.h"

#include "agenda/meeting.h"
#include "base/buf.h"
#include "base/clock.h"
#include "base/files.h"
#include "base/json.h"
#include "base/text.h"
#include "minutes/approval.h"
#include "minutes/minutes.h"
#include "minutes/notes.h"
#include "minutes/record.h"
#include "publish/minutes_pdf.h"
#include "store/pushes.h"
#include "store/repo.h"
#include "store/settings.h"
#include "store/workspace.h"

#include <stdlib.h>
#include <string.h>

static int usage(struct gv_ctx *ctx, const struct gv_args *a, const char *what)
{
	return gv_err_set(&ctx->err, GV_EUSAGE, "%s; see 'gavel help %s'", what, a->cmd->name);
}

/* The minutes typeset into a file (a PDF is no text for the terminal);
 * clears m. */
static int minutes_pdf(struct gv_ctx *ctx, const struct gv_args *a, struct gv_minutes *m)
{
	struct gv_buf md = GV_BUF_INIT, pdf = GV_BUF_INIT;
	gv_minutes_md(&md, m);
	char *path = gv_arg(a, "out") ? gv_strdup(gv_arg(a, "out"))
				      : gv_asprintf("%s-minutes%s.pdf", m->meeting.slug,
						    m->public ? "-public" : "");
	int rc = gv_minutes_pdf(m, gv_buf_str(&md), &pdf, &ctx->err);
	if (!rc)
		rc = gv_file_write_atomic(path, pdf.data, pdf.len, m->public ? 0644 : 0600,
					  &ctx->err);
	if (!rc)
		fprintf(ctx->out, "Wrote the %s minutes of %s.\n%s\n",
			m->public ? "public" : "confidential", m->meeting.slug, path);
	free(path);
	gv_buf_free(&pdf);
	gv_buf_free(&md);
	gv_minutes_clear(m);
	return rc;
}

int cmd_minutes(struct gv_ctx *ctx, const struct gv_args *a)
{
	const char *format = gv_arg(a, "format") ? gv_arg(a, "format") : "md";
	if (strcmp(format, "md") && strcmp(format, "html") && strcmp(format, "pdf"))
		return usage(ctx, a, "--format is md, html or pdf");
	if (gv_arg(a, "out") && strcmp(format, "pdf"))
		return usage(ctx, a, "--out goes with --format pdf");
	struct gv_minutes m;
	if (gv_minutes_load(ctx->ws, a->pos[0], &m, &ctx->err))
		return ctx->err.code;
	if (gv_flag(a, "public"))
		gv_minutes_make_public(&m);
	struct gv_buf out = GV_BUF_INIT;
	int rc = 0;
	if (!strcmp(format, "pdf"))
		return minutes_pdf(ctx, a, &m);
	if (!strcmp(format, "html"))
		rc = gv_minutes_html(&out, &m, &ctx->err);
	else
		gv_minutes_md(&out, &m);
	if (!rc)
		cmd_emit(ctx, &out);
	gv_buf_free(&out);
	gv_minutes_clear(&m);
	return rc;
}

int cmd_minutes_note(struct gv_ctx *ctx, const struct gv_args *a)
{
	const char *file = gv_arg(a, "file");
	if ((file != NULL) == (a->npos == 3))
		return usage(ctx, a, "give the note as TEXT or with --file F, not both");
	struct gv_meeting m;
	if (gv_meeting_find(ctx->ws, a->pos[0], &m, &ctx->err))
		return ctx->err.code;
	char *text = NULL, number[32];
	int rc = 0;
	if (file)
		rc = gv_text_read(file, ctx->in, GV_NOTE_MAX, "note file", &text, &ctx->err);
	if (!rc)
		rc = gv_note_set(ctx->ws, m.id, a->pos[1], text ? text : a->pos[2], number,
				 &ctx->err);
	if (!rc)
		fprintf(ctx->out, "Note on item %s of %s set.\n%s\n", number, m.slug, number);
	free(text);
	gv_meeting_clear(&m);
	return rc;
}

int cmd_minutes_save(struct gv_ctx *ctx, const struct gv_args *a)
{
	const char *message = gv_arg(a, "message");
	struct gv_meeting m;
	if (gv_meeting_find(ctx->ws, a->pos[0], &m, &ctx->err))
		return ctx->err.code;
	bool committed, confidential;
	int rc = gv_minutes_save_to(ctx->ws, m.id, message, &committed, &confidential, &ctx->err);
	/* say where a version went: a note on a closed item changes only the
	 * complete minutes */
	if (!rc && committed)
		fprintf(ctx->out, "Saved the minutes of %s to record/%s.\n", m.slug,
			confidential ? " and confidential/" : "");
	else if (!rc && confidential)
		fprintf(ctx->out, "Saved the complete minutes of %s to confidential/; the public "
				  "minutes are unchanged.\n", m.slug);
	else if (!rc)
		fprintf(ctx->out, "The minutes of %s are unchanged: no new version.\n", m.slug);
	gv_meeting_clear(&m);
	return rc;
}

int cmd_minutes_approve(struct gv_ctx *ctx, const struct gv_args *a)
{
	const char *at = gv_arg(a, "at-meeting");
	bool force = gv_flag(a, "force");
	if ((at != NULL) != (gv_arg(a, "motion") != NULL))
		return usage(ctx, a, "--at-meeting and --motion go together");
	if (at && force)
		return usage(ctx, a, "--force is for approving without --at-meeting and --motion");
	if (!at && !force)
		return gv_err_set(&ctx->err, GV_EREFUSED,
				  "say which motion approved the minutes (--at-meeting M2 --motion "
				  "K), or approve without one with --force");
	int motion = 0;
	if (at && cmd_int_opt(ctx, a, "motion", 0, 1, 100000, &motion))
		return ctx->err.code;
	if (gv_minutes_approve(ctx->ws, a->pos[0], at, motion, force, &ctx->err))
		return ctx->err.code;
	struct gv_meeting m;
	if (gv_meeting_find(ctx->ws, a->pos[0], &m, &ctx->err))
		return ctx->err.code;
	fprintf(ctx->out, "The minutes of %s are approved and locked.\napproved/%s\n", m.slug,
		m.slug);
	gv_meeting_clear(&m);
	return 0;
}

static void version_json(struct gv_json *j, const struct gv_repo_version *v)
{
	char when[32];
	gv_time_iso(v->when, when);
	gv_json_obj(j);
	gv_json_kstr(j, "commit", v->oid);
	gv_json_kstr(j, "time", when);
	gv_json_kstr(j, "author", v->author);
	gv_json_kstr(j, "email", v->email);
	size_t subject = strcspn(v->message, "\n");
	char *first = gv_strndup(v->message, subject);
	gv_json_kstr(j, "message", first);
	free(first);
	gv_json_key(j, "files");
	gv_json_arr(j);
	if (v->changed & 1)
		gv_json_str(j, "agenda.md");
	if (v->changed & 2)
		gv_json_str(j, "minutes.md");
	gv_json_arr_end(j);
	gv_json_key(j, "tags");
	gv_json_arr(j);
	for (size_t k = 0; k < v->n_tags; k++)
		gv_json_str(j, v->tags[k]);
	gv_json_arr_end(j);
	gv_json_obj_end(j);
}

static void version_text(struct gv_buf *b, const struct gv_repo_version *v)
{
	char when[32];
	gv_time_format(v->when, "%Y-%m-%d %H:%M", when, sizeof when);
	gv_buf_printf(b, "%.10s  %s  %s  %.*s", v->oid, when, v->author,
		      (int)strcspn(v->message, "\n"), v->message);
	for (size_t k = 0; k < v->n_tags; k++)
		gv_buf_printf(b, "%s%s", k ? ", " : "  (tag: ", v->tags[k]);
	gv_buf_puts(b, v->n_tags ? ")\n" : "\n");
}

int cmd_history(struct gv_ctx *ctx, const struct gv_args *a)
{
	char *slug;
	struct gv_repo_version *v;
	size_t n;
	if (gv_minutes_history(ctx->ws, a->pos[0], &slug, &v, &n, &ctx->err))
		return ctx->err.code;
	struct gv_buf out = GV_BUF_INIT;
	if (gv_flag(a, "json")) {
		struct gv_json j;
		gv_json_init(&j, &out, true);
		gv_json_obj(&j);
		gv_json_kstr(&j, "meeting", slug);
		gv_json_key(&j, "versions");
		gv_json_arr(&j);
		for (size_t i = 0; i < n; i++)
			version_json(&j, &v[i]);
		gv_json_arr_end(&j);
		gv_json_obj_end(&j);
		gv_buf_putc(&out, '\n');
	} else if (!n) {
		gv_buf_printf(&out, "Nothing of %s is in record/ yet.\n", slug);
	} else {
		for (size_t i = 0; i < n; i++)
			version_text(&out, &v[i]);
	}
	cmd_emit(ctx, &out);
	gv_repo_versions_free(v, n);
	free(slug);
	return 0;
}

/* Colour a unified diff line by line, as git does on a terminal. */
static void emit_coloured(struct gv_ctx *ctx, const char *diff)
{
	static const enum gv_colour colour[] = {
		[GV_DIFF_CONTEXT] = GV_COLOUR_PLAIN, [GV_DIFF_FILE] = GV_COLOUR_BOLD,
		[GV_DIFF_HUNK] = GV_COLOUR_CYAN,     [GV_DIFF_ADDED] = GV_COLOUR_GREEN,
		[GV_DIFF_REMOVED] = GV_COLOUR_RED,
	};
	while (*diff) {
		size_t len = strcspn(diff, "\n");
		enum gv_colour c = colour[gv_diff_line_kind(diff)];
		if (c != GV_COLOUR_PLAIN)
			ctx->colour(ctx, c);
		fprintf(ctx->out, "%.*s", (int)len, diff);
		if (c != GV_COLOUR_PLAIN)
			ctx->colour(ctx, GV_COLOUR_PLAIN);
		fputc('\n', ctx->out);
		diff += len + (diff[len] == '\n');
	}
}

int cmd_diff(struct gv_ctx *ctx, const struct gv_args *a)
{
	struct gv_buf out = GV_BUF_INIT;
	if (gv_minutes_diff(ctx->ws, a->pos[0], a->npos > 1 ? a->pos[1] : NULL,
			    a->npos > 2 ? a->pos[2] : NULL, &out, &ctx->err)) {
		gv_buf_free(&out);
		return ctx->err.code;
	}
	if (ctx->colour && out.len)
		emit_coloured(ctx, gv_buf_str(&out));
	else if (out.len)
		fputs(gv_buf_str(&out), ctx->out);
	gv_buf_free(&out);
	return 0;
}

int cmd_push(struct gv_ctx *ctx, const struct gv_args *a)
{
	char *url = a->npos ? gv_strdup(a->pos[0]) : gv_setting_get(ctx->ws->db, "publish.remote");
	int rc;
	if (!url || !*url) {
		rc = gv_err_set(&ctx->err, GV_EREFUSED,
				"no remote: give REMOTE-URL or set one with 'gavel config "
				"publish.remote URL'");
	} else {
		char *record = gv_ws_path(ctx->ws, "record");
		rc = gv_repo_push(record, url, &ctx->err);
		if (!rc)
			rc = gv_pushes_add(ctx->ws->db, url, gv_now(), &ctx->err);
		if (!rc)
			fprintf(ctx->out, "Pushed record/ (main and tags) to %s.\n", url);
		free(record);
	}
	free(url);
	return rc;
}
