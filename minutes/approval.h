/* Approval of minutes: once council adopts them (a carried motion of a later
 * meeting) the minutes are tagged approved/<slug> in record/ and locked. */
#ifndef GAVEL_APPROVAL_H
#define GAVEL_APPROVAL_H

#include "agenda/approved.h"

#include <stdbool.h>
#include <stdint.h>

struct gv_ws;
struct gv_err;

/* 0 when the minutes of the meeting may still change; GV_EREFUSED with
 * "minutes of <slug> were approved at <M2> (resolution X)" when they are locked.
 * The live engine calls it before recording a correction to a meeting. */
int gv_minutes_locked(struct gv_ws *ws, int64_t meeting_id, struct gv_err *err);

/* Approve the minutes of meeting_ref: motion `motion` of meeting at_ref must
 * have carried, or force must be set (and at_ref NULL). Saves the minutes
 * with their approval, tags that commit approved/<slug> (annotated, the
 * clerk as tagger, a message naming the approving meeting and motion) and
 * locks them. Refused, with nothing changed, when already approved. */
int gv_minutes_approve(struct gv_ws *ws, const char *meeting_ref, const char *at_ref,
		       int motion, bool force, struct gv_err *err);

/* Tag record/'s latest version approved/<slug> as the recorded approval of
 * the meeting's minutes said (nothing when they are not approved or the
 * tag is there): for a record/ made again from the database. */
int gv_approval_retag(struct gv_ws *ws, int64_t meeting_id, const char *slug,
		      struct gv_err *err);

#endif
