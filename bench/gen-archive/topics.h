/* What the town's reports are about: each topic names the department that
 * writes it, the title, the matter in a sentence's words, and what staff
 * recommend, as prose templates (prose.h). */
#ifndef GEN_TOPICS_H
#define GEN_TOPICS_H

#include <stddef.h>

enum topic_extra {
	EXTRA_NONE,
	EXTRA_TENDER,  /* a table of bids */
	EXTRA_BUDGET,  /* a table of costs by year */
	EXTRA_RATES,   /* a table of rates */
};

enum dept {
	DEPT_PW, DEPT_FIN, DEPT_PLN, DEPT_CS, DEPT_FIRE, DEPT_CLK, DEPT_CAO, DEPT_COUNT,
};

struct topic {
	enum dept dept;
	const char *subject;   /* "{road} Reconstruction" */
	const char *thing;     /* "the reconstruction of {road}" */
	const char *decision;  /* after "That Council ": "approve ..." */
	enum topic_extra extra;
};

/* Reports for decision, by the committee that first sees them: 0 Council,
 * 1 Planning Committee, 2 Finance and Audit Committee. */
const struct topic *topics_for(int body, size_t *n);
/* Reports for information (a consent agenda's). */
const struct topic *topics_info(size_t *n);

/* "PW", and "Director of Public Works" */
const char *dept_code(enum dept d);
const char *dept_director(enum dept d);
/* The staff member who signs the department's reports. */
const char *dept_author(enum dept d);

#endif
