#include "live/live_view.h"

#include "agenda/clause.h"
#include "base/buf.h"
#include "base/clock.h"
#include "base/files.h"
#include "base/json.h"
#include "live/rules.h"
#include "live/tally.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void gv_live_counts_text(struct gv_buf *b, const struct gv_live_ctx *c, const struct gv_motion *m)
{
	gv_buf_printf(b, "Counted: %d yes, %d no", m->yes, m->no);
	if (c->profile != PROFILE_ONTARIO || m->abstain)
		gv_buf_printf(b, ", %d abstaining", m->abstain);
	int deemed = 0;
	for (size_t i = 0; i < m->n_votes; i++)
		deemed += gv_vote_abstained_deemed_no(c->profile, m->votes[i].vote);
	if (deemed)
		gv_buf_printf(b, " (%d abstention%s counted as no: deemed in the negative, "
			      "s.246(2))", deemed, deemed == 1 ? "" : "s");
}

void gv_live_resolution(const struct gv_motion *m, char out[24])
{
	out[0] = '\0';
	if (m->resolution_seq)
		snprintf(out, 24, "%d-%d", m->resolution_year, m->resolution_seq);
}

void gv_live_public_key(const char *slug, const struct gv_motion *m, char out[48])
{
	char res[24];
	gv_live_resolution(m, res);
	if (*res) {
		snprintf(out, 48, "resolution-%s", res);
		return;
	}
	/* not the motion's number, which anyone could hash to find it, but
	 * what the public already knows of the motion */
	char *text = gv_asprintf("%s\n%lld\n%lld\n%s", slug, (long long)m->moved_at,
				 (long long)m->mover_id, m->moved_text ? m->moved_text : m->text);
	char hash[65];
	gv_sha256_hex(text, strlen(text), hash);
	free(text);
	snprintf(out, 48, "motion-%.12s", hash);
}

/* "January 12, 2027" of the YYYY-MM-DD that begins s, or NULL. */

void gv_live_disposition_note(const struct gv_live_state *s, const struct gv_motion *m,
			      char *out, size_t size)
{
	const struct gv_motion *d = gv_live_motion(s, m->disposed_by);
	char date[40], day[16];
	out[0] = '\0';
	if (!d)
		return;
	/* a deferral to a meeting is to that meeting's date as it stands,
	 * which its slug need not tell (docs/procedure.md, "Dispositions") */
	if (d->target_at)
		gv_time_format(d->target_at, "%Y-%m-%d", day, sizeof day);
	if (m->result == RESULT_REFERRED)
		snprintf(out, size, "Referred%s%s", d->target ? " to " : "",
			 d->target ? d->target : "");
	else if (m->result == RESULT_DEFERRED && d->target_at && gv_date_words(day, date))
		snprintf(out, size, "Deferred to the meeting of %s", date);
	else if (m->result == RESULT_DEFERRED && gv_date_words(d->target, date))
		snprintf(out, size, "Deferred to the first meeting on or after %s", date);
	else if (m->result == RESULT_DEFERRED)
		snprintf(out, size, "Deferred");
	else if (m->result == RESULT_TABLED)
		snprintf(out, size, "Tabled");
}

bool gv_live_in_closed(const struct gv_live_state *s, int64_t t)
{
	for (size_t i = 0; i < s->n_closed; i++)
		if (t >= s->closed[i].from && (!s->closed[i].to || t < s->closed[i].to))
			return true;
	return false;
}

const struct gv_motion *gv_live_on_floor(const struct gv_live_state *s)
{
	for (size_t i = s->n_motions; i-- > 0;)
		if (s->motions[i].result == RESULT_PENDING)
			return &s->motions[i];
	return NULL;
}

const struct gv_motion *gv_live_last_decided(const struct gv_live_state *s, bool confidential)
{
	const struct gv_motion *last = NULL;
	for (size_t i = 0; i < s->n_motions; i++) {
		const struct gv_motion *m = &s->motions[i];
		if ((m->confidential && !confidential) ||
		    (m->result != RESULT_CARRIED && m->result != RESULT_LOST))
			continue;
		/* votes entered from notes share their minute (--at 19:20):
		 * the later in the log is the later vote */
		if (!last || m->decided_at > last->decided_at ||
		    (m->decided_at == last->decided_at && m->vote_id > last->vote_id))
			last = m;
	}
	return last;
}

static void ktime(struct gv_json *j, const char *key, int64_t t)
{
	char iso[32];
	gv_json_key(j, key);
	if (!t) {
		gv_json_null(j);
		return;
	}
	gv_time_iso(t, iso);
	gv_json_str(j, iso);
}

