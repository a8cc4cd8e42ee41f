#include "live/chapters.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/clock.h"
#include "base/err.h"
#include "base/text.h"
#include "live/live.h"
#include "live/public_view.h"
#include "live/state.h"

/* A marked moment of the log, before times are made relative. */
struct mark {
	int64_t at;
	size_t order;  /* keeps marks of the same second in log order */
	char *title;
	const char *item;  /* the item taken up, NULL for other marks */
};

struct marks {
	struct mark *v;
	size_t n;
};

static void add_item(struct marks *m, int64_t at, char *title, const char *item)
{
	size_t order = m->n;
	*GV_PUSH(m->v, m->n) = (struct mark){at, order, title, item};
}

static void add(struct marks *m, int64_t at, char *title)
{
	add_item(m, at, title, NULL);
}

static int by_time(const void *a, const void *b)
{
	const struct mark *x = a, *y = b;
	if (x->at != y->at)
		return x->at < y->at ? -1 : 1;
	return x->order < y->order ? -1 : 1;
}

static char *item_title(const struct gv_live_ctx *c, int64_t item_id, const char *suffix)
{
	const struct gv_live_item *it = gv_live_item(c, item_id);
	if (!it)
		return gv_strdup("Meeting resumes");
	return gv_asprintf("%s %s%s", it->number, it->title, suffix);
}

/* The item in open session on the floor just before t, for "(resumed)". */
static int64_t item_before(const struct gv_live_state *s, int64_t t)
{
	int64_t item = 0;
	for (size_t i = 0; i < s->n_taken && s->taken[i].at < t; i++)
		if (!s->taken[i].confidential)
			item = s->taken[i].item_id;
	return item;
}

static void collect(const struct gv_live_ctx *c, const struct gv_live_state *s, struct marks *m)
{
	/* a stream that began before the call to order: its first chapter
	 * starts at 0:00, as YouTube requires (docs/formats.md, "YouTube
	 * chapters") */
	if (s->stream_at && s->stream_at < s->started_at)
		add(m, s->stream_at, gv_strdup("Before the meeting"));
	add(m, s->started_at, gv_strdup("Call to order"));
	for (size_t i = 0; i < s->n_taken; i++) {
		const struct gv_live_item *it = gv_live_item(c, s->taken[i].item_id);
		if (!s->taken[i].confidential)
			add_item(m, s->taken[i].at, item_title(c, s->taken[i].item_id, ""),
				 it ? it->number : NULL);
	}
	for (size_t i = 0; i < s->n_recesses; i++) {
		add(m, s->recesses[i].from, gv_strdup("Recess"));
		if (s->recesses[i].to)
			add(m, s->recesses[i].to,
			    item_title(c, item_before(s, s->recesses[i].from), " (resumed)"));
	}
	for (size_t i = 0; i < s->n_closed; i++) {
		add(m, s->closed[i].from, gv_asprintf("Closed session (s. %s)", s->closed[i].clause));
		if (s->closed[i].to)
			add(m, s->closed[i].to, gv_strdup("Open session resumes"));
	}
	if (s->adjourned_at)
		add(m, s->adjourned_at, gv_strdup("Adjournment"));
	qsort(m->v, m->n, sizeof *m->v, by_time);
}

/* A finished meeting's last chapter (the adjournment) gets this much. */
#define LAST_CHAPTER_MS 10000

static void make_chapters(struct marks *m, int64_t origin, int64_t end, bool finished,
			  struct gv_chapters *out)
{
	out->v = gv_calloc(m->n ? m->n : 1, sizeof *out->v);
	for (size_t i = 0; i < m->n; i++) {
		/* Before the origin only the latest mark counts, at the origin;
		 * of marks at the same moment the latest wins. */
		int64_t at = m->v[i].at < origin ? origin : m->v[i].at;
		bool superseded = i + 1 < m->n &&
				  (m->v[i + 1].at <= origin || m->v[i + 1].at == m->v[i].at);
		if (superseded) {
			free(m->v[i].title);
			continue;
		}
		struct gv_chapter *ch = &out->v[out->n++];
		ch->start_ms = (at - origin) * 1000;
		ch->title = m->v[i].title;
		snprintf(ch->item, sizeof ch->item, "%s", m->v[i].item ? m->v[i].item : "");
	}
	for (size_t i = 0; i < out->n; i++) {
		int64_t last_end = (end - origin) * 1000;
		if (finished && last_end < out->v[i].start_ms + LAST_CHAPTER_MS)
			last_end = out->v[i].start_ms + LAST_CHAPTER_MS;
		out->v[i].end_ms = i + 1 < out->n ? out->v[i + 1].start_ms : last_end;
		if (out->v[i].end_ms <= out->v[i].start_ms)
			out->v[i].end_ms = out->v[i].start_ms + 1;
	}
}

int gv_chapters_load(struct gv_ws *ws, const char *ref, struct gv_chapters *out,
		     struct gv_err *err)
{
	memset(out, 0, sizeof *out);
	struct gv_public_view v;
	int rc = gv_public_view_load(ws, ref, &v, err);
	if (rc)
		return rc;
	const struct gv_live_ctx *c = &v.ctx;
	const struct gv_live_state *s = &v.state;
	if (!s->started_at) {
		rc = gv_err_set(err, GV_EREFUSED,
				"meeting %s has not been called to order: it has no chapters yet", c->slug);
	} else {
		struct marks m = {0};
		collect(c, s, &m);
		int64_t origin = s->stream_at ? s->stream_at : s->started_at;
		int64_t end = s->adjourned_at ? s->adjourned_at : gv_now();
		make_chapters(&m, origin, end, s->adjourned_at != 0, out);
		free(m.v);
		out->meeting_title = gv_asprintf("%s, %s", c->title, c->body_name);
		out->slug = gv_strdup(c->slug);
	}
	gv_public_view_clear(&v);
	return rc;
}

const struct gv_chapter *gv_chapters_item(const struct gv_chapters *c, const char *number)
{
	for (size_t i = 0; i < c->n; i++)
		if (!strcmp(c->v[i].item, number))
			return &c->v[i];
	return NULL;
}

void gv_chapters_free(struct gv_chapters *c)
{
	for (size_t i = 0; i < c->n; i++)
		free(c->v[i].title);
	free(c->v);
	free(c->meeting_title);
	free(c->slug);
	memset(c, 0, sizeof *c);
}
