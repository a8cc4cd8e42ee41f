#include "live/bylaw_motion.h"

#include "agenda/bylaw.h"
#include "agenda/mayor.h"
#include "base/clock.h"
#include "base/err.h"
#include "live/state.h"

int gv_live_bylaw_motion(struct gv_ws *ws, const struct gv_live_ctx *c, const struct gv_event *e,
			 struct gv_err *err)
{
	if (e->kind != EV_MOVE || !e->bylaw_id)
		return 0;
	if (e->amends || e->disposition)
		return gv_err_set(err, GV_EREFUSED,
				  "a by-law's readings are given by a main motion, not an amendment "
				  "or a disposition");
	(void)c;
	int rc;
	if (e->override_veto) {
		char date[11];
		gv_time_format(e->at, "%Y-%m-%d", date, sizeof date);
		rc = gv_mayor_override_check(ws, e->bylaw_id, date, err);
	} else {
		rc = gv_bylaw_check_readings(ws, e->bylaw_id, e->readings, err);
	}
	return rc ? rc
		  : gv_bylaw_motion_add(ws, e->id, e->bylaw_id, e->readings, e->amends_bylaw_id,
					e->repeals_bylaw_id, e->override_veto, err);
}
