/* Styled text for pages: markdown shown as formatted text on a terminal,
 * and unified diffs in git's colours. This is only how the lines of the
 * minutes and notes look on screen; HTML goes through discount
 * (publish/markdown.h). */
#include "tui/page.h"

#include "tui/cells.h"

#include "base/buf.h"
#include "store/repo.h"

#include <ctype.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

struct out {
	struct gv_buf text, roles;
};

static void emit(struct out *o, const char *s, size_t n, enum tui_role role)
{
	gv_buf_add(&o->text, s, n);
	for (size_t i = 0; i < n; i++)
		gv_buf_putc(&o->roles, (char)role);
}

static void append(struct out *o, const struct out *part)
{
	gv_buf_add(&o->text, gv_buf_str(&part->text), part->text.len);
	gv_buf_add(&o->roles, gv_buf_str(&part->roles), part->roles.len);
}

static struct tui_styled detach(struct out *o)
{
	return (struct tui_styled){.text = gv_buf_detach(&o->text),
				   .roles = (unsigned char *)gv_buf_detach(&o->roles)};
}

static void out_free(struct out *o)
{
	gv_buf_free(&o->text);
	gv_buf_free(&o->roles);
}

static bool has(const char *s, size_t from, size_t n, const char *mark)
{
	size_t m = strlen(mark);
	for (size_t i = from; i + m <= n; i++)
		if (!memcmp(s + i, mark, m))
			return true;
	return false;
}

/* One line's spans: \x escapes, **strong** and *emphasis* (marks dropped
 * only when they pair up). A base other than TUI_NORMAL (headings, table
 * headers) wins over the spans. */
static void inline_md(struct out *o, const char *s, size_t n, enum tui_role base)
{
	bool strong = false, emph = false;
	for (size_t i = 0; i < n;) {
		if (s[i] == '\\' && i + 1 < n && ispunct((unsigned char)s[i + 1])) {
			i++;
		} else if (s[i] == '*' && i + 1 < n && s[i + 1] == '*' &&
			   (strong || has(s, i + 2, n, "**"))) {
			strong = !strong;
			i += 2;
			continue;
		} else if (s[i] == '*' && (emph ? i && s[i - 1] != ' '
					       : i + 1 < n && s[i + 1] != ' ' && has(s, i + 1, n, "*"))) {
			emph = !emph;
			i++;
			continue;
		}
		enum tui_role role = base != TUI_NORMAL ? base
				     : strong         ? TUI_STRONG
				     : emph           ? TUI_EMPH
							: TUI_NORMAL;
		emit(o, s + i, 1, role);
		i++;
	}
}

/* "| a | b |" -> its cells, trimmed; returns how many (at most max). */
static int split_cells(const char *line, size_t n, const char *cell[], size_t len[], int max)
{
	size_t i = 0;
	if (i < n && line[i] == '|')
		i++;
	int k = 0;
	while (i < n && k < max) {
		size_t start = i;
		while (i < n && !(line[i] == '|' && (i == 0 || line[i - 1] != '\\')))
			i++;
		size_t a = start, b = i;
		while (a < b && line[a] == ' ')
			a++;
		while (b > a && line[b - 1] == ' ')
			b--;
		if (i < n || b > a) {
			cell[k] = line + a;
			len[k++] = b - a;
		}
		i++;
	}
	return k;
}

static bool is_rule_row(const char *line, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!strchr("|-: ", line[i]))
			return false;
	return true;
}

#define MAX_CELLS 16

/* A table's rows with their columns aligned, the header row in its role
 * and the |---| row left out. lines[i]/lens[i] are the block's lines. */
