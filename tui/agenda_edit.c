/* Editing the agenda from the keyboard. Every change goes through the core
 * (agenda/item.h), which validates it as it would for the CLI; the view then
 * reloads, so the numbers on screen are the ones the database holds. */
#include "tui/agenda.h"

#include "tui/complete.h"
#include "tui/command.h"
#include "tui/editor.h"
#include "tui/prompt.h"
#include "tui/screen.h"

#include "agenda/item_ref.h"
#include "base/buf.h"
#include "base/err.h"
#include "base/text.h"
#include "cmd/cmd.h"
#include "live/added_late.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static struct gv_ws *ws_of(struct tui *t)
{
	return t->ctx->ws;
}

/* The sibling just before (delta -1) or after (+1) it, NULL at the ends. */
static const struct gv_item *sibling(const struct agenda *a, const struct gv_item *it, int delta)
{
	for (size_t i = 0; i < a->items.n; i++) {
		const struct gv_item *s = &a->items.items[i];
		if (s->parent_id == it->parent_id && s->position == it->position + delta)
			return s;
	}
	return NULL;
}

static const struct gv_item *parent_of(const struct agenda *a, const struct gv_item *it)
{
	for (size_t i = 0; i < a->items.n; i++)
		if (a->items.items[i].id == it->parent_id)
			return &a->items.items[i];
	return NULL;
}

/* Flags for the outcome of a core call: the refusal shown, or the new
 * number to select and a reload. */
static int outcome(struct agenda *a, struct tui *t, int rc, const struct gv_err *err,
		   const char *select)
{
	if (rc) {
		tui_status_error(t, err);
		return TUI_DONE;
	}
	if (select)
		snprintf(a->select, sizeof a->select, "%s", select);
	return TUI_RELOAD;
}

static int add(struct agenda *a, struct tui *t, const struct gv_item *it, bool under)
{
	char *label = it ? gv_asprintf("New item %s %s: ", under ? "under" : "after", it->number)
			 : gv_strdup("New item: ");
	char *title;
	bool ok = tui_prompt(t, label, NULL, &title);
	free(label);
	if (!ok)
		return TUI_DONE;
	struct gv_item_fields f = {.title = title, .consent = -1};
	char ref[GV_ITEM_REF_MAX], number[32];
	struct gv_err err = {0};
	if (it)
		gv_item_ref_of(it->id, ref);
	int rc = gv_item_add(ws_of(t), a->meeting_id, &f,
			     !it ? GV_PLACE_END : under ? GV_PLACE_UNDER : GV_PLACE_AFTER,
			     it ? ref : NULL, number, &err);
	free(title);
	char *late = rc ? NULL : gv_live_added_late(ws_of(t), a->meeting_id, number);
	if (late)
		tui_status(t, "Added item %s (%s)", number, late);
	else if (!rc)
		tui_status(t, "Added item %s", number);
	free(late);
	return outcome(a, t, rc, &err, number);
}

/* Save fields on the item, keeping it selected. */
static int save(struct agenda *a, struct tui *t, const struct gv_item *it,
		const struct gv_item_fields *f)
{
	char ref[GV_ITEM_REF_MAX];
	struct gv_err err = {0};
	gv_item_ref_of(it->id, ref);
	int rc = gv_item_edit(ws_of(t), a->meeting_id, ref, f, &err);
	/* an item becoming public or private needs --force (docs/safety.md,
	 * "Closing and opening items") */
	if (tui_go_ahead(t, rc, &err, "Go ahead?")) {
		struct gv_item_fields forced = *f;
		forced.force = true;
		rc = gv_item_edit(ws_of(t), a->meeting_id, ref, &forced, &err);
	} else if (rc && !err.msg[0]) {
		return TUI_DONE;
	}
	return outcome(a, t, rc, &err, NULL);
}

static int edit_title(struct agenda *a, struct tui *t, const struct gv_item *it)
{
	char *title;
	if (!tui_prompt_in_place(t, "Title: ", it->title, &title))
		return TUI_DONE;
	int r = TUI_DONE;
	if (strcmp(title, it->title))
		r = save(a, t, it, &(struct gv_item_fields){.title = title, .consent = -1});
	if (r == TUI_RELOAD)
		tui_status(t, "Saved the title of %s", it->number);
	free(title);
	return r;
}

