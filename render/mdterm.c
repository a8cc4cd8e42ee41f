#include "render/mdterm.h"

#include <ctype.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

void gv_mdt_add(struct gv_mdt *o, const char *s, size_t n, enum gv_mdt_style style)
{
	gv_buf_add(&o->text, s, n);
	memset(gv_buf_extend(&o->styles, n), (int)style, n);
}

void gv_mdt_free(struct gv_mdt *o)
{
	gv_buf_free(&o->text);
	gv_buf_free(&o->styles);
}

/* n bytes of part from byte at, styles and all. */
static void copy(struct gv_mdt *o, const struct gv_mdt *part, size_t at, size_t n)
{
	gv_buf_add(&o->text, gv_buf_str(&part->text) + at, n);
	gv_buf_add(&o->styles, gv_buf_str(&part->styles) + at, n);
}

static void add_str(struct gv_mdt *o, const char *s, enum gv_mdt_style style)
{
	gv_mdt_add(o, s, strlen(s), style);
}

static void add_repeat(struct gv_mdt *o, const char *s, int times, enum gv_mdt_style style)
{
	for (int i = 0; i < times; i++)
		add_str(o, s, style);
}

/* How far a closing ] ) > or ` is looked for: text with many openers and
 * no closer stays linear (the same budget idea as render/md_defuse.c). */
#define SPAN_MAX 2000

static const char *find_in(const char *s, size_t from, size_t n, char c)
{
	size_t len = n > from ? n - from : 0;
	return memchr(s + from, c, len < SPAN_MAX ? len : SPAN_MAX);
}

/* Where the last "**", "__", '*' and '_' of a line start (n: none), so
 * whether a mark has a closer after it is known at once. */
struct lasts {
	size_t star2, under2, star, under;
};

static struct lasts lasts_of(const char *s, size_t n)
{
	struct lasts l = {n, n, n, n};
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '*')
			l.star = i;
		if (s[i] == '_')
			l.under = i;
		if (i + 1 < n && s[i] == '*' && s[i + 1] == '*')
			l.star2 = i;
		if (i + 1 < n && s[i] == '_' && s[i + 1] == '_')
			l.under2 = i;
	}
	return l;
}

/* Whether a pair mark (two of c) closes at or after from. */
static bool pair_after(const struct lasts *l, size_t n, char c, size_t from)
{
	size_t at = c == '*' ? l->star2 : l->under2;
	return at < n && at >= from;
}

/* Whether a single c comes after from. */
static bool mark_after(const struct lasts *l, size_t n, char c, size_t from)
{
	size_t at = c == '*' ? l->star : l->under;
	return at < n && at > from;
}

static bool word_char(char c)
{
	return isalnum((unsigned char)c) || (c & 0x80);
}

/* A [text](target) at s[i] ('[' there): sets the text's span and the
 * target's, and returns the bytes it takes; 0 when it is not a link. */
static size_t link_at(const char *s, size_t i, size_t n, size_t *t0, size_t *t1, size_t *u0,
		      size_t *u1)
{
	const char *close = find_in(s, i + 1, n, ']');
	if (!close)
		return 0;
	size_t c = (size_t)(close - s);
	if (c + 1 >= n || s[c + 1] != '(')
		return 0;
	const char *end = find_in(s, c + 2, n, ')');
	if (!end)
		return 0;
	*t0 = i + 1, *t1 = c;
	*u0 = c + 2, *u1 = (size_t)(end - s);
	/* a title after the target: [x](url "title") keeps only the url */
	for (size_t k = *u0; k < *u1; k++)
		if (s[k] == ' ') {
			*u1 = k;
			break;
		}
	return (size_t)(end - s) + 1 - i;
}

static bool autolink_at(const char *s, size_t i, size_t n, size_t *end)
{
	static const char *const schemes[] = {"http://", "https://", "mailto:"};
	for (size_t k = 0; k < sizeof schemes / sizeof *schemes; k++) {
		size_t m = strlen(schemes[k]);
		if (i + 1 + m <= n && !strncmp(s + i + 1, schemes[k], m)) {
			const char *gt = find_in(s, i + 1, n, '>');
			if (gt && !memchr(s + i, ' ', (size_t)(gt - s) - i)) {
				*end = (size_t)(gt - s);
				return true;
			}
		}
	}
	return false;
}

