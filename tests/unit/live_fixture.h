/* A Council of seven at a meeting with a consent section and a closed item,
 * and one-line helpers that record live events through the core. */
#ifndef GAVEL_LIVE_FIXTURE_H
#define GAVEL_LIVE_FIXTURE_H

#include "unit.h"

#include "agenda/item.h"
#include "base/buf.h"
#include "agenda/meeting.h"
#include "agenda/member.h"
#include "live/live.h"
#include "store/db.h"
#include "store/settings.h"

struct fixture {
	struct gv_ws *ws;
	struct gv_live_ctx c;
	struct gv_live_log log; /* kept between events, as the TUI does */
	struct gv_err err;
	char *slug;
	int64_t at;  /* the clock of the meeting: each event a minute later */
};

static const char *const council[][2] = {
	{"Marie Côté", "mayor"},          {"Geneviève Tremblay", "deputy-mayor"},
	{"Ahmed Haddad", "councillor"},   {"Élise Bouchard", "councillor"},
	{"Paul Roy", "councillor"},       {"Sarah Lee", "councillor"},
	{"Tom Wong", "councillor"},
};

static inline void fx_item(struct fixture *f, const char *title, const char *under, int consent,
			   const char *closed)
{
	struct gv_item_fields fields = {.title = title, .consent = consent, .closed = closed};
	char number[32];
	struct gv_meeting m;
	assert_int_equal(gv_meeting_find(f->ws, f->slug, &m, &f->err), 0);
	if (gv_item_add(f->ws, m.id, &fields, GV_PLACE_UNDER, under, number, &f->err))
		fail_msg("item '%s': %s", title, f->err.msg);
	gv_meeting_clear(&m);
}

static inline void fx_reload(struct fixture *f)
{
	gv_live_log_clear(&f->log);
	gv_live_ctx_clear(&f->c);
	if (gv_live_ctx_load(f->ws, f->slug, &f->c, &f->err))
		fail_msg("load: %s", f->err.msg);
}

/* A second meeting of the same Council (for resolution numbers). */
static inline char *fx_meeting(struct fixture *f, const char *when)
{
	struct gv_meeting_spec spec = {.title = "Regular Council Meeting"};
	assert_int_equal(gv_time_parse(when, 0, &spec.starts_at, &f->err), 0);
	char *slug;
	assert_int_equal(gv_meeting_new(f->ws, &spec, &slug, &f->err), 0);
	return slug;
}

static inline int fx_setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	f->ws = unit_ws_new();
	for (size_t i = 0; i < sizeof council / sizeof *council; i++)
		assert_int_equal(gv_member_add(f->ws, council[i][0], council[i][1], NULL, NULL, NULL,
					       &f->err), 0);
	assert_int_equal(gv_member_add(f->ws, "Jane Doe", "clerk", NULL, NULL, NULL, &f->err), 0);
	f->slug = fx_meeting(f, "2026-12-01 19:00");
	fx_item(f, "Committee minutes", "8", 1, NULL);
	fx_item(f, "Tender award: road salt", "8", 1, NULL);
	fx_item(f, "Correspondence received", "8", 1, NULL);
	fx_item(f, "2027 budget", "9", 0, NULL);
	fx_item(f, "Zoning amendment, 12 Main Street", "9", 0, NULL);
	fx_item(f, "Litigation: Smith v. Town", "13", 0, "239(2)(e)");
	assert_int_equal(gv_time_parse("2026-12-01 19:00", 0, &f->at, &f->err), 0);
	fx_reload(f);
	*state = f;
	return 0;
}

static inline int fx_teardown(void **state)
{
	struct fixture *f = *state;
	gv_live_log_clear(&f->log);
	gv_live_ctx_clear(&f->c);
	free(f->slug);
	unit_ws_free(f->ws);
	free(f);
	return 0;
}

static inline int64_t fx_member(struct fixture *f, const char *name)
{
	int64_t id;
	if (gv_live_resolve(&f->c, name, &id, &f->err))
		fail_msg("member %s: %s", name, f->err.msg);
	return id;
}

static inline int64_t fx_item_id(struct fixture *f, const char *number)
{
	for (size_t i = 0; i < f->c.n_items; i++)
		if (!strcmp(f->c.items[i].number, number))
			return f->c.items[i].id;
	fail_msg("no item %s", number);
	return 0;
}

