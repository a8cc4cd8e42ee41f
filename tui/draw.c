#include "tui/draw.h"

#include "tui/cells.h"

#include <stdlib.h>
#include <string.h>

static attr_t role_attr[TUI_NROLES];

/* Colour pairs are numbered after their role. */
static attr_t colour(enum tui_role role, short fg, short bg, attr_t extra)
{
	init_pair((short)role, fg, bg);
	return COLOR_PAIR(role) | extra;
}

void tui_roles_init(void)
{
	/* Without colour, the look must still tell the bars, the selection and
	 * errors apart: reverse and bold are on every terminal. */
	role_attr[TUI_NORMAL] = A_NORMAL;
	role_attr[TUI_TITLEBAR] = A_REVERSE | A_BOLD;
	role_attr[TUI_HEADER] = A_BOLD;
	role_attr[TUI_SELECTED] = A_REVERSE;
	role_attr[TUI_HEADING] = A_BOLD;
	role_attr[TUI_NUMBER] = A_NORMAL;
	role_attr[TUI_FLAG] = A_BOLD;
	role_attr[TUI_CLOSED] = A_BOLD;
	role_attr[TUI_ERROR] = A_BOLD;
	role_attr[TUI_ALERT] = A_REVERSE | A_BOLD;
	role_attr[TUI_HINT] = A_NORMAL;
	role_attr[TUI_STRONG] = A_BOLD;
	role_attr[TUI_EMPH] = A_ITALIC;
	role_attr[TUI_MATCH] = A_REVERSE;
	role_attr[TUI_ADDED] = A_BOLD;
	role_attr[TUI_REMOVED] = A_DIM;
	role_attr[TUI_HUNK] = A_UNDERLINE;

	const char *no_color = getenv("NO_COLOR");
	if ((no_color && *no_color) || !has_colors() || start_color() == ERR)
		return;
	short bg = use_default_colors() == OK ? -1 : COLOR_BLACK;
	role_attr[TUI_TITLEBAR] = colour(TUI_TITLEBAR, COLOR_WHITE, COLOR_BLUE, A_BOLD);
	role_attr[TUI_HEADER] = colour(TUI_HEADER, COLOR_CYAN, bg, A_BOLD);
	role_attr[TUI_SELECTED] = colour(TUI_SELECTED, COLOR_BLACK, COLOR_CYAN, A_NORMAL);
	role_attr[TUI_HEADING] = colour(TUI_HEADING, COLOR_YELLOW, bg, A_BOLD);
	role_attr[TUI_NUMBER] = colour(TUI_NUMBER, COLOR_YELLOW, bg, A_NORMAL);
	role_attr[TUI_FLAG] = colour(TUI_FLAG, COLOR_GREEN, bg, A_NORMAL);
	role_attr[TUI_CLOSED] = colour(TUI_CLOSED, COLOR_MAGENTA, bg, A_BOLD);
	role_attr[TUI_ERROR] = colour(TUI_ERROR, COLOR_RED, bg, A_BOLD);
	role_attr[TUI_ALERT] = colour(TUI_ALERT, COLOR_WHITE, COLOR_RED, A_BOLD);
	role_attr[TUI_HINT] = colour(TUI_HINT, COLOR_BLUE, bg, A_NORMAL);
	role_attr[TUI_MATCH] = colour(TUI_MATCH, COLOR_BLACK, COLOR_YELLOW, A_NORMAL);
	role_attr[TUI_ADDED] = colour(TUI_ADDED, COLOR_GREEN, bg, A_NORMAL);
	role_attr[TUI_REMOVED] = colour(TUI_REMOVED, COLOR_RED, bg, A_NORMAL);
	role_attr[TUI_HUNK] = colour(TUI_HUNK, COLOR_CYAN, bg, A_NORMAL);
}

attr_t tui_attr(enum tui_role role)
{
	return role_attr[role];
}

int tui_put(int y, int x, int w, const char *s, size_t n, enum tui_role role)
{
	if (n == (size_t)-1)
		n = strlen(s);
	if (x + w > COLS)
		w = COLS - x;
	if (y < 0 || y >= LINES || x < 0 || w <= 0)
		return 0;
	wchar_t chunk[256];
	int len = 0, used = 0, drawn_x = x;
	const char *p = s, *end = s + n;
	attrset(tui_attr(role));
	while (p < end) {
		wchar_t wc;
		int cw = tui_cell_next(&p, end, &wc);
		if (used + cw > w)
			break;
		/* A combining mark with nothing before it would join whatever
		 * is already on screen there. */
		if (!wc || (cw == 0 && used == 0))
			continue;
		chunk[len++] = wc;
		used += cw;
		if (len == (int)(sizeof chunk / sizeof *chunk)) {
			mvaddnwstr(y, drawn_x, chunk, len);
			drawn_x = x + used;
			len = 0;
		}
	}
	if (len)
		mvaddnwstr(y, drawn_x, chunk, len);
	attrset(A_NORMAL);
	return used;
}

int tui_put_cut(int y, int x, int w, const char *s, enum tui_role role)
{
	size_t n = strlen(s);
	if (w <= 0)
		return 0;
	if (tui_cells_width(s, n) <= w)
		return tui_put(y, x, w, s, n, role);
	int used = tui_put(y, x, w - 1, s, tui_cells_fit(s, n, w - 1), role);
	return used + tui_put(y, x + used, 1, MB_CUR_MAX > 1 ? "\u2026" : "~", (size_t)-1, role);
}

void tui_fill(int y, int x, int w, enum tui_role role)
{
	if (x + w > COLS)
		w = COLS - x;
	if (y < 0 || y >= LINES || x < 0 || w <= 0)
		return;
	mvhline(y, x, ' ' | tui_attr(role), w);
}

void tui_put_wrapped(struct tui_rect r, int *y, const char *text, enum tui_role role)
{
	size_t n = strlen(text), at = 0;
	while (at < n && *y < r.y + r.h) {
		size_t next, row = tui_cells_wrap(text + at, n - at, r.w, &next);
		tui_put(*y, r.x, r.w, text + at, row, role);
		at += next;
		(*y)++;
	}
}