void gv_mdt_inline(struct gv_mdt *o, const char *s, size_t n, enum gv_mdt_style base,
		   const struct gv_mdt_opts *opt)
{
	bool strong = false, emph = false;
	struct lasts last = lasts_of(s, n);
	for (size_t i = 0; i < n;) {
		enum gv_mdt_style st = base != GV_MDT_PLAIN ? base
				       : strong             ? GV_MDT_STRONG
				       : emph               ? GV_MDT_EMPH
							    : GV_MDT_PLAIN;
		char c = s[i];
		size_t t0, t1, u0, u1, len, end;
		if (c == '\\' && i + 1 < n && ispunct((unsigned char)s[i + 1])) {
			gv_mdt_add(o, s + i + 1, 1, st);
			i += 2;
		} else if (c == '`' && find_in(s, i + 1, n, '`')) {
			const char *close = find_in(s, i + 1, n, '`');
			gv_mdt_add(o, s + i + 1, (size_t)(close - s) - i - 1,
				   base != GV_MDT_PLAIN ? base : GV_MDT_CODE);
			i = (size_t)(close - s) + 1;
		} else if ((c == '*' || c == '_') && i + 1 < n && s[i + 1] == c &&
			   (strong || (pair_after(&last, n, c, i + 2) &&
				       (c == '*' || !i || !word_char(s[i - 1]))))) {
			strong = !strong;
			i += 2;
		} else if ((c == '*' || c == '_') &&
			   (emph ? i && s[i - 1] != ' ' && (c == '*' || i + 1 >= n || !word_char(s[i + 1]))
				 : i + 1 < n && s[i + 1] != ' ' && mark_after(&last, n, c, i) &&
					   (c == '*' || !i || !word_char(s[i - 1])))) {
			emph = !emph;
			i++;
		} else if (c == '!' && i + 1 < n && s[i + 1] == '[' &&
			   (len = link_at(s, i + 1, n, &t0, &t1, &u0, &u1))) {
			add_str(o, "[image: ", st);
			gv_mdt_inline(o, s + t0, t1 - t0, base, opt);
			add_str(o, "] <", GV_MDT_MARK);
			gv_mdt_add(o, s + u0, u1 - u0, GV_MDT_LINK);
			add_str(o, ">", GV_MDT_MARK);
			i += 1 + len;
		} else if (c == '[' && (len = link_at(s, i, n, &t0, &t1, &u0, &u1))) {
			gv_mdt_inline(o, s + t0, t1 - t0, st, opt);
			if (u1 - u0 != t1 - t0 || memcmp(s + u0, s + t0, t1 - t0)) {
				add_str(o, " <", GV_MDT_MARK);
				gv_mdt_add(o, s + u0, u1 - u0, GV_MDT_LINK);
				add_str(o, ">", GV_MDT_MARK);
			}
			i += len;
		} else if (c == '<' && autolink_at(s, i, n, &end)) {
			gv_mdt_add(o, s + i + 1, end - i - 1, GV_MDT_LINK);
			i = end + 1;
		} else {
			gv_mdt_add(o, s + i, 1, st);
			i++;
		}
	}
}

/* ---- tables ---- */

#define MAX_CELLS 16
#define MIN_COL 3

