#include "streaming-hooks/hook_sample.h"

#include <stdio.h>
#include <string.h>

#include "base/buf.h"
#include "base/err.h"

static bool known(const char *event)
{
	if (!strcmp(event, "event"))
		return true;
	for (const char *const *e = gv_hook_events; *e; e++)
		if (!strcmp(event, *e))
			return true;
	return false;
}

int gv_hook_sample(const char *event, struct gv_hook_sample *s, struct gv_err *err)
{
	if (!known(event)) {
		struct gv_buf names = GV_BUF_INIT;
		for (const char *const *e = gv_hook_events; *e; e++)
			gv_buf_printf(&names, "%s, ", *e);
		gv_buf_puts(&names, "event");
		int refused = gv_err_set(err, GV_EREFUSED, "unknown hook event '%s' (known: %s)",
					 event, gv_buf_str(&names));
		gv_buf_free(&names);
		return refused;
	}
	memset(s, 0, sizeof *s);
	static const struct gv_hook_env env[] = {
		{"GAVEL_MEETING", "2026-12-08-council"},
		{"GAVEL_ITEM", "9.1"},
		{"GAVEL_ITEM_TITLE", "Sample report"},
		{"GAVEL_MOTION", "1"},
		{"GAVEL_RESULT", "carried"},
		{"GAVEL_OFFSET", "754"},
		{"GAVEL_SAMPLE", "1"},
	};
	memcpy(s->env, env, sizeof env);
	snprintf(s->json, sizeof s->json,
		 "{\"event\":\"%s\",\"sample\":true,\"meeting\":\"2026-12-08-council\","
		 "\"at\":\"2026-12-09T00:12:34Z\",\"offset\":754,\"item\":\"9.1\","
		 "\"item_title\":\"Sample report\",\"motion\":1,\"result\":\"carried\","
		 "\"counts\":{\"yes\":5,\"no\":2,\"abstain\":0}}\n",
		 event);
	s->ev = (struct gv_hook_event){event, s->json, s->env, sizeof env / sizeof *env};
	return 0;
}
