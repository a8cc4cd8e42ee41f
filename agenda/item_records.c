#include "agenda/item_records.h"

#include "agenda/bylaw.h"
#include "agenda/item.h"
#include "base/buf.h"
#include "base/err.h"
#include "base/json.h"
#include "base/text.h"
#include "store/db.h"
#include "store/workspace.h"

#include <sqlite3.h>
#include <stdlib.h>

int gv_item_records(struct gv_ws *ws, int64_t meeting_id, struct gv_item_record **out,
		    size_t *n, struct gv_err *err)
{
	*out = NULL;
	*n = 0;
	sqlite3_stmt *st;
	if (gv_db_prepare(ws->db,
			  "SELECT i.id, i.bylaw_id, (SELECT name FROM member_periods p WHERE"
			  " p.member_id = i.mover_id ORDER BY p.from_date IS NULL, p.from_date DESC"
			  " LIMIT 1) FROM items i WHERE i.meeting_id = ? AND (i.bylaw_id IS NOT NULL"
			  " OR i.mover_id IS NOT NULL) ORDER BY i.id",
			  &st, err))
		return GV_EIO;
	sqlite3_bind_int64(st, 1, meeting_id);
	int64_t *bylaw_ids = NULL;
	size_t nb = 0;
	while (sqlite3_step(st) == SQLITE_ROW) {
		struct gv_item_record *r = GV_PUSH(*out, *n);
		*r = (struct gv_item_record){.item_id = sqlite3_column_int64(st, 0),
					     .mover = gv_db_text(st, 2)};
		*GV_PUSH(bylaw_ids, nb) = sqlite3_column_int64(st, 1);
	}
	sqlite3_finalize(st);
	int rc = 0;
	for (size_t i = 0; !rc && i < *n; i++) {
		struct gv_bylaw *b;
		size_t k;
		if (!bylaw_ids[i] || (rc = gv_bylaw_list(ws, bylaw_ids[i], &b, &k, err)))
			continue;
		if (k) {
			(*out)[i].bylaw = gv_strdup(b->number);
			(*out)[i].bylaw_status = gv_strdup(gv_bylaw_status(b));
			(*out)[i].readings = b->readings;
		}
		gv_bylaws_free(b, k);
	}
	free(bylaw_ids);
	if (rc) {
		gv_item_records_free(*out, *n);
		*out = NULL;
		*n = 0;
	}
	return rc;
}

void gv_item_records_free(struct gv_item_record *r, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(r[i].bylaw);
		free(r[i].bylaw_status);
		free(r[i].mover);
	}
	free(r);
}

void gv_item_records_json(struct gv_json *j, const struct gv_item *it, void *arg)
{
	const struct gv_item_records_arg *a = arg;
	const struct gv_item_record *r = NULL;
	for (size_t i = 0; i < a->n && !r; i++)
		if (a->r[i].item_id == it->id)
			r = &a->r[i];
	gv_json_key(j, "bylaw");
	if (r && r->bylaw) {
		gv_json_obj(j);
		gv_json_kstr(j, "number", r->bylaw);
		gv_json_kstr(j, "status", r->bylaw_status);
		gv_json_key(j, "readings");
		gv_json_arr(j);
		for (int k = 0; k < 3; k++)
			if (r->readings & (1u << k))
				gv_json_int(j, k + 1);
		gv_json_arr_end(j);
		gv_json_obj_end(j);
	} else {
		gv_json_null(j);
	}
	gv_json_kstr(j, "mover", r ? r->mover : NULL);
}
