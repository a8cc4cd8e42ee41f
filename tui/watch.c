#include "tui/watch.h"

#include <stddef.h>

bool tui_watch_changed(sqlite3 *db, int64_t *seen)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(db, "PRAGMA data_version", -1, &st, NULL) != SQLITE_OK)
		return false;
	int64_t now = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : *seen;
	sqlite3_finalize(st);
	bool changed = *seen >= 0 && now != *seen;
	*seen = now;
	return changed;
}
