/* replay(events) -> state: the only place that knows what an event does. */
#include "live/state.h"

#include "base/buf.h"
#include "live/tally.h"

#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define LEN(a) (sizeof (a) / sizeof *(a))

/* The names of live/state.h's enums, one for each value: status --json,
 * exports and the minutes print them. */
static const char *const phase_names[] = {
	[PHASE_NOT_STARTED] = "not-started", [PHASE_IN_SESSION] = "in-session",
	[PHASE_CLOSED] = "closed-session",   [PHASE_RECESS] = "recess",
	[PHASE_ADJOURNED] = "adjourned",
};
static const char *const presence_names[] = {
	[PRES_UNRECORDED] = "absent", [PRES_PRESENT] = "present", [PRES_ABSENT] = "absent",
	[PRES_REGRETS] = "regrets",   [PRES_LEFT] = "left",
};
/* a motion still pending has no result to name */
static const char *const result_names[] = {
	[RESULT_PENDING] = NULL, [RESULT_CARRIED] = "carried", [RESULT_LOST] = "lost",
	[RESULT_WITHDRAWN] = "withdrawn", [RESULT_REFERRED] = "referred",
	[RESULT_DEFERRED] = "deferred", [RESULT_TABLED] = "tabled",
	[RESULT_SUSTAINED] = "sustained", [RESULT_OVERTURNED] = "overturned",
};
static const char *const vote_names[] = {
	[VOTE_YES] = "yes",         [VOTE_NO] = "no",
	[VOTE_ABSTAIN] = "abstain", [VOTE_DEEMED_NO] = "no",
	[VOTE_NOT_VOTING] = "not voting", [VOTE_ABSENT] = "absent",
	[VOTE_INTEREST] = "not voting",
};
_Static_assert(LEN(phase_names) == PHASE_ADJOURNED + 1, "a name for every phase");
_Static_assert(LEN(presence_names) == PRES_LEFT + 1, "a name for every presence");
_Static_assert(LEN(result_names) == RESULT_OVERTURNED + 1, "a name for every result");
_Static_assert(LEN(vote_names) == VOTE_INTEREST + 1, "a name for every vote");

/* names[v], for a v that the enum of names has */
#define NAME(names, v) (assert((size_t)(v) < LEN(names)), (names)[v])

const char *gv_phase_name(enum gv_phase p) { return NAME(phase_names, p); }
const char *gv_presence_name(enum gv_presence p) { return NAME(presence_names, p); }
const char *gv_result_name(enum gv_result r) { return NAME(result_names, r); }
const char *gv_vote_name(enum gv_vote v) { return NAME(vote_names, v); }

const struct gv_live_member *gv_live_member(const struct gv_live_ctx *c, int64_t id)
{
	for (size_t i = 0; i < c->n_members; i++)
		if (c->members[i].id == id)
			return &c->members[i];
	return NULL;
}

const struct gv_live_item *gv_live_item(const struct gv_live_ctx *c, int64_t id)
{
	for (size_t i = 0; i < c->n_items; i++)
		if (c->items[i].id == id)
			return &c->items[i];
	return NULL;
}

const struct gv_live_member *gv_live_person(const struct gv_live_ctx *c, int64_t id)
{
	const struct gv_live_member *m = gv_live_member(c, id);
	for (size_t i = 0; !m && i < c->n_others; i++)
		if (c->others[i].id == id)
			m = &c->others[i];
	return m;
}

const char *gv_live_member_name(const struct gv_live_ctx *c, int64_t id)
{
	const struct gv_live_member *m = gv_live_person(c, id);
	return m ? m->name : NULL;
}

const char *gv_live_item_number(const struct gv_live_ctx *c, int64_t id)
{
	const struct gv_live_item *it = gv_live_item(c, id);
	return it ? it->number : NULL;
}

const char *gv_live_who(const struct gv_live_ctx *c, int64_t id)
{
	const char *name = gv_live_member_name(c, id);
	return name ? name : "?";
}

const char *gv_live_item_label(const struct gv_live_ctx *c, int64_t id)
{
	const char *number = gv_live_item_number(c, id);
	return number ? number : "?";
}

struct gv_attendance *gv_live_attendance(const struct gv_live_state *s, int64_t member_id)
{
	for (size_t i = 0; i < s->n_attendance; i++)
		if (s->attendance[i].member_id == member_id)
			return &s->attendance[i];
	return NULL;
}

