/* The Regular Meeting of Council of September 8, 2026: the Millrace Bridge
 * tender, a zoning amendment on Queen Street East, and a land purchase in
 * closed session. */
#include "demo/demo_script.h"

#include <stddef.h>

#define M "2026-09-08-council"

static const char watershed_delegation[] =
	"Jean-Luc Moreau, Chair, and Dr. Fatima Osei, restoration ecologist, will "
	"present the Alliance’s proposal to restore 400 metres of eroded riverbank in "
	"Millrace Park with native plantings, at no capital cost to the Town.\n"
	"\n"
	"The Alliance asks Council to:\n"
	"\n"
	"1. endorse the project in principle;\n"
	"2. allow volunteer planting days in Millrace Park on October 17, 2026 and "
	"May 15, 2027;\n"
	"3. waive the park permit fees for those days ($150 each).\n"
	"\n"
	"Delegate contact: Jean-Luc Moreau, [redact]705-555-0142, 17 Willow Crescent"
	"[/redact]\n";

static const char fire_awards[] =
	"Fire Chief Robert Lalonde will present 25-year long service medals to Captain "
	"Denise Arsenault (Station 1, Front Street) and Firefighter Kevin Brant "
	"(Station 2, Lakeshore Road).\n";

static const char investments[] =
	"The Town’s investments at June 30, 2026, held in accordance with the "
	"Investment Policy (By-law 2019-12):\n"
	"\n"
	"| Holding | Term | Yield | Book value |\n"
	"|---|---|---|---:|\n"
	"| ONE Investment High Interest Savings | on demand | 3.45% | $4,210,000 |\n"
	"| Kestrel Valley Credit Union GIC | 1 year | 3.90% | $2,000,000 |\n"
	"| Province of Ontario bond | 5 years | 3.62% | $1,500,000 |\n"
	"| **Total** | | | **$7,710,000** |\n"
	"\n"
	"Investment income to June 30 is $148,300 against a budget of $260,000 for the "
	"year.\n";

static const char permits[] =
	"| Permits issued | July 2026 | August 2026 | Year to date |\n"
	"|---|---:|---:|---:|\n"
	"| New dwellings | 6 | 4 | 31 |\n"
	"| Additions and renovations | 14 | 17 | 96 |\n"
	"| Commercial and industrial | 2 | 1 | 9 |\n"
	"| Demolitions | 1 | 0 | 4 |\n"
	"\n"
	"Construction value for the year to date is $21.4 million, 12% above the same "
	"period of 2025.\n";

static const char bridge_report[] =
	"#### Purpose\n"
	"\n"
	"To award Tender PW-2026-07 for the rehabilitation of the Millrace Bridge on "
	"Mill Street over the Kestrel River.\n"
	"\n"
	"#### Background\n"
	"\n"
	"The 2024 Ontario Structure Inspection Manual (OSIM) inspection rated the "
	"bridge deck and east abutment in poor condition, and the load limit was "
	"reduced to 15 tonnes in March 2025. Council approved the rehabilitation in the "
	"2026 capital budget (project CAP-26-04) with a budget of $1,450,000, funded "
	"from the Ontario Community Infrastructure Fund and the Bridge Reserve.\n"
	"\n"
	"#### Tender results\n"
	"\n"
	"The tender closed on August 20, 2026. Five bids were received:\n"
	"\n"
	"| Bidder | Bid (excluding HST) |\n"
	"|---|---:|\n"
	"| Northway Civil Ltd. | $1,284,600 |\n"
	"| Trent Valley Bridge & Culvert Inc. | $1,331,950 |\n"
	"| Lalonde Construction (1998) Ltd. | $1,397,400 |\n"
	"| Greenbank Infrastructure Group | $1,452,000 |\n"
	"| R. McAllister Contracting | $1,519,880 |\n"
	"\n"
	"The low bid is complete and compliant, and the consulting engineer, "
	"Hallett Engineering, recommends the award.\n"
	"\n"
	"#### Schedule and traffic\n"
	"\n"
	"- Work starts on October 5, 2026 and ends by June 30, 2027, with a winter "
	"shutdown from December 15 to March 31.\n"
	"- Mill Street will be closed at the bridge during construction; the detour "
	"follows Front Street and Lakeshore Road.\n"
	"- Pedestrians keep a protected crossing on a temporary walkway.\n"
	"\n"
	"#### Financial impact\n"
	"\n"
	"With a 10% contingency ($128,460) and engineering during construction "
	"($36,000), the total cost of $1,449,060 is within the approved budget.\n";

