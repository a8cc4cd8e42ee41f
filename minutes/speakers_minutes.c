/* The speakers in the minutes (docs/serve.md, "The speakers' list"): only
 * when the setting minutes.speakers is on, each under the item taken up
 * when they were called; those called in closed session, or on a closed
 * item, only in the confidential minutes. */
#include "minutes/minutes.h"
#include "minutes/minutes_parts.h"

#include "agenda/item_role.h"
#include "base/buf.h"
#include "base/err.h"
#include "live/live_view.h"
#include "store/db.h"
#include "store/settings.h"
#include "store/workspace.h"

#include <stdlib.h>
#include <string.h>

int gv_minutes_load_speakers(struct gv_ws *ws, struct gv_minutes *m, struct gv_err *err)
{
	char *on = gv_setting_get(ws->db, "minutes.speakers");
	bool wanted = on && !strcmp(on, "yes");
	free(on);
	if (!wanted)
		return 0;
	sqlite3_stmt *st;
	if (gv_db_prepare(ws->db, "SELECT member_id, started_at FROM speakers WHERE meeting_id = ?"
			  " AND started_at IS NOT NULL ORDER BY started_at, id", &st, err))
		return err->code;
	sqlite3_bind_int64(st, 1, m->meeting.id);
	const struct gv_live_state *s = &m->log.state;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int64_t at = sqlite3_column_int64(st, 1), item = 0;
		for (size_t i = 0; i < s->n_taken; i++)
			if (s->taken[i].at <= at)
				item = s->taken[i].item_id;
		/* called before any item: under the Call to Order, where the
		 * meeting then was (docs/minutes.md, "Items") */
		for (size_t i = 0; !item && i < m->agenda.n; i++)
			if (gv_item_role_of(m->agenda.items[i].title) == ITEM_CALL_TO_ORDER)
				item = m->agenda.items[i].id;
		const struct gv_live_item *it = gv_live_item(&m->ctx, item);
		struct gv_minutes_speaker *sp = GV_PUSH(m->speakers, m->n_speakers);
		sp->member_id = sqlite3_column_int64(st, 0);
		sp->item_id = item;
		sp->confidential = gv_live_in_closed(s, at) || (it && it->closed);
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : gv_db_fail(ws->db, "reading the speakers' list", err);
}

void gv_minutes_public_speakers(struct gv_minutes *m)
{
	size_t kept = 0;
	for (size_t i = 0; i < m->n_speakers; i++)
		if (!m->speakers[i].confidential)
			m->speakers[kept++] = m->speakers[i];
	m->n_speakers = kept;
}

void mp_speakers(struct gv_buf *out, const struct gv_page_ctx *p, int64_t item_id)
{
	size_t n = 0;
	for (size_t i = 0; i < p->m->n_speakers; i++) {
		if (p->m->speakers[i].item_id != item_id)
			continue;
		gv_buf_puts(out, n++ ? ", " : "Speakers: ");
		mp_titled(out, p, p->m->speakers[i].member_id, false);
	}
	if (n) {
		mp_end_sentence(out);
		gv_buf_puts(out, "\n\n");
	}
}