/* "| a | b |" -> its cells, trimmed; returns how many (at most max). */
static int split_cells(const char *line, size_t n, const char *cell[], size_t len[], int max)
{
	size_t i = 0;
	while (i < n && line[i] == ' ')
		i++;
	if (i < n && line[i] == '|')
		i++;
	int k = 0;
	while (i < n && k < max) {
		size_t start = i;
		while (i < n && !(line[i] == '|' && line[i - 1] != '\\'))
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
	bool dash = false;
	for (size_t i = 0; i < n; i++) {
		if (!strchr("|-: ", line[i]))
			return false;
		dash |= line[i] == '-';
	}
	return dash && memchr(line, '|', n);
}

/* Bytes of the next row of s[0..n) in cols columns, breaking after the
 * last space that fits (mid-word for a longer word); *next is where the
 * row after starts. */
static size_t wrap(const char *s, size_t n, int width, const struct gv_mdt_opts *opt,
		   size_t *next)
{
	int used = 0;
	size_t i = 0, space = 0;
	bool seen_space = false;
	while (i < n) {
		size_t j = i + 1;
		while (j < n && ((unsigned char)s[j] & 0xC0) == 0x80)
			j++;
		int w = opt->cols(s + i, j - i);
		if (used + w > width && i) {
			if (seen_space) {
				*next = space + 1;
				return space;
			}
			*next = i;
			return i;
		}
		if (s[i] == ' ')
			space = i, seen_space = true;
		used += w;
		i = j;
	}
	*next = n;
	return n;
}

/* Each column's width: the widest cell's, shrunk to fit width where the
 * grid is wider, the narrow columns kept and the rest sharing what is left. */
static void fit_columns(int w[], int k, int avail)
{
	int total = 0;
	for (int c = 0; c < k; c++)
		total += w[c];
	if (avail <= 0 || total <= avail)
		return;
	bool fixed[MAX_CELLS] = {false};
	int left = avail, open = k;
	for (bool again = true; again && open;) {
		again = false;
		for (int c = 0; c < k; c++)
			if (!fixed[c] && w[c] <= left / open) {
				fixed[c] = true;
				left -= w[c];
				open--;
				again = true;
			}
	}
	for (int c = 0; c < k && open; c++)
		if (!fixed[c]) {
			int share = left / open;
			w[c] = share < MIN_COL ? MIN_COL : share;
			left -= share;
			open--;
		}
}

static void table(struct gv_mdt *o, const char *const *lines, const size_t *lens, size_t n,
		  const struct gv_mdt_opts *opt)
{
	const char *sep = opt->utf8 ? " \u2502 " : " | ";
	const char *cross = opt->utf8 ? "\u2500\u253c\u2500" : "-+-";
	const char *dash = opt->utf8 ? "\u2500" : "-";
	struct gv_mdt *cells = gv_calloc(n * MAX_CELLS, sizeof *cells);
	int *ncells = gv_calloc(n ? n : 1, sizeof *ncells), w[MAX_CELLS] = {0}, k = 0;
	bool header = n > 1 && is_rule_row(lines[1], lens[1]);
	for (size_t r = 0; r < n; r++) {
		const char *cell[MAX_CELLS];
		size_t len[MAX_CELLS];
		ncells[r] = is_rule_row(lines[r], lens[r]) ? 0
							   : split_cells(lines[r], lens[r], cell, len, MAX_CELLS);
		for (int c = 0; c < ncells[r]; c++) {
			struct gv_mdt *part = &cells[r * MAX_CELLS + (size_t)c];
			gv_mdt_inline(part, cell[c], len[c],
				      header && !r ? GV_MDT_HEADER : GV_MDT_PLAIN, opt);
			int cw = opt->cols(gv_buf_str(&part->text), part->text.len);
			if (cw > w[c])
				w[c] = cw;
		}
		if (ncells[r] > k)
			k = ncells[r];
	}
	if (opt->width > 0)
		fit_columns(w, k, opt->width - 2 - 3 * (k - 1));
	for (size_t r = 0; r < n; r++) {
		if (!ncells[r]) {
			if (r == 1 && header) {
				add_str(o, "  ", GV_MDT_PLAIN);
				for (int c = 0; c < k; c++) {
					add_repeat(o, dash, w[c], GV_MDT_MARK);
					if (c + 1 < k)
						add_str(o, cross, GV_MDT_MARK);
				}
				add_str(o, "\n", GV_MDT_PLAIN);
			}
			continue;
		}
		size_t at[MAX_CELLS] = {0};
		for (bool more = true; more;) {
			more = false;
			add_str(o, "  ", GV_MDT_PLAIN);
			for (int c = 0; c < k; c++) {
				struct gv_mdt *part = &cells[r * MAX_CELLS + (size_t)c];
				size_t total = part->text.len, next = total, len = 0;
				if (at[c] < total)
					len = wrap(gv_buf_str(&part->text) + at[c], total - at[c], w[c],
						   opt, &next);
				else
					next = 0;
				copy(o, part, at[c], len);
				int used = len ? opt->cols(gv_buf_str(&part->text) + at[c], len) : 0;
				at[c] += next;
				if (at[c] < total)
					more = true;
				if (c + 1 < k) {
					add_repeat(o, " ", w[c] - used, GV_MDT_PLAIN);
					add_str(o, sep, GV_MDT_MARK);
				}
			}
			/* no blanks left at the end of a row */
			while (o->text.len && o->text.data[o->text.len - 1] == ' ' &&
			       (unsigned char)o->styles.data[o->styles.len - 1] == GV_MDT_PLAIN) {
				o->text.data[--o->text.len] = '\0';
				o->styles.data[--o->styles.len] = '\0';
			}
			add_str(o, "\n", GV_MDT_PLAIN);
		}
	}
	for (size_t i = 0; i < n * MAX_CELLS; i++)
		gv_mdt_free(&cells[i]);
	free(cells);
	free(ncells);
}

/* ---- blocks ---- */

static int heading_level(const char *line, size_t n)
{
	int level = 0;
	while ((size_t)level < n && line[level] == '#')
		level++;
	return level >= 1 && level <= 6 && ((size_t)level == n || line[level] == ' ') ? level : 0;
}

static bool is_hr(const char *line, size_t n)
{
	int marks = 0;
	char mark = 0;
	for (size_t i = 0; i < n; i++) {
		if (line[i] == ' ')
			continue;
		if (!strchr("-*_", line[i]) || (mark && line[i] != mark))
			return false;
		mark = line[i];
		marks++;
	}
	return marks >= 3;
}

static bool is_fence(const char *line, size_t n)
{
	return n >= 3 && (!strncmp(line, "```", 3) || !strncmp(line, "~~~", 3));
}

/* A list item's marker after the indent: its length with the space after
 * it ("- " 2, "12. " 4), 0 when the line is not one. */
static size_t list_marker(const char *s, size_t n)
{
	if (n >= 2 && strchr("-*+", s[0]) && s[1] == ' ')
		return 2;
	size_t d = 0;
	while (d < n && d < 9 && isdigit((unsigned char)s[d]))
		d++;
	if (d && d + 1 < n && (s[d] == '.' || s[d] == ')') && s[d + 1] == ' ')
		return d + 2;
	return 0;
}

static void block_line(struct gv_mdt *o, const char *line, size_t n, const struct gv_mdt_opts *opt)
{
	size_t lead = 0;
	while (lead < n && line[lead] == ' ')
		lead++;
	int level = heading_level(line, n);
	size_t marker = list_marker(line + lead, n - lead);
	if (level) {
		size_t end = n;
		while (end > (size_t)level && (line[end - 1] == '#' || line[end - 1] == ' '))
			end--;
		size_t from = (size_t)level + 1 < end ? (size_t)level + 1 : end;
		gv_mdt_inline(o, line + from, end - from, GV_MDT_HEADING, opt);
	} else if (n && line[0] == '>') {
		size_t from = n >= 2 && line[1] == ' ' ? 2 : 1;
		add_str(o, opt->utf8 ? "  \u2502 " : "  | ", GV_MDT_MARK);
		gv_mdt_inline(o, line + from, n - from, GV_MDT_PLAIN, opt);
	} else if (marker) {
		add_repeat(o, " ", 2 + (int)lead, GV_MDT_PLAIN);
		if (marker == 2 && !isdigit((unsigned char)line[lead]))
			add_str(o, opt->utf8 ? "\u2022 " : "- ", GV_MDT_MARK);
		else
			gv_mdt_add(o, line + lead, marker, GV_MDT_MARK);
		gv_mdt_inline(o, line + lead + marker, n - lead - marker, GV_MDT_PLAIN, opt);
	} else if (lead >= 4) {
		gv_mdt_add(o, line, n, GV_MDT_CODE); /* code: as it is */
	} else if (is_hr(line, n)) {
		int w = opt->width > 0 && opt->width < 40 ? opt->width : 40;
		add_repeat(o, opt->utf8 ? "\u2500" : "-", w, GV_MDT_MARK);
	} else {
		gv_mdt_inline(o, line + lead, n - lead, GV_MDT_PLAIN, opt);
	}
	add_str(o, "\n", GV_MDT_PLAIN);
}

static bool starts_table(const char *const *lines, const size_t *lens, size_t i, size_t n)
{
	size_t lead = 0;
	while (lead < lens[i] && lines[i][lead] == ' ')
		lead++;
	if (lead < lens[i] && lines[i][lead] == '|')
		return true;
	return memchr(lines[i], '|', lens[i]) && i + 1 < n && is_rule_row(lines[i + 1], lens[i + 1]);
}

void gv_mdt_markdown(struct gv_mdt *o, const char *md, const struct gv_mdt_opts *opt)
{
	const char **lines = NULL;
	size_t *lens = NULL, n = 0;
	for (const char *p = md; *p;) {
		size_t len = strcspn(p, "\n");
		GV_ROOM(lines, n);
		lines[n] = p;
		*GV_PUSH(lens, n) = len - (len && p[len - 1] == '\r');
		p += len + (p[len] == '\n');
	}
	bool fenced = false;
	for (size_t i = 0; i < n;) {
		if (is_fence(lines[i], lens[i])) {
			fenced = !fenced;
			i++;
			continue;
		}
		if (fenced) {
			add_str(o, "  ", GV_MDT_PLAIN);
			gv_mdt_add(o, lines[i], lens[i], GV_MDT_CODE);
			add_str(o, "\n", GV_MDT_PLAIN);
			i++;
			continue;
		}
		if (lens[i] && starts_table(lines, lens, i, n)) {
			size_t end = i;
			while (end < n && lens[end] && memchr(lines[end], '|', lens[end]))
				end++;
			table(o, lines + i, lens + i, end - i, opt);
			i = end;
			continue;
		}
		/* Setext: a line underlined with === is a heading */
		if (i + 1 < n && lens[i] && lens[i + 1] >= 2 &&
		    strspn(lines[i + 1], "=") == lens[i + 1]) {
			gv_mdt_inline(o, lines[i], lens[i], GV_MDT_HEADING, opt);
			add_str(o, "\n", GV_MDT_PLAIN);
			i += 2;
			continue;
		}
		block_line(o, lines[i], lens[i], opt);
		i++;
	}
	free(lines);
	free(lens);
}
