/* gavel check --repair for a repository that cannot be read: record/ or
 * confidential/ made again from the database, which holds everything they
 * were written from. Their past versions lived only in the repository and
 * cannot be made again: the damaged one is kept beside it, renamed, so
 * nothing is thrown away. */
#include "minutes/record.h"

#include "agenda/agenda_publish.h"
#include "agenda/mayor.h"
#include "agenda/meeting.h"
#include "base/buf.h"
#include "base/clock.h"
#include "base/err.h"
#include "base/files.h"
#include "minutes/approval.h"
#include "minutes/minutes.h"
#include "store/db.h"
#include "store/repo.h"
#include "store/workspace.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static bool has_log(sqlite3 *db, int64_t meeting_id)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(db, "SELECT 1 FROM events WHERE meeting_id = ? LIMIT 1", -1, &st,
			       NULL))
		return false;
	sqlite3_bind_int64(st, 1, meeting_id);
	bool yes = sqlite3_step(st) == SQLITE_ROW;
	sqlite3_finalize(st);
	return yes;
}

/* Move the damaged repository aside and start an empty one. */
static int start_again(const char *path, bool private, char **moved_to, struct gv_err *err)
{
	char when[32];
	gv_time_format(gv_now(), "%Y%m%dT%H%M%S", when, sizeof when);
	*moved_to = NULL;
	if (gv_exists(path)) {
		*moved_to = gv_asprintf("%s.damaged-%s", path, when);
		if (rename(path, *moved_to) != 0)
			return gv_err_set(err, GV_EIO, "cannot move '%s' aside: %s", path,
					  strerror(errno));
	}
	int rc;
	if ((private && (rc = gv_mkdirs(path, 0700, err))) || (rc = gv_repo_init(path, err)))
		return rc;
	if (private && chmod(path, 0700) != 0)
		return gv_err_set(err, GV_EIO, "cannot protect '%s': %s", path, strerror(errno));
	return 0;
}

/* What the database says record/ and confidential/ hold for meeting m. */
static int write_meeting(struct gv_ws *ws, const struct gv_meeting *m, struct gv_err *err)
{
	bool changed;
	int rc;
	if (m->agenda_published_at && (rc = gv_agenda_recommit(ws, m, &changed, err)))
		return rc;
	if (!has_log(ws->db, m->id))
		return 0;
	struct gv_minutes min;
	if ((rc = gv_minutes_load(ws, m->slug, &min, err)))
		return rc;
	rc = gv_minutes_commit(ws, &min, "made again from the database (gavel check --repair)",
				   &changed, NULL, err);
	gv_minutes_clear(&min);
	return rc ? rc : gv_approval_retag(ws, m->id, m->slug, err);
}

int gv_record_rebuild(struct gv_ws *ws, const char *name, char **moved_to, struct gv_err *err)
{
	char *path = gv_ws_path(ws, name);
	int rc = start_again(path, !strcmp(name, "confidential"), moved_to, err);
	free(path);
	struct gv_meeting *m = NULL;
	size_t n = 0;
	if (!rc)
		rc = gv_meeting_list(ws, &m, &n, err);
	for (size_t i = 0; !rc && i < n; i++)
		rc = write_meeting(ws, &m[i], err);
	gv_meetings_free(m, n);
	/* the head of council's decisions are public record only */
	if (!rc && !strcmp(name, "record"))
		rc = gv_mayor_recommit(ws, err);
	return rc;
}
