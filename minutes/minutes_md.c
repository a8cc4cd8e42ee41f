/* The minutes as markdown: heading, approval status, attendance, call to
 * order, then every agenda item in order with what happened under it, then
 * the adjournment. Items use the agenda's heading levels (## 7, ### 7.2)
 * and link to their moment in the recording when the meeting has one. The
 * same walk makes the HTML (minutes_html.c): the blocks markdown cannot
 * express are written there directly, the rest goes through discount. */
#include "minutes/minutes_parts.h"

#include "agenda/agenda_view.h"
#include "agenda/member.h"
#include "live/live_view.h"
#include "live/people.h"
#include "live/rules.h"
#include "live/state.h"
#include "agenda/clause.h"
#include "agenda/item_role.h"
#include "base/buf.h"
#include "render/watch.h"
#include "base/clock.h"
#include "base/text.h"
#include "render/html.h"

#include <stdlib.h>
#include <string.h>

/* Something that happened under an item, in log order. */
enum entry_kind { ENTRY_MOTION, ENTRY_CLOSED, ENTRY_RISE, ENTRY_RECESS, ENTRY_CHAIR,
		  ENTRY_RULING, ENTRY_NOTICE };

struct entry {
	enum entry_kind kind;
	int64_t item_id;  /* current item when it happened, 0 for none */
	size_t index;     /* motion number - 1, or index of the interval, chair or notice */
};

struct entries {
	struct entry *e;
	size_t n;
};

void mp_literal(struct gv_buf *out, const struct gv_page_ctx *p, const char *s)
{
	if (!p->html) {
		gv_buf_puts(out, s);
		return;
	}
	for (; *s; s++) {
		if (strchr("\\`*_[](){}#+-.!|^>:", *s))
			gv_buf_putc(out, '\\');
		gv_buf_putc(out, *s);
	}
}

void mp_clock(struct gv_buf *out, int64_t t)
{
	char c[32];
	gv_time_clock12(t, c);
	gv_buf_puts(out, c);
}

static const struct gv_item *item_of(const struct gv_minutes *m, int64_t id)
{
	for (size_t i = 0; i < m->agenda.n; i++)
		if (m->agenda.items[i].id == id)
			return &m->agenda.items[i];
	return NULL;
}

void mp_item_ref(struct gv_buf *out, const struct gv_page_ctx *p, int64_t item_id)
{
	const struct gv_item *it = item_of(p->m, item_id);
	if (!it) {
		gv_buf_puts(out, "an item no longer on the agenda");
		return;
	}
	struct gv_buf t = GV_BUF_INIT;
	gv_buf_printf(&t, "%s ", it->number);
	gv_buf_puts(&t, it->title);
	mp_literal(out, p, gv_buf_str(&t));
	gv_buf_free(&t);
}

static void add_entry(struct entries *es, enum entry_kind k, int64_t item, size_t index)
{
	*GV_PUSH(es->e, es->n) = (struct entry){k, item, index};
}

/* Voided by an undo, or by a recorded vote (itself standing) that
 * replaced it. */
static bool voided(const struct gv_minutes *m, int64_t id)
{
	for (size_t i = 0; i < m->log.n; i++) {
		const struct gv_event *e = &m->log.ev[i];
		if (e->voids == id && (e->kind == EV_UNDO || (e->kind == EV_VOTE && !voided(m, e->id))))
			return true;
	}
	return false;
}

static const struct gv_item *item_for(const struct gv_minutes *m, enum gv_item_role role);

/* Where what happened with item_id current goes: before the first item is
 * taken up (item_id 0), under the Call to Order, where the meeting then
 * was; 0 when the agenda has none (docs/minutes.md, "Items"). */
static int64_t placed(const struct gv_minutes *m, int64_t item_id)
{
	const struct gv_item *call = item_for(m, ITEM_CALL_TO_ORDER);
	return item_id ? item_id : call ? call->id : 0;
}

