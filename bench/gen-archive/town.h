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
	int seats;              /* voting members, fixed by the procedure by-law */
	int quorum;
	int hour, minute;       /* when its meetings start */
	bool streamed;
};

extern const struct town_body town_bodies[N_BODIES];

struct town_date {
	int y, m, d;
	int body;
};

/* The settings, the committees, the staff and the council in office on the
 * first day of the archive (gen_clock already set), with the elections
 * before that day entered from the Township's records. */
void town_setup(struct gen *g);

/* Councils are elected every four years and take office on November 15
 * (docs/people.md): the years of the elections from 2006 to 2022. */
#define TOWN_FIRST_ELECTION 2006
#define TOWN_ELECTIONS 5
/* Enter the council elected in `year`: the members who leave retire on
 * November 15, the new ones and those elected to another seat (the new
 * deputy mayor) begin a term that day. */
void town_election(struct gen *g, int year);

/* The surnames of body's voting members on date d (at most
 * TOWN_MAX_MEMBERS), the mayor first: returns how many. */
#define TOWN_MAX_MEMBERS 7
size_t town_members(int body, struct town_date d, const char **out);

/* The meetings of year y in date order; returns how many (at most max). */
size_t town_schedule(int y, struct town_date *out, size_t max);

/* Days since 1970-01-01. */
long town_days(struct town_date d);
/* The date n days after d (n may be negative). */
struct town_date town_add_days(struct town_date d, int n);

#endif
