#include "streaming-hooks/hooks.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pwd.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "base/buf.h"
#include "base/clock.h"
#include "base/err.h"
#include "base/files.h"
#include "store/settings.h"
#include "store/workspace.h"

extern char **environ;

const char *const gv_hook_events[] = {"start",  "item", "motion", "vote",    "recess",
				      "resume", "closed", "rise", "adjourn", NULL};

#define KILL_GRACE_MS 1000

/* What hook_open found. */
enum hook_verdict {
	HOOK_RUNS,
	HOOK_SKIPPED,  /* not executable, or not a file */
	HOOK_UNSAFE,   /* someone other than the user running gavel could change it */
};

static void append_log(const char *log_path, const struct gv_buf *entry);

/* A regular file with an execute bit for this user. */
static bool runnable(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISREG(st.st_mode) && access(path, X_OK) == 0;
}

/* "marie", or "uid 1001" when the user has no name. */
static void user_name(uid_t uid, char out[64])
{
	struct passwd *pw = getpwuid(uid);
	if (pw)
		snprintf(out, 64, "%s", pw->pw_name);
	else
		snprintf(out, 64, "uid %u", (unsigned)uid);
}

/* Why a directory that hooks come from (hooks/ or one inside it, shown as
 * shown) lets someone other than the user running gavel change them, into
 * why; false when it does not. */
static bool dir_unsafe(const char *dir, const char *shown, char *why, size_t size)
{
	struct stat st;
	char owner[64], me[64];
	if (stat(dir, &st) != 0) {
		snprintf(why, size, "%s cannot be read: %s", shown, strerror(errno));
		return true;
	}
	if (st.st_uid != geteuid() && st.st_uid != 0) {
		user_name(st.st_uid, owner);
		user_name(geteuid(), me);
		snprintf(why, size, "%s belongs to %s, not to %s who runs gavel", shown, owner, me);
		return true;
	}
	if (st.st_mode & (S_IWGRP | S_IWOTH)) {
		snprintf(why, size, "%s can be written by %s (chmod go-w %s)", shown,
			 st.st_mode & S_IWOTH ? "anyone" : "its group", shown);
		return true;
	}
	return false;
}

static bool inside(const char *path, const char *dir)
{
	size_t n = strlen(dir);
	return !strncmp(path, dir, n) && path[n] == '/';
}

/* Can someone other than the user running gavel change target, a file
 * inside real_dir (hooks/): through hooks/ or a directory inside it on the
 * way to target? */
static bool dirs_unsafe(const char *real_dir, char *target, char *why, size_t size)
{
	if (dir_unsafe(real_dir, "hooks/", why, size))
		return true;
	const char *rel = target + strlen(real_dir) + 1;
	for (char *s = strchr(rel, '/'); s; s = strchr(s + 1, '/')) {
		*s = '\0';
		char *shown = gv_asprintf("hooks/%s/", rel);
		bool unsafe = dir_unsafe(target, shown, why, size);
		free(shown);
		*s = '/';
		if (unsafe)
			return true;
	}
	return false;
}

/* Open the hook hooks/name (hooks/ is dir) to run it: *fd is an O_PATH
 * descriptor, close-on-exec, of the very file that will be executed, and
 * the checks on the file are made on it, so that nothing can be swapped in
 * between. A symlink may lead to a file inside hooks/ only. Otherwise why
 * says why it will not run. */