bool gv_live_sent_regrets(const struct gv_live_state *s, const struct gv_motion *m,
			  const struct gv_member_vote *v)
{
	const struct gv_attendance *a = gv_live_attendance(s, v->member_id);
	return v->vote == VOTE_ABSENT && a && a->roll == PRES_REGRETS &&
	       (!a->arrived_at || a->arrived_at > m->decided_at);
}

struct gv_motion *gv_live_motion(const struct gv_live_state *s, int number)
{
	if (number < 1 || (size_t)number > s->n_motions)
		return NULL;
	/* motions are numbered in the order they were moved, from 1 */
	assert(s->motions[number - 1].number == number);
	return &s->motions[number - 1];
}

const struct gv_reconsidered *gv_live_reconsidered(const struct gv_live_ctx *c,
						   const struct gv_motion *m)
{
	char res[32];
	if (!m->resolution_seq)
		return NULL;
	snprintf(res, sizeof res, "%d-%d", m->resolution_year, m->resolution_seq);
	for (size_t i = 0; i < c->n_reconsidered; i++)
		if (!strcmp(c->reconsidered[i].res, res))
			return &c->reconsidered[i];
	return NULL;
}

bool gv_live_held(const struct gv_live_state *s, int64_t item_id)
{
	for (size_t i = 0; i < s->n_held; i++)
		if (s->held[i] == item_id)
			return true;
	return false;
}

bool gv_live_consent_section(const struct gv_live_ctx *c, int64_t item_id)
{
	for (size_t i = 0; item_id && i < c->n_items; i++)
		if (c->items[i].parent_id == item_id && c->items[i].consent)
			return true;
	return false;
}

const struct gv_declaration *gv_live_declared_on(const struct gv_live_state *s,
						 int64_t member_id, int64_t item_id)
{
	for (size_t i = 0; item_id && i < s->n_declarations; i++)
		if (s->declarations[i].member_id == member_id &&
		    s->declarations[i].item_id == item_id)
			return &s->declarations[i];
	return NULL;
}

/* one resolution adopts every consent item that was not held */
static bool adopts(const struct gv_live_state *s, const struct gv_motion *m,
		   const struct gv_live_item *it)
{
	return m->consent && it->parent_id == m->item_id && it->consent && !gv_live_held(s, it->id);
}

bool gv_live_motion_decides(const struct gv_live_ctx *c, const struct gv_live_state *s,
			    const struct gv_motion *m, int64_t item_id)
{
	const struct gv_live_item *it = gv_live_item(c, item_id);
	return item_id && (m->item_id == item_id || (it && adopts(s, m, it)));
}

const struct gv_declaration *gv_live_declared(const struct gv_live_ctx *c,
					       const struct gv_live_state *s,
					       int64_t member_id, const struct gv_motion *m)
{
	const struct gv_declaration *d = gv_live_declared_on(s, member_id, m->item_id);
	for (size_t i = 0; i < c->n_items && !d; i++)
		if (adopts(s, m, &c->items[i]))
			d = gv_live_declared_on(s, member_id, c->items[i].id);
	return d;
}

void gv_live_state_init(const struct gv_live_ctx *c, struct gv_live_state *s)
{
	memset(s, 0, sizeof *s);
	s->attendance = gv_calloc(c->n_members ? c->n_members : 1, sizeof *s->attendance);
	for (size_t i = 0; i < c->n_members; i++) {
		/* one line of attendance a member: gv_live_attendance finds the first */
		assert(!gv_live_attendance(s, c->members[i].id));
		s->attendance[s->n_attendance++].member_id = c->members[i].id;
	}
}

void gv_live_state_clear(struct gv_live_state *s)
{
	for (size_t i = 0; i < s->n_declarations; i++)
		free(s->declarations[i].reason);
	for (size_t i = 0; i < s->n_motions; i++) {
		struct gv_motion *m = &s->motions[i];
		free(m->text);
		free(m->moved_text);
		free(m->replace_text);
		free(m->threshold);
		free(m->kind);
		free(m->votes);
		free(m->to_close);
		free(m->disposition);
		free(m->target);
	}
	for (size_t i = 0; i < s->n_closed; i++)
		free(s->closed[i].clause);
	for (size_t i = 0; i < s->n_rulings; i++)
		free(s->rulings[i].text);
	free(s->rulings);
	free(s->attendance);
	free(s->declarations);
	free(s->held);
	free(s->adopted);
	free(s->motions);
	free(s->closed);
	free(s->recesses);
	free(s->taken);
	free(s->chairs);
	free(s->staff);
	memset(s, 0, sizeof *s);
}

