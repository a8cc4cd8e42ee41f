/* Changing the minutes from the keyboard: a clerk's note in $EDITOR, saving
 * a version, approving. Every change goes through the core (minutes/), which
 * checks it as it would for the CLI; approved minutes are refused before any
 * question is asked, with the core's reason. */
#include "tui/minutes.h"

#include "tui/editor.h"
#include "tui/prompt.h"
#include "tui/screen.h"

#include "agenda/item_ref.h"
#include "agenda/meeting.h"
#include "base/buf.h"
#include "base/err.h"
#include "base/text.h"
#include "cmd/cmd.h"
#include "minutes/record.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static struct gv_ws *ws_of(struct tui *t)
{
	return t->ctx->ws;
}

/* True, with the core's refusal on the status line, when the minutes are
 * locked. */
static bool refused_when_locked(struct minutes_view *mv, struct tui *t)
{
	struct gv_err err = {0};
	if (!gv_minutes_locked(ws_of(t), mv->meeting_id, &err))
		return false;
	tui_status_error(t, &err);
	return true;
}

/* Which item: the one under the page's cursor unless the clerk names
 * another. */
static const struct gv_item *ask_item(struct minutes_view *mv, struct tui *t)
{
	const struct gv_item *top = minutes_item_at_cursor(mv);
	char *ref;
	if (!tui_prompt(t, "Note on item: ", top ? top->number : NULL, &ref))
		return NULL;
	char *trimmed = gv_trim(ref);
	free(ref);
	const struct gv_item *it = NULL;
	struct gv_err err = {0};
	if (!*trimmed)
		tui_status(t, "No item given; nothing changed");
	else if (gv_agenda_find(&mv->m.agenda, trimmed, &it, &err))
		tui_status_error(t, &err);
	free(trimmed);
	return it;
}

static int edit_note(struct minutes_view *mv, struct tui *t)
{
	if (refused_when_locked(mv, t))
		return TUI_DONE;
	const struct gv_item *it = ask_item(mv, t);
	if (!it)
		return TUI_DONE;
	const struct gv_note *note = gv_note_find(mv->m.notes, mv->m.n_notes, it->id);
	const char *was = note ? note->body : "";
	char *text, *kept = NULL, ref[GV_ITEM_REF_MAX], number[32];
	struct gv_err err = {0};
	if (tui_editor_run(was, &text, &err)) {
		tui_status_error(t, &err);
		return TUI_DONE;
	}
	int r = TUI_DONE;
	kept = gv_trim_block(text); /* as the core would store it */
	snprintf(number, sizeof number, "%s", it->number);
	gv_item_ref_of(it->id, ref);
	if (!strcmp(kept, was)) {
		tui_status(t, "No change to the note on %s", number);
	} else if (gv_note_set(ws_of(t), mv->meeting_id, ref, text, number, &err)) {
		tui_status_error(t, &err);
	} else {
		tui_status(t, *kept ? "Saved the note on %s; s saves a new version of the minutes"
				    : "Removed the note on %s; s saves a new version of the minutes",
			   number);
		r = TUI_RELOAD;
	}
	free(kept);
	free(text);
	return r;
}

static int save(struct minutes_view *mv, struct tui *t)
{
	if (refused_when_locked(mv, t))
		return TUI_DONE;
	char *message;
	if (!tui_prompt(t, "Save the minutes; message (empty: say what changed): ", NULL,
			&message)) {
		tui_status(t, "Nothing saved");
		return TUI_DONE;
	}
	char *trimmed = gv_trim(message);
	free(message);
	bool committed, confidential;
	struct gv_err err = {0};
	const char *slug = mv->m.meeting.slug;
	int r = TUI_DONE;
	if (gv_minutes_save_to(ws_of(t), mv->meeting_id, *trimmed ? trimmed : NULL, &committed,
			       &confidential, &err)) {
		tui_status_error(t, &err);
	} else {
		if (committed)
			tui_status(t, "Saved a new version of the minutes of %s to record/", slug);
		else if (confidential)
			tui_status(t, "Saved the complete minutes of %s to confidential/; the "
				      "public minutes are unchanged", slug);
		else
			tui_status(t, "The minutes of %s are unchanged: no new version", slug);
		r = TUI_RELOAD;
	}
	free(trimmed);
	return r;
}

