/* Showing a live meeting's state: `gavel live M status` as text or JSON.
 * Closed-session proceedings are hidden unless confidential is true. */
#ifndef GAVEL_LIVE_VIEW_H
#define GAVEL_LIVE_VIEW_H

#include <stdbool.h>
#include <stddef.h>

#include "live/state.h"

struct gv_buf;
struct gv_json;

void gv_live_status_json(struct gv_json *j, const struct gv_live_ctx *c,
			 const struct gv_live_state *s, bool confidential);
/* The members of that object, for a caller that adds its own. */
void gv_live_status_json_fields(struct gv_json *j, const struct gv_live_ctx *c,
				const struct gv_live_state *s, bool confidential);
void gv_live_status_text(struct gv_buf *out, const struct gv_live_ctx *c,
			 const struct gv_live_state *s, bool confidential);

/* "2026-12" style resolution number into out (empty when none). */
/* "Counted: 4 yes, 2 no" for a decided motion with counts, from its one
 * count (live/tally.h); under ontario the abstentions, counted in the no,
 * are said as such. */
void gv_live_counts_text(struct gv_buf *b, const struct gv_live_ctx *c, const struct gv_motion *m);

void gv_live_resolution(const struct gv_motion *m, char out[24]);
/* How public pages and open data name motion m of the meeting slug without
 * its motion number (whose gaps would show how many were moved in closed
 * session): "resolution-2026-12", else "motion-" and 12 hex digits of a
 * hash of slug, time moved, mover and wording as moved, the same at every
 * publish. Give it motions of the public view, whose wording is redacted. */
void gv_live_public_key(const char *slug, const struct gv_motion *m, char out[48]);
/* What became of a motion a carried disposition took off the floor, in
 * the minutes' words ("Referred to the Planning Committee", "Deferred to
 * the meeting of January 12, 2027", "Tabled"); "" for any other motion.
 * A deferral to a meeting reads the date off its slug. */
#define GV_DISPOSITION_NOTE_MAX 640
void gv_live_disposition_note(const struct gv_live_state *s, const struct gv_motion *m,
			      char *out, size_t size);
/* Was the meeting in closed session at time t (from its going in, to its
 * rising)? */
bool gv_live_in_closed(const struct gv_live_state *s, int64_t t);
/* The motion on the floor: the latest pending one (NULL when none). */
const struct gv_motion *gv_live_on_floor(const struct gv_live_state *s);
/* The latest motion carried or lost (of the open session only, unless
 * confidential), NULL when none. */
const struct gv_motion *gv_live_last_decided(const struct gv_live_state *s, bool confidential);

#endif
