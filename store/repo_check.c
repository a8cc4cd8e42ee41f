/* gv_repo_check: every object reachable from main can be read and has the
 * id its content gives. Each object is read once: a tree already read
 * (and so everything below it) is not walked again in a later commit,
 * which keeps the check linear in the size of the history instead of
 * commits x files. */
#include "store/repo.h"

#include "base/buf.h"
#include "base/err.h"
#include "store/repo_git.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

/* A set of object ids, open addressing; ids are already uniform hashes. */
struct oid_set {
	git_oid *slots;
	bool *used;
	size_t cap, n;
};

static size_t slot_of(const struct oid_set *s, const git_oid *id)
{
	size_t h;
	memcpy(&h, id->id, sizeof h);
	size_t i = h & (s->cap - 1);
	while (s->used[i] && !git_oid_equal(&s->slots[i], id))
		i = (i + 1) & (s->cap - 1);
	return i;
}

/* Add id; false when it was there already. */
static bool oid_set_add(struct oid_set *s, const git_oid *id)
{
	if (2 * (s->n + 1) > s->cap) {
		struct oid_set bigger = {gv_calloc(s->cap ? 2 * s->cap : 1024, sizeof *s->slots),
					 gv_calloc(s->cap ? 2 * s->cap : 1024, sizeof *s->used),
					 s->cap ? 2 * s->cap : 1024, s->n};
		for (size_t i = 0; i < s->cap; i++)
			if (s->used[i]) {
				size_t k = slot_of(&bigger, &s->slots[i]);
				bigger.slots[k] = s->slots[i];
				bigger.used[k] = true;
			}
		free(s->slots);
		free(s->used);
		*s = bigger;
	}
	size_t i = slot_of(s, id);
	if (s->used[i])
		return false;
	s->slots[i] = *id;
	s->used[i] = true;
	s->n++;
	return true;
}

struct walk {
	git_repository *repo;
	struct oid_set seen;
};

/* Read each entry not read before; skip (1) a tree already walked. */
static int read_entry(const char *root, const git_tree_entry *entry, void *payload)
{
	(void)root;
	struct walk *w = payload;
	if (!oid_set_add(&w->seen, git_tree_entry_id(entry)))
		return 1;
	git_object *obj = NULL;
	int rc = git_tree_entry_to_object(&obj, w->repo, entry);
	git_object_free(obj);
	return rc ? -1 : 0;
}

int gv_repo_check(const char *repo_path, struct gv_err *err)
{
	struct walk w = {0};
	gv_git_ready();
	if (git_repository_open_ext(&w.repo, repo_path, GIT_REPOSITORY_OPEN_NO_SEARCH, NULL))
		return gv_git_fail("cannot open repository", err);
	git_revwalk *walk = NULL;
	int rc = 0;
	if (git_repository_head_unborn(w.repo) == 1)
		goto out;
	if (git_revwalk_new(&walk, w.repo) || git_revwalk_push_head(walk)) {
		rc = gv_git_fail("cannot read the history", err);
		goto out;
	}
	git_oid oid;
	int next;
	while (!rc && !(next = git_revwalk_next(&oid, walk))) {
		git_commit *commit = NULL;
		git_tree *tree = NULL;
		if (git_commit_lookup(&commit, w.repo, &oid) || git_commit_tree(&tree, commit) ||
		    (oid_set_add(&w.seen, git_tree_id(tree)) &&
		     git_tree_walk(tree, GIT_TREEWALK_PRE, read_entry, &w))) {
			char id[GIT_OID_HEXSZ + 1];
			git_oid_tostr(id, sizeof id, &oid);
			rc = gv_err_set(err, GV_EREFUSED, "commit %s or a file in it cannot be read", id);
		}
		git_tree_free(tree);
		git_commit_free(commit);
	}
	if (!rc && next != GIT_ITEROVER)
		rc = gv_git_fail("cannot read the history", err);
out:
	git_revwalk_free(walk);
	git_repository_free(w.repo);
	free(w.seen.slots);
	free(w.seen.used);
	return rc;
}
