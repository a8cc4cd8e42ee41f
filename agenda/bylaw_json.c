/* A by-law's amendments and repeals as JSON, the one form `bylaw show
 * --json` and the OCD bills give them (docs/bylaws.md). */
#include "agenda/bylaw.h"

#include "base/json.h"

void gv_bylaw_changes_json(struct gv_json *j, const char *key, const struct gv_bylaw_change *c,
			   size_t n)
{
	gv_json_key(j, key);
	gv_json_arr(j);
	for (size_t k = 0; k < n; k++) {
		gv_json_obj(j);
		gv_json_kstr(j, "by", c[k].by);
		gv_json_kstr(j, "date", c[k].date);
		gv_json_obj_end(j);
	}
	gv_json_arr_end(j);
}
