#include "tui/cells.h"

#include "base/text.h"

#include <string.h>

/* Zero-width characters that show nothing and move nothing (the
 * bidirectional overrides, which would make the next columns lie, are
 * shown as '?' with the controls). */
static int invisible(int32_t c)
{
	return (c >= 0x200B && c <= 0x200F) || (c >= 0x2060 && c <= 0x2065) || c == 0xFEFF;
}

int tui_cell_next(const char **p, const char *end, wchar_t *shown)
{
	const char *start = *p;
	int32_t c = gv_utf8_next(p);
	if (*p > end) { /* a sequence cut by the end of the range */
		*p = start + 1;
		c = -1;
	}
	if (c == '\t') {
		*shown = L' ';
		return 1;
	}
	if (c < 0x20 || gv_char_unsafe(c) || c == 0x2028 || c == 0x2029) {
		*shown = L'?';
		return 1;
	}
	if (invisible(c)) {
		*shown = L'\0';
		return 0;
	}
	int w = wcwidth((wchar_t)c);
	if (w < 0) {
		*shown = L'?';
		return 1;
	}
	*shown = (wchar_t)c;
	return w;
}

int tui_cells_width(const char *s, size_t n)
{
	const char *p = s, *end = s + n;
	int cols = 0;
	wchar_t wc;
	while (p < end)
		cols += tui_cell_next(&p, end, &wc);
	return cols;
}

size_t tui_cells_fit(const char *s, size_t n, int cols)
{
	const char *p = s, *end = s + n;
	int used = 0;
	wchar_t wc;
	while (p < end) {
		const char *at = p;
		int w = tui_cell_next(&p, end, &wc);
		if (used + w > cols)
			return (size_t)(at - s);
		used += w;
	}
	return n;
}

size_t tui_cells_wrap(const char *s, size_t n, int cols, size_t *next)
{
	const char *p = s, *end = s + n;
	const char *space = NULL; /* the last space that fits */
	int used = 0;
	wchar_t wc;
	if (cols < 1)
		cols = 1;
	while (p < end && *p != '\n') {
		const char *at = p;
		int w = tui_cell_next(&p, end, &wc);
		if (used + w > cols) {
			if (*at == ' ') {
				*next = (size_t)(at + 1 - s);
				return (size_t)(at - s);
			}
			if (space) {
				*next = (size_t)(space + 1 - s);
				return (size_t)(space - s);
			}
			/* A word longer than the row; at least one character per row. */
			if (at == s)
				at = p;
			*next = (size_t)(at - s);
			return (size_t)(at - s);
		}
		if (*at == ' ')
			space = at;
		used += w;
	}
	*next = (size_t)(p - s) + (p < end); /* past the newline */
	return (size_t)(p - s);
}

int tui_cells_rows(const char *text, int cols)
{
	size_t n = strlen(text), at = 0;
	int rows = 0;
	while (at < n) {
		size_t next;
		tui_cells_wrap(text + at, n - at, cols, &next);
		at += next;
		rows++;
	}
	return rows;
}