/* The notices of motion given before time `before` not yet added, each
 * under the item that gave it, else the item then current. */
static void add_notices(const struct gv_minutes *m, struct entries *es, size_t *next,
			int64_t before, int64_t current)
{
	for (; *next < m->n_notices && m->notices[*next].at < before; (*next)++) {
		const struct gv_notice_given *n = &m->notices[*next];
		add_entry(es, ENTRY_NOTICE, n->item_id ? n->item_id : current, *next);
	}
}

/* Main motions (where they were decided), closed sessions (going in,
 * rising), recesses, changes of chair and notices of motion in log order,
 * each under the item that was current when it happened (a motion under its
 * own item). Replay numbers motions, intervals and chairs in the order of
 * their (unvoided) events, so the k-th event of a kind is the k-th of the
 * state. */
static void collect_entries(const struct gv_minutes *m, struct entries *es)
{
	const struct gv_live_state *s = &m->log.state;
	size_t motions = 0, closed = 0, rose = 0, recesses = 0, chairs = 0, rulings = 0;
	size_t notices = 0;
	int64_t current = placed(m, 0);
	for (size_t i = 0; i < m->log.n; i++) {
		const struct gv_event *e = &m->log.ev[i];
		if (e->kind == EV_UNDO || voided(m, e->id))
			continue;
		add_notices(m, es, &notices, e->at, current);
		switch (e->kind) {
		case EV_TAKE:
			current = e->item_id;
			break;
		case EV_MOVE:
			/* a motion never decided stands where it was moved */
			if (motions < s->n_motions && !s->motions[motions].amends &&
			    !s->motions[motions].result)
				add_entry(es, ENTRY_MOTION, placed(m, s->motions[motions].item_id),
					  motions);
			motions++;
			break;
		case EV_VOTE:
		case EV_WITHDRAW:
			/* a decided motion stands where it was decided, so a
			 * deferral voted while the main motion waited comes first */
			if (e->motion >= 1 && (size_t)e->motion <= s->n_motions &&
			    !s->motions[e->motion - 1].amends)
				add_entry(es, ENTRY_MOTION,
					  placed(m, s->motions[e->motion - 1].item_id),
					  (size_t)e->motion - 1);
			/* a motion a carried disposition took off the floor
			 * stands after it, with what became of it */
			for (size_t k = 0; e->kind == EV_VOTE && k < s->n_motions; k++)
				if (s->motions[k].disposed_by == e->motion && !s->motions[k].amends)
					add_entry(es, ENTRY_MOTION, placed(m, s->motions[k].item_id),
						  k);
			break;
		case EV_CLOSED:
			add_entry(es, ENTRY_CLOSED, current, closed++);
			break;
		case EV_RISE:
			add_entry(es, ENTRY_RISE, current, rose++);
			break;
		case EV_RECESS:
			add_entry(es, ENTRY_RECESS, current, recesses++);
			break;
		case EV_START:
			chairs += e->member_id != 0; /* the first chair: in the call to order */
			break;
		case EV_CHAIR:
			/* none in the public view of a closed session */
			if (e->member_id)
				add_entry(es, ENTRY_CHAIR, current, chairs++);
			break;
		case EV_RULING:
			add_entry(es, ENTRY_RULING, current, rulings++);
			break;
		default:
			break;
		}
	}
	add_notices(m, es, &notices, INT64_MAX, current);
}

void mp_end_sentence(struct gv_buf *out)
{
	if (!out->len || !strchr(".!?", out->data[out->len - 1]))
		gv_buf_putc(out, '.');
}

void mp_titled(struct gv_buf *out, const struct gv_page_ctx *p, int64_t id, bool full)
{
	char *who = gv_people_styled(&p->m->ctx, id, full);
	mp_literal(out, p, who);
	free(who);
}

