/* Events of the meeting log: what one live action records. Events are
 * appended and never changed; a correction is an event that voids another. */
#ifndef GAVEL_EVENT_H
#define GAVEL_EVENT_H

#include <sqlite3.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct gv_err;

enum gv_event_kind {
	EV_START,    /* call to order */
	EV_STREAM,   /* the livestream started (chapter origin) */
	EV_ATTEND,   /* roll call: marks present/absent/regrets */
	EV_ARRIVE,   /* member */
	EV_LEAVE,    /* member */
	EV_TAKE,     /* item taken up */
	EV_DECLARE,  /* member, item, text = reason */
	EV_HOLD,     /* item pulled out of the consent agenda */
	EV_MOVE,     /* motion, member = mover, seconder, amends, text, ... */
	EV_SECOND,   /* motion, member = seconder */
	EV_VOTE,     /* motion, result, yes/no counts or marks, resolution */
	EV_WITHDRAW, /* motion */
	EV_CLOSED,   /* clause */
	EV_RISE,
	EV_RECESS,
	EV_RESUME,
	EV_ADJOURN,  /* result "no-quorum": the meeting was not held for want of quorum */
	EV_CHAIR,    /* member = who presides from now on (the call to order names the first) */
	EV_RULING,   /* text = the chair's ruling on a point of order */
	EV_UNDO,     /* voids */
	EV_KIND_COUNT
};

/* How a member is named in a roll call or a recorded vote; MARK_REMOTE is
 * present electronically (a roll call, or an arrival's one mark). */
enum gv_mark { MARK_PRESENT, MARK_ABSENT, MARK_REGRETS, MARK_YES, MARK_NO, MARK_ABSTAIN,
	       MARK_REMOTE };

struct gv_mark_entry {
	int64_t member_id;
	enum gv_mark mark;
};

/* One event. Unused fields are 0 / NULL / -1 (yes, no). Strings are owned
 * by the event (gv_event_clear frees them). */
/* What a motion to reconsider RES finds of RES. */
enum gv_reconsider {
	GV_RECONSIDER_NONE,       /* no such resolution */
	GV_RECONSIDER_STANDS,
	GV_RECONSIDER_DONE,       /* already reconsidered */
	GV_RECONSIDER_OTHER_BODY, /* a resolution of another body */
	GV_RECONSIDER_LATER,      /* of a meeting after this one */
};

struct gv_event {
	int64_t id;           /* set when appended */
	int64_t meeting_id;
	int seq;              /* 1, 2, ... within the meeting */
	enum gv_event_kind kind;
	int64_t at;           /* when it happened (UTC seconds) */
	int64_t recorded_at;  /* when the clerk recorded it */
	int64_t member_id;
	int64_t seconder_id;
	int64_t item_id;
	int motion;
	int amends;
	char *text;
	char *replace_text;
	char *clause;         /* closed: its clause; move: a resolution to close under it */
	char *threshold;      /* majority, two-thirds, members-majority, members-two-thirds */
	char *motion_kind;    /* substantive, direction, procedural */
	char *result;         /* carried, lost */
	bool recorded;        /* a recorded vote: the members are in marks */
	int yes, no;          /* show-of-hands counts, -1 when not given */
	int resolution_year, resolution_seq;
	int64_t voids;
	bool confidential;
	bool force;           /* not stored: adjourn although motions are pending */
	bool from_ballots;    /* not stored: close-vote; the marks are read again from
			       * the ballots inside the transaction that records it */
	char *disposition;    /* move: "refer", "defer" or "table" motion `disposes` */
	int disposes;
	char *target;         /* refer: to what; defer: YYYY-MM-DD or a meeting's slug */
	int64_t target_meeting_id; /* defer --until M2: M2 */
	int64_t target_at;    /* not stored: M2's start, for the rules */
	int64_t target_body_id; /* not stored: M2's body, for the rules */
	int reconsider;       /* not stored, --reconsider RES (target): enum gv_reconsider */
	bool losing_side;     /* not stored: the mover voted against RES on a recorded vote */
	bool reconsider_closed; /* not stored: RES was decided in closed session */
	bool target_cancelled; /* not stored: M2 was cancelled */
	bool target_held;      /* not stored: M2 was already held */
	/* not stored in events: a motion's by-law (docs/bylaws.md), stored in
	 * bylaw_motions by gv_live_record */
#define GV_EVENT_BYLAWS 8
	int64_t bylaw_ids[GV_EVENT_BYLAWS]; /* --bylaw A,B, or the by-law whose veto
					       --override-veto overrides */
	size_t n_bylaws;
	unsigned readings;    /* GV_READING_* bits (agenda/bylaw.h) */
	int64_t amends_bylaw_id, repeals_bylaw_id;
	bool override_veto;
	struct gv_mark_entry *marks;
	size_t n_marks;
};

/* "start", "vote", ... and back (-1 when unknown). */
const char *gv_event_kind_name(enum gv_event_kind k);
int gv_event_kind_parse(const char *name);
const char *gv_mark_name(enum gv_mark m);

/* An empty event of kind k (counts -1). */
void gv_event_init(struct gv_event *e, enum gv_event_kind k);
void gv_event_clear(struct gv_event *e);
void gv_events_free(struct gv_event *e, size_t n);
/* A deep copy of src into dst. */
void gv_event_copy(struct gv_event *dst, const struct gv_event *src);
/* Append a mark (the event owns its marks). */
void gv_event_mark(struct gv_event *e, int64_t member_id, enum gv_mark m);

/* The log of a meeting in order, corrections included. Free with
 * gv_events_free. */
int gv_event_load(sqlite3 *db, int64_t meeting_id, struct gv_event **out, size_t *n,
		  struct gv_err *err);
/* Insert e (with its marks) inside the caller's transaction; sets e->id. */
int gv_event_insert(sqlite3 *db, struct gv_event *e, struct gv_err *err);

#endif
