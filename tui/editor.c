#include "tui/editor.h"

#include "tui/term.h"

#include "agenda/item.h"
#include "base/buf.h"
#include "base/err.h"
#include "base/files.h"

#include <errno.h>
#include <signal.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#define MAX_WORDS 32

/* The first line of the temporary file, taken away again on save. */
#define HINT_LINE                                                                          \
	"<!-- gavel: write the file and quit the editor to save the text below; quit without " \
	"writing to keep it as it was. This line is not saved. -->"

static bool on_path(const char *name)
{
	const char *path = getenv("PATH");
	if (!path || !*path)
		return false;
	for (const char *dir = path; *dir;) {
		size_t n = strcspn(dir, ":");
		char *full = gv_asprintf("%.*s/%s", (int)n, n ? dir : ".", name);
		bool found = access(full, X_OK) == 0;
		free(full);
		if (found)
			return true;
		dir += n + (dir[n] == ':');
	}
	return false;
}

/* $VISUAL, $EDITOR, then Debian's choice (sensible-editor, editor), then
 * nano and vi: the first set or found on PATH; NULL when none is. */
static const char *editor_command(void)
{
	static const char *const fallback[] = {"sensible-editor", "editor", "nano", "vi"};
	const char *e = getenv("VISUAL");
	if (!e || !*e)
		e = getenv("EDITOR");
	if (e && *e)
		return e;
	for (size_t i = 0; i < sizeof fallback / sizeof *fallback; i++)
		if (on_path(fallback[i]))
			return fallback[i];
	return NULL;
}

/* text without the hint line the editor was given above it. */
static void drop_hint(char *text)
{
	size_t n = strlen(HINT_LINE);
	if (!strncmp(text, HINT_LINE, n) && (text[n] == '\n' || !text[n]))
		memmove(text, text + n + (text[n] == '\n'), strlen(text + n + (text[n] == '\n')) + 1);
}

/* "code --wait" -> {"code", "--wait", path, NULL}, split on blanks with no
 * shell, so nothing in the variable is ever interpreted. Caller frees
 * words[0] (the copy the others point into). */
static int editor_argv(const char *command, const char *path, char *words[MAX_WORDS + 2])
{
	char *copy = gv_strdup(command);
	int n = 0;
	for (char *w = strtok(copy, " \t"); w && n < MAX_WORDS; w = strtok(NULL, " \t"))
		words[n++] = w;
	if (!n) {
		free(copy);
		return 0;
	}
	words[n++] = (char *)path;
	words[n] = NULL;
	return n;
}

static int write_all(int fd, const char *s, size_t n)
{
	while (n) {
		ssize_t w = write(fd, s, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return -1;
		s += w;
		n -= (size_t)w;
	}
	return 0;
}

/* Run argv with the terminal and wait for it; its wait status. Like
 * system(), the keyboard's SIGINT and SIGQUIT are the editor's alone. */
static int run_child(char **argv)
{
	struct sigaction ign = {.sa_handler = SIG_IGN}, old_int, old_quit;
	sigemptyset(&ign.sa_mask);
	sigaction(SIGINT, &ign, &old_int);
	sigaction(SIGQUIT, &ign, &old_quit);
	tui_term_suspend();
	int status = -1;
	pid_t pid = fork();
	if (pid == 0) {
		signal(SIGINT, SIG_DFL);
		signal(SIGQUIT, SIG_DFL);
		signal(SIGTERM, SIG_DFL);
		signal(SIGHUP, SIG_DFL);
		execvp(argv[0], argv);
		_exit(127);
	}
	if (pid > 0)
		while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
			;
	tui_term_resume();
	sigaction(SIGINT, &old_int, NULL);
	sigaction(SIGQUIT, &old_quit, NULL);
	return status;
}

int tui_editor_run(const char *text, char **out, struct gv_err *err)
{
	const char *tmp = getenv("TMPDIR");
	char *path = gv_asprintf("%s/gavel-XXXXXX.md", tmp && *tmp ? tmp : "/tmp");
	char *argv[MAX_WORDS + 2] = {NULL};
	int rc = 0;
	int fd = mkstemps(path, 3);
	if (fd < 0) {
		free(path);
		return gv_err_set(err, GV_EIO, "cannot make a temporary file: %s", strerror(errno));
	}
	/* Editors expect a file to end with a newline. */
	if (write_all(fd, HINT_LINE "\n", strlen(HINT_LINE) + 1) || write_all(fd, text, strlen(text)) ||
	    (*text && write_all(fd, "\n", 1))) {
		close(fd);
		rc = gv_err_set(err, GV_EIO, "cannot write %s: %s", path, strerror(errno));
		goto out;
	}
	close(fd);
	const char *command = editor_command();
	if (!command) {
		rc = gv_err_set(err, GV_EREFUSED,
				"no editor found: set $VISUAL or $EDITOR (nano and vi are not on PATH either)");
		goto out;
	}
	if (!editor_argv(command, path, argv)) {
		rc = gv_err_set(err, GV_EREFUSED, "the editor command is empty");
		goto out;
	}
	int status = run_child(argv);
	if (status == -1 || (WIFEXITED(status) && WEXITSTATUS(status) == 127)) {
		rc = gv_err_set(err, GV_EREFUSED, "cannot run the editor '%s'; nothing changed",
				command);
		goto out;
	}
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		rc = gv_err_set(err, GV_EREFUSED, "the editor '%s' failed; nothing changed",
				command);
		goto out;
	}
	rc = gv_text_read(path, NULL, GV_BODY_MAX, "the edited text", out, err);
	if (!rc)
		drop_hint(*out);
out:
	unlink(path);
	free(argv[0]);
	free(path);
	return rc;
}