void mp_approval_words(struct gv_buf *out, const struct gv_approval *a)
{
	if (!a->approved)
		gv_buf_puts(out, "Draft: these minutes have not been approved.");
	else if (!a->at_slug)
		gv_buf_puts(out, "Approved by the clerk without a motion of council (forced).");
	else if (*a->resolution)
		gv_buf_printf(out, "Approved at %s (Resolution %s).", a->at_name, a->resolution);
	else
		gv_buf_printf(out, "Approved at %s.", a->at_name);
}

static void header(struct gv_buf *out, const struct gv_page_ctx *p)
{
	struct gv_buf *h = mp_html_block(out, p);
	if (h) {
		mp_html_header(h, p);
		return;
	}
	const struct gv_minutes *m = p->m;
	char when[80];
	gv_meeting_when(&m->meeting, when);
	gv_buf_printf(out, "# Minutes: %s\n\n", m->meeting.title);
	if (m->municipality && *m->municipality)
		gv_buf_printf(out, "%s · ", m->municipality);
	gv_buf_printf(out, "%s · %s", m->meeting.body_name, when);
	if (m->meeting.location)
		gv_buf_printf(out, " · %s", m->meeting.location);
	gv_buf_puts(out, "\n\n");
	if (m->meeting.cancelled)
		gv_buf_puts(out, "**This meeting was cancelled.**\n\n");
	if (mp_confidential(p))
		gv_buf_puts(out, "**Confidential: these minutes include closed-session "
				 "proceedings. Not for publication.**\n\n");
	gv_buf_putc(out, '*');
	mp_approval_words(out, &m->approval);
	gv_buf_puts(out, "*\n\n");
}

bool mp_confidential(const struct gv_page_ctx *p)
{
	return !p->public && p->m->log.state.n_closed;
}

/* " (arrived 7:20 p.m., left 8:55 p.m., returned 9:10 p.m.)": every late
 * arrival and early departure of the member, from the log; open: the
 * parenthesis is already open (" (participated electronically"). */
static void movements(struct gv_buf *out, const struct gv_minutes *m,
		      const struct gv_attendance *a, bool open)
{
	bool here = a->roll == PRES_PRESENT, any = false;
	for (size_t i = 0; i < m->log.n; i++) {
		const struct gv_event *e = &m->log.ev[i];
		if ((e->kind != EV_ARRIVE && e->kind != EV_LEAVE) || e->member_id != a->member_id ||
		    voided(m, e->id))
			continue;
		const char *what = e->kind == EV_LEAVE ? "left" : any || here ? "returned" : "arrived";
		gv_buf_printf(out, "%s%s ", any || open ? ", " : " (", what);
		mp_clock(out, e->at);
		any = true;
	}
	if (any || open)
		gv_buf_putc(out, ')');
}

/* One attendance line: "**Present:** Mayor Marie Côté, Councillor Ahmed
 * Haddad (arrived 7:20 p.m.)", members in the roster's order (by role,
 * then surname), each with the full name once, as the rest of the minutes
 * name them by title and surname. */
static void attendance_line(struct gv_buf *out, const struct gv_page_ctx *p, const char *label,
			    enum gv_presence want)
{
	const struct gv_minutes *m = p->m;
	bool any = false;
	for (size_t i = 0; i < m->log.state.n_attendance; i++) {
		const struct gv_attendance *a = &m->log.state.attendance[i];
		bool came = a->roll == PRES_PRESENT || a->arrived_at;
		enum gv_presence group = came                     ? PRES_PRESENT
					 : a->roll == PRES_REGRETS ? PRES_REGRETS
								   : PRES_ABSENT;
		if (group != want)
			continue;
		gv_buf_puts(out, any ? ", " : label);
		mp_titled(out, p, a->member_id, true);
		any = true;
		if (a->ever_remote)
			gv_buf_puts(out, " (participated electronically");
		movements(out, m, a, a->ever_remote);
	}
	if (any)
		gv_buf_puts(out, "\n\n");
}

