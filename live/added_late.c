#include "live/added_late.h"

#include "base/buf.h"
#include "base/clock.h"
#include "base/err.h"
#include "live/live.h"

#include <stdio.h>
#include <stdlib.h>

char *gv_live_added_late(struct gv_ws *ws, int64_t meeting_id, const char *number)
{
	char id[24];
	snprintf(id, sizeof id, "%lld", (long long)meeting_id);
	struct gv_live_ctx c;
	struct gv_live_log log = {0};
	struct gv_err ignored;
	if (gv_live_ctx_load(ws, id, &c, &ignored))
		return NULL;
	char *said = NULL;
	if (!gv_live_log_load(ws, &c, &log, &ignored) && log.state.adjourned_at &&
	    !log.state.no_quorum) {
		char when[32];
		gv_time_clock12(log.state.adjourned_at, when);
		said = gv_asprintf("%s adjourned at %s: its draft minutes show item %s as not "
				   "dealt with",
				   c.slug, when, number);
	}
	gv_live_log_clear(&log);
	gv_live_ctx_clear(&c);
	return said;
}
