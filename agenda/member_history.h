/* A member's history (docs/people.md): the periods in which they had one
 * name, role, title and ward, and their terms on each body. Dates are
 * YYYY-MM-DD: from NULL is since always, to (the first day after) NULL
 * still open. For the pages and open data that show people over time. */
#ifndef GAVEL_MEMBER_HISTORY_H
#define GAVEL_MEMBER_HISTORY_H

#include <stddef.h>
#include <stdint.h>

struct gv_ws;
struct gv_err;

struct gv_period {
	int64_t member_id;
	char *from, *to;
	char *name, *role, *title, *ward; /* title, ward: may be NULL */
};

struct gv_term {
	int64_t member_id;
	int64_t body_id;
	char *body, *body_slug;
	char *from, *to;
};

struct gv_member_history {
	struct gv_period *periods; /* by member, then from (since always first) */
	size_t n_periods;
	struct gv_term *terms;     /* by member, then body, then from */
	size_t n_terms;
};

/* The history of member_id, or of everyone (0). Clear with
 * gv_member_history_clear. */
int gv_member_history_load(struct gv_ws *ws, int64_t member_id, struct gv_member_history *h,
			   struct gv_err *err);
void gv_member_history_clear(struct gv_member_history *h);


#endif
