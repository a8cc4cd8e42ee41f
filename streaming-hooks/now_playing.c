#include "streaming-hooks/now_playing.h"

#include "base/buf.h"
#include "base/clock.h"
#include "base/err.h"
#include "base/files.h"
#include "base/json.h"
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

static void text_form(struct gv_buf *b, const struct gv_live_ctx *c,
		      const struct gv_live_state *s)
{
	const struct gv_live_item *it = gv_live_item(c, s->current_item);
	const struct gv_motion *m = public_floor(s);
	if (headline(s))
		gv_buf_printf(b, "%s\n", headline(s));
	else if (it)
		gv_buf_printf(b, "Item %s: %s\n", it->number, it->title);
	else
		gv_buf_printf(b, "%s\n", c->title);
	if (m)
		gv_buf_printf(b, "Motion %d: %s\n", m->number, m->text);
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
		rc = gv_file_write_atomic(txt, t.data, t.len, 0644, err);
	if (!rc)
		rc = gv_file_write_atomic(json, js.data, js.len, 0644, err);
	gv_buf_free(&t);
	gv_buf_free(&js);
	free(txt);
	free(json);
	free(dir);
	return rc;
}
