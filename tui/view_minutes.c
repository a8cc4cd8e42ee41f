/* The minutes of one meeting as formatted text, built by the core from the
 * agenda, the log and the clerk's notes: a line that says whether they are
 * a draft or approved (and where), the page to scroll and search, and keys
 * to edit a note, save, approve (minutes_edit.c) and see the versions. */
#include "tui/minutes.h"

#include "tui/cells.h"
#include "tui/keys.h"
#include "tui/screen.h"

#include "base/buf.h"
#include "base/err.h"
#include "cmd/cmd.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const struct tui_binding minutes_keys[] = {
	TUI_PAGE_KEYS,
	{MINUTES_REQ_NOTE, "edit-note",
	 "edit the clerk's note of an item in $EDITOR (asks which: the one at the top or found)",
	 {'e'}},
	{MINUTES_REQ_SAVE, "save", "save a new version to record/ (asks a message; empty: generated)",
	 {'s'}},
	{MINUTES_REQ_APPROVE, "approve",
	 "approve and lock the minutes (asks the approving meeting and motion)", {'A'}},
	{MINUTES_REQ_HISTORY, "history", "the saved versions, to compare any two", {'h'}},
	{MINUTES_REQ_PUBLIC, "public", "show the public minutes, or the complete ones again", {'v'}},
	{TUI_REQ_BACK, "back", "back to where the minutes were opened", {TUI_KEY_ESC, KEY_LEFT}},
	{0, NULL, NULL, {0}},
};

static struct minutes_view *minutes_of(struct tui_view *v)
{
	return (struct minutes_view *)v;
}

static int minutes_reload(struct tui_view *v, struct tui *t, struct gv_err *err)
{
	struct minutes_view *mv = minutes_of(v);
	char ref[32];
	snprintf(ref, sizeof ref, "%lld", (long long)mv->meeting_id);
	struct gv_minutes m;
	int rc = gv_minutes_load(t->ctx->ws, ref, &m, err);
	if (rc)
		return rc;
	if (mv->loaded)
		gv_minutes_clear(&mv->m);
	mv->m = m;
	mv->loaded = true;
	free(mv->title);
	mv->title = gv_asprintf("%s: minutes", m.meeting.slug);
	/* mv->m stays complete: notes are edited from it, never from the
	 * public form, which is made from a copy of its own */
	struct gv_minutes shown;
	if (mv->public && (rc = gv_minutes_load(t->ctx->ws, ref, &shown, err)))
		return rc;
	if (mv->public)
		gv_minutes_make_public(&shown);
	struct gv_buf md = GV_BUF_INIT;
	gv_minutes_md(&md, mv->public ? &shown : &mv->m);
	tui_page_set_markdown(&mv->page, gv_buf_str(&md));
	gv_buf_free(&md);
	if (mv->public)
		gv_minutes_clear(&shown);
	return 0;
}

static const char *minutes_title(struct tui_view *v)
{
	return minutes_of(v)->title;
}

const struct gv_item *minutes_item_at_cursor(const struct minutes_view *mv)
{
	const char *text = mv->page.s.text;
	const unsigned char *roles = mv->page.s.roles;
	if (!text || !roles)
		return NULL;
	size_t at = tui_page_cursor(&mv->page);
	for (;;) {
		while (at && text[at - 1] != '\n')
			at--;
		if (roles[at] == TUI_HEADING) {
			size_t n = strcspn(text + at, " \n");
			for (size_t i = 0; i < mv->m.agenda.n; i++) {
				const struct gv_item *it = &mv->m.agenda.items[i];
				if (strlen(it->number) == n && !strncmp(it->number, text + at, n))
					return it;
			}
		}
		if (!at)
			return NULL;
		at--;
	}
}

/* "DRAFT · 2 notes not saved yet" or "APPROVED at M2 (resolution X) · locked",
 * and which minutes these are on the right. */
static void draw_state(const struct minutes_view *mv, struct tui_rect r)
{
	const struct gv_approval *a = &mv->m.approval;
	int used;
	if (a->approved) {
		char *said = gv_approval_said(a);
		char *state = gv_asprintf("APPROVED %s", said);
		free(said);
		used = tui_put(r.y, r.x, r.w, state, (size_t)-1, TUI_FLAG);
		used += tui_put(r.y, r.x + used, r.w - used, "  locked", (size_t)-1, TUI_HINT);
		free(state);
	} else {
		size_t unsaved = 0;
		for (size_t i = 0; i < mv->m.n_notes; i++)
			unsaved += mv->m.notes[i].unsaved;
		used = tui_put(r.y, r.x, r.w, "DRAFT", (size_t)-1, TUI_HEADING);
		if (unsaved) {
			char *line = gv_asprintf("  %zu note%s not saved yet (s saves)", unsaved,
						 unsaved == 1 ? "" : "s");
			used += tui_put(r.y, r.x + used, r.w - used, line, (size_t)-1, TUI_HINT);
			free(line);
		}
	}
	const char *which = mv->public ? "public minutes (v: complete)"
				       : "complete minutes (v: public)";
	int ww = tui_cells_width(which, strlen(which));
	if (used + 2 + ww <= r.w)
		tui_put(r.y, r.x + r.w - ww, ww, which, (size_t)-1, TUI_HINT);
}

static void minutes_draw(struct tui_view *v, struct tui *t, struct tui_rect r)
{
	(void)t;
	struct minutes_view *mv = minutes_of(v);
	draw_state(mv, r);
	int h = r.h - 3; /* the state, a blank row, and the footer */
	if (h < 1)
		return;
	v->page = h;
	tui_page_draw(&mv->page, (struct tui_rect){r.y + 2, r.x, h, r.w});
	tui_page_footer(&mv->page, r.y + r.h - 1, r,
			"/ find  e note  s save  A approve  h history  v public");
}

static int minutes_request(struct tui_view *v, struct tui *t, int req)
{
	struct minutes_view *mv = minutes_of(v);
	if (tui_page_request(&mv->page, t, req))
		return TUI_DONE;
	switch (req) {
	case MINUTES_REQ_HISTORY: tui_push(t, tui_history_new(mv->meeting_id)); return TUI_DONE;
	case MINUTES_REQ_PUBLIC:
		mv->public = !mv->public;
		tui_status(t, mv->public ? "The public minutes: what record/ and the site get"
					 : "The complete minutes, closed sessions included");
		return TUI_RELOAD;
	case MINUTES_REQ_NOTE:
	case MINUTES_REQ_SAVE:
	case MINUTES_REQ_APPROVE: return minutes_edit(mv, t, req);
	default: return TUI_UNHANDLED;
	}
}

static void minutes_free(struct tui_view *v)
{
	struct minutes_view *mv = minutes_of(v);
	if (mv->loaded)
		gv_minutes_clear(&mv->m);
	tui_page_clear(&mv->page);
	free(mv->title);
	free(mv);
}

static const struct tui_view_ops minutes_ops = {
	.name = "minutes",
	.keys = minutes_keys,
	.reload = minutes_reload,
	.title = minutes_title,
	.draw = minutes_draw,
	.request = minutes_request,
	.free = minutes_free,
};

struct tui_view *tui_minutes_new(int64_t meeting_id)
{
	struct minutes_view *mv = gv_calloc(1, sizeof *mv);
	mv->view.ops = &minutes_ops;
	mv->view.page = 1;
	mv->meeting_id = meeting_id;
	mv->view.meeting_id = meeting_id;
	return &mv->view;
}
