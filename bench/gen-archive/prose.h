/* Generated prose: templates with {slots} filled from the town's words
 * (vocab.h) and numbers, deterministic from a generator.
 *
 * Slots: a word list ({road}, {park}, {consultant}, ...) keeps its first
 * pick for the whole text, so a report speaks of one road; {road*} picks
 * afresh. {year}, {lastyear} (1 to 5 years before), {nextyear},
 * {oldyear} (built long ago), {date} (a day before the meeting),
 * {amount}, {cost}, {small} (dollars), {percent}, {count}, {ward}, and
 * the text's own {subject}, {thing}, {director} and {code}, which may
 * hold slots themselves. */
#ifndef GEN_PROSE_H
#define GEN_PROSE_H

#include <stddef.h>

#include "base/buf.h"
#include "bench/gen-archive/rng.h"

#define PROSE_FIXED_MAX 24

struct vocab;

struct prose {
	struct rng *rng;
	int year, month;  /* of the meeting: dates are before it */
	const char *subject, *thing, *director, *code;
	int ward;         /* 0 until a {ward} picks one */
	size_t n_fixed;
	const struct vocab *fixed_list[PROSE_FIXED_MAX];
	const char *fixed_word[PROSE_FIXED_MAX];
};

/* A fresh text of the meeting's year and month: no slot picked yet. */
void prose_start(struct prose *p, struct rng *r, int year, int month);

/* Append tmpl with its slots filled. */
void prose_put(struct prose *p, struct gv_buf *out, const char *tmpl);
/* tmpl filled, as a new string (caller frees). */
char *prose_str(struct prose *p, const char *tmpl);

/* A paragraph of n sentences picked from the templates (no sentence twice
 * in a row), ending with a blank line. */
void prose_paragraph(struct prose *p, struct gv_buf *out, const char *const *sentences,
		     size_t n_sentences, int n);

/* Words in s (runs of non-space). */
size_t prose_words(const char *s);

#endif
