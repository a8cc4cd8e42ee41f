/* Benchmark: saving minutes to git through gavel's core (render from the
 * database, commit from memory to record/ and confidential/) against the git
 * CLI doing the same (write the two files, `git add` and `git commit` in two
 * repositories of the same shape), N times each in one run.
 *
 *   build/bench/minutes_save WORKSPACE MEETING N
 *
 * The workspace must hold the meeting with its minutes saved once (bench/run
 * makes one). Prints milliseconds per save for each and the ratio. */
#include "base/buf.h"
#include "base/err.h"
#include "minutes/minutes.h"
#include "minutes/notes.h"
#include "minutes/record.h"
#include "store/repo.h"
#include "store/workspace.h"

#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>

extern char **environ;

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static void die(const char *what, const struct gv_err *err)
{
	fprintf(stderr, "minutes_save: %s%s%s\n", what, err ? ": " : "", err ? err->msg : "");
	exit(1);
}

/* Run git with argv (no shell, as a script's `git ...` line would). */
static void git(char *const argv[])
{
	pid_t pid;
	if (posix_spawnp(&pid, "git", NULL, NULL, argv, environ))
		die("cannot run git", NULL);
	int status;
	if (waitpid(pid, &status, 0) < 0 || !WIFEXITED(status) || WEXITSTATUS(status))
		die("git failed", NULL);
}

static void write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");
	if (!f || fputs(text, f) < 0 || fclose(f))
		die("cannot write the peer's file", NULL);
}

/* One version for the peer: the two texts gavel committed. */
struct version {
	char *public_md, *full_md;
};

static void git_commit_version(const char *repo, const char *rel, const char *text, int i)
{
	char *file = gv_asprintf("%s/%s", repo, rel), *msg = gv_asprintf("Minutes: version %d", i);
	write_file(file, text);
	char *add[] = {"git", "-C", (char *)repo, "add", (char *)rel, NULL};
	char *commit[] = {"git", "-C", (char *)repo, "-c", "user.name=Clerk", "-c",
			  "user.email=clerk@localhost", "commit", "-q", "-m", msg, NULL};
	git(add);
	git(commit);
	free(msg);
	free(file);
}

int main(int argc, char **argv)
{
	if (argc != 4) {
		fprintf(stderr, "usage: minutes_save WORKSPACE MEETING N\n");
		return 2;
	}
	int n = atoi(argv[3]);
	struct gv_err err = {0};
	struct gv_ws *ws;
	gv_repo_global_init();
	if (gv_ws_open(argv[1], &ws, &err))
		die("cannot open the workspace", &err);
	struct gv_minutes m;
	if (gv_minutes_load(ws, argv[2], &m, &err))
		die("cannot load the meeting", &err);
	int64_t meeting_id = m.meeting.id;
	char *dir = gv_minutes_dir(&m.meeting), *rel = gv_asprintf("%s/minutes.md", dir);
	gv_minutes_clear(&m);

	/* the peer repositories: copies of record/ and confidential/ as they are */
	char *peer = gv_asprintf("%s/peer", argv[1]);
	char *copy = gv_asprintf("rm -rf '%s' && mkdir '%s' && cp -a '%s/record' '%s/confidential' '%s/'",
				 peer, peer, argv[1], argv[1], peer);
	if (system(copy))
		die("cannot copy the repositories", NULL);
	char *peer_record = gv_asprintf("%s/record", peer);
	char *peer_secret = gv_asprintf("%s/confidential", peer);

	struct version *v = calloc((size_t)n, sizeof *v);
	double gavel_ms = 0;
	for (int i = 0; i < n; i++) {
		char note[64], number[32];
		snprintf(note, sizeof note, "Revision %d of the narrative.", i + 1);
		if (gv_note_set(ws, meeting_id, "9.2", note, number, &err))
			die("cannot set the note", &err);
		bool committed;
		double t0 = now_ms();
		if (gv_minutes_save(ws, meeting_id, NULL, &committed, &err))
			die("cannot save", &err);
		gavel_ms += now_ms() - t0;
		if (!committed)
			die("a save made no commit", NULL);
		struct gv_minutes r;
		char id[24];
		snprintf(id, sizeof id, "%lld", (long long)meeting_id);
		if (gv_minutes_load(ws, id, &r, &err))
			die("cannot load the minutes", &err);
		struct gv_buf pub = GV_BUF_INIT, full = GV_BUF_INIT;
		gv_minutes_md(&full, &r);
		gv_minutes_make_public(&r);
		gv_minutes_md(&pub, &r);
		v[i] = (struct version){gv_buf_detach(&pub), gv_buf_detach(&full)};
		gv_minutes_clear(&r);
	}

	double git_ms = 0;
	for (int i = 0; i < n; i++) {
		double t0 = now_ms();
		git_commit_version(peer_secret, rel, v[i].full_md, i + 1);
		git_commit_version(peer_record, rel, v[i].public_md, i + 1);
		git_ms += now_ms() - t0;
		free(v[i].public_md);
		free(v[i].full_md);
	}
	printf("minutes_save: %d saves of minutes to record/ and confidential/\n", n);
	printf("  gavel (core, libgit2 from memory): %8.2f ms per save\n", gavel_ms / n);
	printf("  git add && git commit (CLI):       %8.2f ms per save\n", git_ms / n);
	printf("  ratio: gavel is %.1fx faster (target >= 3x)\n", git_ms / gavel_ms);
	free(v);
	free(peer_record);
	free(peer_secret);
	free(copy);
	free(peer);
	free(rel);
	free(dir);
	gv_ws_close(ws);
	return 0;
}
