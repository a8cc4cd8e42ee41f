/* Reading the record's history: files at a revision, the commits that
 * changed some paths, tags, and diffs between two versions of a file. */
#include "store/repo.h"

#include "base/buf.h"
#include "base/err.h"
#include "store/repo_git.h"

#include <stdlib.h>
#include <string.h>

static int lookup_commit(git_repository *repo, const char *rev, git_commit **out,
			 struct gv_err *err)
{
	git_object *obj = NULL;
	if (git_revparse_single(&obj, repo, rev))
		return gv_err_set(err, GV_ENOTFOUND, "no version '%s' in the record", rev);
	int rc = git_object_peel((git_object **)out, obj, GIT_OBJECT_COMMIT);
	git_object_free(obj);
	return rc ? gv_err_set(err, GV_ENOTFOUND, "'%s' is not a version of the record", rev) : 0;
}

int gv_repo_resolve(const char *repo_path, const char *rev, char *oid, struct gv_err *err)
{
	git_repository *repo;
	int rc = gv_git_open(&repo, repo_path, err);
	if (rc)
		return rc;
	git_commit *c = NULL;
	rc = lookup_commit(repo, rev, &c, err);
	if (!rc)
		git_oid_tostr(oid, GIT_OID_HEXSZ + 1, git_commit_id(c));
	git_commit_free(c);
	git_repository_free(repo);
	return rc;
}

static int in_main(git_repository *repo, const char *rev, bool *in, struct gv_err *err)
{
	*in = false;
	git_commit *c = NULL, *main = NULL;
	int rc;
	if (!(rc = lookup_commit(repo, rev, &c, err)) &&
	    !(rc = lookup_commit(repo, "main", &main, err))) {
		const git_oid *id = git_commit_id(c), *tip = git_commit_id(main);
		int d = git_oid_equal(id, tip) ? 1 : git_graph_descendant_of(repo, tip, id);
		if (d < 0)
			rc = gv_git_fail("cannot read the record's history", err);
		*in = d == 1;
	}
	git_commit_free(main);
	git_commit_free(c);
	return rc;
}

static int read_file(git_repository *repo, const char *rev, const char *path, char **data,
		     size_t *len, struct gv_err *err)
{
	*data = NULL;
	*len = 0;
	git_commit *c = NULL;
	git_tree *tree = NULL;
	git_tree_entry *e = NULL;
	git_blob *blob = NULL;
	int rc = lookup_commit(repo, rev, &c, err);
	if (rc)
		goto out;
	if (git_commit_tree(&tree, c)) {
		rc = gv_git_fail("cannot read the record", err);
		goto out;
	}
	if (git_tree_entry_bypath(&e, tree, path) || git_tree_entry_type(e) != GIT_OBJECT_BLOB)
		goto out; /* no such file at rev */
	if (git_blob_lookup(&blob, repo, git_tree_entry_id(e))) {
		rc = gv_git_fail("cannot read the record", err);
		goto out;
	}
	*len = (size_t)git_blob_rawsize(blob);
	*data = gv_malloc(*len + 1);
	memcpy(*data, git_blob_rawcontent(blob), *len);
	(*data)[*len] = '\0';
out:
	git_blob_free(blob);
	git_tree_entry_free(e);
	git_tree_free(tree);
	git_commit_free(c);
	return rc;
}

int gv_repo_read(const char *repo_path, const char *rev, const char *path, char **data,
		 size_t *len, struct gv_err *err)
{
	*data = NULL;
	*len = 0;
	git_repository *repo;
	int rc = gv_git_open(&repo, repo_path, err);
	if (rc)
		return rc;
	rc = read_file(repo, rev, path, data, len, err);
	git_repository_free(repo);
	return rc;
}

struct gv_repo_reader {
	git_repository *repo;
};

int gv_repo_reader_open(const char *repo_path, struct gv_repo_reader **out, struct gv_err *err)
{
	git_repository *repo;
	int rc = gv_git_open(&repo, repo_path, err);
	*out = NULL;
	if (!rc) {
		*out = gv_malloc(sizeof **out);
		(*out)->repo = repo;
	}
	return rc;
}

int gv_repo_reader_read(struct gv_repo_reader *r, const char *rev, const char *path,
			char **data, size_t *len, struct gv_err *err)
{
	return read_file(r->repo, rev, path, data, len, err);
}

