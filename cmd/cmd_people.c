/* body add/list, member add/list */
#include "cmd/cmd.h"
#include "cmd/handlers.h"
#include "cmd/util.h"

#include "agenda/body.h"
#include "agenda/member.h"
#include "base/buf.h"
#include "base/json.h"
#include "base/text.h"
#include "store/workspace.h"

#include <stdlib.h>
#include <string.h>

int cmd_body_add(struct gv_ctx *ctx, const struct gv_args *a)
{
	int seats, quorum;
	if (cmd_int_opt(ctx, a, "seats", -1, 1, 1000, &seats) ||
	    cmd_int_opt(ctx, a, "quorum", -1, 1, 1000, &quorum))
		return ctx->err.code;
	int64_t id;
	if (gv_body_add(ctx->ws, a->pos[0], seats, quorum, &id, &ctx->err))
		return ctx->err.code;
	/* its handle alone last: the slug, which --body takes (docs/people.md) */
	char ref[24];
	snprintf(ref, sizeof ref, "%lld", (long long)id);
	struct gv_body b = {0};
	if (gv_body_find(ctx->ws, ref, &b, &ctx->err))
		return ctx->err.code;
	fprintf(ctx->out, "Added body %s\n%s\n", b.name, b.slug);
	gv_body_clear(&b);
	return 0;
}

int cmd_body_list(struct gv_ctx *ctx, const struct gv_args *a)
{
	struct gv_body *b;
	size_t n;
	if (gv_body_list(ctx->ws, &b, &n, &ctx->err))
		return ctx->err.code;
	struct gv_buf out = GV_BUF_INIT;
	if (gv_flag(a, "json")) {
		struct gv_json j;
		gv_json_init(&j, &out, true);
		gv_json_arr(&j);
		for (size_t i = 0; i < n; i++) {
			gv_json_obj(&j);
			gv_json_kint(&j, "id", b[i].id);
			gv_json_kstr(&j, "name", b[i].name);
			gv_json_kstr(&j, "slug", b[i].slug);
			gv_json_kint(&j, "seats", b[i].seats);
			gv_json_kint(&j, "quorum", b[i].quorum);
			gv_json_kint(&j, "members", b[i].members);
			gv_json_obj_end(&j);
		}
		gv_json_arr_end(&j);
	} else {
		for (size_t i = 0; i < n; i++)
			gv_buf_printf(&out, "%-28s %3d seats  quorum %d  %d members\n", b[i].name,
				      b[i].seats, b[i].quorum, b[i].members);
	}
	cmd_emit(ctx, &out);
	gv_bodies_free(b, n);
	return 0;
}

int cmd_member_add(struct gv_ctx *ctx, const struct gv_args *a)
{
	const char *role = gv_arg(a, "role") ? gv_arg(a, "role") : "councillor";
	int64_t id;
	if (gv_member_add_from(ctx->ws, a->pos[0], role, gv_arg(a, "ward"), gv_arg(a, "body"),
			       gv_arg(a, "from"), gv_arg(a, "title"), &id, &ctx->err))
		return ctx->err.code;
	/* its handle alone last: the id, which every NAME takes (docs/people.md) */
	char *name = gv_trim(a->pos[0]);
	fprintf(ctx->out, "Added %s %s\n%lld\n", role, name, (long long)id);
	free(name);
	return 0;
}

/* The bodies column split back into a JSON array. */
static void json_bodies(struct gv_json *j, const char *bodies)
{
	gv_json_key(j, "bodies");
	gv_json_arr(j);
	const char *p = bodies;
	while (*p) {
		size_t n = strcspn(p, ",");
		char *name = gv_strndup(p, n);
		gv_json_str(j, name);
		free(name);
		p += n;
		while (*p == ',' || *p == ' ')
			p++;
	}
	gv_json_arr_end(j);
}

