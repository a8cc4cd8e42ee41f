/* bench/serve SOCKET SERVER-PID UID GID MEETING [CLIENTS] [ROUNDS]: CLIENTS
 * connections to a running gavel serve subscribed to MEETING (as the
 * clerk), and one councillor's (a child process under UID and GID, a login
 * linked to a member present) casting a ballot on the open electronic vote
 * (motion 1), ROUNDS times: how long each ballot takes to reach every
 * subscriber, from the moment the councillor is told to cast. Against it, a
 * line echoed between two processes over a bare Unix socket pair, measured
 * in the same run; then the server's peak resident memory. Targets
 * (docs/performance.md): p99 <= 50 ms, under 30 MB. */
#include "base/buf.h"
#include "base/err.h"
#include "serve/client.h"
#include "serve/proto.h"

#include <grp.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static int cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

static double pct(double *v, size_t n, double p)
{
	qsort(v, n, sizeof *v, cmp);
	size_t i = (size_t)(p * (double)(n - 1) + 0.5);
	return v[i < n ? i : n - 1];
}

static void die(const char *what, const char *why)
{
	fprintf(stderr, "bench/serve: %s: %s\n", what, why);
	exit(1);
}

/* The floor: a line of an event's size echoed by another process. */
static void echo_floor(size_t n, double *rt)
{
	int sv[2];
	if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv))
		die("socketpair", "failed");
	char line[160];
	memset(line, 'x', sizeof line - 1);
	line[sizeof line - 1] = '\n';
	pid_t pid = fork();
	if (pid == 0) {
		close(sv[0]);
		char buf[4096];
		ssize_t r;
		while ((r = read(sv[1], buf, sizeof buf)) > 0)
			if (write(sv[1], buf, (size_t)r) != r)
				_exit(1);
		_exit(0);
	}
	close(sv[1]);
	char buf[sizeof line];
	for (size_t i = 0; i < n; i++) {
		double t0 = ms();
		if (write(sv[0], line, sizeof line) != (ssize_t)sizeof line)
			die("echo", "write");
		size_t got = 0;
		while (got < sizeof line) {
			ssize_t r = read(sv[0], buf + got, sizeof line - got);
			if (r <= 0)
				die("echo", "read");
			got += (size_t)r;
		}
		rt[i] = ms() - t0;
	}
	close(sv[0]);
	waitpid(pid, NULL, 0);
}

/* The councillor: a ballot each time the parent writes a byte, a byte back
 * once the server has answered. */
static void voter(const char *sock, const char *meeting, uid_t uid, gid_t gid, int go, int done)
{
	if (setgroups(0, NULL) || setgid(gid) || setuid(uid))
		die("voter", "cannot become the councillor's login");
	struct gv_client c;
	struct gv_err err = {0};
	if (gv_client_open(&c, sock, &err))
		die("voter", err.msg);
	char b;
	for (int i = 0; read(go, &b, 1) == 1; i++) {
		char *argv[] = {"cast", (char *)meeting, "1", i % 2 ? "no" : "yes"};
		struct gv_proto_msg reply;
		if (gv_client_call(&c, 4, argv, &reply, &err))
			die("cast", err.msg);
		if (reply.status)
			die("cast", reply.error ? reply.error : "refused");
		gv_proto_msg_clear(&reply);
		if (write(done, "x", 1) != 1)
			break;
	}
	gv_client_close(&c);
	_exit(0);
}

static long rss_kb(pid_t pid, const char *field)
{
	char path[64], line[256];
	snprintf(path, sizeof path, "/proc/%d/status", (int)pid);
	FILE *f = fopen(path, "r");
	long kb = -1;
	while (f && fgets(line, sizeof line, f))
		if (!strncmp(line, field, strlen(field)))
			kb = atol(line + strlen(field) + 1);
	if (f)
		fclose(f);
	return kb;
}