int gv_repo_reader_in_main(struct gv_repo_reader *r, const char *rev, bool *in,
			   struct gv_err *err)
{
	return in_main(r->repo, rev, in, err);
}

void gv_repo_reader_close(struct gv_repo_reader *r)
{
	if (r)
		git_repository_free(r->repo);
	free(r);
}

int gv_repo_tag_message(const char *repo_path, const char *name, char **message,
			struct gv_err *err)
{
	*message = NULL;
	git_repository *repo;
	int rc = gv_git_open(&repo, repo_path, err);
	if (rc)
		return rc;
	char *ref = gv_asprintf("refs/tags/%s", name);
	git_object *obj = NULL;
	int e = git_revparse_single(&obj, repo, ref);
	if (e == 0 && git_object_type(obj) == GIT_OBJECT_TAG)
		*message = gv_strdup(git_tag_message((git_tag *)obj));
	else if (e == 0)
		*message = gv_strdup("");
	else if (e != GIT_ENOTFOUND)
		rc = gv_git_fail("cannot read the record's tags", err);
	git_object_free(obj);
	free(ref);
	git_repository_free(repo);
	return rc;
}

int gv_repo_tag(const char *repo_path, const char *name, const char *oid, const char *message,
		const struct gv_signature *sig, struct gv_err *err)
{
	int lock;
	int rc = gv_repo_lock(repo_path, name, &lock, err);
	if (rc)
		return rc;
	git_repository *repo;
	if ((rc = gv_git_open(&repo, repo_path, err))) {
		gv_repo_unlock(lock);
		return rc;
	}
	git_object *target = NULL;
	git_signature *who = NULL;
	git_oid id, tag;
	if (git_oid_fromstr(&id, oid) || git_object_lookup(&target, repo, &id, GIT_OBJECT_COMMIT)) {
		rc = gv_git_fail("cannot find the version to tag", err);
		goto out;
	}
	if (git_signature_new(&who, sig->name, sig->email, (git_time_t)sig->when,
			      sig->offset_min)) {
		rc = gv_git_fail("invalid clerk name or e-mail for the record", err);
		goto out;
	}
	int e = git_tag_create(&tag, repo, name, target, who, message, 0);
	if (e == GIT_EEXISTS)
		rc = gv_err_set(err, GV_EREFUSED, "the record already has a tag %s", name);
	else if (e)
		rc = gv_git_fail("cannot tag the record", err);
out:
	git_signature_free(who);
	git_object_free(target);
	git_repository_free(repo);
	gv_repo_unlock(lock);
	return rc;
}

void gv_repo_versions_free(struct gv_repo_version *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(v[i].author);
		free(v[i].email);
		free(v[i].message);
		for (size_t k = 0; k < v[i].n_tags; k++)
			free(v[i].tags[k]);
		free(v[i].tags);
	}
	free(v);
}

/* The blob id of path in commit c, zero when absent. */
static void path_oid(const git_commit *c, const char *path, git_oid *out)
{
	memset(out, 0, sizeof *out);
	git_tree *tree = NULL;
	git_tree_entry *e = NULL;
	if (c && !git_commit_tree(&tree, c) && !git_tree_entry_bypath(&e, tree, path))
		git_oid_cpy(out, git_tree_entry_id(e));
	git_tree_entry_free(e);
	git_tree_free(tree);
}

struct tag_list {
	git_repository *repo;
	char **names;
	git_oid *targets;
	size_t n;
};

static int collect_tag(const char *refname, git_oid *oid, void *payload)
{
	struct tag_list *tl = payload;
	git_object *obj = NULL, *peeled = NULL;
	if (!git_object_lookup(&obj, tl->repo, oid, GIT_OBJECT_ANY) &&
	    !git_object_peel(&peeled, obj, GIT_OBJECT_COMMIT)) {
		GV_ROOM(tl->targets, tl->n);
		git_oid_cpy(&tl->targets[tl->n], git_object_id(peeled));
		*GV_PUSH(tl->names, tl->n) = gv_strdup(refname + strlen("refs/tags/"));
	}
	git_object_free(peeled);
	git_object_free(obj);
	return 0;
}

