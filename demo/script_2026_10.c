/* The Regular Meeting of Council of October 13, 2026: speeding on Elm
 * Street, the second-quarter finances, the pollinator motion, and a claim
 * from the May watermain break in closed session. */
#include "demo/demo_script.h"

#include <stddef.h>

#define M "2026-10-13-council"

static const char elm_street_delegation[] =
	"Priya Raman and Tom Whitcombe, on behalf of 64 households of the Elm Street "
	"Residents’ Association, will ask Council to slow traffic on Elm Street between "
	"Queen Street and Lakeshore Road, the route to Kestrel Falls Public School.\n"
	"\n"
	"A petition with 212 signatures is on file with the Clerk.\n"
	"\n"
	"Delegate contact: Priya Raman, [redact]705-555-0187, 33 Elm Street[/redact]\n";

static const char hockey_delegation[] =
	"Mark Dufresne, President of the Kestrel Falls Minor Hockey Association, will "
	"ask Council to open the Memorial Arena at 6:00 a.m. on Saturdays from November "
	"to March, for the association’s 310 registered players.\n";

static const char opp_report[] =
	"Staff Sergeant Carla Mendes, Detachment Commander, will present the third "
	"quarter report of the Kestrel Falls Detachment of the Ontario Provincial "
	"Police.\n"
	"\n"
	"| Calls for service | Q3 2025 | Q3 2026 |\n"
	"|---|---:|---:|\n"
	"| Traffic complaints | 88 | 117 |\n"
	"| Property crime | 41 | 36 |\n"
	"| Mental health calls | 29 | 34 |\n"
	"| Motor vehicle collisions | 52 | 47 |\n";

static const char leaf_collection[] =
	"Curbside leaf and yard waste collection runs in two rounds:\n"
	"\n"
	"- **Round 1:** October 26 to 30, 2026\n"
	"- **Round 2:** November 16 to 20, 2026\n"
	"\n"
	"Bags must be paper, at the curb by 7:00 a.m. The yard waste depot on Industrial "
	"Road stays open Saturdays until November 28.\n";

static const char speed_study_report[] =
	"#### Purpose\n"
	"\n"
	"To report the results of the speed study on Elm Street requested by Council on "
	"June 9, 2026, and to recommend traffic calming.\n"
	"\n"
	"#### Findings\n"
	"\n"
	"Automated counters recorded traffic from September 14 to 27, 2026. The posted "
	"limit is 50 km/h.\n"
	"\n"
	"| Location | Vehicles a day | Average speed | 85th percentile |\n"
	"|---|---:|---:|---:|\n"
	"| Elm St. at Queen St. | 2,140 | 46 km/h | 56 km/h |\n"
	"| Elm St. at the school | 2,380 | 49 km/h | 61 km/h |\n"
	"| Elm St. at Lakeshore Rd. | 1,960 | 52 km/h | 63 km/h |\n"
	"\n"
	"An 85th percentile speed above 60 km/h near a school meets the Town’s Traffic "
	"Calming Policy (PW-POL-07) threshold for physical measures.\n"
	"\n"
	"#### Recommended measures\n"
	"\n"
	"1. Lower the speed limit on Elm Street to 40 km/h (By-law 2026-045).\n"
	"2. Install four seasonal speed cushions in May 2027 ($18,400, from the Traffic "
	"Safety Reserve).\n"
	"3. Add a radar speed sign near the school this fall ($6,200).\n"
	"4. Repeat the study in September 2027 and report the results.\n"
	"\n"
	"The daily counts are attached.\n";

static const char speed_csv[] =
	"date,location,vehicles,average_kmh,p85_kmh\n"
	"2026-09-14,Elm St at Queen St,2098,46,55\n"
	"2026-09-14,Elm St at the school,2344,49,60\n"
	"2026-09-14,Elm St at Lakeshore Rd,1921,51,62\n"
	"2026-09-21,Elm St at Queen St,2182,46,57\n"
	"2026-09-21,Elm St at the school,2417,50,62\n"
	"2026-09-21,Elm St at Lakeshore Rd,1999,53,64\n";