static void attendance(struct gv_buf *out, const struct gv_page_ctx *p)
{
	const struct gv_live_state *s = &p->m->log.state;
	gv_buf_puts(out, "## Attendance\n\n");
	bool recorded = s->phase != PHASE_NOT_STARTED;
	for (size_t i = 0; i < s->n_attendance; i++)
		recorded = recorded || s->attendance[i].roll != PRES_UNRECORDED;
	if (!recorded) {
		gv_buf_puts(out, "Attendance has not been recorded.\n\n");
		return;
	}
	attendance_line(out, p, "**Present:** ", PRES_PRESENT);
	attendance_line(out, p, "**Absent:** ", PRES_ABSENT);
	attendance_line(out, p, "**Regrets:** ", PRES_REGRETS);
	/* "Jane Doe, Clerk; Sam Lee, Director of Finance": by role, then surname */
	int64_t *staff = gv_calloc(s->n_staff ? s->n_staff : 1, sizeof *staff);
	if (s->n_staff)
		memcpy(staff, s->staff, s->n_staff * sizeof *staff);
	gv_people_sort(&p->m->ctx, staff, s->n_staff);
	for (size_t i = 0; i < s->n_staff; i++) {
		gv_buf_puts(out, i ? "; " : "**Staff present:** ");
		mp_titled(out, p, staff[i], true);
	}
	free(staff);
	if (s->n_staff)
		gv_buf_puts(out, "\n\n");
}

/* "The meeting was called to order at 7:00 p.m., Mayor Côté presiding." */
static void call_to_order(struct gv_buf *out, const struct gv_page_ctx *p)
{
	const struct gv_live_state *s = &p->m->log.state;
	gv_buf_puts(out, "The meeting was called to order at ");
	mp_clock(out, s->started_at);
	if (s->n_chairs) {
		gv_buf_puts(out, ", ");
		mp_titled(out, p, s->chairs[0].member_id, false);
		gv_buf_puts(out, " presiding");
	}
	mp_end_sentence(out);
	gv_buf_puts(out, "\n\n");
}

static void declaration(struct gv_buf *out, const struct gv_page_ctx *p,
			const struct gv_declaration *d, bool name_item)
{
	gv_buf_puts(out, "- ");
	mp_titled(out, p, d->member_id, false);
	gv_buf_puts(out, " declared a pecuniary interest");
	if (name_item) {
		gv_buf_puts(out, " in item ");
		mp_item_ref(out, p, d->item_id);
	}
	if (d->reason && *d->reason && !(d->confidential && p->public)) {
		/* as the member gave it: a final period may be an abbreviation's */
		gv_buf_printf(out, " (%s)", d->reason);
	}
	if (d->confidential)
		gv_buf_puts(out, " in closed session");
	/* MCIA s.5(1); a log recorded under earlier rules may have the
	 * member take part first (docs/procedure.md, "Logs recorded under
	 * earlier rules"): the minutes say so rather than that they did not */
	const struct gv_live_state *s = &p->m->log.state;
	for (size_t i = 0; i < s->n_motions; i++) {
		const struct gv_motion *m = &s->motions[i];
		const char *did = gv_live_motion_decides(&p->m->ctx, s, m, d->item_id)
					  ? gv_rules_part_in(m, d->member_id)
					  : NULL;
		if (!did)
			continue;
		if (m->confidential && p->public)
			gv_buf_puts(out, ", after taking part in the item.\n");
		else
			gv_buf_printf(out, ", after taking part in the item (%s motion %d).\n", did,
				      m->number);
		return;
	}
	gv_buf_puts(out, " and took no part in the discussion of or the vote on it.\n");
}

/* One made in closed session since the last open meeting, which these
 * minutes record, but not its general nature (MCIA s.6(2)). */
