/* The public record of motions and votes: for each public meeting, its
 * motions outside closed session with their wording ([redact] spans
 * replaced), mover, seconder, result and resolution number, and for a
 * recorded vote every member's vote. Exports and the site read this, never
 * the log itself, so none of them can carry closed-session proceedings. */
#ifndef GAVEL_VOTE_RECORD_H
#define GAVEL_VOTE_RECORD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct gv_ws;
struct gv_err;

struct gv_pub_vote {
	int64_t member_id;
	char *member;         /* name, and title, on the meeting's day */
	char *title;          /* (live/people.h): "Deputy Mayor" */
	const char *option;   /* Popolo: yes, no, abstain, absent, not voting */
	bool interest;        /* "not voting" because of a declared interest */
	bool regrets;         /* "absent" after regrets sent */
	bool abstained_no;    /* "no": an abstention the profile counts as a no */
	bool deemed_no;       /* "no": present and qualified, did not vote (ontario) */
};

/* A member's vote as a listing shows it: the option, "no (abstained:
 * deemed in the negative, s.246(2))" for an abstention counted as a no,
 * "no (present, did not vote: ...)" for a member deemed to vote no, "not
 * voting (declared a pecuniary interest)", as the minutes say them. */
const char *gv_pub_vote_words(const struct gv_pub_vote *v);
/* What a "no" that the member did not say is (the note of the words above),
 * or NULL. */
const char *gv_pub_vote_note(const struct gv_pub_vote *v);


struct gv_pub_motion {
	int number;
	char key[48];         /* its public name: gv_live_public_key */
	char item[32];        /* "7.2", "" when moved with no item taken up */
	char *item_title;
	char *text;           /* as amended, redacted */
	int64_t mover_id;
	char *mover, *seconder; /* seconder may be NULL */
	int amends;           /* 0 for a main motion */
	char *threshold;
	const char *result;   /* "carried", "lost", "withdrawn", "referred", "deferred",
				 "tabled", "sustained", "overturned" (an appeal), NULL
				 while pending */
	char *note;           /* what became of a motion a disposition took off the
				 floor ("Referred to the Planning Committee"), on it and on
				 the carried disposition; "Reconsidered at the meeting ..."
				 for a resolution reconsidered; for an appeal, the ruling
				 ("Appeal from the ruling of the chair: “...”"); else NULL */
	bool reconsidered;
	bool appeal;          /* "Shall the ruling of the chair be sustained?" */
	char resolution[24];  /* "2026-12" or "" */
	const char *kind;     /* substantive, direction, procedural */
	int64_t moved_at, decided_at;
	bool counted;         /* yes/no/abstain are known */
	int yes, no, abstain;
	bool recorded;
	struct gv_pub_vote *votes;
	size_t n_votes;
};

/* An item taken up in open session, for video offsets. */
struct gv_pub_taken {
	char item[32];
	int64_t at;
};

/* A member's attendance at a meeting that was called to order. */
struct gv_pub_attendance {
	int64_t member_id;
	char *member;         /* name, and title, on the meeting's day */
	char *title;
	const char *roll;     /* "present", "absent", "regrets" at the roll call */
	bool remote;          /* took part electronically */
	int64_t arrived_at;   /* late arrival, 0 if none */
	int64_t left_at;      /* early departure, 0 if none */
};

struct gv_pub_meeting {
	int64_t id;
	char *slug, *title, *body, *body_slug;
	char *location, *stream_url;  /* may be NULL */
	bool cancelled;
	bool not_held;        /* adjourned for want of quorum, never called to order */
	char date[16];
	int64_t starts_at;
	int64_t origin;       /* stream start, else call to order; 0 before the meeting */
	struct gv_pub_taken *taken;
	size_t n_taken;
	struct gv_pub_motion *motions;
	size_t n_motions;
	struct gv_pub_attendance *attendance;  /* none before the call to order */
	size_t n_attendance;
};

struct gv_vote_record {
	struct gv_pub_meeting *meetings;  /* by start time */
	size_t n;
};

/* Whether m was decided by a vote (carried, lost, an appeal sustained or
 * overturned): open data give it a vote event, whose result is "pass" or
 * "fail" (docs/formats.md, "Popolo JSON", "Open Civic Data"). */
bool gv_pub_voted(const struct gv_pub_motion *m);
const char *gv_pub_vote_result(const struct gv_pub_motion *m);
/* The public motion an amendment m amends (NULL: m is a main motion, or the
 * motion is not public), for the open data to say which motion an
 * amendment would change. */
const struct gv_pub_motion *gv_pub_amended(const struct gv_pub_meeting *pm,
					   const struct gv_pub_motion *m);

/* The meetings named by refs (each must be public), or every public meeting. */
int gv_vote_record_load(struct gv_ws *ws, const char *const *refs, size_t n_refs,
			struct gv_vote_record *r, struct gv_err *err);
void gv_vote_record_free(struct gv_vote_record *r);

/* One meeting's public record, m in its public form (gv_meeting_make_public);
 * whether the meeting is public at all is the caller's to decide. */
struct gv_meeting;
int gv_vote_record_meeting(struct gv_ws *ws, const struct gv_meeting *m, struct gv_pub_meeting *pm,
			   struct gv_err *err);
void gv_pub_meeting_clear(struct gv_pub_meeting *pm);

#endif
