/* The state of a live meeting, a pure function of its log: replay(events)
 * -> state. The context is what the log refers to (roster, agenda, rules). */
#ifndef GAVEL_LIVE_STATE_H
#define GAVEL_LIVE_STATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "live/event.h"

enum gv_profile { PROFILE_ONTARIO, PROFILE_ROBERTS };

struct gv_live_member {
	int64_t id;
	char *name;
	char *role;        /* mayor, deputy-mayor, councillor, clerk, staff */
	char *title;       /* on the meeting's date; NULL: the role's label */
	bool former;       /* not a member on the meeting's date (docs/people.md) */
};

struct gv_live_item {
	int64_t id;
	int64_t parent_id;
	char number[32];
	char *title;
	char *public_title; /* what the public reads (agenda/agenda_public.h) */
	bool consent;
	bool closed;       /* private: closed, or under a closed item */
	bool empty_section;/* a standing heading with nothing under it (agenda/item_role.h) */
};

/* A resolution that a carried motion to reconsider (of any meeting)
 * reconsidered: "2026-12", by the meeting slug's resolution by. */
struct gv_reconsidered {
	char res[24];
	char *at;          /* the meeting's slug */
	char *at_name;     /* and its name (gv_meeting_name) */
	char by[24];       /* "" when the motion took no number (closed session) */
	bool confidential; /* reconsidered in closed session */
};

/* What the log refers to: loaded from the workspace, read-only for replay. */
struct gv_live_ctx {
	int64_t meeting_id;
	char *slug;
	char *title;
	int64_t starts_at;
	bool cancelled;
	int year;                  /* local year of the meeting: resolution numbers */
	char date[11];             /* its local date (YYYY-MM-DD): the roster's day */
	int64_t body_id;
	char *body_name;
	int seats, quorum;
	enum gv_profile profile;
	bool seconder_required;
	bool remote_allowed;       /* members may participate electronically */
	char *reconsider_threshold;/* of a motion to reconsider (procedure.reconsider) */
	struct gv_reconsidered *reconsidered; /* resolutions a carried motion reconsidered */
	size_t n_reconsidered;
	bool remote_quorum;        /* members present electronically count for quorum */
	int rules;                 /* GV_RULES_TODAY, or for gavel check the version of
				      the rules an event was recorded under: a rule of a
				      later version is not applied (docs/procedure.md,
				      "Logs recorded under earlier rules") */
	struct gv_live_member *members; /* voting members of the body, by name */
	size_t n_members;
	struct gv_live_member *others;  /* everyone else: staff, and members of other bodies */
	size_t n_others;
	struct gv_live_item *items;     /* agenda in reading order */
	size_t n_items;
};

/* Versions of the procedure rules, numbered as the table procedure_rules
 * numbers them (docs/procedure.md, "Logs recorded under earlier rules"). */
enum gv_rules_version {
	GV_RULES_TODAY = 0, /* every rule: what each new event is held to */
	GV_RULES_1 = 1,     /* before the December 2026 rules */
	GV_RULES_2 = 2,     /* the December 2026 rules (migration 11) */
	GV_RULES_3 = 3,     /* no declaration after taking part, and the others of
			       migration 19 */
	GV_RULES_LATEST = GV_RULES_3,
};

enum gv_phase { PHASE_NOT_STARTED, PHASE_IN_SESSION, PHASE_CLOSED, PHASE_RECESS,
		PHASE_ADJOURNED };

enum gv_presence { PRES_UNRECORDED, PRES_PRESENT, PRES_ABSENT, PRES_REGRETS, PRES_LEFT };

struct gv_attendance {
	int64_t member_id;
	enum gv_presence status;
	enum gv_presence roll;  /* what the roll call said */
	bool remote;            /* present electronically (as last recorded) */
	bool ever_remote;       /* took part electronically at some time */
	int64_t arrived_at;     /* latest arrival after the roll call, 0 if none */
	int64_t left_at;        /* latest departure, 0 if none */
};

struct gv_declaration {
	int64_t member_id;
	int64_t item_id;
	char *reason;           /* may be NULL */
	int64_t at;
	bool confidential;
};

