/* The Inaugural Meeting of Council of November 17, 2026: the council
 * elected on October 26 took office on November 15 (docs/people.md). Deputy
 * Mayor Bélanger and Councillor Ó Briain did not run again; Councillor
 * Gagné was elected Deputy Mayor at large, and Étienne Lévesque (Ward 1)
 * and Harpreet Sandhu (Ward 3) joined Council. On the staff, the Treasurer
 * retired and a Director of Finance took up the post. */
#include "demo/demo_script.h"

#include <stddef.h>

#define M "2026-11-17-council"

static const char declarations[] =
	"Each member of Council makes the Declaration of Office required by section "
	"232 of the *Municipal Act, 2001* before taking their seat. The Clerk "
	"administers it to:\n"
	"\n"
	"- Mayor Hélène Côté;\n"
	"- Deputy Mayor Sophie Gagné;\n"
	"- Councillor Étienne Lévesque, Ward 1;\n"
	"- Councillor Minh-Anh Nguyễn, Ward 2;\n"
	"- Councillor Harpreet Sandhu, Ward 3;\n"
	"- Councillor David Okafor, Ward 4;\n"
	"- Councillor Gordon McKinnon, Ward 5.\n";

static const char address[] =
	"Mayor Côté will address Council and the community at the start of the "
	"2026-2030 term, and thank Marc Bélanger and Siobhán Ó Briain for their "
	"service on Council.\n";

static const char planning_appointments[] =
	"The Planning Committee has five members: the Mayor, a member ex officio, "
	"and four members of Council appointed for the term. Councillor McKinnon "
	"continues; three seats are open.\n";

static const struct demo_line agenda[] = {
	/* The council elected on October 26 takes office on November 15: the
	 * clerk enters it after the last meeting of the old term. Deputy Mayor
	 * Gagné is the same member in a new term with a new role: retired
	 * from her Ward 1 seat and added again from the first day of the term. */
	{"member retire 'Marc Bélanger' --on 2026-11-15", NULL},
	{"member retire 'Siobhán Ó Briain' --on 2026-11-15", NULL},
	{"member retire 'Sophie Gagné' --on 2026-11-15", NULL},
	{"member add 'Sophie Gagné' --role deputy-mayor --from 2026-11-15", NULL},
	{"member add 'Étienne Lévesque' --role councillor --ward 1 --from 2026-11-15", NULL},
	{"member add 'Harpreet Sandhu' --role councillor --ward 3 --from 2026-11-15", NULL},
	/* The Treasurer retires on Friday, November 13; the Director of Finance
	 * starts the Monday after. */
	{"member retire 'Daniel Kowalski' --on 2026-11-14", NULL},
	{"member add 'Geneviève Lachance' --role staff --title 'Director of Finance' "
	 "--from 2026-11-16",
	 NULL},

	{"meeting new --title 'Inaugural Meeting of Council' --at '2026-11-17 19:00' "
	 "--location 'Council Chambers, Town Hall, 40 Front Street' --template blank",
	 NULL},
	{"agenda add " M " 'Call to Order'", NULL},
	{"agenda add " M " 'Land Acknowledgement' --body-file -", demo_land_acknowledgement},
	{"agenda add " M " 'Declarations of Office' --body-file -", declarations},
	{"agenda add " M " 'Disclosure of Pecuniary Interest' --body-file -",
	 demo_disclosure_reminder},
	{"agenda add " M " 'Adoption of the Agenda' --recommendation 'That the agenda be "
	 "adopted as circulated.'",
	 NULL},
	{"agenda add " M " 'Inaugural Address of the Mayor' --body-file -", address},
	{"agenda add " M " Appointments", NULL},
	{"agenda add " M " 'Appointments to the Planning Committee, 2026-2030' --under 7 "
	 "--body-file - --recommendation 'That Deputy Mayor Gagné, Councillor Lévesque and "
	 "Councillor Sandhu be appointed to the Planning Committee for the 2026-2030 term "
	 "of Council, with Councillor McKinnon and the Mayor ex officio.'",
	 planning_appointments},
	{"agenda add " M " 'Appointment to the Kestrel Valley Conservation Authority Board "
	 "of Directors' --under 7 --recommendation 'That Councillor Okafor be appointed to "
	 "the Board of Directors of the Kestrel Valley Conservation Authority for the "
	 "2026-2030 term of Council.'",
	 NULL},
	{"agenda add " M " Adjournment --recommendation 'That Council adjourn.'", NULL},
	{"agenda publish " M, NULL},
	{NULL, NULL},
};

