#include "store/repo.h"

#include "base/buf.h"
#include "base/err.h"
#include "store/repo_git.h"

#include <git2.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

static pthread_once_t git_once = PTHREAD_ONCE_INIT;

static void git_init(void)
{
	git_libgit2_init();
}

void gv_git_ready(void)
{
	pthread_once(&git_once, git_init);
}

void gv_repo_global_init(void)
{
	gv_git_ready();
}

int gv_git_fail(const char *doing, struct gv_err *err)
{
	const git_error *e = git_error_last();
	return gv_err_set(err, GV_EIO, "%s: %s", doing, e && e->message ? e->message : "git error");
}

int gv_git_open(git_repository **repo, const char *path, struct gv_err *err)
{
	gv_git_ready();
	if (git_repository_open_ext(repo, path, GIT_REPOSITORY_OPEN_NO_SEARCH, NULL))
		return gv_git_fail("cannot open the repository", err);
	return 0;
}

int gv_repo_init(const char *path, struct gv_err *err)
{
	gv_git_ready();
	git_repository_init_options o = GIT_REPOSITORY_INIT_OPTIONS_INIT;
	o.flags = GIT_REPOSITORY_INIT_MKPATH | GIT_REPOSITORY_INIT_NO_REINIT;
	o.initial_head = "main";
	git_repository *repo = NULL;
	if (git_repository_init_ext(&repo, path, &o) != 0)
		return gv_git_fail("cannot create git repository", err);
	git_repository_free(repo);
	return 0;
}

/* Put blob (or remove when blob is NULL) at path below tree `base` (may be
 * NULL), writing the new tree ids bottom-up. */
static int tree_put(git_repository *repo, const git_tree *base, const char *path,
		    const git_oid *blob, git_oid *out)
{
	git_treebuilder *tb = NULL;
	int rc = git_treebuilder_new(&tb, repo, base);
	if (rc)
		return rc;
	const char *slash = strchr(path, '/');
	if (!slash) {
		if (blob)
			rc = git_treebuilder_insert(NULL, tb, path, blob, GIT_FILEMODE_BLOB);
		else if (git_treebuilder_get(tb, path))
			rc = git_treebuilder_remove(tb, path);
	} else {
		char *dir = gv_strndup(path, (size_t)(slash - path));
		const git_tree_entry *e = base ? git_tree_entry_byname(base, dir) : NULL;
		git_tree *sub = NULL;
		if (e && git_tree_entry_type(e) == GIT_OBJECT_TREE)
			rc = git_tree_lookup(&sub, repo, git_tree_entry_id(e));
		git_oid sub_oid;
		if (!rc)
			rc = tree_put(repo, sub, slash + 1, blob, &sub_oid);
		if (!rc) {
			git_tree *written = NULL;
			rc = git_tree_lookup(&written, repo, &sub_oid);
			if (!rc && git_tree_entrycount(written) == 0)
				rc = git_treebuilder_get(tb, dir) ? git_treebuilder_remove(tb, dir) : 0;
			else if (!rc)
				rc = git_treebuilder_insert(NULL, tb, dir, &sub_oid, GIT_FILEMODE_TREE);
			git_tree_free(written);
		}
		git_tree_free(sub);
		free(dir);
	}
	if (!rc)
		rc = git_treebuilder_write(out, tb);
	git_treebuilder_free(tb);
	return rc;
}

/* Bring the work tree and index in line with HEAD for the paths committed. */
static void refresh_worktree(git_repository *repo, const struct gv_repo_file *files, size_t n)
{
	if (git_repository_is_bare(repo))
		return;
	git_checkout_options co = GIT_CHECKOUT_OPTIONS_INIT;
	co.checkout_strategy = GIT_CHECKOUT_FORCE | GIT_CHECKOUT_DISABLE_PATHSPEC_MATCH |
			       GIT_CHECKOUT_REMOVE_UNTRACKED;
	char **paths = gv_calloc(n, sizeof *paths);
	for (size_t i = 0; i < n; i++)
		paths[i] = (char *)files[i].path;
	co.paths.strings = paths;
	co.paths.count = n;
	git_checkout_head(repo, &co);
	free(paths);
}

int gv_repo_commit(const char *repo_path, const struct gv_repo_file *files, size_t n,
		   const char *message, const struct gv_signature *sig, bool *committed,
		   char *oid_out, struct gv_err *err)
{
	git_repository *repo = NULL;
	git_commit *parent = NULL;
	git_tree *tree = NULL, *new_tree = NULL;
	git_signature *who = NULL;
	git_oid tree_oid, commit_oid;
	int rc = 0, lock;
	*committed = false;
	gv_git_ready();
	if ((rc = gv_repo_lock(repo_path, NULL, &lock, err)))
		return rc;
	if (git_repository_open_ext(&repo, repo_path, GIT_REPOSITORY_OPEN_NO_SEARCH, NULL)) {
		rc = gv_git_fail("cannot open the record repository", err);
		goto out;
	}
	git_oid head;
	int h = git_reference_name_to_id(&head, repo, "refs/heads/main");
	if (h == 0) {
		if (git_commit_lookup(&parent, repo, &head) || git_commit_tree(&tree, parent)) {
			rc = gv_git_fail("cannot read the record's history", err);
			goto out;
		}
	} else if (h != GIT_ENOTFOUND) {
		rc = gv_git_fail("cannot read the record's branch", err);
		goto out;
	}

	git_tree *cur = tree;
	for (size_t i = 0; i < n; i++) {
		git_oid blob, *bp = NULL;
		if (files[i].data) {
			if (git_blob_create_from_buffer(&blob, repo, files[i].data, files[i].len)) {
				rc = gv_git_fail("cannot write to the record", err);
				goto out;
			}
			bp = &blob;
		}
		if (tree_put(repo, cur, files[i].path, bp, &tree_oid)) {
			rc = gv_git_fail("cannot write to the record", err);
			goto out;
		}
		git_tree_free(new_tree);
		new_tree = NULL;
		if (git_tree_lookup(&new_tree, repo, &tree_oid)) {
			rc = gv_git_fail("cannot write to the record", err);
			goto out;
		}
		cur = new_tree;
	}
	if (!new_tree || (tree && git_oid_equal(git_tree_id(tree), &tree_oid)))
		goto out; /* nothing changed: no empty commit */

	if (git_signature_new(&who, sig->name, sig->email, (git_time_t)sig->when,
			      sig->offset_min)) {
		rc = gv_git_fail("invalid clerk name or e-mail for the record", err);
		goto out;
	}
	const git_commit *parents[1] = {parent};
	if (git_commit_create(&commit_oid, repo, "refs/heads/main", who, who, NULL, message,
			      new_tree, parent ? 1 : 0, parents)) {
		rc = gv_git_fail("cannot commit to the record", err);
		goto out;
	}
	*committed = true;
	if (oid_out)
		git_oid_tostr(oid_out, GIT_OID_HEXSZ + 1, &commit_oid);
	refresh_worktree(repo, files, n);
out:
	git_signature_free(who);
	git_tree_free(new_tree);
	git_tree_free(tree);
	git_commit_free(parent);
	git_repository_free(repo);
	gv_repo_unlock(lock);
	return rc;
}
