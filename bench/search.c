/* bench/search WORKSPACE [REPEAT]: full-text search of an archive through
 * the core (gv_search, as `gavel search` and the TUI call it: ranked, 20
 * results with snippets), against `grep -rilF` over the same archive's
 * markdown (record/meetings), over a fixed set of queries. Each query runs
 * REPEAT times (default 5) and counts with its median; the figures are the
 * median and 95th percentile over the queries. Target (docs/performance.md): a
 * median of at most 10 ms. */
#include "base/err.h"
#include "store/repo.h"
#include "store/search.h"
#include "store/workspace.h"

#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>

extern char **environ;

/* What people look up, as they would type it, with what grep is given for
 * it (the same words as one fixed string; a prefix without its star). */
static const struct {
	const char *query, *grep;
	int year;
	bool public;
} queries[] = {
	{"water rates", "water and wastewater rates", 0, false},
	{"bridge", "bridge", 0, false},
	{"zamboni", "zamboni", 0, false},
	{"cote", "cote", 0, false},
	{"budget", "budget", 0, false},
	{"\"closed session\"", "closed session", 0, false},
	{"procur*", "procur", 0, false},
	{"heritage designation", "heritage designation", 0, false},
	{"speed limit", "speed limit", 0, false},
	{"playground", "playground", 0, false},
	{"short-term rental", "short-term rental", 0, false},
	{"tender", "tender", 2015, false},
	{"insurance", "insurance", 0, true},
	{"deferred", "deferred", 0, false},
	{"watermain", "watermain", 0, false},
	{"subdivision", "subdivision", 0, true},
	{"development charges", "development charges", 0, false},
	{"Lakeshore Road", "lakeshore road", 0, false},
	{"fire master plan", "fire master plan", 0, false},
	{"library", "library", 2010, false},
	{"culvert", "culvert", 0, false},
	{"flooding", "flooding", 0, false},
	{"\"Queen Street East\"", "queen street east", 0, false},
	{"grants", "grants", 0, true},
	{"snow clearing sidewalks", "snow clearing on sidewalks", 0, false},
	{"arena", "arena", 0, false},
	{"broadband", "broadband", 0, false},
	{"Millrace Park", "millrace park", 0, false},
	{"by-law parking", "parking", 0, false},
	{"quillfeather", "quillfeather", 0, false},
};
#define N_QUERIES (sizeof queries / sizeof *queries)

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

/* The value at fraction f of the sorted samples (nearest rank). */
static double rank(double *v, size_t n, double f)
{
	qsort(v, n, sizeof *v, cmp_double);
	size_t i = (size_t)(f * (double)n + 0.999999);
	return v[i ? i - 1 : 0];
}

static void die(const char *what, const struct gv_err *err)
{
	fprintf(stderr, "search: %s%s%s\n", what, err ? ": " : "", err ? err->msg : "");
	exit(1);
}

static double cpu_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* Wall-clock time of one search; *cpu gets its processor time. */
static double search_ms(struct gv_ws *ws, size_t q, size_t *hits, double *cpu)
{
	struct gv_search_query sq = {.text = queries[q].query, .year = queries[q].year,
				     .public = queries[q].public, .limit = 20};
	struct gv_search_hit *h;
	struct gv_err err = {0};
	double t0 = now_ms(), c0 = cpu_ms();
	if (gv_search(ws, &sq, &h, hits, &err))
		die(queries[q].query, &err);
	double t = now_ms() - t0;
	*cpu = cpu_ms() - c0;
	gv_search_hits_free(h, *hits);
	return t;
}

static double grep_ms(const char *dir, size_t q)
{
	char *argv[] = {"grep", "-rilF", "--include=*.md", "--", (char *)queries[q].grep,
			(char *)dir, NULL};
	posix_spawn_file_actions_t fa;
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", 1, 0);
	pid_t pid;
	double t0 = now_ms();
	if (posix_spawnp(&pid, "grep", &fa, NULL, argv, environ))
		die("cannot run grep", NULL);
	int status;
	waitpid(pid, &status, 0);
	double t = now_ms() - t0;
	posix_spawn_file_actions_destroy(&fa);
	if (!WIFEXITED(status) || WEXITSTATUS(status) > 1)
		die("grep failed", NULL);
	return t;
}

int main(int argc, char **argv)
{
	if (argc < 2 || argc > 3) {
		fprintf(stderr, "usage: search WORKSPACE [REPEAT]\n");
		return 2;
	}
	int repeat = argc == 3 ? atoi(argv[2]) : 5;
	if (repeat < 1)
		repeat = 1;
	struct gv_ws *ws;
	struct gv_err err = {0};
	gv_repo_global_init();
	if (gv_ws_open(argv[1], &ws, &err))
		die("cannot open the workspace", &err);
	char *md = gv_ws_path(ws, "record/meetings");

	double gavel[N_QUERIES], gavel_cpu[N_QUERIES], grep[N_QUERIES], runs[64], cpus[64];
	size_t hits = 0, total_hits = 0;
	for (size_t q = 0; q < N_QUERIES; q++) {
		/* warm: the first query of a word reads its pages */
		search_ms(ws, q, &hits, &cpus[0]);
		for (int r = 0; r < repeat && r < 64; r++)
			runs[r] = search_ms(ws, q, &hits, &cpus[r]);
		gavel[q] = rank(runs, (size_t)(repeat < 64 ? repeat : 64), 0.5);
		gavel_cpu[q] = rank(cpus, (size_t)(repeat < 64 ? repeat : 64), 0.5);
		total_hits += hits;
		for (int r = 0; r < repeat && r < 64; r++)
			runs[r] = grep_ms(md, q);
		grep[q] = rank(runs, (size_t)(repeat < 64 ? repeat : 64), 0.5);
		if (getenv("BENCH_VERBOSE"))
			printf("  %-28s %8.2f ms (cpu %6.2f) %8.2f ms grep\n", queries[q].query,
			       gavel[q], gavel_cpu[q], grep[q]);
	}
	double g50 = rank(gavel, N_QUERIES, 0.5), g95 = rank(gavel, N_QUERIES, 0.95);
	double c50 = rank(gavel_cpu, N_QUERIES, 0.5), c95 = rank(gavel_cpu, N_QUERIES, 0.95);
	double r50 = rank(grep, N_QUERIES, 0.5), r95 = rank(grep, N_QUERIES, 0.95);
	printf("search: %zu queries, each the median of %d runs; %zu results shown in all\n",
	       N_QUERIES, repeat, total_hits);
	printf("  gavel search (FTS5, ranked, snippets): median %7.2f ms, p95 %7.2f ms\n", g50,
	       g95);
	printf("    in processor time:                   median %7.2f ms, p95 %7.2f ms\n", c50,
	       c95);
	printf("  grep -rilF over record/ markdown:      median %7.2f ms, p95 %7.2f ms\n", r50, r95);
	printf("  ratio: gavel is %.0fx faster at the median (target: median <= 10 ms: %s)\n",
	       r50 / g50, g50 <= 10 ? "met" : "NOT met");
	free(md);
	gv_ws_close(ws);
	return 0;
}
