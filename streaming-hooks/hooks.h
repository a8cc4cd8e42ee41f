/* Streaming hooks: executables in the workspace's hooks/ named after live
 * events (on-item, on-vote, ..., and on-event for every event). Each gets
 * the event as JSON on stdin and GAVEL_* variables in its environment. It
 * runs with fexecve (no shell, no user text on a command line), detached
 * from the clerk's command, under a time limit; what it printed, how it
 * ended and how long it took are appended to hooks/log. A hook can never
 * block, slow or fail the action that fired it. */
#ifndef GAVEL_HOOKS_H
#define GAVEL_HOOKS_H

#include <stdbool.h>
#include <stddef.h>

struct gv_ws;
struct gv_buf;
struct gv_err;

#define GV_HOOK_OUTPUT_MAX (64 * 1024) /* bytes of output kept per run */

/* The events that have a hook of their own (besides on-event). */
extern const char *const gv_hook_events[];

struct gv_hook_env {
	const char *name;   /* "GAVEL_ITEM" */
	const char *value;
};

struct gv_hook_event {
	const char *name;              /* "vote": runs on-vote and on-event */
	const char *json;              /* stdin of the hook */
	const struct gv_hook_env *env; /* GAVEL_* variables */
	size_t n_env;
};

/* Start the hooks for ev in the background and return at once. Never
 * fails the caller: problems go to hooks/log. Returns how many started. */
int gv_hooks_fire(struct gv_ws *ws, const struct gv_hook_event *ev);

/* Run the hooks for ev now and wait for them (gavel hooks test): their
 * output and ending go to report as well as to hooks/log. */
int gv_hooks_run_now(struct gv_ws *ws, const struct gv_hook_event *ev, struct gv_buf *report,
		     struct gv_err *err);

/* One installed hook, for gavel hooks list. */
struct gv_hook_file {
	char *name;       /* "on-vote" */
	bool executable;
	bool known;       /* named after an event gavel fires */
	char *why;        /* why it does not run ("not executable (chmod +x)"), NULL if it does */
	bool unsafe;      /* it does not run because someone other than the user
			     running gavel could change it: group- or world-writable,
			     another user's, a symlink leading out of hooks/, or in a
			     hooks/ that is so (docs/safety.md, "Hooks") */
};

/* Failures in the latest part of hooks/log (runs that did not exit 0, or
 * hooks skipped): how many, and the latest one's line in last. */
int gv_hooks_failures(struct gv_ws *ws, char *last, size_t size);

int gv_hooks_list(struct gv_ws *ws, struct gv_hook_file **out, size_t *n, struct gv_err *err);
void gv_hooks_list_free(struct gv_hook_file *h, size_t n);

#endif
