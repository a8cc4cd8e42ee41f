/* The Town of Kestrel Falls before its first meeting in the demo: settings,
 * the Planning Committee, the seven members of Council and the staff. */
#include "demo/demo_script.h"

#include <stddef.h>

const char demo_init[] = "init --name 'Town of Kestrel Falls' --timezone America/Toronto";

static const struct demo_line setup[] = {
	{"config clerk.name 'Anne-Marie Desjardins'", NULL},
	{"config clerk.email clerk@kestrelfalls.example", NULL},
	{"config stream.url https://video.kestrelfalls.example/council", NULL},
	{"config publish.base-url https://kestrelfalls.example/council", NULL},

	{"body add 'Planning Committee'", NULL},

	/* Council: the head of council and the deputy mayor are elected at
	 * large, the councillors by ward. */
	{"member add 'Hélène Côté' --role mayor --body 'Planning Committee'", NULL},
	{"member add 'Marc Bélanger' --role deputy-mayor --body 'Planning Committee'", NULL},
	{"member add 'Sophie Gagné' --role councillor --ward 1 --body 'Planning Committee'",
	 NULL},
	{"member add 'Minh-Anh Nguyễn' --role councillor --ward 2", NULL},
	{"member add 'Siobhán Ó Briain' --role councillor --ward 3 "
	 "--body 'Planning Committee'",
	 NULL},
	{"member add 'David Okafor' --role councillor --ward 4", NULL},
	{"member add 'Gordon McKinnon' --role councillor --ward 5 "
	 "--body 'Planning Committee'",
	 NULL},

	/* Staff: the Clerk, the CAO, the Treasurer, the Director of Public
	 * Works and the Senior Planner (who supports the Planning Committee). */
	{"member add 'Anne-Marie Desjardins' --role clerk", NULL},
	{"member add 'Paul Leclerc' --role staff", NULL},
	{"member add 'Daniel Kowalski' --role staff", NULL},
	{"member add 'Tomás Ferreira' --role staff", NULL},
	{"member add 'Aisha Rahman' --role staff --body 'Planning Committee'", NULL},
	{NULL, NULL},
};

const struct demo_scene demo_setup = {"2026-08-17T09:00:00-04:00", setup};

/* Last, the clerk publishes the website (site/ in the workspace), as of the
 * week before the December meeting. */
static const struct demo_line publish[] = {
	{"publish", NULL},
	{NULL, NULL},
};
const struct demo_scene demo_publish = {"2026-12-01T09:00:00-05:00", publish};

extern const struct demo_meeting demo_september, demo_october, demo_november, demo_december;

const struct demo_meeting *const demo_meetings[] = {
	&demo_september, &demo_october, &demo_november, &demo_december, NULL,
};