static const char bids_csv[] =
	"bidder,bid_excluding_hst,bid_bond,compliant\n"
	"Northway Civil Ltd.,1284600.00,yes,yes\n"
	"Trent Valley Bridge & Culvert Inc.,1331950.00,yes,yes\n"
	"Lalonde Construction (1998) Ltd.,1397400.00,yes,yes\n"
	"Greenbank Infrastructure Group,1452000.00,yes,yes\n"
	"R. McAllister Contracting,1519880.00,no,no\n";

static const char queen_street_report[] =
	"#### Proposal\n"
	"\n"
	"Kestrel Homes Inc. applies to rezone 212 Queen Street East from Residential "
	"First Density (R1) to Residential Third Density with exceptions (R3-14) to "
	"allow twelve townhouses on a private road.\n"
	"\n"
	"#### Public consultation\n"
	"\n"
	"The statutory public meeting was held at the Planning Committee on "
	"August 25, 2026. Four residents spoke; their concerns were:\n"
	"\n"
	"- traffic at the Queen Street and Elm Street intersection;\n"
	"- the loss of the mature maple on the west lot line;\n"
	"- snow storage on the private road.\n"
	"\n"
	"#### Analysis\n"
	"\n"
	"The proposal conforms to the Official Plan, which designates the site "
	"*Residential* and encourages gentle intensification near Queen Street. The "
	"revised site plan keeps the maple, adds a snow storage area, and the traffic "
	"brief shows the intersection operating at level of service B at peak hour.\n"
	"\n"
	"The Planning Committee recommends approval.\n";

static const char pollinator_notice[] =
	"Councillor Ó Briain has given notice that she will move the following motion "
	"at the Regular Meeting of Council on October 13, 2026:\n"
	"\n"
	"> Whereas pollinators are essential to the Kestrel River valley’s farms and "
	"gardens;\n"
	">\n"
	"> Therefore be it resolved that staff report on reducing mowing and adding "
	"native plantings in municipal parks, with costs, for the 2027 budget.\n";

static const char land_purchase[] =
	"#### Confidential report of the Chief Administrative Officer\n"
	"\n"
	"The owners of 1180 Riverside Drive (3.4 ha, vacant, zoned Rural) have offered "
	"the property to the Town. Staff see it as the site of a consolidated public "
	"works yard, replacing the Front Street yard in the floodplain.\n"
	"\n"
	"- Vendors: [redact]Harold and Ruth Vandermeer[/redact]\n"
	"- Appraised value (Kawartha Appraisal Services, July 2026): $612,000\n"
	"- Asking price: $690,000\n"
	"\n"
	"Staff ask for authority to offer up to $640,000, conditional on a Phase Two "
	"Environmental Site Assessment, funded from the Land Acquisition Reserve.\n";

