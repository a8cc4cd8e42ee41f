/* The ':' prompt: any gavel command without the word gavel, run through the
 * one command table on the UI's own workspace. */
#ifndef GAVEL_TUI_COMMAND_H
#define GAVEL_TUI_COMMAND_H

struct tui;

/* Ask for a command line and run it: its output in a pager (or on the
 * status line when it is one short line), its refusal on the status line.
 * The views are reloaded, since the command may have changed anything. */
void tui_command_prompt(struct tui *t);
/* The same with the line begun (initial), to complete. */
void tui_command_prompt_from(struct tui *t, const char *initial);

/* Run one line as the prompt would. */
void tui_command_run(struct tui *t, const char *line);

/* Run argv (a command without the word gavel) through the command table on
 * the UI's workspace, then reload the views. On success *text is its output
 * (caller frees); a refusal goes to the status line as "gavel: <message>"
 * and is returned. */
int tui_command_argv(struct tui *t, int argc, char **argv, char **text);

#include <stdint.h>

/* The meeting open in the UI: the view on top that shows one, else the
 * nearest below it; 0 when none. *item (when item is not NULL) gets the
 * item that view is on, NULL when none. */
int64_t tui_open_meeting(struct tui *t, const char **item);

#endif