static enum hook_verdict hook_open(const char *dir, const char *name, int *fd, char *why,
				   size_t size)
{
	*fd = -1;
	char *path = gv_path_join(dir, name);
	char *real_dir = realpath(dir, NULL), *target = NULL;
	enum hook_verdict v = HOOK_UNSAFE;
	struct stat st;
	char owner[64], me[64];
	if (!real_dir || lstat(path, &st) != 0) {
		snprintf(why, size, "cannot be read: %s", strerror(errno));
		goto out;
	}
	target = S_ISLNK(st.st_mode) ? realpath(path, NULL) : gv_path_join(real_dir, name);
	if (!target || !inside(target, real_dir)) {
		snprintf(why, size, "a symlink leading out of hooks/%s%s%s", target ? " (to " : "",
			 target ? target : "", target ? ")" : "");
		goto out;
	}
	*fd = open(target, O_PATH | O_NOFOLLOW | O_CLOEXEC);
	if (*fd < 0 || fstat(*fd, &st) != 0) {
		snprintf(why, size, "cannot be opened: %s", strerror(errno));
		goto out;
	}
	if (!S_ISREG(st.st_mode)) {
		snprintf(why, size, "not a file gavel can run");
		v = HOOK_SKIPPED;
	} else if (!(st.st_mode & (S_IXUSR | S_IXGRP | S_IXOTH))) {
		snprintf(why, size, "not executable (chmod +x)");
		v = HOOK_SKIPPED;
	} else if (dirs_unsafe(real_dir, target, why, size)) {
		v = HOOK_UNSAFE;
	} else if (st.st_uid != geteuid()) {
		user_name(st.st_uid, owner);
		user_name(geteuid(), me);
		snprintf(why, size, "owned by %s, not by %s who runs gavel (chown %s hooks/%s)",
			 owner, me, me, name);
	} else if (st.st_mode & (S_IWGRP | S_IWOTH)) {
		snprintf(why, size, "%s-writable: %s could change what it does (chmod go-w hooks/%s)",
			 st.st_mode & S_IWOTH ? "world" : "group",
			 st.st_mode & S_IWOTH ? "anyone" : "its group", name);
	} else {
		v = HOOK_RUNS;
	}
out:
	if (v != HOOK_RUNS && *fd >= 0) {
		close(*fd);
		*fd = -1;
	}
	free(path);
	free(real_dir);
	free(target);
	return v;
}

struct hook_run {
	char *paths[2];
	int fds[2];         /* each open on the file checked (hook_open) */
	size_t n;
	int timeout;
	char *log;
	char *dir;
	struct gv_buf skipped;  /* the log's lines of the hooks not run */
	char first_skipped[600];  /* "on-vote: why", of the first of them */
};

/* hooks/on-<event> and hooks/on-event, those that may run, opened, into
 * r; one that is there but may not run is skipped, and why goes to
 * hooks/log and to r->skipped. */
static void hook_paths(struct gv_ws *ws, const char *event, struct hook_run *r)
{
	const char *names[2] = {event, strcmp(event, "event") ? "event" : NULL};
	char *dir = gv_ws_path(ws, "hooks");
	for (int i = 0; i < 2 && names[i]; i++) {
		char *file = gv_asprintf("on-%s", names[i]);
		char *p = gv_path_join(dir, file);
		char why[512];
		struct stat st;
		if (lstat(p, &st) != 0) {
			free(p);
		} else if (hook_open(dir, file, &r->fds[r->n], why, sizeof why) == HOOK_RUNS) {
			r->paths[r->n++] = p;
		} else {
			free(p);
			char when[32];
			gv_time_iso_utc(gv_now(), when);
			struct gv_buf entry = GV_BUF_INIT;
			gv_buf_printf(&entry, "%s %s (event %s): skipped, %s\n", when, file, event,
				      why);
			char *log = gv_ws_path(ws, "hooks/log");
			append_log(log, &entry);
			free(log);
			gv_buf_add(&r->skipped, entry.data, entry.len);
			gv_buf_free(&entry);
			if (!*r->first_skipped)
				snprintf(r->first_skipped, sizeof r->first_skipped, "%s: %s", file, why);
		}
		free(file);
	}
	free(dir);
}

static int64_t now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* The hook's environment: ours without GAVEL_* variables, then the event's. */
static char **hook_environ(const struct gv_hook_event *ev, const char *ws_dir)
{
	size_t n = 0;
	while (environ[n])
		n++;
	char **env = gv_calloc(n + ev->n_env + 3, sizeof *env);
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		if (strncmp(environ[i], "GAVEL_", 6))
			env[k++] = gv_strdup(environ[i]);
	env[k++] = gv_asprintf("GAVEL_EVENT=%s", ev->name);
	env[k++] = gv_asprintf("GAVEL_WORKSPACE=%s", ws_dir);
	for (size_t i = 0; i < ev->n_env; i++)
		env[k++] = gv_asprintf("%s=%s", ev->env[i].name, ev->env[i].value ? ev->env[i].value : "");
	return env;
}

static void free_environ(char **env)
{
	for (char **p = env; *p; p++)
		free(*p);
	free(env);
}

struct outcome {
	int status;        /* waitpid status */
	bool started, timed_out;
	int64_t ms;
	struct gv_buf output;
	size_t dropped;
};

