/* The minutes in the record: saving them to record/ (public) and
 * confidential/ (complete), their history, and diffs between versions. */
#ifndef GAVEL_MINUTES_RECORD_H
#define GAVEL_MINUTES_RECORD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct gv_ws;
struct gv_err;
struct gv_buf;
struct gv_minutes;
struct gv_repo_version;

/* Commit the public minutes to record/meetings/YYYY/<slug>/minutes.md and the
 * confidential ones to confidential/, the clerk as author, with a message
 * saying what changed ("Minutes of <slug>: draft", "...: note on 7.2"), or
 * "Minutes of <slug>: <message>" when message is given. No commit when a
 * repository's minutes are unchanged; *committed says whether record/ got
 * one. Refused when the minutes are approved, or when message is not one
 * line of at most GV_MINUTES_MESSAGE_MAX bytes.
 *
 * The live engine calls this when a meeting adjourns. */
#define GV_MINUTES_MESSAGE_MAX 500

int gv_minutes_save(struct gv_ws *ws, int64_t meeting_id, const char *message, bool *committed,
		    struct gv_err *err);
/* The same, *confidential saying whether confidential/ got a version (a
 * note on a closed item changes only the complete minutes). */
int gv_minutes_save_to(struct gv_ws *ws, int64_t meeting_id, const char *message,
		       bool *committed, bool *confidential, struct gv_err *err);

/* Commit loaded minutes (no lock check, no transaction: the caller's job):
 * the confidential form to confidential/, then m is made public (in place,
 * gv_minutes_make_public) and committed to record/. subject (may be NULL)
 * replaces the generated summary. oid (41 bytes, may be NULL) gets
 * record/'s new commit. */
int gv_minutes_commit(struct gv_ws *ws, struct gv_minutes *m, const char *subject,
		      bool *committed, char *oid, struct gv_err *err);
/* The same, *confidential (may be NULL) saying whether confidential/ got a
 * new version. */
int gv_minutes_commit_to(struct gv_ws *ws, struct gv_minutes *m, const char *subject,
			 bool *committed, bool *confidential, char *oid, struct gv_err *err);

/* The versions of the meeting's agenda.md and minutes.md in record/, newest
 * first (changed bit 0: agenda, bit 1: minutes). */
int gv_minutes_history(struct gv_ws *ws, const char *meeting_ref, char **slug,
		       struct gv_repo_version **out, size_t *n, struct gv_err *err);

/* Unified diff of the public minutes between rev1 and rev2 of record/
 * (NULL: the previous and the latest saved versions). rev1 "" diffs from no
 * minutes at all, for the first version. */
int gv_minutes_diff(struct gv_ws *ws, const char *meeting_ref, const char *rev1,
		    const char *rev2, struct gv_buf *out, struct gv_err *err);

/* Make record/ or confidential/ (name) again from the database after it
 * was found unreadable: the damaged repository is renamed aside (*moved_to,
 * NULL when there was none; caller frees), a new one gets every published
 * agenda, the minutes of every meeting with a log, the approval tags, and
 * (record/) the head of council's decisions.
 * The versions before cannot be made again. (rebuild.c) */
int gv_record_rebuild(struct gv_ws *ws, const char *name, char **moved_to, struct gv_err *err);

/* gavel check: record/ or confidential/ (name) holds what the database says
 * was published and approved. found is called once for each problem, with
 * one line naming the meeting and the file: an agenda published or minutes
 * saved that main lacks (or the head of council's decisions), approved
 * minutes that differ from the text approved, an approval tag missing or
 * off main's history. With repair, a published agenda or the head of
 * council's decisions missing from main is committed again from the
 * database (mended says so) rather than found. Fails only when
 * the database or the repository cannot be read. (record_check.c) */
struct gv_record_check_out {
	void (*found)(void *arg, const char *problem);
	void (*mended)(void *arg, const char *what); /* with repair: what was committed */
	void *arg;
};
int gv_record_check(struct gv_ws *ws, const char *name, bool repair,
		    const struct gv_record_check_out *out, struct gv_err *err);

#endif
