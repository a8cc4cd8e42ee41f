/* The Regular Meeting of Council of November 10, 2026: 2027 water and
 * wastewater rates, the Official Plan review, the short-term rental motion,
 * and the Citizen of the Year award in closed session. The last regular
 * meeting of the 2022-2026 term: the municipal election was on October 26. */
#include "demo/demo_script.h"

#include <stddef.h>

#define M "2026-11-10-council"

static const char holiday_market_delegation[] =
	"Nadia Haddad, Chair of the Kestrel Falls Chamber of Commerce, will present "
	"plans for the first Downtown Holiday Market and ask Council to close Front "
	"Street between Mill Street and Queen Street:\n"
	"\n"
	"- Saturday, December 5, 2026, 8:00 a.m. to 9:00 p.m.;\n"
	"- Saturday, December 12, 2026, 8:00 a.m. to 9:00 p.m.\n"
	"\n"
	"Thirty-five vendors have registered. The Chamber carries $5 million in "
	"liability insurance naming the Town as an additional insured.\n";

static const char legion_presentation[] =
	"Comrade Walter Beaulieu, President of Royal Canadian Legion Branch 212, will "
	"present the first poppy of the 2026 campaign to the Mayor and invite Council "
	"to the Remembrance Day service at the cenotaph in Veterans’ Park on "
	"November 11 at 10:45 a.m.\n";

static const char investments[] =
	"| Holding | Term | Yield | Book value |\n"
	"|---|---|---|---:|\n"
	"| ONE Investment High Interest Savings | on demand | 3.30% | $3,880,000 |\n"
	"| Kestrel Valley Credit Union GIC | 1 year | 3.90% | $2,000,000 |\n"
	"| Province of Ontario bond | 5 years | 3.62% | $1,500,000 |\n"
	"| **Total** | | | **$7,380,000** |\n"
	"\n"
	"Investment income to September 30 is $213,900 against a budget of $260,000 "
	"for the year.\n";

static const char permits[] =
	"| Permits issued | September 2026 | October 2026 | Year to date |\n"
	"|---|---:|---:|---:|\n"
	"| New dwellings | 5 | 3 | 39 |\n"
	"| Additions and renovations | 15 | 11 | 122 |\n"
	"| Commercial and industrial | 1 | 2 | 12 |\n"
	"| Demolitions | 0 | 1 | 5 |\n";

static const char winter_control[] =
	"The Town keeps 84 km of roads and 31 km of sidewalks clear under the Minimum "
	"Maintenance Standards for Municipal Highways (O. Reg. 239/02):\n"
	"\n"
	"- Class 3 roads (Front, Queen, Mill and Lakeshore) are ploughed within 12 "
	"hours of the end of a snowfall of 8 cm or more;\n"
	"- all other roads within 24 hours;\n"
	"- sidewalks within 48 hours, school routes first.\n"
	"\n"
	"The fleet is five plough trucks, two graders and three sidewalk machines. Salt "
	"storage is full (2,400 tonnes).\n";

static const char water_rates_report[] =
	"#### Purpose\n"
	"\n"
	"To set water and wastewater rates for 2027, in line with the Financial Plan "
	"required by O. Reg. 453/07 and the 2024 Water and Wastewater Rate Study.\n"
	"\n"
	"#### Proposed rates\n"
	"\n"
	"| Charge | 2026 | 2027 | Change |\n"
	"|---|---:|---:|---:|\n"
	"| Water, fixed monthly charge | $24.10 | $25.30 | 5.0% |\n"
	"| Water, per cubic metre | $1.92 | $2.02 | 5.2% |\n"
	"| Wastewater, fixed monthly charge | $28.40 | $29.95 | 5.5% |\n"
	"| Wastewater, per cubic metre | $2.31 | $2.44 | 5.6% |\n"
	"\n"
	"A household using 180 m³ a year would pay $1,465.80 in 2027, $74.40 more than "
	"in 2026.\n"
	"\n"
	"#### Why the increase\n"
	"\n"
	"1. Replacement of the Queen Street watermain (2027, $2.1 million).\n"
	"2. Phase 2 of the wastewater treatment plant upgrade, required by the plant’s "
	"Environmental Compliance Approval.\n"
	"3. Rebuilding the Water Reserve to the target of 10% of asset replacement "
	"value.\n"
	"\n"
	"The rates for every customer class are in the attached schedule.\n";

