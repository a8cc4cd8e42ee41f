/* Drawing on the terminal: the one place that includes curses for the rest of
 * tui/, colour roles that fall back to reverse/bold (or nothing under
 * NO_COLOR), and text output that can never put a control character or an
 * escape sequence from the data on the terminal. */
#ifndef GAVEL_TUI_DRAW_H
#define GAVEL_TUI_DRAW_H

#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1 /* the wide-character API of ncursesw */
#endif
#include <curses.h>

#include <stddef.h>

/* A region of the screen. */
struct tui_rect {
	int y, x, h, w;
};

/* What a piece of the screen is, rather than how it looks. */
enum tui_role {
	TUI_NORMAL,
	TUI_TITLEBAR,  /* top line */
	TUI_HEADER,    /* column headings */
	TUI_SELECTED,  /* the selected row */
	TUI_HEADING,   /* an item's number and title in the preview */
	TUI_NUMBER,    /* agenda numbers */
	TUI_FLAG,      /* [consent], published mark */
	TUI_CLOSED,    /* closed-session marks */
	TUI_ERROR,     /* refusals on the status line */
	TUI_ALERT,     /* what the clerk must not miss: quorum lost */
	TUI_HINT,      /* key hints, separators */
	TUI_STRONG,    /* **bold** in formatted text */
	TUI_EMPH,      /* *emphasis* in formatted text */
	TUI_MATCH,     /* what a search found */
	TUI_ADDED,     /* diff: an added line */
	TUI_REMOVED,   /* diff: a removed line */
	TUI_HUNK,      /* diff: a hunk header */
	TUI_NROLES
};

/* Decide the look of every role: colours when the terminal has them and
 * NO_COLOR is unset or empty, reverse/bold otherwise. Call after initscr. */
void tui_roles_init(void);
attr_t tui_attr(enum tui_role role);

/* Draw n bytes of UTF-8 text (n == (size_t)-1: up to the NUL) at y, x in at
 * most w columns, never cutting a character. Control characters and
 * malformed bytes show as '?', tabs as a space. Returns the columns used. */
int tui_put(int y, int x, int w, const char *s, size_t n, enum tui_role role);

/* The same for a NUL-terminated s, ending in an ellipsis ("…", "~" where
 * the locale has no such character) when it is cut. */
int tui_put_cut(int y, int x, int w, const char *s, enum tui_role role);

/* Blank w columns at y, x in role's look (full-width bars and selections). */
void tui_fill(int y, int x, int w, enum tui_role role);

/* Draw text wrapped to r's width from row *y down, at most to r's bottom;
 * *y ends below the last row drawn. */
void tui_put_wrapped(struct tui_rect r, int *y, const char *text, enum tui_role role);

#endif