static const char q2_report[] =
	"#### Summary\n"
	"\n"
	"At June 30, 2026 the operating budget is on track, with a projected year-end "
	"surplus of $96,000 (0.7% of the levy).\n"
	"\n"
	"| Department | Budget | Actual to June 30 | Projected year end |\n"
	"|---|---:|---:|---:|\n"
	"| General government | $2,310,000 | $1,122,000 | $2,280,000 |\n"
	"| Fire and protective services | $1,985,000 | $961,000 | $1,990,000 |\n"
	"| Public works | $4,420,000 | $2,305,000 | $4,395,000 |\n"
	"| Parks and recreation | $1,640,000 | $702,000 | $1,614,000 |\n"
	"| Planning and development | $585,000 | $241,000 | $565,000 |\n"
	"\n"
	"#### Variances\n"
	"\n"
	"- Winter control was $74,000 under budget after a mild March.\n"
	"- Building permit revenue is $38,000 ahead of budget.\n"
	"- Fuel costs are $31,000 over budget.\n";

static const char fee_waiver_report[] =
	"On September 8, 2026 Council referred to staff the Kestrel River Watershed "
	"Alliance’s request to waive park permit fees for two planting days in "
	"Millrace Park.\n"
	"\n"
	"The Community Grants and Fee Waiver Policy allows waivers for non-profit "
	"projects on municipal land that improve it at no cost to the Town. The request "
	"qualifies; the revenue forgone is $300.\n";

static const char pollinator_motion[] =
	"Notice of this motion was given on September 8, 2026.\n"
	"\n"
	"Moved by Councillor Ó Briain, seconded by Councillor Okafor.\n";

static const char str_notice[] =
	"Deputy Mayor Bélanger has given notice that he will move at the Regular Meeting "
	"of Council on November 10, 2026 that staff report on options to license "
	"short-term rental accommodation, including fees, safety inspections and "
	"limits by zone.\n";

static const char watermain_claim[] =
	"#### Confidential report of the Town Solicitor\n"
	"\n"
	"The owner of a basement apartment on Elm Street has served a statement of "
	"claim for $185,000 for flooding after the watermain break of May 19, 2026.\n"
	"\n"
	"- Claimant: [redact]Gail Prentice, 41 Elm Street[/redact]\n"
	"- The Town’s insurer (Kawartha Municipal Insurance Reciprocal) has been "
	"notified and appointed defence counsel.\n"
	"- Counsel assesses the Town’s exposure as moderate: the main was inspected in "
	"2024 and the break was repaired within six hours.\n"
	"\n"
	"Counsel asks for instructions on a without-prejudice offer to settle within "
	"the $25,000 deductible.\n";

/* The clerk schedules the meeting when September's agenda goes out, with a
 * Motions section after By-laws for the motion of which notice will be
 * given, and Unfinished Business after it for what September may defer:
 * the later sections move down two. */
static const struct demo_line schedule[] = {
	{"meeting new --title 'Regular Meeting of Council' --at '2026-10-13 19:00' "
	 "--location 'Council Chambers, Town Hall, 40 Front Street' --template ontario-regular",
	 NULL},
	DEMO_STANDING_SECTIONS(M),
	{"agenda add " M " Motions --after 11", NULL},
	{"agenda add " M " 'Unfinished Business' --after 12", NULL},
	{NULL, NULL},
};

static const char broadband_comment[] =
	"On September 8, 2026 Council deferred its support of the Township of Alder "
	"Creek’s resolution to this meeting, for a count of the premises in Kestrel "
	"Falls without broadband.\n"
	"\n"
	"| Ward | Premises | Without 50/10 Mbps service |\n"
	"|---|---:|---:|\n"
	"| Wards 1 to 3 | 3,310 | 24 |\n"
	"| Ward 4 | 702 | 151 |\n"
	"| Ward 5 | 655 | 237 |\n"
	"\n"
	"Of the 412 premises without service, 388 are in the rural parts of Wards 4 "
	"and 5, along Riverside Drive and the concession roads. The Province’s current program "
	"would serve 180 of them by 2028.\n";

