/* The form under the members list: a heading, one row per field with what
 * has been typed so far, and a line saying what the field wants. The field
 * being asked is edited in its own row by the line editor (tui/prompt.h);
 * the role is chosen from the roles gavel knows. Values stay in the form
 * until it ends, so a refusal can ask again with what was typed. */
#include "tui/members.h"

#include "tui/keys.h"
#include "tui/prompt.h"
#include "tui/screen.h"
#include "tui/term.h"

#include "base/buf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define LABEL_W 8 /* "Bodies: " */

void members_form_end(struct members_form *f)
{
	for (int i = 0; i < f->n; i++)
		free(f->f[i].value);
	free(f->heading);
	memset(f, 0, sizeof *f);
}

void members_form_begin(struct members_form *f, const char *heading)
{
	members_form_end(f);
	f->open = true;
	f->heading = gv_strdup(heading);
}

void members_form_field(struct members_form *f, const char *label, const char *value,
			const char *hint, bool role)
{
	if (f->n == MEMBERS_FIELDS)
		return;
	f->f[f->n++] = (struct members_field){
		.label = label, .hint = hint, .value = gv_strdup(value ? value : ""), .role = role};
}

int members_form_rows(const struct members_form *f)
{
	return f->open ? f->n + 2 : 0;
}

/* "Ward:   " */
static void label_of(const struct members_field *fl, char out[32])
{
	char colon[24];
	snprintf(colon, sizeof colon, "%s:", fl->label);
	snprintf(out, 32, "%-*s", LABEL_W, colon);
}

/* mayor  deputy-mayor  [councillor]  clerk  staff */
static void draw_roles(int y, int x, int w, const char *chosen)
{
	const char *role;
	for (size_t i = 0; (role = gv_role_name(i)) && w > 0; i++) {
		bool on = !strcmp(role, chosen);
		char *cell = gv_asprintf(on ? "[%s]" : " %s ", role);
		int used = tui_put(y, x, w, cell, (size_t)-1, on ? TUI_SELECTED : TUI_NORMAL);
		free(cell);
		x += used + 1;
		w -= used + 1;
	}
}

void members_form_draw(struct members *ms, struct tui_rect r)
{
	struct members_form *f = &ms->form;
	tui_fill(r.y, r.x, r.w, TUI_HEADER);
	tui_put_cut(r.y, r.x + 1, r.w - 1, f->heading, TUI_HEADER);
	/* Rows that do not fit are left out; the line editor then asks on
	 * the status line. */
	for (int i = 0; i < f->n && i + 1 < r.h - 1; i++) {
		const struct members_field *fl = &f->f[i];
		int y = r.y + 1 + i;
		char label[32];
		label_of(fl, label);
		if (i == f->at && !fl->role) { /* the line editor's row */
			ms->view.edit_at = (struct tui_rect){y, r.x + 1, 1, r.w - 1};
			continue;
		}
		int lw = tui_put(y, r.x + 1, r.w - 1, label, (size_t)-1, TUI_HEADER);
		if (i == f->at)
			draw_roles(y, r.x + 1 + lw, r.w - 1 - lw, fl->value);
		else
			tui_put_cut(y, r.x + 1 + lw, r.w - 1 - lw, fl->value, TUI_NORMAL);
	}
	if (f->at < f->n) {
		char *hint = gv_asprintf("%s   Enter: next   Esc: cancel", f->f[f->at].hint);
		tui_put_cut(r.y + r.h - 1, r.x + 1, r.w - 1, hint, TUI_HINT);
		free(hint);
	}
}

static size_t role_index(const char *value)
{
	const char *role;
	for (size_t i = 0; (role = gv_role_name(i)); i++)
		if (!strcmp(role, value))
			return i;
	return 0;
}

/* The next role (step 1) or the one before (-1), around the ends; or the
 * next one after the chosen one that begins with letter. */
static size_t role_after(size_t at, int step, int letter)
{
	size_t n = 0;
	while (gv_role_name(n))
		n++;
	if (!n)
		return 0;
	if (!letter)
		return step > 0 ? (at + 1) % n : (at + n - 1) % n;
	for (size_t k = 1; k <= n; k++) {
		size_t i = (at + k) % n;
		if (gv_role_name(i)[0] == letter)
			return i;
	}
	return at;
}

/* Choose the field's role with Left/Right (Tab, Space, h l j k) or a first
 * letter; Enter takes it, Escape cancels. */
static bool choose_role(struct tui *t, struct members_field *fl)
{
	for (;;) {
		tui_draw(t);
		refresh();
		int key = tui_key_read();
		if (tui_term_stop_signal() || (key == ERR && tui_term_gone()))
			return false;
		size_t at = role_index(fl->value), to = at;
		switch (key) {
		case '\n': case '\r': case KEY_ENTER: return true;
		case TUI_KEY_ESC: case TUI_CTRL('G'): return false;
		case KEY_RIGHT: case KEY_DOWN: case '\t': case ' ': case 'l': case 'j':
			to = role_after(at, 1, 0);
			break;
		case KEY_LEFT: case KEY_UP: case KEY_BTAB: case 'h': case 'k':
			to = role_after(at, -1, 0);
			break;
		default:
			if (key >= 'a' && key <= 'z')
				to = role_after(at, 0, key);
			break;
		}
		free(fl->value);
		fl->value = gv_strdup(gv_role_name(to));
	}
}

bool members_form_fill(struct members *ms, struct tui *t)
{
	struct members_form *f = &ms->form;
	for (f->at = 0; f->at < f->n; f->at++) {
		struct members_field *fl = &f->f[f->at];
		if (fl->role) {
			if (!choose_role(t, fl))
				return false;
			continue;
		}
		char label[32], *typed;
		label_of(fl, label);
		if (!tui_prompt_in_place(t, label, fl->value, &typed))
			return false;
		free(fl->value);
		fl->value = typed;
	}
	return true;
}
