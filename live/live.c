#include "live/live.h"

#include "agenda/agenda_public.h"
#include "agenda/item_role.h"
#include "agenda/body.h"
#include "agenda/deferral.h"
#include "live/bylaw_motion.h"
#include "live/evote.h"
#include "live/notice_items.h"
#include "agenda/item.h"
#include "agenda/meeting.h"
#include "agenda/member.h"
#include "base/buf.h"
#include "base/clock.h"
#include "base/err.h"
#include "base/text.h"
#include "live/rules.h"
#include "store/db.h"
#include "store/settings.h"
#include "store/workspace.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static struct gv_live_member from_member(const struct gv_member *m, bool former)
{
	return (struct gv_live_member){m->id, gv_strdup(m->name), gv_strdup(m->role),
				       m->title ? gv_strdup(m->title) : NULL, former};
}

/* The roster on the meeting's date (docs/people.md, "Rosters by date"):
 * the voting members whose term in the body covers it, as they were named
 * and titled then; everyone else who was a member that day (staff, other
 * bodies); then everyone who ever was, marked former, so that names are
 * refused with the reason and old logs still name who they recorded. */
static int load_roster(struct gv_ws *ws, struct gv_live_ctx *c, struct gv_err *err)
{
	struct gv_member *lists[3];
	size_t ns[3];
	int64_t bodies[3] = {c->body_id, 0, 0};
	const char *days[3] = {c->date, c->date, NULL};
	int rc = 0;
	size_t got = 0;
	for (; got < 3 && !rc; got++)
		rc = gv_member_list_on(ws, bodies[got], days[got], &lists[got], &ns[got], err);
	if (!rc) {
		c->members = gv_calloc(ns[0] ? ns[0] : 1, sizeof *c->members);
		c->others = gv_calloc(ns[1] + ns[2] ? ns[1] + ns[2] : 1, sizeof *c->others);
		for (size_t i = 0; i < ns[0]; i++)
			if (gv_role_votes(lists[0][i].role))
				c->members[c->n_members++] = from_member(&lists[0][i], false);
		for (size_t l = 1; l < 3; l++)
			for (size_t i = 0; i < ns[l]; i++)
				if (!gv_live_person(c, lists[l][i].id))
					c->others[c->n_others++] = from_member(&lists[l][i], l == 2);
	} else {
		got--;
	}
	while (got--)
		gv_members_free(lists[got], ns[got]);
	return rc;
}

static int load_agenda(struct gv_ws *ws, struct gv_live_ctx *c, struct gv_err *err)
{
	struct gv_agenda a;
	int rc = gv_agenda_load(ws, c->meeting_id, &a, err);
	if (rc)
		return rc;
	c->items = gv_calloc(a.n ? a.n : 1, sizeof *c->items);
	for (size_t i = 0; i < a.n; i++) {
		struct gv_live_item *it = &c->items[c->n_items++];
		it->id = a.items[i].id;
		it->parent_id = a.items[i].parent_id;
		memcpy(it->number, a.items[i].number, sizeof it->number);
		it->title = gv_strdup(a.items[i].title);
		it->public_title = gv_item_public_title(&a, &a.items[i]);
		it->consent = a.items[i].consent;
		it->closed = gv_item_is_private(&a.items[i]);
		it->empty_section = gv_item_is_empty_section(&a, &a.items[i]);
	}
	gv_agenda_free(&a);
	return 0;
}

static void load_rules(struct gv_ws *ws, struct gv_live_ctx *c, const char *body_slug)
{
	char *profile = gv_setting_get(ws->db, "procedure");
	char *seconder = gv_setting_get(ws->db, "procedure.seconder");
	char *remote = gv_setting_get(ws->db, "procedure.remote-quorum");
	c->remote_quorum = !remote || strcmp(remote, "no");
	free(remote);
	remote = gv_setting_get(ws->db, "procedure.remote");
	c->remote_allowed = !remote || strcmp(remote, "no");
	free(remote);
	c->profile = profile && !strcmp(profile, "roberts") ? PROFILE_ROBERTS : PROFILE_ONTARIO;
	char *reconsider = gv_setting_get(ws->db, "procedure.reconsider");
	c->reconsider_threshold = reconsider && *reconsider ? reconsider
				  : gv_strdup(c->profile == PROFILE_ROBERTS ? "majority" : "two-thirds");
	if (c->reconsider_threshold != reconsider)
		free(reconsider);
	/* Robert's rules need no seconder in a committee */
	c->seconder_required = (!seconder || !strcmp(seconder, "required")) &&
			       !(c->profile == PROFILE_ROBERTS && strcmp(body_slug, "council"));
	free(profile);
	free(seconder);
}