static void kint_or_null(struct gv_json *j, const char *key, int v)
{
	gv_json_key(j, key);
	if (v)
		gv_json_int(j, v);
	else
		gv_json_null(j);
}

static void kcount(struct gv_json *j, const char *key, bool known, int v)
{
	gv_json_key(j, key);
	if (known)
		gv_json_int(j, v);
	else
		gv_json_null(j);
}

static void item_list(struct gv_json *j, const char *key, const struct gv_live_ctx *c,
		      const int64_t *ids, size_t n)
{
	gv_json_key(j, key);
	gv_json_arr(j);
	for (size_t i = 0; i < n; i++)
		gv_json_str(j, gv_live_item_number(c, ids[i]));
	gv_json_arr_end(j);
}

static void motion_json(struct gv_json *j, const struct gv_live_ctx *c,
			const struct gv_live_state *s, const struct gv_motion *m,
			bool confidential)
{
	gv_json_obj(j);
	gv_json_kint(j, "number", m->number);
	if (m->confidential && !confidential) {
		gv_json_kbool(j, "confidential", true);
		gv_json_obj_end(j);
		return;
	}
	gv_json_kstr(j, "item", gv_live_item_number(c, m->item_id));
	gv_json_kstr(j, "text", m->text);
	gv_json_kstr(j, "moved_text", m->moved_text);
	if (m->replace_text)
		gv_json_kstr(j, "replace_text", m->replace_text);
	gv_json_kstr(j, "mover", gv_live_member_name(c, m->mover_id));
	gv_json_kstr(j, "seconder", gv_live_member_name(c, m->seconder_id));
	kint_or_null(j, "amends", m->amends);
	gv_json_kstr(j, "threshold", m->threshold);
	gv_json_kstr(j, "kind", m->kind);
	gv_json_kbool(j, "consent", m->consent);
	gv_json_kstr(j, "result", gv_result_name(m->result));
	if (m->disposition) {
		gv_json_kstr(j, "disposition", m->disposition);
		kint_or_null(j, "disposes", m->disposes);
		gv_json_kstr(j, "target", m->target);
	}
	char note[GV_DISPOSITION_NOTE_MAX];
	gv_live_disposition_note(s, m, note, sizeof note);
	kint_or_null(j, "disposed_by", m->disposed_by);
	gv_json_kstr(j, "note", *note ? note : NULL);
	char res[24];
	gv_live_resolution(m, res);
	gv_json_kstr(j, "resolution", *res ? res : NULL);
	const struct gv_reconsidered *r = gv_live_reconsidered(c, m);
	gv_json_key(j, "reconsidered");
	if (r) {
		gv_json_obj(j);
		gv_json_kstr(j, "at", r->at);
		gv_json_kstr(j, "resolution", *r->by ? r->by : NULL);
		gv_json_obj_end(j);
	} else {
		gv_json_null(j);
	}
	/* counts unknown (pending, or a result declared without counts): null */
	gv_json_key(j, "counts");
	gv_json_obj(j);
	kcount(j, "yes", m->counted, m->yes);
	kcount(j, "no", m->counted, m->no);
	kcount(j, "abstain", m->counted, m->abstain);
	gv_json_obj_end(j);
	gv_json_kbool(j, "recorded", m->recorded);
	if (m->recorded) {
		gv_json_key(j, "votes");
		gv_json_arr(j);
		for (size_t i = 0; i < m->n_votes; i++) {
			gv_json_obj(j);
			gv_json_kstr(j, "member", gv_live_member_name(c, m->votes[i].member_id));
			/* what it counts as (live/tally.h): an abstention under
			 * ontario is a no, deemed so */
			enum gv_vote v = m->votes[i].vote;
			bool abstained_no = gv_vote_abstained_deemed_no(c->profile, v);
			gv_json_kstr(j, "vote", gv_vote_name(abstained_no ? VOTE_DEEMED_NO : v));
			gv_json_kbool(j, "deemed", v == VOTE_DEEMED_NO || abstained_no);
			if (abstained_no)
				gv_json_kstr(j, "note", GV_ABSTAINED_NO_NOTE);
			gv_json_obj_end(j);
		}
		gv_json_arr_end(j);
	}
	gv_json_kbool(j, "confidential", m->confidential);
	ktime(j, "moved_at", m->moved_at);
	ktime(j, "decided_at", m->decided_at);
	gv_json_obj_end(j);
}