static const struct demo_line agenda[] = {

	{"agenda add " M " 'Regular Meeting of Council — September 8, 2026' --under 5 "
	 "--recommendation 'That the minutes of the Regular Meeting of Council held on "
	 "September 8, 2026 be adopted as circulated.'",
	 NULL},

	{"agenda add " M " 'Elm Street Residents’ Association — Speeding on Elm Street' "
	 "--under 6 --body-file - --recommendation 'That the delegation be received and "
	 "considered with Report PW-2026-21.'",
	 elm_street_delegation},
	{"agenda add " M " 'Kestrel Falls Minor Hockey Association — Early Ice Time at the "
	 "Memorial Arena' --under 6 --body-file - --recommendation 'That the delegation be "
	 "received and the request referred to the 2027 budget.'",
	 hockey_delegation},

	{"agenda add " M " 'Ontario Provincial Police — Third Quarter Report' --under 7 "
	 "--body-file -",
	 opp_report},

	{"agenda add " M " 'Minutes of the Planning Committee — September 22, 2026' "
	 "--under 8 --consent --recommendation 'That the minutes of the Planning Committee "
	 "meeting of September 22, 2026 be received for information.'",
	 NULL},
	{"agenda add " M " 'Accessibility Advisory Committee — Minutes of September 16, "
	 "2026' --under 8 --consent --recommendation 'That the minutes be received for "
	 "information.'",
	 NULL},
	{"agenda add " M " 'Report PW-2026-20: Fall Leaf and Yard Waste Collection' "
	 "--under 8 --consent --body-file - --recommendation 'That Report PW-2026-20 be "
	 "received for information.'",
	 leaf_collection},

	{"agenda add " M " 'Report PW-2026-21: Elm Street Traffic Calming — Speed Study "
	 "Results' --under 9 --body-file - --recommendation 'That Council lower the speed "
	 "limit on Elm Street to 40 km/h, approve speed cushions and a radar speed sign at "
	 "a cost of $24,600 from the Traffic Safety Reserve, and pass By-law 2026-045.'",
	 speed_study_report},
	{"agenda attach " M " 9.1 {tmp}/elm-street-speed-study-2026-09.csv", speed_csv},
	{"agenda add " M " 'Report FIN-2026-10: Second Quarter Financial Report' --under 9 "
	 "--body-file - --recommendation 'That Report FIN-2026-10 be received for "
	 "information.'",
	 q2_report},
	{"agenda add " M " 'Report REC-2026-06: Millrace Park Riverbank Restoration — "
	 "Permit Fee Waiver' --under 9 --body-file - --recommendation 'That Council waive "
	 "the park permit fees of the Kestrel River Watershed Alliance for its planting "
	 "days of October 17, 2026 and May 15, 2027.'",
	 fee_waiver_report},

	{"agenda add " M " 'Association of Municipalities of Ontario — Policy Update on "
	 "Housing-Enabling Infrastructure' --under 10 --recommendation 'That the "
	 "correspondence be received for information.'",
	 NULL},

	{"bylaw reserve --title 'A by-law to amend Traffic and Parking By-law 2015-22 to set a "
	 "speed limit of 40 km/h on Elm Street'",
	 NULL},
	{"bylaw reserve --title 'A by-law to authorize a transfer payment agreement with the "
	 "Province for Connecting Links funding'",
	 NULL},
	{"bylaw reserve --title 'A by-law to designate 8 Mill Street (the Old Carding Mill) "
	 "under Part IV of the Ontario Heritage Act'",
	 NULL},
	{"bylaw reserve --title 'A by-law to confirm the proceedings of Council at its meeting "
	 "of October 13, 2026'",
	 NULL},
	{"agenda add " M " 'By-law 2026-045, a by-law to amend Traffic and Parking By-law "
	 "2015-22 to set a speed limit of 40 km/h on Elm Street' --under 11 --bylaw 2026-045",
	 NULL},
	{"agenda add " M " 'By-law 2026-046, a by-law to authorize a transfer payment "
	 "agreement with the Province for Connecting Links funding' --under 11 --bylaw 2026-046",
	 NULL},
	{"agenda add " M " 'By-law 2026-047, a by-law to designate 8 Mill Street (the Old "
	 "Carding Mill) under Part IV of the Ontario Heritage Act' --under 11 --bylaw 2026-047",
	 NULL},
	{"agenda edit " M " 11 --recommendation 'That By-laws 2026-045 to 2026-047 be read "
	 "a first, second and third time and finally passed.'",
	 NULL},

	/* The motion of which notice was given on September 8 came onto the
	 * agenda under Motions when that meeting adjourned (docs/bylaws.md,
	 * "Notices of motion"): the clerk names it and gives its wording. */
	{"agenda edit " M " 12.1 --title 'Councillor Ó Briain — Pollinator-Friendly Practices "
	 "in Municipal Parks' --body-file - --recommendation 'That staff report on reducing "
	 "mowing and adding native plantings in municipal parks, with costs, for the 2027 "
	 "budget.'",
	 pollinator_motion},

	/* 13.1, deferred from September 8 with the motion deferred as its
	 * recommendation: the clerk adds the staff comment Council asked for. */
	{"agenda edit " M " 13.1 --body-file -", broadband_comment},

	{"agenda add " M " 'Deputy Mayor Bélanger — Licensing of Short-Term Rentals' "
	 "--under 14 --body-file -",
	 str_notice},

	{"agenda edit " M " 15 --recommendation 'That Council move into closed session "
	 "under section 239(2)(e) of the Municipal Act, 2001 to consider litigation or "
	 "potential litigation affecting the municipality.'",
	 NULL},
	{"agenda add " M " 'Litigation or potential litigation — claim arising from the Elm "
	 "Street watermain break of May 2026' --under 15 --closed '239(2)(e)' --body-file - "
	 "--recommendation 'That counsel proceed as instructed in closed session.'",
	 watermain_claim},

	{"agenda add " M " 'By-law 2026-048, a by-law to confirm the proceedings of Council "
	 "at its meeting of October 13, 2026' --under 16 --recommendation 'That By-law "
	 "2026-048 be read a first, second and third time and finally passed.' --bylaw 2026-048",
	 NULL},

	{"agenda publish " M, NULL},
	{NULL, NULL},
};

