#include "live/registry.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "agenda/meeting.h"
#include "agenda/member.h"
#include "base/buf.h"
#include "base/err.h"
#include "base/text.h"
#include "live/live.h"
#include "live/people.h"
#include "live/public_view.h"

/* The declarations of state s (context c) into dm. full: the meeting's own
 * state, for the nature of a closed-session declaration in public (NULL for
 * the clerk's registry). */
static void collect(const struct gv_live_ctx *c, const struct gv_live_state *s,
		    const struct gv_live_state *full, struct gv_declared_meeting *dm)
{
	dm->held = s->started_at != 0;
	for (size_t i = 0; i < s->n_declarations; i++) {
		const struct gv_declaration *d = &s->declarations[i];
		const struct gv_live_item *it = gv_live_item(c, d->item_id);
		struct gv_declared *r = GV_PUSH(dm->d, dm->n);
		*r = (struct gv_declared){.member_id = d->member_id,
					  .member = gv_people_styled(c, d->member_id, true),
					  .closed_session = d->confidential};
		if (full && d->confidential) {
			/* MCIA s.6(2): the member and the general nature only. The
			 * public view has no text of the closed session, so the
			 * nature comes from the log, redacted as every public text. */
			const struct gv_declaration *fd =
				gv_live_declared_on(full, d->member_id, d->item_id);
			r->nature = fd && fd->reason && *fd->reason ? gv_redact(fd->reason) : NULL;
			continue;
		}
		r->item = gv_strdup(it ? it->number : "?");
		r->item_title = gv_strdup(it ? it->title : "");
		r->closed_item = it && it->closed;
		r->nature = d->reason && *d->reason ? gv_strdup(d->reason) : NULL;
	}
}

int gv_declared_load(struct gv_ws *ws, const struct gv_meeting *m, bool public,
		     struct gv_declared_meeting *out, struct gv_err *err)
{
	memset(out, 0, sizeof *out);
	out->meeting_id = m->id;
	out->body_id = m->body_id;
	out->starts_at = m->starts_at;
	struct gv_live_ctx c;
	struct gv_live_state s;
	struct gv_event *ev = NULL;
	size_t n = 0;
	int rc = gv_live_ctx_load(ws, m->slug, &c, err);
	if (rc)
		return rc;
	if ((rc = gv_live_state_load(ws, &c, &s, &ev, &n, err))) {
		gv_live_ctx_clear(&c);
		return rc;
	}
	/* the context holds the people of the meeting's day (live/people.h) */
	if (public) {
		struct gv_public_view v;
		gv_public_view_make(&c, ev, n, &v);
		collect(&v.ctx, &v.state, &s, out);
		gv_public_view_clear(&v);
	} else {
		collect(&c, &s, NULL, out);
	}
	gv_events_free(ev, n);
	gv_live_state_clear(&s);
	gv_live_ctx_clear(&c);
	if (rc)
		gv_declared_meeting_clear(out);
	return rc;
}

void gv_declared_meeting_clear(struct gv_declared_meeting *dm)
{
	for (size_t i = 0; i < dm->n; i++) {
		free(dm->d[i].member);
		free(dm->d[i].item);
		free(dm->d[i].item_title);
		free(dm->d[i].nature);
	}
	free(dm->d);
	memset(dm, 0, sizeof *dm);
}

/* The next meeting after ms[from] of the same body that was called to
 * order: the first open meeting whose minutes can record what a closed
 * session declared (SIZE_MAX: none yet). */
static size_t next_held(const struct gv_declared_meeting *ms, size_t n, size_t from)
{
	for (size_t i = from + 1; i < n; i++)
		if (ms[i].body_id == ms[from].body_id && ms[i].held)
			return i;
	return SIZE_MAX;
}

size_t gv_registry_rows(const struct gv_declared_meeting *ms, size_t n, bool public,
			struct gv_registry_row **out)
{
	*out = NULL;
	size_t k = 0;
	size_t *recorded_at = gv_calloc(n ? n : 1, sizeof *recorded_at);
	for (size_t j = 0; j < n; j++)
		recorded_at[j] = public ? next_held(ms, n, j) : SIZE_MAX;
	for (size_t i = n; i-- > 0;) {
		/* what earlier closed sessions declared, in the order of their meetings */
		for (size_t j = 0; public && j < i; j++)
			for (size_t x = 0; recorded_at[j] == i && x < ms[j].n; x++)
				if (ms[j].d[x].closed_session)
					*GV_PUSH(*out, k) = (struct gv_registry_row){i, j, &ms[j].d[x]};
		for (size_t x = 0; x < ms[i].n; x++)
			if (!public || !ms[i].d[x].closed_session)
				*GV_PUSH(*out, k) = (struct gv_registry_row){i, i, &ms[i].d[x]};
	}
	free(recorded_at);
	return k;
}
