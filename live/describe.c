#include "live/describe.h"

#include "agenda/clause.h"
#include "agenda/notice.h"
#include "base/buf.h"
#include "base/clock.h"
#include "base/json.h"
#include "live/tally.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Who of e has mark m, after "; label: ". staff: 0 any one, 1 only voting
 * members of the body, 2 only the others (staff, the clerk). */
static void marks_of(struct gv_buf *b, const struct gv_live_ctx *c, const struct gv_event *e,
		     enum gv_mark m, const char *label, int staff)
{
	const char *sep = "";
	for (size_t i = 0; i < e->n_marks; i++) {
		if (e->marks[i].mark != m)
			continue;
		if (staff && (staff == 2) == !!gv_live_member(c, e->marks[i].member_id))
			continue;
		if (!*sep)
			gv_buf_printf(b, "; %s: ", label);
		gv_buf_printf(b, "%s%s", sep, gv_live_who(c, e->marks[i].member_id));
		sep = ", ";
	}
}

static void marks(struct gv_buf *b, const struct gv_live_ctx *c, const struct gv_event *e,
		  enum gv_mark m, const char *label)
{
	marks_of(b, c, e, m, label, 0);
}

/* The members of t deemed to vote no: present and qualified, not named
 * (an electronic vote's silent members among them). */
static void deemed(struct gv_buf *b, const struct gv_live_ctx *c, const struct gv_tally *t)
{
	const char *sep = "";
	for (size_t i = 0; i < t->n_votes; i++) {
		if (t->votes[i].vote != VOTE_DEEMED_NO)
			continue;
		if (!*sep)
			gv_buf_puts(b, "; deemed no: ");
		gv_buf_printf(b, "%s%s", sep, gv_live_who(c, t->votes[i].member_id));
		sep = ", ";
	}
}

/* t: the vote's tally when known, to name who was deemed no */
static void describe_vote(struct gv_buf *b, const struct gv_live_ctx *c,
			  const struct gv_event *e, const struct gv_tally *t)
{
	gv_buf_printf(b, "Motion %d %s", e->motion, e->result);
	if (e->yes >= 0)
		gv_buf_printf(b, " (%d for, %d against)", e->yes, e->no);
	if (e->resolution_seq)
		gv_buf_printf(b, ": resolution %d-%d", e->resolution_year, e->resolution_seq);
	if (e->recorded) {
		gv_buf_puts(b, e->voids ? " on a recorded vote (replaces the show of hands)"
					: " on a recorded vote");
		marks(b, c, e, MARK_YES, "yes");
		marks(b, c, e, MARK_NO, "no");
		marks(b, c, e, MARK_ABSTAIN, "abstain");
		if (t)
			deemed(b, c, t);
	}
}

static void describe(struct gv_buf *b, const struct gv_live_ctx *c, const struct gv_event *e,
		     const struct gv_tally *t);

void gv_event_describe(struct gv_buf *b, const struct gv_live_ctx *c, const struct gv_event *e)
{
	describe(b, c, e, NULL);
}

/* Does m amend motion number, directly or through an amendment? */
static bool amends_motion(const struct gv_live_state *s, const struct gv_motion *m, int number)
{
	for (int depth = 0; m && m->amends && depth < 8; depth++) {
		if (m->amends == number)
			return true;
		m = gv_live_motion(s, m->amends);
	}
	return false;
}

/* A withdrawal takes the motion's pending amendments with it: "Motion 1
 * withdrawn, with its pending amendments 2 and 3", as the minutes give
 * each one withdrawn. */
static void describe_withdraw(struct gv_buf *b, const struct gv_live_ctx *c,
			      const struct gv_event *ev, size_t i)
{
	const struct gv_event *e = &ev[i];
	struct gv_live_state s;
	gv_live_replay(c, ev, i, &s);
	int with[16];
	size_t n = 0;
	for (size_t k = 0; k < s.n_motions && n < sizeof with / sizeof *with; k++)
		if (s.motions[k].result == RESULT_PENDING && amends_motion(&s, &s.motions[k], e->motion))
			with[n++] = s.motions[k].number;
	gv_live_state_clear(&s);
	gv_buf_printf(b, "Motion %d withdrawn", e->motion);
	if (!n)
		return;
	gv_buf_printf(b, ", with its pending amendment%s ", n == 1 ? "" : "s");
	for (size_t k = 0; k < n; k++)
		gv_buf_printf(b, "%s%d", !k ? "" : k + 1 < n ? ", " : " and ", with[k]);
}