/* The meeting as the clerk entered it from the console, each line with the
 * time it happened. Councillor McKinnon sent regrets, so six members sat on
 * the Elm Street vote: the amendment to the amendment was lost on a tie.
 * The Mayor's ruling on a point of order was sustained on appeal, Council
 * supported the broadband resolution deferred from September, and
 * Councillor Nguyễn left before the closed session. The Director of Public
 * Works attended for the speed study. */
#define LIVE "live " M " "
#define SIX_PRESENT "'Côté,Bélanger,Gagné,Nguyễn,Ó Briain,Okafor'"
#define ELM_STREET_AMENDED                                                                \
	"That Council lower the speed limit on Elm Street to 40 km/h, approve speed "     \
	"cushions and two radar speed signs, one of them at Kestrel Falls Public School, " \
	"at a cost of $31,200 from the Traffic Safety Reserve, and pass By-law 2026-045."
static const struct demo_line meeting[] = {
	{LIVE "stream --at 19:00", NULL},
	{LIVE "attend " SIX_PRESENT " --present --at 19:00", NULL},
	{LIVE "attend McKinnon --regrets --at 19:00", NULL},
	{LIVE "attend 'Desjardins,Leclerc,Kowalski,Ferreira' --present --at 19:00", NULL},
	{LIVE "start --at 19:00", NULL},
	{LIVE "take 1 --at 19:00", NULL},
	{LIVE "take 2 --at 19:01", NULL},
	{LIVE "take 3 --at 19:02", NULL},

	/* motions 1 to 4 */
	{LIVE "take 4 --at 19:02", NULL},
	{LIVE "move 'That the agenda be adopted as circulated.' --mover Nguyễn --seconder "
	 "Okafor --at 19:03",
	 NULL},
	{LIVE "vote 1 --carried --at 19:03", NULL},
	{LIVE "take 5.1 --at 19:03", NULL},
	{LIVE "move 'That the minutes of the Regular Meeting of Council held on September 8, "
	 "2026 be adopted as circulated.' --mover 'Ó Briain' --seconder Gagné --at 19:04",
	 NULL},
	{LIVE "vote 2 --carried --at 19:04", NULL},
	{LIVE "take 6.1 --at 19:05", NULL},
	{LIVE "move 'That the delegation be received and considered with Report "
	 "PW-2026-21.' --mover Gagné --seconder Okafor --at 19:16",
	 NULL},
	{LIVE "vote 3 --carried --at 19:16", NULL},
	{LIVE "take 6.2 --at 19:17", NULL},
	{LIVE "move 'That the delegation be received and the request referred to the 2027 "
	 "budget.' --mover Okafor --seconder Nguyễn --at 19:27",
	 NULL},
	{LIVE "vote 4 --carried --at 19:27", NULL},
	{LIVE "take 7.1 --at 19:28", NULL},

	/* motion 5: nothing held, every consent item adopted at once */
	{LIVE "take 8 --at 19:44", NULL},
	{LIVE "move 'That the items on the Consent Agenda be approved as recommended in each "
	 "report.' --mover Bélanger --seconder Nguyễn --at 19:44",
	 NULL},
	{LIVE "vote 5 --carried --at 19:45", NULL},

	/* motions 6 to 8: the amendment to the amendment is voted first, then the
	 * amendment, then the motion as amended. */
	{LIVE "take 9.1 --at 19:45", NULL},
	{LIVE "move 'That Council lower the speed limit on Elm Street to 40 km/h, approve "
	 "speed cushions and a radar speed sign at a cost of $24,600 from the Traffic Safety "
	 "Reserve, and pass By-law 2026-045.' --mover Gagné --seconder Okafor --at 19:52",
	 NULL},
	{LIVE "move 'That the motion be amended to add a second radar speed sign at Kestrel "
	 "Falls Public School, for a total cost of $31,200.' --amends 6 --replace-text '"
	 ELM_STREET_AMENDED "' --mover 'Ó Briain' --seconder Nguyễn --at 20:03",
	 NULL},
	{LIVE "move 'That the amendment be amended to also set a 30 km/h school zone on Elm "
	 "Street in front of Kestrel Falls Public School.' --amends 7 --replace-text 'That the "
	 "motion be amended to add a second radar speed sign and a 30 km/h school zone at "
	 "Kestrel Falls Public School, for a total cost of $31,200.' --mover Okafor "
	 "--seconder Gagné --at 20:11",
	 NULL},
	{LIVE "vote 8 --recorded --yes 'Gagné,Nguyễn,Okafor' --no 'Côté,Bélanger,Ó Briain' "
	 "--at 20:19",
	 NULL},
	{LIVE "vote 7 --carried --for 5 --against 1 --at 20:21", NULL},
	{LIVE "vote 6 --recorded --yes 'Côté,Gagné,Nguyễn,Ó Briain,Okafor' --no Bélanger "
	 "--at 20:24",
	 NULL},

	/* motions 9 and 10 */
	{LIVE "take 9.2 --at 20:25", NULL},
	{LIVE "move 'That Report FIN-2026-10 be received for information.' --mover Bélanger "
	 "--seconder 'Ó Briain' --at 20:33",
	 NULL},
	{LIVE "vote 9 --carried --at 20:33", NULL},
	{LIVE "take 9.3 --at 20:34", NULL},
	{LIVE "move 'That Council waive the park permit fees of the Kestrel River Watershed "
	 "Alliance for its planting days of October 17, 2026 and May 15, 2027.' --mover "
	 "'Ó Briain' --seconder Nguyễn --at 20:35",
	 NULL},
	{LIVE "vote 10 --carried --at 20:37", NULL},

	{LIVE "recess --at 20:38", NULL},
	{LIVE "resume --at 20:48", NULL},

	/* motions 11 to 13 */
	{LIVE "take 10.1 --at 20:48", NULL},
	{LIVE "move 'That the correspondence be received for information.' --mover Nguyễn "
	 "--seconder Gagné --at 20:49",
	 NULL},
	{LIVE "vote 11 --carried --at 20:49", NULL},
	{LIVE "take 11 --at 20:50", NULL},
	{LIVE "move 'That By-laws 2026-045 to 2026-047 be read a first, second and third time "
	 "and finally passed.' --bylaw 2026-045,2026-046,2026-047 --readings 1,2,3 --mover "
	 "Okafor --seconder Bélanger --at 20:50",
	 NULL},
	{LIVE "vote 12 --carried --at 20:51", NULL},
	{LIVE "take 12.1 --at 20:51", NULL},
	{LIVE "move 'That staff report on reducing mowing and adding native plantings in "
	 "municipal parks, with costs, for the 2027 budget.' --mover 'Ó Briain' --seconder "
	 "Gagné --at 20:52",
	 NULL},
	/* motion 14: Deputy Mayor Bélanger rose on a point of order; the
	 * Mayor ruled against it and he appealed (docs/procedure.md, "Points
	 * of order"). */
	{LIVE "ruling 'Deputy Mayor Bélanger’s point of order, that the motion commits "
	 "funds outside the budget process, is not well taken: the motion asks only for a "
	 "report to the 2027 budget deliberations and commits no funds, so it is in order.' "
	 "--at 20:55",
	 NULL},
	{LIVE "appeal --mover Bélanger --seconder Nguyễn --at 20:55", NULL},
	{LIVE "vote 14 --carried --for 5 --against 1 --at 20:56", NULL},
	{LIVE "vote 13 --recorded --yes 'Côté,Gagné,Nguyễn,Ó Briain,Okafor' --no Bélanger "
	 "--at 21:00",
	 NULL},

	/* motion 15: the business September deferred */
	{LIVE "take 13.1 --at 21:00", NULL},
	{LIVE "move 'That Council support the resolution of the Township of Alder Creek "
	 "calling on the Province to complete rural broadband by 2027.' --mover Okafor "
	 "--seconder 'Ó Briain' --at 21:01",
	 NULL},
	{LIVE "vote 15 --carried --at 21:02", NULL},
	{LIVE "take 14.1 --at 21:03", NULL},
	/* the notice goes on the agenda of Council's next meeting when the
	 * clerk makes it (docs/bylaws.md, "Notices of motion") */
	{LIVE "notice 'That staff report by March 2027 on options to license short-term rental "
	 "accommodation, including fees, fire and building inspections, and limits by zone.' "
	 "--mover Bélanger --at 21:03",
	 NULL},
	{LIVE "leave Nguyễn --at 21:04", NULL},

	/* motions 16 to 19: in, the direction to counsel, out, and the report */
	{LIVE "take 15 --at 21:05", NULL},
	{LIVE "move 'That Council move into closed session under section 239(2)(e) of the "
	 "Municipal Act, 2001 to consider litigation or potential litigation affecting the "
	 "municipality.' --to-close '239(2)(e)' --mover Bélanger --seconder Gagné --at 21:05",
	 NULL},
	{LIVE "vote 16 --carried --at 21:05", NULL},
	{LIVE "closed --clause '239(2)(e)' --at 21:06", NULL},
	{LIVE "take 15.1 --at 21:06", NULL},
	{LIVE "move 'That the Town’s solicitor be directed to offer to settle the claim of "
	 "the owner of 41 Elm Street within the authority given in closed session, without "
	 "admission of liability.' --direction --mover Bélanger --seconder Okafor --at 21:20",
	 NULL},
	{LIVE "vote 17 --carried --at 21:22", NULL},
	{LIVE "move 'That Council rise from closed session and report.' --procedural --mover "
	 "Gagné --seconder 'Ó Briain' --at 21:23",
	 NULL},
	{LIVE "vote 18 --carried --at 21:23", NULL},
	{LIVE "rise --at 21:24", NULL},
	{LIVE "take 15.1 --at 21:25", NULL},
	{LIVE "move 'That counsel proceed as instructed in closed session.' --mover Okafor "
	 "--seconder Bélanger --at 21:25",
	 NULL},
	{LIVE "vote 19 --carried --at 21:26", NULL},

	/* motions 20 and 21 */
	{LIVE "take 16.1 --at 21:27", NULL},
	{LIVE "move 'That By-law 2026-048 be read a first, second and third time and finally "
	 "passed.' --bylaw 2026-048 --readings 1,2,3 --mover Gagné --seconder Okafor "
	 "--at 21:27",
	 NULL},
	{LIVE "vote 20 --carried --at 21:28", NULL},
	{LIVE "take 17 --at 21:28", NULL},
	{LIVE "move 'That Council adjourn.' --mover Okafor --seconder 'Ó Briain' --at 21:29",
	 NULL},
	{LIVE "vote 21 --carried --at 21:29", NULL},
	{LIVE "adjourn --at 21:29", NULL},
	{NULL, NULL},
};

