#include "demo/demo_script.h"

#include <stddef.h>

#define M "2026-10-13-council"

static const struct demo_line agenda[] = {
	{"meeting new --title 'Regular Meeting of Council' --at '2026-10-13 19:00' "
	 "--location 'Council Chambers, Town Hall, 40 Front Street' --template ontario-regular",
	 NULL},
	DEMO_STANDING_SECTIONS(M),
	{"agenda publish " M, NULL},
	{NULL, NULL},
};

const struct demo_meeting demo_october = {
	.agenda = {"2026-10-07T16:00:00-05:00", agenda},
	.live = {"2026-10-13T19:00:00-05:00", NULL},
	.minutes = {"2026-10-13T10:00:00-05:00", NULL},
};