/* Events that stand: not voided by an undo or by a recorded vote that
 * replaced them (an approximation that a voided replacement does not undo). */
#define STANDING "id NOT IN (SELECT voids FROM events WHERE voids IS NOT NULL)"

bool gv_live_resolution_parse(const char *s, int *year, int *seq)
{
	/* YEAR-N, digits only: "2026-01" is "2026-1" */
	size_t y = s ? strspn(s, "0123456789") : 0;
	if (!y || y > 4 || s[y] != '-' || !s[y + 1] || strspn(s + y + 1, "0123456789") !=
	    strlen(s + y + 1) || strlen(s + y + 1) > 6)
		return false;
	*year = atoi(s);
	*seq = atoi(s + y + 1);
	return *year > 0 && *seq > 0;
}

/* The resolutions a carried motion to reconsider reconsidered, in any
 * meeting (docs/procedure.md, "Reconsideration"). */
static int load_reconsidered(struct gv_ws *ws, struct gv_live_ctx *c, struct gv_err *err)
{
	sqlite3_stmt *st;
	if (gv_db_prepare(ws->db,
			  "SELECT mv.target, m.slug, v.resolution_year, v.resolution_seq, v.confidential,"
			  " m.title, b.name, m.starts_at"
			  " FROM events mv CROSS JOIN meetings m ON m.id = mv.meeting_id"
			  " CROSS JOIN bodies b ON b.id = m.body_id"
			  " CROSS JOIN events v ON v.meeting_id = mv.meeting_id AND v.kind = 'vote'"
			  "  AND v.motion = mv.motion AND v.result = 'carried' AND v." STANDING
			  " WHERE mv.kind = 'move' AND mv.disposition = 'reconsider' AND mv." STANDING
			  " ORDER BY v.id",
			  &st, err))
		return GV_EIO;
	int step, year, seq;
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		if (!gv_live_resolution_parse((const char *)sqlite3_column_text(st, 0), &year, &seq))
			continue;
		struct gv_reconsidered *r = GV_PUSH(c->reconsidered, c->n_reconsidered);
		snprintf(r->res, sizeof r->res, "%d-%d", year, seq);
		r->at = gv_db_text(st, 1);
		r->at_name = gv_meeting_name((const char *)sqlite3_column_text(st, 5),
					     (const char *)sqlite3_column_text(st, 6),
					     sqlite3_column_int64(st, 7));
		/* a procedural motion carried in closed session has no number */
		r->by[0] = '\0';
		if (sqlite3_column_int(st, 3))
			snprintf(r->by, sizeof r->by, "%d-%d", sqlite3_column_int(st, 2),
				 sqlite3_column_int(st, 3));
		r->confidential = sqlite3_column_int(st, 4);
	}
	int rc = step == SQLITE_DONE ? 0 : gv_db_fail(ws->db, "cannot read the reconsidered "
						      "resolutions", err);
	sqlite3_finalize(st);
	return rc;
}

