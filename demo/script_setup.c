/* The Town of Kestrel Falls before its first meeting in the demo: settings,
 * the Planning Committee, the seven members of Council of the 2022-2026
 * term and the staff. */
#include "demo/demo_script.h"

#include <stddef.h>

const char demo_init[] = "init --name 'Town of Kestrel Falls' --timezone America/Toronto";

static const struct demo_line setup[] = {
	{"config clerk.name 'Anne-Marie Desjardins'", NULL},
	{"config clerk.email clerk@kestrelfalls.example", NULL},
	{"config stream.url https://video.kestrelfalls.example/council", NULL},
	{"config publish.base-url https://kestrelfalls.example/council", NULL},
	/* Kestrel Falls is one of the municipalities whose head of council has
	 * the powers of Part VI.1 of the Municipal Act (docs/bylaws.md). */
	{"config procedure.strong-mayor yes", NULL},

	/* The procedure by-law fixes Council at seven members and the Planning
	 * Committee at five, whoever holds the seats (docs/people.md). */
	{"body edit Council --seats 7", NULL},
	{"body add 'Planning Committee' --seats 5", NULL},

	/* Council of the 2022-2026 term, sworn in on November 15, 2022: the head
	 * of council and the deputy mayor are elected at large, the councillors
	 * by ward. Its successor, elected on October 26, 2026, takes office on
	 * November 15, 2026 (script_2026_11_17.c). */
	{"member add 'Hélène Côté' --role mayor --body 'Planning Committee' --from 2022-11-15",
	 NULL},
	{"member add 'Marc Bélanger' --role deputy-mayor --body 'Planning Committee' "
	 "--from 2022-11-15",
	 NULL},
	{"member add 'Sophie Gagné' --role councillor --ward 1 --body 'Planning Committee' "
	 "--from 2022-11-15",
	 NULL},
	{"member add 'Minh-Anh Nguyễn' --role councillor --ward 2 --from 2022-11-15", NULL},
	{"member add 'Siobhán Ó Briain' --role councillor --ward 3 "
	 "--body 'Planning Committee' --from 2022-11-15",
	 NULL},
	{"member add 'David Okafor' --role councillor --ward 4 --from 2022-11-15", NULL},
	{"member add 'Gordon McKinnon' --role councillor --ward 5 "
	 "--body 'Planning Committee' --from 2022-11-15",
	 NULL},

	/* Staff, each with the job title the minutes give them: the Clerk, the
	 * CAO, the Treasurer, the Director of Public Works and the Senior
	 * Planner (who supports the Planning Committee). */
	{"member add 'Anne-Marie Desjardins' --role clerk", NULL},
	{"member add 'Paul Leclerc' --role staff --title 'Chief Administrative Officer'", NULL},
	{"member add 'Daniel Kowalski' --role staff --title Treasurer", NULL},
	{"member add 'Tomás Ferreira' --role staff --title 'Director of Public Works'", NULL},
	{"member add 'Aisha Rahman' --role staff --title 'Senior Planner' "
	 "--body 'Planning Committee'",
	 NULL},
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

extern const struct demo_meeting demo_september, demo_october, demo_november, demo_inaugural,
	demo_december;

const struct demo_meeting *const demo_meetings[] = {
	&demo_september, &demo_october, &demo_november, &demo_inaugural, &demo_december, NULL,
};
