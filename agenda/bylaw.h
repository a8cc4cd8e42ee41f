/* The by-law register (docs/bylaws.md): numbers reserved in sequence within
 * a year, the readings the log's carried motions gave, enactment (the third
 * reading carried), the signatures, amendment and repeal, and the head of
 * council's veto and its override. What a by-law is now is read from the
 * register and the log each time, so an undone vote undoes a reading. */
#ifndef GAVEL_BYLAW_H
#define GAVEL_BYLAW_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct gv_ws;
struct gv_err;
struct gv_json;

/* SQL: the event whose id is col stands (no correction voids it). */
#define GV_EVENT_STANDING(col) col " NOT IN (SELECT voids FROM events WHERE voids IS NOT NULL)"

#define GV_READING_1 1u
#define GV_READING_2 2u
#define GV_READING_3 4u

/* A carried motion about a by-law, as the log stands. */
struct gv_bylaw_step {
	unsigned readings;     /* the readings it gave */
	bool override;         /* it overrode the veto */
	char date[11];         /* the vote's local date */
	int64_t at;
	char res[24];          /* its resolution, "2026-12" ("" none) */
	char *meeting;         /* slug */
	char *meeting_name;    /* gv_meeting_name */
	char *body;            /* the meeting's body */
};

/* A later by-law that amends or repeals one: it does so on the day it is
 * enacted (docs/bylaws.md, "Readings and enactment"). */
struct gv_bylaw_change {
	char *by;              /* its number */
	char date[11];         /* its enactment */
};

struct gv_bylaw {
	int64_t id;
	int year, seq;
	char *number;
	char *title;           /* may be NULL */
	unsigned readings;     /* carried */
	struct gv_bylaw_step *steps;
	size_t n_steps;
	const struct gv_bylaw_step *enacted; /* the step that gave the third reading */
	char *amends, *repeals;            /* the by-laws it amends, repeals (NULL) */
	char *amended_by, *repealed_by;    /* enacted by-laws that amend, repeal it:
					      "2027-004, 2027-009" (NULL: none) */
	struct gv_bylaw_change *amendments, *repeals_of; /* the same, with their dates */
	size_t n_amendments, n_repeals_of;
	char *signed_on;       /* YYYY-MM-DD (NULL: unsigned) */
	char *signed_head, *signed_clerk;
	char *vetoed_on;       /* the head of council's veto (NULL: none) */
	char *veto_reasons;
	const struct gv_bylaw_step *overridden;
};

/* "2026-007" from the format of setting bylaw.format (YYYY, YY, a run of N
 * for the number padded to its length). Caller frees. */
char *gv_bylaw_number(struct gv_ws *ws, int year, int seq);
/* Passed by Council but vetoed by the head of council, the veto standing:
 * not in force, never "enacted" in any output (docs/bylaws.md). */
bool gv_bylaw_vetoed(const struct gv_bylaw *b);
/* The status a resident reads: "reserved", "first reading", "second
 * reading", "enacted", "vetoed", "repealed". */
const char *gv_bylaw_status(const struct gv_bylaw *b);
/* The day the by-law took that status (YYYY-MM-DD; NULL when reserved):
 * its latest reading, its enactment, the veto, or the enactment of the
 * by-law that repealed it -- never its own enactment for a repeal. */
const char *gv_bylaw_status_date(const struct gv_bylaw *b);

/* Reserve the next number of year (number: as given, refused unless it is
 * that one); *out (caller frees) is the number. start: the year's register
 * begins at number (the numbers before it were given on paper), refused
 * once the year has one. */
int gv_bylaw_reserve(struct gv_ws *ws, int year, const char *number, bool start,
		     const char *title, char **out, struct gv_err *err);
/* A reserved by-law's id by its number; refused naming `bylaw reserve`. */
int gv_bylaw_id(struct gv_ws *ws, const char *number, int64_t *id, struct gv_err *err);
/* The whole register in number order (or one by-law, id != 0). */
int gv_bylaw_list(struct gv_ws *ws, int64_t id, struct gv_bylaw **out, size_t *n,
		  struct gv_err *err);
void gv_bylaws_free(struct gv_bylaw *b, size_t n);
/* The clerk records the signatures of the head of council and the clerk;
 * refused unless the by-law is enacted and unsigned. */
int gv_bylaw_sign(struct gv_ws *ws, const char *number, const char *on, const char *head,
		  const char *clerk, struct gv_err *err);

/* What a motion naming a by-law may do (inside the caller's transaction,
 * before the motion is stored): readings in order, never twice, never of
 * an enacted by-law. */
int gv_bylaw_check_readings(struct gv_ws *ws, int64_t bylaw_id, unsigned readings,
			    struct gv_err *err);
/* Store the by-law part of the motion event_id. */
int gv_bylaw_motion_add(struct gv_ws *ws, int64_t event_id, int64_t bylaw_id,
			unsigned readings, int64_t amends_id, int64_t repeals_id, bool override,
			struct gv_err *err);

/* Agenda item ref of the meeting carries the by-law (agenda add|edit
 * --bylaw). */
int gv_bylaw_item_set(struct gv_ws *ws, int64_t meeting_id, const char *ref, int64_t bylaw_id,
		      struct gv_err *err);

/* key: [{"by": "2026-053", "date": "2026-11-10"}], the by-laws of c and
 * the day each took effect (agenda/bylaw_json.c). */
void gv_bylaw_changes_json(struct gv_json *j, const char *key, const struct gv_bylaw_change *c,
			   size_t n);

/* "1,2,3" -> bits; false when it is not a list of 1, 2, 3. */
bool gv_readings_parse(const char *s, unsigned *out);
/* "first, second and third" */
void gv_readings_words(unsigned r, char out[40]);

#endif
