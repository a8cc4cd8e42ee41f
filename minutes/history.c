/* The versions of a meeting's documents in record/, and diffs between
 * versions of its minutes. */
#include "minutes/record.h"

#include "agenda/meeting.h"
#include "base/buf.h"
#include "base/err.h"
#include "minutes/minutes.h"
#include "store/repo.h"
#include "store/workspace.h"

#include <stdlib.h>
#include <string.h>

int gv_minutes_history(struct gv_ws *ws, const char *meeting_ref, char **slug,
		       struct gv_repo_version **out, size_t *n, struct gv_err *err)
{
	struct gv_meeting m;
	int rc = gv_meeting_find(ws, meeting_ref, &m, err);
	if (rc)
		return rc;
	char *dir = gv_minutes_dir(&m), *record = gv_ws_path(ws, "record");
	char *agenda = gv_asprintf("%s/agenda.md", dir), *minutes = gv_asprintf("%s/minutes.md", dir);
	const char *paths[] = {agenda, minutes};
	rc = gv_repo_log(record, paths, 2, out, n, err);
	*slug = rc ? NULL : gv_strdup(m.slug);
	free(minutes);
	free(agenda);
	free(record);
	free(dir);
	gv_meeting_clear(&m);
	return rc;
}

/* The latest two saved versions of the minutes (prev "" when only one). */
static int default_revs(struct gv_ws *ws, const char *meeting_ref, char prev[41],
			char latest[41], struct gv_err *err)
{
	char *slug;
	struct gv_repo_version *v;
	size_t n;
	int rc = gv_minutes_history(ws, meeting_ref, &slug, &v, &n, err);
	if (rc)
		return rc;
	size_t found = 0;
	prev[0] = latest[0] = '\0';
	for (size_t i = 0; i < n && found < 2; i++)
		if (v[i].changed & 2)
			memcpy(found++ ? prev : latest, v[i].oid, 41);
	rc = found ? 0
		       : gv_err_set(err, GV_EREFUSED,
				    "the minutes of %s have not been saved yet: run 'gavel minutes "
				    "%s save'",
				    slug, slug);
	free(slug);
	gv_repo_versions_free(v, n);
	return rc;
}

int gv_minutes_diff(struct gv_ws *ws, const char *meeting_ref, const char *rev1,
		    const char *rev2, struct gv_buf *out, struct gv_err *err)
{
	char prev[41], latest[41];
	int rc = default_revs(ws, meeting_ref, prev, latest, err);
	if (rc)
		return rc;
	const char *from = rev1 ? (*rev1 ? rev1 : NULL) : (*prev ? prev : NULL);
	const char *to = rev2 ? rev2 : latest;
	struct gv_meeting m;
	if ((rc = gv_meeting_find(ws, meeting_ref, &m, err)))
		return rc;
	char *dir = gv_minutes_dir(&m), *record = gv_ws_path(ws, "record");
	char *path = gv_asprintf("%s/minutes.md", dir), *a = NULL, *b = NULL;
	size_t la, lb;
	if ((from && (rc = gv_repo_read(record, from, path, &a, &la, err))) ||
	    (rc = gv_repo_read(record, to, path, &b, &lb, err)))
		goto out;
	rc = gv_repo_diff_text(path, a, b, out, err);
out:
	free(a);
	free(b);
	free(path);
	free(record);
	free(dir);
	gv_meeting_clear(&m);
	return rc;
}
