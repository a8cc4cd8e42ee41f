#include "tui/prompt.h"

#include "tui/cells.h"
#include "tui/draw.h"
#include "tui/keys.h"
#include "tui/screen.h"
#include "tui/term.h"
#include "tui/view.h"

#include "base/buf.h"
#include "base/err.h"
#include "base/text.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>


struct line {
	char *s;    /* NUL-terminated UTF-8 */
	size_t len, cap;
	size_t cur; /* cursor, a byte offset on a character boundary */
};

static void line_insert(struct line *l, const char *bytes, size_t n)
{
	if (l->len + n + 1 > l->cap) {
		l->cap = (l->len + n + 1) * 2;
		l->s = gv_realloc(l->s, l->cap);
	}
	memmove(l->s + l->cur + n, l->s + l->cur, l->len - l->cur + 1);
	memcpy(l->s + l->cur, bytes, n);
	l->len += n;
	l->cur += n;
}

static void line_delete(struct line *l, size_t from, size_t to)
{
	memmove(l->s + from, l->s + to, l->len - to + 1);
	l->len -= to - from;
	l->cur = from;
}

static size_t char_before(const struct line *l, size_t at)
{
	while (at > 0 && ((unsigned char)l->s[--at] & 0xC0) == 0x80)
		;
	return at;
}

static size_t char_after(const struct line *l, size_t at)
{
	if (at < l->len)
		at++;
	while (at < l->len && ((unsigned char)l->s[at] & 0xC0) == 0x80)
		at++;
	return at;
}

