/* Firing hooks never waits for them: they run detached, under their time
 * limit, and report to hooks/log. */
#include "unit.h"

#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "base/files.h"
#include "store/settings.h"
#include "streaming-hooks/hooks.h"

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static void install(struct gv_ws *ws, const char *name, const char *script)
{
	char *rel = NULL;
	assert_true(asprintf(&rel, "hooks/%s", name) > 0);
	char *path = gv_ws_path(ws, rel);
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	fprintf(f, "#!/bin/sh\n%s\n", script);
	fclose(f);
	assert_int_equal(chmod(path, 0755), 0);
	free(path);
	free(rel);
}

/* Wait up to seconds for file rel of the workspace to contain text. */
static bool eventually_contains(struct gv_ws *ws, const char *rel, const char *text, double seconds)
{
	char *path = gv_ws_path(ws, rel);
	bool found = false;
	for (double end = now_s() + seconds; !found && now_s() < end; usleep(20000)) {
		char *data = NULL;
		struct gv_err err;
		if (gv_exists(path) && !gv_file_read(path, 1 << 20, "file", &data, NULL, &err)) {
			found = strstr(data, text) != NULL;
			free(data);
		}
	}
	free(path);
	return found;
}

static const struct gv_hook_env env[] = {{"GAVEL_ITEM", "7.2"}};
static const struct gv_hook_event vote = {"vote", "{\"event\":\"vote\"}\n", env, 1};

static void test_fire_returns_before_a_slow_hook_ends(void **state)
{
	(void)state;
	struct gv_ws *ws = unit_ws_new();
	install(ws, "on-vote", "sleep 2; cat > \"$GAVEL_WORKSPACE/hooks/seen\"; echo \"$GAVEL_ITEM\" >> \"$GAVEL_WORKSPACE/hooks/seen\"");
	double t0 = now_s();
	assert_int_equal(gv_hooks_fire(ws, &vote), 1);
	assert_true(now_s() - t0 < 1.0);    /* the hook sleeps 2 s: we did not wait */
	assert_true(eventually_contains(ws, "hooks/seen", "{\"event\":\"vote\"}\n7.2", 10));
	assert_true(eventually_contains(ws, "hooks/log", "on-vote (event vote): exit 0", 5));
	unit_ws_free(ws);
}

static void test_fire_runs_the_event_hook_and_on_event(void **state)
{
	(void)state;
	struct gv_ws *ws = unit_ws_new();
	install(ws, "on-vote", "echo specific");
	install(ws, "on-event", "echo general");
	install(ws, "on-item", "echo wrong");
	assert_int_equal(gv_hooks_fire(ws, &vote), 2);
	assert_true(eventually_contains(ws, "hooks/log", "on-event (event vote): exit 0", 5));
	assert_true(eventually_contains(ws, "hooks/log", "| specific", 5));
	assert_false(eventually_contains(ws, "hooks/log", "wrong", 0.3));
	unit_ws_free(ws);
}

static void test_fire_with_no_hooks_starts_nothing(void **state)
{
	(void)state;
	struct gv_ws *ws = unit_ws_new();
	install(ws, "on-item", "echo wrong");
	assert_int_equal(gv_hooks_fire(ws, &vote), 0);
	char *log = gv_ws_path(ws, "hooks/log");
	usleep(100000);
	assert_false(gv_exists(log));
	free(log);
	unit_ws_free(ws);
}

static void test_a_hung_hook_is_killed_at_its_limit(void **state)
{
	(void)state;
	struct gv_ws *ws = unit_ws_new();
	struct gv_err err = {0};
	assert_int_equal(gv_setting_set(ws->db, "hooks.timeout", "1", &err), 0);
	install(ws, "on-vote", "trap '' TERM; sleep 60");
	double t0 = now_s();
	assert_int_equal(gv_hooks_fire(ws, &vote), 1);
	assert_true(now_s() - t0 < 1.0);
	assert_true(eventually_contains(ws, "hooks/log", "on-vote (event vote): killed after its time limit", 8));
	unit_ws_free(ws);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fire_returns_before_a_slow_hook_ends),
		cmocka_unit_test(test_fire_runs_the_event_hook_and_on_event),
		cmocka_unit_test(test_fire_with_no_hooks_starts_nothing),
		cmocka_unit_test(test_a_hung_hook_is_killed_at_its_limit),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