int main(int argc, char **argv)
{
	if (argc < 6)
		die("usage", "SOCKET SERVER-PID UID GID MEETING [CLIENTS] [ROUNDS]");
	const char *sock = argv[1], *meeting = argv[5];
	pid_t server = (pid_t)atoi(argv[2]);
	uid_t uid = (uid_t)atoi(argv[3]);
	gid_t gid = (gid_t)atoi(argv[4]);
	size_t clients = argc > 6 ? (size_t)atoi(argv[6]) : 50;
	size_t rounds = argc > 7 ? (size_t)atoi(argv[7]) : 100;
	if (!clients || !rounds)
		die("usage", "CLIENTS and ROUNDS are at least 1");

	double *echo = calloc(clients * rounds, sizeof *echo);
	double *lat = calloc(clients * rounds, sizeof *lat);
	struct gv_client *sub = calloc(clients, sizeof *sub);
	struct pollfd *fds = calloc(clients, sizeof *fds);
	if (!echo || !lat || !sub || !fds)
		die("memory", "out of memory");
	echo_floor(clients * rounds, echo);

	struct gv_err err = {0};
	for (size_t i = 0; i < clients; i++) {
		if (gv_client_open(&sub[i], sock, &err))
			die("connect", err.msg);
		struct gv_buf b = GV_BUF_INIT;
		gv_proto_subscribe(&b, 1, meeting);
		if (write(sub[i].fd, b.data, b.len) != (ssize_t)b.len)
			die("subscribe", "write");
		gv_buf_free(&b);
		struct gv_proto_msg m;
		if (gv_client_read(&sub[i], &m, &err) || m.status)
			die("subscribe", err.msg[0] ? err.msg : m.error ? m.error : "refused");
		gv_proto_msg_clear(&m);
	}
	int go[2], done[2];
	if (pipe(go) || pipe(done))
		die("pipe", "failed");
	pid_t child = fork();
	if (child == 0) {
		close(go[1]);
		close(done[0]);
		voter(sock, meeting, uid, gid, go[0], done[1]);
	}
	close(go[0]);
	close(done[1]);
	size_t n = 0;
	for (size_t r = 0; r < rounds; r++) {
		double t0 = ms();
		if (write(go[1], "x", 1) != 1)
			die("voter", "gone");
		size_t heard = 0;
		bool *got = calloc(clients, sizeof *got);
		while (heard < clients) {
			for (size_t i = 0; i < clients; i++)
				fds[i] = (struct pollfd){.fd = got[i] ? -1 : sub[i].fd, .events = POLLIN};
			/* a line may already wait in a client's buffer */
			for (size_t i = 0; i < clients; i++)
				if (!got[i] && sub[i].in.len && memchr(sub[i].in.data, '\n', sub[i].in.len))
					fds[i].revents = POLLIN;
			if (poll(fds, clients, 5000) <= 0)
				die("events", "no event within 5 s");
			for (size_t i = 0; i < clients; i++) {
				if (got[i] || !(fds[i].revents & POLLIN))
					continue;
				struct gv_proto_msg m;
				if (gv_client_read(&sub[i], &m, &err))
					die("event", err.msg);
				if (m.event && m.command && !strcmp(m.command, "cast")) {
					got[i] = true;
					heard++;
					lat[n++] = ms() - t0;
				}
				gv_proto_msg_clear(&m);
			}
		}
		free(got);
		char b;
		if (read(done[0], &b, 1) != 1)
			die("voter", "no reply");
	}
	close(go[1]);
	waitpid(child, NULL, 0);
	long peak = rss_kb(server, "VmHWM:"), now = rss_kb(server, "VmRSS:");
	for (size_t i = 0; i < clients; i++)
		gv_client_close(&sub[i]);

	double e50 = pct(echo, clients * rounds, 0.5), e99 = pct(echo, clients * rounds, 0.99);
	double l50 = pct(lat, n, 0.5), l99 = pct(lat, n, 0.99);
	printf("bare Unix-socket echo between two processes: median %.3f ms, p99 %.3f ms "
	       "(%zu round trips)\n", e50, e99, clients * rounds);
	printf("a ballot reaching %zu subscribers: median %.2f ms, p99 %.2f ms (target <= 50 ms; "
	       "%zu deliveries)\n", clients, l50, l99, n);
	printf("server resident memory: %.1f MB peak, %.1f MB now (target < 30 MB)\n",
	       (double)peak / 1024, (double)now / 1024);
	printf("ratio: the ballot's p99 is %.0fx the echo's p99\n", e99 > 0 ? l99 / e99 : 0);
	free(echo);
	free(lat);
	free(sub);
	free(fds);
	return 0;
}
