/* Open data: the public record as Popolo JSON, as CSV of member votes, and
 * as Open Civic Data events. Each writes one document into out. */
#ifndef GAVEL_EXPORT_H
#define GAVEL_EXPORT_H

#include <stddef.h>

struct gv_buf;
struct gv_err;
struct gv_ws;
struct gv_vote_record;
struct gv_pub_meeting;

/* {"organizations", "persons", "memberships", "motions", "vote_events"} */
int gv_export_popolo(struct gv_ws *ws, const struct gv_vote_record *r, struct gv_buf *out,
		     struct gv_err *err);
/* The same made from parts, a meeting's motions and vote events at a time
 * (the site keeps them between publishes; publish/parts.h). */
void gv_part_popolo(struct gv_buf *motions, struct gv_buf *vote_events,
		    const struct gv_pub_meeting *pm);
int gv_popolo_write(struct gv_ws *ws, const struct gv_buf *motions,
		    const struct gv_buf *vote_events, struct gv_buf *out, struct gv_err *err);
/* meeting,date,item,item_title,motion,resolution,member,vote,result (RFC
 * 4180): the header, then each meeting's rows. */
void gv_export_votes_csv(const struct gv_vote_record *r, struct gv_buf *out);
void gv_csv_header(struct gv_buf *out);
void gv_part_csv(struct gv_buf *out, const struct gv_pub_meeting *pm);
/* {"events": [...], "vote_events": [...]}: OCD events with their agenda
 * and video offsets, vote events with OCD's strict options. */
int gv_export_ocd(struct gv_ws *ws, const struct gv_vote_record *r, struct gv_buf *out,
		  struct gv_err *err);

/* The by-law register as OCD bills with their actions (publish/export_bills.c). */
struct gv_json;
void gv_export_ocd_bills(struct gv_ws *ws, struct gv_json *j, const char *base_url,
			 const char *municipality, const struct gv_vote_record *r);

#endif