static void closed_declaration(struct gv_buf *out, const struct gv_page_ctx *p,
			       const struct gv_closed_declaration *c)
{
	gv_buf_puts(out, "- In closed session at ");
	mp_literal(out, p, c->meeting);
	gv_buf_puts(out, ", ");
	mp_literal(out, p, c->member);
	gv_buf_puts(out, " declared a pecuniary interest.\n");
}

static void declarations(struct gv_buf *out, const struct gv_page_ctx *p, int64_t item_id)
{
	const struct gv_live_state *s = &p->m->log.state;
	bool any = false;
	for (size_t i = 0; !item_id && i < p->m->n_closed_declarations; i++) {
		closed_declaration(out, p, &p->m->closed_declarations[i]);
		any = true;
	}
	for (size_t i = 0; i < s->n_declarations; i++) {
		if (item_id && s->declarations[i].item_id != item_id)
			continue;
		declaration(out, p, &s->declarations[i], item_id == 0);
		any = true;
	}
	if (any)
		gv_buf_putc(out, '\n');
	else if (!item_id && s->phase != PHASE_NOT_STARTED)
		gv_buf_puts(out, "No member declared a pecuniary interest.\n\n");
}

/* The first agenda item for role (NULL when the agenda has none). */
static const struct gv_item *item_for(const struct gv_minutes *m, enum gv_item_role role)
{
	for (size_t i = 0; i < m->agenda.n; i++)
		if (gv_item_role_of(m->agenda.items[i].title) == role)
			return &m->agenda.items[i];
	return NULL;
}

static void closed_session(struct gv_buf *out, const struct gv_page_ctx *p,
			   const struct gv_interval *iv)
{
	mp_literal(out, p, p->m->meeting.body_name);
	gv_buf_puts(out, " moved into closed session at ");
	mp_clock(out, iv->from);
	const char *nature = iv->clause ? gv_clause_nature(iv->clause) : NULL;
	if (iv->clause)
		gv_buf_printf(out, " under section %s of the Municipal Act, 2001", iv->clause);
	if (nature)
		gv_buf_printf(out, " (%s)", nature);
	mp_end_sentence(out);
	gv_buf_puts(out, "\n\n");
	if (!p->public)
		gv_buf_puts(out, "*The closed-session proceedings are recorded without note or "
				 "comment (Municipal Act, 2001, s.239(7)).*\n\n");
}

static void rise(struct gv_buf *out, const struct gv_page_ctx *p, const struct gv_interval *iv)
{
	mp_literal(out, p, p->m->meeting.body_name);
	gv_buf_puts(out, " rose from closed session at ");
	mp_clock(out, iv->to);
	mp_end_sentence(out);
	gv_buf_puts(out, "\n\n");
}

static void recess(struct gv_buf *out, const struct gv_interval *iv)
{
	gv_buf_puts(out, "The meeting recessed at ");
	mp_clock(out, iv->from);
	if (iv->to) {
		gv_buf_puts(out, " and resumed at ");
		mp_clock(out, iv->to);
	}
	mp_end_sentence(out);
	gv_buf_puts(out, "\n\n");
}

static void adjournment(struct gv_buf *out, const struct gv_page_ctx *p)
{
	int64_t at = p->m->log.state.adjourned_at;
	gv_buf_puts(out, "The meeting adjourned at ");
	mp_clock(out, at);
	if (!gv_time_same_day(at, p->m->meeting.starts_at)) {
		char day[40];
		gv_time_format(at, "%A, %B %-d", day, sizeof day);
		gv_buf_printf(out, " on %s", day);
	}
	mp_end_sentence(out);
	gv_buf_puts(out, "\n\n");
}

static void chair(struct gv_buf *out, const struct gv_page_ctx *p, const struct gv_presiding *c)
{
	mp_titled(out, p, c->member_id, false);
	gv_buf_puts(out, " took the chair at ");
	mp_clock(out, c->at);
	mp_end_sentence(out);
	gv_buf_puts(out, "\n\n");
}

