/* bench/live_events DIR [N]: N live events recorded durably through the core
 * as the live console records them (each validated against the state of the
 * log kept between events, which is re-read only when another process
 * appended, and appended in its own transaction),
 * against N bare one-row SQLite inserts with synchronous=FULL in WAL, in
 * the same directory, so on the same disk. Prints both and the ratio; the
 * target (docs/performance.md) is at most 1.5x. */
#include "agenda/member.h"
#include "agenda/meeting.h"
#include "base/clock.h"
#include "base/err.h"
#include "live/live.h"
#include "store/repo.h"
#include "store/workspace.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double seconds(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int die(const char *what, const struct gv_err *err)
{
	fprintf(stderr, "live_events: %s: %s\n", what, err->msg);
	return 1;
}

/* A Council of five called to order, its mayor presiding, ready for business. */
static int prepare(const char *dir, struct gv_ws **ws, struct gv_live_ctx *c,
		   struct gv_live_log *log, struct gv_err *err)
{
	static const char *const names[] = {"Marie Côté", "Geneviève Tremblay", "Ahmed Haddad",
					    "Élise Bouchard", "Paul Roy"};
	struct gv_ws_init_opts o = {"Benchville", "America/Toronto", NULL};
	if (gv_ws_init(dir, &o, err) || gv_ws_open(dir, ws, err))
		return -1;
	for (int i = 0; i < 5; i++) /* the first is the mayor, who presides */
		if (gv_member_add(*ws, names[i], i ? "councillor" : "mayor", NULL, NULL, NULL, err))
			return -1;
	struct gv_meeting_spec spec = {.title = "Regular Council Meeting", .starts_at = gv_now()};
	char *slug;
	if (gv_meeting_new(*ws, &spec, &slug, err))
		return -1;
	int rc = gv_live_ctx_load(*ws, slug, c, err);
	free(slug);
	if (rc)
		return rc;
	struct gv_event e;
	gv_event_init(&e, EV_ATTEND);
	for (size_t i = 0; i < c->n_members; i++)
		gv_event_mark(&e, c->members[i].id, MARK_PRESENT);
	e.at = gv_now();
	rc = gv_live_record(*ws, c, log, &e, err);
	gv_event_clear(&e);
	gv_event_init(&e, EV_START);
	e.at = gv_now();
	if (!rc)
		rc = gv_live_record(*ws, c, log, &e, err);
	gv_event_clear(&e);
	return rc;
}

/* n events of a meeting: items taken up, members leaving and returning
 * (never the mayor, who presides: docs/procedure.md). */
static double live_events(struct gv_ws *ws, const struct gv_live_ctx *c, struct gv_live_log *log,
			  int n, struct gv_err *err)
{
	double t0 = seconds();
	for (int i = 0; i < n; i++) {
		struct gv_event e;
		int64_t member = c->members[1 + (size_t)(i / 4) % (c->n_members - 1)].id;
		if (i % 4 < 2) {
			gv_event_init(&e, EV_TAKE);
			e.item_id = c->items[(size_t)i % c->n_items].id;
		} else {
			gv_event_init(&e, i % 4 == 2 ? EV_LEAVE : EV_ARRIVE);
			e.member_id = member;
		}
		e.at = gv_now();
		int rc = gv_live_record(ws, c, log, &e, err);
		gv_event_clear(&e);
		if (rc)
			return -1;
	}
	return seconds() - t0;
}

static double bare_inserts(const char *path, int n)
{
	sqlite3 *db;
	sqlite3_stmt *st;
	if (sqlite3_open(path, &db) != SQLITE_OK ||
	    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;"
			     "CREATE TABLE t(id INTEGER PRIMARY KEY, at INTEGER, v TEXT)",
			 NULL, NULL, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, "INSERT INTO t(at, v) VALUES (?, 'take')", -1, &st, NULL) !=
		    SQLITE_OK)
		return -1;
	double t0 = seconds();
	for (int i = 0; i < n; i++) {
		sqlite3_reset(st);
		sqlite3_bind_int(st, 1, i);
		if (sqlite3_step(st) != SQLITE_DONE)
			return -1;
	}
	double t = seconds() - t0;
	sqlite3_finalize(st);
	sqlite3_close(db);
	return t;
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		fprintf(stderr, "usage: live_events DIR [N]\n");
		return 2;
	}
	int n = argc > 2 ? atoi(argv[2]) : 500;
	char ws_dir[4096], bare[4096];
	snprintf(ws_dir, sizeof ws_dir, "%s/ws", argv[1]);
	snprintf(bare, sizeof bare, "%s/bare.db", argv[1]);
	struct gv_err err = {0};
	struct gv_ws *ws = NULL;
	struct gv_live_ctx c;
	struct gv_live_log log = {0}; /* kept between events, as the TUI keeps it */
	gv_repo_global_init();
	if (prepare(ws_dir, &ws, &c, &log, &err))
		return die("set-up", &err);
	double live = live_events(ws, &c, &log, n, &err);
	if (live < 0)
		return die("live event", &err);
	double plain = bare_inserts(bare, n);
	if (plain < 0) {
		fprintf(stderr, "live_events: bare insert failed\n");
		return 1;
	}
	printf("live events (durable, validated):  %d in %.3f s, %.3f ms each\n", n, live,
	       1e3 * live / n);
	printf("bare one-row inserts (FULL, WAL):  %d in %.3f s, %.3f ms each\n", n, plain,
	       1e3 * plain / n);
	printf("ratio: %.2fx (target <= 1.5x)\n", live / plain);
	gv_live_log_clear(&log);
	gv_live_ctx_clear(&c);
	gv_ws_close(ws);
	return 0;
}