/* UTF-8 of a typed character; 0 for what a line must not hold. */
static size_t encode(wint_t c, char out[4])
{
	if (c < 0x20 || gv_char_unsafe((int32_t)c) || (c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF)
		return 0;
	if (c < 0x80) {
		out[0] = (char)c;
		return 1;
	}
	if (c < 0x800) {
		out[0] = (char)(0xC0 | (c >> 6));
		out[1] = (char)(0x80 | (c & 0x3F));
		return 2;
	}
	if (c < 0x10000) {
		out[0] = (char)(0xE0 | (c >> 12));
		out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
		out[2] = (char)(0x80 | (c & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | (c >> 18));
	out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
	out[2] = (char)(0x80 | ((c >> 6) & 0x3F));
	out[3] = (char)(0x80 | (c & 0x3F));
	return 4;
}

/* The label, then as much of the line as fits in r with the cursor in view. */
static void draw_line(struct tui_rect r, const char *label, const struct line *l)
{
	tui_fill(r.y, r.x, r.w, TUI_NORMAL);
	int lw = tui_put(r.y, r.x, r.w - 1, label, (size_t)-1, TUI_HEADER);
	int room = r.w - lw - 1;
	if (room < 1)
		room = 1;
	size_t off = 0;
	while (off < l->cur && tui_cells_width(l->s + off, l->cur - off) >= room)
		off = char_after(l, off);
	tui_put(r.y, r.x + lw, room, l->s + off, l->len - off, TUI_NORMAL);
	move(r.y, r.x + lw + tui_cells_width(l->s + off, l->cur - off));
}

/* Where the line goes this time: in place of the selected row when asked
 * and the view drew one, else the status line. Asked again after every
 * key, so a resize moves it. */
static struct tui_rect place(struct tui *t, bool in_place)
{
	struct tui_view *v = tui_top(t);
	if (in_place && v && v->edit_at.w > 1)
		return v->edit_at;
	return (struct tui_rect){LINES - 1, 0, 1, COLS};
}

enum line_req {
	LINE_ACCEPT = 1,
	LINE_CANCEL,
	LINE_LEFT,
	LINE_RIGHT,
	LINE_START,
	LINE_END,
	LINE_BACKSPACE,
	LINE_DELETE,
	LINE_KILL_START,
	LINE_KILL_END,
	LINE_KILL_WORD,
	LINE_COMPLETE,
	LINE_OLDER,
	LINE_NEWER,
};

const struct tui_binding tui_line_keys[] = {
	{LINE_ACCEPT, "accept", "use the line", {'\r', '\n', KEY_ENTER}},
	{LINE_CANCEL, "cancel", "leave everything as it was", {TUI_KEY_ESC, TUI_CTRL('G')}},
	{LINE_LEFT, "left", "one character left", {KEY_LEFT, TUI_CTRL('B')}},
	{LINE_RIGHT, "right", "one character right", {KEY_RIGHT, TUI_CTRL('F')}},
	{LINE_START, "start", "to the start of the line", {KEY_HOME, TUI_CTRL('A')}},
	{LINE_END, "end", "to the end of the line", {KEY_END, TUI_CTRL('E')}},
	{LINE_BACKSPACE, "backspace", "delete the character before the cursor",
	 {KEY_BACKSPACE, 0x7F, TUI_CTRL('H')}},
	{LINE_DELETE, "delete", "delete the character under the cursor", {KEY_DC, TUI_CTRL('D')}},
	{LINE_KILL_START, "kill-start", "delete to the start of the line", {TUI_CTRL('U')}},
	{LINE_KILL_END, "kill-end", "delete to the end of the line", {TUI_CTRL('K')}},
	{LINE_KILL_WORD, "kill-word", "delete the word before the cursor", {TUI_CTRL('W')}},
	{LINE_COMPLETE, "complete",
	 "complete the word (at ':': commands, flags, items, members; again: the next)", {'\t'}},
	{LINE_OLDER, "older", "the line typed before this one (at ':', kept per workspace)",
	 {KEY_UP, TUI_CTRL('P')}},
	{LINE_NEWER, "newer", "the line typed after", {KEY_DOWN, TUI_CTRL('N')}},
	{0, NULL, NULL, {0}},
};

static void kill_word(struct line *l)
{
	size_t at = l->cur;
	while (at > 0 && l->s[at - 1] == ' ')
		at--;
	while (at > 0 && l->s[at - 1] != ' ')
		at--;
	line_delete(l, at, l->cur);
}

static void line_set(struct line *l, const char *s)
{
	l->len = l->cur = 0;
	l->s[0] = '\0';
	line_insert(l, s, strlen(s));
}

/* Tab: the word before the cursor replaced by the next candidate. The
 * candidates are asked once per word; Tab again goes round them, any
 * other key starts over. */
struct completion {
	char **cands;
	size_t n, next;
	size_t start; /* where the word being completed begins */
	char *stem;   /* what was typed of it */
	char *list;   /* the candidates, shown above the line while there are several */
};

static void completion_clear(struct completion *c)
{
	for (size_t i = 0; i < c->n; i++)
		free(c->cands[i]);
	free(c->cands);
	free(c->stem);
	free(c->list);
	memset(c, 0, sizeof *c);
}

/* The longest start the candidates share. */
static size_t common_prefix(char **cands, size_t n)
{
	size_t len = n ? strlen(cands[0]) : 0;
	for (size_t i = 1; i < n; i++) {
		size_t k = 0;
		while (k < len && cands[i][k] == cands[0][k])
			k++;
		len = k;
	}
	while (len && ((unsigned char)cands[0][len] & 0xC0) == 0x80)
		len--;
	return len;
}

static void complete(struct line *l, struct completion *c, const struct tui_prompt_opts *o)
{
	if (!o->complete)
		return;
	if (!c->cands) {
		free(c->list);
		c->list = NULL;
		size_t start = l->cur;
		while (start > 0 && l->s[start - 1] != ' ')
			start--;
		c->start = start;
		c->stem = gv_strndup(l->s + start, l->cur - start);
		char *before = gv_strndup(l->s, start);
		c->n = o->complete(o->arg, before, c->stem, &c->cands);
		free(before);
		if (!c->n) {
			completion_clear(c);
			c->list = gv_strdup("(nothing completes that)");
			return;
		}
		size_t common = common_prefix(c->cands, c->n);
		if (c->n > 1) {
			/* first the part they share, as a shell does, and every
			 * candidate shown above the line */
			line_delete(l, c->start, l->cur);
			line_insert(l, c->cands[0], common);
			struct gv_buf all = GV_BUF_INIT;
			for (size_t i = 0; i < c->n; i++)
				gv_buf_printf(&all, "%s%s", i ? "  " : "", c->cands[i]);
			c->list = gv_buf_detach(&all);
			return;
		}
	}
	const char *word = c->cands[c->next % c->n];
	c->next++;
	line_delete(l, c->start, l->cur);
	line_insert(l, word, strlen(word));
	if (c->n == 1 && word[strlen(word) - 1] != '/')
		line_insert(l, " ", 1);
	if (c->n == 1) /* the next Tab asks again: into a folder */
		completion_clear(c);
}

/* Apply one key; true when the line is finished (*accepted says how). *req
 * gets what the key asked of the line. */
static bool edit_key(struct line *l, int r, wint_t c, bool *accepted, int *req)
{
	*req = 0;
	/* Function keys and control characters are commands; the rest is text. */
	if (r != KEY_CODE_YES && c >= 0x20 && c != 0x7F) {
		char bytes[4];
		size_t n = encode(c, bytes);
		if (n)
			line_insert(l, bytes, n);
		return false;
	}
	*req = tui_key_table_request(tui_line_keys, (int)c);
	switch (*req) {
	case LINE_ACCEPT: return *accepted = true;
	case LINE_CANCEL: *accepted = false; return true;
	case LINE_LEFT: l->cur = char_before(l, l->cur); break;
	case LINE_RIGHT: l->cur = char_after(l, l->cur); break;
	case LINE_START: l->cur = 0; break;
	case LINE_END: l->cur = l->len; break;
	case LINE_BACKSPACE:
		if (l->cur)
			line_delete(l, char_before(l, l->cur), l->cur);
		break;
	case LINE_DELETE: line_delete(l, l->cur, char_after(l, l->cur)); break;
	case LINE_KILL_START: line_delete(l, 0, l->cur); break;
	case LINE_KILL_END: line_delete(l, l->cur, l->len); break;
	case LINE_KILL_WORD: kill_word(l); break;
	default: break; /* KEY_RESIZE and the rest: redraw */
	}
	return false;
}

/* The note above the line: wrapped, never cut, in the error's look. */
static void note_in(const char *note, enum tui_role role)
{
	if (!note || !*note)
		return;
	int rows = tui_cells_rows(note, COLS);
	if (rows > LINES - 2)
		rows = LINES - 2;
	struct tui_rect r = {LINES - 1 - rows, 0, rows, COLS};
	int y = r.y;
	for (int k = r.y; k < LINES - 1; k++)
		tui_fill(k, 0, COLS, TUI_NORMAL);
	tui_put_wrapped(r, &y, note, role);
}

void tui_prompt_note(const char *note)
{
	note_in(note, TUI_ERROR);
}

static bool edit_line(struct tui *t, bool in_place, const struct tui_prompt_opts *o, char **out)
{
	struct line l = {.s = gv_malloc(64), .cap = 64};
	l.s[0] = '\0';
	if (o->initial)
		line_insert(&l, o->initial, strlen(o->initial));
	struct completion comp = {0};
	struct tui_recall *h = o->history;
	size_t back = 0;      /* how far up the history; 0: the line being typed */
	char *typed = NULL;   /* the line being typed, while looking back */
	bool done = false, accepted = false;
	curs_set(1);
	while (!done && !tui_term_stop_signal() && !tui_term_gone()) {
		tui_draw(t);
		if (comp.list)
			note_in(comp.list, TUI_HINT);
		else
			tui_prompt_note(o->note);
		draw_line(place(t, in_place), o->label, &l);
		refresh();
		wint_t c;
		int r = get_wch(&c), req = 0;
		if (r == ERR)
			continue;
		done = edit_key(&l, r, c, &accepted, &req);
		if (req == LINE_COMPLETE) {
			complete(&l, &comp, o);
			continue;
		}
		completion_clear(&comp);
		if (h && req == LINE_OLDER && back < h->n) {
			if (!back)
				typed = gv_strdup(l.s);
			line_set(&l, h->lines[h->n - ++back]);
		} else if (h && req == LINE_NEWER && back > 0) {
			back--;
			line_set(&l, back ? h->lines[h->n - back] : typed ? typed : "");
		}
	}
	completion_clear(&comp);
	free(typed);
	curs_set(0);
	if (accepted && done)
		*out = l.s;
	else
		free(l.s);
	return accepted && done;
}

bool tui_prompt_with(struct tui *t, const struct tui_prompt_opts *o, char **out)
{
	return edit_line(t, false, o, out);
}

bool tui_prompt(struct tui *t, const char *label, const char *initial, char **out)
{
	struct tui_prompt_opts o = {.label = label, .initial = initial};
	return edit_line(t, false, &o, out);
}

bool tui_prompt_in_place(struct tui *t, const char *label, const char *initial, char **out)
{
	struct tui_prompt_opts o = {.label = label, .initial = initial};
	return edit_line(t, true, &o, out);
}

bool tui_confirm(struct tui *t, const char *question)
{
	for (;;) {
		tui_draw(t);
		/* a long question wraps onto the rows above: never cut */
		char *q = gv_asprintf("%s (y/n)", question);
		note_in(q, TUI_HEADER);
		free(q);
		refresh();
		int key = tui_key_read();
		if (tui_term_stop_signal() || (key == ERR && tui_term_gone()))
			return false;
		if (key == KEY_RESIZE || key == ERR)
			continue;
		return key == 'y' || key == 'Y';
	}
}

bool tui_go_ahead(struct tui *t, int rc, struct gv_err *err, const char *ask)
{
	char *hint = rc == GV_EREFUSED ? strstr(err->msg, GV_FORCE_HINT) : NULL;
	if (!hint)
		return false;
	*hint = '\0';
	err->msg[0] = (char)toupper((unsigned char)err->msg[0]);
	char *q = gv_asprintf("%s. %s", err->msg, ask);
	bool yes = tui_confirm(t, q);
	free(q);
	if (!yes) {
		tui_status(t, "Nothing changed");
		err->msg[0] = '\0';
	}
	return yes;
}
