/* The words of the generated town: streets, parks, firms, people and
 * groups, for the slots of prose templates (prose.h). */
#ifndef GEN_VOCAB_H
#define GEN_VOCAB_H

#include <stddef.h>

struct vocab {
	const char *slot;          /* the name in templates: "road" for {road} */
	const char *const *words;
	size_t n;
};

/* "January" for 1. */
const char *vocab_month(int m);

/* The list for slot, or NULL when the slot is not a word list. */
const struct vocab *vocab_find(const char *slot, size_t len);

#endif
