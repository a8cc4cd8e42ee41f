/* Choosing one of a few names by their first letters (tui_pick, prompt.h):
 * who moved, who seconded. What is typed narrows the names; the first of
 * those left is the one Enter picks, so "gr Enter" picks Grace Lee. */
#include "tui/prompt.h"

#include "tui/cells.h"
#include "tui/draw.h"
#include "tui/keys.h"
#include "tui/screen.h"
#include "tui/term.h"

#include "base/buf.h"
#include "base/text.h"

#include <stdlib.h>
#include <string.h>

/* Whether a word of name starts with typed (both folded). */
static bool matches(const char *name, const char *typed)
{
	if (!*typed)
		return true;
	char *folded = gv_fold(name);
	size_t n = strlen(typed);
	bool yes = false;
	for (const char *w = folded; *w && !yes; w++)
		if ((w == folded || w[-1] == ' ' || w[-1] == '-') && !strncmp(w, typed, n))
			yes = true;
	free(folded);
	return yes;
}

/* The label, what is typed, then the names left, the current one in the
 * selection's look (reversed without colour), as many as fit. */
static void draw_pick(const char *label, const char *typed, const char *const *names,
		      const size_t *left, size_t n_left, size_t cur)
{
	int y = LINES - 1, x = 0;
	tui_fill(y, 0, COLS, TUI_NORMAL);
	x += tui_put(y, x, COLS, label, (size_t)-1, TUI_HEADER);
	x += tui_put(y, x, COLS - x, typed, (size_t)-1, TUI_NORMAL);
	int cursor = x;
	x += tui_put(y, x, COLS - x, "  ", 2, TUI_NORMAL);
	if (!n_left)
		tui_put(y, x, COLS - x, "(no name starts so: Backspace)", (size_t)-1, TUI_HINT);
	for (size_t k = 0; k < n_left && x < COLS; k++) {
		size_t i = (cur + k) % n_left;
		const char *name = names[left[i]];
		int w = tui_cells_width(name, strlen(name));
		if (k && x + w + 2 > COLS) {
			tui_put(y, x, COLS - x, "…", (size_t)-1, TUI_HINT);
			break;
		}
		x += tui_put(y, x, COLS - x, name, (size_t)-1, k ? TUI_NORMAL : TUI_SELECTED);
		x += tui_put(y, x, COLS - x, "  ", 2, TUI_NORMAL);
	}
	move(y, cursor);
}

bool tui_pick(struct tui *t, const char *label, const char *const *names, size_t n, int first,
	      const char *note, size_t *out)
{
	struct gv_buf typed = GV_BUF_INIT;
	size_t *left = gv_calloc(n + 1, sizeof *left), n_left = 0;
	/* the name proposed is the one Enter picks until something is typed */
	size_t cur = first >= 0 && (size_t)first < n ? (size_t)first : 0;
	bool picked = false, done = false;
	curs_set(1);
	while (!done && !tui_term_stop_signal() && !tui_term_gone()) {
		char *folded = gv_fold(gv_buf_str(&typed));
		n_left = 0;
		for (size_t i = 0; i < n; i++)
			if (matches(names[i], folded))
				left[n_left++] = i;
		free(folded);
		if (cur >= n_left)
			cur = 0;

		tui_draw(t);
		tui_prompt_note(note);
		draw_pick(label, gv_buf_str(&typed), names, left, n_left, cur);
		refresh();
		wint_t c;
		int r = get_wch(&c);
		if (r == ERR)
			continue;
		bool key = r == KEY_CODE_YES || c < 0x20 || c == 0x7F;
		if (!key) {
			char bytes[8];
			int len = wctomb(bytes, (wchar_t)c);
			if (len > 0)
				gv_buf_add(&typed, bytes, (size_t)len);
			cur = 0;
			continue;
		}
		switch (c) {
		case '\r':
		case '\n':
		case KEY_ENTER:
			if (n_left) {
				*out = left[cur];
				picked = done = true;
			}
			break;
		case TUI_KEY_ESC:
		case TUI_CTRL('G'): done = true; break;
		case '\t':
		case KEY_RIGHT:
		case KEY_DOWN: cur = n_left ? (cur + 1) % n_left : 0; break;
		case KEY_LEFT:
		case KEY_UP:
		case KEY_BTAB: cur = n_left ? (cur + n_left - 1) % n_left : 0; break;
		case KEY_BACKSPACE:
		case 0x7F:
		case TUI_CTRL('H'):
			while (typed.len && ((unsigned char)typed.data[typed.len - 1] & 0xC0) == 0x80)
				typed.data[--typed.len] = '\0';
			if (typed.len)
				typed.data[--typed.len] = '\0';
			break;
		case TUI_CTRL('U'): gv_buf_reset(&typed); break;
		default: break;
		}
	}
	curs_set(0);
	free(left);
	gv_buf_free(&typed);
	return picked;
}