static void attendance_json(struct gv_json *j, const struct gv_live_ctx *c,
			    const struct gv_live_state *s)
{
	gv_json_key(j, "attendance");
	gv_json_arr(j);
	for (size_t i = 0; i < s->n_attendance; i++) {
		const struct gv_attendance *a = &s->attendance[i];
		gv_json_obj(j);
		gv_json_kstr(j, "member", gv_live_member_name(c, a->member_id));
		gv_json_kstr(j, "status", gv_presence_name(a->status));
		gv_json_kstr(j, "roll_call", a->roll ? gv_presence_name(a->roll) : NULL);
		gv_json_kbool(j, "remote", a->status == PRES_PRESENT && a->remote);
		ktime(j, "arrived_at", a->arrived_at);
		ktime(j, "left_at", a->left_at);
		gv_json_obj_end(j);
	}
	gv_json_arr_end(j);
	/* staff and the clerk: recorded, never counted (docs/procedure.md,
	 * "Who may take part") */
	gv_json_key(j, "staff_present");
	gv_json_arr(j);
	for (size_t i = 0; i < s->n_staff; i++)
		gv_json_str(j, gv_live_member_name(c, s->staff[i]));
	gv_json_arr_end(j);
}

/* Who presides now: the last chair named (NULL before the call to order). */
static const char *presiding(const struct gv_live_ctx *c, const struct gv_live_state *s)
{
	return s->n_chairs ? gv_live_member_name(c, s->chairs[s->n_chairs - 1].member_id) : NULL;
}

static void intervals_json(struct gv_json *j, const char *key, const struct gv_interval *iv,
			   size_t n)
{
	gv_json_key(j, key);
	gv_json_arr(j);
	for (size_t i = 0; i < n; i++) {
		gv_json_obj(j);
		if (iv[i].clause) {
			gv_json_kstr(j, "clause", iv[i].clause);
			gv_json_kstr(j, "nature", gv_clause_nature(iv[i].clause));
		}
		ktime(j, "from", iv[i].from);
		ktime(j, "to", iv[i].to);
		gv_json_obj_end(j);
	}
	gv_json_arr_end(j);
}

static void declarations_json(struct gv_json *j, const struct gv_live_ctx *c,
			      const struct gv_live_state *s, bool confidential)
{
	gv_json_key(j, "declarations");
	gv_json_arr(j);
	for (size_t i = 0; i < s->n_declarations; i++) {
		const struct gv_declaration *d = &s->declarations[i];
		if (d->confidential && !confidential)
			continue;
		gv_json_obj(j);
		gv_json_kstr(j, "member", gv_live_member_name(c, d->member_id));
		gv_json_kstr(j, "item", gv_live_item_number(c, d->item_id));
		gv_json_kstr(j, "reason", d->reason);
		ktime(j, "at", d->at);
		gv_json_obj_end(j);
	}
	gv_json_arr_end(j);
}

static void taken_json(struct gv_json *j, const struct gv_live_ctx *c,
		       const struct gv_live_state *s, bool confidential)
{
	gv_json_key(j, "items_taken");
	gv_json_arr(j);
	for (size_t i = 0; i < s->n_taken; i++) {
		if (s->taken[i].confidential && !confidential)
			continue;
		gv_json_obj(j);
		gv_json_kstr(j, "item", gv_live_item_number(c, s->taken[i].item_id));
		ktime(j, "at", s->taken[i].at);
		gv_json_obj_end(j);
	}
	gv_json_arr_end(j);
}

/* Rulings of the chair on points of order, with the appeal from each. */
static void rulings_json(struct gv_json *j, const struct gv_live_state *s, bool confidential)
{
	gv_json_key(j, "rulings");
	gv_json_arr(j);
	for (size_t i = 0; i < s->n_rulings; i++) {
		const struct gv_ruling *r = &s->rulings[i];
		if (r->confidential && !confidential)
			continue;
		gv_json_obj(j);
		gv_json_kstr(j, "text", r->text);
		ktime(j, "at", r->at);
		kint_or_null(j, "appeal", r->appeal);
		const struct gv_motion *m = gv_live_motion(s, r->appeal);
		gv_json_kstr(j, "result", m ? gv_result_name(m->result) : NULL);
		gv_json_obj_end(j);
	}
	gv_json_arr_end(j);
}

void gv_live_status_json(struct gv_json *j, const struct gv_live_ctx *c,
			 const struct gv_live_state *s, bool confidential)
{
	gv_json_obj(j);
	gv_live_status_json_fields(j, c, s, confidential);
	gv_json_obj_end(j);
}

