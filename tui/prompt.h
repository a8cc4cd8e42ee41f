/* Questions on the status line: a one-line editor (UTF-8 aware; Left,
 * Right, Home, End, Backspace, Delete, ^A ^E ^U ^K ^W; Enter accepts, Escape
 * cancels) and a y/n confirmation. Both keep the screen right on resize. */
#ifndef GAVEL_TUI_PROMPT_H
#define GAVEL_TUI_PROMPT_H

#include <stdbool.h>

struct tui;

/* Read a line after label, starting from initial (may be NULL). True with
 * *out (caller frees) on Enter, false on Escape. */
bool tui_prompt(struct tui *t, const char *label, const char *initial, char **out);

/* The same, drawn in place of the selected row of the view on top (its
 * edit_at), or on the status line when the view has none. */
bool tui_prompt_in_place(struct tui *t, const char *label, const char *initial, char **out);

/* Ask question; true only for 'y'. */
bool tui_confirm(struct tui *t, const char *question);

#endif
