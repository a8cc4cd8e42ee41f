/* bench/gen-archive: a realistic workspace of N years of the Township of
 * Larchmere (Council and two committees, about fifty meetings a year, 30 to
 * 60 items each), made by running gavel command lines through the command
 * table in the order a clerk would have entered them: each agenda a week
 * before its meeting, the proceedings on the day, the notes, the saved
 * minutes and the approval of the previous minutes the morning after. A
 * new council takes office on November 15 of every fourth year from 2006
 * (town.c); the members hold their terms whatever N is, those elected
 * before the archive's first year entered at its start.
 *
 *   gen-archive [--years N] [--seed S] [--out DIR]
 *
 * The archive ends on December 31, 2025, with the first meetings of 2026
 * scheduled and their agendas published. The same seed gives the same
 * workspace (database and git history); progress goes to stderr. */
#include "bench/gen-archive/gen.h"
#include "bench/gen-archive/plan.h"
#include "bench/gen-archive/town.h"

#include "store/repo.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define LAST_YEAR 2025
#define MAX_PER_YEAR 64

enum phase { PH_AGENDA, PH_LIVE, PH_MINUTES, PH_ELECTION };

struct meeting {
	struct town_date date;
	int prev;            /* index of the body's previous meeting, -1: none */
	char slug[80];
	struct plan plan;
};

struct scene {
	long minute;         /* since the epoch, local */
	enum phase phase;
	size_t meeting;      /* PH_ELECTION: the year */
};

static int by_time(const void *a, const void *b)
{
	const struct scene *x = a, *y = b;
	if (x->minute != y->minute)
		return x->minute < y->minute ? -1 : 1;
	return x->meeting < y->meeting ? -1 : x->meeting > y->meeting;
}