void gv_live_status_json_fields(struct gv_json *j, const struct gv_live_ctx *c,
				const struct gv_live_state *s, bool confidential)
{
	struct gv_quorum q;
	gv_rules_quorum(c, s, NULL, &q);
	gv_json_kstr(j, "meeting", c->slug);
	gv_json_kstr(j, "title", c->title);
	gv_json_kstr(j, "body", c->body_name);
	gv_json_kstr(j, "procedure", c->profile == PROFILE_ROBERTS ? "roberts" : "ontario");
	gv_json_kstr(j, "state", gv_phase_name(s->phase));
	ktime(j, "called_to_order", s->started_at);
	ktime(j, "adjourned", s->adjourned_at);
	gv_json_kbool(j, "not_held", s->no_quorum);
	ktime(j, "stream_started", s->stream_at);
	gv_json_kstr(j, "presiding", presiding(c, s));
	/* nothing is before an adjourned meeting */
	gv_json_kstr(j, "current_item", s->phase == PHASE_ADJOURNED
						? NULL
						: gv_live_item_number(c, s->current_item));
	gv_json_key(j, "quorum");
	gv_json_obj(j);
	gv_json_kint(j, "present", q.present);
	gv_json_kint(j, "needed", q.needed);
	gv_json_kbool(j, "met", q.met);
	gv_json_obj_end(j);
	attendance_json(j, c, s);
	declarations_json(j, c, s, confidential);
	gv_json_key(j, "consent");
	gv_json_obj(j);
	item_list(j, "held", c, s->held, s->n_held);
	item_list(j, "adopted", c, s->adopted, s->n_adopted);
	gv_json_obj_end(j);
	gv_json_key(j, "motions");
	gv_json_arr(j);
	for (size_t i = 0; i < s->n_motions; i++)
		motion_json(j, c, s, &s->motions[i], confidential);
	gv_json_arr_end(j);
	taken_json(j, c, s, confidential);
	rulings_json(j, s, confidential);
	intervals_json(j, "closed_sessions", s->closed, s->n_closed);
	intervals_json(j, "recesses", s->recesses, s->n_recesses);
	gv_json_kint(j, "events", (int64_t)s->n_events);
}

static void clock_of(int64_t t, char out[32])
{
	if (t)
		gv_time_clock12(t, out);
	else
		snprintf(out, 32, "-");
}

static void motion_text(struct gv_buf *out, const struct gv_live_ctx *c,
			const struct gv_live_state *s, const struct gv_motion *m,
			bool confidential)
{
	if (m->confidential && !confidential) {
		gv_buf_printf(out, "  %d. (closed session)\n", m->number);
		return;
	}
	char res[24];
	gv_live_resolution(m, res);
	const char *result = gv_result_name(m->result);
	/* a motion disposed of says how, once: "referred to the Planning
	 * Committee by motion 10" */
	char note[GV_DISPOSITION_NOTE_MAX];
	gv_live_disposition_note(s, m, note, sizeof note);
	if (*note && *note >= 'A' && *note <= 'Z')
		*note = (char)(*note - 'A' + 'a');
	gv_buf_printf(out, "  %d.%*s %s%s%s\n", m->number, m->depth * 2, "", m->text,
		      m->amends ? "  [amendment]" : "", m->confidential ? "  [confidential]" : "");
	gv_buf_printf(out, "     moved by %s, seconded by %s; %s; %s", gv_live_member_name(c, m->mover_id),
		      m->seconder_id ? gv_live_member_name(c, m->seconder_id) : "(none)", m->threshold,
		      *note ? note : result ? result : "pending");
	if (m->counted)
		gv_buf_printf(out, " (%d-%d%s)", m->yes, m->no, m->abstain ? ", abstentions" : "");
	if (*res)
		gv_buf_printf(out, ", resolution %s", res);
	if (*note)
		gv_buf_printf(out, " by motion %d", m->disposed_by);
	if (m->disposition && !strcmp(m->disposition, "reconsider"))
		gv_buf_printf(out, " (to reconsider resolution %s)", m->target);
	else if (m->disposition)
		gv_buf_printf(out, " (to %s motion %d)", m->disposition, m->disposes);
	const struct gv_reconsidered *r = gv_live_reconsidered(c, m);
	if (r)
		gv_buf_printf(out, "; reconsidered at %s%s%s%s", r->at,
			      *r->by ? " (resolution " : "", r->by, *r->by ? ")" : "");
	gv_buf_puts(out, "\n");
}

