/* Noticing that another process (the CLI, a second TUI, a display) wrote
 * the workspace, so the views can reload. */
#ifndef GAVEL_TUI_WATCH_H
#define GAVEL_TUI_WATCH_H

#include <sqlite3.h>
#include <stdbool.h>
#include <stdint.h>

/* True when another connection committed to db since the last call (the
 * first call only records where things stand). *seen holds that state; start
 * it at -1. This connection's own writes do not count. */
bool tui_watch_changed(sqlite3 *db, int64_t *seen);

#endif