/* A short evening, entered from the clerk's notes after it: the whole new
 * council and three staff present, the declarations, the Mayor's address,
 * the appointments, one of them on a recorded vote. */
#define LIVE "live " M " "
static const struct demo_line evening[] = {
	{LIVE "stream --at 18:58", NULL},
	{LIVE "attend 'Côté,Gagné,Lévesque,Nguyễn,Sandhu,Okafor,McKinnon' --present --at 19:00",
	 NULL},
	{LIVE "attend 'Desjardins,Leclerc,Lachance' --present --at 19:00", NULL},
	{LIVE "start --at 19:00", NULL},
	{LIVE "take 1 --at 19:00", NULL},
	{LIVE "take 2 --at 19:01", NULL},
	{LIVE "take 3 --at 19:02", NULL},
	{LIVE "take 4 --at 19:16", NULL},
	{LIVE "take 5 --at 19:16", NULL},
	{LIVE "move 'That the agenda be adopted as circulated.' --mover Lévesque --seconder "
	 "Sandhu --at 19:17",
	 NULL},
	{LIVE "vote 1 --carried --at 19:17", NULL},
	{LIVE "take 6 --at 19:18", NULL},
	{LIVE "take 7.1 --at 19:41", NULL},
	{LIVE "move 'That Deputy Mayor Gagné, Councillor Lévesque and Councillor Sandhu be "
	 "appointed to the Planning Committee for the 2026-2030 term of Council, with "
	 "Councillor McKinnon and the Mayor ex officio.' --mover McKinnon --seconder Nguyễn "
	 "--at 19:42",
	 NULL},
	{LIVE "vote 2 --recorded --yes 'Côté,Gagné,Lévesque,Nguyễn,Sandhu,McKinnon' --no Okafor "
	 "--at 19:47",
	 NULL},
	{LIVE "take 7.2 --at 19:48", NULL},
	{LIVE "move 'That Councillor Okafor be appointed to the Board of Directors of the "
	 "Kestrel Valley Conservation Authority for the 2026-2030 term of Council.' --mover "
	 "Gagné --seconder Lévesque --at 19:48",
	 NULL},
	{LIVE "vote 3 --carried --at 19:49", NULL},
	{LIVE "take 8 --at 19:50", NULL},
	{LIVE "move 'That Council adjourn.' --mover Sandhu --seconder Okafor --at 19:50", NULL},
	{LIVE "vote 4 --carried --at 19:50", NULL},
	{LIVE "adjourn --at 19:51", NULL},
	{NULL, NULL},
};

static const struct demo_scene live[] = {
	{"2026-11-17T20:30:00-05:00", evening},
	{NULL, NULL},
};

/* The morning after: the recording, the narrative, and the appointments
 * entered in the members' terms from that day (docs/people.md). */
static const struct demo_line minutes[] = {
	{"meeting edit " M " --stream-url https://video.kestrelfalls.example/council/2026-11-17",
	 NULL},
	{"minutes " M " note 3 'The Clerk administered the Declaration of Office to each "
	 "member of Council. Councillors Lévesque and Sandhu took their seats for the first "
	 "time, and Sophie Gagné as Deputy Mayor.'",
	 NULL},
	{"minutes " M " note 6 'Mayor Côté thanked Marc Bélanger and Siobhán Ó Briain for "
	 "their years on Council, welcomed the new members, and set out four priorities for "
	 "the term: housing, infrastructure, the Kestrel River and the downtown.'",
	 NULL},
	{"minutes " M " note 7.1 'Councillor Okafor asked that the appointments be reviewed "
	 "at mid-term.'",
	 NULL},
	{"minutes " M " save --message 'Narrative for the declarations and the address'", NULL},
	{"member edit Gagné --body 'Planning Committee'", NULL},
	{"member edit Lévesque --body 'Planning Committee'", NULL},
	{"member edit Sandhu --body 'Planning Committee'", NULL},
	{NULL, NULL},
};

const struct demo_meeting demo_inaugural = {
	.agenda = {"2026-11-12T16:00:00-05:00", agenda},
	.live = live,
	.minutes = {"2026-11-18T10:00:00-05:00", minutes},
};
