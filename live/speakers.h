/* The speakers' list of a meeting (docs/serve.md, "The speakers' list"):
 * members ask to speak, from their terminals or through the clerk, and
 * are called in the order they asked; the one called has the floor for
 * procedure.speaking-time minutes. Kept beside the log, never in it: who
 * asked to speak is not part of the minutes. */
#ifndef GAVEL_SPEAKERS_H
#define GAVEL_SPEAKERS_H

#include <stddef.h>
#include <stdint.h>

struct gv_ws;
struct gv_err;

struct gv_speaker {
	int64_t member_id;     /* 0: nobody */
	int64_t requested_at;
	int64_t started_at;    /* when called; 0 while waiting */
};

struct gv_speakers {
	struct gv_speaker current;   /* the one speaking (member_id 0: nobody) */
	struct gv_speaker *waiting;  /* in the order they asked */
	size_t n_waiting;
	int speaking_time;           /* seconds each speaker has */
};

int gv_speakers_load(struct gv_ws *ws, int64_t meeting_id, struct gv_speakers *out,
		     struct gv_err *err);
void gv_speakers_clear(struct gv_speakers *sp);
/* member asks to speak: refused when already waiting or speaking. */
int gv_speakers_add(struct gv_ws *ws, int64_t meeting_id, int64_t member_id, struct gv_err *err);
/* member withdraws the request: refused when not waiting. */
int gv_speakers_withdraw(struct gv_ws *ws, int64_t meeting_id, int64_t member_id,
			 struct gv_err *err);
/* member leaves the list (waiting or speaking): refused when not on it. */
int gv_speakers_remove(struct gv_ws *ws, int64_t meeting_id, int64_t member_id,
		       struct gv_err *err);
/* The current speaker is done; the first waiting (*member_id, 0 when none)
 * is called when next is set. */
int gv_speakers_advance(struct gv_ws *ws, int64_t meeting_id, int next, int64_t *member_id,
			struct gv_err *err);
/* member, waiting, changes places with the one before (up) or after. */
int gv_speakers_swap(struct gv_ws *ws, int64_t meeting_id, int64_t member_id, int up,
		     struct gv_err *err);
/* Seconds the current speaker has left at now (negative: over time). */
int64_t gv_speakers_left(const struct gv_speakers *sp, int64_t now);

struct gv_live_ctx;
struct gv_live_state;
/* Whether member may have the floor now (docs/serve.md, "Speakers"): the
 * meeting in session, the member present (in the room or electronically),
 * and no interest declared on the current item (Municipal Conflict of
 * Interest Act, s. 5(1)(b): no part in its discussion). */
int gv_speakers_may_speak(const struct gv_live_ctx *c, const struct gv_live_state *s,
			  int64_t member_id, struct gv_err *err);

#endif
