#include "tui/page.h"

#include "tui/cells.h"
#include "tui/prompt.h"
#include "tui/screen.h"

#include "base/buf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void tui_styled_free(struct tui_styled *s)
{
	free(s->text);
	free(s->roles);
	s->text = NULL;
	s->roles = NULL;
}

static const char *text_of(const struct tui_page *p)
{
	return p->s.text ? p->s.text : "";
}

/* Every place find occurs, ASCII letters in any case, as less -i. */
static void find_all(struct tui_page *p)
{
	free(p->matches);
	p->matches = NULL;
	p->n_matches = p->cur = 0;
	if (!p->find || !*p->find)
		return;
	size_t flen = strlen(p->find);
	for (const char *at = text_of(p); (at = strcasestr(at, p->find)); at += flen)
		*GV_PUSH(p->matches, p->n_matches) = (size_t)(at - text_of(p));
}

void tui_page_set(struct tui_page *p, struct tui_styled s)
{
	size_t cur = p->cur;
	tui_styled_free(&p->s);
	p->s = s;
	find_all(p);
	p->cur = cur < p->n_matches ? cur : 0;
}

void tui_page_set_markdown(struct tui_page *p, const char *md)
{
	free(p->markdown);
	p->markdown = gv_strdup(md);
	tui_page_set(p, tui_styled_markdown(md, p->width));
	p->rendered_width = p->width;
}

void tui_page_clear(struct tui_page *p)
{
	tui_styled_free(&p->s);
	free(p->markdown);
	free(p->find);
	free(p->matches);
	memset(p, 0, sizeof *p);
}

/* The hanging indent at width w: p->hang when it leaves half the row. */
static int hang_at(const struct tui_page *p, int w)
{
	return p->hang > 0 && p->hang <= w / 2 ? p->hang : 0;
}

/* Whether the row starting at byte at goes on a line begun above. */
static bool continues(const char *text, size_t at)
{
	return at > 0 && text[at - 1] != '\n';
}

/* Call row(arg, first byte, bytes) for each wrapped row of the text from
 * the first until it returns false. */
static void each_row(const struct tui_page *p, bool (*row)(void *arg, size_t at, size_t len),
		     void *arg)
{
	const char *text = text_of(p);
	size_t n = strlen(text), at = 0;
	int w = p->width > 0 ? p->width : 1, hang = hang_at(p, w);
	while (at < n) {
		size_t next, len = tui_cells_wrap(text + at, n - at,
						  continues(text, at) ? w - hang : w, &next);
		if (!row(arg, at, len))
			return;
		at += next;
	}
}

struct row_search {
	size_t offset; /* in: a byte; out: where its row starts */
	int row;       /* in: a row; out: the row of offset */
	int seen;
};

static bool find_row_start(void *arg, size_t at, size_t len)
{
	(void)len;
	struct row_search *s = arg;
	s->offset = at;
	return s->seen++ < s->row;
}

static bool find_row_of(void *arg, size_t at, size_t len)
{
	(void)len;
	struct row_search *s = arg;
	if (at > s->offset)
		return false;
	s->row = s->seen++;
	return true;
}

size_t tui_page_top_offset(const struct tui_page *p)
{
	struct row_search s = {.row = p->top};
	each_row(p, find_row_start, &s);
	return s.offset;
}

static int row_of(const struct tui_page *p, size_t offset)
{
	struct row_search s = {.offset = offset};
	each_row(p, find_row_of, &s);
	return s.row;
}

static bool match_shown(const struct tui_page *p)
{
	if (p->cur >= p->n_matches)
		return false;
	int row = row_of(p, p->matches[p->cur]);
	return row >= p->top && row < p->top + p->height;
}

size_t tui_page_cursor(const struct tui_page *p)
{
	return match_shown(p) ? p->matches[p->cur] : tui_page_top_offset(p);
}

static void clamp(struct tui_page *p)
{
	int h = p->height > 0 ? p->height : 1;
	if (p->top > p->rows - h)
		p->top = p->rows - h;
	if (p->top < 0)
		p->top = 0;
}

void tui_page_goto(struct tui_page *p, size_t offset)
{
	p->top = row_of(p, offset);
	clamp(p);
}

static bool count_row(void *arg, size_t at, size_t len)
{
	(void)at;
	(void)len;
	++*(int *)arg;
	return true;
}

static int count_rows(const struct tui_page *p)
{
	int n = 0;
	each_row(p, count_row, &n);
	return n;
}

struct drawing {
	const struct tui_page *p;
	struct tui_rect r;
	int row;
	size_t m; /* the first match that may still be on screen */
};

static enum tui_role role_at(struct drawing *d, size_t i)
{
	const struct tui_page *p = d->p;
	size_t flen = p->find ? strlen(p->find) : 0;
	while (d->m < p->n_matches && p->matches[d->m] + flen <= i)
		d->m++;
	if (d->m < p->n_matches && p->matches[d->m] <= i)
		return TUI_MATCH;
	return p->s.roles ? (enum tui_role)p->s.roles[i] : TUI_NORMAL;
}