static const struct demo_line agenda[] = {
	{"meeting new --title 'Regular Meeting of Council' --at '2026-09-08 19:00' "
	 "--location 'Council Chambers, Town Hall, 40 Front Street' --template ontario-regular",
	 NULL},
	DEMO_STANDING_SECTIONS(M),

	{"agenda add " M " 'Regular Meeting of Council — August 11, 2026' --under 5 "
	 "--recommendation 'That the minutes of the Regular Meeting of Council held on "
	 "August 11, 2026 be adopted as circulated.'",
	 NULL},

	{"agenda add " M " 'Kestrel River Watershed Alliance — Riverbank Restoration at "
	 "Millrace Park' --under 6 --body-file - --recommendation 'That the delegation "
	 "be received, and that the request to waive park permit fees be referred to staff "
	 "for a report.'",
	 watershed_delegation},

	{"agenda add " M " 'Kestrel Falls Fire Service — Long Service Awards' --under 7 "
	 "--body-file -",
	 fire_awards},

	{"agenda add " M " 'Minutes of the Planning Committee — August 25, 2026' --under 8 "
	 "--consent --recommendation 'That the minutes of the Planning Committee meeting of "
	 "August 25, 2026 be received for information.'",
	 NULL},
	{"agenda add " M " 'Report FIN-2026-08: Statement of Investments to June 30, 2026' "
	 "--under 8 --consent --body-file - --recommendation 'That Report FIN-2026-08 be "
	 "received for information.'",
	 investments},
	{"agenda add " M " 'Building Permit Activity — July and August 2026' --under 8 "
	 "--consent --body-file - --recommendation 'That the building permit report for "
	 "July and August 2026 be received for information.'",
	 permits},
	{"agenda add " M " 'Kestrel Falls Public Library Board — Minutes of June 17, 2026' "
	 "--under 8 --consent --recommendation 'That the minutes of the Kestrel Falls "
	 "Public Library Board meeting of June 17, 2026 be received for information.'",
	 NULL},

	{"agenda add " M " 'Report PW-2026-18: Millrace Bridge Rehabilitation — Award of "
	 "Tender PW-2026-07' --under 9 --body-file - --recommendation 'That Council award "
	 "Tender PW-2026-07 for the rehabilitation of the Millrace Bridge to Northway Civil "
	 "Ltd. in the amount of $1,284,600 plus HST, and pass By-law 2026-041 authorizing "
	 "the Mayor and the Clerk to sign the contract.'",
	 bridge_report},
	{"agenda attach " M " 9.1 {tmp}/tender-pw-2026-07-bid-summary.csv", bids_csv},
	{"agenda add " M " 'Report PLN-2026-11: Zoning By-law Amendment — 212 Queen Street "
	 "East (File Z-04-26)' --under 9 --body-file - --recommendation 'That Council "
	 "approve the application of Kestrel Homes Inc. to rezone 212 Queen Street East to "
	 "R3-14, and pass By-law 2026-042.'",
	 queen_street_report},

	{"agenda add " M " 'Ministry of Transportation — Connecting Links Funding, 2026-27' "
	 "--under 10 --recommendation 'That the correspondence be received for "
	 "information.'",
	 NULL},
	{"agenda add " M " 'Township of Alder Creek — Resolution on Rural Broadband' "
	 "--under 10 --recommendation 'That Council support the resolution of the Township "
	 "of Alder Creek calling on the Province to complete rural broadband by 2027.'",
	 NULL},

	/* The register in gavel begins this September: the year's earlier
	 * numbers were given on paper (docs/bylaws.md, "Numbers"). */
	{"bylaw reserve 2026-041 --start --title 'A by-law to authorize a contract with "
	 "Northway Civil Ltd. for the rehabilitation of the Millrace Bridge'",
	 NULL},
	{"bylaw reserve --title 'A by-law to amend Zoning By-law 2012-30 for 212 Queen Street "
	 "East'",
	 NULL},
	{"bylaw reserve --title 'A by-law to appoint a Deputy Chief Building Official'", NULL},
	{"bylaw reserve --title 'A by-law to confirm the proceedings of Council at its meeting "
	 "of September 8, 2026'",
	 NULL},
	{"agenda add " M " 'By-law 2026-041, a by-law to authorize a contract with Northway "
	 "Civil Ltd. for the rehabilitation of the Millrace Bridge' --under 11 --bylaw 2026-041",
	 NULL},
	{"agenda add " M " 'By-law 2026-042, a by-law to amend Zoning By-law 2012-30 for "
	 "212 Queen Street East' --under 11 --bylaw 2026-042",
	 NULL},
	{"agenda add " M " 'By-law 2026-043, a by-law to appoint a Deputy Chief Building "
	 "Official' --under 11 --bylaw 2026-043",
	 NULL},
	{"agenda edit " M " 11 --recommendation 'That By-laws 2026-041 to 2026-043 be read "
	 "a first, second and third time and finally passed.'",
	 NULL},

	{"agenda add " M " 'Councillor Ó Briain — Pollinator-Friendly Practices in Municipal "
	 "Parks' --under 12 --mover 'Ó Briain' --body-file - --recommendation 'That staff "
	 "report on reducing mowing and adding native plantings in municipal parks, with "
	 "costs, for the 2027 budget.'",
	 pollinator_notice},

	{"agenda edit " M " 13 --recommendation 'That Council move into closed session "
	 "under section 239(2)(c) of the Municipal Act, 2001 to consider a proposed or "
	 "pending acquisition of land by the municipality.'",
	 NULL},
	{"agenda add " M " 'Proposed acquisition of land — Riverside Drive (Ward 4)' "
	 "--under 13 --closed '239(2)(c)' --body-file - --recommendation 'That staff "
	 "proceed as directed in closed session.'",
	 land_purchase},

	{"agenda add " M " 'By-law 2026-044, a by-law to confirm the proceedings of Council "
	 "at its meeting of September 8, 2026' --under 14 --recommendation 'That By-law "
	 "2026-044 be read a first, second and third time and finally passed.' --bylaw 2026-044",
	 NULL},

	{"agenda publish " M, NULL},
	{NULL, NULL},
};

