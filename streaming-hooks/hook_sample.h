/* A sample of each hook event, for gavel hooks test: the same JSON keys and
 * GAVEL_* variables a live meeting gives, marked "sample": true. */
#ifndef GAVEL_HOOK_SAMPLE_H
#define GAVEL_HOOK_SAMPLE_H

#include "streaming-hooks/hooks.h"

struct gv_err;

struct gv_hook_sample {
	struct gv_hook_event ev;
	struct gv_hook_env env[8];
	char json[512];
};

/* Fill s for event ("vote", "item", ..., or "event"); unknown names are
 * refused with the known ones listed. */
int gv_hook_sample(const char *event, struct gv_hook_sample *s, struct gv_err *err);

#endif
