/* Pushing the public record to a remote: main and every tag, nothing else. */
#include "store/repo.h"

#include "base/buf.h"
#include "base/err.h"
#include "store/repo_git.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* A rejected reference is reported here, not as an error of git_remote_push:
 * the first is kept in the struct gv_err that payload points to. */
static int rejected(const char *refname, const char *status, void *payload)
{
	struct gv_err *first = payload;
	if (status && !first->code)
		gv_err_set(first, GV_EREFUSED, "the remote refused %s: %s", refname, status);
	return 0;
}

/* A path or file:// URL that names nothing gets a plain message rather than
 * libgit2's "unsupported URL protocol". */
static int check_local(const char *url, struct gv_err *err)
{
	const char *path = !strncmp(url, "file://", 7) ? url + 7 : strstr(url, "://") ? NULL : url;
	struct stat st;
	if (path && stat(path, &st))
		return gv_err_set(err, GV_EREFUSED, "cannot push to %s: no such directory", url);
	return 0;
}

int gv_repo_push(const char *repo_path, const char *url, struct gv_err *err)
{
	int rc = check_local(url, err);
	if (rc)
		return rc;
	git_repository *repo;
	if ((rc = gv_git_open(&repo, repo_path, err)))
		return rc;
	git_remote *remote = NULL;
	git_strarray tags = {0};
	char **specs = NULL;
	git_oid head;
	if (git_reference_name_to_id(&head, repo, "refs/heads/main")) {
		rc = gv_err_set(err, GV_EREFUSED, "record/ has nothing to push yet");
		goto out;
	}
	if (git_tag_list(&tags, repo)) {
		rc = gv_git_fail("cannot list the record's tags", err);
		goto out;
	}
	specs = gv_calloc(tags.count + 1, sizeof *specs);
	specs[0] = gv_strdup("refs/heads/main:refs/heads/main");
	for (size_t i = 0; i < tags.count; i++)
		specs[i + 1] = gv_asprintf("refs/tags/%s:refs/tags/%s", tags.strings[i],
					   tags.strings[i]);
	git_strarray refspecs = {specs, tags.count + 1};
	if (git_remote_create_anonymous(&remote, repo, url)) {
		rc = gv_git_fail("cannot use the remote", err);
		goto out;
	}
	git_push_options o = GIT_PUSH_OPTIONS_INIT;
	struct gv_err refused = {0};
	o.callbacks.push_update_reference = rejected;
	o.callbacks.payload = &refused;
	if (git_remote_push(remote, &refspecs, &o)) {
		const git_error *e = git_error_last();
		rc = gv_err_set(err, GV_EREFUSED, "cannot push to %s: %s", url,
				e && e->message ? e->message : "git error");
	} else if (refused.code) {
		rc = gv_err_set(err, refused.code, "%s", refused.msg);
	}
out:
	if (specs)
		for (size_t i = 0; i <= tags.count; i++)
			free(specs[i]);
	free(specs);
	git_strarray_dispose(&tags);
	git_remote_free(remote);
	git_repository_free(repo);
	return rc;
}
