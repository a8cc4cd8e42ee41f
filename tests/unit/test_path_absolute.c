/* gv_path_absolute (base/files.h): the path a directory has, or will have
 * once made, with "." and ".." in the part not yet made resolved as the
 * kernel will resolve them, so that a check of where a site goes looks at
 * the directory that will be written. */
#include "unit.h"

#include "base/buf.h"
#include "base/files.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct place {
	char root[PATH_MAX]; /* a real temporary directory, with www/ and link -> www */
};

static int setup(void **state)
{
	struct place *p = calloc(1, sizeof *p);
	char tmpl[] = "/tmp/gavel-path-XXXXXX";
	if (!p || !mkdtemp(tmpl) || !realpath(tmpl, p->root))
		return -1;
	char *www = gv_path_join(p->root, "www"), *link = gv_path_join(p->root, "link");
	int rc = mkdir(www, 0755) || symlink(www, link);
	free(www);
	free(link);
	*state = p;
	return rc;
}

static int teardown(void **state)
{
	struct place *p = *state;
	char *www = gv_path_join(p->root, "www"), *link = gv_path_join(p->root, "link");
	unlink(link);
	rmdir(www);
	rmdir(p->root);
	free(www);
	free(link);
	free(p);
	return 0;
}

/* gv_path_absolute(root + rel) == root + want */
static void expect(const struct place *p, const char *rel, const char *want)
{
	char *in = gv_asprintf("%s%s", p->root, rel), *out = gv_path_absolute(in);
	char *expected = gv_asprintf("%s%s", p->root, want);
	assert_string_equal(out, expected);
	free(in);
	free(out);
	free(expected);
}

static void test_dotdot_after_a_directory_not_yet_made_climbs_back(void **state)
{
	const struct place *p = *state;
	expect(p, "/www/x/..", "/www");
	expect(p, "/www/x/y/../..", "/www");
	expect(p, "/www/./x/../", "/www");
	expect(p, "/other/../www", "/www");
	expect(p, "/www/x/../site", "/www/site");
	expect(p, "/www/x/./y", "/www/x/y");
}

static void test_what_dotdot_leads_back_to_is_resolved_too(void **state)
{
	const struct place *p = *state;
	/* link exists: once climbed back to, it resolves to www */
	expect(p, "/x/../link", "/www");
	expect(p, "/x/../link/new", "/www/new");
}

static void test_dotdot_stops_at_the_root(void **state)
{
	(void)state;
	char *out = gv_path_absolute("/gavel-no-such-dir/../../..");
	assert_string_equal(out, "/");
	free(out);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_dotdot_after_a_directory_not_yet_made_climbs_back,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_what_dotdot_leads_back_to_is_resolved_too, setup,
						teardown),
		cmocka_unit_test(test_dotdot_stops_at_the_root),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
