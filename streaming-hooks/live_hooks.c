#include "streaming-hooks/live_hooks.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "agenda/clause.h"
#include "base/buf.h"
#include "base/clock.h"
#include "base/json.h"
#include "base/text.h"
#include "live/live_view.h"
#include "live/public_view.h"
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
	const char *item_title;
	const struct gv_motion *motion_of; /* the event's motion, NULL when none */
};

static void fields(const struct gv_public_view *v, const struct gv_event *e,
		   struct hook_fields *f)
{
	const struct gv_live_state *s = &v->state;
	memset(f, 0, sizeof *f);
	int64_t origin = s->stream_at ? s->stream_at : s->started_at;
	if (origin && e->at >= origin)
		snprintf(f->offset, sizeof f->offset, "%lld", (long long)(e->at - origin));
	const struct gv_live_item *it = gv_public_current_item(v);
	if (it) {
		snprintf(f->item, sizeof f->item, "%s", it->number);
		f->item_title = it->title;
	}
	const struct gv_motion *m = e->motion ? gv_live_motion(s, e->motion) : NULL;
	if (m && !m->confidential) {
		snprintf(f->motion, sizeof f->motion, "%d", m->number);
		f->motion_of = m;
	}
}

static void event_json(struct gv_buf *b, const struct gv_public_view *v,
		       const struct gv_event *e, const char *name, const struct hook_fields *f)
{
	struct gv_json j;
	gv_json_init(&j, b, false);
	char at[32];
	gv_time_iso_utc(e->at, at);
	gv_json_obj(&j);
	gv_json_kstr(&j, "event", name);
	gv_json_kstr(&j, "meeting", v->ctx.slug);
	gv_json_kstr(&j, "at", at);
	gv_json_key(&j, "offset");
	if (*f->offset)
		gv_json_int(&j, atoll(f->offset));
	else
		gv_json_null(&j);
	gv_json_kstr(&j, "state", gv_phase_name(v->state.phase));
	if (*f->item) {
		gv_json_kstr(&j, "item", f->item);
		gv_json_kstr(&j, "item_title", f->item_title);
	}
	if (e->kind == EV_CLOSED && e->clause) {
		gv_json_kstr(&j, "clause", e->clause);
		gv_json_kstr(&j, "nature", gv_clause_nature(e->clause));
	}
	const struct gv_motion *m = f->motion_of;
	if (m) {
		gv_json_kint(&j, "motion", m->number);
		gv_json_kstr(&j, "motion_text", m->text);
		gv_json_kstr(&j, "result", gv_result_name(m->result));
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

void gv_live_hooks_fire(struct gv_ws *ws, const struct gv_public_view *v)
{
	const struct gv_event *e = v->n ? &v->ev[v->n - 1] : NULL;
	/* the public learns of the closed session's proceedings only from
	 * the minutes: of the closed session, hooks hear the going in and the
	 * rising (which are not confidential), nothing between */
	if (!e || e->confidential)
		return;
	const char *name = hook_name(e->kind);
	struct hook_fields f;
	fields(v, e, &f);
	struct gv_buf json = GV_BUF_INIT;
	event_json(&json, v, e, name, &f);
	const char *result = f.motion_of ? gv_result_name(f.motion_of->result) : NULL;
	const struct gv_hook_env env[] = {
		{"GAVEL_MEETING", v->ctx.slug},    {"GAVEL_ITEM", f.item},
		{"GAVEL_ITEM_TITLE", f.item_title ? f.item_title : ""},
		{"GAVEL_MOTION", f.motion},        {"GAVEL_RESULT", result ? result : ""},
		{"GAVEL_OFFSET", f.offset},
	};
	struct gv_hook_event ev = {name, gv_buf_str(&json), env, sizeof env / sizeof *env};
	gv_hooks_fire(ws, &ev);
	gv_buf_free(&json);
}