void gv_event_describe_in(struct gv_buf *b, const struct gv_live_ctx *c, const struct gv_event *ev,
			  size_t i)
{
	const struct gv_event *e = &ev[i];
	if (e->kind == EV_WITHDRAW) {
		describe_withdraw(b, c, ev, i);
		return;
	}
	if (e->kind != EV_VOTE || !e->recorded) {
		describe(b, c, e, NULL);
		return;
	}
	/* the vote as counted against who was present just before it */
	struct gv_live_state s;
	gv_live_replay(c, ev, i, &s);
	const struct gv_motion *m = gv_live_motion(&s, e->motion);
	struct gv_tally t = {0};
	if (m)
		gv_tally_recorded(c, &s, m, e->marks, e->n_marks, &t);
	describe(b, c, e, m ? &t : NULL);
	free(t.votes);
	gv_live_state_clear(&s);
}

static void describe(struct gv_buf *b, const struct gv_live_ctx *c, const struct gv_event *e,
		     const struct gv_tally *t)
{
	char when[32];
	gv_time_clock12(e->at, when);
	switch (e->kind) {
	case EV_START:
		gv_buf_printf(b, "Called to order at %s", when);
		if (e->member_id)
			gv_buf_printf(b, "; %s presiding", gv_live_who(c, e->member_id));
		break;
	case EV_CHAIR:
		if (e->member_id)
			gv_buf_printf(b, "%s presiding from %s", gv_live_who(c, e->member_id), when);
		else
			gv_buf_printf(b, "Change of chair in closed session at %s", when);
		break;
	case EV_STREAM:
		gv_buf_printf(b, "Stream started at %s", when);
		break;
	case EV_ATTEND:
		/* staff and the clerk are recorded present, never counted: the
		 * log tells them from the members as the minutes do */
		gv_buf_puts(b, "Roll call");
		marks_of(b, c, e, MARK_PRESENT, "present", 1);
		marks_of(b, c, e, MARK_PRESENT, "staff present", 2);
		marks(b, c, e, MARK_REMOTE, "present electronically");
		marks(b, c, e, MARK_ABSENT, "absent");
		marks(b, c, e, MARK_REGRETS, "regrets");
		break;
	case EV_ARRIVE:
		gv_buf_printf(b, "%s arrived at %s%s", gv_live_who(c, e->member_id), when,
			      e->n_marks && e->marks[0].mark == MARK_REMOTE ? " (electronically)" : "");
		break;
	case EV_LEAVE:
		gv_buf_printf(b, "%s left at %s", gv_live_who(c, e->member_id), when);
		break;
	case EV_TAKE: {
		const struct gv_live_item *it = gv_live_item(c, e->item_id);
		gv_buf_printf(b, "Item %s: %s", gv_live_item_label(c, e->item_id), it ? it->title : "?");
		break;
	}
	case EV_DECLARE:
		gv_buf_printf(b, "%s declared an interest on item %s", gv_live_who(c, e->member_id),
			      gv_live_item_label(c, e->item_id));
		if (e->text)
			gv_buf_printf(b, " (%s)", e->text);
		break;
	case EV_HOLD:
		gv_buf_printf(b, "Item %s held: it will be dealt with separately",
			      gv_live_item_label(c, e->item_id));
		break;
	case EV_MOVE:
		gv_buf_printf(b, "Motion %d moved by %s", e->motion, gv_live_who(c, e->member_id));
		if (e->seconder_id)
			gv_buf_printf(b, ", seconded by %s", gv_live_who(c, e->seconder_id));
		if (e->amends)
			gv_buf_printf(b, " (amends motion %d)", e->amends);
		if (e->clause)
			gv_buf_printf(b, " (to close the meeting under s.%s)", e->clause);
		if (e->disposition && !strcmp(e->disposition, "appeal"))
			gv_buf_puts(b, " (appeal from the ruling of the chair)");
		else if (e->disposition && !strcmp(e->disposition, "reconsider"))
			gv_buf_printf(b, " (to reconsider resolution %s)", e->target);
		else if (e->disposition)
			gv_buf_printf(b, " (to %s motion %d%s%s)", e->disposition, e->disposes,
				      !e->target ? "" : strcmp(e->disposition, "refer") ? " until "
										  : " to ",
				      e->target ? e->target : "");
		/* what the vote will need, when more than a majority: a 4-3 vote
		 * lost reads as the rule says, not as a miscount */
		if (e->threshold && strcmp(e->threshold, "majority") && strcmp(e->threshold, "sustain"))
			gv_buf_printf(b, " (requires %s)", gv_threshold_rule(e->threshold));
		gv_buf_printf(b, ": %s", e->text);
		/* an amendment's new wording, which the minutes give too */
		if (e->amends && e->replace_text)
			gv_buf_printf(b, " (to read: “%s”)", e->replace_text);
		break;
	case EV_SECOND:
		gv_buf_printf(b, "Motion %d seconded by %s", e->motion, gv_live_who(c, e->member_id));
		break;
	case EV_VOTE:
		describe_vote(b, c, e, t);
		break;
	case EV_WITHDRAW:
		gv_buf_printf(b, "Motion %d withdrawn", e->motion);
		break;
	case EV_CLOSED:
		gv_buf_printf(b, "In closed session at %s under s.%s (%s)", when, e->clause,
			      gv_clause_nature(e->clause));
		break;
	case EV_RISE:
		gv_buf_printf(b, "Rose from closed session at %s", when);
		break;
	case EV_RECESS:
		gv_buf_printf(b, "Recess at %s", when);
		break;
	case EV_RESUME:
		gv_buf_printf(b, "Resumed at %s", when);
		break;
	case EV_ADJOURN:
		if (e->result && !strcmp(e->result, "no-quorum"))
			gv_buf_printf(b, "Not held for want of quorum: adjourned at %s", when);
		else
			gv_buf_printf(b, "Adjourned at %s", when);
		break;
	case EV_RULING:
		gv_buf_printf(b, "Ruling of the chair at %s: %s", when, e->text ? e->text : "");
		break;
	case EV_UNDO:
		gv_buf_puts(b, "Correction: voids the event before it");
		break;
	case EV_KIND_COUNT:
		break;
	}
}