int gv_live_reconsider_lookup(struct gv_ws *ws, const struct gv_live_ctx *c, struct gv_event *e,
			      struct gv_err *err)
{
	int year, seq;
	e->reconsider = 0;
	e->losing_side = false;
	if (!gv_live_resolution_parse(e->target, &year, &seq))
		return 0;
	char res[24];
	snprintf(res, sizeof res, "%d-%d", year, seq);
	sqlite3_stmt *st;
	if (gv_db_prepare(ws->db,
			  "SELECT m.slug, v.motion, v.confidential, m.body_id, m.starts_at"
			  " FROM events v JOIN meetings m ON m.id = v.meeting_id"
			  " WHERE v.kind = 'vote' AND v.resolution_year = ? AND v.resolution_seq = ?"
			  " AND v." STANDING " ORDER BY v.id DESC LIMIT 1",
			  &st, err))
		return GV_EIO;
	sqlite3_bind_int(st, 1, year);
	sqlite3_bind_int(st, 2, seq);
	char *slug = NULL;
	int motion = 0, step = sqlite3_step(st);
	if (step == SQLITE_ROW) {
		slug = gv_db_text(st, 0);
		motion = sqlite3_column_int(st, 1);
		e->reconsider_closed = sqlite3_column_int(st, 2);
		e->reconsider = sqlite3_column_int64(st, 3) != c->body_id ? GV_RECONSIDER_OTHER_BODY
				: sqlite3_column_int64(st, 4) > c->starts_at ? GV_RECONSIDER_LATER
									     : GV_RECONSIDER_STANDS;
	} else if (step != SQLITE_DONE) {
		step = gv_db_fail(ws->db, "cannot read the resolution to reconsider", err);
	}
	sqlite3_finalize(st);
	if (step != SQLITE_ROW && step != SQLITE_DONE)
		return GV_EIO;
	for (size_t i = 0; slug && i < c->n_reconsidered; i++)
		if (!strcmp(c->reconsidered[i].res, res) && e->reconsider == GV_RECONSIDER_STANDS)
			e->reconsider = GV_RECONSIDER_DONE;
	if (!slug)
		return 0;
	/* the prevailing side of a recorded vote: the mover did not vote
	 * against what carried */
	struct gv_live_ctx rc_ctx;
	struct gv_live_state s;
	int rc = gv_live_ctx_load(ws, slug, &rc_ctx, err);
	if (!rc && !(rc = gv_live_state_load(ws, &rc_ctx, &s, NULL, NULL, err))) {
		const struct gv_motion *m = gv_live_motion(&s, motion);
		for (size_t i = 0; m && m->recorded && i < m->n_votes; i++)
			if (m->votes[i].member_id == e->member_id)
				e->losing_side = m->votes[i].vote == VOTE_NO ||
						 m->votes[i].vote == VOTE_DEEMED_NO ||
						 (m->votes[i].vote == VOTE_ABSTAIN &&
						  rc_ctx.profile == PROFILE_ONTARIO);
		gv_live_state_clear(&s);
	}
	if (!rc)
		gv_live_ctx_clear(&rc_ctx);
	free(slug);
	return rc;
}

int gv_live_ctx_load(struct gv_ws *ws, const char *meeting_ref, struct gv_live_ctx *c,
		     struct gv_err *err)
{
	memset(c, 0, sizeof *c);
	struct gv_meeting m;
	int rc = gv_meeting_find(ws, meeting_ref, &m, err);
	if (rc)
		return rc;
	c->meeting_id = m.id;
	c->slug = gv_strdup(m.slug);
	c->title = gv_strdup(m.title);
	c->starts_at = m.starts_at;
	c->cancelled = m.cancelled;
	c->body_id = m.body_id;
	struct tm tm;
	gv_time_local(m.starts_at, &tm);
	c->year = tm.tm_year + 1900;
	strftime(c->date, sizeof c->date, "%Y-%m-%d", &tm);
	gv_meeting_clear(&m);

	struct gv_body b;
	char id[24];
	snprintf(id, sizeof id, "%lld", (long long)c->body_id);
	if ((rc = gv_body_find_on(ws, id, c->date, &b, err)))
		goto fail;
	c->body_name = gv_strdup(b.name);
	c->seats = b.seats;
	c->quorum = b.quorum;
	load_rules(ws, c, b.slug);
	gv_body_clear(&b);
	if ((rc = load_roster(ws, c, err)) || (rc = load_agenda(ws, c, err)) ||
	    (rc = load_reconsidered(ws, c, err)))
		goto fail;
	return 0;
fail:
	gv_live_ctx_clear(c);
	return rc;
}

/* Find ref (trimmed) among ms by id or name; *at gets its index. */
static int match(const struct gv_live_member *ms, size_t n, const char *ref, size_t *at,
		 struct gv_err *err)
{
	if (*ref && strspn(ref, "0123456789") == strlen(ref)) {
		int64_t want = strtoll(ref, NULL, 10);
		for (*at = 0; *at < n; ++*at)
			if (ms[*at].id == want)
				return 0;
		return gv_err_set(err, GV_ENOTFOUND, "no member with id %s", ref);
	}
	const char **names = gv_calloc(n ? n : 1, sizeof *names);
	for (size_t i = 0; i < n; i++)
		names[i] = ms[i].name;
	int rc = gv_name_match(ref, names, n, at, err);
	free(names);
	return rc;
}