static void items_text(struct gv_buf *out, const struct gv_live_ctx *c, const char *label,
		       const int64_t *ids, size_t n)
{
	if (!n)
		return;
	gv_buf_printf(out, "  %s", label);
	for (size_t i = 0; i < n; i++)
		gv_buf_printf(out, "%s %s", i ? "," : "", gv_live_item_number(c, ids[i]));
	gv_buf_puts(out, "\n");
}

void gv_live_status_text(struct gv_buf *out, const struct gv_live_ctx *c,
			 const struct gv_live_state *s, bool confidential)
{
	struct gv_quorum q;
	gv_rules_quorum(c, s, NULL, &q);
	char t1[32], t2[32];
	clock_of(s->started_at, t1);
	clock_of(s->adjourned_at, t2);
	/* once adjourned nothing is before the meeting: no item, no one
	 * presiding, no quorum to keep (docs/live.md, "Meeting phases") */
	bool over = s->phase == PHASE_ADJOURNED;
	if (over)
		gv_buf_printf(out, "%s (%s): adjourned at %s\n", c->title, c->slug, t2);
	else
		gv_buf_printf(out, "%s (%s): %s\n", c->title, c->slug, gv_phase_name(s->phase));
	if (over)
		gv_buf_printf(out, "  called to order %s%s\n", t1,
			      s->no_quorum ? " (not held: no quorum)" : "");
	else
		gv_buf_printf(out, "  called to order %s, adjourned %s%s\n", t1, t2,
			      s->no_quorum ? " (not held: no quorum)" : "");
	if (presiding(c, s))
		gv_buf_printf(out, "  %s: %s\n", over ? "chair at adjournment" : "presiding",
			      presiding(c, s));
	const struct gv_live_item *it = over ? NULL : gv_live_item(c, s->current_item);
	if (it)
		gv_buf_printf(out, "  item %s %s\n", it->number, it->title);
	if (over)
		gv_buf_printf(out, "  present at adjournment: %d (quorum %d)\n", q.present,
			      q.needed);
	else
		gv_buf_printf(out, "  quorum: %d present, %d needed%s\n", q.present, q.needed,
			      q.met ? "" : " - NO QUORUM");
	gv_buf_puts(out, "\nAttendance\n");
	for (size_t i = 0; i < s->n_attendance; i++) {
		const struct gv_attendance *a = &s->attendance[i];
		gv_buf_printf(out, "  %-8s %s", gv_presence_name(a->status),
			      gv_live_member_name(c, a->member_id));
		if (a->arrived_at) {
			clock_of(a->arrived_at, t1);
			gv_buf_printf(out, " (arrived %s)", t1);
		}
		if (a->left_at) {
			clock_of(a->left_at, t1);
			gv_buf_printf(out, " (left %s)", t1);
		}
		if (a->status == PRES_PRESENT && a->remote)
			gv_buf_puts(out, " (electronically)");
		gv_buf_puts(out, "\n");
	}
	for (size_t i = 0; i < s->n_staff; i++)
		gv_buf_printf(out, "  staff    %s\n", gv_live_member_name(c, s->staff[i]));
	for (size_t i = 0; i < s->n_declarations; i++)
		if (confidential || !s->declarations[i].confidential)
			gv_buf_printf(out, "  interest: %s on item %s\n",
				      gv_live_member_name(c, s->declarations[i].member_id),
				      gv_live_item_number(c, s->declarations[i].item_id));
	items_text(out, c, "consent items held:", s->held, s->n_held);
	items_text(out, c, "consent items adopted:", s->adopted, s->n_adopted);
	for (size_t i = 0; i < s->n_closed; i++) {
		clock_of(s->closed[i].from, t1);
		clock_of(s->closed[i].to, t2);
		gv_buf_printf(out, "  closed session %s to %s under s.%s (%s)\n", t1, t2,
			      s->closed[i].clause, gv_clause_nature(s->closed[i].clause));
	}
	for (size_t i = 0; i < s->n_recesses; i++) {
		clock_of(s->recesses[i].from, t1);
		clock_of(s->recesses[i].to, t2);
		gv_buf_printf(out, "  recess %s to %s\n", t1, t2);
	}
	if (s->n_motions)
		gv_buf_puts(out, "\nMotions\n");
	for (size_t i = 0; i < s->n_motions; i++)
		motion_text(out, c, s, &s->motions[i], confidential);
}
