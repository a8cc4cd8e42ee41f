/* Notices of motion given by the items of an agenda's notices section
 * (docs/bylaws.md, "Notices of motion"): each item the meeting dealt with
 * gives its notice when the meeting adjourns, with the mover the item
 * names, once. */
#ifndef GAVEL_NOTICE_ITEMS_H
#define GAVEL_NOTICE_ITEMS_H

#include <stdbool.h>
#include <stdint.h>

struct gv_ws;
struct gv_err;
struct gv_event;
struct gv_live_ctx;
struct gv_live_state;

/* e was just inserted, s is the state before it: at an adjournment (not
 * one for want of quorum), record the notices of the items of the notices
 * section that s dealt with and that have none yet; refused when such an
 * item names no mover. */
int gv_live_notice_items(struct gv_ws *ws, const struct gv_live_ctx *c,
			 const struct gv_live_state *s, const struct gv_event *e,
			 struct gv_err *err);

/* The item before the meeting when it is one of its notices section, else 0:
 * a notice recorded then (live M notice) is that item's. */
int64_t gv_live_notice_item_now(const struct gv_live_ctx *c, const struct gv_live_state *s);

/* The item a notice that mover_id gives now (live M notice) is: the item
 * of the notices section before the meeting when it names mover_id as its
 * mover, or names none; else 0, a notice of its own (another member's
 * notice given while the item is up leaves the item's to be given). */
int gv_live_notice_item_of(struct gv_ws *ws, const struct gv_live_ctx *c,
			   const struct gv_live_state *s, int64_t mover_id, int64_t *item,
			   struct gv_err *err);

/* May a notice of motion be given at meeting c at time at? Only while the
 * meeting sits in open session: after its call to order, not after its
 * adjournment, not in closed session (docs/bylaws.md, "Notices of motion").
 * GV_EREFUSED with the rule otherwise. */
int gv_live_notice_check(const struct gv_live_ctx *c, const struct gv_live_state *s, int64_t at,
			 struct gv_err *err);

#endif