static double seconds(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static void usage(void)
{
	fputs("usage: gen-archive [--years N] [--seed S] [--out DIR]\n", stderr);
	exit(2);
}

/* Every meeting from the first year to the ones of January after the last
 * whose agendas are out by December 31. */
static struct meeting *schedule(struct gen *g, size_t *n)
{
	size_t cap = (size_t)(g->last_year - g->first_year + 2) * MAX_PER_YEAR;
	struct meeting *m = gv_calloc(cap, sizeof *m);
	struct town_date dates[MAX_PER_YEAR];
	int last[N_BODIES] = {-1, -1, -1};
	long end = town_days((struct town_date){g->last_year, 12, 31, 0});
	*n = 0;
	for (int y = g->first_year; y <= g->last_year + 1; y++) {
		size_t k = town_schedule(y, dates, MAX_PER_YEAR);
		for (size_t i = 0; i < k; i++) {
			if (town_days(dates[i]) - 7 > end)
				continue;
			struct meeting *x = &m[*n];
			x->date = dates[i];
			x->prev = last[dates[i].body];
			snprintf(x->slug, sizeof x->slug, "%04d-%02d-%02d-%s", dates[i].y, dates[i].m,
				 dates[i].d, town_bodies[dates[i].body].slug);
			last[dates[i].body] = (int)(*n)++;
		}
	}
	return m;
}

/* Election day is in late October (November 13 in 2006); the clerk enters
 * the council it elected on November 14, the day before it takes office. */
#define ELECTION_ENTERED_AT (15 * 60)

static struct scene *scenes(struct gen *g, const struct meeting *m, size_t n, size_t *n_out)
{
	struct scene *s = gv_calloc(3 * n + TOWN_ELECTIONS, sizeof *s);
	long end = town_days((struct town_date){g->last_year, 12, 31, 0}) * 1440 + 23 * 60 + 59;
	*n_out = 0;
	for (size_t i = 0; i < n; i++) {
		long day = town_days(m[i].date) * 1440;
		const struct scene all[] = {
			{day - 7 * 1440 + 16 * 60, PH_AGENDA, i},
			{day + 23 * 60 + 59, PH_LIVE, i},
			{day + 1440 + 10 * 60, PH_MINUTES, i},
		};
		for (size_t k = 0; k < 3; k++)
			if (all[k].minute <= end)
				s[(*n_out)++] = all[k];
	}
	/* the elections before the first year are in town_setup */
	for (int y = TOWN_FIRST_ELECTION; y < TOWN_FIRST_ELECTION + 4 * TOWN_ELECTIONS; y += 4)
		if (y >= g->first_year && y <= g->last_year)
			s[(*n_out)++] = (struct scene){
				town_days((struct town_date){y, 11, 14, 0}) * 1440 + ELECTION_ENTERED_AT,
				PH_ELECTION, (size_t)y};
	qsort(s, *n_out, sizeof *s, by_time);
	return s;
}

static double cpu_seconds(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* The line says how much processor time a command line took since the
 * last one, to show growth with the size of the archive. */
static void progress(struct gen *g, const struct meeting *m, size_t done, size_t total,
		     double t0, bool tty)
{
	static double last_cpu;
	static long last_lines;
	double cpu = cpu_seconds();
	double per_line = g->lines > last_lines ? 1e3 * (cpu - last_cpu) / (double)(g->lines - last_lines) : 0;
	fprintf(stderr, "%sgen-archive: %d-%02d, %zu of %zu meetings, %ld items, %ld events, "
			"%ld command lines, %.0f s (%.2f ms of CPU a line)%s",
		tty ? "\r" : "", m->date.y, m->date.m, done, total, g->items, g->events, g->lines,
		seconds() - t0, per_line, tty ? "\033[K" : "\n");
	last_cpu = cpu;
	last_lines = g->lines;
}

static void run_scene(struct gen *g, struct meeting *all, const struct scene *s)
{
	struct meeting *m = s->phase == PH_ELECTION ? NULL : &all[s->meeting];
	switch (s->phase) {
	case PH_AGENDA: {
		struct town_date d = town_add_days(m->date, -7);
		gen_clock(d.y, d.m, d.d, 16, 0);
		plan_agenda(g, &m->plan, m->date, m->prev >= 0 ? all[m->prev].slug : NULL);
		break;
	}
	case PH_LIVE: plan_proceedings(g, &m->plan); break;
	case PH_MINUTES:
		plan_minutes(g, &m->plan);
		plan_free(&m->plan);
		g->meetings++;
		break;
	case PH_ELECTION:
		gen_clock((int)s->meeting, 11, 14, ELECTION_ENTERED_AT / 60, 0);
		town_election(g, (int)s->meeting);
		break;
	}
}

int main(int argc, char **argv)
{
	int years = 20;
	unsigned long long seed = 1;
	const char *out = "larchmere";
	for (int i = 1; i < argc; i++) {
		if (i + 1 < argc && !strcmp(argv[i], "--years"))
			years = atoi(argv[++i]);
		else if (i + 1 < argc && !strcmp(argv[i], "--seed"))
			seed = strtoull(argv[++i], NULL, 10);
		else if (i + 1 < argc && !strcmp(argv[i], "--out"))
			out = argv[++i];
		else
			usage();
	}
	if (years < 1 || years > 100)
		usage();
	struct gen g = {.seed = seed, .first_year = LAST_YEAR - years + 1, .last_year = LAST_YEAR};
	g.report_seq = gv_calloc((size_t)years + 2, sizeof *g.report_seq);
	g.bylaw_seq = gv_calloc((size_t)years + 2, sizeof *g.bylaw_seq);
	gv_repo_global_init();
	struct gv_err err = {0};
	if (demo_runner_begin(&g.run, out, &err))
		gen_die("%s", err.msg);

	double t0 = seconds();
	char now[40];
	snprintf(now, sizeof now, "%d-01-02T14:00:00Z", g.first_year);
	setenv("GAVEL_NOW", now, 1);
	gen_run(&g, NULL, "init %s --name 'Township of Larchmere' --timezone America/Toronto",
		gen_q(&g, out));
	if (demo_runner_open(&g.run, &err))
		gen_die("%s", err.msg);
	town_setup(&g);

	size_t n, n_scenes;
	struct meeting *m = schedule(&g, &n);
	struct scene *s = scenes(&g, m, n, &n_scenes);
	bool tty = isatty(STDERR_FILENO);
	int year = 0;
	for (size_t i = 0; i < n_scenes; i++) {
		run_scene(&g, m, &s[i]);
		if (s[i].phase == PH_ELECTION)
			continue;
		const struct meeting *x = &m[s[i].meeting];
		if (s[i].phase == PH_LIVE && (tty || x->date.y != year)) {
			progress(&g, x, s[i].meeting + 1, n, t0, tty);
			year = x->date.y;
		}
	}
	for (size_t i = 0; i < n; i++)
		plan_free(&m[i].plan);
	if (demo_runner_finish(&g.run, &err))
		gen_die("%s", err.msg);
	demo_runner_end(&g.run);
	fprintf(stderr, "%sgen-archive: %s: %d years, %ld meetings held, %zu scheduled, %ld items, "
			"%ld events, %ld command lines in %.1f s\n",
		tty ? "\r\033[K" : "", out, years, g.meetings, n, g.items, g.events, g.lines,
		seconds() - t0);
	if (getenv("GEN_PROFILE"))
		gen_profile_print();
	for (int i = 0; i < GEN_QUOTES; i++)
		gv_buf_free(&g.quoted[i]);
	free(m);
	free(s);
	free(g.report_seq);
	free(g.bylaw_seq);
	return 0;
}
