#include "tui/agenda_undo.h"

#include "tui/agenda.h"
#include "tui/prompt.h"
#include "tui/screen.h"

#include "agenda/item_ref.h"
#include "base/buf.h"
#include "base/err.h"
#include "cmd/cmd.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void agenda_undo_clear(struct agenda_undo *u)
{
	free(u->what);
	free(u->number);
	free(u->title);
	free(u->body);
	free(u->recommendation);
	free(u->closed);
	free(u->public_title);
	memset(u, 0, sizeof *u);
}

static const struct gv_item *by_id(const struct agenda *a, int64_t id)
{
	for (size_t i = 0; i < a->items.n; i++)
		if (a->items.items[i].id == id)
			return &a->items.items[i];
	return NULL;
}

static const struct gv_item *by_number(const struct agenda *a, const char *number)
{
	for (size_t i = 0; i < a->items.n; i++)
		if (!strcmp(a->items.items[i].number, number))
			return &a->items.items[i];
	return NULL;
}

/* The sibling just before it, 0 when it is first. */
static int64_t prev_sibling(const struct agenda *a, const struct gv_item *it)
{
	for (size_t i = 0; i < a->items.n; i++) {
		const struct gv_item *s = &a->items.items[i];
		if (s->parent_id == it->parent_id && s->position == it->position - 1)
			return s->id;
	}
	return 0;
}

void agenda_undo_snapshot(struct agenda_undo *u, const struct agenda *a, const struct gv_item *it,
			  enum agenda_undo_kind kind)
{
	memset(u, 0, sizeof *u);
	u->kind = kind;
	if (!it)
		return;
	u->item_id = it->id;
	u->title = gv_strdup(it->title);
	u->body = gv_strdup(it->body);
	u->recommendation = gv_strdup(it->recommendation);
	u->closed = gv_strdup(it->closed_clause ? it->closed_clause : "");
	u->public_title = gv_strdup(it->public_title ? it->public_title : "");
	u->consent = it->consent;
	u->prev_id = prev_sibling(a, it);
	u->parent_id = it->parent_id;
	static const char *const said[] = {
		[UNDO_FIELDS] = "the change to %s", [UNDO_PLACE] = "the move of %s",
		[UNDO_DELETE] = "the deletion of %s"};
	if (kind != UNDO_ADD)
		u->what = gv_asprintf(said[kind], it->number);
	/* an item with sub-items or attachments is not put back whole */
	if (kind == UNDO_DELETE && (it->n_attachments || (it + 1 < a->items.items + a->items.n &&
							 it[1].parent_id == it->id)))
		u->kind = UNDO_NONE;
}

void agenda_undo_keep(struct agenda *a, struct agenda_undo *snap, const char *number)
{
	agenda_undo_clear(&a->undo);
	a->undo = *snap;
	if (snap->kind == UNDO_ADD) {
		a->undo.number = gv_strdup(number);
		a->undo.what = gv_asprintf("the new item %s", number);
	}
	memset(snap, 0, sizeof *snap);
}

static void ref_of(int64_t id, char ref[GV_ITEM_REF_MAX])
{
	gv_item_ref_of(id, ref);
}

/* Move item id back to where the record says it was. */
static int put_back(struct agenda *a, struct tui *t, int64_t id, struct gv_err *err)
{
	struct agenda_undo *u = &a->undo;
	char ref[GV_ITEM_REF_MAX], ref2[GV_ITEM_REF_MAX], number[32];
	ref_of(id, ref);
	struct gv_ws *ws = t->ctx->ws;
	if (u->prev_id) {
		ref_of(u->prev_id, ref2);
		return gv_item_move(ws, a->meeting_id, ref, GV_PLACE_AFTER, ref2, true, number, err);
	}
	/* first among the children of parent_id: under it (or at the top level
	 * after the item's top ancestor), then first */
	const struct gv_item *it = by_id(a, id);
	int rc = 0;
	if (it && it->parent_id != u->parent_id) {
		int64_t anchor = u->parent_id;
		enum gv_place place = GV_PLACE_UNDER;
		if (!anchor) {
			const struct gv_item *top = it;
			while (top->parent_id && by_id(a, top->parent_id))
				top = by_id(a, top->parent_id);
			anchor = top->id;
			place = GV_PLACE_AFTER;
		}
		ref_of(anchor, ref2);
		rc = gv_item_move(ws, a->meeting_id, ref, place, ref2, true, number, err);
	}
	return rc ? rc : gv_item_move(ws, a->meeting_id, ref, GV_PLACE_FIRST, NULL, true, number, err);
}

