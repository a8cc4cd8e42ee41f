/* Helpers of the tests that use git repositories directly: a shell check
 * with one argument, and the clerk who signs the test commits. */
#ifndef GAVEL_REPO_FIXTURE_H
#define GAVEL_REPO_FIXTURE_H

#include "unit.h"

/* system(fmt with arg); the exit status. */
static inline int sh(const char *fmt, const char *arg)
{
	char *cmd = NULL;
	assert_true(asprintf(&cmd, fmt, arg) > 0);
	int rc = system(cmd);
	free(cmd);
	return rc;
}

static inline struct gv_signature clerk(int64_t when)
{
	struct gv_signature s = {.when = when, .offset_min = -300};
	snprintf(s.name, sizeof s.name, "Marie Clerk");
	snprintf(s.email, sizeof s.email, "clerk@lakeview.example");
	return s;
}

#endif