/* The body or the recommendation in $EDITOR. */
static int edit_text(struct agenda *a, struct tui *t, const struct gv_item *it, bool body)
{
	char *text;
	struct gv_err err = {0};
	if (tui_editor_run(body ? it->body : it->recommendation, &text, &err)) {
		tui_status_error(t, &err);
		return TUI_DONE;
	}
	const char *was = body ? it->body : it->recommendation;
	char *kept = gv_trim_block(text); /* as the core would store it */
	int r = TUI_DONE;
	if (!strcmp(kept, was)) {
		tui_status(t, "No change to the %s of %s", body ? "text" : "recommendation",
			   it->number);
	} else {
		struct gv_item_fields f = {.consent = -1};
		if (body)
			f.body = text;
		else
			f.recommendation = text;
		r = save(a, t, it, &f);
		if (r == TUI_RELOAD)
			tui_status(t, "Saved the %s of %s", body ? "text" : "recommendation",
				   it->number);
	}
	free(kept);
	free(text);
	return r;
}

static int subtree_size(const struct agenda *a, const struct gv_item *it)
{
	int n = 0;
	size_t plen = strlen(it->number);
	for (size_t i = 0; i < a->items.n; i++) {
		const char *num = a->items.items[i].number;
		n += !strncmp(num, it->number, plen) && num[plen] == '.';
	}
	return n;
}

static int delete_item(struct agenda *a, struct tui *t, const struct gv_item *it)
{
	int subs = subtree_size(a, it);
	char *q = subs ? gv_asprintf("Delete %s %s and its %d sub-item%s?", it->number, it->title,
				     subs, subs == 1 ? "" : "s")
		       : gv_asprintf("Delete %s %s?", it->number, it->title);
	bool yes = tui_confirm(t, q);
	free(q);
	if (!yes) {
		tui_status(t, "Nothing deleted");
		return TUI_DONE;
	}
	char ref[GV_ITEM_REF_MAX], number[32];
	struct gv_err err = {0};
	gv_item_ref_of(it->id, ref);
	snprintf(number, sizeof number, "%s", it->number);
	int rc = gv_item_rm(ws_of(t), a->meeting_id, ref, &err);
	if (!rc)
		tui_status(t, "Deleted item %s", number);
	return outcome(a, t, rc, &err, NULL);
}

/* Move it relative to another item (target NULL: first among its siblings). */
static int move_item(struct agenda *a, struct tui *t, const struct gv_item *it, enum gv_place place,
		const struct gv_item *target)
{
	char ref[GV_ITEM_REF_MAX], ref2[GV_ITEM_REF_MAX], number[32];
	struct gv_err err = {0};
	gv_item_ref_of(it->id, ref);
	if (target)
		gv_item_ref_of(target->id, ref2);
	int rc = gv_item_move(ws_of(t), a->meeting_id, ref, place, target ? ref2 : NULL, false,
			      number, &err);
	if (tui_go_ahead(t, rc, &err, "Go ahead?"))
		rc = gv_item_move(ws_of(t), a->meeting_id, ref, place, target ? ref2 : NULL, true,
				  number, &err);
	else if (rc && !err.msg[0])
		return TUI_DONE;
	if (!rc)
		tui_status(t, "Item %s is now %s", it->number, number);
	return outcome(a, t, rc, &err, number);
}

static int move_up(struct agenda *a, struct tui *t, const struct gv_item *it)
{
	const struct gv_item *prev = sibling(a, it, -1);
	if (!prev) {
		tui_status(t, "Item %s is already first", it->number);
		return TUI_DONE;
	}
	const struct gv_item *before = sibling(a, prev, -1);
	return move_item(a, t, it, before ? GV_PLACE_AFTER : GV_PLACE_FIRST, before);
}

static int move_down(struct agenda *a, struct tui *t, const struct gv_item *it)
{
	const struct gv_item *next = sibling(a, it, +1);
	if (!next) {
		tui_status(t, "Item %s is already last", it->number);
		return TUI_DONE;
	}
	return move_item(a, t, it, GV_PLACE_AFTER, next);
}

/* Indent: the last sub-item of the item above. Outdent: after its parent. */
static int indent(struct agenda *a, struct tui *t, const struct gv_item *it, bool in)
{
	const struct gv_item *target = in ? sibling(a, it, -1) : parent_of(a, it);
	if (!target) {
		tui_status(t, in ? "Item %s has no item above it to go under"
				 : "Item %s is already at the top level",
			   it->number);
		return TUI_DONE;
	}
	return move_item(a, t, it, in ? GV_PLACE_UNDER : GV_PLACE_AFTER, target);
}

static int closed_clause(struct agenda *a, struct tui *t, const struct gv_item *it)
{
	char *clause;
	if (!tui_prompt(t, "Closed-session clause, e.g. 239(2)(c) (empty: open): ",
			it->closed_clause, &clause))
		return TUI_DONE;
	char *trimmed = gv_trim(clause);
	free(clause);
	int r = TUI_DONE;
	if (*trimmed || it->closed_clause)
		r = save(a, t, it, &(struct gv_item_fields){.closed = trimmed, .consent = -1});
	if (r == TUI_RELOAD)
		tui_status(t, *trimmed ? "Item %s is closed to the public" : "Item %s is open",
			   it->number);
	free(trimmed);
	return r;
}

