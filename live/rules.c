#include "live/rules.h"

#include "agenda/member.h"
#include "base/buf.h"
#include "base/clock.h"
#include "base/err.h"
#include "live/tally.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Whether a rule of version v holds for the event checked: every rule for
 * a new event; for one gavel check replays, those of the version it was
 * recorded under and before (docs/procedure.md, "Logs recorded under
 * earlier rules"). */
static bool rule_of(const struct gv_live_ctx *c, enum gv_rules_version v)
{
	return c->rules == GV_RULES_TODAY || c->rules >= (int)v;
}

static int voting_member(const struct gv_live_ctx *c, int64_t id, struct gv_err *err)
{
	if (!gv_live_member(c, id))
		return gv_err_set(err, GV_EREFUSED, "member %lld is not a voting member of %s",
				  (long long)id, c->body_name);
	return 0;
}

static int must_be_present(const struct gv_live_ctx *c, const struct gv_live_state *s,
			   int64_t id, const char *doing, struct gv_err *err)
{
	if (voting_member(c, id, err))
		return GV_EREFUSED;
	const struct gv_attendance *a = gv_live_attendance(s, id);
	if (a->status != PRES_PRESENT)
		return gv_err_set(err, GV_EREFUSED, "%s is not present and cannot %s",
				  gv_live_who(c, id), doing);
	return 0;
}

/* Electronic participation only where the procedure by-law allows it
 * (docs/procedure.md, "Who may take part"). */
static int may_be_remote(const struct gv_live_ctx *c, const struct gv_mark_entry *k,
			 struct gv_err *err)
{
	if (k->mark != MARK_REMOTE || c->remote_allowed)
		return 0;
	return gv_err_set(err, GV_EREFUSED,
			  "%s cannot take part electronically: the procedure by-law does not "
			  "allow it (procedure.remote is no)", gv_live_who(c, k->member_id));
}

/* A roll call names voting members of the body (present, electronically,
 * absent or with regrets), and staff or the clerk only as present: they are
 * recorded, never counted for quorum, never voters. */
static int may_attend(const struct gv_live_ctx *c, const struct gv_mark_entry *k,
		      struct gv_err *err)
{
	if (may_be_remote(c, k, err))
		return GV_EREFUSED;
	if (gv_live_member(c, k->member_id))
		return 0;
	const struct gv_live_member *o = gv_live_person(c, k->member_id);
	if (!o || gv_role_votes(o->role))
		return voting_member(c, k->member_id, err);
	if (k->mark != MARK_PRESENT)
		return gv_err_set(err, GV_EREFUSED,
				  "%s is staff: the minutes record staff only as present",
				  o->name);
	return 0;
}

/* The member presiding cannot go while presiding: the minutes would name
 * a chair who was not there. Another member takes the chair first
 * (docs/procedure.md, "Calling the meeting to order"). */
static int not_presiding(const struct gv_live_ctx *c, const struct gv_live_state *s, int64_t id,
			 struct gv_err *err)
{
	if (!s->n_chairs || s->chairs[s->n_chairs - 1].member_id != id || !rule_of(c, GV_RULES_3))
		return 0;
	return gv_err_set(err, GV_EREFUSED, "%s is presiding: record who takes the chair first "
			  "(gavel live %s chair NAME)", gv_live_who(c, id), c->slug);
}

/* A roll call mark k of e that records what the log already says (present
 * again, or absent again) adds nothing but a second event: refused, as
 * `arrive` of someone present is (docs/live.md, "Rules"). */
static int changes_attendance(const struct gv_live_ctx *c, const struct gv_live_state *s,
			      const struct gv_event *e, size_t k, struct gv_err *err)
{
	const struct gv_mark_entry *m = &e->marks[k];
	bool present = m->mark == MARK_PRESENT || m->mark == MARK_REMOTE, same = false;
	for (size_t i = 0; i < k; i++)
		if (e->marks[i].member_id == m->member_id && rule_of(c, GV_RULES_3))
			return gv_err_set(err, GV_EREFUSED, "%s is named twice in the roll call",
					  gv_live_who(c, m->member_id));
	const struct gv_attendance *a = gv_live_attendance(s, m->member_id);
	if (a && present)
		same |= a->status == PRES_PRESENT && a->remote == (m->mark == MARK_REMOTE);
	else if (a)
		same |= a->roll == a->status &&
			a->status == (m->mark == MARK_ABSENT ? PRES_ABSENT : PRES_REGRETS);
	for (size_t i = 0; !a && i < s->n_staff; i++)
		same |= s->staff[i] == m->member_id;
	if (!same || !rule_of(c, GV_RULES_3))
		return 0;
	return gv_err_set(err, GV_EREFUSED, "%s is already recorded %s: the roll call would "
			  "change nothing", gv_live_who(c, m->member_id),
			  !present		   ? (m->mark == MARK_ABSENT ? "absent" : "as sending regrets")
			  : m->mark == MARK_REMOTE ? "present electronically"
						   : "present");
}

/* Present, and no declared interest in what motion m decides. */
static int must_be_qualified(const struct gv_live_ctx *c, const struct gv_live_state *s,
			     int64_t id, const struct gv_motion *m, const char *doing,
			     struct gv_err *err)
{
	if (must_be_present(c, s, id, doing, err))
		return GV_EREFUSED;
	const struct gv_declaration *d = gv_live_declared(c, s, id, m);
	if (d)
		return gv_err_set(err, GV_EREFUSED, "%s declared an interest on item %s",
				  gv_live_who(c, id), gv_live_item_label(c, d->item_id));
	return 0;
}

void gv_rules_quorum(const struct gv_live_ctx *c, const struct gv_live_state *s,
		     const struct gv_motion *m, struct gv_quorum *q)
{
	struct gv_motion current = {.item_id = s->current_item,
				    .consent = gv_live_consent_section(c, s->current_item)};
	if (!m)
		m = &current;
	memset(q, 0, sizeof *q);
	q->needed = c->quorum;
	for (size_t i = 0; i < s->n_attendance; i++) {
		if (s->attendance[i].status != PRES_PRESENT ||
		    (s->attendance[i].remote && !c->remote_quorum))
			continue;
		q->present++;
		q->qualified += !gv_live_declared(c, s, s->attendance[i].member_id, m);
	}
	/* MCIA s.7: declared members do not count against quorum while at
	 * least two qualified members remain */
	q->met = q->present >= q->needed && (q->qualified >= q->needed || q->qualified >= 2);
}

static int check_quorum(const struct gv_live_ctx *c, const struct gv_live_state *s,
			const struct gv_motion *m, struct gv_err *err)
{
	struct gv_quorum q;
	gv_rules_quorum(c, s, m, &q);
	if (q.met)
		return 0;
	if (q.present < q.needed)
		return gv_err_set(err, GV_EREFUSED, "no quorum: %d of %d present, %d needed: "
				  "nothing can be moved or voted until members return",
				  q.present, c->seats, q.needed);
	return gv_err_set(err, GV_EREFUSED,
			  "no quorum: %d present but only %d without a declared interest on "
			  "item %s, and MCIA s.7 needs at least 2",
			  q.present, q.qualified, gv_live_item_label(c, m->item_id));
}

static struct gv_motion *pending_motion(const struct gv_live_ctx *c,
					const struct gv_live_state *s, int k,
					struct gv_err *err)
{
	struct gv_motion *m = gv_live_motion(s, k);
	if (!m) {
		gv_err_set(err, GV_EREFUSED, "there is no motion %d in %s", k, c->slug);
		return NULL;
	}
	if (m->result != RESULT_PENDING) {
		gv_err_set(err, GV_EREFUSED, "motion %d was already %s", k,
			   gv_result_name(m->result));
		return NULL;
	}
	return m;
}

/* The pending disposition of motion k, NULL if none. */
static const struct gv_motion *disposition_of(const struct gv_live_state *s, int k)
{
	for (size_t i = 0; i < s->n_motions; i++)
		if (s->motions[i].disposition && s->motions[i].disposes == k &&
		    s->motions[i].result == RESULT_PENDING)
			return &s->motions[i];
	return NULL;
}

/* A motion to refer, defer or table motion K: K is a main motion still
 * pending, with no other disposition pending; a deferral goes to a later
 * meeting of the same body, or to a later date (docs/procedure.md,
 * "Dispositions"). The disposition belongs to K's item. */
static int check_disposition(const struct gv_live_ctx *c, const struct gv_live_state *s,
			     struct gv_event *e, struct gv_motion *proposed, struct gv_err *err)
{
	const char *word = gv_result_name(gv_disposition_result(e->disposition));
	const struct gv_motion *k = gv_live_motion(s, e->disposes);
	if (!k)
		return gv_err_set(err, GV_EREFUSED, "there is no motion %d in %s: only a pending "
				  "motion can be %s", e->disposes, c->slug, word);
	if (k->result != RESULT_PENDING)
		return gv_err_set(err, GV_EREFUSED, "motion %d is not pending (it was %s): only a "
				  "pending motion can be %s", e->disposes, gv_result_name(k->result),
				  word);
	if (k->amends)
		return gv_err_set(err, GV_EREFUSED, "motion %d is an amendment: the motion it "
				  "amends (motion %d) is %s with its amendments", e->disposes,
				  k->amends, word);
	if (k->disposition)
		return gv_err_set(err, GV_EREFUSED, "motion %d is itself a motion to %s: decide "
				  "it or withdraw it", e->disposes, k->disposition);
	const struct gv_motion *d = disposition_of(s, e->disposes);
	if (d)
		return gv_err_set(err, GV_EREFUSED, "motion %d (to %s motion %d) is already before "
				  "the meeting: decide it first", d->number, d->disposition,
				  e->disposes);
	if (s->phase == PHASE_CLOSED && !k->confidential)
		return gv_err_set(err, GV_EREFUSED, "motion %d was moved in open session: it cannot "
				  "be %s in closed session (rise first)", e->disposes, word);
	/* what a closed session deferred goes on as closed business: its
	 * wording is no public matter (docs/procedure.md, "Dispositions") */
	if (s->phase != PHASE_CLOSED && k->confidential && rule_of(c, GV_RULES_2))
		return gv_err_set(err, GV_EREFUSED, "motion %d was moved in closed session: it can be "
				  "%s only in closed session (Municipal Act s.239)", e->disposes, word);
	if (e->target_meeting_id) {
		if (e->target_body_id != c->body_id)
			return gv_err_set(err, GV_EREFUSED, "meeting %s is not a meeting of %s: "
					  "business is deferred to a later meeting of the same body",
					  e->target, c->body_name);
		if (e->target_meeting_id == c->meeting_id || e->target_at <= c->starts_at)
			return gv_err_set(err, GV_EREFUSED, "meeting %s is not after %s: business "
					  "is deferred to a later meeting", e->target, c->slug);
		if (e->target_cancelled)
			return gv_err_set(err, GV_EREFUSED, "meeting %s was cancelled: business is "
					  "deferred to a meeting that will be held", e->target);
		if (e->target_held)
			return gv_err_set(err, GV_EREFUSED, "meeting %s was already held: business is "
					  "deferred to a meeting that will be held", e->target);
	} else if (!strcmp(e->disposition, "defer") && e->target) {
		char today[16];
		gv_time_format(c->starts_at, "%Y-%m-%d", today, sizeof today);
		if (strcmp(e->target, today) <= 0)
			return gv_err_set(err, GV_EREFUSED, "%s is not after the meeting (%s): "
					  "business is deferred to a later date", e->target, today);
	}
	proposed->item_id = k->item_id;
	return 0;
}

/* A motion to reconsider resolution RES (e->target): RES stands, was not
 * already reconsidered, and the mover was not on the losing side of a
 * recorded vote on it; its threshold is procedure.reconsider's
 * (docs/procedure.md, "Reconsideration"). */
static int check_reconsider(const struct gv_live_ctx *c, const struct gv_live_state *s,
			    struct gv_event *e, struct gv_err *err)
{
	switch ((enum gv_reconsider)e->reconsider) {
	case GV_RECONSIDER_NONE:
		return gv_err_set(err, GV_EREFUSED, "there is no resolution %s to reconsider "
				  "(resolution numbers read YEAR-N, as 2026-12)",
				  e->target ? e->target : "?");
	case GV_RECONSIDER_DONE:
		return gv_err_set(err, GV_EREFUSED, "resolution %s was already reconsidered",
				  e->target);
	case GV_RECONSIDER_OTHER_BODY:
		if (!rule_of(c, GV_RULES_2))
			break;
		return gv_err_set(err, GV_EREFUSED, "resolution %s is not a decision of %s: a body "
				  "reconsiders only its own", e->target, c->body_name);
	case GV_RECONSIDER_LATER:
		if (!rule_of(c, GV_RULES_2))
			break;
		return gv_err_set(err, GV_EREFUSED, "resolution %s was made after %s: a meeting "
				  "reconsiders only its own decisions and earlier ones", e->target,
				  c->slug);
	case GV_RECONSIDER_STANDS:
		break;
	}
	/* a public decision is reopened in public, as its amendments are */
	if (s->phase == PHASE_CLOSED && !e->reconsider_closed && rule_of(c, GV_RULES_2))
		return gv_err_set(err, GV_EREFUSED, "resolution %s was made in open session: it "
				  "cannot be reconsidered in closed session (rise first)", e->target);
	for (size_t i = 0; i < s->n_motions; i++)
		if (s->motions[i].disposition && !strcmp(s->motions[i].disposition, "reconsider") &&
		    s->motions[i].result == RESULT_PENDING && !strcmp(s->motions[i].target, e->target))
			return gv_err_set(err, GV_EREFUSED, "motion %d to reconsider resolution %s is "
					  "already before the meeting", s->motions[i].number,
					  e->target);
	if (e->losing_side)
		return gv_err_set(err, GV_EREFUSED, "%s voted against resolution %s on a recorded "
				  "vote: only a member of the prevailing side may move to reconsider "
				  "it", gv_live_who(c, e->member_id), e->target);
	free(e->threshold);
	e->threshold = gv_strdup(c->reconsider_threshold);
	return 0;
}

/* An appeal from the chair's latest ruling, once (docs/procedure.md,
 * "Points of order"). */
int gv_rules_appeal_check(const struct gv_live_ctx *c, const struct gv_live_state *s,
			  struct gv_err *err)
{
	if (!s->n_rulings)
		return gv_err_set(err, GV_EREFUSED, "there is no ruling of the chair to appeal: "
				  "record it first (gavel live %s ruling TEXT)", c->slug);
	const struct gv_ruling *r = &s->rulings[s->n_rulings - 1];
	if (r->appeal)
		return gv_err_set(err, GV_EREFUSED, "the latest ruling of the chair was already "
				  "appealed (motion %d)", r->appeal);
	return 0;
}

/* In open session, m moved in closed session, or an amendment of such a
 * motion: its wording is confidential, so a vote on it (or an amendment
 * moved to it) in open session could not be published; it is decided in
 * closed session (procedural motions and directions) or withdrawn
 * (docs/procedure.md, "Closed session"). */
static int closed_wording(const struct gv_live_ctx *c, const struct gv_live_state *s,
			  const struct gv_motion *m, struct gv_err *err)
{
	if (s->phase == PHASE_CLOSED || !rule_of(c, GV_RULES_3))
		return 0;
	for (; m; m = m->amends ? gv_live_motion(s, m->amends) : NULL)
		if (m->confidential)
			return gv_err_set(err, GV_EREFUSED, "motion %d was moved in closed session "
					  "and its wording is confidential: withdraw it and move it "
					  "again in open session", m->number);
	return 0;
}

static int check_move(const struct gv_live_ctx *c, const struct gv_live_state *s,
		      struct gv_event *e, struct gv_err *err)
{
	struct gv_motion proposed = {.item_id = s->current_item};
	const char *kind = "substantive";
	bool appeal = e->disposition && !strcmp(e->disposition, "appeal");
	if (appeal) {
		if (gv_rules_appeal_check(c, s, err))
			return GV_EREFUSED;
		kind = "procedural";
	} else if (e->disposition && !strcmp(e->disposition, "reconsider")) {
		if (e->amends || e->clause)
			return gv_err_set(err, GV_EUSAGE, "a motion to reconsider is a motion of its "
					  "own: not with --amends or --to-close");
		if (check_reconsider(c, s, e, err))
			return GV_EREFUSED;
		kind = "procedural";
	} else if (e->disposition) {
		if (e->amends || e->clause)
			return gv_err_set(err, GV_EUSAGE, "a motion to %s is a motion of its own: "
					  "not with --amends or --to-close", e->disposition);
		if (check_disposition(c, s, e, &proposed, err))
			return GV_EREFUSED;
		kind = "procedural";
	} else if (e->amends) {
		const struct gv_motion *a = pending_motion(c, s, e->amends, err);
		if (!a)
			return GV_EREFUSED;
		if (a->depth >= 2)
			return gv_err_set(err, GV_EREFUSED,
					  "motion %d is an amendment to an amendment: a third "
					  "level of amendment is not allowed", e->amends);
		/* its wording is public: what a closed session changes in it could
		 * not be (docs/live.md, "Closed session") */
		if (s->phase == PHASE_CLOSED && !a->confidential && rule_of(c, GV_RULES_2))
			return gv_err_set(err, GV_EREFUSED,
					  "motion %d was moved in open session: it cannot be "
					  "amended in closed session (rise first)", e->amends);
		if (closed_wording(c, s, a, err))
			return GV_EREFUSED;
		proposed.item_id = a->item_id;
		kind = a->kind;
	} else if (e->replace_text) {
		return gv_err_set(err, GV_EUSAGE, "--replace-text needs --amends K");
	} else {
		proposed.consent = gv_live_consent_section(c, proposed.item_id);
		/* procedural motions (to defer, to close, to adjourn) may be
		 * moved while a main motion is before the meeting */
		bool procedural = e->clause || !rule_of(c, GV_RULES_2) ||
				  (e->motion_kind && !strcmp(e->motion_kind, "procedural"));
		for (size_t i = 0; i < s->n_motions && !procedural; i++) {
			const struct gv_motion *m = &s->motions[i];
			if (!m->amends && m->result == RESULT_PENDING &&
			    strcmp(m->kind, "procedural") && m->item_id == proposed.item_id)
				return gv_err_set(err, GV_EREFUSED,
						  "motion %d is still before the meeting%s%s: decide "
						  "or withdraw it before another main motion",
						  m->number, m->item_id ? " on item " : "",
						  m->item_id ? gv_live_item_label(c, m->item_id) : "");
		}
	}
	if (e->clause && (e->amends || s->phase == PHASE_CLOSED))
		return gv_err_set(err, GV_EREFUSED,
				  e->amends ? "a resolution to close is a motion of its own, not an "
					      "amendment"
					    : "the meeting is already in closed session");
	if (e->clause && !e->motion_kind)
		kind = "procedural";
	/* an appeal's own threshold, set below, is valid when its logged
	 * event is checked again (gavel check) */
	if (e->threshold && !gv_threshold_valid(e->threshold) &&
	    !(appeal && !strcmp(e->threshold, "sustain")))
		return gv_err_set(err, GV_EREFUSED,
				  "unknown threshold '%s' (majority, two-thirds, members-majority, "
				  "members-two-thirds, present-two-thirds)", e->threshold);
	/* a meeting that lost quorum decides nothing, and takes no new
	 * business, until it is back (docs/procedure.md, "Quorum"); MCIA
	 * s.7 concerns votes only */
	struct gv_quorum q;
	gv_rules_quorum(c, s, &proposed, &q);
	if ((q.present < q.needed && rule_of(c, GV_RULES_2) && check_quorum(c, s, &proposed, err)) ||
	    must_be_qualified(c, s, e->member_id, &proposed, "move a motion", err))
		return GV_EREFUSED;
	if (e->seconder_id) {
		if (e->seconder_id == e->member_id)
			return gv_err_set(err, GV_EREFUSED, "the mover cannot also second the motion");
		if (must_be_qualified(c, s, e->seconder_id, &proposed, "second a motion", err))
			return GV_EREFUSED;
	}
	if (appeal) {
		free(e->threshold);
		e->threshold = gv_strdup("sustain");
	}
	e->motion = (int)s->n_motions + 1;
	e->item_id = proposed.item_id;
	if (!e->threshold)
		e->threshold = gv_strdup("majority");
	if (!e->motion_kind)
		e->motion_kind = gv_strdup(kind);
	return 0;
}

static int check_second(const struct gv_live_ctx *c, const struct gv_live_state *s,
			struct gv_event *e, struct gv_err *err)
{
	const struct gv_motion *m = pending_motion(c, s, e->motion, err);
	if (!m)
		return GV_EREFUSED;
	if (m->seconder_id)
		return gv_err_set(err, GV_EREFUSED, "motion %d was already seconded by %s",
				  e->motion, gv_live_who(c, m->seconder_id));
	if (m->mover_id == e->member_id)
		return gv_err_set(err, GV_EREFUSED, "%s moved motion %d and cannot second it",
				  gv_live_who(c, e->member_id), e->motion);
	return must_be_qualified(c, s, e->member_id, m, "second a motion", err);
}

/* The members present who may vote on m, electronically too: the base of
 * present-two-thirds (docs/procedure.md, "Thresholds"). */
static int voters(const struct gv_live_ctx *c, const struct gv_live_state *s,
		  const struct gv_motion *m)
{
	int n = 0;
	for (size_t i = 0; i < s->n_attendance; i++)
		n += s->attendance[i].status == PRES_PRESENT &&
		     !gv_live_declared(c, s, s->attendance[i].member_id, m);
	return n;
}

static int check_hands(const struct gv_live_ctx *c, const struct gv_live_state *s,
		       const struct gv_motion *m, const struct gv_event *e, struct gv_err *err)
{
	if (e->yes < 0)
		return 0;
	/* who may vote, electronically too, whether or not they count
	 * for quorum (docs/procedure.md, "Show-of-hands votes") */
	int n = voters(c, s, m);
	if (e->yes + e->no > n) {
		/* members present who declared an interest: named, since the
		 * clerk counts them in the room (docs/procedure.md) */
		struct gv_buf who = GV_BUF_INIT;
		int present = 0, declared = 0;
		for (size_t i = 0; i < s->n_attendance; i++) {
			if (s->attendance[i].status != PRES_PRESENT)
				continue;
			present++;
			if (gv_live_declared(c, s, s->attendance[i].member_id, m))
				gv_buf_printf(&who, "%s%s", declared++ ? ", " : "",
					      gv_live_who(c, s->attendance[i].member_id));
		}
		if (declared)
			gv_err_set(err, GV_EREFUSED,
				   "%d for and %d against, but only %d of the %d members present can "
				   "vote (%s declared an interest)", e->yes, e->no, n, present,
				   gv_buf_str(&who));
		else
			gv_err_set(err, GV_EREFUSED,
				   "%d for and %d against, but only %d members present can vote",
				   e->yes, e->no, n);
		gv_buf_free(&who);
		return GV_EREFUSED;
	}
	bool carried = !strcmp(e->result, "carried");
	if (gv_threshold_met(m->threshold, e->yes, e->no, c->seats, n) != carried)
		return gv_err_set(err, GV_EREFUSED, "--%s but %d for, %d against (%s needs %s)",
				  e->result, e->yes, e->no, m->threshold,
				  gv_threshold_rule(m->threshold));
	return 0;
}

static int check_recorded(const struct gv_live_ctx *c, const struct gv_live_state *s,
			  const struct gv_motion *m, struct gv_event *e, struct gv_err *err)
{
	for (size_t i = 0; i < e->n_marks; i++) {
		for (size_t j = 0; j < i; j++)
			if (e->marks[j].member_id == e->marks[i].member_id)
				return gv_err_set(err, GV_EREFUSED, "%s is named twice in the vote",
						  gv_live_who(c, e->marks[i].member_id));
		if (must_be_qualified(c, s, e->marks[i].member_id, m, "vote", err))
			return GV_EREFUSED;
	}
	struct gv_tally t;
	gv_tally_recorded(c, s, m, e->marks, e->n_marks, &t);
	free(t.votes);
	const char *result =
		gv_threshold_met(m->threshold, t.yes, t.no, c->seats, voters(c, s, m)) ? "carried"
										      : "lost";
	if (e->result && strcmp(e->result, result))
		return gv_err_set(err, GV_EREFUSED, "--%s but the recorded vote is %d yes, %d no",
				  e->result, t.yes, t.no);
	free(e->result);
	e->result = gv_strdup(result);
	return 0;
}

/* A recorded vote asked for right after a show of hands on the same
 * motion, with no other event between, replaces it: e voids that vote
 * (docs/procedure.md, "Recorded votes"). The motion, else NULL. */
static const struct gv_motion *replaces_hands(const struct gv_live_state *s,
					      const struct gv_event *ev, size_t n,
					      struct gv_event *e)
{
	const struct gv_motion *m = gv_live_motion(s, e->motion);
	const struct gv_event *last = gv_rules_undo_target(ev, n);
	if (!e->recorded || !m || m->result == RESULT_PENDING || !last ||
	    last->kind != EV_VOTE || last->motion != e->motion || last->recorded)
		return NULL;
	e->voids = last->id;
	return m;
}

static int check_vote(const struct gv_live_ctx *c, const struct gv_live_state *s,
		      const struct gv_event *ev, size_t n, struct gv_event *e, struct gv_err *err)
{
	const struct gv_motion *m = replaces_hands(s, ev, n, e);
	if (m)
		return check_quorum(c, s, m, err) ? GV_EREFUSED : check_recorded(c, s, m, e, err);
	if (!(m = pending_motion(c, s, e->motion, err))) {
		const struct gv_motion *decided = gv_live_motion(s, e->motion);
		if (decided && e->recorded && decided->result != RESULT_WITHDRAWN)
			gv_err_set(err, GV_EREFUSED, "motion %d was already %s: a recorded vote may "
				   "replace a show of hands only right after it", e->motion,
				   gv_result_name(decided->result));
		return GV_EREFUSED;
	}
	if (closed_wording(c, s, m, err))
		return GV_EREFUSED;
	/* a disposition of the motion, or of the motion it amends (the main
	 * motion is disposed of with its amendments: docs/procedure.md,
	 * "Dispositions") */
	for (const struct gv_motion *a = m; a;
	     a = a->amends && rule_of(c, GV_RULES_3) ? gv_live_motion(s, a->amends) : NULL) {
		const struct gv_motion *d = disposition_of(s, a->number);
		if (d)
			return gv_err_set(err, GV_EREFUSED, "motion %d (to %s motion %d) is pending: "
					  "vote on it or withdraw it first", d->number,
					  d->disposition, a->number);
	}
	const struct gv_motion *k = m->disposes ? gv_live_motion(s, m->disposes) : NULL;
	if (k && k->result != RESULT_PENDING && rule_of(c, GV_RULES_2))
		return gv_err_set(err, GV_EREFUSED, "motion %d is not pending (it was %s): motion %d "
				  "to %s it has nothing left to dispose of", k->number,
				  gv_result_name(k->result), e->motion, m->disposition);
	for (size_t i = 0; i < s->n_motions; i++)
		if (s->motions[i].amends == e->motion && s->motions[i].result == RESULT_PENDING)
			return gv_err_set(err, GV_EREFUSED,
					  "amendment to motion %d is still pending (motion %d): "
					  "vote on it or withdraw it first",
					  e->motion, s->motions[i].number);
	if (c->seconder_required && !m->seconder_id)
		return gv_err_set(err, GV_EREFUSED, "motion %d has no seconder", e->motion);
	if (s->phase == PHASE_CLOSED && !strcmp(m->kind, "substantive"))
		return gv_err_set(err, GV_EREFUSED,
				  "motion %d cannot be voted in closed session: only procedural "
				  "motions and directions to staff can (Municipal Act s.239(6))",
				  e->motion);
	if (check_quorum(c, s, m, err))
		return GV_EREFUSED;
	if (e->recorded)
		return check_recorded(c, s, m, e, err);
	if (!e->result)
		return gv_err_set(err, GV_EUSAGE, "vote needs --carried, --lost or --recorded");
	return check_hands(c, s, m, e, err);
}

/* A motion whose disposition is pending waits for it, to be withdrawn as
 * to be voted (docs/procedure.md, "Dispositions"). */
static int check_withdraw(const struct gv_live_ctx *c, const struct gv_live_state *s,
			  const struct gv_event *e, struct gv_err *err)
{
	if (!pending_motion(c, s, e->motion, err))
		return GV_EREFUSED;
	const struct gv_motion *d = disposition_of(s, e->motion);
	if (d && rule_of(c, GV_RULES_2))
		return gv_err_set(err, GV_EREFUSED, "motion %d (to %s motion %d) is pending: decide "
				  "it or withdraw it first", d->number, d->disposition, e->motion);
	return 0;
}

static int check_hold(const struct gv_live_ctx *c, const struct gv_live_state *s,
		      const struct gv_event *e, struct gv_err *err)
{
	const struct gv_live_item *it = gv_live_item(c, e->item_id);
	if (!it->consent)
		return gv_err_set(err, GV_EREFUSED, "item %s is not on the consent agenda",
				  it->number);
	if (gv_live_held(s, it->id))
		return gv_err_set(err, GV_EREFUSED, "item %s is already held", it->number);
	for (size_t i = 0; i < s->n_adopted; i++)
		if (s->adopted[i] == it->id)
			return gv_err_set(err, GV_EREFUSED,
					  "item %s was already adopted with the consent agenda",
					  it->number);
	return 0;
}

const char *gv_rules_part_in(const struct gv_motion *m, int64_t member_id)
{
	if (m->mover_id == member_id)
		return "moved";
	if (m->seconder_id == member_id)
		return "seconded";
	for (size_t i = 0; i < m->n_votes; i++)
		if (m->votes[i].member_id == member_id)
			switch (m->votes[i].vote) {
			case VOTE_YES:
			case VOTE_NO:
				return "voted on";
			case VOTE_ABSTAIN:
				return "abstained on";
			case VOTE_DEEMED_NO:
				return "was deemed to vote no on";
			default:
				return NULL;
			}
	return NULL;
}

/* MCIA s.5(1): the member discloses before the item is considered, so not
 * after moving, seconding or voting on a motion that decides it
 * (docs/procedure.md, "Declared interests"). Taking the item up is not
 * taking part: the member discloses at its start. */
static int check_declare(const struct gv_live_ctx *c, const struct gv_live_state *s,
			 const struct gv_event *e, struct gv_err *err)
{
	if (voting_member(c, e->member_id, err))
		return GV_EREFUSED;
	if (gv_live_declared_on(s, e->member_id, e->item_id))
		return gv_err_set(err, GV_EREFUSED, "%s already declared an interest on item %s",
				  gv_live_who(c, e->member_id), gv_live_item_label(c, e->item_id));
	for (size_t i = 0; i < s->n_motions && rule_of(c, GV_RULES_3); i++) {
		const struct gv_motion *m = &s->motions[i];
		const char *did = gv_live_motion_decides(c, s, m, e->item_id)
					  ? gv_rules_part_in(m, e->member_id)
					  : NULL;
		if (did)
			return gv_err_set(err, GV_EREFUSED,
					  "%s already took part in item %s (%s motion %d): an "
					  "interest is declared before the item is considered "
					  "(MCIA s.5(1))",
					  gv_live_who(c, e->member_id),
					  gv_live_item_label(c, e->item_id), did, m->number);
	}
	return 0;
}

const struct gv_event *gv_rules_undo_target(const struct gv_event *ev, size_t n)
{
	for (size_t i = n; i-- > 0;) {
		if (ev[i].kind == EV_UNDO)
			continue;
		bool gone = false;
		for (size_t j = i + 1; j < n && !gone; j++)
			gone = ev[j].kind == EV_UNDO && ev[j].voids == ev[i].id;
		if (!gone)
			return &ev[i];
	}
	return NULL;
}

/* The latest time of the log that the next event may not precede: of the
 * events that stand (not corrections, not voided), the stream's start
 * aside, which may name an earlier time (docs/procedure.md, "Time order"). */
static const struct gv_event *latest_event(const struct gv_event *ev, size_t n)
{
	const struct gv_event *latest = NULL;
	for (size_t i = 0; i < n; i++) {
		if (ev[i].kind == EV_UNDO || ev[i].kind == EV_STREAM)
			continue;
		bool gone = false;
		for (size_t j = i + 1; j < n && !gone; j++)
			gone = ev[j].kind == EV_UNDO && ev[j].voids == ev[i].id;
		if (!gone && (!latest || ev[i].at >= latest->at))
			latest = &ev[i];
	}
	return latest;
}

/* "7:02 p.m.", or "Sunday, December 6, 7:02 p.m." on another day than the
 * meeting's. */
static void when_said(const struct gv_live_ctx *c, int64_t t, char out[96])
{
	char clock[32];
	gv_time_clock12(t, clock);
	if (gv_time_same_day(t, c->starts_at)) {
		snprintf(out, 96, "%s", clock);
		return;
	}
	char date[40];
	gv_time_format(t, "%A, %B %-d, %Y", date, sizeof date);
	snprintf(out, 96, "%s, %s", date, clock);
}

static int check_time_order(const struct gv_live_ctx *c, const struct gv_event *ev, size_t n,
			    const struct gv_event *e, struct gv_err *err)
{
	const struct gv_event *last = latest_event(ev, n);
	if (!last || e->kind == EV_STREAM || e->kind == EV_UNDO || e->at >= last->at)
		return 0;
	char at[96], last_at[96], twin[160] = "";
	when_said(c, e->at, at);
	when_said(c, last->at, last_at);
	/* the first of a repeated hour, when the second would be in order */
	int64_t later = gv_time_later_twin(e->at);
	if (later != e->at && later >= last->at) {
		char hm[24];
		gv_time_format(later, "%Y-%m-%d %H:%M", hm, sizeof hm);
		snprintf(twin, sizeof twin,
			 " (the clocks went back an hour that night: for the later one, write "
			 "'%s %s')", hm, gv_time_repeated_zone(later));
	}
	return gv_err_set(err, GV_EREFUSED,
			  "%s is before the latest event of %s (%s at %s): the log is in time "
			  "order%s", at, c->slug, gv_event_kind_name(last->kind), last_at, twin);
}

/* The call to order: on the meeting's scheduled day, with quorum, someone
 * presiding (docs/procedure.md, "Calling the meeting to order"). */
static int check_start(const struct gv_live_ctx *c, const struct gv_live_state *s,
		       struct gv_event *e, struct gv_err *err)
{
	if (!rule_of(c, GV_RULES_2))
		return 0;
	if (!gv_time_same_day(e->at, c->starts_at)) {
		char scheduled[40], at[96];
		gv_time_format(c->starts_at, "%A, %B %-d, %Y", scheduled, sizeof scheduled);
		when_said(c, e->at, at);
		return gv_err_set(err, GV_EREFUSED,
				  "meeting %s is scheduled for %s: it cannot be called to order "
				  "on %s (move it first: gavel meeting edit %s --at ...)",
				  c->slug, scheduled, at, c->slug);
	}
	struct gv_quorum q;
	gv_rules_quorum(c, s, NULL, &q);
	if (!q.met)
		return gv_err_set(err, GV_EREFUSED,
				  "no quorum: %d of %d present, %d needed; record who is present "
				  "first (gavel live %s attend NAMES --present), or record that the "
				  "meeting was not held (gavel live %s adjourn --no-quorum)",
				  q.present, c->seats, q.needed, c->slug, c->slug);
	if (e->member_id)
		return must_be_present(c, s, e->member_id, "preside", err);
	static const char *const heads[] = {"mayor", "deputy-mayor"};
	for (size_t h = 0; h < 2 && !e->member_id; h++)
		for (size_t i = 0; i < c->n_members && !e->member_id; i++)
			if (!strcmp(c->members[i].role, heads[h]) &&
			    gv_live_attendance(s, c->members[i].id)->status == PRES_PRESENT)
				e->member_id = c->members[i].id;
	if (!e->member_id)
		return gv_err_set(err, GV_EREFUSED,
				  "neither the mayor nor the deputy mayor is present: name who "
				  "presides with --chair NAME");
	return 0;
}

/* The latest motion carried or lost. */
static const struct gv_motion *last_decided(const struct gv_live_state *s)
{
	const struct gv_motion *last = NULL;
	for (size_t i = 0; i < s->n_motions; i++) {
		const struct gv_motion *m = &s->motions[i];
		if ((m->result == RESULT_CARRIED || m->result == RESULT_LOST) &&
		    (!last || m->decided_at >= last->decided_at))
			last = m;
	}
	return last;
}

/* Whether a closed session already began on the strength of m: one
 * resolution closes the meeting once. */
static bool resolution_used(const struct gv_live_state *s, const struct gv_motion *m)
{
	for (size_t i = 0; i < s->n_closed; i++)
		if (s->closed[i].from >= m->decided_at)
			return true;
	return false;
}

/* Closing a meeting needs a resolution to close, carried in open session
 * just before, that states the clause (Municipal Act s.239(4)), and one for
 * each closed session. */
static int check_closed(const struct gv_live_ctx *c, const struct gv_live_state *s,
			const struct gv_event *e, struct gv_err *err)
{
	if (!e->clause)
		return gv_err_set(err, GV_EUSAGE, "closed session needs --clause");
	const struct gv_motion *m = last_decided(s);
	if (!rule_of(c, GV_RULES_2))
		return 0;
	if (m && m->result == RESULT_CARRIED && m->to_close && !strcmp(m->to_close, e->clause) &&
	    !resolution_used(s, m))
		return 0;
	return gv_err_set(err, GV_EREFUSED,
			  "going into closed session needs a resolution to close under s.%s "
			  "carried just before (Municipal Act s.239(4)): gavel live %s move "
			  "\"That Council proceed into closed session under s.%s to consider ...\" "
			  "--to-close %s --mover NAME --seconder NAME, then carry it",
			  e->clause, c->slug, e->clause, e->clause);
}

/* An adjournment leaves no motion undecided unless forced; a meeting that
 * never had quorum is adjourned before its call to order. */
static int check_adjourn(const struct gv_live_ctx *c, const struct gv_live_state *s,
			 const struct gv_event *e, struct gv_err *err)
{
	if (e->result && !strcmp(e->result, "no-quorum")) {
		struct gv_quorum q;
		gv_rules_quorum(c, s, NULL, &q);
		if (q.met)
			return gv_err_set(err, GV_EREFUSED,
					  "there is quorum (%d of %d present): call the meeting to "
					  "order instead", q.present, c->seats);
		return 0;
	}
	if (e->force || !rule_of(c, GV_RULES_2))
		return 0;
	/* every motion left undecided, named: "motions 1 and 2 are" */
	char list[256] = "";
	size_t len = 0, n = 0;
	for (size_t i = 0; i < s->n_motions; i++)
		if (s->motions[i].result == RESULT_PENDING && len < sizeof list - 16)
			len += (size_t)snprintf(list + len, sizeof list - len, "%s%d",
						n++ ? ", " : "", s->motions[i].number);
	if (!n)
		return 0;
	char *last = strrchr(list, ',');
	if (last)
		return gv_err_set(err, GV_EREFUSED,
				  "motions %.*s and %s are still pending: vote on them or withdraw "
				  "them first" GV_FORCE_HINT, (int)(last - list), list, last + 2);
	return gv_err_set(err, GV_EREFUSED,
			  "motion %s is still pending: vote on it or withdraw it first" GV_FORCE_HINT,
			  list);
}

/* Where each kind may happen. */
static int check_phase(const struct gv_live_ctx *c, const struct gv_live_state *s,
		       const struct gv_event *e, struct gv_err *err)
{
	char when[32];
	enum gv_event_kind k = e->kind;
	switch (s->phase) {
	case PHASE_ADJOURNED:
		gv_time_clock12(s->adjourned_at, when);
		return gv_err_set(err, GV_EREFUSED,
				  "the meeting was adjourned at %s: its log is closed", when);
	case PHASE_NOT_STARTED:
		if (k == EV_START && c->cancelled)
			return gv_err_set(err, GV_EREFUSED, "meeting %s was cancelled", c->slug);
		if (k == EV_START || k == EV_ATTEND || k == EV_STREAM || k == EV_UNDO)
			return 0;
		if (k == EV_ADJOURN && e->result && !strcmp(e->result, "no-quorum"))
			return 0;
		return gv_err_set(err, GV_EREFUSED,
				  "the meeting has not been called to order: run 'gavel live %s "
				  "start' first", c->slug);
	case PHASE_RECESS:
		if (k == EV_RESUME || k == EV_ATTEND || k == EV_ARRIVE || k == EV_LEAVE ||
		    k == EV_STREAM || k == EV_UNDO)
			return 0;
		return gv_err_set(err, GV_EREFUSED, "the meeting is in recess: resume it first");
	case PHASE_CLOSED:
		if (k == EV_CLOSED)
			return gv_err_set(err, GV_EREFUSED, "the meeting is already in closed session");
		if (k == EV_RECESS || k == EV_ADJOURN)
			return gv_err_set(err, GV_EREFUSED,
					  "the meeting is in closed session: rise first");
		break;
	case PHASE_IN_SESSION:
		if (k == EV_RISE)
			return gv_err_set(err, GV_EREFUSED, "the meeting is not in closed session");
		break;
	}
	if (k == EV_START) {
		gv_time_clock12(s->started_at, when);
		return gv_err_set(err, GV_EREFUSED, "the meeting was already called to order at %s",
				  when);
	}
	if (k == EV_RESUME)
		return gv_err_set(err, GV_EREFUSED, "the meeting is not in recess");
	if (k == EV_ADJOURN && e->result && !strcmp(e->result, "no-quorum"))
		return gv_err_set(err, GV_EREFUSED, "the meeting was called to order: it was held");
	return 0;
}

int gv_rules_phase_check(const struct gv_live_ctx *c, const struct gv_live_state *s,
			 enum gv_event_kind kind, struct gv_err *err)
{
	struct gv_event e = {.kind = kind};
	return check_phase(c, s, &e, err);
}

int gv_rules_check(const struct gv_live_ctx *c, const struct gv_live_state *s,
		   const struct gv_event *ev, size_t n, struct gv_event *e, struct gv_err *err)
{
	int rc = check_phase(c, s, e, err);
	if (rc || (rule_of(c, GV_RULES_2) && (rc = check_time_order(c, ev, n, e, err))))
		return rc;
	e->confidential = s->phase == PHASE_CLOSED && e->kind != EV_CLOSED && e->kind != EV_RISE;
	if ((e->kind == EV_TAKE || e->kind == EV_DECLARE || e->kind == EV_HOLD) &&
	    !gv_live_item(c, e->item_id))
		return gv_err_set(err, GV_EREFUSED, "that item is not on the agenda of %s", c->slug);
	const struct gv_attendance *a;
	switch (e->kind) {
	case EV_ATTEND:
		for (size_t i = 0; i < e->n_marks; i++)
			if ((rc = may_attend(c, &e->marks[i], err)) ||
			    (rc = changes_attendance(c, s, e, i, err)) ||
			    (e->marks[i].mark != MARK_PRESENT && e->marks[i].mark != MARK_REMOTE &&
			     (rc = not_presiding(c, s, e->marks[i].member_id, err))))
				return rc;
		return 0;
	case EV_START:
		return check_start(c, s, e, err);
	case EV_CHAIR:
		return must_be_present(c, s, e->member_id, "preside", err);
	case EV_ARRIVE:
		if (voting_member(c, e->member_id, err) ||
		    (e->n_marks && may_be_remote(c, &e->marks[0], err)))
			return GV_EREFUSED;
		a = gv_live_attendance(s, e->member_id);
		if (a->status == PRES_PRESENT)
			return gv_err_set(err, GV_EREFUSED, "%s is already present",
					  gv_live_who(c, e->member_id));
		return 0;
	case EV_LEAVE:
		return must_be_present(c, s, e->member_id, "leave", err) ||
				       not_presiding(c, s, e->member_id, err)
			       ? GV_EREFUSED
			       : 0;
	case EV_DECLARE:
		return check_declare(c, s, e, err);
	case EV_HOLD:
		return check_hold(c, s, e, err);
	case EV_MOVE:
		return check_move(c, s, e, err);
	case EV_SECOND:
		return check_second(c, s, e, err);
	case EV_VOTE:
		return check_vote(c, s, ev, n, e, err);
	case EV_WITHDRAW:
		return check_withdraw(c, s, e, err);
	case EV_CLOSED:
		return check_closed(c, s, e, err);
	case EV_RULING:
		return e->text && *e->text ? 0 : gv_err_set(err, GV_EUSAGE, "a ruling needs its text");
	case EV_ADJOURN:
		return check_adjourn(c, s, e, err);
	case EV_UNDO: {
		const struct gv_event *t = gv_rules_undo_target(ev, n);
		if (!t)
			return gv_err_set(err, GV_EREFUSED, "nothing to undo in %s", c->slug);
		e->voids = t->id;
		e->confidential = t->confidential;
		return 0;
	}
	default:
		return 0;
	}
}
