/* Recording a live meeting: load what the log refers to, validate an event
 * against the replayed state and append it, durably, in one transaction. */
#ifndef GAVEL_LIVE_H
#define GAVEL_LIVE_H

#include "live/event.h"
#include "live/state.h"

struct gv_ws;
struct gv_err;

/* The meeting ref (slug or id) with its body's voting members, its agenda and
 * the procedure settings. Clear with gv_live_ctx_clear. */
int gv_live_ctx_load(struct gv_ws *ws, const char *meeting_ref, struct gv_live_ctx *c,
		     struct gv_err *err);

/* Resolve a member of the body by id or name (docs/references.md,
 * "Members"); a list is comma-separated, and each name is added to e with
 * mark m (MARK_PRESENT may also name staff and the clerk, whom a roll call
 * records present). */
int gv_live_resolve(const struct gv_live_ctx *c, const char *ref, int64_t *id,
		    struct gv_err *err);
int gv_live_resolve_marks(const struct gv_live_ctx *c, const char *csv, enum gv_mark m,
			  struct gv_event *e, struct gv_err *err);

/* The log of one meeting as this process last read it, and its replayed
 * state. A front end that records many events (the TUI) keeps one, so that
 * recording does not re-read and replay the whole log each time; it is read
 * again whenever another process has appended to it (the log only grows, so
 * its last seq tells). Use it with one context. Start zeroed; clear with
 * gv_live_log_clear. */
struct gv_live_log {
	int64_t meeting_id;
	bool loaded;
	struct gv_event *ev;   /* in order, corrections included */
	size_t n;
	struct gv_live_state state;
};
void gv_live_log_clear(struct gv_live_log *log);

/* Bring log up to date with the meeting's stored log. */
int gv_live_log_load(struct gv_ws *ws, const struct gv_live_ctx *c, struct gv_live_log *log,
		     struct gv_err *err);

/* The meeting's state once, from its stored log (for readers that do not
 * keep a gv_live_log); ev and n (may be NULL) get the log. */
int gv_live_state_load(struct gv_ws *ws, const struct gv_live_ctx *c, struct gv_live_state *s,
		       struct gv_event **ev, size_t *n, struct gv_err *err);

/* A resolution number as typed, "2026-12" (or "2026-012"): its year and
 * number; false when s is not one. The one reader of resolution numbers. */
bool gv_live_resolution_parse(const char *s, int *year, int *seq);

/* For a motion to reconsider resolution e->target moved by e->member_id:
 * whether the resolution stands or was already reconsidered, and whether
 * the mover voted against it on a recorded vote (e->reconsider,
 * e->losing_side), for the rules. */
int gv_live_reconsider_lookup(struct gv_ws *ws, const struct gv_live_ctx *c, struct gv_event *e,
			      struct gv_err *err);

#define GV_MOTION_TEXT_MAX 8000 /* bytes of a motion's wording */
#define GV_REASON_MAX 1000      /* bytes of the reason for a declaration */

/* Check e's words as every text field is (gv_check_line), validate e
 * against the state of the log and append it in one BEGIN IMMEDIATE
 * transaction, committed (synchronous=FULL) before returning, so two
 * processes can never both append conflicting events. e->at must be set;
 * the rules complete the rest (motion number, result of a recorded vote,
 * resolution number, ...). On success log holds e (a copy) and the state
 * after it. A refusal leaves the stored log unchanged. */
int gv_live_record(struct gv_ws *ws, const struct gv_live_ctx *c, struct gv_live_log *log,
		   struct gv_event *e, struct gv_err *err);

#endif
