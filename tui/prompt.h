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

struct gv_err;

/* After a refusal (rc) that only --force would lift (its message ends with
 * GV_FORCE_HINT, base/err.h), whether the user says to go ahead: the
 * refusal's own words, then ask ("Go ahead?"), are the question. Any other
 * rc: false at once, err untouched. On no, "Nothing changed" is said and
 * err's message emptied. */
bool tui_go_ahead(struct tui *t, int rc, struct gv_err *err, const char *ask);

#endif
