/* Long text in the user's editor: $VISUAL, else $EDITOR (the order git and
 * mutt use), else the first of sensible-editor, editor, nano and vi found on
 * PATH. The editor gets the terminal and a temporary file holding a line
 * that says how the text is saved (taken away again) above the text. */
#ifndef GAVEL_TUI_EDITOR_H
#define GAVEL_TUI_EDITOR_H

struct gv_err;

/* Let the user change text; *out gets the edited text (caller frees).
 * Refused when the editor cannot run or exits with a failure status, or
 * when the result is too long or not UTF-8. */
int tui_editor_run(const char *text, char **out, struct gv_err *err);

#endif
