/* Notices of motion (docs/bylaws.md, "Notices of motion"): given at one
 * meeting, the motion goes on the agenda of the next meeting of the same
 * body, under its motions section, saying where notice was given. */
#ifndef GAVEL_NOTICE_H
#define GAVEL_NOTICE_H

#include <stddef.h>
#include <stdint.h>

struct gv_ws;
struct gv_err;

/* Record a notice given at meeting_id by mover_id; it goes at once on the
 * agenda of the body's next meeting when there is one, else it waits.
 * source_item_id: the item of the notices section that gave it (0: none).
 * placed gets "SLUG item N" when it went on an agenda, else "". */
int gv_notice_add(struct gv_ws *ws, int64_t meeting_id, int64_t mover_id, const char *text,
		  int64_t given_at, int64_t source_item_id, char placed[96], struct gv_err *err);
/* The same inside the caller's transaction. */
int gv_notice_record(struct gv_ws *ws, int64_t meeting_id, int64_t mover_id, const char *text,
		     int64_t given_at, int64_t source_item_id, char placed[96],
		     struct gv_err *err);
/* Name the member who gives the notice of item ref (agenda --mover). */
int gv_notice_item_mover(struct gv_ws *ws, int64_t meeting_id, const char *ref,
			 int64_t mover_id, struct gv_err *err);
/* A meeting was created (inside the caller's transaction): the notices
 * waiting for a meeting of its body given before it go on its agenda. */
int gv_notice_place_waiting(struct gv_ws *ws, int64_t meeting_id, struct gv_err *err);

struct gv_notice {
	char *text;
	char *mover;
	char *given_at;      /* the meeting's slug */
	char *given_at_name; /* that meeting by name (gv_meeting_name) */
};
/* Notices of a body waiting for a meeting. */
int gv_notices_waiting(struct gv_ws *ws, int64_t body_id, struct gv_notice **out, size_t *n,
		       struct gv_err *err);
void gv_notices_free(struct gv_notice *d, size_t n);

/* A notice as the minutes of the meeting that received it record it. */
struct gv_notice_given {
	int64_t mover_id;
	char *text;
	int64_t at;
	int64_t item_id;     /* the item of the notices section that gave it, 0: none */
};
/* The notices given at meeting_id, in the order given. */
int gv_notices_given(struct gv_ws *ws, int64_t meeting_id, struct gv_notice_given **out,
		     size_t *n, struct gv_err *err);
void gv_notices_given_free(struct gv_notice_given *d, size_t n);
/* Their public form, in place: each text redacted (docs/safety.md,
 * "Redaction"), as every public text of a meeting is. */
void gv_notices_given_make_public(struct gv_notice_given *d, size_t n);

#endif