/* referred, deferred, tabled: taken off the floor by a carried disposition
 * (docs/procedure.md, "Dispositions") */
enum gv_result { RESULT_PENDING, RESULT_CARRIED, RESULT_LOST, RESULT_WITHDRAWN, RESULT_REFERRED,
		 RESULT_DEFERRED, RESULT_TABLED, RESULT_SUSTAINED, RESULT_OVERTURNED };

/* A member's part in a recorded vote. */
enum gv_vote { VOTE_YES, VOTE_NO, VOTE_ABSTAIN, VOTE_DEEMED_NO, VOTE_NOT_VOTING, VOTE_ABSENT,
	       VOTE_INTEREST };

struct gv_member_vote {
	int64_t member_id;
	enum gv_vote vote;
};

struct gv_motion {
	int number;
	int64_t item_id;        /* 0 when moved with no item taken up */
	char *text;             /* the wording, as amended */
	char *moved_text;       /* the wording as moved */
	char *replace_text;     /* an amendment's new wording for the motion it amends */
	int64_t mover_id, seconder_id;
	int amends;             /* 0 for a main motion */
	int depth;              /* 0 main, 1 amendment, 2 amendment to an amendment */
	char *threshold;
	char *kind;             /* substantive, direction, procedural */
	bool consent;           /* moved while a consent section was current */
	bool confidential;      /* moved in closed session */
	bool amended_in_closed; /* an amendment to it carried in closed session */
	char *to_close;         /* a resolution to close: the clause (s.239(4)), else NULL */
	char *disposition;      /* "refer", "defer", "table" motion `disposes`, else NULL */
	int disposes;
	char *target;           /* refer: to what; defer: a date or a meeting's slug */
	int64_t target_at;      /* defer to a meeting: when that meeting is (0: none) */
	int disposed_by;        /* the carried disposition that took it off the floor */
	int64_t moved_at, decided_at;
	int64_t vote_id;        /* the vote event that decided it, as the log stands */
	enum gv_result result;
	bool counted;           /* counts known (show of hands with counts, or recorded) */
	int yes, no, abstain;
	bool recorded;
	struct gv_member_vote *votes;
	size_t n_votes;
	int resolution_year, resolution_seq;
};

struct gv_interval {
	int64_t from, to;       /* to is 0 while open */
	char *clause;           /* closed sessions only */
};

/* Who presides, from when: the call to order names the first. */
struct gv_presiding {
	int64_t member_id;
	int64_t at;
};

/* A ruling of the chair on a point of order, and the appeal from it
 * (the motion number of the question "Shall the ruling of the chair be
 * sustained?", 0 when not appealed). */
struct gv_ruling {
	char *text;
	int64_t at;
	int appeal;
	bool confidential;
};

struct gv_taken {
	int64_t item_id;
	int64_t at;
	bool confidential;
};

struct gv_live_state {
	enum gv_phase phase;
	int64_t started_at, adjourned_at, stream_at;
	int64_t current_item;
	struct gv_attendance *attendance;  /* one per context member, same order */
	size_t n_attendance;
	struct gv_declaration *declarations;
	size_t n_declarations;
	int64_t *held;                     /* consent items pulled out */
	size_t n_held;
	int64_t *adopted;                  /* consent items adopted together */
	size_t n_adopted;
	struct gv_motion *motions;         /* by number: motions[k-1] */
	size_t n_motions;
	struct gv_interval *closed;
	size_t n_closed;
	struct gv_interval *recesses;
	size_t n_recesses;
	struct gv_taken *taken;
	size_t n_taken;
	struct gv_ruling *rulings;
	size_t n_rulings;
	struct gv_presiding *chairs;       /* in order; the last presides now */
	size_t n_chairs;
	int64_t *staff;                    /* staff and the clerk recorded present */
	size_t n_staff;
	bool no_quorum;                    /* adjourned for want of quorum, never held */
	int last_seq;
	int64_t last_event_id;             /* latest event, corrections included */
	size_t n_events;                   /* events in the log, corrections included */
};

/* Replay a meeting's log into *s (cleared first). Voided events and the
 * corrections that void them are skipped. */
