#include "live/public_view.h"

#include "base/buf.h"
#include "base/text.h"
#include "live/live.h"
#include "live/live_view.h"

#include <stdlib.h>
#include <string.h>

static void redact_in_place(char **s)
{
	if (!*s)
		return;
	char *r = gv_redact(*s);
	free(*s);
	*s = r;
}

static void forget(char **s, const char *instead)
{
	free(*s);
	*s = gv_strdup(instead);
}

void gv_public_event(const struct gv_event *e, struct gv_event *out)
{
	gv_event_copy(out, e);
	redact_in_place(&out->text);
	redact_in_place(&out->replace_text);
	redact_in_place(&out->target);
	if (!e->confidential)
		return;
	switch (e->kind) {
	case EV_MOVE:
		forget(&out->text, GV_PUBLIC_CLOSED_MOTION);
		forget(&out->replace_text, NULL);
		forget(&out->target, NULL);
		out->member_id = out->seconder_id = 0;
		break;
	case EV_SECOND:
	case EV_CHAIR:
		/* who took the chair in closed session is confidential: the
		 * public sees who presided from the last change in open session */
		out->member_id = 0;
		break;
	case EV_VOTE:
		free(out->marks);
		out->marks = NULL;
		out->n_marks = 0;
		out->recorded = false;
		out->yes = out->no = -1;
		break;
	default:
		/* a declaration's reason, and any text a later kind may carry */
		forget(&out->text, NULL);
		break;
	}
}

static void public_ctx(const struct gv_live_ctx *c, struct gv_live_ctx *out)
{
	*out = *c;
	out->slug = gv_strdup(c->slug);
	out->title = gv_redact(c->title);
	out->body_name = gv_strdup(c->body_name);
	out->members = gv_calloc(c->n_members ? c->n_members : 1, sizeof *out->members);
	for (size_t i = 0; i < c->n_members; i++)
		out->members[i] = gv_live_member_copy(&c->members[i]);
	out->others = gv_calloc(c->n_others ? c->n_others : 1, sizeof *out->others);
	for (size_t i = 0; i < c->n_others; i++)
		out->others[i] = gv_live_member_copy(&c->others[i]);
	out->reconsider_threshold = gv_strdup(c->reconsider_threshold);
	out->reconsidered = gv_calloc(c->n_reconsidered ? c->n_reconsidered : 1,
				      sizeof *out->reconsidered);
	/* what a closed session reconsidered is confidential */
	out->n_reconsidered = 0;
	for (size_t i = 0; i < c->n_reconsidered; i++) {
		if (c->reconsidered[i].confidential)
			continue;
		out->reconsidered[out->n_reconsidered] = c->reconsidered[i];
		out->reconsidered[out->n_reconsidered].at_name =
			gv_strdup(c->reconsidered[i].at_name);
		out->reconsidered[out->n_reconsidered++].at = gv_strdup(c->reconsidered[i].at);
	}
	out->items = gv_calloc(c->n_items ? c->n_items : 1, sizeof *out->items);
	for (size_t i = 0; i < c->n_items; i++) {
		out->items[i] = c->items[i];
		out->items[i].title = gv_strdup(c->items[i].public_title);
		out->items[i].public_title = gv_strdup(c->items[i].public_title);
	}
}

void gv_public_view_make(const struct gv_live_ctx *c, const struct gv_event *ev, size_t n,
			 struct gv_public_view *v)
{
	memset(v, 0, sizeof *v);
	public_ctx(c, &v->ctx);
	for (size_t i = 0; i < n; i++)
		gv_public_event(&ev[i], GV_PUSH(v->ev, v->n));
	gv_live_replay(&v->ctx, v->ev, v->n, &v->state);
}

int gv_public_view_load(struct gv_ws *ws, const char *ref, struct gv_public_view *v,
			struct gv_err *err)
{
	struct gv_live_ctx full;
	struct gv_live_log log = {0};
	int rc = gv_live_ctx_load(ws, ref, &full, err);
	if (rc)
		return rc;
	if (!(rc = gv_live_log_load(ws, &full, &log, err)))
		gv_public_view_make(&full, log.ev, log.n, v);
	gv_live_log_clear(&log);
	gv_live_ctx_clear(&full);
	return rc;
}

void gv_public_view_clear(struct gv_public_view *v)
{
	gv_live_state_clear(&v->state);
	gv_events_free(v->ev, v->n);
	gv_live_ctx_clear(&v->ctx);
	memset(v, 0, sizeof *v);
}

const struct gv_live_item *gv_public_current_item(const struct gv_public_view *v)
{
	const struct gv_live_state *s = &v->state;
	if (s->phase == PHASE_CLOSED || s->phase == PHASE_NOT_STARTED ||
	    s->phase == PHASE_ADJOURNED)
		return NULL;
	for (size_t i = s->n_taken; i-- > 0;)
		if (s->taken[i].item_id == s->current_item)
			return s->taken[i].confidential ? NULL
						       : gv_live_item(&v->ctx, s->current_item);
	return NULL;
}

const struct gv_motion *gv_public_floor(const struct gv_public_view *v)
{
	const struct gv_motion *m = gv_live_on_floor(&v->state);
	return m && !m->confidential && v->state.phase == PHASE_IN_SESSION ? m : NULL;
}

const struct gv_motion *gv_public_last_decided(const struct gv_public_view *v)
{
	return gv_live_last_decided(&v->state, false);
}
