/* Deferred business (docs/procedure.md, "Dispositions"): an item whose
 * motion a meeting deferred, added to the agenda of the meeting it was
 * deferred to, or waiting for the first meeting of its body on or after a
 * date and added to it when that meeting is created. The added item names
 * the meeting and item it came from, and carries that item's report and
 * attachments with the wording of the motion deferred. */
#ifndef GAVEL_DEFERRAL_H
#define GAVEL_DEFERRAL_H

#include <stddef.h>
#include <stdint.h>

struct gv_ws;
struct gv_err;

struct gv_deferral_spec {
	int64_t event_id;         /* the vote that carried the deferral */
	int64_t from_meeting_id;
	int64_t item_id;          /* the deferred motion's item (0: none) */
	const char *closed_clause;/* the clause of the closed session the deferred
				     motion was moved in; NULL: moved in open session */
	int64_t until_meeting_id; /* or 0, with until_date */
	const char *until_date;   /* YYYY-MM-DD, or NULL */
	const char *wording;      /* the deferred motion's wording as amended: the
				     recommendation of the item it goes on (NULL:
				     the item's own) */
};

/* Record the deferral and place it on its meeting's agenda when there is
 * one, inside the caller's transaction. */
int gv_deferral_add(struct gv_ws *ws, const struct gv_deferral_spec *d, struct gv_err *err);
/* Undo of the vote event_id: the deferral and the item it placed go;
 * refused once the meeting it went to has taken the item up. */
int gv_deferral_undo(struct gv_ws *ws, int64_t event_id, struct gv_err *err);
/* After a vote on a deferral or its undo, inside the caller's transaction:
 * votes are every vote the log holds on the deferral, d->event_id the one
 * that carried it as the log now stands (0: it did not carry). The
 * deferral comes, goes, or stays with its item as it is when another vote
 * now carries it (a recorded vote replacing the show of hands). */
int gv_deferral_sync(struct gv_ws *ws, const struct gv_deferral_spec *d, const int64_t *votes,
		     size_t n_votes, struct gv_err *err);
/* A meeting was created (inside the caller's transaction): the waiting
 * deferrals of its body due on or before its date go on its agenda. */
int gv_deferral_place_waiting(struct gv_ws *ws, int64_t meeting_id, struct gv_err *err);

/* Deferred business of a body still waiting for a meeting. */
struct gv_deferral {
	char *from_slug;
	char *from_name;          /* that meeting by name (gv_meeting_name) */
	char from_item[32];
	char *title;
	char until[16];
};
int gv_deferrals_waiting(struct gv_ws *ws, int64_t body_id, struct gv_deferral **out,
			 size_t *n, struct gv_err *err);
void gv_deferrals_free(struct gv_deferral *d, size_t n);

#endif
