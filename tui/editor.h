/* Long text in the user's editor: $VISUAL, else $EDITOR, else vi (the order
 * git and mutt use). The editor gets the terminal and a temporary file. */
#ifndef GAVEL_TUI_EDITOR_H
#define GAVEL_TUI_EDITOR_H

struct gv_err;

/* Let the user change text; *out gets the edited text (caller frees).
 * Refused when the editor cannot run or exits with a failure status, or
 * when the result is too long or not UTF-8. */
int tui_editor_run(const char *text, char **out, struct gv_err *err);

#endif
