/* One line of plain words for an event, as the clerk's confirmation and in
 * the log listing ("Motion 3 carried: resolution 2026-12"). */
#ifndef GAVEL_DESCRIBE_H
#define GAVEL_DESCRIBE_H

#include "live/event.h"
#include "live/state.h"

struct gv_buf;
struct gv_json;
struct gv_notice_given;

/* Append the description of e (no newline) to b. */
void gv_event_describe(struct gv_buf *b, const struct gv_live_ctx *c, const struct gv_event *e);

/* The description of ev[i] in its log ev[0..i]: a recorded vote, typed or
 * electronic, also names the members deemed to vote no, so its line names
 * every side (docs/live.md, "log"). */
void gv_event_describe_in(struct gv_buf *b, const struct gv_live_ctx *c, const struct gv_event *ev,
			  size_t i);

/* A notice of motion given at the meeting, in the log's words ("Notice of
 * motion given by ... (item 13.1): TEXT"). */
void gv_live_notice_describe(struct gv_buf *b, const struct gv_live_ctx *c,
			     const struct gv_notice_given *d);

/* The log as `gavel live M log` shows it: every event in order with its
 * time, corrections and what they void, and the notices of motion nt given
 * at the meeting (not events: a line without a number, kind "notice" and
 * seq null in JSON) where they fall in time. Confidential events show only
 * their kind unless confidential is true. */
void gv_live_log_text(struct gv_buf *b, const struct gv_live_ctx *c, const struct gv_event *ev,
		      size_t n, const struct gv_notice_given *nt, size_t n_nt, bool confidential);
void gv_live_log_json(struct gv_json *j, const struct gv_live_ctx *c, const struct gv_event *ev,
		      size_t n, const struct gv_notice_given *nt, size_t n_nt, bool confidential);

#endif