static void table(struct out *o, const char *const *lines, const size_t *lens, size_t n)
{
	int width[MAX_CELLS] = {0};
	for (size_t r = 0; r < n; r++) {
		const char *cell[MAX_CELLS];
		size_t len[MAX_CELLS];
		int k = split_cells(lines[r], lens[r], cell, len, MAX_CELLS);
		for (int c = 0; c < k; c++) {
			struct out part = {GV_BUF_INIT, GV_BUF_INIT};
			inline_md(&part, cell[c], len[c], TUI_NORMAL);
			int w = tui_cells_width(gv_buf_str(&part.text), part.text.len);
			if (w > width[c])
				width[c] = w;
			out_free(&part);
		}
	}
	for (size_t r = 0; r < n; r++) {
		if (is_rule_row(lines[r], lens[r]))
			continue;
		const char *cell[MAX_CELLS];
		size_t len[MAX_CELLS];
		int k = split_cells(lines[r], lens[r], cell, len, MAX_CELLS);
		emit(o, "  ", 2, TUI_NORMAL);
		for (int c = 0; c < k; c++) {
			struct out part = {GV_BUF_INIT, GV_BUF_INIT};
			inline_md(&part, cell[c], len[c], r ? TUI_NORMAL : TUI_HEADER);
			append(o, &part);
			if (c + 1 < k)
				for (int pad = tui_cells_width(gv_buf_str(&part.text), part.text.len);
				     pad < width[c] + 2; pad++)
					emit(o, " ", 1, TUI_NORMAL);
			out_free(&part);
		}
		emit(o, "\n", 1, TUI_NORMAL);
	}
}

/* A line's heading level (1..6), 0 when it is not a heading. */
static int heading_level(const char *line, size_t n)
{
	int level = 0;
	while ((size_t)level < n && line[level] == '#')
		level++;
	return level >= 1 && level <= 6 && (size_t)level < n && line[level] == ' ' ? level : 0;
}

static void block_line(struct out *o, const char *line, size_t n)
{
	int level = heading_level(line, n);
	const char *bar = MB_CUR_MAX > 1 ? "  \u2502 " : "  | ";
	const char *bullet = MB_CUR_MAX > 1 ? "  \u2022 " : "  - ";
	if (level) {
		inline_md(o, line + level + 1, n - level - 1, TUI_HEADING);
	} else if (n >= 2 && line[0] == '>' && line[1] == ' ') {
		emit(o, bar, strlen(bar), TUI_HINT);
		inline_md(o, line + 2, n - 2, TUI_NORMAL);
	} else if (n >= 2 && (line[0] == '-' || line[0] == '*') && line[1] == ' ') {
		emit(o, bullet, strlen(bullet), TUI_HINT);
		inline_md(o, line + 2, n - 2, TUI_NORMAL);
	} else if (n >= 4 && !memcmp(line, "    ", 4)) {
		emit(o, line, n, TUI_NORMAL); /* code: as it is */
	} else {
		inline_md(o, line, n, TUI_NORMAL);
	}
	emit(o, "\n", 1, TUI_NORMAL);
}

struct tui_styled tui_styled_markdown(const char *md)
{
	struct out o = {GV_BUF_INIT, GV_BUF_INIT};
	const char **lines = NULL;
	size_t *lens = NULL, n = 0;
	for (const char *p = md; *p;) {
		size_t len = strcspn(p, "\n");
		GV_ROOM(lines, n);
		lines[n] = p;
		*GV_PUSH(lens, n) = len;
		p += len + (p[len] == '\n');
	}
	for (size_t i = 0; i < n;) {
		size_t end = i;
		while (end < n && lens[end] && lines[end][0] == '|')
			end++;
		if (end > i) {
			table(&o, lines + i, lens + i, end - i);
			i = end;
		} else {
			block_line(&o, lines[i], lens[i]);
			i++;
		}
	}
	free(lines);
	free(lens);
	return detach(&o);
}

struct tui_styled tui_styled_diff(const char *diff)
{
	static const enum tui_role role[] = {
		[GV_DIFF_CONTEXT] = TUI_NORMAL, [GV_DIFF_FILE] = TUI_STRONG,
		[GV_DIFF_HUNK] = TUI_HUNK,      [GV_DIFF_ADDED] = TUI_ADDED,
		[GV_DIFF_REMOVED] = TUI_REMOVED,
	};
	struct out o = {GV_BUF_INIT, GV_BUF_INIT};
	for (const char *p = diff; *p;) {
		size_t len = strcspn(p, "\n");
		emit(&o, p, len, role[gv_diff_line_kind(p)]);
		emit(&o, "\n", 1, TUI_NORMAL);
		p += len + (p[len] == '\n');
	}
	return detach(&o);
}
