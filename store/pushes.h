/* When record/ was pushed, and where: a refusal to close a published item
 * says whether its earlier text already left the workspace. */
#ifndef GAVEL_PUSHES_H
#define GAVEL_PUSHES_H

#include <sqlite3.h>
#include <stdint.h>

struct gv_err;

/* Note a successful push of record/ to url at time at (user and password
 * of a URL are not kept). */
int gv_pushes_add(sqlite3 *db, const char *url, int64_t at, struct gv_err *err);

/* The latest push: *url (caller frees) is NULL when record/ was never pushed. */
int gv_pushes_last(sqlite3 *db, char **url, int64_t *at, struct gv_err *err);

#endif
