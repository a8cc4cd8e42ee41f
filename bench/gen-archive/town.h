/* The Township of Larchmere, Ontario: its Council and two committees, their
 * members and staff, and the calendar of their meetings. */
#ifndef GEN_TOWN_H
#define GEN_TOWN_H

#include <stdbool.h>
#include <stddef.h>

struct gen;

enum { BODY_COUNCIL, BODY_PLANNING, BODY_FINANCE, N_BODIES };

struct town_body {
	const char *name;       /* as `body add` takes it */
	const char *slug;       /* as meeting slugs end */
	const char *title;      /* of its meetings */
	const char *who;        /* in recommendations: "That Council ..." */
	const char *const *members;  /* surnames of its voting members */
	size_t n_members;
	int quorum;
	int hour, minute;       /* when its meetings start */
	bool streamed;
};

extern const struct town_body town_bodies[N_BODIES];

/* The settings, the committees, the members and staff, entered on the
 * first day of the archive (gen_clock already set). */
void town_setup(struct gen *g);

struct town_date {
	int y, m, d;
	int body;
};

/* The meetings of year y in date order; returns how many (at most max). */
size_t town_schedule(int y, struct town_date *out, size_t max);

/* Days since 1970-01-01. */
long town_days(struct town_date d);
/* The date n days after d (n may be negative). */
struct town_date town_add_days(struct town_date d, int n);

#endif
