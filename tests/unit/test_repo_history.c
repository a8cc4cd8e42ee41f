/* The record's history through libgit2: versions of some paths with their
 * tags, files at a revision, diffs, annotated tags and pushes. */
#include "repo_fixture.h"

#include "base/buf.h"

#include <sys/wait.h>
#include <unistd.h>

static char *temp_dir(void)
{
	char tmpl[] = "/tmp/gavel-history-XXXXXX";
	assert_non_null(mkdtemp(tmpl));
	return strdup(tmpl);
}

static void put(const char *repo, const char *path, const char *text, const char *msg,
		int64_t when, char oid[41])
{
	struct gv_err err = {0};
	struct gv_signature sig = clerk(when);
	struct gv_repo_file f = {path, text, strlen(text)};
	bool committed;
	if (gv_repo_commit(repo, &f, 1, msg, &sig, &committed, oid, &err))
		fail_msg("commit: %s", err.msg);
	assert_true(committed);
}

/* A record with three commits: minutes v1, an unrelated agenda, minutes v2. */
static char *record_with_history(char *dir, char oids[3][41])
{
	char *repo = NULL;
	assert_true(asprintf(&repo, "%s/record", dir) > 0);
	struct gv_err err = {0};
	gv_repo_global_init();
	assert_int_equal(gv_repo_init(repo, &err), 0);
	put(repo, "m/a/minutes.md", "one\ntwo\n", "Minutes of a: draft\n", 1764633600, oids[0]);
	put(repo, "m/b/agenda.md", "agenda\n", "Publish agenda of b\n", 1764633660, oids[1]);
	put(repo, "m/a/minutes.md", "one\ntwo\nthree\n", "Minutes of a: note on 1\n", 1764633720,
	    oids[2]);
	return repo;
}

static void test_log_lists_the_commits_that_changed_the_paths_with_their_tags(void **state)
{
	(void)state;
	char *dir = temp_dir(), oids[3][41];
	char *repo = record_with_history(dir, oids);
	struct gv_err err = {0};
	struct gv_signature sig = clerk(1764633800);
	assert_int_equal(gv_repo_tag(repo, "approved/a", oids[2], "Approved at b, motion 1.\n", &sig,
				     &err), 0);
	assert_int_equal(gv_repo_tag(repo, "approved/a", oids[0], "again\n", &sig, &err),
			 GV_EREFUSED);
	const char *paths[] = {"m/a/agenda.md", "m/a/minutes.md"};
	struct gv_repo_version *v;
	size_t n;
	assert_int_equal(gv_repo_log(repo, paths, 2, &v, &n, &err), 0);
	assert_int_equal(n, 2);
	assert_string_equal(v[0].oid, oids[2]);
	assert_string_equal(v[0].message, "Minutes of a: note on 1\n");
	assert_int_equal(v[0].changed, 2);
	assert_int_equal(v[0].n_tags, 1);
	assert_string_equal(v[0].tags[0], "approved/a");
	assert_string_equal(v[1].oid, oids[0]);
	assert_int_equal(v[1].n_tags, 0);
	assert_string_equal(v[1].author, "Marie Clerk");
	assert_int_equal(v[1].when, 1764633600);
	gv_repo_versions_free(v, n);
	assert_int_equal(sh("git -C '%s' fsck --strict >/dev/null 2>&1", repo), 0);
	assert_int_equal(sh("test \"$(git -C '%s' for-each-ref --format='%%(objecttype) "
			    "%%(taggername)' refs/tags)\" = 'tag Marie Clerk'",
			    repo),
			 0);
	free(repo);
	sh("rm -rf '%s'", dir);
	free(dir);
}

