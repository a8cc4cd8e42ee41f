/* Shared by the store/repo*.c files that talk to libgit2 directly. */
#ifndef GAVEL_REPO_GIT_H
#define GAVEL_REPO_GIT_H

#include <git2.h>

struct gv_err;

/* Initialise libgit2 once, on first use: it parses the system's
 * certificates, which commands that never touch git should not pay for. */
void gv_git_ready(void);

/* Fill err with "doing: <libgit2's last error>" and return GV_EIO. */
int gv_git_fail(const char *doing, struct gv_err *err);

/* Open the repository at exactly path (no search upwards). */
int gv_git_open(git_repository **repo, const char *path, struct gv_err *err);

/* The write lock of a repository (record/ or confidential/; repo_lock.c):
 * one gavel writer at a time, waiting as long as the database would, and
 * the git lock files of a writer that was killed cleared away. tag (may be
 * NULL) names a tag about to be written. */
int gv_repo_lock(const char *repo_path, const char *tag, int *fd, struct gv_err *err);
void gv_repo_unlock(int fd);

#endif
