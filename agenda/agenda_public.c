#include "agenda/agenda_public.h"

#include "agenda/attach.h"
#include "agenda/clause.h"
#include "agenda/item.h"
#include "agenda/meeting.h"
#include "base/buf.h"
#include "base/clock.h"
#include "base/err.h"
#include "base/text.h"
#include "store/db.h"
#include "store/pushes.h"
#include "store/workspace.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

bool gv_item_is_private(const struct gv_item *it)
{
	return it->closed_clause != NULL || it->under_closed;
}

char *gv_item_public_title(const struct gv_agenda *a, const struct gv_item *it)
{
	if (!gv_item_is_private(it))
		return gv_redact(it->title);
	if (it->public_title)
		return gv_redact(it->public_title);
	const char *clause = gv_item_private_clause(a, it);
	const char *nature = clause ? gv_clause_nature(clause) : NULL;
	if (!nature)
		return gv_strdup("Closed session");
	/* "Closed session: proposed or pending acquisition or disposition of
	 * land, s.239(2)(c)": the nature without its article reads as a title */
	if (!strncmp(nature, "a ", 2))
		nature += 2;
	else if (!strncmp(nature, "an ", 3))
		nature += 3;
	return gv_asprintf("Closed session: %s, s.%s", nature, clause);
}

static void redact_in_place(char **s)
{
	if (!*s)
		return;
	char *r = gv_redact(*s);
	free(*s);
	*s = r;
}

void gv_meeting_make_public(struct gv_meeting *m)
{
	redact_in_place(&m->title);
	redact_in_place(&m->location);
}

static void drop_content(struct gv_item *it)
{
	free(it->body);
	it->body = gv_strdup("");
	free(it->recommendation);
	it->recommendation = gv_strdup("");
	for (size_t k = 0; k < it->n_attachments; k++) {
		free(it->attachments[k].name);
		free(it->attachments[k].sha256);
		free(it->attachments[k].media_type);
	}
	free(it->attachments);
	it->attachments = NULL;
	it->n_attachments = 0;
}

void gv_agenda_make_public(struct gv_agenda *a)
{
	/* titles first: a public title is found through the working items */
	char **titles = gv_calloc(a->n ? a->n : 1, sizeof *titles);
	for (size_t i = 0; i < a->n; i++)
		titles[i] = gv_item_public_title(a, &a->items[i]);
	for (size_t i = 0; i < a->n; i++) {
		struct gv_item *it = &a->items[i];
		free(it->title);
		it->title = titles[i];
		free(it->public_title);
		it->public_title = NULL;
		if (gv_item_is_private(it)) {
			drop_content(it);
			continue;
		}
		redact_in_place(&it->body);
		redact_in_place(&it->recommendation);
	}
	free(titles);
}

int gv_agenda_make_public_files(struct gv_ws *ws, struct gv_agenda *a, struct gv_err *err)
{
	gv_agenda_make_public(a);
	return gv_attach_make_public(ws, a, err);
}

static int published(struct gv_ws *ws, int64_t meeting_id, char **slug, bool *yes,
		     struct gv_err *err)
{
	sqlite3_stmt *st;
	int rc = gv_db_prepare(ws->db, "SELECT slug, agenda_published_at IS NOT NULL FROM meetings"
				       " WHERE id = ?", &st, err);
	if (rc)
		return rc;
	sqlite3_bind_int64(st, 1, meeting_id);
	if (sqlite3_step(st) == SQLITE_ROW) {
		*slug = gv_db_text(st, 0);
		*yes = sqlite3_column_int(st, 1) != 0;
	} else {
		rc = gv_db_fail(ws->db, "cannot read the meeting", err);
	}
	sqlite3_finalize(st);
	return rc;
}

int gv_item_privacy_guard(struct gv_ws *ws, int64_t meeting_id, const struct gv_item *it,
			  bool will_be_private, const char *action, bool force,
			  struct gv_err *err)
{
	if (force || gv_item_is_private(it) == will_be_private)
		return 0;
	if (!will_be_private)
		return gv_err_set(err, GV_EREFUSED,
				  "item %s is confidential: %s makes its text public "
				  "at the next publish" GV_FORCE_HINT,
				  it->number, action);
	char *slug = NULL, *url = NULL;
	bool is_published = false;
	int64_t pushed_at = 0;
	int rc = published(ws, meeting_id, &slug, &is_published, err);
	if (!rc && is_published)
		rc = gv_pushes_last(ws->db, &url, &pushed_at, err);
	if (!rc && is_published) {
		char pushed[320] = "";
		if (url) {
			char when[32];
			gv_time_format(pushed_at, "%Y-%m-%d", when, sizeof when);
			snprintf(pushed, sizeof pushed, ", which was pushed to %.200s on %s", url,
				 when);
		}
		rc = gv_err_set(err, GV_EREFUSED,
				"item %s is on the published agenda of %s: after %s the public "
				"no longer sees it, but its earlier text stays in the history of "
				"record/%s" GV_FORCE_HINT,
				it->number, slug, action, pushed);
	}
	free(slug);
	free(url);
	return rc;
}