static const char water_rates_csv[] =
	"customer_class,charge,unit,rate_2026,rate_2027\n"
	"residential,water fixed,month,24.10,25.30\n"
	"residential,water volume,m3,1.92,2.02\n"
	"residential,wastewater fixed,month,28.40,29.95\n"
	"residential,wastewater volume,m3,2.31,2.44\n"
	"commercial,water fixed,month,48.20,50.60\n"
	"commercial,water volume,m3,1.92,2.02\n"
	"commercial,wastewater fixed,month,56.80,59.90\n"
	"commercial,wastewater volume,m3,2.31,2.44\n"
	"bulk water,water volume,m3,4.75,5.00\n";

static const char official_plan_report[] =
	"#### What we heard\n"
	"\n"
	"Phase 2 of the Official Plan review ran from June to September 2026: an online "
	"survey (612 responses), three open houses and a youth workshop at Kestrel "
	"Falls District Secondary School. The main themes were:\n"
	"\n"
	"- **Housing:** support for secondary suites and townhouses near Queen Street; "
	"concern about the height of apartment buildings downtown.\n"
	"- **The river:** protect the Kestrel River shoreline and extend the riverside "
	"trail to the Millrace Park.\n"
	"- **Downtown:** keep Front Street’s heritage buildings and allow patios.\n"
	"- **Growth:** residents want the Town to plan for 1,800 more people by 2051 "
	"inside the existing urban boundary.\n"
	"\n"
	"#### Next steps\n"
	"\n"
	"Staff will present draft policies to the Planning Committee in February 2027, "
	"with a statutory open house and public meeting in April 2027.\n";

static const char bridge_update[] =
	"Northway Civil Ltd. started work on October 5, 2026. The deck has been removed, "
	"and the east abutment repairs will be complete before the winter shutdown on "
	"December 15. The project is on schedule, with $14,200 of the $128,460 "
	"contingency used (additional rebar at the east abutment).\n";

static const char str_motion[] =
	"Notice of this motion was given on October 13, 2026.\n"
	"\n"
	"Moved by Deputy Mayor Bélanger, seconded by Councillor Gagné.\n"
	"\n"
	"The Town has 146 active short-term rental listings, up from 58 in 2022, "
	"mostly along the Kestrel River and Lakeshore Road.\n";

static const char transit_notice[] =
	"Councillor Nguyễn has given notice that she will move at the Regular Meeting of "
	"Council on December 8, 2026 that riders aged 65 and over ride the Kestrel "
	"Link bus free of charge from January 1, 2027, and that staff report the cost "
	"in the 2027 budget.\n";

static const char citizen_award[] =
	"#### Confidential memorandum of the Clerk\n"
	"\n"
	"Three residents were nominated for the 2026 Citizen of the Year award, to be "
	"presented at the Mayor’s New Year’s Levee on January 3, 2027:\n"
	"\n"
	"1. [redact]Margaret Olsen, for thirty years with the Kestrel Falls Food Bank"
	"[/redact]\n"
	"2. [redact]Ahmed Karimi, who founded the river clean-up after the 2025 flood"
	"[/redact]\n"
	"3. [redact]June Whitebird, coach of the girls’ hockey program since 2011"
	"[/redact]\n"
	"\n"
	"The selection committee (the Mayor, the Deputy Mayor and two past recipients) "
	"recommends the first nominee. The nominees have not been told; the decision "
	"stays confidential until the Levee.\n";

