/* Keys: the common key table (movement, help, prompt, back), reading a key,
 * finding the request a key asks of a view, and the help page generated
 * from the same tables. */
#ifndef GAVEL_TUI_KEYS_H
#define GAVEL_TUI_KEYS_H

#include "tui/view.h"

#define TUI_KEY_ESC 27
#define TUI_CTRL(c) ((c)&0x1f)
#define TUI_KEY_OTHER (-2) /* a character no table binds (any non-ASCII) */

extern const struct tui_binding tui_common_keys[];
/* The line editor's keys (prompt.c); its requests are its own. */
extern const struct tui_binding tui_line_keys[];

/* The next key: a curses KEY_* code, an ASCII character, TUI_KEY_OTHER, or
 * ERR. */
int tui_key_read(void);

/* The request key asks of view v: v's table first, then the common one;
 * TUI_REQ_NONE when neither binds it. */
int tui_key_request(const struct tui_view *v, int key);

/* The request key asks in one table; TUI_REQ_NONE when it binds none. */
int tui_key_table_request(const struct tui_binding *table, int key);

/* "a", "Enter", "PgDn", "^L" */
const char *tui_key_label(int key, char buf[8]);

/* The help page of view v: its keys, the common ones, the line editor's.
 * Caller frees. */
char *tui_key_help(const struct tui_view *v);
/* That page in a pager: "Keys of the agenda view". */
struct tui_view *tui_key_help_view(const struct tui_view *v);

#endif
