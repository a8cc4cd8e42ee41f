/* The texts of agenda items: titles, staff reports of realistic length,
 * recommendations, letters, delegations, notices of motion, closed-session
 * reports and the clerk's notes, from prose templates. */
#ifndef GEN_TEXTS_H
#define GEN_TEXTS_H

#include "bench/gen-archive/prose.h"
#include "bench/gen-archive/topics.h"

struct text {
	char *title;
	char *body;            /* markdown, NULL: none */
	char *recommendation;  /* after "That ", NULL: none */
};

void text_free(struct text *t);

/* A staff report for decision (or for information with info) of about
 * `words` words; seq numbers it within its department's year; who is
 * the body that decides ("Council", "the Planning Committee"). */
void text_report(struct prose *p, const struct topic *topic, int seq, int words, bool info,
		 const char *who, struct text *out);
void text_delegation(struct prose *p, struct text *out);
void text_presentation(struct prose *p, struct text *out);
void text_correspondence(struct prose *p, struct text *out);
/* A notice of motion by a councillor (their surname). */
void text_notice(struct prose *p, const char *councillor, struct text *out);
/* A closed-session report under clause (e.g. "239(2)(c)"). */
void text_closed(struct prose *p, const char *clause, struct text *out);
/* "By-law 2026-051, a by-law to ..." */
void text_bylaw(struct prose *p, int number, struct text *out);
/* The clerk's narrative for an item. */
char *text_note(struct prose *p);

#endif