/* The meeting, entered by the clerk from the console as it happened; each
 * line says when with --at. Councillor Nguyễn sent regrets, Councillor
 * Okafor came in during the first delegation, Councillor McKinnon
 * declared an interest in the Queen Street East rezoning, and the Alder
 * Creek broadband resolution was deferred to the October meeting, whose
 * agenda it then joined (docs/procedure.md, "Dispositions"). The Director
 * of Public Works and the Senior Planner attended for their reports. */
#define LIVE "live " M " "
#define PRESENT_AT_ROLL_CALL "'Côté,Bélanger,Gagné,Ó Briain,McKinnon'"
#define ALL_BUT_MCKINNON "'Côté,Bélanger,Gagné,Okafor'"
static const struct demo_line meeting[] = {
	{LIVE "stream --at 19:00", NULL},
	{LIVE "attend " PRESENT_AT_ROLL_CALL " --present --at 19:00", NULL},
	{LIVE "attend Nguyễn --regrets --at 19:00", NULL},
	{LIVE "attend Okafor --absent --at 19:00", NULL},
	{LIVE "attend 'Desjardins,Leclerc,Kowalski,Ferreira,Rahman' --present --at 19:00", NULL},
	{LIVE "start --at 19:00", NULL},
	{LIVE "take 1 --at 19:00", NULL},
	{LIVE "take 2 --at 19:01", NULL},

	{LIVE "take 3 --at 19:02", NULL},
	{LIVE "declare McKinnon --item 9.2 --reason 'His daughter is employed by Kestrel Homes "
	 "Inc., the applicant.' --at 19:02",
	 NULL},
	{LIVE "declare McKinnon --item 11.2 --reason 'By-law 2026-042 enacts the rezoning "
	 "applied for by Kestrel Homes Inc., which employs his daughter.' --at 19:02",
	 NULL},

	/* motion 1 */
	{LIVE "take 4 --at 19:03", NULL},
	{LIVE "move 'That the agenda be adopted as circulated.' --mover Bélanger "
	 "--seconder Gagné --at 19:03",
	 NULL},
	{LIVE "vote 1 --carried --at 19:03", NULL},

	/* motion 2 */
	{LIVE "take 5.1 --at 19:04", NULL},
	{LIVE "move 'That the minutes of the Regular Meeting of Council held on August 11, "
	 "2026 be adopted as circulated.' --mover McKinnon --seconder 'Ó Briain' --at 19:04",
	 NULL},
	{LIVE "vote 2 --carried --at 19:05", NULL},

	/* motion 3 */
	{LIVE "take 6.1 --at 19:05", NULL},
	{LIVE "arrive Okafor --at 19:14", NULL},
	{LIVE "move 'That the delegation be received, and that the request to waive park "
	 "permit fees be referred to staff for a report.' --mover 'Ó Briain' --seconder Okafor "
	 "--at 19:22",
	 NULL},
	{LIVE "vote 3 --carried --at 19:23", NULL},

	{LIVE "take 7.1 --at 19:24", NULL},

	/* motions 4 and 5: Councillor Gagné had questions on the investments. */
	{LIVE "take 8 --at 19:36", NULL},
	{LIVE "hold 8.2 --at 19:36", NULL},
	{LIVE "move 'That Consent Agenda items 8.1, 8.3 and 8.4 be approved as recommended in "
	 "each report.' --mover McKinnon --seconder Okafor --at 19:37",
	 NULL},
	{LIVE "vote 4 --carried --at 19:37", NULL},
	{LIVE "take 8.2 --at 19:38", NULL},
	{LIVE "move 'That Report FIN-2026-08 be received for information.' --mover Gagné "
	 "--seconder Bélanger --at 19:38",
	 NULL},
	{LIVE "vote 5 --carried --at 19:46", NULL},

	/* motion 6 */
	{LIVE "take 9.1 --at 19:46", NULL},
	{LIVE "move 'That Council award Tender PW-2026-07 for the rehabilitation of the "
	 "Millrace Bridge to Northway Civil Ltd. in the amount of $1,284,600 plus HST, and "
	 "pass By-law 2026-041 authorizing the Mayor and the Clerk to sign the contract.' "
	 "--mover Okafor --seconder McKinnon --at 19:48",
	 NULL},
	{LIVE "vote 6 --recorded --yes 'Côté,Bélanger,Gagné,Ó Briain,Okafor,McKinnon' "
	 "--at 20:04",
	 NULL},

	/* motion 7: Councillor McKinnon takes no part. */
	{LIVE "take 9.2 --at 20:05", NULL},
	{LIVE "move 'That Council approve the application of Kestrel Homes Inc. to rezone 212 "
	 "Queen Street East to R3-14, and pass By-law 2026-042.' --mover Bélanger --at 20:07",
	 NULL},
	{LIVE "second 7 Gagné --at 20:07", NULL},
	{LIVE "vote 7 --recorded --yes " ALL_BUT_MCKINNON " --no 'Ó Briain' --at 20:26", NULL},

	/* motions 8 to 10: Council wanted to know how many premises in the Town
	 * lack broadband before supporting Alder Creek, and deferred the motion
	 * to the October meeting (scheduled already: demo_october.schedule). */
	{LIVE "take 10.1 --at 20:27", NULL},
	{LIVE "move 'That the correspondence be received for information.' --mover McKinnon "
	 "--seconder Okafor --at 20:27",
	 NULL},
	{LIVE "vote 8 --carried --at 20:28", NULL},
	{LIVE "take 10.2 --at 20:28", NULL},
	{LIVE "move 'That Council support the resolution of the Township of Alder Creek "
	 "calling on the Province to complete rural broadband by 2027.' --mover Okafor "
	 "--seconder 'Ó Briain' --at 20:29",
	 NULL},
	{LIVE "move 'That the motion be deferred to the Regular Meeting of Council on "
	 "October 13, 2026, so that staff can report how many premises in Kestrel Falls lack "
	 "broadband service.' --defer 9 --until 2026-10-13-council --mover Gagné --seconder "
	 "McKinnon --at 20:31",
	 NULL},
	{LIVE "vote 10 --carried --for 5 --against 1 --at 20:34", NULL},

	{LIVE "recess --at 20:35", NULL},
	{LIVE "resume --at 20:45", NULL},

	/* motions 11 and 12: By-law 2026-042 on its own, for the declared interest. */
	{LIVE "take 11 --at 20:45", NULL},
	{LIVE "move 'That By-laws 2026-041 and 2026-043 be read a first, second and third "
	 "time and finally passed.' --bylaw 2026-041,2026-043 --readings 1,2,3 --mover Gagné "
	 "--seconder Okafor --at 20:46",
	 NULL},
	{LIVE "vote 11 --carried --at 20:46", NULL},
	{LIVE "take 11.2 --at 20:47", NULL},
	{LIVE "move 'That By-law 2026-042 be read a first, second and third time and finally "
	 "passed.' --bylaw 2026-042 --readings 1,2,3 --mover Okafor --seconder Gagné --at 20:47",
	 NULL},
	{LIVE "vote 12 --recorded --yes " ALL_BUT_MCKINNON " --no 'Ó Briain' --at 20:48", NULL},

	{LIVE "take 12.1 --at 20:49", NULL},

	/* motions 13 to 16: in, the direction to staff, out, and the report. */
	{LIVE "take 13 --at 20:52", NULL},
	{LIVE "move 'That Council move into closed session under section 239(2)(c) of the "
	 "Municipal Act, 2001 to consider a proposed or pending acquisition of land by the "
	 "municipality.' --to-close '239(2)(c)' --mover Okafor --seconder Bélanger --at 20:52",
	 NULL},
	{LIVE "vote 13 --carried --at 20:53", NULL},
	{LIVE "closed --clause '239(2)(c)' --at 20:54", NULL},
	{LIVE "take 13.1 --at 20:54", NULL},
	{LIVE "move 'That staff be directed to offer up to $640,000 for 1180 Riverside Drive, "
	 "conditional on a satisfactory Phase Two Environmental Site Assessment, the purchase "
	 "to be funded from the Land Acquisition Reserve.' --direction --mover Okafor "
	 "--seconder McKinnon --at 21:12",
	 NULL},
	{LIVE "vote 14 --carried --for 5 --against 1 --at 21:18", NULL},
	{LIVE "move 'That Council rise from closed session and report.' --procedural --mover "
	 "Gagné --seconder 'Ó Briain' --at 21:19",
	 NULL},
	{LIVE "vote 15 --carried --at 21:19", NULL},
	{LIVE "rise --at 21:20", NULL},
	{LIVE "take 13.1 --at 21:21", NULL},
	{LIVE "move 'That staff proceed as directed in closed session.' --mover Okafor "
	 "--seconder McKinnon --at 21:21",
	 NULL},
	{LIVE "vote 16 --carried --at 21:22", NULL},

	/* motions 17 and 18 */
	{LIVE "take 14.1 --at 21:23", NULL},
	{LIVE "move 'That By-law 2026-044 be read a first, second and third time and finally "
	 "passed.' --bylaw 2026-044 --readings 1,2,3 --mover 'Ó Briain' --seconder Gagné "
	 "--at 21:23",
	 NULL},
	{LIVE "vote 17 --carried --at 21:24", NULL},
	{LIVE "take 15 --at 21:24", NULL},
	{LIVE "move 'That Council adjourn.' --mover McKinnon --seconder Okafor --at 21:25", NULL},
	{LIVE "vote 18 --carried --at 21:25", NULL},
	{LIVE "adjourn --at 21:25", NULL},
	{NULL, NULL},
};

