#include "store/pushes.h"

#include "base/buf.h"
#include "base/err.h"
#include "store/db.h"

#include <stdlib.h>
#include <string.h>

/* "https://user:token@host/x" -> "https://host/x" */
static char *without_credentials(const char *url)
{
	const char *scheme = strstr(url, "://");
	if (!scheme)
		return gv_strdup(url);
	const char *host = scheme + 3;
	const char *at = strchr(host, '@'), *slash = strchr(host, '/');
	if (!at || (slash && slash < at))
		return gv_strdup(url);
	return gv_asprintf("%.*s%s", (int)(host - url), url, at + 1);
}

int gv_pushes_add(sqlite3 *db, const char *url, int64_t at, struct gv_err *err)
{
	sqlite3_stmt *st;
	int rc = gv_db_prepare(db, "INSERT INTO record_pushes(at, url) VALUES (?, ?)", &st, err);
	if (rc)
		return rc;
	char *shown = without_credentials(url);
	sqlite3_bind_int64(st, 1, at);
	sqlite3_bind_text(st, 2, shown, -1, SQLITE_STATIC);
	rc = gv_db_run(db, st, "cannot note the push", err);
	free(shown);
	return rc;
}

int gv_pushes_last(sqlite3 *db, char **url, int64_t *at, struct gv_err *err)
{
	*url = NULL;
	*at = 0;
	sqlite3_stmt *st;
	int rc = gv_db_prepare(db, "SELECT url, at FROM record_pushes ORDER BY id DESC LIMIT 1",
			       &st, err);
	if (rc)
		return rc;
	int step = sqlite3_step(st);
	if (step == SQLITE_ROW) {
		*url = gv_db_text(st, 0);
		*at = sqlite3_column_int64(st, 1);
	} else if (step != SQLITE_DONE) {
		rc = gv_db_fail(db, "cannot read the record's pushes", err);
	}
	sqlite3_finalize(st);
	return rc;
}
