/* bench/first_frame GAVEL WORKSPACE [N]: the terminal UI's time to its first
 * screen and its peak resident memory on a workspace. The real binary runs
 * N times (default 5) in a pseudo-terminal of 120x40 with
 * GAVEL_TUI_EXIT_AFTER_FIRST_FRAME=1, which quits after the first refresh;
 * the time is from fork to exit, the memory the child's ru_maxrss. As a
 * floor measured in the same run, `gavel version` in the same terminal.
 * Targets (docs/performance.md): at most 50 ms and 30 MB. */
#include <pty.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* Run argv in a new terminal, draining what it draws; *ms, *cpu and *kb get
 * the wall time, the processor time and the peak resident memory. */
static int run(char *const argv[], double *ms, double *cpu, long *kb)
{
	struct winsize ws = {.ws_row = 40, .ws_col = 120};
	int fd;
	double t0 = now_ms();
	pid_t pid = forkpty(&fd, NULL, NULL, &ws);
	if (pid < 0)
		return -1;
	if (pid == 0) {
		setenv("TERM", "xterm-256color", 1);
		setenv("LANG", "C.UTF-8", 1);
		setenv("GAVEL_TUI_EXIT_AFTER_FIRST_FRAME", "1", 1);
		execvp(argv[0], argv);
		_exit(127);
	}
	char buf[65536];
	while (read(fd, buf, sizeof buf) > 0)
		;
	int status;
	struct rusage ru;
	if (wait4(pid, &status, 0, &ru) < 0)
		return -1;
	*ms = now_ms() - t0;
	*cpu = (ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1e3 +
	       (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e3;
	*kb = ru.ru_maxrss;
	close(fd);
	return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : -1;
}

static int cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

static double median(double *v, int n)
{
	qsort(v, (size_t)n, sizeof *v, cmp);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

int main(int argc, char **argv)
{
	if (argc < 3 || argc > 4) {
		fprintf(stderr, "usage: first_frame GAVEL WORKSPACE [N]\n");
		return 2;
	}
	int n = argc == 4 ? atoi(argv[3]) : 5;
	if (n < 1 || n > 100)
		n = 5;
	char *tui[] = {argv[1], "-C", argv[2], NULL};
	char *version[] = {argv[1], "version", NULL};
	double t[100], floor_t[100], c[100], floor_c[100];
	long kb = 0, floor_kb = 0;
	for (int i = 0; i < n; i++) {
		long k;
		if (run(tui, &t[i], &c[i], &k)) {
			fprintf(stderr, "first_frame: the terminal UI failed on %s\n", argv[2]);
			return 1;
		}
		kb = k > kb ? k : kb;
		if (run(version, &floor_t[i], &floor_c[i], &k)) {
			fprintf(stderr, "first_frame: gavel version failed\n");
			return 1;
		}
		floor_kb = k > floor_kb ? k : floor_kb;
	}
	double ms = median(t, n), floor_ms = median(floor_t, n);
	double cpu = median(c, n), floor_cpu = median(floor_c, n);
	printf("first_frame: the terminal UI on %s, %d runs in a 120x40 pseudo-terminal\n",
	       argv[2], n);
	printf("  first screen: median %7.1f ms, peak resident %6.1f MB (targets 50 ms, 30 MB: "
	       "%s, %s)\n",
	       ms, kb / 1024.0, ms <= 50 ? "met" : "NOT met", kb <= 30 * 1024 ? "met" : "NOT met");
	printf("    in processor time: median %7.1f ms\n", cpu);
	printf("  gavel version (process floor): median %7.1f ms (processor %5.1f ms), peak "
	       "resident %6.1f MB\n",
	       floor_ms, floor_cpu, floor_kb / 1024.0);
	printf("  ratio: the first screen takes %.1fx the floor\n", ms / floor_ms);
	return 0;
}