/* The seq of the event that voids ev[i] (0 if none). */
static int voided_by(const struct gv_event *ev, size_t n, size_t i)
{
	for (size_t j = i + 1; j < n; j++)
		if ((ev[j].kind == EV_UNDO || ev[j].kind == EV_VOTE) && ev[j].voids == ev[i].id)
			return ev[j].seq;
	return 0;
}

static int seq_of(const struct gv_event *ev, size_t n, int64_t id)
{
	for (size_t i = 0; i < n; i++)
		if (ev[i].id == id)
			return ev[i].seq;
	return 0;
}

/* The time column of a log line at at: of another day than the meeting's,
 * with its date; in the hour repeated when daylight saving time ends, with
 * its zone. */
static void log_time(struct gv_buf *b, const struct gv_live_ctx *c, int64_t at)
{
	char when[32];
	gv_time_format(at, gv_time_same_day(at, c->starts_at) ? "%H:%M:%S" : "%Y-%m-%d %H:%M:%S",
		       when, sizeof when);
	const char *zone = gv_time_repeated_zone(at);
	gv_buf_printf(b, "%s%s%.8s", when, zone ? " " : "", zone ? zone : "");
}

/* A notice of motion given at the meeting, in the log's words. */
void gv_live_notice_describe(struct gv_buf *b, const struct gv_live_ctx *c,
			     const struct gv_notice_given *d)
{
	gv_buf_printf(b, "Notice of motion given by %s", gv_live_who(c, d->mover_id));
	if (d->item_id)
		gv_buf_printf(b, " (item %s)", gv_live_item_label(c, d->item_id));
	gv_buf_printf(b, ": %s", d->text);
}

