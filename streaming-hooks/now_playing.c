#include "streaming-hooks/now_playing.h"

#include "base/buf.h"
#include "base/clock.h"
#include "base/err.h"
#include "base/files.h"
#include "base/json.h"
#include "base/text.h"
#include "live/live_view.h"
#include "live/public_view.h"
#include "live/speakers.h"
#include "store/workspace.h"

#include <stdlib.h>

static const char *headline(const struct gv_live_state *s)
{
	switch (s->phase) {
	case PHASE_NOT_STARTED:
		return "The meeting has not started";
	case PHASE_CLOSED:
		return "In closed session";
	case PHASE_RECESS:
		return "In recess";
	case PHASE_ADJOURNED:
		return "Adjourned";
	default:
		return NULL;
	}
}

static void text_form(struct gv_buf *b, const struct gv_public_view *v)
{
	const struct gv_live_state *s = &v->state;
	const struct gv_live_item *it = gv_public_current_item(v);
	const struct gv_motion *m = gv_public_floor(v);
	const struct gv_motion *last = gv_public_last_decided(v);
	if (headline(s))
		gv_buf_printf(b, "%s\n", headline(s));
	else if (it)
		gv_buf_printf(b, "Item %s: %s\n", it->number, it->title);
	else
		gv_buf_printf(b, "%s\n", v->ctx.title);
	if (m) {
		gv_buf_printf(b, "Motion %d: %s\n", m->number, m->text);
	} else if (last && s->phase == PHASE_IN_SESSION) {
		gv_buf_printf(b, "Motion %d %s", last->number,
			      last->result == RESULT_CARRIED ? "carried" : "lost");
		if (last->counted)
			gv_buf_printf(b, ", %d to %d", last->yes, last->no);
		gv_buf_putc(b, '\n');
	}
}

/* The member speaking from the speakers' list, with when their time ends,
 * for an overlay's countdown (docs/serve.md); null in closed session. */
static void speaker_json(struct gv_json *j, const struct gv_public_view *v,
			 const struct gv_speakers *sp)
{
	gv_json_key(j, "speaker");
	if (!sp || !sp->current.member_id || v->state.phase != PHASE_IN_SESSION) {
		gv_json_null(j);
		return;
	}
	char iso[32];
	gv_json_obj(j);
	gv_json_kstr(j, "name", gv_live_who(&v->ctx, sp->current.member_id));
	gv_time_iso(sp->current.started_at, iso);
	gv_json_kstr(j, "started", iso);
	gv_time_iso(sp->current.started_at + sp->speaking_time, iso);
	gv_json_kstr(j, "ends", iso);
	gv_json_kint(j, "speaking_time", sp->speaking_time);
	gv_json_obj_end(j);
}

static void json_form(struct gv_buf *b, const struct gv_public_view *v,
		      const struct gv_speakers *sp)
{
	const struct gv_live_ctx *c = &v->ctx;
	const struct gv_live_state *s = &v->state;
	struct gv_json j;
	gv_json_init(&j, b, true);
	const struct gv_live_item *it = gv_public_current_item(v);
	const struct gv_motion *m = gv_public_floor(v);
	char iso[32];
	gv_json_obj(&j);
	gv_json_kstr(&j, "meeting", c->slug);
	gv_json_kstr(&j, "title", c->title);
	gv_json_kstr(&j, "state", gv_phase_name(s->phase));
	gv_json_key(&j, "item");
	if (it) {
		gv_json_obj(&j);
		gv_json_kstr(&j, "number", it->number);
		gv_json_kstr(&j, "title", it->title);
		gv_json_obj_end(&j);
	} else {
		gv_json_null(&j);
	}
	gv_json_key(&j, "motion");
	if (m) {
		const struct gv_live_member *mover = gv_live_member(c, m->mover_id);
		const struct gv_live_member *sec = gv_live_member(c, m->seconder_id);
		gv_json_obj(&j);
		gv_json_kint(&j, "number", m->number);
		gv_json_kstr(&j, "text", m->text);
		gv_json_kstr(&j, "mover", mover ? mover->name : NULL);
		gv_json_kstr(&j, "seconder", sec ? sec->name : NULL);
		gv_json_obj_end(&j);
	} else {
		gv_json_null(&j);
	}
	const struct gv_motion *last = gv_public_last_decided(v);
	gv_json_key(&j, "last_vote");
	if (last) {
		char res[24];
		gv_live_resolution(last, res);
		gv_json_obj(&j);
		gv_json_kint(&j, "number", last->number);
		gv_json_kstr(&j, "text", last->text);
		gv_json_kstr(&j, "result", gv_result_name(last->result));
		gv_json_kstr(&j, "resolution", *res ? res : NULL);
		gv_json_key(&j, "counts");
		if (last->counted) {
			gv_json_obj(&j);
			gv_json_kint(&j, "yes", last->yes);
			gv_json_kint(&j, "no", last->no);
			gv_json_kint(&j, "abstain", last->abstain);
			gv_json_obj_end(&j);
		} else {
			gv_json_null(&j);
		}
		gv_json_obj_end(&j);
	} else {
		gv_json_null(&j);
	}
	speaker_json(&j, v, sp);
	int64_t origin = s->stream_at ? s->stream_at : s->started_at;
	gv_json_key(&j, "offset");
	if (origin && gv_now() >= origin && s->phase != PHASE_NOT_STARTED &&
	    s->phase != PHASE_ADJOURNED)
		gv_json_int(&j, gv_now() - origin);
	else
		gv_json_null(&j);
	gv_time_iso(gv_now(), iso);
	gv_json_kstr(&j, "updated", iso);
	gv_json_obj_end(&j);
	gv_buf_putc(b, '\n');
}

int gv_now_playing_write(struct gv_ws *ws, const struct gv_public_view *v, struct gv_err *err)
{
	char *dir = gv_ws_path(ws, "live");
	char *txt = gv_path_join(dir, "now.txt"), *json = gv_path_join(dir, "now.json");
	struct gv_buf t = GV_BUF_INIT, js = GV_BUF_INIT;
	struct gv_speakers sp;
	struct gv_err ignored;
	bool speakers = !gv_speakers_load(ws, v->ctx.meeting_id, &sp, &ignored);
	text_form(&t, v);
	json_form(&js, v, speakers ? &sp : NULL);
	if (speakers)
		gv_speakers_clear(&sp);
	int rc = gv_mkdirs(dir, 0755, err);
	if (!rc)
		rc = gv_file_replace(txt, t.data, t.len, 0644, err);
	if (!rc)
		rc = gv_file_replace(json, js.data, js.len, 0644, err);
	gv_buf_free(&t);
	gv_buf_free(&js);
	free(txt);
	free(json);
	free(dir);
	return rc;
}