/* A point of order and the chair's ruling (docs/procedure.md, "Points of
 * order"); the appeal, if any, follows as a motion. */
static void ruling(struct gv_buf *out, const struct gv_page_ctx *p, const struct gv_ruling *r)
{
	if (p->public && r->confidential)
		return;
	gv_buf_puts(out, "On a point of order at ");
	mp_clock(out, r->at);
	gv_buf_puts(out, ", the chair ruled: “");
	mp_literal(out, p, r->text ? r->text : "");
	gv_buf_puts(out, "”\n\n");
}

/* docs/bylaws.md, "Notices of motion". A notice is given in open session;
 * one a log of before that rule places in closed session stays out of the
 * public minutes. */
static void notice(struct gv_buf *out, const struct gv_page_ctx *p, const struct gv_notice_given *n)
{
	if (p->public && gv_live_in_closed(&p->m->log.state, n->at))
		return;
	mp_titled(out, p, n->mover_id, false);
	gv_buf_puts(out, " gave notice that the following motion will be moved at the next "
			 "meeting of ");
	mp_literal(out, p, p->m->meeting.body_name);
	gv_buf_puts(out, ": “");
	mp_literal(out, p, n->text);
	size_t len = strlen(n->text);
	gv_buf_puts(out, len && strchr(".!?", n->text[len - 1]) ? "”\n\n" : "”.\n\n");
}

static void entry(struct gv_buf *out, const struct gv_page_ctx *p, const struct entry *e)
{
	const struct gv_live_state *s = &p->m->log.state;
	switch (e->kind) {
	case ENTRY_MOTION:
		mp_motion(out, p, &s->motions[e->index]);
		break;
	case ENTRY_CLOSED:
		closed_session(out, p, &s->closed[e->index]);
		break;
	case ENTRY_RISE:
		rise(out, p, &s->closed[e->index]);
		break;
	case ENTRY_RECESS:
		recess(out, &s->recesses[e->index]);
		break;
	case ENTRY_CHAIR:
		chair(out, p, &s->chairs[e->index]);
		break;
	case ENTRY_RULING:
		ruling(out, p, &s->rulings[e->index]);
		break;
	case ENTRY_NOTICE:
		notice(out, p, &p->m->notices[e->index]);
		break;
	}
}

/* A consent item: adopted by the consent resolution, held, or neither (the
 * consent agenda was not dealt with). */
static void consent_status(struct gv_buf *out, const struct gv_minutes *m,
			   const struct gv_item *it)
{
	if (gv_live_held(&m->log.state, it->id)) {
		gv_buf_puts(out, "*Consent item: held from the consent agenda and dealt with "
				 "separately.*\n\n");
		return;
	}
	for (size_t i = 0; i < m->log.state.n_motions; i++) {
		const struct gv_motion *mo = &m->log.state.motions[i];
		if (mo->consent && mo->result == RESULT_CARRIED && mo->item_id == it->parent_id &&
		    mo->resolution_seq) {
			gv_buf_printf(out, "*Consent item: adopted by resolution %d-%d.*\n\n",
				      mo->resolution_year, mo->resolution_seq);
			return;
		}
	}
}

/* "[Watch 9.1 Road repairs in the recording (from 0:09:00)](URL)" */
static void watch_link(struct gv_buf *out, const struct gv_page_ctx *p, const struct gv_item *it)
{
	const struct gv_minutes *m = p->m;
	const struct gv_chapter *ch = gv_chapters_item(&m->chapters, it->number);
	if (!ch || !gv_web_url(m->meeting.stream_url))
		return;
	struct gv_buf *h = mp_html_block(out, p);
	if (h) {
		gv_html_watch_link(h, m->meeting.stream_url, it->number, it->title, ch->start_ms);
		return;
	}
	gv_buf_putc(out, '[');
	gv_watch_words(out, it->number, it->title, ch->start_ms);
	gv_buf_puts(out, "](");
	char *url = gv_video_link(m->meeting.stream_url, ch->start_ms);
	for (const char *c = url; *c; c++) {
		if (*c == '(' || *c == ')')
			gv_buf_printf(out, "%%%02X", (unsigned char)*c);
		else
			gv_buf_putc(out, *c);
	}
	free(url);
	gv_buf_puts(out, ")\n\n");
}

