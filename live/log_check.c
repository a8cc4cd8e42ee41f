#include "live/log_check.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "live/event.h"
#include "live/live.h"
#include "live/rules.h"
#include "live/state.h"
#include "store/workspace.h"

static bool same_text(const char *a, const char *b)
{
	return (!a && !b) || (a && b && !strcmp(a, b));
}

/* What the rules derive, compared with what was stored. */
static const char *derived_differs(const struct gv_event *stored, const struct gv_event *again)
{
	if (stored->motion != again->motion)
		return "motion number";
	if (stored->voids != again->voids)
		return "voided event";
	if (stored->confidential != again->confidential)
		return "confidentiality";
	if (!same_text(stored->result, again->result))
		return "result";
	return NULL;
}

int gv_live_check(struct gv_ws *ws, int64_t meeting_id, struct gv_err *err)
{
	char ref[24];
	snprintf(ref, sizeof ref, "%lld", (long long)meeting_id);
	struct gv_live_ctx c;
	int rc = gv_live_ctx_load(ws, ref, &c, err);
	if (rc)
		return rc;
	struct gv_event *ev;
	size_t n;
	if ((rc = gv_event_load(ws->db, meeting_id, &ev, &n, err))) {
		gv_live_ctx_clear(&c);
		return rc;
	}
	for (size_t k = 0; k < n && !rc; k++) {
		struct gv_live_state before;
		gv_live_replay(&c, ev, k, &before);
		struct gv_event again;
		gv_event_copy(&again, &ev[k]);
		struct gv_err why = {0};
		if (gv_rules_check(&c, &before, ev, k, &again, &why)) {
			rc = gv_err_set(err, GV_EREFUSED, "%s: event %d (%s) breaks a rule: %s", c.slug,
					ev[k].seq, gv_event_kind_name(ev[k].kind), why.msg);
		} else {
			const char *what = derived_differs(&ev[k], &again);
			if (what)
				rc = gv_err_set(err, GV_EREFUSED,
						"%s: event %d (%s): the log's %s is not what the rules give",
						c.slug, ev[k].seq, gv_event_kind_name(ev[k].kind), what);
		}
		gv_event_clear(&again);
		gv_live_state_clear(&before);
	}
	gv_events_free(ev, n);
	gv_live_ctx_clear(&c);
	return rc;
}
