/* Full-text search of agendas, motions and the clerk's notes (SQLite FTS5, accents and case
 * folded), ranked by bm25 with titles above text, with snippets. */
#ifndef GAVEL_SEARCH_H
#define GAVEL_SEARCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <sqlite3.h>

struct gv_ws;
struct gv_err;

struct gv_search_query {
	const char *text;     /* words (all must match), "phrases", prefix* */
	bool public;          /* public meetings and text only: no closed items, no
			       * closed-session motions, no redacted words */
	int64_t body_id;      /* 0: every body */
	int year;             /* 0: every year (the meeting's local year) */
	int64_t member_id;    /* 0: anyone; else motions this member moved or seconded */
	int limit;
};

struct gv_search_hit {
	char *meeting;        /* slug */
	char date[16];
	char *body;
	char item[32];        /* "9.1", "" for a motion moved with no item */
	char *title;          /* the item's title (public form when public) */
	const char *kind;     /* "item", "motion" or "note" (the clerk's, in the minutes) */
	int motion;           /* the motion's number, 0 for items and in public results */
	char resolution[24];  /* a carried motion's resolution number, else "" */
	char *snippet;        /* [matched] words in brackets */
	double score;         /* bm25: lower is better */
};

int gv_search(struct gv_ws *ws, const struct gv_search_query *q, struct gv_search_hit **hits,
	      size_t *n, struct gv_err *err);
void gv_search_hits_free(struct gv_search_hit *h, size_t n);

/* The FTS5 query for what a person typed: bare words quoted (so "by-law"
 * or "s.239" are words, not syntax), "phrases" kept, a trailing * kept as
 * a prefix. Refused when nothing searchable is left. Caller frees. */
int gv_search_expression(const char *text, char **out, struct gv_err *err);

/* The index agrees with what it indexes (FTS5's own integrity check, and a
 * row for every item and motion with its current title and text). */
int gv_search_check(sqlite3 *db, struct gv_err *err);
/* Make the index again from the tables, in one transaction. */
int gv_search_rebuild(sqlite3 *db, struct gv_err *err);

#endif
