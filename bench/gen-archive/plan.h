/* One generated meeting: its agenda as a plan of sections and items (made
 * and entered a week before), then its proceedings and minutes. */
#ifndef GEN_PLAN_H
#define GEN_PLAN_H

#include <stdbool.h>
#include <stddef.h>

#include "bench/gen-archive/rng.h"
#include "bench/gen-archive/texts.h"
#include "bench/gen-archive/town.h"

struct gen;

enum section_kind {
	SEC_CALL, SEC_LAND, SEC_DISCLOSURE, SEC_AGENDA, SEC_MINUTES, SEC_DELEGATIONS,
	SEC_PRESENTATIONS, SEC_CONSENT, SEC_REPORTS, SEC_INFO, SEC_LETTERS, SEC_BYLAWS,
	SEC_NOTICES, SEC_CLOSED, SEC_CONFIRM, SEC_ADJOURN,
};

struct plan_item {
	char number[16];
	struct text text;
	const char *clause;  /* closed session, else NULL */
	const char *mover;   /* a notice of motion: who gives it, else NULL */
};

struct plan_section {
	enum section_kind kind;
	char number[8];
	const char *title;
	char *motion;        /* the one motion for the whole section, NULL: none */
	struct plan_item *items;
	size_t n;
};

struct plan {
	struct town_date date;
	const struct town_body *body;
	const char *members[TOWN_MAX_MEMBERS]; /* surnames of the voting members that day */
	size_t n_members;
	char slug[80];
	const char *prev_slug;   /* the body's previous meeting, NULL: none */
	struct rng rng;
	struct plan_section sections[16];
	size_t n_sections;
	int minutes_motion;      /* the motion that adopted prev_slug's minutes, 0: none */
	size_t n_items;
};

/* Plan the meeting on date (its body's previous meeting prev, or NULL) and
 * enter its agenda: schedule it, add every item, publish it. */
void plan_agenda(struct gen *g, struct plan *p, struct town_date date, const char *prev_slug);
/* The meeting as the clerk entered it, from the call to order to the
 * adjournment. */
void plan_proceedings(struct gen *g, struct plan *p);
/* The morning after: approve the previous minutes, link the recording,
 * add the clerk's notes and save. */
void plan_minutes(struct gen *g, struct plan *p);
void plan_free(struct plan *p);

#endif
