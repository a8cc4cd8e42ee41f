/* Replay files through one fuzz target without libFuzzer, for `make check`
 * (built with gcc and the sanitizers). All files run first in one child, as
 * libFuzzer runs them; when that child fails (a crash, a sanitizer report,
 * a leak, a hang), each file runs again in a child of its own to name the
 * ones that fail:
 *
 *   replay_NAME FILE...    prints "not ok - FILE" for each failure and a
 *                          closing "NAME: N passed, N failed"; exit 1 on any
 *                          failure. */
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv) __attribute__((weak));

/* libFuzzer's -timeout in `make fuzz` */
#define TIMEOUT_SECONDS 10

static int read_file(const char *path, uint8_t **data, size_t *size)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return -1;
	uint8_t *buf = NULL;
	size_t n = 0, cap = 0;
	for (;;) {
		if (n == cap) {
			cap = cap ? 2 * cap : 4096;
			uint8_t *grown = realloc(buf, cap);
			if (!grown)
				abort();
			buf = grown;
		}
		size_t got = fread(buf + n, 1, cap - n, f);
		n += got;
		if (got == 0)
			break;
	}
	int rc = ferror(f) ? -1 : 0;
	fclose(f);
	/* a copy of exactly the file's size, as libFuzzer passes it, so that
	 * ASan sees any read past the end */
	*data = malloc(n ? n : 1);
	if (!*data)
		abort();
	memcpy(*data, buf, n);
	free(buf);
	*size = n;
	return rc;
}

static void run_file(const char *path, const char *name)
{
	uint8_t *data;
	size_t size;
	if (read_file(path, &data, &size)) {
		fprintf(stderr, "%s: cannot read %s\n", name, path);
		_exit(3);
	}
	alarm(TIMEOUT_SECONDS);
	LLVMFuzzerTestOneInput(data, size);
	alarm(0);
	free(data);
}

/* Run files[0..n) in a child; 0 when it returned and exited cleanly. */
static int run_child(char **files, int n, const char *name)
{
	fflush(NULL);
	pid_t pid = fork();
	if (pid < 0) {
		fprintf(stderr, "%s: fork: %s\n", name, strerror(errno));
		return -1;
	}
	if (pid == 0) {
		for (int i = 0; i < n; i++)
			run_file(files[i], name);
		exit(0); /* exit, not _exit: LeakSanitizer checks at exit */
	}
	int status;
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			return -1;
	if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
		return 0;
	const char *what = n == 1 ? files[0] : "all files at once";
	if (WIFSIGNALED(status))
		fprintf(stderr, "%s: %s: %s\n", name, what,
			WTERMSIG(status) == SIGALRM ? "timed out" : strsignal(WTERMSIG(status)));
	else
		fprintf(stderr, "%s: %s: exit status %d\n", name, what, WEXITSTATUS(status));
	return -1;
}

int main(int argc, char **argv)
{
	const char *name = strrchr(argv[0], '/') ? strrchr(argv[0], '/') + 1 : argv[0];
	if (!strncmp(name, "replay_", 7))
		name += 7;
	if (LLVMFuzzerInitialize)
		LLVMFuzzerInitialize(&argc, &argv);
	int files = argc - 1, failed = 0;
	if (files && run_child(argv + 1, files, name)) {
		for (int i = 1; i < argc; i++)
			if (run_child(argv + i, 1, name)) {
				printf("not ok - %s %s\n", name, argv[i]);
				failed++;
			}
		/* each file passes alone: it is the state one leaves to the next */
		if (!failed) {
			printf("not ok - %s: the files in one run (each passes alone)\n", name);
			failed = 1;
		}
	}
	int passed = files - failed;
	printf("%s: %d passed, %d failed\n", name, passed, failed);
	return failed ? 1 : 0;
}