static void test_read_and_diff_between_revisions(void **state)
{
	(void)state;
	char *dir = temp_dir(), oids[3][41];
	char *repo = record_with_history(dir, oids);
	struct gv_err err = {0};
	char *a, *b;
	size_t la, lb;
	assert_int_equal(gv_repo_read(repo, oids[0], "m/a/minutes.md", &a, &la, &err), 0);
	assert_int_equal(gv_repo_read(repo, "main", "m/a/minutes.md", &b, &lb, &err), 0);
	assert_string_equal(a, "one\ntwo\n");
	assert_int_equal(lb, strlen("one\ntwo\nthree\n"));
	struct gv_buf d = GV_BUF_INIT;
	assert_int_equal(gv_repo_diff_text("m/a/minutes.md", a, b, &d, &err), 0);
	assert_non_null(strstr(gv_buf_str(&d), "--- a/m/a/minutes.md\n+++ b/m/a/minutes.md\n"));
	assert_non_null(strstr(gv_buf_str(&d), "@@ -1,2 +1,3 @@\n one\n two\n+three\n"));
	assert_int_equal(gv_diff_line_kind("--- a/m/a/minutes.md"), GV_DIFF_FILE);
	assert_int_equal(gv_diff_line_kind("+++ b/m/a/minutes.md"), GV_DIFF_FILE);
	assert_int_equal(gv_diff_line_kind("@@ -1,2 +1,3 @@"), GV_DIFF_HUNK);
	assert_int_equal(gv_diff_line_kind("+three"), GV_DIFF_ADDED);
	assert_int_equal(gv_diff_line_kind("-- an old line that began with a dash"),
			 GV_DIFF_REMOVED);
	assert_int_equal(gv_diff_line_kind(" two"), GV_DIFF_CONTEXT);
	gv_buf_reset(&d);
	assert_int_equal(gv_repo_diff_text("m/a/minutes.md", a, a, &d, &err), 0);
	assert_int_equal(d.len, 0);
	gv_buf_free(&d);
	char *none;
	assert_int_equal(gv_repo_read(repo, oids[0], "m/b/agenda.md", &none, &la, &err), 0);
	assert_null(none);
	assert_int_equal(gv_repo_read(repo, "no-such-rev", "m/a/minutes.md", &none, &la, &err),
			 GV_ENOTFOUND);
	free(a);
	free(b);
	free(repo);
	sh("rm -rf '%s'", dir);
	free(dir);
}

/* gv_repo_push in a child that leaves with _exit: libgit2 1.5 leaks pcre2
 * memory in every remote (docs/formats.md), which LeakSanitizer would
 * report at exit although gavel frees all it owns. */
static int push(const char *repo, const char *url, struct gv_err *err)
{
	int fds[2];
	assert_int_equal(pipe(fds), 0);
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		close(fds[0]);
		int rc = gv_repo_push(repo, url, err);
		if (write(fds[1], err, sizeof *err) != (ssize_t)sizeof *err)
			_exit(99);
		_exit(rc ? 1 : 0);
	}
	close(fds[1]);
	assert_int_equal(read(fds[0], err, sizeof *err), (ssize_t)sizeof *err);
	close(fds[0]);
	int status;
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status));
	return WEXITSTATUS(status) ? err->code : 0;
}

static void test_push_sends_main_and_tags_and_refuses_a_missing_remote(void **state)
{
	(void)state;
	char *dir = temp_dir(), oids[3][41];
	char *repo = record_with_history(dir, oids);
	struct gv_err err = {0};
	struct gv_signature sig = clerk(1764633800);
	assert_int_equal(gv_repo_tag(repo, "approved/a", oids[2], "ok\n", &sig, &err), 0);
	char *remote = NULL;
	assert_true(asprintf(&remote, "%s/remote.git", dir) > 0);
	assert_int_equal(sh("git init -q --bare -b main '%s'", remote), 0);
	assert_int_equal(push(repo, remote, &err), 0);
	char oid[41];
	assert_int_equal(gv_repo_resolve(remote, "main", oid, &err), 0);
	assert_string_equal(oid, oids[2]);
	assert_int_equal(gv_repo_resolve(remote, "approved/a", oid, &err), 0);
	assert_string_equal(oid, oids[2]);
	char *missing = NULL;
	assert_true(asprintf(&missing, "%s/missing.git", dir) > 0);
	assert_int_equal(push(repo, missing, &err), GV_EREFUSED);
	assert_non_null(strstr(err.msg, "missing.git"));
	free(missing);
	free(remote);
	free(repo);
	sh("rm -rf '%s'", dir);
	free(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_log_lists_the_commits_that_changed_the_paths_with_their_tags),
		cmocka_unit_test(test_read_and_diff_between_revisions),
		cmocka_unit_test(test_push_sends_main_and_tags_and_refuses_a_missing_remote),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