static const struct demo_line agenda[] = {
	{"meeting new --title 'Regular Meeting of Council' --at '2026-11-10 19:00' "
	 "--location 'Council Chambers, Town Hall, 40 Front Street' --template ontario-regular",
	 NULL},
	DEMO_STANDING_SECTIONS(M),
	{"agenda add " M " Motions --after 11", NULL},

	{"agenda add " M " 'Regular Meeting of Council — October 13, 2026' --under 5 "
	 "--recommendation 'That the minutes of the Regular Meeting of Council held on "
	 "October 13, 2026 be adopted as circulated.'",
	 NULL},

	{"agenda add " M " 'Kestrel Falls Chamber of Commerce — Downtown Holiday Market' "
	 "--under 6 --body-file - --recommendation 'That the delegation be received, and "
	 "that Council approve the closure of Front Street for the Downtown Holiday Market "
	 "on December 5 and 12, 2026 and pass By-law 2026-050.'",
	 holiday_market_delegation},

	{"agenda add " M " 'Royal Canadian Legion Branch 212 — Poppy Campaign' --under 7 "
	 "--body-file -",
	 legion_presentation},

	{"agenda add " M " 'Minutes of the Planning Committee — October 27, 2026' --under 8 "
	 "--consent --recommendation 'That the minutes of the Planning Committee meeting of "
	 "October 27, 2026 be received for information.'",
	 NULL},
	{"agenda add " M " 'Report FIN-2026-13: Statement of Investments to September 30, "
	 "2026' --under 8 --consent --body-file - --recommendation 'That Report "
	 "FIN-2026-13 be received for information.'",
	 investments},
	{"agenda add " M " 'Building Permit Activity — September and October 2026' "
	 "--under 8 --consent --body-file - --recommendation 'That the building permit "
	 "report for September and October 2026 be received for information.'",
	 permits},
	{"agenda add " M " 'Report PW-2026-24: Winter Control Operations, 2026-27' "
	 "--under 8 --consent --body-file - --recommendation 'That Report PW-2026-24 be "
	 "received for information.'",
	 winter_control},

	{"agenda add " M " 'Report FIN-2026-12: 2027 Water and Wastewater Rates' --under 9 "
	 "--body-file - --recommendation 'That Council approve the 2027 water and "
	 "wastewater rates in Schedule A to Report FIN-2026-12, effective January 1, 2027, "
	 "and pass By-law 2026-049.'",
	 water_rates_report},
	{"agenda attach " M " 9.1 {tmp}/schedule-a-water-wastewater-rates-2027.csv",
	 water_rates_csv},
	{"agenda add " M " 'Report PLN-2026-14: Official Plan Review — Phase 2, What We "
	 "Heard' --under 9 --body-file - --recommendation 'That Report PLN-2026-14 be "
	 "received for information.'",
	 official_plan_report},
	{"agenda add " M " 'Report PW-2026-23: Millrace Bridge Rehabilitation — "
	 "Construction Update' --under 9 --body-file - --recommendation 'That Report "
	 "PW-2026-23 be received for information.'",
	 bridge_update},

	{"agenda add " M " 'Kestrel Valley Conservation Authority — 2027 Draft Budget and "
	 "Municipal Levy' --under 10 --recommendation 'That the correspondence be "
	 "received and referred to the 2027 budget.'",
	 NULL},

	{"bylaw reserve --title 'A by-law to set water and wastewater rates for 2027'", NULL},
	{"bylaw reserve --title 'A by-law to close Front Street temporarily for the Downtown "
	 "Holiday Market'",
	 NULL},
	{"bylaw reserve --title 'A by-law to authorize the purchase of 1180 Riverside Drive for "
	 "a public works yard'",
	 NULL},
	{"bylaw reserve --title 'A by-law to confirm the proceedings of Council at its meeting "
	 "of November 10, 2026'",
	 NULL},
	{"agenda add " M " 'By-law 2026-049, a by-law to set water and wastewater rates "
	 "for 2027' --under 11 --bylaw 2026-049",
	 NULL},
	{"agenda add " M " 'By-law 2026-050, a by-law to close Front Street temporarily "
	 "for the Downtown Holiday Market' --under 11 --bylaw 2026-050",
	 NULL},
	{"agenda add " M " 'By-law 2026-051, a by-law to authorize the purchase of 1180 "
	 "Riverside Drive for a public works yard' --under 11 --bylaw 2026-051",
	 NULL},
	{"agenda edit " M " 11 --recommendation 'That By-laws 2026-049 to 2026-051 be read "
	 "a first, second and third time and finally passed.'",
	 NULL},
	/* October's Elm Street by-law is amended to carry the 40 km/h limit
	 * north of Queen Street, as the residents asked: a by-law of its own,
	 * reserved after the confirmatory by-law, read by its own motion
	 * (docs/bylaws.md, "Readings and enactment") */
	{"bylaw reserve --title 'A by-law to amend By-law 2026-045 to extend the 40 km/h speed "
	 "limit to Elm Street north of Queen Street'",
	 NULL},
	{"agenda add " M " 'By-law 2026-053, a by-law to amend By-law 2026-045 to extend the "
	 "40 km/h speed limit to Elm Street north of Queen Street' --under 11 --bylaw 2026-053 "
	 "--recommendation 'That By-law 2026-053 be read a first, second and third time and "
	 "finally passed.'",
	 NULL},

	/* The motion of which notice was given on October 13 came onto the
	 * agenda under Notices of Motion when the meeting was made: the clerk
	 * moves it under Motions and names it (docs/bylaws.md, "Notices of
	 * motion"). */
	{"agenda move " M " 13.1 --under 12", NULL},
	{"agenda edit " M " 12.1 --title 'Deputy Mayor Bélanger — Licensing of Short-Term "
	 "Rentals' --body-file - --recommendation 'That staff report by March 2027 on "
	 "options to license short-term rental accommodation, including fees, fire and "
	 "building inspections, and limits by zone.'",
	 str_motion},

	{"agenda add " M " 'Councillor Nguyễn — Free Kestrel Link Fares for Seniors' "
	 "--under 13 --mover Nguyễn --body-file - --recommendation 'That riders aged 65 and "
	 "over ride the Kestrel Link free of charge from January 1, 2027, and that the fares "
	 "forgone be funded from the Transit Reserve in 2027.'",
	 transit_notice},

	{"agenda edit " M " 14 --recommendation 'That Council move into closed session "
	 "under section 239(2)(b) of the Municipal Act, 2001 to consider personal matters "
	 "about identifiable individuals.'",
	 NULL},
	{"agenda add " M " 'Personal matters about identifiable individuals — 2026 Citizen of "
	 "the Year award' --under 14 --closed '239(2)(b)' --body-file - --recommendation "
	 "'That the award be made as directed in closed session.'",
	 citizen_award},

	{"agenda add " M " 'By-law 2026-052, a by-law to confirm the proceedings of Council "
	 "at its meeting of November 10, 2026' --under 15 --recommendation 'That By-law "
	 "2026-052 be read a first, second and third time and finally passed.' --bylaw 2026-052",
	 NULL},

	{"agenda publish " M, NULL},
	{NULL, NULL},
};

