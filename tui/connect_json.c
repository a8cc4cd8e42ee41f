/* The server's JSON replies read with SQL: SQLite's json functions in the
 * UI's own database in memory (base/json.h only writes JSON). */
#include "tui/connect.h"

#include "base/buf.h"

#include <stdlib.h>

sqlite3_stmt *cn_json_query(struct tui *t, const char *sql, const char *json)
{
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(cn_of(t)->json, sql, -1, &st, NULL) != SQLITE_OK)
		return NULL;
	sqlite3_bind_text(st, 1, json ? json : "null", -1, SQLITE_TRANSIENT);
	return st;
}

char *cn_col(sqlite3_stmt *st, int i)
{
	const unsigned char *s = sqlite3_column_text(st, i);
	return gv_strdup(s ? (const char *)s : "");
}

char *cn_json_text(struct tui *t, const char *json, const char *path)
{
	sqlite3_stmt *st = cn_json_query(t, "SELECT json_extract(?1, ?2)", json);
	char *s = NULL;
	if (!st)
		return NULL;
	sqlite3_bind_text(st, 2, path, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL)
		s = cn_col(st, 0);
	sqlite3_finalize(st);
	return s;
}

int64_t cn_json_int(struct tui *t, const char *json, const char *path)
{
	char *s = cn_json_text(t, json, path);
	int64_t v = s ? strtoll(s, NULL, 10) : 0;
	free(s);
	return v;
}
