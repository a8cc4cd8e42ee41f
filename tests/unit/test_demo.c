/* The demo workspace: built through the command table, and its accented
 * names resolve the way a clerk types them. */
#include "unit.h"

#include "agenda/member.h"
#include "base/clock.h"
#include "demo/demo.h"
#include "demo/demo_script.h"

static struct gv_ws *demo_ws(void)
{
	char *ws_dir = unit_ws_dir();
	struct gv_err err = {0};
	if (gv_demo_build(ws_dir, &err))
		fail_msg("demo: %s", err.msg);
	struct gv_ws *ws = NULL;
	assert_int_equal(gv_ws_open(ws_dir, &ws, &err), 0);
	free(ws_dir);
	return ws;
}

/* The full name of the member ref resolves to. */
static char *resolve(struct gv_ws *ws, const char *ref)
{
	int64_t id;
	struct gv_err err = {0};
	if (gv_member_resolve(ws, ref, 0, &id, &err))
		fail_msg("'%s': %s", ref, err.msg);
	struct gv_member *m;
	size_t n;
	assert_int_equal(gv_member_list(ws, 0, &m, &n, &err), 0);
	char *name = NULL;
	for (size_t i = 0; i < n; i++)
		if (m[i].id == id)
			name = strdup(m[i].name);
	gv_members_free(m, n);
	assert_non_null(name);
	return name;
}

static void expect_resolves(struct gv_ws *ws, const char *ref, const char *name)
{
	char *got = resolve(ws, ref);
	assert_string_equal(got, name);
	free(got);
}

static void test_demo_names_resolve_with_or_without_accents(void **state)
{
	(void)state;
	struct gv_ws *ws = demo_ws();
	expect_resolves(ws, "côté", "Hélène Côté");
	expect_resolves(ws, "COTE", "Hélène Côté");
	expect_resolves(ws, "Bélanger", "Marc Bélanger");
	expect_resolves(ws, "belanger", "Marc Bélanger");
	expect_resolves(ws, "gagne", "Sophie Gagné");
	expect_resolves(ws, "Nguyễn", "Minh-Anh Nguyễn");
	expect_resolves(ws, "nguyen", "Minh-Anh Nguyễn");
	expect_resolves(ws, "Ó Briain", "Siobhán Ó Briain");
	expect_resolves(ws, "o bri", "Siobhán Ó Briain");
	expect_resolves(ws, "siobhan", "Siobhán Ó Briain");
	unit_ws_free(ws);
}

static void test_demo_leaves_the_callers_clock_alone(void **state)
{
	(void)state;
	setenv("GAVEL_NOW", "2026-11-20T15:00:00Z", 1);
	struct gv_ws *ws = demo_ws();
	assert_string_equal(getenv("GAVEL_NOW"), "2026-11-20T15:00:00Z");
	unit_ws_free(ws);
	unsetenv("GAVEL_NOW");
	ws = demo_ws();
	assert_null(getenv("GAVEL_NOW"));
	unit_ws_free(ws);
}

/* Every live line of a past meeting says when it happened (but undo, which
 * records no time of its own), so the log reads like the evening it was;
 * the meeting still to come has no live lines, to be run from the console. */
static void test_demo_live_lines_say_when_they_happened(void **state)
{
	(void)state;
	size_t n_past = 0, n_lines = 0;
	for (const struct demo_meeting *const *m = demo_meetings; *m; m++) {
		const struct demo_scene *s = (*m)->live;
		if (!m[1]) {
			assert_null(s);
			break;
		}
		assert_non_null(s);
		assert_non_null(s->at);
		for (n_past++; s->at; s++)
			for (const struct demo_line *l = s->lines; l->cmd; l++, n_lines++) {
				assert_int_equal(strncmp(l->cmd, "live ", 5), 0);
				if (!strstr(l->cmd, " --at ") && !strstr(l->cmd, " undo"))
					fail_msg("no --at: %s", l->cmd);
			}
	}
	assert_int_equal(n_past, 4);
	assert_true(n_lines > 150);
}

struct clock_walk {
	int64_t last;
	size_t scenes;
};

static int scene_after_the_last(const struct demo_scene *s, void *arg)
{
	struct clock_walk *w = arg;
	if (!s->lines) /* sets no clock */
		return 0;
	int64_t at;
	struct gv_err err = {0};
	if (gv_time_parse(s->at, 0, &at, &err))
		fail_msg("scene at '%s': %s", s->at, err.msg);
	if (at < w->last)
		fail_msg("the scene at %s runs after a later one: the clock would go back", s->at);
	w->last = at;
	w->scenes++;
	return 0;
}

/* The scenes run in time order, the scheduling of a meeting ahead of the one
 * before it included, so the record's history never goes back in time. */
static void test_demo_scenes_run_in_time_order(void **state)
{
	(void)state;
	struct clock_walk w = {0};
	assert_int_equal(demo_each_scene(scene_after_the_last, &w), 0);
	assert_true(w.scenes > 10);
	assert_non_null(demo_meetings[1]->schedule.lines);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_demo_names_resolve_with_or_without_accents),
		cmocka_unit_test(test_demo_leaves_the_callers_clock_alone),
		cmocka_unit_test(test_demo_live_lines_say_when_they_happened),
		cmocka_unit_test(test_demo_scenes_run_in_time_order),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
