#include "minutes/minutes.h"

#include "agenda/agenda_public.h"
#include "agenda/notice.h"
#include "base/buf.h"
#include "base/clock.h"
#include "base/err.h"
#include "live/live.h"
#include "live/public_view.h"
#include "base/text.h"
#include "store/settings.h"
#include "store/workspace.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int gv_minutes_load(struct gv_ws *ws, const char *meeting_ref, struct gv_minutes *m,
		    struct gv_err *err)
{
	memset(m, 0, sizeof *m);
	int rc = gv_meeting_find(ws, meeting_ref, &m->meeting, err);
	if (rc)
		return rc;
	char id[24];
	snprintf(id, sizeof id, "%lld", (long long)m->meeting.id);
	if ((rc = gv_agenda_load(ws, m->meeting.id, &m->agenda, err)) ||
	    (rc = gv_live_ctx_load(ws, id, &m->ctx, err)) ||
	    (rc = gv_live_log_load(ws, &m->ctx, &m->log, err)) ||
	    (rc = gv_notes_load(ws->db, m->meeting.id, &m->notes, &m->n_notes, err)) ||
	    (rc = gv_approval_load(ws->db, m->meeting.id, &m->approval, err)) ||
	    (rc = gv_minutes_approved_load(ws->db, m, err)) ||
	    (rc = gv_notices_given(ws, m->meeting.id, &m->notices, &m->n_notices, err)) ||
	    (rc = gv_minutes_load_closed_declarations(ws, m, err)) ||
	    (rc = gv_minutes_load_speakers(ws, m, err))) {
		gv_minutes_clear(m);
		return rc;
	}
	m->municipality = gv_setting_get(ws->db, "municipality");
	m->clerk_name = gv_setting_get(ws->db, "clerk.name");
	/* a meeting not yet called to order has no chapters */
	gv_chapters_load(ws, id, &m->chapters, NULL);
	return 0;
}

/* The notes the public may read: none on a private item, the rest redacted. */
static void public_notes(struct gv_minutes *m)
{
	size_t kept = 0;
	for (size_t i = 0; i < m->n_notes; i++) {
		struct gv_note *note = &m->notes[i];
		const struct gv_item *it = NULL;
		for (size_t k = 0; k < m->agenda.n && !it; k++)
			if (m->agenda.items[k].id == note->item_id)
				it = &m->agenda.items[k];
		char *body = note->body;
		if (!it || gv_item_is_private(it)) {
			free(body);
			continue;
		}
		note->body = gv_redact(body);
		free(body);
		m->notes[kept++] = *note;
	}
	m->n_notes = kept;
}

void gv_minutes_make_public(struct gv_minutes *m)
{
	if (m->public)
		return;
	/* the complete text approved goes with the rest of what is not public */
	gv_minutes_approved_free(&m->approved[0]);
	gv_meeting_make_public(&m->meeting);
	gv_agenda_make_public(&m->agenda);
	public_notes(m);
	gv_notices_given_make_public(m->notices, m->n_notices);
	gv_minutes_public_speakers(m);
	struct gv_public_view v;
	gv_public_view_make(&m->ctx, m->log.ev, m->log.n, &v);
	gv_live_log_clear(&m->log);
	gv_live_ctx_clear(&m->ctx);
	m->ctx = v.ctx;
	m->log = (struct gv_live_log){.meeting_id = v.ctx.meeting_id, .loaded = true, .ev = v.ev,
				      .n = v.n, .state = v.state};
	m->public = true;
}

void gv_minutes_clear(struct gv_minutes *m)
{
	gv_meeting_clear(&m->meeting);
	gv_agenda_free(&m->agenda);
	gv_live_log_clear(&m->log);
	gv_live_ctx_clear(&m->ctx);
	gv_notes_free(m->notes, m->n_notes);
	free(m->municipality);
	free(m->clerk_name);
	gv_notices_given_free(m->notices, m->n_notices);
	gv_approval_clear(&m->approval);
	gv_minutes_approved_free(&m->approved[0]);
	gv_minutes_approved_free(&m->approved[1]);
	gv_chapters_free(&m->chapters);
	gv_minutes_clear_closed_declarations(m);
	free(m->speakers);
	memset(m, 0, sizeof *m);
}

bool gv_minutes_exist(const struct gv_minutes *m)
{
	for (size_t i = 0; i < m->n_notes; i++)
		if (!m->notes[i].unsaved)
			return true;
	return m->log.n > 0 || m->approval.approved;
}

char *gv_minutes_dir(const struct gv_meeting *m)
{
	char year[8];
	gv_time_format(m->starts_at, "%Y", year, sizeof year);
	return gv_asprintf("meetings/%s/%s", year, m->slug);
}