int cmd_member_list(struct gv_ctx *ctx, const struct gv_args *a)
{
	int64_t body = 0;
	if (gv_arg(a, "body")) {
		struct gv_body b;
		if (gv_body_find(ctx->ws, gv_arg(a, "body"), &b, &ctx->err))
			return ctx->err.code;
		body = b.id;
		gv_body_clear(&b);
	}
	if (gv_arg(a, "on") && gv_flag(a, "all"))
		return gv_err_set(&ctx->err, GV_EUSAGE, "--on and --all cannot go together");
	char today[11];
	gv_today(today);
	const char *on = gv_flag(a, "all") ? NULL : gv_arg(a, "on") ? gv_arg(a, "on") : today;
	struct gv_member *m;
	size_t n;
	if (gv_member_list_on(ctx->ws, body, on, &m, &n, &ctx->err))
		return ctx->err.code;
	struct gv_buf out = GV_BUF_INIT;
	if (gv_flag(a, "json")) {
		struct gv_json j;
		gv_json_init(&j, &out, true);
		gv_json_arr(&j);
		for (size_t i = 0; i < n; i++) {
			gv_json_obj(&j);
			gv_json_kint(&j, "id", m[i].id);
			gv_json_kstr(&j, "name", m[i].name);
			gv_json_kstr(&j, "role", m[i].role);
			gv_json_kstr(&j, "ward", m[i].ward);
			gv_json_kstr(&j, "title", gv_member_title(&m[i]));
			gv_json_kstr(&j, "from", m[i].from);
			gv_json_kstr(&j, "to", m[i].to);
			json_bodies(&j, m[i].bodies);
			gv_json_obj_end(&j);
		}
		gv_json_arr_end(&j);
	} else {
		for (size_t i = 0; i < n; i++) {
			/* pad by characters, not bytes, so accented names line up */
			const char *title = gv_member_title(&m[i]);
			int pad = 26 - (int)gv_utf8_len(m[i].name);
			int tpad = 20 - (int)gv_utf8_len(title);
			gv_buf_printf(&out, "%4lld  %s%*s %s%*s %-8s %s\n", (long long)m[i].id,
				      m[i].name, pad > 0 ? pad : 1, "", title, tpad > 0 ? tpad : 1, "",
				      m[i].ward ? m[i].ward : "", m[i].bodies);
			/* the period shown, when it has a start or an end */
			if (m[i].from && m[i].to)
				gv_buf_printf(&out, "      (from %s until %s)\n", m[i].from, m[i].to);
			else if (m[i].from || m[i].to)
				gv_buf_printf(&out, "      (%s %s)\n", m[i].from ? "from" : "until",
					      m[i].from ? m[i].from : m[i].to);
		}
	}
	cmd_emit(ctx, &out);
	gv_members_free(m, n);
	return 0;
}

/* The full name of the member ref names, for a confirmation that says
 * who was changed rather than echoing what was typed. */
static char *full_name(struct gv_ws *ws, const char *ref)
{
	int64_t id;
	struct gv_member *m;
	size_t n;
	char *name = NULL;
	if (gv_member_resolve(ws, ref, 0, &id, NULL) || gv_member_list_on(ws, 0, NULL, &m, &n, NULL))
		return gv_strdup(ref);
	for (size_t i = 0; i < n && !name; i++)
		if (m[i].id == id)
			name = gv_strdup(m[i].name);
	gv_members_free(m, n);
	return name ? name : gv_strdup(ref);
}

int cmd_member_retire(struct gv_ctx *ctx, const struct gv_args *a)
{
	if (!gv_arg(a, "on"))
		return gv_err_set(&ctx->err, GV_EUSAGE, "member retire needs --on YYYY-MM-DD");
	char *name = full_name(ctx->ws, a->pos[0]);
	if (gv_member_retire(ctx->ws, a->pos[0], gv_arg(a, "on"), &ctx->err)) {
		free(name);
		return ctx->err.code;
	}
	fprintf(ctx->out, "Retired %s on %s\n", name, gv_arg(a, "on"));
	free(name);
	return 0;
}

int cmd_member_edit(struct gv_ctx *ctx, const struct gv_args *a)
{
	struct gv_member_change c = {gv_arg(a, "name"), gv_arg(a, "role"), gv_arg(a, "ward"),
				     gv_arg(a, "title"), gv_arg(a, "body")};
	char *name = full_name(ctx->ws, a->pos[0]);
	if (gv_member_edit(ctx->ws, a->pos[0], &c, &ctx->err)) {
		free(name);
		return ctx->err.code;
	}
	fprintf(ctx->out, "Changed %s\n", name);
	free(name);
	return 0;
}

int cmd_body_edit(struct gv_ctx *ctx, const struct gv_args *a)
{
	int seats, quorum;
	if (cmd_int_opt(ctx, a, "seats", -1, 1, 1000, &seats) ||
	    cmd_int_opt(ctx, a, "quorum", -1, 1, 1000, &quorum))
		return ctx->err.code;
	if (seats < 0 && quorum < 0)
		return gv_err_set(&ctx->err, GV_EUSAGE, "nothing to change (--seats, --quorum)");
	if (gv_body_edit(ctx->ws, a->pos[0], seats, quorum, &ctx->err))
		return ctx->err.code;
	fprintf(ctx->out, "Changed body %s\n", a->pos[0]);
	return 0;
}