struct gv_live_member gv_live_member_copy(const struct gv_live_member *m)
{
	return (struct gv_live_member){m->id, gv_strdup(m->name), gv_strdup(m->role),
				       m->title ? gv_strdup(m->title) : NULL, m->former};
}

void gv_live_member_clear(struct gv_live_member *m)
{
	free(m->name);
	free(m->role);
	free(m->title);
}

void gv_live_ctx_clear(struct gv_live_ctx *c)
{
	for (size_t i = 0; i < c->n_members; i++)
		gv_live_member_clear(&c->members[i]);
	for (size_t i = 0; i < c->n_others; i++)
		gv_live_member_clear(&c->others[i]);
	free(c->others);
	for (size_t i = 0; i < c->n_items; i++) {
		free(c->items[i].title);
		free(c->items[i].public_title);
	}
	for (size_t i = 0; i < c->n_reconsidered; i++) {
		free(c->reconsidered[i].at);
		free(c->reconsidered[i].at_name);
	}
	free(c->reconsidered);
	free(c->reconsider_threshold);
	free(c->members);
	free(c->items);
	free(c->slug);
	free(c->title);
	free(c->body_name);
	memset(c, 0, sizeof *c);
}

static void apply_move(struct gv_live_state *s, const struct gv_live_ctx *c,
		       const struct gv_event *e)
{
	const struct gv_motion *amended = gv_live_motion(s, e->amends);
	int depth = amended ? amended->depth + 1 : 0; /* before GV_PUSH moves motions */
	struct gv_motion *m = GV_PUSH(s->motions, s->n_motions);
	m->number = (int)s->n_motions;
	m->item_id = e->item_id;
	m->text = gv_strdup(e->text);
	m->moved_text = gv_strdup(e->text);
	m->replace_text = gv_strdup(e->replace_text);
	m->mover_id = e->member_id;
	m->seconder_id = e->seconder_id;
	m->amends = depth ? e->amends : 0;
	m->depth = depth;
	m->threshold = gv_strdup(e->threshold ? e->threshold : "majority");
	m->kind = gv_strdup(e->motion_kind ? e->motion_kind : "substantive");
	m->consent = !depth && gv_live_consent_section(c, e->item_id);
	m->confidential = e->confidential;
	m->moved_at = e->at;
	m->to_close = gv_strdup(e->clause);
	if (e->disposition && !strcmp(e->disposition, "appeal") && s->n_rulings)
		s->rulings[s->n_rulings - 1].appeal = m->number;
	m->disposition = gv_strdup(e->disposition);
	m->disposes = e->disposition ? e->disposes : 0;
	m->target = gv_strdup(e->target);
	m->target_at = e->target_meeting_id ? e->target_at : 0;
}

static void end_with_amendments(struct gv_live_state *s, int number, enum gv_result r,
				int64_t at, int by);

/* A carried disposition takes the motion it disposes of, and that motion's
 * pending amendments, off the floor with its result. */
static void dispose(struct gv_live_state *s, const struct gv_motion *d)
{
	end_with_amendments(s, d->disposes, gv_disposition_result(d->disposition), d->decided_at,
			    d->number);
}

enum gv_result gv_disposition_result(const char *disposition)
{
	return !strcmp(disposition, "refer")   ? RESULT_REFERRED
	       : !strcmp(disposition, "defer") ? RESULT_DEFERRED
					       : RESULT_TABLED;
}

static void adopt_consent_items(struct gv_live_state *s, const struct gv_live_ctx *c,
				const struct gv_motion *m)
{
	for (size_t i = 0; i < c->n_items; i++)
		if (c->items[i].parent_id == m->item_id && c->items[i].consent &&
		    !gv_live_held(s, c->items[i].id))
			*GV_PUSH(s->adopted, s->n_adopted) = c->items[i].id;
}

