#include "bench/gen-archive/gen.h"

#include "base/clock.h"
#include "base/err.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* Time spent per command (its first words, the meeting left out), for
 * GEN_PROFILE=1. */
struct verb_time {
	char verb[32];
	double seconds;
	long n;
};
static struct verb_time verbs[64];
static size_t n_verbs;

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* "live 2025-01-14-council take 9.1 ..." -> "live take" */
static void verb_of(const char *line, char out[32])
{
	char a[96] = "", b[96] = "", c[96] = "";
	sscanf(line, "%95s %95s %95s", a, b, c);
	bool skip = !strcmp(a, "live") || (!strcmp(a, "minutes") && strchr(b, '-'));
	snprintf(out, 32, "%s %s", a, skip ? c : (b[0] == '-' || strchr(b, '-') ? "" : b));
}

static void profile(const char *line, double seconds)
{
	char verb[32];
	verb_of(line, verb);
	size_t i = 0;
	while (i < n_verbs && strcmp(verbs[i].verb, verb))
		i++;
	if (i == n_verbs) {
		if (n_verbs == sizeof verbs / sizeof *verbs)
			return;
		snprintf(verbs[n_verbs++].verb, sizeof verbs[i].verb, "%s", verb);
	}
	verbs[i].seconds += seconds;
	verbs[i].n++;
}

static int by_seconds(const void *a, const void *b)
{
	const struct verb_time *x = a, *y = b;
	return x->seconds < y->seconds ? 1 : x->seconds > y->seconds ? -1 : 0;
}

void gen_profile_print(void)
{
	qsort(verbs, n_verbs, sizeof *verbs, by_seconds);
	fprintf(stderr, "%-24s %8s %10s %10s\n", "command", "lines", "seconds", "ms/line");
	for (size_t i = 0; i < n_verbs; i++)
		fprintf(stderr, "%-24s %8ld %10.2f %10.3f\n", verbs[i].verb, verbs[i].n,
			verbs[i].seconds, 1e3 * verbs[i].seconds / (double)verbs[i].n);
}

void gen_die(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fputs("gen-archive: ", stderr);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
	exit(1);
}

void gen_run(struct gen *g, const char *input, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *line = NULL;
	if (vasprintf(&line, fmt, ap) < 0)
		gen_die("out of memory");
	va_end(ap);
	double t0 = now_s();
	int rc = demo_runner_line(&g->run, line, input);
	profile(line, now_s() - t0);
	if (rc)
		gen_die("'%s' failed (GAVEL_NOW=%s): %s", line, getenv("GAVEL_NOW"),
			g->run.ctx.err.msg);
	g->lines++;
	free(line);
}

const char *gen_q(struct gen *g, const char *s)
{
	struct gv_buf *b = &g->quoted[g->next_quote++ % GEN_QUOTES];
	gv_buf_reset(b);
	gv_buf_putc(b, '\'');
	for (; *s; s++) {
		if (*s == '\'')
			gv_buf_puts(b, "'\\''");
		else
			gv_buf_putc(b, *s);
	}
	gv_buf_putc(b, '\'');
	return gv_buf_str(b);
}

void gen_clock(int y, int m, int d, int h, int min)
{
	char local[40], iso[32];
	snprintf(local, sizeof local, "%04d-%02d-%02d %02d:%02d", y, m, d, h, min);
	int64_t t;
	struct gv_err err = {0};
	if (gv_time_parse(local, 0, &t, &err))
		gen_die("no such local time %s: %s", local, err.msg);
	gv_time_iso_utc(t, iso);
	setenv("GAVEL_NOW", iso, 1);
}

int gen_report_seq(struct gen *g, int year, enum dept d)
{
	return ++g->report_seq[year - g->first_year][d];
}

int gen_bylaw_seq(struct gen *g, int year)
{
	return ++g->bylaw_seq[year - g->first_year];
}
