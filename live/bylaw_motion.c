#include "live/bylaw_motion.h"

#include "agenda/bylaw.h"
#include "agenda/mayor.h"
#include "base/clock.h"
#include "base/err.h"
#include "live/state.h"

int gv_live_bylaw_motion(struct gv_ws *ws, const struct gv_live_ctx *c, const struct gv_event *e,
			 struct gv_err *err)
{
	if (e->kind != EV_MOVE || !e->n_bylaws)
		return 0;
	if (e->amends || e->disposition)
		return gv_err_set(err, GV_EREFUSED,
				  "a by-law's readings are given by a main motion, not an amendment "
				  "or a disposition");
	(void)c;
	int rc = 0;
	for (size_t i = 0; !rc && i < e->n_bylaws; i++) {
		if (e->override_veto) {
			char date[11];
			gv_time_format(e->at, "%Y-%m-%d", date, sizeof date);
			rc = gv_mayor_override_check(ws, e->bylaw_ids[i], date, err);
		} else {
			rc = gv_bylaw_check_readings(ws, e->bylaw_ids[i], e->readings, err);
		}
		if (!rc)
			rc = gv_bylaw_motion_add(ws, e->id, e->bylaw_ids[i], e->readings,
						 e->amends_bylaw_id, e->repeals_bylaw_id,
						 e->override_veto, err);
	}
	return rc;
}
