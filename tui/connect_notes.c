/* gavel connect: one's private annotations (docs/serve.md, "Annotations"),
 * written with `annotate`, listed with `annotations`, and exported as
 * markdown to a file of one's own (mode 0600: they are nobody else's). */
#include "tui/connect.h"

#include "tui/prompt.h"
#include "tui/view.h"

#include "base/buf.h"
#include "base/err.h"
#include "base/files.h"

#include <stdlib.h>
#include <string.h>

bool cn_note_edit(struct tui *t, const char *meeting, const char *number, const char *text)
{
	char *label = gv_asprintf("Annotation on %s (empty removes): ", number);
	char *line = NULL;
	bool asked = tui_prompt(t, label, text, &line);
	free(label);
	if (!asked)
		return false;
	struct gv_err err = {0};
	bool done = !cn_run(t, NULL, &err,
			    (const char *const[]){"annotate", meeting, number, line, NULL});
	if (!done)
		tui_status_error(t, &err);
	else if (*line)
		tui_status(t, "Your annotation on %s is saved (only you see it)", number);
	else
		tui_status(t, "Your annotation on %s is removed", number);
	free(line);
	return done;
}

void cn_notes_show(struct tui *t, const char *meeting)
{
	char *out = NULL;
	struct gv_err err = {0};
	const char *const all[] = {"annotations", NULL};
	const char *const one[] = {"annotations", meeting, NULL};
	if (cn_run(t, &out, &err, meeting ? one : all)) {
		tui_status_error(t, &err);
		return;
	}
	char *title = gv_asprintf("your annotations%s%s", meeting ? " on " : "",
				  meeting ? meeting : "");
	tui_push(t, tui_pager_new(title, *out ? out : "No annotations yet: a on an item writes one.\n"));
	free(title);
	free(out);
}

/* The annotations' JSON as markdown: a heading per item, the text below. */
static char *markdown(struct tui *t, const char *meeting, const char *json, int *n)
{
	struct gv_buf md = GV_BUF_INIT;
	gv_buf_printf(&md, "# My annotations: %s\n", meeting);
	sqlite3_stmt *st = cn_json_query(
		t, "SELECT value->>'item', value->>'title', value->>'text' FROM json_each(?1)", json);
	*n = 0;
	while (st && sqlite3_step(st) == SQLITE_ROW) {
		gv_buf_printf(&md, "\n## %s %s\n\n%s\n", sqlite3_column_text(st, 0),
			      sqlite3_column_text(st, 1), sqlite3_column_text(st, 2));
		++*n;
	}
	sqlite3_finalize(st);
	return gv_buf_detach(&md);
}

void cn_notes_export(struct tui *t, const char *meeting)
{
	char *json = NULL;
	struct gv_err err = {0};
	if (cn_run(t, &json, &err, (const char *const[]){"annotations", meeting, "--json", NULL})) {
		tui_status_error(t, &err);
		return;
	}
	int n;
	char *md = markdown(t, meeting, json, &n);
	const char *home = getenv("HOME");
	char *path = gv_asprintf("%s/gavel-annotations-%s.md", home && *home ? home : ".", meeting);
	if (gv_file_write_atomic(path, md, strlen(md), 0600, &err))
		tui_status_error(t, &err);
	else
		tui_status(t, "Wrote %d annotation%s to %s", n, n == 1 ? "" : "s", path);
	free(path);
	free(md);
	free(json);
}