int gv_live_resolve(const struct gv_live_ctx *c, const char *ref, int64_t *id,
		    struct gv_err *err)
{
	char *t = gv_trim(ref);
	size_t at;
	int rc = match(c->members, c->n_members, t, &at, err);
	if (!rc) {
		*id = c->members[at].id;
	} else if (rc == GV_ENOTFOUND && !match(c->others, c->n_others, t, &at, NULL)) {
		if (c->others[at].former)
			rc = gv_err_set(err, GV_EREFUSED, "%s was not a member on %s, the day of the meeting",
					c->others[at].name, c->date);
		else
			rc = gv_err_set(err, GV_EREFUSED, "%s is not a voting member of %s",
					c->others[at].name, c->body_name);
	}
	free(t);
	return rc;
}

/* A member of the body, or staff (the clerk included), named in a roll
 * call: the rules accept staff only as present (docs/procedure.md, "Who
 * may take part"). */
static int resolve_attendee(const struct gv_live_ctx *c, const char *ref, int64_t *id,
			    struct gv_err *err)
{
	int rc = gv_live_resolve(c, ref, id, err);
	char *t = gv_trim(ref);
	size_t at;
	if (rc == GV_EREFUSED && !match(c->others, c->n_others, t, &at, NULL) &&
	    !c->others[at].former && !gv_role_votes(c->others[at].role)) {
		*id = c->others[at].id;
		rc = 0;
	}
	free(t);
	return rc;
}

int gv_live_resolve_marks(const struct gv_live_ctx *c, const char *csv, enum gv_mark mark,
			  struct gv_event *e, struct gv_err *err)
{
	char *copy = gv_strdup(csv), *save = NULL;
	int rc = 0;
	for (char *name = strtok_r(copy, ",", &save); name && !rc;
	     name = strtok_r(NULL, ",", &save)) {
		int64_t id;
		/* a roll call finds staff too, so that the rules can say how staff
		 * are recorded; a vote names voting members only */
		bool roll = mark == MARK_PRESENT || mark == MARK_REMOTE || mark == MARK_ABSENT ||
			    mark == MARK_REGRETS;
		if (!(rc = (roll ? resolve_attendee : gv_live_resolve)(c, name, &id, err)))
			gv_event_mark(e, id, mark);
	}
	free(copy);
	return rc;
}

/* The next resolution number of the meeting's year: resolutions count the
 * carried motions of every meeting that year, in the order they carried. */
static int next_resolution(sqlite3 *db, int year, int *seq, struct gv_err *err)
{
	sqlite3_stmt *st;
	if (gv_db_prepare(db,
			  "SELECT coalesce(max(resolution_seq), 0) FROM events"
			  " WHERE resolution_year = ?1 AND id NOT IN"
			  " (SELECT voids FROM events WHERE voids IS NOT NULL AND id NOT IN"
			  "  (SELECT voids FROM events WHERE kind = 'undo' AND voids IS NOT NULL))",
			  &st, err))
		return GV_EIO;
	sqlite3_bind_int(st, 1, year);
	int rc = 0;
	if (sqlite3_step(st) == SQLITE_ROW)
		*seq = sqlite3_column_int(st, 0) + 1;
	else
		rc = gv_db_fail(db, "cannot number the resolution", err);
	sqlite3_finalize(st);
	return rc;
}

void gv_live_log_clear(struct gv_live_log *log)
{
	gv_events_free(log->ev, log->n);
	gv_live_state_clear(&log->state);
	memset(log, 0, sizeof *log);
}

static int stored_last_seq(sqlite3 *db, int64_t meeting_id, int *seq, struct gv_err *err)
{
	sqlite3_stmt *st;
	if (gv_db_prepare(db, "SELECT coalesce(max(seq), 0) FROM events WHERE meeting_id = ?",
			  &st, err))
		return GV_EIO;
	sqlite3_bind_int64(st, 1, meeting_id);
	int rc = 0;
	if (sqlite3_step(st) == SQLITE_ROW)
		*seq = sqlite3_column_int(st, 0);
	else
		rc = gv_db_fail(db, "cannot read the meeting log", err);
	sqlite3_finalize(st);
	return rc;
}

