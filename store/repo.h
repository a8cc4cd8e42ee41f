/* Git repositories of the record (record/ and confidential/), written with
 * libgit2 from memory: commits never need the work tree, which is refreshed
 * afterwards for people who browse the folder. */
#ifndef GAVEL_REPO_H
#define GAVEL_REPO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct gv_err;
struct gv_buf;

/* Initialise libgit2 now. Optional: every repo function does it on first
 * use (it reads the system's certificates, a cost commands that never touch
 * git should not pay, the terminal UI's first screen among them). */
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
/* The content of path at revision rev ("main", a tag, a commit id; anything
 * git rev-parse takes) in the repository. *data (NUL-terminated, caller
 * frees) is NULL when rev exists but has no such file; an unknown rev is
 * refused (GV_ENOTFOUND). */
int gv_repo_read(const char *repo_path, const char *rev, const char *path, char **data,
		 size_t *len, struct gv_err *err);

/* A repository opened once for many reads (gavel check reads a file or
 * two of every meeting). gv_repo_reader_read is gv_repo_read's; *in says
 * whether the commit rev names is main's latest or one before it (an
 * unknown rev is refused, GV_ENOTFOUND). */
struct gv_repo_reader;
int gv_repo_reader_open(const char *repo_path, struct gv_repo_reader **out, struct gv_err *err);
int gv_repo_reader_read(struct gv_repo_reader *r, const char *rev, const char *path,
			char **data, size_t *len, struct gv_err *err);
int gv_repo_reader_in_main(struct gv_repo_reader *r, const char *rev, bool *in,
			   struct gv_err *err);
void gv_repo_reader_close(struct gv_repo_reader *r);

/* The full commit id of rev into oid (41 bytes). */
int gv_repo_resolve(const char *repo_path, const char *rev, char *oid, struct gv_err *err);

/* An annotated tag `name` on commit oid (hex), the signature as tagger.
 * Refused when the tag exists. */
int gv_repo_tag(const char *repo_path, const char *name, const char *oid, const char *message,
		const struct gv_signature *sig, struct gv_err *err);

/* The message of annotated tag `name` into *message (malloc'd; "" for a
 * lightweight tag), or *message NULL when there is no such tag. */
int gv_repo_tag_message(const char *repo_path, const char *name, char **message,
			struct gv_err *err);

/* One commit of main that changed at least one of the paths asked for. */
struct gv_repo_version {
	char oid[41];
	int64_t when;
	int offset_min;
	char *author, *email;
	char *message;       /* the whole message */
	unsigned changed;    /* bit i: paths[i] changed in this commit */
	char **tags;         /* names of the tags on this commit, e.g. "approved/x" */
	size_t n_tags;
};

/* The commits of main, newest first, that changed any of paths (at most 8).
 * Free with gv_repo_versions_free. */
int gv_repo_log(const char *repo_path, const char *const *paths, size_t n_paths,
		struct gv_repo_version **out, size_t *n, struct gv_err *err);
void gv_repo_versions_free(struct gv_repo_version *v, size_t n);

/* A unified diff of path between two texts (either may be NULL: no file),
 * appended to out. */
int gv_repo_diff_text(const char *path, const char *old_text, const char *new_text,
		      struct gv_buf *out, struct gv_err *err);

/* What a line of a unified diff is, for front ends that colour it as git
 * does: file headers ("diff", "---", "+++"), hunk headers ("@@"), added,
 * removed and context lines. */
enum gv_diff_line {
	GV_DIFF_CONTEXT,
	GV_DIFF_FILE,
	GV_DIFF_HUNK,
	GV_DIFF_ADDED,
	GV_DIFF_REMOVED,
};
enum gv_diff_line gv_diff_line_kind(const char *line);

/* Push main and every tag of the repository to url (a path, file:// URL, or
 * anything libgit2 can reach without credentials). */
int gv_repo_push(const char *repo_path, const char *url, struct gv_err *err);

#endif