/* Runs the file open as hook, the one hook_open checked. It stays open as
 * fd 3 across exec, where a script's interpreter reads it (its $0 is then
 * /dev/fd/3). */
static void exec_child(int hook, const char *path, char **env, int in, int out, const char *dir)
{
	setpgid(0, 0);
	hook = fcntl(hook, F_DUPFD_CLOEXEC, 10);  /* out of the way of what follows */
	dup2(in, 0);
	dup2(out, 1);
	dup2(out, 2);
	if (hook < 0 || dup2(hook, 3) != 3)
		_exit(127);
	for (int fd = 4; fd < 1024; fd++)
		close(fd);
	if (chdir(dir) != 0)
		_exit(126);
	char *argv[] = {(char *)path, NULL};
	fexecve(3, argv, env);
	_exit(127);
}

/* Run one hook to its end or its time limit, feeding it json and keeping
 * what it prints. */
static void run_hook(int hook, const char *path, const struct gv_hook_event *ev,
		     const char *ws_dir, int timeout_s, struct outcome *o)
{
	memset(o, 0, sizeof *o);
	int in[2], out[2];
	if (pipe2(in, O_CLOEXEC) != 0)
		return;
	if (pipe2(out, O_CLOEXEC) != 0) {
		close(in[0]);
		close(in[1]);
		return;
	}
	char **env = hook_environ(ev, ws_dir);
	int64_t t0 = now_ms();
	pid_t pid = fork();
	if (pid == 0)
		exec_child(hook, path, env, in[0], out[1], ws_dir);
	free_environ(env);
	close(in[0]);
	close(out[1]);
	if (pid < 0) {
		close(in[1]);
		close(out[0]);
		return;
	}
	o->started = true;
	fcntl(in[1], F_SETFL, O_NONBLOCK);
	fcntl(out[0], F_SETFL, O_NONBLOCK);
	const char *json = ev->json ? ev->json : "";
	size_t left = strlen(json);
	int wfd = in[1], rfd = out[0];
	bool exited = false;
	int64_t deadline = t0 + (int64_t)timeout_s * 1000, killed_at = 0;
	while (!exited || rfd >= 0) {
		if (left == 0 && wfd >= 0) {
			close(wfd);
			wfd = -1;
		}
		struct pollfd p[2] = {{rfd, POLLIN, 0}, {wfd, POLLOUT, 0}};
		poll(p, 2, 50);
		if (wfd >= 0 && (p[1].revents & (POLLOUT | POLLERR | POLLHUP))) {
			ssize_t w = write(wfd, json, left);
			if (w > 0) {
				json += w;
				left -= (size_t)w;
			} else if (w < 0 && errno != EAGAIN && errno != EINTR) {
				left = 0;   /* the hook does not read its input */
			}
		}
		if (rfd >= 0 && (p[0].revents & (POLLIN | POLLHUP | POLLERR))) {
			char chunk[4096];
			ssize_t r = read(rfd, chunk, sizeof chunk);
			if (r > 0) {
				size_t keep = o->output.len < GV_HOOK_OUTPUT_MAX
						      ? GV_HOOK_OUTPUT_MAX - o->output.len : 0;
				keep = keep < (size_t)r ? keep : (size_t)r;
				gv_buf_add(&o->output, chunk, keep);
				o->dropped += (size_t)r - keep;
			} else if (r == 0 || (errno != EAGAIN && errno != EINTR)) {
				close(rfd);
				rfd = -1;
			}
		}
		if (!exited && waitpid(pid, &o->status, WNOHANG) == pid)
			exited = true;
		int64_t now = now_ms();
		if (now >= deadline && !killed_at) {
			o->timed_out = true;
			kill(-pid, SIGTERM);
			killed_at = now;
		} else if (killed_at && now >= killed_at + KILL_GRACE_MS) {
			kill(-pid, SIGKILL);
			if (exited && rfd >= 0) {  /* a grandchild holds the output open */
				close(rfd);
				rfd = -1;
			}
		}
	}
	if (wfd >= 0)
		close(wfd);
	o->ms = now_ms() - t0;
}