int gv_live_log_load(struct gv_ws *ws, const struct gv_live_ctx *c, struct gv_live_log *log,
		     struct gv_err *err)
{
	int rc;
	if (log->loaded && log->meeting_id == c->meeting_id) {
		int last = -1;
		if ((rc = stored_last_seq(ws->db, c->meeting_id, &last, err)))
			return rc;
		if (last == log->state.last_seq)
			return 0;
	}
	gv_live_log_clear(log);
	if ((rc = gv_event_load(ws->db, c->meeting_id, &log->ev, &log->n, err)))
		return rc;
	log->meeting_id = c->meeting_id;
	log->loaded = true;
	gv_live_replay(c, log->ev, log->n, &log->state);
	return 0;
}

/* e was committed: add it to the log and its state. */
static void log_append(const struct gv_live_ctx *c, struct gv_live_log *log,
		       const struct gv_event *e)
{
	gv_event_copy(GV_PUSH(log->ev, log->n), e);
	if (e->voids) { /* an undo, or a recorded vote replacing a show of hands */
		/* a correction changes the past: replay, from memory */
		gv_live_state_clear(&log->state);
		gv_live_replay(c, log->ev, log->n, &log->state);
		return;
	}
	gv_live_apply(c, &log->state, e);
	log->state.last_seq = e->seq;
	log->state.last_event_id = e->id;
	log->state.n_events = log->n;
}

int gv_live_state_load(struct gv_ws *ws, const struct gv_live_ctx *c, struct gv_live_state *s,
		       struct gv_event **ev, size_t *n, struct gv_err *err)
{
	struct gv_live_log log = {0};
	int rc = gv_live_log_load(ws, c, &log, err);
	if (rc) {
		gv_live_log_clear(&log);
		return rc;
	}
	*s = log.state;
	memset(&log.state, 0, sizeof log.state);
	if (ev) {
		*ev = log.ev;
		*n = log.n;
		log.ev = NULL;
		log.n = 0;
	}
	gv_live_log_clear(&log);
	return 0;
}

/* The words an event stores, checked as every text field is. */
static int check_words(const struct gv_event *e, struct gv_err *err)
{
	bool reason = e->kind == EV_DECLARE;
	int rc = 0;
	if (e->text)
		rc = gv_check_line(e->text, reason ? "reason" : "motion text",
				   reason ? GV_REASON_MAX : GV_MOTION_TEXT_MAX, err);
	if (!rc && e->replace_text)
		rc = gv_check_line(e->replace_text, "replacement text", GV_MOTION_TEXT_MAX, err);
	if (!rc && e->target)
		rc = gv_check_line(e->target, "--to", GV_TITLE_MAX, err);
	return rc;
}

/* A deferral carried goes on the agenda it was deferred to (or waits for
 * a meeting); the vote or undo that leaves it not carried takes it off
 * again, and a recorded vote that replaces a carrying show of hands keeps
 * it as it is (docs/procedure.md, "Dispositions"). Inside the transaction
 * that records e. */
