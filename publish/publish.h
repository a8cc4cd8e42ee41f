/* gavel publish: the static site of every public meeting (or of the
 * meetings named), written incrementally into an output directory. */
#ifndef GAVEL_PUBLISH_H
#define GAVEL_PUBLISH_H

#include <stdbool.h>
#include <stddef.h>

#include "publish/outdir.h"

struct gv_ws;
struct gv_err;

struct gv_publish_opts {
	const char *out;            /* NULL: site/ in the workspace */
	const char *const *meetings; /* refs; none: every public meeting, and
				       files of meetings no longer public go */
	size_t n_meetings;
	bool force;                 /* write into a directory that is not a gavel site */
	/* Called as meetings are done (may be NULL). */
	void (*progress)(void *arg, size_t done, size_t total);
	void *progress_arg;
};

struct gv_publish_result {
	char *dir;                  /* where the site is (caller frees) */
	size_t meetings;
	struct gv_outdir_stats files;
};

int gv_publish(struct gv_ws *ws, const struct gv_publish_opts *o, struct gv_publish_result *r,
	       struct gv_err *err);

#endif