void gv_live_log_text(struct gv_buf *b, const struct gv_live_ctx *c, const struct gv_event *ev,
		      size_t n, const struct gv_notice_given *nt, size_t n_nt, bool confidential)
{
	size_t k = 0;
	for (size_t i = 0; i <= n; i++) {
		/* the notices given before this event (after the last one) */
		for (; k < n_nt && (i == n || nt[k].at < ev[i].at); k++) {
			gv_buf_puts(b, "   -  ");
			log_time(b, c, nt[k].at);
			gv_buf_puts(b, "  ");
			gv_live_notice_describe(b, c, &nt[k]);
			gv_buf_puts(b, "\n");
		}
		if (i == n)
			break;
		const struct gv_event *e = &ev[i];
		gv_buf_printf(b, "%4d  ", e->seq);
		log_time(b, c, e->at);
		gv_buf_puts(b, "  ");
		/* of the closed session the public learns only that it sat: not
		 * what kind of business it did, nor that it corrected itself
		 * (docs/live.md, "Closed session") */
		bool hidden = e->confidential && !confidential;
		if (hidden)
			gv_buf_puts(b, "(closed session)");
		else if (e->kind == EV_UNDO)
			gv_buf_printf(b, "Correction: voids event %d", seq_of(ev, n, e->voids));
		else
			gv_event_describe_in(b, c, ev, i);
		int by = hidden ? 0 : voided_by(ev, n, i);
		if (by)
			gv_buf_printf(b, "  [voided by %d]", by);
		gv_buf_puts(b, "\n");
	}
	if (!n && !n_nt)
		gv_buf_printf(b, "Nothing recorded yet for %s.\n", c->slug);
}

static void notice_json(struct gv_json *j, const struct gv_live_ctx *c,
			const struct gv_notice_given *d)
{
	char iso[32];
	gv_json_obj(j);
	gv_json_key(j, "seq");
	gv_json_null(j);
	gv_json_kstr(j, "kind", "notice");
	gv_time_iso(d->at, iso);
	gv_json_kstr(j, "at", iso);
	gv_json_key(j, "recorded_at");
	gv_json_null(j);
	gv_json_kbool(j, "confidential", false);
	struct gv_buf t = GV_BUF_INIT;
	gv_live_notice_describe(&t, c, d);
	gv_json_kstr(j, "text", gv_buf_str(&t));
	gv_buf_free(&t);
	gv_json_key(j, "voided_by");
	gv_json_null(j);
	gv_json_obj_end(j);
}

void gv_live_log_json(struct gv_json *j, const struct gv_live_ctx *c, const struct gv_event *ev,
		      size_t n, const struct gv_notice_given *nt, size_t n_nt, bool confidential)
{
	gv_json_arr(j);
	size_t k = 0;
	for (size_t i = 0; i <= n; i++) {
		for (; k < n_nt && (i == n || nt[k].at < ev[i].at); k++)
			notice_json(j, c, &nt[k]);
		if (i == n)
			break;
		const struct gv_event *e = &ev[i];
		char iso[32];
		gv_json_obj(j);
		bool hidden = e->confidential && !confidential;
		gv_json_kint(j, "seq", e->seq);
		/* the kind of a closed session's event is closed business too */
		gv_json_key(j, "kind");
		if (hidden)
			gv_json_null(j);
		else
			gv_json_str(j, gv_event_kind_name(e->kind));
		gv_time_iso(e->at, iso);
		gv_json_kstr(j, "at", iso);
		gv_time_iso(e->recorded_at, iso);
		gv_json_kstr(j, "recorded_at", iso);
		gv_json_kbool(j, "confidential", e->confidential);
		if (!hidden) {
			struct gv_buf d = GV_BUF_INIT;
			gv_event_describe_in(&d, c, ev, i);
			gv_json_kstr(j, "text", gv_buf_str(&d));
			gv_buf_free(&d);
		}
		if (e->kind == EV_UNDO && !hidden)
			gv_json_kint(j, "voids", seq_of(ev, n, e->voids));
		int by = hidden ? 0 : voided_by(ev, n, i);
		gv_json_key(j, "voided_by");
		if (by)
			gv_json_int(j, by);
		else
			gv_json_null(j);
		gv_json_obj_end(j);
	}
	gv_json_arr_end(j);
}
