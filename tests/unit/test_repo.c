/* The record repositories: commits written from memory with the clerk as
 * author, no empty commits, valid for git fsck --strict. */
#include "repo_fixture.h"

#include <sys/stat.h>

static char *temp_repo(void)
{
	char tmpl[] = "/tmp/gavel-repo-XXXXXX";
	assert_non_null(mkdtemp(tmpl));
	char *path = NULL;
	assert_true(asprintf(&path, "%s/record", tmpl) > 0);
	struct gv_err err = {0};
	gv_repo_global_init();
	assert_int_equal(gv_repo_init(path, &err), 0);
	return path;
}

static void test_commits_nested_files_and_skips_unchanged_trees(void **state)
{
	(void)state;
	char *repo = temp_repo();
	struct gv_err err = {0};
	struct gv_signature sig = clerk(1764633600);
	struct gv_repo_file files[] = {
		{"meetings/2026/2026-12-01-council/agenda.md", "# Agenda\n", 9},
		{"meetings/2026/2026-12-01-council/attachments/9.1-rates.csv", "a,b\n", 4},
	};
	bool committed;
	char oid[41];
	assert_int_equal(gv_repo_commit(repo, files, 2, "Publish agenda\n", &sig, &committed, oid,
					&err),
			 0);
	assert_true(committed);
	assert_int_equal(strlen(oid), 40);
	/* the same content again: no empty commit */
	assert_int_equal(gv_repo_commit(repo, files, 2, "Again\n", &sig, &committed, NULL, &err), 0);
	assert_false(committed);
	files[0].data = "# Agenda v2\n";
	files[0].len = 12;
	assert_int_equal(gv_repo_commit(repo, files, 1, "Update agenda\n", &sig, &committed, NULL,
					&err),
			 0);
	assert_true(committed);
	assert_int_equal(sh("test \"$(git -C '%s' rev-list --count main)\" = 2", repo), 0);
	assert_int_equal(sh("test \"$(git -C '%s' log -1 --format='%%an <%%ae>')\" = "
			    "'Marie Clerk <clerk@lakeview.example>'",
			    repo),
			 0);
	assert_int_equal(sh("git -C '%s' fsck --strict --no-progress 2>&1 |"
			    " grep -Ei 'error|warning|missing|broken' && exit 1; exit 0",
			    repo),
			 0);
	assert_int_equal(sh("git -C '%s' fsck --strict --no-progress >/dev/null 2>&1", repo), 0);
	/* the work tree follows, for people who browse the folder */
	assert_int_equal(sh("grep -q 'v2' '%s/meetings/2026/2026-12-01-council/agenda.md'", repo), 0);
	assert_int_equal(sh("test -z \"$(git -C '%s' status --porcelain)\"", repo), 0);
	free(repo);
}

static void test_removing_a_file_removes_empty_folders(void **state)
{
	(void)state;
	char *repo = temp_repo();
	struct gv_err err = {0};
	struct gv_signature sig = clerk(1764633600);
	struct gv_repo_file add[] = {{"a/b/c.md", "x\n", 2}, {"keep.md", "k\n", 2}};
	bool committed;
	assert_int_equal(gv_repo_commit(repo, add, 2, "add\n", &sig, &committed, NULL, &err), 0);
	struct gv_repo_file rm[] = {{"a/b/c.md", NULL, 0}};
	assert_int_equal(gv_repo_commit(repo, rm, 1, "rm\n", &sig, &committed, NULL, &err), 0);
	assert_true(committed);
	assert_int_equal(sh("test \"$(git -C '%s' ls-tree -r --name-only main)\" = keep.md", repo), 0);
	assert_int_equal(sh("git -C '%s' fsck --strict --no-progress >/dev/null 2>&1", repo), 0);
	free(repo);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_commits_nested_files_and_skips_unchanged_trees),
		cmocka_unit_test(test_removing_a_file_removes_empty_folders),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
