#include "minutes/approval.h"

#include "agenda/meeting.h"
#include "base/buf.h"
#include "base/clock.h"
#include "base/err.h"
#include "live/live.h"
#include "live/live_view.h"
#include "minutes/minutes.h"
#include "minutes/record.h"
#include "store/db.h"
#include "store/repo.h"
#include "store/workspace.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int gv_minutes_locked(struct gv_ws *ws, int64_t meeting_id, struct gv_err *err)
{
	struct gv_approval a;
	int rc = gv_approval_load(ws->db, meeting_id, &a, err);
	if (rc)
		return rc;
	if (a.approved) {
		char *slug = gv_meeting_slug_of(ws->db, meeting_id);
		char *said = gv_approval_said(&a);
		rc = gv_err_set(err, GV_EREFUSED, "minutes of %s were approved %s", slug, said);
		free(said);
		free(slug);
	}
	gv_approval_clear(&a);
	return rc;
}

/* Motion k of meeting at_ref, held after the meeting whose minutes it
 * approves (which starts at starts_at), is a carried main motion
 * (docs/minutes.md, "Approval"): the approving meeting's id, and the
 * motion's resolution number ("" when it has none). */
static int check_motion(struct gv_ws *ws, const char *at_ref, int k, int64_t meeting_id,
			int64_t starts_at, int64_t *at_id, char resolution[24], struct gv_err *err)
{
	struct gv_live_ctx c;
	struct gv_live_log log = {0};
	int rc = gv_live_ctx_load(ws, at_ref, &c, err);
	if (rc)
		return rc;
	if ((rc = gv_live_log_load(ws, &c, &log, err))) {
		gv_live_ctx_clear(&c);
		return rc;
	}
	const struct gv_motion *mo = gv_live_motion(&log.state, k);
	*at_id = c.meeting_id;
	*resolution = '\0';
	if (mo)
		gv_live_resolution(mo, resolution);
	if (c.meeting_id == meeting_id)
		rc = gv_err_set(err, GV_EREFUSED,
				"minutes are approved at a later meeting, not at %s itself", c.slug);
	else if (c.starts_at <= starts_at || !log.state.started_at)
		rc = gv_err_set(err, GV_EREFUSED,
				"%s %s: minutes are approved at a meeting held after theirs", c.slug,
				c.starts_at <= starts_at ? "was not held after them"
							 : "has not been called to order");
	else if (!mo)
		rc = gv_err_set(err, GV_EREFUSED, "%s has no motion %d", c.slug, k);
	else if (mo->result != RESULT_CARRIED)
		rc = gv_err_set(err, GV_EREFUSED, "motion %d of %s did not carry (%s)", k, c.slug,
				mo->result == RESULT_PENDING ? "not yet voted"
							     : gv_result_name(mo->result));
	else if (mo->amends)
		rc = gv_err_set(err, GV_EREFUSED,
				"motion %d of %s is an amendment: the minutes are approved by the "
				"motion that carried", k, c.slug);
	/* minutes are adopted in open session by a motion to adopt them, not
	 * by a closed-session vote (s.239(6)) nor a procedural one */
	else if (mo->confidential)
		rc = gv_err_set(err, GV_EREFUSED,
				"motion %d of %s was moved in closed session: minutes are adopted "
				"in open session", k, c.slug);
	else if (mo->to_close)
		rc = gv_err_set(err, GV_EREFUSED,
				"motion %d of %s is a resolution to close the meeting, not one "
				"adopting minutes", k, c.slug);
	else if (mo->disposition)
		rc = gv_err_set(err, GV_EREFUSED,
				"motion %d of %s is a motion to %s%s, not one adopting minutes", k,
				c.slug, mo->disposition,
				!strcmp(mo->disposition, "reconsider") ? " a resolution"
				: !strcmp(mo->disposition, "appeal")  ? " the ruling of the chair"
								       : " a motion");
	gv_live_log_clear(&log);
	gv_live_ctx_clear(&c);
	return rc;
}

static int record_approval(sqlite3 *db, int64_t meeting_id, int64_t at_id, int motion,
			   struct gv_err *err)
{
	sqlite3_stmt *st;
	if (gv_db_prepare(db,
			  "INSERT INTO minutes_approvals (meeting_id, at_meeting_id, motion,"
			  " approved_at) VALUES (?, ?, ?, ?)",
			  &st, err))
		return GV_EIO;
	sqlite3_bind_int64(st, 1, meeting_id);
	if (at_id)
		sqlite3_bind_int64(st, 2, at_id);
	if (motion)
		sqlite3_bind_int(st, 3, motion);
	sqlite3_bind_int64(st, 4, gv_now());
	int rc = gv_db_run(db, st, "cannot record the approval", err);
	/* the approving meeting's name and resolution as the minutes say
	 * them now stay what they said (docs/minutes.md, "What approval locks") */
	struct gv_approval a;
	if (rc || (rc = gv_approval_load(db, meeting_id, &a, err)))
		return rc;
	if (!(rc = gv_db_prepare(db,
				 "UPDATE minutes_approvals SET at_name = ?, resolution = NULLIF(?, '')"
				 " WHERE meeting_id = ?",
				 &st, err))) {
		sqlite3_bind_text(st, 1, a.at_name, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, a.resolution, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 3, meeting_id);
		rc = gv_db_run(db, st, "cannot record the approval", err);
	}
	gv_approval_clear(&a);
	return rc;
}

/* The tag's message: the approval it records, in words. The public record
 * names the approving resolution, never a motion number (which would
 * count closed-session motions). */