static void heading(struct gv_buf *out, const struct gv_page_ctx *p, const struct gv_item *it)
{
	struct gv_buf *h = mp_html_block(out, p);
	if (h) {
		mp_html_item_heading(h, it, p->m->meeting.lang);
		return;
	}
	for (int d = 0; d <= it->depth; d++)
		gv_buf_putc(out, '#');
	gv_buf_printf(out, " %s ", it->number);
	gv_buf_puts(out, it->title);
	gv_buf_puts(out, "\n\n");
}

static bool has_children(const struct gv_minutes *m, const struct gv_item *it)
{
	for (size_t i = 0; i < m->agenda.n; i++)
		if (m->agenda.items[i].parent_id == it->id)
			return true;
	return false;
}

/* What the minutes say under an item's heading. */
static void item_body(struct gv_buf *out, const struct gv_page_ctx *p, const struct gv_item *it,
		      const struct entries *es)
{
	const struct gv_minutes *m = p->m;
	const struct gv_live_state *s = &m->log.state;
	size_t before = out->len;
	if (it->closed_clause)
		gv_buf_printf(out, "*Closed session item: %s — %s.*\n\n", it->closed_clause,
			      gv_clause_nature(it->closed_clause));
	if (s->started_at && it == item_for(m, ITEM_CALL_TO_ORDER))
		call_to_order(out, p);
	if (it->consent)
		consent_status(out, m, it);
	if (it == item_for(m, ITEM_DISCLOSURE))
		declarations(out, p, 0);
	else
		declarations(out, p, it->id);
	const struct gv_note *note = gv_note_find(m->notes, m->n_notes, it->id);
	if (note) {
		struct gv_buf *h = mp_html_block(out, p);
		if (h) {
			mp_html_note(h, p, it, note->body);
		} else {
			gv_buf_puts(out, note->body);
			gv_buf_puts(out, "\n\n");
		}
	}
	mp_speakers(out, p, it->id);
	for (size_t i = 0; i < es->n; i++)
		if (es->e[i].item_id == it->id)
			entry(out, p, &es->e[i]);
	if (s->adjourned_at && it == item_for(m, ITEM_ADJOURNMENT))
		adjournment(out, p);
	if (has_children(m, it) || gv_live_item_dealt(&m->ctx, s, it->id))
		return;
	/* a standing section with no business, or business never reached */
	if (out->len == before && gv_item_is_empty_section(&m->agenda, it))
		gv_buf_puts(out, "None.\n\n");
	else if (s->phase == PHASE_ADJOURNED)
		gv_buf_puts(out, "*Not dealt with.*\n\n");
}

static void item(struct gv_buf *out, const struct gv_page_ctx *p, const struct gv_item *it,
		 const struct entries *es)
{
	heading(out, p, it);
	watch_link(out, p, it);
	item_body(out, p, it, es);
}

/* The lines the head of council and the clerk sign: whoever presided at
 * the call to order (the mayor of the meeting's day when the log names no
 * chair) and the clerk of that day, by full name and title, else the clerk
 * the clerk.name setting names (docs/minutes.md, "Signatures"). */
