#include "streaming-hooks/live_hooks.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "agenda/clause.h"
#include "base/buf.h"
#include "base/clock.h"
#include "base/json.h"
#include "base/text.h"
#include "minutes/live_view.h"
#include "streaming-hooks/hooks.h"

/* The hook named after an event kind; others run only on-event. */
static const char *hook_name(enum gv_event_kind k)
{
	switch (k) {
	case EV_START: return "start";
	case EV_TAKE: return "item";
	case EV_MOVE: return "motion";
	case EV_VOTE: return "vote";
	case EV_RECESS: return "recess";
	case EV_RESUME: return "resume";
	case EV_CLOSED: return "closed";
	case EV_RISE: return "rise";
	case EV_ADJOURN: return "adjourn";
	default: return gv_event_kind_name(k);
	}
}

struct hook_fields {
	char item[32], motion[16], offset[24];
	char *item_title, *motion_text;
	const char *result;
};

static void fields(const struct gv_live_ctx *c, const struct gv_live_state *s,
		   const struct gv_event *e, bool closed, struct hook_fields *f)
{
	memset(f, 0, sizeof *f);
	int64_t origin = s->stream_at ? s->stream_at : s->started_at;
	if (origin && e->at >= origin)
		snprintf(f->offset, sizeof f->offset, "%lld", (long long)(e->at - origin));
	if (closed)
		return;
	const struct gv_live_item *it = gv_live_item(c, s->current_item);
	if (it) {
		snprintf(f->item, sizeof f->item, "%s", it->number);
		f->item_title = gv_redact(it->title);
	}
	const struct gv_motion *m = e->motion ? gv_live_motion(s, e->motion) : NULL;
	if (m && !m->confidential) {
		snprintf(f->motion, sizeof f->motion, "%d", m->number);
		f->motion_text = gv_redact(m->text);
		f->result = gv_result_name(m->result);
	}
}

static void event_json(struct gv_buf *b, const struct gv_live_ctx *c,
		       const struct gv_live_state *s, const struct gv_event *e, const char *name,
		       const struct hook_fields *f)
{
	struct gv_json j;
	gv_json_init(&j, b, false);
	char at[32];
	gv_time_iso_utc(e->at, at);
	gv_json_obj(&j);
	gv_json_kstr(&j, "event", name);
	gv_json_kstr(&j, "meeting", c->slug);
	gv_json_kstr(&j, "at", at);
	gv_json_key(&j, "offset");
	if (*f->offset)
		gv_json_int(&j, atoll(f->offset));
	else
		gv_json_null(&j);
	gv_json_kstr(&j, "state", gv_phase_name(s->phase));
	if (*f->item) {
		gv_json_kstr(&j, "item", f->item);
		gv_json_kstr(&j, "item_title", f->item_title);
	}
	if (e->kind == EV_CLOSED && e->clause) {
		gv_json_kstr(&j, "clause", e->clause);
		gv_json_kstr(&j, "nature", gv_clause_nature(e->clause));
	}
	const struct gv_motion *m = *f->motion ? gv_live_motion(s, e->motion) : NULL;
	if (m) {
		gv_json_kint(&j, "motion", m->number);
		gv_json_kstr(&j, "motion_text", f->motion_text);
		gv_json_kstr(&j, "result", f->result);
		char res[24];
		gv_live_resolution(m, res);
		if (*res)
			gv_json_kstr(&j, "resolution", res);
		if (m->counted) {
			gv_json_key(&j, "counts");
			gv_json_obj(&j);
			gv_json_kint(&j, "yes", m->yes);
			gv_json_kint(&j, "no", m->no);
			gv_json_kint(&j, "abstain", m->abstain);
			gv_json_obj_end(&j);
		}
	}
	gv_json_obj_end(&j);
	gv_buf_putc(b, '\n');
}

void gv_live_hooks_fire(struct gv_ws *ws, const struct gv_live_ctx *c,
			const struct gv_live_state *s, const struct gv_event *e)
{
	bool closed = e->confidential || s->phase == PHASE_CLOSED;
	if (closed && e->kind != EV_CLOSED && e->kind != EV_RISE)
		return;
	const char *name = hook_name(e->kind);
	struct hook_fields f;
	fields(c, s, e, closed, &f);
	struct gv_buf json = GV_BUF_INIT;
	event_json(&json, c, s, e, name, &f);
	const struct gv_hook_env env[] = {
		{"GAVEL_MEETING", c->slug},        {"GAVEL_ITEM", f.item},
		{"GAVEL_ITEM_TITLE", f.item_title ? f.item_title : ""},
		{"GAVEL_MOTION", f.motion},        {"GAVEL_RESULT", f.result ? f.result : ""},
		{"GAVEL_OFFSET", f.offset},
	};
	struct gv_hook_event ev = {name, gv_buf_str(&json), env, sizeof env / sizeof *env};
	gv_hooks_fire(ws, &ev);
	gv_buf_free(&json);
	free(f.item_title);
	free(f.motion_text);
}
