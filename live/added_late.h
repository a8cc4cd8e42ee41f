/* An item added to the agenda of a meeting that has adjourned
 * (docs/minutes.md, "What approval locks"). */
#ifndef GAVEL_LIVE_ADDED_LATE_H
#define GAVEL_LIVE_ADDED_LATE_H

#include <stdint.h>

struct gv_ws;

/* What the clerk hears after adding item number to the meeting: NULL while
 * it has not adjourned (or was never held), else "<slug> adjourned at 9:01
 * p.m.: its draft minutes show item 10.1 as not dealt with", since nothing
 * can take the item up any more. Caller frees. */
char *gv_live_added_late(struct gv_ws *ws, int64_t meeting_id, const char *number);

#endif