/* Record e; on success, apply it to *mirror as well when mirror is set. */
static struct gv_live_state *fx_mirror;

static inline int fx_record(struct fixture *f, struct gv_event *e)
{
	e->at = (f->at += 60);
	f->err.msg[0] = '\0';
	int rc = gv_live_record(f->ws, &f->c, &f->log, e, &f->err);
	if (!rc && fx_mirror) {
		gv_live_apply(&f->c, fx_mirror, e);
		fx_mirror->n_events++;
	}
	int ret = rc ? rc : e->kind == EV_MOVE ? e->motion : 0;
	gv_event_clear(e);
	return ret;
}

static inline int fx_simple(struct fixture *f, enum gv_event_kind k)
{
	struct gv_event e;
	gv_event_init(&e, k);
	return fx_record(f, &e);
}

static inline int fx_marks(struct fixture *f, struct gv_event *e, const char *csv,
			   enum gv_mark m)
{
	if (csv && gv_live_resolve_marks(&f->c, csv, m, e, &f->err))
		fail_msg("names %s: %s", csv, f->err.msg);
	return 0;
}

static inline int fx_attend(struct fixture *f, const char *csv, enum gv_mark m)
{
	struct gv_event e;
	gv_event_init(&e, EV_ATTEND);
	fx_marks(f, &e, csv, m);
	return fx_record(f, &e);
}

static inline int fx_member_event(struct fixture *f, enum gv_event_kind k, const char *name)
{
	struct gv_event e;
	gv_event_init(&e, k);
	e.member_id = fx_member(f, name);
	return fx_record(f, &e);
}

static inline int fx_item_event(struct fixture *f, enum gv_event_kind k, const char *number)
{
	struct gv_event e;
	gv_event_init(&e, k);
	e.item_id = fx_item_id(f, number);
	return fx_record(f, &e);
}

static inline int fx_declare(struct fixture *f, const char *name, const char *number)
{
	struct gv_event e;
	gv_event_init(&e, EV_DECLARE);
	e.member_id = fx_member(f, name);
	e.item_id = fx_item_id(f, number);
	e.text = gv_strdup("owns the property next door");
	return fx_record(f, &e);
}

struct fx_motion {
	const char *text, *mover, *seconder, *threshold, *kind, *replace;
	int amends;
	const char *to_close; /* a resolution to close under this clause */
	const char *disposition; /* "refer", "defer", "table" motion `disposes` */
	int disposes;
	const char *target;      /* refer: to what; defer: a date, or the slug of `until` */
	const struct gv_meeting *until; /* defer to this meeting */
};

/* Returns the motion number, or the refusal code. */
static inline int fx_move(struct fixture *f, struct fx_motion m)
{
	struct gv_event e;
	gv_event_init(&e, EV_MOVE);
	e.text = gv_strdup(m.text                ? m.text
			   : m.disposition && !strcmp(m.disposition, "appeal")
				   ? "Shall the ruling of the chair be sustained?"
				   : "That the recommendation be adopted");
	e.member_id = fx_member(f, m.mover);
	e.seconder_id = m.seconder ? fx_member(f, m.seconder) : 0;
	e.threshold = gv_strdup(m.threshold);
	e.motion_kind = gv_strdup(m.kind);
	e.replace_text = gv_strdup(m.replace);
	e.amends = m.amends;
	e.clause = gv_strdup(m.to_close);
	e.disposition = gv_strdup(m.disposition);
	e.disposes = m.disposes;
	e.target = gv_strdup(m.until ? m.until->slug : m.target);
	if (m.disposition && !strcmp(m.disposition, "reconsider") &&
	    gv_live_reconsider_lookup(f->ws, &f->c, &e, &f->err))
		fail_msg("reconsider %s: %s", m.target, f->err.msg);
	if (m.until) {
		e.target_meeting_id = m.until->id;
		e.target_at = m.until->starts_at;
		e.target_body_id = m.until->body_id;
	}
	return fx_record(f, &e);
}

static inline int fx_second(struct fixture *f, int k, const char *name)
{
	struct gv_event e;
	gv_event_init(&e, EV_SECOND);
	e.motion = k;
	e.member_id = fx_member(f, name);
	return fx_record(f, &e);
}

