#include "agenda/agenda_view.h"

#include "agenda/agenda_public.h"
#include "agenda/clause.h"
#include "agenda/item.h"
#include "agenda/item_records.h"
#include "agenda/meeting.h"
#include "base/buf.h"
#include "base/clock.h"
#include "base/json.h"
#include "base/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void gv_meeting_when(const struct gv_meeting *m, char out[80])
{
	char clock[32];
	gv_time_format(m->starts_at, "%A, %B %-d, %Y, ", out, 48);
	gv_time_clock12(m->starts_at, clock);
	strncat(out, clock, 80 - strlen(out) - 1);
}

void gv_meeting_json(struct gv_json *j, const struct gv_meeting *m)
{
	gv_json_obj(j);
	gv_meeting_json_fields(j, m);
	gv_json_obj_end(j);
}

void gv_meeting_json_fields(struct gv_json *j, const struct gv_meeting *m)
{
	char iso[32], utc[32], date[16];
	gv_time_iso(m->starts_at, iso);
	gv_time_iso_utc(m->starts_at, utc);
	gv_meeting_date(m, date);
	gv_json_kint(j, "id", m->id);
	gv_json_kstr(j, "slug", m->slug);
	gv_json_kstr(j, "title", m->title);
	gv_json_kstr(j, "body", m->body_name);
	gv_json_kstr(j, "date", date);
	gv_json_kstr(j, "starts_at", iso);
	gv_json_kstr(j, "starts_at_utc", utc);
	gv_json_kstr(j, "location", m->location);
	gv_json_kstr(j, "stream_url", m->stream_url);
	gv_json_kstr(j, "lang", m->lang);
	gv_json_kbool(j, "cancelled", m->cancelled);
	gv_json_kbool(j, "agenda_published", m->agenda_published_at != 0);
	gv_json_kint(j, "agenda_revision", m->agenda_revision);
	gv_json_kbool(j, "agenda_changed_since_published", m->agenda_changed);
	gv_json_kint(j, "items", m->items);
}

void gv_deferred_from_json(struct gv_json *j, const char *meeting, const char *item)
{
	gv_json_key(j, "deferred_from");
	if (!meeting) {
		gv_json_null(j);
		return;
	}
	gv_json_obj(j);
	gv_json_kstr(j, "meeting", meeting);
	gv_json_kstr(j, "item", item && *item ? item : NULL);
	gv_json_obj_end(j);
}

void gv_agenda_text_write(struct gv_buf *out, const struct gv_agenda *a,
			  const struct gv_item_records_arg *rec)
{
	for (size_t i = 0; i < a->n; i++) {
		const struct gv_item *it = &a->items[i];
		const struct gv_item_record *r = NULL;
		for (size_t k = 0; rec && k < rec->n && !r; k++)
			if (rec->r[k].item_id == it->id)
				r = &rec->r[k];
		int indent = (it->depth - 1) * 2;
		gv_buf_printf(out, "%*s%-*s %s", indent, "", 8 - indent > 4 ? 8 - indent : 4,
			      it->number, it->title);
		if (it->deferred_from) {
			/* by the meeting's name, as the agenda package says it */
			gv_buf_puts(out, " (deferred from ");
			gv_item_deferred_words(out, it);
			gv_buf_putc(out, ')');
		}
		if (it->consent)
			gv_buf_puts(out, "  [consent]");
		if (it->closed_clause)
			gv_buf_printf(out, "  [closed %s]", it->closed_clause);
		if (r && r->mover)
			gv_buf_printf(out, "  [mover: %s]", r->mover);
		if (it->n_attachments)
			gv_buf_printf(out, "  [%zu attachment%s]", it->n_attachments,
				      it->n_attachments == 1 ? "" : "s");
		gv_buf_putc(out, '\n');
	}
}

static const char *parent_number(const struct gv_agenda *a, const struct gv_item *it)
{
	for (size_t i = 0; i < a->n; i++)
		if (a->items[i].id == it->parent_id)
			return a->items[i].number;
	return NULL;
}

void gv_agenda_json_items(struct gv_json *j, const struct gv_agenda *a, bool public)
{
	gv_agenda_json_items_with(j, a, public, NULL, NULL);
}

void gv_agenda_json_items_with(struct gv_json *j, const struct gv_agenda *a, bool public,
			       gv_item_json_fn more, void *arg)
{
	gv_json_arr(j);
	for (size_t i = 0; i < a->n; i++) {
		const struct gv_item *it = &a->items[i];
		gv_json_obj(j);
		gv_json_kint(j, "id", it->id);
		gv_json_kstr(j, "number", it->number);
		gv_json_kint(j, "depth", it->depth);
		gv_json_kstr(j, "parent", parent_number(a, it));
		gv_json_kstr(j, "title", it->title);
		if (!public)
			gv_json_kstr(j, "public_title", it->public_title);
		gv_json_kbool(j, "consent", it->consent);
		gv_deferred_from_json(j, it->deferred_from, it->deferred_item);
		gv_json_kstr(j, "closed", it->closed_clause);
		if (it->closed_clause)
			gv_json_kstr(j, "closed_nature", gv_clause_nature(it->closed_clause));
		if (!public || !gv_item_is_private(it)) {
			gv_json_kstr(j, "body", it->body);
			gv_json_kstr(j, "recommendation", it->recommendation);
			gv_json_key(j, "attachments");
			gv_json_arr(j);
			for (size_t k = 0; k < it->n_attachments; k++) {
				const struct gv_attachment *at = &it->attachments[k];
				gv_json_obj(j);
				gv_json_kstr(j, "name", at->name);
				gv_json_kstr(j, "media_type", at->media_type);
				gv_json_kint(j, "size", at->size);
				gv_json_kstr(j, "sha256", at->sha256);
				gv_json_obj_end(j);
			}
			gv_json_arr_end(j);
			if (more)
				more(j, it, arg);
		}
		gv_json_obj_end(j);
	}
	gv_json_arr_end(j);
}
