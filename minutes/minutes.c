#include "minutes/minutes.h"

#include "base/buf.h"
#include "base/clock.h"
#include "base/err.h"
#include "minutes/live.h"
#include "publish/html.h"
#include "publish/markdown.h"
#include "store/settings.h"
#include "store/workspace.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int gv_minutes_load(struct gv_ws *ws, const char *meeting_ref, struct gv_minutes *m,
		    struct gv_err *err)
{
	memset(m, 0, sizeof *m);
	if (gv_meeting_find(ws, meeting_ref, &m->meeting, err))
		return err->code;
	char id[24];
	snprintf(id, sizeof id, "%lld", (long long)m->meeting.id);
	int rc;
	if ((rc = gv_agenda_load(ws, m->meeting.id, &m->agenda, err)) ||
	    (rc = gv_live_ctx_load(ws, id, &m->ctx, err)) ||
	    (rc = gv_live_log_load(ws, &m->ctx, &m->log, err)) ||
	    (rc = gv_notes_load(ws->db, m->meeting.id, &m->notes, &m->n_notes, err)) ||
	    (rc = gv_member_list(ws, 0, &m->people, &m->n_people, err)) ||
	    (rc = gv_approval_load(ws->db, m->meeting.id, &m->approval, err))) {
		gv_minutes_clear(m);
		return rc;
	}
	m->municipality = gv_setting_get(ws->db, "municipality");
	return 0;
}

void gv_minutes_clear(struct gv_minutes *m)
{
	gv_meeting_clear(&m->meeting);
	gv_agenda_free(&m->agenda);
	gv_live_log_clear(&m->log);
	gv_live_ctx_clear(&m->ctx);
	gv_notes_free(m->notes, m->n_notes);
	gv_members_free(m->people, m->n_people);
	free(m->municipality);
	gv_approval_clear(&m->approval);
	memset(m, 0, sizeof *m);
}

char *gv_minutes_dir(const struct gv_meeting *m)
{
	char year[8];
	gv_time_format(m->starts_at, "%Y", year, sizeof year);
	return gv_asprintf("meetings/%s/%s", year, m->slug);
}

int gv_minutes_html(struct gv_buf *out, const struct gv_minutes *m, bool public,
		    struct gv_err *err)
{
	struct gv_buf md = GV_BUF_INIT;
	gv_minutes_md(&md, m, public);
	gv_buf_puts(out, "<!DOCTYPE html>\n<html lang=\"");
	gv_html_esc(out, m->meeting.lang && *m->meeting.lang ? m->meeting.lang : "en");
	gv_buf_puts(out, "\">\n<head>\n<meta charset=\"utf-8\">\n<title>Minutes: ");
	gv_html_esc(out, m->meeting.title);
	gv_buf_puts(out, " (");
	gv_html_esc(out, m->meeting.slug);
	gv_buf_puts(out, ")</title>\n</head>\n<body>\n<main>\n");
	int rc = gv_md_to_html(out, gv_buf_str(&md), 1, err);
	gv_buf_puts(out, "</main>\n</body>\n</html>\n");
	gv_buf_free(&md);
	return rc;
}
