/* What the items of an agenda carry of the records after the vote
 * (docs/bylaws.md): the by-law an item names, with its status as the
 * register and the log stand, and the member who gives an item's notice of
 * motion. */
#ifndef GAVEL_ITEM_RECORDS_H
#define GAVEL_ITEM_RECORDS_H

#include <stddef.h>
#include <stdint.h>

struct gv_ws;
struct gv_err;
struct gv_json;
struct gv_item;

struct gv_item_record {
	int64_t item_id;
	char *bylaw;          /* its number, NULL: none */
	char *bylaw_status;   /* gv_bylaw_status, NULL without a by-law */
	unsigned readings;    /* the readings it had (GV_READING_*) */
	char *mover;          /* the mover's name, NULL: none */
};

/* The items of meeting_id that carry a by-law or a mover. */
int gv_item_records(struct gv_ws *ws, int64_t meeting_id, struct gv_item_record **out,
		    size_t *n, struct gv_err *err);
void gv_item_records_free(struct gv_item_record *r, size_t n);

/* "bylaw": {"number", "status", "readings": [1, 2]} or null, and "mover":
 * NAME or null, of item it (arg: a struct gv_item_records_arg). */
struct gv_item_records_arg {
	const struct gv_item_record *r;
	size_t n;
};
void gv_item_records_json(struct gv_json *j, const struct gv_item *it, void *arg);

#endif
