/* Checking a meeting log after the fact: every event, replayed in order,
 * must pass the procedure rules it was recorded under against the state
 * before it (docs/procedure.md, "Logs recorded under earlier rules"), and
 * what the rules derive (motion numbers, results, what an undo voids,
 * confidentiality) must be what the log holds. For `gavel check`. */
#ifndef GAVEL_LOG_CHECK_H
#define GAVEL_LOG_CHECK_H

#include <stdint.h>

struct gv_ws;
struct gv_err;

/* An event the rules of its day accepted and today's refuse: not a fault of
 * the log; said once for each such event, in one line (docs/procedure.md,
 * "Logs recorded under earlier rules"). */
typedef void gv_live_warn_fn(void *arg, const char *warning);

/* 0 when the log of meeting_id holds; GV_EREFUSED with the first event
 * that breaks the rules it was recorded under, or whose derived fields
 * are not what the rules give. warn (may be NULL) hears of the events
 * before it that only today's rules refuse. */
int gv_live_check(struct gv_ws *ws, int64_t meeting_id, gv_live_warn_fn *warn, void *arg,
		  struct gv_err *err);

#endif
