/* The people of a meeting as minutes, pages and exports name them: the
 * roster of the meeting's day that the live context holds (its members
 * and everyone else, with the titles they had then; docs/people.md,
 * "Rosters by date"), styled by gv_person_styled. The one place the
 * minutes and the site take "who was who at meeting M" from. */
#ifndef GAVEL_LIVE_PEOPLE_H
#define GAVEL_LIVE_PEOPLE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct gv_live_ctx;

/* A person of the meeting with the title they had that day: "Councillor
 * Okafor" (full: "Councillor Omar Okafor"), staff "Jane Doe, Clerk".
 * The short form turns full when another person of that day shares the
 * surname, so that it always names one person. "?" when unknown. Caller
 * frees. */
char *gv_people_styled(const struct gv_live_ctx *c, int64_t id, bool full);
/* Their title that day ("Deputy Mayor", "Director of Finance"): the title,
 * else the role's label; "" when unknown. */
const char *gv_people_title(const struct gv_live_ctx *c, int64_t id);
/* Sort ids by role, then surname, as the roster of that day is ordered
 * (unknown ids last, in their order). */
void gv_people_sort(const struct gv_live_ctx *c, int64_t *ids, size_t n);
/* The first person of that day in role ("clerk", "mayor"), 0 if none. */
int64_t gv_people_first(const struct gv_live_ctx *c, const char *role);

#endif
