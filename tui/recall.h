/* The ':' prompt's lines, kept per workspace for Up and Down: the file
 * .gavel-history beside gavel.db (mode 0600, like the database: never
 * published, never committed), the last RECALL_MAX lines, oldest first. */
#ifndef GAVEL_TUI_RECALL_H
#define GAVEL_TUI_RECALL_H

#include "tui/prompt.h"

struct gv_ws;

#define RECALL_MAX 200

/* The workspace's lines (none when it has no file yet or it cannot be read). */
void tui_recall_load(struct gv_ws *ws, struct tui_recall *r);

/* Add line (blank lines and a repeat of the last one are not kept) and
 * write the file again; a file that cannot be written is not an error. */
void tui_recall_add(struct gv_ws *ws, struct tui_recall *r, const char *line);

void tui_recall_free(struct tui_recall *r);

#endif
