/* The threads a publish makes meetings on: one function run over the
 * numbers 0..n-1, on every processor, each thread reading the workspace
 * through a connection of its own. */
#ifndef GAVEL_POOL_H
#define GAVEL_POOL_H

#include <stddef.h>

struct gv_ws;
struct gv_err;

struct gv_pool_task {
	size_t n;
	/* Do item i, reading through ws (the caller's, or a thread's own);
	 * called on any thread, at most once an item, in no set order. */
	int (*run)(void *arg, struct gv_ws *ws, size_t i, struct gv_err *err);
	/* Called on the calling thread after each item done, with how many
	 * are (where a front end may draw); may be NULL. */
	void (*done)(void *arg, size_t n_done);
	void *arg;
};

/* Run t->run over 0..t->n-1 on one thread a processor, at most 8
 * ($GAVEL_PUBLISH_THREADS says otherwise, for benchmarks), ws's the first
 * and a connection opened from ws->dir each of the others; where a thread
 * cannot be had, the others do its share. After the first item that fails
 * no other starts, and its code and message are returned. */
int gv_pool_run(struct gv_ws *ws, const struct gv_pool_task *t, struct gv_err *err);

#endif
