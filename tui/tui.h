/* The terminal UI. The only part of gavel that includes curses. */
#ifndef GAVEL_TUI_H
#define GAVEL_TUI_H

struct gv_ctx;

/* Run the UI on ctx's workspace, at meeting (may be NULL) until the user
 * quits. The terminal is restored on every way out. */
int tui_open(struct gv_ctx *ctx, const char *meeting);

#endif
