#include "streaming-hooks/now_playing.h"

#include "base/buf.h"
#include "base/clock.h"
#include "base/err.h"
#include "base/files.h"
#include "base/json.h"
#include "base/text.h"
#include "minutes/live_view.h"
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

static const struct gv_motion *public_floor(const struct gv_live_state *s)
{
	const struct gv_motion *m = gv_live_on_floor(s);
	return m && !m->confidential && s->phase == PHASE_IN_SESSION ? m : NULL;
}

/* The latest motion decided in open session. */
static const struct gv_motion *last_decided(const struct gv_live_state *s)
{
	const struct gv_motion *last = NULL;
	for (size_t i = 0; i < s->n_motions; i++) {
		const struct gv_motion *m = &s->motions[i];
		if (!m->confidential && (m->result == RESULT_CARRIED || m->result == RESULT_LOST) &&
		    (!last || m->decided_at >= last->decided_at))
			last = m;
	}
	return last;
}

/* Public text: [redact] spans replaced. */
static void put_public(struct gv_buf *b, const char *s)
{
	char *r = gv_redact(s);
	gv_buf_puts(b, r);
	free(r);
}

static void text_form(struct gv_buf *b, const struct gv_live_ctx *c,
		      const struct gv_live_state *s)
{
	const struct gv_live_item *it = gv_live_item(c, s->current_item);
	const struct gv_motion *m = public_floor(s);
	const struct gv_motion *last = last_decided(s);
	if (headline(s)) {
		gv_buf_printf(b, "%s\n", headline(s));
	} else if (it) {
		gv_buf_printf(b, "Item %s: ", it->number);
		put_public(b, it->title);
		gv_buf_putc(b, '\n');
	} else {
		gv_buf_printf(b, "%s\n", c->title);
	}
	if (m) {
		gv_buf_printf(b, "Motion %d: ", m->number);
		put_public(b, m->text);
		gv_buf_putc(b, '\n');
	} else if (last && s->phase == PHASE_IN_SESSION) {
		gv_buf_printf(b, "Motion %d %s", last->number,
			      last->result == RESULT_CARRIED ? "carried" : "lost");
		if (last->counted)
			gv_buf_printf(b, ", %d to %d", last->yes, last->no);
		gv_buf_putc(b, '\n');
	}
}

static void kpublic(struct gv_json *j, const char *key, const char *s)
{
	char *r = gv_redact(s);
	gv_json_kstr(j, key, r);
	free(r);
}

static void json_form(struct gv_buf *b, const struct gv_live_ctx *c,
		      const struct gv_live_state *s)
{
	struct gv_json j;
	gv_json_init(&j, b, true);
	const struct gv_live_item *it = gv_live_item(c, s->current_item);
	const struct gv_motion *m = public_floor(s);
	char iso[32];
	gv_json_obj(&j);
	gv_json_kstr(&j, "meeting", c->slug);
	gv_json_kstr(&j, "title", c->title);
	gv_json_kstr(&j, "state", gv_phase_name(s->phase));
	gv_json_key(&j, "item");
	if (it && s->phase != PHASE_CLOSED) {
		gv_json_obj(&j);
		gv_json_kstr(&j, "number", it->number);
		kpublic(&j, "title", it->title);
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
		kpublic(&j, "text", m->text);
		gv_json_kstr(&j, "mover", mover ? mover->name : NULL);
		gv_json_kstr(&j, "seconder", sec ? sec->name : NULL);
		gv_json_obj_end(&j);
	} else {
		gv_json_null(&j);
	}
	const struct gv_motion *last = last_decided(s);
	gv_json_key(&j, "last_vote");
	if (last) {
		char res[24];
		gv_live_resolution(last, res);
		gv_json_obj(&j);
		gv_json_kint(&j, "number", last->number);
		kpublic(&j, "text", last->text);
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

int gv_now_playing_write(struct gv_ws *ws, const struct gv_live_ctx *c,
			 const struct gv_live_state *s, struct gv_err *err)
{
	char *dir = gv_ws_path(ws, "live");
	char *txt = gv_path_join(dir, "now.txt"), *json = gv_path_join(dir, "now.json");
	struct gv_buf t = GV_BUF_INIT, js = GV_BUF_INIT;
	text_form(&t, c, s);
	json_form(&js, c, s);
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
