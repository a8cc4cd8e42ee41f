/* The terminal: curses on and off, and the promise that it is given back in
 * a usable state on every way out (normal return, error, exit, SIGINT,
 * SIGTERM, SIGHUP, a crash) and while an editor borrows it. */
#ifndef GAVEL_TUI_TERM_H
#define GAVEL_TUI_TERM_H

#include <stdbool.h>

struct gv_err;

/* How long a key read waits before the UI looks at the world again (a
 * signal, another process writing the workspace). */
#define TUI_TICK_MS 500

/* Start curses on stdin/stdout in the user's locale; installs the signal
 * handlers and the atexit hook that end it. */
int tui_term_start(struct gv_err *err);
/* End curses and remove the handlers; safe to call twice. */
void tui_term_stop(void);

/* The signal that asked gavel to stop (SIGINT, SIGTERM, SIGHUP), 0 if none.
 * The handler only records it; the main loop ends the UI and then dies of
 * it with tui_term_reraise, outside the handler where endwin is safe. */
int tui_term_stop_signal(void);
void tui_term_reraise(void);

/* True when the terminal has hung up (its window closed without a SIGHUP
 * reaching gavel): reads would fail at once forever, so the UI must end. */
bool tui_term_gone(void);

/* Hand the terminal to a child program, and take it back. */
void tui_term_suspend(void);
void tui_term_resume(void);

#endif