/* One row in runs of one role each. */
static bool draw_row(void *arg, size_t at, size_t len)
{
	struct drawing *d = arg;
	int y = d->r.y + d->row - d->p->top;
	if (d->row++ < d->p->top)
		return true;
	if (y >= d->r.y + d->r.h)
		return false;
	const char *text = text_of(d->p);
	int used = continues(text, at) ? hang_at(d->p, d->r.w) : 0;
	for (size_t i = at, end = at + len; i < end;) {
		enum tui_role role = role_at(d, i);
		size_t j = i + 1;
		while (j < end && role_at(d, j) == role)
			j++;
		used += tui_put(y, d->r.x + used, d->r.w - used, text + i, j - i, role);
		i = j;
	}
	return true;
}

void tui_page_draw(struct tui_page *p, struct tui_rect r)
{
	if (r.h < 1 || r.w < 1)
		return;
	if (p->markdown && p->rendered_width != r.w) {
		tui_page_set(p, tui_styled_markdown(p->markdown, r.w));
		p->rendered_width = r.w;
	}
	p->width = r.w;
	p->height = r.h;
	p->rows = hang_at(p, r.w) ? count_rows(p) : tui_cells_rows(text_of(p), r.w);
	clamp(p);
	struct drawing d = {.p = p, .r = r};
	each_row(p, draw_row, &d);
}

void tui_page_footer(const struct tui_page *p, int y, struct tui_rect r, const char *keys)
{
	int last = p->top + p->height < p->rows ? p->top + p->height : p->rows;
	char *line = gv_asprintf("lines %d-%d of %d   %s", p->rows ? p->top + 1 : 0, last,
				 p->rows, keys);
	tui_fill(y, r.x, r.w, TUI_HINT);
	tui_put(y, r.x, r.w, line, (size_t)-1, TUI_HINT);
	free(line);
}

/* Bring the current match on screen and say which it is. */
static void show_match(struct tui_page *p, struct tui *t, bool wrapped)
{
	int row = row_of(p, p->matches[p->cur]);
	if (row < p->top || row >= p->top + p->height)
		p->top = row;
	clamp(p);
	tui_status(t, "/%s: match %zu of %zu%s", p->find, p->cur + 1, p->n_matches,
		   wrapped ? " (from the other end)" : "");
}

/* The next match (dir 1) or previous one (-1): from the current match
 * while it is on screen, else from the top of the screen, as less does. */
static void step_match(struct tui_page *p, struct tui *t, int dir)
{
	if (!p->find) {
		tui_status(t, "No search yet: / searches the page");
		return;
	}
	if (!p->n_matches) {
		tui_status(t, "Not found: %s", p->find);
		return;
	}
	size_t n = p->n_matches, k;
	bool wrapped = false;
	if (match_shown(p)) {
		k = p->cur + (size_t)dir;
	} else {
		size_t from = tui_page_top_offset(p);
		for (k = 0; k < n && p->matches[k] < from; k++)
			;
		if (dir < 0)
			k--;
	}
	if (k >= n) { /* past either end; size_t wraps below zero */
		k = dir > 0 ? 0 : n - 1;
		wrapped = true;
	}
	p->cur = k;
	show_match(p, t, wrapped);
}

static void search(struct tui_page *p, struct tui *t)
{
	char *s;
	if (!tui_prompt(t, "/", NULL, &s))
		return;
	if (!*s) {
		free(s);
		step_match(p, t, 1);
		return;
	}
	free(p->find);
	p->find = s;
	find_all(p);
	if (!p->n_matches) {
		tui_status(t, "Not found: %s", s);
		return;
	}
	size_t from = tui_page_top_offset(p), k;
	for (k = 0; k < p->n_matches && p->matches[k] < from; k++)
		;
	p->cur = k < p->n_matches ? k : 0;
	show_match(p, t, k == p->n_matches);
}

bool tui_page_request(struct tui_page *p, struct tui *t, int req)
{
	int step = p->height > 1 ? p->height - 1 : 1;
	switch (req) {
	case TUI_REQ_UP: p->top--; break;
	case TUI_REQ_DOWN: p->top++; break;
	case TUI_REQ_PAGE_UP: p->top -= step; break;
	case TUI_REQ_PAGE_DOWN: p->top += step; break;
	case TUI_REQ_FIRST: p->top = 0; break;
	case TUI_REQ_LAST: p->top = p->rows; break;
	case TUI_REQ_FIND: search(p, t); break;
	case TUI_REQ_FIND_NEXT: step_match(p, t, 1); break;
	case TUI_REQ_FIND_PREV: step_match(p, t, -1); break;
	default: return false;
	}
	clamp(p);
	return true;
}
