#include "tui/keys.h"

#include "base/buf.h"
#include "tui/view.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>


const struct tui_binding tui_common_keys[] = {
	{TUI_REQ_UP, "up", "select the line above", {'k', KEY_UP}},
	{TUI_REQ_DOWN, "down", "select the line below", {'j', KEY_DOWN}},
	{TUI_REQ_PAGE_UP, "page-up", "one page up", {KEY_PPAGE, TUI_CTRL('B')}},
	{TUI_REQ_PAGE_DOWN, "page-down", "one page down", {KEY_NPAGE, TUI_CTRL('F'), ' '}},
	{TUI_REQ_FIRST, "first", "go to the first line", {'g', KEY_HOME}},
	{TUI_REQ_LAST, "last", "go to the last line", {'G', KEY_END}},
	{TUI_REQ_HELP, "help", "show the keys of this view", {'?', KEY_F(1)}},
	{TUI_REQ_SEARCH, "search", "search every meeting: titles, reports, motions, notes", {'/'}},
	{TUI_REQ_PROMPT, "command", "run a gavel command (without the word gavel)", {':'}},
	{TUI_REQ_BACK, "back", "go back; quit from the meetings list", {'q'}},
	{TUI_REQ_QUIT, "quit", "quit gavel from any view", {'Q'}},
	{TUI_REQ_REDRAW, "redraw", "redraw the whole screen", {TUI_CTRL('L')}},
	{0, NULL, NULL, {0}},
};

int tui_key_read(void)
{
	wint_t wc;
	int r = get_wch(&wc);
	if (r == ERR)
		return ERR;
	if (r == KEY_CODE_YES)
		return (int)wc;
	return wc < 0x80 ? (int)wc : TUI_KEY_OTHER;
}

int tui_key_table_request(const struct tui_binding *table, int key)
{
	for (const struct tui_binding *b = table; b && b->req; b++)
		for (const int *k = b->keys; *k; k++)
			if (*k == key)
				return b->req;
	return TUI_REQ_NONE;
}

int tui_key_request(const struct tui_view *v, int key)
{
	if (key == ERR || key == TUI_KEY_OTHER)
		return TUI_REQ_NONE;
	int req = tui_key_table_request(v->ops->keys, key);
	return req ? req : tui_key_table_request(tui_common_keys, key);
}

const char *tui_key_label(int key, char buf[8])
{
	static const struct {
		int key;
		const char *label;
	} names[] = {
		{KEY_UP, "Up"},       {KEY_DOWN, "Down"},    {KEY_LEFT, "Left"},
		{KEY_RIGHT, "Right"}, {KEY_PPAGE, "PgUp"},   {KEY_NPAGE, "PgDn"},
		{KEY_HOME, "Home"},   {KEY_END, "End"},      {KEY_SR, "S-Up"},
		{KEY_SF, "S-Down"},   {KEY_ENTER, "Enter"},  {'\n', "Enter"},
		{'\r', "Enter"},      {TUI_KEY_ESC, "Esc"},  {' ', "Space"},
		{KEY_F(1), "F1"},     {KEY_BACKSPACE, "Bksp"}, {KEY_DC, "Del"},
		{0x7F, "Bksp"},       {'\t', "Tab"},
	};
	for (size_t i = 0; i < sizeof names / sizeof *names; i++)
		if (names[i].key == key)
			return names[i].label;
	if (key >= 0 && key < 0x20)
		snprintf(buf, 8, "^%c", key + '@');
	else if (key > 0x20 && key < 0x7f)
		snprintf(buf, 8, "%c", key);
	else
		snprintf(buf, 8, "#%d", key);
	return buf;
}

/* "k Up": the distinct labels of a binding's keys. */
static void binding_keys(const struct tui_binding *b, char *out, size_t size)
{
	out[0] = '\0';
	for (const int *k = b->keys; *k; k++) {
		char buf[8];
		const char *label = tui_key_label(*k, buf);
		bool seen = false;
		for (const int *j = b->keys; j < k; j++) {
			char other[8];
			seen |= !strcmp(tui_key_label(*j, other), label);
		}
		if (seen)
			continue;
		if (*out)
			strncat(out, " ", size - strlen(out) - 1);
		strncat(out, label, size - strlen(out) - 1);
	}
}

enum { KEYS_W = 16, NAME_W = 20 }; /* the columns of the keys' list */

static void help_section(struct gv_buf *out, const char *heading,
			 const struct tui_binding *table)
{
	gv_buf_printf(out, "%s\n\n", heading);
	for (const struct tui_binding *b = table; b && b->req; b++) {
		char keys[64];
		binding_keys(b, keys, sizeof keys);
		gv_buf_printf(out, "  %-*s %-*s %s\n", KEYS_W, keys, NAME_W, b->name, b->help);
	}
}

char *tui_key_help(const struct tui_view *v)
{
	struct gv_buf out = GV_BUF_INIT;
	char heading[80];
	snprintf(heading, sizeof heading, "Keys of the %s view", v->ops->name);
	if (v->ops->keys && v->ops->keys->req) {
		help_section(&out, heading, v->ops->keys);
		gv_buf_puts(&out, "\n");
	}
	help_section(&out, "Keys of every view", tui_common_keys);
	gv_buf_puts(&out, "\n");
	help_section(&out, "Keys of the line editor (titles, clauses, the : prompt)", tui_line_keys);
	return gv_buf_detach(&out);
}

struct tui_view *tui_key_help_view(const struct tui_view *v)
{
	char *text = tui_key_help(v);
	char *title = gv_asprintf("Keys of the %s view", v->ops->name);
	/* a description that wraps goes on under itself */
	struct tui_view *pager = tui_pager_new_hanging(title, text, 2 + KEYS_W + 1 + NAME_W + 1);
	free(title);
	free(text);
	return pager;
}