void gv_live_replay(const struct gv_live_ctx *c, const struct gv_event *ev, size_t n,
		    struct gv_live_state *s);
/* Apply one event that is not a correction (incremental replay). */
void gv_live_apply(const struct gv_live_ctx *c, struct gv_live_state *s,
		   const struct gv_event *e);
void gv_live_state_init(const struct gv_live_ctx *c, struct gv_live_state *s);
void gv_live_state_clear(struct gv_live_state *s);
void gv_live_ctx_clear(struct gv_live_ctx *c);
/* A member of the context, its strings copied; cleared with gv_live_member_clear. */
struct gv_live_member gv_live_member_copy(const struct gv_live_member *m);
void gv_live_member_clear(struct gv_live_member *m);

/* Lookups into the context and state (NULL when absent). */
const struct gv_live_member *gv_live_member(const struct gv_live_ctx *c, int64_t id);
const struct gv_live_item *gv_live_item(const struct gv_live_ctx *c, int64_t id);
/* Anyone the context knows: a voting member, staff, a member of another
 * body (NULL when unknown). */
const struct gv_live_member *gv_live_person(const struct gv_live_ctx *c, int64_t id);
/* A person's name and an item's number, NULL when unknown (0 ids too). */
const char *gv_live_member_name(const struct gv_live_ctx *c, int64_t id);
const char *gv_live_item_number(const struct gv_live_ctx *c, int64_t id);
/* The same, "?" when unknown: for text that must name something. */
const char *gv_live_who(const struct gv_live_ctx *c, int64_t id);
const char *gv_live_item_label(const struct gv_live_ctx *c, int64_t id);
struct gv_attendance *gv_live_attendance(const struct gv_live_state *s, int64_t member_id);
/* Whether v, a member's vote on motion m, is absent after regrets sent
 * for the meeting: regrets at the roll call, and not arrived before the
 * vote (docs/minutes.md, "Motions and votes"). */
bool gv_live_sent_regrets(const struct gv_live_state *s, const struct gv_motion *m,
			  const struct gv_member_vote *v);
struct gv_motion *gv_live_motion(const struct gv_live_state *s, int number);
/* The declaration member made on item (or on a consent item the motion
 * adopts), NULL if none. */
const struct gv_declaration *gv_live_declared(const struct gv_live_ctx *c,
					       const struct gv_live_state *s,
					       int64_t member_id, const struct gv_motion *m);
const struct gv_declaration *gv_live_declared_on(const struct gv_live_state *s,
						 int64_t member_id, int64_t item_id);
bool gv_live_held(const struct gv_live_state *s, int64_t item_id);
/* Whether motion m decides item_id: it belongs to the item, or it is a
 * consent resolution that adopts it (not held). */
bool gv_live_motion_decides(const struct gv_live_ctx *c, const struct gv_live_state *s,
			    const struct gv_motion *m, int64_t item_id);
/* Whether the meeting dealt with item_id: took it up, moved a motion on it
 * or on the section it is in,
 * adopted it with the consent agenda, or dealt with an item under it
 * (reached.c). */
bool gv_live_item_dealt(const struct gv_live_ctx *c, const struct gv_live_state *s,
			int64_t item_id);
/* The items without sub-items that the meeting did not deal with, in agenda
 * order, into *out (caller frees); their count. */
size_t gv_live_unreached(const struct gv_live_ctx *c, const struct gv_live_state *s,
			 int64_t **out);
/* True when item holds consent items: taking it up makes a consent section
 * current. */
bool gv_live_consent_section(const struct gv_live_ctx *c, int64_t item_id);

/* Whether resolution m was reconsidered, and where (NULL when not). */
const struct gv_reconsidered *gv_live_reconsidered(const struct gv_live_ctx *c,
						   const struct gv_motion *m);

const char *gv_phase_name(enum gv_phase p);
const char *gv_presence_name(enum gv_presence p); /* unrecorded shows as "absent" */
const char *gv_result_name(enum gv_result r);     /* NULL for pending */
/* What a carried disposition ("refer", "defer", "table") makes of its motion. */
enum gv_result gv_disposition_result(const char *disposition);
const char *gv_vote_name(enum gv_vote v);

#endif
