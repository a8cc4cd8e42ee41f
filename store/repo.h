/* Git repositories of the record (record/ and confidential/), written with
 * libgit2 from memory: commits never need the work tree, which is refreshed
 * afterwards for people who browse the folder. */
#ifndef GAVEL_REPO_H
#define GAVEL_REPO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct gv_err;

/* Call once per process before any other repo function. */
void gv_repo_global_init(void);

/* Create a repository at path whose initial branch is main. */
int gv_repo_init(const char *path, struct gv_err *err);

struct gv_repo_file {
	const char *path;  /* inside the repository, e.g. "meetings/2026/x/agenda.md" */
	const char *data;  /* NULL removes the file */
	size_t len;
};

struct gv_signature {
	char name[200];
	char email[200];
	int64_t when;      /* seconds since the epoch */
	int offset_min;    /* local offset from UTC, in minutes */
};

/* Commit the files on top of main. When the resulting tree equals the current
 * one nothing is committed and *committed is false. oid_out (41 bytes) gets the
 * new commit id when given. */
int gv_repo_commit(const char *repo_path, const struct gv_repo_file *files, size_t n,
		   const char *message, const struct gv_signature *sig, bool *committed,
		   char *oid_out, struct gv_err *err);

/* Every commit reachable from main, and every tree and file in them, can be
 * read and has the id its content gives. An empty repository is fine. */
int gv_repo_check(const char *repo_path, struct gv_err *err);

#endif
