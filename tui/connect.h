/* gavel connect: the councillor's terminal (docs/connect.md). It runs as
 * the councillor's own login, which cannot open the workspace: everything
 * it shows and does goes through gavel serve (serve/client.h), as the
 * commands a member may run, their JSON read through SQLite's json
 * functions in a database of its own in memory.
 *
 * connect.c           the main loop: keys, and the server's pushed events
 * connect_json.c      JSON replies read with SQL
 * connect_meetings.c  the meetings of the member's bodies
 * connect_package.c   one meeting's agenda package, reports formatted,
 *                     closed items marked, one's annotations beside them
 * connect_live.c      the meeting as it happens: the vote prompt, speaking
 * connect_notes.c     one's annotations: write, list, export to markdown
 */
#ifndef GAVEL_TUI_CONNECT_H
#define GAVEL_TUI_CONNECT_H

#include "tui/screen.h"

#include "serve/client.h"

#include <sqlite3.h>
#include <stdbool.h>
#include <stdint.h>

struct gv_err;

/* The UI's state: struct tui first, so a view's t is a struct cn. */
struct cn {
	struct tui t;
	struct gv_client client;
	sqlite3 *json;        /* in memory, for reading replies */
	const char *member;   /* whom the server says we are */
	char *following;      /* the meeting whose events reload the view */
	bool changed;         /* an event came: reload */
};

static inline struct cn *cn_of(struct tui *t)
{
	return (struct cn *)t;
}

/* Run argv (NULL-terminated) on the server; *out (caller frees, may be
 * NULL) is what it printed. A refusal is the server's one line in err. */
int cn_run(struct tui *t, char **out, struct gv_err *err, const char *const *argv);

/* Follow meeting's events (subscribe once per meeting). */
void cn_follow(struct tui *t, const char *meeting);

/* JSON: a statement over sql with ?1 bound to json (NULL on a bad query,
 * which is a bug); the caller steps and finalizes it. */
sqlite3_stmt *cn_json_query(struct tui *t, const char *sql, const char *json);
/* Column i as a new string ("" for NULL). */
char *cn_col(sqlite3_stmt *st, int i);
/* json_extract(json, path) as a new string (NULL when absent or null). */
char *cn_json_text(struct tui *t, const char *json, const char *path);
int64_t cn_json_int(struct tui *t, const char *json, const char *path);

/* The views. */
struct tui_view *cn_meetings_new(void);
struct tui_view *cn_package_new(const char *meeting);
struct tui_view *cn_live_new(const char *meeting);
/* One's annotations on meeting (NULL: all) in a pager. */
void cn_notes_show(struct tui *t, const char *meeting);
/* Write or edit one's annotation on item number (prompting with text). */
bool cn_note_edit(struct tui *t, const char *meeting, const char *number, const char *text);
/* One's annotations on meeting as markdown in ~/gavel-annotations-M.md. */
void cn_notes_export(struct tui *t, const char *meeting);

#endif
