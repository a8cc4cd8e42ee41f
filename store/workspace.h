/* A workspace: one directory holding gavel.db, record/, confidential/,
 * hooks/ and live/. Every command except init, demo, help and version works
 * inside one. */
#ifndef GAVEL_WORKSPACE_H
#define GAVEL_WORKSPACE_H

#include <sqlite3.h>
#include <stdint.h>

struct gv_err;
struct gv_signature;

struct gv_ws {
	char *dir;
	sqlite3 *db;
};

struct gv_ws_init_opts {
	const char *name;       /* municipality, may be NULL */
	const char *timezone;   /* may be NULL */
	const char *procedure;  /* may be NULL (ontario) */
};

/* Create a workspace in dir (created when missing). Refused, with nothing
 * changed, when dir already holds a workspace. */
int gv_ws_init(const char *dir, const struct gv_ws_init_opts *o, struct gv_err *err);

/* Open the workspace in dir, migrating its schema, and use its time zone.
 * Refused, with nothing written, when gavel.db is missing, empty or not a
 * gavel database while record/ has commits, or is another program's file
 * (docs/safety.md, "The workspace database"); gv_ws_init refuses the same. */
int gv_ws_open(const char *dir, struct gv_ws **out, struct gv_err *err);

/* When gv_ws_open refuses dir for its gavel.db, what is wrong and what to
 * do, at length (gavel check); NULL otherwise. Caller frees. */
char *gv_ws_db_explain(const char *dir);
void gv_ws_close(struct gv_ws *ws);

/* Refused, saying how to fix it, when gavel.db (or its -wal and -shm) or
 * confidential/ can be read or written by anyone but their owner: one
 * message naming every such file and one command for them all. */
int gv_ws_private(const struct gv_ws *ws, struct gv_err *err);
/* chmod go-rwx each of them (gavel check --repair); *done (caller frees)
 * names them with their modes before, NULL when none was. */
int gv_ws_make_private(const struct gv_ws *ws, char **done, struct gv_err *err);

/* Refused, naming the place, when the database or a directory gavel writes
 * in (the workspace, record/, confidential/, live/) cannot be written. */
int gv_ws_writable(const struct gv_ws *ws, struct gv_err *err);

/* dir/rel; caller frees. */
char *gv_ws_path(const struct gv_ws *ws, const char *rel);

/* The clerk (clerk.name, clerk.email) signing a commit made at `when`. */
void gv_ws_signature(struct gv_ws *ws, int64_t when, struct gv_signature *sig);

/* Where the workspace is: -C value, else $GAVEL_DIR, else ".". */
const char *gv_ws_locate(const char *flag_dir);

#endif