static void apply_vote(struct gv_live_state *s, const struct gv_live_ctx *c,
		       const struct gv_event *e)
{
	struct gv_motion *m = gv_live_motion(s, e->motion);
	if (!m)
		return;
	m->result = e->result && !strcmp(e->result, "carried") ? RESULT_CARRIED : RESULT_LOST;
	/* an appeal: the ruling stands on a tie (docs/procedure.md, "Points
	 * of order") */
	if (m->disposition && !strcmp(m->disposition, "appeal"))
		m->result = m->result == RESULT_CARRIED ? RESULT_SUSTAINED : RESULT_OVERTURNED;
	m->decided_at = e->at;
	m->vote_id = e->id;
	m->confidential |= e->confidential; /* decided in closed session */
	m->resolution_year = e->resolution_year;
	m->resolution_seq = e->resolution_seq;
	if (e->recorded) {
		struct gv_tally t;
		gv_tally_recorded(c, s, m, e->marks, e->n_marks, &t);
		m->recorded = m->counted = true;
		m->yes = t.yes;
		m->no = t.no;
		m->abstain = t.abstain;
		m->votes = t.votes;
		m->n_votes = t.n_votes;
	} else if (e->yes >= 0) {
		m->counted = true;
		m->yes = e->yes;
		m->no = e->no;
	}
	if (m->result != RESULT_CARRIED)
		return;
	struct gv_motion *amended = gv_live_motion(s, m->amends);
	if (amended && m->confidential && !amended->confidential)
		amended->amended_in_closed = true;
	/* An amendment to an amendment changes the wording that amendment
	 * would put into the main motion; the amendment keeps its own words. */
	char **wording = !amended ? NULL : amended->amends ? &amended->replace_text : &amended->text;
	if (wording && m->replace_text) {
		free(*wording);
		*wording = gv_strdup(m->replace_text);
	}
	if (m->consent)
		adopt_consent_items(s, c, m);
	if (m->disposition && strcmp(m->disposition, "reconsider") && strcmp(m->disposition, "appeal"))
		dispose(s, m);
}

static bool amends_chain(const struct gv_live_state *s, const struct gv_motion *m, int number)
{
	for (const struct gv_motion *a = m; a && a->amends; a = gv_live_motion(s, a->amends))
		if (a->amends == number)
			return true;
	return false;
}

/* Motion number and its pending amendments end with result r at at
 * (withdrawn, or disposed of by motion `by`). */
static void end_with_amendments(struct gv_live_state *s, int number, enum gv_result r,
				int64_t at, int by)
{
	for (size_t i = 0; i < s->n_motions; i++) {
		struct gv_motion *m = &s->motions[i];
		if (m->result == RESULT_PENDING &&
		    (m->number == number || amends_chain(s, m, number))) {
			m->result = r;
			m->decided_at = at;
			m->disposed_by = by;
		}
	}
}

static void set_presence(struct gv_live_state *s, int64_t member_id, enum gv_presence p,
			 bool roll, int64_t at, bool remote)
{
	struct gv_attendance *a = gv_live_attendance(s, member_id);
	if (!a) {
		/* not a voting member: staff or the clerk, recorded present */
		bool known = false;
		for (size_t i = 0; i < s->n_staff; i++)
			known |= s->staff[i] == member_id;
		if (p == PRES_PRESENT && !known)
			*GV_PUSH(s->staff, s->n_staff) = member_id;
		return;
	}
	a->status = p;
	a->remote = p == PRES_PRESENT && remote;
	a->ever_remote |= a->remote;
	if (roll)
		a->roll = p;
	else if (p == PRES_PRESENT)
		a->arrived_at = at;
	else
		a->left_at = at;
}

static void open_interval(struct gv_interval **arr, size_t *n, int64_t at, const char *clause)
{
	struct gv_interval *iv = GV_PUSH(*arr, *n);
	iv->from = at;
	iv->clause = gv_strdup(clause);
}

static void close_interval(struct gv_interval *arr, size_t n, int64_t at)
{
	if (n && !arr[n - 1].to)
		arr[n - 1].to = at;
}

