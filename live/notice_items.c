#include "live/notice_items.h"

#include "agenda/item_role.h"
#include "agenda/notice.h"
#include "base/clock.h"
#include "base/err.h"
#include "base/text.h"
#include "live/event.h"
#include "live/live_view.h"
#include "live/state.h"
#include "store/db.h"
#include "store/workspace.h"

#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

/* Is item id under the agenda's notices section (at any depth, with no
 * items of its own)? */
static bool in_notices(const struct gv_live_ctx *c, int64_t id)
{
	for (size_t i = 0; i < c->n_items; i++)
		if (c->items[i].parent_id == id)
			return false;
	const struct gv_live_item *it = gv_live_item(c, id);
	if (!it || !it->parent_id)
		return false;
	while (it && it->parent_id)
		it = gv_live_item(c, it->parent_id);
	return it && gv_item_is_notices_section(it->title);
}

int64_t gv_live_notice_item_now(const struct gv_live_ctx *c, const struct gv_live_state *s)
{
	return s->current_item && in_notices(c, s->current_item) ? s->current_item : 0;
}

int gv_live_notice_item_of(struct gv_ws *ws, const struct gv_live_ctx *c,
			   const struct gv_live_state *s, int64_t mover_id, int64_t *item,
			   struct gv_err *err)
{
	*item = gv_live_notice_item_now(c, s);
	if (!*item)
		return 0;
	sqlite3_stmt *st;
	if (gv_db_prepare(ws->db, "SELECT mover_id FROM items WHERE id = ?", &st, err))
		return GV_EIO;
	sqlite3_bind_int64(st, 1, *item);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL &&
	    sqlite3_column_int64(st, 0) != mover_id)
		*item = 0;
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return gv_db_fail(ws->db, "cannot read the notices of motion", err);
	return 0;
}

/* When the meeting took item id up, else `at`. */
static int64_t taken_at(const struct gv_live_state *s, int64_t id, int64_t at)
{
	for (size_t i = 0; i < s->n_taken; i++)
		if (s->taken[i].item_id == id)
			return s->taken[i].at;
	return at;
}

/* Item id's notice, unless it has one: the notice the item's motion is
 * (placed on this agenda by a notice given earlier), one given by it, or
 * one its mover gave at this meeting in the same words. */
static int give(struct gv_ws *ws, const struct gv_live_ctx *c, int64_t id, int64_t at,
		struct gv_err *err)
{
	sqlite3_stmt *st;
	if (gv_db_prepare(ws->db,
			  "SELECT i.mover_id, CASE WHEN i.recommendation <> '' THEN i.recommendation"
			  " ELSE i.title END AS text,"
			  " EXISTS (SELECT 1 FROM notices n WHERE n.item_id = i.id OR"
			  "  n.source_item_id = i.id)"
			  " FROM items i WHERE i.id = ?",
			  &st, err))
		return GV_EIO;
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) != SQLITE_ROW) {
		sqlite3_finalize(st);
		return gv_db_fail(ws->db, "cannot read the notices of motion", err);
	}
	bool has_mover = sqlite3_column_type(st, 0) != SQLITE_NULL;
	int64_t mover = sqlite3_column_int64(st, 0);
	char *text = gv_db_text(st, 1);
	bool done = sqlite3_column_int(st, 2);
	sqlite3_finalize(st);
	int rc = 0;
	if (!done && !has_mover) {
		rc = gv_err_set(err, GV_EREFUSED,
				"item %s gives a notice of motion and names no mover: 'gavel agenda "
				"edit %s %s --mover NAME' first",
				gv_live_item_number(c, id), c->slug, gv_live_item_number(c, id));
	} else if (!done && !(rc = gv_db_prepare(ws->db,
						  "SELECT 1 FROM notices WHERE meeting_id = ? AND"
						  " mover_id = ? AND text = ?",
						  &st, err))) {
		sqlite3_bind_int64(st, 1, c->meeting_id);
		sqlite3_bind_int64(st, 2, mover);
		sqlite3_bind_text(st, 3, text, -1, SQLITE_STATIC);
		done = sqlite3_step(st) == SQLITE_ROW;
		sqlite3_finalize(st);
		char placed[96];
		if (!done)
			rc = gv_notice_record(ws, c->meeting_id, mover, text, at, id, placed, err);
	}
	free(text);
	return rc;
}

int gv_live_notice_check(const struct gv_live_ctx *c, const struct gv_live_state *s, int64_t at,
			 struct gv_err *err)
{
	char when[32];
	gv_time_clock12(at, when);
	if (!s->started_at || at < s->started_at)
		return gv_err_set(err, GV_EREFUSED,
				  "a notice of motion is given at a meeting in session: %s was not "
				  "called to order at %s", c->slug, when);
	if (s->adjourned_at && at > s->adjourned_at) {
		gv_time_clock12(s->adjourned_at, when);
		return gv_err_set(err, GV_EREFUSED,
				  "a notice of motion is given at a meeting in session: %s had "
				  "adjourned at %s (give --at the time it was given)", c->slug, when);
	}
	if (gv_live_in_closed(s, at))
		return gv_err_set(err, GV_EREFUSED,
				  "a notice of motion is given in open session: %s was in closed "
				  "session at %s", c->slug, when);
	return 0;
}

int gv_live_notice_items(struct gv_ws *ws, const struct gv_live_ctx *c,
			 const struct gv_live_state *s, const struct gv_event *e,
			 struct gv_err *err)
{
	if (e->kind != EV_ADJOURN || (e->result && !strcmp(e->result, "no-quorum")))
		return 0;
	int rc = 0;
	/* a notice is given in open session: a closed item gives none */
	for (size_t i = 0; !rc && i < c->n_items; i++) {
		const struct gv_live_item *it = &c->items[i];
		if (!it->closed && in_notices(c, it->id) && gv_live_item_dealt(c, s, it->id))
			rc = give(ws, c, it->id, taken_at(s, it->id, e->at), err);
	}
	return rc;
}