/* The meeting that usually approves these minutes: the body's next one. */
static char *next_meeting(struct minutes_view *mv, struct tui *t)
{
	struct gv_meeting *all;
	size_t n;
	struct gv_err err = {0};
	if (gv_meeting_list(ws_of(t), &all, &n, &err))
		return NULL;
	char *slug = NULL;
	const struct gv_meeting *m = &mv->m.meeting;
	for (size_t i = 0; i < n && !slug; i++)
		if (all[i].body_id == m->body_id && all[i].starts_at > m->starts_at &&
		    !all[i].cancelled)
			slug = gv_strdup(all[i].slug);
	gv_meetings_free(all, n);
	return slug;
}

/* A motion number typed at the prompt: 1, 2, ...; 0 when it is not one. */
static int motion_number(const char *s)
{
	char *end;
	errno = 0;
	long k = strtol(s, &end, 10);
	while (*end == ' ')
		end++;
	return errno || end == s || *end || k < 1 || k > 100000 ? 0 : (int)k;
}

/* Ask for the approving meeting (*at, caller frees) and its motion (*k);
 * false when the clerk cancels or the motion is not a number. */
static bool ask_approval(struct minutes_view *mv, struct tui *t, char **at, int *k)
{
	char *suggested = next_meeting(mv, t), *motion = NULL;
	bool asked = tui_prompt(t, "Approved at meeting: ", suggested, at);
	free(suggested);
	if (!asked)
		return false;
	if (!(*at)[strspn(*at, " ")]) {
		/* no meeting: not a question of its motion, nor the core's
		 * "no meeting ''" after it */
		tui_status(t, "No meeting given (the one whose motion adopted the minutes); nothing approved");
		free(*at);
		*at = NULL;
		return false;
	}
	char *label = gv_asprintf("Motion of %s that adopted the minutes: ", *at);
	asked = tui_prompt(t, label, NULL, &motion);
	free(label);
	*k = asked ? motion_number(motion) : 0;
	free(motion);
	if (asked && !*k)
		tui_status(t, "The motion is its number at that meeting, like 2; nothing approved");
	if (!*k) {
		free(*at);
		*at = NULL;
	}
	return *k != 0;
}

static int approve(struct minutes_view *mv, struct tui *t)
{
	if (refused_when_locked(mv, t))
		return TUI_DONE;
	const char *slug = mv->m.meeting.slug;
	char *at = NULL;
	int k;
	tui_status(t, "Not approved"); /* stays there when the clerk cancels */
	if (!ask_approval(mv, t, &at, &k))
		return TUI_DONE;
	char *question = gv_asprintf("Approve and lock the minutes of %s (motion %d of %s)?", slug,
				     k, at);
	bool yes = tui_confirm(t, question);
	free(question);
	struct gv_err err = {0};
	int r = TUI_DONE;
	if (!yes) {
		tui_status(t, "Not approved");
	} else if (gv_minutes_approve(ws_of(t), slug, at, k, false, &err)) {
		tui_status_error(t, &err);
	} else {
		tui_status(t, "The minutes of %s are approved and locked (tag approved/%s)", slug,
			   slug);
		r = TUI_RELOAD;
	}
	free(at);
	return r;
}

int minutes_edit(struct minutes_view *mv, struct tui *t, int req)
{
	switch (req) {
	case MINUTES_REQ_NOTE: return edit_note(mv, t);
	case MINUTES_REQ_SAVE: return save(mv, t);
	case MINUTES_REQ_APPROVE: return approve(mv, t);
	default: return TUI_UNHANDLED;
	}
}