static void describe(struct gv_buf *b, const char *path, const struct gv_hook_event *ev,
		     const struct outcome *o)
{
	char when[32];
	gv_time_iso_utc(gv_now(), when);
	const char *name = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
	gv_buf_printf(b, "%s %s (event %s): ", when, name, ev->name);
	if (!o->started)
		gv_buf_puts(b, "could not start");
	else if (o->timed_out)
		gv_buf_puts(b, "killed after its time limit");
	else if (WIFEXITED(o->status) && WEXITSTATUS(o->status) == 127)
		gv_buf_puts(b, "could not be executed (exit 127)");
	else if (WIFEXITED(o->status))
		gv_buf_printf(b, "exit %d", WEXITSTATUS(o->status));
	else if (WIFSIGNALED(o->status))
		gv_buf_printf(b, "killed by signal %d", WTERMSIG(o->status));
	gv_buf_printf(b, " in %lld.%03lld s\n", (long long)(o->ms / 1000), (long long)(o->ms % 1000));
	const char *s = gv_buf_str(&o->output);
	while (*s) {
		const char *nl = strchr(s, '\n');
		size_t n = nl ? (size_t)(nl - s) : strlen(s);
		gv_buf_puts(b, "  | ");
		gv_buf_add(b, s, n);
		gv_buf_putc(b, '\n');
		s += n + (nl ? 1 : 0);
	}
	if (o->dropped)
		gv_buf_printf(b, "  (%zu more bytes of output not kept)\n", o->dropped);
}

