/* One writer at a time in a repository, and nothing a killed writer left
 * behind in the way of the next. libgit2 takes git's own lock files
 * (refs/heads/main.lock, index.lock, ...) and leaves them when its process
 * is killed, after which every write fails until someone deletes them.
 * gavel's writers first take an flock on .git/gavel.lock, which the kernel
 * releases when its holder dies; holding it, any git lock file left is a
 * dead writer's and is removed. */
#include "store/repo_git.h"

#include "base/buf.h"
#include "base/files.h"
#include "base/lockfile.h"

#include <stdlib.h>
#include <unistd.h>

enum { WAIT_MS = 10000 }; /* as the database's busy timeout */

/* The lock files libgit2 takes for what gavel writes (a tag's own, under
 * refs/tags/, is named by the caller). */
static const char *const git_locks[] = {
	"HEAD.lock", "config.lock", "index.lock", "packed-refs.lock", "refs/heads/main.lock",
	"logs/HEAD.lock", "logs/refs/heads/main.lock",
};

static void remove_stale(const char *git_dir, const char *rel)
{
	char *path = gv_asprintf("%s/%s", git_dir, rel);
	unlink(path);
	free(path);
}

int gv_repo_lock(const char *repo_path, const char *tag, int *fd, struct gv_err *err)
{
	char *git_dir = gv_asprintf("%s/.git", repo_path);
	if (!gv_is_dir(git_dir)) { /* a bare repository */
		free(git_dir);
		git_dir = gv_strdup(repo_path);
	}
	char *path = gv_asprintf("%s/gavel.lock", git_dir);
	int rc = gv_lockfile_take(path, WAIT_MS, repo_path, fd, err);
	if (!rc) {
		for (size_t i = 0; i < sizeof git_locks / sizeof *git_locks; i++)
			remove_stale(git_dir, git_locks[i]);
		if (tag) {
			char *rel = gv_asprintf("refs/tags/%s.lock", tag);
			remove_stale(git_dir, rel);
			free(rel);
		}
	}
	free(path);
	free(git_dir);
	return rc;
}

void gv_repo_unlock(int fd)
{
	gv_lockfile_release(fd);
}