static void signatures(struct gv_buf *out, const struct gv_page_ctx *p)
{
	const struct gv_minutes *m = p->m;
	const struct gv_live_state *s = &m->log.state;
	int64_t head = s->n_chairs ? s->chairs[0].member_id : gv_people_first(&m->ctx, "mayor");
	int64_t clerk = gv_people_first(&m->ctx, "clerk");
	gv_buf_puts(out, "---\n\n");
	gv_buf_puts(out, "Signed: ______________________________  ");
	if (head)
		mp_titled(out, p, head, true);
	else
		gv_buf_puts(out, "Head of Council");
	gv_buf_puts(out, "\n\nSigned: ______________________________  ");
	if (clerk) {
		mp_titled(out, p, clerk, true);
	} else if (m->clerk_name && *m->clerk_name && strcmp(m->clerk_name, "Clerk")) {
		mp_literal(out, p, m->clerk_name);
		gv_buf_puts(out, ", Clerk");
	} else {
		gv_buf_puts(out, "Clerk");
	}
	gv_buf_puts(out, "\n");
}

/* A meeting not held for want of quorum: who came, and that it adjourned. */
static void not_held(struct gv_buf *out, const struct gv_page_ctx *p)
{
	const struct gv_live_state *s = &p->m->log.state;
	gv_buf_puts(out, "The meeting was not held: there was no quorum. It adjourned at ");
	mp_clock(out, s->adjourned_at);
	mp_end_sentence(out);
	gv_buf_puts(out, "\n\n");
}

void mp_minutes(struct gv_buf *out, const struct gv_page_ctx *p)
{
	const struct gv_minutes *m = p->m;
	const struct gv_live_state *s = &m->log.state;
	struct entries es = {0};
	collect_entries(m, &es);
	header(out, p);
	attendance(out, p);
	if (s->no_quorum) {
		not_held(out, p);
		signatures(out, p);
		free(es.e);
		return;
	}
	if (s->started_at && !item_for(m, ITEM_CALL_TO_ORDER)) {
		/* and what happened before the first item was taken up */
		call_to_order(out, p);
		mp_speakers(out, p, 0);
		for (size_t i = 0; i < es.n; i++)
			if (!es.e[i].item_id)
				entry(out, p, &es.e[i]);
	}
	if (!item_for(m, ITEM_DISCLOSURE) && (s->n_declarations || m->n_closed_declarations)) {
		gv_buf_puts(out, "## Declarations of Interest\n\n");
		declarations(out, p, 0);
	}
	for (size_t i = 0; i < m->agenda.n; i++)
		item(out, p, &m->agenda.items[i], &es);
	bool others = false;
	for (size_t i = 0; i < es.n; i++) {
		/* an item taken up, then taken off the agenda */
		if (!es.e[i].item_id || item_of(m, es.e[i].item_id))
			continue;
		if (!others)
			gv_buf_puts(out, "## Proceedings Not Under an Agenda Item\n\n");
		others = true;
		entry(out, p, &es.e[i]);
	}
	if (s->adjourned_at && !item_for(m, ITEM_ADJOURNMENT))
		adjournment(out, p);
	if (s->adjourned_at)
		signatures(out, p);
	else if (s->started_at)
		gv_buf_puts(out, "The meeting has not adjourned.\n");
	free(es.e);
}

void gv_minutes_md(struct gv_buf *out, const struct gv_minutes *m)
{
	const struct gv_minutes_approved *approved = gv_minutes_approved_text(m);
	if (approved) {
		gv_buf_puts(out, approved->md);
		return;
	}
	struct gv_page_ctx p = {m, m->public, NULL};
	mp_minutes(out, &p);
}

void gv_minutes_md_items(const struct gv_minutes *m,
			 void (*fn)(void *arg, const struct gv_item *it, const char *md), void *arg)
{
	if (gv_minutes_approved_items(m, fn, arg))
		return;
	struct gv_page_ctx p = {m, m->public, NULL};
	struct entries es = {0};
	collect_entries(m, &es);
	struct gv_buf b = GV_BUF_INIT;
	for (size_t i = 0; i < m->agenda.n; i++) {
		gv_buf_reset(&b);
		item_body(&b, &p, &m->agenda.items[i], &es);
		fn(arg, &m->agenda.items[i], gv_buf_str(&b));
	}
	gv_buf_free(&b);
	free(es.e);
}