static char *approval_message(const char *slug, const char *at_slug, const char *resolution)
{
	if (at_slug && *resolution)
		return gv_asprintf("Minutes of %s approved at %s by resolution %s.\n", slug,
				   at_slug, resolution);
	return at_slug ? gv_asprintf("Minutes of %s approved at %s.\n", slug, at_slug)
		       : gv_asprintf("Minutes of %s approved by the clerk with --force, "
				     "without a motion of council.\n",
				     slug);
}

/* Keep the minutes as approved, complete and public, save them and tag
 * that version in record/ (when tagged, an interrupted approval did both:
 * the same text is only kept). */
static int save_and_tag(struct gv_ws *ws, const char *slug, const char *at_slug,
			const char *resolution, const char *msg, bool tagged,
			struct gv_err *err)
{
	struct gv_minutes m;
	int rc = gv_minutes_load(ws, slug, &m, err);
	if (!rc)
		rc = gv_minutes_approved_keep(ws->db, &m, err);
	if (!rc && tagged) {
		gv_minutes_make_public(&m);
		rc = gv_minutes_approved_keep(ws->db, &m, err);
	}
	if (rc || tagged) {
		gv_minutes_clear(&m);
		return rc;
	}
	char *subject = !at_slug    ? gv_strdup("approved without a motion (--force)")
			: *resolution ? gv_asprintf("approved at %s (resolution %s)", at_slug, resolution)
				      : gv_asprintf("approved at %s", at_slug);
	char *tag = gv_asprintf("approved/%s", slug);
	char *record = gv_ws_path(ws, "record");
	char oid[41] = "";
	bool committed;
	rc = gv_minutes_commit(ws, &m, subject, &committed, oid, err);
	if (!rc) /* m is public now: record/ got this text */
		rc = gv_minutes_approved_keep(ws->db, &m, err);
	if (!rc && !committed)
		rc = gv_repo_resolve(record, "main", oid, err);
	if (!rc) {
		struct gv_signature sig;
		gv_ws_signature(ws, gv_now(), &sig);
		rc = gv_repo_tag(record, tag, oid, msg, &sig, err);
	}
	free(record);
	free(tag);
	free(subject);
	gv_minutes_clear(&m);
	return rc;
}

/* An approval interrupted after record/ was tagged but before the database
 * knew (a crash between the two) left the tag: when it records this very
 * approval, *tagged says so and the approval only needs finishing. A tag
 * for any other approval is never overwritten. */
static int existing_tag(struct gv_ws *ws, const char *slug, const char *msg, bool *tagged,
			struct gv_err *err)
{
	char *record = gv_ws_path(ws, "record"), *tag = gv_asprintf("approved/%s", slug);
	char *found;
	int rc = gv_repo_tag_message(record, tag, &found, err);
	*tagged = !rc && found && strcmp(found, msg) == 0;
	if (!rc && found && !*tagged)
		rc = gv_err_set(err, GV_EREFUSED, "record/ already has the tag approved/%s", slug);
	free(found);
	free(tag);
	free(record);
	return rc;
}

int gv_approval_retag(struct gv_ws *ws, int64_t meeting_id, const char *slug,
		      struct gv_err *err)
{
	struct gv_approval a;
	int rc = gv_approval_load(ws->db, meeting_id, &a, err);
	if (rc)
		return rc;
	if (a.approved) {
		char *record = gv_ws_path(ws, "record"), *tag = gv_asprintf("approved/%s", slug);
		char *msg = approval_message(slug, a.at_slug, a.resolution);
		char oid[41];
		struct gv_signature sig;
		gv_ws_signature(ws, a.approved_at, &sig);
		bool tagged;
		if (!(rc = existing_tag(ws, slug, msg, &tagged, err)) && !tagged &&
		    !(rc = gv_repo_resolve(record, "main", oid, err)))
			rc = gv_repo_tag(record, tag, oid, msg, &sig, err);
		free(msg);
		free(tag);
		free(record);
	}
	gv_approval_clear(&a);
	return rc;
}

int gv_minutes_approve(struct gv_ws *ws, const char *meeting_ref, const char *at_ref,
		       int motion, bool force, struct gv_err *err)
{
	struct gv_meeting m;
	int rc = gv_meeting_find(ws, meeting_ref, &m, err);
	if (rc)
		return rc;
	int64_t at_id = 0;
	char *at_slug = NULL, resolution[24] = "";
	rc = gv_minutes_locked(ws, m.id, err);
	if (!rc && at_ref) {
		rc = check_motion(ws, at_ref, motion, m.id, m.starts_at, &at_id, resolution, err);
		if (!rc)
			at_slug = gv_meeting_slug_of(ws->db, at_id);
	} else if (!rc && !force) {
		rc = gv_err_set(err, GV_EUSAGE,
				"approve needs --at-meeting M2 --motion K (or --force)");
	}
	char *msg = approval_message(m.slug, at_slug, resolution);
	bool tagged = false;
	if (!rc)
		rc = existing_tag(ws, m.slug, msg, &tagged, err);
	if (rc || (rc = gv_db_begin(ws->db, err)))
		goto out;
	/* the approval is in the database before rendering, so the saved text
	 * says it is approved; a git failure rolls it back */
	if ((rc = gv_minutes_locked(ws, m.id, err)) ||
	    (rc = record_approval(ws->db, m.id, at_id, motion, err)) ||
	    (rc = save_and_tag(ws, m.slug, at_slug, resolution, msg, tagged, err)) ||
	    (rc = gv_notes_mark_saved(ws->db, m.id, err)) || (rc = gv_db_commit(ws->db, err)))
		gv_db_rollback(ws->db);
out:
	free(msg);
	free(at_slug);
	gv_meeting_clear(&m);
	return rc;
}