static inline int fx_hands(struct fixture *f, int k, const char *result, int yes, int no)
{
	struct gv_event e;
	gv_event_init(&e, EV_VOTE);
	e.motion = k;
	e.result = gv_strdup(result);
	e.yes = yes;
	e.no = no;
	return fx_record(f, &e);
}

static inline int fx_recorded(struct fixture *f, int k, const char *yes, const char *no,
			      const char *abstain)
{
	struct gv_event e;
	gv_event_init(&e, EV_VOTE);
	e.motion = k;
	e.recorded = true;
	fx_marks(f, &e, yes, MARK_YES);
	fx_marks(f, &e, no, MARK_NO);
	fx_marks(f, &e, abstain, MARK_ABSTAIN);
	return fx_record(f, &e);
}

static inline int fx_motion_event(struct fixture *f, enum gv_event_kind k, int motion)
{
	struct gv_event e;
	gv_event_init(&e, k);
	e.motion = motion;
	return fx_record(f, &e);
}

static inline int fx_closed(struct fixture *f, const char *clause)
{
	struct gv_event e;
	gv_event_init(&e, EV_CLOSED);
	e.clause = gv_strdup(clause);
	return fx_record(f, &e);
}

/* A resolution to close under clause, moved by Côté and seconded by
 * Tremblay: its motion number, or the refusal code. */
static inline int fx_to_close_moved(struct fixture *f, const char *clause)
{
	struct gv_event e;
	gv_event_init(&e, EV_MOVE);
	e.text = gv_asprintf("That Council proceed into closed session under s.%s", clause);
	e.member_id = fx_member(f, "côté");
	e.seconder_id = fx_member(f, "tremblay");
	e.clause = gv_strdup(clause);
	return fx_record(f, &e);
}

/* The same, carried, as a closed session needs (docs/procedure.md, "Closed
 * session"): its motion number, or the refusal code. */
static inline int fx_to_close(struct fixture *f, const char *clause)
{
	int k = fx_to_close_moved(f, clause);
	if (k < 0)
		return k;
	int rc = fx_hands(f, k, "carried", -1, -1);
	return rc ? rc : k;
}

/* Work on another meeting of the Council, held at when ("2026-12-15
 * 19:00"): its clock starts then. */
static inline void fx_switch(struct fixture *f, const char *when)
{
	free(f->slug);
	f->slug = fx_meeting(f, when);
	fx_reload(f);
	assert_int_equal(gv_time_parse(when, 0, &f->at, &f->err), 0);
}

/* The state replayed from the stored log (read afresh, not the log kept
 * between events); clear it with gv_live_state_clear. */
static inline void fx_state(struct fixture *f, struct gv_live_state *s)
{
	struct gv_live_log log = {0};
	if (gv_live_log_load(f->ws, &f->c, &log, &f->err))
		fail_msg("state: %s", f->err.msg);
	*s = log.state;
	memset(&log.state, 0, sizeof log.state);
	gv_live_log_clear(&log);
}

static inline int fx_events(struct fixture *f)
{
	sqlite3_stmt *st;
	assert_int_equal(sqlite3_prepare_v2(f->ws->db, "SELECT count(*) FROM events", -1, &st, NULL),
			 SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	int n = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return n;
}

/* call must be refused with a message containing msg, the log unchanged. */
#define REFUSED(f, call, want)                                                            \
	do {                                                                             \
		int before_ = fx_events(f);                                              \
		int rc_ = (call);                                                        \
		if (rc_ != GV_EREFUSED)                                                  \
			fail_msg("%s: expected a refusal, got %d (%s)", #call, rc_,      \
				 (f)->err.msg);                                          \
		if (!strstr((f)->err.msg, want))                                         \
			fail_msg("%s: message '%s' lacks '%s'", #call, (f)->err.msg, want); \
		assert_int_equal(fx_events(f), before_);                                 \
	} while (0)

#define OK(f, call)                                                                      \
	do {                                                                             \
		if ((call) < 0)                                                          \
			fail_msg("%s refused: %s", #call, (f)->err.msg);                 \
	} while (0)

/* Called to order with the named members present, item `item` taken up. */
static inline void fx_open(struct fixture *f, const char *present, const char *item)
{
	OK(f, fx_attend(f, present, MARK_PRESENT));
	OK(f, fx_simple(f, EV_START));
	if (item)
		OK(f, fx_item_event(f, EV_TAKE, item));
}

#endif