void gv_live_apply(const struct gv_live_ctx *c, struct gv_live_state *s,
		   const struct gv_event *e)
{
	switch (e->kind) {
	case EV_START:
		s->phase = PHASE_IN_SESSION;
		s->started_at = e->at;
		/* the call to order names who presides */
		__attribute__((fallthrough));
	case EV_CHAIR:
		if (e->member_id)
			*GV_PUSH(s->chairs, s->n_chairs) = (struct gv_presiding){e->member_id, e->at};
		break;
	case EV_STREAM:
		s->stream_at = e->at;
		break;
	case EV_ATTEND:
		for (size_t i = 0; i < e->n_marks; i++) {
			enum gv_mark k = e->marks[i].mark;
			set_presence(s, e->marks[i].member_id,
				     k == MARK_ABSENT ? PRES_ABSENT
				     : k == MARK_REGRETS ? PRES_REGRETS : PRES_PRESENT,
				     true, e->at, k == MARK_REMOTE);
		}
		break;
	case EV_ARRIVE:
		set_presence(s, e->member_id, PRES_PRESENT, false, e->at,
			     e->n_marks && e->marks[0].mark == MARK_REMOTE);
		break;
	case EV_LEAVE:
		set_presence(s, e->member_id, PRES_LEFT, false, e->at, false);
		break;
	case EV_TAKE:
		s->current_item = e->item_id;
		*GV_PUSH(s->taken, s->n_taken) = (struct gv_taken){e->item_id, e->at, e->confidential};
		break;
	case EV_DECLARE:
		*GV_PUSH(s->declarations, s->n_declarations) = (struct gv_declaration){
			e->member_id, e->item_id, gv_strdup(e->text), e->at, e->confidential};
		break;
	case EV_HOLD:
		*GV_PUSH(s->held, s->n_held) = e->item_id;
		break;
	case EV_MOVE:
		apply_move(s, c, e);
		break;
	case EV_SECOND:
		if (gv_live_motion(s, e->motion))
			gv_live_motion(s, e->motion)->seconder_id = e->member_id;
		break;
	case EV_VOTE:
		apply_vote(s, c, e);
		break;
	case EV_WITHDRAW:
		end_with_amendments(s, e->motion, RESULT_WITHDRAWN, e->at, 0);
		break;
	case EV_CLOSED:
		s->phase = PHASE_CLOSED;
		open_interval(&s->closed, &s->n_closed, e->at, e->clause);
		break;
	case EV_RISE:
		s->phase = PHASE_IN_SESSION;
		close_interval(s->closed, s->n_closed, e->at);
		break;
	case EV_RECESS:
		s->phase = PHASE_RECESS;
		open_interval(&s->recesses, &s->n_recesses, e->at, NULL);
		break;
	case EV_RESUME:
		s->phase = PHASE_IN_SESSION;
		close_interval(s->recesses, s->n_recesses, e->at);
		break;
	case EV_ADJOURN:
		s->phase = PHASE_ADJOURNED;
		s->adjourned_at = e->at;
		s->no_quorum = e->result && !strcmp(e->result, "no-quorum");
		break;
	case EV_RULING:
		*GV_PUSH(s->rulings, s->n_rulings) =
			(struct gv_ruling){gv_strdup(e->text), e->at, 0, e->confidential};
		break;
	case EV_UNDO:
	case EV_KIND_COUNT:
		break;
	}
}

static bool contains(const int64_t *ids, size_t n, int64_t id)
{
	for (size_t i = 0; i < n; i++)
		if (ids[i] == id)
			return true;
	return false;
}

void gv_live_replay(const struct gv_live_ctx *c, const struct gv_event *ev, size_t n,
		    struct gv_live_state *s)
{
	/* corrections are few: collect what they void first */
	int64_t *voids = NULL;
	size_t n_voids = 0;
	for (size_t i = 0; i < n; i++)
		if (ev[i].kind == EV_UNDO)
			*GV_PUSH(voids, n_voids) = ev[i].voids;
	/* a recorded vote that replaced a show of hands voids it, unless it
	 * was itself undone */
	size_t n_undone = n_voids;
	for (size_t i = 0; i < n; i++)
		if (ev[i].kind == EV_VOTE && ev[i].voids && !contains(voids, n_undone, ev[i].id))
			*GV_PUSH(voids, n_voids) = ev[i].voids;
	gv_live_state_init(c, s);
	for (size_t i = 0; i < n; i++) {
		if (ev[i].kind != EV_UNDO && !contains(voids, n_voids, ev[i].id))
			gv_live_apply(c, s, &ev[i]);
		s->last_seq = ev[i].seq;
		s->last_event_id = ev[i].id;
	}
	s->n_events = n;
	free(voids);
	/* no event adds or removes a line of attendance */
	assert(s->n_attendance == c->n_members);
}