static void add_version(struct gv_repo_version **out, size_t *n, const git_commit *c,
			unsigned changed, const struct tag_list *tl)
{
	struct gv_repo_version *v = GV_PUSH(*out, *n);
	git_oid_tostr(v->oid, sizeof v->oid, git_commit_id(c));
	const git_signature *a = git_commit_author(c);
	v->when = a->when.time;
	v->offset_min = a->when.offset;
	v->author = gv_strdup(a->name);
	v->email = gv_strdup(a->email);
	v->message = gv_strdup(git_commit_message(c));
	v->changed = changed;
	for (size_t i = 0; i < tl->n; i++) {
		if (!git_oid_equal(&tl->targets[i], git_commit_id(c)))
			continue;
		*GV_PUSH(v->tags, v->n_tags) = gv_strdup(tl->names[i]);
	}
}

int gv_repo_log(const char *repo_path, const char *const *paths, size_t n_paths,
		struct gv_repo_version **out, size_t *n, struct gv_err *err)
{
	*out = NULL;
	*n = 0;
	if (n_paths > 8)
		n_paths = 8;
	git_repository *repo;
	int rc = gv_git_open(&repo, repo_path, err);
	if (rc)
		return rc;
	struct tag_list tl = {repo, NULL, NULL, 0};
	git_revwalk *walk = NULL;
	rc = 0;
	git_oid head;
	if (git_reference_name_to_id(&head, repo, "refs/heads/main"))
		goto out; /* nothing committed yet */
	if (git_tag_foreach(repo, collect_tag, &tl) || git_revwalk_new(&walk, repo) ||
	    git_revwalk_push(walk, &head)) {
		rc = gv_git_fail("cannot read the record's history", err);
		goto out;
	}
	git_revwalk_sorting(walk, GIT_SORT_TOPOLOGICAL | GIT_SORT_TIME);
	git_oid id;
	while (!git_revwalk_next(&id, walk)) {
		git_commit *c = NULL, *parent = NULL;
		if (git_commit_lookup(&c, repo, &id)) {
			rc = gv_git_fail("cannot read the record's history", err);
			break;
		}
		if (git_commit_parentcount(c))
			git_commit_parent(&parent, c, 0);
		unsigned changed = 0;
		for (size_t i = 0; i < n_paths; i++) {
			git_oid now, before;
			path_oid(c, paths[i], &now);
			path_oid(parent, paths[i], &before);
			if (!git_oid_equal(&now, &before))
				changed |= 1u << i;
		}
		if (changed)
			add_version(out, n, c, changed, &tl);
		git_commit_free(parent);
		git_commit_free(c);
	}
out:
	for (size_t i = 0; i < tl.n; i++)
		free(tl.names[i]);
	free(tl.names);
	free(tl.targets);
	git_revwalk_free(walk);
	git_repository_free(repo);
	if (rc) {
		gv_repo_versions_free(*out, *n);
		*out = NULL;
		*n = 0;
	}
	return rc;
}

int gv_repo_diff_text(const char *path, const char *old_text, const char *new_text,
		      struct gv_buf *out, struct gv_err *err)
{
	git_patch *patch = NULL;
	git_buf text = {0};
	git_diff_options o = GIT_DIFF_OPTIONS_INIT;
	o.context_lines = 3;
	gv_git_ready();
	
	int rc = 0;
	if (git_patch_from_buffers(&patch, old_text, old_text ? strlen(old_text) : 0,
				   old_text ? path : NULL, new_text, new_text ? strlen(new_text) : 0,
				   new_text ? path : NULL, &o) ||
	    git_patch_to_buf(&text, patch))
		rc = gv_git_fail("cannot compare the versions", err);
	else if (git_patch_num_hunks(patch))
		gv_buf_add(out, text.ptr, text.size);
	git_buf_dispose(&text);
	git_patch_free(patch);
	return rc;
}

enum gv_diff_line gv_diff_line_kind(const char *line)
{
	if (!strncmp(line, "+++", 3) || !strncmp(line, "---", 3) || !strncmp(line, "diff ", 5))
		return GV_DIFF_FILE;
	switch (*line) {
	case '@': return GV_DIFF_HUNK;
	case '+': return GV_DIFF_ADDED;
	case '-': return GV_DIFF_REMOVED;
	default: return GV_DIFF_CONTEXT;
	}
}
