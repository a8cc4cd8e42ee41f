/* Sentence templates of staff reports, by section (prose.h fills them). */
#ifndef GEN_SENTENCES_H
#define GEN_SENTENCES_H

#include <stddef.h>

struct sentences {
	const char *const *s;
	size_t n;
};

extern const struct sentences sent_background, sent_analysis, sent_consultation,
	sent_financial, sent_conclusion, sent_info, sent_letter, sent_delegation,
	sent_closed, sent_note, sent_whereas;

#endif