int agenda_undo(struct agenda *a, struct tui *t)
{
	struct agenda_undo *u = &a->undo;
	struct gv_err err = {0};
	struct gv_ws *ws = t->ctx->ws;
	char ref[GV_ITEM_REF_MAX], number[32];
	const struct gv_item *it = NULL;
	int rc = 0;
	switch (u->kind) {
	case UNDO_NONE:
		if (u->what)
			tui_status(t, "Cannot undo %s: it had sub-items or attachments", u->what);
		else
			tui_status(t, "Nothing to undo in this agenda");
		return TUI_DONE;
	case UNDO_ADD:
		if (!(it = by_number(a, u->number)))
			break;
		ref_of(it->id, ref);
		rc = gv_item_rm(ws, a->meeting_id, ref, &err);
		break;
	case UNDO_FIELDS: {
		/* only what differs now, as the edit keys send it */
		const struct gv_item *now = by_id(a, u->item_id);
		if (!now) {
			rc = gv_err_set(&err, GV_EREFUSED, "the item is gone");
			break;
		}
		const char *closed = now->closed_clause ? now->closed_clause : "";
		struct gv_item_fields f = {
			.title = strcmp(now->title, u->title) ? u->title : NULL,
			.body = strcmp(now->body, u->body) ? u->body : NULL,
			.recommendation =
				strcmp(now->recommendation, u->recommendation) ? u->recommendation : NULL,
			.consent = now->consent != u->consent ? u->consent : -1,
			.closed = strcmp(closed, u->closed) ? u->closed : NULL};
		ref_of(u->item_id, ref);
		rc = gv_item_edit(ws, a->meeting_id, ref, &f, &err);
		/* opening or closing again asks, as the change did */
		if (tui_go_ahead(t, rc, &err, "Go ahead?")) {
			f.force = true;
			rc = gv_item_edit(ws, a->meeting_id, ref, &f, &err);
		} else if (rc && !err.msg[0]) {
			return TUI_DONE;
		}
		break;
	}
	case UNDO_PLACE: rc = put_back(a, t, u->item_id, &err); break;
	case UNDO_DELETE: {
		struct gv_item_fields f = {.title = u->title, .body = u->body,
					   .recommendation = u->recommendation,
					   .consent = u->consent,
					   .closed = *u->closed ? u->closed : NULL,
					   .public_title = *u->public_title ? u->public_title : NULL};
		char after[GV_ITEM_REF_MAX];
		if (u->prev_id)
			ref_of(u->prev_id, after);
		else if (u->parent_id)
			ref_of(u->parent_id, after);
		rc = gv_item_add(ws, a->meeting_id, &f,
				 u->prev_id ? GV_PLACE_AFTER : u->parent_id ? GV_PLACE_UNDER
									   : GV_PLACE_END,
				 u->prev_id || u->parent_id ? after : NULL, number, &err);
		if (!rc && !u->prev_id) {
			char moved[32];
			/* it was first among its siblings */
			struct gv_agenda now;
			if (!gv_agenda_load(ws, a->meeting_id, &now, &err)) {
				for (size_t i = 0; i < now.n; i++)
					if (!strcmp(now.items[i].number, number))
						ref_of(now.items[i].id, ref);
				gv_agenda_free(&now);
				rc = gv_item_move(ws, a->meeting_id, ref, GV_PLACE_FIRST, NULL, true,
						  moved, &err);
				snprintf(number, sizeof number, "%s", moved);
			}
		}
		if (!rc)
			snprintf(a->select, sizeof a->select, "%s", number);
		break;
	}
	}
	if (!it && u->kind == UNDO_ADD)
		gv_err_set(&err, GV_EREFUSED, "item %s is gone", u->number), rc = GV_EREFUSED;
	if (rc) {
		tui_status_error(t, &err);
		return TUI_DONE;
	}
	tui_status(t, "Undid %s", u->what);
	agenda_undo_clear(u);
	return TUI_RELOAD;
}