static void append_log(const char *log_path, const struct gv_buf *entry)
{
	int fd = open(log_path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
	if (fd < 0)
		return;
	flock(fd, LOCK_EX);
	ssize_t w = write(fd, gv_buf_str(entry), entry->len);
	(void)w;
	flock(fd, LOCK_UN);
	close(fd);
}

static int hook_timeout(struct gv_ws *ws)
{
	char *v = gv_setting_get(ws->db, "hooks.timeout");
	int t = v ? atoi(v) : 10;
	free(v);
	return t > 0 ? t : 10;
}

static void hook_run_clear(struct hook_run *r)
{
	for (size_t i = 0; i < r->n; i++) {
		free(r->paths[i]);
		close(r->fds[i]);
	}
	free(r->log);
	free(r->dir);
	gv_buf_free(&r->skipped);
}

static void run_all(const struct hook_run *r, const struct gv_hook_event *ev, struct gv_buf *report)
{
	for (size_t i = 0; i < r->n; i++) {
		struct outcome o;
		run_hook(r->fds[i], r->paths[i], ev, r->dir, r->timeout, &o);
		struct gv_buf entry = GV_BUF_INIT;
		describe(&entry, r->paths[i], ev, &o);
		append_log(r->log, &entry);
		if (report)
			gv_buf_add(report, gv_buf_str(&entry), entry.len);
		gv_buf_free(&entry);
		gv_buf_free(&o.output);
	}
}

static void prepare(struct gv_ws *ws, const struct gv_hook_event *ev, struct hook_run *r)
{
	memset(r, 0, sizeof *r);
	hook_paths(ws, ev->name, r);
	if (!r->n)
		return;
	r->timeout = hook_timeout(ws);
	r->log = gv_ws_path(ws, "hooks/log");
	char real[4096];
	r->dir = gv_strdup(realpath(ws->dir, real) ? real : ws->dir);
}

/* In the supervisor: every descriptor closed but the hooks' own (it needs
 * only those and paths). What the command had open (the server's lock, its
 * sockets, the database) would otherwise stay held while a hook sleeps. */
static void keep_only(const struct hook_run *r)
{
	unsigned from = 3;
	for (;;) {
		unsigned next = ~0U; /* the lowest kept descriptor from `from` on */
		for (size_t i = 0; i < r->n; i++)
			if ((unsigned)r->fds[i] >= from && (unsigned)r->fds[i] < next)
				next = (unsigned)r->fds[i];
		if (next > from && close_range(from, next == ~0U ? ~0U : next - 1, 0)) {
			long max = sysconf(_SC_OPEN_MAX); /* a kernel without close_range */
			for (long fd = from; fd < max && (unsigned long)fd < next; fd++)
				close((int)fd);
		}
		if (next == ~0U)
			return;
		from = next + 1;
	}
}

int gv_hooks_fire(struct gv_ws *ws, const struct gv_hook_event *ev)
{
	struct hook_run r;
	prepare(ws, ev, &r);
	int started = (int)r.n;
	if (r.n) {
		/* Double fork: the supervisor is adopted by init, so the clerk's
		 * command neither waits for it nor leaves a zombie. */
		pid_t a = fork();
		if (a == 0) {
			setsid();
			keep_only(&r);
			if (fork() == 0) {
				signal(SIGPIPE, SIG_IGN);
				run_all(&r, ev, NULL);
				_exit(0);
			}
			_exit(0);
		}
		if (a > 0)
			while (waitpid(a, NULL, 0) < 0 && errno == EINTR)
				;
		else
			started = 0;
	}
	hook_run_clear(&r);
	return started;
}

int gv_hooks_run_now(struct gv_ws *ws, const struct gv_hook_event *ev, struct gv_buf *report,
		     struct gv_err *err)
{
	struct hook_run r;
	prepare(ws, ev, &r);
	if (!r.n && *r.first_skipped) {
		int refused = gv_err_set(err, GV_EREFUSED, "no hook for '%s' runs: %s", ev->name,
					 r.first_skipped);
		hook_run_clear(&r);
		return refused;
	}
	if (!r.n) {
		hook_run_clear(&r);
		return gv_err_set(err, GV_EREFUSED,
				  "no executable hook for '%s': install hooks/on-%s or hooks/on-event",
				  ev->name, ev->name);
	}
	gv_buf_add(report, r.skipped.data, r.skipped.len);
	void (*old)(int) = signal(SIGPIPE, SIG_IGN);
	run_all(&r, ev, report);
	signal(SIGPIPE, old);
	hook_run_clear(&r);
	return 0;
}

#define LOG_TAIL (64 * 1024)

int gv_hooks_failures(struct gv_ws *ws, char *last, size_t size)
{
	*last = '\0';
	char *path = gv_ws_path(ws, "hooks/log");
	FILE *f = fopen(path, "r");
	free(path);
	if (!f)
		return 0;
	if (fseek(f, 0, SEEK_END) == 0 && ftell(f) > LOG_TAIL)
		fseek(f, -LOG_TAIL, SEEK_END);
	else
		rewind(f);
	int failures = 0;
	char line[1024];
	bool whole = ftell(f) == 0;  /* a tail starts inside a line: skip it */
	while (fgets(line, sizeof line, f)) {
		bool complete = strchr(line, '\n') != NULL;
		if (whole && line[0] != ' ' && strstr(line, " (event ") &&
		    !strstr(line, "): exit 0 in ")) {
			failures++;
			line[strcspn(line, "\n")] = '\0';
			snprintf(last, size, "%s", line);
		}
		whole = complete;
	}
	fclose(f);
	return failures;
}

static bool known_name(const char *file)
{
	if (strncmp(file, "on-", 3))
		return false;
	if (!strcmp(file + 3, "event"))
		return true;
	for (const char *const *e = gv_hook_events; *e; e++)
		if (!strcmp(file + 3, *e))
			return true;
	return false;
}

static int by_name(const void *a, const void *b)
{
	return strcmp(((const struct gv_hook_file *)a)->name, ((const struct gv_hook_file *)b)->name);
}

int gv_hooks_list(struct gv_ws *ws, struct gv_hook_file **out, size_t *n, struct gv_err *err)
{
	char *dir = gv_ws_path(ws, "hooks");
	DIR *d = opendir(dir);
	*out = NULL;
	*n = 0;
	if (!d) {
		int e = errno;
		free(dir);
		return e == ENOENT ? 0 : gv_err_set(err, GV_EIO, "cannot read hooks/: %s", strerror(e));
	}
	struct dirent *de;
	while ((de = readdir(d))) {
		if (de->d_name[0] == '.' || !strcmp(de->d_name, "log"))
			continue;
		char why[512], *p = gv_path_join(dir, de->d_name);
		int fd;
		enum hook_verdict v = hook_open(dir, de->d_name, &fd, why, sizeof why);
		if (fd >= 0)
			close(fd);
		*GV_PUSH(*out, *n) = (struct gv_hook_file){
			.name = gv_strdup(de->d_name),
			.executable = runnable(p),
			.known = known_name(de->d_name),
			.why = v == HOOK_RUNS ? NULL : gv_strdup(why),
			.unsafe = v == HOOK_UNSAFE,
		};
		free(p);
	}
	closedir(d);
	free(dir);
	if (*n)
		qsort(*out, *n, sizeof **out, by_name);
	return 0;
}

void gv_hooks_list_free(struct gv_hook_file *h, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(h[i].name);
		free(h[i].why);
	}
	free(h);
}
