#include "demo/demo_script.h"

#include <stddef.h>

#define M "2026-12-08-council"

static const struct demo_line agenda[] = {
	{"meeting new --title 'Regular Meeting of Council' --at '2026-12-08 19:00' "
	 "--location 'Council Chambers, Town Hall, 40 Front Street' --template ontario-regular",
	 NULL},
	DEMO_STANDING_SECTIONS(M),
	{"agenda publish " M, NULL},
	{NULL, NULL},
};

const struct demo_meeting demo_december = {
	.agenda = {"2026-11-19T16:00:00-05:00", agenda},
	.live = {"2026-12-08T19:00:00-05:00", NULL},
	.minutes = {"2026-12-08T10:00:00-05:00", NULL},
};