/* The meeting as the clerk entered it from the console, each line with the
 * time it happened. Councillor McKinnon took part by video conference,
 * counted for quorum as the procedure by-law allows (docs/procedure.md, "Who
 * may take part"), and left after the closed session. A waiver of notice had
 * a majority but not the two-thirds it needed; a deferral was withdrawn; a
 * motion on secondary suites was referred to the Planning Committee; a show
 * of hands keyed wrongly was undone and recorded again (the correction stays
 * in the log); the Mayor, whose husband works for the Conservation
 * Authority, left the chair to the Deputy Mayor for its levy. The Senior
 * Planner and the Director of Public Works attended for their reports. */
#define LIVE "live " M " "
#define IN_THE_ROOM "'Côté,Bélanger,Gagné,Nguyễn,Ó Briain,Okafor'"
static const struct demo_line until_recess[] = {
	{LIVE "stream --at 19:00", NULL},
	{LIVE "attend " IN_THE_ROOM " --present --at 19:00", NULL},
	{LIVE "attend McKinnon --remote --at 19:00", NULL},
	{LIVE "attend 'Desjardins,Leclerc,Kowalski,Ferreira,Rahman' --present --at 19:00", NULL},
	{LIVE "start --at 19:00", NULL},
	{LIVE "take 1 --at 19:00", NULL},
	{LIVE "take 2 --at 19:01", NULL},
	{LIVE "take 3 --at 19:02", NULL},
	{LIVE "declare Côté --item 10.1 --reason 'Her husband is employed by the Kestrel "
	 "Valley Conservation Authority, whose budget and levy the correspondence concerns.' "
	 "--at 19:02",
	 NULL},

	/* motions 1 and 2 */
	{LIVE "take 4 --at 19:02", NULL},
	{LIVE "move 'That the agenda be adopted as circulated.' --mover McKinnon --seconder "
	 "Gagné --at 19:03",
	 NULL},
	{LIVE "vote 1 --carried --at 19:03", NULL},
	{LIVE "take 5.1 --at 19:03", NULL},
	{LIVE "move 'That the minutes of the Regular Meeting of Council held on October 13, "
	 "2026 be adopted as circulated.' --mover Nguyễn --seconder 'Ó Briain' --at 19:04",
	 NULL},
	{LIVE "vote 2 --carried --at 19:04", NULL},

	/* motions 3 and 4: adding a third market day needed notice, and waiving
	 * notice needs two-thirds of the votes cast; 4 of 7 is not enough. */
	{LIVE "take 6.1 --at 19:05", NULL},
	{LIVE "move 'That the notice requirements of Procedure By-law 2019-03 be waived to "
	 "allow Council to consider adding Saturday, December 19, 2026 to the closure of "
	 "Front Street for the Downtown Holiday Market.' --threshold two-thirds --procedural "
	 "--mover Bélanger --seconder Gagné --at 19:14",
	 NULL},
	{LIVE "vote 3 --recorded --yes 'Bélanger,Gagné,Nguyễn,McKinnon' --no "
	 "'Côté,Ó Briain,Okafor' --at 19:19",
	 NULL},
	{LIVE "move 'That the delegation be received, and that Council approve the closure of "
	 "Front Street for the Downtown Holiday Market on December 5 and 12, 2026 and pass "
	 "By-law 2026-050.' --mover Gagné --seconder McKinnon --at 19:20",
	 NULL},
	{LIVE "vote 4 --carried --at 19:21", NULL},
	{LIVE "take 7.1 --at 19:22", NULL},

	/* motion 5 */
	{LIVE "take 8 --at 19:31", NULL},
	{LIVE "move 'That the items on the Consent Agenda be approved as recommended in each "
	 "report.' --mover Okafor --seconder Nguyễn --at 19:31",
	 NULL},
	{LIVE "vote 5 --carried --at 19:32", NULL},

	/* motions 6 and 7: the deferral was withdrawn once the Treasurer explained
	 * that the rates must be in force on January 1. */
	{LIVE "take 9.1 --at 19:32", NULL},
	{LIVE "move 'That Council approve the 2027 water and wastewater rates in Schedule A to "
	 "Report FIN-2026-12, effective January 1, 2027, and pass By-law 2026-049.' --mover "
	 "Bélanger --seconder Gagné --at 19:41",
	 NULL},
	{LIVE "move 'That the motion be deferred to the Regular Meeting of Council on "
	 "December 8, 2026.' --defer 6 --until 2026-12-08 --mover Okafor "
	 "--seconder McKinnon --at 19:48",
	 NULL},
	{LIVE "withdraw 7 --at 19:53", NULL},
	{LIVE "vote 6 --recorded --yes 'Côté,Bélanger,Gagné,Nguyễn,Ó Briain,McKinnon' --no "
	 "Okafor --at 20:02",
	 NULL},

	/* motions 8 to 10: Councillor Nguyễn’s motion on secondary suites went to
	 * the Planning Committee, which will see the draft policies first. */
	{LIVE "take 9.2 --at 20:03", NULL},
	{LIVE "move 'That Report PLN-2026-14 be received for information.' --mover 'Ó Briain' "
	 "--seconder Nguyễn --at 20:12",
	 NULL},
	{LIVE "vote 8 --carried --at 20:12", NULL},
	{LIVE "move 'That staff include policies permitting secondary suites and garden suites "
	 "as of right in every residential designation in the draft Official Plan.' --mover "
	 "Nguyễn --seconder Okafor --at 20:13",
	 NULL},
	{LIVE "move 'That the motion be referred to the Planning Committee, to be considered "
	 "with the draft Official Plan policies in February 2027.' --refer 9 --to 'Planning "
	 "Committee' --mover McKinnon --seconder Gagné --at 20:16",
	 NULL},
	{LIVE "vote 10 --carried --at 20:17", NULL},

	/* motion 11: the first show of hands was keyed wrongly */
	{LIVE "take 9.3 --at 20:18", NULL},
	{LIVE "move 'That Report PW-2026-23 be received for information.' --mover Okafor "
	 "--seconder McKinnon --at 20:29",
	 NULL},
	{LIVE "vote 11 --carried --for 5 --against 2 --at 20:30", NULL},
	{LIVE "undo", NULL},
	{LIVE "vote 11 --carried --for 7 --against 0 --at 20:30", NULL},
	{NULL, NULL},
};