/* The clerk entered the log from her notes right after the adjournment. */
static const struct demo_scene live[] = {
	{"2026-09-08T21:30:00-04:00", meeting},
	{NULL, NULL},
};

/* The morning after, the clerk links the recording and adds her narrative. */
static const struct demo_line minutes[] = {
	{"meeting edit " M " --stream-url https://video.kestrelfalls.example/council/2026-09-08",
	 NULL},
	{"minutes " M " note 6.1 'Jean-Luc Moreau, Chair of the Alliance, and Dr. Fatima "
	 "Osei presented the plan to restore 400 metres of riverbank in Millrace Park with "
	 "native plantings, and answered questions on the volunteer planting days.'",
	 NULL},
	{"minutes " M " note 7.1 'Fire Chief Robert Lalonde and Mayor Côté presented 25-year "
	 "long service medals to Captain Denise Arsenault and Firefighter Kevin Brant.'",
	 NULL},
	{"minutes " M " save --message 'Narrative for the delegation and the presentation'",
	 NULL},
	/* the Mayor and the Clerk sign the by-laws passed, and the clerk
	 * records what Council directed (docs/bylaws.md) */
	{"bylaw sign 2026-041", NULL},
	{"bylaw sign 2026-042", NULL},
	{"bylaw sign 2026-043", NULL},
	{"bylaw sign 2026-044", NULL},
	{"action add " M ":6 'Report to Council on the progress of the Millrace Bridge "
	 "rehabilitation' --to 'Director of Public Works' --due 2026-11-10",
	 NULL},
	{NULL, NULL},
};

const struct demo_meeting demo_september = {
	.agenda = {"2026-09-02T16:00:00-04:00", agenda},
	.live = live,
	.minutes = {"2026-09-09T10:00:00-04:00", minutes},
};
