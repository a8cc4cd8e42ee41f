#include "publish/pool.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <unistd.h>

#include "base/buf.h"
#include "base/err.h"
#include "store/workspace.h"

/* The items, shared by the threads that do them. */
struct work {
	const struct gv_pool_task *t;
	pthread_mutex_t lock;   /* over what follows */
	pthread_cond_t changed; /* an item was done, or a thread stopped */
	size_t next, done, running;
	int rc;
	struct gv_err err;      /* of the first item that failed */
};

struct worker {
	struct work *w;
	struct gv_ws *ws;       /* the first uses the caller's connection, the others their own */
	pthread_t thread;
	bool started;
};

static bool take(struct work *w, size_t *i)
{
	pthread_mutex_lock(&w->lock);
	bool more = !w->rc && w->next < w->t->n;
	if (more)
		*i = w->next++;
	pthread_mutex_unlock(&w->lock);
	return more;
}

static void *worker_main(void *arg)
{
	struct worker *k = arg;
	struct work *w = k->w;
	for (size_t i; take(w, &i);) {
		struct gv_err err = {0};
		int rc = w->t->run(w->t->arg, k->ws, i, &err);
		pthread_mutex_lock(&w->lock);
		w->done++;
		if (rc && !w->rc) {
			w->rc = rc;
			w->err = err;
		}
		pthread_cond_signal(&w->changed);
		pthread_mutex_unlock(&w->lock);
	}
	pthread_mutex_lock(&w->lock);
	w->running--;
	pthread_cond_signal(&w->changed);
	pthread_mutex_unlock(&w->lock);
	return NULL;
}

/* How many threads do n items: one per processor, at most 8. */
static size_t threads_for(size_t n)
{
	const char *env = getenv("GAVEL_PUBLISH_THREADS");
	long cpus = env && atol(env) > 0 ? atol(env) : sysconf(_SC_NPROCESSORS_ONLN);
	size_t t = cpus > 1 ? (size_t)cpus : 1;
	t = t > 8 ? 8 : t;
	return n < t ? (n ? n : 1) : t;
}

/* Start the threads of k[0..n), then report each item done from this
 * thread until every thread has stopped. */
static void run_threads(struct work *w, struct worker *k, size_t n)
{
	w->running = n;
	for (size_t i = 0; i < n; i++) {
		if (k[i].ws)
			k[i].started = !pthread_create(&k[i].thread, NULL, worker_main, &k[i]);
		if (!k[i].started && i == 0) {
			worker_main(&k[i]);  /* no thread: do them here */
		} else if (!k[i].started) {
			pthread_mutex_lock(&w->lock);
			w->running--;
			pthread_mutex_unlock(&w->lock);
		}
	}
	pthread_mutex_lock(&w->lock);
	for (size_t reported = 0;;) {
		while (reported < w->done) {
			size_t n_done = ++reported;
			pthread_mutex_unlock(&w->lock);
			if (w->t->done)
				w->t->done(w->t->arg, n_done);
			pthread_mutex_lock(&w->lock);
		}
		if (!w->running)
			break;
		pthread_cond_wait(&w->changed, &w->lock);
	}
	pthread_mutex_unlock(&w->lock);
}

int gv_pool_run(struct gv_ws *ws, const struct gv_pool_task *t, struct gv_err *err)
{
	struct work w = {.t = t};
	pthread_mutex_init(&w.lock, NULL);
	pthread_cond_init(&w.changed, NULL);
	size_t n = threads_for(t->n);
	struct worker *k = gv_calloc(n, sizeof *k);
	/* Every connection before any thread: opening one sets the process's
	 * time zone, which a running thread may be reading. */
	for (size_t i = 0; i < n; i++) {
		k[i].w = &w;
		k[i].ws = ws;
		if (i && gv_ws_open(ws->dir, &k[i].ws, NULL))
			k[i].ws = NULL;
	}
	run_threads(&w, k, n);
	for (size_t i = 0; i < n; i++) {
		if (k[i].started)
			pthread_join(k[i].thread, NULL);
		if (i && k[i].ws)
			gv_ws_close(k[i].ws);
	}
	free(k);
	pthread_cond_destroy(&w.changed);
	pthread_mutex_destroy(&w.lock);
	if (w.rc)
		gv_err_set(err, w.rc, "%s", w.err.msg);
	return w.rc;
}