/* The clerk entered the log from her notes right after the adjournment. */
static const struct demo_scene live[] = {
	{"2026-10-13T21:30:00-04:00", meeting},
	{NULL, NULL},
};

/* The morning after, the clerk records that motion 2 adopted the minutes of
 * September (locking them), links the recording, and adds her narrative,
 * with where the deferred business came from. */
static const struct demo_line minutes[] = {
	{"minutes 2026-09-08-council approve --at-meeting " M " --motion 2", NULL},
	{"meeting edit " M " --stream-url https://video.kestrelfalls.example/council/2026-10-13",
	 NULL},
	{"minutes " M " note 6.1 'Priya Raman and Tom Whitcombe spoke for the Association "
	 "about speeding and cut-through traffic on Elm Street and presented a petition of 212 "
	 "signatures.'",
	 NULL},
	{"minutes " M " note 7.1 'Staff Sergeant Carla Mendes presented the detachment’s "
	 "third quarter statistics and answered questions on traffic enforcement.'",
	 NULL},
	{"minutes " M " note 13.1 'Deferred from the Regular Meeting of Council of September 8, "
	 "2026 (item 10.2). The Chief Administrative Officer presented the count of premises "
	 "without broadband service.'",
	 NULL},
	{"minutes " M " save --message 'Narrative for the delegation, the presentation and the "
	 "deferred business'",
	 NULL},
	{"bylaw sign 2026-045", NULL},
	{"bylaw sign 2026-046", NULL},
	{"bylaw sign 2026-047", NULL},
	{"bylaw sign 2026-048", NULL},
	/* what Council directed, and by when (docs/bylaws.md, "Follow-up
	 * actions"); the direction of the closed session stays confidential */
	{"action add " M ":6 'Install the speed cushions and radar speed signs on Elm Street' "
	 "--to 'Director of Public Works' --due 2026-11-30",
	 NULL},
	{"action add " M ":17 'Report the outcome of the offer to settle the Elm Street claim' "
	 "--to 'Town Solicitor' --due 2027-01-31",
	 NULL},
	{NULL, NULL},
};

const struct demo_meeting demo_october = {
	.schedule = {"2026-09-02T16:30:00-04:00", schedule},
	.agenda = {"2026-10-07T16:00:00-04:00", agenda},
	.live = live,
	.minutes = {"2026-10-14T10:00:00-04:00", minutes},
};
