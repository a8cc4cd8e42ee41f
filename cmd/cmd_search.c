/* gavel search QUERY: full-text search of agendas and motions. */
#include "cmd/cmd.h"
#include "cmd/handlers.h"
#include "cmd/util.h"

#include <stdlib.h>
#include <string.h>

#include "agenda/body.h"
#include "agenda/member.h"
#include "base/buf.h"
#include "base/json.h"
#include "store/search.h"

static int query_from_args(struct gv_ctx *ctx, const struct gv_args *a, struct gv_search_query *q)
{
	*q = (struct gv_search_query){.text = a->pos[0], .public = gv_flag(a, "public"), .limit = 20};
	if (cmd_int_opt(ctx, a, "year", 0, 1, 9999, &q->year) ||
	    cmd_int_opt(ctx, a, "limit", 20, 1, 1000, &q->limit))
		return ctx->err.code;
	if (gv_arg(a, "body")) {
		struct gv_body b;
		if (gv_body_find(ctx->ws, gv_arg(a, "body"), &b, &ctx->err))
			return ctx->err.code;
		q->body_id = b.id;
		gv_body_clear(&b);
	}
	if (gv_arg(a, "member") &&
	    gv_member_resolve(ctx->ws, gv_arg(a, "member"), 0, &q->member_id, &ctx->err))
		return ctx->err.code;
	return 0;
}

static void hits_json(struct gv_buf *b, const struct gv_search_hit *h, size_t n)
{
	struct gv_json j;
	gv_json_init(&j, b, true);
	gv_json_obj(&j);
	gv_json_key(&j, "results");
	gv_json_arr(&j);
	for (size_t i = 0; i < n; i++) {
		gv_json_obj(&j);
		gv_json_kstr(&j, "meeting", h[i].meeting);
		gv_json_kstr(&j, "date", h[i].date);
		gv_json_kstr(&j, "body", h[i].body);
		gv_json_kstr(&j, "kind", h[i].kind);
		gv_json_kstr(&j, "item", *h[i].item ? h[i].item : NULL);
		gv_json_kstr(&j, "title", h[i].title);
		if (h[i].motion)
			gv_json_kint(&j, "motion", h[i].motion);
		if (*h[i].resolution)
			gv_json_kstr(&j, "resolution", h[i].resolution);
		gv_json_kstr(&j, "snippet", h[i].snippet);
		gv_json_obj_end(&j);
	}
	gv_json_arr_end(&j);
	gv_json_obj_end(&j);
	gv_buf_putc(b, '\n');
}

static void hits_text(struct gv_buf *b, const struct gv_search_hit *h, size_t n)
{
	if (!n)
		gv_buf_puts(b, "No matches.\n");
	for (size_t i = 0; i < n; i++) {
		gv_buf_printf(b, "%s  %-12s %-6s ", h[i].date, h[i].body, h[i].item);
		if (*h[i].resolution)
			gv_buf_printf(b, "resolution %s: ", h[i].resolution);
		else if (h[i].motion)
			gv_buf_printf(b, "motion %d: ", h[i].motion);
		else if (!strcmp(h[i].kind, "motion"))
			gv_buf_puts(b, "motion: ");
		gv_buf_printf(b, "%s  (%s)\n    %s\n", h[i].title ? h[i].title : "", h[i].meeting,
			      h[i].snippet ? h[i].snippet : "");
	}
}

int cmd_search(struct gv_ctx *ctx, const struct gv_args *a)
{
	struct gv_search_query q;
	if (query_from_args(ctx, a, &q))
		return ctx->err.code;
	struct gv_search_hit *hits;
	size_t n;
	if (gv_search(ctx->ws, &q, &hits, &n, &ctx->err))
		return ctx->err.code;
	struct gv_buf b = GV_BUF_INIT;
	if (gv_flag(a, "json"))
		hits_json(&b, hits, n);
	else
		hits_text(&b, hits, n);
	cmd_emit(ctx, &b);
	gv_search_hits_free(hits, n);
	return 0;
}
