/* Open data: the public record as Popolo JSON, as CSV of member votes, and
 * as Open Civic Data events. Each writes one document into out. */
#ifndef GAVEL_EXPORT_H
#define GAVEL_EXPORT_H

#include <stddef.h>

struct gv_buf;
struct gv_err;
struct gv_ws;
struct gv_vote_record;

/* {"organizations", "persons", "memberships", "motions", "vote_events"} */
int gv_export_popolo(struct gv_ws *ws, const struct gv_vote_record *r, struct gv_buf *out,
		     struct gv_err *err);
/* meeting,date,item,motion,resolution,member,vote,result (RFC 4180). */
void gv_export_votes_csv(const struct gv_vote_record *r, struct gv_buf *out);
/* {"events": [...], "vote_events": [...]}: OCD events with their agenda
 * and video offsets, vote events with OCD's strict options. */
int gv_export_ocd(struct gv_ws *ws, const struct gv_vote_record *r, struct gv_buf *out,
		  struct gv_err *err);

#endif