/* A file attached to the item: `agenda attach M N FILE` through the
 * command table (the path completes with Tab). */
static int attach(struct agenda *a, struct tui *t, const struct gv_item *it)
{
	char *label = gv_asprintf("Attach a file to %s: ", it->number);
	struct tui_prompt_opts o = {.label = label, .complete = tui_complete_path};
	char *path, *text = NULL;
	bool go = tui_prompt_with(t, &o, &path);
	free(label);
	if (!go)
		return TUI_DONE;
	char *trimmed = gv_trim(path);
	free(path);
	char number[32];
	snprintf(number, sizeof number, "%s", it->number);
	char *argv[] = {"agenda", "attach", a->meeting.slug, number, trimmed};
	int rc = *trimmed ? tui_command_argv(t, 5, argv, &text) : 1;
	if (!*trimmed)
		tui_status(t, "Nothing attached");
	else if (!rc)
		tui_status(t, "Attached %s to %s", trimmed, number);
	free(text);
	free(trimmed);
	return TUI_DONE; /* tui_command_argv reloaded the views */
}

static int toggle_consent(struct agenda *a, struct tui *t, const struct gv_item *it)
{
	int r = save(a, t, it, &(struct gv_item_fields){.consent = !it->consent});
	if (r == TUI_RELOAD)
		tui_status(t, "Item %s is %s the consent agenda", it->number,
			   it->consent ? "off" : "on");
	return r;
}

static int agenda_change(struct agenda *a, struct tui *t, int req);

/* What undo would take back after req: the kind of change it makes. */
static enum agenda_undo_kind undo_kind(int req)
{
	switch (req) {
	case AGENDA_REQ_ADD:
	case AGENDA_REQ_ADD_UNDER: return UNDO_ADD;
	case AGENDA_REQ_TITLE:
	case AGENDA_REQ_BODY:
	case AGENDA_REQ_RECOMMENDATION:
	case AGENDA_REQ_CONSENT:
	case AGENDA_REQ_CLOSED: return UNDO_FIELDS;
	case AGENDA_REQ_DELETE: return UNDO_DELETE;
	case AGENDA_REQ_MOVE_UP:
	case AGENDA_REQ_MOVE_DOWN:
	case AGENDA_REQ_INDENT:
	case AGENDA_REQ_OUTDENT: return UNDO_PLACE;
	default: return UNDO_NONE;
	}
}

/* Every change by key is remembered for u: a snapshot before, kept when
 * the change went through (the view reloads then). */
int agenda_edit(struct agenda *a, struct tui *t, int req)
{
	if (req == AGENDA_REQ_UNDO)
		return agenda_undo(a, t);
	enum agenda_undo_kind kind = undo_kind(req);
	struct agenda_undo snap;
	agenda_undo_snapshot(&snap, a, kind == UNDO_ADD ? NULL : agenda_selected(a), kind);
	int r = agenda_change(a, t, req);
	if (r == TUI_RELOAD && kind != UNDO_NONE)
		agenda_undo_keep(a, &snap, a->select);
	else
		agenda_undo_clear(&snap);
	return r;
}

static int agenda_change(struct agenda *a, struct tui *t, int req)
{
	const struct gv_item *it = agenda_selected(a);
	if (req == AGENDA_REQ_ADD || req == AGENDA_REQ_ADD_UNDER)
		return add(a, t, it, req == AGENDA_REQ_ADD_UNDER);
	if (!it) {
		tui_status(t, "The agenda is empty; a adds an item");
		return TUI_DONE;
	}
	switch (req) {
	case AGENDA_REQ_TITLE: return edit_title(a, t, it);
	case AGENDA_REQ_BODY: return edit_text(a, t, it, true);
	case AGENDA_REQ_RECOMMENDATION: return edit_text(a, t, it, false);
	case AGENDA_REQ_DELETE: return delete_item(a, t, it);
	case AGENDA_REQ_MOVE_UP: return move_up(a, t, it);
	case AGENDA_REQ_MOVE_DOWN: return move_down(a, t, it);
	case AGENDA_REQ_INDENT: return indent(a, t, it, true);
	case AGENDA_REQ_OUTDENT: return indent(a, t, it, false);
	case AGENDA_REQ_CONSENT: return toggle_consent(a, t, it);
	case AGENDA_REQ_CLOSED: return closed_clause(a, t, it);
	case AGENDA_REQ_ATTACH: return attach(a, t, it);
	default: return TUI_UNHANDLED;
	}
}