static const struct demo_line after_recess[] = {
	{LIVE "recess --at 20:31", NULL},
	{LIVE "resume --at 20:41", NULL},

	/* motion 12: the Mayor declared an interest, so the Deputy Mayor
	 * presided for the item */
	{LIVE "take 10.1 --at 20:41", NULL},
	{LIVE "chair Bélanger --at 20:41", NULL},
	{LIVE "move 'That the correspondence be received and referred to the 2027 budget.' "
	 "--mover McKinnon --seconder Gagné --at 20:44",
	 NULL},
	{LIVE "vote 12 --carried --at 20:45", NULL},
	{LIVE "chair Côté --at 20:45", NULL},

	/* motions 13 to 15 */
	{LIVE "take 11 --at 20:45", NULL},
	{LIVE "move 'That By-laws 2026-049 to 2026-051 be read a first, second and third time "
	 "and finally passed.' --bylaw 2026-049,2026-050,2026-051 --readings 1,2,3 --mover "
	 "Gagné --seconder Okafor --at 20:46",
	 NULL},
	{LIVE "vote 13 --carried --at 20:46", NULL},
	/* motion 14: October's Elm Street by-law amended by a by-law of its own
	 * (docs/bylaws.md, "Readings and enactment") */
	{LIVE "take 11.4 --at 20:46", NULL},
	{LIVE "move 'That By-law 2026-053 be read a first, second and third time and finally "
	 "passed.' --bylaw 2026-053 --readings 1,2,3 --amends-bylaw 2026-045 --mover Nguyễn "
	 "--seconder Okafor --at 20:46",
	 NULL},
	{LIVE "vote 14 --carried --at 20:47", NULL},
	{LIVE "take 12.1 --at 20:47", NULL},
	{LIVE "move 'That staff report by March 2027 on options to license short-term rental "
	 "accommodation, including fees, fire and building inspections, and limits by zone.' "
	 "--mover Bélanger --seconder Gagné --at 20:48",
	 NULL},
	{LIVE "vote 15 --recorded --yes 'Côté,Bélanger,Gagné,Nguyễn,McKinnon' --no "
	 "'Ó Briain,Okafor' --at 21:02",
	 NULL},
	{LIVE "take 13.1 --at 21:03", NULL},

	/* motions 16 to 19: in, the direction to the Clerk, out, and the report */
	{LIVE "take 14 --at 21:05", NULL},
	{LIVE "move 'That Council move into closed session under section 239(2)(b) of the "
	 "Municipal Act, 2001 to consider personal matters about identifiable individuals.' "
	 "--to-close '239(2)(b)' --mover 'Ó Briain' --seconder Bélanger --at 21:05",
	 NULL},
	{LIVE "vote 16 --carried --at 21:05", NULL},
	{LIVE "closed --clause '239(2)(b)' --at 21:06", NULL},
	{LIVE "take 14.1 --at 21:06", NULL},
	{LIVE "move 'That the Clerk be directed to notify the 2026 Citizen of the Year chosen "
	 "in closed session and to arrange the presentation at the Regular Meeting of Council "
	 "on December 8, 2026.' --direction --mover Gagné --seconder Nguyễn --at 21:17",
	 NULL},
	{LIVE "vote 17 --carried --at 21:18", NULL},
	{LIVE "move 'That Council rise from closed session and report.' --procedural --mover "
	 "McKinnon --seconder Okafor --at 21:19",
	 NULL},
	{LIVE "vote 18 --carried --at 21:19", NULL},
	{LIVE "rise --at 21:20", NULL},
	{LIVE "take 14.1 --at 21:20", NULL},
	{LIVE "move 'That the award be made as directed in closed session.' --mover Gagné "
	 "--seconder Nguyễn --at 21:21",
	 NULL},
	{LIVE "vote 19 --carried --at 21:21", NULL},
	{LIVE "leave McKinnon --at 21:22", NULL},

	/* motions 20 and 21 */
	{LIVE "take 15.1 --at 21:23", NULL},
	{LIVE "move 'That By-law 2026-052 be read a first, second and third time and finally "
	 "passed.' --bylaw 2026-052 --readings 1,2,3 --mover 'Ó Briain' --seconder Okafor "
	 "--at 21:23",
	 NULL},
	{LIVE "vote 20 --carried --at 21:24", NULL},
	{LIVE "take 16 --at 21:24", NULL},
	{LIVE "move 'That Council adjourn.' --mover Nguyễn --seconder Gagné --at 21:25", NULL},
	{LIVE "vote 21 --carried --at 21:25", NULL},
	{LIVE "adjourn --at 21:25", NULL},
	{NULL, NULL},
};

