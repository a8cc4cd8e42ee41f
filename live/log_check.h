/* Checking a meeting log after the fact: every event, replayed in order,
 * must pass the procedure rules against the state before it, and what the
 * rules derive (motion numbers, results, what an undo voids, confidentiality)
 * must be what the log holds. For `gavel check`. */
#ifndef GAVEL_LOG_CHECK_H
#define GAVEL_LOG_CHECK_H

#include <stdint.h>

struct gv_ws;
struct gv_err;

int gv_live_check(struct gv_ws *ws, int64_t meeting_id, struct gv_err *err);

#endif
