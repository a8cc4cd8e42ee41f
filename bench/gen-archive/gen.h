/* The archive generator's state: the runner that sends command lines
 * through gavel's command table (demo/runner.h), the seed, and the
 * numbering that runs through a year (reports, by-laws). */
#ifndef GEN_GEN_H
#define GEN_GEN_H

#include <stdint.h>

#include "base/buf.h"
#include "bench/gen-archive/topics.h"
#include "demo/runner.h"

#define GEN_QUOTES 8

struct gen {
	struct demo_runner run;
	uint64_t seed;
	int first_year, last_year;
	struct gv_buf quoted[GEN_QUOTES];  /* gen_q's ring of words */
	unsigned next_quote;
	/* per year of the archive (and the one after, for upcoming meetings) */
	int (*report_seq)[DEPT_COUNT];
	int *bylaw_seq;
	/* what was made, for the progress line */
	long lines, meetings, items, events;
};

/* The line made of fmt, run at the current GAVEL_NOW with input as its
 * text. A refused line is a bug of the generator: it says which and exits. */
void gen_run(struct gen *g, const char *input, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* s as one word of a command line (quoted), valid for the next
 * GEN_QUOTES calls. */
const char *gen_q(struct gen *g, const char *s);

/* The clock of the lines that follow: local time y-m-d h:m in the
 * workspace's time zone. */
void gen_clock(int y, int m, int d, int h, int min);

/* A report number (1, 2, ...) of dept in year; the next by-law number. */
int gen_report_seq(struct gen *g, int year, enum dept d);
int gen_bylaw_seq(struct gen *g, int year);

/* How long each kind of command line took (GEN_PROFILE=1), to stderr. */
void gen_profile_print(void);

void gen_die(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));

#endif
