/* Workspace settings (gavel config): a fixed table of keys, each with a
 * default, a check and a one-line description. */
#ifndef GAVEL_SETTINGS_H
#define GAVEL_SETTINGS_H

#include <sqlite3.h>
#include <stdbool.h>

struct gv_err;

struct gv_setting_def {
	const char *key;
	const char *fallback;    /* value when unset */
	const char *help;
	int (*check)(const char *value, struct gv_err *err);
};

/* The known settings, NULL-key terminated. */
extern const struct gv_setting_def gv_setting_defs[];

const struct gv_setting_def *gv_setting_def(const char *key);

/* The value of key (or its default); caller frees. Unknown keys return NULL. */
char *gv_setting_get(sqlite3 *db, const char *key);
/* Validate and store; unknown keys and bad values are refused. */
int gv_setting_set(sqlite3 *db, const char *key, const char *value, struct gv_err *err);
/* Store inside the caller's transaction (no BEGIN/COMMIT). */
int gv_setting_put(sqlite3 *db, const char *key, const char *value, struct gv_err *err);

#endif
