/* Terminal cells of UTF-8 text: what each character looks like on screen
 * (sanitized), how many columns it takes, and where text fits and wraps.
 * No curses here, so the arithmetic is the same for every view. */
#ifndef GAVEL_TUI_CELLS_H
#define GAVEL_TUI_CELLS_H

#include <stddef.h>
#include <wchar.h>

/* Decode the character at *p (not past end) and advance *p. *shown gets the
 * character to draw: '?' for control characters, bidirectional overrides
 * and isolates (gv_char_unsafe), malformed bytes and characters the locale
 * cannot print, ' ' for a tab, L'\0' for invisible format characters
 * (zero-width spaces and joiners) that are dropped.
 * Returns the columns *shown takes (0, 1 or 2). */
int tui_cell_next(const char **p, const char *end, wchar_t *shown);

/* Columns of s[0..n). */
int tui_cells_width(const char *s, size_t n);

/* Bytes of the longest prefix of s[0..n) that fits in cols columns. */
size_t tui_cells_fit(const char *s, size_t n, int cols);

/* One row of s[0..n) wrapped to cols columns: returns the bytes of the row
 * (breaking after the last space that fits, or mid-word when a word is
 * longer than the row) and sets *next to where the next row starts (past the
 * break space or newline). An empty row ends at a newline. */
size_t tui_cells_wrap(const char *s, size_t n, int cols, size_t *next);

/* Rows text takes when wrapped to cols columns. */
int tui_cells_rows(const char *text, int cols);

#endif
