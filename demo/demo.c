/* gavel demo: run the demo script (demo_script.h) through the command table
 * with a runner (runner.h). */
#include "demo/demo.h"
#include "demo/demo_script.h"
#include "demo/runner.h"

#include "base/buf.h"
#include "base/err.h"

#include <stdlib.h>

/* Run the scene's lines at its moment. Any failure is a bug in the demo,
 * so the error names the line. */
static int run_scene(struct demo_runner *r, const struct demo_scene *s, struct gv_err *err)
{
	if (!s->lines)
		return 0;
	setenv("GAVEL_NOW", s->at, 1);
	for (const struct demo_line *l = s->lines; l->cmd; l++)
		if (demo_runner_line(r, l->cmd, l->input))
			return gv_err_set(err, GV_EREFUSED, "the demo script failed at '%.200s': %.280s",
					  l->cmd, r->ctx.err.msg);
	return 0;
}

int demo_each_scene(int (*fn)(const struct demo_scene *s, void *arg), void *arg)
{
	int rc = fn(&demo_setup, arg);
	for (const struct demo_meeting *const *m = demo_meetings; *m && !rc; m++) {
		rc = fn(&(*m)->agenda, arg);
		if (!rc)
			rc = fn(&(*m)->revised, arg);
		if (!rc && m[1])
			rc = fn(&m[1]->schedule, arg);
		for (const struct demo_scene *s = (*m)->live; s && s->at && !rc; s++)
			rc = fn(s, arg);
		if (!rc)
			rc = fn(&(*m)->minutes, arg);
	}
	if (!rc)
		rc = fn(&demo_publish, arg);
	return rc;
}

struct script_run {
	struct demo_runner *r;
	struct gv_err *err;
};

static int run_one(const struct demo_scene *s, void *arg)
{
	struct script_run *run = arg;
	return run_scene(run->r, s, run->err);
}

/* The script after init, scene by scene (demo_each_scene), then everything
 * made durable. */
static int run_script(struct demo_runner *r, struct gv_err *err)
{
	int rc = demo_runner_open(r, err);
	if (!rc)
		rc = demo_each_scene(run_one, &(struct script_run){r, err});
	if (!rc)
		rc = demo_runner_finish(r, err);
	return rc;
}

int gv_demo_build(const char *dir, struct gv_err *err)
{
	/* The script moves the clock; the caller's clock comes back after. */
	const char *now = getenv("GAVEL_NOW");
	char *saved = now ? gv_strdup(now) : NULL;
	struct demo_runner r;
	int rc = demo_runner_begin(&r, dir, err);
	if (!rc) {
		setenv("GAVEL_NOW", demo_setup.at, 1);
		if (!(rc = demo_runner_line(&r, demo_init, NULL)))
			rc = run_script(&r, err);
		else
			gv_err_set(err, r.ctx.err.code, "%s", r.ctx.err.msg);
	}
	demo_runner_end(&r);
	if (saved)
		setenv("GAVEL_NOW", saved, 1);
	else
		unsetenv("GAVEL_NOW");
	free(saved);
	return rc;
}