/* The clerk kept the log during the meeting until the recess, correcting the
 * show of hands at once, and entered the rest after the adjournment. */
static const struct demo_scene live[] = {
	{"2026-11-10T20:30:00-05:00", until_recess},
	{"2026-11-10T21:30:00-05:00", after_recess},
	{NULL, NULL},
};

/* The morning after, the clerk records that motion 2 adopted the minutes of
 * October (locking them), links the recording, and adds her narrative. */
static const struct demo_line minutes[] = {
	{"minutes 2026-10-13-council approve --at-meeting " M " --motion 2", NULL},
	{"meeting edit " M " --stream-url https://video.kestrelfalls.example/council/2026-11-10",
	 NULL},
	{"minutes " M " note 6.1 'Nadia Haddad, Chair of the Chamber of Commerce, presented "
	 "the plans for the first Downtown Holiday Market, with 35 vendors registered, and "
	 "asked Council to close Front Street on December 5 and 12, 2026.'",
	 NULL},
	{"minutes " M " note 7.1 'Comrade Walter Beaulieu, President of Branch 212, presented "
	 "the first poppy of the campaign to Mayor Côté and invited Council to the Remembrance "
	 "Day service at the cenotaph.'",
	 NULL},
	{"minutes " M " save --message 'Narrative for the delegation and the presentation'",
	 NULL},
	{"bylaw sign 2026-049", NULL},
	{"bylaw sign 2026-050", NULL},
	{"bylaw sign 2026-052", NULL},
	{"bylaw sign 2026-053", NULL},
	/* The Mayor gives notice of intent and vetoes 2026-051 the day after
	 * the meeting, in writing; Council may override it by December 11
	 * (docs/bylaws.md, "Mayoral decisions"). */
	{"mayor veto 2026-051 --notice 2026-11-11 --on 2026-11-11 --reasons 'The purchase "
	 "would put a public works yard on 1180 Riverside Drive, land designated for about 120 "
	 "homes, and could interfere with the provincial priority of building 1.5 million "
	 "homes by 2031.'",
	 NULL},
	{"mayor decision 'I direct the Chief Administrative Officer to report to Council by "
	 "February 2027 on municipal land that could be used for housing.' --on 2026-11-11",
	 NULL},
	/* the report on the bridge came as asked; the rental licensing report
	 * is due in March */
	{"action done 1 --on 2026-11-10 --note 'Report PW-2026-23 received by Council'", NULL},
	{"action add " M ":15 'Report on options to license short-term rental accommodation' "
	 "--to 'Director of Planning' --due 2027-03-31",
	 NULL},
	{NULL, NULL},
};

const struct demo_meeting demo_november = {
	.agenda = {"2026-11-04T16:00:00-05:00", agenda},
	.live = live,
	.minutes = {"2026-11-11T10:00:00-05:00", minutes},
};