static int deferred_business(struct gv_ws *ws, const struct gv_live_ctx *c,
			     const struct gv_live_log *log, const struct gv_event *e,
			     struct gv_err *err)
{
	int motion = e->kind == EV_VOTE ? e->motion : 0;
	for (size_t i = 0; e->kind == EV_UNDO && i < log->n; i++)
		if (log->ev[i].id == e->voids && log->ev[i].kind == EV_VOTE)
			motion = log->ev[i].motion;
	const struct gv_motion *d = gv_live_motion(&log->state, motion);
	if (!d || !d->disposition || strcmp(d->disposition, "defer"))
		return 0;
	/* the log as it stands with e (shallow copies: replay only reads) */
	size_t n = log->n + 1;
	struct gv_event *ev = gv_calloc(n, sizeof *ev);
	memcpy(ev, log->ev, log->n * sizeof *ev);
	ev[log->n] = *e;
	struct gv_live_state s;
	gv_live_replay(c, ev, n, &s);
	int64_t *votes = NULL, until_meeting = 0;
	size_t n_votes = 0;
	for (size_t i = 0; i < n; i++) {
		if (ev[i].kind == EV_VOTE && ev[i].motion == motion)
			*GV_PUSH(votes, n_votes) = ev[i].id;
		if (ev[i].kind == EV_MOVE && ev[i].motion == motion)
			until_meeting = ev[i].target_meeting_id;
	}
	d = gv_live_motion(&s, motion);
	const struct gv_motion *k = gv_live_motion(&s, d->disposes);
	/* deferred with no date, it waits for a motion to take it up */
	bool placed = d->result == RESULT_CARRIED && k && (until_meeting || d->target);
	/* a motion moved in closed session stays closed under the clause of
	 * its session (docs/safety.md, "Closed items") */
	const char *session = NULL;
	for (size_t i = 0; k && k->confidential && i < s.n_closed; i++)
		if (s.closed[i].from <= k->moved_at)
			session = s.closed[i].clause;
	/* the motion as amended is what the council is to decide, unless an
	 * amendment carried in closed session (a log of before the December
	 * rules) made that wording confidential: the item's own then */
	const char *wording = k && (!k->amended_in_closed || k->confidential) ? k->text : NULL;
	struct gv_deferral_spec spec = {
		.event_id = placed ? d->vote_id : 0, .from_meeting_id = c->meeting_id,
		.item_id = k ? k->item_id : 0, .closed_clause = session,
		.until_meeting_id = until_meeting, .until_date = until_meeting ? NULL : d->target,
		.wording = wording};
	int rc = gv_deferral_sync(ws, &spec, votes, n_votes, err);
	free(votes);
	gv_live_state_clear(&s);
	free(ev);
	return rc;
}

int gv_live_record(struct gv_ws *ws, const struct gv_live_ctx *c, struct gv_live_log *log,
		   struct gv_event *e, struct gv_err *err)
{
	int rc = check_words(e, err);
	if (rc || (rc = gv_db_begin(ws->db, err)))
		return rc;
	if ((rc = gv_live_log_load(ws, c, log, err)))
		goto out;
	/* the close of an electronic vote names the ballots as they stand
	 * under the write lock: one cast since they were first read (by a
	 * server beside the clerk's command line) is counted, not lost after
	 * the member was told it was taken (docs/serve.md) */
	if (e->from_ballots) {
		free(e->marks);
		e->marks = NULL;
		e->n_marks = 0;
		if ((rc = gv_evote_close(ws, c, &log->state, e->motion, e, err)))
			goto out;
	}
	if ((rc = gv_rules_check(c, &log->state, log->ev, log->n, e, err)))
		goto out;
	/* resolutions number the decisions: carried motions that are not
	 * amendments, and of the closed session only directions, which the
	 * public minutes list by number (docs/procedure.md, "Resolution
	 * numbers") */
	const struct gv_motion *voted = gv_live_motion(&log->state, e->motion);
	/* an appeal decides whether a ruling stands: no resolution */
	bool appeal = voted && voted->disposition && !strcmp(voted->disposition, "appeal");
	if (e->kind == EV_VOTE && !strcmp(e->result, "carried") && voted && !voted->amends && !appeal &&
	    (!e->confidential || !strcmp(voted->kind, "direction"))) {
		e->resolution_year = c->year;
		/* a recorded vote that confirms a carried show of hands keeps
		 * its number */
		if (voted->resolution_seq)
			e->resolution_seq = voted->resolution_seq;
		else if ((rc = next_resolution(ws->db, c->year, &e->resolution_seq, err)))
			goto out;
	}
	e->meeting_id = c->meeting_id;
	e->seq = log->state.last_seq + 1;
	e->recorded_at = gv_now();
	if ((rc = gv_event_insert(ws->db, e, err)) || (rc = deferred_business(ws, c, log, e, err)) ||
	    (rc = gv_live_bylaw_motion(ws, c, e, err)) ||
	    (rc = gv_live_notice_items(ws, c, &log->state, e, err)) ||
	    (rc = gv_db_commit(ws->db, err)))
		goto out;
	log_append(c, log, e);
out:
	if (rc)
		gv_db_rollback(ws->db);
	return rc;
}
